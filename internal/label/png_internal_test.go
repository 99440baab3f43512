package label

import (
	"bytes"
	"image"
	"image/png"
	"testing"
)

// TestQuietZones draws the symbols with one pixel per module and looks at
// their margins: four modules for QR (ISO/IEC 18004), two for DataMatrix.
func TestQuietZones(t *testing.T) {
	qr, qrModules, err := qrPNG("https://verify.example/01/09506000134352/10/LOT1/21/SER1?17=270630", 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	dm, dmModules, err := dataMatrixPNG("010950600013435217270630"+"10LOT1"+"\x1d"+"21SER1", 1)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		png     []byte
		modules int
		quiet   int
	}{
		"QR":         {qr, qrModules, 4},
		"DataMatrix": {dm, dmModules, 2},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			img, err := png.Decode(bytes.NewReader(tt.png))
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds().Size(); got != image.Pt(tt.modules, tt.modules) {
				t.Fatalf("image %v, want %d x %d", got, tt.modules, tt.modules)
			}
			dark := func(x, y int) bool { r, _, _, _ := img.At(x, y).RGBA(); return r < 0x8000 }
			n := tt.modules
			for y := range n {
				for x := range n {
					inMargin := x < tt.quiet || y < tt.quiet || x >= n-tt.quiet || y >= n-tt.quiet
					if inMargin && dark(x, y) {
						t.Fatalf("dark module (%d, %d) in the quiet zone", x, y)
					}
				}
			}
			// Both symbols have a dark module in their top-left corner (the
			// QR finder pattern; the DataMatrix finder L meeting its clock track)
			// and in their bottom-left one.
			q := tt.quiet
			if !dark(q, q) || !dark(q, n-q-1) {
				t.Errorf("corners (%d, %d) and (%d, %d) not dark", q, q, q, n-q-1)
			}
		})
	}
}
