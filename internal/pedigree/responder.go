package pedigree

import (
	"context"
	"net"
	"net/url"
	"strings"
	"time"
)

// Responder is an entry of the lookup directory: the verification service (GS1 Lightweight
// Verification Messaging) of another deployment that answers for the GTINs of a GS1 company
// prefix, or for one GTIN-14, which this deployment does not hold. The regulator keeps the
// directory; the API token pedigree authenticates with there is a secret, stored sealed and
// never shown again, only its last characters (TokenHint).
type Responder struct {
	ID        int64     `json:"id"`
	Code      string    `json:"code"` // a company prefix (6 to 12 digits) or a GTIN-14
	Name      string    `json:"name"` // the deployment, as people know it: "Medicines Agency of Ruritania"
	URL       string    `json:"url"`  // the responder's base URL: requests go to URL + "/01/..."
	TokenHint string    `json:"token_hint"`
	ChangedAt time.Time `json:"changed_at"`
}

// ResponderInput is a directory entry as the regulator gives it. Token "" when editing keeps
// the stored one.
type ResponderInput struct {
	Code  string
	Name  string
	URL   string
	Token string
}

// MaxResponderToken bounds a responder's API token, MaxResponderName its name.
const (
	MaxResponderToken = 512
	MaxResponderName  = 120
)

// Validate checks the entry, naming the first wrong field (code, name, url, token). newEntry
// requires a token; an edit may leave it empty to keep the stored one.
func (in ResponderInput) Validate(newEntry bool) error {
	if err := ValidResponderCode(in.Code); err != nil {
		return err
	}
	if strings.TrimSpace(in.Name) == "" {
		return Errorf(EINVALID, "name: give the deployment's name, as people know it")
	}
	if err := CheckText("name", in.Name, MaxResponderName); err != nil {
		return err
	}
	if err := ValidResponderURL(in.URL); err != nil {
		return err
	}
	switch {
	case in.Token == "" && newEntry:
		return Errorf(EINVALID, "token: give the API token the responder issued to this deployment")
	case len(in.Token) > MaxResponderToken || strings.ContainsFunc(in.Token, func(r rune) bool { return r <= ' ' || r >= 0x7f }):
		return Errorf(EINVALID, "token: an API token is at most %d printable ASCII characters, without spaces", MaxResponderToken)
	}
	return nil
}

// ValidResponderCode returns nil when s is a GS1 company prefix (6 to 12 digits) or a GTIN-14
// with a valid check digit. EINVALID names the field "code".
func ValidResponderCode(s string) error {
	if len(s) == 14 {
		if ValidAssignedGTIN(s) != nil {
			return Errorf(EINVALID, "code: %q is not a GTIN-14 with a valid check digit", s)
		}
		return nil
	}
	if ValidPrefix(s) != nil {
		return Errorf(EINVALID, "code: %q is neither a GS1 company prefix (%d to %d digits) nor a GTIN-14", s, MinPrefixDigits, MaxPrefixDigits)
	}
	return nil
}

// ValidResponderURL returns nil when s is the base URL of a responder pedigree may send a
// token to: https, or http to a loopback address only (a responder on the same machine), with
// no user, query or fragment. EINVALID names the field "url".
func ValidResponderURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return Errorf(EINVALID, "url: %q is not an https:// URL without user, query or fragment", s)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !loopback(u.Hostname()) {
			return Errorf(EINVALID, "url: %q is http: the token would travel in clear; use https (http only to this machine: localhost, 127.0.0.1, ::1)", s)
		}
	default:
		return Errorf(EINVALID, "url: %q is not an https:// URL", s)
	}
	return nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// TokenHint is what may be shown of a stored token: its last four characters.
func TokenHint(token string) string {
	if len(token) <= 8 {
		return "…"
	}
	return "…" + token[len(token)-4:]
}

// Responders is the lookup directory.
type Responders interface {
	// Responders lists the entries, by code.
	Responders(ctx context.Context) ([]Responder, error)
	// Responder returns entry id. ENOTFOUND when there is none.
	Responder(ctx context.Context, id int64) (Responder, error)
	// AddResponder adds an entry. EINVALID for a wrong field, ECONFLICT when the code has one.
	AddResponder(ctx context.Context, in ResponderInput) (Responder, error)
	// UpdateResponder changes entry id (its token too, unless in.Token is ""). ENOTFOUND,
	// EINVALID, ECONFLICT as AddResponder.
	UpdateResponder(ctx context.Context, id int64, in ResponderInput) (Responder, error)
	// RemoveResponder removes entry id. ENOTFOUND when there is none.
	RemoveResponder(ctx context.Context, id int64) error
	// ResponderFor returns the entry that answers for gtin (a GTIN's own beats a prefix's, a
	// longer prefix a shorter one) and its token. ENOTFOUND when none does.
	ResponderFor(ctx context.Context, gtin string) (Responder, string, error)
	// HoldsGTIN reports whether gtin is this deployment's: a batch of it is registered on its
	// chain. A GTIN whose prefix is merely assigned here, with no batch, is sent on when the
	// directory names a responder for it: the regulator said where its packs are answered.
	HoldsGTIN(ctx context.Context, gtin string) (bool, error)
}

// Origin names the deployment that answered a forwarded verification: whose answer it is,
// and what its verification service said in the messaging standard's terms.
type Origin struct {
	Name         string    `json:"name"`
	URL          string    `json:"url"`
	ResponderGLN string    `json:"responder_gln,omitempty"`
	CorrUUID     string    `json:"corr_uuid"`
	At           time.Time `json:"verification_timestamp"`
	Verified     bool      `json:"verified"`
	// FailureReason and AdditionalInfo are the answer's data.verificationFailureReason and
	// data.additionalInfo, as the responder gave them.
	FailureReason  string `json:"verification_failure_reason,omitempty"`
	AdditionalInfo string `json:"additional_info,omitempty"`
}
