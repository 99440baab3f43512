package httpapi

import (
	"encoding/json"
	"html/template"
	"mime/multipart"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// batchesPage is the batch search: batches by product, lot, manufacturer, holder and status,
// a page at a time; for regulators, a pack by its serial too.
type batchesPage struct {
	Form          *form
	Own           bool // a manufacturer sees its own batches
	CanFindSerial bool // a regulator may look a serial up in every batch
	Results       pedigree.BatchResults
	First, Last   int    // the numbers, from 1, of the batches shown
	Prev, Next    string // the addresses of the pages before and after, if any
	PageSize      int
	Serial        string // the serial searched
	Stories       []pedigree.PackStory
	NoPack        string // why no pack was found
}

// handleBatchesPage searches batches: a regulator every batch, a manufacturer its own;
// ?serial= (regulators only) finds the packs with a serial instead.
func (s *Server) handleBatchesPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleManufacturer, pedigree.RoleRegulator)
	if u == nil {
		return
	}
	if err := checkFormText(r.URL.Query()); err != nil { // the store cannot search for a NUL
		s.pageError(w, r, err)
		return
	}
	f := s.newForm(r, r.URL.Query())
	org := u.User.Organisation
	p := batchesPage{Form: f, Own: org.Role == pedigree.RoleManufacturer, CanFindSerial: org.Role == pedigree.RoleRegulator,
		PageSize: pedigree.BatchPageSize}
	if p.Serial = f.Get("serial"); p.Serial != "" {
		s.findSerial(w, r, org, p)
		return
	}
	q := pedigree.BatchQuery{GTIN: f.Get("gtin"), Lot: f.Get("lot"), Manufacturer: f.Get("manufacturer"), Holder: f.Get("holder"),
		Status: pedigree.BatchStatus(f.Get("status")), Limit: pedigree.BatchPageSize}
	if q.GTIN != "" {
		if g, err := gs1.NormalizeGTIN(q.GTIN); err == nil {
			q.GTIN = g
		} else {
			f.Fail("gtin", capitalise(langOf(r).errorText(err)))
		}
	}
	number := 1
	if v := f.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1_000_000 {
			f.Fail("", s.tr(r, "There is no page %s of results: pages are numbered from 1.", pedigree.Quoted(v)))
		}
		number = n
	}
	q.Offset = (number - 1) * q.Limit
	if p.Own {
		q.Manufacturer = org.GLN
	}
	status := http.StatusOK
	if f.OK() {
		var err error
		if p.Results, err = s.deps.Directory.SearchBatches(r.Context(), q); err != nil {
			if pedigree.ErrorCode(err) != pedigree.EINVALID {
				s.pageError(w, r, err)
				return
			}
			f.FailFrom(err, "gtin", "lot", "manufacturer", "holder", "status")
		}
	}
	if !f.OK() {
		status = http.StatusUnprocessableEntity
	}
	if n := len(p.Results.Batches); n > 0 {
		p.First, p.Last = q.Offset+1, q.Offset+n
	}
	pageURL := func(n int) string {
		v := url.Values{}
		for _, k := range []string{"gtin", "lot", "manufacturer", "holder", "status"} {
			if x := f.Get(k); x != "" {
				v.Set(k, x)
			}
		}
		if n > 1 {
			v.Set("page", strconv.Itoa(n))
		}
		if len(v) == 0 {
			return "/batches"
		}
		return "/batches?" + v.Encode()
	}
	if number > 1 && f.OK() {
		p.Prev = pageURL(min(number-1, (p.Results.Total+q.Limit-1)/q.Limit)) // past the end: back to the last page
	}
	if p.Last > 0 && p.Last < p.Results.Total {
		p.Next = pageURL(number + 1)
	}
	s.render(w, r, status, "batches", "Batches", p)
}

