package postgres

import (
	"bytes"
	"context"
	"encoding/json"
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
		Pack:       &pedigree.PackInfo{GTIN: code.GTIN, Lot: code.Lot, Serial: code.Serial, Index: -1, State: "unknown"},
		Provenance: []pedigree.CustodyEvent{},
	}
	if code.Expiry != nil {
		d := pedigree.DateOf(*code.Expiry)
		out.Pack.Expiry = &d
	}

	var b verifyBatch
	err := v.pool.QueryRow(ctx, `
		SELECT EXISTS (SELECT 1 FROM batches WHERE superseded_at IS NULL AND gtin = $1),
		       b.batch_id IS NOT NULL, b.batch_id, b.expiry, b.quantity, b.recall_reason, b.serials_root,
		       b.registered_block, b.registered_tx, b.manufacturer, p.gln, o.name, d.product, s.pack_index
		FROM (SELECT 1) one
		LEFT JOIN batches b ON b.superseded_at IS NULL AND b.gtin = $1 AND b.lot = $2
		LEFT JOIN participants p ON p.superseded_at IS NULL AND p.account = b.manufacturer
		LEFT JOIN organisations o ON o.account = b.manufacturer
		LEFT JOIN batch_details d ON d.batch_id = b.batch_id
		LEFT JOIN serials s ON s.batch_id = b.batch_id AND s.serial = $3`,
		code.GTIN, code.Lot, code.Serial).Scan(&b.productKnown, &b.batchKnown, &b.id, &b.expiry, &b.quantity, &b.recallReason,
		&b.root, &b.registeredBlock, &b.registeredTx, &b.manufacturer, &b.manufacturerGLN, &b.manufacturerName, &b.product, &b.index)
	if err != nil {
		return out, fmt.Errorf("look up %s/%s: %w", code.GTIN, code.Lot, err)
	}
	facts.ProductKnown, facts.BatchKnown, facts.SerialKnown = b.productKnown, b.batchKnown, b.index != nil

	var ev packEvidence
	if b.batchKnown {
		manufacturer := pedigree.Party{Role: pedigree.RoleManufacturer, Account: pedigree.Address(b.manufacturer)}
		if b.manufacturerGLN != nil {
			manufacturer.GLN = *b.manufacturerGLN
		}
		if b.manufacturerName != nil {
			manufacturer.Name = *b.manufacturerName
		}
		status, reason := "active", 0
		if b.recallReason != nil {
			status, reason = "recalled", int(*b.recallReason)
			facts.RecallReason = uint8(*b.recallReason)
		}
		out.Batch = &pedigree.BatchInfo{ID: pedigree.TokenID(b.id), GTIN: code.GTIN, Lot: code.Lot, Expiry: pedigree.DateOf(*b.expiry),
			Quantity: int(*b.quantity), Status: status, RecallReason: reason, Manufacturer: manufacturer}
		if b.product != nil {
			_ = json.Unmarshal(b.product, &out.Batch.Product)
		}
		facts.BatchExpiry = *b.expiry
	}
	if b.index != nil {
		index := int(*b.index)
		out.Pack.Index, out.Pack.State = index, pedigree.PackActive.String()
		var err error
		if ev, err = v.packFacts(ctx, &out, &facts, b, index, now); err != nil {
			return out, err
		}
		facts.RecentScans = ev.scans
		if out.Evidence, err = v.evidence(ctx, b, index, code.Serial, ev); err != nil {
			return out, err
		}
	}

	out.Verdict, out.Reasons = pedigree.Decide(facts)
	parties, err := v.parties(ctx, out.Provenance, ev.holder, ev.pending)
	if err != nil {
		return out, err
	}
	if ev.holder != nil {
		out.Custodian = parties[pedigree.Address(ev.holder)]
	}
	if ev.pending != nil {
		out.Pending = parties[pedigree.Address(ev.pending)]
	}
	nameParties(out.Provenance, parties)
	if req.Scanner == nil {
		redact(&out)
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
	stateTx         []byte
	stateActor      []byte
	chainID         int64
	contract        []byte
	block           int64
}

