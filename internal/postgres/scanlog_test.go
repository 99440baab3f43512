package postgres_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// TestScanPartitions makes the scan log's partitions ahead, one on demand for a scan dated in
// a month without one, and drops the months past retention with the links to their scans.
func TestScanPartitions(t *testing.T) {
	pool := pgtest.NewPool(t)
	ctx := context.Background()
	p := postgres.NewScanPartitions(pool)
	partitions := func(t *testing.T) []string {
		t.Helper()
		var names []string
		if err := pool.QueryRow(ctx, `SELECT coalesce(array_agg(c.relname ORDER BY c.relname), '{}') FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
			WHERE i.inhparent = 'scans'::regclass`).Scan(&names); err != nil {
			t.Fatal(err)
		}
		return names
	}
	scan := func(t *testing.T, at time.Time) int64 {
		t.Helper()
		if err := p.Ensure(ctx, at); err != nil {
			t.Fatal(err)
		}
		var id int64
		if err := pool.QueryRow(ctx, `INSERT INTO scans (at, gtin, verdict) VALUES ($1, '09506000134352', 'UNKNOWN_PRODUCT') RETURNING id`, at).Scan(&id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	now := time.Date(2031, 3, 15, 12, 0, 0, 0, time.UTC)

	t.Run("Ahead", func(t *testing.T) {
		r, err := p.Maintain(ctx, now, 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"scans_2031_03", "scans_2031_04", "scans_2031_05"}; !slices.Equal(r.Made, want) {
			t.Fatalf("made %q, want %q", r.Made, want)
		}
		if r, err := p.Maintain(ctx, now, 2, 0); err != nil || len(r.Made) != 0 {
			t.Fatalf("again: made %q (%v), want none", r.Made, err)
		}
	})
	t.Run("OnDemand", func(t *testing.T) {
		// A scan dated years back, as a test clock or a skewed one may date it.
		scan(t, time.Date(2029, 1, 31, 23, 59, 0, 0, time.UTC))
		if !slices.Contains(partitions(t), "scans_2029_01") {
			t.Fatalf("partitions %q lack January 2029's", partitions(t))
		}
	})
	t.Run("Retention", func(t *testing.T) {
		old := scan(t, time.Date(2030, 2, 28, 10, 0, 0, 0, time.UTC))
		kept := scan(t, time.Date(2030, 3, 1, 0, 0, 0, 0, time.UTC))
		var alert int64
		if err := pool.QueryRow(ctx, `INSERT INTO alerts (at, last_at, bucket, scope, kind, scan_id, last_scan_id, gtin, message)
			VALUES (now(), now(), now(), 'gtin:09506000134352', 'unknown_product', $1, $2, '09506000134352', 'test') RETURNING id`, old, kept).Scan(&alert); err != nil {
			t.Fatal(err)
		}
		if _, err := pool.Exec(ctx, `INSERT INTO scan_alerts (scan_id, alert_id) VALUES ($1, $3), ($2, $3)`, old, kept, alert); err != nil {
			t.Fatal(err)
		}
		// Twelve months kept in March 2031: March 2030 onwards.
		r, err := p.Maintain(ctx, now, 2, 12)
		if err != nil {
			t.Fatal(err)
		}
		// Every month before March 2030 goes (the months the migration made, of the real
		// clock, among them), none after.
		for _, want := range []string{"scans_2029_01", "scans_2030_02"} {
			if !slices.Contains(r.Dropped, want) {
				t.Errorf("dropped %q, not %s", r.Dropped, want)
			}
		}
		for _, n := range r.Dropped {
			if n >= "scans_2030_03" {
				t.Errorf("dropped %s, within the retention", n)
			}
		}
		if left := partitions(t); !slices.Equal(left, []string{"scans_2030_03", "scans_2031_03", "scans_2031_04", "scans_2031_05"}) {
			t.Errorf("partitions left: %q", left)
		}
		var scans, links, alerts int
		if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM scans), (SELECT count(*) FROM scan_alerts), (SELECT count(*) FROM alerts)`).
			Scan(&scans, &links, &alerts); err != nil {
			t.Fatal(err)
		}
		if scans != 1 || links != 1 || alerts != 1 {
			t.Fatalf("%d scans, %d links, %d alerts left; want the kept scan, its link and the alert", scans, links, alerts)
		}
		// A scan of a dropped month makes its partition again.
		scan(t, time.Date(2030, 2, 1, 0, 0, 0, 0, time.UTC))
	})
}
