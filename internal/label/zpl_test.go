package label_test

import (
	"bytes"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// zplLabel is one ^XA...^XZ format of a ZPL document, read back.
type zplLabel struct {
	dataMatrix string   // the ^BX field's data, escapes decoded: FNC1 as GS
	qr         string   // the ^BQ field's data after its "QA," prefix, ^FH decoded
	texts      []string // the text fields, ^FH decoded
}

// readZPL parses doc as a printer does the commands ZPL writes: ^XA opens a format, ^XZ
// closes it, ^FD...^FS is the field data of the command before it, ^FH turns \XX into a
// byte, and ^BX's seventh parameter is the DataMatrix's escape character.
func readZPL(t *testing.T, doc string) []zplLabel {
	t.Helper()
	var out []zplLabel
	var cur *zplLabel
	var symbol, escape string
	hexed := false
	for doc != "" {
		doc = strings.TrimLeft(doc, "\n")
		if doc == "" {
			break
		}
		if doc[0] != '^' {
			t.Fatalf("text outside a command: %q", doc[:min(len(doc), 40)])
		}
		cmd := doc[1:3]
		var arg string
		if cmd == "FD" {
			end := strings.Index(doc, "^FS")
			if end < 0 {
				t.Fatalf("^FD without ^FS: %q", doc[:min(len(doc), 40)])
			}
			arg, doc = doc[3:end], doc[end+3:]
		} else {
			end := strings.IndexAny(doc[1:], "^\n")
			if end < 0 {
				end = len(doc) - 1
			}
			arg, doc = doc[3:1+end], doc[1+end:]
		}
		switch cmd {
		case "XA":
			if cur != nil {
				t.Fatal("^XA inside a format")
			}
			cur = &zplLabel{}
		case "XZ":
			if cur == nil {
				t.Fatal("^XZ outside a format")
			}
			out = append(out, *cur)
			cur = nil
		case "FO":
			symbol, hexed = "", false
		case "FH":
			hexed = true
		case "BX":
			params := strings.Split(arg, ",")
			if len(params) < 7 || params[2] != "200" {
				t.Fatalf("^BX%s: want ECC 200 and an escape character", arg)
			}
			symbol, escape = "dm", params[6]
		case "BQ":
			symbol = "qr"
		case "A0":
			symbol = "text"
		case "FD":
			if cur == nil {
				t.Fatal("^FD outside a format")
			}
			if hexed {
				arg = unFH(t, arg)
			}
			switch symbol {
			case "dm":
				cur.dataMatrix = strings.ReplaceAll(arg, escape+"1", "\x1d")
			case "qr":
				data, ok := strings.CutPrefix(arg, "QA,")
				if !ok {
					t.Fatalf("^BQ data %q lacks its QA, prefix", arg)
				}
				cur.qr = data
			case "text":
				cur.texts = append(cur.texts, arg)
			default:
				t.Fatalf("^FD%s for no symbol or font", arg)
			}
		case "CI", "PW", "LL", "LH":
		default:
			t.Fatalf("unexpected command ^%s%s", cmd, arg)
		}
	}
	if cur != nil {
		t.Fatal("a format without ^XZ")
	}
	return out
}

func unFH(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		v, err := hex.DecodeString(s[i+1 : min(len(s), i+3)])
		if err != nil || len(v) != 1 {
			t.Fatalf("bad ^FH escape in %q", s)
		}
		b.Write(v)
		i += 2
	}
	return b.String()
}

func TestZPL(t *testing.T) {
	packs := sheetPacks()
	packs[0].Product = `Evil^XZ~JR\name`                                              // a product name cannot end the format or send a command
	packs[1].Product = "Demoprofenäöü 200 mg film-coated tablets in a blister of ten" // too long for the line
	var buf bytes.Buffer
	if err := label.ZPL(&buf, packs); err != nil {
		t.Fatal(err)
	}
	labels := readZPL(t, buf.String())
	if got, want := len(labels), len(packs); got != want {
		t.Fatalf("%d labels, want %d", got, want)
	}
	for i, l := range labels {
		p := packs[i]
		if got, want := l.dataMatrix, "\x1d"+p.ElementString; got != want {
			t.Errorf("label %d: DataMatrix data %q, want FNC1 then %q", i, got, want)
		}
		if got, want := l.qr, p.DigitalLink; got != want {
			t.Errorf("label %d: QR data %q, want %q", i, got, want)
		}
		product := p.Product
		if i == 1 {
			product = "Demoprofenäöü 200 mg film-coated tabl..." // 40 characters, not bytes
		}
		want := []string{product, "Pack " + strconv.Itoa(p.Index+1)}
		for _, line := range p.Readable() {
			want = append(want, line.Name+" "+line.Value)
		}
		if len(p.Readable()) == 0 {
			want = append(want, p.HumanReadable)
		}
		if !slices.Equal(l.texts, want) {
			t.Errorf("label %d: texts %q, want %q", i, l.texts, want)
		}
	}
}

func TestZPLErrors(t *testing.T) {
	tests := map[string]struct {
		change func(*label.Pack)
		want   string
	}{
		"ErrEscapeInData": {func(p *label.Pack) { p.ElementString += "#" }, "pack 3: the element string holds '#'"},
		"ErrLeadingFNC1":  {func(p *label.Pack) { p.ElementString = "\x1d" + p.ElementString }, "pack 3: give the element string without its leading FNC1"},
		"ErrEmpty":        {func(p *label.Pack) { p.ElementString = "" }, "pack 3: give the element string"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			packs := batch(0, 3)
			tt.change(&packs[2])
			err := label.ZPL(&bytes.Buffer{}, packs)
			if pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want EINVALID with %q", err, tt.want)
			}
		})
	}
}
