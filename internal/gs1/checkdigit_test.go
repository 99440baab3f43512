package gs1_test

import (
	"errors"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

func TestCheckDigit(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       byte
	}{
		{"GTIN14", "0950600013435", '2'},
		{"GTIN13", "950600013435", '2'}, // leading zeros do not change it
		{"GTIN13GenSpecs", "952012345678", '8'},
		{"GTIN12", "41600033610", '8'},
		{"GTIN8", "0234567", '3'},
		{"GTIN14Indicator", "1950600013435", '9'},
		{"GLN", "950600013435", '2'},
		{"SSCC", "10614141123456789", '7'},
		{"Zero", "0000000000000", '0'},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := gs1.CheckDigit(tc.body)
			if err != nil || got != tc.want {
				t.Fatalf("CheckDigit(%q) = %q, %v; want %q", tc.body, got, err, tc.want)
			}
		})
	}
	for _, in := range []string{"", "12a4", "１２"} {
		t.Run("ErrNotDigits", func(t *testing.T) {
			var e *gs1.Error
			if _, err := gs1.CheckDigit(in); !errors.As(err, &e) {
				t.Fatalf("CheckDigit(%q) = %v, want *gs1.Error", in, err)
			}
		})
	}
}

func TestValidKeys(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func(string) bool
		in   string
		want bool
	}{
		{"GTIN14", gs1.ValidGTIN, "09506000134352", true},
		{"GTIN13", gs1.ValidGTIN, "9506000134352", true},
		{"GTIN12", gs1.ValidGTIN, "416000336108", true},
		{"GTIN8", gs1.ValidGTIN, "02345673", true},
		{"GTINBadCheckDigit", gs1.ValidGTIN, "09506000134353", false},
		{"GTINLength11", gs1.ValidGTIN, "41600033610", false},
		{"GTINLength15", gs1.ValidGTIN, "009506000134352", false},
		{"GTINLetters", gs1.ValidGTIN, "0950600013435X", false},
		{"GLN", gs1.ValidGLN, "9506000134352", true},
		{"GLNBadCheckDigit", gs1.ValidGLN, "9506000134351", false},
		{"GLNLength14", gs1.ValidGLN, "09506000134352", false},
		{"SSCC", gs1.ValidSSCC, "106141411234567897", true},
		{"SSCCBadCheckDigit", gs1.ValidSSCC, "106141411234567898", false},
		{"Lot", gs1.ValidLot, "LOT-2026/11", true},
		{"LotEvery82Punctuation", gs1.ValidLot, `!"%&'()*+,-./:;<=>?_`, true},
		{"LotEmpty", gs1.ValidLot, "", false},
		{"LotLength21", gs1.ValidLot, "ABCDEFGHIJKLMNOPQRSTU", false},
		{"LotSpace", gs1.ValidLot, "LOT 1", false},
		{"LotHash", gs1.ValidLot, "LOT#1", false},
		{"LotAccent", gs1.ValidLot, "LOTÉ", false},
		{"Serial", gs1.ValidSerial, "ABCDEFGHIJKLMNOPQRST", true},
		{"SerialLength21", gs1.ValidSerial, "ABCDEFGHIJKLMNOPQRST1", false},
		{"SerialGS", gs1.ValidSerial, "AB\x1dC", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f(tc.in); got != tc.want {
				t.Fatalf("got %v for %q, want %v", got, tc.in, tc.want)
			}
		})
	}
}

func TestNormalizeGTIN(t *testing.T) {
	for in, want := range map[string]string{"09506000134352": "09506000134352", "9506000134352": "09506000134352", "416000336108": "00416000336108", "02345673": "00000002345673"} {
		if got, err := gs1.NormalizeGTIN(in); err != nil || got != want {
			t.Errorf("NormalizeGTIN(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "123", "9506000134353", "0950600013435A"} {
		var e *gs1.Error
		if _, err := gs1.NormalizeGTIN(in); !errors.As(err, &e) || e.AI != "01" {
			t.Errorf("NormalizeGTIN(%q) = %v, want an AI 01 error", in, err)
		}
	}
}
