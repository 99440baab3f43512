package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// ssccVerdict is the part of an SSCC's verification the tests read.
type ssccVerdict struct {
	SSCC, Kind, Verdict string
	Contents            map[string]int
	Cases               []string
	Outside             []struct{ Start, End int }
	Tokens              []struct{ ID string }
	Opened              *string
}

// TestSSCC: a manufacturer packs a batch into cases and pallets with SSCCs; verifying an SSCC
// ((00)... or a Digital Link /00/...) answers a verdict and the packs inside by state, never a
// green for a case with a pack that is not; the holder of a case opens it.
func TestSSCC(t *testing.T) {
	f := newFixture(t)
	post := f.post
	verify := func(t *testing.T, role, code string) ssccVerdict {
		t.Helper()
		var v ssccVerdict
		if err := json.Unmarshal([]byte(post(t, role, "/api/v1/verify", `{"code":`+jsonString(code)+`}`, http.StatusOK)), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	var reg struct {
		TokenID string `json:"token_id"`
	}
	resp := post(t, "manufacturer", "/api/v1/batches", `{"gtin":"09506000134352","lot":"PACK1","expiry":"`+f.w.Now.AddDate(1, 0, 0).Format("2006-01-02")+`","quantity":10,"product":{"name":"Packol"}}`, http.StatusCreated)
	if err := json.Unmarshal([]byte(resp), &reg); err != nil {
		t.Fatal(err)
	}
	pack := "/api/v1/batches/" + reg.TokenID + "/pack"

	t.Run("Pack", func(t *testing.T) {
		post(t, "distributor", pack, `{"case_size":4}`, http.StatusForbidden)
		post(t, "manufacturer", pack, `{"case_size":0}`, http.StatusBadRequest)
		post(t, "manufacturer", pack, `{"case_size":4,"cases_per_pallet":-2}`, http.StatusBadRequest)
		var out struct {
			Containers []struct {
				SSCC, Kind, Pallet string
				FirstPack, EndPack int `json:"-"`
			}
		}
		if err := json.Unmarshal([]byte(post(t, "manufacturer", pack, `{"case_size":4,"cases_per_pallet":3}`, http.StatusOK)), &out); err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, c := range out.Containers {
			kinds = append(kinds, c.Kind)
			if !strings.HasPrefix(c.SSCC, "09506000") || len(c.SSCC) != 18 {
				t.Errorf("SSCC %s is not under the GTIN's company prefix", c.SSCC)
			}
		}
		if strings.Join(kinds, " ") != "pallet case case case" {
			t.Errorf("10 packs, 4 to a case, 3 cases to a pallet: %v", kinds)
		}
		post(t, "manufacturer", pack, `{"case_size":5}`, http.StatusConflict)
	})

	cases := f.containers(t, reg.TokenID)
	pallet, case1, case2 := cases[0], cases[1], cases[2]

	t.Run("Verify", func(t *testing.T) {
		v := verify(t, "manufacturer", "(00)"+pallet)
		if v.Verdict != "AUTHENTIC" || v.Kind != "pallet" || v.Contents["active"] != 10 || len(v.Cases) != 3 {
			t.Errorf("the manufacturer's pallet: %+v", v)
		}
		if v := verify(t, "dispenser", "https://id.gs1.org/00/"+case1); v.Verdict != "CUSTODY_MISMATCH" || v.Contents["active"] != 4 {
			t.Errorf("a pharmacy scans a case the manufacturer holds: %+v, want CUSTODY_MISMATCH", v)
		}
		post(t, "manufacturer", "/api/v1/verify", `{"code":"(00)`+case1[:17]+`0"}`, http.StatusBadRequest)
		if status, _, _ := f.do(t, "POST", "/api/v1/verify", "application/json", `{"code":"(00)`+case1+`"}`); status != http.StatusUnauthorized {
			t.Errorf("anonymous SSCC verification: %d, want 401", status)
		}
	})

	t.Run("NoGreenForASuspectPackInside", func(t *testing.T) {
		// The manufacturer takes one pack of case 2 as a sample: the case and its pallet are
		// no longer green.
		post(t, "manufacturer", "/api/v1/packs/state", `{"state":"sample","codes":[`+jsonString(fmt.Sprintf("(01)09506000134352(10)PACK1(21)%s", f.serialOf(t, reg.TokenID, 5)))+`]}`, http.StatusOK)
		f.synced(t)
		for _, sscc := range []string{case2, pallet} {
			if v := verify(t, "manufacturer", "(00)"+sscc); v.Verdict != "ALREADY_DECOMMISSIONED" || v.Contents["sample"] != 1 {
				t.Errorf("%s with a sample taken: %+v", sscc, v)
			}
		}
		if v := verify(t, "manufacturer", "(00)"+case1); v.Verdict != "AUTHENTIC" {
			t.Errorf("the untouched case: %+v", v)
		}
	})

	t.Run("ShipAcceptOpen", func(t *testing.T) {
		to := `{"to":"` + f.w.Dispenser.Account.String() + `"}`
		post(t, "manufacturer", "/api/v1/ssccs/"+case1+"/ship", to, http.StatusOK)
		if v := verify(t, "dispenser", "]d2\x1d00"+case1); v.Verdict != "AUTHENTIC" {
			t.Errorf("a case on its way to the pharmacy, at goods-in: %+v", v)
		}
		post(t, "dispenser", "/api/v1/ssccs/"+case1+"/open", "", http.StatusForbidden)
		post(t, "dispenser", "/api/v1/ssccs/"+case1+"/accept", "", http.StatusOK)
		var v ssccVerdict
		if err := json.Unmarshal([]byte(post(t, "dispenser", "/api/v1/ssccs/"+case1+"/open", "", http.StatusOK)), &v); err != nil || v.Opened == nil {
			t.Errorf("the pharmacy opens its case: %+v %v", v, err)
		}
		// The batch's history says so, in a document valid against the EPCIS schema.
		f.synced(t)
		d, _ := f.epcisGet(t, "regulator", "/epcis/batches/"+reg.TokenID+"/document", http.StatusOK)
		unpacked := 0
		for _, e := range d.events() {
			if e.Action == "DELETE" && e.BizStep == "unpacking" && e.ParentID == "urn:epc:id:sscc:9506000."+case1[:1]+case1[8:17] {
				unpacked++
			}
		}
		if unpacked != 1 {
			t.Errorf("%d unpacking events of the opened case, want 1", unpacked)
		}
		// The pallet: one case left it.
		if v := verify(t, "manufacturer", "(00)"+pallet); v.Verdict == "AUTHENTIC" || len(v.Outside) != 1 || v.Outside[0].Start != 0 || v.Outside[0].End != 4 {
			t.Errorf("the pallet, a case gone: %+v, want the case's packs outside", v)
		}
	})

	t.Run("Transaction", func(t *testing.T) {
		// The case the pharmacy accepted: its DSCSA transaction data, from the chain's events.
		token := verify(t, "dispenser", "(00)"+case1).Tokens[0].ID
		get := func(role string, want int) map[string]any {
			t.Helper()
			status, body, _ := f.do(t, "GET", "/api/v1/shipments/"+token+"/transaction", "", "", "Authorization", "Bearer "+f.tokens[role])
			if status != want {
				t.Fatalf("transaction data as %s: %d %s, want %d", role, status, body, want)
			}
			var out map[string]any
			_ = json.Unmarshal([]byte(body), &out)
			return out
		}
		d := get("dispenser", http.StatusOK)
		info := d["transaction_information"].(map[string]any)
		if info["sscc"] != case1 || info["packs"] != float64(4) || info["lot"] != "PACK1" || info["seller"].(map[string]any)["name"] != "Acme Pharma" ||
			info["buyer"].(map[string]any)["name"] != "Corner Pharmacy" || info["transaction_date"] == "0001-01-01T00:00:00Z" {
			t.Errorf("transaction information: %v", info)
		}
		if h := d["transaction_history"].([]any); len(h) != 1 {
			t.Errorf("transaction history: %v, want the one sale", h)
		}
		if st := d["transaction_statement"].(map[string]any); len(st["text"].([]any)) != 7 || st["seller"].(map[string]any)["name"] != "Acme Pharma" {
			t.Errorf("transaction statement: %v", st)
		}
		get("regulator", http.StatusOK)
		get("distributor", http.StatusNotFound)
	})

	t.Run("Recall", func(t *testing.T) {
		post(t, "manufacturer", "/api/v1/batches/"+reg.TokenID+"/recall", `{"reason":1}`, http.StatusOK)
		f.synced(t)
		if v := verify(t, "dispenser", "(00)"+case1); v.Verdict != "RECALLED" {
			t.Errorf("a case of a recalled batch: %+v", v)
		}
		_, body, _ := f.do(t, "GET", "/api/v1/recalls", "", "", "Authorization", "Bearer "+f.tokens["regulator"])
		var got struct {
			Recalls []struct {
				Batch struct{ Lot string }
				SSCCs []struct {
					SSCC, Kind string
					Holder     *struct{ Name string }
				}
			}
		}
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatal(err)
		}
		held := map[string]string{}
		for _, rb := range got.Recalls {
			if rb.Batch.Lot != "PACK1" {
				continue
			}
			for _, c := range rb.SSCCs {
				held[c.SSCC] = "apart"
				if c.Holder != nil {
					held[c.SSCC] = c.Holder.Name
				}
			}
		}
		want := map[string]string{pallet: "apart", case1: "Corner Pharmacy", case2: "Acme Pharma", cases[3]: "Acme Pharma"}
		if len(held) != 4 || held[pallet] != want[pallet] || held[case1] != want[case1] || held[case2] != want[case2] || held[cases[3]] != want[cases[3]] {
			t.Errorf("the recall register's SSCCs: %v, want %v", held, want)
		}
	})
}

// post posts JSON body to path as role, once the projection has caught up, and returns the
// answer, failing the test unless its status is want.
func (f *fixture) post(t *testing.T, role, path, body string, want int) string {
	t.Helper()
	f.synced(t)
	status, resp, _ := f.do(t, "POST", path, "application/json", body, "Authorization", "Bearer "+f.tokens[role])
	if status != want {
		t.Fatalf("POST %s as %s: %d %s, want %d", path, role, status, resp, want)
	}
	return resp
}

// containers returns the SSCCs of batch, as the store lists them (a pallet before its cases).
func (f *fixture) containers(t *testing.T, batch string) []string {
	t.Helper()
	rows, err := f.w.Pool.Query(t.Context(), `SELECT sscc FROM containers WHERE batch_id = decode($1, 'hex') ORDER BY pack_start, pack_end DESC`, strings.TrimPrefix(batch, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// serialOf returns the serial of pack index i of batch, as this service keeps it.
func (f *fixture) serialOf(t *testing.T, batch string, i int) string {
	t.Helper()
	var s string
	if err := f.w.Pool.QueryRow(t.Context(), `SELECT serial FROM serials WHERE batch_id = decode($1, 'hex') AND pack_index = $2`, strings.TrimPrefix(batch, "0x"), i).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}
