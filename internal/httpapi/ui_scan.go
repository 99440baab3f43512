package httpapi

import (
	"errors"
	"io"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Codes reach the scan page in POST bodies, never in URLs, so they stay out of browser
// history and access logs.

// scanPage is what the scan page shows: the form, the verdict on the last scan, what the
// user may do with the pack, the outcome of their last action and their basket.
type scanPage struct {
	Code       string // what was scanned, kept in the input after an error
	Error      string // why the code could not be read
	PhotoError string // why a photo could not be read
	Card       *verdictPage
	Actions    *packActions
	Done       *packDone    // the outcome of the last action, from the redirect after it
	Expired    bool         // the redirect named a result that is gone
	Confirm    *confirmStep // an irreversible state waits for a confirmation
	Manual     *form        // the fields for typing a damaged code by hand, with their errors
	Basket     []basketItem // the packs waiting to be dispensed together
	Dispenser  bool         // the user may dispense: a basket is offered
}

// packActions are what the signed-in custodian may do with the pack just scanned, and the
// next steps a red verdict offers.
type packActions struct {
	Code     string // the pack's code, bracketed, for the forms
	Dispense bool   // a pharmacy may dispense it
	Basket   bool   // it may go in the basket: a pharmacy's active pack, not in it already
	InBasket bool
	States   []stateOption
	Undo     bool // it is decommissioned: offer to undo
	// Red is a verdict that is not green: the pack is kept apart (Lock) and may be reported.
	Red    bool
	Lock   bool  // the custodian may lock it on chain
	ScanID int64 // the scan to report; 0: nothing to report
}

// Any reports whether there is anything to offer.
func (a *packActions) Any() bool {
	return a.Dispense || a.Basket || len(a.States) > 0 || a.Undo || a.Red
}

type stateOption struct{ Value, Label string }

// packDone shows the outcome of a counter action.
type packDone struct {
	pedigree.CounterResult
	UndoCodes []string // the packs to undo, bracketed, for the Undo form
}

// confirmStep asks to confirm an irreversible state, naming the pack.
type confirmStep struct {
	Code, State, Title string
	Lower              string // the state's title in lower case, within a sentence
	GTIN, Lot, Serial  string
	Expiry             *time.Time
	Consequence        string // English: the template translates it
}

// basketItem is a pack in the basket.
type basketItem struct {
	Code              string // bracketed, for the remove form
	GTIN, Lot, Serial string
	Expiry            *time.Time
}

// decommissionStates are the states a custodian may set from the scan page besides dispensing,
// as the EU FMD names them.
var decommissionStates = []pedigree.PackState{pedigree.PackDestroyed, pedigree.PackStolen, pedigree.PackSample,
	pedigree.PackFreeSample, pedigree.PackExported, pedigree.PackLocked, pedigree.PackCheckedOut}

// handleScanPage shows the scan form; ?r= names the outcome of the action that redirected
// here, which a reload shows again without repeating the action.
func (s *Server) handleScanPage(w http.ResponseWriter, r *http.Request) {
	p := scanPage{}
	if id := r.URL.Query().Get("r"); id != "" {
		if u := user(r); u != nil {
			res, err := s.deps.Counter.Result(r.Context(), u.User.ID, id)
			switch {
			case err == nil:
				p.Done = newPackDone(res)
			case pedigree.ErrorCode(err) == pedigree.ENOTFOUND:
				p.Expired = true
			default:
				s.pageError(w, r, err)
				return
			}
		}
	}
	s.renderScan(w, r, http.StatusOK, "Scan a pack", p)
}

func newPackDone(res pedigree.CounterResult) *packDone {
	d := &packDone{CounterResult: res}
	for _, c := range res.Undo {
		d.UndoCodes = append(d.UndoCodes, bracketed(c))
	}
	return d
}

// renderScan renders the scan page with the signed-in user's basket.
func (s *Server) renderScan(w http.ResponseWriter, r *http.Request, status int, title string, p scanPage) {
	if u := user(r); u != nil && u.User.Organisation.Role == pedigree.RoleDispenser {
		p.Dispenser = true
		codes, err := s.deps.Counter.Basket(r.Context(), u.User.ID)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, c := range codes {
			p.Basket = append(p.Basket, newBasketItem(c))
		}
		if p.Actions != nil && p.Actions.Basket {
			code := p.Actions.Code
			for _, b := range p.Basket {
				if b.Code == code {
					p.Actions.Basket, p.Actions.InBasket = false, true
				}
			}
		}
	}
	if p.Manual == nil {
		p.Manual = s.newForm(r, nil)
	}
	s.render(w, r, status, "scan", title, p)
}

func newBasketItem(c pedigree.PackCode) basketItem {
	return basketItem{Code: bracketed(c), GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial, Expiry: c.Expiry}
}

// bracketed writes a pack's code in the bracketed form the forms carry.
func bracketed(c pedigree.PackCode) string {
	g := gs1.Code{GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial}
	if c.Expiry != nil {
		g.Expiry = gs1.Date{Year: c.Expiry.Year(), Month: int(c.Expiry.Month()), Day: c.Expiry.Day()}
	}
	return g.Bracketed()
}

// handleScan verifies the code typed or scanned into the form.
func (s *Server) handleScan(w http.ResponseWriter, r *http.Request) {
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.scan(w, r, r.PostForm.Get("code"))
}

// handleScanPhoto verifies the code in an uploaded photo. A visitor's photos are limited per
// client address before the upload is read.
func (s *Server) handleScanPhoto(w http.ResponseWriter, r *http.Request) {
	if msg := s.limitImages(w, r, photoCost); msg != "" {
		s.renderScan(w, r, http.StatusTooManyRequests, "Scan a pack", scanPage{PhotoError: msg})
		return
	}
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	text, err := s.decodeUpload(r)
	if err != nil {
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{PhotoError: capitalise(langOf(r).errorText(err))})
		return
	}
	s.scan(w, r, text)
}

