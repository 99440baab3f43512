package kit

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/devchain"
)

// Chain is a simulated chain under Osaka rules holding pedigree's contract, deployed by the
// regulator, with funded accounts whose keys the benchmark holds.
type Chain struct {
	Backend *simulated.Backend
	// Client mines a block after every transaction it sends: what the set-up sends through.
	Client      devchain.AutoMine
	ChainID     *big.Int
	Keys        []*ecdsa.PrivateKey // Keys[0] is the regulator's
	Regulator   *chain.Sender       // the regulator's Sender, on Client
	Contract    common.Address
	DeployBlock uint64
}

// NewChain starts a simulated chain under Osaka rules (and options) with accounts funded
// accounts of ether each, and deploys pedigree's contract from the first as the regulator,
// whose GLN is regulatorGLN. The caller closes the chain.
func NewChain(ctx context.Context, accounts int, ether int64, regulatorGLN uint64, options ...func(*node.Config, *ethconfig.Config)) (*Chain, error) {
	keys := make([]*ecdsa.PrivateKey, accounts)
	alloc := types.GenesisAlloc{}
	balance := new(big.Int).Mul(big.NewInt(ether), big.NewInt(params.Ether))
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: balance}
	}
	backend := simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){devchain.SimulatedOsaka()}, options...)...)
	c := &Chain{Backend: backend, Client: devchain.AutoMine{Client: backend.Client(), Backend: backend}, Keys: keys}
	ok := false
	defer func() {
		if !ok {
			backend.Close()
		}
	}()
	var err error
	if c.ChainID, err = c.Client.ChainID(ctx); err != nil {
		return nil, err
	}
	addr, sign := chain.KeySigner(keys[0], c.ChainID)
	c.Regulator = chain.NewSender(c.Client, addr, sign)
	contract, receipt, err := chain.Deploy(ctx, c.Regulator, regulatorGLN)
	if err != nil {
		return nil, err
	}
	c.Contract, c.DeployBlock = contract, receipt.BlockNumber.Uint64()
	ok = true
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() { c.Backend.Close() }

// GLNs with valid check digits, one per participant of a benchmark's cast: chaintest's, so a
// reader recognises them.
const (
	GLNRegulator     uint64 = 4012345000009
	GLNManufacturer  uint64 = 4012345000016
	GLNManufacturer2 uint64 = 4012345000023
	GLNDistributor   uint64 = 4012345000030
	GLNDistributor2  uint64 = 4012345000047
	GLNDispenser     uint64 = 4012345000054
	GLNDispenser2    uint64 = 4012345000061
	GLNSpare         uint64 = 4012345000078
)
