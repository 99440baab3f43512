package label_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/datamatrix"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/pedigree-rx/pedigree/internal/label"
)

// gs1Set is the GS1 AI encodable character set 82, what a lot or serial may hold.
const gs1Set = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`

// newPack builds a pack the way internal/gs1 will, simply enough for a test:
// GTIN, expiry (skipped when empty), lot, serial.
func newPack(gtin, expiry, lot, serial string, index int) label.Pack {
	es := "01" + gtin
	hri := "(01)" + gtin
	if expiry != "" {
		es += "17" + expiry
		hri += "(17)" + expiry
	}
	es += "10" + lot + "\x1d" + "21" + serial
	hri += "(10)" + lot + "(21)" + serial
	dl := "https://verify.example/01/" + gtin + "/10/" + url.PathEscape(lot) + "/21/" + url.PathEscape(serial)
	if expiry != "" {
		dl += "?17=" + expiry
	}
	p := label.Pack{
		DigitalLink:   dl,
		ElementString: es,
		HumanReadable: hri,
		Product:       "Demoprofen 200 mg film-coated tablets",
		Index:         index,
		GTIN:          gtin, Lot: lot, Serial: serial,
	}
	if expiry != "" {
		p.Expiry = "20" + expiry[:2] + "-" + expiry[2:4]
		if expiry[4:] != "00" {
			p.Expiry += "-" + expiry[4:]
		}
	}
	return p
}

// testPacks covers short and 20-character lots and serials, the whole GS1
// character set, GTINs with leading zeros, with and without expiry, and
// characters HTML must escape.
func testPacks() map[string]label.Pack {
	chunk := func(i int) string { return gs1Set[i*20 : min(len(gs1Set), i*20+20)] }
	return map[string]label.Pack{
		"Short":                newPack("09506000134352", "270630", "LOT1", "SER1", 0),
		"NoExpiry":             newPack("09506000134352", "", "LOT1", "SER1", 1),
		"GTINLeadingZeros":     newPack("00012345678905", "270600", "A", "1", 2),
		"GTINAllZerosNoExpiry": newPack("00000000000000", "", "0", "0", 3),
		"Set0to40":             newPack("09506000134352", "270630", chunk(0), chunk(1), 4),
		"Set40to82":            newPack("09506000134352", "", chunk(2), chunk(3)+chunk(4), 5),
		"Set20to60Reversed":    newPack("04012345000016", "301231", chunk(2), chunk(1), 6),
		"DigitsOddAndEven":     newPack("09506000134352", "270630", "12345678901234567890", "1234567", 7),
		"HTMLHostile":          newPack("09506000134352", "270630", `<b>&"x'`, `a<b>c&d`, 8),
		"Max20Letters":         newPack("09506000134352", "270630", "ABCDEFGHIJKLMNOPQRST", "abcdefghijklmnopqrst", 9),
	}
}

func decodePNG(tb testing.TB, b []byte) image.Image {
	tb.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("decode PNG: %v", err)
	}
	return img
}

// scan decodes the one symbol in a PNG with reader, finding it as a camera
// would, unless pure: then the reader is told the image is nothing but the
// symbol and its quiet zone, which it needs when modules are 1 or 2 px.
func scan(tb testing.TB, r gozxing.Reader, b []byte, pure bool) *gozxing.Result {
	tb.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(decodePNG(tb, b))
	if err != nil {
		tb.Fatalf("binary bitmap: %v", err)
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}
	if pure {
		hints[gozxing.DecodeHintType_PURE_BARCODE] = true
	}
	res, err := r.Decode(bmp, hints)
	if err != nil {
		tb.Fatalf("scan: %v", err)
	}
	return res
}

func scanQR(tb testing.TB, b []byte) *gozxing.Result {
	tb.Helper()
	return scan(tb, qrcode.NewQRCodeReader(), b, false)
}

func scanDataMatrix(tb testing.TB, b []byte) *gozxing.Result {
	tb.Helper()
	return scan(tb, datamatrix.NewDataMatrixReader(), b, false)
}

func metadata(res *gozxing.Result, key gozxing.ResultMetadataType) string {
	return fmt.Sprint(res.GetResultMetadata()[key])
}
