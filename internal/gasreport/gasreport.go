// Package gasreport measures what pedigree's contract costs in gas, operation by operation, next to
// ReferenceBatch (contracts/gas/ReferenceBatch.sol), the plainest contract that does the same job:
// an OpenZeppelin ERC-721 with one token per batch holding a serials root, plain transferFrom, and
// one bit per pack set with a Merkle proof.
//
// Run deploys both contracts on one simulated chain under Osaka rules (devchain.SimulatedOsaka; the
// developer config's later forks meter state growth and would inflate every figure), performs each
// operation on both, with the same accounts in the same storage state, and reads receipt.gasUsed.
// Gas is deterministic: keys, lots, serials and the expiry day are fixed, so the calldata, and with
// it every figure, is the same on every run.
package gasreport

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
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
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The operations of a Report. The keys are part of the JSON output that `make gas` writes: do not
// rename them.
const (
	// Register1k is registerBatch of a 1,000-serial batch against the reference's mint of the same
	// (gtin, lot, root), by a manufacturer already holding a token in both contracts.
	Register1k = "register_1k"
	// Register100k is Register1k with 100,000 serials.
	Register100k = "register_100k"
	// Register10 is Register1k with 10 serials: with Register1k and Register100k, it shows that
	// registration costs the same whatever the batch's size.
	Register10 = "register_10"
	// Split is pedigree's split of a 100,000-pack batch token at a case boundary; the reference
	// has no split (0).
	Split = "split"
	// Handoff is pedigree's ship plus accept against the reference's transferFrom, to a receiver
	// already holding a token in both contracts.
	Handoff = "handoff"
	// Decommission1 is one pack set to Supplied with a single proof, in a storage word that already
	// holds an earlier decommissioned pack in both contracts: a pharmacy dispensing a case.
	Decommission1 = "decommission_1"
	// Decommission1FreshWord is Decommission1 for the first pack in an untouched storage word.
	Decommission1FreshWord = "decommission_1_fresh_word"
	// Decommission16PerPack is 16 consecutive packs of one case in one call, divided by 16:
	// pedigree with one multiproof, the reference with 16 proofs.
	Decommission16PerPack = "decommission_16_per_pack"
	// Recall is a recall by the manufacturer; the reference has none (0).
	Recall = "recall"

	// Register1kFirstToken is Register1k for a manufacturer holding no token yet.
	Register1kFirstToken = "register_1k_first_token"
	// Ship and Accept are the two halves of Handoff; the reference has no such steps (0).
	Ship   = "ship"
	Accept = "accept"
	// HandoffNewReceiver is Handoff to a receiver holding no token yet in either contract.
	HandoffNewReceiver = "handoff_new_receiver"
	// HandoffSplitToken is Handoff of a split token (pedigree only).
	HandoffSplitToken = "handoff_split_token"
	// Decommission16Total is the whole 16-pack call of Decommission16PerPack.
	Decommission16Total = "decommission_16_total"
	// Decommission1SplitToken is Decommission1 on a split token (pedigree only).
	Decommission1SplitToken = "decommission_1_split_token"

	// AssignPrefix is a regulator's first assignment of a 7-digit GS1 company prefix, under a
	// 6-digit stem nothing was assigned under yet (pedigree only).
	AssignPrefix = "assign_prefix"
	// MovePrefix is the assignment of that prefix to another manufacturer (pedigree only).
	MovePrefix = "move_prefix"
	// AssignGTIN is the first assignment of a single GTIN, under a stem that has a prefix
	// already (pedigree only).
	AssignGTIN = "assign_gtin"
	// VerifyAbsent100k is the view verifyAbsent, proving a serial absent from the 100,000-pack
	// batch, sent as a transaction to measure it (a client calls it for free with eth_call).
	VerifyAbsent100k = "verify_absent_100k"
	// VerifySerial100k is the view verifySerial of a pack of the 100,000-pack batch, measured the
	// same way, beside the reference's verify.
	VerifySerial100k = "verify_serial_100k"
)

// Operations lists every operation of a Report in the order the table prints them.
var Operations = []string{
	AssignPrefix, MovePrefix, AssignGTIN,
	Register1kFirstToken, Register1k, Register100k, Register10,
	Split,
	HandoffNewReceiver, Handoff, Ship, Accept, HandoffSplitToken,
	Decommission1FreshWord, Decommission1, Decommission1SplitToken,
	Decommission16Total, Decommission16PerPack,
	Recall,
	VerifySerial100k, VerifyAbsent100k,
}

// Required lists the operations a Report must have, with a non-zero pedigree figure.
var Required = []string{
	Register1k, Register100k, Register10, Split, Handoff, Decommission1, Decommission1FreshWord, Decommission16PerPack, Recall,
	AssignPrefix, MovePrefix, AssignGTIN, VerifyAbsent100k,
}

