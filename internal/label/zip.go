package label

import (
	"archive/zip"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// ZIP writes a ZIP archive of PNGs for packs: per pack NNNNNN-qr.png and
// NNNNNN-datamatrix.png, NNNNNN being its number (from 1) zero-padded to six
// digits, and a manifest.csv with a header and one row per pack: pack (its
// number), gtin, lot, serial, expiry, digital_link, human_readable. Modules are 8 px wide in both symbols. A
// negative or repeated index is an EINVALID error. The archive carries no
// timestamps, so the same packs give the same bytes.
func ZIP(w io.Writer, packs []Pack) error {
	seen := make(map[int]bool, len(packs))
	for _, p := range packs {
		if p.Index < 0 {
			return pedigree.Errorf(pedigree.EINVALID, "label ZIP: pack index %d is negative", p.Index)
		}
		if seen[p.Index] {
			return pedigree.Errorf(pedigree.EINVALID, "label ZIP: pack %d appears twice", p.Number())
		}
		seen[p.Index] = true
	}

	zw := zip.NewWriter(w)
	err := renderAll(packs, func(i int, s symbols) error {
		name := fmt.Sprintf("%06d", packs[i].Number())
		if err := store(zw, name+"-qr.png", s.qr); err != nil {
			return err
		}
		return store(zw, name+"-datamatrix.png", s.dm)
	})
	if err != nil {
		return fmt.Errorf("label ZIP: %w", err)
	}

	f, err := zw.CreateHeader(&zip.FileHeader{Name: "manifest.csv", Method: zip.Deflate})
	if err != nil {
		return fmt.Errorf("label ZIP: %w", err)
	}
	cw := csv.NewWriter(f)
	_ = cw.Write([]string{"pack", "gtin", "lot", "serial", "expiry", "digital_link", "human_readable"})
	for _, p := range packs {
		_ = cw.Write([]string{strconv.Itoa(p.Number()), p.GTIN, p.Lot, p.Serial, p.Expiry, p.DigitalLink, p.HumanReadable})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("label ZIP: manifest: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("label ZIP: %w", err)
	}
	return nil
}

// store adds a file without compressing it: a PNG is compressed already.
func store(zw *zip.Writer, name string, b []byte) error {
	f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	return err
}
