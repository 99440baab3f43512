package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The exit statuses of `pedigree verify` besides 0, which scripts tell apart: "not genuine"
// (1), "fix the command" (2) and "try again later" (3). Other commands exit 1 on failure
// and 2 on a usage error.
const (
	exitVerdict     = 1 // a verdict other than AUTHENTIC
	exitUsage       = 2 // a usage error, an unreadable code, a request pedigree refused
	exitUnavailable = 3 // no verdict: pedigree unreachable, failing or not pedigree
)

// exitError is an error that ends the program with a given exit status. main prints msg
// unless it is empty: the command has then said all there is to say.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string {
	if e.msg == "" {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.msg
}

// defaultServer is where the commands that talk to a running pedigree find it.
func defaultServer(getenv func(string) string) string {
	if u := getenv("PEDIGREE_URL"); u != "" {
		return u
	}
	return "http://127.0.0.1:8080"
}

func runVerify(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var server, token, as, dataDir string
	var asJSON bool
	var timeout time.Duration
	fs := newFlags("verify", "", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: pedigree verify [flags] CODE

Asks a running pedigree ('pedigree dev', or -server) whether the pack with this code is
genuine, and prints the verdict in words and in capitals, its reasons, the pack, its batch,
its custodian and its provenance; with -json, the API's JSON answer instead.

CODE is the text of the pack's code in any printed form; quote it, since "(", "&" and "?"
mean something to the shell:
  a GS1 Digital Link   'https://id.example/01/09506000134352/10/LOT1/21/SER1?17=270630'
  the bracketed form   '(01)09506000134352(17)270630(10)LOT1(21)SER1'
  an element string    $']d201095060001343521727063010LOT1\x1d21SER1'
An element string needs the GS character (FNC1) after a variable-length value; a shell
argument carries it only as $'\x1d' (bash, zsh). The four characters \x1d typed as they
are count as GS too: a "\" appears in no GS1 code. (<GS> does not: "<" and ">" may appear
in a lot or serial.) The ]d2 prefix and a leading GS are optional.

Exit status:
  0  the verdict is AUTHENTIC
  1  any other verdict: the pack must not be supplied as it is
  2  a usage error, a code that cannot be read or lacks its GTIN, lot or serial, or a
     request pedigree refused (a bad API token)
  3  no verdict: pedigree cannot be reached, failed (5xx) or did not answer like pedigree

Environment: PEDIGREE_URL (the default -server), PEDIGREE_TOKEN (the default -token).

