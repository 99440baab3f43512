// Package label draws what is printed on a pack: a QR code holding the GS1
// Digital Link URI, a GS1 DataMatrix holding the element string, and the
// human-readable text; as PNGs, as a printable A4 label sheet, or as a ZIP.
//
// The package encodes strings it is given: building and checking the GS1
// strings is the job of internal/gs1.
package label

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"runtime"
	"strconv"
	"sync"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Pack is what one label shows and encodes.
type Pack struct {
	DigitalLink   string // the GS1 Digital Link URI, e.g. https://verify.example/01/09506000134352/10/LOT1/21/SER1?17=270630
	ElementString string // GS1 element string with GS (0x1D) as the separator, without the leading FNC1
	HumanReadable string // bracketed text, as manifest.csv gives it: "(01)09506000134352(17)270630(10)LOT1(21)SER1"
	Product       string // e.g. "Demoprofen 200 mg film-coated tablets"
	Index         int    // the pack's index in its batch, from 0; labels print its number, from 1
	// The text printed next to the codes for people, as the EU Falsified Medicines
	// Directive asks (Delegated Regulation (EU) 2016/161, article 7): the product code
	// (GTIN) and serial, with the batch and expiry ("2027-06-30", or "2027-06" for day 00).
	GTIN, Serial, Lot, Expiry string
	// A case's or pallet's label (logistic unit, AI 00) has its SSCC instead of a serial,
	// the packs it holds, and no QR code (DigitalLink is "").
	SSCC  string
	Kind  string // "Case" or "Pallet"; "" for a pack
	Count int
}

// FromSSCC returns the label of a case or pallet (kind "Case" or "Pallet"), the index-th of
// its batch: a GS1 DataMatrix of AI 00, and its SSCC, product, batch, expiry and pack count
// for people.
func FromSSCC(sscc, kind, product, gtin, lot, expiry string, count, index int) Pack {
	return Pack{ElementString: "00" + sscc, HumanReadable: "(00)" + sscc, Product: product, Index: index,
		GTIN: gtin, Lot: lot, Expiry: expiry, SSCC: sscc, Kind: kind, Count: count}
}

// FromCode returns the pack whose code is c, pack index of its batch, with its Digital Link
// on base.
func FromCode(c gs1.Code, base, product string, index int) Pack {
	return Pack{
		DigitalLink: c.DigitalLink(base), ElementString: c.ElementString(), HumanReadable: c.Bracketed(),
		Product: product, Index: index, GTIN: c.GTIN, Serial: c.Serial, Lot: c.Lot, Expiry: c.Expiry.String(),
	}
}

// Line is one line of a label's readable text: "PC 09506000134352".
type Line struct{ Name, Value string }

// Readable returns the lines of the pack's readable text, in the EU FMD's order and
// abbreviations (PC, SN), then its batch and expiry; a line without a value is left out.
func (p Pack) Readable() []Line {
	var out []Line
	lines := []Line{{"PC", p.GTIN}, {"SN", p.Serial}, {"Batch", p.Lot}, {"Exp", p.Expiry}}
	if p.SSCC != "" {
		lines = []Line{{"SSCC", p.SSCC}, {"PC", p.GTIN}, {"Batch", p.Lot}, {"Exp", p.Expiry}, {"Packs", strconv.Itoa(p.Count)}}
	}
	for _, l := range lines {
		if l.Value != "" {
			out = append(out, l)
		}
	}
	return out
}

// Number is the pack's number as its label prints it, from 1.
func (p Pack) Number() int { return pedigree.PackNumber(p.Index) }

// Pixels per module of the PNGs in a sheet or a ZIP: whole pixels keep every
// module the same width, which a scanner needs more than a round image size.
const (
	qrScale = 8
	dmScale = 8
)

