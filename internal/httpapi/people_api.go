package httpapi

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The JSON API of people, sessions, API tokens and two-factor sign-in: what the /people,
// /account and /tokens pages do, for programs, under the same rule (pedigree.CanDo). An API
// token acts with its role within its organisation; a personal token also for its user, who
// alone has sessions and a second factor (/api/v1/account/...).

// apiActions are the routes of /api/v1 whose action is not what their method says: a GET
// reads (ActRead), any other method acts for the organisation (ActChain). tokenCaller checks
// every API request's token against its route's action, so a route added without an entry is
// guarded by its method.
var apiActions = map[string]pedigree.UserAction{
	// A verification reads a pack's facts, as the scan page lets viewers do.
	"POST /api/v1/verify": pedigree.ActRead,

	"GET /api/v1/users":                              pedigree.ActManagePeople,
	"POST /api/v1/users":                             pedigree.ActManagePeople,
	"GET /api/v1/users/{id}":                         pedigree.ActManagePeople,
	"POST /api/v1/users/{id}/role":                   pedigree.ActManagePeople,
	"POST /api/v1/users/{id}/disable":                pedigree.ActManagePeople,
	"POST /api/v1/users/{id}/enable":                 pedigree.ActManagePeople,
	"POST /api/v1/users/{id}/reset-link":             pedigree.ActManagePeople,
	"POST /api/v1/users/{id}/invitation":             pedigree.ActManagePeople,
	"GET /api/v1/users/{id}/sessions":                pedigree.ActManagePeople,
	"DELETE /api/v1/users/{id}/sessions/{session}":   pedigree.ActManagePeople,
	"DELETE /api/v1/users/{id}/two-factor":           pedigree.ActManagePeople,
	"GET /api/v1/account/sessions":                   pedigree.ActOwnAccount,
	"DELETE /api/v1/account/sessions/{session}":      pedigree.ActOwnAccount,
	"GET /api/v1/account/two-factor":                 pedigree.ActOwnAccount,
	"POST /api/v1/account/two-factor/off":            pedigree.ActOwnAccount,
	"POST /api/v1/account/two-factor/recovery-codes": pedigree.ActOwnAccount,
	"GET /api/v1/api-tokens":                         pedigree.ActManageTokens,
	"POST /api/v1/api-tokens":                        pedigree.ActManageTokens,
	"DELETE /api/v1/api-tokens/{id}":                 pedigree.ActManageTokens,

	"GET /api/v1/participants/{account}/keys":               pedigree.ActManageKeys,
	"POST /api/v1/participants/{account}/keys":              pedigree.ActManageKeys,
	"POST /api/v1/participants/{account}/keys/{key}/retire": pedigree.ActManageKeys,

	// The lookup directory holds other deployments' API tokens: administrators of a regulator.
	"GET /api/v1/responders":         pedigree.ActManageDirectory,
	"POST /api/v1/responders":        pedigree.ActManageDirectory,
	"GET /api/v1/responders/{id}":    pedigree.ActManageDirectory,
	"PUT /api/v1/responders/{id}":    pedigree.ActManageDirectory,
	"DELETE /api/v1/responders/{id}": pedigree.ActManageDirectory,
}

// apiAction is what an API request does, for its token's role to be checked against.
func apiAction(r *http.Request) pedigree.UserAction {
	if act, ok := apiActions[r.Method+" "+routePattern(r)]; ok {
		return act
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return pedigree.ActRead
	}
	return pedigree.ActChain
}

// tokenRefusal is the 403 of a token whose role may not do act.
func tokenRefusal(c pedigree.TokenCaller, act pedigree.UserAction) error {
	return errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "this API token acts as %s of %s: %s may not %s; ask an administrator for a token with the role",
		pedigree.Article(c.Role), c.Organisation.Name, pedigree.Article(c.Role), actionWords(act))
}

// apiPeople returns the caller of a people, token or account route, whose role tokenCaller
// has checked; it answers and returns nil when there is none or the service keeps no people.
func (s *Server) apiPeople(w http.ResponseWriter, r *http.Request) *pedigree.TokenCaller {
	c, err := s.tokenCaller(r)
	switch {
	case err != nil:
	case c == nil:
		err = errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, "send an API token of your organisation: Authorization: Bearer <token>")
	case s.deps.People == nil || s.deps.TokenAdmin == nil:
		err = errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "this service keeps no people or API tokens")
	}
	if err != nil {
		s.error(w, r, err)
		return nil
	}
	return c
}

