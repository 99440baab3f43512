package pedigree_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestRecallReasonWords(t *testing.T) {
	for _, tc := range []struct {
		code pedigree.RecallReason
		want string
	}{
		{0, ""},
		{1, "Quality defect"},
		{5, "Marketing authorisation withdrawn"},
		{255, "Other reason"},
		{7, "reason code 7"},
	} {
		if got := tc.code.String(); got != tc.want {
			t.Errorf("%d: got %q, want %q", tc.code, got, tc.want)
		}
	}
	for _, r := range pedigree.RecallReasons() {
		if strings.HasPrefix(r.String(), "reason code") {
			t.Errorf("offered reason %d has no words", r)
		}
	}
	b, err := json.Marshal(pedigree.RecallInfo{Reason: 3})
	if err != nil || !strings.Contains(string(b), `"reason":3,`) || !strings.HasSuffix(string(b), `"reason_words":"Contamination"}`) {
		t.Errorf("recall JSON: got %s, %v", b, err)
	}
}

func TestRecalledVerdictNamesTheReason(t *testing.T) {
	verdict, reasons := pedigree.Decide(pedigree.VerificationFacts{ProductKnown: true, BatchKnown: true, SerialKnown: true, RecallReason: 3})
	if verdict != pedigree.VerdictRecalled {
		t.Fatalf("verdict: got %s", verdict)
	}
	if got, want := reasons[0].Message, "The batch has been recalled (contamination): do not supply this pack."; got != want {
		t.Errorf("reason: got %q, want %q", got, want)
	}
}

func TestFormatPacks(t *testing.T) {
	for _, tc := range []struct {
		in   []pedigree.PackRange
		want string
	}{
		{nil, "no packs"},
		{ranges(2, 3), "pack 3"},
		{ranges(0, 8), "packs 1 to 8"},
		{ranges(0, 8, 11, 12), "packs 1 to 8 and 12"},
		{ranges(0, 2, 4, 5, 9, 12), "packs 1 to 2, 5 and 10 to 12"},
	} {
		if got := pedigree.FormatPacks(tc.in, nil); got != tc.want {
			t.Errorf("%v: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// ranges returns the pack ranges [a, b), [c, d), ... of its arguments.
func ranges(bounds ...int) []pedigree.PackRange {
	var out []pedigree.PackRange
	for i := 0; i+1 < len(bounds); i += 2 {
		out = append(out, pedigree.PackRange{Start: bounds[i], End: bounds[i+1]})
	}
	return out
}
