package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// batchCache keeps, per batch, what the projection holds about it (the batch, its live tokens,
// the packs whose state changed, its custody events, every party named), so that a
// verification reads the projection from memory. It follows the projection block by block:
// every entry held is valid at the cache's block (at), and the cache moves to a newer block only
// by dropping the entries of every batch that changed in between (sync). So an entry never
// answers for a block past one that changed its batch.
//
// Many instances may share a database, and only one indexes: each instance learns of new
// blocks from the projection's cursor, which every verification reads (Verifier.Verify), and
// from the indexer of its own process (Sync, called after each range applied). A rewritten
// history (a reorganisation rolled back, a rebuilt projection swapped in) moves the
// projection's epoch on and empties the cache; so does a change of an organisation's name.
type batchCache struct {
	pool *pgxpool.Pool
	max  int // entries held at most

	syncMu sync.Mutex // one sync at a time

	mu      sync.Mutex
	at      projectionAt           // every entry is valid at this block
	entries map[string]*batchEntry // by cacheKey
	loading map[string]*loadCall
}

// projectionAt is where the projection stood when something was read from it.
type projectionAt struct {
	known     bool
	chainID   int64
	contract  []byte
	block     int64
	blockHash []byte
	epoch     int64
	names     int64 // organisation_names.version
}

// after reports whether p is a newer state than q of the same history: a later block, a later
// epoch, or newer names.
func (p projectionAt) after(q projectionAt) bool {
	return !q.known || p.epoch > q.epoch || p.block > q.block || p.names > q.names ||
		p.chainID != q.chainID || string(p.contract) != string(q.contract)
}

// batchEntry is what the projection holds of one (GTIN, lot), read in one snapshot.
type batchEntry struct {
	at     projectionAt
	b      verifyBatch // without the pack's index
	info   *pedigree.BatchInfo
	tokens []cachedToken // live tokens, by range start
	states map[int32]cachedState
	events []cachedEvent // in chain order
}

type cachedToken struct {
	id                []byte
	start, end        int32
	holder, pending   []byte
	custodian, toward *pedigree.Party
}

type cachedState struct {
	state     pedigree.PackState
	day       time.Time
	actor, tx []byte
}

type cachedEvent struct {
	event      pedigree.CustodyEvent
	start, end int32
}

type loadCall struct {
	done  chan struct{}
	entry *batchEntry
	err   error
}

func newBatchCache(pool *pgxpool.Pool, max int) *batchCache {
	return &batchCache{pool: pool, max: max, entries: map[string]*batchEntry{}, loading: map[string]*loadCall{}}
}

func cacheKey(gtin, lot string) string { return gtin + "\x00" + lot }

// get returns the entry of (gtin, lot) and the block it answers for, given seen, the state of
// the projection the caller read: the cache first catches up with it.
func (c *batchCache) get(ctx context.Context, seen projectionAt, gtin, lot string) (*batchEntry, projectionAt, error) {
	c.mu.Lock()
	behind := seen.after(c.at)
	c.mu.Unlock()
	if behind {
		if err := c.sync(ctx); err != nil {
			return nil, projectionAt{}, err
		}
	}
	key := cacheKey(gtin, lot)
	for {
		c.mu.Lock()
		at := c.at
		if e, ok := c.entries[key]; ok {
			c.mu.Unlock()
			// Unchanged from e.at up to at: it holds at the later of the two.
			if e.at.block > at.block {
				at = e.at
			}
			return e, at, nil
		}
		if call, ok := c.loading[key]; ok {
			c.mu.Unlock()
			select {
			case <-call.done:
			case <-ctx.Done():
				return nil, projectionAt{}, ctx.Err()
			}
			if call.err != nil {
				return nil, projectionAt{}, call.err
			}
			// A snapshot of its own, as recent as the caller's: it answers for its block.
			if e := call.entry; e.at.epoch >= seen.epoch && e.at.block >= seen.block {
				return e, e.at, nil
			}
			continue // it began before what the caller saw: look again
		}
		call := &loadCall{done: make(chan struct{})}
		c.loading[key] = call
		c.mu.Unlock()
		call.entry, call.err = c.load(context.WithoutCancel(ctx), gtin, lot)
		c.mu.Lock()
		delete(c.loading, key)
		if call.err == nil {
			e := call.entry
			// Kept only if no change before it can have been missed: read at or after the
			// cache's block, in the same history, with the same names.
			if c.at.known && e.at.epoch == c.at.epoch && e.at.block >= c.at.block && e.at.names == c.at.names &&
				e.at.chainID == c.at.chainID && string(e.at.contract) == string(c.at.contract) {
				if len(c.entries) >= c.max {
					for k := range c.entries { // any one: a map's order is random enough
						delete(c.entries, k)
						break
					}
				}
				c.entries[key] = e
			}
		}
		c.mu.Unlock()
		close(call.done)
		if call.err != nil {
			return nil, projectionAt{}, call.err
		}
		return call.entry, call.entry.at, nil
	}
}