// Report maps an operation to its gas on both contracts. As JSON it is
// {"OPERATION": {"pedigree": N, "reference": M}}, keys sorted.
type Report map[string]Figures

// Figures is the gas (receipt.gasUsed, summed over an operation's transactions) of one operation.
// Reference is 0 where the reference contract has no such operation.
type Figures struct {
	Pedigree  uint64 `json:"pedigree"`
	Reference uint64 `json:"reference"`
}

// Rules is the header line naming the fork rules the figures were measured under.
const Rules = "rules: Osaka (Amsterdam and Bogota off)"

// Fixed inputs, so that calldata and therefore gas are identical on every run.
const (
	gtin uint64 = 9506000134352 // GTIN-14 with a valid check digit
	// prefix is the manufacturer's GS1 company prefix, which gtin is under.
	prefix = "9506000"
	// singleGTIN is a GTIN under prefix that is assigned on its own to the second manufacturer.
	singleGTIN uint64 = 9506000999999

	// Lots of the same length, so every registration carries the same number of calldata bytes.
	lotFirst  = "GR-LOT-A"
	lot1k     = "GR-LOT-B"
	lot100k   = "GR-LOT-C"
	lotKeeper = "GR-LOT-D" // a batch the manufacturer keeps, so its balance never drops to zero
	lot10     = "GR-LOT-E"

	// splitAt is where the 100,000-pack batch is split: a case boundary for cases of 16.
	splitAt = 50_000
	// caseSize is the number of packs in a case.
	caseSize = 16

	// Pack indexes. Each lands in a storage word of its own in both contracts (pedigree keeps four
	// packs per word, index>>2; the reference 256, index>>8), so "fresh" means fresh in both.
	packFresh  = 1000            // pedigree word 250, reference word 3, both untouched
	packSteady = packFresh + 1   // same words, each now holding packFresh
	caseStart  = 1000 * caseSize // 16000..16015: pedigree words 4000..4003, reference word 62
	packSplit  = 60_000          // in the split token [50000, 100000): pedigree word 15000

	recallReason = 1
)

// Accounts of the run, keys derived from fixed strings so that every address (and so every calldata
// byte carrying one) is the same on each run. The GLNs have valid check digits.
var (
	regulatorAcct    = account{name: "regulator", gln: 4012345000009}
	manufacturerAcct = account{name: "manufacturer", gln: 4012345000016, role: pedigree.RoleManufacturer}
	// manufacturer2Acct is who a prefix moves to, and a single GTIN is assigned to.
	manufacturer2Acct = account{name: "manufacturer2", gln: 4012345000023, role: pedigree.RoleManufacturer}
	distributorAcct   = account{name: "distributor", gln: 4012345000030, role: pedigree.RoleDistributor}
	dispenserAcct     = account{name: "dispenser", gln: 4012345000054, role: pedigree.RoleDispenser}
)

type account struct {
	name string
	gln  uint64
	role pedigree.Role
}

func (a account) key() (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(crypto.Keccak256([]byte("pedigree gas report account " + a.name)))
}

// Run measures every operation of Operations on both contracts and writes the report (header,
// table with targets, breakdown and notes) to w.
func Run(ctx context.Context, w io.Writer) (Report, error) {
	trees, err := buildTrees()
	if err != nil {
		return nil, err
	}
	b, err := newBench(ctx)
	if err != nil {
		return nil, err
	}
	defer b.backend.Close()
	if err := b.run(trees); err != nil {
		return nil, err
	}
	if err := b.write(w); err != nil {
		return nil, fmt.Errorf("write report: %w", err)
	}
	return b.report, nil
}

// batch is a batch's serials and tree.
type batch struct {
	lot     string
	serials []string
	tree    *merkle.Tree
	id      *big.Int
}

type batches struct{ first, b1k, b100k, keeper, b10 batch }

func buildTrees() (batches, error) {
	mk := func(lot string, n int) (batch, error) {
		ss := make([]string, n)
		for i := range ss {
			ss[i] = fmt.Sprintf("%s-%08d", lot, i)
		}
		tree, err := merkle.New(ss)
		if err != nil {
			return batch{}, fmt.Errorf("build tree of %s: %w", lot, err)
		}
		return batch{lot: lot, serials: ss, tree: tree, id: chain.BatchID(gtin, lot)}, nil
	}
	var bs batches
	var err error
	if bs.first, err = mk(lotFirst, 1_000); err != nil {
		return bs, err
	}
	if bs.b1k, err = mk(lot1k, 1_000); err != nil {
		return bs, err
	}
	if bs.b100k, err = mk(lot100k, 100_000); err != nil {
		return bs, err
	}
	if bs.keeper, err = mk(lotKeeper, 1_000); err != nil {
		return bs, err
	}
	if bs.b10, err = mk(lot10, 10); err != nil {
		return bs, err
	}
	return bs, nil
}

