package httpapi

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// shipmentsPage lists what an organisation holds, ships and receives.
type shipmentsPage struct {
	Incoming, Held, Outgoing []holdingView
	Receivers                []pedigree.Participant // whom a token may be shipped to
}

// holdingView is a token on the shipments page, with the error of its last failed action.
type holdingView struct {
	pedigree.Holding
	Product string
	Error   string // next to the token's forms
	Field   string // which form failed: ship, split, accept or cancel
	ShipTo  string // kept after a failure
	SplitAt string
	Return  bool // a shipment to the batch's manufacturer: a return
	Home    bool // the batch is the viewer's own: recalled, it has nowhere to go back to
}

// handleShipmentsPage shows the shipments page.
func (s *Server) handleShipmentsPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser)
	if u == nil {
		return
	}
	s.renderShipments(w, r, u, http.StatusOK, nil)
}

func (s *Server) renderShipments(w http.ResponseWriter, r *http.Request, u *signedIn, status int, failed *holdingView) {
	h, err := s.deps.Directory.Holdings(r.Context(), u.User.Organisation.Account)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := shipmentsPage{}
	if p.Receivers, err = s.receivers(r.Context(), u.User.Organisation.Account); err != nil {
		s.pageError(w, r, err)
		return
	}
	view := func(hs []pedigree.Holding) []holdingView {
		out := make([]holdingView, len(hs))
		for i, x := range hs {
			out[i] = holdingView{Holding: x, Product: x.Batch.Product.String(),
				Return: x.Token.PendingTo != nil && x.Token.PendingTo.Account == x.Batch.Manufacturer.Account,
				Home:   x.Batch.Manufacturer.Account == u.User.Organisation.Account}
			if failed != nil && failed.Token.ID == x.Token.ID {
				out[i].Error, out[i].Field, out[i].ShipTo, out[i].SplitAt = failed.Error, failed.Field, failed.ShipTo, failed.SplitAt
			}
		}
		return out
	}
	p.Incoming, p.Held, p.Outgoing = view(h.Incoming), view(h.Held), view(h.Outgoing)
	s.render(w, r, status, "shipments", "Shipments", p)
}

// receivers are the participants org may ship to: active, not a regulator, not itself.
func (s *Server) receivers(ctx context.Context, org pedigree.Address) ([]pedigree.Participant, error) {
	parts, err := s.deps.Directory.Participants(ctx)
	if err != nil {
		return nil, err
	}
	var out []pedigree.Participant
	for _, pt := range parts {
		if !pt.Suspended && pt.Role != pedigree.RoleRegulator && pt.Account != org {
			out = append(out, pt)
		}
	}
	return out, nil
}

// handleShipmentAction runs split, ship, accept or cancel on the route's token.
func (s *Server) handleShipmentAction(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	org, ctx := *u.org(), r.Context()
	action := chi.URLParam(r, "action")
	failed := &holdingView{Field: action, ShipTo: f.Get("to"), SplitAt: f.Get("at")}
	failed.Token.ID = id
	var res pedigree.TxResult
	var message string
	packs, before := s.packsOf(ctx, id) // what the flash names, read before the action changes it
	switch action {
	case "ship":
		to, perr := pedigree.ParseAddress(failed.ShipTo)
		if perr != nil {
			err = pedigree.Errorf(pedigree.EINVALID, "choose whom to ship to")
			break
		}
		res, err = s.deps.Custody.Ship(ctx, org, id, to)
		receiver := s.partyNamed(ctx, to)
		message = s.tr(r, "Shipped %s to %s: they wait for %s to accept them.", packs, receiver, receiver)
	case "split":
		at, perr := strconv.Atoi(failed.SplitAt)
		if perr != nil || at < 2 || at > 1<<24 {
			err = pedigree.Errorf(pedigree.EINVALID, "enter the number of the first pack of the new part (at least 2)")
			break
		}
		_, res, err = s.deps.Custody.Split(ctx, org, id, uint32(at-1))
		message = s.tr(r, "Split %s: packs from %s on are a new part, ready to ship.", packs, langOf(r).printer.Sprint(at))
	case "accept":
		res, err = s.deps.Custody.Accept(ctx, org, id)
		message = s.tr(r, "Accepted %s: they are in %s's custody.", packs, org.Name)
		if before != nil {
			message = s.tr(r, "Accepted %s from %s: they are in %s's custody.", packs, before.Token.Holder.String(), org.Name)
		}
	case "cancel":
		res, err = s.deps.Custody.Cancel(ctx, org, id)
		message = s.tr(r, "Shipment of %s cancelled: they stay with their sender.", packs)
		if before != nil && before.Token.PendingTo != nil {
			message = s.tr(r, "Shipment of %s to %s cancelled: they stay with %s.", packs, before.Token.PendingTo.String(), before.Token.Holder.String())
		}
	default:
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is no action %q.", action)))
		return
	}
	if err != nil {
		status, msg, ok := s.refused(w, r, err)
		if ok {
			failed.Error = msg
			s.renderShipments(w, r, u, status, failed)
		}
		return
	}
	s.done(w, r, "/shipments", message+s.caughtUp(ctx, res))
}

// participantsPage is the regulator's list of participants.
type participantsPage struct {
	Participants []pedigree.Participant
	Suspensions  map[pedigree.Address]*pedigree.Suspension // why and since when, by account
	Form         *form
	Roles        []pedigree.Role
}

// handleParticipantsPage lists participants, with the form to register one.
func (s *Server) handleParticipantsPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleRegulator)
	if u == nil {
		return
	}
	s.renderParticipants(w, r, http.StatusOK, participantsPage{Form: s.newForm(r, nil)})
}

func (s *Server) renderParticipants(w http.ResponseWriter, r *http.Request, status int, p participantsPage) {
	var err error
	if p.Participants, err = s.deps.Directory.Participants(r.Context()); err != nil {
		s.pageError(w, r, err)
		return
	}
	if s.deps.Status != nil {
		all, err := s.deps.Status.Suspensions(r.Context())
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		p.Suspensions = make(map[pedigree.Address]*pedigree.Suspension, len(all))
		for a, sp := range all {
			p.Suspensions[a] = &sp
		}
	}
	p.Roles = []pedigree.Role{pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser, pedigree.RoleRegulator}
	s.render(w, r, status, "participants", "Participants", p)
}

// handleRegisterParticipantForm registers a participant on the chain.
func (s *Server) handleRegisterParticipantForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleRegulator)
	if u == nil {
		return
	}
	account, err := pedigree.ParseAddress(f.Get("account"))
	if err != nil {
		f.Fail("account", s.tr(r, "Enter the participant's account: 0x and 40 hex digits."))
	}
	role, err := pedigree.ParseRole(f.Get("role"))
	if err != nil {
		f.Fail("role", s.tr(r, "Choose a role."))
	}
	if f.Get("gln") == "" {
		f.Fail("gln", s.tr(r, "Enter the participant's GLN (13 digits)."))
	}
	if f.OK() {
		res, err := s.deps.Custody.RegisterParticipant(r.Context(), *u.org(), account, role, f.Get("gln"))
		if err == nil {
			s.done(w, r, "/participants", s.tr(r, "Registered the "+strings.ToLower(roleTitles[role])+" with GLN %s (account %s).", f.Get("gln"), shortHex(account))+s.caughtUp(r.Context(), res))
			return
		}
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		f.FailFrom(err, "account", "role", "gln")
	}
	s.renderParticipants(w, r, http.StatusUnprocessableEntity, participantsPage{Form: f})
}
