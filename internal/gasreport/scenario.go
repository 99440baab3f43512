package gasreport

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// tx sends one transaction and returns its receipt.
type tx func() (*types.Receipt, error)

// step is one operation on both contracts, or (op "") a state both contracts are brought to.
type step struct {
	op        string
	pedigree  []tx
	reference []tx
}

// run performs the operations in an order that puts both contracts in the same state before each
// measurement. Steps that only prepare a state are performed on both contracts too, unless the
// reference has nothing to prepare.
func (b *bench) run(bs batches) error {
	first, b1k, b100k := bs.first, bs.b1k, bs.b100k
	split := chain.SplitTokenID(b100k.id, splitAt)
	steps := []step{
		// The regulator assigns the manufacturer its GS1 company prefix: the manufacturer may
		// register batches of gtin from then on. The reference has no GTIN ownership.
		{AssignPrefix, []tx{b.assignPrefix(b.manufacturer)}, nil},

		// Registrations: the manufacturer's first token (balance 0 -> 1), then three more
		// (1 -> 2, 2 -> 3, 3 -> 4): the same non-zero -> non-zero balance write in both contracts.
		{Register1kFirstToken, b.register(first), b.mint(first)},
		{Register1k, b.register(b1k), b.mint(b1k)},
		{Register100k, b.register(b100k), b.mint(b100k)},
		{Register10, b.register(bs.b10), b.mint(bs.b10)},
		// A batch the manufacturer keeps to the end: no hand-off below empties its balance, which
		// would earn a refund the other rows do not get.
		{"", b.register(bs.keeper), b.mint(bs.keeper)},

		{Split, []tx{func() (*types.Receipt, error) { return b.ped.Split(b.ctx, b.manufacturer, b100k.id, splitAt) }}, nil},

		// Hand-offs from the manufacturer, whose balance stays non-zero: first to a distributor
		// holding nothing, then to the same distributor, now holding one.
		{HandoffNewReceiver, b.shipAccept(first.id, b.manufacturer, b.distributor), b.transfer(first.id, b.manufacturer, b.distributor)},
		{Handoff, b.shipAccept(b1k.id, b.manufacturer, b.distributor), b.transfer(b1k.id, b.manufacturer, b.distributor)},

		// The 100,000-pack batch token goes to a dispenser holding nothing yet, then the split
		// token to the same dispenser.
		{"", b.shipAccept(b100k.id, b.manufacturer, b.dispenser), b.transfer(b100k.id, b.manufacturer, b.dispenser)},
		{HandoffSplitToken, b.shipAccept(split, b.manufacturer, b.dispenser), nil},

		// The dispenser supplies packs: first into untouched words, then next to a supplied pack.
		{Decommission1FreshWord, b.setPack(b100k, b100k.id, packFresh), b.decommission(b100k, packFresh)},
		{Decommission1, b.setPack(b100k, b100k.id, packSteady), b.decommission(b100k, packSteady)},
		{Decommission16Total, b.setCase(b100k, caseStart), b.decommissionCase(b100k, caseStart)},
		{"", b.setPack(b100k, split, packSplit), nil},
		{Decommission1SplitToken, b.setPack(b100k, split, packSplit+1), nil},

		{Recall, []tx{func() (*types.Receipt, error) { return b.ped.Recall(b.ctx, b.manufacturer, b100k.id, recallReason) }}, nil},

		// Views, sent as transactions to measure them: a pack's membership, and a serial's absence.
		{VerifySerial100k, []tx{b.verifySerial(b100k, packFresh)}, nil},
		{VerifyAbsent100k, []tx{b.verifyAbsent(b100k)}, nil},

		// The prefix moves to the second manufacturer, who is then assigned a single GTIN under
		// the same stem.
		{MovePrefix, []tx{b.assignPrefix(b.manufacturer2)}, nil},
		{AssignGTIN, []tx{func() (*types.Receipt, error) {
			return b.ped.AssignGTIN(b.ctx, b.regulator, singleGTIN, b.manufacturer2.From())
		}}, nil},
	}
	for _, s := range steps {
		name := s.op
		if name == "" {
			name = "preparation"
		}
		var got [2][]parts
		for side, txs := range [][]tx{s.pedigree, s.reference} {
			for i, send := range txs {
				receipt, err := send()
				if err != nil {
					return fmt.Errorf("%s (%s, transaction %d): %w", name, sideNames[side], i+1, err)
				}
				p, err := b.breakdown(receipt)
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				got[side] = append(got[side], p)
			}
		}
		if s.op == "" {
			continue
		}
		b.set(s.op, sum(got[0]), sum(got[1]))
		if s.op == Handoff {
			// The two halves of pedigree's hand-off; the reference has no such steps.
			b.set(Ship, got[0][0], parts{})
			b.set(Accept, got[0][1], parts{})
		}
	}
	t := b.parts[Decommission16Total]
	b.set(Decommission16PerPack, t[0].div(caseSize), t[1].div(caseSize))
	return nil
}

