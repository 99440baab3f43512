package gs1

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
)

// GS1 Digital Link compression (GS1 Digital Link: Compression, 2019) writes a Digital Link's
// AIs as one URI-safe base64 path segment: https://{host}[/{prefix}]/{compressed}[?{query}],
// or with the primary key left uncompressed, .../01/{GTIN}/{compressed}. The segment is a bit
// string, 6 bits a character; it holds AIs one after another until fewer than 9 bits are
// left. Each starts with 8 bits, two hex digits h1h2:
//
//   - 00 to 99: the first two digits of an AI; one or two more 4-bit digits follow when the
//     AI has 3 or 4 (as every AI starting with those two digits has), then its value;
//   - a code of the optimisation table: a fixed sequence of AIs, their values one after another;
//   - Fh: a key=value pair that is not an AI (7 bits of key length with h2's low bits, the key
//     in base64, then a value as below).
//
// A value is written per component of the AI's format: a fixed-length number as a binary
// number of ceil(n·log2 10) bits; a variable-length number as its digit count (enough bits
// for the maximum) then the number; other characters as 3 bits of encoding, the length
// (fixed-length components have none), and the characters: 0 digits as one binary number, 1
// lower-case and 2 upper-case hex at 4 bits, 3 base64 at 6, 4 ASCII at 7.

// safe64 is the compression's base64 alphabet, in value order.
const safe64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// optimisations are the codes standing for a sequence of AIs.
var optimisations = map[byte][]string{
	0x0A: {"01", "22"}, 0x0B: {"01", "10"}, 0x0C: {"01", "21"}, 0x0D: {"01", "17"}, 0x0E: {"01", "7003"}, 0x0F: {"01", "30"},
	0x1A: {"01", "10", "21", "17"}, 0x1B: {"01", "15"}, 0x1C: {"01", "11"}, 0x1D: {"01", "16"}, 0x1E: {"01", "91"}, 0x1F: {"01", "10", "15"},
	0x2A: {"01", "3100"}, 0x2B: {"01", "3101"}, 0x2C: {"01", "3102"}, 0x2D: {"01", "3103"}, 0x2E: {"01", "3104"}, 0x2F: {"01", "3105"},
	0x3A: {"01", "3200"}, 0x3B: {"01", "3201"}, 0x3C: {"01", "3202"}, 0x3D: {"01", "3203"}, 0x3E: {"01", "3204"}, 0x3F: {"01", "3205"},
	0x9A: {"8010", "8011"}, 0x9B: {"8017", "8019"}, 0x9C: {"8018", "8019"}, 0x9D: {"414", "254"},
	0xA0: {"01", "3920"}, 0xA1: {"01", "3921"}, 0xA2: {"01", "3922"}, 0xA3: {"01", "3923"}, 0xA4: {"01", "3924"},
	0xA5: {"01", "3925"}, 0xA6: {"01", "3926"}, 0xA7: {"01", "3927"}, 0xA8: {"01", "3928"}, 0xA9: {"01", "3929"},
	0xC0: {"255", "3900"}, 0xC1: {"255", "3901"}, 0xC2: {"255", "3902"}, 0xC3: {"255", "3903"}, 0xC4: {"255", "3904"},
	0xC5: {"255", "3905"}, 0xC6: {"255", "3906"}, 0xC7: {"255", "3907"}, 0xC8: {"255", "3908"}, 0xC9: {"255", "3909"},
	0xCA: {"255", "3940"}, 0xCB: {"255", "3941"}, 0xCC: {"255", "3942"}, 0xCD: {"255", "3943"},
}

// maxCompressed bounds a compressed segment, in characters: far more than any AI string needs.
const maxCompressed = 1000

// IsCompressed reports whether uri's path ends with what may be a compressed Digital Link: a
// segment of the compression's base64 characters, not itself an AI's number. It says nothing
// of whether the segment decodes (Decompress does).
func IsCompressed(uri string) bool {
	_, seg, ok := compressedSegment(uri)
	return ok && !allDigits(seg)
}

// compressedSegment splits uri (without query or fragment) into what precedes its last path
// segment and that segment, if the segment is all base64 characters.
func compressedSegment(uri string) (stem, seg string, ok bool) {
	rest, ok := cutScheme(uri)
	if !ok {
		return "", "", false
	}
	start := len(uri) - len(rest) // where rest begins in uri
	if k := strings.IndexAny(rest, "?#"); k >= 0 {
		rest = rest[:k]
	}
	slash := strings.LastIndexByte(rest, '/')
	if slash < 0 {
		return "", "", false
	}
	seg = rest[slash+1:]
	if seg == "" || len(seg) > maxCompressed {
		return "", "", false
	}
	for i := 0; i < len(seg); i++ {
		if strings.IndexByte(safe64, seg[i]) < 0 {
			return "", "", false
		}
	}
	return uri[:start+slash], seg, true
}

