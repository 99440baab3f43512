package gs1

import "strings"

// parseElements reads AIs and values with GS after each variable-length value (and,
// tolerated, after predefined-length ones and at the very end).
func (p Parser) parseElements(s string) (Code, error) {
	if len(s) > 0 && s[0] == gs {
		s = s[1:] // FNC1 in first position, as some readers report it
	}
	if s == "" {
		return Code{}, errorf("", "the code is empty")
	}
	r := reader{clk: clock{now: p.Now}}
	for i := 0; i < len(s); {
		if s[i] == gs {
			if i == len(s)-1 {
				break
			}
			return Code{}, errorf("", "a GS separator at position %d stands where an AI should start", i+1)
		}
		switch {
		case !isDigit(s[i]):
			return Code{}, errorf("", "an AI (2 to 4 digits) should start at position %d, but %s is not a digit", i+1, describeByte(s[i]))
		case i+1 == len(s):
			return Code{}, errorf("", "the code ends in the middle of an AI at position %d", i+1)
		case !isDigit(s[i+1]):
			return Code{}, errorf("", "an AI (2 to 4 digits) should start at position %d, but %s is not a digit", i+1, describeByte(s[i+1]))
		}
		l := int(aiLength[atoi2(s[i:i+2])])
		if l == 0 {
			return Code{}, errorf(s[i:i+2], "no GS1 Application Identifier starts with %s", s[i:i+2])
		}
		if i+l > len(s) {
			return Code{}, errorf("", "the code ends in the middle of an AI at position %d", i+1)
		}
		ai := s[i : i+l]
		for k := 2; k < l; k++ {
			if !isDigit(ai[k]) {
				return Code{}, errorf("", "an AI should start at position %d, but %s is not one (AIs starting %s have %d digits)", i+1, describeByte(ai[k]), ai[:2], l)
			}
		}
		sp := lookup(ai)
		if sp == nil {
			return Code{}, unknownAI(ai)
		}
		j := i + l
		var v string
		if sp.fixed {
			v = s[j:min(j+sp.max, len(s))]
			if k := strings.IndexByte(v, gs); k >= 0 {
				v = v[:k]
			}
			i = j + len(v)
			if i < len(s) && s[i] == gs {
				i++ // a GS after a predefined-length value is not needed but harmless
			}
		} else {
			if k := strings.IndexByte(s[j:], gs); k >= 0 {
				v, i = s[j:j+k], j+k+1
			} else {
				v, i = s[j:], len(s)
			}
			if len(v) > sp.max {
				return Code{}, errorf(ai, "must be at most %d %s long, not %d (is a GS separator missing after it?)", sp.max, sp.unit(), len(v))
			}
		}
		if err := r.add(ai, v); err != nil {
			return Code{}, err
		}
	}
	c, err := r.finish()
	if err != nil {
		return Code{}, err
	}
	return c, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseBracketed reads the bracketed form: "(AI)value" repeated, where "\(" stands for a "("
// inside a value and spaces around values are ignored.
func (p Parser) parseBracketed(s string) (Code, error) {
	r := reader{clk: clock{now: p.Now}}
	for i := skipSpaces(s, 0); i < len(s); i = skipSpaces(s, i) {
		if s[i] != '(' {
			return Code{}, errorf("", "expected \"(\" and an AI at position %d, found %s", i+1, describeByte(s[i]))
		}
		k := strings.IndexByte(s[i+1:], ')')
		if k < 0 {
			return Code{}, errorf("", "the \"(\" at position %d is never closed", i+1)
		}
		ai := s[i+1 : i+1+k]
		if aiKey(ai) < 0 {
			return Code{}, errorf("", "%q at position %d is not an AI (2 to 4 digits)", "("+ai+")", i+1)
		}
		j := i + k + 2
		e, escaped := j, false
		for e < len(s) && s[e] != '(' {
			if s[e] == '\\' && e+1 < len(s) && s[e+1] == '(' {
				escaped = true
				e++
			}
			e++
		}
		v := strings.Trim(s[j:e], " ")
		if escaped {
			v = strings.ReplaceAll(v, `\(`, "(")
		}
		if err := r.add(ai, v); err != nil {
			return Code{}, err
		}
		i = e
	}
	c, err := r.finish()
	if err != nil {
		return Code{}, err
	}
	return c, nil
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// elements calls f with c's elements in the order the builders write them: the GTIN, the
// expiry, the attributes (AI 235 first), then the CPV, lot and serial, so that the last,
// variable-length ones need no separator after them.
func (c Code) elements(f func(ai, v string)) {
	f("01", c.GTIN)
	if !c.Expiry.IsZero() {
		f("17", c.Expiry.YYMMDD())
	}
	c.attributes(f)
	if c.CPV != "" {
		f("22", c.CPV)
	}
	if c.Lot != "" {
		f("10", c.Lot)
	}
	if c.Serial != "" {
		f("21", c.Serial)
	}
}

// attributes calls f with c's attributes, AI 235 first.
func (c Code) attributes(f func(ai, v string)) {
	for _, e := range c.Attributes {
		if e.AI == "235" {
			f(e.AI, e.Value)
		}
	}
	for _, e := range c.Attributes {
		if e.AI != "235" {
			f(e.AI, e.Value)
		}
	}
}

// ElementString returns c as GS1 element strings with FNC1 written as GS (0x1D) where a
// variable-length value is followed by another element, and no symbology identifier: the text
// a scanner reports for a GS1 DataMatrix, without its "]d2". c should be valid (see
// Parser.Validate).
func (c Code) ElementString() string {
	var b strings.Builder
	b.Grow(c.size())
	sep := false
	c.elements(func(ai, v string) {
		if sep {
			b.WriteByte(gs)
		}
		b.WriteString(ai)
		b.WriteString(v)
		s := lookup(ai)
		sep = s == nil || !s.fixed
	})
	return b.String()
}

// Bracketed returns c in the bracketed form printed under a barcode,
// "(01)09506000134352(17)270630(10)ABC123(21)12345", with a "(" inside a value written "\(".
func (c Code) Bracketed() string {
	var b strings.Builder
	b.Grow(c.size() + 16)
	c.elements(func(ai, v string) {
		b.WriteByte('(')
		b.WriteString(ai)
		b.WriteByte(')')
		if strings.IndexByte(v, '(') < 0 {
			b.WriteString(v)
			return
		}
		for i := 0; i < len(v); i++ {
			if v[i] == '(' {
				b.WriteByte('\\')
			}
			b.WriteByte(v[i])
		}
	})
	return b.String()
}

// size estimates the length of c's element string.
func (c Code) size() int {
	n := 16 + 8 + 3 + len(c.CPV) + 3 + len(c.Lot) + 3 + len(c.Serial)
	for _, e := range c.Attributes {
		n += len(e.AI) + len(e.Value) + 1
	}
	return n
}
