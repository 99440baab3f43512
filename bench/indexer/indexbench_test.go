package indexbench

import "testing"

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
