package httpapi

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// allowed reports whether the signed-in user's role within their organisation lets them do
// act (pedigree.CanDo); when not, it answers 403 and returns false.
func (s *Server) allowed(w http.ResponseWriter, r *http.Request, u *signedIn, act pedigree.UserAction) bool {
	if pedigree.CanDo(u.User.Role, act) {
		return true
	}
	role := s.tr(r, pedigree.Article(u.User.Role))
	s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s", s.tr(r, "You are %s of %s: %s may not %s. Ask an administrator.",
		role, u.User.Organisation.Name, role, s.tr(r, actionWords(act)))))
	return false
}

// actionWords says what act is, for a refusal: "a viewer may not <act for the organisation>".
func actionWords(act pedigree.UserAction) string {
	if what, ok := map[pedigree.UserAction]string{
		pedigree.ActRead: "read the organisation's records", pedigree.ActChain: "act for the organisation",
		pedigree.ActManagePeople: "manage the organisation's people", pedigree.ActManageTokens: "manage API tokens",
		pedigree.ActOwnAccount: "manage an account", pedigree.ActManageDirectory: "keep the lookup directory",
	}[act]; ok {
		return what
	}
	return "do this"
}

// manager returns the signed-in user if they may do act and the server manages people; it
// answers otherwise. A POST's form is parsed.
func (s *Server) manager(w http.ResponseWriter, r *http.Request, act pedigree.UserAction) *signedIn {
	u := s.requireUser(w, r)
	if u == nil {
		return nil
	}
	if s.deps.People == nil || s.deps.TokenAdmin == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is nothing here.")))
		return nil
	}
	if !s.allowed(w, r, u, act) {
		return nil
	}
	if r.Method == http.MethodPost {
		if err := parseForm(w, r); err != nil {
			s.pageError(w, r, err)
			return nil
		}
	}
	return u
}

// peoplePage is what /people shows an administrator.
type peoplePage struct {
	People   []pedigree.Person
	Sessions []pedigree.SessionInfo
	Roles    []pedigree.UserRole
	Form     *form
	// Link is a one-time link just issued: mailed to its person, or to pass on.
	Link *linkSent
	// Emails names the users of Sessions.
	Emails map[int64]string
}

var userRoles = []pedigree.UserRole{pedigree.UserAdministrator, pedigree.UserOperator, pedigree.UserViewer}

func (s *Server) renderPeople(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form, link *linkSent) {
	people, err := s.deps.People.List(r.Context(), u.User.Organisation.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	sessions, err := s.deps.People.Sessions(r.Context(), u.User.Organisation.ID, 0)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	emails := map[int64]string{}
	for _, p := range people {
		emails[p.ID] = p.Email
	}
	s.render(w, r, status, "people", "People", peoplePage{People: people, Sessions: sessions, Roles: userRoles, Form: f, Link: link, Emails: emails})
}

// handlePeoplePage lists the organisation's users and sessions (administrators).
func (s *Server) handlePeoplePage(w http.ResponseWriter, r *http.Request) {
	if u := s.manager(w, r, pedigree.ActManagePeople); u != nil {
		s.renderPeople(w, r, u, http.StatusOK, s.newForm(r, nil), nil)
	}
}

// handleInvite invites a user: email, name, role. The one-time link is mailed to them, or
// shown to pass on.
func (s *Server) handleInvite(w http.ResponseWriter, r *http.Request) {
	u := s.manager(w, r, pedigree.ActManagePeople)
	if u == nil {
		return
	}
	f := s.newForm(r, r.PostForm)
	role, err := pedigree.ParseUserRole(f.Get("role"))
	if err != nil {
		f.Fail("role", pedigree.ErrorMessage(err))
		s.renderPeople(w, r, u, http.StatusBadRequest, f, nil)
		return
	}
	_, token, err := s.deps.People.Invite(r.Context(), u.User.Organisation.ID, f.Get("email"), f.Get("name"), role)
	if err != nil {
		status, message, ok := s.refused(w, r, err)
		if ok {
			f.Fail("email", message)
			s.renderPeople(w, r, u, status, f, nil)
		}
		return
	}
	sent := s.sendLink(r, u.User.Organisation.Name, token)
	s.renderPeople(w, r, u, http.StatusOK, s.newForm(r, nil), &sent)
}

// handlePersonAction changes one of the organisation's users: role, disable, enable, reset
// (a one-time password-reset link), invite (a fresh invitation link), two-factor (reset their
// second factor, after a confirmation).
func (s *Server) handlePersonAction(w http.ResponseWriter, r *http.Request) {
	u := s.manager(w, r, pedigree.ActManagePeople)
	if u == nil {
		return
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "No such user.")))
		return
	}
	ctx, org := r.Context(), u.User.Organisation.ID
	var token string
	switch chi.URLParam(r, "action") {
	case "role":
		var role pedigree.UserRole
		if role, err = pedigree.ParseUserRole(r.PostFormValue("role")); err == nil {
			err = s.deps.People.SetRole(ctx, org, id, role)
		}
	case "disable":
		err = s.deps.People.Disable(ctx, org, id, true)
	case "enable":
		err = s.deps.People.Disable(ctx, org, id, false)
	case "reset":
		token, err = s.deps.People.ResetLink(ctx, org, id)
	case "invite":
		token, err = s.deps.People.Reinvite(ctx, org, id)
	case "two-factor":
		s.resetTwoFactor(w, r, u, id)
		return
	default:
		err = errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "No such action."))
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if token != "" {
		sent := s.sendLink(r, u.User.Organisation.Name, token)
		s.renderPeople(w, r, u, http.StatusOK, s.newForm(r, nil), &sent)
		return
	}
	s.done(w, r, "/people", s.tr(r, "Done."))
}

