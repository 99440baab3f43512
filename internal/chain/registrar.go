package chain

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Registrar registers batches for the organisations whose keys it holds: it checks the
// request and the organisation's role before anything is signed, stores the serial list, and
// mints the batch's token. It implements pedigree.BatchService.
//
// A registration goes step by step, each on record before the next, so a process killed at
// any point leaves nothing that cannot be finished or undone (see Reconcile):
//
//  1. stored: the serials are stored, status pending, no mint (StepStored);
//  2. sent: the signed mint is recorded, then sent (StepRecorded, StepSent); recording is a
//     compare-and-set, so of two tries only one ever sends a mint;
//  3. confirmed once the mint is mined; a mint that reverted, or can never be mined, is undone
//     (serials and row deleted) so the (GTIN, lot) can be registered again.
type Registrar struct {
	contract *Contract
	senders  *Senders
	store    pedigree.RegistrationStore
	now      func() time.Time
	log      *slog.Logger
	// Wait is how long Register waits for the mint to be mined before answering "pending";
	// the mint is followed to its end in the background either way. Reconcile waits as long
	// for a mint it resent.
	Wait time.Duration
	// StaleAfter is how long an unfinished registration whose instance still lives is left to
	// it before Reconcile, or a registration of the same (GTIN, lot), settles it anyway.
	StaleAfter time.Duration
	// AfterStep, when set, is told each step of a registration once it is on record:
	// StepStored, StepRecorded, StepSent. Tests use it to stop the process at an exact point.
	AfterStep func(step string)
}

// The steps of a registration AfterStep is told of.
const (
	StepStored   = "stored"   // the serials are stored; nothing is signed yet
	StepRecorded = "recorded" // the signed mint is recorded; not sent yet
	StepSent     = "sent"     // the node took the mint; its receipt is not read yet
)

var _ pedigree.BatchService = (*Registrar)(nil)

// NewRegistrar returns a Registrar minting on c with the senders of the organisations it
// signs for, keyed by account.
func NewRegistrar(c *Contract, senders *Senders, store pedigree.RegistrationStore, now func() time.Time, log *slog.Logger) *Registrar {
	return &Registrar{contract: c, senders: senders, store: store, now: now, log: log, Wait: 5 * time.Second, StaleAfter: 10 * time.Minute}
}

// Register implements pedigree.BatchService. With b.Request set, a retry of a request that
// began a registration answers that registration's outcome, finishing it first if it was cut
// short; a batch already on chain with the same serials, by the same manufacturer, is
// recorded as confirmed rather than refused.
func (r *Registrar) Register(ctx context.Context, org pedigree.Organisation, b pedigree.NewBatch) (pedigree.RegisteredBatch, error) {
	return r.register(ctx, org, b, true)
}

