package httpapi

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/web"
)

// The web pages are server-rendered: each page template in web/templates/ui defines
// "content" (and may define "head"), rendered inside "layout". Every page works without
// JavaScript; web/static/pedigree.js adds the scanner input, the camera and upload progress.

// page is what the layout renders around a page's content.
type page struct {
	Title string
	User  *signedIn
	Nav   []navItem
	Flash string
	Data  any
	Path  string // the page's own path and query, for the language switch to come back to
	// Suspended says why and since when the signed-in user's organisation is suspended: the
	// banner on every page. Nil when it is not.
	Suspended *pedigree.Suspension
	// Recall is the notice of recalled stock a holder sees on every page; nil when none.
	Recall *recallNotice
}

type navItem struct {
	Href, Label string
	Current     bool
	Count       int // new items waiting: the new alert cases
}

// navFor lists the pages a role works with, in the order of its day.
func navFor(u *signedIn, current string) []navItem {
	items := []navItem{{Href: "/scan", Label: "Scan"}}
	if u != nil {
		switch u.User.Organisation.Role {
		case pedigree.RoleManufacturer:
			items = append(items, navItem{Href: "/batches/new", Label: "Register batch"}, navItem{Href: "/batches", Label: "Batches"}, navItem{Href: "/products", Label: "Products"}, navItem{Href: "/shipments", Label: "Shipments"}, navItem{Href: "/alerts", Label: "Alerts"})
		case pedigree.RoleDistributor, pedigree.RoleDispenser:
			items = append(items, navItem{Href: "/shipments", Label: "Shipments"})
		case pedigree.RoleRegulator:
			items = append(items, navItem{Href: "/batches", Label: "Batches"}, navItem{Href: "/participants", Label: "Participants"}, navItem{Href: "/organisations", Label: "Organisations"}, navItem{Href: "/prefixes", Label: "Prefixes"}, navItem{Href: "/responders", Label: "Directory"}, navItem{Href: "/alerts", Label: "Alerts"}, navItem{Href: "/recalls", Label: "Recalls"})
		}
		if pedigree.CanDo(u.User.Role, pedigree.ActManagePeople) {
			items = append(items, navItem{Href: "/people", Label: "People"}, navItem{Href: "/tokens", Label: "API tokens"})
		}
		items = append(items, navItem{Href: "/account", Label: "Account"})
		items = append(items, navItem{Href: "/audit", Label: "Audit log"}, navItem{Href: enrolPath, Label: "Two-factor"})
	}
	for i := range items {
		items[i].Current = items[i].Href == current
	}
	return items
}

// homeFor is where a role starts its day.
func homeFor(u *signedIn) string {
	if u == nil {
		return "/scan"
	}
	switch u.User.Organisation.Role {
	case pedigree.RoleManufacturer, pedigree.RoleDistributor:
		return "/shipments"
	case pedigree.RoleRegulator:
		return "/alerts"
	}
	return "/scan"
}

