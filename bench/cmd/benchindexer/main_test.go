package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestRun(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		// A small run: every phase but geth's, two MaxRanges (the second splits the chain into
		// many ranges).
		url := pgtest.NewDatabase(t)
		var stdout, stderr bytes.Buffer
		args := []string{"benchindexer", "-events", "300", "-lag-tx", "3", "-max-range", "2000,7", "-geth", ""}
		if err := run(context.Background(), args, func(k string) string { return map[string]string{"DATABASE_URL": url}[k] }, &stdout, &stderr); err != nil {
			t.Fatalf("%v\nstderr:\n%s", err, stderr.String())
		}
		for _, want := range []string{"events/s, index from scratch in process (MaxRange 2000)", "in-process JSON-RPC client", "lag p99, receipt -> visible in PostgreSQL", "COPY baseline rows/s", "PostgreSQL 1"} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
			}
		}
	})
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"ErrArguments", []string{"extra"}, "unexpected arguments"},
		{"ErrMaxRange", []string{"-max-range", "2000,0"}, "-max-range"},
		{"ErrEvents", []string{"-events", "0"}, "-events"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(context.Background(), append([]string{"benchindexer"}, tc.args...), func(string) string { return "" }, &bytes.Buffer{}, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}