func (r *Registrar) register(ctx context.Context, org pedigree.Organisation, b pedigree.NewBatch, resume bool) (pedigree.RegisteredBatch, error) {
	var out pedigree.RegisteredBatch
	if org.Role != pedigree.RoleManufacturer {
		return out, pedigree.Errorf(pedigree.EFORBIDDEN, "only manufacturers register batches; %s is a %s", org.Name, org.Role)
	}
	sender, ok := r.senders.Get(org.Account)
	if !ok {
		return out, pedigree.Errorf(pedigree.EFORBIDDEN, "this service holds no key for %s (%s)", org.Name, org.Account)
	}
	b.Step("Checking the batch")
	if err := b.Validate(r.now()); err != nil {
		return out, err
	}
	gtin, _ := strconv.ParseUint(b.GTIN, 10, 64)
	if err := r.checkOwner(ctx, org, b.GTIN, gtin); err != nil {
		return out, err
	}
	id := pedigree.TokenIDFromBig(BatchID(gtin, b.Lot))
	if b.Request != "" && resume {
		reg, err := r.store.Load(ctx, id)
		switch {
		case err == nil && reg.OrganisationID == org.ID && reg.Request == b.Request:
			return r.resume(ctx, org, sender, reg, b)
		case err != nil && pedigree.ErrorCode(err) != pedigree.ENOTFOUND:
			return out, err
		}
	}
	serials := b.Serials
	generated := len(serials) == 0
	if generated {
		b.Step("Generating %d serials", b.Quantity)
		var err error
		if serials, err = GenerateSerials(b.Quantity); err != nil {
			return out, err
		}
	}
	masterData, err := MasterDataHash(b.Product)
	if err != nil {
		return out, err
	}
	// The tree is built while the serials are written, where the store can wait for its root.
	b.Step("Building the Merkle trees of %d serials", len(serials))
	var tree *merkle.Tree
	var treeErr error
	built := make(chan struct{})
	go func() {
		defer close(built)
		tree, treeErr = merkle.New(serials)
	}()
	root := func() (pedigree.Hash, error) {
		<-built
		if treeErr != nil {
			return pedigree.Hash{}, treeErr
		}
		return pedigree.Hash(tree.Root()), nil
	}
	reg := pedigree.Registration{
		BatchDetails: pedigree.BatchDetails{
			ID: id, GTIN: b.GTIN, Lot: b.Lot, Product: b.Product,
			MasterDataHash: pedigree.Hash(masterData), Quantity: len(serials),
			OrganisationID: org.ID, Status: pedigree.RegistrationPending,
		},
		Manufacturer: org.Account, Request: b.Request, Generated: generated,
	}
	b.Step("Storing %d serials", len(serials))
	begin := func() error {
		if s, ok := r.store.(rootWaiter); ok {
			return s.BeginWhile(ctx, reg, serials, root)
		}
		var err error
		if reg.SerialsRoot, err = root(); err != nil {
			return err
		}
		return r.store.Begin(ctx, reg, serials)
	}
	err = begin()
	if pedigree.ErrorCode(err) == pedigree.ECONFLICT {
		if err = r.clear(ctx, id, err); err == nil {
			err = begin()
		}
	}
	<-built
	if err == nil {
		err = treeErr
	}
	if err != nil {
		return out, err
	}
	reg.SerialsRoot = pedigree.Hash(tree.Root())
	r.step(StepStored)
	if !generated {
		serials = nil // the answer carries generated serials only
	}
	b.Step("Minting the batch token on the chain")
	return r.mint(ctx, org, sender, reg, r.mintCall(gtin, b, tree, masterData), serials)
}

// rootWaiter is a registration store that writes the serials while their tree is built
// (postgres.Batches): see its BeginWhile.
type rootWaiter interface {
	BeginWhile(ctx context.Context, r pedigree.Registration, serials []string, root func() (pedigree.Hash, error)) error
}

// mintCall is the registerBatch call of b with its serials' tree.
func (r *Registrar) mintCall(gtin uint64, b pedigree.NewBatch, tree *merkle.Tree, masterData common.Hash) NewBatch {
	return NewBatch{
		GTIN: gtin, Lot: b.Lot, ExpiryDay: uint16(b.Expiry.Unix() / 86400), Quantity: uint32(tree.Len()),
		IndexRoot: tree.IndexRoot(), SortedRoot: tree.SortedRoot(), MasterDataHash: masterData,
	}
}

// errMintTaken is a registration whose mint another try recorded first, or that was undone,
// while this one was about to send its own.
var errMintTaken = errors.New("the registration moved on: another try recorded its mint, or it was undone")

// errUndoneMeanwhile is a registration undone (by a reconciler) while it was being resumed:
// nothing of it reached the chain, so the request is registered afresh.
var errUndoneMeanwhile = pedigree.Errorf(pedigree.ECONFLICT, "the registration was undone meanwhile, with nothing sent: register the batch again")

