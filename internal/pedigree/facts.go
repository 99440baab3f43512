package pedigree

import (
	"context"
	"time"
)

// FactKind is what a fact of the chain records: a custody step, a change of pack states, its
// undoing, or a recall. EPCIS export (internal/epcis) maps each kind to its CBV event.
type FactKind string

// The kinds of chain facts.
const (
	FactRegistered FactKind = "registered" // BatchRegistered: the batch token minted
	FactSplit      FactKind = "split"      // TokenSplit: packs carved into a new token
	FactShipped    FactKind = "shipped"    // ShipmentSent
	FactAccepted   FactKind = "accepted"   // the receiver accepted: custody moved
	FactCancelled  FactKind = "cancelled"  // ShipmentCancelled
	FactPackState  FactKind = "pack_state" // PackStatesChanged: packs set from active to State
	FactUndone     FactKind = "undone"     // PackStatesReverted: packs set back to active
	FactRecalled   FactKind = "recalled"   // BatchRecalled
)

// FactKinds are the kinds in the order this file declares them.
var FactKinds = []FactKind{FactRegistered, FactSplit, FactShipped, FactAccepted, FactCancelled, FactPackState, FactUndone, FactRecalled}

// FactPosition is where a fact is in the chain: every fact is one log of the contract.
type FactPosition struct {
	Block    uint64
	LogIndex uint32
}

// Fact is one event of pedigree's contract as the projection keeps it, with the batch it is
// about and the parties it names: everything its EPCIS event says.
type Fact struct {
	Kind FactKind
	FactPosition
	TxHash Hash
	Time   time.Time

	Batch  TokenID
	GTIN   string
	Lot    string
	Expiry time.Time

	// Token is the token a custody fact moved (the new token of a split); Parent the token a
	// split came from.
	Token  TokenID
	Parent *TokenID
	// Start and End are the packs [Start, End) a custody fact's token covered, or a recall's
	// whole batch. Pack facts name their packs in Indexes (ascending).
	Start, End uint32
	Indexes    []uint32
	// State is what a pack fact set the packs to (active for an undo).
	State PackState

	// From and To are a custody fact's sender and receiver (for a split, To is the holder;
	// for a cancellation, From is who cancelled and To the receiver it was for); Actor is who
	// changed pack states or recalled. Zero when the fact has no such side.
	From, To, Actor Party
	RecallReason    uint8
}

// Covers reports whether the fact is about pack index of its batch.
func (f Fact) Covers(index uint32) bool {
	if f.Indexes != nil {
		for _, i := range f.Indexes {
			if i == index {
				return true
			}
		}
		return false
	}
	return f.Start <= index && index < f.End
}

// BatchPacks is the packs [Start, End) of Batch, counted from 0 as the chain counts them.
type BatchPacks struct {
	Batch      TokenID
	Start, End uint32
}

// FactQuery selects facts, in chain order.
type FactQuery struct {
	// Viewer is who asks: a regulator sees every fact; anyone else the facts about the packs
	// its account has held, or has been shipped (SeesFact).
	Viewer Organisation
	// After, when set, skips the facts up to and including this position (paging).
	After *FactPosition
	// Since and Until bound the facts' time: Since <= time < Until; zero is unbounded.
	Since, Until time.Time
	// Kinds keeps facts of these kinds; empty keeps all.
	Kinds []FactKind
	// Packs keeps facts about any pack of these ranges; empty keeps all.
	Packs []BatchPacks
	// Limit is the most facts returned.
	Limit int
}

// SeesEverything reports whether org sees every chain fact: regulators do.
func SeesEverything(org Organisation) bool { return org.Role == RoleRegulator }

// MaxFactsPerPage is the most EPCIS events one page of a query returns.
const MaxFactsPerPage = 500

// FactReader reads the chain's facts from the projection.
type FactReader interface {
	// Facts returns the facts q selects that q.Viewer may see, in chain order, at most q.Limit.
	Facts(ctx context.Context, q FactQuery) ([]Fact, error)
	// CompanyPrefixes returns every GS1 company prefix assigned on chain, to write GS1 keys
	// as EPC URIs (whose company prefix is marked).
	CompanyPrefixes(ctx context.Context) ([]string, error)
	// TokenRange returns the packs a token covers now. ENOTFOUND when there is no such token.
	TokenRange(ctx context.Context, token TokenID) (BatchPacks, error)
	// BatchRange returns all the packs of a batch. ENOTFOUND when there is no such batch.
	BatchRange(ctx context.Context, batch TokenID) (BatchPacks, error)
	// LotRange returns all the packs of the batch (gtin, lot). ENOTFOUND when none is on chain.
	LotRange(ctx context.Context, gtin, lot string) (BatchPacks, error)
	// SerialPacks returns the packs whose GTIN and serial are these, one per batch that has
	// the serial (none when no batch has).
	SerialPacks(ctx context.Context, gtin, serial string) ([]BatchPacks, error)
}

// Container is a case or pallet (SSCC, AI 00, 18 digits with its check digit): a case holds
// the packs [Start, End) of its batch; a pallet (Parent of its cases) holds cases, and spans
// their packs.
type Container struct {
	SSCC       string
	Parent     string // the pallet holding it, "" when none
	Start, End uint32
	Packed     time.Time // when it was recorded (zero in what is yet to be recorded)
	Opened     time.Time // when it was opened (unpacked); zero while it is closed
	OpenedBy   Address
}

// IsPallet reports whether c holds cases rather than packs: whether any of cs is on it.
func (c Container) IsPallet(cs []Container) bool {
	for _, x := range cs {
		if x.Parent == c.SSCC {
			return true
		}
	}
	return false
}

// ContainerStore keeps batches' cases and pallets.
type ContainerStore interface {
	// AddContainers records the cases and pallets of a batch. Recording the same again is no
	// error; ECONFLICT when an SSCC is another batch's or holds other packs.
	AddContainers(ctx context.Context, batch TokenID, cs []Container) error
	// Container returns the case or pallet sscc and its batch. ENOTFOUND when none is recorded.
	Container(ctx context.Context, sscc string) (ContainerInfo, error)
	// Containers returns the cases and pallets of batch, none when it has none.
	Containers(ctx context.Context, batch TokenID) ([]Container, error)
	// PackBatch records plan's cases and pallets (PackPlan.Containers) of batch, giving each
	// the next free SSCC under companyPrefix, all or none, and returns them. ECONFLICT when
	// the batch has cases already.
	PackBatch(ctx context.Context, batch TokenID, companyPrefix string, plan []Container) ([]Container, error)
	// OpenContainer records that by opened case sscc at time at. Opening it again is no error
	// and keeps the first. ENOTFOUND when there is no such case.
	OpenContainer(ctx context.Context, sscc string, by Address, at time.Time) error
	// PackStates counts the packs [start, end) of batch by state, active included.
	PackStates(ctx context.Context, batch TokenID, start, end uint32) (map[PackState]int, error)
}

// ContainerInfo is a recorded case or pallet and its batch.
type ContainerInfo struct {
	Container
	Batch TokenID
}

// TokenCovering returns the token among a batch's tokens that holds every pack of [start,
// end); false when the packs are spread over several tokens (some left the case).
func TokenCovering(tokens []TokenView, start, end uint32) (TokenView, bool) {
	for _, t := range tokens {
		if uint32(t.Start) <= start && end <= uint32(t.End) {
			return t, true
		}
	}
	return TokenView{}, false
}
