// Package devchain runs the embedded Ethereum development node behind
// `pedigree dev`: an in-process go-ethereum node that mines a block for every
// transaction, serves JSON-RPC over HTTP and WebSocket on loopback, and keeps
// its chain on disk so that contracts and batches outlive a restart.
//
// It is the wiring `geth --dev` uses (node.New, eth.New, the filter API, a
// simulated beacon with period 0), with three database settings that are not
// geth's defaults and must not be changed lightly: LevelDB as the key-value
// store, the hash state scheme, and no pruning (archive mode). With them every
// block's state trie is written to the database as the block is inserted, so
// after the process is killed with SIGKILL the node restarts at the head it
// had, with every mined transaction's effect. Pebble and the path scheme lost
// blocks on SIGKILL when tried; pruning keeps recent state only in memory.
// Nothing here calls fsync per block: the chain survives the process dying,
// not the machine losing power.
//
// The chain runs Osaka rules (see ChainConfig), not the later forks that
// geth's developer config switches on, because those meter state growth and
// inflate gas several times over, and pedigree reports gas figures. Unlike
// geth --dev, a new chain starts with a zero base fee and the node accepts
// and mines transactions that pay no tip: gas is counted, not charged.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults for Config. Start applies them to zero fields, except
// DefaultHTTPPort: a zero HTTPPort picks a free port, so commands use
// DefaultHTTPPort as their flag default.
const (
	DefaultHTTPHost = "127.0.0.1"
	DefaultHTTPPort = 8545
	DefaultChainID  = 1337
	DefaultGasLimit = 60_000_000
)

// instanceName is the node's instance directory inside DataDir. It is fixed
// because geth otherwise derives it from os.Args[0], which would give the
// pedigree binary and its test binary different databases. "geth" also keeps
// the layout (DATADIR/geth/chaindata) that geth's own tools expect.
const instanceName = "geth"

// Config is what Start needs; zero values mean sensible defaults.
type Config struct {
	// DataDir is required: the node keeps its chain database, node key and
	// lock file under DataDir/geth.
	DataDir string

	// HTTPHost is the interface JSON-RPC listens on, default 127.0.0.1.
	// WebSocket is served on the same host and port.
	HTTPHost string

	// HTTPPort is the JSON-RPC port. Zero picks a free port (tests); use
	// HTTPEndpoint to learn it. Commands default their flag to
	// DefaultHTTPPort (8545), the port wallets and tools expect.
	HTTPPort int

	// ChainID defaults to 1337. A data dir that already holds a chain with
	// another chain id is refused.
	ChainID uint64

	// GasLimit is the block gas limit, default 60,000,000. On an existing
	// chain the limit moves towards it by the usual 1/1024 per block.
	GasLimit uint64

	// Alloc lists the accounts funded at genesis. It is used only when the
	// data dir holds no chain yet; on a restart the stored genesis wins.
	Alloc types.GenesisAlloc

	// Logger receives the node's warnings and errors; nil discards them.
	// go-ethereum logs through its package's process-wide logger, so Start
	// replaces that (slog's default is left alone): the last Start wins.
	Logger *slog.Logger
}

// Chain is a running embedded dev node. Close it to release its data dir and
// port.
type Chain struct {
	stack   *node.Node
	rpc     *rpc.Client
	client  *ethclient.Client
	chainID uint64
	filters *filters.FilterSystem // for Direct
	chain   *core.BlockChain
	api     *eth.EthAPIBackend

	closeOnce sync.Once
	closeErr  error
}

// Start opens (or creates) the chain in cfg.DataDir and starts the node. It
// returns once JSON-RPC is being served. ctx bounds start-up only; the node
// runs until Close.
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("devchain: start: %w", err)
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	logger := newGethLogger(cfg.Logger)

	stack, err := node.New(nodeConfig(cfg, logger))
	if errors.Is(err, node.ErrDatadirUsed) {
		return nil, fmt.Errorf("devchain: data dir %s is in use by another running node: stop it or pick another data dir: %w", cfg.DataDir, err)
	}
	if err != nil {
		return nil, fmt.Errorf("devchain: open node: %w", err)
	}
	// Fail on a taken port before the chain is opened: once eth.New has
	// run, a listen error inside node.Start closes the database under the
	// chain's running goroutines. (After node.New, so that a second
	// instance on the same data dir and port hears about the data dir.)
	if cfg.HTTPPort != 0 {
		if err := checkPortFree(cfg.HTTPHost, cfg.HTTPPort); err != nil {
			stack.Close()
			return nil, err
		}
	}
	// Only now, so that a refused Start does not silence a running node.
	log.SetDefault(logger)
	c, err := startNode(stack, cfg, logger)
	if err != nil {
		stack.Close()
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("devchain: start: %w", err)
	}
	return c, nil
}

func (cfg Config) withDefaults() (Config, error) {
	if cfg.DataDir == "" {
		return cfg, errors.New("devchain: Config.DataDir is required")
	}
	dir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return cfg, fmt.Errorf("devchain: data dir: %w", err)
	}
	cfg.DataDir = dir
	if cfg.HTTPHost == "" {
		cfg.HTTPHost = DefaultHTTPHost
	}
	if cfg.HTTPPort < 0 || cfg.HTTPPort > 65535 {
		return cfg, fmt.Errorf("devchain: JSON-RPC port %d is out of range", cfg.HTTPPort)
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	return cfg, nil
}

