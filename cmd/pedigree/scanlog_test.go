package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
)

// TestServeScanLogSurvivesKill verifies packs from many clients at once, so that their scans
// are committed in groups, and kills `pedigree serve` with SIGKILL in the middle: every
// verification that was answered has its scan in the log. An answer is given only once its
// scan is committed, however many share the commit.
func TestServeScanLogSurvivesKill(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	inst := n.serveChild(t, "serve")

	var mu sync.Mutex
	var answered []int64
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(answered)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 30 * time.Second}
	for g := range 16 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				// A product no batch has: each answer raises (or adds to) an alert as well.
				id, err := verifyScan(client, inst.url, n.tokens["dispenser"], fmt.Sprintf("(01)09506000134352(10)KILL(21)G%dN%d", g, i))
				var refused wrongAnswer
				if errors.As(err, &refused) {
					t.Errorf("a verification before the kill: %v", err)
				}
				if err != nil {
					return // the process died under the request
				}
				mu.Lock()
				answered = append(answered, id)
				mu.Unlock()
			}
		})
	}
	for deadline := time.Now().Add(60 * time.Second); count() < 300; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			close(stop)
			wg.Wait()
			t.Fatalf("only %d verifications answered in 60 s", count())
		}
	}
	inst.kill(t)
	close(stop)
	wg.Wait()

	var found int
	if err := n.pool.QueryRow(t.Context(), `SELECT count(*) FROM scans WHERE id = ANY($1) AND verdict = 'UNKNOWN_PRODUCT'`, answered).Scan(&found); err != nil {
		t.Fatal(err)
	}
	if found != len(answered) {
		t.Fatalf("%d verifications were answered before the kill, %d of their scans are in the log", len(answered), found)
	}
	var alerts int64
	if err := n.pool.QueryRow(t.Context(), `SELECT coalesce(sum(count), 0) FROM alerts WHERE kind = 'unknown_product'`).Scan(&alerts); err != nil {
		t.Fatal(err)
	}
	if alerts < int64(len(answered)) {
		t.Fatalf("the alerts count %d findings, fewer than the %d answered", alerts, len(answered))
	}
	t.Logf("%d verifications answered before the kill, every scan in the log", len(answered))
}

// wrongAnswer is an answer, whole, that is not the one expected.
type wrongAnswer string

func (r wrongAnswer) Error() string { return string(r) }

// verifyScan posts code to POST /api/v1/verify with token and returns the answer's scan id.
func verifyScan(client *http.Client, base, token, code string) (int64, error) {
	body, _ := json.Marshal(map[string]string{"code": code})
	req, err := http.NewRequest("POST", base+"/api/v1/verify", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Verdict string `json:"verdict"`
		ScanID  int64  `json:"scan_id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK || out.ScanID == 0 || out.Verdict != "UNKNOWN_PRODUCT" {
		return 0, wrongAnswer(fmt.Sprintf("%s: verdict %q, scan %d", resp.Status, out.Verdict, out.ScanID))
	}
	return out.ScanID, nil
}
