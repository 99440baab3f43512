package postgres

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Verifier answers verifications from the projection, the serial lists and the scan log. It
// implements pedigree.Verifier.
type Verifier struct {
	pool  *pgxpool.Pool
	now   func() time.Time
	trees *merkle.Cache[pedigree.TokenID]
}

var _ pedigree.Verifier = (*Verifier)(nil)

// NewVerifier returns a Verifier reading pool; now is the clock (time.Now in production).
func NewVerifier(pool *pgxpool.Pool, now func() time.Time) *Verifier {
	return &Verifier{pool: pool, now: now, trees: merkle.NewCache[pedigree.TokenID](16)}
}

// verifyBatch is what the first query finds about the code's batch and serial.
type verifyBatch struct {
	productKnown, batchKnown bool
	// The rest is NULL when the batch is unknown.
	id               []byte
	expiry           *time.Time
	quantity         *int32
	status           *string
	recallReason     *int16
	root             []byte
	registeredBlock  *int64
	registeredTx     []byte
	recallTx         []byte
	manufacturer     []byte
	manufacturerGLN  *string
	manufacturerName *string
	product          []byte
	index            *int32 // nil: the serial is not in the list
}

// Verify implements pedigree.Verifier.
func (v *Verifier) Verify(ctx context.Context, req pedigree.VerifyRequest) (pedigree.Verification, error) {
	code := req.Code
	if code.GTIN == "" || code.Lot == "" || code.Serial == "" {
		missing := "GTIN (AI 01)"
		switch {
		case code.GTIN == "":
		case code.Lot == "":
			missing = "lot (AI 10)"
		default:
			missing = "serial number (AI 21)"
		}
		return pedigree.Verification{}, pedigree.Errorf(pedigree.EINVALID, "the code has no %s: a pack's code needs its GTIN, lot and serial number to be verified", missing)
	}
	now := v.now()
	facts := pedigree.VerificationFacts{Now: now, CodeExpiry: code.Expiry, ScannerRole: pedigree.RoleNone, Purpose: req.Purpose}
	if req.Scanner != nil {
		facts.Scanner, facts.ScannerRole = req.Scanner.Account, req.Scanner.Role
		facts.ScannerOrganisation = strconv.FormatInt(req.Scanner.ID, 10)
	}
	out := pedigree.Verification{
		Pack:       &pedigree.PackInfo{GTIN: code.GTIN, Lot: code.Lot, Serial: code.Serial, Index: -1, State: pedigree.PackUnknown},
		Provenance: []pedigree.CustodyEvent{},
	}
	if code.Expiry != nil {
		d := pedigree.DateOf(*code.Expiry)
		out.Pack.Expiry = &d
	}

	// Everything a verdict reads, in one round trip and from one snapshot: a read-only
	// repeatable-read transaction, so the projection's cursor, the batch, the pack's state and
	// its custody are as of one block, even while the indexer writes. Each query finds the pack
	// by its code.
	var b verifyBatch
	var ev packEvidence
	reads := &pgx.Batch{}
	reads.Queue(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`)
	reads.Queue(`
		SELECT EXISTS (SELECT 1 FROM batches WHERE superseded_at IS NULL AND gtin = $1),
		       b.batch_id IS NOT NULL, b.batch_id, b.expiry, b.quantity, b.status, b.recall_reason, b.serials_root,
		       b.registered_block, b.registered_tx, r.tx_hash, b.manufacturer, p.gln, o.name, d.product, s.pack_index
		FROM (SELECT 1) one
		LEFT JOIN batches b ON b.superseded_at IS NULL AND b.gtin = $1 AND b.lot = $2
		LEFT JOIN recalls r ON r.batch_id = b.batch_id
		LEFT JOIN participants p ON p.superseded_at IS NULL AND p.account = b.manufacturer
		LEFT JOIN organisations o ON o.account = b.manufacturer
		LEFT JOIN batch_details d ON d.batch_id = b.batch_id
		LEFT JOIN serials s ON s.batch_id = b.batch_id AND s.serial = $3`,
		code.GTIN, code.Lot, code.Serial).QueryRow(func(row pgx.Row) error {
		return row.Scan(&b.productKnown, &b.batchKnown, &b.id, &b.expiry, &b.quantity, &b.status, &b.recallReason,
			&b.root, &b.registeredBlock, &b.registeredTx, &b.recallTx, &b.manufacturer, &b.manufacturerGLN, &b.manufacturerName, &b.product, &b.index)
	})
	v.queuePackReads(reads, &out, &facts, &ev, code, now)
	reads.Queue(`COMMIT`)
	// A failure leaves the transaction open on its connection, which the pool then closes
	// rather than reuse.
	if err := v.pool.SendBatch(ctx, reads).Close(); err != nil {
		return out, fmt.Errorf("look up %s/%s: %w", code.GTIN, code.Lot, err)
	}
	facts.ProductKnown, facts.BatchKnown, facts.SerialKnown = b.productKnown, b.batchKnown, b.index != nil

	if b.batchKnown {
		manufacturer := pedigree.Party{Role: pedigree.RoleManufacturer, Account: pedigree.Address(b.manufacturer)}
		if b.manufacturerGLN != nil {
			manufacturer.GLN = *b.manufacturerGLN
		}
		if b.manufacturerName != nil {
			manufacturer.Name = *b.manufacturerName
		}
		status, err := pedigree.ParseBatchStatus(*b.status)
		if err != nil {
			return out, fmt.Errorf("batch %x: %w", b.id, err)
		}
		out.Batch = &pedigree.BatchInfo{ID: pedigree.TokenID(b.id), GTIN: code.GTIN, Lot: code.Lot, Expiry: pedigree.DateOf(*b.expiry),
			Quantity: int(*b.quantity), Status: status, Manufacturer: manufacturer}
		if b.recallReason != nil {
			out.Batch.RecallReason, facts.RecallReason = int(*b.recallReason), uint8(*b.recallReason)
		}
		if out.Batch.Product, err = readProduct(b.product); err != nil {
			return out, fmt.Errorf("batch %x: %w", b.id, err)
		}
		facts.BatchExpiry = *b.expiry
	}
	if b.index != nil {
		if ev.token == nil {
			return out, pedigree.Errorf(pedigree.EINTERNAL, "no token covers pack %d of batch %x in the projection", *b.index, b.id)
		}
		index := int(*b.index)
		out.Pack.Index = index
		if out.Pack.State == pedigree.PackUnknown { // no row in pack_states: never changed
			out.Pack.State = pedigree.PackActive
		}
		custodyFacts(&facts, out, ev)
	} else {
		out.Provenance = out.Provenance[:0] // a serial not in the list has no provenance
		out.Custodian, out.Pending = nil, nil
	}

	var err error
	if out.Evidence, err = v.evidence(ctx, code, b, ev, out.Pack, req.Scanner != nil); err != nil {
		return out, err
	}
	out.Verdict, out.Reasons = pedigree.Decide(facts)
	out.Asker = pedigree.AskerPublic
	if req.Scanner != nil {
		out.Asker = req.Scanner.Role.String()
	}
	out.Next = out.Reasons[0].Next
	if req.Scanner == nil {
		pedigree.RedactParties(&out)
	}
	if out.ScanID, err = v.logScan(ctx, req, b, out, facts, ev.stateActor); err != nil {
		return out, err
	}
	return out, nil
}

// packEvidence is what the second round trip finds about a known pack.
type packEvidence struct {
	scans           []pedigree.Scan
	holder, pending []byte
	token           []byte
	tokenStart      int32
	tokenEnd        int32
	stateTx         []byte
	stateActor      []byte
	chainID         int64
	contract        []byte
	block           int64
	blockHash       []byte
}

// queuePackReads queues, on reads, the queries about the pack with the code: its state, the
// token covering it (holder and pending receiver named), its provenance (parties named), its
// recent scans, and the projection's cursor. They find nothing when the serial is unknown.
func (v *Verifier) queuePackReads(reads *pgx.Batch, out *pedigree.Verification, facts *pedigree.VerificationFacts, ev *packEvidence, code pedigree.PackCode, now time.Time) {
	const pack = `FROM batches b JOIN serials s ON s.batch_id = b.batch_id AND s.serial = $3`
	const where = `b.superseded_at IS NULL AND b.gtin = $1 AND b.lot = $2`
	args := []any{code.GTIN, code.Lot, code.Serial}
	reads.Queue(`SELECT p.state, p.day, p.actor, p.tx_hash `+pack+`
		JOIN pack_states p ON p.batch_id = b.batch_id AND p.pack_index = s.pack_index AND p.superseded_at IS NULL
		WHERE `+where, args...).QueryRow(func(row pgx.Row) error {
		var state string
		var day time.Time
		err := row.Scan(&state, &day, &ev.stateActor, &ev.stateTx)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		ps, err := pedigree.ParsePackState(state)
		if err != nil {
			return err
		}
		facts.PackState, facts.PackStateDay = ps, day
		out.Pack.State = ps
		if ps != pedigree.PackActive {
			d := pedigree.DateOf(day)
			out.Pack.StateDay = &d
		}
		return nil
	})
	reads.Queue(`SELECT t.token_id, t.range_start, t.range_end, t.holder, hp.role, hp.gln, ho.name, t.pending_to, pp.role, pp.gln, po.name `+pack+`
		JOIN tokens t ON t.superseded_at IS NULL AND t.batch_id = b.batch_id AND t.range_start <= s.pack_index AND t.range_end > s.pack_index
		LEFT JOIN participants hp ON hp.superseded_at IS NULL AND hp.account = t.holder
		LEFT JOIN organisations ho ON ho.account = t.holder
		LEFT JOIN participants pp ON pp.superseded_at IS NULL AND pp.account = t.pending_to
		LEFT JOIN organisations po ON po.account = t.pending_to
		WHERE `+where, args...).QueryRow(func(row pgx.Row) error {
		var h, p partyRow
		err := row.Scan(append(append([]any{&ev.token, &ev.tokenStart, &ev.tokenEnd}, h.dest()...), p.dest()...)...)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		ev.holder, ev.pending = h.account, p.account
		if out.Custodian, err = h.optionalParty(); err != nil {
			return err
		}
		out.Pending, err = p.optionalParty()
		return err
	})
	reads.Queue(`SELECT c.kind, c.time, c.token_id, c.parent_token_id, c.block_number, c.tx_hash,
		       c.from_account, fp.role, fp.gln, fo.name, c.to_account, tp.role, tp.gln, tpo.name `+pack+`
		JOIN custody_events c ON c.batch_id = b.batch_id AND c.range_start <= s.pack_index AND c.range_end > s.pack_index
		LEFT JOIN participants fp ON fp.superseded_at IS NULL AND fp.account = c.from_account
		LEFT JOIN organisations fo ON fo.account = c.from_account
		LEFT JOIN participants tp ON tp.superseded_at IS NULL AND tp.account = c.to_account
		LEFT JOIN organisations tpo ON tpo.account = c.to_account
		WHERE `+where+` ORDER BY c.block_number, c.log_index`, args...).Query(func(rows pgx.Rows) error {
		var e pedigree.CustodyEvent
		var token, parent, tx []byte
		var block int64
		var from, to partyRow
		dest := append(append([]any{&e.Kind, &e.Time, &token, &parent, &block, &tx}, from.dest()...), to.dest()...)
		_, err := pgx.ForEachRow(rows, dest, func() error {
			e.Token, e.Parent, e.Block, e.TxHash = pedigree.TokenID(token), tokenIDOrNil(parent), uint64(block), pedigree.Hash(tx)
			var err error
			if e.From, err = from.optionalParty(); err != nil {
				return err
			}
			if e.To, err = to.optionalParty(); err != nil {
				return err
			}
			out.Provenance = append(out.Provenance, e)
			return nil
		})
		return err
	})
	// The recent scans, each organisation's with its account and role (to place it on the
	// pack's custody path); anonymous ones too, counted apart.
	reads.Queue(`SELECT c.at, coalesce(c.organisation_id::text, ''), o.account, o.role `+pack+`
		JOIN scans c ON c.batch_id = b.batch_id AND c.pack_index = s.pack_index AND c.at > $4
		LEFT JOIN organisations o ON o.id = c.organisation_id
		WHERE `+where+` ORDER BY c.at DESC LIMIT 500`, code.GTIN, code.Lot, code.Serial, now.Add(-pedigree.CloneWindow)).
		Query(func(rows pgx.Rows) error {
			var sc pedigree.Scan
			var account []byte
			var role *string
			_, err := pgx.ForEachRow(rows, []any{&sc.At, &sc.Organisation, &account, &role}, func() error {
				sc.Account, sc.Role = optionalAddress(account), pedigree.RoleNone
				if role != nil {
					r, err := pedigree.ParseRole(*role)
					if err != nil {
						return err
					}
					sc.Role = r
				}
				ev.scans = append(ev.scans, sc)
				return nil
			})
			return err
		})
	reads.Queue(`SELECT chain_id, contract, block_number, block_hash FROM indexer_state`).QueryRow(func(row pgx.Row) error {
		err := row.Scan(&ev.chainID, &ev.contract, &ev.block, &ev.blockHash)
		if errors.Is(err, pgx.ErrNoRows) {
			return pedigree.Errorf(pedigree.EUNAVAILABLE, "the projection has not been started yet: retry in a moment")
		}
		return err
	})
}

// evidence gathers what lets anyone check the answer on the chain, as of the projection's
// block: the batch id and serial hash the code gives, the batch's commitments, the pack's
// Merkle proof (built from the batch's serial list, checked against the root on chain), and
// the contract calls that reproduce each fact.
//
// With professional, the token covering the pack (whose ownerOf is the custodian's account)
// and the transaction of the pack's last state change are among the facts. An anonymous
// caller is given no account, and no transaction or token that leads to one, but the
// manufacturer's (and a regulator's recall): the token only while the manufacturer holds it
// with no shipment pending (token(id) names the receiver), the state change's transaction only
// when the manufacturer made it. What is left out is simply not claimed.
func (v *Verifier) evidence(ctx context.Context, code pedigree.PackCode, b verifyBatch, ev packEvidence, pack *pedigree.PackInfo, professional bool) (*pedigree.Evidence, error) {
	gtin, err := strconv.ParseUint(code.GTIN, 10, 64)
	if err != nil {
		return nil, pedigree.Errorf(pedigree.EINVALID, "gtin: %q is not 14 digits", code.GTIN)
	}
	batchID := pedigree.TokenIDFromBig(chain.BatchID(gtin, code.Lot))
	e := &pedigree.Evidence{
		ChainID: uint64(ev.chainID), Contract: pedigree.Address(ev.contract), Block: uint64(ev.block), BlockHash: pedigree.Hash(ev.blockHash),
		BatchID: batchID, SerialHash: pedigree.Hash(merkle.SerialHash(code.Serial)),
	}
	e.Checks = append(e.Checks, pedigree.Check{
		Fact:   fmt.Sprintf("the code's GTIN %s and lot %q give the batch id", code.GTIN, code.Lot),
		Method: "batchIdOf(uint64,string)", Args: []string{strconv.FormatUint(gtin, 10), code.Lot},
		Expect: map[string]string{"result": batchID.Big().String()},
	})
	if !b.batchKnown {
		e.Checks = append(e.Checks, pedigree.Check{
			Fact:   "no batch with this id is registered",
			Method: "batch(uint256)", Args: []string{batchID.Big().String()},
			Expect: map[string]string{"revert": "PedigreeUnknownBatch"},
		})
		return e, nil
	}
	root, tx := pedigree.Hash(b.root), pedigree.Hash(b.registeredTx)
	e.SerialsRoot, e.RegisteredBlock, e.RegisteredTx = &root, uint64(*b.registeredBlock), &tx
	recall := "0"
	if b.recallTx != nil {
		h := pedigree.Hash(b.recallTx)
		e.RecallTx, recall = &h, strconv.Itoa(int(*b.recallReason))
	}
	e.Checks = append(e.Checks, pedigree.Check{
		Fact:   fmt.Sprintf("the batch is registered by its manufacturer, expires on %s, and %s", b.expiry.Format(time.DateOnly), recallWords(b.recallReason)),
		Method: "batch(uint256)", Args: []string{batchID.Big().String()},
		Expect: map[string]string{
			"serialsRoot": root.String(), "manufacturer": pedigree.Address(b.manufacturer).String(),
			"expiryDay": strconv.FormatInt(b.expiry.Unix()/86400, 10), "recallReason": recall,
		},
	})
	tree, err := v.trees.Get(ctx, pedigree.TokenID(b.id), func(ctx context.Context) (*merkle.Tree, error) {
		return v.buildTree(ctx, b)
	})
	if err != nil {
		return nil, err
	}
	if b.index == nil {
		// The proof of a fake: the two neighbours in the batch's sorted list that enclose the
		// serial's hash.
		nm, err := tree.NonMembership(common.Hash(e.SerialHash))
		if err != nil {
			return nil, fmt.Errorf("prove %q is not in batch %x: %w", code.Serial, b.id, err)
		}
		e.NonMembership = &nm
		e.Checks = append(e.Checks, pedigree.Check{
			Fact: fmt.Sprintf("no serial of the batch hashes to %s: the neighbours at sorted positions %d and %d enclose it",
				e.SerialHash, nm.Low.Position, nm.High.Position),
			Method: "verifyAbsent(uint256,bytes32,(uint256,bytes32,bytes32[]),(uint256,bytes32,bytes32[]))",
			Args:   []string{batchID.Big().String(), e.SerialHash.String(), neighbourArg(nm.Low), neighbourArg(nm.High)},
			Expect: map[string]string{"result": "true"},
		})
		return e, nil
	}

	index := int(*b.index)
	proof, err := tree.Proof(index)
	if err != nil {
		return nil, fmt.Errorf("prove pack %d: %w", index, err)
	}
	token := pedigree.TokenID(ev.token)
	manufacturer := pedigree.Address(b.manufacturer)
	showToken := professional || optionalAddress(ev.holder) == manufacturer && ev.pending == nil
	e.Index, e.Proof = &index, make([]pedigree.Hash, len(proof))
	if showToken {
		e.TokenID = &token
	}
	for i, h := range proof {
		e.Proof[i] = pedigree.Hash(h)
	}
	if ev.stateTx != nil && (professional || optionalAddress(ev.stateActor) == manufacturer) {
		h := pedigree.Hash(ev.stateTx)
		e.StateTx = &h
	}
	proofArg := make([]string, len(proof))
	for i, h := range proof {
		proofArg[i] = h.Hex()
	}
	state := map[string]string{"state": strconv.Itoa(int(pack.State))}
	if pack.StateDay != nil {
		state["day"] = strconv.FormatInt(pack.StateDay.Unix()/86400, 10)
	}
	e.Checks = append(e.Checks,
		pedigree.Check{
			Fact:   fmt.Sprintf("the serial is pack %d of the batch's committed list", index),
			Method: "verifySerial(uint256,uint256,bytes32,bytes32[])",
			Args:   []string{batchID.Big().String(), strconv.Itoa(index), e.SerialHash.String(), "[" + strings.Join(proofArg, ",") + "]"},
			Expect: map[string]string{"result": "true"},
		},
		pedigree.Check{
			Fact:   fmt.Sprintf("the pack is %s", pack.State),
			Method: "packState(uint256,uint256)", Args: []string{batchID.Big().String(), strconv.Itoa(index)},
			Expect: state,
		},
	)
	if showToken {
		e.Checks = append(e.Checks,
			pedigree.Check{
				Fact:   fmt.Sprintf("token %s covers packs %d to %d, the pack's among them", token, ev.tokenStart, ev.tokenEnd-1),
				Method: "token(uint256)", Args: []string{token.Big().String()},
				Expect: map[string]string{"batchId": batchID.Big().String(), "start": strconv.Itoa(int(ev.tokenStart)), "end": strconv.Itoa(int(ev.tokenEnd))},
			},
			pedigree.Check{
				Fact:   "the token's holder is the pack's custodian",
				Method: "ownerOf(uint256)", Args: []string{token.Big().String()},
				Expect: map[string]string{"result": pedigree.Address(ev.holder).String()},
			})
	}
	return e, nil
}

// neighbourArg writes a sorted-tree neighbour as a check's tuple argument.
func neighbourArg(n pedigree.Neighbour) string {
	proof := make([]string, len(n.Proof))
	for i, h := range n.Proof {
		proof[i] = h.String()
	}
	return fmt.Sprintf("(%d,%s,[%s])", n.Position, n.SerialHash, strings.Join(proof, ","))
}

// recallWords says whether a batch is recalled, for a check's fact.
func recallWords(reason *int16) string {
	if reason == nil {
		return "is not recalled"
	}
	return fmt.Sprintf("is recalled (reason %d)", *reason)
}

func (v *Verifier) buildTree(ctx context.Context, b verifyBatch) (*merkle.Tree, error) {
	serials, err := NewBatches(v.pool).Serials(ctx, pedigree.TokenID(b.id))
	if err != nil {
		return nil, err
	}
	if len(serials) != int(*b.quantity) {
		return nil, pedigree.Errorf(pedigree.EINTERNAL, "batch %x has %d serials stored, %d on chain", b.id, len(serials), *b.quantity)
	}
	tree, err := merkle.New(serials)
	if err != nil {
		return nil, err
	}
	if tree.Root() != common.Hash(b.root) {
		return nil, pedigree.Errorf(pedigree.EINTERNAL, "the stored serials of batch %x do not give the root on chain", b.id)
	}
	return tree, nil
}

// custodyFacts adds to facts what the verdict reads of a known pack's custody: the holder and
// its role, the pending receiver, every party on the pack's custody path, who last changed
// its state, and the recent scans.
func custodyFacts(facts *pedigree.VerificationFacts, out pedigree.Verification, ev packEvidence) {
	facts.RecentScans = ev.scans
	facts.Custodian = pedigree.Address(ev.holder)
	facts.Pending = optionalAddress(ev.pending)
	facts.StateActor = optionalAddress(ev.stateActor)
	if out.Custodian != nil {
		facts.CustodianRole = out.Custodian.Role
	}
	path := []pedigree.Address{facts.Custodian}
	if !facts.Pending.IsZero() {
		path = append(path, facts.Pending)
	}
	for _, e := range out.Provenance {
		for _, p := range []*pedigree.Party{e.From, e.To} {
			if p != nil && !slices.Contains(path, p.Account) {
				path = append(path, p.Account)
			}
		}
	}
	facts.CustodyPath = path
}

// optionalAddress returns the address a nullable column holds, zero for NULL.
func optionalAddress(b []byte) pedigree.Address {
	if len(b) != len(pedigree.Address{}) {
		return pedigree.Address{}
	}
	return pedigree.Address(b)
}

// logScan records the scan and the alerts it raises, in one statement. An alert of a kind
// already raised about the batch (or, without a batch, the GTIN) in the same AlertWindow is
// counted into it: one row per (kind, scope, bucket), upserted, so concurrent verifications
// add up rather than race. stateActor is who last changed the pack's state, if anyone did.
func (v *Verifier) logScan(ctx context.Context, req pedigree.VerifyRequest, b verifyBatch, out pedigree.Verification, facts pedigree.VerificationFacts, stateActor []byte) (int64, error) {
	var org, usr *int64
	who := pedigree.Wordsf("A member of the public (anonymous)")
	if req.Scanner != nil {
		org, who = &req.Scanner.ID, pedigree.Wordsf("%s", req.Scanner.Name)
		if req.User != 0 {
			usr = &req.User
		}
	}
	var batchID []byte
	var index *int32
	scope := "gtin:" + req.Code.GTIN
	if b.batchKnown {
		batchID = b.id
		index = b.index
		scope = hex.EncodeToString(b.id)
	}
	// pedigree.Decide said which findings raise which alert; only the words are chosen here.
	// They are kept as their format and arguments too, for a page to say in its language.
	var kinds, messages, words []string
	for _, r := range out.Reasons {
		if r.Alert == "" || slices.Contains(kinds, r.Alert.String()) {
			continue
		}
		message := r.Words()
		switch r.Alert {
		case pedigree.AlertUnknownProduct:
			message = pedigree.Wordsf("%s verified a product (GTIN) no batch on chain has: %s", who, r.Words())
		case pedigree.AlertUnknownBatch:
			message = pedigree.Wordsf("%s verified a lot its product does not have on chain: %s", who, r.Words())
		case pedigree.AlertUnknownSerial:
			message = pedigree.Wordsf("A serial not in the batch's list was verified: %s", r.Words())
		case pedigree.AlertDataMismatch:
			message = pedigree.Wordsf("%s verified a pack whose printed data differ from its batch's: %s", who, r.Words())
		case pedigree.AlertDecommissionedScanned:
			if req.Scanner != nil && bytes.Equal(stateActor, req.Scanner.Account[:]) {
				message = pedigree.Wordsf("%s verified a pack already decommissioned by itself.", who)
			} else {
				message = pedigree.Wordsf("%s verified a pack already decommissioned by someone else.", who)
			}
		case pedigree.AlertDiversion:
			message = pedigree.Wordsf("%s scanned a pack whose token its %s still holds: it never reached a pharmacy and may have been diverted.",
				who, facts.CustodianRole.String())
		case pedigree.AlertCustodyMismatch:
			message = pedigree.Wordsf("%s verified an active pack another pharmacy holds: it may have been diverted.", who)
		case pedigree.AlertRecalledPresented:
			message = pedigree.Wordsf("%s presented a pack of a recalled batch for supply.", who)
		case pedigree.AlertExpiredPresented:
			message = pedigree.Wordsf("%s presented an expired pack for supply.", who)
		}
		stored, err := json.Marshal(message)
		if err != nil {
			return 0, fmt.Errorf("log scan: %w", err)
		}
		kinds, messages, words = append(kinds, r.Alert.String()), append(messages, message.String()), append(words, string(stored))
	}
	var id int64
	err := v.pool.QueryRow(ctx, `
		WITH scan AS (
			INSERT INTO scans (at, organisation_id, gtin, lot, serial, batch_id, pack_index, verdict, user_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $13) RETURNING id
		), raised AS (
			INSERT INTO alerts AS a (at, last_at, bucket, scope, kind, scan_id, last_scan_id, organisation_id, gtin, lot, serial, batch_id, message, words)
			SELECT $1, $1, $11, $12, k, scan.id, scan.id, $2, $3, $4, $5, $6, m, w::jsonb FROM scan, unnest($9::text[], $10::text[], $14::text[]) AS x(k, m, w)
			ON CONFLICT (kind, scope, bucket) WHERE status <> 'closed' DO UPDATE SET count = a.count + 1,
				last_at = greatest(a.last_at, excluded.last_at), last_scan_id = greatest(a.last_scan_id, excluded.last_scan_id)
			RETURNING a.id
		), linked AS (
			INSERT INTO scan_alerts (scan_id, alert_id) SELECT scan.id, raised.id FROM scan, raised
		)
		SELECT id FROM scan`,
		facts.Now, org, req.Code.GTIN, req.Code.Lot, req.Code.Serial, batchID, index, string(out.Verdict), kinds, messages,
		pedigree.AlertBucket(facts.Now), scope, usr, words).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("log scan: %w", err)
	}
	return id, nil
}