// mint signs reg's mint, records it, sends it and follows it for a while, and answers.
func (r *Registrar) mint(ctx context.Context, org pedigree.Organisation, sender *Sender, reg pedigree.Registration, call NewBatch, serials []string) (pedigree.RegisteredBatch, error) {
	var prev *pedigree.Hash
	tx, err := sender.SendRecorded(ctx, &r.contract.Address, r.contract.PackRegisterBatch(call), func(tx *types.Transaction) error {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		hash := pedigree.Hash(tx.Hash())
		ok, err := r.store.RecordMint(ctx, reg.ID, raw, hash, prev)
		if err != nil {
			return err
		}
		if !ok {
			return errMintTaken
		}
		prev, reg.Mint, reg.TxHash = &hash, raw, &hash
		r.step(StepRecorded)
		return nil
	})
	switch {
	case errors.Is(err, errMintTaken):
		now, lerr := r.store.Load(ctx, reg.ID)
		if lerr != nil {
			return pedigree.RegisteredBatch{}, errUndoneMeanwhile
		}
		return r.answer(now, r.settleLogged(ctx, now, r.Wait), serials)
	case err != nil && tx == nil:
		// Refused before anything was recorded (most often at the gas estimate): nothing was
		// sent. A batch on chain already with these serials is this registration, done.
		if IsRevert(err, "PedigreeBatchExists") {
			if f, ok, aerr := r.adopt(ctx, reg); aerr == nil && ok {
				return r.answer(reg, f, serials)
			}
		}
		r.undoQuietly(reg.ID, nil)
		return pedigree.RegisteredBatch{}, DomainError(err)
	case err != nil:
		// Recorded, and the send failed: it may have reached the node. Settle it as a
		// restart would.
		r.log.Warn("sending a batch's mint failed: settling it", "batch", reg.ID, "tx", tx.Hash(), "err", err)
		return r.answer(reg, r.settleLogged(ctx, reg, r.Wait), serials)
	}
	r.step(StepSent)
	f, err := r.follow(ctx, reg, tx, r.Wait)
	if err != nil {
		r.log.Warn("follow a batch's mint", "batch", reg.ID, "tx", tx.Hash(), "err", err)
	}
	if !f.confirmed && f.undone == nil {
		// Not mined yet: answer "pending" and follow the mint to its end.
		go func() {
			ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Minute)
			defer cancel()
			if _, err := r.follow(ctx, reg, tx, 30*time.Minute); err != nil {
				r.log.Error("follow a batch's mint", "batch", reg.ID, "tx", tx.Hash(), "err", err)
			}
		}()
	}
	return r.answer(reg, f, serials)
}

// resume answers a retry of the request that began reg (the same organisation and
// b.Request), finishing the registration first if it was cut short.
func (r *Registrar) resume(ctx context.Context, org pedigree.Organisation, sender *Sender, reg pedigree.Registration, b pedigree.NewBatch) (pedigree.RegisteredBatch, error) {
	var serials []string
	if reg.Generated {
		var err error
		if serials, err = r.store.Serials(ctx, reg.ID); err != nil {
			return pedigree.RegisteredBatch{}, err
		}
	}
	switch {
	case reg.Status == pedigree.RegistrationConfirmed && reg.TxHash != nil:
		return r.answer(reg, fate{confirmed: true, tx: common.Hash(*reg.TxHash), block: reg.Block}, serials)
	case reg.Sent():
		f := r.settleLogged(ctx, reg, r.Wait)
		if f.retry {
			return r.register(ctx, org, b, false) // nothing reached the chain: register afresh
		}
		return r.answer(reg, f, serials)
	}
	// Stored, and nothing sent: mint it now, from the stored serials when they were generated.
	given := b.Serials
	if reg.Generated {
		given = serials
	}
	b.Step("Building the Merkle trees of %d serials", len(given))
	tree, err := merkle.New(given)
	if err != nil {
		return pedigree.RegisteredBatch{}, err
	}
	masterData, err := MasterDataHash(b.Product)
	if err != nil {
		return pedigree.RegisteredBatch{}, err
	}
	if pedigree.Hash(tree.Root()) != reg.SerialsRoot || pedigree.Hash(masterData) != reg.MasterDataHash {
		return pedigree.RegisteredBatch{}, pedigree.Errorf(pedigree.ECONFLICT, "batch %s/%s is being registered with other serials or product data under this request", reg.GTIN, reg.Lot)
	}
	gtin, _ := strconv.ParseUint(reg.GTIN, 10, 64)
	b.Step("Minting the batch token on the chain")
	out, err := r.mint(ctx, org, sender, reg, r.mintCall(gtin, b, tree, masterData), serials)
	if errors.Is(err, errUndoneMeanwhile) {
		return r.register(ctx, org, b, false)
	}
	return out, err
}

