package pedigree

import (
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// The lengths of a GS1 company prefix the contract accepts: 6 to 12 of a GTIN-14's 13 digits
// after its indicator digit (the rest is the item reference and the check digit).
const (
	MinPrefixDigits = 6
	MaxPrefixDigits = 12
)

// Assignment is a GS1 company prefix, or a single GTIN-14, assigned on the chain to a
// manufacturer by a regulator: only that manufacturer registers batches of the GTINs it covers.
// A single GTIN beats a prefix, and a longer prefix a shorter one (the contract's gtinOwner).
// Exactly one of Prefix and GTIN is set.
type Assignment struct {
	Prefix       string    `json:"prefix,omitempty"` // a company prefix: 6 to 12 digits
	GTIN         string    `json:"gtin,omitempty"`   // a single GTIN-14
	Manufacturer Party     `json:"manufacturer"`
	Account      Address   `json:"manufacturer_account"`
	By           Address   `json:"assigned_by"`
	ChangedAt    time.Time `json:"changed_at"`
	Block        uint64    `json:"block"`
	TxHash       Hash      `json:"tx_hash"`
}

// Code returns the assignment's prefix or GTIN.
func (a Assignment) Code() string {
	if a.GTIN != "" {
		return a.GTIN
	}
	return a.Prefix
}

// ValidPrefix returns nil when s is a GS1 company prefix the contract takes: 6 to 12 digits,
// leading zeros included. EINVALID names the field "prefix".
func ValidPrefix(s string) error {
	if len(s) < MinPrefixDigits || len(s) > MaxPrefixDigits || strings.Trim(s, "0123456789") != "" {
		return Errorf(EINVALID, "prefix: %q is not a GS1 company prefix of %d to %d digits", s, MinPrefixDigits, MaxPrefixDigits)
	}
	return nil
}

// ValidAssignedGTIN returns nil when s is a GTIN-14 with a valid check digit. EINVALID names
// the field "gtin".
func ValidAssignedGTIN(s string) error {
	if len(s) != 14 || !gs1.ValidGTIN(s) {
		return Errorf(EINVALID, "gtin: %q is not a GTIN-14 with a valid check digit", s)
	}
	return nil
}

// PrefixCovers reports whether the GTIN-14 gtin is under the company prefix: the prefix is
// gtin's digits after its indicator digit.
func PrefixCovers(prefix, gtin string) bool {
	return len(gtin) == 14 && len(prefix) >= MinPrefixDigits && len(prefix) <= MaxPrefixDigits && gtin[1:1+len(prefix)] == prefix
}
