// Package check checks a verification answer against the chain without trusting the service
// that gave it: from any node, it recomputes every part of the answer the chain decides (the
// block, the batch id and serial hash of the code, the batch's commitments, the pack's Merkle
// proof or the proof of its absence, its state, its token and custodian, the chain's share of
// the verdict) and says, fact by fact, what held, what failed, and what only the service says
// (names, provenance, findings of the scan log, verdicts that depend on who asked).
//
// What to check is derived from the answer's claims (its pack, batch, custodian and verdict),
// never from its evidence's list of checks: a lying service could leave a check out. Every
// contract read is pinned to the answer's block hash (EIP-1898), so the facts are read from the
// same state the answer was made from, whatever happened on the chain since.
//
// `pedigree check` runs it from the command line; web/static/check.js does the same in a
// browser, from the verdict page.
package check

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Status is what became of a fact.
type Status string

// The statuses.
const (
	Held       Status = "held"        // the chain (or a local computation) confirms it
	Failed     Status = "failed"      // the chain contradicts it, or it could not be confirmed
	ServerOnly Status = "server-only" // the chain cannot confirm it: only the service says so
)

// Fact is one claim of an answer and what became of it.
type Fact struct {
	ID     string `json:"id"`     // a short stable name: "block", "serial", "verdict", ...
	What   string `json:"what"`   // the claim, in words
	Status Status `json:"status"` // held, failed or server-only
	Detail string `json:"detail"` // what was compared, or why it failed
}

// Report is every fact of one answer, in the order they were checked.
type Report struct {
	Verdict pedigree.Verdict `json:"verdict"` // the answer's verdict
	Facts   []Fact           `json:"facts"`
}

// OK reports whether no fact failed: every chain-derived fact of the answer held.
func (r Report) OK() bool { return len(r.Failed()) == 0 }

// Failed returns the facts that failed.
func (r Report) Failed() []Fact { return r.with(Failed) }

// ServerOnly returns the facts only the service says.
func (r Report) ServerOnly() []Fact { return r.with(ServerOnly) }

func (r Report) with(s Status) []Fact {
	var out []Fact
	for _, f := range r.Facts {
		if f.Status == s {
			out = append(out, f)
		}
	}
	return out
}

// Fact returns the fact with id, and whether there is one.
func (r Report) Fact(id string) (Fact, bool) {
	for _, f := range r.Facts {
		if f.ID == id {
			return f, true
		}
	}
	return Fact{}, false
}

// Node is what checking needs of an Ethereum node: reads of headers, receipts and code, and
// contract calls at a block hash. *ethclient.Client, the simulated backend's client and
// chain.Client implement it.
type Node interface {
	chain.Backend
	bind.BlockHashContractCaller
}

// Options are what the user brings to a check besides the answer and the node.
type Options struct {
	// Code is the pack's code as the user has it; nil checks the answer about the pack it
	// names itself.
	Code *pedigree.PackCode
	// Contract is the contract the user expects, and ContractFrom where it comes from for the
	// report ("-contract", "the service's /.well-known/gs1resolver"); zero takes the answer's,
	// which is then only the service's word.
	Contract     pedigree.Address
	ContractFrom string
	// ChainID is the chain the user expects (the gs1resolver's), 0 for any.
	ChainID uint64
	// OriginContract and OriginChainID are what the user expects of an answer another
	// deployment gave and this service passed on (one with an Origin): that deployment's
	// contract and chain, zero to take the answer's word. Contract and ChainID, this service's,
	// do not apply to it.
	OriginContract pedigree.Address
	OriginChainID  uint64
	// Keys verify the answer's signature, and KeysFrom says where they come from (or why
	// there are none); nil Keys fails the signature.
	Keys     *jws.Set
	KeysFrom string
	// Now is the local clock: a verdict that depends on the day (expired, supplied lately) is
	// accepted when it holds at the answer's block or now. Nil means time.Now.
	Now func() time.Time
}