// findSerial answers the batch search's ?serial=: the story of each pack with the serial, to
// a regulator; anyone else is refused by the service.
func (s *Server) findSerial(w http.ResponseWriter, r *http.Request, org pedigree.Organisation, p batchesPage) {
	var err error
	p.Stories, err = s.deps.Serials.FindSerial(r.Context(), org, p.Serial)
	switch pedigree.ErrorCode(err) {
	case "":
		p.NoPack = s.tr(r, "No batch registered here has a pack with serial %s: if it is printed on a pack, the pack may be counterfeit.", pedigree.Quoted(p.Serial))
	case pedigree.EINVALID:
		p.Form.FailFrom(err, "serial")
		s.render(w, r, http.StatusUnprocessableEntity, "batches", "Batches", p)
		return
	case pedigree.EFORBIDDEN:
		s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s.", capitalise(pedigree.ErrorMessage(err))))
		return
	default:
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "batches", "A pack by its serial", p)
}

// batchPage is a batch's page.
type batchPage struct {
	View      pedigree.BatchView
	Picture   template.HTML
	Counts    []stateCount
	Product   string
	CanRecall bool
	RecallWhy string
	Reasons   []pedigree.RecallReason
	Labels    *form // the label form: from, to, format, base
	Form      *form // the recall form
	// What the user may see of the serials: labels (the manufacturer), one serial's look-up
	// and the record of label downloads (the manufacturer and regulators), or neither.
	CanLabels bool
	CanLookUp bool
	Downloads []pedigree.LabelDownload
	Serial    string                 // the serial looked up
	Found     *pedigree.SerialLookup // what the look-up found
	NotFound  string                 // why it found nothing
	// Cases and pallets (SSCC): the batch's, the packing form for its manufacturer while it
	// holds every pack, and their labels.
	Cases         []caseView
	CanPack       bool
	Pack          *form
	CanCaseLabels bool
}

type stateCount struct {
	State pedigree.PackState
	Packs int
}

// handleBatchPage shows a batch: its details, its provenance drawn, its packs by state and,
// for its manufacturer and regulators, the recall, one serial's look-up (?serial=) and the
// record of label downloads; for its manufacturer alone, its labels.
func (s *Server) handleBatchPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.renderBatch(w, r, u, id, http.StatusOK, s.newForm(r, nil), nil)
}

// renderBatch renders a batch's page: f is the recall form, labels the label form (nil: its
// defaults, packs 1 to 1,000 as a sheet, with Digital Links on the service's base URL).
func (s *Server) renderBatch(w http.ResponseWriter, r *http.Request, u *signedIn, id pedigree.TokenID, status int, f, labels *form) {
	s.renderBatchWith(w, r, u, id, status, f, labels, nil)
}

// renderBatchPack renders a batch's page with its packing form refused (422).
func (s *Server) renderBatchPack(w http.ResponseWriter, r *http.Request, u *signedIn, id pedigree.TokenID, pack *form) {
	s.renderBatchWith(w, r, u, id, http.StatusUnprocessableEntity, s.newForm(r, nil), nil, pack)
}

