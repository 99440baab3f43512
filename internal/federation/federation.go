// Package federation lets pedigree deployments answer for each other: a code whose GTIN this
// deployment does not hold, and which the lookup directory (pedigree.Responders) sends to
// another deployment, is verified there, through that deployment's GS1 Lightweight
// Verification Messaging responder, and its answer returned with the origin named and the
// evidence carried over, so it can be checked against that deployment's chain.
package federation

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// DefaultTimeout bounds a request to another deployment's responder, answer included.
const DefaultTimeout = 5 * time.Second

// maxAnswer bounds the answer read from a responder: a verification with its proofs is a few
// kilobytes.
const maxAnswer = 1 << 20

// Verifier verifies codes of this deployment's GTINs with Local, and forwards the others the
// directory names a responder for. It implements pedigree.Verifier.
type Verifier struct {
	Local     pedigree.Verifier
	Directory pedigree.Responders
	// GLN is this deployment's GLN, sent as the requester's (reqGLN); "" forwards nothing:
	// a responder answers only registered participants.
	GLN string
	// Client sends the requests (nil: one with Timeout), Timeout bounds each (0: DefaultTimeout).
	Client  *http.Client
	Timeout time.Duration
	Log     *slog.Logger
	// Now is the clock of the verdicts decided again for the public (nil: time.Now).
	Now func() time.Time

	// held are the GTINs found on this deployment's chain: a GTIN with a batch keeps it, so a
	// verification of it costs no second look (one database round trip less on the hot path).
	// The set is as large as the products registered here.
	held sync.Map
}

var _ pedigree.Verifier = (*Verifier)(nil)

// Verify implements pedigree.Verifier. A code of a GTIN this deployment holds, or one the
// directory names no responder for, is verified here (an unknown GTIN is UNKNOWN_PRODUCT, as
// ever). A forwarded one is the responder's answer with its Origin; a responder that cannot
// be reached, is too slow or answers what is not a verification is EUNAVAILABLE, never a
// verdict.
func (f *Verifier) Verify(ctx context.Context, req pedigree.VerifyRequest) (pedigree.Verification, error) {
	if req.Code.GTIN == "" || req.Source == SourceForwarded {
		return f.Local.Verify(ctx, req)
	}
	if _, ok := f.held.Load(req.Code.GTIN); ok {
		return f.Local.Verify(ctx, req)
	}
	held, err := f.Directory.HoldsGTIN(ctx, req.Code.GTIN)
	if err != nil || held {
		if err != nil {
			return pedigree.Verification{}, err
		}
		f.held.Store(req.Code.GTIN, struct{}{})
		return f.Local.Verify(ctx, req)
	}
	entry, token, err := f.Directory.ResponderFor(ctx, req.Code.GTIN)
	switch {
	case pedigree.ErrorCode(err) == pedigree.ENOTFOUND:
		return f.Local.Verify(ctx, req)
	case err != nil:
		return pedigree.Verification{}, err
	}
	return f.forward(ctx, req, entry, token)
}

// SourceForwarded is the scan-log source of a verification another deployment's verifier
// forwarded here (its request carries ForwardedHeader): it is never forwarded again, so two
// directories pointing at each other cannot send a code round in circles.
const SourceForwarded = "lms-forwarded"

// ForwardedHeader marks a request a Verifier sends: pedigree's, outside the messaging
// standard, which other responders ignore.
const ForwardedHeader = "Pedigree-Forwarded"

