package pedigree

import "context"

// BlockRef names a block by number and hash.
type BlockRef struct {
	Number uint64
	Hash   Hash
}

// ProjectionState is where the projection of a contract stands.
type ProjectionState struct {
	ChainID     uint64
	Contract    Address
	DeployBlock uint64   // the contract's deployment block: indexing starts there
	Cursor      BlockRef // every event up to and including this block is in the projection
}

// BlockRange is the events of the blocks (Cursor.Number, To.Number], in chain order, read
// from the chain whose block Cursor.Number is Cursor.Hash.
type BlockRange struct {
	Cursor BlockRef   // the projection's cursor the range continues from
	To     BlockRef   // the range's last block: the new cursor
	Blocks []BlockRef // the blocks in the range that have events
	Events []Event
}

// Projection is the store the indexer writes: a rebuildable projection of the contract's events.
type Projection interface {
	// State returns where the projection stands; ENOTFOUND when it was never initialised.
	State(ctx context.Context) (ProjectionState, error)
	// Init starts a projection for a contract. It is a no-op when one exists for the same
	// chain and contract and ECONFLICT when it is another's.
	Init(ctx context.Context, s ProjectionState) error
	// Apply adds a range's events and advances the cursor to r.To, atomically. ECONFLICT when
	// the cursor is no longer r.Cursor (another indexer moved it): nothing is written.
	Apply(ctx context.Context, r BlockRange) error
	// Rollback removes everything after block to.Number and sets the cursor to to.
	Rollback(ctx context.Context, to BlockRef) error
	// IndexedBlocks returns the blocks the projection was built from, at or below number,
	// newest first, at most limit of them.
	IndexedBlocks(ctx context.Context, number uint64, limit int) ([]BlockRef, error)
	// Reset drops the whole projection, state included.
	Reset(ctx context.Context) error
}
