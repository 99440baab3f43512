package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/federation"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The GS1 Lightweight Verification Messaging responder (LMS, the US VRS's messages): a
// trading partner's verification service asks with a Digital Link and
// linkType=verificationService, authenticated by an API token of a registered, active
// participant, and gets the standard's JSON, with pedigree's signed verification in the
// extension member "pedigree" so the answer can be checked from the chain (pedigree check).

// lmsContexts are the request contexts answered, and the purpose each verifies for: a
// saleable return goes back into stock to be supplied again.
var lmsContexts = map[string]pedigree.Purpose{
	"dscsaSaleableReturn": pedigree.PurposeSupply,
	"dscsaSuspectProduct": pedigree.PurposeCheck,
}

// lmsDefaultContext is the context of a request that names none.
const lmsDefaultContext = "dscsaSaleableReturn"

var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// lmsAnswer is the verify answer of LMS.
type lmsAnswer struct {
	VerificationTimestamp string           `json:"verificationTimestamp"`
	ResponderGLN          string           `json:"responderGLN"`
	Data                  pedigree.LMSData `json:"data"`
	CorrUUID              string           `json:"corrUUID"`
	Pedigree              lmsEvidence      `json:"pedigree"`
}

// lmsEvidence is pedigree's extension of the answer: the verification the LMS fields were
// mapped from (pedigree.LMSAnswerData), as POST /api/v1/verify answers it, signed; and, when
// the serial is a pack of another lot, that it is (not chain evidence: only the service
// says it, and without naming the lot).
type lmsEvidence struct {
	Verification     json.RawMessage `json:"verification"`
	SerialInOtherLot bool            `json:"serial_in_other_lot,omitempty"`
}

// isVerificationService reports whether a linkType names gs1:verificationService.
func isVerificationService(lt string) bool {
	switch lt {
	case "verificationService", "gs1:verificationService", "https://ref.gs1.org/voc/verificationService",
		"https://gs1.org/voc/verificationService", "http://gs1.org/voc/verificationService", "https://www.gs1.org/voc/verificationService":
		return true
	}
	return false
}