// clear makes way for a new registration of batch id, whose storing failed with conflict: a
// stored registration cut short (its instance gone, or stale) is settled now, so that a stale
// row never stands in the way. It returns nil when the old registration was undone.
func (r *Registrar) clear(ctx context.Context, id pedigree.TokenID, conflict error) error {
	old, err := r.store.Load(ctx, id)
	switch {
	case pedigree.ErrorCode(err) == pedigree.ENOTFOUND:
		return nil // gone meanwhile
	case err != nil:
		return err
	case old.Status == pedigree.RegistrationConfirmed:
		return conflict
	}
	inProgress := pedigree.Errorf(pedigree.ECONFLICT, "batch %s/%s is already being registered by another request, not finished yet: retry in a moment", old.GTIN, old.Lot)
	if !old.Orphaned && old.Age < r.StaleAfter {
		return inProgress
	}
	f := r.settleLogged(ctx, old, r.Wait)
	switch {
	case f.undone != nil:
		return nil
	case f.confirmed:
		return conflict
	}
	return inProgress
}

// fate is what became of a registration: confirmed (by transaction tx in block), undone (and
// why), or neither yet.
type fate struct {
	confirmed bool
	tx        common.Hash
	block     uint64
	undone    error
	// retry says nothing of it reached the chain: the same request may be registered afresh.
	retry bool
}

// answer is the answer to a registration that came to f.
func (r *Registrar) answer(reg pedigree.Registration, f fate, serials []string) (pedigree.RegisteredBatch, error) {
	if f.undone != nil {
		return pedigree.RegisteredBatch{}, f.undone
	}
	out := pedigree.RegisteredBatch{TokenID: reg.ID, Status: pedigree.RegistrationPending, Serials: serials}
	if reg.TxHash != nil {
		out.TxHash = *reg.TxHash
	}
	if f.confirmed {
		out.Status, out.TxHash, out.Block = pedigree.RegistrationConfirmed, pedigree.Hash(f.tx), f.block
	}
	return out, nil
}

// Reconcile finishes or undoes, by reading the chain, every registration cut short: those
// whose instance has ended (killed, or stopped mid-way) and those left unfinished for
// StaleAfter. The rules, for a registration
//
//   - stored, nothing sent: undone (a mint is always recorded before it is sent), unless
//     the batch is on chain with its serials, minted some other way: then confirmed;
//   - sent, its mint mined: confirmed with the mint's transaction and block;
//   - sent, its mint mined and reverted: undone, unless the batch is on chain with its
//     serials (confirmed, with the transaction that minted it);
//   - sent, not mined, the batch on chain: confirmed with the transaction that minted it if
//     the serials and manufacturer are its own, else undone (its mint can only revert);
//   - sent, unknown to the node, its nonce used by another transaction: undone (it can never
//     be mined);
//   - sent, not mined: the recorded mint is sent again (it can be mined at most once) and
//     followed for Wait; still not mined, it is left for the next pass.
//
// Each decision is a compare-and-set on the stored row, so instances reconciling at once, or a
// reconciler and a client's retry, never undo a registration another just moved on.
func (r *Registrar) Reconcile(ctx context.Context) error {
	regs, err := r.store.Unfinished(ctx)
	if err != nil {
		return err
	}
	for _, reg := range regs {
		if !reg.Orphaned && reg.Age < r.StaleAfter {
			continue // its instance is working on it
		}
		if ctx.Err() != nil {
			return nil
		}
		f := r.settleLogged(ctx, reg, r.Wait)
		switch {
		case f.confirmed:
			r.log.Info("reconciled a registration: confirmed", "batch", reg.ID, "gtin", reg.GTIN, "lot", reg.Lot, "tx", f.tx, "block", f.block)
		case f.undone != nil:
			r.log.Info("reconciled a registration: undone", "batch", reg.ID, "gtin", reg.GTIN, "lot", reg.Lot, "why", f.undone)
		}
	}
	return nil
}