// renderBatchWith renders a batch's page with its forms: recall, labels and packing (nil:
// their defaults).
func (s *Server) renderBatchWith(w http.ResponseWriter, r *http.Request, u *signedIn, id pedigree.TokenID, status int, f, labels, pack *form) {
	v, err := s.deps.Provenance.Batch(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	org := u.User.Organisation
	access, err := s.deps.Serials.Access(r.Context(), org, id, pedigree.SerialsNone)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if labels == nil {
		base, _ := s.labelBase(r, "")
		labels = s.newForm(r, url.Values{"from": {"1"}, "to": {strconv.Itoa(min(v.Batch.Quantity, 1000))}, "format": {string(pedigree.LabelSheet)}, "base": {base}})
	}
	p := batchPage{View: v, Picture: provenanceSVG(v, langOf(r)), Product: v.Batch.Product.String(), Reasons: pedigree.RecallReasons(),
		Labels: labels, Form: f, CanLabels: access >= pedigree.SerialsAll, CanLookUp: access >= pedigree.SerialsLookUp}
	p.CanRecall = v.Recall == nil && (org.Role == pedigree.RoleRegulator || org.Account == v.Batch.Manufacturer.Account)
	if v.Recall != nil {
		p.RecallWhy = s.tr(r, v.Recall.Words())
	}
	for state, n := range v.PackStates {
		p.Counts = append(p.Counts, stateCount{State: state, Packs: n})
	}
	sort.Slice(p.Counts, func(i, j int) bool { return p.Counts[i].State < p.Counts[j].State }) // active first, as the contract numbers them
	if p.Serial = strings.TrimSpace(r.URL.Query().Get("serial")); p.Serial != "" {
		found, err := s.deps.Serials.LookUp(r.Context(), org, id, p.Serial)
		switch pedigree.ErrorCode(err) {
		case "":
			p.Found = &found
		case pedigree.ENOTFOUND:
			p.NotFound = s.tr(r, "No pack of this batch has serial %s: if it is printed on a pack, the pack may be counterfeit.", pedigree.Quoted(p.Serial))
		default:
			s.pageError(w, r, err)
			return
		}
	}
	if p.Cases, err = s.batchCases(r.Context(), v); err != nil {
		s.pageError(w, r, err)
		return
	}
	p.CanPack = len(p.Cases) == 0 && v.Recall == nil && org.Account == v.Batch.Manufacturer.Account && heldWhole(v, org.Account)
	p.Pack = pack
	if pack == nil {
		p.Pack = s.newForm(r, url.Values{"case_size": {strconv.Itoa(min(v.Batch.Quantity, 12))}, "cases_per_pallet": {"4"}})
	}
	p.CanCaseLabels = len(p.Cases) > 0 && org.Account == v.Batch.Manufacturer.Account
	if p.CanLookUp {
		if p.Downloads, err = s.deps.Serials.Downloads(r.Context(), org, id, 50); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "batch", s.tr(r, "Batch %s", v.Batch.Lot), p)
}

// handleBatchLabels serves a batch's labels to a user of its manufacturer, as the API does;
// anyone else gets 403. The form counts packs from 1, as people do: From and To are the first
// and last pack's numbers. A range, format or web address that will not do comes back next to
// its field on the batch's page, with 422.
func (s *Server) handleBatchLabels(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	req := pedigree.LabelRequest{Batch: id, Organisation: u.User.Organisation, UserID: u.User.ID, Client: clientAddress(r)}
	v, err := s.labelBatch(r, req)
	if err != nil {
		if pedigree.ErrorCode(err) == pedigree.EFORBIDDEN {
			err = errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s.", capitalise(pedigree.ErrorMessage(err)))
		}
		s.pageError(w, r, err)
		return
	}
	f := s.newForm(r, r.URL.Query())
	number := func(name, msg string) int {
		n, err := strconv.Atoi(f.Get(name))
		if err != nil {
			f.Fail(name, s.tr(r, msg, v.Batch.Quantity))
		}
		return n
	}
	req.From, req.To = pedigree.PackIndex(number("from", "Enter the number of the first pack, from 1 to %d.")), number("to", "Enter the number of the last pack, from 1 to %d.") // [From, To): the last pack's number is the index after it
	if req.Format, err = pedigree.ParseLabelFormat(f.Get("format")); err != nil {
		f.Fail("format", s.tr(r, "Choose what to print the labels as."))
	}
	base, err := s.labelBase(r, f.Get("base"))
	if err != nil {
		f.Fail("base", s.tr(r, "Enter a web address starting with https:// or http://, such as https://verify.example."))
	}
	if f.OK() {
		if err := (pedigree.LabelRange{From: req.From, To: req.To}).Validate(v.Batch.Quantity); err != nil {
			f.FailFrom(err, "from", "to")
		}
	}
	if !f.OK() {
		w.Header().Set("Content-Security-Policy", pagePolicy) // the batch's page, not a sheet
		s.renderBatch(w, r, u, id, http.StatusUnprocessableEntity, s.newForm(r, nil), f)
		return
	}
	s.writeLabels(w, r, v, req, base, s.pageError)
}

// handleRecallForm recalls a batch from its page.
func (s *Server) handleRecallForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer, pedigree.RoleRegulator)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	reason, err := strconv.Atoi(f.Get("reason"))
	if err != nil || reason < 1 || reason > 255 {
		f.Fail("reason", s.tr(r, "Choose why the batch is recalled."))
	}
	if f.Get("confirm") != "yes" {
		f.Fail("confirm", s.tr(r, "Tick the box to confirm: a recall cannot be undone."))
	}
	if f.OK() {
		res, err := s.deps.Custody.Recall(r.Context(), *u.org(), id, uint8(reason))
		if err == nil {
			s.done(w, r, "/batches/"+id.String(), s.tr(r, "The batch is recalled: every scan of its packs now says RECALLED, and its holders are asked to return or destroy their stock.")+s.caughtUp(r.Context(), res))
			return
		}
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		f.FailFrom(err)
	}
	s.renderBatch(w, r, u, id, http.StatusUnprocessableEntity, f, nil)
}

