package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/web"
)

// The pages speak English and German. Every text a person reads goes through one message
// catalogue: the English text is the key, and web/messages/<lang>.json holds its translation.
// Templates write {{t "Sign in"}}; handlers write s.tr(r, "Signed in as %s.", name). A key a
// language lacks is shown in English, and a test finds every such key.

// lang is one language the pages come in.
type lang struct {
	Tag  language.Tag
	Code string // the BCP 47 code: html lang, the switch's link and the cookie
	Name string // the language's own name, for the switch

	printer *message.Printer
	texts   map[string]string // the catalogue's texts in this language, by English key
	// Dates are written one way per language.
	date, datetime string
}

// languages are the pages' languages; the first is the default.
var languages = []*lang{
	{Tag: language.English, Code: "en", Name: "English", date: "2 Jan 2006", datetime: "2 Jan 2006 15:04 UTC"},
	{Tag: language.German, Code: "de", Name: "Deutsch", date: "02.01.2006", datetime: "02.01.2006, 15:04 UTC"},
}

// langCookie keeps the language a visitor chose with the switch.
const langCookie = "pedigree_lang"

var langMatcher = func() language.Matcher {
	tags := make([]language.Tag, len(languages))
	for i, l := range languages {
		tags[i] = l.Tag
	}
	return language.NewMatcher(tags)
}()

// loadCatalogue reads web/messages/*.json into a catalogue and gives each language its
// printer, once for the process (the catalogue is embedded: it cannot change). A file for a
// language the pages do not offer, or one that is not a JSON object of strings, fails the start.
var loadCatalogue = sync.OnceValues(readCatalogue)

// catalogued holds the catalogue's keys, once loadCatalogue has read them.
var catalogued map[string]bool

func readCatalogue() (catalog.Catalog, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	keys := map[string]bool{}
	files, err := fs.Glob(web.FS, "messages/*.json")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		code := strings.TrimSuffix(strings.TrimPrefix(f, "messages/"), ".json")
		l := langByCode(code)
		if l == nil {
			return nil, fmt.Errorf("%s: the pages offer no language %q", f, code)
		}
		raw, err := fs.ReadFile(web.FS, f)
		if err != nil {
			return nil, err
		}
		var m map[string]string
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		l.texts = m
		for key, text := range m {
			keys[key] = true
			if err := b.SetString(l.Tag, key, text); err != nil {
				return nil, fmt.Errorf("%s: %q: %w", f, key, err)
			}
		}
	}
	for _, l := range languages {
		l.printer = message.NewPrinter(l.Tag, message.Catalog(b))
	}
	catalogued = keys
	return b, nil
}

// langByCode returns the language of code, nil for one the pages do not offer.
func langByCode(code string) *lang {
	for _, l := range languages {
		if l.Code == code {
			return l
		}
	}
	return nil
}

// funcs are the template functions that speak the language: t translates, date and datetime
// write a time, and num writes a number with the language's digit grouping.
func (l *lang) funcs() template.FuncMap {
	return template.FuncMap{
		"t":           l.translate,
		"reason":      l.reason,
		"next":        l.next,
		"alertText":   func(a pedigree.Alert) string { return a.Text(l.finding) },
		"auditWho":    func(e pedigree.AuditEntry) string { return e.WhoText(l.finding) },
		"date":        func(v any) string { return formatTime(v, l.date) },
		"datetime":    func(v any) string { return formatTime(v, l.datetime) },
		"num":         func(n any) string { return l.printer.Sprint(n) },
		"lang":        func() string { return l.Code },
		"scriptTexts": l.scriptTexts,
		"langs":       func() []*lang { return languages },
	}
}

// scriptTexts are the texts a script of web/static says (each tr("...") in it), by their
// English, in l: a page gives them to the script in a JSON element, so the script speaks the
// page's language from the one catalogue.
func (l *lang) scriptTexts(script string) (map[string]string, error) {
	keys, err := scriptKeys(script)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(keys))
	for _, k := range keys {
		if text, ok := l.texts[k]; ok {
			out[k] = text
		}
	}
	return out, nil
}

// trCall is a script's call of tr with a string literal.
var trCall = regexp.MustCompile(`\btr\("((?:[^"\\]|\\.)*)"`)

