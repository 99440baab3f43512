package pedigree_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestDecide(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	pharmacy, other := pedigree.Address{1}, pedigree.Address{2}
	expiry := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	genuine := func() pedigree.VerificationFacts {
		e := expiry
		return pedigree.VerificationFacts{
			Now: now, ProductKnown: true, BatchKnown: true, SerialKnown: true,
			CodeExpiry: &e, BatchExpiry: expiry,
			Custodian: pharmacy, Scanner: pharmacy, ScannerRole: pedigree.RoleDispenser, ScannerOrganisation: "pharmacy",
		}
	}
	scans := func(n int, org string, ago time.Duration) []pedigree.Scan {
		out := make([]pedigree.Scan, n)
		for i := range out {
			out[i] = pedigree.Scan{At: now.Add(-ago), Organisation: org}
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		edit    func(*pedigree.VerificationFacts)
		want    pedigree.Verdict
		reasons []pedigree.Verdict // every finding, most severe first
	}{
		{"Authentic", func(f *pedigree.VerificationFacts) {}, pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"AuthenticWithoutExpiryOnCode", func(f *pedigree.VerificationFacts) { f.CodeExpiry = nil }, pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"UnknownProduct", func(f *pedigree.VerificationFacts) { f.ProductKnown, f.BatchKnown, f.SerialKnown = false, false, false }, pedigree.VerdictUnknownProduct, []pedigree.Verdict{pedigree.VerdictUnknownProduct}},
		{"UnknownBatch", func(f *pedigree.VerificationFacts) { f.BatchKnown, f.SerialKnown = false, false }, pedigree.VerdictUnknownBatch, []pedigree.Verdict{pedigree.VerdictUnknownBatch}},
		{"UnknownSerial", func(f *pedigree.VerificationFacts) { f.SerialKnown = false }, pedigree.VerdictUnknownSerial, []pedigree.Verdict{pedigree.VerdictUnknownSerial}},
		{"DataMismatch", func(f *pedigree.VerificationFacts) { e := expiry.AddDate(0, 1, 0); f.CodeExpiry = &e }, pedigree.VerdictDataMismatch, []pedigree.Verdict{pedigree.VerdictDataMismatch}},
		{"Recalled", func(f *pedigree.VerificationFacts) { f.RecallReason = 3 }, pedigree.VerdictRecalled, []pedigree.Verdict{pedigree.VerdictRecalled}},
		{"AlreadyDecommissioned", func(f *pedigree.VerificationFacts) {
			f.PackState, f.PackStateDay = pedigree.PackSupplied, now.AddDate(0, 0, -2)
		}, pedigree.VerdictAlreadyDecommissioned, []pedigree.Verdict{pedigree.VerdictAlreadyDecommissioned}},
		{"Expired", func(f *pedigree.VerificationFacts) { f.Now = expiry.AddDate(0, 0, 1); f.RecentScans = nil }, pedigree.VerdictExpired, []pedigree.Verdict{pedigree.VerdictExpired}},
		{"NotExpiredOnItsLastDay", func(f *pedigree.VerificationFacts) { f.Now = expiry.Add(23 * time.Hour) }, pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"CustodyMismatch", func(f *pedigree.VerificationFacts) { f.Custodian = other }, pedigree.VerdictCustodyMismatch, []pedigree.Verdict{pedigree.VerdictCustodyMismatch}},
		{"CustodyIsOnlyADispensersConcern", func(f *pedigree.VerificationFacts) {
			f.Custodian, f.ScannerRole, f.Scanner = other, pedigree.RoleNone, pedigree.Address{}
		}, pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"SuspectCloneTwoOrganisations", func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(1, "pharmacy-b", time.Hour), scans(1, "pharmacy-c", 20*time.Hour)...)
		}, pedigree.VerdictSuspectClone, []pedigree.Verdict{pedigree.VerdictSuspectClone}},
		{"SuspectCloneRate", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "", time.Minute)
		},
			pedigree.VerdictSuspectClone, []pedigree.Verdict{pedigree.VerdictSuspectClone}},
		{"OwnAndAnonymousScansAreFine", func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(3, "pharmacy", time.Minute), scans(2, "", time.Hour)...)
		}, pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"AnonymousAfterOnePharmacyIsFine", func(f *pedigree.VerificationFacts) {
			f.ScannerOrganisation, f.ScannerRole, f.Scanner = "", pedigree.RoleNone, pedigree.Address{}
			f.RecentScans = scans(1, "pharmacy", time.Minute)
		}, pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"AnonymousAfterTwoOrganisations", func(f *pedigree.VerificationFacts) {
			f.ScannerOrganisation, f.ScannerRole, f.Scanner = "", pedigree.RoleNone, pedigree.Address{}
			f.RecentScans = append(scans(1, "pharmacy", time.Minute), scans(1, "pharmacy-b", time.Hour)...)
		}, pedigree.VerdictSuspectClone, []pedigree.Verdict{pedigree.VerdictSuspectClone}},
		{"OldScansElsewhereAreFine", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "wholesaler", 25*time.Hour) },
			pedigree.VerdictAuthentic, []pedigree.Verdict{pedigree.VerdictAuthentic}},
		{"RecalledExpiredAndDispensed", func(f *pedigree.VerificationFacts) {
			f.Now, f.RecallReason, f.PackState = expiry.AddDate(0, 1, 0), 1, pedigree.PackDestroyed
		}, pedigree.VerdictRecalled, []pedigree.Verdict{pedigree.VerdictRecalled, pedigree.VerdictAlreadyDecommissioned, pedigree.VerdictExpired}},
		{"MismatchOutranksRecall", func(f *pedigree.VerificationFacts) {
			e := expiry.AddDate(1, 0, 0)
			f.CodeExpiry, f.RecallReason = &e, 2
		},
			pedigree.VerdictDataMismatch, []pedigree.Verdict{pedigree.VerdictDataMismatch, pedigree.VerdictRecalled}},
		{"UnknownSerialHidesTheRest", func(f *pedigree.VerificationFacts) { f.SerialKnown, f.RecallReason = false, 1 },
			pedigree.VerdictUnknownSerial, []pedigree.Verdict{pedigree.VerdictUnknownSerial}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := genuine()
			tc.edit(&f)
			got, reasons := pedigree.Decide(f)
			if got != tc.want {
				t.Fatalf("verdict: got %s, want %s (%v)", got, tc.want, reasons)
			}
			var kinds []pedigree.Verdict
			for _, r := range reasons {
				if r.Message == "" {
					t.Errorf("%s: empty message", r.Verdict)
				}
				kinds = append(kinds, r.Verdict)
			}
			if !reflect.DeepEqual(kinds, tc.reasons) {
				t.Fatalf("reasons: got %v, want %v", kinds, tc.reasons)
			}
		})
	}
}

