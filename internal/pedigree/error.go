package pedigree

import (
	"errors"
	"fmt"
)

// Error codes. Every error a user may see carries one; the HTTP layer maps them to statuses.
const (
	ECONFLICT       = "conflict"        // the request contradicts the current state
	EINTERNAL       = "internal"        // a fault of ours: logged, never shown in detail
	EINVALID        = "invalid"         // the input is malformed
	EINVALIDCODE    = "invalid_code"    // a pack's code cannot be read
	ENOTFOUND       = "not_found"       // no such thing
	EUNAUTHORIZED   = "unauthorized"    // who is asking is unknown
	EFORBIDDEN      = "forbidden"       // who is asking may not do this
	EUNAVAILABLE    = "unavailable"     // a dependency (the chain, the database) is not answering
	ENOTIMPLEMENTED = "not_implemented" // a valid request this version cannot serve
	ERATELIMITED    = "rate_limited"    // too many attempts: wait and try again
)

// Error is a domain error: a code for programs and a message for people. Reason, when set,
// names for programs what refused more precisely than the code (a contract's custom error,
// "PedigreeParticipantSuspended"); it is never part of the message, which people read.
type Error struct {
	Code    string
	Message string
	Reason  string

	// format and args made Message: a page may say it in the reader's language (ErrorText).
	format string
	args   []any
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), format: format, args: args}
}

// ErrorCode returns the code of err's *Error, EINTERNAL for any other error, "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the message of err's *Error, and a generic sentence for any other
// error, whose details are for the logs only.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	default:
		return "An internal error has occurred."
	}
}

// ErrorText returns err's message as ErrorMessage does, but said by say (a translation: say
// formats a message's English format with its arguments, as fmt.Sprintf does, in another
// language) when err's *Error was made by Errorf.
func ErrorText(err error, say func(format string, args ...any) string) string {
	var e *Error
	if errors.As(err, &e) && e.format != "" && say != nil {
		return say(e.format, e.args...)
	}
	return ErrorMessage(err)
}