// scriptKeys lists the texts script (a file of web/static) says through tr.
func scriptKeys(script string) ([]string, error) {
	src, err := fs.ReadFile(web.FS, "static/"+script)
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, m := range trCall.FindAllStringSubmatch(string(src), -1) {
		k, err := strconv.Unquote(`"` + m[1] + `"`)
		if err != nil {
			return nil, fmt.Errorf("%s: tr(%q): %w", script, m[1], err)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// formatTime writes a time.Time or a pedigree.Date (or a pointer to one) in layout, in UTC;
// nil is "".
func formatTime(v any, layout string) string {
	var t time.Time
	switch v := v.(type) {
	case time.Time:
		t = v
	case *time.Time:
		if v == nil {
			return ""
		}
		t = *v
	case pedigree.Date:
		t = v.Time
	case *pedigree.Date:
		if v == nil {
			return ""
		}
		t = v.Time
	default:
		return fmt.Sprint(v)
	}
	return t.UTC().Format(layout)
}

type langKey struct{}

// chooseLanguage puts the request's language in its context: the visitor's choice from the
// switch, else the best match of Accept-Language, else English.
func chooseLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), langKey{}, requestLanguage(r))))
	})
}

func requestLanguage(r *http.Request) *lang {
	if c, err := r.Cookie(langCookie); err == nil {
		if l := langByCode(c.Value); l != nil {
			return l
		}
	}
	if h := r.Header.Get("Accept-Language"); h != "" {
		if tags, _, err := language.ParseAcceptLanguage(h); err == nil && len(tags) > 0 {
			if _, i, conf := langMatcher.Match(tags...); conf != language.No {
				return languages[i]
			}
		}
	}
	return languages[0]
}

// langOf returns the request's language.
func langOf(r *http.Request) *lang {
	if l, ok := r.Context().Value(langKey{}).(*lang); ok {
		return l
	}
	return languages[0]
}

// tr translates a message for the request's language, as fmt.Sprintf formats it.
func (s *Server) tr(r *http.Request, key string, args ...any) string {
	return langOf(r).translate(key, args...)
}

// reason says a verdict's finding in l. Its words among the arguments (a role, a state) are
// said in l too, and its dates are written in l's format; its other arguments (counts,
// identifiers) are as the finding wrote them.
func (l *lang) reason(r pedigree.Reason) string {
	return r.Text(l.finding)
}

// next says in l what to do next about a verification: its first finding's advice, or the
// verification's own (a code that cannot be answered yet).
func (l *lang) next(v pedigree.Verification) string {
	if len(v.Reasons) > 0 && v.Reasons[0].Next == v.Next {
		return v.Reasons[0].NextText(l.finding)
	}
	return l.translate(v.Next)
}

// finding writes a finding's format in l, its words (a string or a Stringer, a pack's state,
// that the catalogue holds) and dates said in l.
func (l *lang) finding(format string, args ...any) string {
	said := make([]any, len(args))
	for i, a := range args {
		said[i] = a
		w, ok := a.(string)
		if s, isWord := a.(fmt.Stringer); isWord {
			if _, isDate := a.(pedigree.Date); !isDate {
				w, ok = s.String(), true
			}
		}
		if ok && catalogued[w] {
			said[i] = l.translate(w)
		}
	}
	return l.plain(format, said...)
}

// plain writes format in l, formatted with args by fmt.Sprintf itself: numbers as Go writes
// them, without the language's digit grouping, and dates (a pedigree.Date) in l's format. The
// service's refusals and the verdict's findings are said this way: their numbers are mostly
// identifiers (a GLN, a GTIN, a pack), which must read as printed, not as 4.012.345.000.016.
func (l *lang) plain(format string, args ...any) string {
	if text, ok := l.texts[format]; ok {
		format = text
	}
	return fmt.Sprintf(format, l.dates(args)...)
}

// dates returns args with each pedigree.Date written in l's date format.
func (l *lang) dates(args []any) []any {
	var out []any
	for i, a := range args {
		if d, ok := a.(pedigree.Date); ok {
			if out == nil {
				out = slices.Clone(args)
			}
			out[i] = formatTime(d, l.date)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// translate writes key in l, formatted with args as fmt.Sprintf does. A key without args that
// is not in the catalogue is data (a lot, a name, a message from elsewhere) and is returned as
// it is, never read as a format: a "%" in it stays a "%".
func (l *lang) translate(key string, args ...any) string {
	if len(args) == 0 && !catalogued[key] {
		return key
	}
	return l.printer.Sprintf(key, l.dates(args)...)
}

// handleLanguage is the language switch: it keeps the choice for a year and goes back to the
// page it was chosen on.
func (s *Server) handleLanguage(w http.ResponseWriter, r *http.Request) {
	code := chi.URLParam(r, "code")
	l := langByCode(code)
	if l == nil {
		s.pageError(w, r, errorf(http.StatusNotFound, "not_found", "there is no language %q: the pages come in English (en) and German (de)", code))
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: l.Code, Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode,
	})
	next := sitePath(r.URL.Query().Get("next"))
	if next == "" {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}
