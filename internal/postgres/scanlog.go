package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ScanPartitions keeps the scan log's monthly partitions (migrations/017_perfverify.sql):
// those ahead of time, one made on demand for a scan dated in a month without one, and the
// retention of old months. It remembers the months it knows exist, so a scan costs no query for
// its partition. It is safe for concurrent use.
type ScanPartitions struct {
	pool  *pgxpool.Pool
	mu    sync.Mutex
	known map[time.Time]bool // months (UTC) whose partition exists
}

// NewScanPartitions returns the partitions of the scan log in pool's database.
func NewScanPartitions(pool *pgxpool.Pool) *ScanPartitions {
	return &ScanPartitions{pool: pool, known: map[time.Time]bool{}}
}

// month returns the first instant of t's month, in UTC.
func month(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// Ensure makes the partitions of the months of times that may not exist yet.
func (p *ScanPartitions) Ensure(ctx context.Context, times ...time.Time) error {
	for _, t := range times {
		m := month(t)
		p.mu.Lock()
		known := p.known[m]
		p.mu.Unlock()
		if known {
			continue
		}
		if _, err := p.pool.Exec(ctx, `SELECT scan_partition($1)`, m); err != nil {
			return fmt.Errorf("make the scan log's partition of %s: %w", m.Format("2006-01"), err)
		}
		p.mu.Lock()
		p.known[m] = true
		p.mu.Unlock()
	}
	return nil
}

// forget makes Ensure check every month again: after an insert found no partition (another
// instance's retention dropped one).
func (p *ScanPartitions) forget(err error) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23514" && strings.Contains(pe.Message, "no partition") {
		p.mu.Lock()
		clear(p.known)
		p.mu.Unlock()
	}
}

// ScanRetention is what Maintain did.
type ScanRetention struct {
	Made    []string // partitions made ahead
	Dropped []string // partitions of months past retention, dropped
}

// Maintain makes the partitions of now's month and the ahead months after it, and with
// retention > 0 drops the partitions of months that ended more than retention months before
// now's month began: with retention 24 in November 2026, October 2024 and earlier go. The
// links from alerts to the scans dropped go too; the alerts stay.
func (p *ScanPartitions) Maintain(ctx context.Context, now time.Time, ahead, retention int) (ScanRetention, error) {
	var out ScanRetention
	first := month(now)
	for i := 0; i <= ahead; i++ {
		m := first.AddDate(0, i, 0)
		var name string
		var existed bool
		if err := p.pool.QueryRow(ctx, `SELECT to_regclass('scans_' || to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYY_MM')) IS NOT NULL, scan_partition($1)`, m).
			Scan(&existed, &name); err != nil {
			return out, fmt.Errorf("make the scan log's partition of %s: %w", m.Format("2006-01"), err)
		}
		if !existed {
			out.Made = append(out.Made, name)
		}
		p.mu.Lock()
		p.known[m] = true
		p.mu.Unlock()
	}
	if retention <= 0 {
		return out, nil
	}
	keep := first.AddDate(0, -retention, 0)
	rows, err := p.pool.Query(ctx, `
		SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'scans'::regclass AND c.relname ~ '^scans_[0-9]{4}_[0-9]{2}$' ORDER BY c.relname`)
	if err != nil {
		return out, fmt.Errorf("list the scan log's partitions: %w", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return out, err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("list the scan log's partitions: %w", err)
	}
	for _, n := range names {
		m, err := time.Parse("scans_2006_01", n)
		if err != nil || !m.Before(keep) {
			continue
		}
		if _, err := p.pool.Exec(ctx, `DROP TABLE IF EXISTS `+n); err != nil { // n matched ^scans_[0-9]{4}_[0-9]{2}$
			return out, fmt.Errorf("drop the scan log's partition %s: %w", n, err)
		}
		out.Dropped = append(out.Dropped, n)
		p.mu.Lock()
		delete(p.known, m)
		p.mu.Unlock()
	}
	if len(out.Dropped) > 0 {
		// Every scan left has an id at or above the smallest left: links below it lead nowhere.
		if _, err := p.pool.Exec(ctx, `DELETE FROM scan_alerts WHERE scan_id < coalesce((SELECT min(id) FROM scans), (SELECT last_value FROM scans_id_seq))`); err != nil {
			return out, fmt.Errorf("drop the links to the scans dropped: %w", err)
		}
	}
	return out, nil
}