// registerPage is the batch registration form, with the catalogue's products to choose from.
type registerPage struct {
	Form     *form
	Products []pedigree.CatalogueProduct
}

// handleRegisterPage shows the registration form.
func (s *Server) handleRegisterPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	s.renderRegister(w, r, u, http.StatusOK, s.newForm(r, url.Values{"source": {"generate"}}))
}

func (s *Server) renderRegister(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form) {
	products, err := s.deps.Catalogue.Products(r.Context(), *u.org())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "register", "Register a batch", registerPage{Form: f, Products: products})
}

// handleRegisterForm registers a batch from the form. A browser running pedigree.js asks for
// application/x-ndjson and gets the steps as they start, one JSON line each, then the outcome:
// {"step": "..."}, ..., then {"done": "/batches/...", "message": "..."} or
// {"errors": {"field": "message"}}.
// Without JavaScript the answer is the batch's page, or the form again with its errors.
func (s *Server) handleRegisterForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	stream := r.Header.Get("Accept") == "application/x-ndjson"
	nb := s.readBatchForm(r, u, f)
	if !f.OK() {
		s.registerFailed(w, r, u, f, stream, false)
		return
	}
	if stream {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(http.StatusOK)
		rc := http.NewResponseController(w)
		nb.Say = func(format string, args ...any) string { return s.tr(r, format, args...) }
		nb.Progress = func(step string) {
			writeLine(w, map[string]string{"step": step})
			_ = rc.Flush()
		}
	}
	out, err := s.deps.Batches.Register(r.Context(), *u.org(), nb)
	if err != nil {
		if st, _, _ := s.classify(r, err); st >= 500 && !stream {
			s.pageError(w, r, err)
			return
		}
		msg := pedigree.ErrorMessage(err)
		if strings.HasPrefix(msg, "product") {
			failProduct(f, err) // product.name: next to product_name
		} else {
			f.FailFrom(err, "gtin", "lot", "expiry", "quantity", "serials")
		}
		s.registerFailed(w, r, u, f, stream, stream)
		return
	}
	message := s.tr(r, "Registered lot %s: %d packs.", nb.Lot, max(len(nb.Serials), nb.Quantity))
	switch {
	case out.Status == pedigree.RegistrationPending && out.Block == 0:
		message = s.tr(r, "Lot %s is sent to the chain and waits for its block; its page shows it once mined.", nb.Lot)
	case out.Status == pedigree.RegistrationPending:
		message += s.caughtUp(r.Context(), pedigree.TxResult{Block: out.Block, Status: pedigree.TxPending})
	default:
		message += s.caughtUp(r.Context(), pedigree.TxResult{Block: out.Block, Status: pedigree.TxConfirmed})
	}
	to := "/batches/" + out.TokenID.String()
	if stream { // the headers are gone: the script shows the message on the next page
		writeLine(w, map[string]string{"done": to, "message": message})
		return
	}
	s.done(w, r, to, message)
}