func (s *Server) decodeUpload(r *http.Request) (string, error) {
	if r.MultipartForm == nil || len(r.MultipartForm.File["photo"]) == 0 {
		return "", pedigree.Errorf(pedigree.EINVALID, "choose a photo of the pack's code first")
	}
	f, err := r.MultipartForm.File["photo"][0].Open()
	if err != nil {
		return "", pedigree.Errorf(pedigree.EINVALID, "the photo could not be read: send it again")
	}
	defer f.Close()
	return decodeImage(f)
}

// decoders bounds the images decoded at once: a decode is CPU work (a few ms for a camera
// frame, up to a second or two for a large photo) that anyone may ask for.
var decoders = make(chan struct{}, max(2, runtime.NumCPU()))

// decodeImage finds a QR code or DataMatrix in an image. An image that holds none is
// EINVALIDCODE (422), which the camera's script takes as "try the next frame".
func decodeImage(r io.Reader) (string, error) {
	select {
	case decoders <- struct{}{}:
		defer func() { <-decoders }()
	default:
		return "", errorf(http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "too many images are being read right now: try again in a moment")
	}
	text, err := label.Decode(r)
	if errors.Is(err, label.ErrNoCode) {
		return "", pedigree.Errorf(pedigree.EINVALIDCODE, "no QR code or DataMatrix found in the image")
	}
	return text, err
}

// maxFrame is the most a camera frame may weigh.
const maxFrame = 4 << 20

// handleScanFrame decodes one camera frame for browsers without BarcodeDetector: the image is
// the body; the answer is {"code": "..."} or an error, 422 when the frame holds no code, 429
// when a visitor's address sent too many.
func (s *Server) handleScanFrame(w http.ResponseWriter, r *http.Request) {
	if msg := s.limitImages(w, r, 1); msg != "" {
		s.error(w, r, pedigree.Errorf(pedigree.ERATELIMITED, "%s", msg))
		return
	}
	text, err := decodeImage(http.MaxBytesReader(w, r.Body, maxFrame))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		err = errorf(http.StatusRequestEntityTooLarge, "payload_too_large", "a frame is at most %d MB", maxFrame>>20)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"code": text})
}

