package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// httpError is an error the HTTP layer itself raises: a status, a code and a message.
type httpError struct {
	status        int
	code, message string

	// format and args made message: a page says it in the reader's language (errorText).
	format string
	args   []any
}

func (e *httpError) Error() string { return e.message }

func errorf(status int, code, format string, args ...any) *httpError {
	return &httpError{status: status, code: code, message: fmt.Sprintf(format, args...), format: format, args: args}
}

// errorText says err's message for people in l: a refusal of the service, of the HTTP layer
// or of the code parser, its format said in l; any other error as pedigree.ErrorMessage says it.
func (l *lang) errorText(err error) string {
	var he *httpError
	var ge *gs1.Error
	switch {
	case errors.As(err, &he) && he.format != "":
		return l.finding(he.format, he.args...)
	case errors.As(err, &he):
		return he.message
	case errors.As(err, &ge):
		return ge.Text(l.finding)
	}
	return pedigree.ErrorText(err, l.finding)
}

// statuses maps domain error codes to HTTP statuses.
var statuses = map[string]int{
	pedigree.EINVALID:        http.StatusBadRequest,
	pedigree.EINVALIDCODE:    http.StatusUnprocessableEntity,
	pedigree.EUNAUTHORIZED:   http.StatusUnauthorized,
	pedigree.EFORBIDDEN:      http.StatusForbidden,
	pedigree.ENOTFOUND:       http.StatusNotFound,
	pedigree.ECONFLICT:       http.StatusConflict,
	pedigree.EUNAVAILABLE:    http.StatusServiceUnavailable,
	pedigree.ENOTIMPLEMENTED: http.StatusNotImplemented,
	pedigree.ERATELIMITED:    http.StatusTooManyRequests,
}

// retryUnavailable is the Retry-After of a 503, in seconds: long enough for a database
// fail-over or restart to be worth waiting for, short enough for a pharmacist at the counter.
const retryUnavailable = "5"

// classify returns the status, code and message an error leaves as. Only internal errors are
// logged, and their details never reach the caller. A database that does not answer is not
// internal: it is 503, unavailable, and the caller may try again.
func (s *Server) classify(r *http.Request, err error) (int, string, string) {
	var he *httpError
	var ge *gs1.Error
	switch {
	case errors.As(err, &he) && api(r):
		return he.status, he.code, he.message
	case errors.As(err, &he):
		return he.status, he.code, langOf(r).errorText(he)
	case errors.As(err, &ge) && api(r):
		return http.StatusUnprocessableEntity, pedigree.EINVALIDCODE, ge.Error()
	case errors.As(err, &ge):
		return http.StatusUnprocessableEntity, pedigree.EINVALIDCODE, langOf(r).errorText(ge)
	}
	code := pedigree.ErrorCode(err)
	if code == pedigree.EINTERNAL && s.deps.Unavailable != nil && s.deps.Unavailable(err) {
		s.log.Warn("the database is not answering", "method", r.Method, "route", routePattern(r), "err", err)
		return http.StatusServiceUnavailable, pedigree.EUNAVAILABLE, "pedigree cannot reach its database right now: try again in a moment."
	}
	status, ok := statuses[code]
	if !ok {
		status = http.StatusInternalServerError
		s.log.Error("internal error", "method", r.Method, "route", routePattern(r), "err", err)
		return status, code, pedigree.ErrorMessage(err)
	}
	if api(r) { // programs get accounts as accounts, and English
		return status, code, pedigree.ErrorMessage(err)
	}
	return status, code, s.nameAccounts(r.Context(), langOf(r).errorText(err))
}

// api reports whether r asks the API, whose answers are for programs: in English, always.
func api(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// error writes err as JSON for programs, and as a page for a browser asking for one outside
// the API (browserAsks).
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	status, code, message := s.classify(r, err)
	if browserAsks(r) {
		s.pageError(w, r, errorf(status, code, "%s", capitalise(message)))
		return
	}
	switch status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="pedigree"`)
	case http.StatusServiceUnavailable:
		setRetryAfter(w)
	}
	body := map[string]string{"code": code, "message": message}
	if why := reason(err); why != "" {
		body["reason"] = why // the contract's name for the refusal, for programs
	}
	writeJSON(w, status, map[string]any{"error": body})
}

// browserAsks reports whether a request is a browser's for a page: outside the API (/api/,
// always JSON), with text/html among what it accepts, as browsers send when they navigate.
// Scripts' requests (*/*, application/json) and API clients get JSON.
func browserAsks(r *http.Request) bool {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		return false
	}
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		if mt, _, _ := strings.Cut(part, ";"); strings.TrimSpace(mt) == "text/html" {
			return true
		}
	}
	return false
}

// setRetryAfter tells a 503's client when to try again, unless the handler already did.
func setRetryAfter(w http.ResponseWriter) {
	if w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", retryUnavailable)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
