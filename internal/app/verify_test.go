package app_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestVerifyReadsOwnWrites: a pharmacy verifies a pack (its batch is then in the service's
// memory), dispenses it, and verifies it again at once: the answer shows the dispense, as of
// the block that holds it or later, and says nothing is unseen.
func TestVerifyReadsOwnWrites(t *testing.T) {
	w := worldtest.New(t)
	srv := w.Serve(t, nil)
	token := w.Token(t, w.Dispenser)
	code := "(01)09506000134352(17)" + w.Code(52).Expiry.Format("060102") + "(10)VERIFY(21)" + w.Batch.Serials[52]
	post := func(t *testing.T, path string, body any, out any) {
		t.Helper()
		b, _ := json.Marshal(body)
		req, err := http.NewRequest("POST", srv.URL+path, bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %s", path, resp.Status)
		}
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatal(err)
		}
	}
	type answer struct {
		Verdict  string `json:"verdict"`
		Evidence struct {
			Block uint64 `json:"block"`
		} `json:"evidence"`
		Unseen *struct{} `json:"unseen_action"`
	}
	var before answer
	post(t, "/api/v1/verify", map[string]string{"code": code}, &before)
	if before.Verdict != "AUTHENTIC" {
		t.Fatalf("before: %s", before.Verdict)
	}
	var action map[string]any
	post(t, "/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{code}}, &action)
	head := w.H.Head().Number.Uint64()
	began := time.Now()
	var after answer
	post(t, "/api/v1/verify", map[string]string{"code": code}, &after)
	if after.Verdict != "ALREADY_DECOMMISSIONED" || after.Evidence.Block < head || after.Unseen != nil {
		t.Fatalf("right after the dispense (block %d): %s as of block %d, unseen %v (%s): %v", head, after.Verdict, after.Evidence.Block,
			after.Unseen, time.Since(began), action)
	}
}
