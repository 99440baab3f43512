package httpapi

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// provenanceFixture is a batch of 100 packs: registered by Acme, shipped to and accepted by
// a wholesaler, who split off packs 51-100 and then 26-50, sent 1-25 to a pharmacy, tried to
// send 51-100 to a wholesaler with a hostile name (cancelled), then to another pharmacy (in
// transit); then a regulator recalled the batch.
func provenanceFixture() pedigree.BatchView {
	party := func(n byte, role pedigree.Role, name, gln string) *pedigree.Party {
		return &pedigree.Party{Role: role, Name: name, GLN: gln, Account: pedigree.Address{n}}
	}
	acme := party(1, pedigree.RoleManufacturer, "Acme Pharma", "9506000000001")
	north := party(2, pedigree.RoleDistributor, "Northern Wholesale", "9506000000002")
	evil := party(3, pedigree.RoleDistributor, `Evil <script>&"`, "9506000000003")
	green := party(4, pedigree.RoleDispenser, "Green Pharmacy", "9506000000004")
	blue := party(5, pedigree.RoleDispenser, "", "9506000000005") // not hosted here: no name
	agency := party(6, pedigree.RoleRegulator, "Medicines Agency", "9506000000006")

	batch, t50, t25 := pedigree.TokenID{0xba, 0x7c}, pedigree.TokenID{0xba, 0x7c, 50}, pedigree.TokenID{0xba, 0x7c, 25}
	day := func(d int) time.Time { return time.Date(2026, 1, d, 14, 30, 0, 0, time.UTC) }
	ev := func(kind string, d int, token pedigree.TokenID, from, to *pedigree.Party) pedigree.CustodyEvent {
		return pedigree.CustodyEvent{Kind: kind, Time: day(d), Token: token, From: from, To: to}
	}
	split := func(d int, token, parent pedigree.TokenID, holder *pedigree.Party) pedigree.CustodyEvent {
		e := ev("split", d, token, nil, holder)
		e.Parent = &parent
		return e
	}
	return pedigree.BatchView{
		Batch: pedigree.BatchInfo{ID: batch, GTIN: "09506000134352", Lot: "LOT1", Quantity: 100, Status: pedigree.BatchStatusRecalled,
			RecallReason: 3, Manufacturer: *acme},
		Tokens: []pedigree.TokenView{
			{ID: batch, Start: 0, End: 25, Holder: *green, Packs: 25},
			{ID: t25, Start: 25, End: 50, Holder: *north, Packs: 25},
			{ID: t50, Start: 50, End: 100, Holder: *north, PendingTo: blue, Packs: 50},
		},
		Custody: []pedigree.CustodyEvent{
			ev("registered", 2, batch, nil, acme),
			ev("shipped", 3, batch, acme, north),
			ev("accepted", 4, batch, acme, north),
			split(5, t50, batch, north),
			split(6, t25, batch, north),
			ev("shipped", 7, batch, north, green),
			ev("shipped", 7, t50, north, evil),
			ev("accepted", 8, batch, north, green),
			ev("cancelled", 9, t50, north, evil), // From: who cancelled; To: the receiver
			ev("shipped", 10, t50, north, blue),
		},
		Recall: &pedigree.RecallInfo{Reason: 3, By: *agency, At: pedigree.DateOf(day(11))},
	}
}

