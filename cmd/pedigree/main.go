// Command pedigree is the drug anti-counterfeit tracker: the embedded chain, the demo
// environment and, in later versions, the verification service. Run `pedigree help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signalContext()
	defer stop()
	if err := run(ctx, os.Args, os.Getenv, os.Stdout, os.Stderr); err != nil {
		var eerr exitError
		if errors.As(err, &eerr) {
			if eerr.msg != "" {
				fmt.Fprintf(os.Stderr, "pedigree: %s\n", eerr.msg)
			}
			os.Exit(eerr.code)
		}
		if !errors.Is(err, errUsage) {
			fmt.Fprintf(os.Stderr, "pedigree: %v\n", err)
		}
		var uerr usageError
		if errors.As(err, &uerr) || errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// signalContext returns a context cancelled by Ctrl-C or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// errUsage is a usage error that has already been reported (by the flag package).
var errUsage = errors.New("usage")

// usageError is a usage error still to be reported.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg + " (run 'pedigree help')" }

// command is one of pedigree's subcommands.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"dev", "run the embedded chain with the demo environment (what `make run` calls)", runDev},
		{"serve", "run pedigree for real: any Ethereum node, any PostgreSQL, no demo data", runServe},
		{"deploy", "deploy pedigree's contract to a network with a regulator's key", runDeploy},
		{"key", "make or list the signing keys in a keystore directory", runKey},
		{"org", "onboard an organisation: org add -name -role -gln -admin [-prefix]", runOrg},
		{"chain", "run the embedded chain alone", runChain},
		{"migrate", "apply the database migrations", runMigrate},
		{"reindex", "drop the projection and rebuild it from the chain", runReindex},
		{"verify", "ask a running pedigree whether a pack is genuine", runVerify},
		{"check", "check a verify answer against the chain, trusting neither the server nor its evidence", runCheck},
		{"label", "print a batch's pack labels: an HTML label sheet or a ZIP of PNGs", runLabel},
		{"version", "print the version", runVersion},
		{"help", "show this help", nil},
	}
}

// run is the whole program: it reads its arguments and environment, runs one command and
// returns its error. It returns when the command is done or ctx is cancelled.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) < 2 {
		usage(stderr)
		return errUsage
	}
	name, rest := args[1], args[2:]
	switch name {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			err := c.run(ctx, rest, getenv, stdout, stderr)
			if errors.Is(err, flag.ErrHelp) {
				return nil // -h: the flag set printed its usage
			}
			return err
		}
	}
	return usageError{fmt.Sprintf("unknown command %q", name)}
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `pedigree tracks medication batches on an Ethereum chain and verifies packs.

Usage:
  pedigree <command> [flags]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
Run 'pedigree <command> -h' for a command's flags.
`)
}

// newFlags returns a flag set for a command that reports its errors to stderr.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: pedigree %s [flags]\n\n%s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args. It returns flag.ErrHelp for -h (run treats that as success) and errUsage
// for a bad flag, which the flag package has already reported.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))}
	}
	return nil
}
