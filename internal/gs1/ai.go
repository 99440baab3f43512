package gs1

import (
	"strconv"
	"strings"
)

// The AI table. Formats follow the GS1 General Specifications (section 3, "GS1 Application
// Identifier definitions") as machine-read in GS1's Barcode Syntax Dictionary; the names are
// written for pharmacists, not copied from the standard's data titles.
//
// A format is a space-separated list of components, each a character set and a length with
// optional checks after commas:
//
//	N digits, X the 82-character set, Y the 39-character set, Z the 64-character set
//	N14 exactly 14; X..20 one to 20; [X..17] an optional last component
//	csum  a GS1 mod-10 check digit ends the component
//	date  YYMMDD; date0 YYMMDD where day 00 is allowed; datehh YYMMDDHH; hhmm a time
//
// Other content rules of the dictionary (ISO country and currency codes, the alphanumeric
// check pair of AI 8013, coupon formats, ...) are not checked: such values are kept as read.
var aiDefs = [...]struct {
	ai, format, name string
	flags            uint8
}{
	{"00", "N18,csum", "SSCC", flagKey},
	{"01", "N14,csum", "GTIN", flagKey},
	{"02", "N14,csum", "GTIN of contained trade items", flagNotWithGTIN},
	{"10", "X..20", "batch/lot", 0},
	{"11", "N6,date0", "production date", 0},
	{"12", "N6,date0", "due date", 0},
	{"13", "N6,date0", "packaging date", 0},
	{"15", "N6,date0", "best before date", 0},
	{"16", "N6,date0", "sell by date", 0},
	{"17", "N6,date0", "expiry date", 0},
	{"20", "N2", "internal product variant", 0},
	{"21", "X..20", "serial number", 0},
	{"22", "X..20", "consumer product variant", 0},
	{"235", "X..28", "TPX, third-party controlled serial extension", 0},
	{"240", "X..30", "additional product identification", 0},
	{"241", "X..30", "customer part number", 0},
	{"242", "N..6", "made-to-order variation number", 0},
	{"243", "X..20", "packaging component number", 0},
	{"250", "X..30", "secondary serial number", 0},
	{"251", "X..30", "reference to source entity", 0},
	{"253", "N13,csum [X..17]", "GDTI, global document type identifier", flagKey},
	{"254", "X..20", "GLN extension component", 0},
	{"255", "N13,csum [N..12]", "GCN, global coupon number", flagKey | flagNotWithGTIN},
	{"30", "N..8", "variable count of items", 0},
	{"3100-3105", "N6", "net weight in kg", 0},
	{"3110-3115", "N6", "length in m", 0},
	{"3120-3125", "N6", "width in m", 0},
	{"3130-3135", "N6", "depth in m", 0},
	{"3140-3145", "N6", "area in m²", 0},
	{"3150-3155", "N6", "net volume in l", 0},
	{"3160-3165", "N6", "net volume in m³", 0},
	{"3200-3205", "N6", "net weight in lb", 0},
	{"3210-3215", "N6", "length in inches", 0},
	{"3220-3225", "N6", "length in ft", 0},
	{"3230-3235", "N6", "length in yd", 0},
	{"3240-3245", "N6", "width in inches", 0},
	{"3250-3255", "N6", "width in ft", 0},
	{"3260-3265", "N6", "width in yd", 0},
	{"3270-3275", "N6", "depth in inches", 0},
	{"3280-3285", "N6", "depth in ft", 0},
	{"3290-3295", "N6", "depth in yd", 0},
	{"3300-3305", "N6", "logistic gross weight in kg", 0},
	{"3310-3315", "N6", "logistic length in m", 0},
	{"3320-3325", "N6", "logistic width in m", 0},
	{"3330-3335", "N6", "logistic depth in m", 0},
	{"3340-3345", "N6", "logistic area in m²", 0},
	{"3350-3355", "N6", "logistic volume in l", 0},
	{"3360-3365", "N6", "logistic volume in m³", 0},
	{"3370-3375", "N6", "kilograms per square metre", 0},
	{"3400-3405", "N6", "logistic gross weight in lb", 0},
	{"3410-3415", "N6", "logistic length in inches", 0},
	{"3420-3425", "N6", "logistic length in ft", 0},
	{"3430-3435", "N6", "logistic length in yd", 0},
	{"3440-3445", "N6", "logistic width in inches", 0},
	{"3450-3455", "N6", "logistic width in ft", 0},
	{"3460-3465", "N6", "logistic width in yd", 0},
	{"3470-3475", "N6", "logistic depth in inches", 0},
	{"3480-3485", "N6", "logistic depth in ft", 0},
	{"3490-3495", "N6", "logistic depth in yd", 0},
	{"3500-3505", "N6", "area in square inches", 0},
	{"3510-3515", "N6", "area in ft²", 0},
	{"3520-3525", "N6", "area in yd²", 0},
	{"3530-3535", "N6", "logistic area in square inches", 0},
	{"3540-3545", "N6", "logistic area in ft²", 0},
	{"3550-3555", "N6", "logistic area in yd²", 0},
	{"3560-3565", "N6", "net weight in troy oz", 0},
	{"3570-3575", "N6", "net volume in oz", 0},
	{"3600-3605", "N6", "net volume in qt", 0},
	{"3610-3615", "N6", "net volume in gal", 0},
	{"3620-3625", "N6", "logistic volume in qt", 0},
	{"3630-3635", "N6", "logistic volume in gal", 0},
	{"3640-3645", "N6", "net volume in cubic inches", 0},
	{"3650-3655", "N6", "net volume in ft³", 0},
	{"3660-3665", "N6", "net volume in yd³", 0},
	{"3670-3675", "N6", "logistic volume in cubic inches", 0},
	{"3680-3685", "N6", "logistic volume in ft³", 0},
	{"3690-3695", "N6", "logistic volume in yd³", 0},
	{"37", "N..8", "count of trade items in a logistic unit", flagNotWithGTIN},
	{"3900-3909", "N..15", "amount payable", 0},
	{"3910-3919", "N3 N..15", "amount payable with currency", 0},
	{"3920-3929", "N..15", "price", 0},
	{"3930-3939", "N3 N..15", "price with currency", 0},
	{"3940-3943", "N4", "discount percentage", 0},
	{"3950-3955", "N6", "price per unit of measure", 0},
	{"400", "X..30", "customer's purchase order number", 0},
	{"401", "X..30", "GINC, global identification number for consignment", flagKey},
	{"402", "N17,csum", "GSIN, global shipment identification number", flagKey},
	{"403", "X..30", "routing code", 0},
	{"410", "N13,csum", "ship-to GLN", 0},
	{"411", "N13,csum", "bill-to GLN", 0},
	{"412", "N13,csum", "purchased-from GLN", 0},
	{"413", "N13,csum", "ship-for GLN", 0},
	{"414", "N13,csum", "location GLN", flagKey},
	{"415", "N13,csum", "invoicing party GLN", flagKey},
	{"416", "N13,csum", "production or service location GLN", 0},
	{"417", "N13,csum", "party GLN", flagKey},
	{"420", "X..20", "ship-to postal code", 0},
	{"421", "N3 X..9", "ship-to postal code with country", 0},
	{"422", "N3", "country of origin", 0},
	{"423", "N..15", "country of initial processing", 0},
	{"424", "N3", "country of processing", 0},
	{"425", "N..15", "country of disassembly", 0},
	{"426", "N3", "country of full processing", 0},
	{"427", "X..3", "country subdivision of origin", 0},
	{"4300", "X..35", "ship-to company name", 0},
	{"4301", "X..35", "ship-to contact name", 0},
	{"4302", "X..70", "ship-to address line 1", 0},
	{"4303", "X..70", "ship-to address line 2", 0},
	{"4304", "X..70", "ship-to suburb", 0},
	{"4305", "X..70", "ship-to locality", 0},
	{"4306", "X..70", "ship-to region", 0},
	{"4307", "X2", "ship-to country code", 0},
	{"4308", "X..30", "ship-to telephone number", 0},
	{"4309", "N10 N10", "ship-to geolocation", 0},
	{"4310", "X..35", "return-to company name", 0},
	{"4311", "X..35", "return-to contact name", 0},
	{"4312", "X..70", "return-to address line 1", 0},
	{"4313", "X..70", "return-to address line 2", 0},
	{"4314", "X..70", "return-to suburb", 0},
	{"4315", "X..70", "return-to locality", 0},
	{"4316", "X..70", "return-to region", 0},
	{"4317", "X2", "return-to country code", 0},
	{"4318", "X..20", "return-to postal code", 0},
	{"4319", "X..30", "return-to telephone number", 0},
	{"4320", "X..35", "service code description", 0},
	{"4321", "N1", "dangerous goods flag", 0},
	{"4322", "N1", "authority to leave flag", 0},
	{"4323", "N1", "signature required flag", 0},
	{"4324", "N6,date0 N4,hhmm", "not before delivery date and time", 0},
	{"4325", "N6,date0 N4,hhmm", "not after delivery date and time", 0},
	{"4326", "N6,date", "release date", 0},
	{"4330", "N6 [X1]", "maximum temperature in °F", 0},
	{"4331", "N6 [X1]", "maximum temperature in °C", 0},
	{"4332", "N6 [X1]", "minimum temperature in °F", 0},
	{"4333", "N6 [X1]", "minimum temperature in °C", 0},
	{"7001", "N13", "NATO stock number", 0},
	{"7002", "X..30", "UN/ECE meat carcass classification", 0},
	{"7003", "N6,date N4,hhmm", "expiry date and time", 0},
	{"7004", "N..4", "active potency", 0},
	{"7005", "X..12", "catch area", 0},
	{"7006", "N6,date", "first freeze date", 0},
	{"7007", "N6,date [N6,date]", "harvest date", 0},
	{"7008", "X..3", "aquatic species", 0},
	{"7009", "X..10", "fishing gear type", 0},
	{"7010", "X..2", "production method", 0},
	{"7011", "N6,date [N4,hhmm]", "test by date", 0},
	{"7020", "X..20", "refurbishment lot", 0},
	{"7021", "X..20", "functional status", 0},
	{"7022", "X..20", "revision status", 0},
	{"7023", "X..30", "GIAI of an assembly", 0},
	{"7030-7039", "N3 X..27", "approval number of processor", 0},
	{"7040", "N1 X1 X1 X1", "GS1 UIC with extension and importer index", 0},
	{"710", "X..20", "PZN, national healthcare reimbursement number of Germany", 0},
	{"711", "X..20", "CIP, national healthcare reimbursement number of France", 0},
	{"712", "X..20", "CN, national healthcare reimbursement number of Spain", 0},
	{"713", "X..20", "DRN, national healthcare reimbursement number of Brazil", 0},
	{"714", "X..20", "AIM, national healthcare reimbursement number of Portugal", 0},
	{"715", "X..20", "NDC, national healthcare reimbursement number of the United States", 0},
	{"716", "X..20", "AIC, national healthcare reimbursement number of Italy", 0},
	{"7230-7239", "X2 X..28", "certification reference", 0},
	{"7240", "X..20", "protocol ID", 0},
	{"7241", "N2", "AIDC media type", 0},
	{"7242", "X..25", "version control number", 0},
	{"8001", "N4 N5 N3 N1 N1", "roll dimensions", 0},
	{"8002", "X..20", "cellular mobile telephone identifier", 0},
	{"8003", "N1 N13,csum [X..16]", "GRAI, global returnable asset identifier", flagKey},
	{"8004", "X..30", "GIAI, global individual asset identifier", flagKey},
	{"8005", "N6", "price per unit of measure", 0},
	{"8006", "N14,csum N4", "ITIP, identification of an individual trade item piece", flagKey | flagNotWithGTIN},
	{"8007", "X..34", "IBAN, international bank account number", 0},
	{"8008", "N8,datehh [N..4]", "date and time of production", 0},
	{"8009", "X..50", "optically readable sensor indicator", 0},
	{"8010", "Y..30", "CPID, component/part identifier", flagKey},
	{"8011", "N..12", "component/part identifier serial number", 0},
	{"8012", "X..20", "software version", 0},
	{"8013", "X..25", "GMN, global model number", flagKey},
	{"8017", "N18,csum", "GSRN, global service relation number of a provider", flagKey},
	{"8018", "N18,csum", "GSRN, global service relation number of a recipient", flagKey},
	{"8019", "N..10", "service relation instance number", 0},
	{"8020", "X..25", "payment slip reference number", 0},
	{"8026", "N14,csum N4", "ITIP of contained trade items", flagNotWithGTIN},
	{"8030", "Z..90", "digital signature", 0},
	{"8110", "X..70", "North American coupon code", 0},
	{"8111", "N4", "loyalty points of a coupon", 0},
	{"8112", "X..70", "North American paperless coupon code", 0},
	{"8200", "X..70", "extended packaging URL", 0},
	{"90", "X..30", "information agreed between trading partners", 0},
	{"91-99", "X..90", "company internal information", 0},
}

