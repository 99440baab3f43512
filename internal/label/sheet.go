package label

import (
	"bufio"
	"cmp"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
)

// The sheet: A4 with 3 x 8 labels of 70 x 37 mm (the common 24-up label
// stock), one DataMatrix with modules of dmModuleMM, capped at dmMaxMM so a
// long element string still leaves room for the QR code and the text.
const (
	labelsPerPage = 3 * 8
	dmModuleMM    = 0.5
	dmMaxMM       = 22.0
)

//go:embed sheet.html
var files embed.FS

// sheetTemplate is parsed when the program starts, so a broken template
// fails the start rather than a print job.
var sheetTemplate = template.Must(template.ParseFS(files, "sheet.html"))

type sheetLabel struct {
	Index         int // from 0, as data-index; the label prints Number
	Number        int
	Kind          string // Pack, Case or Pallet
	DigitalLink   string
	Product       string
	Readable      []Line
	HumanReadable template.HTML // escaped, with line-break opportunities before each AI
	QR            template.URL
	DataMatrix    template.URL
	DataMatrixMM  string
}

type sheetData struct {
	Title string
	Count int
	Pages [][]sheetLabel
}

// Sheet writes a printable HTML page of labels for packs: A4 pages of 3 x 8
// labels of 70 x 37 mm, each with the pack's GS1 DataMatrix and QR code,
// its product and number (from 1), and the text people read: PC (GTIN), SN,
// Batch and Exp, as the EU FMD asks, when the pack has them, else the
// bracketed element string. The symbols are inline data:
// URIs and the page names no font or style sheet, so it prints without a
// network; @page and mm units make it print at true size (print at 100%,
// no margins, as for any label stock). Title heads the page on screen only.
func Sheet(w io.Writer, title string, packs []Pack) error {
	data := sheetData{Title: title, Count: len(packs)}
	var page []sheetLabel
	err := renderAll(packs, func(i int, s symbols) error {
		p := packs[i]
		page = append(page, sheetLabel{
			Index:         p.Index,
			Number:        p.Number(),
			Kind:          cmp.Or(p.Kind, "Pack"),
			DigitalLink:   p.DigitalLink,
			Product:       p.Product,
			Readable:      p.Readable(),
			HumanReadable: breakBeforeAIs(p.HumanReadable),
			QR:            qrURI(s.qr),
			DataMatrix:    dataURI(s.dm),
			DataMatrixMM:  strconv.FormatFloat(min(float64(s.dmModules)*dmModuleMM, dmMaxMM), 'f', -1, 64),
		})
		if len(page) == labelsPerPage {
			data.Pages = append(data.Pages, page)
			page = nil
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("label sheet: %w", err)
	}
	if len(page) > 0 {
		data.Pages = append(data.Pages, page)
	}
	bw := bufio.NewWriter(w)
	if err := sheetTemplate.Execute(bw, data); err != nil {
		return fmt.Errorf("label sheet: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("label sheet: %w", err)
	}
	return nil
}

// qrURI is dataURI of a QR code's PNG, "" for a label without one.
func qrURI(png []byte) template.URL {
	if png == nil {
		return ""
	}
	return dataURI(png)
}

func dataURI(png []byte) template.URL {
	return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png))
}

// breakBeforeAIs escapes the bracketed human-readable text and lets a line
// break before each "(", so that an AI and its value wrap together. A "(" in
// a lot or serial gets a break opportunity too, which changes no character.
func breakBeforeAIs(hri string) template.HTML {
	var b strings.Builder
	for i := 0; i < len(hri); {
		j := strings.IndexByte(hri[i+1:], '(')
		if j < 0 {
			b.WriteString(template.HTMLEscapeString(hri[i:]))
			break
		}
		b.WriteString(template.HTMLEscapeString(hri[i : i+1+j]))
		b.WriteString("<wbr>")
		i += 1 + j
	}
	return template.HTML(b.String())
}
