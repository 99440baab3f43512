package gs1

import "strings"

// DefaultBase is the stem Code.DigitalLink uses when given none: GS1's global resolver.
const DefaultBase = "https://id.gs1.org"

// uriChar marks the bytes RFC 3986 allows in a URI: unreserved, reserved and "%".
var uriChar = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%" {
		t[c] = true
	}
	return t
}()

// unreserved marks the bytes written as they are in a path segment or query value; every
// other byte of a value is percent-encoded.
var unreserved = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" {
		t[c] = true
	}
	return t
}()

// maxPathPairs bounds the /AI/value pairs after the primary key: three qualifiers at most,
// and a little room to name what is wrong with a longer path.
const maxPathPairs = 8

// qualifierRank is the place of a GTIN's key qualifier in a Digital Link path: 22, 10, 21 in
// that order, or 235 alone (GS1 Digital Link URI Syntax, and the dlpkey=22,10,21|235 rule of
// the GS1 Barcode Syntax Dictionary). It is 0 for any other AI.
func qualifierRank(ai string) int {
	switch ai {
	case "22":
		return 1
	case "10":
		return 2
	case "21":
		return 3
	case "235":
		return 4
	}
	return 0
}

// shortName returns the AI of a "convenience alpha" (gtin, lot, ser, ...): GS1 Digital Link
// 1.0 and 1.1 allowed them in place of numeric AIs; URI Syntax 1.2 (January 2021) deprecated
// them and later releases dropped them, so they are refused with a message that says so.
func shortName(s string) string {
	switch s {
	case "gtin":
		return "01"
	case "cpv":
		return "22"
	case "lot":
		return "10"
	case "ser":
		return "21"
	case "exp":
		return "17"
	case "sscc":
		return "00"
	case "gln":
		return "414"
	case "glnx":
		return "254"
	case "party":
		return "417"
	case "itip":
		return "8006"
	case "gmn":
		return "8013"
	case "cpid":
		return "8010"
	case "cpsn":
		return "8011"
	case "gsrn":
		return "8018"
	case "gsrnp":
		return "8017"
	case "srin":
		return "8019"
	case "gcn":
		return "255"
	case "gdti":
		return "253"
	case "ginc":
		return "401"
	case "gsin":
		return "402"
	case "grai":
		return "8003"
	case "giai":
		return "8004"
	case "refno":
		return "8020"
	}
	return ""
}

func shortNameError(name, ai, instead string) *Error {
	return errorf(ai, "the short name %q was deprecated by GS1 Digital Link URI Syntax 1.2 (2021) and is no longer valid; write %s instead", name, instead)
}

// hasHTTPScheme reports whether s starts with http:// or https://, in any case.
func hasHTTPScheme(s string) bool {
	_, ok := cutScheme(s)
	return ok
}

func cutScheme(s string) (string, bool) {
	switch {
	case len(s) >= 8 && strings.EqualFold(s[:8], "https://"):
		return s[8:], true
	case len(s) >= 7 && strings.EqualFold(s[:7], "http://"):
		return s[7:], true
	}
	return s, false
}

