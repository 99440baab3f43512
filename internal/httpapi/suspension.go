package httpapi

import (
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Suspension with a reason: a regulator suspends or reinstates a participant saying why, after
// a confirmation that names the organisation; the suspended organisation's people see a banner
// saying why, since when and by whom on every page.

// statusService returns the status changes, or a 503 when the server has none.
func (s *Server) statusService() (pedigree.StatusChanges, error) {
	if s.deps.Status == nil {
		return nil, errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "this server does not suspend or reinstate participants")
	}
	return s.deps.Status, nil
}

// accountParam reads the route's {account}.
func accountParam(r *http.Request) (pedigree.Address, error) {
	a, err := pedigree.ParseAddress(chi.URLParam(r, "account"))
	if err != nil {
		return a, errorf(http.StatusBadRequest, pedigree.EINVALID, "account: %s", pedigree.ErrorMessage(err))
	}
	return a, nil
}

// handleStatusChange suspends or reinstates the route's participant: {"reason": "..."}.
func (s *Server) handleStatusChange(action pedigree.StatusAction) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		res, err := s.statusChange(w, r, action)
		if err != nil {
			s.error(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, res)
	}
}

func (s *Server) statusChange(w http.ResponseWriter, r *http.Request, action pedigree.StatusAction) (any, error) {
	org, err := s.requireOrg(r)
	if err != nil {
		return nil, err
	}
	status, err := s.statusService()
	if err != nil {
		return nil, err
	}
	account, err := accountParam(r)
	if err != nil {
		return nil, err
	}
	var body struct {
		Reason string `json:"reason"`
	}
	if r.ContentLength != 0 || r.Header.Get("Content-Type") != "" {
		if err := decodeJSON(w, r, &body); err != nil {
			return nil, err
		}
	}
	res, err := status.Change(r.Context(), *org, 0, account, action, body.Reason)
	if err != nil {
		return nil, err
	}
	return map[string]any{"action": action, "account": account, "reason": strings.TrimSpace(body.Reason), "tx_hash": res.TxHash, "block": res.Block, "status": res.Status}, nil
}

// handleSuspensionAPI says why and since when the route's participant is suspended (404 when
// it is not): to regulators for anyone, to an organisation for itself.
func (s *Server) handleSuspensionAPI(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	status, err := s.statusService()
	if err != nil {
		s.error(w, r, err)
		return
	}
	account, err := accountParam(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if org.Role != pedigree.RoleRegulator && org.Account != account {
		s.error(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "an organisation reads its own suspension only; regulators read anyone's"))
		return
	}
	sp, err := status.Suspension(r.Context(), account)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sp)
}

// statusPage is the confirmation of a suspension or reinstatement: it names the organisation
// and asks for the reason.
type statusPage struct {
	Action      pedigree.StatusAction
	Participant pedigree.Participant
	Suspension  *pedigree.Suspension // the one in force, when reinstating
	Form        *form
}

// participantFor returns the participant of the route's {account} and the action, or answers.
func (s *Server) participantFor(w http.ResponseWriter, r *http.Request) (pedigree.Participant, pedigree.StatusAction, bool) {
	action, err := pedigree.ParseStatusAction(chi.URLParam(r, "action"))
	if err != nil {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is no such action.")))
		return pedigree.Participant{}, "", false
	}
	account, err := accountParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return pedigree.Participant{}, "", false
	}
	parts, err := s.deps.Directory.Participants(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return pedigree.Participant{}, "", false
	}
	for _, p := range parts {
		if p.Account == account {
			return p, action, true
		}
	}
	s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "%s is not a registered participant.", account.String())))
	return pedigree.Participant{}, "", false
}

// handleStatusPage asks the regulator to confirm a suspension or reinstatement, with a reason.
func (s *Server) handleStatusPage(w http.ResponseWriter, r *http.Request) {
	if s.requireUser(w, r, pedigree.RoleRegulator) == nil {
		return
	}
	p, action, ok := s.participantFor(w, r)
	if !ok {
		return
	}
	s.renderStatusPage(w, r, http.StatusOK, statusPage{Action: action, Participant: p, Form: s.newForm(r, nil)})
}

func (s *Server) renderStatusPage(w http.ResponseWriter, r *http.Request, status int, p statusPage) {
	if p.Action == pedigree.ActionReinstate && s.deps.Status != nil {
		if sp, err := s.deps.Status.Suspension(r.Context(), p.Participant.Account); err == nil {
			p.Suspension = &sp
		}
	}
	title := s.tr(r, "Suspend %s", p.Participant.Party.String())
	if p.Action == pedigree.ActionReinstate {
		title = s.tr(r, "Reinstate %s", p.Participant.Party.String())
	}
	s.render(w, r, status, "participant_status", title, p)
}

// handleStatusForm suspends or reinstates the route's participant, for the reason given.
func (s *Server) handleStatusForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleRegulator)
	if u == nil {
		return
	}
	p, action, ok := s.participantFor(w, r)
	if !ok {
		return
	}
	status, err := s.statusService()
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	name := p.Party.String()
	res, err := status.Change(r.Context(), *u.org(), u.User.ID, p.Account, action, f.Values.Get("reason"))
	if err != nil {
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		f.FailFrom(err, "reason")
		s.renderStatusPage(w, r, http.StatusUnprocessableEntity, statusPage{Action: action, Participant: p, Form: f})
		return
	}
	message := s.tr(r, "Suspended %s: nothing can be shipped to it, and it can act on nothing. Its people see why.", name)
	if action == pedigree.ActionReinstate {
		message = s.tr(r, "Reinstated %s: it can act again.", name)
	}
	s.done(w, r, "/participants", message+s.caughtUp(r.Context(), res))
}

// suspendedBanner returns the suspension of u's organisation, nil when it is not suspended or
// nobody is signed in. A failure to read it is logged, not the page's failure.
func (s *Server) suspendedBanner(r *http.Request, u *signedIn) *pedigree.Suspension {
	if u == nil || s.deps.Status == nil {
		return nil
	}
	sp, err := s.deps.Status.Suspension(r.Context(), u.User.Organisation.Account)
	if err != nil {
		if pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			s.log.Warn("read the organisation's suspension for its banner", "organisation", u.User.Organisation.ID, "err", err)
		}
		return nil
	}
	return &sp
}
