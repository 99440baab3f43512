package httpapi_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/jws"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// signedAnswer checks an answer's signature against the service's published keys and that
// its payload is the answer without the signature, and returns the answer.
func signedAnswer(t *testing.T, f *fixture, body string) map[string]any {
	t.Helper()
	var answer map[string]any
	if err := json.Unmarshal([]byte(body), &answer); err != nil {
		t.Fatalf("answer %q: %v", body, err)
	}
	sig, _ := answer["signature"].(string)
	if sig == "" {
		t.Fatalf("the answer has no signature: %s", body)
	}
	status, keys, header := f.do(t, "GET", "/.well-known/jwks.json", "", "")
	if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "application/jwk-set+json") {
		t.Fatalf("jwks: %d %s", status, header.Get("Content-Type"))
	}
	var set jws.Set
	if err := json.Unmarshal([]byte(keys), &set); err != nil || len(set.Keys) == 0 {
		t.Fatalf("jwks %s: %v", keys, err)
	}
	payload, _, err := jws.Verify(sig, set)
	if err != nil {
		t.Fatalf("the signature does not verify: %v", err)
	}
	var signed map[string]any
	if err := json.Unmarshal(payload, &signed); err != nil {
		t.Fatal(err)
	}
	delete(answer, "signature")
	if !reflect.DeepEqual(signed, answer) {
		t.Fatalf("the signed payload differs from the answer:\nsigned %v\nanswer %v", signed, answer)
	}
	return answer
}

// TestAnswersSignedWithEvidence checks that every answer, from the API and from the resolver
// as JSON, for a genuine pack and for each kind of unknown code, is signed and carries
// evidence naming the block and block hash it was read at.
func TestAnswersSignedWithEvidence(t *testing.T) {
	f := newFixture(t)
	f.synced(t)
	unknownBatch := f.w.Code(1)
	unknownBatch.Lot = "NOPE"
	for _, tc := range []struct {
		name, code string
		verdict    string
	}{
		{"Authentic", f.elementString(60), ""},
		{"UnknownProduct", "(01)04012345000016(10)X1(21)Y1", "UNKNOWN_PRODUCT"},
		{"UnknownBatch", "(01)" + unknownBatch.GTIN + "(10)NOPE(21)" + unknownBatch.Serial, "UNKNOWN_BATCH"},
		{"UnknownSerial", "(01)" + unknownBatch.GTIN + "(10)VERIFY(21)FORGED000001", "UNKNOWN_SERIAL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, role := range []string{"", "dispenser"} {
				header := []string{}
				if role != "" {
					header = []string{"Authorization", "Bearer " + f.tokens[role]}
				}
				status, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(tc.code), header...)
				if status != 200 {
					t.Fatalf("verify as %q: %d %s", role, status, body)
				}
				a := signedAnswer(t, f, body)
				if tc.verdict != "" && a["verdict"] != tc.verdict {
					t.Fatalf("verdict %v, want %s", a["verdict"], tc.verdict)
				}
				ev, _ := a["evidence"].(map[string]any)
				if ev == nil {
					t.Fatalf("no evidence: %s", body)
				}
				block := uint64(ev["block"].(float64))
				header2, err := f.w.H.Client.HeaderByNumber(t.Context(), new(big.Int).SetUint64(block))
				if err != nil {
					t.Fatal(err)
				}
				if ev["block_hash"] != header2.Hash().Hex() || ev["contract"] != strings.ToLower(f.w.H.C.Address.Hex()) || ev["chain_id"] != float64(1337) {
					t.Fatalf("evidence %v: want block %d's hash %s, the contract and the chain", ev, block, header2.Hash())
				}
				if checks, _ := ev["checks"].([]any); len(checks) < 2 {
					t.Fatalf("evidence lists %d checks: %v", len(checks), ev["checks"])
				}
			}
		})
	}
	t.Run("ResolverJSON", func(t *testing.T) {
		status, body, _ := f.do(t, "GET", f.digitalLinkPath(60), "", "", "Accept", "application/json")
		if status != 200 {
			t.Fatalf("%d %s", status, body)
		}
		signedAnswer(t, f, body)
	})
	t.Run("ErrTampered", func(t *testing.T) {
		_, body, _ := f.do(t, "POST", "/api/v1/verify", "application/json", verifyBody(f.elementString(60)))
		tampered := strings.Replace(body, `"state":"active"`, `"state":"supplied"`, 1)
		var answer map[string]any
		_ = json.Unmarshal([]byte(tampered), &answer)
		_, keys, _ := f.do(t, "GET", "/.well-known/jwks.json", "", "")
		var set jws.Set
		_ = json.Unmarshal([]byte(keys), &set)
		payload, _, err := jws.Verify(answer["signature"].(string), set)
		if err != nil {
			t.Fatal(err)
		}
		var signed map[string]any
		_ = json.Unmarshal(payload, &signed)
		delete(answer, "signature")
		if reflect.DeepEqual(signed, answer) {
			t.Fatal("a tampered answer still matches its signature's payload")
		}
	})
}

