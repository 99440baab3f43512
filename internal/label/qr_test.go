package label_test

import (
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"

	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestQR(t *testing.T) {
	for name, p := range testPacks() {
		t.Run(name, func(t *testing.T) {
			b, err := label.QR(p.DigitalLink, 256)
			if err != nil {
				t.Fatal(err)
			}
			img := decodePNG(t, b)
			if got := img.Bounds().Size(); got.X != 256 || got.Y != 256 {
				t.Errorf("image %v, want 256 x 256", got)
			}
			res := scanQR(t, b)
			if got, want := res.GetText(), p.DigitalLink; got != want {
				t.Errorf("scanned %q, want %q", got, want)
			}
			if got, want := metadata(res, gozxing.ResultMetadataType_ERROR_CORRECTION_LEVEL), "M"; got != want {
				t.Errorf("error correction level %s, want %s", got, want)
			}
		})
	}
}

func TestQRErrors(t *testing.T) {
	tests := map[string]struct {
		uri  string
		size int
		want string
	}{
		"ErrEmpty":    {"", 256, "empty"},
		"ErrTooSmall": {"https://verify.example/01/09506000134352/10/LOT1/21/SER1", 20, "too small"},
		"ErrTooLong":  {"https://verify.example/" + strings.Repeat("x", 3000), 4096, "QR code"},
		"ErrTooBig":   {"https://verify.example/", 4097, "4097 px, want 4096 at most"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := label.QR(tt.uri, tt.size)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want one saying %q", err, tt.want)
			}
			if got, want := pedigree.ErrorCode(err), pedigree.EINVALID; got != want {
				t.Errorf("code %q, want %q", got, want)
			}
		})
	}
}

func BenchmarkQR(b *testing.B) {
	uri := testPacks()["Short"].DigitalLink
	for b.Loop() {
		if _, err := label.QR(uri, 256); err != nil {
			b.Fatal(err)
		}
	}
}
