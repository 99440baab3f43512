package pedigree_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/epcistest"
)

// TestLMSAnswerData is the mapping of pedigree's verdicts to GS1 verification messaging's
// answer: one row per verdict, and the variants of the serial found in another lot.
func TestLMSAnswerData(t *testing.T) {
	e, other := expiry, expiry.AddDate(0, 1, 0)
	sameExpiry := []pedigree.OtherLot{{Lot: "B", Expiry: expiry}}
	otherExpiry := []pedigree.OtherLot{{Lot: "B", Expiry: other}}
	tests := []struct {
		name       string
		verdict    pedigree.Verdict
		codeExpiry *time.Time
		others     []pedigree.OtherLot
		want       pedigree.LMSData
	}{
		{"UnknownProduct", pedigree.VerdictUnknownProduct, &e, nil, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerial}},
		{"UnknownBatch", pedigree.VerdictUnknownBatch, &e, nil, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerial}},
		{"UnknownBatchSerialInAnotherLot", pedigree.VerdictUnknownBatch, &e, sameExpiry, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialLot}},
		{"UnknownBatchSerialInAnotherLotAndExpiry", pedigree.VerdictUnknownBatch, &e, otherExpiry, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialLotExpiry}},
		{"UnknownBatchSerialInAnotherLotNoExpiryAsked", pedigree.VerdictUnknownBatch, nil, otherExpiry, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialLot}},
		{"UnknownSerial", pedigree.VerdictUnknownSerial, &e, nil, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerial}},
		{"UnknownSerialInAnotherLot", pedigree.VerdictUnknownSerial, &e, sameExpiry, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialLot}},
		{"UnknownSerialInAnotherLotAndExpiry", pedigree.VerdictUnknownSerial, &e, otherExpiry, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialLotExpiry}},
		{"UnknownSerialInTwoLotsOneMatching", pedigree.VerdictUnknownSerial, &e, append(otherExpiry, sameExpiry...), pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialLot}},
		{"DataMismatch", pedigree.VerdictDataMismatch, &other, nil, pedigree.LMSData{FailureReason: pedigree.NoMatchGTINSerialExpiry}},
		{"Recalled", pedigree.VerdictRecalled, &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSRecalled}},
		{"AlreadyDecommissioned", pedigree.VerdictAlreadyDecommissioned, &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSSuspect}},
		{"Expired", pedigree.VerdictExpired, &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSExpired}},
		{"NotReleased", pedigree.VerdictNotReleased, &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSSuspect}},
		{"CustodyMismatch", pedigree.VerdictCustodyMismatch, &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSSuspect}},
		{"SuspectClone", pedigree.VerdictSuspectClone, &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSSuspect}},
		{"Supplied", pedigree.VerdictSupplied, &e, nil, pedigree.LMSData{Verified: true}},
		{"Authentic", pedigree.VerdictAuthentic, &e, nil, pedigree.LMSData{Verified: true}},
		{"AuthenticNoExpiryAsked", pedigree.VerdictAuthentic, nil, nil, pedigree.LMSData{Verified: true}},
		{"AVerdictOfALaterVersion", pedigree.Verdict("SOMETHING_NEW"), &e, nil, pedigree.LMSData{Verified: true, AdditionalInfo: pedigree.LMSSuspect}},
	}
	covered := map[pedigree.Verdict]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pedigree.LMSAnswerData(tt.verdict, tt.codeExpiry, tt.others)
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
		covered[tt.verdict] = true
	}
	for _, v := range pedigree.Verdicts {
		if !covered[v] {
			t.Errorf("verdict %s has no row", v)
		}
	}
}

// TestLMSNeverPlainMatch: a verdict that is not genuine never maps to a bare verified:true,
// and a genuine one always to verified:true; failures always give a reason, matches never do.
func TestLMSNeverPlainMatch(t *testing.T) {
	e := expiry
	for _, v := range pedigree.Verdicts {
		for _, others := range [][]pedigree.OtherLot{nil, {{Lot: "B", Expiry: expiry}}} {
			got := pedigree.LMSAnswerData(v, &e, others)
			switch {
			case v.Genuine() && (!got.Verified || got.AdditionalInfo != "" || got.FailureReason != ""):
				t.Errorf("%s: %+v, want a plain match", v, got)
			case !v.Genuine() && got.Verified && got.AdditionalInfo == "":
				t.Errorf("%s: %+v, a plain match for a pack that is not genuine", v, got)
			case got.Verified == (got.FailureReason != ""):
				t.Errorf("%s: %+v: a failure reason goes with verified false, and only then", v, got)
			case v.Suspect() && got.Verified && got.AdditionalInfo != pedigree.LMSSuspect && got.AdditionalInfo != pedigree.LMSRecalled:
				t.Errorf("%s: %+v, a suspect pack matched without Suspect", v, got)
			}
		}
	}
}

// TestLMSCodeLists: every code the mapping gives is in the standard's code lists
// (shared/conformance/lms/code-lists.json).
func TestLMSCodeLists(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(epcistest.Folder(t, "lms", "code-lists.json"), "code-lists.json"))
	if err != nil {
		t.Fatal(err)
	}
	var lists struct {
		Reasons struct {
			Values []string `json:"values"`
		} `json:"verificationFailureReason"`
		Info struct {
			Values []string `json:"values"`
		} `json:"additionalInfo"`
	}
	if err := json.Unmarshal(b, &lists); err != nil {
		t.Fatal(err)
	}
	e, other := expiry, expiry.AddDate(1, 0, 0)
	seen := map[string]bool{}
	for _, v := range pedigree.Verdicts {
		for _, others := range [][]pedigree.OtherLot{nil, {{Lot: "B", Expiry: expiry}}, {{Lot: "B", Expiry: other}}} {
			got := pedigree.LMSAnswerData(v, &e, others)
			if got.FailureReason != "" && !slices.Contains(lists.Reasons.Values, string(got.FailureReason)) {
				t.Errorf("%s: verificationFailureReason %q is not in the code list", v, got.FailureReason)
			}
			if got.AdditionalInfo != "" && !slices.Contains(lists.Info.Values, string(got.AdditionalInfo)) {
				t.Errorf("%s: additionalInfo %q is not in the code list", v, got.AdditionalInfo)
			}
			seen[string(got.FailureReason)], seen[string(got.AdditionalInfo)] = true, true
		}
	}
	for _, want := range []string{"No_match_GTIN_Serial", "No_match_GTIN_Serial_Lot", "No_match_GTIN_Serial_Expiry", "No_match_GTIN_Serial_Lot_Expiry", "Recalled", "Expired", "Suspect"} {
		if !seen[want] {
			t.Errorf("no verdict gives %s", want)
		}
	}
}
