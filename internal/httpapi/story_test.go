package httpapi_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
)

// TestStory is the whole story through the API: a manufacturer registers a batch and ships
// two cases' worth to a distributor, who ships one on to a pharmacy; the pharmacy verifies a
// pack, dispenses it, verifies again, undoes; the manufacturer recalls.
func TestStory(t *testing.T) {
	f := newFixture(t)
	call := func(t *testing.T, role, method, path string, body any, want int) map[string]any {
		t.Helper()
		b, _ := json.Marshal(body)
		header := []string{}
		if role != "" {
			header = []string{"Authorization", "Bearer " + f.tokens[role]}
		}
		status, resp, _ := f.do(t, method, path, "application/json", string(b), header...)
		if status != want {
			t.Fatalf("%s %s as %s: got %d %s, want %d", method, path, role, status, resp, want)
		}
		var out map[string]any
		_ = json.Unmarshal([]byte(resp), &out)
		return out
	}
	serials := make([]string, 40)
	for i := range serials {
		serials[i] = fmt.Sprintf("STORY%06d", i)
	}
	expiry := f.w.Now.AddDate(1, 6, 0).Format("2006-01-02")
	batch := map[string]any{"gtin": "09506000134352", "lot": "STORY-1", "expiry": expiry,
		"product": map[string]string{"name": "Demoprofen", "strength": "400 mg", "form": "tablet"}, "serials": serials}
	code := func(i int) string {
		return fmt.Sprintf("(01)09506000134352(17)%s(10)STORY-1(21)%s", strings.ReplaceAll(expiry[2:], "-", ""), serials[i])
	}
	verify := func(t *testing.T, i int, want string) {
		t.Helper()
		f.synced(t)
		if got := call(t, "dispenser", "POST", "/api/v1/verify", map[string]string{"code": code(i)}, 200)["verdict"]; got != want {
			t.Fatalf("pack %d: got %v, want %s", i, got, want)
		}
	}

	var id string
	t.Run("Register", func(t *testing.T) {
		b, _ := json.Marshal(batch)
		status, body, _ := f.do(t, "POST", "/api/v1/batches", "application/json", string(b), "Authorization", "Bearer "+f.tokens["manufacturer"], "Idempotency-Key", "story-1")
		if status != 201 || !strings.Contains(body, `"status":"confirmed"`) {
			t.Fatalf("got %d %s", status, body)
		}
		var out map[string]any
		_ = json.Unmarshal([]byte(body), &out)
		id = out["token_id"].(string)
		// A retry with the same key gets the same answer and mints nothing.
		status, again, header := f.do(t, "POST", "/api/v1/batches", "application/json", string(b), "Authorization", "Bearer "+f.tokens["manufacturer"], "Idempotency-Key", "story-1")
		if status != 201 || strings.TrimSpace(again) != strings.TrimSpace(body) || header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("retry: got %d %s", status, again)
		}
		// The same key for another request is refused.
		batch["lot"] = "STORY-2"
		b2, _ := json.Marshal(batch)
		batch["lot"] = "STORY-1"
		if status, _, _ := f.do(t, "POST", "/api/v1/batches", "application/json", string(b2), "Authorization", "Bearer "+f.tokens["manufacturer"], "Idempotency-Key", "story-1"); status != 400 {
			t.Fatalf("key reused for another batch: got %d", status)
		}
	})
	t.Run("ErrRegisterAsDistributor", func(t *testing.T) {
		batch["lot"] = "STORY-X"
		call(t, "distributor", "POST", "/api/v1/batches", batch, 403)
		batch["lot"] = "STORY-1"
	})
	t.Run("ErrRegisterAnonymous", func(t *testing.T) {
		call(t, "", "POST", "/api/v1/batches", batch, 401)
	})
	t.Run("ErrRegisterTwice", func(t *testing.T) {
		call(t, "manufacturer", "POST", "/api/v1/batches", batch, 409)
	})

	var cases, pharmacyCase string
	t.Run("ShipTwoCasesToTheDistributor", func(t *testing.T) {
		cases = call(t, "manufacturer", "POST", "/api/v1/tokens/"+id+"/split", map[string]int{"start": 8}, 200)["token_id"].(string)
		call(t, "manufacturer", "POST", "/api/v1/tokens/"+cases+"/ship", map[string]string{"to": f.w.Distributor.Account.String()}, 200)
		call(t, "dispenser", "POST", "/api/v1/tokens/"+cases+"/accept", nil, 403) // not the receiver: the contract says so
		call(t, "distributor", "POST", "/api/v1/tokens/"+cases+"/accept", nil, 200)
	})
	t.Run("ShipOnToThePharmacy", func(t *testing.T) {
		pharmacyCase = call(t, "distributor", "POST", "/api/v1/tokens/"+cases+"/split", map[string]int{"start": 24}, 200)["token_id"].(string)
		call(t, "distributor", "POST", "/api/v1/tokens/"+pharmacyCase+"/ship", map[string]string{"to": f.w.Dispenser.Account.String()}, 200)
		call(t, "dispenser", "POST", "/api/v1/tokens/"+pharmacyCase+"/accept", nil, 200)
	})
	t.Run("Authentic", func(t *testing.T) { verify(t, 30, "AUTHENTIC") })
	t.Run("ErrDispenseAPackElsewhere", func(t *testing.T) {
		call(t, "dispenser", "POST", "/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{code(10)}}, 403)
	})
	t.Run("Dispense", func(t *testing.T) {
		out := call(t, "dispenser", "POST", "/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{code(30), code(31)}}, 200)
		if len(out["transactions"].([]any)) != 1 {
			t.Fatalf("got %v", out)
		}
		verify(t, 30, "ALREADY_DECOMMISSIONED")
	})
	t.Run("Undo", func(t *testing.T) {
		call(t, "dispenser", "POST", "/api/v1/packs/undo", map[string]any{"codes": []string{code(30)}}, 200)
		verify(t, 30, "AUTHENTIC")
		verify(t, 31, "ALREADY_DECOMMISSIONED")
	})
	t.Run("Provenance", func(t *testing.T) {
		f.synced(t)
		v := call(t, "regulator", "GET", "/api/v1/batches/"+id, nil, 200)
		if n := len(v["tokens"].([]any)); n != 3 {
			t.Fatalf("%d tokens, want 3: %v", n, v["tokens"])
		}
		if states := v["pack_states"].(map[string]any); states["supplied"] != float64(1) || states["active"] != float64(39) {
			t.Fatalf("pack states %v", states)
		}
		if n := len(v["custody"].([]any)); n != 7 {
			t.Fatalf("%d custody events, want 7", n)
		}
		call(t, "", "GET", "/api/v1/batches/"+id, nil, 401)
		// The pharmacy's case: registered, split off, shipped and accepted twice.
		tp := call(t, "dispenser", "GET", "/api/v1/tokens/"+pharmacyCase, nil, 200)
		if n := len(tp["custody"].([]any)); n != 7 || tp["token"].(map[string]any)["start"] != float64(24) {
			t.Fatalf("token provenance: %d events, %v", n, tp["token"])
		}
		call(t, "dispenser", "GET", "/api/v1/tokens/0x01", nil, 404)
	})
	t.Run("Labels", func(t *testing.T) {
		status, body, header := f.do(t, "GET", "/api/v1/batches/"+id+"/labels?from=0&to=5", "", "", "Authorization", "Bearer "+f.tokens["manufacturer"])
		if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/html") || strings.Count(body, "STORY00000") != 5*2 {
			t.Fatalf("sheet: %d, %d labels", status, strings.Count(body, "STORY00000"))
		}
		status, body, _ = f.do(t, "GET", "/api/v1/batches/"+id+"/labels?format=zip&from=10&to=13", "", "", "Authorization", "Bearer "+f.tokens["manufacturer"])
		zr, err := zip.NewReader(bytes.NewReader([]byte(body)), int64(len(body)))
		if status != 200 || err != nil || len(zr.File) != 3*2+1 {
			t.Fatalf("zip: %d %v", status, err)
		}
		if status, _, _ := f.do(t, "GET", "/api/v1/batches/"+id+"/labels?from=5&to=5", "", "", "Authorization", "Bearer "+f.tokens["manufacturer"]); status != 400 {
			t.Fatalf("empty range: %d", status)
		}
	})
	t.Run("Recall", func(t *testing.T) {
		call(t, "distributor", "POST", "/api/v1/batches/"+id+"/recall", map[string]int{"reason": 2}, 403)
		call(t, "manufacturer", "POST", "/api/v1/batches/"+id+"/recall", map[string]int{"reason": 0}, 400)
		call(t, "manufacturer", "POST", "/api/v1/batches/"+id+"/recall", map[string]int{"reason": 2}, 200)
		verify(t, 30, "RECALLED")
		// Recalled stock may only be destroyed (or returned): nothing else, and no undo.
		call(t, "dispenser", "POST", "/api/v1/packs/state", map[string]any{"state": "supplied", "codes": []string{code(32)}}, 409)
		call(t, "dispenser", "POST", "/api/v1/packs/state", map[string]any{"state": "destroyed", "codes": []string{code(32)}}, 200)
		call(t, "dispenser", "POST", "/api/v1/packs/undo", map[string]any{"codes": []string{code(32)}}, 409)
	})
	t.Run("Participants", func(t *testing.T) {
		reason := map[string]string{"reason": "Licence under review"}
		call(t, "dispenser", "POST", "/api/v1/participants/"+f.w.Dispenser2.Account.String()+"/suspend", reason, 403)
		call(t, "regulator", "POST", "/api/v1/participants/"+f.w.Dispenser2.Account.String()+"/suspend", nil, 400)
		call(t, "regulator", "POST", "/api/v1/participants/"+f.w.Dispenser2.Account.String()+"/suspend", reason, 200)
		call(t, "regulator", "POST", "/api/v1/participants/"+f.w.Dispenser2.Account.String()+"/reinstate", reason, 200)
		call(t, "regulator", "POST", "/api/v1/participants", map[string]string{"account": "0x00000000000000000000000000000000000000aa", "role": "dispenser", "gln": "4012345000078"}, 201)
		call(t, "regulator", "POST", "/api/v1/participants", map[string]string{"account": "0x00000000000000000000000000000000000000ab", "role": "dispenser", "gln": "4012345000079"}, 400)
	})
	_ = http.StatusOK
}

