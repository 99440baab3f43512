package pedigree_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The cast of the verdict tables: a pack made by the manufacturer, received by the wholesaler,
// held by the pharmacy.
var (
	now                                           = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	expiry                                        = time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	manufacturer, wholesaler, pharmacy, pharmacy2 = pedigree.Address{1}, pedigree.Address{2}, pedigree.Address{3}, pedigree.Address{4}
	inspector                                     = pedigree.Address{5}
)

// genuine is a genuine pack in the pharmacy's custody, verified by the pharmacy.
func genuine() pedigree.VerificationFacts {
	e := expiry
	return pedigree.VerificationFacts{
		Now: now, ProductKnown: true, BatchKnown: true, SerialKnown: true,
		CodeExpiry: &e, BatchExpiry: expiry,
		Custodian: pharmacy, CustodianRole: pedigree.RoleDispenser,
		CustodyPath: []pedigree.Address{manufacturer, wholesaler, pharmacy},
		Scanner:     pharmacy, ScannerRole: pedigree.RoleDispenser, ScannerOrganisation: "pharmacy",
	}
}

// The askers.
func asPatient(f *pedigree.VerificationFacts) {
	f.ScannerOrganisation, f.ScannerRole, f.Scanner = "", pedigree.RoleNone, pedigree.Address{}
}
func asOtherPharmacy(f *pedigree.VerificationFacts) {
	f.ScannerOrganisation, f.ScannerRole, f.Scanner = "pharmacy-2", pedigree.RoleDispenser, pharmacy2
}
func asWholesaler(f *pedigree.VerificationFacts) {
	f.ScannerOrganisation, f.ScannerRole, f.Scanner = "wholesaler", pedigree.RoleDistributor, wholesaler
}
func asRegulator(f *pedigree.VerificationFacts) {
	f.ScannerOrganisation, f.ScannerRole, f.Scanner = "regulator", pedigree.RoleRegulator, inspector
}

// Where the pack is.
func atManufacturer(f *pedigree.VerificationFacts) {
	f.Custodian, f.CustodianRole, f.CustodyPath = manufacturer, pedigree.RoleManufacturer, []pedigree.Address{manufacturer}
}
func atWholesaler(f *pedigree.VerificationFacts) {
	f.Custodian, f.CustodianRole, f.CustodyPath = wholesaler, pedigree.RoleDistributor, []pedigree.Address{manufacturer, wholesaler}
}
func shippedToPharmacy(f *pedigree.VerificationFacts) {
	atWholesaler(f)
	f.Pending, f.CustodyPath = pharmacy, append(f.CustodyPath, pharmacy)
}
func dispensedAgo(days int) func(*pedigree.VerificationFacts) {
	return func(f *pedigree.VerificationFacts) {
		f.PackState, f.PackStateDay, f.StateActor = pedigree.PackSupplied, now.AddDate(0, 0, -days), pharmacy
	}
}

func scans(n int, org string, ago time.Duration) []pedigree.Scan {
	accounts := map[string]pedigree.Address{"pharmacy": pharmacy, "pharmacy-b": {0xb}, "pharmacy-c": {0xc}, "wholesaler": wholesaler,
		"manufacturer": manufacturer, "regulator": inspector}
	roles := map[string]pedigree.Role{"pharmacy": pedigree.RoleDispenser, "pharmacy-b": pedigree.RoleDispenser, "pharmacy-c": pedigree.RoleDispenser,
		"wholesaler": pedigree.RoleDistributor, "manufacturer": pedigree.RoleManufacturer, "regulator": pedigree.RoleRegulator}
	out := make([]pedigree.Scan, n)
	for i := range out {
		out[i] = pedigree.Scan{At: now.Add(-ago), Organisation: org, Account: accounts[org], Role: roles[org]}
	}
	return out
}

func edits(es ...func(*pedigree.VerificationFacts)) func(*pedigree.VerificationFacts) {
	return func(f *pedigree.VerificationFacts) {
		for _, e := range es {
			e(f)
		}
	}
}

