package httpapi

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"maps"
	"mime"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// The web pages' cookies. The session cookie holds the session's secret token (the database
// keeps only its hash); the flash cookie carries one message to the page after a redirect.
const (
	sessionCookie = "pedigree_session"
	flashCookie   = "pedigree_flash"
	csrfField     = "csrf"
)

// signedIn is the signed-in user of a request to the web pages.
type signedIn struct {
	pedigree.Session
	token string // the session's secret: never rendered, never logged
	CSRF  string // what every form of the session carries
}

type sessionKey struct{}

// user returns the request's signed-in user, nil for a visitor.
func user(r *http.Request) *signedIn {
	u, _ := r.Context().Value(sessionKey{}).(*signedIn)
	return u
}

// org returns the signed-in user's organisation, nil for a visitor.
func (u *signedIn) org() *pedigree.Organisation {
	if u == nil {
		return nil
	}
	return &u.User.Organisation
}

// csrfToken derives a session's CSRF token from its secret, so nothing more is stored and the
// database's hash of the secret does not give it away.
func csrfToken(sessionToken string) string {
	m := hmac.New(sha256.New, []byte(sessionToken))
	m.Write([]byte("pedigree csrf v1"))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// sessions loads the session of the request's cookie, if any. A cookie of an ended session
// is dropped and the request goes on as a visitor's.
func (s *Server) sessions(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		if err != nil || c.Value == "" || s.deps.Users == nil {
			next.ServeHTTP(w, r)
			return
		}
		sess, err := s.deps.Users.Session(r.Context(), c.Value)
		switch pedigree.ErrorCode(err) {
		case "":
			u := &signedIn{Session: sess, token: c.Value, CSRF: csrfToken(c.Value)}
			r = r.WithContext(context.WithValue(r.Context(), sessionKey{}, u))
			noteActor(r, userActor(sess.User))
		case pedigree.EUNAUTHORIZED:
			s.clearCookie(w, r, sessionCookie)
		default:
			s.pageError(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// checkCSRF refuses a state-changing request of a signed-in user whose form does not carry
// the session's CSRF token. Cross-origin form posts are refused before this by
// http.CrossOriginProtection; the token also covers browsers that send neither Origin nor
// Sec-Fetch-Site.
func (s *Server) checkCSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := user(r)
		if u == nil || slices.Contains([]string{http.MethodGet, http.MethodHead, http.MethodOptions}, r.Method) {
			next.ServeHTTP(w, r)
			return
		}
		got := r.Header.Get("X-CSRF-Token")
		if got == "" {
			if err := parseForm(w, r); err != nil {
				s.pageError(w, r, err)
				return
			}
			got = r.PostFormValue(csrfField)
		}
		if !hmac.Equal([]byte(got), []byte(u.CSRF)) {
			s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN,
				"%s", s.tr(r, "This form has expired or did not come from pedigree. Go back, reload the page and try again.")))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// parseForm reads a form body, urlencoded or multipart, with an upload at most maxUpload bytes
// (files beyond 8 MB wait on disk until the request ends), and holds every field but those
// formTextExempt names to pedigree.CheckText: a control character or invalid UTF-8 in any of
// them is EINVALID naming the field, before a handler reads it.
func parseForm(w http.ResponseWriter, r *http.Request) error {
	if r.PostForm != nil {
		return checkFormText(r.PostForm)
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload)
	var err error
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		err = r.ParseMultipartForm(8 << 20)
	} else {
		err = r.ParseForm()
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return errorf(http.StatusRequestEntityTooLarge, "payload_too_large", "%s", langOf(r).printer.Sprintf("The upload is larger than %d MB.", maxUpload>>20))
	case err != nil:
		return errorf(http.StatusBadRequest, pedigree.EINVALID, "%s", langOf(r).printer.Sprintf("The form could not be read: send it again."))
	}
	return checkFormText(r.PostForm)
}

// formTextExempt are the fields parseForm does not hold to pedigree.CheckText: a pack's code,
// where a 2D scanner types GS1's separator (a control character) and the GS1 parser is the
// rule, and a password, which is never stored or shown.
var formTextExempt = map[string]bool{"code": true, "password": true}

// checkFormText checks a form's fields as their handlers read them (trimmed), the first
// wrong one by name.
func checkFormText(form url.Values) error {
	for _, name := range slices.Sorted(maps.Keys(form)) {
		if formTextExempt[name] {
			continue
		}
		for _, v := range form[name] {
			if err := pedigree.CheckText(name, strings.TrimSpace(v), 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// fromThisSite reports whether a request comes from this site's own pages or from the user
// (typed, bookmarked, opened from the camera or another app): only then may a GET act in the
// signed-in user's name. The session cookie is SameSite=Lax, so a link on another site opens
// with it; without this, any site could make a signed-in pharmacist's browser log a scan in
// the pharmacy's name, raising alerts. Browsers send Sec-Fetch-Site; without it, the Origin or
// else the Referer must name this host (the pages send their Referer here: Referrer-Policy
// same-origin). A request that shows neither is not taken as the user's.
func fromThisSite(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return true
	case "":
	default: // same-site (another host of the same site) or cross-site
		return false
	}
	for _, h := range []string{"Origin", "Referer"} {
		if v := r.Header.Get(h); v != "" {
			u, err := url.Parse(v) // an Origin of "null" has no host
			return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
		}
	}
	return false
}

// fromAnotherSite reports whether a request shows it comes from another site: Sec-Fetch-Site
// cross-site or same-site, or without it an Origin or Referer of another host.
func fromAnotherSite(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "":
		return (r.Header.Get("Origin") != "" || r.Header.Get("Referer") != "") && !fromThisSite(r)
	case "same-origin", "none":
		return false
	}
	return true
}

// notFromAnotherSite guards a GET that records something in the signed-in user's name (a
// label download is recorded): a request that shows it comes from another site
// (fromAnotherSite) is refused, and the user asked to open it from pedigree's own page.
func (s *Server) notFromAnotherSite(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if user(r) != nil && fromAnotherSite(r) {
			s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN,
				"%s", s.tr(r, "A link from another site cannot do this in your name: open it from pedigree's own page.")))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// crossOrigin refuses cross-origin state-changing requests to the web pages.
func (s *Server) crossOrigin(next http.Handler) http.Handler {
	p := http.NewCrossOriginProtection()
	p.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, errorf(http.StatusForbidden, pedigree.EFORBIDDEN, "%s", s.tr(r, "A form from another site cannot act on pedigree.")))
	}))
	return p.Handler(next)
}

// setSession sets the session cookie after a sign-in.
func (s *Server) setSession(w http.ResponseWriter, r *http.Request, token string) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteLaxMode, MaxAge: int(pedigree.SessionMax / time.Second),
	})
}

func (s *Server) clearCookie(w http.ResponseWriter, r *http.Request, name string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode, MaxAge: -1})
}

// flash keeps message for the next page the browser shows, after a redirect.
func (s *Server) flash(w http.ResponseWriter, r *http.Request, message string) {
	http.SetCookie(w, &http.Cookie{
		Name: flashCookie, Value: url.QueryEscape(message), Path: "/", HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteLaxMode, MaxAge: 60,
	})
}

// takeFlash returns the message flash kept, and forgets it.
func (s *Server) takeFlash(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return ""
	}
	s.clearCookie(w, r, flashCookie)
	m, err := url.QueryUnescape(c.Value)
	if err != nil || len(m) > 500 {
		return ""
	}
	return m
}

// clientAddress is who a login attempt comes from, for rate limiting: the peer's address.
// Behind a proxy every client shares the proxy's address; put the limit at the proxy then.
func clientAddress(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