var sideNames = [2]string{"pedigree", "reference"}

func (b *bench) set(op string, pedigree, reference parts) {
	b.parts[op] = [2]parts{pedigree, reference}
	b.report[op] = Figures{Pedigree: pedigree.total, Reference: reference.total}
}

func (b *bench) assignPrefix(to *chain.Sender) tx {
	return func() (*types.Receipt, error) { return b.ped.AssignPrefix(b.ctx, b.regulator, prefix, to.From()) }
}

// verifySerial calls verifySerial for pack index of bt in a transaction, as the dispenser.
func (b *bench) verifySerial(bt batch, index int) tx {
	return func() (*types.Receipt, error) {
		hash, proof, err := bt.proof(index)
		if err != nil {
			return nil, err
		}
		return b.dispenser.Transact(b.ctx, &b.ped.Address, b.ped.Binding().PackVerifySerial(bt.id, big.NewInt(int64(index)), hash, hashes(proof)))
	}
}

// verifyAbsent calls verifyAbsent in a transaction, as the dispenser, with the proof that a
// forged serial is not in bt.
func (b *bench) verifyAbsent(bt batch) tx {
	return func() (*types.Receipt, error) {
		fake := merkle.SerialHash(forgedSerial)
		p, err := bt.tree.NonMembership(fake)
		if err != nil {
			return nil, fmt.Errorf("non-membership proof: %w", err)
		}
		b.absentProofHashes = len(p.Low.Proof) + len(p.High.Proof)
		return b.dispenser.Transact(b.ctx, &b.ped.Address, b.ped.PackVerifyAbsent(bt.id, fake, p))
	}
}

// forgedSerial is the serial of a counterfeit pack: in no batch of the report.
const forgedSerial = "FORGED-0001"

func (b *bench) register(bt batch) []tx {
	return []tx{func() (*types.Receipt, error) {
		return b.ped.RegisterBatch(b.ctx, b.manufacturer, chain.NewBatch{
			GTIN: gtin, Lot: bt.lot, ExpiryDay: b.expiry, Quantity: uint32(bt.tree.Len()),
			IndexRoot: bt.tree.IndexRoot(), SortedRoot: bt.tree.SortedRoot(), MasterDataHash: masterDataHash,
		})
	}}
}

// masterDataHash is the same for every batch: they are batches of one product.
var masterDataHash = crypto.Keccak256Hash([]byte("pedigree gas report master data"))

// mint is register on the reference, which commits to the serials with the index tree alone.
func (b *bench) mint(bt batch) []tx {
	return []tx{b.refTx(b.manufacturer, b.ref.PackMint(gtin, bt.lot, bt.tree.IndexRoot()))}
}

func (b *bench) shipAccept(tokenID *big.Int, from, to *chain.Sender) []tx {
	return []tx{
		func() (*types.Receipt, error) { return b.ped.Ship(b.ctx, from, tokenID, to.From()) },
		func() (*types.Receipt, error) { return b.ped.Accept(b.ctx, to, tokenID) },
	}
}

func (b *bench) transfer(tokenID *big.Int, from, to *chain.Sender) []tx {
	return []tx{b.refTx(from, b.ref.PackTransferFrom(from.From(), to.From(), tokenID))}
}

// setPack sets pack index of tokenID (a token of bt) to Supplied, as the dispenser.
func (b *bench) setPack(bt batch, tokenID *big.Int, index int) []tx {
	return []tx{func() (*types.Receipt, error) {
		hash, proof, err := bt.proof(index)
		if err != nil {
			return nil, err
		}
		b.packProofHashes = len(proof)
		return b.ped.SetPackState(b.ctx, b.dispenser, tokenID, uint32(index), hash, pedigree.PackSupplied, proof)
	}}
}

func (b *bench) decommission(bt batch, index int) []tx {
	return []tx{func() (*types.Receipt, error) {
		hash, proof, err := bt.proof(index)
		if err != nil {
			return nil, err
		}
		return b.refTx(b.dispenser, b.ref.PackDecommission(bt.id, big.NewInt(int64(index)), hash, hashes(indexPath(proof))))()
	}}
}

