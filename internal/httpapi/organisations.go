package httpapi

import (
	"net/http"
	"slices"
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
// "prefixes": [...], "account"?}. It answers 201 with {"id", "account", "invitation_url"}, and
// when the service sends mail "invitation_sent_to" (or "invitation_mail_error"); the
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
	if ob.InvitationToken != "" && s.deps.Mailer != nil {
		if sent := s.sendLink(r, ob.Request.Name, ob.InvitationToken); sent.Mailed {
			out["invitation_sent_to"] = sent.To
		} else {
			out["invitation_mail_error"] = sent.Error
		}
	}
	writeJSON(w, http.StatusCreated, out)
}

// organisationsPage is what /organisations shows a regulator.
type organisationsPage struct {
	Onboardings []pedigree.Onboarding
	Steps       []pedigree.OnboardingStep
	// Stages are what the progress of an onboarding shows, StageMail last when mail is sent.
	Stages []pedigree.OnboardingStage
	Roles  []pedigree.Role
	Form   *form
	// Done is the onboarding just run, and what became of its invitation link.
	Done *pedigree.Onboarding
	Link *linkSent
	// Failed is the stage an onboarding just stopped at, to retry.
	Failed pedigree.OnboardingStage
}

// handleOrganisationsPage lists the onboardings and the form to onboard one (regulators).
func (s *Server) handleOrganisationsPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleRegulator)
	if u == nil || !s.allowed(w, r, u, pedigree.ActRead) {
		return
	}
	s.renderOrganisations(w, r, http.StatusOK, organisationsPage{Form: s.newForm(r, nil)})
}

func (s *Server) renderOrganisations(w http.ResponseWriter, r *http.Request, status int, data organisationsPage) {
	if s.deps.Onboarder != nil {
		var err error
		if data.Onboardings, err = s.deps.Onboarder.Onboardings(r.Context()); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	data.Steps, data.Stages = pedigree.OnboardingSteps, s.onboardingStages()
	data.Roles = []pedigree.Role{pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser, pedigree.RoleRegulator}
	s.render(w, r, status, "organisations", "Organisations", data)
}

func (s *Server) onboardingStages() []pedigree.OnboardingStage {
	stages := pedigree.OnboardingStages
	if s.deps.Mailer != nil {
		stages = append(slices.Clip(stages), pedigree.StageMail)
	}
	return stages
}

// onboardingDone is the last line of an onboarding's stream when it succeeded.
type onboardingDone struct {
	Name    string            `json:"name"`
	Account *pedigree.Address `json:"account"`
	Funding string            `json:"funding,omitempty"`
	Link    *linkSent         `json:"link,omitempty"` // nil: the administrator has a password already
}

// handleOnboardForm onboards an organisation from the page: the same steps as the API. A
// browser running pedigree.js asks for application/x-ndjson and gets each stage as it starts
// and ends, one JSON line each ({"stage", "title", "state"}), then the outcome:
// {"done": {...}}, {"failed": stage, "error": "..."} to retry, or {"errors": {"field": "..."}}.
// Without JavaScript the answer is the page with the outcome. Either way a failure keeps the
// steps done; the same form again (Retry) resumes.
func (s *Server) handleOnboardForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleRegulator)
	if u == nil || !s.allowed(w, r, u, pedigree.ActChain) {
		return
	}
	if s.deps.Onboarder == nil {
		s.pageError(w, r, errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "%s", s.tr(r, "This service does not onboard organisations.")))
		return
	}
	stream := r.Header.Get("Accept") == "application/x-ndjson"
	var prefixes []string
	for _, p := range strings.FieldsFunc(f.Get("prefixes"), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\r' }) {
		prefixes = append(prefixes, p)
	}
	req, err := onboardRequest(f.Get("name"), f.Get("role"), f.Get("gln"), f.Get("admin_email"), f.Get("account"), prefixes)
	var last pedigree.OnboardingStage // the stage under way
	var tell pedigree.OnboardingProgress = func(pedigree.OnboardingStage, pedigree.StageState) {}
	if stream {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
		rc := http.NewResponseController(w)
		tell = func(stage pedigree.OnboardingStage, state pedigree.StageState) {
			writeLine(w, map[string]string{"stage": string(stage), "title": s.tr(r, stage.Title()), "state": string(state)})
			_ = rc.Flush()
		}
	}
	req.Progress = func(stage pedigree.OnboardingStage, state pedigree.StageState) {
		if state == pedigree.StageStarted {
			last = stage
		}
		tell(stage, state)
	}
	var ob pedigree.Onboarding
	if err == nil {
		ob, err = s.deps.Onboarder.Onboard(r.Context(), *u.org(), req)
	}
	if err != nil {
		s.onboardFailed(w, r, f, err, last, stream, tell)
		return
	}
	sent := s.mailInvitation(r, ob, req.Progress)
	if stream {
		if sent != nil {
			sent.Life = s.tr(r, sent.Life) // the script writes it into the page as it is
		}
		writeLine(w, map[string]any{"done": onboardingDone{Name: ob.Request.Name, Account: ob.Account, Funding: ob.Funding, Link: sent}})
		return
	}
	ob.Funding = capitalise(ob.Funding)
	s.renderOrganisations(w, r, http.StatusOK, organisationsPage{Form: s.newForm(r, nil), Done: &ob, Link: sent})
}