const (
	flagKey         = 1 << iota // a GS1 Digital Link primary key
	flagNotWithGTIN             // may not appear with AI 01 (GenSpecs, invalid pairs of element strings)
)

// predefinedLength is the GenSpecs table "Element strings with predefined length using GS1
// Application Identifiers" (section 7.8): the value length of every AI whose first two digits
// are listed, zero for the others. It is fixed forever so that old readers can skip AIs they
// do not know; it is what lets an element string omit the FNC1 after such an AI. Prefix 23
// was dropped from the table when AI 235 (variable length) was allocated.
var predefinedLength = [100]uint8{
	0: 18, 1: 14, 2: 14, 3: 14, 4: 16,
	11: 6, 12: 6, 13: 6, 14: 6, 15: 6, 16: 6, 17: 6, 18: 6, 19: 6, 20: 2,
	31: 6, 32: 6, 33: 6, 34: 6, 35: 6, 36: 6,
	41: 13,
}

// Character sets.
const (
	setN = 1 << iota // digits
	setX             // GS1 AI encodable character set 82
	setY             // GS1 AI encodable character set 39
	setZ             // GS1 AI encodable character set 64 (file-safe base64, '=' padding aside)
)

// charset maps a byte to the sets it belongs to.
var charset = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = setN | setX | setY | setZ
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = setX | setY | setZ
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = setX | setZ
	}
	for _, c := range "!\"%&'()*+,./:;<=>?" {
		t[c] |= setX
	}
	t['-'] = setX | setY | setZ
	t['_'] = setX | setZ
	t['/'] |= setY
	t['#'] |= setY
	return t
}()

