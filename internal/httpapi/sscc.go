package httpapi

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// ssccParam reads the {sscc} of the route: 18 digits with their check digit, or "(00)" and
// them, as a scanner or a label's text gives it.
func ssccParam(r *http.Request) (string, error) {
	s := strings.TrimPrefix(strings.TrimSpace(chi.URLParam(r, "sscc")), "(00)")
	if !gs1.ValidSSCC(s) {
		return "", errorf(http.StatusBadRequest, pedigree.EINVALID, "sscc: %q is not an SSCC (18 digits with a valid check digit)", s)
	}
	return s, nil
}

// ssccAction runs an authenticated action on the route's case or pallet, its batch read.
func (s *Server) ssccAction(w http.ResponseWriter, r *http.Request, do func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error)) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	sscc, err := ssccParam(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	c, err := s.deps.Containers.Container(r.Context(), sscc)
	if err != nil {
		s.error(w, r, err)
		return
	}
	batch, err := s.deps.Provenance.Batch(r.Context(), c.Batch)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out, err := do(*org, c, batch)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// caseToken returns the token holding every pack of case or pallet c.
func caseToken(c pedigree.ContainerInfo, batch pedigree.BatchView) (pedigree.TokenView, error) {
	t, ok := pedigree.TokenCovering(batch.Tokens, c.Start, c.End)
	if !ok {
		return t, pedigree.Errorf(pedigree.ECONFLICT, "the packs of SSCC %s are no longer together (they are in several tokens): ship them by token", c.SSCC)
	}
	return t, nil
}

// ssccAnswer is what verifying a case or pallet answers: its verdict and findings, its packs
// counted by state, and where they are.
type ssccAnswer struct {
	SSCC     string                     `json:"sscc"`
	Kind     string                     `json:"kind"` // case or pallet
	Pallet   string                     `json:"pallet,omitempty"`
	Cases    []string                   `json:"cases,omitempty"` // a pallet's
	Verdict  pedigree.Verdict           `json:"verdict"`
	Reasons  []pedigree.Reason          `json:"reasons"`
	Batch    pedigree.BatchInfo         `json:"batch"`
	First    int                        `json:"first_pack"`
	End      int                        `json:"end_pack"`
	Contents map[pedigree.PackState]int `json:"contents"`
	Tokens   []pedigree.TokenView       `json:"tokens"`
	Together bool                       `json:"together"`
	// Outside are the packs not where their case is: the tokens holding some of its packs
	// elsewhere than most of them are (another holder, or shipped to another receiver).
	Outside  []pedigree.TokenView `json:"outside"`
	Opened   *time.Time           `json:"opened,omitempty"`
	OpenedBy *pedigree.Address    `json:"opened_by,omitempty"`
}

// verifySSCC answers what case or pallet sscc holds, and its verdict for org.
func (s *Server) verifySSCC(ctx context.Context, org pedigree.Organisation, sscc string) (ssccAnswer, error) {
	c, err := s.deps.Containers.Container(ctx, sscc)
	if err != nil {
		return ssccAnswer{}, err
	}
	batch, err := s.deps.Provenance.Batch(ctx, c.Batch)
	if err != nil {
		return ssccAnswer{}, err
	}
	counts, err := s.deps.Containers.PackStates(ctx, c.Batch, c.Start, c.End)
	if err != nil {
		return ssccAnswer{}, err
	}
	all, err := s.deps.Containers.Containers(ctx, c.Batch)
	if err != nil {
		return ssccAnswer{}, err
	}
	a := ssccAnswer{SSCC: c.SSCC, Kind: "case", Pallet: c.Parent, Batch: batch.Batch, First: int(c.Start), End: int(c.End), Contents: counts,
		Tokens: []pedigree.TokenView{}, Outside: []pedigree.TokenView{}}
	for _, x := range all {
		if x.Parent == c.SSCC {
			a.Kind, a.Cases = "pallet", append(a.Cases, x.SSCC)
		}
	}
	if !c.Opened.IsZero() {
		a.Opened, a.OpenedBy = &c.Opened, &c.OpenedBy
	}
	// The case is where most of its packs are: with one holder, on their way to the same
	// receiver or to none. Packs anywhere else are outside, whichever tokens hold them.
	type place struct{ holder, pending pedigree.Address }
	placeOf := func(t pedigree.TokenView) place {
		p := place{holder: t.Holder.Account}
		if t.PendingTo != nil {
			p.pending = t.PendingTo.Account
		}
		return p
	}
	packsAt := map[place]uint32{}
	for _, t := range batch.Tokens {
		if uint32(t.Start) < c.End && c.Start < uint32(t.End) {
			a.Tokens = append(a.Tokens, t)
			packsAt[placeOf(t)] += overlap(t, c)
		}
	}
	var main place
	for _, t := range a.Tokens { // in pack order: of two places with as many packs, the first
		if p := placeOf(t); packsAt[p] > packsAt[main] {
			main = p
		}
	}
	a.Together = len(a.Tokens) == 1
	outside := 0
	for _, t := range a.Tokens {
		if placeOf(t) != main {
			a.Outside = append(a.Outside, t)
			outside += int(overlap(t, c))
		}
	}
	facts := pedigree.ContainerFacts{Now: s.deps.Now(), Scanner: org, Expiry: batch.Batch.Expiry.Time, Contents: counts, Outside: outside,
		PackedCount: int(c.End - c.Start)}
	if batch.Recall != nil {
		facts.RecallCode = batch.Recall.Reason
	}
	if outside == 0 {
		facts.Holder, facts.PendingTo = main.holder, main.pending
	}
	a.Verdict, a.Reasons = pedigree.DecideContainer(facts)
	return a, nil
}

// overlap is how many of case c's packs token t holds.
func overlap(t pedigree.TokenView, c pedigree.ContainerInfo) uint32 {
	lo, hi := max(uint32(t.Start), c.Start), min(uint32(t.End), c.End)
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// handleSSCC answers what a case or pallet holds and its verdict for the caller.
func (s *Server) handleSSCC(w http.ResponseWriter, r *http.Request) {
	s.ssccAction(w, r, func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error) {
		return s.verifySSCC(r.Context(), org, c.SSCC)
	})
}

// handleOpenSSCC records that the holder of a case opened it (a pharmacy unpacking it).
func (s *Server) handleOpenSSCC(w http.ResponseWriter, r *http.Request) {
	s.ssccAction(w, r, func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error) {
		if err := s.openSSCC(r.Context(), org, c, batch); err != nil {
			return nil, err
		}
		return s.verifySSCC(r.Context(), org, c.SSCC)
	})
}

