package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"html/template"
	"net/http"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handleResolver answers a GS1 Digital Link URI (compressed or not) as a GS1-conformant
// resolver (linkset.go): the linkset, a redirect to the link type asked for, or the default
// link, which for a pack is its verdict page, served here: HTML for browsers (a patient's
// phone camera opens these), JSON for Accept: application/json. A trading partner's
// linkType=verificationService is answered in GS1 verification messaging (lms.go). A
// signed-in user's session counts only for a request from this site or the user
// (fromThisSite): a link from another site is answered, logged and limited as a visitor's.
func (s *Server) handleResolver(w http.ResponseWriter, r *http.Request) {
	if isVerificationService(r.URL.Query().Get("linkType")) && r.Method == http.MethodGet {
		s.handleLMS(w, r) // it reads the routers' short names too
		return
	}
	d, err := s.resolve(r)
	if err != nil {
		setResolverHeaders(w, nil)
		s.resolverError(w, r, err)
		return
	}
	setResolverHeaders(w, &d)
	q := r.URL.Query()
	lt := q.Get("linkType")
	switch {
	case r.Method == http.MethodOptions:
		h := w.Header()
		h.Set("Allow", resolverMethods)
		h.Set("Access-Control-Allow-Methods", resolverMethods)
		h.Set("Access-Control-Allow-Headers", "Accept, Accept-Language, Authorization")
		h.Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
		return
	case isVerificationService(lt): // HEAD: nothing to verify
		w.WriteHeader(http.StatusOK)
		return
	}
	var p pedigree.PublicProduct
	if s.deps.ProductPages != nil {
		if p, err = s.deps.ProductPages.PublicProduct(r.Context(), d.code.GTIN, d.code.Lot); err != nil {
			s.resolverError(w, r, err)
			return
		}
	}
	ls := s.buildLinkset(r, d, p)
	switch {
	case wantsLinkset(r):
		s.writeLinkset(w, r, ls)
		return
	case lt != "":
		l, ok := findLink(ls, vocab+linkTypeName(lt))
		if !ok {
			s.resolverError(w, r, errorf(http.StatusNotFound, pedigree.ENOTFOUND, "there is no link of type %s for this item: the link types here are %s",
				lt, strings.Join(linkTypes(ls), ", ")))
			return
		}
		http.Redirect(w, r, passQuery(l.Href, q), http.StatusTemporaryRedirect)
		return
	case d.code.Serial == "" || d.code.Lot == "":
		s.renderProduct(w, r, d, p)
		return
	}
	s.verdictAnswer(w, r, d.code)
}

// verdictAnswer is the default link of a pack: the verdict on it.
func (s *Server) verdictAnswer(w http.ResponseWriter, r *http.Request, code gs1.Code) {
	scanner, err := s.caller(r)
	if err != nil {
		s.resolverError(w, r, err)
		return
	}
	var byUser int64 // the signed-in user's, for their "My scans"
	if u := user(r); scanner == nil && fromThisSite(r) && u != nil {
		scanner, byUser = u.org(), u.User.ID // a signed-in user opening a printed link
	}
	if r.Method == http.MethodHead { // a link checker: no verification, no scan logged
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if wantsJSON(r) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
		}
		w.WriteHeader(http.StatusOK)
		return
	}
	if scanner == nil && !s.allowAnonymous(w, r, !wantsJSON(r)) {
		return
	}
	v, err := s.deps.Verifier.Verify(r.Context(), pedigree.VerifyRequest{Code: packCode(code), Scanner: scanner, Source: "resolver", User: byUser})
	if err != nil {
		s.resolverError(w, r, err)
		return
	}
	s.metrics.verdict(v.Verdict)
	w.Header().Set("Cache-Control", "no-store") // a verdict is about now
	if wantsJSON(r) {
		s.writeAnswer(w, r, v)
		return
	}
	s.renderVerdict(w, r, http.StatusOK, v, scanner == nil)
}

// handleResolverOrNotFound serves Digital Links printed with a path prefix
// (https://host/some/prefix/01/...), the short names of US verification routers' requests
// (/gtin/...), compressed Digital Links (https://host/AQnYUc1gmg...), and a 404 for anything
// else.
func (s *Server) handleResolverOrNotFound(w http.ResponseWriter, r *http.Request) {
	if strings.Contains(r.URL.Path, "/01/") || strings.Contains(r.URL.Path, "/gtin/") {
		s.handleResolver(w, r)
		return
	}
	if uri := requestURL(r); gs1.IsCompressed(uri) {
		if _, err := gs1.Decompress(uri); err == nil {
			s.handleResolver(w, r)
			return
		}
	}
	s.error(w, r, notFound(r))
}

