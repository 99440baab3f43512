package postgres_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

func TestVerify(t *testing.T) {
	w := worldtest.New(t)
	alerts := func(kind string) int {
		var n int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM alerts WHERE kind = $1`, kind).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	t.Run("Authentic", func(t *testing.T) {
		got := w.Verify(t, w.Now, w.Code(52), &w.Dispenser)
		if got.Verdict != pedigree.VerdictAuthentic {
			t.Fatalf("verdict %s: %v", got.Verdict, got.Reasons)
		}
		if got.Pack.Index != 52 || got.Pack.State != pedigree.PackActive || got.Batch.Manufacturer.Name != "Acme Pharma" || got.Batch.Product.Name != "Demoprofen" {
			t.Errorf("pack %+v batch %+v", got.Pack, got.Batch)
		}
		if got.Custodian == nil || got.Custodian.Name != "Corner Pharmacy" || got.Custodian.GLN != "4012345000054" {
			t.Errorf("custodian %+v", got.Custodian)
		}
		var kinds []string
		for _, e := range got.Provenance {
			kinds = append(kinds, e.Kind)
		}
		if want := "registered split shipped accepted split shipped accepted"; joinWords(kinds) != want {
			t.Errorf("provenance %v, want %s", kinds, want)
		}
		if last := got.Provenance[len(got.Provenance)-1]; last.To.Name != "Corner Pharmacy" || last.From.Name != "Wholesale One" {
			t.Errorf("last custody event %+v -> %+v", last.From, last.To)
		}
		// Each split names the token it came from, as the projection recorded it.
		batch, tail := pedigree.TokenIDFromBig(w.Batch.ID), pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 32))
		for i, want := range map[int]pedigree.TokenID{1: batch, 4: tail} {
			if e := got.Provenance[i]; e.Parent == nil || *e.Parent != want {
				t.Errorf("split %d: parent %v, want %s", i, e.Parent, want)
			}
		}
		if e := got.Provenance[0]; e.Parent != nil {
			t.Errorf("registration: parent %s, want none", e.Parent)
		}
		// The evidence checks out against the chain, without this service.
		e := got.Evidence
		proof := make([]common.Hash, len(e.Proof))
		for i, p := range e.Proof {
			proof[i] = common.Hash(p)
		}
		if !merkle.Verify(common.Hash(e.SerialsRoot), uint64(e.Index), common.Hash(e.SerialHash), proof) {
			t.Fatal("the evidence's proof does not verify")
		}
		ok, err := w.H.C.VerifySerial(w.H.Ctx, e.BatchID.Big(), uint32(e.Index), common.Hash(e.SerialHash), proof)
		if err != nil || !ok {
			t.Fatalf("the contract refuses the evidence: %v %v", ok, err)
		}
		if e.Contract != pedigree.Address(w.H.C.Address) || e.ChainID != 1337 || e.TokenID != pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 48)) {
			t.Errorf("evidence %+v", e)
		}
	})
	t.Run("UnknownProduct", func(t *testing.T) {
		c := w.Code(1)
		c.GTIN = "04012345000016"
		if got := w.Verify(t, w.Now, c, nil); got.Verdict != pedigree.VerdictUnknownProduct || got.Batch != nil {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("UnknownBatch", func(t *testing.T) {
		c := w.Code(1)
		c.Lot = "NOPE"
		if got := w.Verify(t, w.Now, c, nil); got.Verdict != pedigree.VerdictUnknownBatch {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("UnknownSerial", func(t *testing.T) {
		c := w.Code(1)
		c.Serial = "FORGED123456"
		before := alerts("unknown_serial")
		got := w.Verify(t, w.Now, c, &w.Dispenser)
		if got.Verdict != pedigree.VerdictUnknownSerial || got.Evidence != nil {
			t.Fatalf("got %s", got.Verdict)
		}
		if alerts("unknown_serial") != before+1 {
			t.Fatal("no unknown_serial alert")
		}
	})
	t.Run("DataMismatch", func(t *testing.T) {
		c := w.Code(2)
		other := c.Expiry.AddDate(0, 1, 0)
		c.Expiry = &other
		if got := w.Verify(t, w.Now, c, nil); got.Verdict != pedigree.VerdictDataMismatch {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("Recalled", func(t *testing.T) {
		c := w.Code(0)
		c.Lot, c.Serial = "RECALLED", w.Recalled.Serials[1]
		got := w.Verify(t, w.Now, c, nil)
		if got.Verdict != pedigree.VerdictRecalled || got.Batch.RecallReason != 5 || got.Batch.Status != pedigree.BatchStatusRecalled {
			t.Fatalf("got %s %+v", got.Verdict, got.Batch)
		}
	})
	t.Run("AlreadyDecommissioned", func(t *testing.T) {
		got := w.Verify(t, w.Now, w.Code(50), &w.Dispenser)
		if got.Verdict != pedigree.VerdictAlreadyDecommissioned || got.Pack.State != pedigree.PackSupplied || got.Pack.StateDay == nil {
			t.Fatalf("got %s %+v", got.Verdict, got.Pack)
		}
		// A dispensed pack presented again, even where it was dispensed, is worth a look.
		if alerts("decommissioned_scanned") != 1 {
			t.Fatal("the dispensing pharmacy's scan of a dispensed pack raised no alert")
		}
	})
	t.Run("AlreadyDecommissionedScannedElsewhere", func(t *testing.T) {
		w.Verify(t, w.Now, w.Code(50), &w.Dispenser2)
		if alerts("decommissioned_scanned") != 2 {
			t.Fatal("no decommissioned_scanned alert")
		}
	})
	t.Run("AnonymousSeesNoBusinessNames", func(t *testing.T) {
		got := w.Verify(t, w.Now, w.Code(50), nil)
		if got.Verdict != pedigree.VerdictAlreadyDecommissioned {
			t.Fatalf("got %s", got.Verdict)
		}
		if got.Custodian.Name != "" || got.Custodian.GLN != "" || got.Custodian.Role != pedigree.RoleDispenser {
			t.Errorf("custodian shown to the public: %+v", got.Custodian)
		}
		for _, e := range got.Provenance {
			for _, p := range []*pedigree.Party{e.From, e.To} {
				if p != nil && p.Role != pedigree.RoleManufacturer && (p.Name != "" || p.GLN != "") {
					t.Errorf("%s event shows %+v to the public", e.Kind, p)
				}
			}
		}
		if got.Batch.Manufacturer.Name != "Acme Pharma" {
			t.Errorf("manufacturer hidden: %+v", got.Batch.Manufacturer)
		}
	})
	t.Run("Expired", func(t *testing.T) {
		if got := w.Verify(t, w.Now.AddDate(1, 1, 0), w.Code(53), nil); got.Verdict != pedigree.VerdictExpired {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("CustodyMismatch", func(t *testing.T) {
		if got := w.Verify(t, w.Now, w.Code(54), &w.Dispenser2); got.Verdict != pedigree.VerdictCustodyMismatch {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("SuspectClone", func(t *testing.T) {
		w.Verify(t, w.Now, w.Code(10), &w.Distributor)
		w.Verify(t, w.Now.Add(time.Minute), w.Code(10), &w.Dispenser2)
		got := w.Verify(t, w.Now.Add(2*time.Minute), w.Code(10), &w.Manufacturer)
		if got.Verdict != pedigree.VerdictSuspectClone {
			t.Fatalf("got %s: %v", got.Verdict, got.Reasons)
		}
		if alerts("multiple_organisations") == 0 {
			t.Fatal("no multiple_organisations alert")
		}
	})
	// raised returns the kinds of the alerts a scan raised, in order.
	raised := func(t *testing.T, scan int64) []string {
		t.Helper()
		var kinds []string
		if err := w.Pool.QueryRow(context.Background(), `SELECT coalesce(array_agg(kind ORDER BY id), '{}') FROM alerts WHERE scan_id = $1`, scan).Scan(&kinds); err != nil {
			t.Fatal(err)
		}
		return kinds
	}
	t.Run("SuspectCloneTwoOrganisationsAfterManyScans", func(t *testing.T) {
		// As many scans as a rate needs, by one organisation over the day but none in the last
		// hour, then another organisation's: two organisations, not a rate.
		for i := range pedigree.MaxScansPerWindow {
			w.Verify(t, w.Now.Add(-3*time.Hour+time.Duration(i)*10*time.Minute), w.Code(11), &w.Distributor)
		}
		got := w.Verify(t, w.Now, w.Code(11), &w.Manufacturer)
		if got.Verdict != pedigree.VerdictSuspectClone {
			t.Fatalf("got %s: %v", got.Verdict, got.Reasons)
		}
		if kinds, want := raised(t, got.ScanID), []string{"multiple_organisations"}; !slices.Equal(kinds, want) {
			t.Fatalf("alerts %q, want %q", kinds, want)
		}
	})
	t.Run("SuspectCloneScanRate", func(t *testing.T) {
		for i := range pedigree.MaxScansPerWindow {
			w.Verify(t, w.Now.Add(-30*time.Minute+time.Duration(i)*time.Minute), w.Code(12), &w.Distributor)
		}
		got := w.Verify(t, w.Now, w.Code(12), &w.Distributor)
		if got.Verdict != pedigree.VerdictSuspectClone {
			t.Fatalf("got %s: %v", got.Verdict, got.Reasons)
		}
		if kinds, want := raised(t, got.ScanID), []string{"scan_rate"}; !slices.Equal(kinds, want) {
			t.Fatalf("alerts %q, want %q", kinds, want)
		}
	})
	t.Run("ErrNoSerial", func(t *testing.T) {
		c := w.Code(1)
		c.Serial = ""
		v := postgres.NewVerifier(w.Pool, time.Now)
		_, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: c})
		if pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Fatalf("got %v, want invalid", err)
		}
	})
	t.Run("EveryScanIsLogged", func(t *testing.T) {
		var n int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM scans`).Scan(&n); err != nil || n < 14 {
			t.Fatalf("%d scans logged (%v)", n, err)
		}
	})
}

func joinWords(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}
