package check

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// state is what a check has read so far: the answer, and the chain at the answer's block.
type state struct {
	code     pedigree.PackCode
	v        pedigree.Verification
	ev       *pedigree.Evidence
	contract *chain.Contract // pinned to the answer's block
	address  pedigree.Address
	time     time.Time // the block's time; zero when the block did not hold

	batchID    *big.Int    // of the code, computed here
	serialHash common.Hash // of the code's serial, computed here

	batch       *chain.IPedigreeBatch // nil when no batch has the code's id
	serialKnown bool                  // the chain shows the serial is pack index of the batch
	index       int
	pack        *chain.PackStateOutput
	holder      *party // the holder of the token covering the pack
	pending     *party // the receiver of its shipment in transit
	// holderUnread is set when an answer to the public names no token: the holder is not
	// read, so what depends on it (the custodian, NOT_RELEASED) is the service's word.
	holderUnread bool
}

// party is a participant as the contract registers it.
type party struct {
	account common.Address
	chain.IPedigreeParticipant
}

func (p *party) role() pedigree.Role { return pedigree.Role(p.Role) }

func (p *party) gln() string { return fmt.Sprintf("%013d", p.Gln) }

// dayTime is the start of the day a contract counts as day, in days since 1970-01-01.
func dayTime(day uint16) time.Time { return time.Unix(int64(day)*86400, 0).UTC() }

// id is the code's batch id, as answers write it.
func (s *state) id() pedigree.TokenID { return pedigree.TokenIDFromBig(s.batchID) }

// at names the answer's block, for details.
func (s *state) at() string { return fmt.Sprintf("at block %d", s.ev.Block) }

// ids checks the batch id and the serial hash the answer gives are the code's, computing both
// here; later reads use the computed ones.
func (c *checker) ids(s *state) {
	ev := s.ev
	const whatID, whatHash = "the batch id is the code's", "the serial hash is the code's"
	gtin, err := strconv.ParseUint(s.code.GTIN, 10, 64)
	if err != nil || len(s.code.GTIN) != 14 {
		c.fail("batch_id", whatID, "the GTIN %q is not 14 digits", s.code.GTIN)
		s.batchID = ev.BatchID.Big()
	} else {
		s.batchID = chain.BatchID(gtin, s.code.Lot)
		if got := pedigree.TokenIDFromBig(s.batchID); got != ev.BatchID {
			c.fail("batch_id", whatID, "keccak256(abi.encode(%d, %q)) is %s; the answer names %s", gtin, s.code.Lot, got, ev.BatchID)
		} else {
			c.held("batch_id", whatID, "keccak256(abi.encode(%d, %q)) = %s, computed here", gtin, s.code.Lot, got)
		}
	}
	s.serialHash = merkle.SerialHash(s.code.Serial)
	if got := pedigree.Hash(s.serialHash); got != ev.SerialHash {
		c.fail("serial_hash", whatHash, "keccak256(%q) is %s; the answer names %s", s.code.Serial, got, ev.SerialHash)
	} else {
		c.held("serial_hash", whatHash, "keccak256(%q) = %s, computed here", s.code.Serial, got)
	}
}