// notFound is the answer for an address with nothing at it.
func notFound(r *http.Request) error {
	return errorf(http.StatusNotFound, "not_found", "there is nothing at %s: check the address, or start again from the menu", r.URL.Path)
}

// requestURL rebuilds the URL the client asked for.
func requestURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + r.URL.RequestURI()
}

// wantsJSON reports whether the client prefers JSON to HTML.
func wantsJSON(r *http.Request) bool {
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "application/json") && !strings.Contains(accept, "text/html")
}

func (s *Server) resolverError(w http.ResponseWriter, r *http.Request, err error) {
	var ge *gs1.Error
	if errors.As(err, &ge) { // a resolver answers a syntactically bad URI with 400
		err = errorf(http.StatusBadRequest, pedigree.EINVALIDCODE, "%s", ge.Error())
	}
	if wantsJSON(r) {
		s.error(w, r, err)
		return
	}
	status, code, message := s.classify(r, err)
	v := pedigree.Verification{Verdict: pedigree.Verdict(strings.ToUpper(code)), Reasons: []pedigree.Reason{{Message: message}}}
	if status == http.StatusServiceUnavailable { // no verdict: the code was not the problem
		setRetryAfter(w)
		v.Next = "Nothing is wrong with the pack's code: open it again in a minute. A pharmacist can check it for you."
	}
	s.renderVerdict(w, r, status, v, true)
}

// verdictPage is what the verdict card shows.
type verdictPage struct {
	V       pedigree.Verification
	Title   string
	Class   string // ok, warn or bad: the card's colour
	Icon    string
	Product string
	Public  bool // for a visitor: the verdict alone, no custody path
	// Answer is the verification as the API answers it (without its signature), for the page's
	// "check it yourself", which checks it from the chain; RPCURL the node it suggests.
	Answer template.JS
	RPCURL string
	Path   string // the page's own path and query, for the language switch to come back to
}

// newVerdictPage prepares v for the card.
func newVerdictPage(v pedigree.Verification, public bool) verdictPage {
	p := verdictPage{V: v, Title: v.Verdict.Title(), Class: "bad", Icon: "✗", Public: public}
	switch {
	case v.Verdict.Genuine():
		p.Class, p.Icon = "ok", "✓"
	case v.Verdict == pedigree.Verdict(strings.ToUpper(pedigree.EUNAVAILABLE)):
		p.Title, p.Class, p.Icon = "Temporarily unavailable", "warn", "!"
	case p.Title == "":
		p.Title, p.Class, p.Icon = "The code could not be read", "warn", "!"
	case !v.Verdict.Suspect():
		p.Class, p.Icon = "warn", "!"
	}
	if v.Batch != nil {
		p.Product = v.Batch.Product.String()
	}
	return p
}

func (s *Server) renderVerdict(w http.ResponseWriter, r *http.Request, status int, v pedigree.Verification, public bool) {
	p := newVerdictPage(v, public)
	p.Path = r.URL.RequestURI()
	if v.Evidence != nil {
		answer, err := json.Marshal(v) // escapes <, > and &: safe inside a script element
		if err != nil {
			s.log.Error("render verdict page", "err", err)
		}
		p.Answer = template.JS(answer)
		if v.Origin == nil { // a forwarded answer's facts are on the other deployment's chain
			p.RPCURL = s.deps.PublicRPCURL
		}
	}
	s.writeVerdictPage(w, r, status, p)
}

// writeVerdictPage renders the verdict page into a buffer first, so a template failing
// halfway answers 500, not half a verdict.
func (s *Server) writeVerdictPage(w http.ResponseWriter, r *http.Request, status int, p verdictPage) {
	s.writeTemplate(w, r, status, "verdict", p)
}

// writeTemplate renders the page template name with data into a buffer, then answers with it.
func (s *Server) writeTemplate(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.templates[langOf(r).Code].ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("render page", "page", name, "err", err)
		http.Error(w, "An internal error has occurred.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
