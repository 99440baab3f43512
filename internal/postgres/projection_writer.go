package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// version is one version of a row of a versioned table.
type version[K comparable, R any] struct {
	key        K
	row        R
	block      uint64
	logIndex   uint32
	superseded *uint64 // set when a later event of the same range replaced it
	stored     bool    // it is the database's current version, read at the start
}

// versions holds, for one versioned table, the current version of every row a range touches
// and what the range changes: stored versions it supersedes and new versions to insert.
type versions[K comparable, R any] struct {
	current    map[K]*version[K, R]
	superseded []supersession[K]
	inserts    []*version[K, R]
}

type supersession[K any] struct {
	key   K
	block uint64
}

func newVersions[K comparable, R any]() *versions[K, R] {
	return &versions[K, R]{current: map[K]*version[K, R]{}}
}

// stored records a row the database holds as current.
func (v *versions[K, R]) stored(k K, row R) {
	v.current[k] = &version[K, R]{key: k, row: row, stored: true}
}

// get returns the current version of k's row.
func (v *versions[K, R]) get(k K) (R, bool) {
	cur, ok := v.current[k]
	if !ok {
		var zero R
		return zero, false
	}
	return cur.row, true
}

// put makes row the current version of k, made by the event at meta, superseding the one before.
func (v *versions[K, R]) put(k K, row R, meta pedigree.EventMeta) {
	if cur, ok := v.current[k]; ok {
		if cur.stored {
			v.superseded = append(v.superseded, supersession[K]{k, meta.Block})
		} else {
			b := meta.Block
			cur.superseded = &b
		}
	}
	nv := &version[K, R]{key: k, row: row, block: meta.Block, logIndex: meta.LogIndex}
	v.current[k] = nv
	v.inserts = append(v.inserts, nv)
}

type participantRow struct {
	Number       uint32
	Role         pedigree.Role
	GLN          string
	Suspended    bool
	RegisteredBy pedigree.Address
	ChangedAt    time.Time
}

type batchRow struct {
	GTIN, Lot       string
	Expiry          time.Time
	Quantity        uint32
	SerialsRoot     pedigree.Hash
	IndexRoot       *pedigree.Hash // nil in rows of an older contract, as SortedRoot
	SortedRoot      *pedigree.Hash
	MasterDataHash  pedigree.Hash
	Manufacturer    pedigree.Address
	RecallReason    uint8 // 0: active
	RegisteredBlock uint64
	RegisteredTx    pedigree.Hash
	ChangedAt       time.Time
}

type tokenRow struct {
	BatchID    pedigree.TokenID
	Start, End uint32
	Holder     pedigree.Address
	PendingTo  *pedigree.Address
	ChangedAt  time.Time
}

type packKey struct {
	batch pedigree.TokenID
	index uint32
}

type packRow struct {
	State     pedigree.PackState
	Actor     pedigree.Address
	ChangedAt time.Time
	TxHash    pedigree.Hash
}

// assignmentRow is a company prefix's or single GTIN's current owner, keyed by the prefix or GTIN.
type assignmentRow struct {
	Manufacturer, By pedigree.Address
	ChangedAt        time.Time
	TxHash           pedigree.Hash
}

type custodyRow struct {
	meta         pedigree.EventMeta
	kind         string
	batch, token pedigree.TokenID
	parent       []byte // nil unless a split
	start, end   uint32
	from, to     []byte // nil where the event has no such side
}

// rangeWriter applies one range's events.
type rangeWriter struct {
	tables       tables
	participants *versions[pedigree.Address, participantRow]
	batches      *versions[pedigree.TokenID, batchRow]
	tokens       *versions[pedigree.TokenID, tokenRow]
	packs        *versions[packKey, packRow]
	assignments  *versions[string, assignmentRow]
	custody      []custodyRow
	recalls      []pedigree.BatchRecalled
	keys         []keyEventRow
}