// openSSCC records that org opened case c, which it must hold.
func (s *Server) openSSCC(ctx context.Context, org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) error {
	t, ok := pedigree.TokenCovering(batch.Tokens, c.Start, c.End)
	if !ok || t.Holder.Account != org.Account {
		return pedigree.Errorf(pedigree.EFORBIDDEN, "only the holder of SSCC %s opens it, and %s does not hold all of it", c.SSCC, org.Name)
	}
	return s.deps.Containers.OpenContainer(ctx, c.SSCC, org.Account, s.deps.Now())
}

// handlePackBatch packs a batch into cases and pallets: {"case_size": N, "cases_per_pallet": M}
// (0 or none: no pallets). Only the batch's manufacturer, while it holds every pack and the
// batch has no cases yet; each case and pallet gets the next free SSCC under the GTIN's
// company prefix.
func (s *Server) handlePackBatch(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		var plan pedigree.PackPlan
		if err := decodeJSON(w, r, &plan); err != nil {
			return nil, err
		}
		cs, err := s.packBatch(r.Context(), org, id, plan)
		if err != nil {
			return nil, err
		}
		return map[string]any{"batch": id, "containers": containersJSON(cs)}, nil
	})
}

// packBatch packs batch id by plan for org.
func (s *Server) packBatch(ctx context.Context, org pedigree.Organisation, id pedigree.TokenID, plan pedigree.PackPlan) ([]pedigree.Container, error) {
	batch, err := s.deps.Provenance.Batch(ctx, id)
	if err != nil {
		return nil, err
	}
	if batch.Batch.Manufacturer.Account != org.Account {
		return nil, pedigree.Errorf(pedigree.EFORBIDDEN, "only the batch's manufacturer packs it into cases: %s is not %s", org.Name, batch.Batch.Manufacturer.Name)
	}
	if batch.Recall != nil {
		return nil, pedigree.Errorf(pedigree.ECONFLICT, "batch %s is recalled: it is not packed for shipping", id)
	}
	if !heldWhole(batch, org.Account) {
		return nil, pedigree.Errorf(pedigree.ECONFLICT, "some packs of batch %s are no longer only %s's (shipped, or held by another): pack a batch before it leaves you", id, org.Name)
	}
	cs, err := plan.Containers(batch.Batch.Quantity)
	if err != nil {
		return nil, err
	}
	prefixes, err := s.deps.Facts.CompanyPrefixes(ctx)
	if err != nil {
		return nil, err
	}
	prefix := pedigree.CompanyPrefixOf(batch.Batch.GTIN, prefixes)
	if prefix == "" {
		return nil, pedigree.Errorf(pedigree.ECONFLICT, "GTIN %s is under no company prefix assigned on chain: its SSCCs cannot be made", batch.Batch.GTIN)
	}
	return s.deps.Containers.PackBatch(ctx, id, prefix, cs)
}