// ParseDigitalLink reads a GS1 Digital Link URI on any host and under any path prefix:
// https://{host}[/{prefix}]/01/{GTIN}[/22/{CPV}][/10/{lot}][/21/{serial}][?17={YYMMDD}&{AI}={value}...].
// The qualifiers 22, 10 and 21 must come in that order (any of them may be left out), or 235
// alone; other AIs (17, 11, 7003, ...) go in the query string. Query parameters whose names
// are not all digits (linkType, utm_source, ...) and a fragment are ignored; an all-digit name
// that is not an AI is refused. Values are percent-decoded ("+" is a space in the query). A
// GTIN-8/12/13 in the path is padded to 14 digits. The deprecated short names (/gtin/, /lot/,
// /ser/, ?exp=...) are refused. Errors are *Error.
func (p Parser) ParseDigitalLink(uri string) (Code, error) {
	s, err := prepare(uri)
	if err != nil {
		return Code{}, err
	}
	if rest, sym, err := cutSymbology(s); err == nil && sym == symPlain {
		s = rest
	}
	rest, ok := cutScheme(s)
	if !ok {
		return Code{}, errorf("", "not a GS1 Digital Link: it should start with https:// or http://")
	}
	for i := 0; i < len(rest); i++ {
		if !uriChar[rest[i]] {
			return Code{}, errorf("", "%s at position %d is not allowed in a URI", describeByte(rest[i]), len(s)-len(rest)+i+1)
		}
	}
	if k := strings.IndexByte(rest, '#'); k >= 0 {
		rest = rest[:k]
	}
	var query string
	if k := strings.IndexByte(rest, '?'); k >= 0 {
		rest, query = rest[:k], rest[k+1:]
	}
	host, path := rest, ""
	if k := strings.IndexByte(rest, '/'); k >= 0 {
		host, path = rest[:k], rest[k:]
	}
	switch {
	case host == "":
		return Code{}, errorf("", "not a GS1 Digital Link: it has no host name")
	case strings.ContainsAny(host, "_~?#@!$&'()*+,;=%"):
		return Code{}, errorf("", "not a GS1 Digital Link: %q is not a host name", host)
	case len(path) <= 1:
		return Code{}, errorf("", "not a GS1 Digital Link: its path should hold /01/ and a GTIN")
	case path[len(path)-1] == '/':
		return Code{}, errorf("", "a GS1 Digital Link path must not end with \"/\"")
	}

	// Walk /AI/value pairs back from the end of the path to the primary key: what comes
	// before it is the host's own prefix.
	var (
		pairs [maxPathPairs]struct{ ai, value string }
		n     int
		gtin  string
	)
	for end := len(path); ; {
		vs := strings.LastIndexByte(path[:end], '/')
		if vs <= 0 {
			return Code{}, notDigitalLink(path)
		}
		as := strings.LastIndexByte(path[:vs], '/')
		ai, value := path[as+1:vs], path[vs+1:end]
		if aiKey(ai) < 0 {
			if a := shortName(ai); a != "" {
				return Code{}, shortNameError(ai, a, "/"+a+"/")
			}
			return Code{}, notDigitalLink(path)
		}
		s := lookup(ai)
		switch {
		case s == nil && !strings.Contains(path, "/01/"):
			return Code{}, notDigitalLink(path)
		case s == nil:
			return Code{}, unknownAI(ai)
		case value == "":
			return Code{}, errorf(ai, "has no value")
		case ai == "01":
			gtin = value
		case s.flags&flagKey != 0:
			return Code{}, errorf(ai, "identifies something other than a trade item: a pack's Digital Link has /01/{GTIN} in its path")
		case n == maxPathPairs:
			return Code{}, errorf("", "the path has too many /AI/value pairs after /01/{GTIN}")
		default:
			pairs[n].ai, pairs[n].value = ai, value
			n++
		}
		if gtin != "" {
			break
		}
		end = as
	}

	// The key qualifiers, now in path order.
	last, lastAI := 0, "01"
	for i := n - 1; i >= 0; i-- {
		ai := pairs[i].ai
		switch r := qualifierRank(ai); {
		case r == 0:
			return Code{}, errorf(ai, "is not a key qualifier of a GTIN: it belongs in the query string (?%s=...), not in the path", ai)
		case r == last:
			return Code{}, errorf(ai, "appears more than once")
		case r == 4 && last != 0, last == 4:
			return Code{}, errorf("235", "may not be combined with AI 22, 10 or 21 in the path: it stands alone after /01/{GTIN}")
		case r < last:
			return Code{}, errorf(ai, "must come before AI %s: the path order is /01/{GTIN}/22/{CPV}/10/{lot}/21/{serial}", lastAI)
		default:
			last, lastAI = r, ai
		}
	}

	r := reader{clk: clock{now: p.Now}}
	g, err := unescape("01", gtin, false)
	if err != nil {
		return Code{}, err
	}
	if g, err = normalizeGTIN(g); err != nil {
		return Code{}, err
	}
	if err := r.add("01", g); err != nil {
		return Code{}, err
	}
	for i := n - 1; i >= 0; i-- {
		v, err := unescape(pairs[i].ai, pairs[i].value, false)
		if err != nil {
			return Code{}, err
		}
		if err := r.add(pairs[i].ai, v); err != nil {
			return Code{}, err
		}
	}

	// Data attributes.
	for query != "" {
		var param string
		param, query, _ = strings.Cut(query, "&")
		ai, raw, ok := strings.Cut(param, "=")
		if !ok {
			continue // a parameter without a value is not an AI
		}
		if aiKey(ai) < 0 {
			if a := shortName(ai); a != "" {
				return Code{}, shortNameError(ai, a, a+"=")
			}
			if allDigits(ai) {
				return Code{}, unknownAI(ai)
			}
			continue // not an AI: linkType, utm_source, ...
		}
		if lookup(ai) == nil {
			return Code{}, unknownAI(ai)
		}
		if !r.has(ai) {
			switch qualifierRank(ai) {
			case 1, 2, 3:
				if last != 4 {
					return Code{}, errorf(ai, "belongs in the path (/01/{GTIN}/22/{CPV}/10/{lot}/21/{serial}), not in the query string")
				}
			case 4:
				if n == 0 {
					return Code{}, errorf(ai, "belongs in the path (/01/{GTIN}/235/{TPX}), not in the query string")
				}
			}
		}
		v, err := unescape(ai, raw, true)
		if err != nil {
			return Code{}, err
		}
		if err := r.add(ai, v); err != nil {
			if strings.IndexByte(raw, '+') >= 0 && strings.IndexByte(v, ' ') >= 0 {
				err.Message += ` (in a query string "+" stands for a space: write a plus sign as %2B)`
				err.format += ` (in a query string "+" stands for a space: write a plus sign as %%2B)`
			}
			return Code{}, err
		}
	}
	c, err := r.finish()
	if err != nil {
		return Code{}, err
	}
	return c, nil
}