// apiPerson is the caller of an own-account route: a personal token's user.
func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request) (*pedigree.TokenCaller, pedigree.User) {
	c := s.apiPeople(w, r)
	if c == nil {
		return nil, pedigree.User{}
	}
	if c.User == nil {
		s.error(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN,
			"this API token is %s's, not a person's: an account's sessions and second factor are reached with a personal token", c.Organisation.Name))
		return nil, pedigree.User{}
	}
	return c, *c.User
}

// personJSON is a user as the API shows them.
type personJSON struct {
	ID        int64             `json:"id"`
	Email     string            `json:"email"`
	Name      string            `json:"name"`
	Role      pedigree.UserRole `json:"role"`
	Status    string            `json:"status"` // active, invited (no password yet) or disabled
	CreatedAt time.Time         `json:"created_at"`
}

func newPersonJSON(p pedigree.Person) personJSON {
	status := "active"
	switch {
	case p.Disabled:
		status = "disabled"
	case p.Invited:
		status = "invited"
	}
	return personJSON{ID: p.ID, Email: p.Email, Name: p.Name, Role: p.Role, Status: status, CreatedAt: p.CreatedAt}
}

// sessionJSON is a live session as the API shows it: never its secret.
type sessionJSON struct {
	ID        string    `json:"id"`
	UserID    int64     `json:"user_id"`
	CreatedAt time.Time `json:"created_at"`
	LastSeen  time.Time `json:"last_seen_at"`
}

func sessionsJSON(list []pedigree.SessionInfo) []sessionJSON {
	out := make([]sessionJSON, len(list))
	for i, si := range list {
		out[i] = sessionJSON{ID: si.ID, UserID: si.UserID, CreatedAt: si.CreatedAt, LastSeen: si.LastSeen}
	}
	return out
}

// apiTokenJSON is an API token as the API lists it: never the secret.
type apiTokenJSON struct {
	ID        int64             `json:"id"`
	Name      string            `json:"name"`
	Prefix    string            `json:"prefix"`
	Role      pedigree.UserRole `json:"role"`
	UserID    int64             `json:"user_id,omitempty"` // a personal token's user
	UserEmail string            `json:"user_email,omitempty"`
	CreatedAt time.Time         `json:"created_at"`
	LastUsed  *time.Time        `json:"last_used_at"`
}

// person returns the organisation's user {id}. ENOTFOUND for a user of another organisation,
// the same as for no user at all.
func (s *Server) person(r *http.Request, org int64) (pedigree.Person, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err == nil {
		var people []pedigree.Person
		if people, err = s.deps.People.List(r.Context(), org); err != nil {
			return pedigree.Person{}, err
		}
		for _, p := range people {
			if p.ID == id {
				return p, nil
			}
		}
	}
	return pedigree.Person{}, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "no user %s in your organisation", chi.URLParam(r, "id"))
}

// named returns err with its message starting "field: " when it is EINVALID and does not
// name a field yet, so a program knows what to fix.
func named(err error, field string) error {
	if pedigree.ErrorCode(err) != pedigree.EINVALID {
		return err
	}
	msg := pedigree.ErrorMessage(err)
	if before, _, ok := strings.Cut(msg, ":"); ok && !strings.Contains(before, " ") {
		return err
	}
	return pedigree.Errorf(pedigree.EINVALID, "%s: %s", field, msg)
}

// handleUsersAPI lists the organisation's users.
func (s *Server) handleUsersAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	people, err := s.deps.People.List(r.Context(), c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]personJSON, len(people))
	for i, p := range people {
		out[i] = newPersonJSON(p)
	}
	writeJSON(w, http.StatusOK, map[string]any{"users": out})
}

// handleUserAPI answers one of the organisation's users.
func (s *Server) handleUserAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	p, err := s.person(r, c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"user": newPersonJSON(p)})
}

// handleInviteAPI invites a user: {"email", "name", "role"}; 201 with the one-time
// invitation link to pass on (no e-mail is sent).
func (s *Server) handleInviteAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	var body struct {
		Email string `json:"email"`
		Name  string `json:"name"`
		Role  string `json:"role"`
	}
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	role, err := pedigree.ParseUserRole(body.Role)
	if err != nil {
		s.error(w, r, named(err, "role"))
		return
	}
	if err := pedigree.CheckText("name", body.Name, 0); err != nil {
		s.error(w, r, err)
		return
	}
	p, token, err := s.deps.People.Invite(r.Context(), c.Organisation.ID, body.Email, body.Name, role)
	if err != nil {
		s.error(w, r, named(err, "email"))
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"user": newPersonJSON(p), "invitation_url": s.invitationURL(r, token)})
}

