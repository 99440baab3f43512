package label

import (
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/datamatrix/encoder"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// DataMatrix codewords in ASCII encodation (ISO/IEC 16022, 5.2.3).
const (
	cwFNC1      = 232 // FNC1: first in the symbol it marks GS1 data; inside it, a GS
	cwPad       = 129 // the first pad codeword; the others are randomised
	cwDigitPair = 130 // 130 + n encodes the digit pair n, 00 to 99

	gs = 0x1D // the separator in an element string, encoded as FNC1

	// maxSymbol and maxDataCodewords are the largest symbol this package
	// makes and its data capacity. ECC 200 goes up to 144 x 144, but for that
	// size alone readers disagree on how its error correction blocks are
	// interleaved: gozxing's encoder does it as ISO/IEC 16022 reads, its
	// reader (like ZXing's) the other way, and it cannot read what its
	// encoder makes. A pack's element string needs a tenth of 132 x 132.
	maxSymbol        = 132
	maxDataCodewords = 1304

	// maxModuleSize bounds the PNG a caller may ask for.
	maxModuleSize = 64

	// dmQuietZone is the margin around a DataMatrix in modules: the
	// standard asks for one, two forgives a sloppy cut or print.
	dmQuietZone = 2
)

// DataMatrix returns a PNG of a GS1 DataMatrix (ECC 200) holding
// elementString, with moduleSize pixels per module and a quiet zone of two
// modules. The symbol starts with FNC1 (codeword 232), which makes it GS1
// (a reader reports ]d2), and each GS in elementString is encoded as FNC1 too,
// as GS1 requires. elementString is the element string without its leading
// FNC1, in printable ASCII with GS separators. The symbol is the smallest
// square one that holds the data. An elementString empty, not ASCII, or
// too long for the largest symbol made (132 x 132), or a moduleSize outside
// 1 to 64, is an EINVALID error.
func DataMatrix(elementString string, moduleSize int) ([]byte, error) {
	b, _, err := dataMatrixPNG(elementString, moduleSize)
	return b, err
}

// dataMatrixPNG returns the PNG and its width in modules, quiet zone included.
func dataMatrixPNG(elementString string, moduleSize int) ([]byte, int, error) {
	if moduleSize < 1 || moduleSize > maxModuleSize {
		return nil, 0, pedigree.Errorf(pedigree.EINVALID,
			"DataMatrix: module size %d px, want 1 to %d", moduleSize, maxModuleSize)
	}
	m, err := dataMatrixModules(elementString)
	if err != nil {
		return nil, 0, err
	}
	n := m.size + 2*dmQuietZone
	b, err := symbolPNG(n, n*moduleSize, moduleSize, func(x, y int) bool {
		x, y = x-dmQuietZone, y-dmQuietZone
		return x >= 0 && y >= 0 && x < m.size && y < m.size && m.dark[y*m.size+x]
	})
	return b, n, err
}

// gs1Codewords returns the data codewords of elementString in ASCII
// encodation: FNC1, then each pair of digits as one codeword, each GS as
// FNC1 and any other character as its ASCII value + 1. Element strings are
// mostly digits, so this is within a few codewords of the smallest encoding;
// it is also the one every scanner reads, with no mode latches.
func gs1Codewords(elementString string) ([]byte, error) {
	switch {
	case elementString == "":
		return nil, pedigree.Errorf(pedigree.EINVALID, "DataMatrix: empty element string")
	case elementString[0] == gs:
		return nil, pedigree.Errorf(pedigree.EINVALID,
			"DataMatrix: the element string starts with GS; pass it without the leading FNC1")
	}
	cw := make([]byte, 0, 1+len(elementString))
	cw = append(cw, cwFNC1)
	for i := 0; i < len(elementString); i++ {
		c := elementString[i]
		switch {
		case c == gs:
			cw = append(cw, cwFNC1)
		case isDigit(c) && i+1 < len(elementString) && isDigit(elementString[i+1]):
			cw = append(cw, cwDigitPair+(c-'0')*10+(elementString[i+1]-'0'))
			i++
		case c >= 0x20 && c <= 0x7E:
			cw = append(cw, c+1)
		default:
			return nil, pedigree.Errorf(pedigree.EINVALID,
				"DataMatrix: byte 0x%02X at offset %d of the element string is neither printable ASCII nor GS", c, i)
		}
	}
	return cw, nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// pad fills cw up to capacity: codeword 129 once, then 129 randomised by the
// 253-state algorithm of its 1-based position (ISO/IEC 16022, 5.2.3).
func pad(cw []byte, capacity int) []byte {
	if len(cw) < capacity {
		cw = append(cw, cwPad)
	}
	for len(cw) < capacity {
		pos := len(cw) + 1
		v := cwPad + (149*pos)%253 + 1
		if v > 254 {
			v -= 254
		}
		cw = append(cw, byte(v))
	}
	return cw
}

// modules is a DataMatrix symbol without its quiet zone: size x size
// modules, row by row.
type modules struct {
	size int
	dark []bool
}

// dataMatrixModules encodes elementString with gozxing's encoder parts, the
// steps its DataMatrixWriter takes, but with our own GS1 codewords: its
// high-level encoder knows no FNC1.
func dataMatrixModules(elementString string) (modules, error) {
	cw, err := gs1Codewords(elementString)
	if err != nil {
		return modules{}, err
	}
	// Square symbols only: rectangular ones are rarely specified for packs
	// and some scanners in pharmacies are set up for square ones only.
	info, _ := encoder.SymbolInfo_Lookup(len(cw), encoder.SymbolShapeHint_FORCE_SQUARE, nil, maxSize, false)
	if info == nil {
		return modules{}, pedigree.Errorf(pedigree.EINVALID,
			"DataMatrix: the element string needs %d codewords, more than the %d of the largest symbol (%d x %d)",
			len(cw), maxDataCodewords, maxSymbol, maxSymbol)
	}
	cw = pad(cw, info.GetDataCapacity())
	all, err := encoder.ErrorCorrection_EncodeECC200(cw, info)
	if err != nil {
		return modules{}, pedigree.Errorf(pedigree.EINTERNAL, "DataMatrix: error correction: %v", err)
	}
	p := encoder.NewDefaultPlacement(all, info.GetSymbolDataWidth(), info.GetSymbolDataHeight())
	p.Place()
	return layout(p, info), nil
}

var maxSize, _ = gozxing.NewDimension(maxSymbol, maxSymbol)

// layout surrounds each data region of the placed codewords with its finder
// pattern (solid left and bottom edges) and clock track (alternating top and
// right edges), as gozxing's DataMatrixWriter (encodeLowLevel) does.
func layout(p *encoder.DefaultPlacement, info *encoder.SymbolInfo) modules {
	w, h := info.GetSymbolWidth(), info.GetSymbolHeight()
	regionW, regionH := info.GetMatrixWidth(), info.GetMatrixHeight()
	m := modules{size: w, dark: make([]bool, w*h)}
	set := func(x, y int, v bool) { m.dark[y*w+x] = v }

	my := 0
	for y := range info.GetSymbolDataHeight() {
		if y%regionH == 0 { // top edge of a region row: the clock track
			for x := range w {
				set(x, my, x%2 == 0)
			}
			my++
		}
		mx := 0
		for x := range info.GetSymbolDataWidth() {
			if x%regionW == 0 { // left edge: solid
				set(mx, my, true)
				mx++
			}
			set(mx, my, p.GetBit(x, y))
			mx++
			if x%regionW == regionW-1 { // right edge: the clock track
				set(mx, my, y%2 == 0)
				mx++
			}
		}
		my++
		if y%regionH == regionH-1 { // bottom edge: solid
			for x := range w {
				set(x, my, true)
			}
			my++
		}
	}
	return m
}
