package httpapi

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// statusWriter remembers the status a handler wrote: for the request log and the audit log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Flush passes a flush on, so a wrapped writer stays an http.Flusher (the registration page
// streams its progress); a flush before any write answers 200.
func (w *statusWriter) Flush() {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap lets http.ResponseController reach the writer's own methods.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs each request by its route pattern, never its path: resolver paths hold
// pack codes, which stay out of logs.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route, d := routePattern(r), time.Since(start)
		s.metrics.request(route, sw.status, d)
		s.log.Debug("request", "method", r.Method, "route", route, "status", sw.status, "duration", d)
	})
}

// recoverPanics turns a panicking handler into a logged 500.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("handler panicked", "route", routePattern(r), "panic", p)
				writeJSON(w, http.StatusInternalServerError, map[string]any{"error": map[string]string{"code": "internal", "message": "An internal error has occurred."}})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func routePattern(r *http.Request) string {
	if rc := chi.RouteContext(r.Context()); rc != nil && rc.RoutePattern() != "" {
		return rc.RoutePattern()
	}
	return "unmatched"
}

func itoa(n int) string { return strconv.Itoa(n) }

// The Content-Security-Policy of every answer, and its variants. Scripts and style sheets
// come from this site only (web/static), never inline: markup that got into a page by mistake
// runs nothing. The one inline style element, the provenance picture's, is allowed by its
// hash. Nothing may frame a page (clickjacking), forms post only here, no <base> element moves
// relative URLs, no plug-ins.
var (
	pagePolicy = policy("'self'", "'self' "+styleHash(pvStyle))
	// verdictPolicy is the verdict page's: its "check it yourself" reads the chain from any
	// JSON-RPC node its reader names (the point is not to trust this server's choice), so it
	// may connect to any http(s) URL. Only this site's scripts run to connect.
	verdictPolicy = policy("'self' https: http:", "'self'")
	// sheetPolicy is the label sheets': a sheet is a document of its own, saved and printed
	// without this site's style sheet, so its styles are inline (internal/label/sheet.html).
	// Inline styles run no code; scripts are still this site's only.
	sheetPolicy = policy("'self'", "'self' 'unsafe-inline'")
)

// policy returns a Content-Security-Policy with connect-src connect and style-src style.
func policy(connect, style string) string {
	return strings.Join([]string{
		"default-src 'self'", "script-src 'self'", "style-src " + style, "img-src 'self' data:",
		"connect-src " + connect, "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
	}, "; ")
}

// styleHash is the CSP source allowing the inline style element holding css.
func styleHash(css string) string {
	h := sha256.Sum256([]byte(css))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// secureHeaders sets the headers every answer carries: the page policy (a route may narrow
// or widen it with withPolicy), no MIME sniffing, no framing, and no Referer to other sites
// (a resolver URL holds a pack's serial). Referers to this site stay: they tell a request
// from this site's own pages where a browser sends no Sec-Fetch-Site.
func (s *Server) secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", pagePolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// withPolicy answers a route's requests under CSP policy instead of pagePolicy.
func withPolicy(policy string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", policy)
			next.ServeHTTP(w, r)
		})
	}
}
