package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
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
		if !merkle.Verify(common.Hash(*e.SerialsRoot), uint64(*e.Index), common.Hash(e.SerialHash), proof) {
			t.Fatal("the evidence's proof does not verify")
		}
		ok, err := w.H.C.VerifySerial(w.H.Ctx, e.BatchID.Big(), uint32(*e.Index), common.Hash(e.SerialHash), proof)
		if err != nil || !ok {
			t.Fatalf("the contract refuses the evidence: %v %v", ok, err)
		}
		if e.Contract != pedigree.Address(w.H.C.Address) || e.ChainID != 1337 || *e.TokenID != pedigree.TokenIDFromBig(chain.SplitTokenID(w.Batch.ID, 48)) {
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
		if got.Verdict != pedigree.VerdictUnknownSerial || got.Evidence == nil || got.Evidence.NonMembership == nil {
			t.Fatalf("got %s with evidence %+v, want the proof that the serial is not in the list", got.Verdict, got.Evidence)
		}
		// The proof of the fake holds without this service: on the chain and in plain Go.
		e := got.Evidence
		if err := w.H.C.VerifyAbsent(w.H.Ctx, e.BatchID.Big(), common.Hash(e.SerialHash), *e.NonMembership); err != nil {
			t.Fatalf("the contract refuses the non-membership proof: %v", err)
		}
		if err := merkle.VerifyAbsent(common.Hash(*e.SerialsRoot), common.Hash(e.SerialHash), *e.NonMembership); err != nil {
			t.Fatalf("the non-membership proof does not verify: %v", err)
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
	// raised returns the kinds of the alerts a scan raised or added to, by name.
	raised := func(t *testing.T, scan int64) []string {
		t.Helper()
		var kinds []string
		if err := w.Pool.QueryRow(context.Background(), `SELECT coalesce(array_agg(kind ORDER BY kind), '{}') FROM alerts WHERE last_scan_id = $1`, scan).Scan(&kinds); err != nil {
			t.Fatal(err)
		}
		return kinds
	}
	// expect checks a verdict, its advice, and the alerts its scan raised, by name.
	expect := func(t *testing.T, got pedigree.Verification, verdict pedigree.Verdict, alerts ...string) {
		t.Helper()
		if got.Verdict != verdict {
			t.Fatalf("verdict %s, want %s: %v", got.Verdict, verdict, got.Reasons)
		}
		if got.Next == "" || got.Next != got.Reasons[0].Next {
			t.Errorf("next %q", got.Next)
		}
		if kinds := raised(t, got.ScanID); !slices.Equal(kinds, alerts) {
			t.Fatalf("alerts %q, want %q", kinds, alerts)
		}
	}
	t.Run("AlreadyDecommissioned", func(t *testing.T) {
		got := w.Verify(t, w.Now, w.Code(50), &w.Dispenser)
		if got.Verdict != pedigree.VerdictAlreadyDecommissioned || got.Pack.State != pedigree.PackSupplied || got.Pack.StateDay == nil {
			t.Fatalf("got %s %+v", got.Verdict, got.Pack)
		}
		// The pharmacy that dispensed it scans it again, as an undo needs: no alert.
		expect(t, got, pedigree.VerdictAlreadyDecommissioned)
		if !strings.Contains(got.Next, "undo") {
			t.Errorf("next %q does not offer the undo", got.Next)
		}
	})
	t.Run("AlreadyDecommissionedAfterTheUndoWindow", func(t *testing.T) {
		// Past the undo window, a dispensed pack presented again, even where it was dispensed,
		// is worth a look: packaging refilled and resold.
		got := w.Verify(t, w.Now.AddDate(0, 0, pedigree.UndoWindowDays+2), w.Code(50), &w.Dispenser)
		expect(t, got, pedigree.VerdictAlreadyDecommissioned, "decommissioned_scanned")
	})
	t.Run("AlreadyDecommissionedScannedElsewhere", func(t *testing.T) {
		// Another pharmacy, off the pack's custody path, presents the serial the first one
		// dispensed and scanned today: refilled packaging, or a copy.
		got := w.Verify(t, w.Now, w.Code(50), &w.Dispenser2)
		expect(t, got, pedigree.VerdictAlreadyDecommissioned, "decommissioned_scanned", "multiple_organisations")
	})
	t.Run("PatientsJustDispensedPack", func(t *testing.T) {
		got := w.Verify(t, w.Now, w.Code(50), nil)
		expect(t, got, pedigree.VerdictSupplied)
		if got.Verdict.Suspect() || !strings.Contains(got.Reasons[0].Message, "supplied by a pharmacy on") {
			t.Fatalf("got %v", got.Reasons)
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
	t.Run("PatientsPackDispensedLongAgo", func(t *testing.T) {
		got := w.Verify(t, w.Now.AddDate(0, 0, pedigree.SuppliedDays+2), w.Code(50), nil)
		expect(t, got, pedigree.VerdictAlreadyDecommissioned)
	})
	t.Run("Expired", func(t *testing.T) {
		if got := w.Verify(t, w.Now.AddDate(1, 1, 0), w.Code(53), nil); got.Verdict != pedigree.VerdictExpired {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("CustodyMismatch", func(t *testing.T) {
		expect(t, w.Verify(t, w.Now, w.Code(54), &w.Dispenser2), pedigree.VerdictCustodyMismatch, "custody_mismatch")
	})
	t.Run("NotReleasedToAPatient", func(t *testing.T) {
		got := w.Verify(t, w.Now, w.Code(3), nil)
		expect(t, got, pedigree.VerdictNotReleased, "diversion")
		if got.Custodian.Role != pedigree.RoleManufacturer {
			t.Errorf("custodian %+v", got.Custodian)
		}
	})
	t.Run("NotReleasedToAPharmacy", func(t *testing.T) {
		expect(t, w.Verify(t, w.Now, w.Code(33), &w.Dispenser), pedigree.VerdictNotReleased, "diversion")
	})
	t.Run("WholesalerAtItsOwnPack", func(t *testing.T) {
		expect(t, w.Verify(t, w.Now, w.Code(34), &w.Distributor), pedigree.VerdictAuthentic)
	})
	t.Run("CustodyPathIsOneJourney", func(t *testing.T) {
		// The wholesaler checks pack 55 (which it passed on to the pharmacy), then the
		// manufacturer, then the pharmacy that holds it: all on its custody path.
		expect(t, w.Verify(t, w.Now, w.Code(55), &w.Distributor), pedigree.VerdictAuthentic)
		expect(t, w.Verify(t, w.Now.Add(time.Minute), w.Code(55), &w.Manufacturer), pedigree.VerdictAuthentic)
		expect(t, w.Verify(t, w.Now.Add(2*time.Minute), w.Code(55), &w.Regulator), pedigree.VerdictAuthentic)
		expect(t, w.Verify(t, w.Now.Add(3*time.Minute), w.Code(55), &w.Dispenser), pedigree.VerdictAuthentic)
	})
	t.Run("AnonymousScansCountedApart", func(t *testing.T) {
		// Every scan in one hour of the clock: alerts aggregate per UTC hour.
		at := w.Now.Truncate(time.Hour).Add(10 * time.Minute)
		for i := range pedigree.MaxAnonymousScansPerWindow {
			expect(t, w.Verify(t, at.Add(time.Duration(i)*time.Second), w.Code(56), nil), pedigree.VerdictAuthentic)
		}
		// The flood is told once, aggregated, and changes no verdict.
		first := w.Verify(t, at.Add(time.Minute), w.Code(56), nil)
		expect(t, first, pedigree.VerdictAuthentic, "anonymous_scan_rate")
		second := w.Verify(t, at.Add(2*time.Minute), w.Code(56), nil)
		expect(t, second, pedigree.VerdictAuthentic, "anonymous_scan_rate")
		expect(t, w.Verify(t, at.Add(3*time.Minute), w.Code(56), &w.Dispenser), pedigree.VerdictAuthentic)
		var n, count int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*), sum(count) FROM alerts WHERE kind = 'anonymous_scan_rate'`).Scan(&n, &count); err != nil {
			t.Fatal(err)
		}
		if n != 1 || count != 2 {
			t.Fatalf("%d anonymous_scan_rate alerts counting %d, want 1 counting 2", n, count)
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
	t.Run("SuspectCloneTwoOrganisationsAfterManyScans", func(t *testing.T) {
		// As many scans as a rate needs, by one organisation off the custody path over the day
		// but none in the last hour, then another organisation's: two organisations, not a rate.
		for i := range pedigree.MaxScansPerWindow {
			w.Verify(t, w.Now.Add(-3*time.Hour+time.Duration(i)*10*time.Minute), w.Code(11), &w.Distributor)
		}
		expect(t, w.Verify(t, w.Now, w.Code(11), &w.Manufacturer), pedigree.VerdictSuspectClone, "multiple_organisations")
	})
	t.Run("SuspectCloneScanRate", func(t *testing.T) {
		for i := range pedigree.MaxScansPerWindow {
			w.Verify(t, w.Now.Add(-30*time.Minute+time.Duration(i)*time.Minute), w.Code(12), &w.Manufacturer)
		}
		expect(t, w.Verify(t, w.Now, w.Code(12), &w.Manufacturer), pedigree.VerdictSuspectClone, "scan_rate")
	})
	t.Run("PresentedForSupply", func(t *testing.T) {
		c := w.Code(0)
		c.Lot, c.Serial = "RECALLED", w.Recalled.Serials[2]
		v := postgres.NewVerifier(w.Pool, func() time.Time { return w.Now })
		got, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: c, Scanner: &w.Dispenser, Purpose: pedigree.PurposeSupply})
		if err != nil {
			t.Fatal(err)
		}
		expect(t, got, pedigree.VerdictRecalled, "diversion", "recalled_presented")
	})
	t.Run("AlertsAreAggregated", func(t *testing.T) {
		// A flood of forged serials from two pharmacies at once, within one hour: one alert,
		// counted, whatever the race between them.
		at := pedigree.AlertBucket(w.Now).Add(48*time.Hour + 5*time.Minute)
		var wg sync.WaitGroup
		errs := make(chan error, 20)
		for i := range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := w.Code(1)
				c.Serial = fmt.Sprintf("FLOOD%06d", i)
				scanner := &w.Dispenser
				if i%2 == 1 {
					scanner = &w.Dispenser2
				}
				v := postgres.NewVerifier(w.Pool, func() time.Time { return at.Add(time.Duration(i) * time.Second) })
				_, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: c, Scanner: scanner})
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		list, err := postgres.NewAlerts(w.Pool, time.Now).Alerts(context.Background(), pedigree.AlertFilter{To: at.Add(time.Hour), Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var flood []pedigree.Alert
		for _, a := range list.Alerts {
			if a.Kind == pedigree.AlertUnknownSerial && !a.At.Before(at) {
				flood = append(flood, a)
			}
		}
		if len(flood) != 1 || flood[0].Count != 20 || flood[0].EUCode != "A3" || flood[0].LastAt.Before(flood[0].At) {
			t.Fatalf("got %+v, want one unknown_serial alert counting 20, with A3", flood)
		}
		// The next hour is another alert.
		c := w.Code(1)
		c.Serial = "FLOOD-NEXT-HOUR"
		v := postgres.NewVerifier(w.Pool, func() time.Time { return at.Add(time.Hour) })
		got, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: c, Scanner: &w.Dispenser})
		if err != nil {
			t.Fatal(err)
		}
		var count int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count FROM alerts WHERE last_scan_id = $1`, got.ScanID).Scan(&count); err != nil || count != 1 {
			t.Fatalf("next hour: count %d (%v), want a new alert", count, err)
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
