package pedigree

import (
	"context"
	"time"
)

// Registration is a batch's registration as the store keeps it from the moment its serials
// are stored, so that a registration cut short (the process killed at any step) can be
// finished or undone by reading the chain. Its steps:
//
//   - stored: details and serials stored (status pending), no mint recorded: nothing was sent;
//   - sent: the signed mint transaction recorded (Mint), before it is sent: it may be on its
//     way, and it can be mined at most once (its nonce);
//   - confirmed: the mint mined and the batch on chain (TxHash, Block).
//
// A mint that reverted, or can never be mined, is undone: the registration and its serials
// are deleted, so its (GTIN, lot) can be registered again.
type Registration struct {
	BatchDetails
	// Manufacturer is the account of the organisation that registers it.
	Manufacturer Address
	// Request is the client's name for the request that began it (its Idempotency-Key), or
	// "": a retry under the same name resumes it and answers its outcome.
	Request string
	// Generated says its serials were generated here, so an answer carries them.
	Generated bool
	// Mint is the signed mint transaction (its binary encoding), recorded before it is sent;
	// nil while nothing was sent.
	Mint []byte
	// Block is the mint's block, once confirmed.
	Block uint64
	// Orphaned says no live instance of the service is working on it: the one that stored it
	// (or recorded its mint) has ended, however it ended.
	Orphaned bool
	// Age is how long ago it was stored or last moved on.
	Age time.Duration
}

// Sent reports whether the registration's mint is recorded: it may have been sent.
func (r Registration) Sent() bool { return len(r.Mint) > 0 }

// RegistrationStore keeps batch registrations step by step: store the serials, record the
// signed mint, then send it (store-then-send), so that every step can be recovered.
type RegistrationStore interface {
	// Begin stores a registration's details and serials (stored: pending, no mint), owned by
	// this instance. ECONFLICT when its (GTIN, lot) is stored already.
	Begin(ctx context.Context, r Registration, serials []string) error
	// Load returns the registration of batch id, whatever its status. ENOTFOUND when none.
	Load(ctx context.Context, id TokenID) (Registration, error)
	// RecordMint records the signed mint of a registration still pending, before it is sent,
	// in place of prev (nil: no mint recorded yet), and makes this instance its owner. False
	// when the registration is gone or another mint is recorded: then mint must not be sent.
	RecordMint(ctx context.Context, id TokenID, mint []byte, hash Hash, prev *Hash) (bool, error)
	// Confirm records that transaction tx, mined in block, minted the batch. ENOTFOUND when
	// no such registration is stored.
	Confirm(ctx context.Context, id TokenID, tx Hash, block uint64) error
	// Undo deletes an unconfirmed registration with its serials, so its (GTIN, lot) can be
	// registered again, provided its recorded mint is still mint (nil: none recorded). False
	// when it is gone, confirmed, or recorded another mint meanwhile.
	Undo(ctx context.Context, id TokenID, mint *Hash) (bool, error)
	// Unfinished returns the registrations not confirmed, oldest first.
	Unfinished(ctx context.Context) ([]Registration, error)
	// Serials returns a batch's serials in pack order. ENOTFOUND when none are stored.
	Serials(ctx context.Context, id TokenID) ([]string, error)
}
