package httpapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// requireOrg returns the organisation of the request's API token; every write needs one.
func (s *Server) requireOrg(r *http.Request) (*pedigree.Organisation, error) {
	org, err := s.caller(r)
	if err != nil {
		return nil, err
	}
	if org == nil {
		return nil, errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, "send your organisation's API token: Authorization: Bearer <token>")
	}
	return org, nil
}

// tokenParam reads the {id} of the route: a token or batch id, hex (0x...) or decimal.
func tokenParam(r *http.Request) (pedigree.TokenID, error) {
	id, err := pedigree.ParseTokenID(chi.URLParam(r, "id"))
	if err != nil {
		return id, errorf(http.StatusBadRequest, pedigree.EINVALID, "%s", pedigree.ErrorMessage(err))
	}
	return id, nil
}

// action runs an authenticated request on the route's token or batch ({id}) and writes its
// result: a read of its provenance, or an action on it.
func (s *Server) action(w http.ResponseWriter, r *http.Request, do func(org pedigree.Organisation, id pedigree.TokenID) (any, error)) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out, err := do(*org, id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// handleSplit splits a token: {"start": N} moves packs [N, end) into a new token.
func (s *Server) handleSplit(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		var body struct {
			Start *int64 `json:"start"`
		}
		if err := decodeJSON(w, r, &body); err != nil {
			return nil, err
		}
		if body.Start == nil || *body.Start < 1 || *body.Start > 1<<24 {
			return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "start: give the first pack index of the new token")
		}
		newToken, res, err := s.deps.Custody.Split(r.Context(), org, id, uint32(*body.Start))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token_id": newToken, "tx_hash": res.TxHash, "block": res.Block, "status": res.Status}, nil
	})
}

// handleShip ships a token: {"to": "0x..."}.
func (s *Server) handleShip(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		var body struct {
			To string `json:"to"`
		}
		if err := decodeJSON(w, r, &body); err != nil {
			return nil, err
		}
		to, err := pedigree.ParseAddress(body.To)
		if err != nil {
			return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "to: %s", pedigree.ErrorMessage(err))
		}
		return s.deps.Custody.Ship(r.Context(), org, id, to)
	})
}

// handleAccept accepts a token's shipment.
func (s *Server) handleAccept(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		return s.deps.Custody.Accept(r.Context(), org, id)
	})
}

// handleCancel cancels a token's pending shipment.
func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		return s.deps.Custody.Cancel(r.Context(), org, id)
	})
}

// packsBody is {"state": "...", "codes": ["...", ...]}: packs by their printed codes.
type packsBody struct {
	State string   `json:"state"`
	Codes []string `json:"codes"`
}

func (s *Server) readPacks(w http.ResponseWriter, r *http.Request, needState bool) (*pedigree.Organisation, pedigree.PackState, []pedigree.PackCode, error) {
	org, err := s.requireOrg(r)
	if err != nil {
		return nil, 0, nil, err
	}
	var body packsBody
	if err := decodeJSON(w, r, &body); err != nil {
		return nil, 0, nil, err
	}
	var state pedigree.PackState
	if needState {
		if state, err = pedigree.ParsePackState(body.State); err != nil {
			return nil, 0, nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "state: %s", pedigree.ErrorMessage(err))
		}
	}
	if len(body.Codes) == 0 || len(body.Codes) > pedigree.MaxPacksPerAction {
		return nil, 0, nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "codes: give the codes of 1 to %s packs", thousands(pedigree.MaxPacksPerAction))
	}
	packs := make([]pedigree.PackCode, len(body.Codes))
	for i, raw := range body.Codes {
		c, err := s.parser.Parse(raw)
		if err != nil {
			return nil, 0, nil, errorf(http.StatusUnprocessableEntity, pedigree.EINVALIDCODE, "codes[%d]: %s", i, err.Error())
		}
		if c.Lot == "" || c.Serial == "" {
			return nil, 0, nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "codes[%d]: a pack's code needs a lot (AI 10) and a serial (AI 21)", i)
		}
		packs[i] = packCode(c)
	}
	return org, state, packs, nil
}

// handlePackState sets packs to a state (every EU FMD state: supplied, destroyed, stolen,
// sample, free_sample, exported, locked, checked_out).
func (s *Server) handlePackState(w http.ResponseWriter, r *http.Request) {
	org, state, packs, err := s.readPacks(w, r, true)
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.deps.Custody.SetPackStates(r.Context(), *org, state, packs)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"state": state.String(), "packs": len(packs), "transactions": res})
}

// handleUndo reverts packs to active.
func (s *Server) handleUndo(w http.ResponseWriter, r *http.Request) {
	org, _, packs, err := s.readPacks(w, r, false)
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.deps.Custody.UndoPackStates(r.Context(), *org, packs)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"state": pedigree.PackActive, "packs": len(packs), "transactions": res})
}

// handleRegisterParticipant registers a participant: {"account", "role", "gln"}.
func (s *Server) handleRegisterParticipant(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var body struct {
		Account, Role, GLN string
	}
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	account, err := pedigree.ParseAddress(body.Account)
	if err != nil {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "account: %s", pedigree.ErrorMessage(err)))
		return
	}
	role, err := pedigree.ParseRole(body.Role)
	if err != nil {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "role: %s", pedigree.ErrorMessage(err)))
		return
	}
	res, err := s.deps.Custody.RegisterParticipant(r.Context(), *org, account, role, body.GLN)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, res)
}
