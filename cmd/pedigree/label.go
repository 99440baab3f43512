package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

func runLabel(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var f baseFlags
	var gtinArg, lot, format, out, base string
	var from, to int
	fs := newFlags("label", `Prints the labels of a batch's packs, or of a range of them: per pack a QR code holding
its GS1 Digital Link URI (expiry as the query parameter 17) and a GS1 DataMatrix holding
its element string (FNC1 first), with the product, the pack's number and the text people
read: PC (GTIN), SN, Batch and Exp.

  -format html  an A4 label sheet, 3 x 8 labels of 70 x 37 mm (print at 100%, no margins)
  -format zip   NNNNNN-qr.png and NNNNNN-datamatrix.png per pack, and manifest.csv
  -format zpl   ZPL II for Zebra label printers, one 70 x 37 mm label per pack

The batch must be on the chain, with its serials in this database: DATABASE_URL, or
without it the private cluster of 'pedigree dev' in DATA/pg. Packs are numbered from 1,
as the pages number them: -from 1 -to 24 prints the first page, packs 1 to 24.

The QR codes open -base: by default the web server 'pedigree dev' starts, which only this
computer can reach. For a phone on the same network, run 'pedigree dev -http 0.0.0.0:8080'
and pass -base http://<this computer's address>:8080; for real packs, your resolver's
public https URL.

The file is written whole or not at all, readable only by you: it holds serial numbers.
Each run is recorded in the batch's record of label downloads, which its manufacturer and
regulators read.`, stderr)
	f.register(fs)
	fs.StringVar(&lot, "lot", "", "the batch's lot (required)")
	fs.StringVar(&gtinArg, "gtin", "", "the batch's GTIN (8, 12, 13 or 14 digits); needed only when more than one batch on the chain has this lot")
	fs.IntVar(&from, "from", 1, "number of the first pack to label, from 1")
	fs.IntVar(&to, "to", 0, "number of the last pack to label (default: the batch's last)")
	fs.StringVar(&format, "format", "", "html (a printable label sheet), zip (PNGs) or zpl (label printers); default zip or zpl when -out ends in .zip or .zpl, else html")
	fs.StringVar(&out, "out", "", "the file to write; - or none for stdout, which must then not be a terminal")
	fs.StringVar(&base, "base", defaultServer(getenv), "scheme, host and optional path of the Digital Links in the QR codes; $PEDIGREE_URL sets the default")
	log, err := f.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	toSet := false
	fs.Visit(func(fl *flag.Flag) { toSet = toSet || fl.Name == "to" })

	if lot == "" {
		return usageError{"label: -lot is required"}
	}
	gtin, err := labelGTIN(gtinArg)
	if err != nil {
		return err
	}
	if format == "" {
		format = "html"
		if ext := strings.ToLower(filepath.Ext(out)); ext == ".zip" || ext == ".zpl" {
			format = ext[1:]
		}
	}
	if format != "html" && format != "zip" && format != "zpl" {
		return usageError{fmt.Sprintf("-format: %q is not html, zip or zpl", format)}
	}
	switch {
	case from < 1:
		return usageError{fmt.Sprintf("-from %d: packs are numbered from 1", from)}
	case toSet && to < from:
		return usageError{fmt.Sprintf("-from %d -to %d: -to is the last pack, so it must not be less than -from", from, to)}
	}
	if err := checkBase(base); err != nil {
		return err
	}
	toStdout := out == "" || out == "-"
	if toStdout && isTerminal(stdout) {
		return usageError{"label: stdout is a terminal: pass -out FILE, or redirect stdout to a file"}
	}
	if getenv("DATABASE_URL") == "" {
		if _, err := os.Stat(filepath.Join(f.dataDir, "pg")); errors.Is(err, os.ErrNotExist) {
			return usageError{fmt.Sprintf("label: no database in %s: run 'pedigree dev' first, or set DATABASE_URL", filepath.Join(f.dataDir, "pg"))}
		}
	}

	db, err := openDatabase(ctx, f.dataDir, false, getenv, log)
	if err != nil {
		return err
	}
	defer db.close()
	b, err := findBatch(ctx, db, gtin, lot)
	if err != nil {
		return err
	}
	if !toSet {
		to = b.quantity
	}
	if to > b.quantity {
		return usageError{fmt.Sprintf("-to %d: batch %s lot %s has %d packs, numbered 1 to %d", to, b.gtin, b.lot, b.quantity, b.quantity)}
	}
	if from > to {
		return usageError{fmt.Sprintf("-from %d: batch %s lot %s has %d packs, numbered 1 to %d", from, b.gtin, b.lot, b.quantity, b.quantity)}
	}
	rng := pedigree.LabelRange{From: pedigree.PackIndex(from), To: to} // by index: [first, last]
	serials, err := postgres.NewBatches(db.pool).Serials(ctx, b.id)
	if pedigree.ErrorCode(err) == pedigree.ENOTFOUND {
		return fmt.Errorf("the serials of batch %s lot %s are not in this database (%s): labels can be printed only where the batch was registered", b.gtin, b.lot, db.where)
	}
	if err != nil {
		return err
	}
	if len(serials) != b.quantity {
		return fmt.Errorf("batch %s lot %s: %d serials stored for a quantity of %d", b.gtin, b.lot, len(serials), b.quantity)
	}

	packs := make([]label.Pack, 0, rng.To-rng.From)
	for i := rng.From; i < rng.To; i++ {
		c := gs1.Code{GTIN: b.gtin, Lot: b.lot, Serial: serials[i], Expiry: b.expiry}
		if err := c.Validate(); err != nil {
			return fmt.Errorf("pack %d of batch %s lot %s cannot be printed as a GS1 code: %w", pedigree.PackNumber(i), b.gtin, b.lot, err)
		}
		packs = append(packs, label.FromCode(c, base, b.product, i))
	}
	// Serial numbers leave the database: the download is recorded first, as the service
	// records its own, for the manufacturer and regulators to read.
	who := "operator: pedigree label"
	if u := getenv("USER"); u != "" {
		who += ", run by " + u
	}
	if host, err := os.Hostname(); err == nil {
		who += " on " + host
	}
	if err := postgres.NewSerials(db.pool, time.Now).RecordOperator(ctx, b.id, rng.From, rng.To, pedigree.LabelFormat(format), who, "local"); err != nil {
		return err
	}
	write := func(w io.Writer) error { return label.ZIP(w, packs) }
	switch format {
	case "html":
		title := fmt.Sprintf("%s, GTIN %s lot %s, %s", b.product, b.gtin, b.lot, rng)
		write = func(w io.Writer) error { return label.Sheet(w, strings.TrimPrefix(title, ", "), packs) }
	case "zpl":
		write = func(w io.Writer) error { return label.ZPL(w, packs) }
	}
	where := "stdout"
	if toStdout {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("write the labels: %w", err)
		}
	} else {
		if err := writeFileAtomic(out, write); err != nil {
			return err
		}
		where = out
	}

	what := fmt.Sprintf("a label sheet of %d labels", len(packs))
	switch format {
	case "zip":
		what = fmt.Sprintf("%d labels (%d PNGs and manifest.csv)", len(packs), 2*len(packs))
	case "zpl":
		what = fmt.Sprintf("%d labels in ZPL", len(packs))
	}
	fmt.Fprintf(stderr, "wrote %s to %s: batch %s lot %s, %s of %d\n", what, where, b.gtin, b.lot, rng, b.quantity)
	if b.recalled {
		fmt.Fprintf(stderr, "note: batch %s lot %s is recalled: its packs verify as RECALLED\n", b.gtin, b.lot)
	}
	if isLoopback(base) {
		fmt.Fprintf(stderr, "note: the QR codes open %s, which only this computer can reach; pass -base for phones (see 'pedigree label -h')\n", base)
	}
	return nil
}

