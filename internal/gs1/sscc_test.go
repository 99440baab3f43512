package gs1_test

import (
	"testing"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

func TestParseSSCC(t *testing.T) {
	const sscc = "095060000000000015"
	for _, tc := range []struct {
		name, in string
		ok, err  bool
	}{
		{"Bracketed", "(00)" + sscc, true, false},
		{"BracketedMore", "(00)" + sscc + "(400)PO1", true, false},
		{"ElementString", "00" + sscc, true, false},
		{"DataMatrix", "]d2\x1d00" + sscc, true, false},
		{"GS1128", "]C100" + sscc + "400PO1", true, false},
		{"DigitalLink", "https://id.gs1.org/00/" + sscc, true, false},
		{"DigitalLinkPrefixQuery", "https://example.com/pedigree/00/" + sscc + "?linkType=all", true, false},
		{"Spaces", "  (00)" + sscc + " ", true, false},
		{"BadCheckDigit", "(00)095060000000000016", true, true},
		{"Short", "(00)0950600000", true, true},
		{"DigitalLinkBad", "https://id.gs1.org/00/12", true, true},
		{"Pack", "(01)09506000134352(21)ABC", false, false},
		{"PackLink", "https://id.gs1.org/01/09506000134352/10/00/21/x", false, false},
		{"GTIN", "00012345678905", false, false},
		{"Empty", "", false, false},
		{"QR", "]Q1https://id.gs1.org/00/" + sscc, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok, err := gs1.ParseSSCC(tc.in)
			if ok != tc.ok || (err != nil) != tc.err || ok && !tc.err && got != sscc {
				t.Errorf("ParseSSCC(%q) = %q, %v, %v; want ok %v, error %v", tc.in, got, ok, err, tc.ok, tc.err)
			}
		})
	}
}

func FuzzParseSSCC(f *testing.F) {
	for _, s := range []string{"(00)095060000000000015", "]d2\x1d00095060000000000015", "https://id.gs1.org/00/095060000000000015", "(01)09506000134352", "00", "https://x/00/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, ok, err := gs1.ParseSSCC(in)
		if ok && err == nil && !gs1.ValidSSCC(got) {
			t.Errorf("ParseSSCC(%q) = %q, not a valid SSCC", in, got)
		}
		if !ok && (got != "" || err != nil) {
			t.Errorf("ParseSSCC(%q) = %q, %v without ok", in, got, err)
		}
	})
}