func TestProvenanceSVG(t *testing.T) {
	v := provenanceFixture()
	svg := string(provenanceSVG(v, languages[0]))
	text := svgText(t, svg)

	t.Run("OK", func(t *testing.T) {
		for _, want := range []string{
			"Acme Pharma", "Northern Wholesale", "Green Pharmacy", "GLN 9506000000005", "Medicines Agency",
			"manufacturer", "distributor", "Dispenser",
			"registered 2 Jan 2026", "shipped 3 Jan 2026", "accepted 4 Jan 2026", "split off 5 Jan 2026",
			"split off 6 Jan 2026", "accepted 8 Jan 2026", "cancelled 9 Jan 2026", "shipped 10 Jan 2026", "in transit",
			"packs 1–25", "packs 26–50", "packs 51–100",
			"Recalled on 11 Jan 2026 by Medicines Agency (regulator): Contamination.",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("the picture does not say %q", want)
			}
		}
	})

	t.Run("Description", func(t *testing.T) {
		desc := element(t, svg, "desc")
		for _, want := range []string{
			"Batch LOT1 of 100 packs, registered by Acme Pharma (manufacturer) on 2 Jan 2026.",
			" Packs 1–25 went Acme Pharma (manufacturer) → Northern Wholesale (distributor) → Green Pharmacy (dispenser).",
			" Packs 26–50 went Acme Pharma (manufacturer) → Northern Wholesale (distributor).",
			" Packs 51–100 went Acme Pharma (manufacturer) → Northern Wholesale (distributor); " +
				`a shipment to Evil <script>&" (distributor) was cancelled on 9 Jan 2026; ` +
				"in transit to GLN 9506000000005 (dispenser) since 10 Jan 2026.",
			" Recalled on 11 Jan 2026 by Medicines Agency (regulator): Contamination.",
		} {
			if !strings.Contains(desc, want) {
				t.Errorf("the description\n%s\ndoes not say\n%s", desc, want)
			}
		}
	})

	t.Run("TreeOrder", func(t *testing.T) {
		// The batch's own token first, then the tokens split off it by their first pack.
		a, b, c := strings.Index(svg, ">packs 1–25<"), strings.Index(svg, ">packs 26–50<"), strings.Index(svg, ">packs 51–100<")
		if a < 0 || !(a < b && b < c) {
			t.Errorf("lanes at %d, %d, %d: want packs 1–25, 26–50, 51–100 in that order", a, b, c)
		}
		if got, want := strings.Count(svg, `class="pv-split"`), 2; got != want {
			t.Errorf("%d split connectors, want %d", got, want)
		}
	})

	t.Run("Escaped", func(t *testing.T) {
		if strings.Contains(svg, "<script") || strings.Contains(svg, `&"`) {
			t.Error("a party's name went into the SVG unescaped")
		}
		if !strings.Contains(text, `Evil <script>&"`) {
			t.Error("the hostile name does not read back as itself")
		}
	})

	t.Run("Accessible", func(t *testing.T) {
		root := rootElement(t, svg)
		attr := map[string]string{}
		for _, a := range root.Attr {
			attr[a.Name.Local] = a.Value
		}
		if attr["role"] != "img" || !strings.HasPrefix(attr["viewBox"], "0 0 "+attr["width"]+" "+attr["height"]) {
			t.Errorf("svg attributes %v: want role img, and a width and height those of the viewBox", attr)
		}
		if _, ok := attr["style"]; ok {
			t.Error("a style attribute, which the pages' Content-Security-Policy refuses")
		}
		for _, id := range strings.Fields(attr["aria-labelledby"]) {
			if !strings.Contains(svg, `id="`+id+`"`) {
				t.Errorf("aria-labelledby names %s, which is not in the picture", id)
			}
		}
		for _, class := range []string{"pv-holder-manufacturer", "pv-holder-distributor", "pv-holder-dispenser",
			"pv-step-pending", "pv-step-cancelled", "pv-arrow-pending", "pv-arrow-cancelled", "pv-recall"} {
			if !strings.Contains(svg, class) {
				t.Errorf("no element of class %s", class)
			}
		}
	})

	t.Run("FitsAPhone", func(t *testing.T) {
		// 375 px less the page's margins: the picture is shown at full size, not shrunk.
		var w, h int
		for _, a := range rootElement(t, svg).Attr {
			if a.Name.Local == "viewBox" {
				fmt.Sscanf(a.Value, "0 0 %d %d", &w, &h)
			}
		}
		if w < 200 || w > 343 {
			t.Errorf("%d units wide, want 200 to 343", w)
		}
	})

	t.Run("Deterministic", func(t *testing.T) {
		for range 20 {
			if got := string(provenanceSVG(provenanceFixture(), languages[0])); got != svg {
				t.Fatal("two pictures of the same batch differ")
			}
		}
	})
}

