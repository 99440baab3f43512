package httpapi

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The counter's actions on the scan page. Every action ends in a redirect to /scan?r=ID, whose
// result the database keeps (pedigree.ResultLife) for that user: a reload shows the outcome
// and its Undo again, and repeats nothing, whichever instance answers it.

// holderRoles are the roles that hold packs, change their states and see the recall notice.
var holderRoles = []pedigree.Role{pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser}

// parseCodes reads the forms' pack codes (one or more "code" fields), the first bad one by its
// text.
func (s *Server) parseCodes(texts []string) ([]pedigree.PackCode, string, error) {
	if len(texts) == 0 {
		return nil, "", pedigree.Errorf(pedigree.EINVALID, "scan or type the code on the pack")
	}
	if len(texts) > pedigree.MaxBasket {
		return nil, "", pedigree.Errorf(pedigree.EINVALID, "at most %d packs at once", pedigree.MaxBasket)
	}
	codes := make([]pedigree.PackCode, len(texts))
	for i, t := range texts {
		c, err := s.parser.Parse(t)
		if err == nil && c.Serial == "" {
			err = pedigree.Errorf(pedigree.EINVALID, "the code names no serial number (AI 21): scan the pack's own 2D code")
		}
		if err != nil {
			return nil, t, err
		}
		codes[i] = packCode(c)
	}
	return codes, "", nil
}

// handlePackAction sets a pack's state from the scan page, or undoes the change of one or
// more packs. Destroyed and stolen are confirmed first, on a page that names the pack.
func (s *Server) handlePackAction(w http.ResponseWriter, r *http.Request) {
	u, _ := s.postedForm(w, r, holderRoles...)
	if u == nil {
		return
	}
	codes, text, err := s.parseCodes(r.PostForm["code"])
	if err != nil {
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{Code: text, Error: capitalise(pedigree.ErrorMessage(err))})
		return
	}
	action := r.PostFormValue("action")
	refuse := func(msg string) {
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{Code: bracketed(codes[0]), Error: msg})
	}
	if action == "undo" {
		outcomes, last := s.applyEach(r, codes, func(ctx context.Context, packs []pedigree.PackCode) ([]pedigree.TxResult, error) {
			return s.deps.Custody.UndoPackStates(ctx, *u.org(), packs)
		})
		s.finish(w, r, u, action, outcomes, last, s.counterMessage(r, s.tr(r, "Undone"), s.tr(r, "active again"), outcomes), nil, false)
		return
	}
	if action == "" {
		refuse(s.tr(r, "Choose the state to decommission the pack as."))
		return
	}
	st, err := pedigree.ParsePackState(action)
	if err == nil && st == pedigree.PackActive {
		err = pedigree.Errorf(pedigree.EINVALID, "to make a pack active again, undo its last change")
	}
	if err != nil {
		refuse(capitalise(pedigree.ErrorMessage(err)))
		return
	}
	if len(codes) != 1 {
		refuse(s.tr(r, "Change one pack at a time here: dispense several with the basket."))
		return
	}
	if st.ConfirmFirst() && r.PostFormValue("confirm") != "yes" {
		s.renderScan(w, r, http.StatusOK, s.tr(r, "Confirm: %s", s.tr(r, st.Title())), scanPage{Confirm: newConfirm(codes[0], st)})
		return
	}
	s.setStates(w, r, u, st, codes)
}

// setStates sets packs to st, one transaction per token, and redirects to the outcome.
func (s *Server) setStates(w http.ResponseWriter, r *http.Request, u *signedIn, st pedigree.PackState, codes []pedigree.PackCode) {
	outcomes, last, undo := s.setEach(r, u, st, codes)
	s.finish(w, r, u, st.String(), outcomes, last, s.stateMessage(r, st, outcomes), undo, false)
}

// setEach sets packs to st (applyEach) and returns the packs whose change may be undone.
func (s *Server) setEach(r *http.Request, u *signedIn, st pedigree.PackState, codes []pedigree.PackCode) ([]pedigree.PackOutcome, pedigree.TxResult, []pedigree.PackCode) {
	outcomes, last := s.applyEach(r, codes, func(ctx context.Context, packs []pedigree.PackCode) ([]pedigree.TxResult, error) {
		return s.deps.Custody.SetPackStates(ctx, *u.org(), st, packs)
	})
	now := s.deps.Now()
	var undo []pedigree.PackCode
	for _, o := range outcomes {
		if o.OK && pedigree.CanUndo(st, pedigree.DateOf(now), now) {
			undo = append(undo, o.Code)
		}
	}
	return outcomes, last, undo
}

