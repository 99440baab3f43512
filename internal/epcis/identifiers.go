package epcis

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// Prefixes are the GS1 company prefixes known on chain. An EPC URI marks where a key's
// company prefix ends (urn:epc:id:sgtin:9506000.013435.S), which the key alone does not say:
// a key under a known prefix is written as an EPC URI, any other as a GS1 Digital Link URI,
// which needs no prefix and which EPCIS 2.0 accepts wherever it accepts an EPC.
type Prefixes []string

// longest returns the longest prefix that digits starts with, "" when none does.
func (p Prefixes) longest(digits string) string {
	best := ""
	for _, x := range p {
		if len(x) > len(best) && strings.HasPrefix(digits, x) {
			best = x
		}
	}
	return best
}

// SGTIN names one pack: urn:epc:id:sgtin:CompanyPrefix.IndicatorItemRef.Serial.
func (p Prefixes) SGTIN(gtin, serial string) string {
	if cp := p.longest(gtin[1:13]); cp != "" {
		return "urn:epc:id:sgtin:" + cp + "." + gtin[:1] + gtin[1+len(cp):13] + "." + escapeEPC(serial)
	}
	return "https://id.gs1.org/01/" + gtin + "/21/" + escapeDL(serial)
}

// LGTIN names a batch's packs as a class: urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot.
func (p Prefixes) LGTIN(gtin, lot string) string {
	if cp := p.longest(gtin[1:13]); cp != "" {
		return "urn:epc:class:lgtin:" + cp + "." + gtin[:1] + gtin[1+len(cp):13] + "." + escapeEPC(lot)
	}
	return "https://id.gs1.org/01/" + gtin + "/10/" + escapeDL(lot)
}

// SGLN names the location with GLN gln: urn:epc:id:sgln:CompanyPrefix.LocationRef.0.
func (p Prefixes) SGLN(gln string) string {
	if cp := p.longest(gln[:12]); cp != "" {
		return "urn:epc:id:sgln:" + cp + "." + gln[len(cp):12] + ".0"
	}
	return "https://id.gs1.org/414/" + gln
}

// PGLN names the party with GLN gln: urn:epc:id:pgln:CompanyPrefix.PartyRef.
func (p Prefixes) PGLN(gln string) string {
	if cp := p.longest(gln[:12]); cp != "" {
		return "urn:epc:id:pgln:" + cp + "." + gln[len(cp):12]
	}
	return "https://id.gs1.org/417/" + gln
}

// SSCC names a case or pallet: urn:epc:id:sscc:CompanyPrefix.SerialRef.
func (p Prefixes) SSCC(sscc string) string {
	if cp := p.longest(sscc[1:17]); cp != "" {
		return "urn:epc:id:sscc:" + cp + "." + sscc[:1] + sscc[1+len(cp):17]
	}
	return "https://id.gs1.org/00/" + sscc
}

// epcEscapes are the characters an EPC URI escapes in a serial or lot (GS1 TDS, table A-1).
var epcEscapes = strings.NewReplacer(`%`, "%25", `"`, "%22", `&`, "%26", `/`, "%2F", `<`, "%3C", `>`, "%3E", `?`, "%3F")

func escapeEPC(s string) string { return epcEscapes.Replace(s) }

// escapeDL percent-encodes a Digital Link path value: every byte but RFC 3986's unreserved.
func escapeDL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// CanonicalURI returns the identifier uri as the event hash writes it (CBV 2.0, 8.9): EPC
// URIs of the keys pedigree uses as their canonical GS1 Digital Link URI, Digital Links on
// https://id.gs1.org without a query. Anything else comes back unchanged.
func CanonicalURI(uri string) string {
	if key, ok := ParseKey(uri); ok {
		return key.DigitalLink()
	}
	return uri
}

// Key is a GS1 key an EPCIS identifier names, with its qualifier: a pack (GTIN, Serial), a
// batch as a class (GTIN, Lot), a location or party (GLN, Extension), or a case (SSCC).
type Key struct {
	Kind      KeyKind
	GTIN      string
	Serial    string
	Lot       string
	GLN       string
	Extension string
	SSCC      string
}

// KeyKind says which GS1 key a Key is.
type KeyKind string

// The kinds of keys.
const (
	KeySGTIN KeyKind = "sgtin"
	KeyLGTIN KeyKind = "lgtin"
	KeySGLN  KeyKind = "sgln"
	KeyPGLN  KeyKind = "pgln"
	KeySSCC  KeyKind = "sscc"
)

