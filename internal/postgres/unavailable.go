package postgres

import (
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// Unavailable reports whether err means PostgreSQL is not answering, rather than that a
// query is wrong: it cannot be connected to (down, unreachable, refusing connections), it is
// shutting down, starting up or in recovery, it dropped the connection or stopped answering on
// it. Such a failure passes by itself: the HTTP layer answers 503 with Retry-After, not 500.
// Only pgx's errors count, so a failure of anything else (the chain's node) is never taken
// for the database's.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var connect *pgconn.ConnectError
	var pgErr *pgconn.PgError
	// Every error pgconn raises about a connection, as opposed to the server's answer to a
	// query (a PgError), says whether a retry is safe: a lost socket, a read that ended early,
	// a timeout, a connection already closed.
	var connection interface{ SafeToRetry() bool }
	switch {
	case errors.As(err, &connect):
		return true
	case errors.As(err, &pgErr):
		switch pgErr.Code {
		case "57P01", "57P02", "57P03", // admin_shutdown, crash_shutdown, cannot_connect_now
			"53300": // too_many_connections
			return true
		}
		return strings.HasPrefix(pgErr.Code, "08") // connection_exception
	case errors.As(err, &connection), errors.Is(err, pgconn.ErrConnClosed):
		return true
	}
	return strings.Contains(err.Error(), "closed pool") // pgxpool's, once closed
}
