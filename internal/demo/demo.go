// Package demo sets up the demo environment of `pedigree dev`: four organisations (a
// regulator, a manufacturer, a distributor and a dispenser) with keys in an encrypted keystore,
// pedigree's contract deployed once, and the organisations registered on it. A second start
// finds everything where the first left it.
//
// It also holds the demo story (Story): a batch registered, split, handed on to distributors
// and pharmacies, packs dispensed, a batch recalled. The demo batch, the tests' world and the
// benchmarks all tell it, each at its own size.
package demo

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Org is a demo organisation.
type Org struct {
	Key  string // its name in files and flags: "regulator", "manufacturer", ...
	Name string
	Role pedigree.Role
	GLN  uint64
}

// Orgs are the demo organisations. The regulator comes first: it deploys the contract.
var Orgs = []Org{
	{Key: "regulator", Name: "Demo Medicines Agency", Role: pedigree.RoleRegulator, GLN: 4012345000009},
	{Key: "manufacturer", Name: "Demo Pharma Manufacturing", Role: pedigree.RoleManufacturer, GLN: 4012345000016},
	{Key: "distributor", Name: "Demo Wholesale Distribution", Role: pedigree.RoleDistributor, GLN: 4012345000030},
	{Key: "dispenser", Name: "Demo Community Pharmacy", Role: pedigree.RoleDispenser, GLN: 4012345000054},
}

// Prefix is the GS1 company prefix Setup assigns to the demo manufacturer: the GTINs 0 9506000
// ..... c (the demo batch's 09506000134352 among them) are its own.
const Prefix = "9506000"

// State is what the demo environment remembers between starts, in DIR/dev.json.
type State struct {
	ChainID     uint64                    `json:"chain_id,omitempty"`
	Contract    common.Address            `json:"contract"`
	DeployBlock uint64                    `json:"deploy_block"`
	Accounts    map[string]common.Address `json:"accounts"`
	RPC         string                    `json:"rpc,omitempty"` // the JSON-RPC endpoint of the last start
}

// Env is an opened demo environment directory.
type Env struct {
	Dir        string
	State      State
	keys       *keystore.KeyStore
	passphrase string
}

// PassphraseEnv names the environment variable holding the keystore passphrase, and
// PassphraseFileEnv one naming a file that holds it. Without either, the environment keeps a
// random passphrase in DIR/passphrase, readable only by its owner.
const (
	PassphraseEnv     = "PEDIGREE_KEY_PASSPHRASE"
	PassphraseFileEnv = "PEDIGREE_KEY_PASSPHRASE_FILE"
)

// Open opens the environment in dir, creating it and a key for every organisation that lacks
// one. Keys are encrypted with go-ethereum's light scrypt parameters: these are demo keys on a
// local chain, and a start should take milliseconds, not seconds.
func Open(dir string, getenv func(string) string) (*Env, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	pass, err := passphrase(dir, getenv)
	if err != nil {
		return nil, err
	}
	e := &Env{
		Dir:        dir,
		keys:       keystore.NewKeyStore(filepath.Join(dir, "keys"), keystore.LightScryptN, keystore.LightScryptP),
		passphrase: pass,
	}
	if err := e.load(); err != nil {
		return nil, err
	}
	changed := false
	for _, o := range Orgs {
		addr, ok := e.State.Accounts[o.Key]
		if ok && e.keys.HasAddress(addr) {
			continue
		}
		if ok {
			return nil, fmt.Errorf("%s: the key of %s (%s) is missing from %s: restore it, or delete %s to start a new demo environment",
				e.statePath(), o.Key, addr, filepath.Join(dir, "keys"), dir)
		}
		acct, err := e.keys.NewAccount(pass)
		if err != nil {
			return nil, fmt.Errorf("create key for %s: %w", o.Key, err)
		}
		e.State.Accounts[o.Key] = acct.Address
		changed = true
	}
	if changed {
		if err := e.Save(); err != nil {
			return nil, err
		}
	}
	return e, nil
}

func passphrase(dir string, getenv func(string) string) (string, error) {
	if p := getenv(PassphraseEnv); p != "" {
		return p, nil
	}
	if f := getenv(PassphraseFileEnv); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("read keystore passphrase (%s): %w", PassphraseFileEnv, err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	path := filepath.Join(dir, "passphrase")
	b, err := os.ReadFile(path)
	if err == nil {
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("read keystore passphrase: %w", err)
	}
	var raw [24]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", err
	}
	p := hex.EncodeToString(raw[:])
	if err := os.WriteFile(path, []byte(p+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("write keystore passphrase: %w", err)
	}
	return p, nil
}

func (e *Env) statePath() string { return filepath.Join(e.Dir, "dev.json") }

func (e *Env) load() error {
	e.State = State{Accounts: map[string]common.Address{}}
	b, err := os.ReadFile(e.statePath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read demo state: %w", err)
	}
	if err := json.Unmarshal(b, &e.State); err != nil {
		return fmt.Errorf("%s is not valid demo state (%v): delete %s to start a new demo environment", e.statePath(), err, e.Dir)
	}
	if e.State.Accounts == nil {
		e.State.Accounts = map[string]common.Address{}
	}
	return nil
}

// Save writes the state atomically: a crash leaves the old file or the new one, never half.
func (e *Env) Save() error {
	b, err := json.MarshalIndent(e.State, "", "  ")
	if err != nil {
		return err
	}
	tmp := e.statePath() + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write demo state: %w", err)
	}
	if err := os.Rename(tmp, e.statePath()); err != nil {
		return fmt.Errorf("write demo state: %w", err)
	}
	return nil
}