func nodeConfig(cfg Config, logger gethLogger) *node.Config {
	conf := node.DefaultConfig
	conf.Name = instanceName
	conf.DataDir = cfg.DataDir
	conf.Logger = logger
	conf.IPCPath = "" // unix socket paths are length-limited; HTTP and WS suffice
	conf.HTTPHost = cfg.HTTPHost
	conf.HTTPPort = cfg.HTTPPort
	conf.HTTPModules = []string{"eth", "net", "web3"}
	// Any web page may call it: the verdict page's "check it yourself" reads the chain from
	// the browser. It holds no keys and listens on loopback by default.
	conf.HTTPCors = []string{"*"}
	// WebSocket shares the HTTP listener (same host and port), so external
	// clients can subscribe to heads and logs at the same address.
	conf.WSHost = cfg.HTTPHost
	conf.WSPort = cfg.HTTPPort
	conf.WSModules = []string{"eth", "net", "web3"}
	conf.DBEngine = rawdb.DBLeveldb // see the package doc: survives SIGKILL
	// A dev node has no peers: no listening, dialing, discovery or NAT.
	conf.P2P = p2p.Config{
		MaxPeers:    0,
		ListenAddr:  "",
		NoDial:      true,
		NoDiscovery: true,
	}
	return &conf
}

func ethConfig(cfg Config, genesis *core.Genesis) *ethconfig.Config {
	conf := ethconfig.Defaults
	conf.Genesis = genesis // nil: the chain already on disk
	conf.NetworkId = cfg.ChainID
	conf.SyncMode = ethconfig.FullSync
	conf.StateScheme = rawdb.HashScheme // see the package doc: survives SIGKILL
	conf.NoPruning = true               // archive: every block's state is written through
	// A dev chain is small: geth's mainnet cache sizes would reserve
	// gigabytes and slow start-up.
	conf.DatabaseCache = 64
	conf.DatabaseHandles = 64
	conf.TrieCleanCache = 32
	conf.TrieDirtyCache = 0
	conf.SnapshotCache = 16
	conf.Miner.GasCeil = cfg.GasLimit
	// As geth --dev: the suggested tip defaults to 1 wei. Start lowers the
	// pool's and miner's floors to zero afterwards; eth.New would raise a
	// zero here back to its mainnet default.
	conf.Miner.GasPrice = big.NewInt(1)
	return &conf
}

func startNode(stack *node.Node, cfg Config, logger gethLogger) (*Chain, error) {
	genesis, err := devGenesis(stack, cfg, logger)
	if err != nil {
		return nil, err
	}
	backend, err := eth.New(stack, ethConfig(cfg, genesis))
	if err != nil {
		return nil, fmt.Errorf("devchain: open chain in %s: %w", cfg.DataDir, err)
	}
	// Mine transactions that pay no tip, as tools that assume a free dev
	// chain send them. Without this the pool refuses them as underpriced.
	// (The pool and the miner must agree: the block producer spins while
	// the pool holds a transaction the miner will not take.)
	backend.TxPool().SetGasTip(new(big.Int))
	if err := backend.Miner().SetGasTip(new(big.Int)); err != nil {
		return nil, fmt.Errorf("devchain: set miner tip: %w", err)
	}

	// eth_subscribe, eth_newFilter and eth_getLogs live in the filter API,
	// which eth.New does not register (cmd/geth and the simulated backend
	// add it the same way).
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{
		Namespace: "eth",
		Service:   filters.NewFilterAPI(filterSystem),
	}})

	// Period 0: RegisterSimulatedBeaconAPIs starts a loop that seals a block
	// as soon as the pool holds an executable transaction.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, fmt.Errorf("devchain: start block producer: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)

	if err := stack.Start(); err != nil {
		// node.Start never started the beacon, so it did not stop it; stop
		// its sealing loop here.
		beacon.Stop()
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, portInUse(cfg.HTTPHost, cfg.HTTPPort, err)
		}
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	rpcClient := stack.Attach()
	return &Chain{
		stack:   stack,
		rpc:     rpcClient,
		client:  ethclient.NewClient(rpcClient),
		chainID: cfg.ChainID,
		filters: filterSystem,
		chain:   backend.BlockChain(),
		api:     backend.APIBackend,
	}, nil
}

