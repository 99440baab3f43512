package label

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// ZPL: one label per pack for Zebra label printers, 70 x 37 mm at 203 dpi (8 dots a mm),
// the size of the sheet's labels: the product and pack number on top, then the GS1
// DataMatrix, the readable text (PC, SN, Batch, Exp) and the QR code.
const (
	zplDotsPerMM = 8
	zplWidth     = 70 * zplDotsPerMM
	zplHeight    = 37 * zplDotsPerMM
	// zplEscape is the DataMatrix's escape character (^BX parameter g), in front of "1" for
	// FNC1. Zebra's default is "_" or "~" depending on the firmware, and "_" may be in a lot
	// or serial: "#" is in neither GS1's character set 82 nor ZPL's command prefixes, so
	// field data never holds it by chance.
	zplEscape = '#'
)

// ZPL writes the labels of packs as a ZPL II document: per pack one label, ^XA to ^XZ.
// The DataMatrix (^BX, ECC 200) holds FNC1, then the element string with each GS as FNC1:
// a GS1 DataMatrix, as the PNGs are. The QR code (^BQ, model 2) holds the Digital Link.
// Text fields go through ^FH, so a product name cannot end a field or start a command.
// An element string holding the escape character is an EINVALID error (a GS1 one cannot).
func ZPL(w io.Writer, packs []Pack) error {
	bw := bufio.NewWriter(w)
	for _, p := range packs {
		if strings.ContainsRune(p.ElementString, zplEscape) {
			return pedigree.Errorf(pedigree.EINVALID, "label ZPL: pack %d: the element string holds %q, which GS1 does not allow", p.Number(), zplEscape)
		}
		if p.ElementString == "" || p.ElementString[0] == gs {
			return pedigree.Errorf(pedigree.EINVALID, "label ZPL: pack %d: give the element string without its leading FNC1", p.Number())
		}
		fnc1 := string(zplEscape) + "1"
		fmt.Fprintf(bw, "^XA\n^CI28\n^PW%d\n^LL%d\n^LH0,0\n", zplWidth, zplHeight)
		zplText(bw, 16, 12, 22, 18, truncate(p.Product, zplProductChars))
		zplText(bw, zplWidth-120, 12, 22, 18, fmt.Sprintf("Pack %d", p.Number()))
		// Modules of 4 dots, 0.5 mm: the sheet's size, within GS1's range for healthcare.
		fmt.Fprintf(bw, "^FO16,48^BXN,4,200,,,,%c,1^FD%s%s^FS\n", zplEscape, fnc1, strings.ReplaceAll(p.ElementString, "\x1d", fnc1))
		y := 48
		if lines := p.Readable(); len(lines) > 0 {
			for _, l := range lines {
				zplText(bw, 168, y, 20, 13, l.Name+" "+l.Value)
				y += 28
			}
		} else {
			zplText(bw, 168, y, 18, 12, p.HumanReadable)
		}
		fmt.Fprintf(bw, "^FO392,44^BQN,2,3^FH\\^FDQA,%s^FS\n", fieldHex(p.DigitalLink))
		bw.WriteString("^XZ\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("label ZPL: %w", err)
	}
	return nil
}

// zplText writes a line of text at (x, y) in the printer's scalable font, h dots high and
// characters about wide dots wide.
func zplText(w *bufio.Writer, x, y, h, wide int, s string) {
	fmt.Fprintf(w, "^FO%d,%d^A0N,%d,%d^FH\\^FD%s^FS\n", x, y, h, wide, fieldHex(s))
}

// zplProductChars is how much of a product's name fits before the pack number.
const zplProductChars = 40

// truncate cuts s to n characters, the last of them "...", when it is longer.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-3]) + "..."
}

// fieldHex escapes s for a ^FH field: the characters ZPL reads as commands (^ and ~), the
// hex indicator itself and control characters become \XX, their UTF-8 bytes in hex.
func fieldHex(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '^' || c == '~' || c == '\\' || c < 0x20 || c == 0x7F {
			fmt.Fprintf(&b, "\\%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
