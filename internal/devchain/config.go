package devchain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainConfig returns the dev chain's rules for chainID: geth's
// params.AllDevChainProtocolChanges (every fork from genesis) cut off after
// Osaka. Amsterdam, Bogota, the blob-parameter-only forks after Osaka and
// the binary-trie transition are unset. geth's dev config sets Bogota, which
// switches the EVM to Amsterdam's instruction set with EIP-8037 state-gas
// metering: creating state costs several times the gas it costs on mainnet
// today (deploying a contract that sets one storage slot: 165,382 gas there,
// 77,462 here), and pedigree quotes gas figures.
func ChainConfig(chainID uint64) *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.ChainID = new(big.Int).SetUint64(chainID)
	c.BPO1Time = nil
	c.BPO2Time = nil
	c.BPO3Time = nil
	c.BPO4Time = nil
	c.BPO5Time = nil
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	c.UBTTime = nil
	c.EnableUBTAtGenesis = false
	if c.BlobScheduleConfig != nil {
		blobs := *c.BlobScheduleConfig
		c.BlobScheduleConfig = &blobs
	}
	return &c
}

// SimulatedOsaka returns an option for ethclient/simulated.NewBackend that
// runs the simulated chain under ChainConfig's Osaka rules instead of
// geth's all-forks developer config, keeping the backend's chain id (1337).
// Unit tests and gas reports use it so their gas figures match the dev node.
func SimulatedOsaka() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ethConf *ethconfig.Config) {
		if ethConf.Genesis == nil {
			return // not the simulated backend: it always sets a genesis
		}
		chainID := uint64(DefaultChainID)
		if c := ethConf.Genesis.Config; c != nil && c.ChainID != nil {
			chainID = c.ChainID.Uint64()
		}
		ethConf.Genesis.Config = ChainConfig(chainID)
	}
}

// AutoMine is a simulated backend's client that mines a block after every transaction it
// sends, as the embedded dev node does (period 0), so code that sends and waits for receipts
// runs unchanged against the simulated chain in tests and gas reports.
type AutoMine struct {
	simulated.Client
	Backend *simulated.Backend
}

// SendTransaction sends tx and mines a block with it.
func (a AutoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.Backend.Commit()
	return nil
}

// SimulatedOnDisk returns an option for ethclient/simulated.NewBackend that keeps the
// simulated chain in dir as the embedded node keeps its own (leveldb, hash scheme, every
// block's state): once the backend is closed, Start with DataDir dir runs the same chain.
// Benchmarks fill a chain quickly with the simulated backend's Commit, then read it as the
// embedded node.
func SimulatedOnDisk(dir string) func(*node.Config, *ethconfig.Config) {
	return func(nodeConf *node.Config, ethConf *ethconfig.Config) {
		nodeConf.DataDir, nodeConf.Name = dir, instanceName
		nodeConf.DBEngine = rawdb.DBLeveldb
		ethConf.StateScheme = rawdb.HashScheme
		ethConf.NoPruning = true
	}
}