func TestResolverDescription(t *testing.T) {
	f := newFixture(t)
	f.synced(t)
	var desc struct {
		ResolverRoot string `json:"resolverRoot"`
		Pedigree     struct {
			ChainID  uint64 `json:"chain_id"`
			Contract string `json:"contract"`
			JWKSURI  string `json:"jwks_uri"`
		} `json:"pedigree"`
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		status, body, _ := f.do(t, "GET", "/.well-known/gs1resolver", "", "", "Accept", "application/json")
		if status == 200 {
			if err := json.Unmarshal([]byte(body), &desc); err != nil {
				t.Fatal(err)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("gs1resolver: %d %s", status, body)
		}
	}
	if desc.Pedigree.ChainID != 1337 || desc.Pedigree.Contract != strings.ToLower(f.w.H.C.Address.Hex()) || desc.Pedigree.JWKSURI != f.srv.URL+"/.well-known/jwks.json" {
		t.Fatalf("description %+v", desc)
	}
}

// TestVerifyAfterOwnAction runs a service at a confirmation depth of one block: a verification
// right after the caller's own action says the action does not show yet; once confirmed, the
// answer shows it and says nothing of the kind.
func TestVerifyAfterOwnAction(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, slog.New(slog.DiscardHandler), func(c *app.Config) { c.Confirmations = 1 })
	f := &fixture{w: w, srv: srv, tokens: map[string]string{"dispenser": w.Token(t, w.Dispenser)}}
	call := func(path string, body any) (int, map[string]any) {
		b, _ := json.Marshal(body)
		status, resp, _ := f.do(t, "POST", path, "application/json", string(b), "Authorization", "Bearer "+f.tokens["dispenser"])
		var out map[string]any
		_ = json.Unmarshal([]byte(resp), &out)
		return status, out
	}
	w.H.Advance(time.Second) // the world's last block confirmed
	confirmed := func() {
		t.Helper()
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		defer cancel()
		if err := postgres.NewProjection(w.Pool).WaitCursor(ctx, w.H.Head().Number.Uint64()-1, 5*time.Millisecond); err != nil {
			t.Fatalf("the projection did not reach the confirmed head: %v", err)
		}
	}
	confirmed()
	code := f.elementString(61)
	if status, out := call("/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{code}}); status != http.StatusOK {
		t.Fatalf("dispense: %d %v", status, out)
	}
	_, got := call("/api/v1/verify", map[string]string{"code": code})
	if got["unseen_action"] == nil || got["verdict"] == "ALREADY_DECOMMISSIONED" {
		t.Fatalf("right after the dispense, at depth 0: verdict %v, unseen_action %v; want the answer to say it does not show the dispense yet", got["verdict"], got["unseen_action"])
	}
	w.H.Advance(time.Second)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, got = call("/api/v1/verify", map[string]string{"code": code}); got["unseen_action"] == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the dispense did not show within 10 s of its confirmation")
		}
	}
	if got["verdict"] != "ALREADY_DECOMMISSIONED" {
		t.Fatalf("after the confirmation: %v, want ALREADY_DECOMMISSIONED", got["verdict"])
	}
}
