package pedigree

import (
	"context"
	"time"
)

// The pharmacy counter: a user verifies packs, acts on them one by one or as a basket of one
// prescription, and reports red verdicts to the regulator.

// MaxBasket is the most packs a basket holds: one prescription's, with room to spare.
const MaxBasket = 50

// ResultLife is how long the outcome of a counter action stays for the page its redirect shows
// (and a reload of it): long enough to read it and undo, short enough not to pile up.
const ResultLife = time.Hour

// MaxReportComment is the longest comment a report to the regulator may carry.
const MaxReportComment = 2000

// ConfirmFirst reports whether setting a pack to s is asked to be confirmed first, naming the
// pack: destroyed can never be undone, and stolen reports a theft.
func (s PackState) ConfirmFirst() bool { return s == PackDestroyed || s == PackStolen }

// PackOutcome is what became of one pack of a counter action.
type PackOutcome struct {
	Code    PackCode `json:"code"`
	OK      bool     `json:"ok"`
	Message string   `json:"message"` // what happened, or why it was refused, in words
	TxHash  Hash     `json:"tx_hash,omitzero"`
}

// CounterResult is the outcome of a counter action, as the page after it shows it.
type CounterResult struct {
	Message  string        `json:"message"`
	Failed   bool          `json:"failed,omitempty"` // nothing was done
	Outcomes []PackOutcome `json:"outcomes,omitempty"`
	// Undo lists the packs whose change may be undone from the result.
	Undo []PackCode `json:"undo,omitempty"`
}

// CounterEntry is one line of a user's "My scans": a verification or an action on a pack.
type CounterEntry struct {
	At      time.Time `json:"at"`
	Kind    string    `json:"kind"`    // "scan" or "action"
	Verdict Verdict   `json:"verdict"` // of a scan
	Action  string    `json:"action"`  // of an action: a pack state, "undo" or "report"
	GTIN    string    `json:"gtin"`
	Lot     string    `json:"lot"`
	Serial  string    `json:"serial"`
	Error   string    `json:"error,omitempty"` // an action refused
}

// CounterFilter selects a user's counter entries, newest first.
type CounterFilter struct {
	User     int64
	From, To time.Time // To exclusive
	Verdict  Verdict   // "" for any; a scan filter
	Action   string    // "" for any; "scans" for verifications only, else an action
	Limit    int
}

// MaxCounterEntries is the most entries "My scans" lists at once.
const MaxCounterEntries = 1000

// CounterStore keeps the counter's state: baskets, results between a redirect and its page,
// the actions taken and reports to the regulator.
type CounterStore interface {
	// Basket returns the user's basket, oldest first.
	Basket(ctx context.Context, user int64) ([]PackCode, error)
	// AddToBasket adds a pack. ECONFLICT when the pack is in the basket already, EINVALID when
	// the basket is full (MaxBasket).
	AddToBasket(ctx context.Context, user int64, code PackCode) error
	// RemoveFromBasket takes packs out of the basket; packs not in it are ignored.
	RemoveFromBasket(ctx context.Context, user int64, codes []PackCode) error
	// ClaimBasket claims the basket's packs for a dispense; a basket another request is
	// dispensing right now is not claimed again (ECONFLICT).
	ClaimBasket(ctx context.Context, user int64) ([]PackCode, error)
	// SaveResult keeps a result for ResultLife and returns its id.
	SaveResult(ctx context.Context, user int64, r CounterResult) (string, error)
	// Result returns the user's result id. ENOTFOUND when there is none (or it expired).
	Result(ctx context.Context, user int64, id string) (CounterResult, error)
	// RecordActions records pack actions of a user of org, one per outcome.
	RecordActions(ctx context.Context, org Organisation, user int64, action string, outcomes []PackOutcome) error
	// Entries returns the user's verifications and actions f selects. EINVALID for a bad filter.
	Entries(ctx context.Context, f CounterFilter) ([]CounterEntry, error)
	// Report attaches comment to the alerts scan raised, raising an AlertReported alert when it
	// raised none. ENOTFOUND when the scan is not org's.
	Report(ctx context.Context, org Organisation, user int64, scan int64, comment string) error
}

// ActionTitle names an entry's action for people: "Dispensed", "Undone", "Reported".
func (e CounterEntry) ActionTitle() string {
	switch e.Action {
	case "undo":
		return "Undone"
	case "report":
		return "Reported to the regulator"
	}
	if st, err := ParsePackState(e.Action); err == nil {
		return st.Title()
	}
	return e.Action
}