// parsePages parses each page of web/templates/ui with layout.html, which holds the layout
// and the partials, and verdict.html for the verdict card.
func parsePages(l *lang) (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(templateFuncs).Funcs(l.funcs()).ParseFS(web.FS, "templates/ui/layout.html", "templates/verdict.html", "templates/recall_notice.html")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(web.FS, "templates/ui/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(web.FS, f)
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

// templateFuncs are the functions every template may call.
var templateFuncs = template.FuncMap{
	"iso":       func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"roleName":  func(r pedigree.Role) string { return roleTitles[r] },
	"stateName": pedigree.PackState.Title,
	"human":     pedigree.PackNumber,
	"short":     shortHex,
	"party":     partyName,
	"field":     field,
	"undoDays":  func() int { return pedigree.UndoWindowDays },
	"maxLabels": func() int { return pedigree.MaxLabels },
}

// fieldView is one labelled input of a form, with its hint and error.
type fieldView struct {
	Name, Label, Type, Hint, Value, Error          string
	InputMode, Accept, Describe, Autocomplete, Min string
	Required                                       bool
}

// field describes an input for the "field" template. kind is an input type, or digits (a
// numeric keyboard), csv, epcis or photo (file uploads).
func field(f *form, name, label, kind, hint string) fieldView {
	v := fieldView{Name: name, Label: label, Type: kind, Hint: hint}
	if f != nil {
		v.Value, v.Error = f.Get(name), f.Errors[name]
	}
	switch kind {
	case "digits":
		v.Type, v.InputMode = "text", "numeric"
	case "email":
		v.Autocomplete, v.Required = "username", true
	case "password":
		v.Autocomplete, v.Required = "current-password", true
	case "secret": // another system's credential: never shown back, never the user's password
		v.Type, v.Autocomplete = "password", "off"
	case "number":
		v.Min, v.InputMode = "1", "numeric"
	case "csv":
		v.Type, v.Accept = "file", ".csv,text/csv,text/plain"
	case "epcis":
		v.Type, v.Accept = "file", ".json,.jsonld,application/json,application/ld+json"
	}
	var ids []string
	if hint != "" {
		ids = append(ids, "f-"+name+"-hint")
	}
	if v.Error != "" {
		ids = append(ids, "f-"+name+"-error")
	}
	v.Describe = strings.Join(ids, " ")
	return v
}

var roleTitles = map[pedigree.Role]string{
	pedigree.RoleManufacturer: "Manufacturer", pedigree.RoleDistributor: "Distributor",
	pedigree.RoleDispenser: "Pharmacy", pedigree.RoleRegulator: "Regulator",
}

func shortHex(v fmt.Stringer) string {
	s := v.String()
	if len(s) <= 14 {
		return s
	}
	return s[:8] + "…" + s[len(s)-4:]
}

// partyName names a party (a pedigree.Party or a *pedigree.Party) for people, as
// pedigree.Party.String does; "" for nil.
func partyName(v any) string {
	switch p := v.(type) {
	case pedigree.Party:
		return p.String()
	case *pedigree.Party:
		if p != nil {
			return p.String()
		}
	}
	return ""
}

// thousands writes n with commas between groups of three digits, as people read a count:
// 10,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// render writes a page. It renders into a buffer first, so a template failing halfway sends
// an error page, not half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	u := user(r)
	p := page{Title: s.tr(r, title), User: u, Nav: s.counted(r, u, navFor(u, r.URL.Path)), Flash: s.takeFlash(w, r), Data: data, Path: r.URL.RequestURI(), Suspended: s.suspendedBanner(r, u), Recall: s.recallNoticeFor(r, u)}
	t, ok := s.pages[langOf(r).Code][name]
	var buf bytes.Buffer
	if ok {
		if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
			s.log.Error("render page", "page", name, "err", err)
			ok = false
		}
	}
	if !ok {
		http.Error(w, "An internal error has occurred.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store") // secureHeaders set the rest
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// errorPage is what the error page shows.
type errorPage struct {
	Status  int
	Message string
}

// pageError renders err as a page: the status its code maps to and its message in words.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status, _, message := s.classify(r, err)
	title := http.StatusText(status)
	switch status {
	case http.StatusUnauthorized:
		s.toLogin(w, r)
		return
	case http.StatusServiceUnavailable:
		setRetryAfter(w)
		title = "Temporarily unavailable"
	}
	s.render(w, r, status, "error", title, errorPage{Status: status, Message: message})
}

// refused tells a refusal the user can act on (a 4xx: shown next to the form) from a fault
// of ours, which it answers with the error page; ok is false then.
func (s *Server) refused(w http.ResponseWriter, r *http.Request, err error) (status int, message string, ok bool) {
	status, _, message = s.classify(r, err)
	if status >= 500 {
		s.pageError(w, r, err)
		return status, message, false
	}
	return status, capitalise(message), true
}

// postedForm returns the signed-in user, if their organisation has one of roles, and the form
// they posted; otherwise it answers and returns nil.
func (s *Server) postedForm(w http.ResponseWriter, r *http.Request, roles ...pedigree.Role) (*signedIn, *form) {
	u := s.requireUser(w, r, roles...)
	if u == nil {
		return nil, nil
	}
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return nil, nil
	}
	return u, s.newForm(r, r.PostForm)
}