// labelGTIN checks -gtin and returns it as 14 digits ("" when not given).
func labelGTIN(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return "", usageError{fmt.Sprintf("-gtin: %q is not a GTIN: 8, 12, 13 or 14 digits", s)}
		}
	}
	c, err := gs1.Parse(s)
	if err != nil {
		return "", usageError{fmt.Sprintf("-gtin: %v", err)}
	}
	return c.GTIN, nil
}

// checkBase checks -base: an http or https URL, with an optional path prefix.
func checkBase(base string) error {
	if err := pedigree.CheckLabelBase(base); err != nil {
		return usageError{"-" + pedigree.ErrorMessage(err)}
	}
	return nil
}

// isLoopback reports whether base's host is this computer only.
func isLoopback(base string) bool {
	u, err := url.Parse(base)
	if err != nil {
		return false
	}
	host := u.Hostname()
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// isTerminal reports whether w is a terminal, where a label sheet or a ZIP is of no use.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// labelBatch is what the labels of a batch need.
type labelBatch struct {
	id        pedigree.TokenID
	gtin, lot string
	expiry    gs1.Date
	quantity  int
	recalled  bool
	product   string // "Demoprofen 200 mg film-coated tablets"
}

// findBatch finds the batch (gtin, lot) on the chain, through the projection; with gtin ""
// the one batch with this lot. Errors name the GTIN and the lot.
func findBatch(ctx context.Context, db *database, gtin, lot string) (labelBatch, error) {
	batches, err := postgres.NewProvenance(db.pool).BatchesByLot(ctx, gtin, lot)
	if err != nil {
		return labelBatch{}, err
	}
	var found []labelBatch
	for _, b := range batches {
		found = append(found, labelBatch{
			id: b.ID, gtin: b.GTIN, lot: lot, quantity: b.Quantity, recalled: b.Status == "recalled",
			expiry:  gs1.Date{Year: b.Expiry.Year(), Month: int(b.Expiry.Month()), Day: b.Expiry.Day()},
			product: b.Product.String(),
		})
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		gtins := make([]string, len(found))
		for i, b := range found {
			gtins[i] = b.gtin
		}
		return labelBatch{}, usageError{fmt.Sprintf("label: batches of %d products have lot %s (GTINs %s): pass -gtin", len(found), lot, strings.Join(gtins, ", "))}
	}

	// Not on the chain: perhaps registered here and not minted (yet).
	registered, status, err := postgres.NewBatches(db.pool).Registration(ctx, gtin, lot)
	switch {
	case err == nil:
		return labelBatch{}, fmt.Errorf("batch %s lot %s is not on the chain (its registration is %s): its packs would verify as UNKNOWN_BATCH", registered, lot, status)
	case pedigree.ErrorCode(err) != pedigree.ENOTFOUND:
		return labelBatch{}, err
	case gtin == "":
		return labelBatch{}, fmt.Errorf("no batch with lot %s is on the chain (%s)", lot, db.where)
	}
	return labelBatch{}, fmt.Errorf("no batch with GTIN %s and lot %s is on the chain (%s)", gtin, lot, db.where)
}

// writeFileAtomic writes a file through write: into a temporary file beside it, renamed over
// it once complete, so a failure leaves no half-written file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write the labels: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing left to remove
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
