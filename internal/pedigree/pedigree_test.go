package pedigree_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestParseTokenID(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, tc := range []struct {
		in   string
		want *big.Int
	}{
		{"0x2a", big.NewInt(42)},
		{"42", big.NewInt(42)},
		{"0x" + fmt.Sprintf("%064x", max), max},
		{"0", big.NewInt(0)},
	} {
		t.Run("OK"+tc.in[:min(len(tc.in), 6)], func(t *testing.T) {
			got, err := pedigree.ParseTokenID(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got.Big().Cmp(tc.want) != 0 {
				t.Fatalf("got %s, want %s", got.Big(), tc.want)
			}
			if back, _ := pedigree.ParseTokenID(got.String()); back != got {
				t.Fatalf("String does not round-trip: %s", got)
			}
		})
	}
	for _, in := range []string{"", "0x", "-1", "0xzz", "1e3", "0x1" + fmt.Sprintf("%064x", 0), "12a"} {
		t.Run("ErrInvalid", func(t *testing.T) {
			if _, err := pedigree.ParseTokenID(in); pedigree.ErrorCode(err) != pedigree.EINVALID {
				t.Fatalf("%q: got %v, want invalid", in, err)
			}
		})
	}
}

func TestParseAddress(t *testing.T) {
	a, err := pedigree.ParseAddress("0x00000000000000000000000000000000000000Ff")
	if err != nil || a[19] != 0xff || a.String() != "0x00000000000000000000000000000000000000ff" {
		t.Fatalf("got %s, %v", a, err)
	}
	for _, in := range []string{"", "0x12", "00000000000000000000000000000000000000ff", "0x00000000000000000000000000000000000000fg"} {
		if _, err := pedigree.ParseAddress(in); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("%q: got %v, want invalid", in, err)
		}
	}
}

func TestNames(t *testing.T) {
	for r := pedigree.RoleManufacturer; r <= pedigree.RoleRegulator; r++ {
		if got, err := pedigree.ParseRole(r.String()); err != nil || got != r {
			t.Errorf("role %v: got %v, %v", r, got, err)
		}
	}
	if _, err := pedigree.ParseRole("none"); err == nil {
		t.Error("ParseRole accepted none")
	}
	for s := pedigree.PackActive; s <= pedigree.PackCheckedOut; s++ {
		if got, err := pedigree.ParsePackState(s.String()); err != nil || got != s {
			t.Errorf("state %v: got %v, %v", s, got, err)
		}
	}
	if _, err := pedigree.ParsePackState("dispensed"); pedigree.ErrorCode(err) != pedigree.EINVALID {
		t.Errorf("ParsePackState(dispensed): got %v", err)
	}
}

func TestErrorCodes(t *testing.T) {
	domain := pedigree.Errorf(pedigree.ENOTFOUND, "no batch %s", "X")
	wrapped := fmt.Errorf("lookup: %w", domain)
	internal := errors.New("connection refused")
	for _, tc := range []struct {
		err        error
		code, text string
	}{
		{nil, "", ""},
		{wrapped, pedigree.ENOTFOUND, "no batch X"},
		{internal, pedigree.EINTERNAL, "An internal error has occurred."},
	} {
		if got := pedigree.ErrorCode(tc.err); got != tc.code {
			t.Errorf("ErrorCode(%v): got %q, want %q", tc.err, got, tc.code)
		}
		if got := pedigree.ErrorMessage(tc.err); got != tc.text {
			t.Errorf("ErrorMessage(%v): got %q, want %q", tc.err, got, tc.text)
		}
	}
}