func notDigitalLink(path string) *Error {
	if strings.Contains(path, "/01/") {
		return errorf("", "not a GS1 Digital Link: after /01/{GTIN} its path may only hold /22/{CPV}, /10/{lot} and /21/{serial}")
	}
	return errorf("", "not a GS1 Digital Link: its path should hold /01/ and a GTIN")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// unescape percent-decodes a path segment or query value of ai; in a query, "+" is a space.
func unescape(ai, s string, query bool) (string, *Error) {
	if strings.IndexByte(s, '%') < 0 && (!query || strings.IndexByte(s, '+') < 0) {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '%':
			if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
				return "", errorf(ai, "%q is not a percent-encoded character (%% and two hex digits)", s[i:min(i+3, len(s))])
			}
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
		case c == '+' && query:
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// DigitalLink returns c as a GS1 Digital Link URI under base, a scheme, host and optional
// path prefix such as "https://verify.example" (DefaultBase when empty; a trailing "/" is
// dropped): /01/{GTIN} then /22/{CPV}, /10/{lot} and /21/{serial} in the path (or /235/{TPX}
// when none of those three is present), then ?17={YYMMDD} and the other attributes in the
// query string, in order. Every byte of a value other than A-Z a-z 0-9 - . _ ~ is
// percent-encoded, as the GS1 Barcode Syntax Engine does. c should be valid (see
// Parser.Validate).
func (c Code) DigitalLink(base string) string {
	base = strings.TrimRight(base, "/")
	if base == "" {
		base = DefaultBase
	}
	var b strings.Builder
	b.Grow(len(base) + c.size()*3/2)
	b.WriteString(base)
	b.WriteString("/01/")
	b.WriteString(c.GTIN)
	tpx, ok := c.Attribute("235")
	tpxInPath := ok && c.CPV == "" && c.Lot == "" && c.Serial == ""
	if tpxInPath {
		b.WriteString("/235/")
		escape(&b, tpx)
	}
	for _, q := range [...]struct{ ai, v string }{{"22", c.CPV}, {"10", c.Lot}, {"21", c.Serial}} {
		if q.v != "" {
			b.WriteByte('/')
			b.WriteString(q.ai)
			b.WriteByte('/')
			escape(&b, q.v)
		}
	}
	sep := byte('?')
	param := func(ai, v string) { writeParam(&b, &sep, ai, v) }
	if !c.Expiry.IsZero() {
		param("17", c.Expiry.YYMMDD())
	}
	c.attributes(func(ai, v string) {
		if ai != "235" || !tpxInPath {
			param(ai, v)
		}
	})
	return b.String()
}

// writeParam writes key=value, the value percent-encoded, after sep ('?' for the first
// parameter, then '&').
func writeParam(b *strings.Builder, sep *byte, key, value string) {
	b.WriteByte(*sep)
	*sep = '&'
	b.WriteString(key)
	b.WriteByte('=')
	escape(b, value)
}

func escape(b *strings.Builder, v string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(v); i++ {
		if c := v[i]; unreserved[c] {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
}

// Levels returns c's Digital Link URIs under base (as DigitalLink takes it) from the most
// specific down to the primary key, without data attributes: /01/{GTIN}/22/{CPV}/10/{lot}/
// 21/{serial}, then without the serial, without the lot, and /01/{GTIN}; a TPX (AI 235) in
// the path is a level of its own. These are the entities a GS1 resolver has links for.
func (c Code) Levels(base string) []string {
	key := Code{GTIN: c.GTIN, CPV: c.CPV, Lot: c.Lot, Serial: c.Serial}
	if tpx, ok := c.Attribute("235"); ok && c.CPV == "" && c.Lot == "" && c.Serial == "" {
		key.Attributes = []Element{{"235", tpx}}
	}
	var out []string
	for {
		out = append(out, key.DigitalLink(base))
		switch {
		case key.Attributes != nil:
			key.Attributes = nil
		case key.Serial != "":
			key.Serial = ""
		case key.Lot != "":
			key.Lot = ""
		case key.CPV != "":
			key.CPV = ""
		default:
			return out
		}
	}
}
