package chain

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrNoBlockHashCalls is returned by Contract.At when the contract's backend cannot make calls
// at a block named by its hash (EIP-1898).
var ErrNoBlockHashCalls = errors.New("the node client cannot call a contract at a block hash")

// At returns the contract as of the block whose hash is block: every read sees the state after
// that block, whatever the head is now, so reads made one by one agree with each other (and
// with an answer made at that block). A node that does not have the block fails each read. The
// backend must make calls at a block hash (bind.BlockHashContractCaller: ethclient, the
// simulated backend and Client do); ErrNoBlockHashCalls otherwise.
func (c *Contract) At(block common.Hash) (*Contract, error) {
	caller, ok := c.backend.(bind.BlockHashContractCaller)
	if !ok {
		return nil, ErrNoBlockHashCalls
	}
	return NewContract(pinnedBackend{Backend: c.backend, caller: caller, block: block}, c.Address), nil
}

// pinnedBackend is a backend whose contract calls and code reads are at one block, named by its
// hash, whatever block number they ask for (the bound contract asks for the latest).
type pinnedBackend struct {
	Backend
	caller bind.BlockHashContractCaller
	block  common.Hash
}

func (p pinnedBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	return p.caller.CallContractAtHash(ctx, msg, p.block)
}

func (p pinnedBackend) CodeAt(ctx context.Context, account common.Address, _ *big.Int) ([]byte, error) {
	return p.caller.CodeAtHash(ctx, account, p.block)
}

var _ bind.BlockHashContractCaller = (*Client)(nil)

// CallContractAtHash implements bind.BlockHashContractCaller.
func (c *Client) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, block common.Hash) ([]byte, error) {
	return with(ctx, c, func(cl *ethclient.Client) ([]byte, error) { return cl.CallContractAtHash(ctx, msg, block) })
}

// CodeAtHash implements bind.BlockHashContractCaller.
func (c *Client) CodeAtHash(ctx context.Context, account common.Address, block common.Hash) ([]byte, error) {
	return with(ctx, c, func(cl *ethclient.Client) ([]byte, error) { return cl.CodeAtHash(ctx, account, block) })
}
