package httpapi

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Alert cases (pedigree/alertcase.go): the feed, a case with its history, status changes and
// comments, for the API and the pages. A case is shown to its manufacturer and the regulator,
// each as Alert.For says; the organisations whose scans raised it may only comment.

// caseRoles are the organisations a feed of cases is for.
var caseRoles = []pedigree.Role{pedigree.RoleRegulator, pedigree.RoleManufacturer}

var (
	gtinPattern = regexp.MustCompile(`^[0-9]{14}$`)
	glnPattern  = regexp.MustCompile(`^[0-9]{13}$`)
)

// alertFilter reads a feed's filters for org: status, kind, batch (its id), gtin, lot,
// manufacturer (a GLN; a regulator's), from and to (dates, to inclusive, or RFC 3339 times, to
// exclusive), before (as to, the older API's paging), limit and offset. A manufacturer's feed
// is its own cases, whatever it asks.
func alertFilter(q url.Values, org pedigree.Organisation) (pedigree.AlertFilter, error) {
	var f pedigree.AlertFilter
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	if v := get("status"); v != "" {
		if err := f.Status.UnmarshalText([]byte(v)); err != nil {
			return f, err
		}
	}
	if v := get("kind"); v != "" {
		if err := f.Kind.UnmarshalText([]byte(v)); err != nil {
			return f, pedigree.Errorf(pedigree.EINVALID, "kind: %s", pedigree.ErrorMessage(err))
		}
	}
	if v := get("batch"); v != "" {
		if err := f.Batch.UnmarshalText([]byte(v)); err != nil {
			return f, pedigree.Errorf(pedigree.EINVALID, "batch: %q is not a batch id (0x and 64 hex digits)", v)
		}
	}
	if f.GTIN = get("gtin"); f.GTIN != "" && !gtinPattern.MatchString(f.GTIN) {
		return f, pedigree.Errorf(pedigree.EINVALID, "gtin: %q is not a GTIN (14 digits)", f.GTIN)
	}
	f.Lot = get("lot")
	if err := pedigree.CheckText("lot", f.Lot, 20); err != nil {
		return f, err
	}
	if f.ManufacturerGLN = get("manufacturer"); f.ManufacturerGLN != "" && !glnPattern.MatchString(f.ManufacturerGLN) {
		return f, pedigree.Errorf(pedigree.EINVALID, "manufacturer: %q is not a GLN (13 digits)", f.ManufacturerGLN)
	}
	for _, p := range []struct {
		name string
		to   *time.Time
		end  bool
	}{{"from", &f.From, false}, {"to", &f.To, true}, {"before", &f.To, false}} {
		v := get(p.name)
		if v == "" {
			continue
		}
		if d, err := time.Parse(time.DateOnly, v); err == nil {
			if p.end {
				d = d.AddDate(0, 0, 1)
			}
			*p.to = d
		} else if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
			*p.to = t
		} else {
			return f, pedigree.Errorf(pedigree.EINVALID, "%s: %q is not a date (YYYY-MM-DD) or a time (2026-11-24T10:00:00Z)", p.name, v)
		}
	}
	for _, p := range []struct {
		name     string
		to       *int
		min, max int
	}{{"limit", &f.Limit, 1, pedigree.MaxAlertPage}, {"offset", &f.Offset, 0, 1 << 30}} {
		v := get(p.name)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < p.min || n > p.max {
			return f, pedigree.Errorf(pedigree.EINVALID, "%s: give a whole number from %d to %d", p.name, p.min, p.max)
		}
		*p.to = n
	}
	if org.Role == pedigree.RoleManufacturer {
		f.Manufacturer = org.Account
	}
	return f, nil
}

// caseCaller returns the organisation and actor of an API request about cases, or answers
// and returns nil.
func (s *Server) caseCaller(w http.ResponseWriter, r *http.Request) (*pedigree.CaseActor, bool) {
	c, err := s.tokenCaller(r)
	if err == nil && c == nil {
		err = errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, "alert cases are for the batch's manufacturer and the regulator: send an API token, Authorization: Bearer <token>")
	}
	if err != nil {
		s.error(w, r, err)
		return nil, false
	}
	a := &pedigree.CaseActor{Organisation: c.Organisation, Who: "an API token of " + c.Organisation.Name}
	if c.User != nil {
		a.User, a.Who = c.User.ID, c.User.Name
	}
	return a, true
}

// feedRefusal is the 403 of an organisation that has no feed of cases.
func feedRefusal(org pedigree.Organisation) error {
	return errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "alert cases are for the batch's manufacturer and the regulator; %s is a %s", org.Name, org.Role)
}

