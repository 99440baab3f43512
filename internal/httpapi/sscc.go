package httpapi

import (
	"net/http"
	"strings"

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

// handleSSCC answers what a case or pallet holds: its packs counted by state, and where they
// are (the tokens holding them: more than one when some left the case).
func (s *Server) handleSSCC(w http.ResponseWriter, r *http.Request) {
	s.ssccAction(w, r, func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error) {
		counts, err := s.deps.Containers.PackStates(r.Context(), c.Batch, c.Start, c.End)
		if err != nil {
			return nil, err
		}
		var where []pedigree.TokenView
		for _, t := range batch.Tokens {
			if uint32(t.Start) < c.End && c.Start < uint32(t.End) {
				where = append(where, t)
			}
		}
		return map[string]any{"sscc": c.SSCC, "pallet": c.Parent, "batch": batch.Batch, "first_pack": c.Start, "end_pack": c.End,
			"contents": counts, "tokens": where, "together": len(where) == 1}, nil
	})
}

// handleShipSSCC ships a whole case or pallet with one scan: {"to": account}. When its packs
// are part of a larger token of the caller's, the token is split so that one token is
// exactly the case, which is shipped.
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
		t, err := caseToken(c, batch)
		if err != nil {
			return nil, err
		}
		if t.Holder.Account != org.Account {
			return nil, pedigree.Errorf(pedigree.EFORBIDDEN, "SSCC %s is held by %s, not %s", c.SSCC, t.Holder, org.Name)
		}
		id := t.ID
		// Each split is its own transaction and leaves a whole partition: after a crash, the
		// same request finds the carved token and goes on.
		if uint32(t.Start) < c.Start {
			if id, _, err = s.deps.Custody.Split(r.Context(), org, id, c.Start); err != nil {
				return nil, err
			}
		}
		if c.End < uint32(t.End) {
			if _, _, err = s.deps.Custody.Split(r.Context(), org, id, c.End); err != nil {
				return nil, err
			}
		}
		res, err := s.deps.Custody.Ship(r.Context(), org, id, to)
		if err != nil {
			return nil, err
		}
		return map[string]any{"sscc": c.SSCC, "token_id": id, "transaction": res}, nil
	})
}

// handleAcceptSSCC accepts the shipment of a whole case or pallet with one scan.
func (s *Server) handleAcceptSSCC(w http.ResponseWriter, r *http.Request) {
	s.ssccAction(w, r, func(org pedigree.Organisation, c pedigree.ContainerInfo, batch pedigree.BatchView) (any, error) {
		t, err := caseToken(c, batch)
		if err != nil {
			return nil, err
		}
		if t.PendingTo == nil || t.PendingTo.Account != org.Account || uint32(t.Start) != c.Start || uint32(t.End) != c.End {
			return nil, pedigree.Errorf(pedigree.ECONFLICT, "SSCC %s is not on its way to %s", c.SSCC, org.Name)
		}
		res, err := s.deps.Custody.Accept(r.Context(), org, t.ID)
		if err != nil {
			return nil, err
		}
		return map[string]any{"sscc": c.SSCC, "token_id": t.ID, "transaction": res}, nil
	})
}
