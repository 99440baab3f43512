package label_test

import (
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/datamatrix"

	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestDataMatrix(t *testing.T) {
	for name, p := range testPacks() {
		t.Run(name, func(t *testing.T) {
			b, err := label.DataMatrix(p.ElementString, 6)
			if err != nil {
				t.Fatal(err)
			}
			res := scanDataMatrix(t, b)
			// A leading FNC1 makes the symbol GS1: the reader says so with
			// the symbology identifier ]d2 and shows the FNC1 as a GS.
			if got, want := metadata(res, gozxing.ResultMetadataType_SYMBOLOGY_IDENTIFIER), "]d2"; got != want {
				t.Errorf("symbology identifier %s, want %s", got, want)
			}
			if got, want := res.GetText(), "\x1d"+p.ElementString; got != want {
				t.Errorf("scanned %q, want %q", got, want)
			}
		})
	}
}

func TestDataMatrixModuleSize(t *testing.T) {
	es := testPacks()["Short"].ElementString // 24 codewords: 22 x 22
	for _, moduleSize := range []int{1, 2, 4, 10} {
		b, err := label.DataMatrix(es, moduleSize)
		if err != nil {
			t.Fatal(err)
		}
		img := decodePNG(t, b)
		// 22 modules and a quiet zone of 2 on each side.
		if got, want := img.Bounds().Dx(), 26*moduleSize; got != want || img.Bounds().Dy() != want {
			t.Errorf("module size %d: image %v, want %d x %d", moduleSize, img.Bounds().Size(), want, want)
		}
		res := scan(t, datamatrix.NewDataMatrixReader(), b, moduleSize < 3)
		if got := res.GetText(); got != "\x1d"+es {
			t.Errorf("module size %d: scanned %q", moduleSize, got)
		}
	}
}

func TestDataMatrixLargest(t *testing.T) {
	// FNC1 and 1303 digit pairs: the 1304 data codewords of a 132 x 132 symbol.
	es := strings.Repeat("12", 1303)
	b, err := label.DataMatrix(es, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := decodePNG(t, b).Bounds().Dx(), (132+4)*3; got != want {
		t.Errorf("image %d px wide, want %d", got, want)
	}
	if got := scanDataMatrix(t, b).GetText(); got != "\x1d"+es {
		t.Errorf("scanned %d characters, want %d", len(got), 1+len(es))
	}
}

func TestDataMatrixErrors(t *testing.T) {
	tests := map[string]struct {
		es         string
		moduleSize int
		want       string
	}{
		"ErrTooLongByOne":     {strings.Repeat("12", 1303) + "1", 4, "needs 1305 codewords, more than the 1304"},
		"ErrTooLong":          {"0109506000134352" + "10" + strings.Repeat("ABC", 1000), 4, "largest symbol (132 x 132)"},
		"ErrEmpty":            {"", 4, "empty"},
		"ErrLeadingGS":        {"\x1d0109506000134352", 4, "without the leading FNC1"},
		"ErrNotASCII":         {"0109506000134352" + "10" + "LÖT", 4, "neither printable ASCII nor GS"},
		"ErrControlCharacter": {"0109506000134352" + "10" + "LOT\n", 4, "byte 0x0A at offset 21"},
		"ErrModuleSizeZero":   {"0109506000134352", 0, "module size 0 px, want 1 to 64"},
		"ErrModuleSizeHuge":   {"0109506000134352", 65, "module size 65 px"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := label.DataMatrix(tt.es, tt.moduleSize)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want one saying %q", err, tt.want)
			}
			if got, want := pedigree.ErrorCode(err), pedigree.EINVALID; got != want {
				t.Errorf("code %q, want %q", got, want)
			}
		})
	}
}

func BenchmarkDataMatrix(b *testing.B) {
	es := testPacks()["Max20Letters"].ElementString
	for b.Loop() {
		if _, err := label.DataMatrix(es, 8); err != nil {
			b.Fatal(err)
		}
	}
}