// batch checks what the answer says of the batch (or of its absence) against batch(batchId).
func (c *checker) batch(s *state) {
	v, ev := s.v, s.ev
	b, err := s.contract.Batch(c.ctx, s.batchID)
	switch {
	case chain.IsRevert(err, "PedigreeUnknownBatch"):
		if v.Batch != nil {
			c.fail("batch", "the batch is registered as the answer says", "batch(%s) reverts PedigreeUnknownBatch %s: there is no such batch", s.id(), s.at())
		} else {
			c.held("batch", "no batch with this id is registered", "batch(%s) reverts PedigreeUnknownBatch %s", s.id(), s.at())
		}
		return
	case err != nil:
		c.fail("batch", "the batch is as the answer says", "batch(%s) %s: %v", s.id(), s.at(), err)
		return
	}
	s.batch = &b
	expiry := dayTime(b.ExpiryDay)
	if v.Batch == nil {
		c.fail("batch", "no batch with this id is registered", "batch(%s) %s: a batch expiring %s, registered by %s; the answer says there is none",
			s.id(), s.at(), expiry.Format(time.DateOnly), pedigree.Address(b.Manufacturer))
		return
	}
	const what = "the batch is registered as the answer says"
	var diffs []string
	differ := func(format string, args ...any) { diffs = append(diffs, fmt.Sprintf(format, args...)) }
	root := pedigree.Hash(b.SerialsRoot)
	if ev.SerialsRoot == nil || *ev.SerialsRoot != root {
		differ("its serials root is %s, not %v", root, ev.SerialsRoot)
	}
	if v.Batch.ID != pedigree.TokenIDFromBig(s.batchID) {
		differ("its id is %s, not %s", pedigree.TokenIDFromBig(s.batchID), v.Batch.ID)
	}
	if !v.Batch.Expiry.Equal(expiry) {
		differ("it expires on %s, not %s", expiry.Format(time.DateOnly), v.Batch.Expiry.Format(time.DateOnly))
	}
	status := pedigree.BatchStatusActive
	if b.RecallReason != 0 {
		status = pedigree.BatchStatusRecalled
	}
	if v.Batch.Status != status || v.Batch.RecallReason != int(b.RecallReason) {
		differ("it is %s (reason %d), not %s (reason %d)", status, b.RecallReason, v.Batch.Status, v.Batch.RecallReason)
	}
	maker, err := c.participant(s, b.Manufacturer)
	switch {
	case err != nil:
		differ("its manufacturer %s cannot be read: %v", pedigree.Address(b.Manufacturer), err)
	case maker.role() != pedigree.RoleManufacturer:
		differ("its minter %s is registered as %s", pedigree.Address(b.Manufacturer), maker.role())
	case v.Batch.Manufacturer.GLN != "" && v.Batch.Manufacturer.GLN != maker.gln():
		differ("its manufacturer %s has GLN %s, not %s", pedigree.Address(b.Manufacturer), maker.gln(), v.Batch.Manufacturer.GLN)
	}
	if len(diffs) > 0 {
		c.fail("batch", what, "%s the chain says: %s", s.at(), strings.Join(diffs, "; "))
		return
	}
	recalled := "not recalled"
	if b.RecallReason != 0 {
		recalled = fmt.Sprintf("recalled (reason %d)", b.RecallReason)
	}
	c.held("batch", what, "serials root %s, manufacturer %s (GLN %s), expiry %s, %s", root, pedigree.Address(b.Manufacturer),
		maker.gln(), expiry.Format(time.DateOnly), recalled)
}

// participant reads account's registration at the answer's block.
func (c *checker) participant(s *state, account common.Address) (*party, error) {
	p, err := s.contract.Participant(c.ctx, account)
	if err != nil {
		return nil, err
	}
	return &party{account: account, IPedigreeParticipant: p}, nil
}

