package gs1_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// parser reads two-digit years as in March 2026.
var parser = gs1.Parser{Now: func() time.Time { return time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC) }}

// example is the GS1 example pack: GTIN 09506000134352, expiry 30 June 2027, lot ABC123,
// serial 12345.
var example = gs1.Code{GTIN: "09506000134352", Lot: "ABC123", Serial: "12345", Expiry: gs1.Date{Year: 2027, Month: 6, Day: 30}}

const gsep = "\x1d"

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     gs1.Code
	}{
		// The three forms of the same pack.
		{"DigitalLink", "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"ElementStringDataMatrix", "]d2010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringNoSymbologyID", "010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringLeadingGS", gsep + "010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringDataMatrixLeadingGS", "]d2" + gsep + "010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringQR", "]Q3010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringGS1128", "]C1010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringDataBar", "]e0010950600013435217270630" + "10ABC123" + gsep + "2112345", example},
		{"ElementStringAnyOrder", "2112345" + gsep + "10ABC123" + gsep + "1727063001" + "09506000134352", example},
		{"ElementStringGSAfterFixed", "0109506000134352" + gsep + "17270630" + gsep + "10ABC123" + gsep + "2112345", example},
		{"ElementStringTrailingGS", "010950600013435217270630" + "10ABC123" + gsep + "2112345" + gsep, example},
		{"ElementStringSurroundingSpace", " \t010950600013435217270630" + "10ABC123" + gsep + "2112345\r\n", example},
		{"Bracketed", "(01)09506000134352(17)270630(10)ABC123(21)12345", example},
		{"BracketedWithSpaces", "(01) 09506000134352 (17) 270630 (10) ABC123 (21) 12345", example},
		{"BracketedEscapedParenthesis", `(01)09506000134352(10)A\(1)(21)\(2)`,
			gs1.Code{GTIN: "09506000134352", Lot: "A(1)", Serial: "(2)"}},

		// Digital Link variants.
		{"DigitalLinkGTIN13", "https://id.gs1.org/01/9506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkGTIN12", "https://a.example/01/416000336108", gs1.Code{GTIN: "00416000336108"}},
		{"DigitalLinkGTIN8", "https://a.example/01/02345673", gs1.Code{GTIN: "00000002345673"}},
		{"DigitalLinkPathPrefix", "https://example.com/some/prefix/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkPrefixWithFakeKey", "https://example.com/01/faux/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkHTTPUpperCase", "HTTPS://ID.GS1.ORG/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkHTTP", "http://verify.example:8080/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkOtherParams", "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?linkType=gs1:pip&17=270630&utm_source=qr&flag", example},
		{"DigitalLinkEmptyParams", "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?&&17=270630&&", example},
		{"DigitalLinkFragment", "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630#top", example},
		{"DigitalLinkEmptyQuery", "https://id.gs1.org/01/09506000134352?", gs1.Code{GTIN: "09506000134352"}},
		{"DigitalLinkQRSymbologyID", "]Q1https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkDataMatrixSymbologyID", "]d1https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630", example},
		{"DigitalLinkPercentEncoded", "https://a.example/01/09506000134352/22/ABC%2d123/10/A%2FB%25?99=XYZ%2f987",
			gs1.Code{GTIN: "09506000134352", CPV: "ABC-123", Lot: "A/B%", Attributes: []gs1.Element{{"99", "XYZ/987"}}}},
		{"DigitalLinkPlusInPath", "https://a.example/01/09506000134352/22/ABC+123",
			gs1.Code{GTIN: "09506000134352", CPV: "ABC+123"}},
		{"DigitalLinkAllQualifiers", "https://a.example/01/09506000134352/22/2A/10/ABC123/21/12345",
			gs1.Code{GTIN: "09506000134352", CPV: "2A", Lot: "ABC123", Serial: "12345"}},
		{"DigitalLinkSerialOnly", "https://a.example/01/09506000134352/21/12345",
			gs1.Code{GTIN: "09506000134352", Serial: "12345"}},
		{"DigitalLinkCPVSerial", "https://a.example/01/09506000134352/22/2A/21/12345",
			gs1.Code{GTIN: "09506000134352", CPV: "2A", Serial: "12345"}},
		{"DigitalLinkTPX", "https://a.example/01/09506000134352/235/XYZ?10=ABC123",
			gs1.Code{GTIN: "09506000134352", Lot: "ABC123", Attributes: []gs1.Element{{"235", "XYZ"}}}},
		{"DigitalLinkTPXInQuery", "https://a.example/01/09506000134352/10/ABC123?235=XYZ",
			gs1.Code{GTIN: "09506000134352", Lot: "ABC123", Attributes: []gs1.Element{{"235", "XYZ"}}}},

		// Examples of the GS1 Digital Link standard, as tested by the GS1 Barcode Syntax Engine.
		{"GS1DigitalLinkExample1", "https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426",
			gs1.Code{GTIN: "09520123456788", Lot: "ABC1", Serial: "12345", Expiry: gs1.Date{Year: 2018, Month: 4, Day: 26}}},
		{"GS1DigitalLinkExample2", "https://id.gs1.org/01/09520123456788?3103=000195",
			gs1.Code{GTIN: "09520123456788", Attributes: []gs1.Element{{"3103", "000195"}}}},
		{"GS1DigitalLinkExample3", "https://example.com/01/9520123456788?3103=000195&3922=0299&17=201225",
			gs1.Code{GTIN: "09520123456788", Expiry: gs1.Date{Year: 2020, Month: 12, Day: 25},
				Attributes: []gs1.Element{{"3103", "000195"}, {"3922", "0299"}}}},
		{"GS1DigitalLinkExample4", "https://brand.example.com/some-extra/pathinfo/01/9520123456788",
			gs1.Code{GTIN: "09520123456788"}},

		// Attributes, including the national healthcare reimbursement numbers.
		{"AttributesInOrder", "(01)09506000134352(17)270600(11)250115(714)142199(7003)2706301200(240)A-1(10)L1",
			gs1.Code{GTIN: "09506000134352", Lot: "L1", Expiry: gs1.Date{Year: 2027, Month: 6},
				Attributes: []gs1.Element{{"11", "250115"}, {"714", "142199"}, {"7003", "2706301200"}, {"240", "A-1"}}}},
		{"PZN", "]d20104012345678901714PZN-12345678" + gsep + "10B1" + gsep + "17280131" + "21S1",
			gs1.Code{GTIN: "04012345678901", Lot: "B1", Serial: "S1", Expiry: gs1.Date{Year: 2028, Month: 1, Day: 31},
				Attributes: []gs1.Element{{"714", "PZN-12345678"}}}},
		{"GLNAttribute", "(01)09506000134352(414)9506000134352",
			gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"414", "9506000134352"}}}},
		{"CompanyInternal", "0109506000134352" + "91ABC" + gsep + "99XYZ",
			gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"91", "ABC"}, {"99", "XYZ"}}}},
		{"TPXMovedFirst", "0109506000134352" + "99XYZ" + gsep + "235T1",
			gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"235", "T1"}, {"99", "XYZ"}}}},

		// A bare GTIN, typed or from a linear barcode.
		{"BareGTIN14", "09506000134352", gs1.Code{GTIN: "09506000134352"}},
		{"BareGTIN13", "9506000134352", gs1.Code{GTIN: "09506000134352"}},
		{"EAN13", "]E09506000134352", gs1.Code{GTIN: "09506000134352"}},
		{"EAN8", "]E402345673", gs1.Code{GTIN: "00000002345673"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parser.Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Parse(%q)\ngot  %#v\nwant %#v", tc.in, got, tc.want)
			}
			if err := parser.Validate(got); err != nil {
				t.Fatalf("Validate: %v", err)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ai       string // the AI the error must name
		msg      string // a part of the message
	}{
		// Digital Link structure.
		{"ErrQualifierOrder", "https://id.gs1.org/01/09506000134352/10/ABC/22/X", "22", "must come before AI 10"},
		{"ErrQualifierOrderSerialFirst", "https://id.gs1.org/01/09506000134352/21/1/10/ABC", "10", "must come before AI 21"},
		{"ErrQualifierTwice", "https://id.gs1.org/01/09506000134352/10/A/10/B", "10", "more than once"},
		{"ErrAttributeInPath", "https://id.gs1.org/01/09506000134352/10/ABC/17/270630", "17", "belongs in the query string"},
		{"ErrQualifierInQuery", "https://id.gs1.org/01/09506000134352?10=ABC123", "10", "belongs in the path"},
		{"ErrSerialInQuery", "https://id.gs1.org/01/09506000134352/10/A?21=1", "21", "belongs in the path"},
		{"ErrTPXInQueryAlone", "https://id.gs1.org/01/09506000134352?235=T", "235", "belongs in the path"},
		{"ErrTPXWithQualifiers", "https://id.gs1.org/01/09506000134352/10/A/235/T", "235", "may not be combined"},
		{"ErrTPXBeforeQualifiers", "https://id.gs1.org/01/09506000134352/235/T/21/S", "235", "may not be combined"},
		{"ErrTPXTwice", "https://id.gs1.org/01/09506000134352/235/T/235/U", "235", "more than once"},
		{"ErrTPXWithSerial", "https://id.gs1.org/01/09506000134352/235/T?21=S", "235", "AI 21"},
		{"ErrRepeatedPathAndQuery", "https://id.gs1.org/01/09506000134352/10/ABC123?99=XYZ789&10=ABC123", "10", "more than once"},
		{"ErrRepeatedGTIN", "https://id.gs1.org/01/09506000134352/10/ABC123?01=09506000134352", "01", "more than once"},
		{"ErrRepeatedQuery", "https://id.gs1.org/01/09506000134352?17=270630&17=270630", "17", "more than once"},
		{"ErrUnknownAIInPath", "https://example.com/01/09520123456788/89/ABC123?99=XYZ", "89", "not a GS1 Application Identifier"},
		{"ErrUnknownAIInQuery", "https://example.com/01/09520123456788?99=XYZ&89=ABC123", "89", "not a GS1 Application Identifier"},
		{"ErrNumericNonAIQuery", "https://a.example/01/12312312312333?99=ABC&999=faux", "999", "not a GS1 Application Identifier"},
		{"ErrEmptyQueryValue", "https://a.example/01/12312312312333?99=", "99", "no value"},
		{"ErrEmptyPathValue", "https://a.example/01//10/A", "01", "no value"},
		{"ErrShortNameGTIN", "https://id.gs1.org/gtin/09506000134352", "01", "deprecated"},
		{"ErrShortNameLot", "https://id.gs1.org/01/09506000134352/lot/ABC", "10", "deprecated"},
		{"ErrShortNameSer", "https://id.gs1.org/01/09506000134352/ser/1", "21", "deprecated"},
		{"ErrShortNameExp", "https://id.gs1.org/01/09506000134352?exp=270630", "17", "deprecated"},
		{"ErrSSCCKey", "https://id.gs1.org/00/106141411234567897", "00", "other than a trade item"},
		{"ErrGLNKey", "https://id.gs1.org/414/9520123456788", "414", "other than a trade item"},
		{"ErrPlusIsSpace", "https://a.example/01/09506000134352/10/A?99=XYZ+987", "99", "%2B"},
		{"ErrBadPercent", "https://a.example/01/09506000134352/10/A%4g", "10", "percent-encoded"},
		{"ErrPercentAtEnd", "https://a.example/01/09506000134352/10/A%2", "10", "percent-encoded"},
		{"ErrSpaceInURI", "https://a.example/01/09506000134352/10/A B", "", "not allowed in a URI"},
		{"ErrTrailingSlash", "https://a.example/01/09506000134352/", "", "must not end"},
		{"ErrNoHost", "https:///01/09506000134352", "", "no host"},
		{"ErrNoPath", "https://a.example", "", "/01/"},
		{"ErrNotDigitalLink", "https://a.example/products/abc", "", "/01/"},
		{"ErrJunkAfterQualifiers", "https://a.example/01/09506000134352/foo/bar", "", "after /01/"},
		{"ErrSchemeFTP", "ftp://a.example/01/09506000134352", "", "not a GS1 code"},
		{"ErrGTINLength", "https://a.example/01/123456789", "01", "14 digits"},

		// Check digits.
		{"ErrCheckDigitDigitalLink", "https://id.gs1.org/01/09506000134353", "01", "check digit should be 2, not 3"},
		{"ErrCheckDigitElementString", "]d20109506000134353", "01", "check digit should be 2, not 3"},
		{"ErrCheckDigitBracketed", "(01)09506000134353", "01", "check digit should be 2, not 3"},
		{"ErrCheckDigitGTIN13", "https://id.gs1.org/01/9506000134353", "01", "check digit should be 2, not 3"},
		{"ErrCheckDigitBare", "09506000134353", "01", "check digit"},
		{"ErrCheckDigitGLN", "(01)09506000134352(414)9506000134353", "414", "check digit should be 2, not 3"},

		// Characters and lengths of lot and serial.
		{"ErrLotSpace", "https://a.example/01/09506000134352/10/ABC%20123", "10", "a space at position 4"},
		{"ErrLotHash", "https://a.example/01/09506000134352/10/ABC%23123", "10", "'#' at position 4"},
		{"ErrLotAccent", "https://a.example/01/09506000134352/10/%C3%A9", "10", "not ASCII"},
		{"ErrSerialTilde", "(01)09506000134352(21)A~1", "21", "'~' at position 2"},
		{"ErrSerialControl", "0109506000134352" + "21A\x01B", "21", "control character 0x01"},
		{"ErrLotTooLongDigitalLink", "https://a.example/01/09506000134352/10/ABCDEFGHIJKLMNOPQRSTU", "10", "at most 20 characters long, not 21"},
		{"ErrLotTooLongElementString", "0109506000134352" + "10ABCDEFGHIJKLMNOPQRSTU", "10", "GS separator missing"},
		{"ErrSerialTooLongBracketed", "(01)09506000134352(21)123456789012345678901", "21", "at most 20"},
		{"ErrFixedTooShort", "(17)9(90)217", "17", "6 digits long, not 1"},
		{"ErrGTINCutByGS", "010950600013" + gsep + "10A", "01", "14 digits long, not 10"},
		{"ErrExpiryNotDigits", "(01)09506000134352(17)27O630", "17", "'O' at position 3 is not a digit"},

		// Dates.
		{"ErrDate30February", "(01)09506000134352(17)270230", "17", "February 2027 has 28 days"},
		{"ErrDate29FebruaryNotLeap", "(01)09506000134352(17)270229", "17", "February 2027 has 28 days"},
		{"ErrDateMonth13", "(01)09506000134352(17)271301", "17", "no month 13"},
		{"ErrDateMonth00", "(01)09506000134352(11)270001", "11", "no month 00"},
		{"ErrDate31April", "(01)09506000134352(17)270431", "17", "April 2027 has 30 days"},
		{"ErrDateDay00NotAllowed", "(01)09506000134352(7003)2706001200", "7003", "day 00 is not allowed"},
		{"ErrTime", "(01)09506000134352(7003)2706302400", "7003", "not a time of day"},

		// AIs.
		{"ErrUnknownAIElementString", "0109506000134352" + "89ABC", "89", "no GS1 Application Identifier starts with 89"},
		{"ErrUnknownAIBracketed", "(01)09506000134352(89)ABC", "89", "not a GS1 Application Identifier"},
		{"ErrUnknownThreeDigitAI", "0109506000134352" + "719ABC", "719", "not a GS1 Application Identifier"},
		{"ErrRepeatedElementString", "0109506000134352" + "10A" + gsep + "10A", "10", "more than once"},
		{"ErrRepeatedBracketed", "(01)09506000134352(17)270630(17)270630", "17", "more than once"},
		{"ErrNoGTIN", "(10)ABC(21)1", "01", "missing"},
		{"ErrSSCCLabel", "(00)106141411234567897(02)09506000134352(37)10", "00", "other than a trade item"},
		{"ErrContentWithGTIN", "(01)09506000134352(02)09506000134352", "02", "may not appear with AI 01"},
		{"ErrSerialWithTPX", "(01)09506000134352(235)T(21)S", "235", "AI 21"},

		// Element string and bracketed structure.
		{"ErrDoubleGS", "0109506000134352" + "10A" + gsep + gsep + "21B", "", "where an AI should start"},
		{"ErrAIExpected", "0109506000134352A", "", "not a digit"},
		{"ErrEndsInsideAI", "01095060001343527", "", "ends in the middle of an AI"},
		{"ErrEndsInsideLongAI", "0109506000134352714", "714", "no value"},
		{"ErrEndsInsideFourDigitAI", "0109506000134352310", "", "ends in the middle of an AI"},
		{"ErrBracketUnclosed", "(01)09506000134352(10", "", "never closed"},
		{"ErrBracketNotAI", "(01)09506000134352(1A)B", "", "not an AI"},
		{"ErrBracketNoValue", "(01)09506000134352(10)(21)1", "10", "no value"},
		{"ErrBracketSpaceInside", "(01)09506000134352 x(10)A", "01", "14 digits long, not 16"},
		{"ErrBracketJunkFirst", "x(01)09506000134352", "", "not a GS1 code"},
		{"ErrEmpty", "  ", "", "empty"},
		{"ErrText", "hello", "", "not a GS1 code"},
		{"ErrSymbology", "]A0hello", "", "not a GS1 barcode"},
		{"ErrSymbologyShort", "]d", "", "cut short"},
		{"ErrPlainDataMatrix", "]d1hello", "", "should start with https://"},
		{"ErrEANLength", "]E0123", "01", "8, 12 or 13 digits"},
		{"ErrTooLong", "(01)09506000134352(99)" + strings.Repeat("A", 9000), "", "too long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parser.Parse(tc.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want an error", tc.in, c)
			}
			var e *gs1.Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q): %T %v, want *gs1.Error", tc.in, err, err)
			}
			if e.AI != tc.ai || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("Parse(%q):\ngot  AI %q, %q\nwant AI %q, message with %q", tc.in, e.AI, err, tc.ai, tc.msg)
			}
			if tc.ai != "" && !strings.HasPrefix(err.Error(), "AI "+tc.ai+" ") && !strings.HasPrefix(err.Error(), "AI "+tc.ai+":") {
				t.Fatalf("message %q does not start by naming AI %s", err, tc.ai)
			}
		})
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := parser.Parse("https://id.gs1.org/01/09506000134353")
	if got, want := err.Error(), "AI 01 (GTIN): check digit should be 2, not 3"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	_, err = parser.Parse("(01)09506000134352(10)ABC 123")
	if got, want := err.Error(), `AI 10 (batch/lot): a space at position 4 is not allowed (GS1 allows A-Z, a-z, 0-9 and !"%&'()*+,-./:;<=>?_)`; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestParseDigitalLinkOnly(t *testing.T) {
	if _, err := parser.ParseDigitalLink("(01)09506000134352"); err == nil {
		t.Fatal("ParseDigitalLink accepted the bracketed form")
	}
	got, err := parser.ParseDigitalLink("https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630")
	if err != nil || !reflect.DeepEqual(got, example) {
		t.Fatalf("got %v, %v", got, err)
	}
}

