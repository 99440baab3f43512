package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

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
	facts := pedigree.VerificationFacts{Now: now, CodeExpiry: code.Expiry, ScannerRole: pedigree.RoleNone}
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

	// Everything a verdict reads, in one round trip: each query finds the pack by its code.
	var b verifyBatch
	var ev packEvidence
	reads := &pgx.Batch{}
	reads.Queue(`
		SELECT EXISTS (SELECT 1 FROM batches WHERE superseded_at IS NULL AND gtin = $1),
		       b.batch_id IS NOT NULL, b.batch_id, b.expiry, b.quantity, b.status, b.recall_reason, b.serials_root,
		       b.registered_block, b.registered_tx, b.manufacturer, p.gln, o.name, d.product, s.pack_index
		FROM (SELECT 1) one
		LEFT JOIN batches b ON b.superseded_at IS NULL AND b.gtin = $1 AND b.lot = $2
		LEFT JOIN participants p ON p.superseded_at IS NULL AND p.account = b.manufacturer
		LEFT JOIN organisations o ON o.account = b.manufacturer
		LEFT JOIN batch_details d ON d.batch_id = b.batch_id
		LEFT JOIN serials s ON s.batch_id = b.batch_id AND s.serial = $3`,
		code.GTIN, code.Lot, code.Serial).QueryRow(func(row pgx.Row) error {
		return row.Scan(&b.productKnown, &b.batchKnown, &b.id, &b.expiry, &b.quantity, &b.status, &b.recallReason,
			&b.root, &b.registeredBlock, &b.registeredTx, &b.manufacturer, &b.manufacturerGLN, &b.manufacturerName, &b.product, &b.index)
	})
	v.queuePackReads(reads, &out, &facts, &ev, code, now)
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
		facts.RecentScans = ev.scans
		facts.Custodian = pedigree.Address(ev.holder)
		var err error
		if out.Evidence, err = v.evidence(ctx, b, index, code.Serial, ev); err != nil {
			return out, err
		}
	} else {
		out.Provenance = out.Provenance[:0] // a serial not in the list has no provenance
		out.Custodian, out.Pending = nil, nil
	}

	out.Verdict, out.Reasons = pedigree.Decide(facts)
	if req.Scanner == nil {
		redact(&out)
	}
	var err error
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
	stateTx         []byte
	stateActor      []byte
	chainID         int64
	contract        []byte
	block           int64
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
	reads.Queue(`SELECT t.token_id, t.holder, hp.role, hp.gln, ho.name, t.pending_to, pp.role, pp.gln, po.name `+pack+`
		JOIN tokens t ON t.superseded_at IS NULL AND t.batch_id = b.batch_id AND t.range_start <= s.pack_index AND t.range_end > s.pack_index
		LEFT JOIN participants hp ON hp.superseded_at IS NULL AND hp.account = t.holder
		LEFT JOIN organisations ho ON ho.account = t.holder
		LEFT JOIN participants pp ON pp.superseded_at IS NULL AND pp.account = t.pending_to
		LEFT JOIN organisations po ON po.account = t.pending_to
		WHERE `+where, args...).QueryRow(func(row pgx.Row) error {
		var h, p partyRow
		err := row.Scan(append(append([]any{&ev.token}, h.dest()...), p.dest()...)...)
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
	reads.Queue(`SELECT c.at, coalesce(c.organisation_id::text, '') `+pack+`
		JOIN scans c ON c.batch_id = b.batch_id AND c.pack_index = s.pack_index AND c.at > $4
		WHERE `+where+` ORDER BY c.at DESC LIMIT 200`, code.GTIN, code.Lot, code.Serial, now.Add(-pedigree.CloneWindow)).
		Query(func(rows pgx.Rows) error {
			var sc pedigree.Scan
			_, err := pgx.ForEachRow(rows, []any{&sc.At, &sc.Organisation}, func() error {
				ev.scans = append(ev.scans, sc)
				return nil
			})
			return err
		})
	reads.Queue(`SELECT chain_id, contract, block_number FROM indexer_state`).QueryRow(func(row pgx.Row) error {
		err := row.Scan(&ev.chainID, &ev.contract, &ev.block)
		if errors.Is(err, pgx.ErrNoRows) {
			return pedigree.Errorf(pedigree.EUNAVAILABLE, "the projection has not been started yet: retry in a moment")
		}
		return err
	})
}

// evidence builds the pack's Merkle proof from the batch's serial list, checking the list
// against the root on chain.
func (v *Verifier) evidence(ctx context.Context, b verifyBatch, index int, serial string, ev packEvidence) (*pedigree.Evidence, error) {
	tree, err := v.trees.Get(ctx, pedigree.TokenID(b.id), func(ctx context.Context) (*merkle.Tree, error) {
		return v.buildTree(ctx, b)
	})
	if err != nil {
		return nil, err
	}
	proof, err := tree.Proof(index)
	if err != nil {
		return nil, fmt.Errorf("prove pack %d: %w", index, err)
	}
	e := &pedigree.Evidence{
		ChainID: uint64(ev.chainID), Contract: pedigree.Address(ev.contract), BatchID: pedigree.TokenID(b.id),
		SerialsRoot: pedigree.Hash(b.root), Index: index, SerialHash: pedigree.Hash(merkle.SerialHash(serial)),
		RegisteredBlock: uint64(*b.registeredBlock), RegisteredTx: pedigree.Hash(b.registeredTx),
		TokenID: pedigree.TokenID(ev.token), Block: uint64(ev.block), Proof: make([]pedigree.Hash, len(proof)),
	}
	for i, h := range proof {
		e.Proof[i] = pedigree.Hash(h)
	}
	if ev.stateTx != nil {
		h := pedigree.Hash(ev.stateTx)
		e.StateTx = &h
	}
	return e, nil
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

// redact keeps, for an anonymous caller, no business data but the manufacturer's: other
// parties show their role alone, and the decommissioning pharmacy is not named.
func redact(out *pedigree.Verification) {
	anon := func(p *pedigree.Party) *pedigree.Party {
		if p == nil || p.Role == pedigree.RoleManufacturer {
			return p
		}
		return &pedigree.Party{Role: p.Role, Account: p.Account}
	}
	out.Custodian, out.Pending = anon(out.Custodian), anon(out.Pending)
	for i := range out.Provenance {
		out.Provenance[i].From, out.Provenance[i].To = anon(out.Provenance[i].From), anon(out.Provenance[i].To)
	}
}

// logScan records the scan and the alerts it raises, in one statement.
// stateActor is who last changed the pack's state, if anyone did.
func (v *Verifier) logScan(ctx context.Context, req pedigree.VerifyRequest, b verifyBatch, out pedigree.Verification, facts pedigree.VerificationFacts, stateActor []byte) (int64, error) {
	var org *int64
	orgName := ""
	if req.Scanner != nil {
		org, orgName = &req.Scanner.ID, req.Scanner.Name
	}
	var batchID []byte
	var index *int32
	if b.batchKnown {
		batchID = b.id
		index = b.index
	}
	// pedigree.Decide said which findings raise which alert; only the words are chosen here.
	var kinds, messages []string
	for _, r := range out.Reasons {
		message := r.Message
		switch r.Alert {
		case "":
			continue
		case pedigree.AlertUnknownSerial:
			message = "A serial not in the batch's list was verified: " + r.Message
		case pedigree.AlertDecommissionedScanned:
			who := "someone else"
			if req.Scanner != nil && bytes.Equal(stateActor, req.Scanner.Account[:]) {
				who = "itself"
			}
			message = fmt.Sprintf("%s verified a pack already decommissioned by %s.", orgName, who)
		}
		kinds, messages = append(kinds, r.Alert.String()), append(messages, message)
	}
	var id int64
	err := v.pool.QueryRow(ctx, `
		WITH scan AS (
			INSERT INTO scans (at, organisation_id, gtin, lot, serial, batch_id, pack_index, verdict)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
		), raised AS (
			INSERT INTO alerts (at, kind, scan_id, organisation_id, gtin, lot, serial, batch_id, message)
			SELECT $1, k, scan.id, $2, $3, $4, $5, $6, m FROM scan, unnest($9::text[], $10::text[]) AS a(k, m)
		)
		SELECT id FROM scan`,
		facts.Now, org, req.Code.GTIN, req.Code.Lot, req.Code.Serial, batchID, index, string(out.Verdict), kinds, messages).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("log scan: %w", err)
	}
	return id, nil
}

// Alerts lists the alerts scans raised. It implements pedigree.AlertService.
type Alerts struct{ pool *pgxpool.Pool }

var _ pedigree.AlertService = (*Alerts)(nil)

// NewAlerts returns the alerts stored in pool's database.
func NewAlerts(pool *pgxpool.Pool) *Alerts { return &Alerts{pool: pool} }

// Alerts implements pedigree.AlertService.
func (s *Alerts) Alerts(ctx context.Context, before time.Time, limit int) ([]pedigree.Alert, error) {
	if before.IsZero() {
		before = time.Now().Add(time.Hour)
	}
	rows, err := s.pool.Query(ctx, `
		SELECT a.id, a.at, a.kind, a.gtin, coalesce(a.lot, ''), coalesce(a.serial, ''), coalesce(o.name, ''), a.message
		FROM alerts a LEFT JOIN organisations o ON o.id = a.organisation_id
		WHERE a.at < $1 ORDER BY a.at DESC, a.id DESC LIMIT $2`, before, limit)
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.Alert, error) {
		var a pedigree.Alert
		var kind string
		if err := row.Scan(&a.ID, &a.At, &kind, &a.GTIN, &a.Lot, &a.Serial, &a.Organisation, &a.Message); err != nil {
			return a, err
		}
		return a, a.Kind.UnmarshalText([]byte(kind))
	})
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	return out, nil
}
