package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignFunc signs a transaction for the sender's account. Keys stay wherever the SignFunc keeps
// them (a decrypted keystore account, a key in memory for tests); the Sender never sees them.
type SignFunc func(tx *types.Transaction) (*types.Transaction, error)

// KeySigner returns the address of key and a SignFunc signing with it for chainID.
func KeySigner(key *ecdsa.PrivateKey, chainID *big.Int) (common.Address, SignFunc) {
	signer := types.LatestSignerForChainID(chainID)
	return crypto.PubkeyToAddress(key.PublicKey), func(tx *types.Transaction) (*types.Transaction, error) {
		return types.SignTx(tx, signer, key)
	}
}

// Sender sends the transactions of one account. It is safe for concurrent use: it hands out
// nonces itself under a lock, so any number of goroutines may send at once without "nonce too
// low", and it resynchronises with the node when a send fails.
type Sender struct {
	backend Backend
	from    common.Address
	sign    SignFunc
	abis    []*abi.ABI

	// GasMargin is added to every gas estimate, in percent, so a transaction whose path grows
	// a little between estimate and inclusion still fits.
	GasMargin uint64
	// PollInterval is how often Wait asks for a receipt when the node offers no subscriptions.
	PollInterval time.Duration

	mu       sync.Mutex
	nonce    uint64
	hasNonce bool
}

// NewSender returns a Sender for the account from, signing with sign. Reverts are decoded with
// the custom errors of abis (pedigree's contract when none are given).
func NewSender(backend Backend, from common.Address, sign SignFunc, abis ...*abi.ABI) *Sender {
	if len(abis) == 0 {
		abis = []*abi.ABI{PedigreeABI()}
	}
	return &Sender{
		backend:      backend,
		from:         from,
		sign:         sign,
		abis:         abis,
		GasMargin:    20,
		PollInterval: 250 * time.Millisecond,
	}
}

// Reset forgets the next nonce, so the next send asks the node. Call it after the chain was
// reorganised or the sender switched nodes.
func (s *Sender) Reset() {
	s.mu.Lock()
	s.hasNonce = false
	s.mu.Unlock()
}

// From returns the sending account.
func (s *Sender) From() common.Address { return s.from }

// Transact sends a transaction calling to with data (to == nil deploys data as code) and waits
// for its receipt. A revert, at estimate time or once mined, is returned as a *RevertError.
func (s *Sender) Transact(ctx context.Context, to *common.Address, data []byte) (*types.Receipt, error) {
	tx, err := s.Send(ctx, to, data)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, tx)
}

// Send estimates, signs and sends a transaction without waiting for it to be mined.
func (s *Sender) Send(ctx context.Context, to *common.Address, data []byte) (*types.Transaction, error) {
	return s.SendRecorded(ctx, to, data, nil)
}

// SendRecorded is Send for a transaction that must be on record before it leaves, so that a
// process killed at any point can learn on restart whether it may be on its way: record is
// called with each signed transaction, under the sender's lock, just before it is sent (again,
// with a new nonce, when the node refused the previous one for its nonce). An error from record
// sends nothing and uses no nonce. When sending fails after record accepted a transaction, that
// transaction is returned with the error: it may have reached the node.
func (s *Sender) SendRecorded(ctx context.Context, to *common.Address, data []byte, record func(*types.Transaction) error) (*types.Transaction, error) {
	msg := ethereum.CallMsg{From: s.from, To: to, Data: data}
	gas, err := s.backend.EstimateGas(ctx, msg)
	if err != nil {
		return nil, asRevert(err, s.abis)
	}
	gas += gas * s.GasMargin / 100
	tip, err := s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.hasNonce {
			n, err := s.backend.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, fmt.Errorf("read nonce of %s: %w", s.from, err)
			}
			s.nonce, s.hasNonce = n, true
		}
		tx, err := s.sign(types.NewTx(&types.DynamicFeeTx{
			Nonce:     s.nonce,
			GasTipCap: tip,
			GasFeeCap: feeCap,
			Gas:       gas,
			To:        to,
			Data:      data,
		}))
		if err != nil {
			return nil, fmt.Errorf("sign transaction: %w", err)
		}
		if record != nil {
			if err := record(tx); err != nil {
				return nil, err
			}
		}
		err = s.backend.SendTransaction(ctx, tx)
		if err == nil {
			s.nonce++
			return tx, nil
		}
		// The node knows better: another process used this account, or a previous send
		// failed after the node had taken it. Ask again and retry a few times.
		s.hasNonce = false
		if attempt < 3 && isNonceError(err) {
			continue
		}
		if record != nil {
			return tx, fmt.Errorf("send transaction: %w", err)
		}
		return nil, fmt.Errorf("send transaction: %w", err)
	}
}

