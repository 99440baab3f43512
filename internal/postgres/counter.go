package postgres

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Counter keeps the pharmacy counter's state in PostgreSQL, so every instance sharing the
// database sees the same baskets and results. It implements pedigree.CounterStore.
type Counter struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ pedigree.CounterStore = (*Counter)(nil)

// NewCounter returns the counter's store over pool, with now telling the time (nil: time.Now).
func NewCounter(pool *pgxpool.Pool, now func() time.Time) *Counter {
	if now == nil {
		now = time.Now
	}
	return &Counter{pool: pool, now: now}
}

// claimStale is how long a basket's dispense may hold it: a claim older than this was left by
// an instance that stopped mid-dispense, and the basket may be dispensed again.
const claimStale = 5 * time.Minute

func expiryDate(c pedigree.PackCode) *time.Time {
	if c.Expiry == nil {
		return nil
	}
	d := c.Expiry.UTC().Truncate(24 * time.Hour)
	return &d
}

func collectCodes(rows pgx.Rows) ([]pedigree.PackCode, error) {
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.PackCode, error) {
		var c pedigree.PackCode
		var exp *time.Time
		err := row.Scan(&c.GTIN, &c.Lot, &c.Serial, &exp)
		if exp != nil {
			e := time.Date(exp.Year(), exp.Month(), exp.Day(), 0, 0, 0, 0, time.UTC)
			c.Expiry = &e
		}
		return c, err
	})
}

// Basket implements pedigree.CounterStore.
func (s *Counter) Basket(ctx context.Context, user int64) ([]pedigree.PackCode, error) {
	rows, err := s.pool.Query(ctx, `SELECT gtin, lot, serial, expiry FROM counter_basket WHERE user_id = $1 ORDER BY added_at, serial`, user)
	if err != nil {
		return nil, fmt.Errorf("read basket: %w", err)
	}
	out, err := collectCodes(rows)
	if err != nil {
		return nil, fmt.Errorf("read basket: %w", err)
	}
	return out, nil
}

// AddToBasket implements pedigree.CounterStore. The count and the insert are one statement,
// so two tabs adding at once cannot pass MaxBasket.
func (s *Counter) AddToBasket(ctx context.Context, user int64, code pedigree.PackCode) error {
	tag, err := s.pool.Exec(ctx, `
		INSERT INTO counter_basket (user_id, gtin, lot, serial, expiry, added_at)
		SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT count(*) FROM counter_basket WHERE user_id = $1) < $7
		ON CONFLICT DO NOTHING`,
		user, code.GTIN, code.Lot, code.Serial, expiryDate(code), s.now(), pedigree.MaxBasket)
	if err != nil {
		return fmt.Errorf("add to basket: %w", err)
	}
	if tag.RowsAffected() == 1 {
		return nil
	}
	var in bool
	err = s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM counter_basket WHERE user_id = $1 AND gtin = $2 AND lot = $3 AND serial = $4)`,
		user, code.GTIN, code.Lot, code.Serial).Scan(&in)
	switch {
	case err != nil:
		return fmt.Errorf("add to basket: %w", err)
	case in:
		return pedigree.Errorf(pedigree.ECONFLICT, "serial %s is in the basket already", code.Serial)
	}
	return pedigree.Errorf(pedigree.EINVALID, "the basket holds at most %d packs: dispense or empty it first", pedigree.MaxBasket)
}

// RemoveFromBasket implements pedigree.CounterStore.
func (s *Counter) RemoveFromBasket(ctx context.Context, user int64, codes []pedigree.PackCode) error {
	gtins, lots, serials := make([]string, len(codes)), make([]string, len(codes)), make([]string, len(codes))
	for i, c := range codes {
		gtins[i], lots[i], serials[i] = c.GTIN, c.Lot, c.Serial
	}
	_, err := s.pool.Exec(ctx, `
		DELETE FROM counter_basket b USING unnest($2::text[], $3::text[], $4::text[]) AS x(gtin, lot, serial)
		WHERE b.user_id = $1 AND b.gtin = x.gtin AND b.lot = x.lot AND b.serial = x.serial`, user, gtins, lots, serials)
	if err != nil {
		return fmt.Errorf("remove from basket: %w", err)
	}
	return nil
}

// ClaimBasket implements pedigree.CounterStore.
func (s *Counter) ClaimBasket(ctx context.Context, user int64) ([]pedigree.PackCode, error) {
	now := s.now()
	rows, err := s.pool.Query(ctx, `
		UPDATE counter_basket SET claimed_at = $2
		WHERE user_id = $1 AND (claimed_at IS NULL OR claimed_at < $3)
		RETURNING gtin, lot, serial, expiry`, user, now, now.Add(-claimStale))
	if err != nil {
		return nil, fmt.Errorf("claim basket: %w", err)
	}
	out, err := collectCodes(rows)
	if err != nil {
		return nil, fmt.Errorf("claim basket: %w", err)
	}
	if len(out) == 0 {
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM counter_basket WHERE user_id = $1`, user).Scan(&n); err != nil {
			return nil, fmt.Errorf("claim basket: %w", err)
		}
		if n > 0 {
			return nil, pedigree.Errorf(pedigree.ECONFLICT, "the basket is being dispensed already: wait for its result")
		}
		return nil, pedigree.Errorf(pedigree.EINVALID, "the basket is empty: scan the prescription's packs and add them first")
	}
	return out, nil
}

