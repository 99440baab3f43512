package gs1

import (
	"reflect"
	"testing"
	"time"
)

var fuzzParser = Parser{Now: func() time.Time { return time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC) }}

// FuzzParse feeds arbitrary input to Parse: it must never panic, and whatever it accepts must
// be valid and come back unchanged through each of the three forms the package writes.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630",
		"]d2010950600013435217270630" + "10ABC123\x1d2112345",
		"\x1d010950600013435217270630" + "10ABC123\x1d2112345\x1d",
		"(01)09506000134352(17)270630(10)ABC123(21)12345",
		`(01)09506000134352(10)A\(1)(21)\(2)`,
		"https://example.com/some/prefix/01/9506000134352/22/ABC%2d123/10/A%2FB?17=270600&11=250101&linkType=gs1:pip#x",
		"https://a.example/01/09506000134352/235/XYZ?10=ABC123&99=a%20b",
		"https://example.com/01/9520123456788?3103=000195&3922=0299&17=201225",
		"(01)09506000134352(17)270600(11)250115(714)142199(7003)2706301200(240)A-1(10)L1",
		"0109506000134352" + "99XYZ\x1d235T1",
		"(00)106141411234567897(02)09506000134352(37)10",
		"(01)09506000134352(253)9506000134352ABC(8008)26010112(8030)abc-_==",
		"https://id.gs1.org/gtin/09506000134352",
		"]E09506000134352",
		"]Q1HTTPS://ID.GS1.ORG/01/09506000134352",
		"09506000134352",
		"(17)9(90)217",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := fuzzParser.Parse(in)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Parse(%q): error %T %v, want *Error", in, err, err)
			}
			return
		}
		if err := fuzzParser.Validate(c); err != nil {
			t.Fatalf("Parse(%q) = %#v, which Validate refuses: %v", in, c, err)
		}
		roundTrip(t, c)
	})
}

// FuzzRoundTrip builds a code from arbitrary valid parts, writes it in each form and parses
// it back.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"))
	f.Add([]byte("the quick brown fox jumps over the lazy dog 0123456789 !\"%&'()*+,-./:;<=>?_"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &generator{data: data}
		c := g.code()
		if err := fuzzParser.Validate(c); err != nil {
			t.Fatalf("generated %#v, which Validate refuses: %v", c, err)
		}
		roundTrip(t, c)
	})
}

func roundTrip(t *testing.T, c Code) {
	t.Helper()
	for _, s := range []string{c.DigitalLink("https://verify.example/p/"), c.ElementString(), "]d2" + c.ElementString(), c.Bracketed()} {
		got, err := fuzzParser.Parse(s)
		if err != nil {
			t.Fatalf("%#v written as %q does not parse: %v", c, s, err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Fatalf("%#v written as %q parses as %#v", c, s, got)
		}
	}
}

// generator draws valid parts of a code from fuzz data, reading zeros once it runs out.
type generator struct {
	data []byte
}

func (g *generator) byte() byte {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return b
}

func (g *generator) intn(n int) int { return int(g.byte()) % n }

const (
	digits   = "0123456789"
	cset82   = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
	cset39   = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	cset64   = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
	maxAttrs = 6
)

func (g *generator) chars(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.intn(len(set))]
	}
	return string(b)
}

func (g *generator) date(day0 bool) string {
	clk := clock{now: fuzzParser.Now}
	yy, mm := g.intn(100), 1+g.intn(12)
	days := daysIn(clk.fullYear(yy), mm)
	dd := 1 + g.intn(days)
	if day0 && g.intn(4) == 0 {
		dd = 0
	}
	var b [6]byte
	put2(b[0:], yy)
	put2(b[2:], mm)
	put2(b[4:], dd)
	return string(b[:])
}

// value draws a valid value for s.
func (g *generator) value(s *spec) string {
	v := ""
	for i, p := range s.parts {
		if p.optional && i > 0 && g.intn(2) == 0 {
			break
		}
		n := p.min + g.intn(p.max-p.min+1)
		switch p.lint {
		case lintCsum:
			body := g.chars(digits, n-1)
			v += body + string(checkDigit(body))
			continue
		case lintDate:
			v += g.date(false)
			continue
		case lintDate0:
			v += g.date(true)
			continue
		case lintDateHH:
			h := g.intn(24)
			v += g.date(false) + string(rune('0'+h/10)) + string(rune('0'+h%10))
			continue
		case lintHHMM:
			h, m := g.intn(24), g.intn(60)
			v += string([]byte{byte('0' + h/10), byte('0' + h%10), byte('0' + m/10), byte('0' + m%10)})
			continue
		}
		switch p.set {
		case setN:
			v += g.chars(digits, n)
		case setX:
			v += g.chars(cset82, n)
		case setY:
			v += g.chars(cset39, n)
		case setZ:
			v += g.chars(cset64, n)
		}
	}
	return v
}

func (g *generator) text() string {
	return g.chars(cset82, g.intn(21)) // 0 to 20 characters: empty means absent
}

func (g *generator) code() Code {
	body := g.chars(digits, 13)
	c := Code{GTIN: body + string(checkDigit(body)), CPV: g.text(), Lot: g.text(), Serial: g.text()}
	if g.intn(4) != 0 {
		clk := clock{now: fuzzParser.Now}
		d, _ := parseYYMMDD("17", g.date(true), true, &clk)
		c.Expiry = d
	}
	seen := map[string]bool{}
	for range g.intn(maxAttrs + 1) {
		s := &specs[(int(g.byte())<<8|int(g.byte()))%len(specs)]
		switch {
		case seen[s.ai], s.flags&flagNotWithGTIN != 0:
			continue
		case s.ai == "01" || s.ai == "17" || s.ai == "10" || s.ai == "21" || s.ai == "22":
			continue
		case s.ai == "235" && c.Serial != "":
			continue
		}
		seen[s.ai] = true
		c.Attributes = append(c.Attributes, Element{s.ai, g.value(s)})
	}
	// Canonical order: AI 235 first.
	for i, e := range c.Attributes {
		if e.AI == "235" {
			copy(c.Attributes[1:i+1], c.Attributes[:i])
			c.Attributes[0] = e
		}
	}
	return c
}
