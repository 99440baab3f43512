package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image/png"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/datamatrix"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// result is what one run of the program gave.
type result struct {
	stdout, stderr string
	status         int // the exit status main would end with
	err            error
}

// runCLI runs the program with args and environment env.
func runCLI(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), append([]string{"pedigree"}, args...), func(k string) string { return env[k] }, &stdout, &stderr)
	return result{stdout: stdout.String(), stderr: stderr.String(), status: exitStatus(err), err: err}
}

// exitStatus is the status main exits with when run returns err.
func exitStatus(err error) int {
	var eerr exitError
	var uerr usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &eerr):
		return eerr.code
	case errors.As(err, &uerr), errors.Is(err, errUsage):
		return 2
	}
	return 1
}

// message is what the program prints for a result: its output and its error.
func (r result) message() string {
	s := r.stdout + r.stderr
	if r.err != nil {
		s += r.err.Error()
	}
	return s
}

// verifyServer serves pedigree's API over worldtest's world.
func verifyServer(t *testing.T) (*worldtest.World, *httptest.Server) {
	t.Helper()
	w := worldtest.New(t)
	return w, w.Serve(t, slog.New(slog.DiscardHandler))
}

func TestVerifyCommand(t *testing.T) {
	w, srv := verifyServer(t)
	token := w.Token(t, w.Dispenser)
	// Pack index's code as a 2D scanner reports it: ]d2, FNC1 as GS; and the same with the
	// GS typed as the text \x1d.
	elementString := func(index int) string {
		c := w.Code(index)
		return "]d2\x1d01" + c.GTIN + "17" + c.Expiry.Format("060102") + "10" + c.Lot + "\x1d21" + c.Serial
	}
	typed := func(index int) string { return strings.ReplaceAll(elementString(index), "\x1d", `\x1d`) }
	digitalLink := func(index int) string {
		c := w.Code(index)
		return "https://id.gs1.org/01/" + c.GTIN + "/10/" + c.Lot + "/21/" + c.Serial + "?17=" + c.Expiry.Format("060102")
	}
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	failing := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "application/json")
		rw.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(rw, `{"error":{"code":"unavailable","message":"the database is not answering"}}`)
	}))
	defer failing.Close()

	for _, tc := range []struct {
		name   string
		env    map[string]string
		args   []string
		status int
		want   []string // in stdout, stderr or the error
		stdout []string // in stdout
	}{
		{name: "Authentic", args: []string{"-server", srv.URL, elementString(52)}, status: 0,
			stdout: []string{"AUTHENTIC: Genuine pack", "The pack is genuine", "serial " + w.Code(52).Serial, "index 52, state active",
				"product     Demoprofen 200 mg tablet", "made by Acme Pharma (manufacturer, GLN 4012345000016)", "custodian   a dispenser",
				"registered", "accepted", "evidence    contract 0x"}},
		{name: "AuthenticTypedGS", args: []string{"-server", srv.URL, typed(52)}, status: 0, stdout: []string{"AUTHENTIC"}},
		{name: "AuthenticBracketedWithToken", args: []string{"-server", srv.URL, "-token", token, "(01)09506000134352(17)" + w.Code(53).Expiry.Format("060102") + "(10)VERIFY(21)" + w.Code(53).Serial},
			status: 0, stdout: []string{"AUTHENTIC", "custodian   Corner Pharmacy (dispenser, GLN 4012345000054)", "Acme Pharma (manufacturer, GLN 4012345000016) -> Wholesale One"}},
		{name: "FlagsAfterCode", args: []string{digitalLink(52), "-server", srv.URL}, status: 0, stdout: []string{"AUTHENTIC"}},
		{name: "Environment", env: map[string]string{"PEDIGREE_URL": srv.URL, "PEDIGREE_TOKEN": token}, args: []string{digitalLink(52)},
			status: 0, stdout: []string{"custodian   Corner Pharmacy"}},
		{name: "AlreadyDecommissioned", args: []string{"-server", srv.URL, "-token", token, elementString(50)}, status: 1,
			stdout: []string{"ALREADY_DECOMMISSIONED: Already dispensed or withdrawn", "state supplied since"}},
		{name: "NotReleased", args: []string{"-server", srv.URL, "-token", token, digitalLink(10)}, status: 1, stdout: []string{"NOT_RELEASED"}},
		{name: "UnknownSerial", args: []string{"-server", srv.URL, "(01)09506000134352(10)VERIFY(21)FORGED0001"}, status: 1,
			stdout: []string{"UNKNOWN_SERIAL", "not in the batch's serial list"}},
		{name: "Help", args: []string{"-h"}, status: 0, want: []string{"Exit status", "$'\\x1d'", "PEDIGREE_TOKEN"}},
		{name: "ErrUnreadable", args: []string{"-server", srv.URL, "(01)09506000134353(10)A(21)B"}, status: 2,
			want: []string{"the code cannot be read: AI 01 (GTIN): check digit"}},
		{name: "ErrNoSerial", args: []string{"-server", srv.URL, "(01)09506000134352(10)VERIFY"}, status: 2, want: []string{"serial"}},
		{name: "ErrBadToken", args: []string{"-server", srv.URL, "-token", "pdg_secret_nope", digitalLink(52)}, status: 2, want: []string{"refused the API token"}},
		{name: "ErrNoCode", args: []string{"-server", srv.URL}, status: 2, want: []string{"no CODE"}},
		{name: "ErrTwoCodes", args: []string{"-server", srv.URL, digitalLink(1), digitalLink(2)}, status: 2, want: []string{"one CODE"}},
		{name: "ErrServerURL", args: []string{"-server", "127.0.0.1:8080", digitalLink(1)}, status: 2, want: []string{"-server"}},
		{name: "ErrUnknownFlag", args: []string{"-frob", digitalLink(1)}, status: 2},
		{name: "ErrServerDown", args: []string{"-server", down.URL, digitalLink(52)}, status: 3,
			want: []string{"cannot reach pedigree at " + down.URL + ": is `pedigree dev` running?"}},
		{name: "ErrServerFails", args: []string{"-server", failing.URL, digitalLink(52)}, status: 3, want: []string{"failed (503", "database is not answering"}},
		{name: "ErrNotPedigree", args: []string{"-server", srv.URL + "/nowhere", digitalLink(52)}, status: 3, want: []string{"is it pedigree?"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, tc.env, append([]string{"verify"}, tc.args...)...)
			if r.status != tc.status {
				t.Fatalf("exit status %d, want %d\n%s", r.status, tc.status, r.message())
			}
			for _, want := range tc.want {
				if !strings.Contains(r.message(), want) {
					t.Errorf("the output does not say %q:\n%s", want, r.message())
				}
			}
			for _, want := range tc.stdout {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("stdout does not say %q:\n%s", want, r.stdout)
				}
			}
			if strings.Contains(r.message(), token) || strings.Contains(r.message(), "pdg_secret_nope") {
				t.Errorf("the output shows the API token:\n%s", r.message())
			}
		})
	}

	t.Run("JSON", func(t *testing.T) {
		for _, tc := range []struct {
			index   int
			verdict string
			status  int
		}{{52, "AUTHENTIC", 0}, {50, "SUPPLIED", 1}} { // pack 50, just dispensed, as a patient asks
			r := runCLI(t, nil, "verify", "--json", "-server", srv.URL, elementString(tc.index))
			if r.status != tc.status {
				t.Fatalf("exit status %d, want %d\n%s", r.status, tc.status, r.message())
			}
			var got struct {
				Verdict  string
				Pack     struct{ Serial string }
				Evidence struct {
					Proof []string
				}
			}
			if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
				t.Fatalf("stdout is not JSON: %v\n%s", err, r.stdout)
			}
			if got.Verdict != tc.verdict || got.Pack.Serial != w.Code(tc.index).Serial || len(got.Evidence.Proof) == 0 {
				t.Errorf("got %+v, want %s for pack %d with its proof", got, tc.verdict, tc.index)
			}
			if !strings.Contains(r.stdout, "\n  \"verdict\"") {
				t.Errorf("the JSON is not indented:\n%s", r.stdout)
			}
		}
	})
	t.Run("JSONError", func(t *testing.T) {
		r := runCLI(t, nil, "verify", "-json", "-server", srv.URL, "(01)09506000134353(10)A(21)B")
		var got struct{ Error struct{ Code string } }
		if r.status != 2 || json.Unmarshal([]byte(r.stdout), &got) != nil || got.Error.Code != "invalid_code" {
			t.Fatalf("exit status %d, stdout %s", r.status, r.stdout)
		}
	})
	t.Run("DemoTokens", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "demo-tokens.json"), []byte(`{"dispenser": "`+token+`"}`), 0o600); err != nil {
			t.Fatal(err)
		}
		r := runCLI(t, nil, "verify", "-server", srv.URL, "-data", dir, "-as", "dispenser", digitalLink(52))
		if r.status != 0 || !strings.Contains(r.stdout, "Corner Pharmacy") {
			t.Fatalf("exit status %d\n%s", r.status, r.message())
		}
		if r := runCLI(t, nil, "verify", "-server", srv.URL, "-data", dir, "-as", "pharmacist", digitalLink(52)); r.status != 2 {
			t.Fatalf("-as pharmacist: exit status %d\n%s", r.status, r.message())
		}
	})
}