// TestRegisterCSV registers a batch from a multipart form with a CSV file of serials, as the
// registration page sends it.
func TestRegisterCSV(t *testing.T) {
	f := newFixture(t)
	form := func(csvFile string, fields map[string]string) (string, string) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k, v := range fields {
			_ = mw.WriteField(k, v)
		}
		if csvFile != "" {
			fw, _ := mw.CreateFormFile("serials", "serials.csv")
			_, _ = fw.Write([]byte(csvFile))
		}
		_ = mw.Close()
		return buf.String(), mw.FormDataContentType()
	}
	fields := map[string]string{"gtin": "9506000134352", "lot": "CSV-1", "expiry": f.w.Now.AddDate(1, 0, 0).Format("2006-01-02"), "product_name": "Demoprofen"}
	var csvFile strings.Builder
	csvFile.WriteString("serial\n")
	for i := range 500 {
		fmt.Fprintf(&csvFile, "CSV%07d\n", i)
	}
	body, ct := form(csvFile.String(), fields)
	status, resp, _ := f.do(t, "POST", "/api/v1/batches", ct, body, "Authorization", "Bearer "+f.tokens["manufacturer"])
	if status != 201 || !strings.Contains(resp, `"status":"confirmed"`) {
		t.Fatalf("got %d %s", status, resp)
	}
	f.synced(t)
	expiry := strings.ReplaceAll(fields["expiry"][2:], "-", "")
	// The manufacturer checks its own pack (a patient would be told NOT_RELEASED: it never
	// left the manufacturer).
	status, resp, _ = f.do(t, "POST", "/api/v1/verify", "application/json", `{"code":"(01)09506000134352(17)`+expiry+`(10)CSV-1(21)CSV0000499"}`,
		"Authorization", "Bearer "+f.tokens["manufacturer"])
	if status != 200 || !strings.Contains(resp, `"verdict":"AUTHENTIC"`) || !strings.Contains(resp, `"index":499`) {
		t.Fatalf("verify: %d %s", status, resp)
	}
	t.Run("ErrDuplicate", func(t *testing.T) {
		fields["lot"] = "CSV-2"
		body, ct := form("A1\nB2\nA1\n", fields)
		status, resp, _ := f.do(t, "POST", "/api/v1/batches", ct, body, "Authorization", "Bearer "+f.tokens["manufacturer"])
		if status != 400 || !strings.Contains(resp, "serial 3, “A1”, repeats serial 1") {
			t.Fatalf("got %d %s", status, resp)
		}
	})
	t.Run("ErrNoExpiry", func(t *testing.T) {
		delete(fields, "expiry")
		body, ct := form("A1\n", fields)
		if status, resp, _ := f.do(t, "POST", "/api/v1/batches", ct, body, "Authorization", "Bearer "+f.tokens["manufacturer"]); status != 400 || !strings.Contains(resp, "expiry") {
			t.Fatalf("got %d %s", status, resp)
		}
	})
}