// setCase sets the caseSize packs from start to Supplied with one multiproof, as the dispenser.
func (b *bench) setCase(bt batch, start int) []tx {
	return []tx{func() (*types.Receipt, error) {
		indexes := make([]int, caseSize)
		for i := range indexes {
			indexes[i] = start + i
		}
		mp, err := bt.tree.MultiProof(indexes)
		if err != nil {
			return nil, fmt.Errorf("multiproof: %w", err)
		}
		b.caseProofHashes, b.caseFlags = len(mp.Proof), len(mp.Flags)
		p := chain.PackProof{Indexes: mp.Indexes, Proof: mp.Proof, Flags: mp.Flags}
		for _, i := range mp.Indexes {
			p.SerialHashes = append(p.SerialHashes, merkle.SerialHash(bt.serials[i]))
		}
		return b.ped.SetPackStates(b.ctx, b.dispenser, bt.id, pedigree.PackSupplied, p)
	}}
}

// decommissionCase is setCase on the reference: decommissionMany with one proof per pack.
func (b *bench) decommissionCase(bt batch, start int) []tx {
	return []tx{func() (*types.Receipt, error) {
		var (
			indexes []*big.Int
			serials [][32]byte
			proofs  [][][32]byte
		)
		for i := start; i < start+caseSize; i++ {
			hash, proof, err := bt.proof(i)
			if err != nil {
				return nil, err
			}
			indexes, serials, proofs = append(indexes, big.NewInt(int64(i))), append(serials, hash), append(proofs, hashes(indexPath(proof)))
		}
		return b.refTx(b.dispenser, b.ref.PackDecommissionMany(bt.id, indexes, serials, proofs))()
	}}
}

func (b *bench) refTx(s *chain.Sender, data []byte) tx {
	return func() (*types.Receipt, error) { return s.Transact(b.ctx, &b.refAddr, data) }
}

// indexPath returns the part of a pack's proof the reference checks: the path to the index tree's
// root, without the sorted tree's root that pedigree's stored root also needs.
func indexPath(proof []common.Hash) []common.Hash { return proof[:len(proof)-1] }

// proof returns pack index's serial hash and proof.
func (bt batch) proof(index int) (common.Hash, []common.Hash, error) {
	p, err := bt.tree.Proof(index)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("proof of pack %d: %w", index, err)
	}
	return merkle.SerialHash(bt.serials[index]), p, nil
}

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// parts is where an operation's gas goes: the 21,000 base of each transaction, the calldata, and
// the execution (storage, hashing, logs, net of refunds). Under EIP-7623 (Prague on) a transaction
// pays at least a calldata floor of 10 gas per zero byte and 40 per non-zero byte on top of its
// base; floored counts the transactions that paid that floor instead of calldata + execution, in
// which case calldata holds the floor and their execution is hidden under it.
type parts struct {
	total, base, calldata, execution uint64
	floored                          int
}

func (p parts) add(q parts) parts {
	return parts{
		total: p.total + q.total, base: p.base + q.base, calldata: p.calldata + q.calldata,
		execution: p.execution + q.execution, floored: p.floored + q.floored,
	}
}

func sum(ps []parts) parts {
	var s parts
	for _, p := range ps {
		s = s.add(p)
	}
	return s
}

// div spreads an operation over n packs.
func (p parts) div(n uint64) parts {
	return parts{total: p.total / n, base: p.base / n, calldata: p.calldata / n, execution: p.execution / n, floored: p.floored}
}

// breakdown splits a receipt's gas into base, calldata and execution, from the transaction's data
// and the rules of its block.
func (b *bench) breakdown(receipt *types.Receipt) (parts, error) {
	t, _, err := b.client.TransactionByHash(b.ctx, receipt.TxHash)
	if err != nil {
		return parts{}, fmt.Errorf("read transaction %s: %w", receipt.TxHash, err)
	}
	header, err := b.client.HeaderByHash(b.ctx, receipt.BlockHash)
	if err != nil {
		return parts{}, fmt.Errorf("read block %s: %w", receipt.BlockHash, err)
	}
	rules := b.config.Rules(header.Number, true, header.Time)
	from, err := types.Sender(types.LatestSignerForChainID(b.config.ChainID), t)
	if err != nil {
		return parts{}, fmt.Errorf("sender of %s: %w", receipt.TxHash, err)
	}
	intrinsic, err := core.IntrinsicGas(t.Data(), t.AccessList(), t.SetCodeAuthorizations(), from, t.To(), nil, rules)
	if err != nil {
		return parts{}, fmt.Errorf("intrinsic gas of %s: %w", receipt.TxHash, err)
	}
	p := parts{total: receipt.GasUsed, base: params.TxGas, calldata: intrinsic - params.TxGas}
	if rules.IsPrague {
		floor, err := core.FloorDataGas(rules, from, t.To(), nil, t.Data(), t.AccessList())
		if err != nil {
			return parts{}, fmt.Errorf("calldata floor of %s: %w", receipt.TxHash, err)
		}
		if floor > intrinsic && receipt.GasUsed == floor {
			p.floored, p.calldata = 1, floor-params.TxGas
			return p, nil
		}
	}
	p.execution = receipt.GasUsed - intrinsic
	return p, nil
}