// TestVerdictsOrder pins the severity order of DESIGN.md's table.
func TestVerdictsOrder(t *testing.T) {
	want := []pedigree.Verdict{"UNKNOWN_PRODUCT", "UNKNOWN_BATCH", "UNKNOWN_SERIAL", "DATA_MISMATCH", "RECALLED",
		"ALREADY_DECOMMISSIONED", "EXPIRED", "CUSTODY_MISMATCH", "SUSPECT_CLONE", "AUTHENTIC"}
	if !reflect.DeepEqual(pedigree.Verdicts, want) {
		t.Fatalf("got %v", pedigree.Verdicts)
	}
}

// TestDecideAlerts pins which finding raises which alert: Decide decides it, the store only
// records it.
func TestDecideAlerts(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	pharmacy := pedigree.Address{1}
	facts := func() pedigree.VerificationFacts {
		return pedigree.VerificationFacts{
			Now: now, ProductKnown: true, BatchKnown: true, SerialKnown: true, BatchExpiry: now.AddDate(1, 0, 0),
			Custodian: pharmacy, Scanner: pharmacy, ScannerRole: pedigree.RoleDispenser, ScannerOrganisation: "pharmacy",
		}
	}
	scans := func(n int, org string, ago time.Duration) []pedigree.Scan {
		out := make([]pedigree.Scan, n)
		for i := range out {
			out[i] = pedigree.Scan{At: now.Add(-ago), Organisation: org}
		}
		return out
	}
	anonymous := func(f *pedigree.VerificationFacts) {
		f.ScannerOrganisation, f.ScannerRole, f.Scanner = "", pedigree.RoleNone, pedigree.Address{}
	}
	for _, tc := range []struct {
		name string
		edit func(*pedigree.VerificationFacts)
		want []pedigree.AlertKind
	}{
		{"Authentic", func(f *pedigree.VerificationFacts) {}, nil},
		{"UnknownBatch", func(f *pedigree.VerificationFacts) { f.BatchKnown, f.SerialKnown = false, false }, nil},
		{"UnknownSerial", func(f *pedigree.VerificationFacts) { f.SerialKnown = false }, []pedigree.AlertKind{pedigree.AlertUnknownSerial}},
		{"UnknownSerialAnonymous", func(f *pedigree.VerificationFacts) { f.SerialKnown = false; anonymous(f) },
			[]pedigree.AlertKind{pedigree.AlertUnknownSerial}},
		{"DecommissionedScanned", func(f *pedigree.VerificationFacts) { f.PackState, f.PackStateDay = pedigree.PackSupplied, now },
			[]pedigree.AlertKind{pedigree.AlertDecommissionedScanned}},
		{"DecommissionedAnonymous", func(f *pedigree.VerificationFacts) {
			f.PackState, f.PackStateDay = pedigree.PackSupplied, now
			anonymous(f)
		}, nil},
		{"Recalled", func(f *pedigree.VerificationFacts) { f.RecallReason = 1 }, nil},
		{"MultipleOrganisations", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "wholesaler", time.Hour) },
			[]pedigree.AlertKind{pedigree.AlertMultipleOrganisations}},
		// The bug this pins: as many earlier scans as a rate needs, outside the rate's window,
		// are two organisations, not a rate.
		{"MultipleOrganisationsAfterManyScans", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "wholesaler", 2*pedigree.RateWindow)
		}, []pedigree.AlertKind{pedigree.AlertMultipleOrganisations}},
		{"ScanRate", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "pharmacy", time.Minute)
		}, []pedigree.AlertKind{pedigree.AlertScanRate}},
		{"MultipleOrganisationsAndScanRate", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "wholesaler", time.Minute)
		}, []pedigree.AlertKind{pedigree.AlertMultipleOrganisations, pedigree.AlertScanRate}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := facts()
			tc.edit(&f)
			_, reasons := pedigree.Decide(f)
			var got []pedigree.AlertKind
			for _, r := range reasons {
				if r.Alert != "" {
					got = append(got, r.Alert)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("alerts %v, want %v (%v)", got, tc.want, reasons)
			}
		})
	}
}