// registerFailed answers a refused registration: the form with its errors, or for a stream
// the errors as its last line (headerSent when the stream has begun).
func (s *Server) registerFailed(w http.ResponseWriter, r *http.Request, u *signedIn, f *form, stream, headerSent bool) {
	if !stream {
		s.renderRegister(w, r, u, http.StatusUnprocessableEntity, f)
		return
	}
	if !headerSent {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.WriteHeader(http.StatusUnprocessableEntity)
	}
	writeLine(w, map[string]any{"errors": f.Errors})
}

func writeLine(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	_, _ = w.Write(append(b, '\n'))
}

// readBatchForm reads the registration form, noting what is missing or malformed next to its
// field; the registrar checks the rest. A product chosen from the catalogue gives the GTIN,
// name, strength and form, whatever the fields say.
func (s *Server) readBatchForm(r *http.Request, u *signedIn, f *form) pedigree.NewBatch {
	if gtin := f.Get("catalogue"); gtin != "" {
		if p, err := s.deps.Catalogue.Product(r.Context(), *u.org(), gtin); err != nil {
			f.Fail("catalogue", s.tr(r, "Choose a product of your catalogue, or none and type its details."))
		} else {
			f.Values.Set("gtin", p.GTIN)
			f.Values.Set("product_name", p.Name)
			f.Values.Set("product_strength", p.Strength)
			f.Values.Set("product_form", p.Form)
		}
	}
	nb := pedigree.NewBatch{
		GTIN: f.Get("gtin"), Lot: f.Get("lot"),
		Product: pedigree.Product{Name: f.Get("product_name"), Strength: f.Get("product_strength"), Form: f.Get("product_form")},
	}
	if nb.GTIN == "" {
		f.Fail("gtin", s.tr(r, "Enter the product's GTIN."))
	} else if g, err := gs1.NormalizeGTIN(nb.GTIN); err != nil {
		f.Fail("gtin", capitalise(langOf(r).errorText(err)))
	} else {
		nb.GTIN = g
	}
	if nb.Lot == "" {
		f.Fail("lot", s.tr(r, "Enter the lot number."))
	}
	if nb.Product.Name == "" {
		f.Fail("product_name", s.tr(r, "Enter the product's name."))
	}
	if v := f.Get("expiry"); v == "" {
		f.Fail("expiry", s.tr(r, "Enter the expiry date."))
	} else {
		var d pedigree.Date
		if err := d.UnmarshalText([]byte(v)); err != nil {
			f.Fail("expiry", s.tr(r, "%s is not a date (YYYY-MM-DD).", pedigree.Quoted(v)))
		}
		nb.Expiry = d.Time
	}
	switch f.Get("source") {
	case "upload":
		var files []*multipart.FileHeader
		if r.MultipartForm != nil {
			files = r.MultipartForm.File["serials"]
		}
		if len(files) == 0 || files[0].Size == 0 {
			f.Fail("serials", s.tr(r, "Choose the CSV file of serials."))
			break
		}
		file, err := files[0].Open()
		if err != nil {
			f.Fail("serials", s.tr(r, "The file could not be read: choose it again."))
			break
		}
		defer file.Close()
		if nb.Serials, err = readSerialsCSV(file); err != nil {
			f.FailFrom(err, "serials")
		}
	default:
		n, err := strconv.Atoi(f.Get("quantity"))
		if err != nil || n < 1 || n > pedigree.MaxBatchSize {
			f.Fail("quantity", s.tr(r, "Enter how many packs, from 1 to %d.", pedigree.MaxBatchSize))
		}
		nb.Quantity = n
	}
	return nb
}
