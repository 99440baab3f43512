package httpapi

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The audit log records every action of every user and API token after its answer: who, for
// which organisation, the action (method and route pattern, never the path: resolver paths
// hold serials), its object (the route's {id} or {account}), when, from which address and the
// outcome (the answer's status). Requests of nobody known are not actions of a user or token
// and are not recorded, except sign-in attempts.

// auditActor is who a request acts as, filled in by whatever authenticates it (the session
// middleware, caller, the sign-in handlers) for the audit middleware to read after the answer.
type auditActor struct {
	orgID     int64
	userID    int64
	tokenHash []byte         // SHA-256 of the API token
	who       pedigree.Words // kept as words, for the audit page to say in its reader's language
}

type auditKey struct{}

// noteActor tells the audit middleware who r acts as.
func noteActor(r *http.Request, a auditActor) {
	if p, ok := r.Context().Value(auditKey{}).(*auditActor); ok {
		*p = a
	}
}

// userActor is a signed-in user, as the audit log names them.
func userActor(u pedigree.User) auditActor {
	return auditActor{orgID: u.Organisation.ID, userID: u.ID, who: pedigree.Wordsf("%s <%s> of %s", u.Name, u.Email, u.Organisation.Name)}
}

// tokenActor is an API token, named by its first characters (as api_tokens.prefix keeps
// them), never in full, with its role and a personal token's user.
func tokenActor(c pedigree.TokenCaller, token string) auditActor {
	h := sha256.Sum256([]byte(token))
	who := pedigree.Wordsf("API token %s… (%s) of %s", token[:min(len(token), 10)], c.Role.String(), c.Organisation.Name)
	if c.User != nil {
		who = pedigree.Wordsf("API token %s… (%s) of %s, for %s <%s>", token[:min(len(token), 10)], c.Role.String(), c.Organisation.Name, c.User.Name, c.User.Email)
	}
	return auditActor{orgID: c.Organisation.ID, tokenHash: h[:], who: who}
}

// auditedReads are the GET routes that act in someone's name: a label download or a serial's
// look-up hands out serials (the object recorded is the batch, never the serial), a resolver
// lookup by an organisation is a verification logged as its scan.
var auditedReads = map[string]bool{
	"/api/v1/batches/{id}/labels":           true,
	"/api/v1/batches/{id}/serials/{serial}": true,
	"/batches/{id}/labels":                  true,
	"/01/*":                                 true,
}

// signInRoutes are recorded even when nobody is known: failed sign-ins are worth seeing.
var signInRoutes = map[string]bool{"/login": true, "/login/code": true}

// audit records each action after its answer. Without an audit log (unit tests of other
// handlers) it passes requests through.
func (s *Server) audit(next http.Handler) http.Handler {
	if s.deps.Audit == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		actor := &auditActor{}
		r = r.WithContext(context.WithValue(r.Context(), auditKey{}, actor))
		aw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(aw, r)

		route := routePattern(r)
		reads := r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions
		switch {
		case signInRoutes[route] && r.Method == http.MethodPost:
			if actor.who.Format == "" {
				actor.who = pedigree.Wordsf("a visitor")
			}
		case actor.who.Format == "":
			return
		case reads && !auditedReads[route]:
			return
		}
		object := chi.URLParam(r, "id")
		if object == "" {
			object = chi.URLParam(r, "account")
		}
		status := aw.status
		if status == 0 {
			status = http.StatusOK
		}
		ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 5*time.Second)
		defer cancel()
		err := s.deps.Audit.Record(ctx, pedigree.AuditEntry{
			OrganisationID: actor.orgID, UserID: actor.userID, TokenHash: actor.tokenHash,
			Who: actor.who.String(), WhoWords: &actor.who, Action: r.Method + " " + route, Object: object, Client: clientAddress(r), Status: status,
		})
		if err != nil {
			s.log.Error("audit log: an action went unrecorded", "route", route, "status", status, "err", err)
		}
	})
}

// auditFilter reads a filter from a query: from and to (RFC 3339 or a date, to exclusive),
// action, user, before and limit; organisation for a regulator.
func auditFilter(q url.Values, org pedigree.Organisation) (pedigree.AuditFilter, error) {
	f := pedigree.AuditFilter{Organisation: org.ID, Action: strings.TrimSpace(q.Get("action")), User: strings.TrimSpace(q.Get("user"))}
	for _, p := range []struct {
		name string
		to   *time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		v := strings.TrimSpace(q.Get(p.name))
		if v == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			if t, err = time.Parse(time.DateOnly, v); err != nil {
				return f, pedigree.Errorf(pedigree.EINVALID, "%s: give a date (2026-11-29) or a time (2026-11-29T08:00:00Z)", p.name)
			}
		}
		*p.to = t
	}
	for _, p := range []struct {
		name string
		to   *int64
	}{{"before", &f.Before}, {"limit", nil}, {"organisation", nil}} {
		v := strings.TrimSpace(q.Get(p.name))
		if v == "" {
			continue
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			return f, pedigree.Errorf(pedigree.EINVALID, "%s: give a positive whole number", p.name)
		}
		switch p.name {
		case "before":
			f.Before = n
		case "limit":
			f.Limit = int(min(n, int64(pedigree.MaxAuditPage+1)))
		case "organisation":
			if org.Role != pedigree.RoleRegulator {
				if n != org.ID {
					return f, pedigree.Errorf(pedigree.EFORBIDDEN, "organisation: you may read your own organisation's audit log only")
				}
			}
			f.Organisation = n
		}
	}
	if org.Role == pedigree.RoleRegulator && q.Get("organisation") == "" {
		f.Organisation = 0 // a regulator reads everyone's
	}
	for _, v := range []string{f.Action, f.User} {
		if err := pedigree.CheckText("filter", v, 500); err != nil {
			return f, err
		}
	}
	return f, nil
}

