package pedigree_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestCheckText(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		max         int
		err         string // "" for none; else what the message must hold
	}{
		{"OK", "Demoprofen 200 mg", 200, ""},
		{"Accents", "Paracétamol Łódź 東京", 200, ""},
		{"ReplacementCharacter", "a\uFFFDb", 0, ""},
		{"Empty", "", 10, ""},
		{"ErrNUL", "Demo\x00profen", 200, "product.name: holds a control character (U+0000) at character 5"},
		{"ErrTab", "Demo\tprofen", 200, "U+0009"},
		{"ErrLineFeed", "Demo\nprofen", 200, "U+000A"},
		{"ErrCarriageReturn", "Demo\r", 200, "U+000D"},
		{"ErrGroupSeparator", "A\x1dB", 200, "U+001D"},
		{"ErrDEL", "A\x7fB", 200, "U+007F"},
		{"ErrC1", "A\u0085B", 200, "U+0085"},
		{"ErrLineSeparator", "A\u2028B", 200, "U+2028"},
		{"ErrBidiOverride", "\u202Enefor", 200, "U+202E"},
		{"ErrBidiIsolate", "A\u2066B", 200, "U+2066"},
		{"ErrInvalidUTF8", "Demo\xffprofen", 200, "product.name: is not valid UTF-8 text (byte 5)"},
		{"ErrTruncatedUTF8", "caf\xc3", 200, "not valid UTF-8"},
		{"ErrTooLong", strings.Repeat("é", 201), 200, "201 characters long, more than 200"},
		{"MaxCountsCharacters", strings.Repeat("é", 200), 200, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := pedigree.CheckText("product.name", tc.value, tc.max)
			if tc.err == "" {
				if err != nil {
					t.Fatalf("got %v, want none", err)
				}
				return
			}
			if err == nil || pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("got %v, want EINVALID holding %q", err, tc.err)
			}
		})
	}
}

// FuzzCheckText: whatever CheckText accepts, PostgreSQL can store and a page shows on one
// line: valid UTF-8 without NUL, tab or line break.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"Demoprofen", "a\x00b", "\xff", "é\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if pedigree.CheckText("f", s, 0) != nil {
			return
		}
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\t\n\r\u2028") {
			t.Fatalf("accepted %q", s)
		}
	})
}
