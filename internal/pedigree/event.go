package pedigree

import "time"

// EventMeta says where an event of the contract was emitted.
type EventMeta struct {
	Block     uint64
	BlockHash Hash
	TxHash    Hash
	LogIndex  uint32 // the log's index in its block
	Time      time.Time
}

// Meta returns m; it makes every event type an Event.
func (m EventMeta) Meta() EventMeta { return m }

// Event is a decoded event of pedigree's contract.
type Event interface{ Meta() EventMeta }

// ParticipantRegistered: a regulator registered Account.
type ParticipantRegistered struct {
	EventMeta
	Account Address
	Role    Role
	GLN     string // 13 digits
	Number  uint32
	By      Address
}

// ParticipantSuspended: a regulator suspended Account.
type ParticipantSuspended struct {
	EventMeta
	Account, By Address
}

// ParticipantReinstated: a regulator lifted Account's suspension.
type ParticipantReinstated struct {
	EventMeta
	Account, By Address
}

// BatchRegistered: a manufacturer registered a batch, minting its token.
type BatchRegistered struct {
	EventMeta
	BatchID        TokenID
	Manufacturer   Address
	GTIN           string    // 14 digits
	Lot            string    // GS1 AI 10
	Expiry         time.Time // last day of use, midnight UTC
	Quantity       uint32
	SerialsRoot    Hash // the root stored on chain: commutativeKeccak256(IndexRoot, SortedRoot)
	IndexRoot      Hash // the root of the serials in pack order
	SortedRoot     Hash // the root of the serial hashes in ascending order, between sentinels
	MasterDataHash Hash
}

// TokenSplit: the holder of TokenID moved packs [Start, End) into NewTokenID.
type TokenSplit struct {
	EventMeta
	TokenID, NewTokenID, BatchID TokenID
	Start, End                   uint32
}

// ShipmentSent: From shipped TokenID to To; custody moves when To accepts.
type ShipmentSent struct {
	EventMeta
	TokenID  TokenID
	From, To Address
}

// ShipmentCancelled: By (sender or receiver) cancelled TokenID's pending shipment.
type ShipmentCancelled struct {
	EventMeta
	TokenID TokenID
	By      Address
}

// ShipmentAccepted is the ERC-721 Transfer of a token between two holders: To accepted it.
// (The contract's mints are reported as BatchRegistered and TokenSplit.)
type ShipmentAccepted struct {
	EventMeta
	TokenID  TokenID
	From, To Address
}

// PackStatesChanged: Actor set the packs Indexes of BatchID to State.
type PackStatesChanged struct {
	EventMeta
	BatchID TokenID
	Actor   Address
	State   PackState
	Indexes []uint32
}

// PackStatesReverted: Actor reverted the packs Indexes of BatchID to active.
type PackStatesReverted struct {
	EventMeta
	BatchID TokenID
	Actor   Address
	Indexes []uint32
}

// BatchRecalled: By recalled BatchID for Reason.
type BatchRecalled struct {
	EventMeta
	BatchID TokenID
	By      Address
	Reason  uint8
}

// PrefixAssigned: By (a regulator) assigned the GS1 company Prefix to Manufacturer, moving it
// from Previous (zero when it was unassigned).
type PrefixAssigned struct {
	EventMeta
	Prefix                     string // 6 to 12 digits, leading zeros included
	Manufacturer, Previous, By Address
}

// GTINAssigned: By (a regulator) assigned the single GTIN to Manufacturer, moving it from
// Previous (zero when it was unassigned).
type GTINAssigned struct {
	EventMeta
	GTIN                       string // 14 digits
	Manufacturer, Previous, By Address
}

// KeyAdded: By (the participant itself or a regulator) added Key as a signing key of Account.
type KeyAdded struct {
	EventMeta
	Account, Key, By Address
}

// KeyRetired: By retired Key, a key of Account (Account's own included): it no longer acts.
type KeyRetired struct {
	EventMeta
	Account, Key, By Address
}