// Checks run on a component after its character set.
const (
	lintNone   = iota
	lintCsum   // GS1 mod-10 check digit
	lintDate   // YYMMDD
	lintDate0  // YYMMDD, day 00 allowed
	lintDateHH // YYMMDDHH
	lintHHMM   // HHMM
)

// part is one component of an AI's value.
type part struct {
	set      uint8 // setN, setX, setY or setZ
	min, max int
	optional bool
	lint     uint8
}

// spec is an AI of the table, with its format compiled.
type spec struct {
	ai, name string
	flags    uint8
	min, max int  // total value length
	fixed    bool // predefined length: no FNC1 follows in an element string
	parts    []part
}

// maxSpecs bounds the AIs of the table (ranges expanded), for the reader's bitmap.
const maxSpecs = 1024

// specs is the table, AI ranges expanded; index maps an AI to its position in specs plus one
// (see aiKey); aiLength maps the first two digits of an AI to the AI's length (2, 3 or 4),
// zero when no AI starts with them. GenSpecs guarantees all AIs sharing two leading digits
// have the same length: it is how an element string is split without separators between an
// AI and its value.
var specs, index, aiLength = compileTable()

func compileTable() ([]spec, []uint16, [100]uint8) {
	var (
		all    []spec
		idx    = make([]uint16, 100+1000+10000)
		length [100]uint8
	)
	for _, d := range aiDefs {
		lo, hi, _ := strings.Cut(d.ai, "-")
		if hi == "" {
			hi = lo
		}
		first, err1 := strconv.Atoi(lo)
		last, err2 := strconv.Atoi(hi)
		if err1 != nil || err2 != nil || len(lo) != len(hi) {
			panic("gs1: bad AI range " + d.ai)
		}
		parts := compileFormat(d.format)
		for n := first; n <= last; n++ {
			ai := strconv.Itoa(n)
			ai = strings.Repeat("0", len(lo)-len(ai)) + ai // keep leading zeros: "00", "01"
			s := spec{ai: ai, name: d.name, flags: d.flags, parts: parts}
			for _, p := range parts {
				if !p.optional {
					s.min += p.min
				}
				s.max += p.max
			}
			prefix := int(ai[0]-'0')*10 + int(ai[1]-'0')
			if l := predefinedLength[prefix]; l != 0 {
				if s.min != int(l) || s.max != int(l) {
					panic("gs1: AI " + ai + " disagrees with the predefined-length table")
				}
				s.fixed = true
			}
			if length[prefix] != 0 && int(length[prefix]) != len(ai) {
				panic("gs1: AIs starting " + ai[:2] + " have different lengths")
			}
			length[prefix] = uint8(len(ai))
			if len(all) == maxSpecs {
				panic("gs1: more than maxSpecs AIs")
			}
			all = append(all, s)
			idx[aiKey(ai)] = uint16(len(all))
		}
	}
	return all, idx, length
}