// DigitalLink returns the key's canonical GS1 Digital Link URI.
func (k Key) DigitalLink() string {
	switch k.Kind {
	case KeySGTIN:
		return "https://id.gs1.org/01/" + k.GTIN + "/21/" + escapeDL(k.Serial)
	case KeyLGTIN:
		return "https://id.gs1.org/01/" + k.GTIN + "/10/" + escapeDL(k.Lot)
	case KeySGLN:
		if k.Extension != "" && k.Extension != "0" {
			return "https://id.gs1.org/414/" + k.GLN + "/254/" + escapeDL(k.Extension)
		}
		return "https://id.gs1.org/414/" + k.GLN
	case KeyPGLN:
		return "https://id.gs1.org/417/" + k.GLN
	case KeySSCC:
		return "https://id.gs1.org/00/" + k.SSCC
	}
	return ""
}

// ParseKey reads an EPC URI (urn:epc:id:sgtin, sgln, pgln, sscc; urn:epc:class:lgtin) or a
// GS1 Digital Link URI of one of those keys. ok is false for anything else, or a key whose
// digits or check digit are wrong.
func ParseKey(uri string) (Key, bool) {
	for _, f := range [...]struct {
		prefix string
		kind   KeyKind
		parts  int
	}{{"urn:epc:id:sgtin:", KeySGTIN, 3}, {"urn:epc:class:lgtin:", KeyLGTIN, 3}, {"urn:epc:id:sgln:", KeySGLN, 3}, {"urn:epc:id:pgln:", KeyPGLN, 2}, {"urn:epc:id:sscc:", KeySSCC, 2}} {
		rest, ok := strings.CutPrefix(uri, f.prefix)
		if !ok {
			continue
		}
		parts := strings.SplitN(rest, ".", f.parts)
		if len(parts) != f.parts || !digits(parts[0]) || !digits(parts[1]) {
			return Key{}, false
		}
		cp, ref := parts[0], parts[1]
		switch f.kind {
		case KeySGTIN, KeyLGTIN:
			if len(cp)+len(ref) != 13 || len(ref) < 1 {
				return Key{}, false
			}
			gtin := withCheckDigit(ref[:1] + cp + ref[1:])
			value, err := url.PathUnescape(parts[2])
			if gtin == "" || err != nil || value == "" {
				return Key{}, false
			}
			if f.kind == KeySGTIN {
				return Key{Kind: KeySGTIN, GTIN: gtin, Serial: value}, true
			}
			return Key{Kind: KeyLGTIN, GTIN: gtin, Lot: value}, true
		case KeySGLN, KeyPGLN:
			gln := withCheckDigit(cp + ref)
			if len(cp)+len(ref) != 12 || gln == "" {
				return Key{}, false
			}
			k := Key{Kind: f.kind, GLN: gln}
			if f.kind == KeySGLN {
				k.Extension = parts[2]
			}
			return k, true
		case KeySSCC:
			if len(cp)+len(ref) != 17 || len(ref) < 1 {
				return Key{}, false
			}
			sscc := withCheckDigit(ref[:1] + cp + ref[1:])
			return Key{Kind: KeySSCC, SSCC: sscc}, sscc != ""
		}
	}
	return parseDigitalLinkKey(uri)
}

// parseDigitalLinkKey reads a Digital Link URI of a pack, batch, location, party or case, on
// any host.
func parseDigitalLinkKey(uri string) (Key, bool) {
	u, err := url.Parse(uri)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return Key{}, false
	}
	segs := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	// The key starts at the last AI of the path that is a primary key (a path may have a prefix).
	for i := len(segs) - 2; i >= 0; i-- {
		ai := segs[i]
		if ai != "01" && ai != "414" && ai != "417" && ai != "00" {
			continue
		}
		rest := segs[i:]
		val := func(j int) (string, bool) {
			if j >= len(rest) {
				return "", false
			}
			v, err := url.PathUnescape(rest[j])
			return v, err == nil && v != ""
		}
		key, _ := val(1)
		switch {
		case ai == "01" && len(rest) == 4:
			g, err := gs1.NormalizeGTIN(key)
			v, ok := val(3)
			if err != nil || !ok {
				return Key{}, false
			}
			switch rest[2] {
			case "21":
				return Key{Kind: KeySGTIN, GTIN: g, Serial: v}, true
			case "10":
				return Key{Kind: KeyLGTIN, GTIN: g, Lot: v}, true
			}
		case ai == "414" && (len(rest) == 2 || len(rest) == 4 && rest[2] == "254") && gs1.ValidGLN(key):
			k := Key{Kind: KeySGLN, GLN: key}
			if len(rest) == 4 {
				k.Extension, _ = val(3)
			}
			return k, true
		case ai == "417" && len(rest) == 2 && gs1.ValidGLN(key):
			return Key{Kind: KeyPGLN, GLN: key}, true
		case ai == "00" && len(rest) == 2 && gs1.ValidSSCC(key):
			return Key{Kind: KeySSCC, SSCC: key}, true
		}
		return Key{}, false
	}
	return Key{}, false
}

func digits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// withCheckDigit appends the check digit to digits, "" when they are not digits.
func withCheckDigit(d string) string {
	c, err := gs1.CheckDigit(d)
	if err != nil {
		return ""
	}
	return d + string(c)
}
