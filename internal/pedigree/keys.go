package pedigree

import (
	"context"
	"time"
)

// KeyCustody says where a participant's key is kept, as this service sees it.
type KeyCustody string

// Where keys are kept.
const (
	KeyInKeystore       KeyCustody = "keystore"        // pedigree's encrypted keystore
	KeyInExternalSigner KeyCustody = "external_signer" // an external signer pedigree asks (Clef)
	KeyInService        KeyCustody = "service"         // given to the running service (the demo, tests)
	KeyElsewhere        KeyCustody = ""                // the organisation keeps it: pedigree cannot sign with it
)

// Key is one signing key of a participant: its own account (its first key) or one added
// with addKey. Names are organisations' names (or GLNs), never accounts alone.
type Key struct {
	Address   Address    `json:"address"`
	Account   Address    `json:"account"` // the participant it signs for
	Own       bool       `json:"own"`     // the account's own key
	AddedAt   time.Time  `json:"added_at"`
	AddedBy   string     `json:"added_by"`
	AddedTx   *Hash      `json:"added_tx,omitempty"` // nil for the account's own key (registered, not added)
	Retired   bool       `json:"retired"`
	RetiredAt *time.Time `json:"retired_at,omitempty"`
	RetiredBy string     `json:"retired_by,omitempty"`
	Held      KeyCustody `json:"held"`           // where pedigree keeps it ("" : it does not)
	Signing   bool       `json:"signing"`        // pedigree signs for the participant with it now
	Note      string     `json:"note,omitempty"` // what to do before it signs, when it does not yet
}

// MayManageKeys reports whether a caller of org, with role within it (a person's, or the API
// token's), may list, add and retire the keys of account: an organisation's administrators
// their own; a regulator's administrators anyone's.
func MayManageKeys(org Organisation, role UserRole, account Address) bool {
	return CanDo(role, ActManageKeys) && (org.Role == RoleRegulator || org.Account == account)
}

// KeyService lists, adds and retires participants' signing keys. Each method takes the
// caller's organisation and its role within it (a person's or an API token's), and answers
// EFORBIDDEN when MayManageKeys says no.
type KeyService interface {
	// Keys returns account's keys, oldest first. ENOTFOUND for an account that is no
	// participant.
	Keys(ctx context.Context, org Organisation, role UserRole, account Address) ([]Key, error)
	// AddKey adds a key to account: a new one made in pedigree's keystore when key is nil
	// (EUNAVAILABLE without a keystore), else key, an address the organisation keeps. The key
	// signs for account at once when pedigree holds it. ECONFLICT for a key taken before.
	AddKey(ctx context.Context, org Organisation, role UserRole, account Address, key *Address) (Key, TxResult, error)
	// RetireKey retires key, an active key of account: it no longer acts, and pedigree no
	// longer signs with it. ECONFLICT for account's last active key; EINVALID for a key that
	// is not an active key of account.
	RetireKey(ctx context.Context, org Organisation, role UserRole, account Address, key Address) (TxResult, error)
}