// keyEventRow is a KeyAdded (added) or KeyRetired event.
type keyEventRow struct {
	meta             pedigree.EventMeta
	kind             string
	account, key, by pedigree.Address
}

func newRangeWriter(t tables) *rangeWriter {
	return &rangeWriter{
		tables:       t,
		participants: newVersions[pedigree.Address, participantRow](),
		batches:      newVersions[pedigree.TokenID, batchRow](),
		tokens:       newVersions[pedigree.TokenID, tokenRow](),
		packs:        newVersions[packKey, packRow](),
		assignments:  newVersions[string, assignmentRow](),
	}
}

// load reads the current versions of every row the events touch, one query per table.
func (w *rangeWriter) load(ctx context.Context, tx pgx.Tx, events []pedigree.Event) error {
	var accounts, batches, tokens [][]byte
	var packBatches [][]byte
	var packIndexes []int32
	var codes []string
	for _, ev := range events {
		switch e := ev.(type) {
		case pedigree.ParticipantSuspended:
			accounts = append(accounts, e.Account[:])
		case pedigree.ParticipantReinstated:
			accounts = append(accounts, e.Account[:])
		case pedigree.BatchRecalled:
			batches = append(batches, e.BatchID[:])
		case pedigree.TokenSplit:
			tokens = append(tokens, e.TokenID[:])
		case pedigree.ShipmentSent:
			tokens = append(tokens, e.TokenID[:])
		case pedigree.ShipmentCancelled:
			tokens = append(tokens, e.TokenID[:])
		case pedigree.ShipmentAccepted:
			tokens = append(tokens, e.TokenID[:])
		case pedigree.PackStatesChanged:
			for _, i := range e.Indexes {
				packBatches, packIndexes = append(packBatches, e.BatchID[:]), append(packIndexes, int32(i))
			}
		case pedigree.PackStatesReverted:
			for _, i := range e.Indexes {
				packBatches, packIndexes = append(packBatches, e.BatchID[:]), append(packIndexes, int32(i))
			}
		case pedigree.PrefixAssigned:
			codes = append(codes, e.Prefix)
		case pedigree.GTINAssigned:
			codes = append(codes, e.GTIN)
		}
	}
	if len(accounts) > 0 {
		rows, _ := tx.Query(ctx, `
			SELECT account, number, role, gln, suspended, registered_by, changed_at
			FROM `+w.tables.sql("participants")+` WHERE superseded_at IS NULL AND account = ANY($1)`, accounts)
		var account, by []byte
		var number int32
		var role string
		var r participantRow
		_, err := pgx.ForEachRow(rows, []any{&account, &number, &role, &r.GLN, &r.Suspended, &by, &r.ChangedAt}, func() error {
			parsed, err := pedigree.ParseRole(role)
			if err != nil {
				return err
			}
			r.Number, r.Role, r.RegisteredBy = uint32(number), parsed, pedigree.Address(by)
			w.participants.stored(pedigree.Address(account), r)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read participants: %w", err)
		}
	}
	if len(batches) > 0 {
		rows, _ := tx.Query(ctx, `
			SELECT batch_id, gtin, lot, expiry, quantity, serials_root, index_root, sorted_root, master_data_hash, manufacturer,
			       coalesce(recall_reason, 0), registered_block, registered_tx, changed_at
			FROM `+w.tables.sql("batches")+` WHERE superseded_at IS NULL AND batch_id = ANY($1)`, batches)
		var id, root, indexRoot, sortedRoot, master, manufacturer, regTx []byte
		var quantity int32
		var reason int16
		var regBlock int64
		var r batchRow
		_, err := pgx.ForEachRow(rows, []any{&id, &r.GTIN, &r.Lot, &r.Expiry, &quantity, &root, &indexRoot, &sortedRoot, &master, &manufacturer, &reason, &regBlock, &regTx, &r.ChangedAt}, func() error {
			r.Quantity, r.SerialsRoot, r.MasterDataHash, r.Manufacturer = uint32(quantity), pedigree.Hash(root), pedigree.Hash(master), pedigree.Address(manufacturer)
			r.IndexRoot, r.SortedRoot = optionalHash(indexRoot), optionalHash(sortedRoot)
			r.RecallReason, r.RegisteredBlock, r.RegisteredTx = uint8(reason), uint64(regBlock), pedigree.Hash(regTx)
			w.batches.stored(pedigree.TokenID(id), r)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read batches: %w", err)
		}
	}
	if len(tokens) > 0 {
		rows, _ := tx.Query(ctx, `
			SELECT token_id, batch_id, range_start, range_end, holder, pending_to, changed_at
			FROM `+w.tables.sql("tokens")+` WHERE superseded_at IS NULL AND token_id = ANY($1)`, tokens)
		var id, batch, holder, pending []byte
		var start, end int32
		var r tokenRow
		_, err := pgx.ForEachRow(rows, []any{&id, &batch, &start, &end, &holder, &pending, &r.ChangedAt}, func() error {
			r.BatchID, r.Start, r.End, r.Holder, r.PendingTo = pedigree.TokenID(batch), uint32(start), uint32(end), pedigree.Address(holder), nil
			if pending != nil {
				a := pedigree.Address(pending)
				r.PendingTo = &a
			}
			w.tokens.stored(pedigree.TokenID(id), r)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read tokens: %w", err)
		}
	}
	if len(packBatches) > 0 {
		rows, _ := tx.Query(ctx, `
			SELECT p.batch_id, p.pack_index, p.state, p.actor, p.changed_at, p.tx_hash
			FROM `+w.tables.sql("pack_states")+` p JOIN unnest($1::bytea[], $2::integer[]) AS k(batch_id, pack_index)
			  ON p.batch_id = k.batch_id AND p.pack_index = k.pack_index
			WHERE p.superseded_at IS NULL`, packBatches, packIndexes)
		var batch, actor, txHash []byte
		var index int32
		var state string
		var r packRow
		_, err := pgx.ForEachRow(rows, []any{&batch, &index, &state, &actor, &r.ChangedAt, &txHash}, func() error {
			parsed, err := pedigree.ParsePackState(state)
			if err != nil {
				return err
			}
			r.State, r.Actor, r.TxHash = parsed, pedigree.Address(actor), pedigree.Hash(txHash)
			w.packs.stored(packKey{pedigree.TokenID(batch), uint32(index)}, r)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read pack states: %w", err)
		}
	}
	if len(codes) > 0 {
		rows, _ := tx.Query(ctx, `
			SELECT code, manufacturer, assigned_by, changed_at, tx_hash
			FROM `+w.tables.sql("gtin_assignments")+` WHERE superseded_at IS NULL AND code = ANY($1)`, codes)
		var code string
		var manufacturer, by, txHash []byte
		var r assignmentRow
		_, err := pgx.ForEachRow(rows, []any{&code, &manufacturer, &by, &r.ChangedAt, &txHash}, func() error {
			r.Manufacturer, r.By, r.TxHash = pedigree.Address(manufacturer), pedigree.Address(by), pedigree.Hash(txHash)
			w.assignments.stored(code, r)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read GTIN assignments: %w", err)
		}
	}
	return nil
}

// apply applies one event to the versions in memory.
func (w *rangeWriter) apply(ev pedigree.Event) error {
	switch e := ev.(type) {
	case pedigree.ParticipantRegistered:
		w.participants.put(e.Account, participantRow{Number: e.Number, Role: e.Role, GLN: e.GLN, RegisteredBy: e.By, ChangedAt: e.Time}, e.EventMeta)
	case pedigree.ParticipantSuspended:
		return w.setSuspended(e.Account, true, e.EventMeta)
	case pedigree.ParticipantReinstated:
		return w.setSuspended(e.Account, false, e.EventMeta)
	case pedigree.BatchRegistered:
		w.batches.put(e.BatchID, batchRow{
			GTIN: e.GTIN, Lot: e.Lot, Expiry: e.Expiry, Quantity: e.Quantity, SerialsRoot: e.SerialsRoot,
			IndexRoot: &e.IndexRoot, SortedRoot: &e.SortedRoot,
			MasterDataHash: e.MasterDataHash, Manufacturer: e.Manufacturer, RegisteredBlock: e.Block,
			RegisteredTx: e.TxHash, ChangedAt: e.Time,
		}, e.EventMeta)
		w.tokens.put(e.BatchID, tokenRow{BatchID: e.BatchID, Start: 0, End: e.Quantity, Holder: e.Manufacturer, ChangedAt: e.Time}, e.EventMeta)
		w.custody = append(w.custody, custodyRow{meta: e.EventMeta, kind: "registered", batch: e.BatchID, token: e.BatchID, start: 0, end: e.Quantity, to: e.Manufacturer[:]})
	case pedigree.TokenSplit:
		parent, ok := w.tokens.get(e.TokenID)
		if !ok {
			return fmt.Errorf("no token %s in the projection", e.TokenID)
		}
		holder := parent.Holder
		parent.End, parent.ChangedAt = e.Start, e.Time
		w.tokens.put(e.TokenID, parent, e.EventMeta)
		w.tokens.put(e.NewTokenID, tokenRow{BatchID: e.BatchID, Start: e.Start, End: e.End, Holder: holder, ChangedAt: e.Time}, e.EventMeta)
		w.custody = append(w.custody, custodyRow{meta: e.EventMeta, kind: "split", batch: e.BatchID, token: e.NewTokenID, parent: e.TokenID[:], start: e.Start, end: e.End, to: holder[:]})
	case pedigree.ShipmentSent:
		t, ok := w.tokens.get(e.TokenID)
		if !ok {
			return fmt.Errorf("no token %s in the projection", e.TokenID)
		}
		to := e.To
		t.PendingTo, t.ChangedAt = &to, e.Time
		w.tokens.put(e.TokenID, t, e.EventMeta)
		w.custody = append(w.custody, custodyRow{meta: e.EventMeta, kind: "shipped", batch: t.BatchID, token: e.TokenID, start: t.Start, end: t.End, from: e.From[:], to: e.To[:]})
	case pedigree.ShipmentCancelled:
		t, ok := w.tokens.get(e.TokenID)
		if !ok || t.PendingTo == nil {
			return fmt.Errorf("no pending shipment of token %s in the projection", e.TokenID)
		}
		receiver := *t.PendingTo
		t.PendingTo, t.ChangedAt = nil, e.Time
		w.tokens.put(e.TokenID, t, e.EventMeta)
		// For a cancellation, from is who cancelled and to the receiver the shipment was for.
		w.custody = append(w.custody, custodyRow{meta: e.EventMeta, kind: "cancelled", batch: t.BatchID, token: e.TokenID, start: t.Start, end: t.End, from: e.By[:], to: receiver[:]})
	case pedigree.ShipmentAccepted:
		t, ok := w.tokens.get(e.TokenID)
		if !ok {
			return fmt.Errorf("no token %s in the projection", e.TokenID)
		}
		t.Holder, t.PendingTo, t.ChangedAt = e.To, nil, e.Time
		w.tokens.put(e.TokenID, t, e.EventMeta)
		w.custody = append(w.custody, custodyRow{meta: e.EventMeta, kind: "accepted", batch: t.BatchID, token: e.TokenID, start: t.Start, end: t.End, from: e.From[:], to: e.To[:]})
	case pedigree.PackStatesChanged:
		for _, i := range e.Indexes {
			w.packs.put(packKey{e.BatchID, i}, packRow{State: e.State, Actor: e.Actor, ChangedAt: e.Time, TxHash: e.TxHash}, e.EventMeta)
		}
	case pedigree.PackStatesReverted:
		for _, i := range e.Indexes {
			w.packs.put(packKey{e.BatchID, i}, packRow{State: pedigree.PackActive, Actor: e.Actor, ChangedAt: e.Time, TxHash: e.TxHash}, e.EventMeta)
		}
	case pedigree.BatchRecalled:
		b, ok := w.batches.get(e.BatchID)
		if !ok {
			return fmt.Errorf("no batch %s in the projection", e.BatchID)
		}
		b.RecallReason, b.ChangedAt = e.Reason, e.Time
		w.batches.put(e.BatchID, b, e.EventMeta)
		w.recalls = append(w.recalls, e)
	case pedigree.PrefixAssigned:
		w.assignments.put(e.Prefix, assignmentRow{Manufacturer: e.Manufacturer, By: e.By, ChangedAt: e.Time, TxHash: e.TxHash}, e.EventMeta)
	case pedigree.GTINAssigned:
		w.assignments.put(e.GTIN, assignmentRow{Manufacturer: e.Manufacturer, By: e.By, ChangedAt: e.Time, TxHash: e.TxHash}, e.EventMeta)
	case pedigree.KeyAdded:
		w.keys = append(w.keys, keyEventRow{meta: e.EventMeta, kind: "added", account: e.Account, key: e.Key, by: e.By})
	case pedigree.KeyRetired:
		w.keys = append(w.keys, keyEventRow{meta: e.EventMeta, kind: "retired", account: e.Account, key: e.Key, by: e.By})
	default:
		return fmt.Errorf("unknown event type %T", ev)
	}
	return nil
}

func (w *rangeWriter) setSuspended(account pedigree.Address, suspended bool, meta pedigree.EventMeta) error {
	p, ok := w.participants.get(account)
	if !ok {
		return fmt.Errorf("no participant %s in the projection", account)
	}
	p.Suspended, p.ChangedAt = suspended, meta.Time
	w.participants.put(account, p, meta)
	return nil
}

// flush writes what the range changed: per table, one UPDATE marking the stored versions it
// superseded, and one COPY of the new versions.
func (w *rangeWriter) flush(ctx context.Context, tx pgx.Tx) error {
	if err := supersede(ctx, tx, w.tables, "participants", "account", w.participants.superseded, func(k pedigree.Address) []byte { return k[:] }); err != nil {
		return err
	}
	if err := supersede(ctx, tx, w.tables, "batches", "batch_id", w.batches.superseded, func(k pedigree.TokenID) []byte { return k[:] }); err != nil {
		return err
	}
	if err := supersede(ctx, tx, w.tables, "tokens", "token_id", w.tokens.superseded, func(k pedigree.TokenID) []byte { return k[:] }); err != nil {
		return err
	}
	if len(w.assignments.superseded) > 0 {
		codes, blocks := make([]string, len(w.assignments.superseded)), make([]int64, len(w.assignments.superseded))
		for i, x := range w.assignments.superseded {
			codes[i], blocks[i] = x.key, int64(x.block)
		}
		if _, err := tx.Exec(ctx, `
			UPDATE `+w.tables.sql("gtin_assignments")+` t SET superseded_at = u.block
			FROM unnest($1::text[], $2::bigint[]) AS u(code, block)
			WHERE t.code = u.code AND t.superseded_at IS NULL`, codes, blocks); err != nil {
			return fmt.Errorf("supersede GTIN assignments: %w", err)
		}
	}
	if len(w.packs.superseded) > 0 {
		batches, indexes, blocks := make([][]byte, 0, len(w.packs.superseded)), make([]int32, 0, len(w.packs.superseded)), make([]int64, 0, len(w.packs.superseded))
		for _, s := range w.packs.superseded {
			batches, indexes, blocks = append(batches, s.key.batch[:]), append(indexes, int32(s.key.index)), append(blocks, int64(s.block))
		}
		if _, err := tx.Exec(ctx, `
			UPDATE `+w.tables.sql("pack_states")+` p SET superseded_at = u.block
			FROM unnest($1::bytea[], $2::integer[], $3::bigint[]) AS u(batch_id, pack_index, block)
			WHERE p.batch_id = u.batch_id AND p.pack_index = u.pack_index AND p.superseded_at IS NULL`,
			batches, indexes, blocks); err != nil {
			return fmt.Errorf("supersede pack states: %w", err)
		}
	}

	if err := copyVersions(ctx, tx, w.tables, "participants",
		[]string{"account", "number", "role", "gln", "suspended", "registered_by", "changed_at"},
		w.participants, func(k pedigree.Address, r participantRow) []any {
			return []any{k[:], int32(r.Number), r.Role.String(), r.GLN, r.Suspended, r.RegisteredBy[:], r.ChangedAt}
		}); err != nil {
		return err
	}
	if err := copyVersions(ctx, tx, w.tables, "batches",
		[]string{"batch_id", "gtin", "lot", "expiry", "quantity", "serials_root", "index_root", "sorted_root", "master_data_hash", "manufacturer",
			"status", "recall_reason", "registered_block", "registered_tx", "changed_at"},
		w.batches, func(k pedigree.TokenID, r batchRow) []any {
			status, reason := pedigree.BatchStatusActive, any(nil)
			if r.RecallReason != 0 {
				status, reason = pedigree.BatchStatusRecalled, int16(r.RecallReason)
			}
			return []any{k[:], r.GTIN, r.Lot, r.Expiry, int32(r.Quantity), r.SerialsRoot[:], hashBytes(r.IndexRoot), hashBytes(r.SortedRoot), r.MasterDataHash[:], r.Manufacturer[:],
				status.String(), reason, int64(r.RegisteredBlock), r.RegisteredTx[:], r.ChangedAt}
		}); err != nil {
		return err
	}
	if err := copyVersions(ctx, tx, w.tables, "tokens",
		[]string{"token_id", "batch_id", "range_start", "range_end", "holder", "pending_to", "changed_at"},
		w.tokens, func(k pedigree.TokenID, r tokenRow) []any {
			var pending any
			if r.PendingTo != nil {
				pending = r.PendingTo[:]
			}
			return []any{k[:], r.BatchID[:], int32(r.Start), int32(r.End), r.Holder[:], pending, r.ChangedAt}
		}); err != nil {
		return err
	}
	if err := copyVersions(ctx, tx, w.tables, "pack_states",
		[]string{"batch_id", "pack_index", "state", "day", "actor", "changed_at", "tx_hash"},
		w.packs, func(k packKey, r packRow) []any {
			return []any{k.batch[:], int32(k.index), r.State.String(), day(r.ChangedAt), r.Actor[:], r.ChangedAt, r.TxHash[:]}
		}); err != nil {
		return err
	}
	if err := copyVersions(ctx, tx, w.tables, "gtin_assignments",
		[]string{"code", "manufacturer", "assigned_by", "changed_at", "tx_hash"},
		w.assignments, func(code string, r assignmentRow) []any {
			return []any{code, r.Manufacturer[:], r.By[:], r.ChangedAt, r.TxHash[:]}
		}); err != nil {
		return err
	}
	if len(w.custody) > 0 {
		_, err := tx.CopyFrom(ctx, w.tables.ident("custody_events"),
			[]string{"block_number", "log_index", "block_hash", "tx_hash", "time", "kind", "batch_id", "token_id",
				"parent_token_id", "range_start", "range_end", "from_account", "to_account"},
			pgx.CopyFromSlice(len(w.custody), func(i int) ([]any, error) {
				c := w.custody[i]
				return []any{int64(c.meta.Block), int32(c.meta.LogIndex), c.meta.BlockHash[:], c.meta.TxHash[:], c.meta.Time, c.kind,
					c.batch[:], c.token[:], c.parent, int32(c.start), int32(c.end), c.from, c.to}, nil
			}))
		if err != nil {
			return fmt.Errorf("write custody events: %w", err)
		}
	}
	if len(w.recalls) > 0 {
		_, err := tx.CopyFrom(ctx, w.tables.ident("recalls"),
			[]string{"block_number", "log_index", "tx_hash", "time", "batch_id", "reason", "recalled_by"},
			pgx.CopyFromSlice(len(w.recalls), func(i int) ([]any, error) {
				r := w.recalls[i]
				return []any{int64(r.Block), int32(r.LogIndex), r.TxHash[:], r.Time, r.BatchID[:], int16(r.Reason), r.By[:]}, nil
			}))
		if err != nil {
			return fmt.Errorf("write recalls: %w", err)
		}
	}
	if len(w.keys) > 0 {
		_, err := tx.CopyFrom(ctx, w.tables.ident("key_events"),
			[]string{"block_number", "log_index", "tx_hash", "time", "kind", "account", "key", "by_account"},
			pgx.CopyFromSlice(len(w.keys), func(i int) ([]any, error) {
				k := w.keys[i]
				return []any{int64(k.meta.Block), int32(k.meta.LogIndex), k.meta.TxHash[:], k.meta.Time, k.kind, k.account[:], k.key[:], k.by[:]}, nil
			}))
		if err != nil {
			return fmt.Errorf("write key events: %w", err)
		}
	}
	return nil
}

// supersede marks the stored current versions of keys superseded at their blocks.
func supersede[K comparable](ctx context.Context, tx pgx.Tx, t tables, table, keyColumn string, s []supersession[K], key func(K) []byte) error {
	if len(s) == 0 {
		return nil
	}
	keys, blocks := make([][]byte, len(s)), make([]int64, len(s))
	for i, x := range s {
		keys[i], blocks[i] = key(x.key), int64(x.block)
	}
	_, err := tx.Exec(ctx, `
		UPDATE `+t.sql(table)+` t SET superseded_at = u.block
		FROM unnest($1::bytea[], $2::bigint[]) AS u(key, block)
		WHERE t.`+keyColumn+` = u.key AND t.superseded_at IS NULL`, keys, blocks)
	if err != nil {
		return fmt.Errorf("supersede %s: %w", table, err)
	}
	return nil
}

// copyVersions writes a table's new versions with COPY: values gives a row's columns, and
// the version columns (block_number, log_index, superseded_at) follow.
func copyVersions[K comparable, R any](ctx context.Context, tx pgx.Tx, t tables, table string, columns []string, v *versions[K, R], values func(K, R) []any) error {
	if len(v.inserts) == 0 {
		return nil
	}
	columns = append(columns, "block_number", "log_index", "superseded_at")
	_, err := tx.CopyFrom(ctx, t.ident(table), columns, pgx.CopyFromSlice(len(v.inserts), func(i int) ([]any, error) {
		nv := v.inserts[i]
		var superseded any
		if nv.superseded != nil {
			superseded = int64(*nv.superseded)
		}
		return append(values(nv.key, nv.row), int64(nv.block), int32(nv.logIndex), superseded), nil
	}))
	if err != nil {
		return fmt.Errorf("write %s: %w", table, err)
	}
	return nil
}

// optionalHash returns the hash in b, nil for a NULL column.
func optionalHash(b []byte) *pedigree.Hash {
	if b == nil {
		return nil
	}
	h := pedigree.Hash(b)
	return &h
}

// hashBytes returns h's bytes for a column, nil (NULL) for nil.
func hashBytes(h *pedigree.Hash) []byte {
	if h == nil {
		return nil
	}
	return h[:]
}
