package httpapi_test

import (
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestPagesBatchSearch is the regulator's desk: the batch search counts what it finds and
// shows it 50 at a time, finds lots by their start in any case and batches by who holds
// them, and finds one pack by its serial, for regulators alone.
func TestPagesBatchSearch(t *testing.T) {
	w := worldtest.New(t)
	h := w.H
	// 51 more batches, PAGE-00 to PAGE-50: 53 in all with VERIFY and RECALLED.
	for i := range 51 {
		h.Ok(h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, chain.NewBatch{
			GTIN: worldtest.GTIN, Lot: fmt.Sprintf("PAGE-%02d", i), ExpiryDay: h.Today() + 100, Quantity: 10,
			IndexRoot: crypto.Keccak256Hash([]byte("serials")), SortedRoot: crypto.Keccak256Hash([]byte("sorted")),
			MasterDataHash: crypto.Keccak256Hash([]byte("master data")),
		}))
	}
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	w.Synced(t)
	regulator := newBrowserless(t, srv.URL)
	regulator.signIn(w.User(t, w.Regulator))
	maker := newBrowserless(t, srv.URL)
	maker.signIn(w.User(t, w.Manufacturer))
	pharmacy := newBrowserless(t, srv.URL)
	pharmacy.signIn(w.User(t, w.Dispenser))
	serial := w.Batch.Serials[50] // supplied by Corner Pharmacy

	for _, tt := range []struct {
		name   string
		who    *browserless
		path   string
		status int
		want   []string
		not    []string
	}{
		{"Count", regulator, "/batches", 200,
			[]string{"Batches 1 to 50 of 53.", `href="/batches?page=2"`, "Next 50"}, []string{"Previous", "PAGE-00<"}},
		{"SecondPage", regulator, "/batches?page=2", 200,
			[]string{"Batches 51 to 53 of 53.", "PAGE-00<", "RECALLED<", "VERIFY<", `href="/batches"`, "Previous 50"}, []string{"Next 50", "PAGE-01<"}},
		{"PastTheEnd", regulator, "/batches?page=9", 200,
			[]string{"No batch matches on this page: there are 53", `href="/batches?page=2"`}, []string{"PAGE-"}},
		{"PagesKeepTheQuery", regulator, "/batches?lot=PAGE&status=active", 200,
			[]string{"Batches 1 to 50 of 51.", `href="/batches?lot=PAGE&amp;page=2&amp;status=active"`}, nil},
		{"LotPrefixAnyCase", regulator, "/batches?lot=page-0", 200,
			[]string{"Batches 1 to 10 of 10.", "PAGE-00<", "PAGE-09<"}, []string{"PAGE-10<", "Next 50"}},
		{"LotWhole", regulator, "/batches?lot=verify", 200, []string{"One batch matches.", "VERIFY<"}, []string{"PAGE-"}},
		{"Holder", regulator, "/batches?holder=corner+PHARMACY", 200, []string{"One batch matches.", "VERIFY<"}, []string{"RECALLED<"}},
		{"HolderGLN", regulator, "/batches?holder=" + w.Distributor.GLN, 200, []string{"One batch matches.", "VERIFY<"}, nil},
		{"HolderNone", regulator, "/batches?holder=Other+Pharmacy", 200, []string{"No batch matches."}, []string{"VERIFY<"}},
		{"ErrPage", regulator, "/batches?page=two", 422, []string{"There is no page “two” of results"}, nil},
		{"Serial", regulator, "/batches?serial=" + url.QueryEscape(serial), 200,
			[]string{"Packs with serial " + serial, "lot VERIFY", "Pack</dt><dd>51 of 64", "Dispensed since", "Held by</dt><dd>Corner Pharmacy",
				"Received by Wholesale One", "Received by Corner Pharmacy", "set to Dispensed by Corner Pharmacy"}, nil},
		{"SerialNone", regulator, "/batches?serial=NOSUCH-1", 200, []string{"No batch registered here has a pack with serial"}, []string{"lot VERIFY"}},
		{"ErrSerial", regulator, "/batches?serial=A+B", 422, []string{"A serial is 1 to 20 characters"}, nil},
		{"RegulatorSeesTheSerialForm", regulator, "/batches", 200, []string{`id="f-serial"`, `id="f-holder"`}, nil},
		{"ManufacturerOwnBatches", maker, "/batches?holder=wholesale", 200, []string{"Your batches", "One batch matches.", "VERIFY<"}, []string{`id="f-serial"`}},
		{"ErrManufacturerSerial", maker, "/batches?serial=" + url.QueryEscape(serial), 403,
			[]string{"Only regulators search every batch for a serial"}, []string{"Corner Pharmacy", "Dispensed"}},
		{"ErrPharmacy", pharmacy, "/batches?serial=" + url.QueryEscape(serial), 403, []string{"This page is for a manufacturer or regulator"}, []string{"Dispensed"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := tt.who.get(tt.path)
			if status != tt.status {
				t.Fatalf("got %d, want %d:\n%s", status, tt.status, body)
			}
			for _, want := range tt.want {
				if !strings.Contains(body, want) {
					t.Errorf("the page lacks %q", want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(body, not) {
					t.Errorf("the page shows %q", not)
				}
			}
			if t.Failed() {
				t.Logf("the page:\n%s", body)
			}
		})
	}
}