// lmsError answers an LMS request that is refused: its status and, since only a 200 carries
// JSON in LMS, the reason as plain text.
func (s *Server) lmsError(w http.ResponseWriter, r *http.Request, err error) {
	var ge *gs1.Error
	status, _, message := s.classify(r, err)
	if errors.As(err, &ge) {
		status = http.StatusBadRequest // LMS: a request not properly formatted
	}
	switch status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="pedigree"`)
	case http.StatusServiceUnavailable:
		setRetryAfter(w)
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(message + "\n"))
}

// lmsRequester returns the requesting participant: the organisation of the bearer token,
// registered and active on chain, speaking for its own GLN (reqGLN). 401 without a valid
// token; 403 for an organisation that is no active participant, or another's GLN; 400 for
// a malformed reqGLN.
func (s *Server) lmsRequester(r *http.Request, reqGLN string) (*pedigree.Organisation, error) {
	if s.deps.LMS == nil {
		return nil, errorf(http.StatusNotImplemented, pedigree.ENOTIMPLEMENTED, "this service answers no verification messages")
	}
	org, err := s.caller(r)
	if err != nil {
		return nil, err
	}
	if org == nil {
		return nil, errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, "send an API token of your organisation: Authorization: Bearer <token>")
	}
	switch {
	case reqGLN == "":
		return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "reqGLN: give the requester's GLN (13 digits)")
	case !gs1.ValidGLN(reqGLN):
		return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "reqGLN: %q is not a GLN with a valid check digit", reqGLN)
	case reqGLN != org.GLN:
		return nil, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "reqGLN %s is not the GLN of the API token's organisation", reqGLN)
	}
	active, err := s.deps.LMS.Active(r.Context(), org.Account)
	if err != nil {
		return nil, err
	}
	if !active {
		return nil, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s is suspended or no participant on chain: only active participants are answered", org.Name)
	}
	return org, nil
}

// handleLMS answers a verify request: GET {Digital Link}?linkType=verificationService&
// context=...&reqGLN=...&corrUUID=..., the path numeric (/01/{gtin}/10/{lot}/21/{serial}?17=)
// or in the short names US verification routers send (/gtin/{gtin}/lot/{lot}/ser/{serial}?exp=).
func (s *Server) handleLMS(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	requester, err := s.lmsRequester(r, q.Get("reqGLN"))
	if err != nil {
		s.lmsError(w, r, err)
		return
	}
	lmsContext := q.Get("context")
	if lmsContext == "" {
		lmsContext = lmsDefaultContext
	}
	purpose, ok := lmsContexts[lmsContext]
	if !ok {
		s.lmsError(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "context: %q is not one answered here (dscsaSaleableReturn, dscsaSuspectProduct)", lmsContext))
		return
	}
	corrUUID := q.Get("corrUUID")
	if corrUUID != "" && !uuidPattern.MatchString(corrUUID) {
		s.lmsError(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "corrUUID: %q is not a UUID", corrUUID))
		return
	}
	code, _, _, err := s.parseResolverURI(lmsURI(requestURL(r)))
	if err != nil {
		s.lmsError(w, r, err)
		return
	}
	pc := packCode(code)
	if pc.Lot == "" || pc.Serial == "" {
		s.lmsError(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "a verification needs the pack's GTIN, lot and serial number: /01/{gtin}/10/{lot}/21/{serial}"))
		return
	}
	responder, err := s.deps.LMS.GTINOwner(r.Context(), pc.GTIN)
	if pedigree.ErrorCode(err) == pedigree.ENOTFOUND && s.forwards(r, pc.GTIN) {
		err = nil // another deployment answers for it (federation): the verifier asks it
	}
	if err != nil {
		s.lmsError(w, r, err) // 404: the GTIN is not answered here
		return
	}
	source := "lms"
	if r.Header.Get(federation.ForwardedHeader) != "" {
		source = federation.SourceForwarded // asked by another deployment's verifier: not sent on again
	}
	v, err := s.deps.Verifier.Verify(r.Context(), pedigree.VerifyRequest{Code: pc, Scanner: requester, Source: source, Purpose: purpose})
	if err != nil {
		s.lmsError(w, r, err)
		return
	}
	s.metrics.verdict(v.Verdict)
	data := pedigree.LMSAnswerData(v.Verdict, pc.Expiry, nil)
	if o := v.Origin; o != nil { // the other deployment's answer, passed on as it gave it
		responder = o.ResponderGLN
		origin := pedigree.LMSData{Verified: o.Verified, FailureReason: pedigree.LMSFailureReason(o.FailureReason), AdditionalInfo: pedigree.LMSAdditionalInfo(o.AdditionalInfo)}
		// Its verdict may have been decided again for the asker (a pharmacy here: ForPharmacy):
		// a plain match of the origin's is never passed on plainer than that verdict is.
		if origin.Verified && origin.AdditionalInfo == "" {
			origin.AdditionalInfo = data.AdditionalInfo
		}
		data = origin
	}
	var others []pedigree.OtherLot
	if v.Origin == nil && (v.Verdict == pedigree.VerdictUnknownBatch || v.Verdict == pedigree.VerdictUnknownSerial) {
		if others, err = s.deps.LMS.OtherLots(r.Context(), pc); err != nil {
			s.lmsError(w, r, err)
			return
		}
		data = pedigree.LMSAnswerData(v.Verdict, pc.Expiry, others)
	}
	if v.Origin == nil && v.Batch != nil && v.Batch.Manufacturer.GLN != "" {
		responder = v.Batch.Manufacturer.GLN
	}
	signed, err := s.signedAnswer(v)
	if err != nil {
		s.lmsError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, lmsAnswer{
		VerificationTimestamp: s.now().UTC().Format("2006-01-02T15:04:05.000Z"),
		ResponderGLN:          responder,
		Data:                  data,
		CorrUUID:              corrUUID,
		Pedigree:              lmsEvidence{Verification: signed, SerialInOtherLot: len(others) > 0},
	})
}

// handleCheckConnectivity answers LMS's checkConnectivity: GET /checkConnectivity?gtin=...&
// reqGLN=...[&context=...] is {"responderGLN": ...}, the GLN answering for the GTIN.
func (s *Server) handleCheckConnectivity(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if _, err := s.lmsRequester(r, q.Get("reqGLN")); err != nil {
		s.lmsError(w, r, err)
		return
	}
	if c := q.Get("context"); c != "" {
		if _, ok := lmsContexts[c]; !ok {
			s.lmsError(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "context: %q is not one answered here (dscsaSaleableReturn, dscsaSuspectProduct)", c))
			return
		}
	}
	gtin := q.Get("gtin")
	if len(gtin) != 14 || !gs1.ValidGTIN(gtin) {
		s.lmsError(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "gtin: %q is not a GTIN-14 with a valid check digit", gtin))
		return
	}
	responder, err := s.deps.LMS.GTINOwner(r.Context(), gtin)
	if err != nil {
		s.lmsError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, struct {
		ResponderGLN string `json:"responderGLN"`
	}{responder})
}

// lmsShortNames are the Digital Link short names of an LMS request's path and query, and
// their AIs.
var lmsShortNames = map[string]string{"gtin": "01", "lot": "10", "ser": "21", "exp": "17"}

// lmsURI returns uri with the short names US verification routers send (/gtin/{gtin}/lot/
// {lot}/ser/{serial}?exp=YYMMDD) written as AIs, for the Digital Link parser: only in the
// /name/value pairs at the end of the path, and in query parameter names.
func lmsURI(uri string) string {
	rest, _, _ := strings.Cut(uri, "#")
	path, query, hasQuery := strings.Cut(rest, "?")
	segs := strings.Split(path, "/")
	for i := len(segs) - 2; i >= 3; i -= 2 { // scheme, "", host come first
		ai, ok := lmsShortNames[segs[i]]
		if !ok {
			break
		}
		segs[i] = ai
	}
	out := strings.Join(segs, "/")
	if !hasQuery {
		return out
	}
	params := strings.Split(query, "&")
	for i, p := range params {
		if name, value, ok := strings.Cut(p, "="); ok && name == "exp" {
			params[i] = lmsShortNames[name] + "=" + value
		}
	}
	return out + "?" + strings.Join(params, "&")
}

// now is the server's clock.
func (s *Server) now() time.Time {
	if s.deps.Now != nil {
		return s.deps.Now()
	}
	return time.Now()
}
