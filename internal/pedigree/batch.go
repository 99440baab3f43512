package pedigree

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// Product is a batch's product master data.
type Product struct {
	Name     string `json:"name"`
	Strength string `json:"strength,omitempty"`
	Form     string `json:"form,omitempty"`
}

// String joins the product's name, strength and form as a label or a page says them:
// "Demoprofen 200 mg tablet".
func (p Product) String() string {
	parts := make([]string, 0, 3)
	for _, s := range [...]string{p.Name, p.Strength, p.Form} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// The longest a product's name, and its strength and form, may be, in characters.
const (
	MaxProductName   = 200
	MaxProductDetail = 100
)

// Validate checks the product's fields as CheckText does, naming the one that is wrong:
// "product.name: ...". A name is not required here; NewBatch.Validate requires one.
func (p Product) Validate() error {
	for _, f := range [...]struct {
		field, value string
		max          int
	}{{"product.name", p.Name, MaxProductName}, {"product.strength", p.Strength, MaxProductDetail}, {"product.form", p.Form, MaxProductDetail}} {
		if err := CheckText(f.field, f.value, f.max); err != nil {
			return err
		}
	}
	return nil
}

// BatchStatus is what the chain says of a batch: active, or recalled for good.
type BatchStatus string

// The batch statuses.
const (
	BatchStatusActive   BatchStatus = "active"
	BatchStatusRecalled BatchStatus = "recalled"
)

// String returns the status's name.
func (s BatchStatus) String() string { return string(s) }

// MarshalText writes the status's name.
func (s BatchStatus) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText reads a status as ParseBatchStatus does.
func (s *BatchStatus) UnmarshalText(b []byte) error {
	v, err := ParseBatchStatus(string(b))
	*s = v
	return err
}

// ParseBatchStatus returns the status named s.
func ParseBatchStatus(s string) (BatchStatus, error) {
	switch v := BatchStatus(s); v {
	case BatchStatusActive, BatchStatusRecalled:
		return v, nil
	}
	return "", Errorf(EINVALID, "status %q is neither active nor recalled", s)
}

// RegistrationStatus is how far a batch's registration with this service got: its mint sent
// and not yet mined, mined, or refused by the chain. It is not the batch's status on chain
// (BatchStatus), which only a mined batch has.
type RegistrationStatus string

// The registration statuses.
const (
	RegistrationPending   RegistrationStatus = "pending"
	RegistrationConfirmed RegistrationStatus = "confirmed"
	RegistrationFailed    RegistrationStatus = "failed"
)

// String returns the status's name.
func (s RegistrationStatus) String() string { return string(s) }

// MarshalText writes the status's name.
func (s RegistrationStatus) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText reads a status's name as MarshalText writes it.
func (s *RegistrationStatus) UnmarshalText(b []byte) error {
	switch v := RegistrationStatus(b); v {
	case RegistrationPending, RegistrationConfirmed, RegistrationFailed:
		*s = v
		return nil
	}
	return Errorf(EINVALID, "%q is not a registration status (pending, confirmed or failed)", b)
}

// NewBatch is a manufacturer's request to register a batch: either its serials or a quantity
// of serials to generate.
type NewBatch struct {
	GTIN     string    // 14 digits with a valid check digit
	Lot      string    // 1-20 characters of GS1's 82-character set
	Expiry   time.Time // the last day of use
	Product  Product
	Serials  []string // the packs' serials in pack order; or
	Quantity int      // how many serials to generate, when Serials is empty
	// Request is the client's name for this request (its Idempotency-Key), or "". A retry
	// under the same name, by the same organisation, answers the outcome of the registration
	// the first try began (finishing it if need be) instead of ECONFLICT.
	Request string
	// Progress, when set, is told each step of the registration as it starts, in words.
	Progress func(step string)
	// Say, when set, writes a step's words from its English format and arguments (as
	// fmt.Sprintf does), in the language of whoever reads Progress.
	Say func(format string, args ...any) string
}

// Step tells b.Progress that a step starts.
func (b NewBatch) Step(format string, args ...any) {
	switch {
	case b.Progress == nil:
	case b.Say != nil:
		b.Progress(b.Say(format, args...))
	default:
		b.Progress(fmt.Sprintf(format, args...))
	}
}

// Validate checks b as the contract will, and what the contract cannot see (the serials, the
// product), before anything is stored or signed: EINVALID naming the field that is wrong,
// "serials: serial 3, ..." for a serial (counted from 1, as people count). now is the time of
// the check.
func (b NewBatch) Validate(now time.Time) error {
	if !gs1.ValidGTIN(b.GTIN) || len(b.GTIN) != 14 {
		return Errorf(EINVALID, "gtin: %q is not a GTIN-14 with a valid check digit", b.GTIN)
	}
	if !gs1.ValidLot(b.Lot) {
		return Errorf(EINVALID, "lot: %s must be 1 to 20 characters of GS1's set (letters, digits and !\"%%&'()*+,-./:;<=>?_)", Quoted(b.Lot))
	}
	if b.Expiry.Before(day(now)) {
		return Errorf(EINVALID, "expiry: %s is in the past", b.Expiry.Format(time.DateOnly))
	}
	if b.Expiry.Unix()/86400 > 65535 { // the contract keeps the day in 16 bits
		return Errorf(EINVALID, "expiry: %s is too far ahead", b.Expiry.Format(time.DateOnly))
	}
	if b.Product.Name == "" {
		return Errorf(EINVALID, "product: a name (at most %d characters) is required; strength and form at most %d", MaxProductName, MaxProductDetail)
	}
	if err := b.Product.Validate(); err != nil {
		return err
	}
	switch {
	case len(b.Serials) > 0 && b.Quantity != 0 && b.Quantity != len(b.Serials):
		return Errorf(EINVALID, "quantity: %d, but %d serials were given", b.Quantity, len(b.Serials))
	case len(b.Serials) == 0 && (b.Quantity < 1 || b.Quantity > MaxBatchSize):
		return Errorf(EINVALID, "give the serials, or a quantity from 1 to %d to generate", MaxBatchSize)
	case len(b.Serials) > MaxBatchSize:
		return Errorf(EINVALID, "serials: %d, more than %d", len(b.Serials), MaxBatchSize)
	}
	seen := make(map[string]int, len(b.Serials))
	for i, s := range b.Serials {
		if !gs1.ValidSerial(s) {
			return Errorf(EINVALID, "serials: serial %d, %s, must be 1 to 20 characters of GS1's set (letters, digits and !\"%%&'()*+,-./:;<=>?_)", i+1, Quoted(s))
		}
		if j, dup := seen[s]; dup {
			return Errorf(EINVALID, "serials: serial %d, %s, repeats serial %d", i+1, Quoted(s), j+1)
		}
		seen[s] = i
	}
	return nil
}

// MaxBatchSize is the most packs a batch may have.
const MaxBatchSize = 1_000_000

// MaxLabels is the most pack labels one request prints, as a sheet or as images: a batch's
// labels come in ranges, so no request renders a million-pack batch at once.
const MaxLabels = 10_000

// RegisteredBatch is the answer to a registration.
type RegisteredBatch struct {
	TokenID TokenID            `json:"token_id"`
	Status  RegistrationStatus `json:"status"` // pending (sent, not yet mined) or confirmed
	TxHash  Hash               `json:"tx_hash"`
	Block   uint64             `json:"block,omitempty"` // the mint's block, once confirmed
	// Serials are the generated serials, when the request asked for a quantity.
	Serials []string `json:"serials,omitempty"`
}

// BatchService registers batches for organisations.
type BatchService interface {
	// Register validates b, stores its serials and mints its token, signing as org. EFORBIDDEN
	// unless org is a manufacturer; EINVALID for a bad request; ECONFLICT when the batch exists.
	Register(ctx context.Context, org Organisation, b NewBatch) (RegisteredBatch, error)
}

// BatchStore keeps what the chain does not: a batch's details and serial list.
type BatchStore interface {
	// Create stores a batch's details and serials (pending). ECONFLICT when the (GTIN, lot) exists.
	Create(ctx context.Context, d BatchDetails, serials []string) error
	// SetStatus records how the batch's mint ended: confirmed (with its transaction) or failed.
	// ENOTFOUND when no such batch is stored.
	SetStatus(ctx context.Context, id TokenID, status RegistrationStatus, tx *Hash, failure string) error
	// Delete removes a batch whose mint was refused, so its (GTIN, lot) can be registered again.
	Delete(ctx context.Context, id TokenID) error
}

// Canonical is the product's master data in the form a batch's token commits to (its
// masterDataHash is keccak256 of these bytes): RFC 8785 JSON canonicalisation of an object
// holding the fields that are not empty, among "form", "name" and "strength". For such an
// object of strings that is: members sorted by name, no white space, and each string written
// as ECMAScript's JSON.stringify writes it — `"` and `\` escaped, \b \f \n \r \t for those
// controls, \u00xx (lower-case hex) for the other controls below U+0020, every other character
// as itself in UTF-8. So any client recomputes it with JSON.stringify over sorted keys.
func (p Product) Canonical() []byte {
	b := []byte{'{'}
	for _, f := range [...]struct{ name, value string }{{"form", p.Form}, {"name", p.Name}, {"strength", p.Strength}} {
		if f.value == "" {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = appendJCSString(append(appendJCSString(b, f.name), ':'), f.value)
	}
	return append(b, '}')
}

// appendJCSString appends s as a JSON string the way RFC 8785 (and JSON.stringify) writes it.
func appendJCSString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
