package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/check"
	"github.com/pedigree-rx/pedigree/internal/devchain"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// exitRefuted is `pedigree check`'s status when a fact of the answer did not hold.
const exitRefuted = 1

func runCheck(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var rpcURL, server, token, as, dataDir, contract, answerFile, jwksFile string
	var asJSON bool
	var timeout time.Duration
	fs := newFlags("check", "", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: pedigree check [flags] CODE
       pedigree check [flags] -answer FILE [CODE]

Checks a verify answer against the chain, trusting neither the server that gave it nor its
evidence: it asks pedigree (-server) for the answer about the pack with this CODE, or reads
a saved one (-answer), then, from any node of the chain (-rpc-url), recomputes every part
of the answer the chain decides: the block and its hash, the batch id and serial hash of
the code, the batch as registered and recalled, the Merkle proof of the pack's serial (or
of its absence), the pack's state, its token and custodian, and the verdict. It prints each
fact with ✓ (held), ✗ (failed) or "server says" (only the server knows: names, provenance,
the scan log's findings, verdicts that depend on who asked), then a summary.

The answer's signature is checked against the server's keys (/.well-known/jwks.json, or
-jwks), and its contract against -contract, else the one the server's
/.well-known/gs1resolver names. With -answer, -jwks and -contract, no server is asked.
An answer another deployment gave, which the server passed on (its "origin" names it), is
about that deployment's chain and contract: give -rpc-url a node of that chain.

CODE is the text of the pack's code in any printed form, as 'pedigree verify' takes it.

Exit status:
  0  every chain-derived fact of the answer held
  1  a fact did not hold (or could not be confirmed): do not trust the answer
  2  a usage error, a code that cannot be read, or an unreadable -answer or -jwks file
  3  no answer to check: pedigree cannot be reached or failed

Environment: PEDIGREE_RPC_URL (the default -rpc-url), PEDIGREE_URL (the default -server),
PEDIGREE_TOKEN (the default -token).

Flags:
`)
		fs.PrintDefaults()
	}
	fs.StringVar(&rpcURL, "rpc-url", "", "JSON-RPC URL of any node of the chain, which must keep the state of the answer's block (default $PEDIGREE_RPC_URL, else the embedded chain's "+devRPCURL+")")
	fs.StringVar(&server, "server", defaultServer(getenv), "URL of pedigree's web server, for the answer, its keys and its contract; $PEDIGREE_URL sets the default")
	fs.StringVar(&token, "token", "", "API token to ask as an organisation (default $PEDIGREE_TOKEN); without one the answer is the public's")
	fs.StringVar(&as, "as", "", "ask as a demo organisation (regulator, manufacturer, distributor or dispenser), with its token from DATA/demo-tokens.json")
	fs.StringVar(&dataDir, "data", ".pedigree", "the data directory of 'pedigree dev', for -as")
	fs.StringVar(&contract, "contract", "", "the contract you trust (0x and 40 hex digits); default: the one the server's /.well-known/gs1resolver names")
	fs.StringVar(&answerFile, "answer", "", "check this saved answer (its JSON, signature included, as the API or 'pedigree verify -json' gave it) instead of asking the server")
	fs.StringVar(&jwksFile, "jwks", "", "the server's signing keys, a JWK set saved from /.well-known/jwks.json, instead of fetching them")
	fs.BoolVar(&asJSON, "json", false, "print the facts as JSON")
	fs.DurationVar(&timeout, "timeout", 30*time.Second, "how long to wait for each answer of the server and the node")
	codes, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(codes) > 1:
		return usageError{fmt.Sprintf("check: one CODE at a time, not %d (quote a code that has spaces)", len(codes))}
	case len(codes) == 0 && answerFile == "":
		return usageError{"check: no CODE and no -answer: pass the text of a pack's code, or a saved answer"}
	case as != "" && token != "":
		return usageError{"check: -as and -token both name a token: pass one of them"}
	case timeout <= 0:
		return usageError{"-timeout: must be positive"}
	}
	if rpcURL == "" {
		if rpcURL = getenv("PEDIGREE_RPC_URL"); rpcURL == "" {
			rpcURL = devRPCURL
		}
	}
	node, err := chain.Dial(rpcURL)
	if err != nil {
		return usageError{"-rpc-url: " + err.Error()}
	}
	defer node.Close()
	endpoint, shown, err := verifyEndpoint(server)
	if err != nil {
		return err
	}
	base := strings.TrimSuffix(endpoint, "/api/v1/verify")
	opts := check.Options{}
	if len(codes) == 1 {
		c, err := gs1.Parse(gsText.Replace(codes[0]))
		if err != nil {
			return exitError{exitUsage, "the code cannot be read: " + err.Error()}
		}
		if c.GTIN == "" || c.Lot == "" || c.Serial == "" {
			return exitError{exitUsage, "the code cannot be checked: a pack's code needs its GTIN, lot (AI 10) and serial number (AI 21)"}
		}
		opts.Code = &pedigree.PackCode{GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial}
		if !c.Expiry.IsZero() {
			last := c.Expiry.LastDay()
			opts.Code.Expiry = &last
		}
	}
	if contract != "" {
		if opts.Contract, err = pedigree.ParseAddress(contract); err != nil {
			return usageError{"-contract: " + pedigree.ErrorMessage(err)}
		}
		opts.ContractFrom = "-contract"
	}

	var answer []byte
	if answerFile != "" {
		if answer, err = os.ReadFile(answerFile); err != nil {
			return exitError{exitUsage, fmt.Sprintf("-answer: %v", err)}
		}
	} else {
		if token, err = callerToken(dataDir, as, token, getenv); err != nil {
			return err
		}
		raw, status, err := askVerify(ctx, endpoint, shown, gsText.Replace(codes[0]), token, timeout)
		if err != nil {
			return err
		}
		if status != http.StatusOK {
			var e struct{ Error struct{ Message string } }
			_ = json.Unmarshal(raw, &e)
			return refusal(shown, status, e.Error.Message, token != "")
		}
		answer = raw
	}

	if jwksFile != "" {
		b, err := os.ReadFile(jwksFile)
		var set jws.Set
		if err == nil {
			err = json.Unmarshal(b, &set)
		}
		if err != nil {
			return exitError{exitUsage, fmt.Sprintf("-jwks: %s is not a JWK set: %v", jwksFile, err)}
		}
		opts.Keys, opts.KeysFrom = &set, "of "+jwksFile
	} else {
		var set jws.Set
		if err := getWellKnown(ctx, base+"/.well-known/jwks.json", timeout, &set); err != nil {
			opts.KeysFrom = fmt.Sprintf("%s/.well-known/jwks.json could not be read (%v): give -jwks", shown, err)
		} else {
			opts.Keys, opts.KeysFrom = &set, "of "+shown+"/.well-known/jwks.json"
		}
	}
	if opts.Contract.IsZero() {
		var d struct {
			Pedigree struct {
				ChainID  uint64           `json:"chain_id"`
				Contract pedigree.Address `json:"contract"`
			} `json:"pedigree"`
		}
		if err := getWellKnown(ctx, base+"/.well-known/gs1resolver", timeout, &d); err != nil || d.Pedigree.Contract.IsZero() {
			fmt.Fprintf(stderr, "pedigree: %s/.well-known/gs1resolver names no contract (%v): the answer's is only the server's word; give -contract\n", shown, err)
		} else {
			opts.Contract, opts.ChainID = d.Pedigree.Contract, d.Pedigree.ChainID
			opts.ContractFrom = "the server's /.well-known/gs1resolver"
		}
	}

	checkCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	report := check.Check(checkCtx, node, answer, opts)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if asJSON {
		b, _ := json.MarshalIndent(report, "", "  ")
		fmt.Fprintf(stdout, "%s\n", b)
	} else {
		printReport(stdout, report, node.URL())
	}
	if !report.OK() {
		return exitError{code: exitRefuted} // the report says why
	}
	return nil
}

// devRPCURL is the embedded chain's JSON-RPC URL with its default port.
var devRPCURL = "http://" + devchain.DefaultHTTPHost + ":" + strconv.Itoa(devchain.DefaultHTTPPort)

// getWellKnown reads a JSON document of the server into v.
func getWellKnown(ctx context.Context, url string, timeout time.Duration, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "pedigree-cli/"+version)
	resp, err := (&http.Client{Timeout: timeout}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(v)
}

// printReport writes the facts for people, one a line, and a summary.
func printReport(w io.Writer, r check.Report, node string) {
	fmt.Fprintf(w, "%s answer, checked against the node at %s:\n", r.Verdict, node)
	for _, f := range r.Facts {
		mark := "✓"
		switch f.Status {
		case check.Failed:
			mark = "✗"
		case check.ServerOnly:
			mark = "server says"
		}
		fmt.Fprintf(w, "  %s %s: %s\n", mark, f.What, f.Detail)
	}
	failed, serverOnly := r.Failed(), len(r.ServerOnly())
	held := len(r.Facts) - len(failed) - serverOnly
	if len(failed) == 0 {
		fmt.Fprintf(w, "OK: every chain-derived fact of the %s answer held (%d held; %d only the server says)\n", r.Verdict, held, serverOnly)
		return
	}
	ids := make([]string, len(failed))
	for i, f := range failed {
		ids[i] = f.ID
	}
	fmt.Fprintf(w, "FAILED: %d of %d facts of the %s answer did not hold (%s): do not trust it\n",
		len(failed), len(failed)+held, r.Verdict, strings.Join(ids, ", "))
}
