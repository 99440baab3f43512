package postgres

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
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
//
// A verification costs one round trip to read (the projection's cursor, the serial's index,
// the pack's recent scans) and a row in the scan log: what the projection holds of the batch
// is kept in memory (batchCache), the batch's Merkle tree too (merkle.Cache).
type Verifier struct {
	pool       *pgxpool.Pool
	now        func() time.Time
	trees      *merkle.Cache[pedigree.Hash] // by serials root: a tree never changes
	batches    *batchCache
	partitions *ScanPartitions
	// Await, when set, is called when a professional's organisation acted in a block the
	// projection does not hold yet; it returns once it does, or when it gives up, and the
	// Verifier reads again. An answer still short of the action says so (Unseen): the caller
	// reads its own writes, or is told it does not.
	Await func(ctx context.Context, block uint64)
	// Writes, when set, commits the scan log's rows in groups (group commit); nil: each row in
	// a transaction of its own. Either way a verification answers once its row is committed.
	Writes *Committer
}

var _ pedigree.Verifier = (*Verifier)(nil)

// cachedBatches is how many batches a Verifier keeps in memory.
const cachedBatches = 4096

// NewVerifier returns a Verifier reading pool; now is the clock (time.Now in production).
func NewVerifier(pool *pgxpool.Pool, now func() time.Time) *Verifier {
	return &Verifier{pool: pool, now: now, trees: merkle.NewCache[pedigree.Hash](16), batches: newBatchCache(pool, cachedBatches),
		partitions: NewScanPartitions(pool)}
}

// Follow brings what the Verifier keeps in memory up to the projection's cursor, dropping what
// changed: the indexer of this process calls it after each range it applies
// (indexer.Config.Applied). Other instances' verifications find the new cursor themselves.
func (v *Verifier) Follow(ctx context.Context) error { return v.batches.Sync(ctx) }

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

	gtin, err := strconv.ParseUint(code.GTIN, 10, 64)
	if err != nil {
		return out, pedigree.Errorf(pedigree.EINVALID, "gtin: %q is not 14 digits", code.GTIN)
	}
	batchID := chain.BatchID(gtin, code.Lot).FillBytes(make([]byte, 32))

	// What changes with every scan, in one round trip: the projection's cursor (so the cache
	// answers as of it or later), the serial's place in the batch's list, the block of the
	// scanner's organisation's latest action (which the answer must show), and the pack's
	// recent scans. What the projection holds of the batch comes from the cache, which follows
	// the projection block by block (batchCache).
	var org int64
	if req.Scanner != nil {
		org = req.Scanner.ID
	}
	seen, index, mine, scans, err := v.read(ctx, code, batchID, org, now)
	if err != nil {
		return out, err
	}
	if mine > seen.block && v.Await != nil {
		v.Await(ctx, uint64(mine))
		if seen, index, mine, scans, err = v.read(ctx, code, batchID, org, now); err != nil {
			return out, err
		}
	}
	ev := packEvidence{scans: scans}
	e, asOf, err := v.batches.get(ctx, seen, code.GTIN, code.Lot)
	if err != nil {
		return out, err
	}
	b := e.b
	ev.chainID, ev.contract, ev.block, ev.blockHash = asOf.chainID, asOf.contract, asOf.block, asOf.blockHash
	if !b.batchKnown {
		index = nil
	} else if index != nil && (*index < 0 || int(*index) >= int(*b.quantity)) {
		return out, pedigree.Errorf(pedigree.EINTERNAL, "serial %q of batch %x has index %d, past its %d packs", code.Serial, b.id, *index, *b.quantity)
	}
	b.index = index
	facts.ProductKnown, facts.BatchKnown, facts.SerialKnown = b.productKnown, b.batchKnown, b.index != nil

	if b.batchKnown {
		info := *e.info
		out.Batch = &info
		facts.RecallReason = uint8(info.RecallReason)
		facts.BatchExpiry = *b.expiry
	}
	if b.index != nil {
		i := *b.index
		t, ok := e.token(i)
		if !ok {
			return out, pedigree.Errorf(pedigree.EINTERNAL, "no token covers pack %d of batch %x in the projection", i, b.id)
		}
		ev.token, ev.tokenStart, ev.tokenEnd, ev.holder, ev.pending = t.id, t.start, t.end, t.holder, t.pending
		out.Custodian, out.Pending = copyParty(t.custodian), copyParty(t.toward)
		out.Pack.Index = int(i)
		out.Pack.State = pedigree.PackActive // no row in pack_states: never changed
		if st, ok := e.states[i]; ok {
			facts.PackState, facts.PackStateDay = st.state, st.day
			ev.stateActor, ev.stateTx = st.actor, st.tx
			out.Pack.State = st.state
			if st.state != pedigree.PackActive {
				d := pedigree.DateOf(st.day)
				out.Pack.StateDay = &d
			}
		}
		out.Provenance = e.provenance(i)
		custodyFacts(&facts, out, ev)
	}

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
	if mine > 0 && uint64(mine) > out.Evidence.Block {
		out.Unseen = pedigree.NewUnseenAction(uint64(mine), out.Evidence.Block)
	}
	return out, nil
}

