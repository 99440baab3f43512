package label_test

import (
	"bytes"
	"encoding/base64"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pedigree-rx/pedigree/internal/label"
)

// sheetPacks are 30 packs (two pages) including every test pack.
func sheetPacks() []label.Pack {
	packs := batch(100, 30)
	i := 0
	for _, name := range slices.Sorted(maps.Keys(testPacks())) {
		p := testPacks()[name]
		p.Index = packs[i].Index
		packs[i] = p
		i++
	}
	// A pack given no readable fields, as an older caller makes: its label shows the
	// bracketed element string instead.
	packs[29].GTIN, packs[29].Serial, packs[29].Lot, packs[29].Expiry = "", "", "", ""
	return packs
}

func TestSheet(t *testing.T) {
	packs := sheetPacks()
	var buf bytes.Buffer
	if err := label.Sheet(&buf, "Demoprofen LOT-2026/11 <batch> & co", packs); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	doc, err := html.Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("OneLabelPerPack", func(t *testing.T) {
		labels := findAll(doc, "label")
		if got, want := len(labels), len(packs); got != want {
			t.Fatalf("%d labels, want %d", got, want)
		}
		for i, l := range labels {
			p := packs[i]
			if got, want := attr(l, "data-index"), strconv.Itoa(p.Index); got != want {
				t.Errorf("label %d: data-index %s, want %s", i, got, want)
			}
			if got, want := text(findAll(l, "number")[0]), "Pack "+strconv.Itoa(p.Index+1); got != want {
				t.Errorf("label %d: %q, want %q (packs count from 1)", i, got, want)
			}
			var want []string
			for _, l := range p.Readable() {
				want = append(want, l.Name+" "+l.Value)
			}
			if len(want) == 0 { // a pack without them shows its bracketed text
				if got, want := text(findAll(l, "hri")[0]), p.HumanReadable; got != want {
					t.Errorf("label %d: human-readable text %q, want %q", i, got, want)
				}
				continue
			}
			var got []string
			for _, line := range findElements(findAll(l, "readable")[0], "div") {
				got = append(got, text(line))
			}
			if !slices.Equal(got, want) {
				t.Errorf("label %d: readable text %q, want %q", i, got, want)
			}
			if got, want := text(findAll(l, "product")[0]), p.Product; got != want {
				t.Errorf("label %d: product %q, want %q", i, got, want)
			}
			if got, want := attr(findAll(l, "qr")[0], "alt"), p.DigitalLink; got != want {
				t.Errorf("label %d: QR alt %q, want %q", i, got, want)
			}
		}
	})

	t.Run("Pages", func(t *testing.T) {
		pages := findAll(doc, "page")
		var got []int
		for _, p := range pages {
			got = append(got, len(findAll(p, "label")))
		}
		if want := []int{24, 6}; !slices.Equal(got, want) {
			t.Errorf("labels per page %v, want %v", got, want)
		}
	})

	t.Run("Escaped", func(t *testing.T) {
		for _, s := range []string{`<b>&"x'`, `a<b>c&d`, "<batch>"} {
			if strings.Contains(raw, s) {
				t.Errorf("the page holds %q unescaped", s)
			}
		}
		if !strings.Contains(raw, "<dt>Batch</dt> <dd>&lt;b&gt;&amp;&#34;x&#39;</dd>") || !strings.Contains(raw, "<dt>SN</dt> <dd>a&lt;b&gt;c&amp;d</dd>") {
			t.Error("the page lacks the escaped readable text of the HTMLHostile pack")
		}
	})

	t.Run("PrintsAtTrueSize", func(t *testing.T) {
		css := text(findElements(doc, "style")[0])
		for _, want := range []string{"@page { size: A4 portrait; margin: 0; }", "width: 70mm; height: 37mm", "grid-template-columns: repeat(3, 70mm)"} {
			if !strings.Contains(css, want) {
				t.Errorf("style lacks %q", want)
			}
		}
	})

	t.Run("NoNetwork", func(t *testing.T) {
		// Resources are data: URIs; the only URLs are the Digital Links in
		// the QR codes' alt text.
		for _, el := range findElements(doc, "") {
			for _, a := range el.Attr {
				switch {
				case a.Key == "src" || a.Key == "href" || a.Key == "srcset":
					if !strings.HasPrefix(a.Val, "data:image/png;base64,") {
						t.Errorf("<%s %s=%q>: not an inline image", el.Data, a.Key, a.Val)
					}
				case a.Key == "alt" && attr(el, "class") == "qr":
				case strings.Contains(a.Val, "http:") || strings.Contains(a.Val, "https:") || strings.Contains(a.Val, "//"):
					t.Errorf("<%s %s=%q>: a URL", el.Data, a.Key, a.Val)
				}
			}
			if el.Data == "link" || el.Data == "script" || el.Data == "iframe" {
				t.Errorf("<%s> in the page", el.Data)
			}
		}
		css := text(findElements(doc, "style")[0])
		for _, bad := range []string{"url(", "@import", "@font-face", "http"} {
			if strings.Contains(css, bad) {
				t.Errorf("style holds %q", bad)
			}
		}
		withoutAlts := regexp.MustCompile(`<img class="qr" src="[^"]*" alt="[^"]*"`).ReplaceAllString(raw, "")
		if i := strings.Index(withoutAlts, "http"); i >= 0 {
			t.Errorf("a URL outside the QR alt text: %q", withoutAlts[max(0, i-40):min(len(withoutAlts), i+60)])
		}
	})

	t.Run("SymbolsScan", func(t *testing.T) {
		labels := findAll(doc, "label")
		for _, i := range []int{0, 4, 25} {
			p := packs[i]
			dm := scanDataMatrix(t, dataURIBytes(t, attr(findAll(labels[i], "dm")[0], "src")))
			if got, want := dm.GetText(), "\x1d"+p.ElementString; got != want {
				t.Errorf("label %d: DataMatrix scanned %q, want %q", i, got, want)
			}
			qr := scanQR(t, dataURIBytes(t, attr(findAll(labels[i], "qr")[0], "src")))
			if got, want := qr.GetText(), p.DigitalLink; got != want {
				t.Errorf("label %d: QR scanned %q, want %q", i, got, want)
			}
		}
	})
}

func TestSheetError(t *testing.T) {
	packs := batch(0, 3)
	packs[1].DigitalLink = ""
	err := label.Sheet(io.Discard, "x", packs)
	if err == nil || !strings.Contains(err.Error(), "pack 2: QR code: empty URI") {
		t.Fatalf("err %v, want one naming pack 2 (index 1)", err)
	}
}

func dataURIBytes(tb testing.TB, uri string) []byte {
	tb.Helper()
	b, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(uri, "data:image/png;base64,"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// findElements returns the elements under n named tag, every element for "".
func findElements(n *html.Node, tag string) []*html.Node {
	var found []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && (tag == "" || d.Data == tag) {
			found = append(found, d)
		}
	}
	return found
}

// findAll returns the elements under n with class.
func findAll(n *html.Node, class string) []*html.Node {
	var found []*html.Node
	for _, el := range findElements(n, "") {
		if slices.Contains(strings.Fields(attr(el, "class")), class) {
			found = append(found, el)
		}
	}
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func BenchmarkSheet1000(b *testing.B) {
	packs := batch(0, 1000)
	for b.Loop() {
		if err := label.Sheet(io.Discard, "Batch", packs); err != nil {
			b.Fatal(err)
		}
	}
}