func TestParseElementStringOnly(t *testing.T) {
	if _, err := parser.ParseElementString("https://id.gs1.org/01/09506000134352"); err == nil {
		t.Fatal("ParseElementString accepted a Digital Link")
	}
	for _, in := range []string{"]d2010950600013435217270630" + "10ABC123" + gsep + "2112345", "(01)09506000134352(17)270630(10)ABC123(21)12345"} {
		got, err := parser.ParseElementString(in)
		if err != nil || !reflect.DeepEqual(got, example) {
			t.Fatalf("%q: got %v, %v", in, got, err)
		}
	}
}

func TestBuild(t *testing.T) {
	t.Run("DigitalLink", func(t *testing.T) {
		if got, want := example.DigitalLink(""), "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=270630"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
		if got, want := example.DigitalLink("https://verify.example/gs1/"), "https://verify.example/gs1/01/09506000134352/10/ABC123/21/12345?17=270630"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
	t.Run("ElementString", func(t *testing.T) {
		if got, want := example.ElementString(), "010950600013435217270630"+"10ABC123"+gsep+"2112345"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
	t.Run("Bracketed", func(t *testing.T) {
		if got, want := example.Bracketed(), "(01)09506000134352(17)270630(10)ABC123(21)12345"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
	t.Run("PercentEncoding", func(t *testing.T) {
		c := gs1.Code{GTIN: "09506000134352", CPV: "ABC-123", Lot: `!"%&'()*+,/:;<=>?`, Serial: "a_b.c",
			Attributes: []gs1.Element{{"99", "XYZ/987"}}}
		want := "https://id.gs1.org/01/09506000134352/22/ABC-123/10/%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F/21/a_b.c?99=XYZ%2F987"
		if got := c.DigitalLink(""); got != want {
			t.Fatalf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("TPX", func(t *testing.T) {
		c := gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"235", "T1"}, {"99", "X"}}}
		if got, want := c.DigitalLink(""), "https://id.gs1.org/01/09506000134352/235/T1?99=X"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
		c.Lot = "L"
		if got, want := c.DigitalLink(""), "https://id.gs1.org/01/09506000134352/10/L?235=T1&99=X"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
	t.Run("SeparatorsOnlyAfterVariableLength", func(t *testing.T) {
		c := gs1.Code{GTIN: "09506000134352", Lot: "L", Expiry: gs1.Date{Year: 2027, Month: 6},
			Attributes: []gs1.Element{{"11", "250101"}, {"714", "P1"}, {"3103", "000195"}}}
		if got, want := c.ElementString(), "0109506000134352"+"17270600"+"11250101"+"714P1"+gsep+"3103000195"+"10L"; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}

// TestRoundTrip builds each form of a code, parses it back and expects the same code.
func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		code gs1.Code
	}{
		{"Example", example},
		{"GTINOnly", gs1.Code{GTIN: "00000002345673"}},
		{"Day00", gs1.Code{GTIN: "09506000134352", Lot: "ABC", Expiry: gs1.Date{Year: 2028, Month: 2}}},
		{"EveryCharacter", gs1.Code{GTIN: "19506000134359", CPV: `!"%&'()*+,-./`, Lot: "0123456789:;<=>?", Serial: "ABCXYZ_abcxyz("}},
		{"Attributes", gs1.Code{GTIN: "09506000134352", Serial: "S", Expiry: gs1.Date{Year: 2075, Month: 12, Day: 31},
			Attributes: []gs1.Element{{"714", "142199"}, {"11", "260101"}, {"7003", "2701011200"}, {"91", "a(b)c"}, {"3922", "0299"}, {"3103", "000195"}}}},
		{"TPX", gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"235", "T%1"}, {"240", "X"}}}},
		{"TPXWithLot", gs1.Code{GTIN: "09506000134352", Lot: "L", CPV: "C", Attributes: []gs1.Element{{"235", "T"}}}},
		{"SSCCAttribute", gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"00", "106141411234567897"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := parser.Validate(tc.code); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			for _, built := range []string{tc.code.DigitalLink("https://verify.example/p"), tc.code.ElementString(), "]d2" + tc.code.ElementString(), tc.code.Bracketed()} {
				got, err := parser.Parse(built)
				if err != nil {
					t.Fatalf("Parse(%q): %v", built, err)
				}
				if !reflect.DeepEqual(got, tc.code) {
					t.Fatalf("Parse(%q)\ngot  %#v\nwant %#v", built, got, tc.code)
				}
			}
		})
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		code gs1.Code
		ai   string
	}{
		{"ErrNoGTIN", gs1.Code{Lot: "A"}, "01"},
		{"ErrGTIN13", gs1.Code{GTIN: "9506000134352"}, "01"},
		{"ErrLotTooLong", gs1.Code{GTIN: "09506000134352", Lot: strings.Repeat("A", 21)}, "10"},
		{"ErrSerialCharacter", gs1.Code{GTIN: "09506000134352", Serial: "A B"}, "21"},
		{"ErrCPVCharacter", gs1.Code{GTIN: "09506000134352", CPV: "é"}, "22"},
		{"ErrExpiryMonth", gs1.Code{GTIN: "09506000134352", Expiry: gs1.Date{Year: 2027, Month: 13, Day: 1}}, "17"},
		{"ErrExpiryOutsideWindow", gs1.Code{GTIN: "09506000134352", Expiry: gs1.Date{Year: 2077, Month: 1, Day: 1}}, "17"},
		{"ErrExpiryFarPast", gs1.Code{GTIN: "09506000134352", Expiry: gs1.Date{Year: 1976, Month: 1, Day: 1}}, "17"},
		{"ErrLotAsAttribute", gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"10", "A"}}}, "10"},
		{"ErrUnknownAttribute", gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"89", "A"}}}, "89"},
		{"ErrRepeatedAttribute", gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"99", "A"}, {"99", "A"}}}, "99"},
		{"ErrAttributeValue", gs1.Code{GTIN: "09506000134352", Attributes: []gs1.Element{{"11", "251301"}}}, "11"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := parser.Validate(tc.code)
			var e *gs1.Error
			if !errors.As(err, &e) || e.AI != tc.ai {
				t.Fatalf("Validate(%#v) = %v, want an error naming AI %s", tc.code, err, tc.ai)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		for _, y := range []int{1977, 2026, 2076} {
			c := gs1.Code{GTIN: "09506000134352", Expiry: gs1.Date{Year: y, Month: 1, Day: 1}}
			if err := parser.Validate(c); err != nil {
				t.Errorf("year %d: %v", y, err)
			}
		}
	})
}

func TestAITitle(t *testing.T) {
	for ai, want := range map[string]string{"01": "GTIN", "17": "expiry date", "10": "batch/lot", "21": "serial number", "3103": "net weight in kg", "95": "company internal information", "89": ""} {
		if got := gs1.AITitle(ai); got != want {
			t.Errorf("AITitle(%q) = %q, want %q", ai, got, want)
		}
	}
}
