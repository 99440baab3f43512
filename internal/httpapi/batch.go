package httpapi

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// maxUpload is the most a batch registration may send: a million serials of 20 characters in
// CSV, with room to spare.
const maxUpload = 64 << 20

// batchRequest is the JSON body of POST /api/v1/batches.
type batchRequest struct {
	GTIN     string           `json:"gtin"`
	Lot      string           `json:"lot"`
	Expiry   *expiryField     `json:"expiry"`
	Product  pedigree.Product `json:"product"`
	Serials  []string         `json:"serials"`
	Quantity int              `json:"quantity"`
}

// expiryField is a registration's "expiry": a pedigree.Date whose refusal names its field,
// which encoding/json does not do for a value's own UnmarshalJSON.
type expiryField struct{ pedigree.Date }

// UnmarshalJSON reads a date as pedigree.Date does.
func (d *expiryField) UnmarshalJSON(b []byte) error {
	if err := d.Date.UnmarshalJSON(b); err != nil {
		return pedigree.Errorf(pedigree.EINVALID, "expiry: %s", pedigree.ErrorMessage(err))
	}
	return nil
}

// handleRegisterBatch registers a batch: JSON with the serials or a quantity, or a multipart
// form whose "serials" file is CSV (one serial a line, or a column named "serial"). Without a
// product, the batch is registered with the catalogue's product of its GTIN, if any. With an
// Idempotency-Key header a retry gets the first answer and never mints twice.
func (s *Server) handleRegisterBatch(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	req, raw, err := readBatchRequest(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	key := r.Header.Get("Idempotency-Key")
	if err := pedigree.CheckText("Idempotency-Key", key, 200); err != nil {
		s.error(w, r, err)
		return
	}
	if key != "" {
		hash := sha256.Sum256(raw)
		status, body, replay, err := s.deps.Idempotency.Begin(r.Context(), org.ID, key, hash[:])
		if err != nil {
			s.error(w, r, err)
			return
		}
		if replay {
			w.Header().Set("Idempotent-Replayed", "true")
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(status)
			_, _ = w.Write(body)
			return
		}
	}
	// The key names the request: a retry of one cut short answers its registration's outcome.
	nb := pedigree.NewBatch{GTIN: req.GTIN, Lot: req.Lot, Product: req.Product, Serials: req.Serials, Quantity: req.Quantity, Request: key}
	if req.Expiry != nil {
		nb.Expiry = req.Expiry.Time
	}
	if req.Expiry == nil {
		err = errorf(http.StatusBadRequest, pedigree.EINVALID, "expiry: give the last day of use, YYYY-MM-DD")
	} else if g, nerr := gs1.NormalizeGTIN(req.GTIN); nerr == nil {
		nb.GTIN = g
		// No product given: the catalogue's, if it has the GTIN.
		if nb.Product == (pedigree.Product{}) {
			if p, cerr := s.deps.Catalogue.Product(r.Context(), *org, g); cerr == nil {
				nb.Product = p.Product
			}
		}
	}
	var out pedigree.RegisteredBatch
	if err == nil {
		out, err = s.deps.Batches.Register(r.Context(), *org, nb)
	}
	status, body := http.StatusCreated, []byte(nil)
	if err != nil {
		status, code, message := s.classify(r, err)
		if key != "" && status >= 500 {
			_ = s.deps.Idempotency.Release(r.Context(), org.ID, key)
		}
		body, _ = json.Marshal(map[string]any{"error": map[string]string{"code": code, "message": message}})
		if key != "" && status < 500 {
			_ = s.deps.Idempotency.Finish(r.Context(), org.ID, key, status, body)
		}
		writeRaw(w, status, body)
		return
	}
	if out.Status == pedigree.RegistrationPending {
		status = http.StatusAccepted
	}
	body, _ = json.Marshal(out)
	if key != "" {
		if err := s.deps.Idempotency.Finish(r.Context(), org.ID, key, status, body); err != nil {
			s.log.Error("store idempotent answer", "err", err)
		}
	}
	writeRaw(w, status, body)
}

func writeRaw(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

// readBatchRequest reads a registration, JSON or multipart, and returns it with the bytes
// that identify it for the Idempotency-Key.
func readBatchRequest(w http.ResponseWriter, r *http.Request) (batchRequest, []byte, error) {
	var req batchRequest
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		if err := decodeJSON(w, r, &req); err != nil {
			return req, nil, err
		}
		raw, _ := json.Marshal(req)
		return req, raw, nil
	}
	if err := parseForm(w, r); err != nil {
		return req, nil, err
	}
	f := r.MultipartForm.Value
	get := func(k string) string {
		if v := f[k]; len(v) > 0 {
			return strings.TrimSpace(v[0])
		}
		return ""
	}
	req.GTIN, req.Lot = get("gtin"), get("lot")
	req.Product = pedigree.Product{Name: get("product_name"), Strength: get("product_strength"), Form: get("product_form")}
	if v := get("expiry"); v != "" {
		var d pedigree.Date
		if err := d.UnmarshalText([]byte(v)); err != nil {
			return req, nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "expiry: %q is not a date (YYYY-MM-DD)", v)
		}
		req.Expiry = &expiryField{d}
	}
	if v := get("quantity"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return req, nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "quantity: %q is not a whole number", v)
		}
		req.Quantity = n
	}
	if files := r.MultipartForm.File["serials"]; len(files) > 0 {
		file, err := files[0].Open()
		if err != nil {
			return req, nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "serials: the file could not be read")
		}
		defer file.Close()
		if req.Serials, err = readSerialsCSV(file); err != nil {
			return req, nil, err
		}
	}
	raw, _ := json.Marshal(req)
	return req, raw, nil
}