func TestDecide(t *testing.T) {
	const (
		authentic      = pedigree.VerdictAuthentic
		supplied       = pedigree.VerdictSupplied
		decommissioned = pedigree.VerdictAlreadyDecommissioned
		notReleased    = pedigree.VerdictNotReleased
		custody        = pedigree.VerdictCustodyMismatch
		clone          = pedigree.VerdictSuspectClone
	)
	v := func(vs ...pedigree.Verdict) []pedigree.Verdict { return vs }
	for _, tc := range []struct {
		name    string
		edit    func(*pedigree.VerificationFacts)
		want    pedigree.Verdict
		reasons []pedigree.Verdict // every finding, most severe first
	}{
		{"Authentic", func(f *pedigree.VerificationFacts) {}, authentic, v(authentic)},
		{"AuthenticWithoutExpiryOnCode", func(f *pedigree.VerificationFacts) { f.CodeExpiry = nil }, authentic, v(authentic)},
		{"UnknownProduct", func(f *pedigree.VerificationFacts) { f.ProductKnown, f.BatchKnown, f.SerialKnown = false, false, false }, pedigree.VerdictUnknownProduct, v(pedigree.VerdictUnknownProduct)},
		{"UnknownBatch", func(f *pedigree.VerificationFacts) { f.BatchKnown, f.SerialKnown = false, false }, pedigree.VerdictUnknownBatch, v(pedigree.VerdictUnknownBatch)},
		{"UnknownSerial", func(f *pedigree.VerificationFacts) { f.SerialKnown = false }, pedigree.VerdictUnknownSerial, v(pedigree.VerdictUnknownSerial)},
		{"DataMismatch", func(f *pedigree.VerificationFacts) { e := expiry.AddDate(0, 1, 0); f.CodeExpiry = &e }, pedigree.VerdictDataMismatch, v(pedigree.VerdictDataMismatch)},
		{"Recalled", func(f *pedigree.VerificationFacts) { f.RecallReason = 3 }, pedigree.VerdictRecalled, v(pedigree.VerdictRecalled)},
		{"AlreadyDecommissioned", dispensedAgo(2), decommissioned, v(decommissioned)},
		{"Expired", func(f *pedigree.VerificationFacts) { f.Now = expiry.AddDate(0, 0, 1) }, pedigree.VerdictExpired, v(pedigree.VerdictExpired)},
		{"NotExpiredOnItsLastDay", func(f *pedigree.VerificationFacts) { f.Now = expiry.Add(23 * time.Hour) }, authentic, v(authentic)},
		{"CustodyMismatch", asOtherPharmacy, custody, v(custody)},
		{"RecalledExpiredAndDispensed", func(f *pedigree.VerificationFacts) {
			f.Now, f.RecallReason, f.PackState = expiry.AddDate(0, 1, 0), 1, pedigree.PackDestroyed
		}, pedigree.VerdictRecalled, v(pedigree.VerdictRecalled, decommissioned, pedigree.VerdictExpired)},
		{"MismatchOutranksRecall", func(f *pedigree.VerificationFacts) {
			e := expiry.AddDate(1, 0, 0)
			f.CodeExpiry, f.RecallReason = &e, 2
		}, pedigree.VerdictDataMismatch, v(pedigree.VerdictDataMismatch, pedigree.VerdictRecalled)},
		{"UnknownSerialHidesTheRest", func(f *pedigree.VerificationFacts) { f.SerialKnown, f.RecallReason = false, 1 },
			pedigree.VerdictUnknownSerial, v(pedigree.VerdictUnknownSerial)},

		// A patient (anonymous).
		{"PatientAtThePharmacy", asPatient, authentic, v(authentic)},
		{"PatientJustSupplied", edits(asPatient, dispensedAgo(0)), supplied, v(supplied)},
		{"PatientSuppliedOnDay30", edits(asPatient, dispensedAgo(pedigree.SuppliedDays)), supplied, v(supplied)},
		{"PatientSuppliedLongAgo", edits(asPatient, dispensedAgo(pedigree.SuppliedDays+1)), decommissioned, v(decommissioned)},
		{"PatientDestroyed", edits(asPatient, dispensedAgo(1), func(f *pedigree.VerificationFacts) { f.PackState = pedigree.PackDestroyed }),
			decommissioned, v(decommissioned)},
		{"PatientSuppliedAndRecalled", edits(asPatient, dispensedAgo(3), func(f *pedigree.VerificationFacts) { f.RecallReason = 1 }),
			pedigree.VerdictRecalled, v(pedigree.VerdictRecalled, supplied)},
		{"PatientSuppliedAndExpired", edits(asPatient, dispensedAgo(3), func(f *pedigree.VerificationFacts) { f.Now = expiry.AddDate(0, 0, 1); f.PackStateDay = expiry }),
			pedigree.VerdictExpired, v(pedigree.VerdictExpired, supplied)},
		// Another pharmacy the patient showed the pack to: that scan raised its own alert.
		{"PatientJustSuppliedAfterOtherPharmacies", edits(asPatient, dispensedAgo(1), func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(1, "pharmacy-b", time.Minute), scans(pedigree.MaxScansPerWindow, "pharmacy-c", time.Minute)...)
		}), supplied, v(supplied)},
		{"PatientNotReleasedAtManufacturer", edits(asPatient, atManufacturer), notReleased, v(notReleased)},
		{"PatientNotReleasedAtWholesaler", edits(asPatient, atWholesaler), notReleased, v(notReleased)},
		{"PatientNotReleasedInTransit", edits(asPatient, shippedToPharmacy), notReleased, v(notReleased)},
		{"PatientPackAtAnotherPharmacy", edits(asPatient, func(f *pedigree.VerificationFacts) { f.Custodian = pharmacy2 }), authentic, v(authentic)},
		{"PatientAfterOnePharmacy", edits(asPatient, func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "pharmacy", time.Minute) }),
			authentic, v(authentic)},
		{"PatientAfterTwoOrganisationsOffPath", edits(asPatient, func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(1, "pharmacy", time.Minute), scans(1, "pharmacy-b", time.Hour)...)
		}), clone, v(clone)},

		// A pharmacy.
		{"PharmacyNotReleased", atWholesaler, notReleased, v(notReleased)},
		{"PharmacyNotReleasedAtManufacturer", atManufacturer, notReleased, v(notReleased)},
		{"PharmacyInTransitToIt", shippedToPharmacy, custody, v(custody)},
		{"OtherPharmacyInTransitElsewhere", edits(shippedToPharmacy, asOtherPharmacy), notReleased, v(notReleased)},
		{"PharmacyDispensedItself", dispensedAgo(0), decommissioned, v(decommissioned)},
		{"OtherPharmacyDispensed", edits(dispensedAgo(0), asOtherPharmacy), decommissioned, v(decommissioned, custody)},

		// A wholesaler, a manufacturer, a regulator.
		{"WholesalerOnReceipt", edits(shippedToPharmacy, func(f *pedigree.VerificationFacts) {
			atManufacturer(f)
			f.Pending, f.CustodyPath = wholesaler, []pedigree.Address{manufacturer, wholesaler}
		}, asWholesaler), authentic, v(authentic)},
		{"WholesalerPackElsewhere", asWholesaler, authentic, v(authentic)},
		{"RegulatorAnywhere", edits(atManufacturer, asRegulator), authentic, v(authentic)},
		{"RegulatorDispensed", edits(dispensedAgo(1), asRegulator), decommissioned, v(decommissioned)},

		// Clones follow custody.
		{"SuspectCloneTwoOrganisationsOffPath", func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(1, "pharmacy-b", time.Hour), scans(1, "pharmacy-c", 20*time.Hour)...)
		}, clone, v(clone)},
		{"WholesalerThenPharmacyIsOneJourney", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "wholesaler", time.Hour) },
			authentic, v(authentic)},
		{"WholeCustodyPathIsOneJourney", func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(1, "wholesaler", time.Hour), scans(1, "manufacturer", 3*time.Hour)...)
		}, authentic, v(authentic)},
		{"RegulatorsInspectionIsNoClone", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "regulator", time.Hour) },
			authentic, v(authentic)},
		{"OldScansElsewhereAreFine", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "pharmacy-b", 25*time.Hour) },
			authentic, v(authentic)},
		{"SuspectCloneRate", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "pharmacy", time.Minute)
		},
			clone, v(clone)},
		{"OwnAndAnonymousScansAreFine", func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(3, "pharmacy", time.Minute), scans(2, "", time.Hour)...)
		}, authentic, v(authentic)},
		// The bug this pins: ten anonymous GETs of a resolver URL turned a genuine pack
		// SUSPECT_CLONE for everyone, the pharmacy at the counter included.
		{"AnonymousScansNeverChangeAPharmacysVerdict", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(100, "", time.Minute)
		}, authentic, v(authentic)},
		{"AnonymousScansNeverChangeAPatientsVerdict", edits(asPatient, func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(100, "", time.Minute)
		}), authentic, v(authentic, authentic)}, // the second reason reports the flood
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
				if r.Message == "" || r.Next == "" {
					t.Errorf("%s: message %q, next %q", r.Verdict, r.Message, r.Next)
				}
				kinds = append(kinds, r.Verdict)
			}
			if !reflect.DeepEqual(kinds, tc.reasons) {
				t.Fatalf("reasons: got %v, want %v", kinds, tc.reasons)
			}
			if f.ScannerRole == pedigree.RoleNone && got == pedigree.VerdictAuthentic && f.CustodianRole != pedigree.RoleDispenser {
				t.Fatal("a patient was told a pack that never reached a pharmacy is genuine")
			}
		})
	}
}

