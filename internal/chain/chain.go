// Package chain talks to pedigree's contract on an Ethereum chain: the generated bindings
// (pedigree_abigen.go, from contracts/), deployment, typed calls and transactions, and a
// transaction Sender that is safe for concurrent callers and turns reverts into named errors.
//
// It works with any backend that speaks the Ethereum JSON-RPC API: a geth or Besu node through
// ethclient, the embedded dev chain (internal/devchain), or go-ethereum's simulated backend in tests.
package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what pedigree needs of a node. *ethclient.Client and the simulated backend's client
// both implement it.
type Backend interface {
	bind.ContractBackend
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}