// readSerialsCSV reads serials from CSV: one a line, or the column named "serial" when the
// first line is a header with one. Files as spreadsheets save them are read too: a UTF-8 byte
// order mark, CRLF line ends, and ";" (or a tab) between fields, as Excel writes CSV where
// the decimal separator is a comma. The separator is the one the first line uses most, or
// the one an Excel "sep=;" first line names.
func readSerialsCSV(r io.Reader) ([]string, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xEF\xBB\xBF")) {
		_, _ = br.Discard(3)
	}
	first := 1 // the file's line of the first record
	comma, hinted := csvSeparator(br)
	if hinted {
		if _, err := br.ReadString('\n'); err != nil && !errors.Is(err, io.EOF) {
			return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "serials: the file could not be read")
		}
		first = 2
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var out []string
	column := 0
	for line := first; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "serials: line %d is not valid CSV", line)
		}
		if line == first {
			found := false
			for i, f := range rec {
				if strings.EqualFold(strings.TrimSpace(f), "serial") {
					column, found = i, true
				}
			}
			if found {
				continue
			}
		}
		if column >= len(rec) {
			return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "serials: line %d has no column %d", line, column+1)
		}
		if v := strings.TrimSpace(rec[column]); v != "" {
			if len(out) == pedigree.MaxBatchSize {
				return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "serials: more than %d", pedigree.MaxBatchSize)
			}
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "serials: the file has none")
	}
	return out, nil
}

// csvSeparator returns the field separator of the CSV br holds, from its first line: the one
// an Excel "sep=X" line names (hinted: skip that line), else whichever of ",", ";" and tab
// the line has most of outside quotes, "," when it has none.
func csvSeparator(br *bufio.Reader) (comma rune, hinted bool) {
	head, _ := br.Peek(br.Size())
	line, _, _ := bytes.Cut(head, []byte("\n"))
	line = bytes.TrimRight(line, "\r")
	if v, ok := bytes.CutPrefix(bytes.ToLower(line), []byte("sep=")); ok && len(v) == 1 && bytes.ContainsAny(v, ",;\t") {
		return rune(v[0]), true
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	comma = ','
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[byte(comma)] {
			comma = rune(c)
		}
	}
	return comma, false
}

// handleBatch shows a batch's provenance to participants.
func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(_ pedigree.Organisation, id pedigree.TokenID) (any, error) {
		return s.deps.Provenance.Batch(r.Context(), id)
	})
}

// handleToken shows a token's provenance to participants.
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(_ pedigree.Organisation, id pedigree.TokenID) (any, error) {
		return s.deps.Provenance.Token(r.Context(), id)
	})
}

// handleRecall recalls a batch: {"reason": 1-255}.
func (s *Server) handleRecall(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		var body struct {
			Reason *int `json:"reason"`
		}
		if err := decodeJSON(w, r, &body); err != nil {
			return nil, err
		}
		if body.Reason == nil || *body.Reason < 1 || *body.Reason > 255 {
			return nil, errorf(http.StatusBadRequest, pedigree.EINVALID, "reason: give a recall reason code from 1 to 255")
		}
		return s.deps.Custody.Recall(r.Context(), org, id, uint8(*body.Reason))
	})
}

