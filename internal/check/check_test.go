package check_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/check"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// checkWorld is a served world, the node to check its answers on, and what a user would bring:
// the contract and the service's keys.
type checkWorld struct {
	w    *worldtest.World
	srv  *httptest.Server
	node check.Node
	opts check.Options
}

func newCheckWorld(t *testing.T) *checkWorld {
	t.Helper()
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelError})))
	node, ok := w.H.Backend.Client().(check.Node)
	if !ok {
		t.Fatal("the simulated backend's client cannot call at a block hash")
	}
	var keys jws.Set
	getJSON(t, srv.URL+"/.well-known/jwks.json", &keys)
	return &checkWorld{w: w, srv: srv, node: node, opts: check.Options{
		Contract: pedigree.Address(w.H.C.Address), ContractFrom: "the test",
		Keys: &keys, KeysFrom: "of the test server",
		Now: func() time.Time { return w.Now },
	}}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
}

// code is the bracketed code of serial in lot, with the world's expiry.
func (cw *checkWorld) code(lot, serial string) string {
	return "(01)09506000134352(17)" + cw.w.Code(0).Expiry.Format("060102") + "(10)" + lot + "(21)" + serial
}

// packCode is the same code as the checker is given it.
func (cw *checkWorld) packCode(lot, serial string) *pedigree.PackCode {
	c := cw.w.Code(0)
	c.Lot, c.Serial = lot, serial
	return &c
}

// ask verifies code through the API, as token's organisation ("" anonymous), and returns the
// signed answer as it came.
func (cw *checkWorld) ask(t *testing.T, code, token string) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"code": code})
	req, _ := http.NewRequest(http.MethodPost, cw.srv.URL+"/api/v1/verify", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("verify %s: %d %s", code, resp.StatusCode, raw)
	}
	return raw
}

func (cw *checkWorld) check(answer []byte, opts check.Options) check.Report {
	return check.Check(context.Background(), cw.node, answer, opts)
}

func describe(r check.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "verdict %s\n", r.Verdict)
	for _, f := range r.Facts {
		fmt.Fprintf(&b, "  %-11s %-11s %s: %s\n", f.Status, f.ID, f.What, f.Detail)
	}
	return b.String()
}

func TestCheck(t *testing.T) {
	cw := newCheckWorld(t)
	w := cw.w
	dispenser := w.Token(t, w.Dispenser)

	for _, tc := range []struct {
		name        string
		lot, serial string
		token       string
		verdict     pedigree.Verdict
		held        []string // facts that must hold
		serverOnly  []string // facts only the server says
	}{
		// To the public, a pack at a pharmacy: the answer names no token (its holder's account
		// would name the pharmacy), so the custodian is the service's word.
		{name: "Authentic", lot: "VERIFY", serial: w.Batch.Serials[52], verdict: pedigree.VerdictAuthentic,
			held:       []string{"signature", "code", "chain", "contract", "block", "batch_id", "serial_hash", "batch", "registered", "serial", "state", "verdict"},
			serverOnly: []string{"names", "provenance", "custodian"}},
		{name: "AuthenticAsDispenser", lot: "VERIFY", serial: w.Batch.Serials[52], token: dispenser, verdict: pedigree.VerdictAuthentic,
			held: []string{"serial", "state", "token", "custodian", "verdict"}},
		{name: "DispensedAsDispenser", lot: "VERIFY", serial: w.Batch.Serials[50], token: dispenser, verdict: pedigree.VerdictAlreadyDecommissioned,
			held: []string{"serial", "state", "custodian", "verdict"}},
		{name: "SuppliedToPatient", lot: "VERIFY", serial: w.Batch.Serials[50], verdict: pedigree.VerdictSupplied,
			held: []string{"state", "verdict"}},
		{name: "Recalled", lot: "RECALLED", serial: w.Recalled.Serials[1], verdict: pedigree.VerdictRecalled,
			held: []string{"batch", "recall", "serial", "verdict"}},
		// At the manufacturer, the token is named, and the holder checked.
		{name: "NotReleased", lot: "VERIFY", serial: w.Batch.Serials[10], verdict: pedigree.VerdictNotReleased,
			held: []string{"serial", "token", "custodian", "verdict"}},
		// At a distributor, it is not: NOT_RELEASED is the service's word.
		{name: "NotReleasedAtADistributor", lot: "VERIFY", serial: w.Batch.Serials[40], verdict: pedigree.VerdictNotReleased,
			held: []string{"serial", "state"}, serverOnly: []string{"custodian", "verdict"}},
		{name: "UnknownBatch", lot: "NOSUCHLOT", serial: "ANY1", verdict: pedigree.VerdictUnknownBatch,
			held: []string{"batch_id", "batch", "verdict"}},
		{name: "UnknownSerial", lot: "VERIFY", serial: "FORGED0001", verdict: pedigree.VerdictUnknownSerial,
			held: []string{"batch", "absence", "verdict"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			answer := cw.ask(t, cw.code(tc.lot, tc.serial), tc.token)
			opts := cw.opts
			opts.Code = cw.packCode(tc.lot, tc.serial)
			r := cw.check(answer, opts)
			if r.Verdict != tc.verdict || !r.OK() {
				t.Fatalf("got verdict %s, OK %t, want %s and every fact held:\n%s", r.Verdict, r.OK(), tc.verdict, describe(r))
			}
			for _, id := range tc.held {
				if f, ok := r.Fact(id); !ok || f.Status != check.Held {
					t.Errorf("fact %s: %+v, want it held\n%s", id, f, describe(r))
				}
			}
			for _, id := range tc.serverOnly {
				if f, ok := r.Fact(id); !ok || f.Status != check.ServerOnly {
					t.Errorf("fact %s: %+v, want it server-only\n%s", id, f, describe(r))
				}
			}
		})
	}

	t.Run("WithoutCodeOrContract", func(t *testing.T) {
		// A saved answer alone: the pack and the contract are the answer's word, the rest holds.
		opts := cw.opts
		opts.Contract = pedigree.Address{}
		r := cw.check(cw.ask(t, cw.code("VERIFY", w.Batch.Serials[52]), ""), opts)
		for _, id := range []string{"code", "contract"} {
			if f, _ := r.Fact(id); f.Status != check.ServerOnly {
				t.Errorf("fact %s: %+v, want it server-only", id, f)
			}
		}
		if !r.OK() {
			t.Fatalf("a fact failed:\n%s", describe(r))
		}
	})
}

