package label

import (
	"github.com/skip2/go-qrcode"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// maxQRSize bounds the PNG a caller may ask for.
const maxQRSize = 4096

// QR returns a size x size PNG of a QR code holding uri, with error
// correction level M and the quiet zone of four modules ISO/IEC 18004
// requires. Every module is the same whole number of pixels, the largest
// that fits, and the symbol is centred; so the margin may be a little wider
// than four modules. A size too small for one pixel per module, or over
// 4096, is an EINVALID error.
func QR(uri string, size int) ([]byte, error) {
	b, _, err := qrPNG(uri, size, 0)
	return b, err
}

// qrPNG draws uri either in a size x size image (scale 0) or with scale
// pixels per module (size 0), and returns the PNG and the symbol's width in
// modules, quiet zone included.
func qrPNG(uri string, size, scale int) ([]byte, int, error) {
	if size > maxQRSize {
		return nil, 0, pedigree.Errorf(pedigree.EINVALID, "QR code: %d px, want %d at most", size, maxQRSize)
	}
	if uri == "" {
		return nil, 0, pedigree.Errorf(pedigree.EINVALID, "QR code: empty URI")
	}
	q, err := qrcode.New(uri, qrcode.Medium)
	if err != nil {
		return nil, 0, pedigree.Errorf(pedigree.EINVALID, "QR code: %v (%d bytes)", err, len(uri))
	}
	bitmap := q.Bitmap() // with its quiet zone of 4 modules
	n := len(bitmap)
	if scale == 0 {
		if size < n {
			return nil, 0, pedigree.Errorf(pedigree.EINVALID,
				"QR code: %d px is too small for a symbol of %d modules with its quiet zone", size, n)
		}
		scale = size / n
	} else {
		size = n * scale
	}
	b, err := symbolPNG(n, size, scale, func(x, y int) bool { return bitmap[y][x] })
	return b, n, err
}