func isNonceError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"nonce too low", "nonce too high", "already known", "replacement transaction underpriced"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Wait returns the receipt of tx once it is mined. It follows new heads where the node offers
// subscriptions (the embedded chain, WebSocket endpoints) and polls every PollInterval otherwise.
// A mined transaction that reverted is returned with its receipt and a *RevertError.
//
// A node that restarts, or drops the connection, does not end the wait: errors reaching it are
// retried until ctx ends. A node that forgot tx (its pool lost it in a restart) is given the same
// signed transaction again; with its nonce it can be mined at most once, so an action is never
// lost and never done twice. Whenever Wait gives up, the Sender forgets its next nonce, so the
// next send asks the node rather than leave a gap behind a transaction that was lost.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	receipt, err := s.wait(ctx, tx)
	if err != nil && receipt == nil {
		s.Reset()
	}
	return receipt, err
}

func (s *Sender) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	heads := make(chan *types.Header, 16)
	var sub ethereum.Subscription
	subscribe := func() {
		var err error
		if sub, err = s.backend.SubscribeNewHead(ctx, heads); err != nil {
			sub = nil
		}
	}
	subscribe()
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	// Polling goes on beside a subscription, as a fallback should it miss a head.
	ticker := time.NewTicker(s.PollInterval)
	defer ticker.Stop()
	var lastErr error
	lastSeen := time.Now()
	for {
		receipt, err := s.backend.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
			if receipt.Status != types.ReceiptStatusSuccessful {
				return receipt, s.minedRevert(ctx, tx, receipt)
			}
			return receipt, nil
		case errors.Is(err, ethereum.NotFound):
			lastErr = nil
			if time.Since(lastSeen) >= resendAfter {
				lastSeen = time.Now()
				if err := s.ensureKnown(ctx, tx); err != nil {
					return nil, err
				}
			}
		case ctx.Err() != nil:
		default:
			lastErr = err // the node is away: keep asking until ctx ends
			lastSeen = time.Now()
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return nil, fmt.Errorf("wait for %s: %w (last: %v)", tx.Hash(), ctx.Err(), lastErr)
			}
			return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), ctx.Err())
		case <-heads:
		case <-ticker.C:
		case <-subErr(sub):
			sub = nil
			subscribe() // the connection came back, or polling carries on alone
		}
	}
}

// resendAfter is how long a transaction may go without a receipt before Wait checks that the
// node still knows it.
const resendAfter = 2 * time.Second

// ensureKnown sends tx again if the node has forgotten it. An error means it cannot be mined
// any more: another transaction of the same nonce was.
func (s *Sender) ensureKnown(ctx context.Context, tx *types.Transaction) error {
	_, _, err := s.backend.TransactionByHash(ctx, tx.Hash())
	if !errors.Is(err, ethereum.NotFound) {
		return nil // known, or the node away (Wait keeps asking)
	}
	err = s.backend.SendTransaction(ctx, tx)
	switch {
	case err == nil, strings.Contains(err.Error(), "already known"):
		return nil
	case strings.Contains(err.Error(), "nonce too low"):
		// The nonce was used: by tx itself if its receipt has appeared meanwhile.
		if _, rerr := s.backend.TransactionReceipt(ctx, tx.Hash()); rerr == nil {
			return nil
		}
		return fmt.Errorf("transaction %s was dropped by the node and its nonce %d used by another: it was not done", tx.Hash(), tx.Nonce())
	}
	return nil // try again at the next check
}

func subErr(sub ethereum.Subscription) <-chan error {
	if sub == nil {
		return nil
	}
	return sub.Err()
}

// minedRevert learns why a mined transaction reverted by replaying it: first on its block's
// state (the transaction itself changed nothing there, and what made it fail was most likely an
// earlier transaction of the same block), then on the parent's.
func (s *Sender) minedRevert(ctx context.Context, tx *types.Transaction, receipt *types.Receipt) error {
	if receipt.GasUsed >= tx.Gas() {
		return &RevertError{Name: "OutOfGas", TxHash: tx.Hash()}
	}
	msg := ethereum.CallMsg{From: s.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}
	parent := new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1))
	for _, block := range []*big.Int{receipt.BlockNumber, parent} {
		_, err := s.backend.CallContract(ctx, msg, block)
		if r, ok := asRevert(err, s.abis).(*RevertError); ok {
			r.TxHash = tx.Hash()
			return r
		}
	}
	return &RevertError{Name: "RevertWithoutReason", TxHash: tx.Hash()}
}