// TestCheckTampered changes one field of a genuine answer at a time and signs the result again
// with a key the checker accepts, as a lying service would: each lie fails a chain fact.
func TestCheckTampered(t *testing.T) {
	cw := newCheckWorld(t)
	w := cw.w
	dispenser := w.Token(t, w.Dispenser)
	liar, err := jws.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	liarKeys := jws.Set{Keys: []jws.JWK{liar.Public()}}

	authentic := cw.ask(t, cw.code("VERIFY", w.Batch.Serials[52]), dispenser)
	dispensed := cw.ask(t, cw.code("VERIFY", w.Batch.Serials[50]), dispenser)
	recalled := cw.ask(t, cw.code("RECALLED", w.Recalled.Serials[1]), "")
	other := cw.ask(t, cw.code("VERIFY", w.Batch.Serials[53]), dispenser)
	unknownBatch := cw.ask(t, cw.code("NOSUCHLOT", "ANY1"), "")
	unknownSerial := cw.ask(t, cw.code("VERIFY", "FORGED0001"), "")
	notReleased := cw.ask(t, cw.code("VERIFY", w.Batch.Serials[10]), "") // to the public
	genuineHash := merkle.SerialHash(w.Batch.Serials[52]).Hex()
	var otherEv struct {
		Evidence struct {
			Proof     []string `json:"proof"`
			BlockHash string   `json:"block_hash"`
		}
	}
	if err := json.Unmarshal(other, &otherEv); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name   string
		answer []byte
		serial string // the code's serial: "" pack 52's, "-" none (the answer's)
		lot    string
		change func(a map[string]any)
		want   string // the fact that must fail
	}{
		{"Serial", authentic, "", "", func(a map[string]any) { obj(a, "pack")["serial"] = w.Batch.Serials[53] }, "code"},
		{"SerialNoCode", authentic, "-", "", func(a map[string]any) { obj(a, "pack")["serial"] = w.Batch.Serials[53] }, "serial_hash"},
		{"SerialAndCode", authentic, w.Batch.Serials[53], "", func(a map[string]any) { obj(a, "pack")["serial"] = w.Batch.Serials[53] }, "serial_hash"},
		{"Index", authentic, "", "", func(a map[string]any) { obj(a, "pack")["index"] = 53; obj(a, "evidence")["index"] = 53 }, "serial"},
		{"PackIndexOnly", authentic, "", "", func(a map[string]any) { obj(a, "pack")["index"] = 53 }, "serial"},
		{"Proof", authentic, "", "", func(a map[string]any) { obj(a, "evidence")["proof"] = otherEv.Evidence.Proof }, "serial"},
		{"Root", authentic, "", "", func(a map[string]any) { obj(a, "evidence")["serials_root"] = otherEv.Evidence.Proof[0] }, "batch"},
		{"Block", authentic, "", "", func(a map[string]any) { ev := obj(a, "evidence"); ev["block"] = num(ev["block"]) - 1 }, "block"},
		{"BlockHash", authentic, "", "", func(a map[string]any) { obj(a, "evidence")["block_hash"] = otherEv.Evidence.Proof[0] }, "block"},
		{"State", authentic, "", "", func(a map[string]any) {
			obj(a, "pack")["state"] = "supplied"
			obj(a, "pack")["state_day"] = w.Now.Format(time.DateOnly)
		}, "state"},
		{"StateDay", dispensed, w.Batch.Serials[50], "", func(a map[string]any) { obj(a, "pack")["state_day"] = "2020-01-01" }, "state"},
		{"Active", dispensed, w.Batch.Serials[50], "", func(a map[string]any) {
			obj(a, "pack")["state"] = "active"
			delete(obj(a, "pack"), "state_day")
			a["verdict"] = "AUTHENTIC"
			a["reasons"] = []any{map[string]any{"verdict": "AUTHENTIC", "message": "genuine"}}
		}, "state"},
		{"Contract", authentic, "", "", func(a map[string]any) { obj(a, "evidence")["contract"] = pedigree.Address(w.H.Dispenser.Addr).String() }, "contract"},
		{"ChainID", authentic, "", "", func(a map[string]any) { obj(a, "evidence")["chain_id"] = 31337 }, "chain"},
		{"Verdict", authentic, "", "", func(a map[string]any) { a["verdict"] = "RECALLED" }, "verdict"},
		{"NotReleasedCalledGenuine", notReleased, w.Batch.Serials[10], "", func(a map[string]any) {
			a["verdict"] = "AUTHENTIC"
			a["reasons"] = []any{map[string]any{"verdict": "AUTHENTIC", "message": "The pack is genuine."}}
		}, "verdict"},
		{"VerdictAndReasons", authentic, "", "", func(a map[string]any) {
			a["verdict"] = "RECALLED"
			a["reasons"] = []any{map[string]any{"verdict": "RECALLED", "message": "recalled"}}
		}, "verdict"},
		{"HiddenRecall", recalled, w.Recalled.Serials[1], "RECALLED", func(a map[string]any) {
			a["verdict"] = "AUTHENTIC"
			a["reasons"] = []any{map[string]any{"verdict": "AUTHENTIC", "message": "genuine"}}
		}, "verdict"},
		{"RecallStatus", recalled, w.Recalled.Serials[1], "RECALLED", func(a map[string]any) {
			obj(a, "batch")["status"] = "active"
			delete(obj(a, "batch"), "recall_reason")
		}, "batch"},
		{"RecallTx", recalled, w.Recalled.Serials[1], "RECALLED", func(a map[string]any) { obj(a, "evidence")["recall_tx"] = obj(a, "evidence")["registered_tx"] }, "recall"},
		{"Custodian", authentic, "", "", func(a map[string]any) { obj(a, "custodian")["gln"] = "4012345000061" }, "custodian"},
		// Only an answer to the public may leave its token out.
		{"TokenDropped", authentic, "", "", func(a map[string]any) { delete(obj(a, "evidence"), "token_id") }, "token"},
		{"Manufacturer", authentic, "", "", func(a map[string]any) { obj(obj(a, "batch"), "manufacturer")["gln"] = "4012345000030" }, "batch"},
		{"Quantity", authentic, "", "", func(a map[string]any) { obj(a, "batch")["quantity"] = 65 }, "registered"},
		{"AbsenceProof", unknownSerial, "FORGED0001", "", func(a map[string]any) {
			low := obj(obj(obj(a, "evidence"), "non_membership"), "low")
			low["proof"].([]any)[0] = otherEv.Evidence.Proof[0]
		}, "absence"},
		{"AbsenceNeighbours", unknownSerial, "FORGED0001", "", func(a map[string]any) {
			nm := obj(obj(a, "evidence"), "non_membership")
			nm["low"], nm["high"] = nm["high"], nm["low"]
		}, "absence"},
		{"AbsenceOfAGenuinePack", unknownSerial, "", "", func(a map[string]any) {
			// A genuine pack called a fake: the neighbours enclose another hash.
			obj(a, "pack")["serial"] = w.Batch.Serials[52]
			obj(a, "evidence")["serial_hash"] = genuineHash
			obj(obj(a, "evidence"), "non_membership")["serial_hash"] = genuineHash
		}, "absence"},
		{"UnknownBatchThatExists", unknownBatch, "-", "", func(a map[string]any) {
			// The answer about an unknown lot, turned into one about the VERIFY lot.
			obj(a, "pack")["lot"] = "VERIFY"
			obj(a, "evidence")["batch_id"] = w.Batch.ID.String()
		}, "batch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			serial, lot := tc.serial, tc.lot
			if serial == "" {
				serial = w.Batch.Serials[52]
			}
			if lot == "" {
				lot = "VERIFY"
			}
			opts := cw.opts
			if serial != "-" {
				opts.Code = cw.packCode(lot, serial)
			}
			opts.Keys, opts.KeysFrom = &liarKeys, "of the liar"
			r := cw.check(resign(t, liar, tc.answer, tc.change), opts)
			if r.OK() {
				t.Fatalf("the tampered answer passed:\n%s", describe(r))
			}
			if f, _ := r.Fact(tc.want); f.Status != check.Failed {
				t.Errorf("fact %s: %+v, want it failed\n%s", tc.want, f, describe(r))
			}
			if f, _ := r.Fact("signature"); f.Status != check.Held {
				t.Errorf("the liar's signature did not hold: %+v", f)
			}
		})
	}

	t.Run("ContractWithoutExpectation", func(t *testing.T) {
		// With no contract of their own, the user reads the answer's, which is no contract.
		opts := cw.opts
		opts.Contract, opts.Keys = pedigree.Address{}, &liarKeys
		r := cw.check(resign(t, liar, authentic, func(a map[string]any) {
			obj(a, "evidence")["contract"] = pedigree.Address(w.H.Dispenser.Addr).String()
		}), opts)
		if f, _ := r.Fact("contract"); f.Status != check.Failed {
			t.Errorf("fact contract: %+v, want it failed\n%s", f, describe(r))
		}
	})

	t.Run("Signature", func(t *testing.T) {
		// Changed without signing again: only the signature fails, at the changed field.
		for _, change := range []func(a map[string]any){
			func(a map[string]any) { obj(obj(a, "batch"), "manufacturer")["name"] = "Forgery Ltd" },
			func(a map[string]any) { a["signature"] = strings.Replace(a["signature"].(string), ".", ".e30", 1) },
			func(a map[string]any) { delete(a, "signature") },
		} {
			a := decode(t, authentic)
			change(a)
			b, _ := json.Marshal(a)
			opts := cw.opts
			opts.Code = cw.packCode("VERIFY", w.Batch.Serials[52])
			r := cw.check(b, opts)
			if f, _ := r.Fact("signature"); f.Status != check.Failed {
				t.Errorf("fact signature: %+v, want it failed\n%s", f, describe(r))
			}
			if failed := r.Failed(); len(failed) != 1 {
				t.Errorf("%d facts failed, want only the signature:\n%s", len(failed), describe(r))
			}
		}
		// The liar's key is not the service's.
		opts := cw.opts
		r := cw.check(resign(t, liar, authentic, func(map[string]any) {}), opts)
		if f, _ := r.Fact("signature"); f.Status != check.Failed || !strings.Contains(f.Detail, "no published key") {
			t.Errorf("fact signature: %+v, want it failed for its unknown key", f)
		}
	})
}

// decode reads an answer as JSON values, numbers as written.
func decode(t *testing.T, answer []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(answer))
	dec.UseNumber()
	var a map[string]any
	if err := dec.Decode(&a); err != nil {
		t.Fatal(err)
	}
	return a
}

// resign changes answer and signs it with key, as the service signs: the JWS of the answer
// without its signature.
func resign(t *testing.T, key *jws.Key, answer []byte, change func(map[string]any)) []byte {
	t.Helper()
	a := decode(t, answer)
	change(a)
	delete(a, "signature")
	payload, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if a["signature"], err = key.Sign(payload); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(a)
	return out
}

func obj(a map[string]any, key string) map[string]any {
	m, ok := a[key].(map[string]any)
	if !ok {
		panic(fmt.Sprintf("the answer has no object %q, only %v", key, slices.Sorted(maps.Keys(a))))
	}
	return m
}

func num(v any) int64 {
	n, err := v.(json.Number).Int64()
	if err != nil {
		panic(err)
	}
	return n
}

// testLog writes the service's log to the test's.
type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
