package httpapi

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"unicode/utf8"

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
	// A case's or pallet's SSCC answers for its packs, to the participants that move it.
	if sscc, ok, err := gs1.ParseSSCC(*body.Code); ok {
		if err == nil && scanner == nil {
			err = errorf(http.StatusUnauthorized, "unauthorized", "verifying a case or pallet (SSCC) needs a participant's API token")
		} else if err != nil {
			err = errorf(http.StatusBadRequest, pedigree.EINVALID, "%s", err.Error())
		}
		var a ssccAnswer
		if err == nil {
			a, err = s.verifySSCC(r.Context(), *scanner, sscc)
		}
		if err != nil {
			s.error(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, a)
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
	body, err := s.signedAnswer(v)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeRaw(w, http.StatusOK, body)
}

// signedAnswer is v as JSON with its "signature" (writeAnswer); unsigned when the server has
// no key (Deps.Sign nil).
func (s *Server) signedAnswer(v pedigree.Verification) ([]byte, error) {
	payload, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	if s.deps.Sign == nil {
		return payload, nil
	}
	sig, err := s.deps.Sign(payload)
	if err != nil {
		return nil, fmt.Errorf("sign the answer: %w", err)
	}
	body := make([]byte, 0, len(payload)+len(sig)+16)
	body = append(body, payload[:len(payload)-1]...) // the object without its closing brace
	body = append(body, `,"signature":"`...)
	body = append(body, sig...)
	body = append(body, `"}`...)
	return body, nil
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
// A token that is present but wrong is an error, never a silent anonymous request; so is a
// token whose role within its organisation may not do what the route does (apiAction).
func (s *Server) caller(r *http.Request) (*pedigree.Organisation, error) {
	c, err := s.tokenCaller(r)
	if c == nil {
		return nil, err
	}
	return &c.Organisation, nil
}

// tokenCaller returns who the request's bearer token acts as, nil without one, as caller does.
func (s *Server) tokenCaller(r *http.Request) (*pedigree.TokenCaller, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return nil, nil
	}
	token, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || token == "" {
		return nil, errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, `the Authorization header must be "Bearer <API token>"`)
	}
	token = strings.TrimSpace(token)
	c, err := s.deps.Tokens.Authenticate(r.Context(), token)
	if err != nil {
		return nil, err
	}
	noteActor(r, tokenActor(c, token))
	if act := apiAction(r); !pedigree.CanDo(c.Role, act) {
		return nil, tokenRefusal(c, act)
	}
	return &c, nil
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
	if !utf8.Valid(data) { // encoding/json would quietly turn the bytes into U+FFFD
		return errorf(http.StatusBadRequest, pedigree.EINVALID, "the body is not valid UTF-8 (byte %d)", firstInvalidUTF8(data)+1)
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

// jsonProblem says what is wrong with a JSON body in words: where, which field and why.
func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("a syntax error at byte %d (%s)", syntax.Offset, strings.TrimPrefix(syntax.Error(), "json: "))
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("it should be a JSON object, not a %s", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("the field %s should be %s, not a %s", typ.Field, jsonKind(typ.Type), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "the field " + strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`) + " is not one this request takes"
	case errors.Is(err, io.EOF):
		return "it is empty"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "it ends before its JSON value does"
	}
	var e *pedigree.Error
	if errors.As(err, &e) { // a value's UnmarshalText refused it, and said why
		return e.Message
	}
	return "a value is not of the kind expected"
}

// jsonKind names the JSON a Go type is decoded from: "a string", "a whole number".
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	if t.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) || reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return "a string"
	}
	return "an object"
}

// firstInvalidUTF8 returns the index of data's first byte that does not start valid UTF-8.
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
