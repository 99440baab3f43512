package httpapi

import (
	"net/http"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handlePrefixes lists the GS1 company prefixes and single GTINs assigned to manufacturers:
// who may register batches of which GTINs. Any organisation may read it.
func (s *Server) handlePrefixes(w http.ResponseWriter, r *http.Request) {
	if _, err := s.requireOrg(r); err != nil {
		s.error(w, r, err)
		return
	}
	list, err := s.deps.Directory.Assignments(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []pedigree.Assignment{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"assignments": list})
}

// handleAssignPrefix assigns a company prefix, {"prefix": "9506000", "manufacturer": "0x..."},
// or a single GTIN, {"gtin": "09506000134352", "manufacturer": "0x..."}, to a manufacturer; one
// that another manufacturer holds moves. Regulators only.
func (s *Server) handleAssignPrefix(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var body struct {
		Prefix       string `json:"prefix"`
		GTIN         string `json:"gtin"`
		Manufacturer string `json:"manufacturer"`
	}
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	if (body.Prefix == "") == (body.GTIN == "") {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "prefix: give a GS1 company prefix, or a gtin, not both"))
		return
	}
	manufacturer, err := pedigree.ParseAddress(body.Manufacturer)
	if err != nil {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "manufacturer: %s", pedigree.ErrorMessage(err)))
		return
	}
	res, err := s.assign(r, *org, body.Prefix, body.GTIN, manufacturer)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := map[string]any{"manufacturer": manufacturer, "tx_hash": res.TxHash, "block": res.Block, "status": res.Status}
	if body.GTIN != "" {
		out["gtin"] = body.GTIN
	} else {
		out["prefix"] = body.Prefix
	}
	writeJSON(w, http.StatusOK, out)
}

// assign assigns the prefix, or else the gtin, to the manufacturer.
func (s *Server) assign(r *http.Request, org pedigree.Organisation, prefix, gtin string, manufacturer pedigree.Address) (pedigree.TxResult, error) {
	if gtin != "" {
		return s.deps.Custody.AssignGTIN(r.Context(), org, gtin, manufacturer)
	}
	return s.deps.Custody.AssignPrefix(r.Context(), org, prefix, manufacturer)
}

// prefixesPage is the regulator's list of GTIN assignments.
type prefixesPage struct {
	Assignments   []pedigree.Assignment
	Manufacturers []pedigree.Participant // active ones: whom a prefix may go to
	Form          *form
}

// handlePrefixesPage lists the assignments, with the form to assign or move one.
func (s *Server) handlePrefixesPage(w http.ResponseWriter, r *http.Request) {
	if s.requireUser(w, r, pedigree.RoleRegulator) == nil {
		return
	}
	s.renderPrefixes(w, r, http.StatusOK, prefixesPage{Form: s.newForm(r, nil)})
}

func (s *Server) renderPrefixes(w http.ResponseWriter, r *http.Request, status int, p prefixesPage) {
	var err error
	if p.Assignments, err = s.deps.Directory.Assignments(r.Context()); err != nil {
		s.pageError(w, r, err)
		return
	}
	participants, err := s.deps.Directory.Participants(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, pt := range participants {
		if pt.Role == pedigree.RoleManufacturer && !pt.Suspended {
			p.Manufacturers = append(p.Manufacturers, pt)
		}
	}
	s.render(w, r, status, "prefixes", "GTIN prefixes", p)
}

// handleAssignPrefixForm assigns (or moves) a prefix or a single GTIN: a code of 14 digits is
// a GTIN-14, a shorter one a company prefix.
func (s *Server) handleAssignPrefixForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleRegulator)
	if u == nil {
		return
	}
	code := f.Get("prefix")
	var prefix, gtin string
	switch {
	case len(code) == 14:
		gtin = code
	case pedigree.ValidPrefix(code) == nil:
		prefix = code
	default:
		f.Fail("prefix", s.tr(r, "Enter a GS1 company prefix (%d to %d digits) or a GTIN-14 (14 digits).", pedigree.MinPrefixDigits, pedigree.MaxPrefixDigits))
	}
	manufacturer, err := pedigree.ParseAddress(f.Get("manufacturer"))
	if err != nil {
		f.Fail("manufacturer", s.tr(r, "Choose a manufacturer."))
	}
	if f.OK() {
		res, err := s.assign(r, *u.org(), prefix, gtin, manufacturer)
		if err == nil {
			what := s.tr(r, "GS1 company prefix %s", prefix)
			if gtin != "" {
				what = "GTIN " + gtin
			}
			s.done(w, r, "/prefixes", s.tr(r, "Assigned %s to %s.", what, manufacturer)+s.caughtUp(r.Context(), res))
			return
		}
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		if rest, ok := strings.CutPrefix(pedigree.ErrorMessage(err), "gtin: "); ok {
			f.Fail("prefix", capitalise(rest))
		} else {
			f.FailFrom(err, "prefix", "manufacturer")
		}
	}
	s.renderPrefixes(w, r, http.StatusUnprocessableEntity, prefixesPage{Form: f})
}