// handleLabels answers a batch's labels to its manufacturer alone: ?format=html (a printable
// sheet, the default), zip (PNGs and manifest.csv) or zpl (for label printers), for packs
// [from, to) by index, from 0 (default all), with Digital Links on ?base= (default this
// server). Anyone else gets 403, whatever it asks; each download is recorded before the labels
// are made.
func (s *Server) handleLabels(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	req := pedigree.LabelRequest{Batch: id, Organisation: *org, APIToken: bearerToken(r), Client: clientAddress(r)}
	v, err := s.labelBatch(r, req)
	if err != nil {
		s.error(w, r, err)
		return
	}
	q := r.URL.Query()
	req.From, req.To = 0, v.Batch.Quantity
	for name, p := range map[string]*int{"from": &req.From, "to": &req.To} {
		if raw := q.Get(name); raw != "" {
			if *p, err = strconv.Atoi(raw); err != nil {
				s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "%s: %q is not a whole number", name, raw))
				return
			}
		}
	}
	if req.Format, err = pedigree.ParseLabelFormat(q.Get("format")); err != nil {
		s.error(w, r, err)
		return
	}
	base, err := s.labelBase(r, q.Get("base"))
	if err == nil {
		err = (pedigree.LabelRange{From: req.From, To: req.To}).Validate(v.Batch.Quantity)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeLabels(w, r, v, req, base, s.error)
}

// labelBatch returns the batch req asks labels of, once req's organisation may have them:
// anyone but the manufacturer is refused whatever else it asks.
func (s *Server) labelBatch(r *http.Request, req pedigree.LabelRequest) (pedigree.BatchView, error) {
	if _, err := s.deps.Serials.Access(r.Context(), req.Organisation, req.Batch, pedigree.SerialsAll); err != nil {
		return pedigree.BatchView{}, err
	}
	return s.deps.Provenance.Batch(r.Context(), req.Batch)
}

// labelBase returns the base of the Digital Links in labels' QR codes: base if given (checked
// by pedigree.CheckLabelBase), else the service's base URL, else the request's own.
func (s *Server) labelBase(r *http.Request, base string) (string, error) {
	switch {
	case base != "":
		return strings.TrimSuffix(base, "/"), pedigree.CheckLabelBase(base)
	case s.deps.BaseURL != "":
		return s.deps.BaseURL, nil
	}
	return strings.TrimSuffix(requestURL(r), r.URL.RequestURI()), nil
}

// bearerToken is the API token of the request's Authorization header, once caller has
// accepted it.
func bearerToken(r *http.Request) string {
	token, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return strings.TrimSpace(token)
}

// writeLabels writes the labels req asks of batch v, their Digital Links on base, and errors
// with fail. The range, format and base are checked; the serials come from the serial
// service, which checks the asker again and records the download first.
func (s *Server) writeLabels(w http.ResponseWriter, r *http.Request, v pedigree.BatchView, req pedigree.LabelRequest, base string, fail func(http.ResponseWriter, *http.Request, error)) {
	serials, err := s.deps.Serials.Labels(r.Context(), req)
	if err != nil {
		fail(w, r, err)
		return
	}
	product := v.Batch.Product.String()
	expiry := gs1.Date{Year: v.Batch.Expiry.Year(), Month: int(v.Batch.Expiry.Month()), Day: v.Batch.Expiry.Day()}
	packs := make([]label.Pack, 0, req.To-req.From)
	for i := req.From; i < req.To; i++ {
		c := gs1.Code{GTIN: v.Batch.GTIN, Lot: v.Batch.Lot, Serial: serials[i-req.From], Expiry: expiry}
		packs = append(packs, label.FromCode(c, base, product, i))
	}
	rng := pedigree.LabelRange{From: req.From, To: req.To}
	var buf bytes.Buffer
	// Files are named as people count packs: labels-GTIN-LOT-packs-1-24.
	name := fmt.Sprintf("labels-%s-%s-packs-%d-%d", v.Batch.GTIN, v.Batch.Lot, pedigree.PackNumber(req.From), req.To)
	switch req.Format {
	case pedigree.LabelSheet:
		err = label.Sheet(&buf, fmt.Sprintf("%s lot %s, %s", product, v.Batch.Lot, rng), packs)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	case pedigree.LabelZIP:
		err = label.ZIP(&buf, packs)
		w.Header().Set("Content-Type", "application/zip")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.zip"`)
	case pedigree.LabelZPL:
		err = label.ZPL(&buf, packs)
		w.Header().Set("Content-Type", "application/zpl; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.zpl"`)
	}
	if err != nil {
		w.Header().Del("Content-Disposition")
		fail(w, r, err)
		return
	}
	// Serial numbers: no cache keeps them.
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(buf.Bytes())
}
