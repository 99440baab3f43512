package gs1

import (
	"fmt"
	"strings"
	"time"
)

// gs is the ASCII group separator that scanners send for FNC1 between element strings.
const gs = 0x1D

// Code is what a pack's code says: its GTIN and the other AIs.
type Code struct {
	GTIN   string // AI 01: 14 digits, check digit verified (GTIN-8/12/13 left-padded with zeros)
	CPV    string // AI 22, consumer product variant; optional
	Lot    string // AI 10, batch/lot; optional
	Serial string // AI 21, serial number; optional
	Expiry Date   // AI 17, expiry date; the zero Date when absent

	// Attributes holds every other AI present (11 production date, 714 national number,
	// 7003, 240, 30, ...) with its value as printed, in the order read, except that AI 235
	// (which a Digital Link may carry in its path) always comes first.
	Attributes []Element
}

// Element is one AI and its value as printed, such as {"11", "260115"}.
type Element struct {
	AI, Value string
}

// Attribute returns the value of ai among c's Attributes.
func (c Code) Attribute(ai string) (string, bool) {
	for _, e := range c.Attributes {
		if e.AI == ai {
			return e.Value, true
		}
	}
	return "", false
}

// String returns c in the bracketed form, as printed under a barcode.
func (c Code) String() string { return c.Bracketed() }

// Error is why a code cannot be read: the AI concerned (empty when none applies) and what is
// wrong with it, in plain words. The HTTP layer answers it with 422 and the error code
// invalid_code.
type Error struct {
	AI      string
	Message string

	// format and args made Message: a page may say it in the reader's language (Text).
	format string
	args   []any
}

// Error returns the message prefixed with the AI and its title, such as
// "AI 01 (GTIN): check digit should be 2, not 3".
func (e *Error) Error() string { return e.Text(nil) }

// Text returns the error as Error does, said by say: a translation that formats an English
// format with its arguments, as fmt.Sprintf does. The message, the prefix ("AI %s (%s): %s")
// and the AI's title are each said by say; nil says them in English.
func (e *Error) Text(say func(format string, args ...any) string) string {
	if say == nil {
		say = fmt.Sprintf
	}
	msg := e.Message
	if e.format != "" {
		msg = say(e.format, e.args...)
	}
	switch t := AITitle(e.AI); {
	case e.AI == "":
		return msg
	case t == "":
		return say("AI %s: %s", e.AI, msg)
	default:
		return say("AI %s (%s): %s", e.AI, say(t), msg)
	}
}

func errorf(ai, format string, args ...any) *Error {
	return &Error{AI: ai, Message: fmt.Sprintf(format, args...), format: format, args: args}
}

// Parser reads codes. Its zero value is ready to use and reads the time from time.Now.
type Parser struct {
	// Now returns the current time; nil means time.Now. Only its year is used: it decides
	// the century of two-digit years (the GS1 century rule).
	Now func() time.Time
}

// Parse reads a code in any form, with a Parser reading the time from time.Now.
func Parse(input string) (Code, error) { return Parser{}.Parse(input) }

// ParseDigitalLink reads a GS1 Digital Link URI, with a Parser reading the time from
// time.Now.
func ParseDigitalLink(uri string) (Code, error) { return Parser{}.ParseDigitalLink(uri) }

// ParseElementString reads an element string, with FNC1 as GS or in the bracketed form, with
// a Parser reading the time from time.Now.
func ParseElementString(s string) (Code, error) { return Parser{}.ParseElementString(s) }

// Parse reads a code in any of the forms a scanner, a phone or a person gives: a GS1 Digital
// Link URI (http or https), an element string with FNC1 sent as GS (0x1D), with or without a
// symbology identifier (]d2, ]Q3, ]C1, ]e0, ]J1; ]d1 and ]Q1 for a Digital Link; ]E0 and ]E4
// for an EAN/UPC), the bracketed form "(01)...(17)...", or a bare GTIN-8/12/13/14. Leading
// and trailing white space is ignored. Errors are *Error.
func (p Parser) Parse(input string) (Code, error) {
	s, err := prepare(input)
	if err != nil {
		return Code{}, err
	}
	s, sym, err := cutSymbology(s)
	if err != nil {
		return Code{}, err
	}
	switch {
	case sym == symPlain || hasHTTPScheme(s):
		return p.ParseDigitalLink(s)
	case sym == symEAN:
		return p.parseGTIN(s)
	case sym == symNone && len(s) > 0 && s[0] == '(':
		return p.parseBracketed(s)
	case sym == symNone && isBareGTIN(s):
		return p.parseGTIN(s)
	case s == "":
		return Code{}, errorf("", "the code is empty")
	case sym == symNone && !isDigit(s[0]) && s[0] != gs:
		return Code{}, errorf("", "not a GS1 code: expected a Digital Link (https://.../01/...), an element string (01...) or the bracketed form ((01)...)")
	}
	return p.parseElements(s)
}