// read reads, in one round trip, where the projection stands, the serial's index in batch id
// (nil when the serial is not in its list), the block of organisation org's latest action (0
// for none) and the pack's scans since now less the clone window, newest first.
func (v *Verifier) read(ctx context.Context, code pedigree.PackCode, id []byte, org int64, now time.Time) (projectionAt, *int32, int64, []pedigree.Scan, error) {
	var seen projectionAt
	var index *int32
	var mine *int64
	var scans []pedigree.Scan
	rows, err := v.pool.Query(ctx, `
		SELECT st.chain_id, st.contract, st.block_number, st.block_hash, st.epoch, n.version,
		       (SELECT pack_index FROM serials WHERE batch_id = $1 AND serial = $2),
		       (SELECT last_action_block FROM organisations WHERE id = $6), r.at, r.org, r.account, r.role
		FROM indexer_state st CROSS JOIN organisation_names n
		LEFT JOIN LATERAL (
		    SELECT c.at, coalesce(c.organisation_id::text, '') AS org, o.account, o.role
		    FROM scans c LEFT JOIN organisations o ON o.id = c.organisation_id
		    WHERE c.gtin = $3 AND c.lot = $4 AND c.serial = $2 AND c.batch_id IS NOT NULL AND c.at > $5
		    ORDER BY c.at DESC LIMIT 500) r ON true`,
		id, code.Serial, code.GTIN, code.Lot, now.Add(-pedigree.CloneWindow), org)
	if err != nil {
		return seen, nil, 0, nil, fmt.Errorf("look up %s/%s: %w", code.GTIN, code.Lot, err)
	}
	var at *time.Time
	var by *string
	var account []byte
	var role *string
	_, err = pgx.ForEachRow(rows, []any{&seen.chainID, &seen.contract, &seen.block, &seen.blockHash, &seen.epoch, &seen.names, &index, &mine, &at, &by, &account, &role}, func() error {
		seen.known = true
		if at == nil {
			return nil // no recent scan
		}
		sc := pedigree.Scan{At: *at, Organisation: *by, Account: optionalAddress(account), Role: pedigree.RoleNone}
		if role != nil {
			r, err := pedigree.ParseRole(*role)
			if err != nil {
				return err
			}
			sc.Role = r
		}
		scans = append(scans, sc)
		return nil
	})
	if err != nil {
		return seen, nil, 0, nil, fmt.Errorf("look up %s/%s: %w", code.GTIN, code.Lot, err)
	}
	if !seen.known {
		return seen, nil, 0, nil, pedigree.Errorf(pedigree.EUNAVAILABLE, "the projection has not been started yet: retry in a moment")
	}
	var last int64
	if mine != nil {
		last = *mine
	}
	return seen, index, last, scans, nil
}

// packEvidence is what the projection and the scan log say about a known pack.
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
	tree, err := v.trees.Get(ctx, pedigree.Hash(b.root), func(ctx context.Context) (*merkle.Tree, error) {
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
	const logScan = `
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
		SELECT id FROM scan`
	args := []any{facts.Now, org, req.Code.GTIN, req.Code.Lot, req.Code.Serial, batchID, index, string(out.Verdict), kinds, messages,
		pedigree.AlertBucket(facts.Now), scope, usr, words}
	var id int64
	var err error
	if v.Writes != nil {
		err = v.Writes.Do(ctx, facts.Now, logScan, args, func(row pgx.Row) error { return row.Scan(&id) })
	} else if err = v.partitions.Ensure(ctx, facts.Now); err == nil {
		err = v.pool.QueryRow(ctx, logScan, args...).Scan(&id)
	}
	if err != nil {
		v.partitions.forget(err)
		return 0, fmt.Errorf("log scan: %w", err)
	}
	return id, nil
}

// ScanWrites returns a Committer for the scan log in pool's database, making the partitions
// its rows need (a Verifier's Writes).
func (v *Verifier) ScanWrites(writers int) *Committer {
	c := NewCommitter(v.pool, writers)
	c.Before = func(ctx context.Context, keys []any) error {
		times := make([]time.Time, 0, len(keys))
		for _, k := range keys {
			if t, ok := k.(time.Time); ok {
				times = append(times, t)
			}
		}
		return v.partitions.Ensure(ctx, times...)
	}
	return c
}

// Partitions returns the scan log's partitions, for their upkeep.
func (v *Verifier) Partitions() *ScanPartitions { return v.partitions }