// Sync brings the cache up to the projection's cursor: the indexer calls it after every range
// it applies, so the entries of the batches the range changed are gone at once.
func (c *batchCache) Sync(ctx context.Context) error { return c.sync(ctx) }

// sync reads the projection's cursor and the batches changed since the cache's block, in one
// snapshot, and drops their entries; everything, when the history was rewritten, a participant
// changed or an organisation's name did.
func (c *batchCache) sync(ctx context.Context) error {
	c.syncMu.Lock()
	defer c.syncMu.Unlock()
	c.mu.Lock()
	from := c.at
	c.mu.Unlock()
	since := from.block
	if !from.known {
		since = -2 // no change needs reading: everything goes
	}
	var now projectionAt
	var changed [][]byte
	var parties bool
	err := c.pool.QueryRow(ctx, `
		SELECT st.chain_id, st.contract, st.block_number, st.block_hash, st.epoch, n.version,
		       CASE WHEN $1 >= -1 THEN ARRAY(
		           SELECT batch_id FROM batches WHERE block_number > $1 OR superseded_at > $1
		           UNION SELECT batch_id FROM tokens WHERE block_number > $1 OR superseded_at > $1
		           UNION SELECT batch_id FROM pack_states WHERE block_number > $1 OR superseded_at > $1
		           UNION SELECT batch_id FROM custody_events WHERE block_number > $1
		           UNION SELECT batch_id FROM recalls WHERE block_number > $1) END,
		       $1 >= -1 AND EXISTS (SELECT 1 FROM participants WHERE block_number > $1 OR superseded_at > $1)
		FROM indexer_state st CROSS JOIN organisation_names n`, since).
		Scan(&now.chainID, &now.contract, &now.block, &now.blockHash, &now.epoch, &now.names, &changed, &parties)
	if errors.Is(err, pgx.ErrNoRows) {
		return pedigree.Errorf(pedigree.EUNAVAILABLE, "the projection has not been started yet: retry in a moment")
	}
	if err != nil {
		return fmt.Errorf("follow the projection: %w", err)
	}
	now.known = true
	c.mu.Lock()
	defer c.mu.Unlock()
	rewritten := !from.known || now.epoch != from.epoch || now.block < from.block || now.chainID != from.chainID ||
		string(now.contract) != string(from.contract)
	switch {
	case rewritten || parties || now.names != from.names:
		clear(c.entries)
	case len(changed) > 0:
		for k, e := range c.entries {
			// An unknown batch may be registered now, and a product known by another lot.
			if !e.b.batchKnown || slices.ContainsFunc(changed, func(id []byte) bool { return string(id) == string(e.b.id) }) {
				delete(c.entries, k)
			}
		}
	}
	c.at = now
	return nil
}

