package pedigree

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CheckText checks a field of text people type on one line (a product's name, an email, a
// search): valid UTF-8, at most max characters (max 0: no limit), and no control character.
// Controls are C0 (NUL, tab, line feed, ...), DEL and C1, the Unicode line and paragraph
// separators, and the bidirectional overrides and isolates, which can make a name on a
// verdict page read as another. PostgreSQL cannot store a NUL or invalid UTF-8, and none of
// them belongs in a name. It returns EINVALID naming field: "product.name: ...".
func CheckText(field, value string, max int) error {
	chars := 0
	for i, r := range value {
		chars++
		switch {
		case r == utf8.RuneError && !isReplacementChar(value[i:]):
			return Errorf(EINVALID, "%s: is not valid UTF-8 text (byte %d)", field, i+1)
		case isControl(r):
			return Errorf(EINVALID, "%s: holds a control character (U+%04X) at character %d; type it on one line, without controls", field, r, chars)
		}
	}
	if max > 0 && chars > max {
		return Errorf(EINVALID, "%s: is %d characters long, more than %d", field, chars, max)
	}
	return nil
}

// isReplacementChar reports whether s starts with U+FFFD itself, which is valid text, rather
// than a byte that is not UTF-8.
func isReplacementChar(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return size == 3
}

// isControl reports whether r is a character CheckText refuses.
func isControl(r rune) bool {
	switch {
	case unicode.IsControl(r): // C0, DEL, C1
		return true
	case r == '\u2028' || r == '\u2029': // line and paragraph separators
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069': // bidi embeddings, overrides, isolates
		return true
	}
	return false
}

// Quoted writes text someone typed or uploaded for a message people read: in quotes, with each
// character that cannot be seen named in brackets where it stands, so "\ufeffA1" (a file's
// byte-order mark glued to a serial) reads "[byte-order mark]A1", not as Go would escape it.
func Quoted(s string) string {
	var b strings.Builder
	b.WriteString("“")
	for i, r := range s {
		switch name, hidden := invisible[r]; {
		case r == utf8.RuneError && !isReplacementChar(s[i:]):
			b.WriteString("[a byte that is not UTF-8]")
		case hidden:
			b.WriteString("[" + name + "]")
		case isControl(r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' '):
			fmt.Fprintf(&b, "[U+%04X]", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("”")
	return b.String()
}

// invisible names the characters that cannot be seen and most often hide in pasted or
// exported text.
var invisible = map[rune]string{
	'\t': "tab", '\n': "line break", '\r': "carriage return", '\u00a0': "no-break space",
	'\u200b': "zero-width space", '\u200c': "zero-width non-joiner", '\u200d': "zero-width joiner",
	'\u2060': "word joiner", '\ufeff': "byte-order mark", '\u00ad': "soft hyphen", 0x1d: "group separator",
}