func TestLabelCommand(t *testing.T) {
	w := worldtest.New(t)
	env := map[string]string{"DATABASE_URL": w.Pool.Config().ConnString()}
	dir := t.TempDir()
	const base = "https://verify.example/p"
	label := func(t *testing.T, args ...string) result {
		t.Helper()
		return runCLI(t, env, append([]string{"label", "-data", dir, "-log-level", "warn"}, args...)...)
	}
	// want is pack index's code as the labels must print it: w.Code's expiry is the batch's.
	want := func(index int) gs1.Code {
		c := w.Code(index)
		return gs1.Code{GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial,
			Expiry: gs1.Date{Year: c.Expiry.Year(), Month: int(c.Expiry.Month()), Day: c.Expiry.Day()}}
	}

	t.Run("HTML", func(t *testing.T) {
		out := filepath.Join(dir, "labels.html")
		r := label(t, "-lot", "VERIFY", "-from", "49", "-to", "56", "-base", base, "-out", out) // packs 49 to 56: indexes 48 to 55
		if r.status != 0 {
			t.Fatalf("exit status %d\n%s", r.status, r.message())
		}
		if want := "wrote a label sheet of 8 labels to " + out; !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q does not say %q", r.stderr, want)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		html := string(b)
		if got := strings.Count(html, `class="label"`); got != 8 {
			t.Errorf("%d labels, want 8", got)
		}
		for _, s := range []string{`data-index="48"`, `data-index="55"`, "Pack 49<", "Pack 56<", "Demoprofen 200 mg tablet", "GTIN 09506000134352 lot VERIFY, packs 49 to 56",
			"<dt>SN</dt> <dd>" + want(48).Serial + "</dd>",
			`alt="` + want(48).DigitalLink(base) + `"`, want(55).Serial} {
			if !strings.Contains(html, s) {
				t.Errorf("the sheet lacks %q", s)
			}
		}
		if strings.Contains(html, `data-index="47"`) || strings.Contains(html, `data-index="56"`) {
			t.Error("the sheet has packs outside the range")
		}
		if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("file mode %v (%v), want 0600", fi.Mode(), err)
		}
	})

	t.Run("ZIP", func(t *testing.T) {
		out := filepath.Join(dir, "labels.zip") // .zip: the format follows
		r := label(t, "-gtin", "9506000134352", "-lot", "VERIFY", "-from", "1", "-to", "10", "-base", base, "-out", out)
		if r.status != 0 {
			t.Fatalf("exit status %d\n%s", r.status, r.message())
		}
		if !strings.Contains(r.stderr, "wrote 10 labels (20 PNGs and manifest.csv) to "+out) {
			t.Errorf("stderr: %s", r.stderr)
		}
		zr, err := zip.OpenReader(out)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		var names []string
		for _, f := range zr.File {
			names = append(names, f.Name)
		}
		if len(names) != 21 || !slices.Contains(names, "000010-datamatrix.png") || slices.Contains(names, "000000-qr.png") || !slices.Contains(names, "manifest.csv") {
			t.Fatalf("files %q, want 2 per pack for packs 1 to 10 and manifest.csv", names)
		}
		if got, want := scanPNG(t, zr, "000004-qr.png", qrcode.NewQRCodeReader()), want(3).DigitalLink(base); got != want {
			t.Errorf("QR code of pack 3: %q, want %q", got, want)
		}
		// The DataMatrix is GS1 (FNC1 first, reported as a leading GS) and holds the element string.
		dm := scanPNG(t, zr, "000004-datamatrix.png", datamatrix.NewDataMatrixReader()) // pack 4 is index 3
		if got, want := dm, "\x1d"+want(3).ElementString(); got != want {
			t.Errorf("DataMatrix of pack 3: %q, want %q", got, want)
		}
		if c, err := gs1.Parse("]d2" + dm); err != nil || c.Serial != w.Code(3).Serial {
			t.Errorf("DataMatrix of pack 3 parses as %+v, %v", c, err)
		}
	})

	t.Run("ZPL", func(t *testing.T) {
		out := filepath.Join(dir, "labels.zpl") // .zpl: the format follows
		r := label(t, "-lot", "RECALLED", "-from", "2", "-to", "4", "-base", base, "-out", out)
		if r.status != 0 || !strings.Contains(r.stderr, "wrote 3 labels in ZPL to "+out+": batch 09506000134352 lot RECALLED, packs 2 to 4 of 4") {
			t.Fatalf("exit status %d\n%s", r.status, r.message())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(string(b), "^XA"); got != 3 || !strings.Contains(string(b), "^FDPack 2^FS") || !strings.Contains(string(b), "^FDPack 4^FS") {
			t.Errorf("%d labels, want packs 2 to 4:\n%s", got, b)
		}
	})

	t.Run("Recorded", func(t *testing.T) {
		// Each run is in the batch's record of label downloads.
		var got []string
		rows, err := w.Pool.Query(context.Background(), `SELECT format || ' ' || range_start || '-' || range_end || ' ' || who || ' ' || client
			FROM label_downloads WHERE batch_id = $1 ORDER BY id`, w.Batch.ID.FillBytes(make([]byte, 32)))
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			_ = rows.Scan(&s)
			got = append(got, s)
		}
		if len(got) != 2 || !strings.HasPrefix(got[0], "html 48-56 operator: pedigree label") || !strings.HasPrefix(got[1], "zip 0-10 operator: pedigree label") ||
			!strings.HasSuffix(got[1], " local") { // by index, as the record keeps them: packs 49 to 56 and 1 to 10
			t.Fatalf("the record holds %q", got)
		}
	})

	t.Run("WholeBatchToStdout", func(t *testing.T) {
		r := label(t, "-lot", "RECALLED", "-format", "html")
		if r.status != 0 {
			t.Fatalf("exit status %d\n%s", r.status, r.message())
		}
		if got := strings.Count(r.stdout, `class="label"`); got != 4 {
			t.Errorf("%d labels on stdout, want the batch's 4", got)
		}
		for _, s := range []string{"to stdout", "is recalled", "only this computer"} {
			if !strings.Contains(r.stderr, s) {
				t.Errorf("stderr does not say %q:\n%s", s, r.stderr)
			}
		}
		if !strings.Contains(r.stdout, `alt="http://127.0.0.1:8080/01/09506000134352/10/RECALLED/21/`) {
			t.Error("the default -base is not the dev server's")
		}
	})

	for _, tc := range []struct {
		name   string
		args   []string
		status int
		want   string
	}{
		{"ErrUnknownLot", []string{"-lot", "NOPE"}, 1, "no batch with lot NOPE"},
		{"ErrUnknownBatch", []string{"-gtin", "09506000134352", "-lot", "NOPE"}, 1, "no batch with GTIN 09506000134352 and lot NOPE"},
		{"ErrNoLot", nil, 2, "-lot is required"},
		{"ErrToBeyondQuantity", []string{"-lot", "VERIFY", "-to", "65"}, 2, "has 64 packs, numbered 1 to 64"},
		{"ErrFromBeyondQuantity", []string{"-lot", "VERIFY", "-from", "65"}, 2, "has 64 packs"},
		{"ErrEmptyRange", []string{"-lot", "VERIFY", "-from", "5", "-to", "4"}, 2, "must not be less than -from"},
		{"ErrFromZero", []string{"-lot", "VERIFY", "-from", "0"}, 2, "numbered from 1"},
		{"ErrFormat", []string{"-lot", "VERIFY", "-format", "pdf"}, 2, `"pdf" is not html, zip or zpl`},
		{"ErrGTIN", []string{"-lot", "VERIFY", "-gtin", "09506000134353"}, 2, "check digit"},
		{"ErrBase", []string{"-lot", "VERIFY", "-base", "verify.example"}, 2, "-base"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := label(t, append(tc.args, "-out", filepath.Join(dir, tc.name+".html"))...)
			if r.status != tc.status || !strings.Contains(r.message(), tc.want) {
				t.Fatalf("exit status %d, want %d saying %q:\n%s", r.status, tc.status, tc.want, r.message())
			}
			if _, err := os.Stat(filepath.Join(dir, tc.name+".html")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a failed run left a file: %v", err)
			}
		})
	}
	t.Run("ErrNoDatabase", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"pedigree", "label", "-data", t.TempDir(), "-lot", "VERIFY"}, func(string) string { return "" }, &stdout, &stderr)
		if exitStatus(err) != 2 || !strings.Contains(err.Error(), "run 'pedigree dev' first") {
			t.Fatalf("got %v", err)
		}
	})
}

// scanPNG reads the symbol in the PNG called name in zr.
func scanPNG(t *testing.T, zr *zip.ReadCloser, name string, reader gozxing.Reader) string {
	t.Helper()
	f, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := reader.Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		t.Fatalf("scan %s: %v", name, err)
	}
	return res.GetText()
}