func newConfirm(c pedigree.PackCode, st pedigree.PackState) *confirmStep {
	step := &confirmStep{Code: bracketed(c), State: st.String(), Title: st.Title(), Lower: strings.ToLower(st.Title()), GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial,
		Expiry: c.Expiry, Consequence: "A destroyed pack can never be made active again."}
	if st == pedigree.PackStolen {
		step.Consequence = "The pack is reported stolen: anyone who scans it is told so."
	}
	return step
}

// stateMessage sums up the outcomes of setting packs to st (counterMessage).
func (s *Server) stateMessage(r *http.Request, st pedigree.PackState, outcomes []pedigree.PackOutcome) string {
	return s.counterMessage(r, s.tr(r, st.Title()), s.tr(r, "now %s", s.tr(r, strings.ToLower(st.Title()))), outcomes)
}

// counterMessage sums outcomes up: "Dispensed: pack X is now dispensed." for one pack, "Dispensed
// 2 of 3 packs." for more; done and now are in the request's language.
func (s *Server) counterMessage(r *http.Request, done, now string, outcomes []pedigree.PackOutcome) string {
	ok := 0
	for _, o := range outcomes {
		if o.OK {
			ok++
		}
	}
	switch {
	case len(outcomes) == 1 && ok == 1:
		return s.tr(r, "%s: pack %s is %s.", done, outcomes[0].Code.Serial, now)
	case len(outcomes) == 1:
		return s.tr(r, "Not done: %s", outcomes[0].Message)
	case ok == len(outcomes):
		return s.tr(r, "%s: all %d packs are %s.", done, ok, now)
	}
	return s.tr(r, "%s %d of %d packs; the others were refused, each for the reason given.", done, ok, len(outcomes))
}

// applyEach applies an action to packs and says what became of each: the packs of one token
// go in one transaction; when that transaction is refused, each of its packs is tried alone,
// so one pack that cannot be changed does not stop the others. last is the last transaction
// sent, to say whether pages show it yet.
func (s *Server) applyEach(r *http.Request, codes []pedigree.PackCode, apply func(context.Context, []pedigree.PackCode) ([]pedigree.TxResult, error)) (outcomes []pedigree.PackOutcome, last pedigree.TxResult) {
	ctx := r.Context()
	outcomes = make([]pedigree.PackOutcome, len(codes))
	groups := map[pedigree.TokenID][]int{}
	var order []pedigree.TokenID
	for i, c := range codes {
		outcomes[i].Code = c
		locs, err := s.deps.Packs.LocatePacks(ctx, []pedigree.PackCode{c})
		if err != nil {
			outcomes[i].Message = s.refusal(r, err)
			continue
		}
		t := locs[0].Token
		if _, ok := groups[t]; !ok {
			order = append(order, t)
		}
		groups[t] = append(groups[t], i)
	}
	try := func(idx []int) error {
		packs := make([]pedigree.PackCode, len(idx))
		for j, i := range idx {
			packs[j] = codes[i]
		}
		res, err := apply(ctx, packs)
		if err != nil {
			return err
		}
		for _, i := range idx {
			outcomes[i].OK, outcomes[i].Message = true, "Done."
			if len(res) > 0 {
				outcomes[i].TxHash = res[0].TxHash
			}
		}
		if len(res) > 0 {
			last = res[len(res)-1]
		}
		return nil
	}
	for _, t := range order {
		idx := groups[t]
		err := try(idx)
		if err == nil {
			continue
		}
		if len(idx) == 1 {
			outcomes[idx[0]].Message = s.refusal(r, err)
			continue
		}
		for _, i := range idx {
			if err := try([]int{i}); err != nil {
				outcomes[i].Message = s.refusal(r, err)
			}
		}
	}
	return outcomes, last
}

// refusal says why an action on a pack was refused, for people; a fault of ours is logged and
// not described.
func (s *Server) refusal(r *http.Request, err error) string {
	status, _, msg := s.classify(r, err)
	if status >= 500 {
		return s.tr(r, "It could not be done just now: try again in a moment.")
	}
	return capitalise(msg)
}

