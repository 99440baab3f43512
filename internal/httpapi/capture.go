package httpapi

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/pedigree-rx/pedigree/internal/epcis"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handleCapture takes an EPCIS 2.0 document from a serialization system (the manufacturer's
// token) and registers the batch it commissions, through the same service and rules as POST
// /api/v1/batches, then records its cases and pallets. A document that breaks the schema gets
// 400 with the JSON pointer of each problem, one pedigree cannot take 422 with a sentence;
// nothing is written for either. The same document again answers the first registration.
func (s *Server) handleCapture(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/ld+json" && mt != "application/json" {
		s.error(w, r, errorf(http.StatusUnsupportedMediaType, "unsupported_media_type", "send the EPCIS document as application/ld+json or application/json"))
		return
	}
	doc, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpload))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		s.error(w, r, errorf(http.StatusRequestEntityTooLarge, "payload_too_large", "the document is larger than %d bytes", maxUpload))
		return
	}
	if err != nil {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "the body could not be read"))
		return
	}
	if problems := epcis.Check(doc); len(problems) > 0 {
		msg := "the document is not valid EPCIS 2.0: " + problems[0].Pointer + ": " + problems[0].Message
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": map[string]any{"code": pedigree.EINVALID, "message": msg, "problems": problems}})
		return
	}
	c, err := epcis.ReadCommissioning(doc)
	if err != nil {
		s.error(w, r, errorf(http.StatusUnprocessableEntity, "unprocessable", "%s", err.Error()))
		return
	}
	if org.Role != pedigree.RoleManufacturer {
		s.error(w, r, pedigree.Errorf(pedigree.EFORBIDDEN, "only a manufacturer registers batches: %s is a %s", org.Name, org.Role))
		return
	}
	// The document's hash names the request: the same document again answers the outcome of
	// the registration the first began, and never mints twice.
	sum := sha256.Sum256(doc)
	nb := pedigree.NewBatch{GTIN: c.GTIN, Lot: c.Lot, Expiry: c.Expiry, Serials: c.Serials,
		Product: pedigree.Product{Name: c.Product.Name, Strength: c.Product.Strength, Form: c.Product.Form},
		Request: "epcis:" + hex.EncodeToString(sum[:16])}
	out, err := s.deps.Batches.Register(r.Context(), *org, nb)
	if err != nil {
		// A valid document whose batch the rules refuse (a GTIN the manufacturer does not own,
		// an expiry in the past): pedigree cannot take it.
		if code := pedigree.ErrorCode(err); code == pedigree.EINVALID || code == pedigree.EFORBIDDEN {
			err = errorf(http.StatusUnprocessableEntity, "unprocessable", "%s", pedigree.ErrorMessage(err))
		}
		s.error(w, r, err)
		return
	}
	if len(c.Cases) > 0 {
		if err := s.deps.Containers.AddContainers(r.Context(), out.TokenID, c.Cases); err != nil {
			s.error(w, r, err)
			return
		}
	}
	writeJSON(w, http.StatusCreated, map[string]any{"token_id": out.TokenID, "status": out.Status, "tx_hash": out.TxHash, "cases": len(c.Cases)})
}
