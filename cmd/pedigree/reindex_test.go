package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// TestReindexWhileDevServes runs `pedigree reindex -data DIR` twice while `pedigree dev -data
// DIR` serves verifications of every demo pack over HTTP: no answer changes, none fails, the
// running service's indexer carries on after the swaps, and its PostgreSQL keeps running.
func TestReindexWhileDevServes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	dev := startDev(t, dir)
	stopped := false
	defer func() {
		if !stopped {
			_ = dev.cmd.Process.Kill()
			<-dev.done
		}
	}()
	pool, err := postgres.Open(ctx, "host="+filepath.Join(dir, "pg")+" port=5432 user=postgres dbname=pedigree sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	tokens := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(dir, "demo-tokens.json")); err != nil || json.Unmarshal(b, &tokens) != nil {
		t.Fatalf("demo-tokens.json: %v", err)
	}

	// The pharmacy verifies every pack of the demo batch: at the manufacturer, with the
	// distributor, at the pharmacy, dispensed. An organisation verifying one serial ten times
	// in an hour makes it a suspect clone, so each is verified at most nine times; serials the
	// batch lacks and a GTIN with no batch, as often as the loop likes.
	var serials []string
	rows, _ := pool.Query(ctx, `SELECT s.serial FROM serials s JOIN batch_details d USING (batch_id) WHERE d.lot = $1 ORDER BY s.pack_index`, demo.DemoLot)
	var serial string
	if _, err := pgx.ForEachRow(rows, []any{&serial}, func() error { serials = append(serials, serial); return nil }); err != nil || len(serials) != demo.DemoQuantity {
		t.Fatalf("the demo batch's serials: %d (%v)", len(serials), err)
	}
	at := strings.LastIndex(dev.code, "(21)")
	codeOf := func(serial string) string { return dev.code[:at+4] + serial }
	otherGTIN := demo.DemoGTIN[:12] + string('0'+(demo.DemoGTIN[12]-'0'+1)%10)
	check, err := gs1.CheckDigit(otherGTIN)
	if err != nil {
		t.Fatal(err)
	}
	otherGTIN += string(check)
	noProduct := strings.Replace(dev.code, "(01)"+demo.DemoGTIN, "(01)"+otherGTIN, 1)

	verify := func(code string) (string, error) {
		req, _ := http.NewRequestWithContext(ctx, "POST", dev.web+"/api/v1/verify", strings.NewReader(`{"code": "`+code+`"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tokens["dispenser"])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		var answer struct{ Verdict string }
		err = json.NewDecoder(resp.Body).Decode(&answer)
		if resp.StatusCode != http.StatusOK || err != nil {
			return "", fmt.Errorf("status %d (%v)", resp.StatusCode, err)
		}
		return answer.Verdict, nil
	}
	want := make([]string, len(serials))
	kinds := map[string]int{}
	for i, s := range serials {
		if want[i], err = verify(codeOf(s)); err != nil {
			t.Fatalf("verify %s: %v", s, err)
		}
		kinds[want[i]]++
	}
	wantFake, err := verify(codeOf("NOT-A-SERIAL"))
	if err != nil {
		t.Fatal(err)
	}
	wantNoProduct, err := verify(noProduct)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the demo batch verifies %v; a fake serial %s, another GTIN %s", kinds, wantFake, wantNoProduct)
	if len(kinds) < 3 || wantFake != "UNKNOWN_SERIAL" || wantNoProduct != "UNKNOWN_PRODUCT" {
		t.Fatal("not the verdicts the demo should give")
	}

	loop, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var next, answers, known atomic.Int64
	const rounds = 8 // more verifications of each serial, after the first
	for range 4 {
		wg.Go(func() {
			for loop.Err() == nil {
				n := next.Add(1) - 1
				code, wantVerdict, isKnown := "", "", false
				switch {
				case n < rounds*int64(len(serials)) && n%5 != 0:
					code, wantVerdict, isKnown = codeOf(serials[n%int64(len(serials))]), want[n%int64(len(serials))], true
				case n%2 == 0:
					code, wantVerdict = codeOf(fmt.Sprintf("FAKE-%d", n)), wantFake
				default:
					code, wantVerdict = noProduct, wantNoProduct
				}
				got, err := verify(code)
				if loop.Err() != nil {
					return
				}
				if err != nil || got != wantVerdict {
					t.Errorf("verify %s: got %s (%v), want %s", code, got, err, wantVerdict)
				}
				answers.Add(1)
				if isKnown {
					known.Add(1)
				}
				time.Sleep(5 * time.Millisecond)
			}
		})
	}
	for i := range 2 {
		var out, errOut bytes.Buffer
		began, before := time.Now(), answers.Load()
		err := run(ctx, []string{"pedigree", "reindex", "-data", dir, "-log-level", "warn"}, func(string) string { return "" }, &out, &errOut)
		t.Logf("reindex %d took %s, %d verifications meanwhile:\n%s%s", i+1, time.Since(began).Round(time.Millisecond), answers.Load()-before, errOut.String(), out.String())
		if err != nil {
			t.Fatalf("reindex: %v", err)
		}
		if !strings.Contains(out.String(), "rebuilt the projection of "+dev.contract.Hex()) || !strings.Contains(errOut.String(), "reindex: swapped in at block") {
			t.Fatal("reindex did not say it swapped the projection in")
		}
	}
	time.Sleep(100 * time.Millisecond)
	stop()
	wg.Wait()
	t.Logf("%d verifications (%d of the batch's serials), every answer 200 and unchanged", answers.Load(), known.Load())
	if t.Failed() {
		return
	}

	// The service's indexer carries on: a batch registered now shows in the projection.
	client, err := ethclient.DialContext(ctx, dev.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	env, err := demo.Open(dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	senders, err := env.Senders(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	batch := chain.NewBatch{GTIN: 9506000134352, Lot: "AFTER-REINDEX", ExpiryDay: 30000, Quantity: 10, IndexRoot: common.Hash{1}, SortedRoot: common.Hash{2}}
	if _, err := chain.NewContract(client, dev.contract).RegisterBatch(ctx, senders["manufacturer"], batch); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM batches WHERE lot = $1`, batch.Lot).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the service's indexer did not index a batch registered after the reindex within 30 s")
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "pg", "data", "postmaster.pid")); err != nil {
		t.Fatalf("the service's PostgreSQL stopped with the reindex: %v", err)
	}
	if _, err := verify(dev.code); err != nil {
		t.Fatalf("verify after the reindexes: %v", err)
	}
	if err := dev.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	stopped = true
	if err := <-dev.done; err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}
}