// forward asks entry's responder about the code and returns its answer.
func (f *Verifier) forward(ctx context.Context, req pedigree.VerifyRequest, entry pedigree.Responder, token string) (pedigree.Verification, error) {
	unreachable := func(format string, args ...any) error {
		reason := fmt.Sprintf(format, args...)
		f.log().Warn("forwarded verification failed", "responder", entry.Name, "url", entry.URL, "gtin", req.Code.GTIN, "reason", reason)
		return pedigree.Errorf(pedigree.EUNAVAILABLE, "could not reach %s's verification service, which answers for this product: %s. Nothing is known about the pack yet: try again later", entry.Name, reason)
	}
	if f.GLN == "" {
		return pedigree.Verification{}, unreachable("this deployment has no GLN to ask with (PEDIGREE_GLN)")
	}
	if req.Code.Lot == "" || req.Code.Serial == "" {
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "the code needs the pack's lot (AI 10) and serial number (AI 21): %s's verification service answers for whole packs only", entry.Name)
	}
	corrUUID := newUUID()
	target := RequestURL(entry.URL, req.Code, f.GLN, corrUUID)
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return pedigree.Verification{}, unreachable("its address is not usable (%v)", err)
	}
	hreq.Header.Set("Authorization", "Bearer "+token)
	hreq.Header.Set("Accept", "application/json")
	hreq.Header.Set(ForwardedHeader, "1")
	client := f.Client
	if client == nil {
		client = &http.Client{Timeout: timeout}
	}
	resp, err := client.Do(hreq)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return pedigree.Verification{}, unreachable("it did not answer within %s", timeout)
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is known; the token is in no URL
		}
		return pedigree.Verification{}, unreachable("%v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	if err != nil {
		return pedigree.Verification{}, unreachable("its answer broke off (%v)", err)
	}
	if resp.StatusCode != http.StatusOK {
		return pedigree.Verification{}, unreachable("it answered %s%s", resp.Status, statusHint(resp.StatusCode))
	}
	if len(body) > maxAnswer {
		return pedigree.Verification{}, unreachable("its answer is larger than %d bytes", maxAnswer)
	}
	if mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return pedigree.Verification{}, unreachable("its answer is not JSON (Content-Type %q)", resp.Header.Get("Content-Type"))
	}
	v, err := ParseAnswer(body, req.Code, corrUUID)
	if err != nil {
		return pedigree.Verification{}, unreachable("its answer is not a valid verification (%s)", pedigree.ErrorMessage(err))
	}
	v.Origin.Name, v.Origin.URL = entry.Name, entry.URL
	switch {
	case req.Scanner == nil:
		pedigree.ForPublic(&v, req.Code, f.now())
	case req.Scanner.Role == pedigree.RoleDispenser:
		pedigree.ForPharmacy(&v, req.Code, req.Purpose, f.now())
	}
	v.ScanID = 0 // the scan is in the responder's log, not this deployment's
	return v, nil
}

// statusHint says what a responder's refusal means for the regulator who keeps the directory.
func statusHint(status int) string {
	switch status {
	case http.StatusUnauthorized:
		return ": it does not accept the API token the directory holds for it"
	case http.StatusForbidden:
		return ": it does not answer this deployment (its GLN is no active participant there)"
	case http.StatusNotFound:
		return ": it does not answer for this GTIN"
	}
	return ""
}

func (f *Verifier) now() time.Time {
	if f.Now == nil {
		return time.Now()
	}
	return f.Now()
}

func (f *Verifier) log() *slog.Logger {
	if f.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return f.Log
}

// RequestURL is the LMS verify request for code at the responder base: the numeric Digital
// Link path, the expiry as AI 17, and the requester's GLN and correlation id.
func RequestURL(base string, code pedigree.PackCode, reqGLN, corrUUID string) string {
	var b strings.Builder
	b.WriteString(strings.TrimSuffix(base, "/"))
	b.WriteString("/01/" + code.GTIN + "/10/" + url.PathEscape(code.Lot) + "/21/" + url.PathEscape(code.Serial))
	q := url.Values{}
	if code.Expiry != nil {
		q.Set("17", code.Expiry.Format("060102"))
	}
	q.Set("linkType", "verificationService")
	q.Set("context", "dscsaSaleableReturn")
	q.Set("reqGLN", reqGLN)
	q.Set("corrUUID", corrUUID)
	b.WriteString("?" + q.Encode())
	return b.String()
}

// lmsAnswer is the verify answer of LMS, with pedigree's extension.
type lmsAnswer struct {
	VerificationTimestamp *string `json:"verificationTimestamp"`
	ResponderGLN          *string `json:"responderGLN"`
	CorrUUID              *string `json:"corrUUID"`
	Data                  *struct {
		Verified       *bool  `json:"verified"`
		FailureReason  string `json:"verificationFailureReason"`
		AdditionalInfo string `json:"additionalInfo"`
	} `json:"data"`
	Pedigree *struct {
		Verification json.RawMessage `json:"verification"`
	} `json:"pedigree"`
}

