package pedigree

import (
	"context"
	"strings"
	"time"
)

// StatusAction is a regulator's change of a participant's status.
type StatusAction string

// The changes of a participant's status.
const (
	ActionSuspend   StatusAction = "suspend"
	ActionReinstate StatusAction = "reinstate"
)

// ParseStatusAction returns the action named s. EINVALID for any other name.
func ParseStatusAction(s string) (StatusAction, error) {
	switch a := StatusAction(s); a {
	case ActionSuspend, ActionReinstate:
		return a, nil
	}
	return "", Errorf(EINVALID, "%q is not an action on a participant: suspend or reinstate", s)
}

// MaxReasonLength is the most characters a suspension's or reinstatement's reason holds.
const MaxReasonLength = 500

// CheckReason returns reason without surrounding blanks, or EINVALID naming field "reason"
// when it is empty, too long, or holds control characters: a suspension and a reinstatement
// always say why.
func CheckReason(reason string) (string, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return "", Errorf(EINVALID, "reason: say why (up to %d characters); the organisation's people are shown it", MaxReasonLength)
	}
	if err := CheckText("reason", reason, MaxReasonLength); err != nil {
		return "", err
	}
	return reason, nil
}

// StatusChangeState is how far a change of a participant's status has got.
type StatusChangeState string

// The states of a status change: pending until its transaction is mined (or known never to
// be), then done or failed.
const (
	StatusChangePending StatusChangeState = "pending"
	StatusChangeDone    StatusChangeState = "done"
	StatusChangeFailed  StatusChangeState = "failed"
)

// StatusChange is a regulator's suspension or reinstatement of a participant, with its reason,
// as it is recorded beside the chain.
type StatusChange struct {
	ID             int64
	Account        Address
	Action         StatusAction
	Reason         string
	OrganisationID int64 // the regulator's
	UserID         int64 // 0: an API token
	State          StatusChangeState
	Tx             []byte // the signed transaction, recorded before it was sent; nil: not sent
	TxHash         *Hash
	Block          uint64
	At             time.Time // the block's time, once done
	Error          string
	// Orphaned: the instance that was working on it has ended; Age: since it last moved.
	Orphaned bool
	Age      time.Duration
}

// Suspension is why and since when a participant is suspended, as its people and the
// regulators are shown it.
type Suspension struct {
	Account  Address   `json:"account"`
	Name     string    `json:"organisation"`      // the suspended organisation
	Reason   string    `json:"reason,omitempty"`  // "" when suspended outside pedigree
	Since    time.Time `json:"since"`             // the block time of the suspension
	By       string    `json:"by,omitempty"`      // the regulator organisation, by name
	TxHash   *Hash     `json:"tx_hash,omitempty"` // the suspension's transaction
	Recorded bool      `json:"recorded"`          // the reason was recorded here
}

// StatusChanges suspends and reinstates participants with a reason, crash-safe.
type StatusChanges interface {
	// Change suspends or reinstates account as regulator (one of its users, userID; 0 for an API
	// token), for reason. EFORBIDDEN unless regulator is a regulator; EINVALID for a missing or
	// malformed reason; ENOTFOUND for an account that is no participant; ECONFLICT when the
	// participant is in that state already or another change of it is on its way.
	Change(ctx context.Context, regulator Organisation, userID int64, account Address, action StatusAction, reason string) (TxResult, error)
	// Suspension returns why and since when account is suspended. ENOTFOUND when it is not.
	Suspension(ctx context.Context, account Address) (Suspension, error)
	// Suspensions returns every suspended participant's suspension, by account.
	Suspensions(ctx context.Context) (map[Address]Suspension, error)
}