// onboardFailed answers an onboarding that failed: at a stage (last), with the stage and a
// Retry; before any, with the form's errors. A stream has sent its header already.
func (s *Server) onboardFailed(w http.ResponseWriter, r *http.Request, f *form, err error, last pedigree.OnboardingStage, stream bool, tell pedigree.OnboardingProgress) {
	status, _, message := s.classify(r, err)
	message = strings.TrimSuffix(capitalise(message), ".")
	switch {
	case last != "" && stream:
		tell(last, pedigree.StageFailed)
		writeLine(w, map[string]string{"failed": string(last), "title": s.tr(r, last.Title()), "error": message})
	case last != "":
		f.Fail("", s.tr(r, "%s failed: %s. Retry: the steps done are not done again.", s.tr(r, last.Title()), message))
		s.renderOrganisations(w, r, status, organisationsPage{Form: f, Failed: last})
	case status >= 500 && !stream:
		s.pageError(w, r, err)
	default:
		f.FailFrom(err, "name", "role", "gln", "admin_email", "prefixes", "account")
		if stream {
			writeLine(w, map[string]any{"errors": f.Errors})
			return
		}
		s.renderOrganisations(w, r, status, organisationsPage{Form: f})
	}
}

// mailInvitation mails an onboarding's invitation when the service sends mail, telling
// progress the mail stage; nil when no invitation was issued (the administrator has a
// password).
func (s *Server) mailInvitation(r *http.Request, ob pedigree.Onboarding, progress pedigree.OnboardingProgress) *linkSent {
	if ob.InvitationToken == "" {
		if s.deps.Mailer != nil {
			progress(pedigree.StageMail, pedigree.StageSkipped)
		}
		return nil
	}
	if s.deps.Mailer != nil {
		progress(pedigree.StageMail, pedigree.StageStarted)
	}
	sent := s.sendLink(r, ob.Request.Name, ob.InvitationToken)
	switch {
	case sent.Mailed:
		progress(pedigree.StageMail, pedigree.StageDone)
	case s.deps.Mailer != nil:
		progress(pedigree.StageMail, pedigree.StageFailed)
	}
	return &sent
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
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is nothing here.")))
		return
	}
	w.Header().Set("Referrer-Policy", "no-referrer") // the token is in the URL
	p, kind, err := s.deps.People.LinkUser(r.Context(), chi.URLParam(r, "token"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "invitation", "Set your password", invitationPage{Person: p, Kind: kind, Form: s.newForm(r, nil), Min: pedigree.MinPasswordLength})
}

// handleInvitation sets the password of a one-time link's user and sends them to sign in.
func (s *Server) handleInvitation(w http.ResponseWriter, r *http.Request) {
	if s.deps.People == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is nothing here.")))
		return
	}
	w.Header().Set("Referrer-Policy", "no-referrer")
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	token := chi.URLParam(r, "token")
	f := s.newForm(r, r.PostForm)
	pass := r.PostFormValue("password")
	if pass != r.PostFormValue("confirm") {
		f.Fail("confirm", s.tr(r, "The two passwords differ."))
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
	s.done(w, r, "/login", s.tr(r, "Your password is set: sign in with it."))
}
