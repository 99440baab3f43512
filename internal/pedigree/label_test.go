package pedigree_test

import (
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestPackNumber(t *testing.T) {
	for index := range 5 {
		if got := pedigree.PackIndex(pedigree.PackNumber(index)); got != index {
			t.Errorf("PackIndex(PackNumber(%d)) = %d", index, got)
		}
	}
	if got, want := pedigree.PackNumber(0), 1; got != want {
		t.Errorf("the first pack is number %d, want %d", got, want)
	}
}

func TestLabelRangeValidate(t *testing.T) {
	tests := map[string]struct {
		r    pedigree.LabelRange
		want string // "" for valid
	}{
		"OK":              {pedigree.LabelRange{From: 0, To: 20}, ""},
		"OKOnePack":       {pedigree.LabelRange{From: 19, To: 20}, ""},
		"ErrFromZero":     {pedigree.LabelRange{From: -1, To: 5}, "from: the batch's packs are numbered 1 to 20; pack 0 is not one of them"},
		"ErrFromPastEnd":  {pedigree.LabelRange{From: 20, To: 21}, "from: the batch's packs are numbered 1 to 20; pack 21 is not one of them"},
		"ErrToBeforeFrom": {pedigree.LabelRange{From: 9, To: 5}, "to: the last pack must not come before the first (pack 10)"},
		"ErrToPastEnd":    {pedigree.LabelRange{From: 0, To: 21}, "to: the batch's packs are numbered 1 to 20; pack 21 is not one of them"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.r.Validate(20)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("%v, want nil", err)
				}
				return
			}
			if pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("%v, want EINVALID %q", err, tt.want)
			}
		})
	}
	t.Run("ErrTooMany", func(t *testing.T) {
		err := pedigree.LabelRange{From: 0, To: pedigree.MaxLabels + 1}.Validate(pedigree.MaxBatchSize)
		if pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.Contains(err.Error(), "to: at most") {
			t.Fatalf("%v, want EINVALID naming the limit", err)
		}
	})
	if got, want := (pedigree.LabelRange{From: 0, To: 24}).String(), "packs 1 to 24"; got != want {
		t.Errorf("String %q, want %q", got, want)
	}
}

func TestCheckLabelBase(t *testing.T) {
	for base, ok := range map[string]bool{
		"https://verify.example": true, "http://192.168.1.20:8080": true, "https://verify.example/gs1": true,
		"": false, "verify.example": false, "ftp://verify.example": false, "https://": false,
		"https://verify.example/?x=1": false, "https://verify.example/#top": false, "https://u:p@verify.example": false,
		"javascript:alert(1)": false,
	} {
		err := pedigree.CheckLabelBase(base)
		if ok != (err == nil) || (err != nil && (pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.HasPrefix(pedigree.ErrorMessage(err), "base: "))) {
			t.Errorf("%q: %v, want ok %v", base, err, ok)
		}
	}
}
