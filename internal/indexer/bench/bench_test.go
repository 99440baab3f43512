package bench

import (
	"testing"
	"time"
)

func TestSQLLabel(t *testing.T) {
	for _, tc := range []struct{ sql, want string }{
		{"SELECT block_number, block_hash FROM indexer_state FOR UPDATE", "SELECT indexer_state"},
		{"\n\t\t\tSELECT p.batch_id FROM pack_states p JOIN unnest($1::bytea[])", "SELECT pack_states"},
		{"INSERT INTO indexed_blocks (number, hash) SELECT * FROM unnest($1)", "INSERT indexed_blocks"},
		{"UPDATE tokens t SET superseded_at = u.block", "UPDATE tokens"},
		{"begin", "BEGIN"},
		{"", "?"},
	} {
		if got := sqlLabel(tc.sql); got != tc.want {
			t.Errorf("sqlLabel(%q): got %q, want %q", tc.sql, got, tc.want)
		}
	}
}

func TestPercentile(t *testing.T) {
	ds := make([]time.Duration, 200)
	for i := range ds {
		ds[len(ds)-1-i] = time.Duration(i+1) * time.Millisecond // 200 ms down to 1 ms
	}
	for _, tc := range []struct {
		p    float64
		want time.Duration
	}{{50, 100 * time.Millisecond}, {99, 198 * time.Millisecond}, {100, 200 * time.Millisecond}, {0, time.Millisecond}} {
		if got := percentile(ds, tc.p); got != tc.want {
			t.Errorf("p%v: got %v, want %v", tc.p, got, tc.want)
		}
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("empty: got %v", got)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 20011: "20,011", 1102278: "1,102,278", -4500: "-4,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d): got %q, want %q", n, got, want)
		}
	}
}