// standingOfFeed is how the reader of a feed stands to its cases: a manufacturer reads its own.
func standingOfFeed(org pedigree.Organisation) pedigree.CaseStanding {
	if org.Role == pedigree.RoleRegulator {
		return pedigree.CaseRegulator
	}
	return pedigree.CaseManufacturer
}

// feed reads the page of cases q selects for org, each as org may see it.
func (s *Server) feed(r *http.Request, q url.Values, org pedigree.Organisation) (pedigree.AlertPage, pedigree.AlertFilter, error) {
	f, err := alertFilter(q, org)
	if err != nil {
		return pedigree.AlertPage{}, f, err
	}
	p, err := s.deps.Alerts.Alerts(r.Context(), f)
	if err != nil {
		return p, f, err
	}
	st := standingOfFeed(org)
	for i, a := range p.Alerts {
		p.Alerts[i] = a.For(st)
	}
	if p.Alerts == nil {
		p.Alerts = []pedigree.Alert{}
	}
	return p, f, nil
}

// handleAlerts lists the cases: GET /api/v1/alerts, filtered and paged (alertFilter), as JSON
// with the total the filter selects, or as CSV with ?format=csv.
func (s *Server) handleAlerts(w http.ResponseWriter, r *http.Request) {
	by, ok := s.caseCaller(w, r)
	if !ok {
		return
	}
	if !hasOrgRole(by.Organisation, caseRoles...) {
		s.error(w, r, feedRefusal(by.Organisation))
		return
	}
	q := r.URL.Query()
	if v := q.Get("format"); v != "" && v != "csv" && v != "json" {
		s.error(w, r, errorf(http.StatusBadRequest, pedigree.EINVALID, "format: give csv or json"))
		return
	}
	p, _, err := s.feed(r, q, by.Organisation)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	if q.Get("format") == "csv" {
		writeAlertsCSV(w, p.Alerts)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// handleAlert answers one case with its history: GET /api/v1/alerts/{id}.
func (s *Server) handleAlert(w http.ResponseWriter, r *http.Request) {
	by, ok := s.caseCaller(w, r)
	if !ok {
		return
	}
	a, err := s.readCase(r, by.Organisation)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, a)
}

// readCase reads the case the route names as org may see it: ENOTFOUND for an outsider,
// EFORBIDDEN for a scanning organisation, which may comment but sees nothing.
func (s *Server) readCase(r *http.Request, org pedigree.Organisation) (pedigree.Alert, error) {
	id, err := caseID(r)
	if err != nil {
		return pedigree.Alert{}, err
	}
	a, st, err := s.deps.Alerts.Case(r.Context(), id, org)
	if err != nil {
		return a, err
	}
	if !st.Sees() {
		return a, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "alert %d: %s may comment on the case its scan raised, but only the batch's manufacturer and the regulator see it", id, org.Name)
	}
	return a.For(st), nil
}

func caseID(r *http.Request) (int64, error) {
	v := chi.URLParam(r, "id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id < 1 {
		return 0, pedigree.Errorf(pedigree.ENOTFOUND, "alert: %q is not an alert's number", v)
	}
	return id, nil
}

// statusRequest is the body of POST /api/v1/alerts/{id}/status.
type statusRequest struct {
	Status  string `json:"status"`
	Reason  string `json:"reason"`
	Comment string `json:"comment"`
}

// change reads the request's words into a change: EINVALID naming an unknown status or reason.
func (q statusRequest) change() (pedigree.CaseChange, error) {
	c := pedigree.CaseChange{Comment: strings.TrimSpace(q.Comment)}
	if q.Status == "" {
		return c, pedigree.Errorf(pedigree.EINVALID, "status: give new, investigating, escalated or closed")
	}
	if err := c.Status.UnmarshalText([]byte(q.Status)); err != nil {
		return c, err
	}
	if q.Reason != "" {
		if err := c.Reason.UnmarshalText([]byte(q.Reason)); err != nil {
			return c, err
		}
	}
	return c, nil
}

// caseRequest reads an API request acting on a case: who asks, the case's number and the JSON
// body into v; it answers and returns false when one is wrong.
func (s *Server) caseRequest(w http.ResponseWriter, r *http.Request, v any) (*pedigree.CaseActor, int64, bool) {
	by, ok := s.caseCaller(w, r)
	if !ok {
		return nil, 0, false
	}
	id, err := caseID(r)
	if err == nil {
		err = decodeJSON(w, r, v)
	}
	if err != nil {
		s.error(w, r, err)
		return nil, 0, false
	}
	return by, id, true
}