// TestProvenanceLanes checks each lane hangs under the token its split came from, as the
// projection recorded it: a case split off a split token is drawn under that token.
func TestProvenanceLanes(t *testing.T) {
	v := provenanceFixture()
	batch, t50, t75 := v.Batch.ID, v.Tokens[2].ID, pedigree.TokenID{0xba, 0x7c, 75}
	v.Tokens[2].End, v.Tokens[2].Packs = 75, 25
	v.Tokens = append(v.Tokens, pedigree.TokenView{ID: t75, Start: 75, End: 100, Holder: v.Tokens[2].Holder, Packs: 25})
	v.Custody = append(v.Custody, pedigree.CustodyEvent{Kind: "split", Time: v.Custody[len(v.Custody)-1].Time,
		Token: t75, Parent: &t50, To: v.Custody[len(v.Custody)-1].From})
	_, lanes := pvLanes(v)
	parents := map[pedigree.TokenID]pedigree.TokenID{}
	for _, l := range lanes {
		if l.parent != nil {
			parents[l.id] = l.parent.id
		}
	}
	if got, want := parents, map[pedigree.TokenID]pedigree.TokenID{v.Tokens[1].ID: batch, t50: batch, t75: t50}; !maps.Equal(got, want) {
		t.Fatalf("parents %v, want %v", got, want)
	}
	if got, want := pvPackRange(lanes[len(lanes)-1].start, lanes[len(lanes)-1].end, languages[0]), "packs 76–100"; got != want {
		t.Errorf("last lane %s, want %s", got, want)
	}
}

func TestProvenanceSVGEdges(t *testing.T) {
	tests := map[string]func(v *pedigree.BatchView){
		"NoEvents":    func(v *pedigree.BatchView) { v.Custody, v.Recall = nil, nil },
		"NoTokens":    func(v *pedigree.BatchView) { v.Tokens = nil },
		"Empty":       func(v *pedigree.BatchView) { *v = pedigree.BatchView{} },
		"UnknownName": func(v *pedigree.BatchView) { v.Custody[1].To = nil },
		"NoParent":    func(v *pedigree.BatchView) { v.Custody[3].Parent = nil },
		"ParentCycle": func(v *pedigree.BatchView) { v.Custody[3].Parent = &v.Custody[3].Token },
		"ControlCharacters": func(v *pedigree.BatchView) {
			v.Custody[0].To = &pedigree.Party{Role: pedigree.RoleManufacturer, Name: "Acme\x00\x1b\xff\ufffe Pharma"}
		},
		"LongName": func(v *pedigree.BatchView) {
			v.Custody[0].To = &pedigree.Party{Role: pedigree.RoleManufacturer, Name: strings.Repeat("Ünïcødé ", 40)}
		},
	}
	for name, change := range tests {
		t.Run(name, func(t *testing.T) {
			v := provenanceFixture()
			change(&v)
			svgText(t, string(provenanceSVG(v, languages[0]))) // well-formed
		})
	}
}

// svgText parses svg as XML, failing the test if it is not well-formed, and returns its text.
func svgText(tb testing.TB, svg string) string {
	tb.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	var b strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		if err != nil {
			tb.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		if c, ok := tok.(xml.CharData); ok {
			b.Write(c)
			b.WriteByte('\n')
		}
	}
}

func rootElement(tb testing.TB, svg string) xml.StartElement {
	tb.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := d.Token()
		if err != nil {
			tb.Fatalf("no root element: %v", err)
		}
		if s, ok := tok.(xml.StartElement); ok {
			if s.Name.Local != "svg" {
				tb.Fatalf("root element %s, want svg", s.Name.Local)
			}
			return s
		}
	}
}

// element returns the text of the first element named name.
func element(tb testing.TB, svg, name string) string {
	tb.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := d.Token()
		if err != nil {
			tb.Fatalf("no %s element: %v", name, err)
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name.Local == name {
			var text string
			if err := d.DecodeElement(&text, &s); err != nil {
				tb.Fatal(err)
			}
			return text
		}
	}
}