// load reads what the projection holds of (gtin, lot), in one snapshot and one round trip.
func (c *batchCache) load(ctx context.Context, gtin, lot string) (*batchEntry, error) {
	e := &batchEntry{states: map[int32]cachedState{}}
	reads := &pgx.Batch{}
	reads.Queue(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`)
	reads.Queue(`SELECT st.chain_id, st.contract, st.block_number, st.block_hash, st.epoch, n.version
		FROM indexer_state st CROSS JOIN organisation_names n`).QueryRow(func(row pgx.Row) error {
		err := row.Scan(&e.at.chainID, &e.at.contract, &e.at.block, &e.at.blockHash, &e.at.epoch, &e.at.names)
		if errors.Is(err, pgx.ErrNoRows) {
			return pedigree.Errorf(pedigree.EUNAVAILABLE, "the projection has not been started yet: retry in a moment")
		}
		e.at.known = true
		return err
	})
	b := &e.b
	reads.Queue(`
		SELECT EXISTS (SELECT 1 FROM batches WHERE superseded_at IS NULL AND gtin = $1),
		       b.batch_id IS NOT NULL, b.batch_id, b.expiry, b.quantity, b.status, b.recall_reason, b.serials_root,
		       b.registered_block, b.registered_tx, r.tx_hash, b.manufacturer, p.gln, o.name, d.product
		FROM (SELECT 1) one
		LEFT JOIN batches b ON b.superseded_at IS NULL AND b.gtin = $1 AND b.lot = $2
		LEFT JOIN recalls r ON r.batch_id = b.batch_id
		LEFT JOIN participants p ON p.superseded_at IS NULL AND p.account = b.manufacturer
		LEFT JOIN organisations o ON o.account = b.manufacturer
		LEFT JOIN batch_details d ON d.batch_id = b.batch_id`,
		gtin, lot).QueryRow(func(row pgx.Row) error {
		return row.Scan(&b.productKnown, &b.batchKnown, &b.id, &b.expiry, &b.quantity, &b.status, &b.recallReason,
			&b.root, &b.registeredBlock, &b.registeredTx, &b.recallTx, &b.manufacturer, &b.manufacturerGLN, &b.manufacturerName, &b.product)
	})
	const batch = `(SELECT batch_id FROM batches WHERE superseded_at IS NULL AND gtin = $1 AND lot = $2)`
	reads.Queue(`SELECT t.token_id, t.range_start, t.range_end, t.holder, hp.role, hp.gln, ho.name, t.pending_to, pp.role, pp.gln, po.name
		FROM tokens t
		LEFT JOIN participants hp ON hp.superseded_at IS NULL AND hp.account = t.holder
		LEFT JOIN organisations ho ON ho.account = t.holder
		LEFT JOIN participants pp ON pp.superseded_at IS NULL AND pp.account = t.pending_to
		LEFT JOIN organisations po ON po.account = t.pending_to
		WHERE t.superseded_at IS NULL AND t.batch_id = `+batch+` ORDER BY t.range_start`, gtin, lot).Query(func(rows pgx.Rows) error {
		var t cachedToken
		var h, p partyRow
		dest := append(append([]any{&t.id, &t.start, &t.end}, h.dest()...), p.dest()...)
		_, err := pgx.ForEachRow(rows, dest, func() error {
			t.holder, t.pending = h.account, p.account
			var err error
			if t.custodian, err = h.optionalParty(); err != nil {
				return err
			}
			if t.toward, err = p.optionalParty(); err != nil {
				return err
			}
			e.tokens = append(e.tokens, t)
			return nil
		})
		return err
	})
	reads.Queue(`SELECT pack_index, state, day, actor, tx_hash FROM pack_states
		WHERE superseded_at IS NULL AND batch_id = `+batch, gtin, lot).Query(func(rows pgx.Rows) error {
		var index int32
		var state string
		var s cachedState
		_, err := pgx.ForEachRow(rows, []any{&index, &state, &s.day, &s.actor, &s.tx}, func() error {
			ps, err := pedigree.ParsePackState(state)
			if err != nil {
				return err
			}
			s.state = ps
			e.states[index] = s
			return nil
		})
		return err
	})
	reads.Queue(`SELECT c.kind, c.time, c.token_id, c.parent_token_id, c.block_number, c.tx_hash, c.range_start, c.range_end,
		       c.from_account, fp.role, fp.gln, fo.name, c.to_account, tp.role, tp.gln, tpo.name
		FROM custody_events c
		LEFT JOIN participants fp ON fp.superseded_at IS NULL AND fp.account = c.from_account
		LEFT JOIN organisations fo ON fo.account = c.from_account
		LEFT JOIN participants tp ON tp.superseded_at IS NULL AND tp.account = c.to_account
		LEFT JOIN organisations tpo ON tpo.account = c.to_account
		WHERE c.batch_id = `+batch+` ORDER BY c.block_number, c.log_index`, gtin, lot).Query(func(rows pgx.Rows) error {
		var ce cachedEvent
		var token, parent, tx []byte
		var block int64
		var from, to partyRow
		dest := append(append([]any{&ce.event.Kind, &ce.event.Time, &token, &parent, &block, &tx, &ce.start, &ce.end}, from.dest()...), to.dest()...)
		_, err := pgx.ForEachRow(rows, dest, func() error {
			ev := &ce.event
			ev.Token, ev.Parent, ev.Block, ev.TxHash = pedigree.TokenID(token), tokenIDOrNil(parent), uint64(block), pedigree.Hash(tx)
			var err error
			if ev.From, err = from.optionalParty(); err != nil {
				return err
			}
			if ev.To, err = to.optionalParty(); err != nil {
				return err
			}
			e.events = append(e.events, ce)
			return nil
		})
		return err
	})
	reads.Queue(`COMMIT`)
	// A failure leaves the transaction open on its connection, which the pool then closes
	// rather than reuse.
	if err := c.pool.SendBatch(ctx, reads).Close(); err != nil {
		return nil, fmt.Errorf("read batch %s/%s: %w", gtin, lot, err)
	}
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
			return nil, fmt.Errorf("batch %x: %w", b.id, err)
		}
		e.info = &pedigree.BatchInfo{ID: pedigree.TokenID(b.id), GTIN: gtin, Lot: lot, Expiry: pedigree.DateOf(*b.expiry),
			Quantity: int(*b.quantity), Status: status, Manufacturer: manufacturer}
		if b.recallReason != nil {
			e.info.RecallReason = int(*b.recallReason)
		}
		if e.info.Product, err = readProduct(b.product); err != nil {
			return nil, fmt.Errorf("batch %x: %w", b.id, err)
		}
	}
	return e, nil
}

// token returns the live token covering pack index, if any.
func (e *batchEntry) token(index int32) (cachedToken, bool) {
	i, _ := slices.BinarySearchFunc(e.tokens, index, func(t cachedToken, x int32) int {
		switch {
		case t.end <= x:
			return -1
		case t.start > x:
			return 1
		}
		return 0
	})
	if i < len(e.tokens) && e.tokens[i].start <= index && index < e.tokens[i].end {
		return e.tokens[i], true
	}
	return cachedToken{}, false
}

// provenance returns the custody events whose range covers pack index, in chain order, each
// with parties of its own (an answer may redact them).
func (e *batchEntry) provenance(index int32) []pedigree.CustodyEvent {
	out := []pedigree.CustodyEvent{}
	for _, ce := range e.events {
		if ce.start <= index && index < ce.end {
			ev := ce.event
			ev.From, ev.To = copyParty(ev.From), copyParty(ev.To)
			out = append(out, ev)
		}
	}
	return out
}

// copyParty returns a copy of p, nil for nil.
func copyParty(p *pedigree.Party) *pedigree.Party {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}
