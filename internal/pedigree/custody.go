package pedigree

import "context"

// TxResult is a transaction an action sent, once mined.
type TxResult struct {
	TxHash Hash   `json:"tx_hash"`
	Block  uint64 `json:"block"`
	// Status says whether the projection holds the transaction's block yet: answers and pages
	// read the projection, so until then they do not show the action's effect.
	Status TxStatus `json:"status"`
}

// TxStatus is how far a mined transaction has got.
type TxStatus string

// The transaction statuses.
const (
	// TxPending is mined, but not yet at the confirmation depth, or not yet indexed.
	TxPending TxStatus = "pending"
	// TxConfirmed is at the confirmation depth and in the projection.
	TxConfirmed TxStatus = "confirmed"
)

// PackLocation is where a pack is: its batch, its index, and the token covering it.
type PackLocation struct {
	Serial string  `json:"serial"`
	Batch  TokenID `json:"batch_id"`
	Index  int     `json:"index"`
	Token  TokenID `json:"token_id"`
}

// MaxPacksPerAction is the most packs one request may change the state of: their codes are
// parsed, located and proven in one go.
const MaxPacksPerAction = 10_000

// PackLocator finds packs in the projection and the serial lists.
type PackLocator interface {
	// LocatePacks returns where each pack is, in the order given. EINVALID names the first
	// code whose batch or serial is unknown.
	LocatePacks(ctx context.Context, codes []PackCode) ([]PackLocation, error)
	// Serials returns a batch's serials in pack order. ENOTFOUND when none are stored.
	Serials(ctx context.Context, batch TokenID) ([]string, error)
}

// CustodyService performs organisations' actions on the chain, signing with their keys. Each
// checks the organisation's role before anything is signed, then lets the contract check the
// rest: a refusal comes back as a domain error naming the rule, and nothing is spent.
type CustodyService interface {
	// Split moves packs [newStart, end) of token into a new token; it returns the new token.
	Split(ctx context.Context, org Organisation, token TokenID, newStart uint32) (TokenID, TxResult, error)
	// Ship ships token to the participant to.
	Ship(ctx context.Context, org Organisation, token TokenID, to Address) (TxResult, error)
	// Accept accepts the shipment of token to org.
	Accept(ctx context.Context, org Organisation, token TokenID) (TxResult, error)
	// Cancel cancels the pending shipment of token (its sender or receiver).
	Cancel(ctx context.Context, org Organisation, token TokenID) (TxResult, error)
	// SetPackStates sets packs from active to state, one transaction per token they are in.
	SetPackStates(ctx context.Context, org Organisation, state PackState, packs []PackCode) ([]TxResult, error)
	// SetTokenPackStates sets the packs of token in the ranges (ascending, counted from 0) from
	// active to state, in one transaction, proving them with the batch's stored serial list:
	// for a holder acting on a holding it has no codes for (destroying recalled stock).
	// EINVALID for empty or overlapping ranges; ENOTFOUND when no serial list is stored.
	SetTokenPackStates(ctx context.Context, org Organisation, token TokenID, state PackState, packs []PackRange) (TxResult, error)
	// UndoPackStates reverts packs to active, one transaction per token they are in.
	UndoPackStates(ctx context.Context, org Organisation, packs []PackCode) ([]TxResult, error)
	// Recall recalls a batch for reason (1-255): its manufacturer or a regulator.
	Recall(ctx context.Context, org Organisation, batch TokenID, reason uint8) (TxResult, error)
	// RegisterParticipant registers account as role at gln: regulators only.
	RegisterParticipant(ctx context.Context, org Organisation, account Address, role Role, gln string) (TxResult, error)
	// SuspendParticipant suspends account: regulators only.
	SuspendParticipant(ctx context.Context, org Organisation, account Address) (TxResult, error)
	// ReinstateParticipant lifts account's suspension: regulators only.
	ReinstateParticipant(ctx context.Context, org Organisation, account Address) (TxResult, error)
	// AssignPrefix assigns the GS1 company prefix (6 to 12 digits) to the manufacturer account,
	// moving it from any other: regulators only. EINVALID names a malformed prefix or an account
	// that is no active manufacturer; ECONFLICT when the manufacturer holds it already.
	AssignPrefix(ctx context.Context, org Organisation, prefix string, manufacturer Address) (TxResult, error)
	// AssignGTIN assigns the single GTIN-14 to the manufacturer account, moving it from any
	// other: regulators only. Errors as AssignPrefix's, naming the gtin.
	AssignGTIN(ctx context.Context, org Organisation, gtin string, manufacturer Address) (TxResult, error)
}

// TokenView is a token as its batch's page shows it.
type TokenView struct {
	ID          TokenID `json:"id"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Holder      Party   `json:"holder"`
	PendingTo   *Party  `json:"pending_to,omitempty"`
	ChangedAt   Date    `json:"changed_at"`
	Packs       int     `json:"packs"`
	BlockNumber uint64  `json:"block"`
}

// BatchView is a batch with its tokens, its packs counted by state, and every custody event:
// its provenance.
type BatchView struct {
	Batch      BatchInfo         `json:"batch"`
	Tokens     []TokenView       `json:"tokens"`
	PackStates map[PackState]int `json:"pack_states"` // active included
	Custody    []CustodyEvent    `json:"custody"`
	Recall     *RecallInfo       `json:"recall,omitempty"`
}

// RecallInfo says who recalled a batch, when and why.
type RecallInfo struct {
	Reason int   `json:"reason"`
	By     Party `json:"by"`
	At     Date  `json:"at"`
}

// ProvenanceService shows batches to participants.
type ProvenanceService interface {
	// Batch returns a batch's view. ENOTFOUND when there is no such batch.
	Batch(ctx context.Context, id TokenID) (BatchView, error)
	// Token returns a token's provenance. ENOTFOUND when there is no such token.
	Token(ctx context.Context, id TokenID) (TokenProvenance, error)
}

// TokenProvenance is a token, its batch, and the custody events that cover its packs.
type TokenProvenance struct {
	Token   TokenView      `json:"token"`
	Batch   BatchInfo      `json:"batch"`
	Custody []CustodyEvent `json:"custody"`
}