// finish records the outcomes as the user's actions, keeps the result and redirects to it.
// The result lists each pack's outcome when there are several, or when list says so.
func (s *Server) finish(w http.ResponseWriter, r *http.Request, u *signedIn, action string, outcomes []pedigree.PackOutcome, last pedigree.TxResult, message string, undo []pedigree.PackCode, list bool) {
	ctx := r.Context()
	if err := s.deps.Counter.RecordActions(context.WithoutCancel(ctx), *u.org(), u.User.ID, action, outcomes); err != nil {
		s.log.Error("record pack actions", "err", err)
	}
	res := pedigree.CounterResult{Message: message, Outcomes: outcomes, Undo: undo, Failed: true}
	for _, o := range outcomes {
		res.Failed = res.Failed && !o.OK
	}
	if !res.Failed {
		res.Message += s.caughtUp(ctx, last)
	}
	if len(outcomes) == 1 && !list {
		res.Outcomes = nil // the message says it all
	}
	s.redirectResult(w, r, u, res)
}

// redirectResult keeps res for the page after the redirect and redirects to it.
func (s *Server) redirectResult(w http.ResponseWriter, r *http.Request, u *signedIn, res pedigree.CounterResult) {
	id, err := s.deps.Counter.SaveResult(context.WithoutCancel(r.Context()), u.User.ID, res)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/scan?r="+url.QueryEscape(id)+"#counter", http.StatusSeeOther)
}

// handleBasket adds a pack to the basket, removes one, empties it, or dispenses every pack in
// it at once.
func (s *Server) handleBasket(w http.ResponseWriter, r *http.Request) {
	u, _ := s.postedForm(w, r, pedigree.RoleDispenser)
	if u == nil {
		return
	}
	ctx := r.Context()
	// A refusal changed nothing: it is shown at once, with its status, and a reload repeats
	// the refusal, not an action.
	fail := func(err error) {
		if status, msg, ok := s.refused(w, r, err); ok {
			s.renderScan(w, r, status, "Scan a pack", scanPage{Done: &packDone{CounterResult: pedigree.CounterResult{Message: msg, Failed: true}}})
		}
	}
	action := r.PostFormValue("action")
	switch action {
	case "add", "remove":
		codes, text, err := s.parseCodes(r.PostForm["code"])
		if err != nil {
			s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{Code: text, Error: capitalise(pedigree.ErrorMessage(err))})
			return
		}
		if action == "remove" {
			if err := s.deps.Counter.RemoveFromBasket(ctx, u.User.ID, codes); err != nil {
				fail(err)
				return
			}
			s.redirectResult(w, r, u, pedigree.CounterResult{Message: s.tr(r, "Took pack %s out of the basket.", codes[0].Serial)})
			return
		}
		if len(codes) != 1 {
			fail(pedigree.Errorf(pedigree.EINVALID, "add one pack at a time"))
			return
		}
		if err := s.deps.Counter.AddToBasket(ctx, u.User.ID, codes[0]); err != nil {
			fail(err)
			return
		}
		s.redirectResult(w, r, u, pedigree.CounterResult{Message: s.tr(r, "Added pack %s to the basket. Scan the next pack of the prescription.", codes[0].Serial)})
	case "empty":
		codes, err := s.deps.Counter.Basket(ctx, u.User.ID)
		if err == nil {
			err = s.deps.Counter.RemoveFromBasket(ctx, u.User.ID, codes)
		}
		if err != nil {
			fail(err)
			return
		}
		s.redirectResult(w, r, u, pedigree.CounterResult{Message: s.tr(r, "The basket is empty.")})
	case "dispense":
		codes, err := s.deps.Counter.ClaimBasket(ctx, u.User.ID)
		if err != nil {
			fail(err)
			return
		}
		st := pedigree.PackSupplied
		outcomes, last, undo := s.setEach(r, u, st, codes)
		// Every pack's outcome is in the result: the basket is done with, refused packs too.
		if err := s.deps.Counter.RemoveFromBasket(context.WithoutCancel(ctx), u.User.ID, codes); err != nil {
			s.log.Error("empty the dispensed basket", "err", err)
		}
		s.finish(w, r, u, st.String(), outcomes, last, s.stateMessage(r, st, outcomes), undo, true)
	default:
		fail(pedigree.Errorf(pedigree.EINVALID, "action: %q is not a basket action (add, remove, empty or dispense)", action))
	}
}

// manualFields are the manual entry's fields, in the order they are checked.
var manualFields = []string{"gtin", "lot", "serial", "expiry"}

// handleManual verifies a code typed by hand into separate fields, for a pack whose code
// cannot be scanned; each field's error is shown next to it.
func (s *Server) handleManual(w http.ResponseWriter, r *http.Request) {
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	f := s.newForm(r, r.PostForm)
	code, ok := manualCode(f, s.deps.Now(), func(key string, args ...any) string { return s.tr(r, key, args...) })
	if !ok {
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{Manual: f})
		return
	}
	s.verifyCode(w, r, code, scanPage{})
}

// manualCode reads the manual entry's fields into a code, failing each wrong field on f in
// the words of tr.
func manualCode(f *form, now time.Time, tr func(string, ...any) string) (gs1.Code, bool) {
	var c gs1.Code
	for _, name := range manualFields {
		if f.Get(name) == "" {
			f.Fail(name, tr(map[string]string{
				"gtin": "Enter the GTIN (PC) printed on the pack: 14 digits.", "lot": "Enter the batch (lot) printed on the pack.",
				"serial": "Enter the serial number (SN) printed on the pack.", "expiry": "Enter the expiry date printed on the pack.",
			}[name]))
		}
	}
	if v := f.Get("gtin"); v != "" {
		g, err := gs1.NormalizeGTIN(strings.ReplaceAll(v, " ", ""))
		if err != nil {
			f.Fail("gtin", tr("The GTIN %s.", gs1Message(err)))
		}
		c.GTIN = g
	}
	if v := f.Get("lot"); v != "" {
		if !gs1.ValidLot(v) {
			f.Fail("lot", tr("A lot is 1 to 20 letters, digits or the signs GS1 allows (no spaces)."))
		}
		c.Lot = v
	}
	if v := f.Get("serial"); v != "" {
		if !gs1.ValidSerial(v) {
			f.Fail("serial", tr("A serial number is 1 to 20 letters, digits or the signs GS1 allows (no spaces)."))
		}
		c.Serial = v
	}
	if v := f.Get("expiry"); v != "" {
		d, err := time.Parse(time.DateOnly, v)
		if err != nil {
			f.Fail("expiry", tr("Give the expiry as a date: 2027-06-30."))
		} else if d.Year() < now.Year()-50 || d.Year() > now.Year()+49 {
			f.Fail("expiry", tr("%s is not a year an expiry date can have.", strconv.Itoa(d.Year())))
		}
		c.Expiry = gs1.Date{Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
	}
	return c, f.OK()
}

// gs1Message is a gs1 error's message without the AI it names.
func gs1Message(err error) string {
	if ge, ok := err.(*gs1.Error); ok {
		return ge.Message
	}
	return pedigree.ErrorMessage(err)
}

// handleReport reports a scan with a red verdict to the regulator, with the user's comment,
// which becomes part of the alerts the scan raised.
func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	codes, text, err := s.parseCodes(r.PostForm["code"])
	if err != nil {
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{Code: text, Error: capitalise(pedigree.ErrorMessage(err))})
		return
	}
	comment := strings.TrimSpace(r.PostFormValue("comment"))
	scan, err := strconv.ParseInt(r.PostFormValue("scan"), 10, 64)
	invalid := ""
	switch {
	case err != nil || scan < 1:
		invalid = s.tr(r, "The report names no scan: scan the pack again.")
	case comment == "":
		invalid = s.tr(r, "Please say what you saw in the comment: the regulator reads it with the alert.")
	case len(comment) > pedigree.MaxReportComment:
		invalid = s.tr(r, "The comment is %d characters long; keep it under %d.", len(comment), pedigree.MaxReportComment)
	}
	if invalid != "" {
		s.renderScan(w, r, http.StatusUnprocessableEntity, "Scan a pack", scanPage{Code: bracketed(codes[0]), Error: invalid})
		return
	}
	if err := s.deps.Counter.Report(r.Context(), *u.org(), u.User.ID, scan, comment); err != nil {
		if status, msg, ok := s.refused(w, r, err); ok {
			s.renderScan(w, r, status, "Scan a pack", scanPage{Code: bracketed(codes[0]), Error: msg})
		}
		return
	}
	outcome := pedigree.PackOutcome{Code: codes[0], OK: true, Message: "Reported."}
	if err := s.deps.Counter.RecordActions(context.WithoutCancel(r.Context()), *u.org(), u.User.ID, "report", []pedigree.PackOutcome{outcome}); err != nil {
		s.log.Error("record pack actions", "err", err)
	}
	s.redirectResult(w, r, u, pedigree.CounterResult{Message: s.tr(r, "Reported pack %s to the regulator with your comment. Keep the pack apart until you hear back.", codes[0].Serial)})
}