// handleAlertStatus moves a case: POST /api/v1/alerts/{id}/status with {"status", "reason",
// "comment"}; it answers the case as it now stands.
func (s *Server) handleAlertStatus(w http.ResponseWriter, r *http.Request) {
	var req statusRequest
	by, id, ok := s.caseRequest(w, r, &req)
	if !ok {
		return
	}
	c, err := req.change()
	if err != nil {
		s.error(w, r, err)
		return
	}
	a, err := s.deps.Alerts.ChangeStatus(r.Context(), id, *by, c)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a.For(standingOfFeed(by.Organisation)))
}

// handleAlertComment adds a comment to a case: POST /api/v1/alerts/{id}/comments with
// {"comment"}, by its manufacturer, the regulator or an organisation whose scan raised it.
func (s *Server) handleAlertComment(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Comment string `json:"comment"`
	}
	by, id, ok := s.caseRequest(w, r, &req)
	if !ok {
		return
	}
	if err := s.deps.Alerts.Comment(r.Context(), id, *by, req.Comment); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"alert": id, "comment": strings.TrimSpace(req.Comment)})
}

// writeAlertsCSV writes cases as CSV, cells a spreadsheet would read as formulas escaped.
func writeAlertsCSV(w http.ResponseWriter, alerts []pedigree.Alert) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="alerts.csv"`)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "at", "last_at", "count", "kind", "eu_code", "status", "status_changed_at", "reason",
		"gtin", "lot", "serial", "batch", "manufacturer", "manufacturer_gln", "scanned_by", "message"})
	for _, a := range alerts {
		batch, mname, mgln := "", "", ""
		if a.Batch != nil {
			batch = a.Batch.String()
		}
		if a.Manufacturer != nil {
			mname, mgln = a.Manufacturer.Name, a.Manufacturer.GLN
		}
		_ = cw.Write([]string{strconv.FormatInt(a.ID, 10), a.At.UTC().Format(time.RFC3339), a.LastAt.UTC().Format(time.RFC3339), strconv.Itoa(a.Count),
			a.Kind.String(), a.EUCode, a.Status.String(), a.StatusAt.UTC().Format(time.RFC3339), a.Reason.String(),
			a.GTIN, csvCell(a.Lot), csvCell(a.Serial), batch, csvCell(mname), mgln, csvCell(a.Organisation), csvCell(a.Message)})
	}
	cw.Flush()
}

func hasOrgRole(org pedigree.Organisation, roles ...pedigree.Role) bool {
	for _, r := range roles {
		if org.Role == r {
			return true
		}
	}
	return false
}

// The pages.

// alertsPage is the feed of cases: the regulator's, or a manufacturer's own.
type alertsPage struct {
	pedigree.AlertPage
	Query       url.Values
	Error       string
	CSV         string
	Newer       string // the previous page's address, "" on the first
	Older       string // the next page's, "" on the last
	Regulator   bool
	Statuses    []pedigree.AlertStatus
	Kinds       []pedigree.AlertKind
	First, Last int // the cases shown, counted from 1
}

// handleAlertsPage shows the feed, newest first, filtered as the API's.
func (s *Server) handleAlertsPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, caseRoles...)
	if u == nil {
		return
	}
	q := r.URL.Query()
	org := u.User.Organisation
	data := alertsPage{Query: q, Regulator: org.Role == pedigree.RoleRegulator, Statuses: pedigree.AlertStatuses, Kinds: pedigree.AlertKinds}
	p, f, err := s.feed(r, q, org)
	if err != nil {
		status, msg, ok := s.refused(w, r, err)
		if !ok {
			return
		}
		data.Error = msg
		s.render(w, r, status, "alerts", "Alerts", data)
		return
	}
	if q.Get("format") == "csv" {
		w.Header().Set("Cache-Control", "no-store")
		writeAlertsCSV(w, p.Alerts)
		return
	}
	data.AlertPage = p
	page := func(offset int) string {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("offset", strconv.Itoa(offset))
		return "/alerts?" + v.Encode()
	}
	if f.Offset > 0 {
		data.Newer = page(max(0, f.Offset-p.Limit))
	}
	if f.Offset+len(p.Alerts) < p.Total {
		data.Older = page(f.Offset + len(p.Alerts))
	}
	data.First, data.Last = f.Offset+1, f.Offset+len(p.Alerts)
	csvQuery := url.Values{}
	for k, vs := range q {
		if k != "offset" && k != "limit" {
			csvQuery[k] = vs
		}
	}
	csvQuery.Set("format", "csv")
	csvQuery.Set("limit", strconv.Itoa(pedigree.MaxAlertPage))
	data.CSV = "/alerts?" + csvQuery.Encode()
	s.render(w, r, http.StatusOK, "alerts", "Alerts", data)
}

// alertPage is one case, with what the reader may do with it.
type alertPage struct {
	Alert   pedigree.Alert
	Next    []pedigree.AlertStatus
	Reasons []pedigree.CloseReason
	Form    *form
}

// handleAlertPage shows a case, its history, and the forms that move it and comment on it.
func (s *Server) handleAlertPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	s.renderCase(w, r, u, http.StatusOK, nil)
}

func (s *Server) renderCase(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form) {
	a, err := s.readCase(r, u.User.Organisation)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "alert", "Alert", alertPage{Alert: a, Next: pedigree.NextStatuses(a.Status), Reasons: pedigree.CloseReasons, Form: f})
}

// postedCase returns the signed-in user, the form they posted on a case's page and the case's
// number; otherwise it answers and returns nil.
func (s *Server) postedCase(w http.ResponseWriter, r *http.Request) (*signedIn, *form, int64) {
	u, f := s.postedForm(w, r, caseRoles...)
	if u == nil {
		return nil, nil, 0
	}
	id, err := caseID(r)
	if err != nil {
		s.pageError(w, r, err)
		return nil, nil, 0
	}
	return u, f, id
}

// handleAlertStatusForm moves a case from its page.
func (s *Server) handleAlertStatusForm(w http.ResponseWriter, r *http.Request) {
	u, f, id := s.postedCase(w, r)
	if u == nil {
		return
	}
	c, err := statusRequest{Status: f.Get("status"), Reason: f.Get("reason"), Comment: f.Get("comment")}.change()
	if err == nil {
		_, err = s.deps.Alerts.ChangeStatus(r.Context(), id, caseActor(u), c)
	}
	if err == nil {
		s.done(w, r, r.URL.Path[:strings.LastIndex(r.URL.Path, "/")], s.tr(r, "The case is now %s.", s.tr(r, c.Status.Title())))
		return
	}
	s.caseRefused(w, r, u, f, err, false)
}

// handleAlertCommentForm comments on a case from its page.
func (s *Server) handleAlertCommentForm(w http.ResponseWriter, r *http.Request) {
	u, f, id := s.postedCase(w, r)
	if u == nil {
		return
	}
	if err := s.deps.Alerts.Comment(r.Context(), id, caseActor(u), f.Get("note")); err != nil {
		s.caseRefused(w, r, u, f, err, true)
		return
	}
	s.done(w, r, r.URL.Path[:strings.LastIndex(r.URL.Path, "/")], s.tr(r, "Your comment is on the case."))
}

// caseRefused shows a refused change next to the field it names; a comment form's refusal
// next to its own field, note.
func (s *Server) caseRefused(w http.ResponseWriter, r *http.Request, u *signedIn, f *form, err error, note bool) {
	status, _, ok := s.refused(w, r, err)
	if !ok {
		return
	}
	f.FailFrom(err, "status", "reason", "comment")
	if m, ok := f.Errors["comment"]; ok && note {
		delete(f.Errors, "comment")
		f.Errors["note"] = m
	}
	s.renderCase(w, r, u, status, f)
}

// caseActor is a signed-in user acting on a case.
func caseActor(u *signedIn) pedigree.CaseActor {
	return pedigree.CaseActor{Organisation: u.User.Organisation, User: u.User.ID, Who: u.User.Name}
}

// newCases counts the new cases for u's navigation: 0 for those with no feed, or when it
// cannot be read (logged: the page itself still works).
func (s *Server) newCases(r *http.Request, u *signedIn) int {
	if u == nil || s.deps.Alerts == nil || !hasOrgRole(u.User.Organisation, caseRoles...) {
		return 0
	}
	n, err := s.deps.Alerts.NewCases(r.Context(), u.User.Organisation)
	if err != nil {
		s.log.Error("count new alerts", "err", err)
	}
	return n
}

// counted puts the count of new cases on the navigation's alerts.
func (s *Server) counted(r *http.Request, u *signedIn, nav []navItem) []navItem {
	for i := range nav {
		if nav[i].Href == "/alerts" {
			nav[i].Count = s.newCases(r, u)
		}
	}
	return nav
}