func compileFormat(format string) []part {
	var parts []part
	for f := range strings.FieldsSeq(format) {
		var p part
		if strings.HasPrefix(f, "[") {
			f = strings.TrimSuffix(strings.TrimPrefix(f, "["), "]")
			p.optional = true
		}
		f, lint, _ := strings.Cut(f, ",")
		switch f[0] {
		case 'N':
			p.set = setN
		case 'X':
			p.set = setX
		case 'Y':
			p.set = setY
		case 'Z':
			p.set = setZ
		default:
			panic("gs1: bad format " + format)
		}
		n, variable := strings.CutPrefix(f[1:], "..")
		max, err := strconv.Atoi(n)
		if err != nil {
			panic("gs1: bad format " + format)
		}
		p.min, p.max = max, max
		if variable {
			p.min = 1
		}
		switch lint {
		case "":
		case "csum":
			p.lint = lintCsum
		case "date":
			p.lint = lintDate
		case "date0":
			p.lint = lintDate0
		case "datehh":
			p.lint = lintDateHH
		case "hhmm":
			p.lint = lintHHMM
		default:
			panic("gs1: bad format " + format)
		}
		parts = append(parts, p)
	}
	return parts
}

// aiKey maps an AI of 2 to 4 digits to a dense index: 2-digit AIs first, then 3, then 4.
// It returns -1 for anything else.
func aiKey(ai string) int {
	if len(ai) < 2 || len(ai) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(ai); i++ {
		c := ai[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	switch len(ai) {
	case 2:
		return n
	case 3:
		return 100 + n
	default:
		return 1100 + n
	}
}

// lookup returns the table entry for ai, or nil.
func lookup(ai string) *spec {
	k := aiKey(ai)
	if k < 0 || index[k] == 0 {
		return nil
	}
	return &specs[index[k]-1]
}

// AITitle returns a short description of ai in plain words, such as "expiry date" for "17",
// or "" when ai is not in the package's table.
func AITitle(ai string) string {
	if s := lookup(ai); s != nil {
		return s.name
	}
	return ""
}

// ValidLot reports whether s can be printed as a batch or lot number (AI 10): 1 to 20
// characters of GS1's 82-character set. The contract refuses any other lot.
func ValidLot(s string) bool { return lotSpec.check(s, nil) == nil }

// ValidSerial reports whether s can be printed as a serial number (AI 21): 1 to 20
// characters of GS1's 82-character set.
func ValidSerial(s string) bool { return serialSpec.check(s, nil) == nil }

// lotSpec and serialSpec are AIs 10 and 21, whose formats (X..20) need no clock.
var lotSpec, serialSpec = lookup("10"), lookup("21")

// check verifies value against the AI's format: its length, each component's character set,
// check digit, date or time. clk decides the century of two-digit years.
func (s *spec) check(value string, clk *clock) *Error {
	n := len(value)
	switch {
	case n == 0:
		return errorf(s.ai, "has no value")
	case s.min == s.max && n != s.max:
		return errorf(s.ai, "must be %d %s long, not %d", s.max, s.unit(), n)
	case n < s.min:
		return errorf(s.ai, "must be at least %d %s long, not %d", s.min, s.unit(), n)
	case n > s.max:
		return errorf(s.ai, "must be at most %d %s long, not %d", s.max, s.unit(), n)
	}
	pos := 0
	for i, p := range s.parts {
		l := min(n-pos, p.max)
		if l == 0 && p.optional {
			continue
		}
		if l < p.min {
			return errorf(s.ai, "part %d must be %d characters long, not %d", i+1, p.min, l)
		}
		v := value[pos : pos+l]
		for j := 0; j < len(v); j++ {
			if charset[v[j]]&p.set == 0 {
				if p.set == setZ && v[j] == '=' && strings.TrimRight(v[j:], "=") == "" && len(v)-j <= 2 {
					break // base64 padding
				}
				return badChar(s.ai, p.set, v[j], pos+j+1)
			}
		}
		if err := lint(s.ai, p.lint, v, clk); err != nil {
			return err
		}
		pos += l
	}
	return nil
}

// unit names what a value is counted in: digits for a numeric AI, characters otherwise.
func (s *spec) unit() string {
	for _, p := range s.parts {
		if p.set != setN {
			return "characters"
		}
	}
	return "digits"
}

func badChar(ai string, set uint8, c byte, pos int) *Error {
	what := describeByte(c)
	switch set {
	case setN:
		return errorf(ai, "must be digits only: %s at position %d is not a digit", what, pos)
	case setY:
		return errorf(ai, "%s at position %d is not allowed (only A-Z, 0-9 and # - /)", what, pos)
	case setZ:
		return errorf(ai, "%s at position %d is not allowed (only A-Z, a-z, 0-9, - and _)", what, pos)
	default:
		return errorf(ai, "%s at position %d is not allowed (GS1 allows A-Z, a-z, 0-9 and !\"%%&'()*+,-./:;<=>?_)", what, pos)
	}
}

// describeByte names a byte for an error message.
func describeByte(c byte) string {
	switch {
	case c == ' ':
		return "a space"
	case c == gs:
		return "a GS separator"
	case c == '\'':
		return `"'"`
	case c > ' ' && c < 0x7f:
		return "'" + string(c) + "'"
	case c < ' ' || c == 0x7f:
		return "control character " + hex2(c)
	default:
		return "byte " + hex2(c) + " (not ASCII)"
	}
}

func hex2(c byte) string {
	const digits = "0123456789ABCDEF"
	return "0x" + string(digits[c>>4]) + string(digits[c&15])
}

func lint(ai string, kind uint8, v string, clk *clock) *Error {
	switch kind {
	case lintCsum:
		want := checkDigit(v[:len(v)-1])
		if v[len(v)-1] != want {
			return errorf(ai, "check digit should be %c, not %c", want, v[len(v)-1])
		}
	case lintDate, lintDate0:
		if _, err := parseYYMMDD(ai, v, kind == lintDate0, clk); err != nil {
			return err
		}
	case lintDateHH:
		if _, err := parseYYMMDD(ai, v[:6], false, clk); err != nil {
			return err
		}
		if h := atoi2(v[6:8]); h > 23 {
			return errorf(ai, "hour %s is not an hour of the day (00-23)", v[6:8])
		}
	case lintHHMM:
		if h, m := atoi2(v[:2]), atoi2(v[2:]); h > 23 || m > 59 {
			return errorf(ai, "%s is not a time of day (HHMM, 0000-2359)", v)
		}
	}
	return nil
}

// atoi2 reads two ASCII digits.
func atoi2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }
