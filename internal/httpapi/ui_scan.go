package httpapi

import (
	"errors"
	"io"
	"net/http"
	"runtime"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Codes reach the scan page in POST bodies, never in URLs, so they stay out of browser
// history and access logs.

// scanPage is what the scan page shows: the form, and the verdict on the last scan.
type scanPage struct {
	Code       string // what was scanned, kept in the input after an error
	Error      string // why the code could not be read
	PhotoError string // why a photo could not be read
	Card       *verdictPage
	Actions    *packActions
	Done       *packDone // the pack state just changed
}

// packActions are what the signed-in custodian may do with the pack just scanned.
type packActions struct {
	Code     string // the pack's code, bracketed, for the forms
	Dispense bool   // a pharmacy may dispense it
	States   []stateOption
	Undo     bool // it is decommissioned: offer to undo
}

type stateOption struct{ Value, Label string }

// packDone confirms a change of a pack's state.
type packDone struct {
	Code, Message string
	Undo          bool
}

// decommissionStates are the states a custodian may set from the scan page besides dispensing,
// as the EU FMD names them.
var decommissionStates = []pedigree.PackState{pedigree.PackDestroyed, pedigree.PackStolen, pedigree.PackSample,
	pedigree.PackFreeSample, pedigree.PackExported, pedigree.PackLocked, pedigree.PackCheckedOut}

// handleScanPage shows the scan form.
func (s *Server) handleScanPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "scan", "Scan a pack", scanPage{})
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
		s.render(w, r, http.StatusTooManyRequests, "scan", "Scan a pack", scanPage{PhotoError: msg})
		return
	}
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	text, err := s.decodeUpload(r)
	if err != nil {
		s.render(w, r, http.StatusUnprocessableEntity, "scan", "Scan a pack", scanPage{PhotoError: capitalise(pedigree.ErrorMessage(err))})
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
		return "", pedigree.Errorf(pedigree.EINVALIDCODE, "%s", pedigree.ErrorMessage(err))
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
		p.Error = "Scan or type the code on the pack."
		s.render(w, r, http.StatusUnprocessableEntity, "scan", "Scan a pack", p)
		return
	}
	code, err := s.parser.Parse(text)
	if err != nil {
		p.Error = capitalise(err.Error())
		s.render(w, r, http.StatusUnprocessableEntity, "scan", "Scan a pack", p)
		return
	}
	u := user(r)
	if u == nil {
		if msg := s.limitAnonymous(w, r); msg != "" {
			p.Error = msg
			s.render(w, r, http.StatusTooManyRequests, "scan", "Scan a pack", p)
			return
		}
	}
	v, err := s.deps.Verifier.Verify(r.Context(), pedigree.VerifyRequest{Code: packCode(code), Scanner: u.org(), Source: "web"})
	if err != nil {
		if status, msg, ok := s.refused(w, r, err); ok {
			p.Error = msg
			s.render(w, r, status, "scan", "Scan a pack", p)
		}
		return
	}
	s.metrics.verdict(v.Verdict)
	card := newVerdictPage(v, u == nil)
	p.Card, p.Code = &card, ""
	p.Actions = s.packActions(u, code, v)
	s.render(w, r, http.StatusOK, "scan", v.Verdict.Title()+" · Scan", p)
}

// packActions returns what u may do with the pack: its custodian may decommission an active
// pack (a pharmacy dispenses) and undo a decommissioning. The contract has the last word;
// these only decide which buttons to show.
func (s *Server) packActions(u *signedIn, code gs1.Code, v pedigree.Verification) *packActions {
	if u == nil || v.Pack == nil || v.Pack.Index < 0 || v.Custodian == nil || v.Custodian.Account != u.User.Organisation.Account || v.Pending != nil {
		return nil
	}
	if v.Batch != nil && v.Batch.Status == pedigree.BatchStatusRecalled {
		return nil
	}
	a := &packActions{Code: code.Bracketed()}
	switch {
	case v.Pack.State == pedigree.PackActive:
		a.Dispense = u.User.Organisation.Role == pedigree.RoleDispenser
		for _, st := range decommissionStates {
			a.States = append(a.States, stateOption{Value: st.String(), Label: st.Title()})
		}
	case v.Pack.StateDay != nil:
		a.Undo = pedigree.CanUndo(v.Pack.State, *v.Pack.StateDay, s.deps.Now())
	}
	if !a.Dispense && len(a.States) == 0 && !a.Undo {
		return nil
	}
	return a
}

// handlePackAction sets a pack's state from the scan page, or undoes it.
func (s *Server) handlePackAction(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser)
	if u == nil {
		return
	}
	text := r.PostFormValue("code")
	code, err := s.parser.Parse(text)
	if err != nil {
		s.render(w, r, http.StatusUnprocessableEntity, "scan", "Scan a pack", scanPage{Code: text, Error: capitalise(err.Error())})
		return
	}
	packs := []pedigree.PackCode{packCode(code)}
	var res []pedigree.TxResult
	var message string
	undo := false
	switch action := r.PostFormValue("action"); action {
	case "undo":
		res, err = s.deps.Custody.UndoPackStates(r.Context(), *u.org(), packs)
		message = "Undone: pack " + code.Serial + " is active again."
	default:
		var st pedigree.PackState
		st, err = pedigree.ParsePackState(action)
		if err == nil && st == pedigree.PackActive {
			err = pedigree.Errorf(pedigree.EINVALID, "to make a pack active again, undo its last change")
		}
		if err == nil {
			res, err = s.deps.Custody.SetPackStates(r.Context(), *u.org(), st, packs)
		}
		now := s.deps.Now()
		message, undo = st.Title()+": pack "+code.Serial+" is now "+strings.ToLower(st.Title())+".", pedigree.CanUndo(st, pedigree.DateOf(now), now)
	}
	if err != nil {
		if status, msg, ok := s.refused(w, r, err); ok {
			s.render(w, r, status, "scan", "Scan a pack", scanPage{Code: code.Bracketed(), Error: msg})
		}
		return
	}
	if len(res) > 0 {
		message += s.caughtUp(r.Context(), res[len(res)-1])
	}
	s.render(w, r, http.StatusOK, "scan", "Scan a pack", scanPage{Done: &packDone{Code: code.Bracketed(), Message: message, Undo: undo}})
}