// myScansPage is what "My scans" shows.
type myScansPage struct {
	Entries  []pedigree.CounterEntry
	Query    url.Values
	Error    string
	CSV      string
	Day      string
	Verdicts []pedigree.Verdict
	Actions  []stateOption
}

// counterFilter reads "My scans"' filters: day (a date, today by default), from and to (times
// of that day, HH:MM, UTC; to exclusive), verdict and action.
func counterFilter(q url.Values, user int64, now time.Time) (pedigree.CounterFilter, string, error) {
	f := pedigree.CounterFilter{User: user}
	day := now.UTC().Truncate(24 * time.Hour)
	if v := strings.TrimSpace(q.Get("day")); v != "" {
		d, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return f, "", pedigree.Errorf(pedigree.EINVALID, "day: give a date such as %s", now.Format(time.DateOnly))
		}
		day = d
	}
	f.From, f.To = day, day.AddDate(0, 0, 1)
	for _, p := range []struct {
		name string
		to   *time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		v := strings.TrimSpace(q.Get(p.name))
		if v == "" {
			continue
		}
		t, err := time.Parse("15:04", v)
		if err != nil {
			return f, "", pedigree.Errorf(pedigree.EINVALID, "%s: give a time of day such as 09:30", p.name)
		}
		*p.to = day.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
	}
	if !f.To.After(f.From) {
		return f, "", pedigree.Errorf(pedigree.EINVALID, "to: give a time after from")
	}
	if v := q.Get("verdict"); v != "" {
		f.Verdict = pedigree.Verdict(v)
		if f.Verdict.Title() == "" {
			return f, "", pedigree.Errorf(pedigree.EINVALID, "verdict: %q is not a verdict", v)
		}
	}
	if v := q.Get("action"); v != "" {
		if _, err := pedigree.ParsePackState(v); err != nil && v != "scans" && v != "undo" && v != "report" {
			return f, "", pedigree.Errorf(pedigree.EINVALID, "action: %q is not an action", v)
		}
		f.Action = v
	}
	return f, day.Format(time.DateOnly), nil
}

// handleMyScans shows the signed-in user's verifications and actions of a day, filtered, or
// as CSV with ?format=csv.
func (s *Server) handleMyScans(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	q := r.URL.Query()
	p := myScansPage{Query: q, Verdicts: pedigree.Verdicts}
	p.Actions = append(p.Actions, stateOption{"scans", "Verifications only"})
	for _, st := range append([]pedigree.PackState{pedigree.PackSupplied}, decommissionStates...) {
		p.Actions = append(p.Actions, stateOption{st.String(), st.Title()})
	}
	p.Actions = append(p.Actions, stateOption{"undo", "Undo"}, stateOption{"report", "Reported"})
	f, day, err := counterFilter(q, u.User.ID, s.deps.Now())
	status := http.StatusOK
	if err == nil {
		p.Day = day
		p.Entries, err = s.deps.Counter.Entries(r.Context(), f)
	}
	if err != nil {
		var ok bool
		if status, p.Error, ok = s.refused(w, r, err); !ok {
			return
		}
	}
	if q.Get("format") == "csv" && err == nil {
		writeCounterCSV(w, day, p.Entries)
		return
	}
	cq := url.Values{}
	for k, v := range q {
		cq[k] = v
	}
	cq.Set("format", "csv")
	p.CSV = r.URL.Path + "?" + cq.Encode()
	s.render(w, r, status, "myscans", "My scans", p)
}

// writeCounterCSV writes a user's entries as CSV; a cell a spreadsheet would read as a formula
// starts with an apostrophe (lots and serials come from packs anyone can print).
func writeCounterCSV(w http.ResponseWriter, day string, entries []pedigree.CounterEntry) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="my-scans-`+day+`.csv"`)
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"at", "kind", "verdict", "action", "gtin", "lot", "serial", "error"})
	for _, e := range entries {
		_ = cw.Write([]string{e.At.UTC().Format(time.RFC3339), e.Kind, string(e.Verdict), e.Action,
			csvCell(e.GTIN), csvCell(e.Lot), csvCell(e.Serial), csvCell(e.Error)})
	}
	cw.Flush()
}
