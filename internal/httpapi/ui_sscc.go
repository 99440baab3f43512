package httpapi

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/epcis"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// capturePage is the page that captures an EPCIS document from a file.
type capturePage struct {
	Form     *form
	Problems []epcis.Problem // where the document breaks the schema
}

// handleCapturePage shows the form that uploads an EPCIS document (a manufacturer's).
func (s *Server) handleCapturePage(w http.ResponseWriter, r *http.Request) {
	if u := s.requireUser(w, r, pedigree.RoleManufacturer); u != nil {
		s.render(w, r, http.StatusOK, "capture", "Capture an EPCIS document", capturePage{Form: s.newForm(r, nil)})
	}
}

// handleCaptureForm registers the batch an uploaded EPCIS document commissions, as POST
// /epcis/capture does: a document that breaks the schema comes back with each problem and
// its JSON pointer, one pedigree cannot take with the sentence why; nothing is written then.
func (s *Server) handleCaptureForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	p := capturePage{Form: f}
	doc, err := uploaded(r, "document")
	if err != nil {
		f.Fail("document", s.tr(r, "Choose the EPCIS document (JSON or JSON-LD) to upload."))
		s.render(w, r, http.StatusUnprocessableEntity, "capture", "Capture an EPCIS document", p)
		return
	}
	out, problems, err := s.capture(r.Context(), *u.org(), doc)
	switch {
	case len(problems) > 0:
		p.Problems = problems
		f.Fail("document", s.tr(r, "The document is not valid EPCIS 2.0: %d problems, listed below. Nothing was registered.", len(problems)))
	case err != nil:
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		f.Fail("document", s.tr(r, "pedigree cannot take this document: %s. Nothing was registered.", langOf(r).errorText(err)))
	default:
		s.done(w, r, "/batches/"+out.TokenID.String(), s.tr(r, "The document is captured: its batch is registered, with %d cases and pallets.", out.Cases)+s.caughtUp(r.Context(), pedigree.TxResult{Block: out.Block}))
		return
	}
	s.render(w, r, http.StatusUnprocessableEntity, "capture", "Capture an EPCIS document", p)
}

// uploaded returns the file a multipart form sent as name.
func uploaded(r *http.Request, name string) ([]byte, error) {
	if r.MultipartForm == nil || len(r.MultipartForm.File[name]) == 0 {
		return nil, errors.New("no file")
	}
	f, err := r.MultipartForm.File[name][0].Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err == nil && len(b) == 0 {
		err = errors.New("empty file")
	}
	return b, err
}

// ssccPage is a case's or pallet's page: its verdict and contents, and what the user may do
// with it.
type ssccPage struct {
	A         ssccAnswer
	Title     string
	Product   string
	Receivers []pedigree.Participant
	CanShip   bool
	CanAccept bool
	CanOpen   bool
	Form      *form
}

// handleSSCCPage shows a case or pallet to a signed-in participant: what a scan of its SSCC
// answers.
func (s *Server) handleSSCCPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	s.renderSSCC(w, r, u, http.StatusOK, s.newForm(r, nil))
}

func (s *Server) renderSSCC(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form) {
	sscc, err := ssccParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	a, err := s.verifySSCC(r.Context(), *u.org(), sscc)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := ssccPage{A: a, Product: a.Batch.Product.String(), Form: f}
	org := u.User.Organisation.Account
	if a.Together && len(a.Tokens) == 1 {
		t := a.Tokens[0]
		p.CanShip = t.Holder.Account == org && t.PendingTo == nil && a.Batch.Status != pedigree.BatchStatusRecalled
		p.CanAccept = t.PendingTo != nil && t.PendingTo.Account == org && t.Start == a.First && t.End == a.End
		p.CanOpen = t.Holder.Account == org && a.Opened == nil && a.Kind == "case"
	}
	if p.CanShip {
		if p.Receivers, err = s.receivers(r.Context(), org); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	title := "Case %s"
	if a.Kind == "pallet" {
		title = "Pallet %s"
	}
	s.render(w, r, status, "sscc", s.tr(r, title, a.SSCC), p)
}

// handleSSCCAction ships, accepts or opens the route's case or pallet from its page.
func (s *Server) handleSSCCAction(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer, pedigree.RoleDistributor, pedigree.RoleDispenser)
	if u == nil {
		return
	}
	sscc, err := ssccParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	c, err := s.deps.Containers.Container(r.Context(), sscc)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	batch, err := s.deps.Provenance.Batch(r.Context(), c.Batch)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	org := *u.org()
	var res pedigree.TxResult
	var msg string
	switch chi.URLParam(r, "action") {
	case "ship":
		to, perr := pedigree.ParseAddress(f.Get("to"))
		if perr != nil {
			f.Fail("to", s.tr(r, "Choose whom to ship it to."))
			break
		}
		_, res, err = s.shipSSCC(r.Context(), org, c, batch, to)
		msg = s.tr(r, "SSCC %s is shipped: it is on its way until its receiver accepts it.", sscc)
	case "accept":
		_, res, err = s.acceptSSCC(r.Context(), org, c, batch)
		msg = s.tr(r, "SSCC %s is accepted: its packs are in your custody.", sscc)
	case "open":
		err = s.openSSCC(r.Context(), org, c, batch)
		msg = s.tr(r, "SSCC %s is recorded as opened.", sscc)
	default:
		s.pageError(w, r, notFound(r))
		return
	}
	if f.OK() && err == nil {
		s.done(w, r, "/ssccs/"+sscc, msg+s.caughtUp(r.Context(), res))
		return
	}
	if err != nil {
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		f.FailFrom(err)
	}
	s.renderSSCC(w, r, u, http.StatusUnprocessableEntity, f)
}