// packFacts reads the pack's state, the token covering it, its provenance, its recent scans
// and the projection's cursor, in one round trip.
func (v *Verifier) packFacts(ctx context.Context, out *pedigree.Verification, facts *pedigree.VerificationFacts, b verifyBatch, index int, now time.Time) (packEvidence, error) {
	var ev packEvidence
	batch := &pgx.Batch{}
	batch.Queue(`SELECT state, day, actor, tx_hash FROM pack_states WHERE superseded_at IS NULL AND batch_id = $1 AND pack_index = $2`, b.id, index).
		QueryRow(func(row pgx.Row) error {
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
			out.Pack.State = state
			if ps != pedigree.PackActive {
				d := pedigree.DateOf(day)
				out.Pack.StateDay = &d
			}
			return nil
		})
	batch.Queue(`SELECT token_id, holder, pending_to FROM tokens
		WHERE superseded_at IS NULL AND batch_id = $1 AND range_start <= $2 AND range_end > $2`, b.id, index).
		QueryRow(func(row pgx.Row) error {
			err := row.Scan(&ev.token, &ev.holder, &ev.pending)
			if errors.Is(err, pgx.ErrNoRows) {
				return pedigree.Errorf(pedigree.EINTERNAL, "no token covers pack %d of batch %x in the projection", index, b.id)
			}
			return err
		})
	batch.Queue(`SELECT `+custodyColumns+` FROM custody_events
		WHERE batch_id = $1 AND range_start <= $2 AND range_end > $2 ORDER BY block_number, log_index`, b.id, index).
		Query(func(rows pgx.Rows) error {
			events, err := collectCustody(rows)
			out.Provenance = append(out.Provenance, events...)
			return err
		})
	batch.Queue(`SELECT at, coalesce(organisation_id::text, '') FROM scans
		WHERE batch_id = $1 AND pack_index = $2 AND at > $3 ORDER BY at DESC LIMIT 200`, b.id, index, now.Add(-pedigree.CloneWindow)).
		Query(func(rows pgx.Rows) error {
			var s pedigree.Scan
			_, err := pgx.ForEachRow(rows, []any{&s.At, &s.Organisation}, func() error {
				ev.scans = append(ev.scans, s)
				return nil
			})
			return err
		})
	batch.Queue(`SELECT chain_id, contract, block_number FROM indexer_state`).QueryRow(func(row pgx.Row) error {
		return row.Scan(&ev.chainID, &ev.contract, &ev.block)
	})
	if err := v.pool.SendBatch(ctx, batch).Close(); err != nil {
		return ev, fmt.Errorf("read pack %d of batch %x: %w", index, b.id, err)
	}
	facts.Custodian = pedigree.Address(ev.holder)
	return ev, nil
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

// parties names the accounts of a verification: GLN and role from the projection, the name
// from the organisations this service hosts.
func (v *Verifier) parties(ctx context.Context, events []pedigree.CustodyEvent, more ...[]byte) (map[pedigree.Address]*pedigree.Party, error) {
	var accounts [][]byte
	for _, e := range events {
		if e.From != nil {
			accounts = append(accounts, e.From.Account[:])
		}
		if e.To != nil {
			accounts = append(accounts, e.To.Account[:])
		}
	}
	for _, a := range more {
		if a != nil {
			accounts = append(accounts, a)
		}
	}
	out := map[pedigree.Address]*pedigree.Party{}
	if len(accounts) == 0 {
		return out, nil
	}
	rows, err := v.pool.Query(ctx, `
		SELECT p.account, p.role, p.gln, coalesce(o.name, '')
		FROM participants p LEFT JOIN organisations o ON o.account = p.account
		WHERE p.superseded_at IS NULL AND p.account = ANY($1)`, accounts)
	if err != nil {
		return nil, fmt.Errorf("read parties: %w", err)
	}
	var account []byte
	var role, gln, name string
	_, err = pgx.ForEachRow(rows, []any{&account, &role, &gln, &name}, func() error {
		r, err := pedigree.ParseRole(role)
		if err != nil {
			return err
		}
		out[pedigree.Address(account)] = &pedigree.Party{Role: r, GLN: gln, Name: name, Account: pedigree.Address(account)}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read parties: %w", err)
	}
	for _, a := range accounts {
		if _, ok := out[pedigree.Address(a)]; !ok { // not a participant: cannot happen on a consistent projection
			out[pedigree.Address(a)] = &pedigree.Party{Account: pedigree.Address(a)}
		}
	}
	return out, nil
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
	var kinds, messages []string
	for _, r := range out.Reasons {
		switch r.Verdict {
		case pedigree.VerdictUnknownSerial:
			kinds, messages = append(kinds, "unknown_serial"), append(messages, "A serial not in the batch's list was verified: "+r.Message)
		case pedigree.VerdictSuspectClone:
			kind := "multiple_organisations"
			if len(facts.RecentScans) >= pedigree.MaxScansPerWindow {
				kind = "scan_rate"
			}
			kinds, messages = append(kinds, kind), append(messages, r.Message)
		case pedigree.VerdictAlreadyDecommissioned:
			// A patient checking a dispensed pack is expected; another organisation scanning it is not.
			if req.Scanner != nil && !bytes.Equal(stateActor, req.Scanner.Account[:]) {
				kinds, messages = append(kinds, "decommissioned_scanned"), append(messages, fmt.Sprintf("%s verified a pack already decommissioned by someone else.", orgName))
			}
		}
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
		err := row.Scan(&a.ID, &a.At, &a.Kind, &a.GTIN, &a.Lot, &a.Serial, &a.Organisation, &a.Message)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	return out, nil
}