Flags:
`)
		fs.PrintDefaults()
	}
	fs.StringVar(&server, "server", defaultServer(getenv), "URL of pedigree's web server, as 'pedigree dev' prints it; $PEDIGREE_URL sets the default")
	// The token's default is read after parsing: a flag default would print it in -h.
	fs.StringVar(&token, "token", "", "API token to verify as an organisation, sent as Authorization: Bearer (default $PEDIGREE_TOKEN); without one the verification is anonymous, as from a patient's phone")
	fs.StringVar(&as, "as", "", "verify as a demo organisation (regulator, manufacturer, distributor or dispenser), with its token from DATA/demo-tokens.json")
	fs.StringVar(&dataDir, "data", ".pedigree", "the data directory of 'pedigree dev', for -as")
	fs.BoolVar(&asJSON, "json", false, "print the API's JSON answer, indented, instead of the summary (an error's JSON too; the exit status is the same)")
	fs.DurationVar(&timeout, "timeout", 30*time.Second, "how long to wait for the answer")
	codes, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(codes) == 0:
		return usageError{"verify: no CODE: pass the text of a pack's code ('pedigree verify -h' shows its forms)"}
	case len(codes) > 1:
		return usageError{fmt.Sprintf("verify: one CODE at a time, not %d (quote a code that has spaces)", len(codes))}
	case as != "" && token != "":
		return usageError{"verify: -as and -token both name a token: pass one of them"}
	case timeout <= 0:
		return usageError{"-timeout: must be positive"}
	}
	endpoint, server, err := verifyEndpoint(server)
	if err != nil {
		return err
	}
	if token, err = callerToken(dataDir, as, token, getenv); err != nil {
		return err
	}

	raw, status, err := askVerify(ctx, endpoint, server, gsText.Replace(codes[0]), token, timeout)
	if err != nil {
		return err
	}
	if status != http.StatusOK {
		var e struct {
			Error struct{ Code, Message string }
		}
		if json.Unmarshal(raw, &e) == nil && e.Error.Message != "" && asJSON {
			printJSON(stdout, raw)
		}
		return refusal(server, status, e.Error.Message, token != "")
	}
	var a verifyAnswer
	if err := json.Unmarshal(raw, &a); err != nil || a.Verdict == "" {
		return exitError{exitUnavailable, fmt.Sprintf("%s answered something that is not a verdict: is it pedigree?", server)}
	}
	if asJSON {
		printJSON(stdout, raw)
	} else {
		fmt.Fprint(stdout, a.summary())
	}
	if a.Verdict != string(pedigree.VerdictAuthentic) {
		return exitError{code: exitVerdict} // the verdict is printed: nothing to add
	}
	return nil
}

// askVerify asks the pedigree at endpoint (its verify URL; server as messages show it) for a
// verdict on code, as the organisation of token ("": anonymously), and returns the answer's
// body as it came and its HTTP status. The error is the one the command ends with when there
// is no answer at all.
func askVerify(ctx context.Context, endpoint, server, code, token string, timeout time.Duration) ([]byte, int, error) {
	body, _ := json.Marshal(map[string]string{"code": code})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, 0, usageError{fmt.Sprintf("-server: %v", err)}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "pedigree-cli/"+version)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := (&http.Client{Timeout: timeout}).Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		return nil, 0, exitError{exitUnavailable, unreachable(server, timeout, err)}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, 0, exitError{exitUnavailable, fmt.Sprintf("pedigree at %s: reading the answer: %v", server, err)}
	}
	return raw, resp.StatusCode, nil
}

// parseInterspersed parses args into fs, allowing flags after the positional arguments
// (`pedigree verify CODE -json`), and returns the positional arguments. Everything after
// "--" is positional. Errors are those of parse.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, parseError(err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(positional, rest...), nil
		}
		positional, args = append(positional, rest[0]), rest[1:]
	}
}

// parseError maps a flag-parsing error as parse does: flag.ErrHelp stays, the rest was
// reported by the flag package.
func parseError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return errUsage
}

// gsText turns the text \x1d, typed for the GS character (FNC1), into GS.
var gsText = strings.NewReplacer(`\x1d`, "\x1d", `\x1D`, "\x1d", `\X1d`, "\x1d", `\X1D`, "\x1d")

// verifyEndpoint returns the verify URL of the pedigree at server, a URL with an optional
// path prefix (a reverse proxy's), and server as messages show it: without a password.
func verifyEndpoint(server string) (endpoint, shown string, err error) {
	u, err := url.Parse(server)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", "", usageError{fmt.Sprintf("-server: %q is not a web server's URL such as http://127.0.0.1:8080", server)}
	}
	return strings.TrimRight(u.String(), "/") + "/api/v1/verify", strings.TrimRight(u.Redacted(), "/"), nil
}

// demoToken returns the API token of demo organisation org from DATA/demo-tokens.json.
func demoToken(dataDir, org string) (string, error) {
	path := filepath.Join(dataDir, "demo-tokens.json")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", usageError{fmt.Sprintf("-as: %s does not exist: run 'pedigree dev' (with -data %s) once", path, dataDir)}
	}
	if err != nil {
		return "", fmt.Errorf("-as: %w", err)
	}
	tokens := map[string]string{}
	if err := json.Unmarshal(b, &tokens); err != nil {
		return "", fmt.Errorf("-as: %s is not a JSON object of tokens: %w", path, err)
	}
	if t := tokens[org]; t != "" {
		return t, nil
	}
	var names []string
	for _, o := range demo.Orgs {
		names = append(names, o.Key)
	}
	return "", usageError{fmt.Sprintf("-as: %q is not a demo organisation (%s)", org, strings.Join(names, ", "))}
}

// unreachable explains a request that got no answer.
func unreachable(server string, timeout time.Duration, err error) string {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err // without "Post <URL>:", which repeats the server
	}
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		return fmt.Sprintf("pedigree at %s did not answer within %s (-timeout)", server, timeout)
	}
	return fmt.Sprintf("cannot reach pedigree at %s: is `pedigree dev` running? (%v)", server, err)
}

// refusal turns an answer other than 200 into the error verify ends with.
func refusal(server string, status int, message string, withToken bool) error {
	if message == "" {
		message = http.StatusText(status)
	}
	switch {
	case status == http.StatusUnprocessableEntity:
		return exitError{exitUsage, "the code cannot be read: " + message}
	case status == http.StatusUnauthorized && withToken:
		return exitError{exitUsage, fmt.Sprintf("pedigree at %s refused the API token: %s (check -token, -as or PEDIGREE_TOKEN)", server, message)}
	case status == http.StatusUnauthorized:
		return exitError{exitUsage, fmt.Sprintf("pedigree at %s wants an API token: %s (pass -token, -as or PEDIGREE_TOKEN)", server, message)}
	case status == http.StatusBadRequest, status == http.StatusForbidden, status == http.StatusRequestEntityTooLarge:
		return exitError{exitUsage, message}
	case status >= 500:
		return exitError{exitUnavailable, fmt.Sprintf("pedigree at %s failed (%d %s): %s", server, status, http.StatusText(status), message)}
	}
	return exitError{exitUnavailable, fmt.Sprintf("%s answered %d %s (%s): is it pedigree?", server, status, http.StatusText(status), message)}
}

// printJSON writes a JSON answer indented, or as it came if it is not JSON.
func printJSON(w io.Writer, raw []byte) {
	var b bytes.Buffer
	if err := json.Indent(&b, bytes.TrimSpace(raw), "", "  "); err != nil {
		w.Write(raw)
		return
	}
	b.WriteByte('\n')
	w.Write(b.Bytes())
}

// verifyAnswer is what the summary shows of the API's answer (pedigree.Verification, whose
// roles and hashes only marshal).
type verifyAnswer struct {
	Verdict string
	Reasons []struct{ Verdict, Message string }
	Pack    *struct {
		GTIN, Lot, Serial, Expiry, State string
		Index                            int
		StateDay                         string `json:"state_day"`
	}
	Batch *struct {
		Expiry, Status string
		Quantity       int
		RecallReason   int `json:"recall_reason"`
		Manufacturer   answerParty
		Product        map[string]any
	}
	Custodian  *answerParty
	Pending    *answerParty `json:"pending_to"`
	Provenance []struct {
		Kind     string
		Time     time.Time
		From, To *answerParty
		Block    uint64
	}
	Evidence *struct {
		ChainID  uint64 `json:"chain_id"`
		Contract string
		Block    uint64
	}
}

type answerParty struct{ Role, Name, GLN string }

// String names the party as far as the answer does: anonymous callers see other parties'
// roles only.
func (p *answerParty) String() string {
	switch {
	case p == nil:
		return "?"
	case p.Name == "":
		return "a " + p.Role
	case p.GLN == "":
		return p.Name + " (" + p.Role + ")"
	}
	return p.Name + " (" + p.Role + ", GLN " + p.GLN + ")"
}

// summary is the answer for people.
func (a *verifyAnswer) summary() string {
	var b strings.Builder
	words := pedigree.Verdict(a.Verdict).Title()
	if words == "" {
		words = strings.ToLower(strings.ReplaceAll(a.Verdict, "_", " "))
	}
	fmt.Fprintf(&b, "%s: %s\n", a.Verdict, words)
	for _, r := range a.Reasons {
		if r.Verdict != "" && r.Verdict != a.Verdict {
			fmt.Fprintf(&b, "  - %s (%s)\n", r.Message, r.Verdict)
		} else {
			fmt.Fprintf(&b, "  - %s\n", r.Message)
		}
	}
	line := func(label, format string, args ...any) {
		fmt.Fprintf(&b, "%-11s %s\n", label, fmt.Sprintf(format, args...))
	}
	b.WriteByte('\n')
	if p := a.Pack; p != nil {
		expiry := "no expiry on the code"
		if p.Expiry != "" {
			expiry = "expiry " + p.Expiry
		}
		line("pack", "GTIN %s, lot %s, serial %s, %s", p.GTIN, p.Lot, p.Serial, expiry)
		state := "state " + p.State
		if p.StateDay != "" {
			state += " since " + p.StateDay
		}
		if p.Index >= 0 {
			line("", "index %d, %s", p.Index, state)
		} else {
			line("", "not in the batch's serial list")
		}
	}
	if bt := a.Batch; bt != nil {
		if product := productName(bt.Product); product != "" {
			line("product", "%s", product)
		}
		status := bt.Status
		if bt.RecallReason != 0 {
			status = fmt.Sprintf("%s (reason %d)", status, bt.RecallReason)
		}
		line("batch", "%d packs, expiry %s, %s; made by %s", bt.Quantity, bt.Expiry, status, bt.Manufacturer.String())
	}
	if a.Custodian != nil {
		line("custodian", "%s", a.Custodian)
	}
	if a.Pending != nil {
		line("in transit", "to %s", a.Pending)
	}
	if len(a.Provenance) > 0 {
		b.WriteString("provenance\n")
		for _, e := range a.Provenance {
			var who string
			switch {
			case e.From != nil && e.To != nil:
				who = e.From.String() + " -> " + e.To.String()
			case e.To != nil:
				who = e.To.String()
			case e.From != nil:
				who = e.From.String()
			}
			fmt.Fprintf(&b, "  %s  %-10s %s (block %d)\n", e.Time.UTC().Format("2006-01-02 15:04 UTC"), e.Kind, who, e.Block)
		}
	}
	if ev := a.Evidence; ev != nil {
		line("evidence", "contract %s on chain %d, block %d (-json for the Merkle proof)", ev.Contract, ev.ChainID, ev.Block)
	}
	return b.String()
}

// productName joins a product's name, strength and form: "Demoprofen 200 mg tablet".
func productName(product map[string]any) string {
	var parts []string
	for _, k := range []string{"name", "strength", "form"} {
		if s, ok := product[k].(string); ok && s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// callerToken returns the API token to ask with: a demo organisation's (-as), the one given
// (-token), or $PEDIGREE_TOKEN; "" asks anonymously.
func callerToken(dataDir, as, token string, getenv func(string) string) (string, error) {
	switch {
	case as != "":
		return demoToken(dataDir, as)
	case token == "":
		return getenv("PEDIGREE_TOKEN"), nil
	}
	return token, nil
}