// handleEndSession ends a session: an administrator any of the organisation's, every user
// their own (from /account).
func (s *Server) handleEndSession(w http.ResponseWriter, r *http.Request) {
	u := s.manager(w, r, pedigree.ActOwnAccount)
	if u == nil {
		return
	}
	id := chi.URLParam(r, "id")
	back := "/account"
	if pedigree.CanDo(u.User.Role, pedigree.ActManagePeople) && r.PostFormValue("from") == "people" {
		back = "/people"
	} else {
		// Not an administrator: only a session of their own.
		own, err := s.deps.People.Sessions(r.Context(), u.User.Organisation.ID, u.User.ID)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		found := false
		for _, si := range own {
			found = found || si.ID == id
		}
		if !found {
			s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "No such session of yours.")))
			return
		}
	}
	if err := s.deps.People.EndSession(r.Context(), u.User.Organisation.ID, id); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.done(w, r, back, s.tr(r, "The session has ended."))
}

// accountPage is what /account shows every user.
type accountPage struct {
	Sessions []pedigree.SessionInfo
	Form     *form
	Min      int
}

func (s *Server) renderAccount(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form) {
	sessions, err := s.deps.People.Sessions(r.Context(), u.User.Organisation.ID, u.User.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "account", "Your account", accountPage{Sessions: sessions, Form: f, Min: pedigree.MinPasswordLength})
}

// handleAccountPage shows the user's sessions and the password form.
func (s *Server) handleAccountPage(w http.ResponseWriter, r *http.Request) {
	if u := s.manager(w, r, pedigree.ActOwnAccount); u != nil {
		s.renderAccount(w, r, u, http.StatusOK, s.newForm(r, nil))
	}
}

// handlePasswordForm changes the user's password, the current one required.
func (s *Server) handlePasswordForm(w http.ResponseWriter, r *http.Request) {
	u := s.manager(w, r, pedigree.ActOwnAccount)
	if u == nil {
		return
	}
	f := s.newForm(r, r.PostForm)
	if r.PostFormValue("password") != r.PostFormValue("confirm") {
		f.Fail("confirm", s.tr(r, "The two new passwords differ."))
	} else if err := s.deps.People.ChangePassword(r.Context(), u.User.ID, r.PostFormValue("current"), r.PostFormValue("password")); err != nil {
		status, message, ok := s.refused(w, r, err)
		if !ok {
			return
		}
		field := "password"
		if status == http.StatusUnauthorized {
			field, status = "current", http.StatusBadRequest
		}
		f.Fail(field, message)
	}
	if !f.OK() {
		s.renderAccount(w, r, u, http.StatusBadRequest, f)
		return
	}
	s.done(w, r, "/account", s.tr(r, "Your password is changed."))
}

// tokensPage is what /tokens shows an administrator.
type tokensPage struct {
	Tokens []pedigree.TokenInfo
	Form   *form
	Secret string // a token just created: shown this once
	Roles  []pedigree.UserRole
}

func (s *Server) renderTokens(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form, secret string) {
	list, err := s.deps.TokenAdmin.List(r.Context(), u.User.Organisation.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "tokens", "API tokens", tokensPage{Tokens: list, Form: f, Secret: secret, Roles: userRoles})
}

// handleTokensPage lists the organisation's API tokens (administrators).
func (s *Server) handleTokensPage(w http.ResponseWriter, r *http.Request) {
	if u := s.manager(w, r, pedigree.ActManageTokens); u != nil {
		s.renderTokens(w, r, u, http.StatusOK, s.newForm(r, nil), "")
	}
}

// handleCreateToken creates an API token named by the form and shows its secret once.
func (s *Server) handleCreateToken(w http.ResponseWriter, r *http.Request) {
	u := s.manager(w, r, pedigree.ActManageTokens)
	if u == nil {
		return
	}
	f := s.newForm(r, r.PostForm)
	t, err := newToken(u.User.Organisation.ID, f.Get("name"), f.Get("role"), f.Get("personal") == "on", &u.User)
	if err != nil {
		field, message, _ := strings.Cut(pedigree.ErrorMessage(err), ": ")
		f.Fail(field, capitalise(message)+".")
		s.renderTokens(w, r, u, http.StatusBadRequest, f, "")
		return
	}
	secret, err := s.deps.TokenAdmin.Create(r.Context(), t)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.renderTokens(w, r, u, http.StatusOK, s.newForm(r, nil), secret)
}

// handleRevokeToken revokes one of the organisation's API tokens.
func (s *Server) handleRevokeToken(w http.ResponseWriter, r *http.Request) {
	u := s.manager(w, r, pedigree.ActManageTokens)
	if u == nil {
		return
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err == nil {
		err = s.deps.TokenAdmin.RevokeID(r.Context(), u.User.Organisation.ID, id)
	} else {
		err = errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "No such token."))
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.done(w, r, "/tokens", s.tr(r, "The token is revoked: it no longer works."))
}
