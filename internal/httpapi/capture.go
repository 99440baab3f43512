package httpapi

import (
	"context"
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
	out, problems, err := s.capture(r.Context(), *org, doc)
	if len(problems) > 0 {
		msg := "the document is not valid EPCIS 2.0: " + problems[0].Pointer + ": " + problems[0].Message
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": map[string]any{"code": pedigree.EINVALID, "message": msg, "problems": problems}})
		return
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"token_id": out.TokenID, "status": out.Status, "tx_hash": out.TxHash, "cases": out.Cases})
}

// capturedBatch is what a captured document registered.
type capturedBatch struct {
	pedigree.RegisteredBatch
	Cases int
}

// capture registers the batch document doc commissions, for org, with its cases and pallets:
// the problems where doc breaks the EPCIS 2.0 schema (nothing written), or a 422 error saying
// why pedigree cannot take it, or the registration's error.
func (s *Server) capture(ctx context.Context, org pedigree.Organisation, doc []byte) (capturedBatch, []epcis.Problem, error) {
	if problems := epcis.Check(doc); len(problems) > 0 {
		return capturedBatch{}, problems, nil
	}
	c, err := epcis.ReadCommissioning(doc)
	if err != nil {
		return capturedBatch{}, nil, errorf(http.StatusUnprocessableEntity, "unprocessable", "%s", err.Error())
	}
	if org.Role != pedigree.RoleManufacturer {
		return capturedBatch{}, nil, pedigree.Errorf(pedigree.EFORBIDDEN, "only a manufacturer registers batches: %s is a %s", org.Name, org.Role)
	}
	// The document's hash names the request: the same document again answers the outcome of
	// the registration the first began, and never mints twice.
	sum := sha256.Sum256(doc)
	nb := pedigree.NewBatch{GTIN: c.GTIN, Lot: c.Lot, Expiry: c.Expiry, Serials: c.Serials,
		Product: pedigree.Product{Name: c.Product.Name, Strength: c.Product.Strength, Form: c.Product.Form},
		Request: "epcis:" + hex.EncodeToString(sum[:16])}
	out, err := s.deps.Batches.Register(ctx, org, nb)
	if err != nil {
		// A valid document whose batch the rules refuse (a GTIN the manufacturer does not own,
		// an expiry in the past): pedigree cannot take it.
		if code := pedigree.ErrorCode(err); code == pedigree.EINVALID || code == pedigree.EFORBIDDEN {
			err = errorf(http.StatusUnprocessableEntity, "unprocessable", "%s", pedigree.ErrorMessage(err))
		}
		return capturedBatch{}, nil, err
	}
	if len(c.Cases) > 0 {
		if err := s.deps.Containers.AddContainers(ctx, out.TokenID, c.Cases); err != nil {
			return capturedBatch{}, nil, err
		}
	}
	return capturedBatch{out, len(c.Cases)}, nil, nil
}
