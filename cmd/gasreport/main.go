// Command gasreport measures the gas of pedigree's contract against the plainest alternative
// (contracts/gas/ReferenceBatch.sol) on a simulated chain under Osaka rules, and prints the
// figures with the targets. With GAS_JSON=FILE it also writes the figures to FILE as
// {"OPERATION": {"pedigree": N, "reference": M}}. `make gas` runs it.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/pedigree-rx/pedigree/internal/gasreport"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gasreport: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 1 {
		return fmt.Errorf("unexpected arguments %q: gasreport takes none (set GAS_JSON=FILE to write JSON)", args[1:])
	}
	jsonPath := getenv("GAS_JSON")
	if jsonPath != "" {
		// Fail before measuring, not after, when the file cannot be written.
		if info, err := os.Stat(filepath.Dir(jsonPath)); err != nil || !info.IsDir() {
			return fmt.Errorf("GAS_JSON=%s: directory %s does not exist", jsonPath, filepath.Dir(jsonPath))
		}
	}
	report, err := gasreport.Run(ctx, stdout)
	if err != nil {
		return fmt.Errorf("measure gas: %w", err)
	}
	if jsonPath == "" {
		return nil
	}
	// encoding/json writes map keys sorted, so the file is stable from run to run.
	data, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	if err := os.WriteFile(jsonPath, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write GAS_JSON: %w", err)
	}
	fmt.Fprintf(stdout, "\nwrote the figures as JSON to %s\n", jsonPath)
	return nil
}
