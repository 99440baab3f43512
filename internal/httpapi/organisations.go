package httpapi

import (
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// onboardingBody is what POST /api/v1/organisations takes.
type onboardingBody struct {
	Name       string   `json:"name"`
	Role       string   `json:"role"`
	GLN        string   `json:"gln"`
	AdminEmail string   `json:"admin_email"`
	Prefixes   []string `json:"prefixes"`
	// Account is the address of a key the organisation keeps; empty: the service makes one.
	Account string `json:"account"`
}

// onboardRequest turns what was sent into a request, naming the first wrong field.
func onboardRequest(name, role, gln, admin, account string, prefixes []string) (pedigree.OnboardRequest, error) {
	req := pedigree.OnboardRequest{Name: name, GLN: gln, AdminEmail: admin, Prefixes: prefixes}
	r, err := pedigree.ParseRole(strings.TrimSpace(role))
	if err != nil {
		return req, errorf(http.StatusBadRequest, pedigree.EINVALID, "role: %s", pedigree.ErrorMessage(err))
	}
	req.Role = r
	if account = strings.TrimSpace(account); account != "" {
		a, err := pedigree.ParseAddress(account)
		if err != nil {
			return req, errorf(http.StatusBadRequest, pedigree.EINVALID, "account: %s", pedigree.ErrorMessage(err))
		}
		req.Account = &a
	}
	return req, nil
}

// invitationURL is the link a one-time token opens: the page that sets a password.
func (s *Server) invitationURL(r *http.Request, token string) string {
	if token == "" {
		return ""
	}
	base := s.deps.BaseURL
	if base == "" {
		base = strings.TrimSuffix(requestURL(r), r.URL.RequestURI())
	}
	return base + "/invitations/" + token
}

// handleOnboard onboards an organisation (regulators): {"name", "role", "gln", "admin_email",
// "prefixes": [...], "account"?}. It answers 201 with {"id", "account", "invitation_url"}; the
// same request again resumes a failed onboarding, or, done, issues a fresh invitation link
// while the administrator has set no password ("invitation_url" empty once they have).
func (s *Server) handleOnboard(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if org.Role != pedigree.RoleRegulator {
		s.error(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "only a regulator onboards organisations; %s is a %s", org.Name, org.Role))
		return
	}
	if s.deps.Onboarder == nil {
		s.error(w, r, errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "this service does not onboard organisations"))
		return
	}
	var body onboardingBody
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	req, err := onboardRequest(body.Name, body.Role, body.GLN, body.AdminEmail, body.Account, body.Prefixes)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ob, err := s.deps.Onboarder.Onboard(r.Context(), *org, req)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := map[string]any{
		"id": ob.OrganisationID, "account": ob.Account, "invitation_url": s.invitationURL(r, ob.InvitationToken),
		"steps": pedigree.OnboardingSteps, "step": ob.Step,
	}
	if ob.Funding != "" {
		out["funding"] = ob.Funding
	}
	writeJSON(w, http.StatusCreated, out)
}

// organisationsPage is what /organisations shows a regulator.
type organisationsPage struct {
	Onboardings []pedigree.Onboarding
	Steps       []pedigree.OnboardingStep
	Roles       []pedigree.Role
	Form        *form
	// Done is the onboarding just run, with its invitation link to pass on.
	Done          *pedigree.Onboarding
	InvitationURL string
}

// handleOrganisationsPage lists the onboardings and the form to onboard one (regulators).
func (s *Server) handleOrganisationsPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleRegulator)
	if u == nil || !s.allowed(w, r, u, pedigree.ActRead) {
		return
	}
	s.renderOrganisations(w, r, http.StatusOK, newForm(nil), nil, "")
}

func (s *Server) renderOrganisations(w http.ResponseWriter, r *http.Request, status int, f *form, done *pedigree.Onboarding, link string) {
	var list []pedigree.Onboarding
	if s.deps.Onboarder != nil {
		var err error
		if list, err = s.deps.Onboarder.Onboardings(r.Context()); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "organisations", "Organisations", organisationsPage{
		Onboardings: list, Steps: pedigree.OnboardingSteps, Form: f, Done: done, InvitationURL: link,
		Roles: []pedigree.Role{pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser, pedigree.RoleRegulator},
	})
}

// handleOnboardForm onboards an organisation from the page: the same steps as the API; a
// failure shows the step reached and the same form again, to retry.
func (s *Server) handleOnboardForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleRegulator)
	if u == nil || !s.allowed(w, r, u, pedigree.ActChain) {
		return
	}
	if s.deps.Onboarder == nil {
		s.pageError(w, r, errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "This service does not onboard organisations."))
		return
	}
	var prefixes []string
	for _, p := range strings.FieldsFunc(f.Get("prefixes"), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\r' }) {
		prefixes = append(prefixes, p)
	}
	req, err := onboardRequest(f.Get("name"), f.Get("role"), f.Get("gln"), f.Get("admin_email"), f.Get("account"), prefixes)
	if err == nil {
		var ob pedigree.Onboarding
		ob, err = s.deps.Onboarder.Onboard(r.Context(), *u.org(), req)
		if err == nil {
			s.renderOrganisations(w, r, http.StatusOK, newForm(nil), &ob, s.invitationURL(r, ob.InvitationToken))
			return
		}
	}
	status, _, ok := s.refused(w, r, err)
	if !ok {
		return
	}
	f.FailFrom(err, "name", "role", "gln", "admin_email", "prefixes", "account")
	s.renderOrganisations(w, r, status, f, nil, "")
}

// invitationPage is what a one-time link's page shows.
type invitationPage struct {
	Person pedigree.Person
	Kind   pedigree.LinkKind
	Form   *form
	Min    int
}

// handleInvitationPage shows the password form of a one-time link (invitation or reset).
func (s *Server) handleInvitationPage(w http.ResponseWriter, r *http.Request) {
	if s.deps.People == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "There is nothing here."))
		return
	}
	w.Header().Set("Referrer-Policy", "no-referrer") // the token is in the URL
	p, kind, err := s.deps.People.LinkUser(r.Context(), chi.URLParam(r, "token"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "invitation", "Set your password", invitationPage{Person: p, Kind: kind, Form: newForm(nil), Min: pedigree.MinPasswordLength})
}

// handleInvitation sets the password of a one-time link's user and sends them to sign in.
func (s *Server) handleInvitation(w http.ResponseWriter, r *http.Request) {
	if s.deps.People == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "There is nothing here."))
		return
	}
	w.Header().Set("Referrer-Policy", "no-referrer")
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	token := chi.URLParam(r, "token")
	f := newForm(r.PostForm)
	pass := r.PostFormValue("password")
	if pass != r.PostFormValue("confirm") {
		f.Fail("confirm", "The two passwords differ.")
	} else if _, err := s.deps.People.UseLink(r.Context(), token, pass); err != nil {
		status, message, ok := s.refused(w, r, err)
		if !ok {
			return
		}
		if status == http.StatusNotFound {
			s.pageError(w, r, err)
			return
		}
		f.Fail("password", message)
	}
	if !f.OK() {
		p, kind, err := s.deps.People.LinkUser(r.Context(), token)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		s.render(w, r, http.StatusBadRequest, "invitation", "Set your password", invitationPage{Person: p, Kind: kind, Form: f, Min: pedigree.MinPasswordLength})
		return
	}
	s.done(w, r, "/login", "Your password is set: sign in with it.")
}
