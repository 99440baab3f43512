package label_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"

	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// batch returns n packs of one batch, serials of 20 characters, pack i at index first+i.
func batch(first, n int) []label.Pack {
	packs := make([]label.Pack, n)
	for i := range packs {
		packs[i] = newPack("09506000134352", "270630", "LOT-2026/11<A&B>", fmt.Sprintf("SN%018d", first+i), first+i)
	}
	return packs
}

func TestZIP(t *testing.T) {
	packs := slices.Concat(batch(0, 3), []label.Pack{testPacks()["HTMLHostile"], testPacks()["Set40to82"]}, batch(123456, 1))
	packs[3].Index, packs[4].Index = 42, 1000000 // 1000000 has seven digits: it keeps them
	var buf bytes.Buffer
	if err := label.ZIP(&buf, packs); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("Files", func(t *testing.T) {
		var got []string
		for _, f := range zr.File {
			got = append(got, f.Name)
		}
		want := []string{
			"000001-qr.png", "000001-datamatrix.png", // pack index 0 is pack 1, as people count
			"000002-qr.png", "000002-datamatrix.png",
			"000003-qr.png", "000003-datamatrix.png",
			"000043-qr.png", "000043-datamatrix.png",
			"1000001-qr.png", "1000001-datamatrix.png",
			"123457-qr.png", "123457-datamatrix.png",
			"manifest.csv",
		}
		if !slices.Equal(got, want) {
			t.Errorf("files\n got %q\nwant %q", got, want)
		}
	})

	t.Run("Manifest", func(t *testing.T) {
		rows, err := csv.NewReader(strings.NewReader(readZipFile(t, zr, "manifest.csv"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"pack", "gtin", "lot", "serial", "expiry", "digital_link", "human_readable"}}
		for _, p := range packs {
			want = append(want, []string{strconv.Itoa(p.Index + 1), p.GTIN, p.Lot, p.Serial, p.Expiry, p.DigitalLink, p.HumanReadable})
		}
		if got, want := rows[1][:5], []string{"1", "09506000134352", "LOT-2026/11<A&B>", "SN000000000000000000", "2027-06-30"}; !slices.Equal(got, want) {
			t.Errorf("manifest's first row %q, want %q", got, want)
		}
		if !slices.EqualFunc(rows, want, slices.Equal) {
			t.Errorf("manifest\n got %q\nwant %q", rows, want)
		}
	})

	t.Run("PNGsScan", func(t *testing.T) {
		for _, i := range []int{0, 3, 4} {
			name := fmt.Sprintf("%06d", packs[i].Index+1)
			qr := scanQR(t, []byte(readZipFile(t, zr, name+"-qr.png")))
			if got, want := qr.GetText(), packs[i].DigitalLink; got != want {
				t.Errorf("%s-qr.png: scanned %q, want %q", name, got, want)
			}
			dm := scanDataMatrix(t, []byte(readZipFile(t, zr, name+"-datamatrix.png")))
			if got, want := dm.GetText(), "\x1d"+packs[i].ElementString; got != want {
				t.Errorf("%s-datamatrix.png: scanned %q, want %q", name, got, want)
			}
			if got := metadata(dm, gozxing.ResultMetadataType_SYMBOLOGY_IDENTIFIER); got != "]d2" {
				t.Errorf("%s-datamatrix.png: symbology identifier %s, want ]d2", name, got)
			}
		}
	})

	t.Run("Reproducible", func(t *testing.T) {
		var again bytes.Buffer
		if err := label.ZIP(&again, packs); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Error("the same packs gave a different archive")
		}
	})
}

func TestZIPEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := label.ZIP(&buf, nil); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := readZipFile(t, zr, "manifest.csv"), "pack,gtin,lot,serial,expiry,digital_link,human_readable\n"; got != want {
		t.Errorf("manifest %q, want %q", got, want)
	}
}

func TestZIPErrors(t *testing.T) {
	bad := batch(0, 5)
	bad[3].ElementString = "01" + strings.Repeat("X", 2000)
	tests := map[string]struct {
		packs []label.Pack
		code  string
		want  string
	}{
		"ErrDuplicateIndex": {append(batch(0, 3), batch(1, 1)...), pedigree.EINVALID, "pack 2 appears twice"},
		"ErrNegativeIndex":  {batch(-1, 2), pedigree.EINVALID, "pack index -1 is negative"},
		"ErrBadPack":        {bad, pedigree.EINVALID, "pack 4: DataMatrix: the element string needs"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := label.ZIP(io.Discard, tt.packs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want one saying %q", err, tt.want)
			}
			if got := pedigree.ErrorCode(err); got != tt.code {
				t.Errorf("code %q, want %q", got, tt.code)
			}
		})
	}
}

func readZipFile(tb testing.TB, zr *zip.Reader, name string) string {
	tb.Helper()
	f, err := zr.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func BenchmarkZIP1000(b *testing.B) {
	packs := batch(0, 1000)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := label.ZIP(&buf, packs); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes")
}
