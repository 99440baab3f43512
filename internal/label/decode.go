package label

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // registers the decoders image.Decode tries
	_ "image/jpeg"
	_ "image/png"
	"io"
	"slices"
	"strings"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/datamatrix"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Bounds of what Decode reads. A phone photo is about 4000 x 3000 pixels and a few MB; a
// larger image is more likely a decompression bomb than a pack. The pixel bound is checked
// on the header, before anything is decoded: 4096 x 4096 pixels decode to at most 64 MB.
const (
	MaxDecodeBytes = 10 << 20
	MaxDecodeSide  = 4096
)

// ErrNoCode is the EINVALID error Decode returns when the image was read but holds no QR
// code or DataMatrix that could be decoded: no symbol, or one too blurred, small or damaged.
var ErrNoCode = pedigree.Errorf(pedigree.EINVALID, "no QR code or DataMatrix found in the image")

// Decode reads a PNG, JPEG or GIF (its first frame) photo of a pack's code and returns what
// its QR code or DataMatrix holds. It tries a QR code, then a DataMatrix, with two binarizers
// (local then global thresholds, for uneven and for even lighting), each also on a window
// around every blob of print that could be a DataMatrix; then all that again on the image
// turned by 90 degrees. A DataMatrix needs about 3 pixels a module in the image to be read.
// A 640 x 480 frame takes a few milliseconds; an image at the bounds, up to two seconds.
//
// Plain data comes back as read: a QR code holding a GS1 Digital Link gives the URI. GS1
// data comes back as a scanner sending its symbology identifier would send it (ISO/IEC
// 15424, GS1 General Specifications 5.1.2): the identifier "]d2" (GS1 DataMatrix) or "]Q3"
// (GS1 QR code) standing for the leading FNC1, then the element string with every other
// FNC1 as GS (0x1D): "]d2" + "010950600013435217270630" + "10LOT1" + "\x1d" + "21SER1".
// gs1.Parse and gs1.ParseElementString read both forms.
//
// Every error about the image is an EINVALID *pedigree.Error whose message is a sentence
// for the user: the input is over 10 MB or 4096 pixels on a side, is not an image of a known
// format, or holds no readable code (then err is ErrNoCode). An error from r itself
// is returned wrapped, with no code.
func Decode(r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDecodeBytes+1))
	if err != nil {
		return "", fmt.Errorf("read image: %w", err)
	}
	if len(data) > MaxDecodeBytes {
		return "", pedigree.Errorf(pedigree.EINVALID, "the image is too large (more than %d MB)", MaxDecodeBytes>>20)
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return "", unreadable(err)
	}
	if cfg.Width > MaxDecodeSide || cfg.Height > MaxDecodeSide {
		return "", pedigree.Errorf(pedigree.EINVALID, "the image is too large (%d×%d pixels; at most %d×%d)",
			cfg.Width, cfg.Height, MaxDecodeSide, MaxDecodeSide)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return "", unreadable(err)
	}
	if text, ok := scanImage(img); ok {
		return text, nil
	}
	return "", ErrNoCode
}

// unreadable says why the image decoders refused an image, in words where they are terse.
func unreadable(err error) error {
	switch {
	case errors.Is(err, image.ErrFormat):
		return pedigree.Errorf(pedigree.EINVALID, "the image could not be read: it is not a PNG, JPEG or GIF")
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return pedigree.Errorf(pedigree.EINVALID, "the image could not be read: it is cut short")
	}
	return pedigree.Errorf(pedigree.EINVALID, "the image could not be read: %s", err.Error())
}

// scanImage tries each reader on each binarization of img, and the DataMatrix reader on
// windows of it; then the readers again on img turned by 90 degrees.
func scanImage(img image.Image) (string, bool) {
	lum, w, h := luminance(img)
	if w == 0 || h == 0 {
		return "", false
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}
	binarizers := []func(gozxing.LuminanceSource) gozxing.Binarizer{gozxing.NewHybridBinarizer, gozxing.NewGlobalHistgramBinarizer}
	dm := datamatrix.NewDataMatrixReader()
	readers := []gozxing.Reader{qrcode.NewQRCodeReader(), dm}
	for turn := range 2 {
		if turn == 1 {
			lum, w, h = rotate(lum, w, h), h, w
		}
		src, err := gozxing.NewPlanarYUVLuminanceSource(lum, w, h, 0, 0, w, h, false)
		if err != nil {
			return "", false
		}
		for _, binarizer := range binarizers {
			bmp, err := gozxing.NewBinaryBitmap(binarizer(src))
			if err != nil {
				return "", false
			}
			for _, r := range readers {
				if res, err := r.Decode(bmp, hints); err == nil {
					return resultText(res), true
				}
			}
			// Both detectors find a symbol in any orientation: turning only
			// helps the thresholds, not the windows.
			if turn == 0 {
				if res, ok := scanWindows(bmp, dm, hints); ok {
					return resultText(res), true
				}
			}
		}
	}
	return "", false
}