// handleUserActionAPI changes one of the organisation's users: POST .../role {"role"},
// .../disable, .../enable; 200 with the user as they are now.
func (s *Server) handleUserActionAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	p, err := s.person(r, c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ctx, org := r.Context(), c.Organisation.ID
	switch routePattern(r) {
	case "/api/v1/users/{id}/role":
		var body struct {
			Role string `json:"role"`
		}
		if err = decodeJSON(w, r, &body); err == nil {
			var role pedigree.UserRole
			if role, err = pedigree.ParseUserRole(body.Role); err != nil {
				err = named(err, "role")
			} else {
				err = named(s.deps.People.SetRole(ctx, org, p.ID, role), "role")
			}
		}
	case "/api/v1/users/{id}/disable":
		err = s.deps.People.Disable(ctx, org, p.ID, true)
	default:
		err = s.deps.People.Disable(ctx, org, p.ID, false)
	}
	if err == nil {
		p, err = s.person(r, org)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"user": newPersonJSON(p)})
}

// handleUserLinkAPI issues a one-time link for one of the organisation's users: a
// password-reset link (.../reset-link) or a fresh invitation (.../invitation, for a user who
// has not set a password yet); 201 with the link, to pass on.
func (s *Server) handleUserLinkAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	p, err := s.person(r, c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var token, field string
	if strings.HasSuffix(routePattern(r), "/reset-link") {
		token, err = s.deps.People.ResetLink(r.Context(), c.Organisation.ID, p.ID)
		field = "reset_url"
	} else {
		token, err = s.deps.People.Reinvite(r.Context(), c.Organisation.ID, p.ID)
		field = "invitation_url"
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, map[string]any{"user": newPersonJSON(p), field: s.invitationURL(r, token)})
}

// handleUserSessionsAPI lists the live sessions of one of the organisation's users.
func (s *Server) handleUserSessionsAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	p, err := s.person(r, c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeSessions(w, r, c.Organisation.ID, p.ID)
}

func (s *Server) writeSessions(w http.ResponseWriter, r *http.Request, org, userID int64) {
	list, err := s.deps.People.Sessions(r.Context(), org, userID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"sessions": sessionsJSON(list)})
}

// endSession ends the session {session} of the organisation's user userID; 204. ENOTFOUND
// for a session of anyone else.
func (s *Server) endSession(w http.ResponseWriter, r *http.Request, org, userID int64) {
	id := chi.URLParam(r, "session")
	list, err := s.deps.People.Sessions(r.Context(), org, userID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	found := false
	for _, si := range list {
		found = found || si.ID == id
	}
	if !found {
		s.error(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "no live session %s of user %d", id, userID))
		return
	}
	if err := s.deps.People.EndSession(r.Context(), org, id); err != nil {
		s.error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleEndUserSessionAPI ends a session of one of the organisation's users.
func (s *Server) handleEndUserSessionAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	p, err := s.person(r, c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.endSession(w, r, c.Organisation.ID, p.ID)
}

// handleResetTwoFactorAPI turns off a colleague's two-factor sign-in (a lost phone); 204.
func (s *Server) handleResetTwoFactorAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	tf, err := s.twoFactor()
	var p pedigree.Person
	if err == nil {
		p, err = s.person(r, c.Organisation.ID)
	}
	if err == nil {
		err = tf.Reset(r.Context(), c.Organisation.ID, p.ID)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// twoFactor returns the two-factor store, and ENOTIMPLEMENTED on a service without one.
func (s *Server) twoFactor() (pedigree.TwoFactor, error) {
	if s.deps.TwoFactor == nil {
		return nil, errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "two-factor sign-in is not available on this service")
	}
	return s.deps.TwoFactor, nil
}

// handleOwnSessionsAPI lists the sessions of a personal token's user.
func (s *Server) handleOwnSessionsAPI(w http.ResponseWriter, r *http.Request) {
	if c, u := s.apiPerson(w, r); c != nil {
		s.writeSessions(w, r, c.Organisation.ID, u.ID)
	}
}

// handleEndOwnSessionAPI ends a session of a personal token's user.
func (s *Server) handleEndOwnSessionAPI(w http.ResponseWriter, r *http.Request) {
	if c, u := s.apiPerson(w, r); c != nil {
		s.endSession(w, r, c.Organisation.ID, u.ID)
	}
}

// handleOwnTwoFactorAPI says whether a personal token's user signs in with a second factor,
// and whether they must.
func (s *Server) handleOwnTwoFactorAPI(w http.ResponseWriter, r *http.Request) {
	c, u := s.apiPerson(w, r)
	if c == nil {
		return
	}
	tf, err := s.twoFactor()
	var st pedigree.TwoFactorStatus
	if err == nil {
		st, err = tf.Status(r.Context(), u)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"enabled": st.Enabled, "required": st.Required})
}

// handleTwoFactorOffAPI turns a personal token's user's two-factor sign-in off:
// {"password", "code"}.
func (s *Server) handleTwoFactorOffAPI(w http.ResponseWriter, r *http.Request) {
	c, u := s.apiPerson(w, r)
	if c == nil {
		return
	}
	var body struct {
		Password string `json:"password"`
		Code     string `json:"code"`
	}
	tf, err := s.twoFactor()
	if err == nil {
		err = decodeJSON(w, r, &body)
	}
	switch {
	case err != nil:
	case body.Password == "":
		err = errorf(http.StatusBadRequest, pedigree.EINVALID, "password: give your password")
	case strings.TrimSpace(body.Code) == "":
		err = errorf(http.StatusBadRequest, pedigree.EINVALID, "code: give the code your app shows, or a recovery code")
	default:
		err = tf.TurnOff(r.Context(), u, body.Password, body.Code)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"enabled": false})
}