// handlePackForm packs a batch into cases and pallets from its page.
func (s *Server) handlePackForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var plan pedigree.PackPlan
	if plan.CaseSize, err = strconv.Atoi(f.Get("case_size")); err != nil {
		f.Fail("case_size", s.tr(r, "Enter how many packs go in a case."))
	}
	if x := f.Get("cases_per_pallet"); x != "" {
		if plan.CasesPerPallet, err = strconv.Atoi(x); err != nil {
			f.Fail("cases_per_pallet", s.tr(r, "Enter how many cases go on a pallet, or leave it empty for no pallets."))
		}
	}
	if f.OK() {
		cs, err := s.packBatch(r.Context(), *u.org(), id, plan)
		if err == nil {
			s.done(w, r, "/batches/"+id.String()+"#cases-title", s.tr(r, "The batch is packed into %d cases and pallets, each with its SSCC: print their labels below.", len(cs)))
			return
		}
		if _, _, ok := s.refused(w, r, err); !ok {
			return
		}
		f.FailFrom(err, "case_size", "cases_per_pallet")
	}
	s.renderBatchPack(w, r, u, id, f)
}

// handleCaseLabels serves the label sheet of a batch's cases and pallets (AI 00), to its
// manufacturer.
func (s *Server) handleCaseLabels(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.deps.Provenance.Batch(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Batch.Manufacturer.Account != u.User.Organisation.Account {
		s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s", s.tr(r, "Only the batch's manufacturer prints its case labels.")))
		return
	}
	cs, err := s.deps.Containers.Containers(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if len(cs) == 0 {
		s.pageError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "%s", s.tr(r, "The batch is not packed into cases: pack it first, on its page.")))
		return
	}
	labels := make([]label.Pack, len(cs))
	for i, c := range cs {
		kind := "Case"
		if c.IsPallet(cs) {
			kind = "Pallet"
		}
		labels[i] = label.FromSSCC(c.SSCC, kind, v.Batch.Product.String(), v.Batch.GTIN, v.Batch.Lot, v.Batch.Expiry.Format("2006-01-02"), int(c.End-c.Start), i)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := label.Sheet(w, s.tr(r, "Cases and pallets of lot %s", v.Batch.Lot), labels); err != nil {
		s.log.Error("case labels", "err", err)
	}
}

// caseView is a case or pallet on its batch's page: where its packs are.
type caseView struct {
	pedigree.Container
	Pallet      bool
	First, Last int             // its packs' indexes: the first, and the one after the last
	Holder      *pedigree.Party // nil when its packs are no longer together
}

// batchCases returns the cases and pallets of batch v, each with its holder.
func (s *Server) batchCases(ctx context.Context, v pedigree.BatchView) ([]caseView, error) {
	cs, err := s.deps.Containers.Containers(ctx, v.Batch.ID)
	if err != nil {
		return nil, err
	}
	out := make([]caseView, len(cs))
	for i, c := range cs {
		out[i] = caseView{Container: c, Pallet: c.IsPallet(cs), First: int(c.Start), Last: int(c.End)}
		if t, ok := pedigree.TokenCovering(v.Tokens, c.Start, c.End); ok {
			out[i].Holder = &t.Holder
		}
	}
	return out, nil
}

// heldWhole reports whether account holds every pack of batch v, none of it shipped.
func heldWhole(v pedigree.BatchView, account pedigree.Address) bool {
	for _, t := range v.Tokens {
		if t.Holder.Account != account || t.PendingTo != nil {
			return false
		}
	}
	return true
}