// event finds, in the receipt of tx, the contract's event that unpack reads for this batch,
// mined at or before the answer's block.
func event[E any](c *checker, s *state, tx *pedigree.Hash, unpack func(*types.Log) (*E, error), batchID func(*E) *big.Int) (*E, *types.Receipt, error) {
	receipt, err := c.node.TransactionReceipt(c.ctx, common.Hash(*tx))
	if err != nil {
		return nil, nil, fmt.Errorf("the node has no receipt of %s: %v", tx, err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, receipt, fmt.Errorf("transaction %s failed", tx)
	}
	if receipt.BlockNumber.Uint64() > s.ev.Block {
		return nil, receipt, fmt.Errorf("transaction %s is in block %s, after the answer's block %d", tx, receipt.BlockNumber, s.ev.Block)
	}
	for _, l := range receipt.Logs {
		if l.Address != common.Address(s.address) {
			continue
		}
		e, err := unpack(l)
		if err == nil && batchID(e).Cmp(s.batchID) == 0 {
			return e, receipt, nil
		}
	}
	return nil, receipt, fmt.Errorf("transaction %s has no such event of contract %s about batch %s", tx, s.address, s.id())
}

// registered checks the answer's registration transaction registered the batch, with the
// answer's quantity.
func (c *checker) registered(s *state) {
	const what = "the batch was registered in the answer's transaction"
	ev := s.ev
	if ev.RegisteredTx == nil {
		c.fail("registered", what, "the answer names no registration transaction")
		return
	}
	binding := s.contract.Binding()
	e, receipt, err := event(c, s, ev.RegisteredTx, binding.UnpackBatchRegisteredEvent, func(e *chain.PedigreeBatchRegistered) *big.Int { return e.BatchId })
	if err != nil {
		c.fail("registered", what, "%v", err)
		return
	}
	var diffs []string
	if n := receipt.BlockNumber.Uint64(); n != ev.RegisteredBlock {
		diffs = append(diffs, fmt.Sprintf("it is in block %d, not %d", n, ev.RegisteredBlock))
	}
	if int(e.Quantity.Int64()) != s.v.Batch.Quantity {
		diffs = append(diffs, fmt.Sprintf("it registered %s packs, not %d", e.Quantity, s.v.Batch.Quantity))
	}
	if root := merkle.SerialsRoot(e.IndexRoot, e.SortedRoot); root != s.batch.SerialsRoot {
		diffs = append(diffs, fmt.Sprintf("its roots give %s, not the batch's root", root))
	}
	if len(diffs) > 0 {
		c.fail("registered", what, "%s: %s", ev.RegisteredTx, strings.Join(diffs, "; "))
		return
	}
	c.held("registered", what, "%s in block %d registered %s packs", ev.RegisteredTx, ev.RegisteredBlock, e.Quantity)
}

// recall checks, when the chain or the answer says the batch is recalled, the answer's recall
// transaction recalled it, for the reason the chain keeps.
func (c *checker) recall(s *state) {
	const what = "the batch was recalled in the answer's transaction"
	ev, reason := s.ev, s.batch.RecallReason
	if reason == 0 && ev.RecallTx == nil {
		return // not recalled, and the answer does not say it is: the batch fact covers it
	}
	if ev.RecallTx == nil {
		c.fail("recall", what, "the batch is recalled (reason %d) %s; the answer names no recall transaction", reason, s.at())
		return
	}
	binding := s.contract.Binding()
	e, receipt, err := event(c, s, ev.RecallTx, binding.UnpackBatchRecalledEvent, func(e *chain.PedigreeBatchRecalled) *big.Int { return e.BatchId })
	switch {
	case err != nil:
		c.fail("recall", what, "%v", err)
	case e.Reason != reason:
		c.fail("recall", what, "%s recalled the batch for reason %d; the batch keeps reason %d", ev.RecallTx, e.Reason, reason)
	default:
		c.held("recall", what, "%s in block %s recalled it for reason %d", ev.RecallTx, receipt.BlockNumber, e.Reason)
	}
}

// serial checks the answer's Merkle proof shows the serial is its pack index of the batch,
// here and with the contract's verifySerial, and then the pack's state, token and custodian.
func (c *checker) serial(s *state) {
	const what = "the serial is in the batch's committed list, at the answer's pack index"
	ev := s.ev
	if ev.Index == nil {
		c.fail("serial", what, "the answer gives no pack index or proof of the serial")
		return
	}
	index := *ev.Index
	if index < 0 || index > math.MaxUint32 {
		c.fail("serial", what, "pack index %d is out of range", index)
		return
	}
	if s.v.Pack.Index != index {
		c.fail("serial", what, "the answer's pack is index %d, its evidence index %d", s.v.Pack.Index, index)
		return
	}
	proof := make([]common.Hash, len(ev.Proof))
	for i, h := range ev.Proof {
		proof[i] = common.Hash(h)
	}
	root := common.Hash(s.batch.SerialsRoot)
	local := merkle.Verify(root, uint64(index), s.serialHash, proof)
	onChain, err := s.contract.VerifySerial(c.ctx, s.batchID, uint32(index), s.serialHash, proof)
	switch {
	case err != nil:
		c.fail("serial", what, "verifySerial %s: %v", s.at(), err)
		return
	case !local || !onChain:
		c.fail("serial", what, "the proof does not lead from pack %d's leaf to the batch's root %s (computed here: %t; the contract's verifySerial: %t)",
			index, pedigree.Hash(root), local, onChain)
		return
	}
	s.serialKnown, s.index = true, index
	c.held("serial", what, "pack %d: the proof of %d hashes leads to the root, computed here and by the contract's verifySerial", index, len(proof))
	c.packState(s)
	c.token(s)
}

// packState checks the pack's state (and the day it changed) against packState.
func (c *checker) packState(s *state) {
	const what = "the pack's state is the answer's"
	p, err := s.contract.PackState(c.ctx, s.batchID, uint32(s.index))
	if err != nil {
		c.fail("state", what, "packState %s: %v", s.at(), err)
		return
	}
	s.pack = &p
	state, pack := pedigree.PackState(p.State), s.v.Pack
	since := ""
	if state != pedigree.PackActive {
		since = " since " + dayTime(p.Day).Format(time.DateOnly)
	}
	claimed := ""
	if pack.StateDay != nil {
		claimed = " since " + pack.StateDay.Format(time.DateOnly)
	}
	if pack.State != state || since != claimed {
		c.fail("state", what, "%s the pack is %s%s; the answer says %s%s", s.at(), state, since, pack.State, claimed)
		return
	}
	c.held("state", what, "%s%s", state, since)
}

// token checks the answer's token covers the pack, and its holder (and any receiver of a
// shipment in transit) is the party the answer names. An answer to the public names the token
// only while the manufacturer holds it with no shipment pending (the holder's account would
// name a distributor or a pharmacy): without one, it claims nothing of the holder.
func (c *checker) token(s *state) {
	const what = "the answer's token covers the pack"
	ev := s.ev
	if ev.TokenID == nil {
		if s.v.Asker != pedigree.AskerPublic {
			c.fail("token", what, "the answer names no token")
			return
		}
		s.holderUnread = true
		if p := s.v.Custodian; p != nil {
			c.serverOnly("custodian", "the custodian is the token's holder",
				"the answer says a %s holds the pack; an answer to the public names the token covering the pack only while the manufacturer holds it, so the holder is not read", p.Role)
		}
		return
	}
	id := ev.TokenID.Big()
	t, err := s.contract.Token(c.ctx, id)
	switch {
	case err != nil:
		c.fail("token", what, "token(%s) %s: %v", ev.TokenID, s.at(), err)
		return
	case t.BatchId.Cmp(s.batchID) != 0 || t.Start.Int64() > int64(s.index) || int64(s.index) >= t.End.Int64():
		c.fail("token", what, "%s token %s covers packs [%s, %s) of batch %s, not pack %d of this batch", s.at(), ev.TokenID, t.Start, t.End,
			pedigree.TokenIDFromBig(t.BatchId), s.index)
		return
	}
	c.held("token", what, "token %s covers packs %s to %d", ev.TokenID, t.Start, t.End.Int64()-1)

	const whatCustody = "the custodian is the token's holder"
	owner, err := s.contract.OwnerOf(c.ctx, id)
	if err == nil {
		s.holder, err = c.participant(s, owner)
	}
	if err == nil && t.PendingTo != (common.Address{}) {
		s.pending, err = c.participant(s, t.PendingTo)
	}
	if err != nil {
		c.fail("custodian", whatCustody, "the holder %s: %v", s.at(), err)
		return
	}
	var diffs []string
	if d := partyDiff("custodian", s.holder, s.v.Custodian); d != "" {
		diffs = append(diffs, d)
	}
	if d := partyDiff("receiver of the shipment in transit", s.pending, s.v.Pending); d != "" {
		diffs = append(diffs, d)
	}
	if len(diffs) > 0 {
		c.fail("custodian", whatCustody, "%s: %s", s.at(), strings.Join(diffs, "; "))
		return
	}
	detail := fmt.Sprintf("ownerOf gives %s, a %s with GLN %s", pedigree.Address(s.holder.account), s.holder.role(), s.holder.gln())
	if s.v.Custodian != nil && s.v.Custodian.GLN == "" {
		detail += " (the answer names its role only)"
	}
	if s.pending != nil {
		detail += fmt.Sprintf("; in transit to a %s with GLN %s", s.pending.role(), s.pending.gln())
	}
	c.held("custodian", whatCustody, "%s", detail)
}

// partyDiff says how the answer's party differs from the chain's (nil: none), "" when it does
// not. An answer naming no custodian at all claims nothing.
func partyDiff(what string, chainParty *party, claimed *pedigree.Party) string {
	switch {
	case chainParty == nil && claimed == nil:
		return ""
	case chainParty == nil:
		return fmt.Sprintf("there is no %s; the answer names a %s", what, claimed.Role)
	case claimed == nil:
		if what == "custodian" {
			return ""
		}
		return fmt.Sprintf("the %s is a %s with GLN %s; the answer names none", what, chainParty.role(), chainParty.gln())
	case claimed.Role != chainParty.role():
		return fmt.Sprintf("the %s is a %s; the answer says a %s", what, chainParty.role(), claimed.Role)
	case claimed.GLN != "" && claimed.GLN != chainParty.gln():
		return fmt.Sprintf("the %s has GLN %s; the answer says %s", what, chainParty.gln(), claimed.GLN)
	}
	return ""
}

// absence checks the answer's proof that no serial of the batch hashes to the code's serial
// hash, here (merkle.VerifyAbsent, against the root the chain keeps) and with the contract's
// verifyAbsent.
func (c *checker) absence(s *state, p *pedigree.NonMembership) {
	const what = "the serial is not in the batch's committed list"
	if p == nil {
		c.fail("absence", what, "the answer carries no proof that the serial is absent")
		return
	}
	root := common.Hash(s.batch.SerialsRoot)
	switch {
	case common.Hash(p.SerialHash) != s.serialHash:
		c.fail("absence", what, "the proof is about serial hash %s, not the code's %s", p.SerialHash, pedigree.Hash(s.serialHash))
		return
	case common.Hash(p.SerialsRoot) != root || merkle.SerialsRoot(common.Hash(p.IndexRoot), common.Hash(p.SortedRoot)) != root:
		c.fail("absence", what, "the proof's roots do not give the batch's root %s", pedigree.Hash(root))
		return
	}
	local := merkle.VerifyAbsent(root, s.serialHash, *p)
	onChain := s.contract.VerifyAbsent(c.ctx, s.batchID, s.serialHash, *p)
	if local != nil || onChain != nil {
		c.fail("absence", what, "the proof does not hold (computed here: %v; the contract's verifyAbsent %s: %v)", errOrOK(local), s.at(), errOrOK(onChain))
		return
	}
	c.held("absence", what, "the serial hash lies between positions %d and %d of the sorted list, both proven to the root; computed here and by the contract's verifyAbsent",
		p.Low.Position, p.High.Position)
}

// errOrOK is err for a detail, "ok" when nil.
func errOrOK(err error) any {
	if err == nil {
		return "ok"
	}
	return err
}