// toLogin sends a visitor to the sign-in page, to come back here afterwards.
func (s *Server) toLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.RequestURI()
	if r.Method != http.MethodGet {
		next = r.URL.Path
	}
	http.Redirect(w, r, "/login?next="+url.QueryEscape(next), http.StatusSeeOther)
}

// requireUser returns the signed-in user if their organisation has one of roles (any role when
// none are given); otherwise it answers (sign-in page or 403) and returns nil.
func (s *Server) requireUser(w http.ResponseWriter, r *http.Request, roles ...pedigree.Role) *signedIn {
	u := user(r)
	if u == nil {
		s.toLogin(w, r)
		return nil
	}
	if len(roles) > 0 {
		for _, role := range roles {
			if u.User.Organisation.Role == role {
				// A form posted to a page of an organisation's role acts in the organisation's
				// name: operators and administrators only (pedigree.CanDo).
				if r.Method == http.MethodPost && !s.allowed(w, r, u, pedigree.ActChain) {
					return nil
				}
				return u
			}
		}
		names := make([]string, len(roles))
		for i, role := range roles {
			names[i] = s.tr(r, strings.ToLower(roleTitles[role]))
		}
		s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s", s.tr(r, "This page is for a %s; %s is a %s.",
			strings.Join(names, s.tr(r, " or ")), u.User.Organisation.Name, s.tr(r, strings.ToLower(roleTitles[u.User.Organisation.Role])))))
		return nil
	}
	return u
}

