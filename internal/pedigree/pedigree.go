// Package pedigree holds pedigree's domain: identifiers, participants and their roles, batches,
// tokens, pack states, the contract's events as the rest of the program sees them, error codes,
// the rules that decide (verdicts, alerts, undo, limits) and the interfaces its services
// implement. It imports no database, HTTP or chain code, only internal/gs1 for GS1's own rules
// (check digits, character sets); the packages named after a dependency (chain, postgres,
// httpapi) meet only through these types.
package pedigree

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// Address is an Ethereum account: a participant's key, a contract.
type Address [20]byte

// String returns the address as 0x-prefixed lower-case hex.
func (a Address) String() string { return "0x" + hex.EncodeToString(a[:]) }

// MarshalText writes the address as String does.
func (a Address) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads an address as ParseAddress does.
func (a *Address) UnmarshalText(b []byte) error {
	v, err := ParseAddress(string(b))
	*a = v
	return err
}

// IsZero reports whether a is the zero address.
func (a Address) IsZero() bool { return a == Address{} }

// ParseAddress parses a 0x-prefixed hex address.
func ParseAddress(s string) (Address, error) {
	var a Address
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(a) || !strings.HasPrefix(s, "0x") {
		return a, Errorf(EINVALID, "%q is not an address (0x and 40 hex digits)", s)
	}
	copy(a[:], b)
	return a, nil
}

// Hash is a 32-byte hash: a block, a transaction, a Merkle root.
type Hash [32]byte

// String returns the hash as 0x-prefixed lower-case hex.
func (h Hash) String() string { return "0x" + hex.EncodeToString(h[:]) }

// MarshalText writes the hash as String does.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText reads a hash as ParseHash does.
func (h *Hash) UnmarshalText(b []byte) error {
	v, err := ParseHash(string(b))
	*h = v
	return err
}

// ParseHash parses a 0x-prefixed hex hash of 32 bytes.
func ParseHash(s string) (Hash, error) {
	var h Hash
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(h) || !strings.HasPrefix(s, "0x") {
		return h, Errorf(EINVALID, "%q is not a hash (0x and 64 hex digits)", s)
	}
	copy(h[:], b)
	return h, nil
}

// TokenID is an ERC-721 token id, a uint256, big-endian. A batch's id is
// keccak256(abi.encode(gtin, lot)); a split token's is its batch id XOR its first pack index.
type TokenID [32]byte

// String returns the id as 0x-prefixed hex, 64 digits.
func (t TokenID) String() string { return "0x" + hex.EncodeToString(t[:]) }

// MarshalText writes the id as String does.
func (t TokenID) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads an id as ParseTokenID does.
func (t *TokenID) UnmarshalText(b []byte) error {
	v, err := ParseTokenID(string(b))
	*t = v
	return err
}

// Bytes returns the id's 32 bytes.
func (t TokenID) Bytes() []byte { return t[:] }

// Big returns the id as an integer.
func (t TokenID) Big() *big.Int { return new(big.Int).SetBytes(t[:]) }

// TokenIDFromBig returns the id of n, which must fit in 256 bits.
func TokenIDFromBig(n *big.Int) TokenID {
	var t TokenID
	n.FillBytes(t[:])
	return t
}

// ParseTokenID parses a token id written as 0x-prefixed hex (up to 64 digits) or in decimal.
func ParseTokenID(s string) (TokenID, error) {
	n, ok := new(big.Int), false
	if strings.HasPrefix(s, "0x") {
		_, ok = n.SetString(s[2:], 16)
	} else {
		_, ok = n.SetString(s, 10)
	}
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return TokenID{}, Errorf(EINVALID, "%q is not a token id (0x and up to 64 hex digits, or a decimal number)", s)
	}
	return TokenIDFromBig(n), nil
}

// Role is what a participant is registered as. The numbers are the contract's.
type Role uint8

// The roles.
const (
	RoleNone Role = iota
	RoleManufacturer
	RoleDistributor
	RoleDispenser
	RoleRegulator
)

var roleNames = [...]string{"none", "manufacturer", "distributor", "dispenser", "regulator"}

// String returns the role's lower-case name.
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("role(%d)", uint8(r))
}

// MarshalText writes the role's name.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a role's name as MarshalText writes it, "none" included.
func (r *Role) UnmarshalText(b []byte) error {
	if string(b) == RoleNone.String() {
		*r = RoleNone
		return nil
	}
	v, err := ParseRole(string(b))
	*r = v
	return err
}