// Decompress returns the uncompressed GS1 Digital Link URI of a compressed one: the same
// scheme, host and path prefix, the primary key and its qualifiers in the path, the other AIs
// and the compressed non-AI pairs in the query, then uri's own query string. A primary key
// left uncompressed before the segment (.../01/{GTIN}/{compressed}) is kept. Errors are
// *Error and say what cannot be decoded; the result is not validated (ParseDigitalLink does
// that).
func Decompress(uri string) (string, error) {
	s, err := prepare(uri)
	if err != nil {
		return "", err
	}
	stem, seg, ok := compressedSegment(s)
	if !ok || allDigits(seg) {
		return "", errorf("", "not a compressed GS1 Digital Link: its path should end with the compressed AIs in URI-safe base64")
	}
	var query string
	if k := strings.IndexByte(s, '?'); k >= 0 {
		query = s[k+1:]
		if f := strings.IndexByte(query, '#'); f >= 0 {
			query = query[:f]
		}
	}
	var elems []Element
	var others []Element // non-AI key=value pairs
	// A primary key written out before the segment: .../{key AI}/{value}/{compressed}.
	if vs := strings.LastIndexByte(stem, '/'); vs > 0 {
		if as := strings.LastIndexByte(stem[:vs], '/'); as >= 0 {
			if sp := lookup(stem[as+1 : vs]); sp != nil && sp.flags&flagKey != 0 {
				v, err := unescape(sp.ai, stem[vs+1:], false)
				if err != nil {
					return "", err
				}
				elems = append(elems, Element{sp.ai, v})
				stem = stem[:as]
			}
		}
	}
	r := bitReader{}
	for i := 0; i < len(seg); i++ {
		r.push(strings.IndexByte(safe64, seg[i]))
	}
	for r.left() > 8 {
		h := r.read(8)
		h1, h2 := h>>4, h&15
		switch {
		case h1 <= 9 && h2 <= 9:
			ai := string([]byte{'0' + byte(h1), '0' + byte(h2)})
			n := int(aiLength[h1*10+h2])
			if n == 0 {
				return "", errorf("", "the compressed Digital Link names AIs starting %s, and there are none", ai)
			}
			for len(ai) < n {
				d := r.read(4)
				if d > 9 {
					return "", errorf("", "the compressed Digital Link has an AI that is not all digits")
				}
				ai += string('0' + byte(d))
			}
			v, err := r.value(ai)
			if err != nil {
				return "", err
			}
			elems = append(elems, Element{ai, v})
		case optimisations[byte(h)] != nil:
			for _, ai := range optimisations[byte(h)] {
				v, err := r.value(ai)
				if err != nil {
					return "", err
				}
				elems = append(elems, Element{ai, v})
			}
		case h1 == 0xF:
			n := int(h2<<3 | r.read(3))
			var key strings.Builder
			for range n {
				key.WriteByte(safe64[r.read(6)])
			}
			enc, length := r.read(3), int(r.read(7))
			v, err := r.chars(enc, length)
			if err != nil {
				return "", err
			}
			others = append(others, Element{key.String(), v})
		default:
			return "", errorf("", "the compressed Digital Link has the code %02X, which stands for no AI", h)
		}
		if r.short {
			return "", errorf("", "the compressed Digital Link ends in the middle of a value")
		}
	}
	return buildURI(stem, elems, others, query)
}

// buildURI writes elems as an uncompressed Digital Link under stem: the primary key, then for
// a GTIN its qualifiers 22, 10, 21 (or 235) in the path; the other AIs, then others, then
// query in the query string.
func buildURI(stem string, elems, others []Element, query string) (string, error) {
	key := -1
	for i, e := range elems {
		if sp := lookup(e.AI); sp != nil && sp.flags&flagKey != 0 {
			if key >= 0 {
				return "", errorf(e.AI, "is a second primary key in the compressed Digital Link")
			}
			key = i
		}
	}
	if key < 0 {
		return "", errorf("", "the compressed Digital Link has no primary key (such as AI 01, a GTIN)")
	}
	var b strings.Builder
	b.WriteString(stem)
	pair := func(e Element) {
		b.WriteByte('/')
		b.WriteString(e.AI)
		b.WriteByte('/')
		escape(&b, e.Value)
	}
	pair(elems[key])
	inPath := map[string]bool{elems[key].AI: true}
	if elems[key].AI == "01" {
		for _, q := range [...]string{"22", "10", "21"} {
			for _, e := range elems {
				if e.AI == q && !inPath[q] {
					pair(e)
					inPath[q] = true
				}
			}
		}
		if !inPath["22"] && !inPath["10"] && !inPath["21"] {
			for _, e := range elems {
				if e.AI == "235" && !inPath["235"] {
					pair(e)
					inPath["235"] = true
				}
			}
		}
	}
	sep := byte('?')
	param := func(k, v string) { writeParam(&b, &sep, k, v) }
	for _, e := range elems {
		if !inPath[e.AI] {
			param(e.AI, e.Value)
		}
	}
	for _, e := range others {
		param(e.AI, e.Value)
	}
	if query != "" {
		b.WriteByte(sep)
		b.WriteString(query)
	}
	return b.String(), nil
}

