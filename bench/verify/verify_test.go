package verify

import (
	"testing"
	"time"
)

func TestSQLLabel(t *testing.T) {
	for _, tc := range []struct{ sql, want string }{
		{"SELECT pack_index FROM serials WHERE batch_id = $1", "SELECT serials"},
		{"\n\t\tSELECT EXISTS (SELECT 1 FROM batches WHERE gtin = $1), b.batch_id FROM (SELECT 1) one LEFT JOIN batches b", "SELECT batches"},
		{"\n\t\tWITH scan AS (\n\t\t\tINSERT INTO scans (at) VALUES ($1) RETURNING id\n\t\t) SELECT id FROM scan", "WITH INSERT scans"},
		{"UPDATE api_tokens t SET last_used_at = now()", "UPDATE api_tokens"},
		{"begin", "BEGIN"},
		{"", "?"},
	} {
		if got := sqlLabel(tc.sql); got != tc.want {
			t.Errorf("sqlLabel(%q): got %q, want %q", tc.sql, got, tc.want)
		}
	}
}

func TestCodeForms(t *testing.T) {
	got := codeForms("ABC123", time.Date(2028, 6, 30, 0, 0, 0, 0, time.UTC))
	want := [2]string{"(01)09506000134352(17)280630(10)BENCH-1(21)ABC123", "]d2\x1d010950600013435217280630" + "10BENCH-1\x1d21ABC123"}
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