// symbolPNG draws a square grid of n x n modules (dark(x, y) true for a dark
// one) with scale pixels per module, centred in a size x size image, and
// encodes it as a 1-bit greyscale PNG.
//
// It writes the PNG itself rather than through image/png, which reads a
// 1-bit image through an interface call per pixel: that was two thirds of
// the time a 1,000-label ZIP took. The format is small (PNG, ISO/IEC
// 15948): the signature, IHDR, one IDAT holding the zlib stream of the
// rows, each a filter byte (0, none) and the pixels 8 to a byte, 1 white,
// then IEND.
func symbolPNG(n, size, scale int, dark func(x, y int) bool) ([]byte, error) {
	off := (size - n*scale) / 2
	stride := 1 + (size+7)/8
	white := make([]byte, stride) // a filter byte 0, then white pixels
	for i := 1; i < stride; i++ {
		white[i] = 0xFF
	}

	z := zlibPool.Get().(*zlibWriter)
	defer zlibPool.Put(z)
	z.buf.Reset()
	z.w.Reset(&z.buf)
	row := make([]byte, stride)
	for y := 0; y < size; y++ {
		my := y - off
		if my < 0 || my >= n*scale {
			z.w.Write(white)
			continue
		}
		if my%scale == 0 { // a new module row: draw it once, repeat it scale times
			copy(row, white)
			for mx := range n {
				if !dark(mx, my/scale) {
					continue
				}
				for x := off + mx*scale; x < off+(mx+1)*scale; x++ {
					row[1+x/8] &^= 0x80 >> (x % 8)
				}
			}
		}
		z.w.Write(row)
	}
	if err := z.w.Close(); err != nil { // writes to a bytes.Buffer: never fails
		return nil, fmt.Errorf("encode png: %w", err)
	}

	out := make([]byte, 0, 8+25+12+z.buf.Len()+12)
	out = append(out, "\x89PNG\r\n\x1a\n"...)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(size))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(size))
	ihdr[8] = 1 // bit depth; colour type 0 (greyscale), deflate, no filter method, no interlace
	out = appendChunk(out, "IHDR", ihdr[:])
	out = appendChunk(out, "IDAT", z.buf.Bytes())
	out = appendChunk(out, "IEND", nil)
	return out, nil
}

func appendChunk(b []byte, typ string, data []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	start := len(b)
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
}

// zlibWriter is a compressor and its output buffer, pooled: allocating a
// deflate compressor costs more than compressing a symbol.
type zlibWriter struct {
	buf bytes.Buffer
	w   *zlib.Writer
}

var zlibPool = sync.Pool{New: func() any {
	z := new(zlibWriter)
	z.w, _ = zlib.NewWriterLevel(&z.buf, zlib.BestSpeed) // a valid level: no error
	return z
}}

// symbols are one pack's encoded PNGs and their sizes in modules, quiet zones included.
type symbols struct {
	qr, dm               []byte
	qrModules, dmModules int
}

func renderPack(p Pack) (symbols, error) {
	var s symbols
	var err error
	// The errors name their symbol. A case's label has no QR code.
	if p.SSCC == "" {
		if s.qr, s.qrModules, err = qrPNG(p.DigitalLink, 0, qrScale); err != nil {
			return s, err
		}
	}
	s.dm, s.dmModules, err = dataMatrixPNG(p.ElementString, dmScale)
	return s, err
}

// renderAll renders the symbols of every pack on GOMAXPROCS goroutines and
// hands them to yield in the order of packs. At most a few packs per
// goroutine are held in memory, however long the batch. It stops at the
// first error, from rendering or from yield.
func renderAll(packs []Pack, yield func(i int, s symbols) error) error {
	workers := min(runtime.GOMAXPROCS(0), len(packs))
	type result struct {
		s   symbols
		err error
	}
	type job struct {
		i   int
		out chan<- result
	}
	jobs := make(chan job)
	order := make(chan chan result, 4*workers) // its capacity bounds the work in flight
	done := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				s, err := renderPack(packs[j.i])
				j.out <- result{s, err} // buffered: never blocks
			}
		})
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for i := range packs {
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-done:
				return
			}
			select {
			case jobs <- job{i, out}:
			case <-done:
				return
			}
		}
	}()

	var err error
	i := 0
	for out := range order {
		r := <-out
		if r.err != nil {
			err = fmt.Errorf("pack %d: %w", packs[i].Number(), r.err)
			break
		}
		if err = yield(i, r.s); err != nil {
			break
		}
		i++
	}
	close(done)
	wg.Wait()
	return err
}
