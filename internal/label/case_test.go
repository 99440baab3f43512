package label_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
)

// TestCaseLabels: a case's and a pallet's labels carry their SSCC (AI 00) in a GS1
// DataMatrix that scans back to it, and the text people read, with no QR code.
func TestCaseLabels(t *testing.T) {
	cases := []label.Pack{
		label.FromSSCC("095060000000000015", "Case", "Demoprofen 200 mg", "09506000134352", "LOT1", "2027-06-30", 12, 0),
		label.FromSSCC("095060000000000909", "Pallet", "Demoprofen 200 mg", "09506000134352", "LOT1", "2027-06-30", 48, 1),
	}
	var buf bytes.Buffer
	if err := label.Sheet(&buf, "Cases of LOT1", cases); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	labels := findAll(doc, "label")
	if len(labels) != 2 {
		t.Fatalf("%d labels, want 2", len(labels))
	}
	for i, l := range labels {
		c := cases[i]
		if got, want := text(findAll(l, "number")[0]), c.Kind+" "+string(rune('1'+i)); got != want {
			t.Errorf("label %d: %q, want %q", i, got, want)
		}
		if len(findAll(l, "qr")) != 0 {
			t.Errorf("label %d has a QR code", i)
		}
		if got := text(findAll(l, "readable")[0]); !strings.Contains(got, "SSCC "+c.SSCC) || !strings.Contains(got, "Packs ") {
			t.Errorf("label %d reads %q, want its SSCC and pack count", i, got)
		}
		// Scanned back as a 2D scanner would send it, the code is the SSCC.
		scanned, err := label.Decode(bytes.NewReader(dataURIBytes(t, attr(findAll(l, "dm")[0], "src"))))
		if err != nil {
			t.Fatalf("label %d: %v", i, err)
		}
		got, ok, err := gs1.ParseSSCC(scanned)
		if !ok || err != nil || got != c.SSCC {
			t.Errorf("label %d scans %q: SSCC %q (%v, %v), want %s", i, scanned, got, ok, err, c.SSCC)
		}
	}
}
