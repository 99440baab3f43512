package label_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// frame is how a test photographs a symbol: scaled, maybe turned by 90 degrees, on a grey
// background bigger than the symbol, dark modules not quite black, as a PNG or a JPEG. The
// symbol is a little off centre, or in a corner with lines of print around it.
type frame struct {
	w, h   int
	scale  float64
	turned bool
	jpeg   bool
	corner bool
}

// shoot draws the symbol PNG sym into f and encodes it.
func (f frame) shoot(tb testing.TB, sym []byte) []byte {
	tb.Helper()
	src := decodePNG(tb, sym)
	n := src.Bounds().Dx()
	side := int(float64(n) * f.scale)
	if side > f.w || side > f.h {
		tb.Fatalf("a symbol of %d px scaled by %v does not fit in %d x %d", n, f.scale, f.w, f.h)
	}
	img := image.NewGray(image.Rect(0, 0, f.w, f.h))
	ox, oy := (f.w-side)/3, (f.h-side)/2 // off centre, as a hand holds a phone
	if f.corner {
		ox, oy = 10, 10
	}
	for y := range f.h {
		for x := range f.w {
			v := uint8(225)
			if f.corner && (x > ox+side+10 || y > oy+side+10) && y%16 < 9 && (x/6+y/16)%5 != 0 {
				v = 50 // words in lines, as on a pack
			}
			if sx, sy := x-ox, y-oy; sx >= 0 && sy >= 0 && sx < side && sy < side {
				if f.turned {
					sx, sy = side-1-sy, sx
				}
				if c := color.GrayModel.Convert(src.At(int(float64(sx)/f.scale), int(float64(sy)/f.scale))).(color.Gray); c.Y < 128 {
					v = 35
				}
			}
			img.SetGray(x, y, color.Gray{Y: v})
		}
	}
	var buf bytes.Buffer
	var err error
	if f.jpeg {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 75})
	} else {
		err = png.Encode(&buf, img)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

var (
	pngFrame     = frame{w: 480, h: 360, scale: 1.5}
	turnedJPEG   = frame{w: 480, h: 360, scale: 1.25, turned: true, jpeg: true}
	cameraJPEG   = frame{w: 640, h: 480, scale: 2, jpeg: true}
	turnedPNG    = frame{w: 360, h: 480, scale: 1, turned: true}
	cornerJPEG   = frame{w: 640, h: 480, scale: 1.5, jpeg: true, corner: true}
	decodeFrames = []frame{pngFrame, turnedJPEG, cameraJPEG, turnedPNG, cornerJPEG}
)

func TestDecode(t *testing.T) {
	packs := testPacks()
	for i, name := range slices.Sorted(maps.Keys(packs)) {
		p := packs[name]
		want, wantErr := gs1.Parse(p.ElementString)
		f := decodeFrames[i%len(decodeFrames)] // each frame for two packs
		t.Run(name, func(t *testing.T) {
			t.Run("DataMatrix", func(t *testing.T) {
				sym, err := label.DataMatrix(p.ElementString, 3)
				if err != nil {
					t.Fatal(err)
				}
				got := decode(t, f.shoot(t, sym))
				// The leading FNC1 comes back as the symbology identifier, the others as GS.
				if want := "]d2" + p.ElementString; got != want {
					t.Errorf("decoded %q, want %q", got, want)
				}
				checkParse(t, got, want, wantErr)
			})
			t.Run("QR", func(t *testing.T) {
				sym, err := label.QR(p.DigitalLink, 180)
				if err != nil {
					t.Fatal(err)
				}
				got := decode(t, f.shoot(t, sym))
				if got != p.DigitalLink {
					t.Errorf("decoded %q, want %q", got, p.DigitalLink)
				}
				checkParse(t, got, want, wantErr)
			})
		})
	}
}

// checkParse checks that gs1 reads the decoded text as it reads the printed element string:
// the same code, or an error for both (some test packs have serials GS1 does not allow).
func checkParse(t *testing.T, decoded string, want gs1.Code, wantErr error) {
	t.Helper()
	got, err := gs1.Parse(decoded)
	switch {
	case wantErr != nil && err == nil:
		t.Errorf("gs1 read %v, want an error like %v", got, wantErr)
	case wantErr == nil && err != nil:
		t.Errorf("gs1: %v", err)
	case !reflect.DeepEqual(got, want):
		t.Errorf("gs1 read %v, want %v", got, want)
	}
}

func decode(tb testing.TB, img []byte) string {
	tb.Helper()
	s, err := label.Decode(bytes.NewReader(img))
	if err != nil {
		tb.Fatalf("decode: %v", err)
	}
	return s
}

func TestDecodeTransparentBackground(t *testing.T) {
	// A code exported from a design tool: black modules on nothing.
	p := testPacks()["Short"]
	sym, err := label.QR(p.DigitalLink, 200)
	if err != nil {
		t.Fatal(err)
	}
	src := decodePNG(t, sym)
	img := image.NewNRGBA(src.Bounds())
	for y := range src.Bounds().Dy() {
		for x := range src.Bounds().Dx() {
			if c := color.GrayModel.Convert(src.At(x, y)).(color.Gray); c.Y < 128 {
				img.SetNRGBA(x, y, color.NRGBA{A: 255})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if got := decode(t, buf.Bytes()); got != p.DigitalLink {
		t.Errorf("decoded %q, want %q", got, p.DigitalLink)
	}
}

func TestDecodeGIF(t *testing.T) {
	p := testPacks()["Short"]
	sym, err := label.DataMatrix(p.ElementString, 4)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gif.Encode(&buf, decodePNG(t, sym), nil); err != nil {
		t.Fatal(err)
	}
	if got, want := decode(t, buf.Bytes()), "]d2"+p.ElementString; got != want {
		t.Errorf("decoded %q, want %q", got, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	var blank bytes.Buffer
	noCode := image.NewGray(image.Rect(0, 0, 320, 240))
	for i := range noCode.Pix { // stripes and a gradient: structure, but no symbol
		noCode.Pix[i] = uint8(i%320) / 2
		if i/320%40 < 8 {
			noCode.Pix[i] = 20
		}
	}
	if err := png.Encode(&blank, noCode); err != nil {
		t.Fatal(err)
	}
	truncatedPNG := pngFrame.shoot(t, mustQR(t))
	truncatedPNG = truncatedPNG[:len(truncatedPNG)/2]
	truncatedJPEG := cameraJPEG.shoot(t, mustQR(t))
	truncatedJPEG = truncatedJPEG[:40] // in its header

	tests := map[string]struct {
		r    io.Reader
		want string
	}{
		"ErrNoCode":        {bytes.NewReader(blank.Bytes()), "no QR code or DataMatrix found in the image"},
		"ErrNotAnImage":    {strings.NewReader("GIF? no: some text someone uploaded"), "the image could not be read: it is not a PNG, JPEG or GIF"},
		"ErrEmpty":         {strings.NewReader(""), "the image could not be read: it is not a PNG, JPEG or GIF"},
		"ErrTruncatedPNG":  {bytes.NewReader(truncatedPNG), "the image could not be read: png: invalid format: not enough pixel data"},
		"ErrTruncatedJPEG": {bytes.NewReader(truncatedJPEG), "the image could not be read: it is cut short"},
		"ErrTooManyPixels": {bytes.NewReader(pngHeader(5000, 3000)), "the image is too large (5000×3000 pixels; at most 4096×4096)"},
		"ErrTooManyBytes":  {io.LimitReader(zeros{}, label.MaxDecodeBytes+1), "the image is too large (more than 10 MB)"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := label.Decode(tt.r)
			if err == nil {
				t.Fatalf("decoded %q, want an error", got)
			}
			if err.Error() != tt.want {
				t.Errorf("err %q, want %q", err, tt.want)
			}
			if got, want := pedigree.ErrorCode(err), pedigree.EINVALID; got != want {
				t.Errorf("code %q, want %q", got, want)
			}
			if got, want := errors.Is(err, label.ErrNoCode), name == "ErrNoCode"; got != want {
				t.Errorf("errors.Is(err, ErrNoCode) = %v", got)
			}
		})
	}

	t.Run("ErrReader", func(t *testing.T) {
		cause := errors.New("connection reset")
		_, err := label.Decode(iotest.ErrReader(cause))
		if !errors.Is(err, cause) {
			t.Fatalf("err %v, want it to wrap %v", err, cause)
		}
		if got, want := pedigree.ErrorCode(err), pedigree.EINTERNAL; got != want {
			t.Errorf("code %q, want %q: the image is not at fault", got, want)
		}
	})
}

func mustQR(tb testing.TB) []byte {
	tb.Helper()
	b, err := label.QR(testPacks()["Short"].DigitalLink, 180)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// pngHeader returns the signature and IHDR of a w x h PNG: all image.DecodeConfig reads.
func pngHeader(w, h uint32) []byte {
	b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
	b = binary.BigEndian.AppendUint32(b, w)
	b = binary.BigEndian.AppendUint32(b, h)
	b = append(b, 8, 0, 0, 0, 0) // 8-bit greyscale
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[12:]))
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func FuzzDecode(f *testing.F) {
	// Small seeds: the fuzzer minimises every input that finds new code, and an input of
	// kilobytes takes it most of a short run.
	sym, err := label.DataMatrix("0109506000134352", 1)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sym)
	small := decodePNG(f, sym)
	var j, g bytes.Buffer
	if err := jpeg.Encode(&j, small, &jpeg.Options{Quality: 50}); err != nil {
		f.Fatal(err)
	}
	f.Add(j.Bytes())
	if err := gif.Encode(&g, small, nil); err != nil {
		f.Fatal(err)
	}
	f.Add(g.Bytes())
	f.Add(pngHeader(5000, 5000))
	f.Add(pngHeader(1, 1))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := label.Decode(bytes.NewReader(data))
		switch {
		case err == nil && s == "":
			t.Error("no error and no text")
		case err != nil && pedigree.ErrorCode(err) != pedigree.EINVALID:
			t.Errorf("err %v: code %q, want %q", err, pedigree.ErrorCode(err), pedigree.EINVALID)
		}
	})
}

func BenchmarkDecodeJPEGFrame(b *testing.B) {
	p := testPacks()["Short"]
	dm, err := label.DataMatrix(p.ElementString, 3)
	if err != nil {
		b.Fatal(err)
	}
	qr, err := label.QR(p.DigitalLink, 180)
	if err != nil {
		b.Fatal(err)
	}
	page := image.NewGray(image.Rect(0, 0, 640, 480)) // lines of words, and no code
	for i := range page.Pix {
		x, y := i%640, i/640
		page.Pix[i] = 225
		if y%16 < 9 && (x/6+y/16)%5 != 0 {
			page.Pix[i] = 50
		}
	}
	var none bytes.Buffer
	if err := jpeg.Encode(&none, page, &jpeg.Options{Quality: 75}); err != nil {
		b.Fatal(err)
	}
	for name, img := range map[string][]byte{
		"DataMatrix": cameraJPEG.shoot(b, dm),
		"QR":         cameraJPEG.shoot(b, qr),
		"NoCode":     none.Bytes(), // the worst case: every reader, binarizer, window and turn
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(img)))
			for b.Loop() {
				_, err := label.Decode(bytes.NewReader(img))
				if name != "NoCode" && err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