// settleLogged is settle, logging an error and answering "not settled yet" for it.
func (r *Registrar) settleLogged(ctx context.Context, reg pedigree.Registration, wait time.Duration) fate {
	f, err := r.settle(ctx, reg, wait)
	if err != nil && ctx.Err() == nil {
		r.log.Warn("cannot settle a registration yet", "batch", reg.ID, "gtin", reg.GTIN, "lot", reg.Lot, "err", err)
	}
	return f
}

// settle applies Reconcile's rules to reg, waiting up to wait for a mint it sends again.
func (r *Registrar) settle(ctx context.Context, reg pedigree.Registration, wait time.Duration) (fate, error) {
	if !reg.Sent() {
		if f, ok, err := r.adopt(ctx, reg); err != nil || ok {
			return f, err
		}
		f, err := r.undo(ctx, reg, pedigree.Errorf(pedigree.ECONFLICT,
			"the registration of batch %s/%s was cut short before its mint was sent: nothing reached the chain; register it again", reg.GTIN, reg.Lot))
		f.retry = f.undone != nil
		return f, err
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(reg.Mint); err != nil {
		return fate{}, fmt.Errorf("decode the recorded mint of batch %s: %w", reg.ID, err)
	}
	backend := r.contract.backend
	receipt, err := backend.TransactionReceipt(ctx, tx.Hash())
	switch {
	case err == nil:
		return r.mined(ctx, reg, tx, receipt)
	case !errors.Is(err, ethereum.NotFound):
		return fate{}, fmt.Errorf("read the receipt of %s: %w", tx.Hash(), err)
	}
	// Not mined. The batch may be on chain all the same, minted by another transaction.
	if f, ok, err := r.adopt(ctx, reg); err != nil || ok {
		return f, err
	}
	// Make sure the node has the mint: with its nonce it can be mined at most once.
	if _, _, err := backend.TransactionByHash(ctx, tx.Hash()); errors.Is(err, ethereum.NotFound) {
		if err := backend.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
			if !strings.Contains(err.Error(), "nonce too low") {
				return fate{}, fmt.Errorf("send the recorded mint %s again: %w", tx.Hash(), err)
			}
			// The nonce is used: by the mint itself if it was mined meanwhile, else by
			// another transaction, and the mint can never be mined.
			if _, rerr := backend.TransactionReceipt(ctx, tx.Hash()); rerr == nil {
				return r.settle(ctx, reg, wait)
			}
			f, err := r.undo(ctx, reg, pedigree.Errorf(pedigree.ECONFLICT,
				"the mint of batch %s/%s (%s) was never mined and its nonce %d was used by another transaction: nothing reached the chain; register it again", reg.GTIN, reg.Lot, tx.Hash(), tx.Nonce()))
			f.retry = f.undone != nil
			return f, err
		}
	} else if err != nil {
		return fate{}, fmt.Errorf("ask the node for %s: %w", tx.Hash(), err)
	}
	if wait <= 0 {
		return fate{}, nil
	}
	return r.follow(ctx, reg, tx, wait)
}

func alreadyKnown(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "already known") || strings.Contains(msg, "already imported")
}