// bitReader reads a compressed segment's bits, most significant first. Reading past the end
// gives zeros and sets short.
type bitReader struct {
	bits  []byte // one bit a byte, 0 or 1
	pos   int
	short bool
}

func (r *bitReader) push(sextet int) {
	for i := 5; i >= 0; i-- {
		r.bits = append(r.bits, byte(sextet>>i&1))
	}
}

func (r *bitReader) left() int { return len(r.bits) - r.pos }

// read returns the next n bits (n ≤ 32) as a number.
func (r *bitReader) read(n int) uint32 {
	var v uint32
	for range n {
		v <<= 1
		if r.pos < len(r.bits) {
			v |= uint32(r.bits[r.pos])
			r.pos++
		} else {
			r.short = true
		}
	}
	return v
}

// number reads digits decimal digits written as one binary number, with leading zeros.
func (r *bitReader) number(digits int) (string, *Error) {
	n := valueBits(digits)
	if n > r.left() {
		r.short = true
		return "", errorf("", "the compressed Digital Link ends in the middle of a value")
	}
	v := new(big.Int)
	for _, bit := range r.bits[r.pos : r.pos+n] {
		v.Lsh(v, 1)
		v.SetBit(v, 0, uint(bit))
	}
	r.pos += n
	s := v.String()
	if len(s) > digits {
		return "", errorf("", "the compressed Digital Link has a number too large for its %d digits", digits)
	}
	return strings.Repeat("0", digits-len(s)) + s, nil
}

// chars reads length characters in encoding enc.
func (r *bitReader) chars(enc uint32, length int) (string, *Error) {
	var width int
	var alphabet string
	switch enc {
	case 0:
		return r.number(length)
	case 1:
		width, alphabet = 4, "0123456789abcdef"
	case 2:
		width, alphabet = 4, "0123456789ABCDEF"
	case 3:
		width, alphabet = 6, safe64
	case 4:
		width = 7
	default:
		return "", errorf("", "the compressed Digital Link uses character encoding %d, which is not defined", enc)
	}
	b := make([]byte, length)
	for i := range b {
		c := r.read(width)
		if alphabet != "" {
			b[i] = alphabet[c]
		} else {
			b[i] = byte(c)
		}
	}
	return string(b), nil
}

// value reads the value of ai, component by component.
func (r *bitReader) value(ai string) (string, *Error) {
	sp := lookup(ai)
	if sp == nil {
		return "", unknownAI(ai)
	}
	var v strings.Builder
	for _, c := range compressionParts(sp.parts) {
		var s string
		var err *Error
		switch {
		case c.numeric && c.fixed:
			s, err = r.number(c.length)
		case c.numeric:
			n := int(r.read(lengthBits(c.length)))
			if n > c.length {
				return "", errorf(ai, "the compressed value is longer than %d digits", c.length)
			}
			s, err = r.number(n)
		case c.fixed:
			s, err = r.chars(r.read(3), c.length)
		default:
			enc := r.read(3)
			n := int(r.read(lengthBits(c.length)))
			if n > c.length {
				return "", errorf(ai, "the compressed value is longer than %d characters", c.length)
			}
			s, err = r.chars(enc, n)
		}
		if err != nil {
			if err.AI == "" {
				err.AI = ai
			}
			return "", err
		}
		v.WriteString(s)
	}
	return v.String(), nil
}

// compressionPart is a component of a value as compression writes it: a number or
// characters, of a fixed length or up to a maximum.
type compressionPart struct {
	numeric, fixed bool
	length         int
}

// compressionParts are the components of an AI's format as compression writes them:
// consecutive fixed-length numbers are one number (N4 N5 N3 N1 N1 is N14), and a fixed
// number of characters followed by a variable one is one variable component (X2 X..28 is
// X..30), as the compression's table has them.
func compressionParts(parts []part) []compressionPart {
	var out []compressionPart
	for _, p := range parts {
		c := compressionPart{numeric: p.set == setN, fixed: p.min == p.max && !p.optional, length: p.max}
		if n := len(out); n > 0 {
			last := &out[n-1]
			switch {
			case last.numeric && last.fixed && c.numeric && c.fixed:
				last.length += c.length
				continue
			case !last.numeric && last.fixed && !c.numeric && !c.fixed:
				last.fixed, last.length = false, last.length+c.length
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// valueBits is how many bits hold a number of n decimal digits: ceil(n·log2(10) + 0.01), as
// the compression's reference implementation computes it (1 for no digits).
func valueBits(n int) int {
	return int(math.Ceil(float64(n)*math.Log(10)/math.Log(2) + 0.01))
}

// lengthBits is how many bits hold a length up to max: ceil(log2(max) + 0.01), so a power of
// two gets one more bit.
func lengthBits(max int) int {
	return bits.Len(uint(max))
}