// done redirects after a successful action, with a message for the next page.
func (s *Server) done(w http.ResponseWriter, r *http.Request, to, message string) {
	s.flash(w, r, message)
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// caughtUp returns what to add to an action's message so the next page does not mislead: once
// the action's block is in the projection, nothing; while it is not (below the confirmation
// depth, or the indexer behind), that it is pending. An answer that does not say (Status
// empty) is waited for here, briefly.
func (s *Server) caughtUp(ctx context.Context, res pedigree.TxResult) string {
	pending := " " + langOfContext(ctx).printer.Sprintf("Pending: it is in block %s, which is not yet confirmed; pages show it once it is.", strconv.FormatUint(res.Block, 10))
	switch {
	case res.Block == 0 || res.Status == pedigree.TxConfirmed || s.deps.Indexed == nil:
		return ""
	case res.Status == pedigree.TxPending:
		return pending
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.deps.Indexed(ctx, res.Block); err != nil {
		return pending
	}
	return ""
}

// form is a submitted form, with the errors to show next to its fields.
type form struct {
	Values url.Values
	Errors map[string]string
	lang   *lang // the page's language; nil: English
}

func newForm(v url.Values) *form { return &form{Values: v, Errors: map[string]string{}} }

// newForm returns a form of r's page: the service's refusals are put next to its fields in
// r's language.
func (s *Server) newForm(r *http.Request, v url.Values) *form {
	f := newForm(v)
	f.lang = langOf(r)
	return f
}

// Get returns the field's value as submitted.
func (f *form) Get(name string) string { return strings.TrimSpace(f.Values.Get(name)) }

// Fail records a message for a field.
func (f *form) Fail(field, message string) {
	if _, ok := f.Errors[field]; !ok {
		f.Errors[field] = message
	}
}

// OK reports whether no field failed.
func (f *form) OK() bool { return len(f.Errors) == 0 }

// FailFrom puts a service's refusal next to the field it names ("gtin: ...") or, naming
// none, at the form's top ("").
func (f *form) FailFrom(err error, fields ...string) {
	msg := pedigree.ErrorMessage(err)
	if f.lang != nil {
		msg = f.lang.errorText(err)
	}
	for _, field := range fields {
		if rest, ok := strings.CutPrefix(msg, field+": "); ok {
			f.Fail(field, capitalise(rest))
			return
		}
	}
	f.Fail("", capitalise(msg))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// handleHome sends each user to where their day starts.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, homeFor(user(r)), http.StatusSeeOther)
}

// loginPage is what the sign-in page shows.
type loginPage struct {
	Form *form
	Next string
}

// handleLoginPage shows the sign-in form.
func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	if u := user(r); u != nil {
		http.Redirect(w, r, homeFor(u), http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "login", "Sign in", loginPage{Form: s.newForm(r, nil), Next: safeNext(r.URL.Query().Get("next"))})
}

// handleLogin signs a user in.
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if err := parseForm(w, r); err != nil {
		s.pageError(w, r, err)
		return
	}
	password := r.PostForm.Get("password")
	f := s.newForm(r, url.Values{"email": r.PostForm["email"], "next": r.PostForm["next"]}) // the password is never sent back
	email := f.Get("email")
	if email == "" {
		f.Fail("email", s.tr(r, "Enter your email address."))
	} else if err := pedigree.CheckText("email", email, maxEmail); err != nil {
		f.Fail("email", capitalise(pedigree.ErrorMessage(err)))
	}
	if password == "" {
		f.Fail("password", s.tr(r, "Enter your password."))
	}
	next := safeNext(f.Get("next"))
	status := http.StatusUnprocessableEntity
	if f.OK() {
		noteActor(r, auditActor{who: pedigree.Wordsf("sign-in as %s", email)})
		token, sess, err := s.deps.Users.Login(r.Context(), email, password, clientAddress(r))
		if err == nil && s.secondFactor(w, r, token, sess, next) {
			noteActor(r, auditActor{orgID: sess.User.Organisation.ID, userID: sess.User.ID, who: pedigree.Wordsf("%s (password right, code awaited)", userActor(sess.User).who)})
			return
		}
		if err == nil {
			noteActor(r, userActor(sess.User))
			if old := user(r); old != nil {
				_ = s.deps.Users.Logout(r.Context(), old.token)
			}
			s.setSession(w, r, token)
			if next == "" {
				next = homeFor(&signedIn{Session: sess})
			}
			s.done(w, r, next, s.tr(r, "Signed in as %s of %s.", sess.User.Name, sess.User.Organisation.Name))
			return
		}
		status, _, _ = s.classify(r, err)
		if status >= 500 {
			s.pageError(w, r, err)
			return
		}
		f.Fail("", pedigree.ErrorMessage(err))
	}
	s.render(w, r, status, "login", "Sign in", loginPage{Form: f, Next: next})
}

// handleLogout ends the session.
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if u := user(r); u != nil {
		if err := s.deps.Users.Logout(r.Context(), u.token); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.clearCookie(w, r, sessionCookie)
	s.done(w, r, "/login", s.tr(r, "Signed out."))
}

// maxEmail is the longest an email address may be (RFC 5321's path limit).
const maxEmail = 254

// safeNext keeps a post-sign-in destination only when it is a path on this site as a browser
// reads it, and "" otherwise. Browsers drop tabs and line breaks from a URL and read a
// backslash as a slash, and http.Redirect cleans the path ("/./" and "/../" go), so
// "/<tab>/evil.example/" and "/./\evil.example/" both become "//evil.example/": another host. So
// only a clean path (no "//", "." or ".." segments) of printable ASCII without a backslash
// is kept (toLogin sends such paths, escaped), and only when, resolved against a host, it
// stays on it.
func safeNext(next string) string {
	if next = sitePath(next); strings.HasPrefix(path.Clean(next), "/login") {
		return ""
	}
	return next
}

// sitePath keeps next when it is a path on this site as a browser reads it (see safeNext), and
// returns "" otherwise.
func sitePath(next string) string {
	if !strings.HasPrefix(next, "/") || len(next) > 2048 {
		return ""
	}
	for i := 0; i < len(next); i++ {
		if c := next[i]; c <= ' ' || c >= 0x7f || c == '\\' {
			return ""
		}
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" {
		return ""
	}
	for _, p := range []string{u.Path, u.EscapedPath()} {
		if !strings.HasPrefix(p, "/") || strings.Contains(p, "//") || strings.ContainsAny(p, "\\\t\r\n") {
			return ""
		}
	}
	if clean := path.Clean(u.Path); clean != strings.TrimSuffix(u.Path, "/") && clean != u.Path { // no "." or ".." segments
		return ""
	}
	site := &url.URL{Scheme: "https", Host: "pedigree.invalid"}
	if to := site.ResolveReference(u); to.Host != site.Host {
		return ""
	}
	return next
}