// Check checks answer, a verification's JSON as the service gave it (its "signature"
// included), or an LMS answer carrying one, against node, and reports every fact.
func Check(ctx context.Context, node Node, answer []byte, opts Options) Report {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	c := &checker{ctx: ctx, node: node, opts: opts}
	// A GS1 verification messaging (LMS) answer carries the verification it was made from in
	// its extension member: that is what is checked.
	var lms struct {
		Pedigree struct {
			Verification json.RawMessage `json:"verification"`
		} `json:"pedigree"`
	}
	if json.Unmarshal(answer, &lms) == nil && len(lms.Pedigree.Verification) > 0 {
		answer = lms.Pedigree.Verification
	}
	var v pedigree.Verification
	if err := json.Unmarshal(answer, &v); err != nil || v.Verdict == "" {
		what := "it has no verdict"
		if err != nil {
			what = err.Error()
		}
		c.fail("answer", "the answer is a pedigree verification", "it is not: %s", what)
		return c.report
	}
	c.report.Verdict = v.Verdict
	c.signature(answer)
	c.run(v)
	return c.report
}

// checker is one check under way.
type checker struct {
	ctx    context.Context
	node   Node
	opts   Options
	report Report
}

func (c *checker) add(id, what string, s Status, format string, args ...any) {
	c.report.Facts = append(c.report.Facts, Fact{ID: id, What: what, Status: s, Detail: fmt.Sprintf(format, args...)})
}

func (c *checker) held(id, what, format string, args ...any) {
	c.add(id, what, Held, format, args...)
}

func (c *checker) fail(id, what, format string, args ...any) {
	c.add(id, what, Failed, format, args...)
}

func (c *checker) serverOnly(id, what, format string, args ...any) {
	c.add(id, what, ServerOnly, format, args...)
}

// run checks everything but the signature.
func (c *checker) run(v pedigree.Verification) {
	code, ok := c.code(v)
	if !ok {
		return
	}
	ev := v.Evidence
	if ev == nil {
		c.fail("evidence", "the answer carries evidence to check it with", "it has none")
		return
	}
	if v.Origin != nil {
		c.origin(v.Origin, ev)
	}
	if !c.chainID(ev) {
		return // the node cannot be asked anything
	}
	address := c.contract(ev)
	header := c.block(ev)
	at, err := chain.NewContract(c.node, common.Address(address)).At(common.Hash(ev.BlockHash))
	if err != nil {
		c.fail("block", "reads at the answer's block", "%v", err)
		return
	}
	s := &state{code: code, ev: ev, v: v, contract: at, address: address}
	if header != nil {
		s.time = time.Unix(int64(header.Time), 0).UTC()
	}
	c.ids(s)
	c.batch(s)
	if s.batch != nil {
		c.registered(s)
		c.recall(s)
		if ev.Index != nil || v.Verdict != pedigree.VerdictUnknownSerial {
			c.serial(s)
		} else {
			c.absence(s, ev.NonMembership)
		}
	}
	c.verdict(s)
	c.serverWords(v)
}

// code checks that the answer is about the user's code, and returns the code to check: the
// user's, else the answer's own.
func (c *checker) code(v pedigree.Verification) (pedigree.PackCode, bool) {
	const what = "the answer is about this pack's code"
	p := v.Pack
	if p == nil {
		c.fail("code", what, "the answer names no pack")
		return pedigree.PackCode{}, false
	}
	var expiry *time.Time
	if p.Expiry != nil {
		expiry = &p.Expiry.Time
	}
	claimed := pedigree.PackCode{GTIN: p.GTIN, Lot: p.Lot, Serial: p.Serial, Expiry: expiry}
	if c.opts.Code == nil {
		c.serverOnly("code", what, "no code was given to compare with: the pack is the answer's, %s", describeCode(claimed))
		return claimed, true
	}
	user := *c.opts.Code
	if user.GTIN != claimed.GTIN || user.Lot != claimed.Lot || user.Serial != claimed.Serial || !sameDay(user.Expiry, claimed.Expiry) {
		c.fail("code", what, "the code is %s; the answer is about %s", describeCode(user), describeCode(claimed))
		return user, true
	}
	c.held("code", what, "%s", describeCode(user))
	return user, true
}

func describeCode(c pedigree.PackCode) string {
	s := fmt.Sprintf("GTIN %s, lot %q, serial %q", c.GTIN, c.Lot, c.Serial)
	if c.Expiry != nil {
		s += ", expiry " + c.Expiry.Format(time.DateOnly)
	}
	return s
}

func sameDay(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return pedigree.DateOf(*a) == pedigree.DateOf(*b)
}

