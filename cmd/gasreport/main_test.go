package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/gasreport"
)

func TestRun(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "gas.json")
		env := map[string]string{"GAS_JSON": path}
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), []string{"gasreport"}, func(k string) string { return env[k] }, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stdout.String(), gasreport.Rules) || !strings.Contains(stdout.String(), path) {
			t.Errorf("stdout lacks the rules line or the JSON path:\n%s", stdout.String())
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var got gasreport.Report
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("GAS_JSON is not a report: %v\n%s", err, data)
		}
		for _, op := range gasreport.Required {
			if got[op].Pedigree == 0 {
				t.Errorf("GAS_JSON: %s missing or zero", op)
			}
		}
	})
	t.Run("NoJSONWithoutGAS_JSON", func(t *testing.T) {
		var stdout bytes.Buffer
		if err := run(context.Background(), []string{"gasreport"}, func(string) string { return "" }, &stdout, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(stdout.String(), "JSON to") {
			t.Errorf("stdout mentions a JSON file:\n%s", stdout.String())
		}
	})
	t.Run("ErrArguments", func(t *testing.T) {
		err := run(context.Background(), []string{"gasreport", "extra"}, func(string) string { return "" }, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "unexpected arguments") {
			t.Errorf("got %v, want an unexpected-arguments error", err)
		}
	})
	t.Run("ErrUnwritableJSON", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "missing", "gas.json")
		err := run(context.Background(), []string{"gasreport"}, func(k string) string { return map[string]string{"GAS_JSON": path}[k] }, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "GAS_JSON") {
			t.Errorf("got %v, want a GAS_JSON write error", err)
		}
	})
}
