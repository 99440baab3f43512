package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// A recall leaves a batch's stock two ways out: back to its manufacturer, or destroyed. Every
// page shows a holder of recalled stock a notice listing it, with both actions; each opens a
// confirmation naming what it does, and the confirmed form acts. The regulator's recall
// register shows every recalled batch and where its packs are now.

// recallNotice is the notice every page shows a holder of recalled stock.
type recallNotice struct {
	Stock    []recallStockView
	Incoming int  // recalled shipments on their way to the organisation
	Home     bool // the organisation is a manufacturer: its recalled stock is home, and comes back to it
}

// recallStockView is one recalled holding in the notice or a confirmation.
type recallStockView struct {
	pedigree.RecalledHolding
	Product    string
	Packs      string // its active packs in words: "packs 1 to 8 and 12"
	CanReturn  bool
	CanDestroy bool
}

func stockView(r *http.Request, h pedigree.RecalledHolding, account pedigree.Address) recallStockView {
	return recallStockView{RecalledHolding: h, Product: h.Batch.Product.String(), Packs: pedigree.FormatPacks(h.Active, langOf(r).plain),
		CanReturn: h.CanReturn(account), CanDestroy: h.CanDestroy(account)}
}

// recallNoticeFor returns the notice for u's pages, nil when there is nothing to show. A
// failure to read it is logged and leaves the page without it: the page itself still works.
func (s *Server) recallNoticeFor(r *http.Request, u *signedIn) *recallNotice {
	if u == nil || s.deps.Recalls == nil || !hasRole(u, holderRoles...) {
		return nil
	}
	account := u.User.Organisation.Account
	stock, err := s.deps.Recalls.RecalledStock(r.Context(), account)
	if err != nil {
		s.log.Error("read recalled stock", "account", account, "err", err)
		return nil
	}
	n := &recallNotice{Home: u.User.Organisation.Role == pedigree.RoleManufacturer}
	for _, h := range stock {
		switch {
		case h.Incoming(account):
			n.Incoming++
		case h.Held(account):
			n.Stock = append(n.Stock, stockView(r, h, account))
		}
	}
	if len(n.Stock) == 0 && n.Incoming == 0 {
		return nil
	}
	return n
}

func hasRole(u *signedIn, roles ...pedigree.Role) bool {
	for _, r := range roles {
		if u.User.Organisation.Role == r {
			return true
		}
	}
	return false
}

// recallConfirmPage asks to confirm a return or a destruction.
type recallConfirmPage struct {
	Stock  recallStockView
	Action string // return or destroy
	Ranges string // the packs to destroy, as the form posts them
	Error  string
}

// handleRecalledStockPage asks to confirm the route's action on a recalled holding: return (to
// the batch's manufacturer) or destroy (its active packs, named).
func (s *Server) handleRecalledStockPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, holderRoles...)
	if u == nil {
		return
	}
	p, err := s.recalledStock(r, u)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "recall_confirm", recallTitles[p.Action], p)
}

var recallTitles = map[string]string{"return": "Return recalled stock", "destroy": "Destroy recalled stock"}

// recalledStock finds the route's holding ({id}) among u's recalled stock and checks the
// route's action ({action}) is one u may take on it now.
func (s *Server) recalledStock(r *http.Request, u *signedIn) (recallConfirmPage, error) {
	p := recallConfirmPage{Action: chi.URLParam(r, "action")}
	if _, ok := recallTitles[p.Action]; !ok {
		return p, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "There is no action %s on recalled stock.", strconv.Quote(p.Action)))
	}
	id, err := tokenParam(r)
	if err != nil {
		return p, err
	}
	account := u.User.Organisation.Account
	stock, err := s.deps.Recalls.RecalledStock(r.Context(), account)
	if err != nil {
		return p, err
	}
	for _, h := range stock {
		if h.Token.ID != id {
			continue
		}
		p.Stock = stockView(r, h, account)
		switch {
		case p.Action == "return" && !p.Stock.CanReturn:
			return p, errorf(http.StatusConflict, pedigree.ECONFLICT, "%s", s.tr(r, "These packs cannot be returned now: only their holder returns them, once no shipment of them is pending, and the manufacturer's own stock is already home."))
		case p.Action == "destroy" && !p.Stock.CanDestroy:
			return p, errorf(http.StatusConflict, pedigree.ECONFLICT, "%s", s.tr(r, "These packs cannot be destroyed now: only their holder destroys them, once no shipment of them is pending, and none of them is active."))
		}
		p.Ranges = formatRanges(h.Active)
		return p, nil
	}
	return p, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "You hold no recalled stock of that token (%s): the notice at the top of your pages lists what you hold.", shortHex(id)))
}