// devGenesis returns the genesis for a new chain, or nil when DataDir
// already holds one: the stored genesis and chain config then win, and
// cfg.Alloc is ignored (a different genesis would be refused by geth as
// incompatible). It refuses a stored chain that cfg cannot run.
func devGenesis(stack *node.Node, cfg Config, logger gethLogger) (*core.Genesis, error) {
	dir := stack.ResolvePath("chaindata")
	switch engine := rawdb.PreexistingDatabase(dir); engine {
	case "":
		return newChain(stack, cfg)
	case rawdb.DBLeveldb:
	default:
		return nil, fmt.Errorf("devchain: %s holds a %s database, but the dev chain needs leveldb to survive a crash: move the data dir away to start a new chain", dir, engine)
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true, Cache: 16, Handles: 16})
	if err != nil {
		return nil, fmt.Errorf("devchain: read chain in %s: %w", cfg.DataDir, err)
	}
	hash := rawdb.ReadCanonicalHash(db, 0)
	stored := rawdb.ReadChainConfig(db, hash)
	db.Close()
	if hash == (common.Hash{}) {
		return newChain(stack, cfg) // created, then killed before genesis was written
	}
	if stored == nil {
		return nil, fmt.Errorf("devchain: chain in %s has no chain config for genesis %s", cfg.DataDir, hash)
	}
	if stored.ChainID == nil || !stored.ChainID.IsUint64() || stored.ChainID.Uint64() != cfg.ChainID {
		return nil, fmt.Errorf("devchain: data dir %s holds a chain with chain id %v, not %d: use chain id %v or another data dir", cfg.DataDir, stored.ChainID, cfg.ChainID, stored.ChainID)
	}
	// The simulated beacon can only drive a chain that is proof-of-stake
	// from genesis (it panics otherwise).
	if stored.TerminalTotalDifficulty == nil || stored.TerminalTotalDifficulty.Sign() != 0 || stored.ShanghaiTime == nil {
		return nil, fmt.Errorf("devchain: data dir %s holds a chain that is not a proof-of-stake dev chain", cfg.DataDir)
	}
	if stored.AmsterdamTime != nil || stored.BogotaTime != nil {
		logger.Warn("Dev chain was created with post-Osaka forks: gas figures are inflated; move the data dir away to start an Osaka chain", "datadir", cfg.DataDir)
	}
	return nil, nil
}

// newChain prepares an empty database for a new chain and returns its
// genesis, which eth.New writes.
//
// It marks the transaction index as complete from block 0. Otherwise geth
// counts the index as in progress until the first block has been mined and
// indexed, and eth_getTransactionReceipt answers "transaction indexing is in
// progress" (an error, not null) for the first transactions sent, which
// breaks clients that wait for a receipt.
func newChain(stack *node.Node, cfg Config) (*core.Genesis, error) {
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16})
	if err != nil {
		return nil, fmt.Errorf("devchain: create chain in %s: %w", cfg.DataDir, err)
	}
	rawdb.WriteTxIndexTail(db, 0)
	if err := db.Close(); err != nil {
		return nil, fmt.Errorf("devchain: create chain in %s: %w", cfg.DataDir, err)
	}
	genesis := core.DeveloperGenesisBlock(cfg.GasLimit, nil)
	genesis.Config = ChainConfig(cfg.ChainID)
	// A zero base fee, where blocks under half full keep it. geth's 1 gwei
	// decays to 7 wei and stops there, and a pooled transaction whose fee
	// cap is below the base fee (a legacy gas price of 0, say) makes the
	// period-0 block producer seal empty blocks in a tight loop, hundreds a
	// second, for as long as it sits in the pool. With no base fee every
	// transaction the pool admits can be mined.
	genesis.BaseFee = new(big.Int)
	maps.Copy(genesis.Alloc, cfg.Alloc)
	return genesis, nil
}

// checkPortFree reports a clear error when host:port cannot be listened on.
func checkPortFree(host string, port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if errors.Is(err, syscall.EADDRINUSE) {
		return portInUse(host, port, err)
	}
	if err != nil {
		return fmt.Errorf("devchain: JSON-RPC listen on %s: %w", net.JoinHostPort(host, strconv.Itoa(port)), err)
	}
	return l.Close()
}

func portInUse(host string, port int, err error) error {
	return fmt.Errorf("devchain: JSON-RPC port %s is in use: pass --rpc-port or stop the other node: %w", net.JoinHostPort(host, strconv.Itoa(port)), err)
}

// Client returns a client connected in-process (no network), which supports
// subscriptions. It is closed by Close.
func (c *Chain) Client() *ethclient.Client { return c.client }

// RPC returns the in-process JSON-RPC client under Client, for calls
// ethclient does not wrap. It is closed by Close.
func (c *Chain) RPC() *rpc.Client { return c.rpc }

// HTTPEndpoint returns the JSON-RPC URL with the port actually listened on,
// e.g. http://127.0.0.1:8545.
func (c *Chain) HTTPEndpoint() string { return c.stack.HTTPEndpoint() }

// WSEndpoint returns the JSON-RPC WebSocket URL, e.g. ws://127.0.0.1:8545.
func (c *Chain) WSEndpoint() string { return c.stack.WSEndpoint() }

// ChainID returns the chain id (a new value on every call).
func (c *Chain) ChainID() *big.Int { return new(big.Int).SetUint64(c.chainID) }

// Close stops the node cleanly, closing the clients, the listener and the
// database and releasing the data dir. Later calls return the first
// call's result.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		c.client.Close()
		if err := c.stack.Close(); err != nil {
			c.closeErr = fmt.Errorf("devchain: close node: %w", err)
		}
	})
	return c.closeErr
}
