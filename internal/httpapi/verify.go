package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handleVerify answers POST /api/v1/verify {"code": "..."}: any printed form of a pack's code
// (Digital Link, element string with or without scanner prefix, bracketed). Codes travel in the
// body, so they stay out of URLs and access logs. Authentication is optional; anonymous
// callers are rate-limited per address. An organisation may say why it verifies:
// "purpose": "supply" when the pack is about to be supplied (a recalled or expired pack then
// raises an alert), "check" (the default) otherwise.
func (s *Server) handleVerify(w http.ResponseWriter, r *http.Request) {
	scanner, err := s.caller(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if scanner == nil && !s.allowAnonymous(w, r, false) {
		return
	}
	var body struct {
		Code    *string `json:"code"`
		Purpose string  `json:"purpose"`
	}
	if err := decodeJSON(w, r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	if body.Code == nil || strings.TrimSpace(*body.Code) == "" {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, `the body needs a "code": the text of the pack's code`))
		return
	}
	purpose, err := pedigree.ParsePurpose(body.Purpose)
	if err != nil {
		s.error(w, r, err)
		return
	}
	code, err := s.parser.Parse(*body.Code)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.deps.Verifier.Verify(r.Context(), pedigree.VerifyRequest{Code: packCode(code), Scanner: scanner, Source: "api", Purpose: purpose})
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.metrics.verdict(v.Verdict)
	s.writeAnswer(w, r, v)
}

// writeAnswer writes a verification as JSON with a top-level "signature": a compact JWS
// (ES256) whose payload is the answer exactly as written, without that member. The keys are
// at /.well-known/jwks.json, so a pharmacy can keep the answer as a receipt.
func (s *Server) writeAnswer(w http.ResponseWriter, r *http.Request, v pedigree.Verification) {
	payload, err := json.Marshal(v)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if s.deps.Sign == nil {
		writeRaw(w, http.StatusOK, payload)
		return
	}
	sig, err := s.deps.Sign(payload)
	if err != nil {
		s.error(w, r, fmt.Errorf("sign the answer: %w", err))
		return
	}
	body := make([]byte, 0, len(payload)+len(sig)+16)
	body = append(body, payload[:len(payload)-1]...) // the object without its closing brace
	body = append(body, `,"signature":"`...)
	body = append(body, sig...)
	body = append(body, `"}`...)
	writeRaw(w, http.StatusOK, body)
}

// packCode turns a parsed GS1 code into what verification needs.
func packCode(c gs1.Code) pedigree.PackCode {
	pc := pedigree.PackCode{GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial}
	if !c.Expiry.IsZero() {
		last := c.Expiry.LastDay()
		pc.Expiry = &last
	}
	return pc
}

// caller returns the organisation the request's bearer token belongs to, nil without one.
// A token that is present but wrong is an error, never a silent anonymous request.
func (s *Server) caller(r *http.Request) (*pedigree.Organisation, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return nil, nil
	}
	token, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || token == "" {
		return nil, errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, `the Authorization header must be "Bearer <API token>"`)
	}
	org, err := s.deps.Tokens.Authenticate(r.Context(), strings.TrimSpace(token))
	if err != nil {
		return nil, err
	}
	return &org, nil
}

// decodeJSON reads a JSON request body into v: JSON only, at most maxBody bytes, no unknown
// fields, nothing after the value.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return errorf(http.StatusUnsupportedMediaType, "unsupported_media_type", "send the body as JSON, with Content-Type: application/json")
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return errorf(http.StatusRequestEntityTooLarge, "payload_too_large", "the body is larger than %d bytes", maxBody)
	}
	if err != nil {
		return errorf(http.StatusBadRequest, pedigree.EINVALID, "the body could not be read")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return errorf(http.StatusBadRequest, pedigree.EINVALID, "the body is not the JSON expected: %s", jsonProblem(err))
	}
	if dec.More() {
		return errorf(http.StatusBadRequest, pedigree.EINVALID, "the body has more than one JSON value")
	}
	return nil
}

// jsonProblem says what is wrong with a JSON body in words, without echoing it back.
func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return "a syntax error at byte " + itoa(int(syntax.Offset))
	case errors.As(err, &typ):
		return "the field " + typ.Field + " should be a " + typ.Type.String()
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return strings.TrimPrefix(err.Error(), "json: ")
	case errors.Is(err, io.EOF):
		return "it is empty"
	}
	return "it is malformed"
}