// bench is the chain with both contracts deployed and the participants registered.
type bench struct {
	ctx     context.Context
	backend *simulated.Backend
	client  devchain.AutoMine
	config  *params.ChainConfig

	ped     *chain.Contract
	ref     *ReferenceBatch
	refAddr common.Address

	regulator, manufacturer, manufacturer2, distributor, dispenser *chain.Sender

	report Report
	parts  map[string][2]parts // per operation: pedigree, reference
	expiry uint16              // expiry day of every batch

	// Proof sizes, for the notes.
	packProofHashes, caseProofHashes, caseFlags, absentProofHashes int
}

func newBench(ctx context.Context) (*bench, error) {
	accts := []account{regulatorAcct, manufacturerAcct, distributorAcct, dispenserAcct, manufacturer2Acct}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, len(accts))
	for i, a := range accts {
		k, err := a.key()
		if err != nil {
			return nil, fmt.Errorf("derive key of %s: %w", a.name, err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}

	// Capture the chain config the backend is built with, after SimulatedOsaka has replaced the
	// developer config, to check (not assume) that the figures are Osaka figures.
	var config *params.ChainConfig
	capture := func(_ *node.Config, ethConf *ethconfig.Config) {
		if ethConf.Genesis != nil {
			config = ethConf.Genesis.Config
		}
	}
	backend := simulated.NewBackend(alloc, devchain.SimulatedOsaka(), capture)
	b := &bench{
		ctx:     ctx,
		backend: backend,
		client:  devchain.AutoMine{Client: backend.Client(), Backend: backend},
		config:  config,
		report:  Report{},
		parts:   map[string][2]parts{},
	}
	if err := b.checkRules(); err != nil {
		backend.Close()
		return nil, err
	}
	if err := b.setup(keys); err != nil {
		backend.Close()
		return nil, err
	}
	return b, nil
}

// checkRules fails unless the chain runs Osaka and neither Amsterdam nor Bogota is scheduled.
func (b *bench) checkRules() error {
	if b.config == nil {
		return fmt.Errorf("chain config: the simulated backend was built without a genesis config")
	}
	if b.config.AmsterdamTime != nil || b.config.BogotaTime != nil {
		return fmt.Errorf("chain config: Amsterdam (%v) or Bogota (%v) is scheduled; gas figures need Osaka rules",
			b.config.AmsterdamTime, b.config.BogotaTime)
	}
	head, err := b.client.HeaderByNumber(b.ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if !b.config.IsOsaka(head.Number, head.Time) {
		return fmt.Errorf("chain config: Osaka is not active at the head (time %d)", head.Time)
	}
	return nil
}

func (b *bench) setup(keys []*ecdsa.PrivateKey) error {
	chainID, err := b.client.ChainID(b.ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	refABI, err := ReferenceBatchMetaData.ParseABI()
	if err != nil {
		return fmt.Errorf("parse reference ABI: %w", err)
	}
	senders := make([]*chain.Sender, len(keys))
	for i, k := range keys {
		addr, sign := chain.KeySigner(k, chainID)
		senders[i] = chain.NewSender(b.client, addr, sign, chain.PedigreeABI(), refABI)
	}
	b.regulator, b.manufacturer, b.distributor, b.dispenser, b.manufacturer2 = senders[0], senders[1], senders[2], senders[3], senders[4]

	pedAddr, _, err := chain.Deploy(b.ctx, b.regulator, regulatorAcct.gln)
	if err != nil {
		return fmt.Errorf("deploy pedigree: %w", err)
	}
	b.ped = chain.NewContract(b.client, pedAddr)
	receipt, err := b.regulator.Transact(b.ctx, nil, common.FromHex(ReferenceBatchMetaData.Bin))
	if err != nil {
		return fmt.Errorf("deploy reference: %w", err)
	}
	b.refAddr, b.ref = receipt.ContractAddress, NewReferenceBatch()

	for _, p := range []struct {
		a account
		s *chain.Sender
	}{{manufacturerAcct, b.manufacturer}, {distributorAcct, b.distributor}, {dispenserAcct, b.dispenser}, {manufacturer2Acct, b.manufacturer2}} {
		if _, err := b.ped.RegisterParticipant(b.ctx, b.regulator, p.s.From(), p.a.role, p.a.gln); err != nil {
			return fmt.Errorf("register %s: %w", p.a.name, err)
		}
	}

	// The expiry day goes into registerBatch's calldata: a year ahead, moved past any day number
	// with a zero byte, so that its calldata cost does not depend on the day the report runs.
	head, err := b.client.HeaderByNumber(b.ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	b.expiry = uint16(head.Time/86400) + 365
	for b.expiry&0xff == 0 || b.expiry>>8 == 0 {
		b.expiry++
	}
	return nil
}