// origin notes that another deployment gave the answer, which this service passed on: its
// facts are on that deployment's chain and contract, which the evidence names, so the user's
// expectations of this service's chain and contract (Options.ChainID, Options.Contract) do not
// apply; OriginContract and OriginChainID, when given, do.
func (c *checker) origin(o *pedigree.Origin, ev *pedigree.Evidence) {
	c.serverOnly("origin", "the answer is another deployment's, passed on", "%s (%s) answered, from chain %d, contract %s: check it against a node of that chain", o.Name, o.URL, ev.ChainID, ev.Contract)
	c.opts.ChainID, c.opts.Contract = c.opts.OriginChainID, c.opts.OriginContract
	c.opts.ContractFrom = "the origin's contract you gave"
}

// chainID checks the node runs the answer's chain (and the one the user expects). It returns
// false when the node cannot be reached.
func (c *checker) chainID(ev *pedigree.Evidence) bool {
	const what = "the node runs the answer's chain"
	id, err := c.node.ChainID(c.ctx)
	if err != nil {
		c.fail("chain", what, "the node did not answer: %v", err)
		return false
	}
	switch {
	case id.Uint64() != ev.ChainID:
		c.fail("chain", what, "the node runs chain %s; the answer is about chain %d", id, ev.ChainID)
	case c.opts.ChainID != 0 && c.opts.ChainID != ev.ChainID:
		c.fail("chain", what, "the answer is about chain %d; the service's description names chain %d", ev.ChainID, c.opts.ChainID)
	default:
		c.held("chain", what, "chain %d", ev.ChainID)
	}
	return true
}

// contract checks the answer's contract is the one the user expects, and returns the contract
// to read: the expected one.
func (c *checker) contract(ev *pedigree.Evidence) pedigree.Address {
	const what = "the answer's contract is pedigree's"
	want, from := c.opts.Contract, c.opts.ContractFrom
	if want.IsZero() {
		want = ev.Contract
	}
	// A contract of other code could say anything: its code must be this build's.
	if err := chain.CheckContract(c.ctx, c.node, common.Address(want)); err != nil {
		c.fail("contract", what, "%s: %s", want, pedigree.ErrorMessage(err))
		return want
	}
	switch {
	case c.opts.Contract.IsZero():
		c.serverOnly("contract", what, "%s, as the answer names it; its code is this version's contract (give -contract to hold it to the one you trust)", want)
	case c.opts.Contract != ev.Contract:
		c.fail("contract", what, "the answer names %s; %s gives %s", ev.Contract, from, c.opts.Contract)
	default:
		c.held("contract", what, "%s, as %s gives it; its code is this version's contract", want, from)
	}
	return want
}

// block checks the answer's block is on the node's chain with the answer's hash, and returns
// its header (nil when it is not).
func (c *checker) block(ev *pedigree.Evidence) *types.Header {
	what := fmt.Sprintf("block %d is on the chain with the answer's hash", ev.Block)
	h, err := c.node.HeaderByNumber(c.ctx, new(big.Int).SetUint64(ev.Block))
	switch {
	case err != nil:
		c.fail("block", what, "the node has no block %d: %v", ev.Block, err)
		return nil
	case pedigree.Hash(h.Hash()) != ev.BlockHash:
		c.fail("block", what, "the node's block %d is %s, not %s", ev.Block, pedigree.Hash(h.Hash()), ev.BlockHash)
		return nil
	}
	c.held("block", what, "%s, mined %s", ev.BlockHash, time.Unix(int64(h.Time), 0).UTC().Format(time.RFC3339))
	return h
}

// serverWords lists what the answer says that only the service knows: names, the product,
// the provenance (its projection of the chain's events), and its scan log's findings.
func (c *checker) serverWords(v pedigree.Verification) {
	var names []string
	if v.Batch != nil {
		if n := v.Batch.Manufacturer.Name; n != "" {
			names = append(names, fmt.Sprintf("the manufacturer is %q", n))
		}
		if p := v.Batch.Product.String(); p != "" {
			names = append(names, fmt.Sprintf("the product is %q", p))
		}
	}
	if v.Custodian != nil && v.Custodian.Name != "" {
		names = append(names, fmt.Sprintf("the custodian is %q", v.Custodian.Name))
	}
	if len(names) > 0 {
		c.serverOnly("names", "names and the product", "%s: the chain holds accounts and GLNs, not names", strings.Join(names, ", "))
	}
	if len(v.Provenance) > 0 {
		how := "each names its transaction"
		if v.Provenance[0].TxHash == (pedigree.Hash{}) {
			how = "by kind, day and role only, as the public is told them"
		}
		c.serverOnly("provenance", "the provenance", "%d custody events, the service's reading of the chain's events (%s)", len(v.Provenance), how)
	}
}