// ParseRole returns the role named s (as String writes it), not RoleNone.
func ParseRole(s string) (Role, error) {
	for i, n := range roleNames[1:] {
		if s == n {
			return Role(i + 1), nil
		}
	}
	return RoleNone, Errorf(EINVALID, "%q is not a role (manufacturer, distributor, dispenser or regulator)", s)
}

// PackState is a pack's state, the EU FMD set. The numbers are the contract's.
type PackState uint8

// The pack states.
const (
	PackActive PackState = iota
	PackSupplied
	PackDestroyed
	PackStolen
	PackSample
	PackFreeSample
	PackExported
	PackLocked
	PackCheckedOut
)

// PackUnknown is the state of a pack that is not known: a serial that is not in its batch's
// list. The contract has no such state, and no pack is ever set to it.
const PackUnknown PackState = 0xff

var packStateNames = [...]string{"active", "supplied", "destroyed", "stolen", "sample", "free_sample", "exported", "locked", "checked_out"}

// packStateTitles name the states as the EU FMD does, for people.
var packStateTitles = [...]string{"Active", "Dispensed", "Destroyed", "Stolen", "Sample", "Free sample", "Exported", "Locked", "Checked out"}

// String returns the state's snake_case name, "unknown" for PackUnknown.
func (s PackState) String() string {
	switch {
	case int(s) < len(packStateNames):
		return packStateNames[s]
	case s == PackUnknown:
		return "unknown"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Title names the state for people, as the EU FMD does ("Dispensed" for supplied); "" for
// PackUnknown.
func (s PackState) Title() string {
	if int(s) < len(packStateTitles) {
		return packStateTitles[s]
	}
	return ""
}

// MarshalText writes the state's name, as String does.
func (s PackState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name as MarshalText writes it, "unknown" included.
func (s *PackState) UnmarshalText(b []byte) error {
	if string(b) == "unknown" {
		*s = PackUnknown
		return nil
	}
	v, err := ParsePackState(string(b))
	*s = v
	return err
}

// ParsePackState returns the state named s (as String writes it), one of the contract's.
func ParsePackState(s string) (PackState, error) {
	for i, n := range packStateNames {
		if s == n {
			return PackState(i), nil
		}
	}
	return 0, Errorf(EINVALID, "%q is not a pack state (one of %s)", s, strings.Join(packStateNames[:], ", "))
}

// UndoWindowDays is how long a pack's change of state may be undone: on the day of the change
// and the UndoWindowDays days after it (UTC days, as the contract counts them), never later.
// The contract's UNDO_WINDOW_DAYS is the same number; a test in internal/chain holds them
// together.
const UndoWindowDays = 10

// CanUndo reports whether a change of a pack to state, made on day changed, may still be
// undone at now, as the contract decides it: an active pack has nothing to undo, a destroyed
// one is never undone, and any other only within UndoWindowDays of the change. Who may undo
// (the custodian that made the change) and the batch (neither recalled nor expired) are the
// caller's to check.
func CanUndo(state PackState, changed Date, now time.Time) bool {
	if state == PackActive || state == PackDestroyed || int(state) >= len(packStateNames) {
		return false
	}
	return !day(now).After(day(changed.Time).AddDate(0, 0, UndoWindowDays))
}

// Date is a calendar day, written YYYY-MM-DD in JSON.
type Date struct{ time.Time }

// DateOf returns t's UTC day.
func DateOf(t time.Time) Date { return Date{day(t)} }

// String writes the date as YYYY-MM-DD; a page writes it in its language's format instead.
func (d Date) String() string { return d.Format(time.DateOnly) }

// MarshalText writes the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.Format(time.DateOnly)), nil }

// MarshalJSON writes the date as a JSON string YYYY-MM-DD (time.Time's own MarshalJSON
// would otherwise win).
func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.Format(time.DateOnly) + `"`), nil }

// UnmarshalJSON reads a JSON string YYYY-MM-DD.
func (d *Date) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return Errorf(EINVALID, "%s is not a date (\"YYYY-MM-DD\")", b)
	}
	return d.UnmarshalText(b[1 : len(b)-1])
}

// UnmarshalText reads a YYYY-MM-DD date.
func (d *Date) UnmarshalText(b []byte) error {
	t, err := time.Parse(time.DateOnly, string(b))
	if err != nil {
		return Errorf(EINVALID, "%q is not a date (YYYY-MM-DD)", b)
	}
	d.Time = t
	return nil
}
