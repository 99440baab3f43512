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
		// A small run: every phase, two load levels, the profile written.
		url := pgtest.NewDatabase(t)
		profile := t.TempDir() + "/cpu.prof"
		var stdout, stderr bytes.Buffer
		args := []string{"benchverify", "-serials", "1000", "-concurrency", "1,8", "-duration", "200ms", "-warmup", "50ms", "-cpuprofile", profile,
			"-hold", "0", "-sizes", "1000,1500", "-log-rows", "20000"}
		if err := run(context.Background(), args, func(k string) string { return map[string]string{"DATABASE_URL": url}[k] }, &stdout, &stderr); err != nil {
			t.Fatalf("%v\nstderr:\n%s\nstdout:\n%s", err, stderr.String(), stdout.String())
		}
		for _, want := range []string{
			"registration of 1,000 given serials (parse to confirmed)", "verify p99 at concurrency 8",
			"verify/baseline throughput at concurrency 1", "failed requests",
			"SQL batch: WITH INSERT scans", "Tokens.Authenticate", "PostgreSQL 1", "the HTTP floor: GET /healthz",
			"Cost as work grows", "batch of 1,500, concurrency 8", "scan log with 20,000 rows more",
		} {
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
		{"ErrConcurrency", []string{"-concurrency", "1,0"}, "-concurrency"},
		{"ErrSerials", []string{"-serials", "100"}, "-serials"},
		{"ErrDuration", []string{"-duration", "0s"}, "-duration"},
		{"ErrSizes", []string{"-sizes", "1000,0"}, "-sizes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(context.Background(), append([]string{"benchverify"}, tc.args...), func(string) string { return "" }, &bytes.Buffer{}, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}
