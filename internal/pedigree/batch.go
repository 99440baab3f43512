package pedigree

import (
	"context"
	"fmt"
	"time"
)

// Product is a batch's product master data.
type Product struct {
	Name     string `json:"name"`
	Strength string `json:"strength,omitempty"`
	Form     string `json:"form,omitempty"`
}

// NewBatch is a manufacturer's request to register a batch: either its serials or a quantity
// of serials to generate.
type NewBatch struct {
	GTIN     string    // 14 digits with a valid check digit
	Lot      string    // 1-20 characters of GS1's 82-character set
	Expiry   time.Time // the last day of use
	Product  Product
	Serials  []string // the packs' serials in pack order; or
	Quantity int      // how many serials to generate, when Serials is empty
	// Progress, when set, is told each step of the registration as it starts, in words.
	Progress func(step string)
}

// Step tells b.Progress that a step starts.
func (b NewBatch) Step(format string, args ...any) {
	if b.Progress != nil {
		b.Progress(fmt.Sprintf(format, args...))
	}
}

// MaxBatchSize is the most packs a batch may have.
const MaxBatchSize = 1_000_000

// RegisteredBatch is the answer to a registration.
type RegisteredBatch struct {
	TokenID TokenID `json:"token_id"`
	Status  string  `json:"status"` // pending (sent, not yet mined) or confirmed
	TxHash  Hash    `json:"tx_hash"`
	Block   uint64  `json:"block,omitempty"` // the mint's block, once confirmed
	// Serials are the generated serials, when the request asked for a quantity.
	Serials []string `json:"serials,omitempty"`
}

// BatchService registers batches for organisations.
type BatchService interface {
	// Register validates b, stores its serials and mints its token, signing as org. EFORBIDDEN
	// unless org is a manufacturer; EINVALID for a bad request; ECONFLICT when the batch exists.
	Register(ctx context.Context, org Organisation, b NewBatch) (RegisteredBatch, error)
}

// BatchStore keeps what the chain does not: a batch's details and serial list.
type BatchStore interface {
	// Create stores a batch's details and serials (pending). ECONFLICT when the (GTIN, lot) exists.
	Create(ctx context.Context, d BatchDetails, serials []string) error
	// SetStatus records how the batch's mint ended: confirmed (with its transaction) or failed.
	SetStatus(ctx context.Context, id TokenID, status string, tx *Hash, failure string) error
	// Delete removes a batch whose mint was refused, so its (GTIN, lot) can be registered again.
	Delete(ctx context.Context, id TokenID) error
}