// follow waits up to wait for reg's mint tx to be mined and settles the registration when it
// is; a mint not mined by then is neither.
func (r *Registrar) follow(ctx context.Context, reg pedigree.Registration, tx *types.Transaction, wait time.Duration) (fate, error) {
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	receipt, err := r.senderOf(tx).Wait(wctx, tx)
	switch {
	case receipt != nil:
		return r.mined(ctx, reg, tx, receipt)
	case ctx.Err() != nil || wctx.Err() != nil:
		return fate{}, nil // not mined yet
	}
	// The node dropped it: settle decides whether it can still be mined.
	r.log.Info("a batch's mint is not known to the node", "batch", reg.ID, "tx", tx.Hash(), "err", err)
	return r.settle(ctx, reg, 0)
}

// mined settles reg, whose mint tx has receipt.
func (r *Registrar) mined(ctx context.Context, reg pedigree.Registration, tx *types.Transaction, receipt *types.Receipt) (fate, error) {
	if receipt.Status == types.ReceiptStatusSuccessful {
		return r.confirm(ctx, reg.ID, receipt.TxHash, receipt.BlockNumber.Uint64())
	}
	why := r.senderOf(tx).minedRevert(ctx, tx, receipt)
	if f, ok, err := r.adopt(ctx, reg); err != nil || ok {
		return f, err
	}
	return r.undo(ctx, reg, DomainError(why))
}

// adopt settles reg by the batch on chain, if there is one: confirmed with the transaction
// that minted it when its serials and manufacturer are reg's, undone otherwise (reg's mint
// could only revert). ok is false when the batch is not on chain.
func (r *Registrar) adopt(ctx context.Context, reg pedigree.Registration) (f fate, ok bool, err error) {
	b, err := r.contract.Batch(ctx, reg.ID.Big())
	if IsRevert(err, "PedigreeUnknownBatch") {
		return fate{}, false, nil
	}
	if err != nil {
		return fate{}, false, fmt.Errorf("read batch %s on chain: %w", reg.ID, err)
	}
	if pedigree.Hash(b.SerialsRoot) != reg.SerialsRoot || b.Manufacturer != common.Address(reg.Manufacturer) {
		exists := pedigree.Errorf(pedigree.ECONFLICT, "batch %s/%s is already on the chain with other serials, or another manufacturer's", reg.GTIN, reg.Lot)
		exists.Reason = "PedigreeBatchExists"
		f, err := r.undo(ctx, reg, exists)
		return f, true, err
	}
	lg, err := r.mintLog(ctx, reg.ID)
	if err != nil {
		return fate{}, false, err
	}
	f, err = r.confirm(ctx, reg.ID, lg.TxHash, lg.BlockNumber)
	return f, true, err
}

// mintLog returns the BatchRegistered event of batch id.
func (r *Registrar) mintLog(ctx context.Context, id pedigree.TokenID) (types.Log, error) {
	logs, err := r.contract.backend.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{r.contract.Address},
		Topics:    [][]common.Hash{{PedigreeABI().Events["BatchRegistered"].ID}, {common.Hash(id)}},
	})
	if err != nil {
		return types.Log{}, fmt.Errorf("find the mint of batch %s: %w", id, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		if !logs[i].Removed {
			return logs[i], nil
		}
	}
	return types.Log{}, fmt.Errorf("batch %s is on chain, but the node has no BatchRegistered event of it", id)
}

// confirm records that tx, in block, minted batch id.
func (r *Registrar) confirm(ctx context.Context, id pedigree.TokenID, tx common.Hash, block uint64) (fate, error) {
	if err := r.store.Confirm(ctx, id, pedigree.Hash(tx), block); err != nil {
		return fate{}, err
	}
	return fate{confirmed: true, tx: tx, block: block}, nil
}

