package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// httpError is an error the HTTP layer itself raises: a status, a code and a message.
type httpError struct {
	status        int
	code, message string
}

func (e *httpError) Error() string { return e.message }

func errorf(status int, code, format string, args ...any) *httpError {
	return &httpError{status: status, code: code, message: fmt.Sprintf(format, args...)}
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
	case errors.As(err, &he):
		return he.status, he.code, he.message
	case errors.As(err, &ge):
		return http.StatusUnprocessableEntity, pedigree.EINVALIDCODE, ge.Error()
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
	}
	return status, code, pedigree.ErrorMessage(err)
}

// error writes err as JSON.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	status, code, message := s.classify(r, err)
	switch status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="pedigree"`)
	case http.StatusServiceUnavailable:
		setRetryAfter(w)
	}
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": message}})
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