// scan verifies text and shows the verdict, with what the user may do with the pack.
func (s *Server) scan(w http.ResponseWriter, r *http.Request, text string) {
	p := scanPage{Code: text}
	if strings.TrimSpace(text) == "" {
		p.Error = s.tr(r, "Scan or type the code on the pack.")
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", p)
		return
	}
	// A case's or pallet's SSCC opens its page, for a participant: one scan at goods-in or
	// goods-out.
	if sscc, ok, err := gs1.ParseSSCC(text); ok {
		switch {
		case err != nil:
			p.Error = capitalise(err.Error())
		case user(r) == nil:
			p.Error = s.tr(r, "This is a case's or pallet's code (SSCC): sign in to see what it holds.")
		default:
			http.Redirect(w, r, "/ssccs/"+sscc, http.StatusSeeOther)
			return
		}
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", p)
		return
	}
	code, err := s.parser.Parse(text)
	if err != nil {
		p.Error = capitalise(langOf(r).errorText(err))
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", p)
		return
	}
	s.verifyCode(w, r, code, p)
}

// verifyCode verifies a code read from the scanner, a photo or the manual fields.
func (s *Server) verifyCode(w http.ResponseWriter, r *http.Request, code gs1.Code, p scanPage) {
	u := user(r)
	if u == nil {
		if msg := s.limitAnonymous(w, r); msg != "" {
			p.Error = msg
			s.renderScan(w, r, http.StatusTooManyRequests, "Scan a pack", p)
			return
		}
	}
	req := pedigree.VerifyRequest{Code: packCode(code), Scanner: u.org(), Source: "web"}
	if u != nil {
		req.User = u.User.ID
	}
	v, err := s.deps.Verifier.Verify(r.Context(), req)
	if err != nil {
		if status, msg, ok := s.refused(w, r, err); ok {
			p.Error = msg
			s.renderScan(w, r, status, "Scan a pack", p)
		}
		return
	}
	s.metrics.verdict(v.Verdict)
	card := newVerdictPage(v, u == nil)
	p.Card, p.Code = &card, ""
	p.Actions = s.packActions(u, code, v)
	s.renderScan(w, r, http.StatusOK, s.tr(r, "%s · Scan", s.tr(r, v.Verdict.Title())), p)
}

// packActions returns what u may do with the pack: its custodian may decommission an active
// pack (a pharmacy dispenses, now or with the rest of its basket) and undo a decommissioning;
// a red verdict offers to keep the pack apart (locked, when u holds it) and to report it. The
// contract has the last word; these only decide which buttons to show.
func (s *Server) packActions(u *signedIn, code gs1.Code, v pedigree.Verification) *packActions {
	if u == nil {
		return nil
	}
	a := &packActions{Code: code.Bracketed()}
	held := v.Pack != nil && v.Pack.Index >= 0 && v.Custodian != nil && v.Custodian.Account == u.User.Organisation.Account &&
		v.Pending == nil && (v.Batch == nil || v.Batch.Status != pedigree.BatchStatusRecalled)
	switch {
	case held && v.Pack.State == pedigree.PackActive:
		a.Dispense = u.User.Organisation.Role == pedigree.RoleDispenser && v.Verdict.Genuine()
		a.Basket = a.Dispense
		for _, st := range decommissionStates {
			a.States = append(a.States, stateOption{Value: st.String(), Label: st.Title()})
		}
	case held && v.Pack.StateDay != nil:
		a.Undo = pedigree.CanUndo(v.Pack.State, *v.Pack.StateDay, s.deps.Now())
	}
	if !v.Verdict.Genuine() && !a.Undo {
		a.Red, a.ScanID = true, v.ScanID
		a.Lock = len(a.States) > 0
	}
	if !a.Any() {
		return nil
	}
	return a
}
