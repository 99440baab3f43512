package pedigree

import (
	"context"
	"time"
)

// Participant is a participant as the regulator's list shows it.
type Participant struct {
	Party
	Number    int       // the contract's participant number
	Suspended bool      //
	ChangedAt time.Time // when it was registered, suspended or reinstated last
}

// Holding is a token with its batch, as a shipments page lists it.
type Holding struct {
	Token TokenView `json:"token"`
	Batch BatchInfo `json:"batch"`
}

// Holdings are the tokens an organisation deals with now.
type Holdings struct {
	Held     []Holding // held, no shipment pending: to split or ship
	Outgoing []Holding // held and shipped, not yet accepted: to cancel
	Incoming []Holding // shipped to the organisation: to accept or refuse
}

// BatchQuery selects batches; an empty field matches every batch.
type BatchQuery struct {
	GTIN         string      // 14 digits
	Lot          string      // the start of the lot, any case: "ab" finds AB-1 and ab7
	Manufacturer string      // a GLN (exact) or part of an organisation's name (any case)
	Holder       string      // who holds some of its packs now: a GLN (exact) or part of a name (any case)
	Status       BatchStatus // "" for either
	Limit        int         // at most this many, newest first; 0 means BatchPageSize
	Offset       int         // after skipping this many
}

// BatchPageSize is how many batches a search returns at once unless asked otherwise.
const BatchPageSize = 50

// BatchResults are a page of the batches a query matches, and how many it matches in all.
type BatchResults struct {
	Batches []BatchInfo
	Total   int
}

// Directory answers the lists the web pages show.
type Directory interface {
	// Holdings returns the tokens account holds or is being shipped, newest change first.
	Holdings(ctx context.Context, account Address) (Holdings, error)
	// Participants returns every participant, named where an organisation row exists, by role
	// then name.
	Participants(ctx context.Context) ([]Participant, error)
	// SearchBatches returns the page of the batches matching q that q's Offset and Limit
	// select, newest registration first, and how many match in all. EINVALID for a malformed
	// GTIN, an unknown status or a negative limit or offset.
	SearchBatches(ctx context.Context, q BatchQuery) (BatchResults, error)
	// Assignments returns every company prefix and single GTIN assigned to a manufacturer now,
	// by prefix (single GTINs after the prefixes they fall under).
	Assignments(ctx context.Context) ([]Assignment, error)
}
