package httpapi

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// maxDownloads is the most label downloads one answer lists.
const maxDownloads = 1000

// handleLabelDownloads lists a batch's label downloads, newest first (?limit=, default 100),
// to its manufacturer and regulators: {"downloads": [...]}.
func (s *Server) handleLabelDownloads(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		limit := 100
		if raw := r.URL.Query().Get("limit"); raw != "" {
			n, err := strconv.Atoi(raw)
			if err != nil || n < 1 || n > maxDownloads {
				return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "limit: give a number from 1 to %d", maxDownloads)
			}
			limit = n
		}
		d, err := s.deps.Serials.Downloads(r.Context(), org, id, limit)
		if err != nil {
			return nil, err
		}
		if d == nil {
			d = []pedigree.LabelDownload{}
		}
		return map[string]any{"downloads": d}, nil
	})
}

// handleSerial looks up one serial of a batch, for its manufacturer and regulators: the pack's
// index, state and custody, or 404. There is no listing: a regulator looks up a serial it has
// in hand. The serial stays out of the logs, which name routes, not paths.
func (s *Server) handleSerial(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		return s.deps.Serials.LookUp(r.Context(), org, id, chi.URLParam(r, "serial"))
	})
}