// SaveResult implements pedigree.CounterStore. Expired results are deleted as new ones come.
func (s *Counter) SaveResult(ctx context.Context, user int64, r pedigree.CounterResult) (string, error) {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	id := base64.RawURLEncoding.EncodeToString(b)
	doc, err := json.Marshal(r)
	if err != nil {
		return "", fmt.Errorf("save counter result: %w", err)
	}
	now := s.now()
	_, err = s.pool.Exec(ctx, `
		WITH gone AS (DELETE FROM counter_results WHERE expires_at < $3)
		INSERT INTO counter_results (id, user_id, created_at, expires_at, result) VALUES ($1, $2, $3, $4, $5)`,
		id, user, now, now.Add(pedigree.ResultLife), doc)
	if err != nil {
		return "", fmt.Errorf("save counter result: %w", err)
	}
	return id, nil
}

// Result implements pedigree.CounterStore.
func (s *Counter) Result(ctx context.Context, user int64, id string) (pedigree.CounterResult, error) {
	var r pedigree.CounterResult
	var doc []byte
	err := s.pool.QueryRow(ctx, `SELECT result FROM counter_results WHERE id = $1 AND user_id = $2 AND expires_at >= $3`, id, user, s.now()).Scan(&doc)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, pedigree.Errorf(pedigree.ENOTFOUND, "this result has expired or is not yours: scan the pack again")
	}
	if err != nil {
		return r, fmt.Errorf("read counter result: %w", err)
	}
	if err := json.Unmarshal(doc, &r); err != nil {
		return r, fmt.Errorf("read counter result: %w", err)
	}
	return r, nil
}

// RecordActions implements pedigree.CounterStore.
func (s *Counter) RecordActions(ctx context.Context, org pedigree.Organisation, user int64, action string, outcomes []pedigree.PackOutcome) error {
	if len(outcomes) == 0 {
		return nil
	}
	var usr *int64
	if user != 0 {
		usr = &user
	}
	n := len(outcomes)
	gtins, lots, serials, errs := make([]string, n), make([]string, n), make([]string, n), make([]*string, n)
	txs := make([][]byte, n)
	for i, o := range outcomes {
		gtins[i], lots[i], serials[i] = o.Code.GTIN, o.Code.Lot, o.Code.Serial
		if !o.OK {
			m := storable(o.Message, 500)
			errs[i] = &m
		}
		if o.TxHash != (pedigree.Hash{}) {
			txs[i] = o.TxHash[:]
		}
	}
	_, err := s.pool.Exec(ctx, `
		INSERT INTO pack_actions (at, organisation_id, user_id, action, gtin, lot, serial, tx_hash, error)
		SELECT $1, $2, $3, $4, x.gtin, x.lot, x.serial, x.tx, x.err
		FROM unnest($5::text[], $6::text[], $7::text[], $8::bytea[], $9::text[]) AS x(gtin, lot, serial, tx, err)`,
		s.now(), org.ID, usr, action, gtins, lots, serials, txs, errs)
	if err != nil {
		return fmt.Errorf("record pack actions: %w", err)
	}
	return nil
}