// scanWindows tries r on a window around each blob of dark pixels in bmp, largest first.
// gozxing's DataMatrix detector grows a white rectangle from the centre of the image it is
// given, so on a whole photo it misses a symbol away from the centre or near other print;
// centred in a window of its own, the symbol is found.
func scanWindows(bmp *gozxing.BinaryBitmap, r gozxing.Reader, hints map[gozxing.DecodeHintType]any) (*gozxing.Result, bool) {
	black, err := bmp.GetBlackMatrix()
	if err != nil {
		return nil, false
	}
	w, h := bmp.GetWidth(), bmp.GetHeight()
	for _, b := range blobs(black) {
		cx, cy := (b.Min.X+b.Max.X)/2, (b.Min.Y+b.Max.Y)/2
		half := max(b.Dx(), b.Dy())*3/4 + cell
		hx, hy := min(half, cx, w-cx), min(half, cy, h-cy)
		win, err := bmp.Crop(cx-hx, cy-hy, 2*hx, 2*hy)
		if err != nil {
			continue
		}
		if res, err := r.Decode(win, hints); err == nil {
			return res, true
		}
	}
	return nil, false
}

// Blobs are found on cells of cell x cell pixels, a cell dark when any of its pixels is:
// that joins the modules of a symbol into one blob, while its quiet zone (two modules or
// more) keeps it apart from the print around it.
const (
	cell     = 4
	minBlob  = 16  // pixels a side: the smallest DataMatrix, 10 x 10 modules, at 1.6 px a module
	maxBlobs = 100 // bounds the time a page of small print takes
)

// blobs returns the bounds of the 8-connected blobs of dark cells in m that could be a
// DataMatrix (square or rectangular, up to 1:4, smaller than m), largest first.
func blobs(m *gozxing.BitMatrix) []image.Rectangle {
	w, h := m.GetWidth(), m.GetHeight()
	cw, ch := (w+cell-1)/cell, (h+cell-1)/cell
	dark := make([]bool, cw*ch)
	for y := range h {
		for x := range w {
			if m.Get(x, y) {
				dark[y/cell*cw+x/cell] = true
			}
		}
	}
	var out []image.Rectangle
	var stack []int
	for i, d := range dark {
		if !d {
			continue
		}
		b := image.Rect(i%cw, i/cw, i%cw+1, i/cw+1)
		dark[i], stack = false, append(stack[:0], i)
		for len(stack) > 0 {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x, y := j%cw, j/cw
			b = b.Union(image.Rect(x, y, x+1, y+1))
			for ny := max(0, y-1); ny <= min(ch-1, y+1); ny++ {
				for nx := max(0, x-1); nx <= min(cw-1, x+1); nx++ {
					if k := ny*cw + nx; dark[k] {
						dark[k], stack = false, append(stack, k)
					}
				}
			}
		}
		b = image.Rect(b.Min.X*cell, b.Min.Y*cell, min(w, b.Max.X*cell), min(h, b.Max.Y*cell))
		bw, bh := b.Dx(), b.Dy()
		if bw >= minBlob && bh >= minBlob && bw <= 4*bh && bh <= 4*bw && bw*bh < w*h*3/4 {
			out = append(out, b)
		}
	}
	slices.SortStableFunc(out, func(a, b image.Rectangle) int { return b.Dx()*b.Dy() - a.Dx()*a.Dy() })
	return out[:min(len(out), maxBlobs)]
}

// resultText returns what a scanner would send: gozxing writes the leading FNC1 of a GS1
// DataMatrix as a GS, where scanners send the symbology identifier instead.
func resultText(res *gozxing.Result) string {
	text := res.GetText()
	switch id, _ := res.GetResultMetadata()[gozxing.ResultMetadataType_SYMBOLOGY_IDENTIFIER].(string); id {
	case "]d2", "]Q3":
		return id + strings.TrimPrefix(text, "\x1d")
	}
	return text
}

// luminance returns img's luminance, one byte a pixel row by row, transparent pixels as
// white: a code drawn on a transparent background is dark on white to a scanner. It reads
// JPEG's Y plane and grey images directly, since gozxing's own conversion makes an
// interface call per pixel.
func luminance(img image.Image) ([]byte, int, int) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	out := make([]byte, w*h)
	switch m := img.(type) {
	case *image.YCbCr:
		for y := range h {
			copy(out[y*w:(y+1)*w], m.Y[m.YOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.Gray:
		for y := range h {
			copy(out[y*w:(y+1)*w], m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):])
		}
	default:
		g := &image.Gray{Pix: out, Stride: w, Rect: image.Rect(0, 0, w, h)}
		draw.Draw(g, g.Rect, image.NewUniform(color.White), image.Point{}, draw.Src)
		draw.Draw(g, g.Rect, img, b.Min, draw.Over)
	}
	return out, w, h
}

// rotate turns a w x h plane of luminance 90 degrees counter-clockwise.
func rotate(lum []byte, w, h int) []byte {
	out := make([]byte, len(lum))
	for y := range h {
		for x := range w {
			out[(w-1-x)*h+y] = lum[y*w+x]
		}
	}
	return out
}