// mayReadAudit says whether a user or API token of role may read an audit log: any of a
// regulator (everyone's), an organisation's administrators its own; operators and viewers not.
func mayReadAudit(org pedigree.Organisation, role pedigree.UserRole) bool {
	return org.Role == pedigree.RoleRegulator || role == pedigree.UserAdministrator
}

// handleAuditAPI lists the audit log as JSON, newest first, or as CSV with ?format=csv.
func (s *Server) handleAuditAPI(w http.ResponseWriter, r *http.Request) {
	c, err := s.tokenCaller(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if c == nil {
		s.error(w, r, errorf(http.StatusUnauthorized, pedigree.EUNAUTHORIZED, "the audit log needs an API token: send Authorization: Bearer <token>"))
		return
	}
	if !mayReadAudit(c.Organisation, c.Role) {
		s.error(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "this API token acts as %s of %s: %s may not read the audit log, which is for an organisation's administrators and regulators",
			pedigree.Article(c.Role), c.Organisation.Name, pedigree.Article(c.Role)))
		return
	}
	f, err := auditFilter(r.URL.Query(), c.Organisation)
	if err != nil {
		s.error(w, r, err)
		return
	}
	entries, err := s.deps.Audit.List(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if r.URL.Query().Get("format") == "csv" {
		writeAuditCSV(w, entries)
		return
	}
	if entries == nil {
		entries = []pedigree.AuditEntry{}
	}
	answer := map[string]any{"entries": entries}
	if next := nextAuditPage(r, f, entries); next != "" {
		answer["next"] = next
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, answer)
}

// nextAuditPage is the URL of the page of older entries, "" when this page is the last.
func nextAuditPage(r *http.Request, f pedigree.AuditFilter, entries []pedigree.AuditEntry) string {
	limit := f.Limit
	if limit == 0 {
		limit = pedigree.DefaultAuditPage
	}
	if len(entries) < limit {
		return ""
	}
	q := r.URL.Query()
	q.Set("before", strconv.FormatInt(entries[len(entries)-1].ID, 10))
	return r.URL.Path + "?" + q.Encode()
}

// writeAuditCSV writes entries as CSV. A cell a spreadsheet would read as a formula starts
// with an apostrophe: who and object come from users.
func writeAuditCSV(w http.ResponseWriter, entries []pedigree.AuditEntry) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="audit.csv"`)
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "at", "organisation_id", "organisation", "user_id", "api_token_id", "who", "action", "object", "client", "status"})
	id := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	for _, e := range entries {
		_ = cw.Write([]string{id(e.ID), e.At.UTC().Format(time.RFC3339Nano), id(e.OrganisationID), csvCell(e.Organisation), id(e.UserID), id(e.TokenID),
			csvCell(e.Who), csvCell(e.Action), csvCell(e.Object), csvCell(e.Client), strconv.Itoa(e.Status)})
	}
	cw.Flush()
}

func csvCell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// auditPage is what the audit page shows.
type auditPage struct {
	Entries  []pedigree.AuditEntry
	Query    url.Values
	Error    string
	Older    string // the URL of the next page, "" for none
	CSV      string // the URL of this page as CSV
	Everyone bool   // a regulator's: every organisation's entries
}

// handleAuditPage shows the audit log, with the API's filters, paging and CSV export.
func (s *Server) handleAuditPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	if !mayReadAudit(u.User.Organisation, u.User.Role) {
		s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s", s.tr(r, "The audit log is for an organisation's administrators and regulators.")))
		return
	}
	q := r.URL.Query()
	data := auditPage{Query: q, Everyone: u.User.Organisation.Role == pedigree.RoleRegulator}
	f, err := auditFilter(q, u.User.Organisation)
	status := http.StatusOK
	if err == nil {
		data.Entries, err = s.deps.Audit.List(r.Context(), f)
	}
	if err != nil {
		var message string
		var ok bool
		if status, message, ok = s.refused(w, r, err); !ok {
			return
		}
		data.Error = message
	}
	if q.Get("format") == "csv" && err == nil {
		writeAuditCSV(w, data.Entries)
		return
	}
	data.Older = nextAuditPage(r, f, data.Entries)
	csvQuery := url.Values{}
	for k, v := range q {
		if !slices.Contains([]string{"format"}, k) {
			csvQuery[k] = v
		}
	}
	csvQuery.Set("format", "csv")
	data.CSV = r.URL.Path + "?" + csvQuery.Encode()
	s.render(w, r, status, "audit", "Audit log", data)
}
