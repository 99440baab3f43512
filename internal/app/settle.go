package app

import (
	"context"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// settling is the custody service as callers see it: each action waits, within a bound, for
// the projection to hold its transaction's block, and says "confirmed" when it does and
// "pending" when it does not yet (below the confirmation depth, or the indexer behind). So an
// answer never claims an effect that reads do not show yet.
type settling struct {
	pedigree.CustodyService
	// deep reports whether block has the confirmation depth on the node; until it has, the
	// answer is "pending" at once, with no wait that could only time out.
	deep  func(ctx context.Context, block uint64) bool
	wait  func(ctx context.Context, block uint64) error
	bound time.Duration
	// note records an organisation's action's block, for its later verifications; nil: not kept.
	note func(ctx context.Context, org int64, block uint64) error
}

var _ pedigree.CustodyService = settling{}

func (s settling) settle(ctx context.Context, res *pedigree.TxResult) {
	if res.Block == 0 {
		return
	}
	res.Status = pedigree.TxPending
	if !s.deep(ctx, res.Block) {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, s.bound)
	defer cancel()
	if err := s.wait(ctx, res.Block); err == nil {
		res.Status = pedigree.TxConfirmed
	}
}

func (s settling) one(ctx context.Context, org pedigree.Organisation, res pedigree.TxResult, err error) (pedigree.TxResult, error) {
	if err == nil {
		s.noteAction(ctx, org, res.Block)
		s.settle(ctx, &res)
	}
	return res, err
}

// noteAction records org's action in block. A failure to record it costs only the wait of a
// later verification, so it is not the action's failure.
func (s settling) noteAction(ctx context.Context, org pedigree.Organisation, block uint64) {
	if s.note != nil && block != 0 && org.ID != 0 {
		_ = s.note(context.WithoutCancel(ctx), org.ID, block)
	}
}

// many settles the last transaction: the projection holds the earlier ones when it holds it.
func (s settling) many(ctx context.Context, org pedigree.Organisation, res []pedigree.TxResult, err error) ([]pedigree.TxResult, error) {
	if len(res) > 0 {
		last := res[len(res)-1]
		s.noteAction(ctx, org, last.Block)
		s.settle(ctx, &last)
		for i := range res {
			res[i].Status = last.Status
		}
	}
	return res, err
}

// Split implements pedigree.CustodyService.
func (s settling) Split(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID, newStart uint32) (pedigree.TokenID, pedigree.TxResult, error) {
	id, res, err := s.CustodyService.Split(ctx, org, token, newStart)
	res, err = s.one(ctx, org, res, err)
	return id, res, err
}

// Ship implements pedigree.CustodyService.
func (s settling) Ship(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID, to pedigree.Address) (pedigree.TxResult, error) {
	res, err := s.CustodyService.Ship(ctx, org, token, to)
	return s.one(ctx, org, res, err)
}

// Accept implements pedigree.CustodyService.
func (s settling) Accept(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID) (pedigree.TxResult, error) {
	res, err := s.CustodyService.Accept(ctx, org, token)
	return s.one(ctx, org, res, err)
}

// Cancel implements pedigree.CustodyService.
func (s settling) Cancel(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID) (pedigree.TxResult, error) {
	res, err := s.CustodyService.Cancel(ctx, org, token)
	return s.one(ctx, org, res, err)
}

// SetPackStates implements pedigree.CustodyService.
func (s settling) SetPackStates(ctx context.Context, org pedigree.Organisation, state pedigree.PackState, packs []pedigree.PackCode) ([]pedigree.TxResult, error) {
	res, err := s.CustodyService.SetPackStates(ctx, org, state, packs)
	return s.many(ctx, org, res, err)
}

// SetTokenPackStates implements pedigree.CustodyService.
func (s settling) SetTokenPackStates(ctx context.Context, org pedigree.Organisation, token pedigree.TokenID, state pedigree.PackState, packs []pedigree.PackRange) (pedigree.TxResult, error) {
	res, err := s.CustodyService.SetTokenPackStates(ctx, org, token, state, packs)
	return s.one(ctx, org, res, err)
}

// UndoPackStates implements pedigree.CustodyService.
func (s settling) UndoPackStates(ctx context.Context, org pedigree.Organisation, packs []pedigree.PackCode) ([]pedigree.TxResult, error) {
	res, err := s.CustodyService.UndoPackStates(ctx, org, packs)
	return s.many(ctx, org, res, err)
}

// Recall implements pedigree.CustodyService.
func (s settling) Recall(ctx context.Context, org pedigree.Organisation, batch pedigree.TokenID, reason uint8) (pedigree.TxResult, error) {
	res, err := s.CustodyService.Recall(ctx, org, batch, reason)
	return s.one(ctx, org, res, err)
}

// RegisterParticipant implements pedigree.CustodyService.
func (s settling) RegisterParticipant(ctx context.Context, org pedigree.Organisation, account pedigree.Address, role pedigree.Role, gln string) (pedigree.TxResult, error) {
	res, err := s.CustodyService.RegisterParticipant(ctx, org, account, role, gln)
	return s.one(ctx, org, res, err)
}

// SuspendParticipant implements pedigree.CustodyService.
func (s settling) SuspendParticipant(ctx context.Context, org pedigree.Organisation, account pedigree.Address) (pedigree.TxResult, error) {
	res, err := s.CustodyService.SuspendParticipant(ctx, org, account)
	return s.one(ctx, org, res, err)
}

// ReinstateParticipant implements pedigree.CustodyService.
func (s settling) ReinstateParticipant(ctx context.Context, org pedigree.Organisation, account pedigree.Address) (pedigree.TxResult, error) {
	res, err := s.CustodyService.ReinstateParticipant(ctx, org, account)
	return s.one(ctx, org, res, err)
}

// AssignPrefix implements pedigree.CustodyService.
func (s settling) AssignPrefix(ctx context.Context, org pedigree.Organisation, prefix string, manufacturer pedigree.Address) (pedigree.TxResult, error) {
	res, err := s.CustodyService.AssignPrefix(ctx, org, prefix, manufacturer)
	return s.one(ctx, org, res, err)
}

// AssignGTIN implements pedigree.CustodyService.
func (s settling) AssignGTIN(ctx context.Context, org pedigree.Organisation, gtin string, manufacturer pedigree.Address) (pedigree.TxResult, error) {
	res, err := s.CustodyService.AssignGTIN(ctx, org, gtin, manufacturer)
	return s.one(ctx, org, res, err)
}

// settlingBatches is the batch service as callers see it: a mint that is mined but not yet
// in the projection is still "pending".
type settlingBatches struct {
	pedigree.BatchService
	settling
}

// Register implements pedigree.BatchService.
func (s settlingBatches) Register(ctx context.Context, org pedigree.Organisation, b pedigree.NewBatch) (pedigree.RegisteredBatch, error) {
	out, err := s.BatchService.Register(ctx, org, b)
	if err == nil && out.Block != 0 {
		s.noteAction(ctx, org, out.Block)
		res := pedigree.TxResult{Block: out.Block}
		if s.settle(ctx, &res); res.Status == pedigree.TxPending {
			out.Status = pedigree.RegistrationPending
		}
	}
	return out, err
}

// awaitOwnWrite is what a professional's verification does when the projection does not hold
// its organisation's latest action yet (postgres.Verifier.Await): it waits for it, within a
// bound, when the action's block is deep enough to be indexed at all.
func (s settling) awaitOwnWrite(ctx context.Context, block uint64) {
	if !s.deep(ctx, block) {
		return // not deep enough yet: no point waiting
	}
	wctx, cancel := context.WithTimeout(ctx, s.bound)
	_ = s.wait(wctx, block)
	cancel()
}