// TestDecideWords pins the words each asker is given: what the verdict says and what to do
// next.
func TestDecideWords(t *testing.T) {
	for _, tc := range []struct {
		name          string
		edit          func(*pedigree.VerificationFacts)
		message, next string // each must hold these
		notMessage    string // and not this
	}{
		{"PatientJustSupplied", edits(asPatient, dispensedAgo(2)), "Genuine; supplied by a pharmacy on 2026-11-22", "If you did not", "must not"},
		{"PatientSuppliedLongAgo", edits(asPatient, dispensedAgo(40)), "supplied on 2026-10-15", "If a pharmacy supplied it to you then", "must not"},
		{"PatientNotReleased", edits(asPatient, atManufacturer), "still with its manufacturer", "Do not use", "Genuine"},
		{"PharmacyDispensedItself", dispensedAgo(2), "must not be supplied again", "undo it by 2026-12-02", ""},
		{"PharmacyInTransit", shippedToPharmacy, "not been accepted yet", "Accept the shipment", ""},
		{"PharmacyAuthentic", func(*pedigree.VerificationFacts) {}, "genuine", "record the supply", ""},
		{"PatientAuthentic", asPatient, "genuine", "You may use", ""},
		{"WholesalerAuthentic", asWholesaler, "genuine", "ship", ""},
		{"PatientRecalled", edits(asPatient, func(f *pedigree.VerificationFacts) { f.RecallReason = 2 }), "recalled", "Take it back to a pharmacy", ""},
		{"PharmacyRecalled", func(f *pedigree.VerificationFacts) { f.RecallReason = 2 }, "recalled", "recall notice", ""},
		{"PatientClone", edits(asPatient, func(f *pedigree.VerificationFacts) {
			f.RecentScans = append(scans(1, "pharmacy-b", time.Minute), scans(1, "pharmacy-c", time.Hour)...)
		}), "off the pack's custody path", "Do not use", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := genuine()
			tc.edit(&f)
			_, reasons := pedigree.Decide(f)
			r := reasons[0]
			if !strings.Contains(r.Message, tc.message) || !strings.Contains(r.Next, tc.next) {
				t.Fatalf("got %q / next %q, want %q / %q", r.Message, r.Next, tc.message, tc.next)
			}
			if tc.notMessage != "" && strings.Contains(r.Message+r.Next, tc.notMessage) {
				t.Fatalf("%q says %q", r.Message+" "+r.Next, tc.notMessage)
			}
		})
	}
}