// undo deletes reg (only as it was read: the same mint recorded, or none) and says why. When
// reg moved on meanwhile, what it became is read back.
func (r *Registrar) undo(ctx context.Context, reg pedigree.Registration, why error) (fate, error) {
	ok, err := r.store.Undo(ctx, reg.ID, reg.TxHash)
	if err != nil {
		return fate{}, err
	}
	if ok {
		return fate{undone: why}, nil
	}
	now, err := r.store.Load(ctx, reg.ID)
	switch {
	case pedigree.ErrorCode(err) == pedigree.ENOTFOUND:
		return fate{undone: why}, nil // undone by another
	case err != nil:
		return fate{}, err
	case now.Status == pedigree.RegistrationConfirmed && now.TxHash != nil:
		return fate{confirmed: true, tx: common.Hash(*now.TxHash), block: now.Block}, nil
	}
	return fate{}, nil // another try recorded a mint: it is followed there
}

// senderOf returns the sender of tx's account: this service's when it holds the key, else
// one that only waits (it never signs).
func (r *Registrar) senderOf(tx *types.Transaction) *Sender {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err == nil {
		if s, ok := r.senders.Get(pedigree.Address(from)); ok {
			return s
		}
	}
	return NewSender(r.contract.backend, from, nil)
}

func (r *Registrar) step(name string) {
	if r.AfterStep != nil {
		r.AfterStep(name)
	}
}

// checkOwner refuses a GTIN that is not org's on the chain (neither assigned to it nor under a
// company prefix assigned to it), before anything is stored or signed.
func (r *Registrar) checkOwner(ctx context.Context, org pedigree.Organisation, gtin14 string, gtin uint64) error {
	owner, err := r.contract.GTINOwner(ctx, gtin)
	if err != nil {
		return fmt.Errorf("read the owner of GTIN %s: %w", gtin14, DomainError(err))
	}
	switch {
	case owner == common.Address(org.Account):
		return nil
	case owner == (common.Address{}):
		return pedigree.Errorf(pedigree.EFORBIDDEN, "gtin: %s is not assigned to %s: no manufacturer holds it or its GS1 company prefix; a regulator assigns them", gtin14, org.Name)
	default:
		return pedigree.Errorf(pedigree.EFORBIDDEN, "gtin: %s belongs to another manufacturer (%s), not to %s", gtin14, owner, org.Name)
	}
}

// MasterDataHash is the hash a batch's token commits to its product master data with:
// keccak256 of the product's canonical JSON (pedigree.Product.Canonical, RFC 8785).
func MasterDataHash(p pedigree.Product) (common.Hash, error) {
	if !utf8.ValidString(p.Name) || !utf8.ValidString(p.Strength) || !utf8.ValidString(p.Form) {
		return common.Hash{}, pedigree.Errorf(pedigree.EINVALID, "product: the name, strength and form must be UTF-8 text")
	}
	return crypto.Keccak256Hash(p.Canonical()), nil
}

// undoQuietly undoes a registration whose mint was refused before it was recorded, so it can
// be registered again; a failure is left to Reconcile.
func (r *Registrar) undoQuietly(id pedigree.TokenID, mint *pedigree.Hash) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := r.store.Undo(ctx, id, mint); err != nil {
		r.log.Error("undo a refused registration", "batch", id, "err", err)
	}
}

// serialAlphabet is Crockford's base 32: digits and capitals without I, L, O and U, which
// people misread. Twelve of them give 32^12 (about 10^18) serials, so a guess hits one of a
// million-pack batch with odds of about one in a trillion.
const serialAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// SerialLength is the length of generated serials.
const SerialLength = 12

// GenerateSerials returns n distinct random serials from crypto/rand.
func GenerateSerials(n int) ([]string, error) {
	out := make([]string, 0, n)
	seen := make(map[string]bool, n)
	buf := make([]byte, SerialLength*256)
	for len(out) < n {
		if _, err := rand.Read(buf); err != nil {
			return nil, fmt.Errorf("generate serials: %w", err)
		}
		for i := 0; i+SerialLength <= len(buf) && len(out) < n; i += SerialLength {
			var s [SerialLength]byte
			for j := range s {
				s[j] = serialAlphabet[buf[i+j]&31] // 256 is a multiple of 32: no bias
			}
			if serial := string(s[:]); !seen[serial] {
				seen[serial] = true
				out = append(out, serial)
			}
		}
	}
	return out, nil
}