// Entries implements pedigree.CounterStore.
func (s *Counter) Entries(ctx context.Context, f pedigree.CounterFilter) ([]pedigree.CounterEntry, error) {
	switch {
	case f.Limit < 0 || f.Limit > pedigree.MaxCounterEntries:
		return nil, pedigree.Errorf(pedigree.EINVALID, "limit: give 1 to %d", pedigree.MaxCounterEntries)
	case f.Limit == 0:
		f.Limit = pedigree.MaxCounterEntries
	}
	args := []any{f.User}
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	scans := []string{"user_id = $1"}
	actions := []string{"user_id = $1"}
	if !f.From.IsZero() {
		a := arg(f.From)
		scans, actions = append(scans, "at >= "+a), append(actions, "at >= "+a)
	}
	if !f.To.IsZero() {
		a := arg(f.To)
		scans, actions = append(scans, "at < "+a), append(actions, "at < "+a)
	}
	if f.Verdict != "" {
		scans = append(scans, "verdict = "+arg(string(f.Verdict)))
		actions = append(actions, "false")
	}
	switch f.Action {
	case "":
	case "scans":
		actions = append(actions, "false")
	default:
		scans = append(scans, "false")
		actions = append(actions, "action = "+arg(f.Action))
	}
	q := `SELECT at, 'scan', verdict, '', gtin, coalesce(lot, ''), coalesce(serial, ''), '' FROM scans WHERE ` + strings.Join(scans, " AND ") + `
		UNION ALL
		SELECT at, 'action', '', action, gtin, lot, serial, coalesce(error, '') FROM pack_actions WHERE ` + strings.Join(actions, " AND ") + `
		ORDER BY 1 DESC LIMIT ` + arg(f.Limit)
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read my scans: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.CounterEntry, error) {
		var e pedigree.CounterEntry
		var verdict string
		err := row.Scan(&e.At, &e.Kind, &verdict, &e.Action, &e.GTIN, &e.Lot, &e.Serial, &e.Error)
		e.Verdict = pedigree.Verdict(verdict)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("read my scans: %w", err)
	}
	return out, nil
}

// Report implements pedigree.CounterStore: the comment joins every alert the scan raised or
// added to; a scan that raised none raises an AlertReported alert, aggregated as any other.
func (s *Counter) Report(ctx context.Context, org pedigree.Organisation, user int64, scan int64, comment string) error {
	now := s.now()
	var usr *int64
	if user != 0 {
		usr = &user
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var gtin string
		var lot, serial *string
		var batch []byte
		err := tx.QueryRow(ctx, `SELECT gtin, lot, serial, batch_id FROM scans WHERE id = $1 AND organisation_id = $2`, scan, org.ID).Scan(&gtin, &lot, &serial, &batch)
		if errors.Is(err, pgx.ErrNoRows) {
			return pedigree.Errorf(pedigree.ENOTFOUND, "scan: there is no scan %d of %s to report", scan, org.Name)
		}
		if err != nil {
			return fmt.Errorf("report scan: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT alert_id FROM scan_alerts WHERE scan_id = $1`, scan)
		if err != nil {
			return fmt.Errorf("report scan: %w", err)
		}
		alerts, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return fmt.Errorf("report scan: %w", err)
		}
		if len(alerts) == 0 {
			scope := "gtin:" + gtin
			if batch != nil {
				scope = hex.EncodeToString(batch)
			}
			reported := pedigree.Wordsf("%s reported a pack from its counter.", org.Name)
			words, err := json.Marshal(reported)
			if err != nil {
				return fmt.Errorf("report scan: %w", err)
			}
			var id int64
			err = tx.QueryRow(ctx, `
				INSERT INTO alerts AS a (at, last_at, bucket, scope, kind, scan_id, last_scan_id, organisation_id, gtin, lot, serial, batch_id, message, words)
				VALUES ($1, $1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11, $12)
				ON CONFLICT (kind, scope, bucket) WHERE status <> 'closed' DO UPDATE SET count = a.count + 1,
					last_at = greatest(a.last_at, excluded.last_at), last_scan_id = greatest(a.last_scan_id, excluded.last_scan_id)
				RETURNING a.id`,
				now, pedigree.AlertBucket(now), scope, pedigree.AlertReported.String(), scan, org.ID, gtin, lot, serial, batch,
				reported.String(), words).Scan(&id)
			if err != nil {
				return fmt.Errorf("report scan: %w", err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO scan_alerts (scan_id, alert_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, scan, id); err != nil {
				return fmt.Errorf("report scan: %w", err)
			}
			alerts = []int64{id}
		}
		_, err = tx.Exec(ctx, `
			INSERT INTO alert_reports (alert_id, scan_id, at, organisation_id, user_id, comment)
			SELECT a, $2, $3, $4, $5, $6 FROM unnest($1::bigint[]) AS a`,
			alerts, scan, now, org.ID, usr, storable(comment, pedigree.MaxReportComment))
		if err != nil {
			return fmt.Errorf("report scan: %w", err)
		}
		return nil
	})
}