// TestVerdictsOrder pins the severity order of DESIGN.md's table, and that every verdict has
// words and a colour.
func TestVerdictsOrder(t *testing.T) {
	want := []pedigree.Verdict{"UNKNOWN_PRODUCT", "UNKNOWN_BATCH", "UNKNOWN_SERIAL", "DATA_MISMATCH", "RECALLED",
		"ALREADY_DECOMMISSIONED", "EXPIRED", "NOT_RELEASED", "CUSTODY_MISMATCH", "SUSPECT_CLONE", "SUPPLIED", "AUTHENTIC"}
	if !reflect.DeepEqual(pedigree.Verdicts, want) {
		t.Fatalf("got %v", pedigree.Verdicts)
	}
	for _, v := range pedigree.Verdicts {
		if v.Title() == "" {
			t.Errorf("%s has no title", v)
		}
		if v.Genuine() && v.Suspect() {
			t.Errorf("%s is both genuine and suspect", v)
		}
	}
	if pedigree.VerdictSupplied.Suspect() || pedigree.VerdictNotReleased.Genuine() {
		t.Error("SUPPLIED must be a calm answer; NOT_RELEASED never a green one")
	}
}

// TestDecideAlerts pins which finding raises which alert: Decide decides it, the store only
// records it.
func TestDecideAlerts(t *testing.T) {
	type k = pedigree.AlertKind
	ks := func(kinds ...k) []k { return kinds }
	supply := func(f *pedigree.VerificationFacts) { f.Purpose = pedigree.PurposeSupply }
	for _, tc := range []struct {
		name string
		edit func(*pedigree.VerificationFacts)
		want []k
	}{
		{"Authentic", func(f *pedigree.VerificationFacts) {}, nil},
		{"UnknownProduct", func(f *pedigree.VerificationFacts) { f.ProductKnown, f.BatchKnown, f.SerialKnown = false, false, false }, ks(pedigree.AlertUnknownProduct)},
		{"UnknownBatch", func(f *pedigree.VerificationFacts) { f.BatchKnown, f.SerialKnown = false, false }, ks(pedigree.AlertUnknownBatch)},
		{"UnknownSerial", func(f *pedigree.VerificationFacts) { f.SerialKnown = false }, ks(pedigree.AlertUnknownSerial)},
		// Anonymous codes that match nothing are logged, not alerted: anyone can type a URL.
		{"UnknownProductAnonymous", edits(asPatient, func(f *pedigree.VerificationFacts) { f.ProductKnown, f.BatchKnown, f.SerialKnown = false, false, false }), nil},
		{"UnknownBatchAnonymous", edits(asPatient, func(f *pedigree.VerificationFacts) { f.BatchKnown, f.SerialKnown = false, false }), nil},
		{"UnknownSerialAnonymous", edits(asPatient, func(f *pedigree.VerificationFacts) { f.SerialKnown = false }), nil},
		{"DataMismatch", func(f *pedigree.VerificationFacts) { e := expiry.AddDate(0, 0, 1); f.CodeExpiry = &e }, ks(pedigree.AlertDataMismatch)},
		{"DataMismatchAnonymous", edits(asPatient, func(f *pedigree.VerificationFacts) { e := expiry.AddDate(0, 0, 1); f.CodeExpiry = &e }), ks(pedigree.AlertDataMismatch)},
		{"DecommissionedScannedElsewhere", edits(dispensedAgo(0), asOtherPharmacy), ks(pedigree.AlertDecommissionedScanned)},
		// The re-scan an undo needs: the pharmacy that dispensed, within the undo window.
		{"UndoRescan", dispensedAgo(0), nil},
		{"UndoRescanOnTheWindowsLastDay", dispensedAgo(pedigree.UndoWindowDays), nil},
		{"DispensedItselfLongAgo", dispensedAgo(pedigree.UndoWindowDays + 1), ks(pedigree.AlertDecommissionedScanned)},
		{"DestroyedItself", edits(dispensedAgo(0), func(f *pedigree.VerificationFacts) { f.PackState = pedigree.PackDestroyed }), ks(pedigree.AlertDecommissionedScanned)},
		{"DecommissionedAnonymous", edits(dispensedAgo(0), asPatient), nil},
		{"DecommissionedRegulator", edits(dispensedAgo(0), asRegulator), nil},
		{"DiversionPatient", edits(atManufacturer, asPatient), ks(pedigree.AlertDiversion)},
		{"DiversionPharmacy", atWholesaler, ks(pedigree.AlertDiversion)},
		{"InTransitToThePharmacy", shippedToPharmacy, nil},
		{"CustodyMismatch", asOtherPharmacy, ks(pedigree.AlertCustodyMismatch)},
		{"Recalled", func(f *pedigree.VerificationFacts) { f.RecallReason = 1 }, nil},
		{"RecalledPresentedForSupply", edits(supply, func(f *pedigree.VerificationFacts) { f.RecallReason = 1 }), ks(pedigree.AlertRecalledPresented)},
		{"RecalledPatientSaysSupply", edits(asPatient, supply, func(f *pedigree.VerificationFacts) { f.RecallReason = 1 }), nil},
		{"Expired", func(f *pedigree.VerificationFacts) { f.Now = expiry.AddDate(0, 0, 1) }, nil},
		{"ExpiredPresentedForSupply", edits(supply, func(f *pedigree.VerificationFacts) { f.Now = expiry.AddDate(0, 0, 1) }), ks(pedigree.AlertExpiredPresented)},
		{"MultipleOrganisations", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "pharmacy-b", time.Hour) },
			ks(pedigree.AlertMultipleOrganisations)},
		{"WholesalerThenPharmacy", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(1, "wholesaler", time.Hour) }, nil},
		// As many earlier scans as a rate needs, outside the rate's window, are two
		// organisations, not a rate.
		{"MultipleOrganisationsAfterManyScans", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "pharmacy-b", 2*pedigree.RateWindow)
		}, ks(pedigree.AlertMultipleOrganisations)},
		{"ScanRate", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "pharmacy", time.Minute)
		},
			ks(pedigree.AlertScanRate)},
		{"MultipleOrganisationsAndScanRate", func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxScansPerWindow, "pharmacy-b", time.Minute)
		}, ks(pedigree.AlertMultipleOrganisations, pedigree.AlertScanRate)},
		{"AnonymousFlood", edits(asPatient, func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxAnonymousScansPerWindow, "", time.Minute)
		}), ks(pedigree.AlertAnonymousScanRate)},
		{"AnonymousBelowTheFlood", edits(asPatient, func(f *pedigree.VerificationFacts) {
			f.RecentScans = scans(pedigree.MaxAnonymousScansPerWindow-1, "", time.Minute)
		}), nil},
		{"PharmacyAfterAnonymousFlood", func(f *pedigree.VerificationFacts) { f.RecentScans = scans(100, "", time.Minute) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := genuine()
			tc.edit(&f)
			_, reasons := pedigree.Decide(f)
			var got []k
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

// TestAlertKinds pins the EU national-system codes and that every kind has a name for people.
func TestAlertKinds(t *testing.T) {
	want := map[pedigree.AlertKind]string{pedigree.AlertUnknownBatch: "A2", pedigree.AlertUnknownSerial: "A3",
		pedigree.AlertDataMismatch: "A7", pedigree.AlertDecommissionedScanned: "A24"}
	for _, k := range pedigree.AlertKinds {
		if k.EUCode() != want[k] {
			t.Errorf("%s: EU code %q, want %q", k, k.EUCode(), want[k])
		}
		if k.Title() == "" {
			t.Errorf("%s has no title", k)
		}
		var back pedigree.AlertKind
		if err := back.UnmarshalText([]byte(k.String())); err != nil || back != k {
			t.Errorf("%s does not read back: %v", k, err)
		}
	}
	at := time.Date(2026, 11, 24, 10, 59, 59, 0, time.FixedZone("CET", 3600))
	if got := pedigree.AlertBucket(at); !got.Equal(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("bucket of %s: %s", at, got)
	}
}