// The code lists of LMS (GS1 US implementation guideline, Release 1.3).
var (
	failureReasons  = []string{"Manufacturer_policy", "No_match_GTIN_Serial", "No_match_GTIN_Serial_Lot_Expiry", "No_match_GTIN_Serial_Lot", "No_match_GTIN_Serial_Expiry", "No_reason_provided", "Not_for_re-distribution"}
	additionalInfos = []string{"Expired", "ExpirationExtended", "Recalled", "Suspect", "Illegitimate"}
)

// ParseAnswer reads a responder's LMS answer about code, asked with corrUUID: the standard's
// fields, each checked (timestamp, GLN, the echoed corrUUID, the code lists), and pedigree's
// verification in the "pedigree" extension, which must be about code, carry evidence, and
// agree with data.verified. It returns the verification with its Origin's LMS fields set.
// EINVALID names what is wrong.
func ParseAnswer(body []byte, code pedigree.PackCode, corrUUID string) (pedigree.Verification, error) {
	var a lmsAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "not LMS JSON: %v", err)
	}
	var o pedigree.Origin
	switch {
	case a.VerificationTimestamp == nil:
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "verificationTimestamp: missing")
	case a.CorrUUID == nil || *a.CorrUUID != corrUUID:
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "corrUUID: not the request's %s echoed", corrUUID)
	case a.ResponderGLN != nil && *a.ResponderGLN != "" && !gs1.ValidGLN(*a.ResponderGLN):
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "responderGLN: %q is not a GLN", *a.ResponderGLN)
	case a.Data == nil || a.Data.Verified == nil:
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "data.verified: missing")
	case *a.Data.Verified && a.Data.FailureReason != "":
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "data.verificationFailureReason: given with verified true")
	case !*a.Data.Verified && !slices.Contains(failureReasons, a.Data.FailureReason):
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "data.verificationFailureReason: %q is not one of the standard's codes", a.Data.FailureReason)
	case a.Data.AdditionalInfo != "" && !slices.Contains(additionalInfos, a.Data.AdditionalInfo):
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "data.additionalInfo: %q is not one of the standard's codes", a.Data.AdditionalInfo)
	}
	at, err := time.Parse(time.RFC3339Nano, *a.VerificationTimestamp)
	if err != nil {
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "verificationTimestamp: %q is not an ISO 8601 time", *a.VerificationTimestamp)
	}
	o.At, o.CorrUUID, o.Verified = at.UTC(), corrUUID, *a.Data.Verified
	o.FailureReason, o.AdditionalInfo = a.Data.FailureReason, a.Data.AdditionalInfo
	if a.ResponderGLN != nil {
		o.ResponderGLN = *a.ResponderGLN
	}
	if a.Pedigree == nil || len(a.Pedigree.Verification) == 0 {
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "pedigree.verification: missing: the answer carries no evidence to check it with")
	}
	var v pedigree.Verification
	if err := json.Unmarshal(a.Pedigree.Verification, &v); err != nil {
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "pedigree.verification: %v", err)
	}
	switch {
	case !slices.Contains(pedigree.Verdicts, v.Verdict):
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "pedigree.verification.verdict: %q is not a verdict", v.Verdict)
	case v.Pack == nil || v.Pack.GTIN != code.GTIN || v.Pack.Lot != code.Lot || v.Pack.Serial != code.Serial:
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "pedigree.verification.pack: not the pack asked about")
	case v.Evidence == nil || v.Evidence.ChainID == 0 || v.Evidence.Contract.IsZero():
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "pedigree.verification.evidence: missing, or naming no chain and contract")
	case o.Verified != pedigree.LMSAnswerData(v.Verdict, nil, nil).Verified:
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "data.verified is %t, but the verdict is %s", o.Verified, v.Verdict)
	}
	v.Origin = &o
	return v, nil
}

// newUUID returns a random (version 4) UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