// containersJSON writes cases and pallets for an answer.
func containersJSON(cs []pedigree.Container) []map[string]any {
	out := make([]map[string]any, 0, len(cs))
	for _, c := range cs {
		kind := "case"
		if c.IsPallet(cs) {
			kind = "pallet"
		}
		m := map[string]any{"sscc": c.SSCC, "kind": kind, "first_pack": c.Start, "end_pack": c.End}
		if c.Parent != "" {
			m["pallet"] = c.Parent
		}
		out = append(out, m)
	}
	return out
}

// handleShipSSCC ships a whole case or pallet with one scan: {"to": account}.
func (s *Server) handleShipSSCC(w http.ResponseWriter, r *http.Request) {
	var body struct {
		To string `json:"to"`
	}
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	to, err := pedigree.ParseAddress(body.To)
	if err != nil {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "to: %s", pedigree.ErrorMessage(err)))
		return
	}
	s.ssccAction(w, r, func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error) {
		id, res, err := s.shipSSCC(r.Context(), org, c, batch, to)
		if err != nil {
			return nil, err
		}
		return map[string]any{"sscc": c.SSCC, "token_id": id, "transaction": res}, nil
	})
}

// shipSSCC ships case or pallet c to to. When its packs are part of a larger token of org's,
// the token is split so that one token is exactly the case, which is shipped.
func (s *Server) shipSSCC(ctx context.Context, org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView, to pedigree.Address) (pedigree.TokenID, pedigree.TxResult, error) {
	t, err := caseToken(c, batch)
	if err != nil {
		return t.ID, pedigree.TxResult{}, err
	}
	if t.Holder.Account != org.Account {
		return t.ID, pedigree.TxResult{}, pedigree.Errorf(pedigree.EFORBIDDEN, "SSCC %s is held by %s, not %s", c.SSCC, t.Holder, org.Name)
	}
	id := t.ID
	// Each split is its own transaction and leaves a whole partition: after a crash, the
	// same request finds the carved token and goes on.
	if uint32(t.Start) < c.Start {
		if id, _, err = s.deps.Custody.Split(ctx, org, id, c.Start); err != nil {
			return id, pedigree.TxResult{}, err
		}
	}
	if c.End < uint32(t.End) {
		if _, _, err = s.deps.Custody.Split(ctx, org, id, c.End); err != nil {
			return id, pedigree.TxResult{}, err
		}
	}
	res, err := s.deps.Custody.Ship(ctx, org, id, to)
	return id, res, err
}

// handleAcceptSSCC accepts the shipment of a whole case or pallet with one scan.
func (s *Server) handleAcceptSSCC(w http.ResponseWriter, r *http.Request) {
	s.ssccAction(w, r, func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error) {
		id, res, err := s.acceptSSCC(r.Context(), org, c, batch)
		if err != nil {
			return nil, err
		}
		return map[string]any{"sscc": c.SSCC, "token_id": id, "transaction": res}, nil
	})
}

// acceptSSCC accepts case or pallet c, on its way to org.
func (s *Server) acceptSSCC(ctx context.Context, org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (pedigree.TokenID, pedigree.TxResult, error) {
	t, err := caseToken(c, batch)
	if err != nil {
		return t.ID, pedigree.TxResult{}, err
	}
	if t.PendingTo == nil || t.PendingTo.Account != org.Account || uint32(t.Start) != c.Start || uint32(t.End) != c.End {
		return t.ID, pedigree.TxResult{}, pedigree.Errorf(pedigree.ECONFLICT, "SSCC %s is not on its way to %s", c.SSCC, org.Name)
	}
	res, err := s.deps.Custody.Accept(ctx, org, t.ID)
	return t.ID, res, err
}
