package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Recorder is told a signed transaction (binary, and its hash) just before it is sent; an
// error sends nothing.
type Recorder func(tx []byte, hash pedigree.Hash) error

// ChangeStatus suspends (suspend true) or reinstates account as org, a regulator, telling
// record the signed transaction before it is sent, and waits for it to be mined. It returns
// the transaction's result and its block's time. sent reports whether a transaction may have
// reached the node: when it did and an error is returned, only the chain knows the outcome
// (Settle finds it).
func (a *Actions) ChangeStatus(ctx context.Context, org pedigree.Organisation, account pedigree.Address, suspend bool, record Recorder) (res pedigree.TxResult, at time.Time, sent bool, err error) {
	what, data := "reinstate participants", a.contract.binding.PackReinstateParticipant(common.Address(account))
	if suspend {
		what, data = "suspend participants", a.contract.binding.PackSuspendParticipant(common.Address(account))
	}
	s, err := a.sender(org, what, pedigree.RoleRegulator)
	if err != nil {
		return res, at, false, err
	}
	tx, err := s.SendRecorded(ctx, &a.contract.Address, data, func(tx *types.Transaction) error {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		return record(raw, pedigree.Hash(tx.Hash()))
	})
	if tx == nil {
		return res, at, false, a.domainError(ctx, err)
	}
	if err != nil {
		return res, at, true, err
	}
	receipt, err := s.Wait(ctx, tx)
	if receipt == nil {
		return res, at, true, err
	}
	if err != nil {
		return result(receipt), at, true, a.domainError(ctx, err)
	}
	at, err = a.contract.blockTime(ctx, receipt.BlockNumber.Uint64())
	return result(receipt), at, true, err
}

func (c *Contract) blockTime(ctx context.Context, block uint64) (time.Time, error) {
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return time.Time{}, fmt.Errorf("read block %d: %w", block, err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// Fate is what became of a transaction recorded before it was sent: mined (successfully, or
// reverted for Failed), never to be mined (Failed), or neither yet.
type Fate struct {
	Mined  bool
	Result pedigree.TxResult
	Time   time.Time // the block's time, when mined
	Failed error     // why it did nothing: it reverted, or can never be mined
}

// Settle finds the fate of the recorded transaction raw. One the node has forgotten is sent
// again: with its nonce it can be mined at most once. One whose nonce another transaction
// used can never be mined.
func (c *Contract) Settle(ctx context.Context, raw []byte) (Fate, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return Fate{}, fmt.Errorf("decode a recorded transaction: %w", err)
	}
	receipt, err := c.backend.TransactionReceipt(ctx, tx.Hash())
	switch {
	case err == nil:
		return c.mined(ctx, tx, receipt)
	case !errors.Is(err, ethereum.NotFound):
		return Fate{}, fmt.Errorf("read the receipt of %s: %w", tx.Hash(), err)
	}
	if _, _, err := c.backend.TransactionByHash(ctx, tx.Hash()); err == nil || !errors.Is(err, ethereum.NotFound) {
		return Fate{}, err // known to the node: not mined yet (or the node away)
	}
	err = c.backend.SendTransaction(ctx, tx)
	switch {
	case err == nil || alreadyKnown(err):
		return Fate{}, nil
	case strings.Contains(err.Error(), "nonce too low"):
		if receipt, rerr := c.backend.TransactionReceipt(ctx, tx.Hash()); rerr == nil {
			return c.mined(ctx, tx, receipt)
		}
		return Fate{Failed: pedigree.Errorf(pedigree.ECONFLICT, "transaction %s was never mined and its nonce %d was used by another: nothing reached the chain", tx.Hash(), tx.Nonce())}, nil
	}
	return Fate{}, fmt.Errorf("send the recorded transaction %s again: %w", tx.Hash(), err)
}

func (c *Contract) mined(ctx context.Context, tx *types.Transaction, receipt *types.Receipt) (Fate, error) {
	f := Fate{Mined: true, Result: result(receipt)}
	if receipt.Status != types.ReceiptStatusSuccessful {
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			return Fate{}, err
		}
		f.Failed = DomainError(NewSender(c.backend, from, nil).minedRevert(ctx, tx, receipt))
		return f, nil
	}
	var err error
	f.Time, err = c.blockTime(ctx, receipt.BlockNumber.Uint64())
	return f, err
}

// everyRole: a participant of any role may change its own keys (the contract checks the rest).
var everyRole = []pedigree.Role{pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser, pedigree.RoleRegulator}

// AddKey adds key as a signing key of the participant account, signed by org: the participant
// itself or a regulator.
func (a *Actions) AddKey(ctx context.Context, org pedigree.Organisation, account, key pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "add keys", everyRole...)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackAddKey(common.Address(account), common.Address(key)))
}

// RetireKey retires key, an active key of the participant account, signed by org: the
// participant itself or a regulator.
func (a *Actions) RetireKey(ctx context.Context, org pedigree.Organisation, account, key pedigree.Address) (pedigree.TxResult, error) {
	s, err := a.sender(org, "retire keys", everyRole...)
	if err != nil {
		return pedigree.TxResult{}, err
	}
	return a.send(ctx, s, a.contract.binding.PackRetireKey(common.Address(account), common.Address(key)))
}