// handleRecoveryCodesAPI replaces a personal token's user's recovery codes: {"code"}; 201
// with the new ones, the only time they are shown.
func (s *Server) handleRecoveryCodesAPI(w http.ResponseWriter, r *http.Request) {
	c, u := s.apiPerson(w, r)
	if c == nil {
		return
	}
	var body struct {
		Code string `json:"code"`
	}
	tf, err := s.twoFactor()
	if err == nil {
		err = decodeJSON(w, r, &body)
	}
	var codes []string
	switch {
	case err != nil:
	case strings.TrimSpace(body.Code) == "":
		err = errorf(http.StatusBadRequest, pedigree.EINVALID, "code: give the code your app shows")
	default:
		codes, err = tf.NewRecoveryCodes(r.Context(), u, body.Code)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, map[string]any{"recovery_codes": codes})
}

// handleAPITokensAPI lists the organisation's live API tokens: never their secrets.
func (s *Server) handleAPITokensAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	list, err := s.deps.TokenAdmin.List(r.Context(), c.Organisation.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]apiTokenJSON, len(list))
	for i, t := range list {
		out[i] = apiTokenJSON{ID: t.ID, Name: t.Name, Prefix: t.Prefix, Role: t.Role, UserID: t.UserID, UserEmail: t.UserEmail, CreatedAt: t.CreatedAt, LastUsed: t.LastUsed}
	}
	writeJSON(w, http.StatusOK, map[string]any{"api_tokens": out})
}

// maxTokenName is the longest name an API token may have.
const maxTokenName = 100

// newToken reads an API token to issue for caller's organisation: a name saying what uses it,
// a role (operator when none is given), and whether it is personal (for user, who must be
// given then).
func newToken(org int64, name, role string, personal bool, user *pedigree.User) (pedigree.NewToken, error) {
	t := pedigree.NewToken{OrganisationID: org, Name: strings.TrimSpace(name), Role: pedigree.UserOperator}
	if err := pedigree.CheckText("name", t.Name, maxTokenName); err != nil || t.Name == "" {
		return t, pedigree.Errorf(pedigree.EINVALID, "name: give the token a name of %d characters at most, saying what uses it", maxTokenName)
	}
	if role != "" {
		var err error
		if t.Role, err = pedigree.ParseUserRole(role); err != nil {
			return t, named(err, "role")
		}
	}
	if personal {
		if user == nil {
			return t, pedigree.Errorf(pedigree.EINVALID, "personal: this API token is the organisation's, not a person's: a personal token is made by its person")
		}
		t.UserID = user.ID
	}
	return t, nil
}

// handleCreateAPITokenAPI issues an API token: {"name", "role", "personal"}; 201 with the
// secret, the only time it is shown.
func (s *Server) handleCreateAPITokenAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	var body struct {
		Name     string `json:"name"`
		Role     string `json:"role"`
		Personal bool   `json:"personal"`
	}
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	t, err := newToken(c.Organisation.ID, body.Name, body.Role, body.Personal, c.User)
	var secret string
	if err == nil {
		secret, err = s.deps.TokenAdmin.Create(r.Context(), t)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, map[string]any{"token": secret, "name": t.Name, "role": t.Role, "personal": t.UserID != 0})
}

// handleRevokeAPITokenAPI revokes one of the organisation's API tokens; 204.
func (s *Server) handleRevokeAPITokenAPI(w http.ResponseWriter, r *http.Request) {
	c := s.apiPeople(w, r)
	if c == nil {
		return
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err == nil {
		err = s.deps.TokenAdmin.RevokeID(r.Context(), c.Organisation.ID, id)
	} else {
		err = errorf(http.StatusNotFound, pedigree.ENOTFOUND, "no API token %s in your organisation", chi.URLParam(r, "id"))
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