// handleRecalledStockAction returns or destroys a recalled holding, once confirmed. A
// destruction sets exactly the packs its confirmation named (the form's packs), so packs that
// changed in between are refused by the chain rather than destroyed unseen.
func (s *Server) handleRecalledStockAction(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, holderRoles...)
	if u == nil {
		return
	}
	p, err := s.recalledStock(r, u)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var res pedigree.TxResult
	var message string
	what := s.tr(r, "lot %s", p.Stock.Batch.Lot)
	if p.Stock.Product != "" {
		what = p.Stock.Product + ", " + what
	}
	switch p.Action {
	case "return":
		m := p.Stock.Batch.Manufacturer
		res, err = s.deps.Custody.Ship(r.Context(), *u.org(), p.Stock.Token.ID, m.Account)
		message = s.tr(r, "Returned %s, packs %s to %s, to %s: it waits for them to accept it.", what, packNumber(p.Stock.Token.Start+1), packNumber(p.Stock.Token.End), m)
	case "destroy":
		ranges, perr := parseRanges(f.Get("packs"))
		if perr != nil {
			s.pageError(w, r, perr)
			return
		}
		res, err = s.deps.Custody.SetTokenPackStates(r.Context(), *u.org(), p.Stock.Token.ID, pedigree.PackDestroyed, ranges)
		message = s.tr(r, "Destroyed %s of %s.", pedigree.FormatPacks(ranges, langOf(r).plain), what)
	}
	if err != nil {
		status, msg, ok := s.refused(w, r, err)
		if ok {
			p.Error = msg
			s.render(w, r, status, "recall_confirm", recallTitles[p.Action], p)
		}
		return
	}
	s.done(w, r, "/shipments", message+s.caughtUp(r.Context(), res))
}

// formatRanges writes pack ranges for a form, counted from 0 as the chain counts them:
// "0-8,11-12" for [0, 8) and [11, 12).
func formatRanges(ranges []pedigree.PackRange) string {
	parts := make([]string, len(ranges))
	for i, r := range ranges {
		parts[i] = fmt.Sprintf("%d-%d", r.Start, r.End)
	}
	return strings.Join(parts, ",")
}

// parseRanges reads what formatRanges wrote.
func parseRanges(s string) ([]pedigree.PackRange, error) {
	bad := errorf(http.StatusBadRequest, pedigree.EINVALID, "The packs to destroy are missing or malformed: open the confirmation again.")
	if s == "" || len(s) > 4096 {
		return nil, bad
	}
	var out []pedigree.PackRange
	for _, part := range strings.Split(s, ",") {
		from, to, ok := strings.Cut(part, "-")
		start, err1 := strconv.Atoi(from)
		end, err2 := strconv.Atoi(to)
		if !ok || err1 != nil || err2 != nil || start < 0 || end <= start || end > 1<<24 {
			return nil, bad
		}
		out = append(out, pedigree.PackRange{Start: start, End: end})
	}
	return out, nil
}

// recallsPage is the regulator's recall register.
type recallsPage struct {
	Recalls []recalledView
}

// recalledView is a recalled batch with its cases and pallets: every SSCC a holder must find.
type recalledView struct {
	pedigree.RecalledBatch
	Cases []recalledCase `json:"ssccs"`
}

// recalledCase is a case or pallet of a recalled batch, and who holds it (nil: its packs are
// no longer together, and the holders table says where they are).
type recalledCase struct {
	SSCC   string          `json:"sscc"`
	Kind   string          `json:"kind"`
	Holder *pedigree.Party `json:"holder"`
}

// withCases returns recalls with each batch's cases and pallets and their holders.
func (s *Server) withCases(ctx context.Context, recalls []pedigree.RecalledBatch) ([]recalledView, error) {
	out := make([]recalledView, len(recalls))
	for i, rb := range recalls {
		out[i] = recalledView{RecalledBatch: rb, Cases: []recalledCase{}}
		v, err := s.deps.Provenance.Batch(ctx, rb.Batch.ID)
		if err != nil {
			return nil, err
		}
		cs, err := s.batchCases(ctx, v)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			kind := "case"
			if c.Pallet {
				kind = "pallet"
			}
			out[i].Cases = append(out[i].Cases, recalledCase{SSCC: c.SSCC, Kind: kind, Holder: c.Holder})
		}
	}
	return out, nil
}

// handleRecallsPage shows the recall register: every recalled batch, why, by whom and when,
// who holds what of it now, and how much has come back or been destroyed.
func (s *Server) handleRecallsPage(w http.ResponseWriter, r *http.Request) {
	if s.requireUser(w, r, pedigree.RoleRegulator) == nil {
		return
	}
	recalls, err := s.deps.Recalls.Register(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	views, err := s.withCases(r.Context(), recalls)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "recalls", "Recalls", recallsPage{Recalls: views})
}

// handleRecallsAPI answers the recall register to regulators: {"recalls": [...]}.
func (s *Server) handleRecallsAPI(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if org.Role != pedigree.RoleRegulator {
		s.error(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "the recall register is for regulators; %s is a %s", org.Name, org.Role))
		return
	}
	recalls, err := s.deps.Recalls.Register(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	views, err := s.withCases(r.Context(), recalls)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"recalls": nonNil(views)})
}

// handleRecalledStockAPI answers the caller's recalled stock, what its pages' notice lists:
// {"stock": [...]}, each holding with its recall and its active packs.
func (s *Server) handleRecalledStockAPI(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	stock, err := s.deps.Recalls.RecalledStock(r.Context(), org.Account)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"stock": nonNil(stock)})
}

// nonNil makes an empty list answer [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// packNumber writes a pack's number as it is printed on its label, never digit-grouped: a pack
// number is an identifier (pack 1234), not a quantity.
func packNumber(n int) string { return strconv.Itoa(n) }