// ParseElementString reads an element string: AIs and values with FNC1 sent as GS (0x1D)
// after variable-length values, optionally preceded by a symbology identifier (]d2, ]Q3,
// ]C1, ]e0, ]J1) and a GS standing for the leading FNC1, as some DataMatrix readers report it;
// or the bracketed form "(01)09506000134352(17)270630(10)ABC123(21)12345", where a "(" inside
// a value is written "\(". Errors are *Error.
func (p Parser) ParseElementString(input string) (Code, error) {
	s, err := prepare(input)
	if err != nil {
		return Code{}, err
	}
	s, sym, err := cutSymbology(s)
	if err != nil {
		return Code{}, err
	}
	switch {
	case sym == symPlain:
		return Code{}, errorf("", "this barcode holds plain data, not GS1 element strings")
	case sym == symEAN:
		return p.parseGTIN(s)
	case sym == symNone && len(s) > 0 && s[0] == '(':
		return p.parseBracketed(s)
	}
	return p.parseElements(s)
}

// Validate reports whether c is a code that Parse could have returned: a valid GTIN, lot,
// serial and CPV of 1 to 20 characters of GS1's 82-character set, an expiry date that exists
// and lies in the GS1 century window of p's clock, known attributes with valid values, no AI
// twice and no pair of AIs that GS1 forbids together. The builders assume a valid Code.
func (p Parser) Validate(c Code) error {
	r := reader{clk: clock{now: p.Now}}
	if err := r.add("01", c.GTIN); err != nil {
		return err
	}
	if !c.Expiry.IsZero() {
		if y := c.Expiry.Year; y < 0 || r.clk.fullYear(y%100) != y {
			now := r.clk.currentYear()
			return errorf("17", "year %d is outside the GS1 century window (%d-%d) of a two-digit year", y, now-49, now+50)
		}
		if err := r.add("17", c.Expiry.YYMMDD()); err != nil {
			return err
		}
	}
	for _, f := range [...]struct{ ai, v string }{{"22", c.CPV}, {"10", c.Lot}, {"21", c.Serial}} {
		if f.v != "" {
			if err := r.add(f.ai, f.v); err != nil {
				return err
			}
		}
	}
	for _, e := range c.Attributes {
		switch e.AI {
		case "01", "17", "22", "10", "21":
			return errorf(e.AI, "has a field of its own in a Code; it cannot also be an attribute")
		}
		if err := r.add(e.AI, e.Value); err != nil {
			return err
		}
	}
	_, err := r.finish()
	if err != nil {
		return err
	}
	return nil
}

// Validate is Parser.Validate with a Parser reading the time from time.Now.
func (c Code) Validate() error { return Parser{}.Validate(c) }

// maxInput bounds the length of what is parsed: a QR Code holds at most 7089 digits, a
// DataMatrix 3116.
const maxInput = 8192

// prepare trims white space around input and refuses what no barcode can hold.
func prepare(input string) (string, *Error) {
	if len(input) > maxInput {
		return "", errorf("", "%d bytes is too long for a GS1 code", len(input))
	}
	return strings.TrimSpace(input), nil
}

// reader gathers the elements of one code, checking each as it comes.
type reader struct {
	c    Code
	clk  clock
	seen [maxSpecs / 64]uint64 // bit i: specs[i] was read
	n    int                   // elements read
}

// maxElements bounds the elements of one code; a GS1 barcode holds far fewer.
const maxElements = 64