// Passphrase returns the passphrase of the environment's keys, which also seals the key that
// signs the service's answers.
func (e *Env) Passphrase() string { return e.passphrase }

// Alloc funds every organisation's account in a new chain's genesis.
func (e *Env) Alloc() types.GenesisAlloc {
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, addr := range e.State.Accounts {
		alloc[addr] = types.Account{Balance: funds}
	}
	return alloc
}

// Senders unlocks every organisation's key and returns a Sender for each, by Org.Key.
func (e *Env) Senders(ctx context.Context, backend chain.Backend) (map[string]*chain.Sender, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	out := map[string]*chain.Sender{}
	for _, o := range Orgs {
		addr := e.State.Accounts[o.Key]
		sign, err := chain.KeystoreSigner(e.keys, addr, e.passphrase, chainID)
		if err != nil {
			return nil, fmt.Errorf("%s: %w (is %s right for the keys in %s?)", o.Key, err, PassphraseEnv, filepath.Join(e.Dir, "keys"))
		}
		out[o.Key] = chain.NewSender(backend, addr, sign)
	}
	return out, nil
}

// Setup deploys pedigree's contract unless this environment already did, registers every
// organisation on it, and assigns the manufacturer its GS1 company prefix (Prefix). It is safe
// to run on every start and after a crash at any point: it finds a contract deployed before the
// state file was written at the deployer's first contract address, and registers and assigns
// only what is not yet so.
func (e *Env) Setup(ctx context.Context, backend chain.Backend, senders map[string]*chain.Sender, log *slog.Logger) (*chain.Contract, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	if e.State.ChainID != 0 && e.State.ChainID != chainID.Uint64() {
		return nil, fmt.Errorf("%s belongs to chain %d, but the node runs chain %d: delete %s to start a new demo environment",
			e.statePath(), e.State.ChainID, chainID, e.Dir)
	}
	e.State.ChainID = chainID.Uint64()
	for _, o := range Orgs {
		bal, err := backend.BalanceAt(ctx, e.State.Accounts[o.Key], nil)
		if err != nil {
			return nil, fmt.Errorf("read balance of %s: %w", o.Key, err)
		}
		if bal.Sign() == 0 {
			return nil, fmt.Errorf("the %s account %s has no ether on this chain: it was created with other keys; delete %s to start a new demo environment",
				o.Key, e.State.Accounts[o.Key], e.Dir)
		}
	}

	regulator := senders["regulator"]
	addr, deployed, err := e.findContract(ctx, backend, regulator.From())
	if err != nil {
		return nil, err
	}
	if !deployed {
		var receipt *types.Receipt
		addr, receipt, err = chain.Deploy(ctx, regulator, Orgs[0].GLN)
		if err != nil {
			return nil, err
		}
		e.State.DeployBlock = receipt.BlockNumber.Uint64()
		log.Info("deployed pedigree's contract", "address", addr, "block", e.State.DeployBlock, "gas", receipt.GasUsed)
	}
	e.State.Contract = addr
	if err := e.Save(); err != nil {
		return nil, err
	}

	c := chain.NewContract(backend, addr)
	for _, o := range Orgs[1:] {
		account := e.State.Accounts[o.Key]
		p, err := c.Participant(ctx, account)
		if err != nil {
			return nil, fmt.Errorf("read registration of %s: %w", o.Key, err)
		}
		if pedigree.Role(p.Role) != pedigree.RoleNone {
			continue
		}
		if _, err := c.RegisterParticipant(ctx, regulator, account, o.Role, o.GLN); err != nil {
			return nil, fmt.Errorf("register %s: %w", o.Key, err)
		}
		log.Info("registered demo participant", "org", o.Key, "account", account, "gln", o.GLN)
	}
	manufacturer := e.State.Accounts["manufacturer"]
	owner, err := c.PrefixOwner(ctx, Prefix)
	if err != nil {
		return nil, fmt.Errorf("read the owner of GS1 company prefix %s: %w", Prefix, err)
	}
	if owner != manufacturer {
		if _, err := c.AssignPrefix(ctx, regulator, Prefix, manufacturer); err != nil {
			return nil, fmt.Errorf("assign GS1 company prefix %s to the manufacturer: %w", Prefix, err)
		}
		log.Info("assigned the demo GS1 company prefix", "prefix", Prefix, "manufacturer", manufacturer)
	}
	return c, nil
}

// findContract returns the environment's contract if it is deployed and runs this build's code.
func (e *Env) findContract(ctx context.Context, backend chain.Backend, deployer common.Address) (common.Address, bool, error) {
	candidate := e.State.Contract
	if candidate == (common.Address{}) {
		// A crash between deployment and Save leaves the contract here, unrecorded.
		candidate = crypto.CreateAddress(deployer, 0)
	}
	code, err := backend.CodeAt(ctx, candidate, nil)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("read code at %s: %w", candidate, err)
	}
	if len(code) == 0 {
		return common.Address{}, false, nil
	}
	// Running the creation code in a call returns the runtime code it would deploy.
	want, err := backend.CallContract(ctx, ethereum.CallMsg{From: deployer, Data: chain.PedigreeCreationCode(Orgs[0].GLN)}, nil)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("compute this build's contract code: %w", err)
	}
	if string(want) != string(code) {
		return common.Address{}, false, fmt.Errorf("the contract at %s was deployed by another version of pedigree: delete %s to start a new demo environment", candidate, e.Dir)
	}
	if e.State.DeployBlock == 0 {
		block, err := chain.DeployBlock(ctx, backend, candidate)
		if err != nil {
			return common.Address{}, false, err
		}
		e.State.DeployBlock = block
	}
	return candidate, true, nil
}
