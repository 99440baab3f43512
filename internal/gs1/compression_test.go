package gs1

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// TestDecompress decompresses the examples of other implementations of GS1 Digital Link
// compression (Trust Codes' gs1-compression tests, Solidsoft Reply's Gs1DigitalLinkLib
// features, both made with GS1's reference toolkit) and compares with their uncompressed form.
func TestDecompress(t *testing.T) {
	tests := []struct{ compressed, want string }{
		{"https://dlnkd.tn.gg/ARHKVAdpQg", "https://dlnkd.tn.gg/01/09780345418913"},
		{"https://id.gs1.org/AN2yxDhfaiaw", "https://id.gs1.org/00/998440410914660971"},
		{"https://id.gs1.org/AQnYUc1gmg", "https://id.gs1.org/01/05412345000013"},
		{"https://id.gs1.org/AQnYUc1gmiCNV4JG", "https://id.gs1.org/01/05412345000013/10/ABC123"},
		{"https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6c", "https://id.gs1.org/01/05412345000013/10/ABC123/21/72292641703"},
		{"https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6cibQCWN9Pee9tT-PQ", "https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123/21/72292641703"},
		{"https://id.gs1.org/AQnYUc1gmiCNV4JGRNoBLG-nvPe2p_Ho", "https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123"},
		{"https://id.gs1.org/AQnYUc1gmkax7ipGrOHDPC5YNI8hMz", "https://id.gs1.org/01/05412345000013/235/8TFV883a904GH%263"},
		{"http://example.org/AQnYUc1gmiERBhQ0ytiyZuAGOLc1TXhXsaXbQKHFuaprwUmrBX6g",
			"http://example.org/01/05412345000013/10/ABC%26%2B123?7003=1903061658&expdt=1903061658&k1=v1"},
		// A path prefix and a query string of the request are kept.
		{"https://example.com/some/prefix/AQnYUc1gmiCNV4JG?linkType=linkset", "https://example.com/some/prefix/01/05412345000013/10/ABC123?linkType=linkset"},
	}
	for _, tt := range tests {
		t.Run(tt.compressed, func(t *testing.T) {
			if !IsCompressed(tt.compressed) {
				t.Error("IsCompressed: false")
			}
			got, err := Decompress(tt.compressed)
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestDecompressRefused(t *testing.T) {
	for _, in := range []string{
		"https://id.gs1.org/01/05412345000013", // not compressed: ends with digits
		"https://id.gs1.org/",
		"https://id.gs1.org/AQnY%55",
		"ftp://id.gs1.org/AQnYUc1gmg",
		"https://id.gs1.org/AQnYUc1g",   // ends in the middle of the GTIN
		"https://id.gs1.org/ABC",        // AI 00 cut short
		"https://id.gs1.org/7_________", // AIs starting 7F: none
		"https://id.gs1.org/Eg",         // 12: no AI
		"https://id.gs1.org/EQAAAAAAAA", // 11 without a primary key
		"https://id.gs1.org/" + strings.Repeat("A", maxCompressed+1),
	} {
		t.Run(in, func(t *testing.T) {
			got, err := Decompress(in)
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("got %q, %v; want an *Error", got, err)
			}
		})
	}
}

// compress is the compression of a pack's AIs, for the fuzz test: no optimisation codes,
// values as digits when they are, else 7-bit ASCII.
func compress(stem string, elems []Element) string {
	var bits []byte
	put := func(v *big.Int, n int) {
		for i := n - 1; i >= 0; i-- {
			bits = append(bits, byte(v.Bit(i)))
		}
	}
	putInt := func(v, n int) { put(big.NewInt(int64(v)), n) }
	putDigits := func(s string) {
		v, _ := new(big.Int).SetString("0"+s, 10)
		put(v, valueBits(len(s)))
	}
	for _, e := range elems {
		for i := 0; i < len(e.AI); i++ {
			putInt(int(e.AI[i]-'0'), 4)
		}
		v := e.Value
		for _, c := range compressionParts(lookup(e.AI).parts) {
			s := v[:min(c.length, len(v))]
			v = v[len(s):]
			switch {
			case c.numeric && c.fixed:
				putDigits(s)
			case c.numeric:
				putInt(len(s), lengthBits(c.length))
				putDigits(s)
			default:
				if allDigits(s) {
					putInt(0, 3)
				} else {
					putInt(4, 3)
				}
				if !c.fixed {
					putInt(len(s), lengthBits(c.length))
				}
				if allDigits(s) {
					putDigits(s)
				} else {
					for i := 0; i < len(s); i++ {
						putInt(int(s[i]), 7)
					}
				}
			}
		}
	}
	for len(bits)%6 != 0 {
		bits = append(bits, 0)
	}
	var b strings.Builder
	b.WriteString(stem + "/")
	for i := 0; i < len(bits); i += 6 {
		n := 0
		for _, bit := range bits[i : i+6] {
			n = n<<1 | int(bit)
		}
		b.WriteByte(safe64[n])
	}
	return b.String()
}

// FuzzDecompress: Decompress never panics, refuses with *Error, and the compression of any
// pack code it is given decompresses to the code's own Digital Link.
func FuzzDecompress(f *testing.F) {
	for _, s := range []struct{ lot, serial, uri string }{
		{"ABC123", "12345", "https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6c"},
		{"A&B/1", "0001", "http://example.org/AQnYUc1gmiERBhQ0ytiyZuAGOLc1TXhXsaXbQKHFuaprwUmrBX6g"},
		{"L", "S", "https://id.gs1.org/AQnYUc1gmkax7ipGrOHDPC5YNI8hMz"},
		{"", "", "https://id.gs1.org/_____"},
	} {
		f.Add(s.lot, s.serial, s.uri)
	}
	f.Fuzz(func(t *testing.T, lot, serial, uri string) {
		if _, err := Decompress(uri); err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Decompress(%q): %T %v, want *Error", uri, err, err)
			}
		}
		c := Code{GTIN: "09506000134352", Lot: lot, Serial: serial, Expiry: Date{Year: 2027, Month: 6, Day: 30}}
		if fuzzParser.Validate(c) != nil || lot == "" || serial == "" {
			return
		}
		compressed := compress("https://example.com/p", []Element{{"01", c.GTIN}, {"10", lot}, {"21", serial}, {"17", "270630"}})
		got, err := Decompress(compressed)
		if err != nil {
			t.Fatalf("Decompress(%q): %v", compressed, err)
		}
		if want := c.DigitalLink("https://example.com/p"); got != want {
			t.Fatalf("Decompress(%q) = %q, want %q", compressed, got, want)
		}
	})
}