// add checks value as the value of ai and records it.
func (r *reader) add(ai, value string) *Error {
	s := lookup(ai)
	if s == nil {
		return unknownAI(ai)
	}
	i := s.ordinal()
	if r.seen[i/64]&(1<<(i%64)) != 0 {
		return errorf(ai, "appears more than once")
	}
	if r.n++; r.n > maxElements {
		return errorf("", "more than %d elements in one code", maxElements)
	}
	r.seen[i/64] |= 1 << (i % 64)
	if err := s.check(value, &r.clk); err != nil {
		return err
	}
	switch ai {
	case "01":
		r.c.GTIN = value
	case "17":
		r.c.Expiry, _ = parseYYMMDD(ai, value, true, &r.clk)
	case "10":
		r.c.Lot = value
	case "21":
		r.c.Serial = value
	case "22":
		r.c.CPV = value
	default:
		if r.c.Attributes == nil {
			r.c.Attributes = make([]Element, 0, 4)
		}
		r.c.Attributes = append(r.c.Attributes, Element{ai, value})
	}
	return nil
}

// has reports whether ai was read.
func (r *reader) has(ai string) bool {
	s := lookup(ai)
	i := s.ordinal()
	return r.seen[i/64]&(1<<(i%64)) != 0
}

// finish checks the code as a whole and returns it.
func (r *reader) finish() (Code, *Error) {
	if r.c.GTIN == "" {
		for _, ai := range [...]string{"00", "8006", "414", "417", "8004", "8003", "253", "255", "402", "401", "8010", "8013", "8017", "8018"} {
			if r.has(ai) {
				return Code{}, errorf(ai, "identifies something other than a trade item: a pack's code carries a GTIN (AI 01)")
			}
		}
		return Code{}, errorf("01", "is missing: a pack's code carries a GTIN")
	}
	for i, e := range r.c.Attributes {
		if lookup(e.AI).flags&flagNotWithGTIN != 0 {
			return Code{}, errorf(e.AI, "may not appear with AI 01 (GTIN)")
		}
		if e.AI == "235" {
			if r.c.Serial != "" {
				return Code{}, errorf("235", "may not appear with AI 21 (serial number)")
			}
			copy(r.c.Attributes[1:i+1], r.c.Attributes[:i])
			r.c.Attributes[0] = e
		}
	}
	return r.c, nil
}

// ordinal returns s's position in specs.
func (s *spec) ordinal() int { return int(index[aiKey(s.ai)]) - 1 }

func unknownAI(ai string) *Error {
	return errorf(ai, "is not a GS1 Application Identifier this service knows")
}

// Symbology identifiers (ISO/IEC 15424) a scanner may prefix to what it read.
const (
	symNone  = iota
	symGS1   // GS1 element strings follow: ]d2 ]Q3 ]C1 ]e0 ]J1
	symPlain // plain data (a Digital Link URI): ]d1 ]Q1
	symEAN   // EAN-13/UPC-A or EAN-8 digits: ]E0 ]E4
)

func cutSymbology(s string) (string, int, *Error) {
	if len(s) == 0 || s[0] != ']' {
		return s, symNone, nil
	}
	if len(s) < 3 {
		return "", symNone, errorf("", "the symbology identifier %q is cut short", s)
	}
	switch s[1:3] {
	case "d2", "Q3", "C1", "e0", "J1":
		s = s[3:]
		if len(s) > 0 && s[0] == gs { // FNC1 in first position reported as GS
			s = s[1:]
		}
		return s, symGS1, nil
	case "d1", "Q1":
		return s[3:], symPlain, nil
	case "E0", "E4":
		return s[3:], symEAN, nil
	}
	return "", symNone, errorf("", "the symbology identifier %q is not a GS1 barcode's (expected ]d2, ]Q3, ]C1, ]e0, ]J1, ]d1, ]Q1, ]E0 or ]E4)", s[:3])
}

func isBareGTIN(s string) bool {
	switch len(s) {
	case 8, 12, 13, 14:
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// parseGTIN reads a bare GTIN-8/12/13/14.
func (p Parser) parseGTIN(s string) (Code, error) {
	if !isBareGTIN(s) {
		return Code{}, errorf("01", "an EAN/UPC barcode holds 8, 12 or 13 digits, not %q", s)
	}
	g, err := normalizeGTIN(s)
	if err != nil {
		return Code{}, err
	}
	return Code{GTIN: g}, nil
}
