package pedigree

import (
	"context"
	"time"
)

// User is a person who signs in to the web pages and acts for an organisation.
type User struct {
	ID           int64
	Email        string // the login name, lower-case
	Name         string
	Organisation Organisation
	Role         UserRole // within the organisation
}

// Session is a signed-in user's session.
type Session struct {
	User      User
	CreatedAt time.Time
	ExpiresAt time.Time // when it ends unless used again sooner (idle) or at the latest (absolute)
}

// Session lifetimes: a session ends after SessionIdle without a request, and SessionMax after
// sign-in at the latest (a pharmacy shift), whichever comes first.
const (
	SessionIdle = 2 * time.Hour
	SessionMax  = 12 * time.Hour
)

// Login rate limits: failed sign-ins counted over LoginWindow, per email and per client address.
const (
	LoginWindow          = 15 * time.Minute
	MaxFailuresPerEmail  = 5
	MaxFailuresPerClient = 20
)

// MinPasswordLength is the shortest password a user may set.
const MinPasswordLength = 12

// Users keeps the web users, their passwords (argon2id) and their sessions.
type Users interface {
	// Create adds a user of an organisation. EINVALID for a malformed email, an empty name or a
	// password shorter than MinPasswordLength; ECONFLICT when the email is taken; ENOTFOUND
	// when there is no such organisation.
	Create(ctx context.Context, organisationID int64, email, name, password string) (User, error)
	// Login checks email and password and starts a session; it returns the session's secret
	// token, which only the client keeps (the store holds its hash). EUNAUTHORIZED for an
	// unknown email or a wrong password, the same for both; ERATELIMITED after too many
	// failures for the email or from client within LoginWindow, even with the right password.
	Login(ctx context.Context, email, password, client string) (token string, s Session, err error)
	// Session returns the session of token and marks it used. EUNAUTHORIZED when the token is
	// unknown, logged out or expired.
	Session(ctx context.Context, token string) (Session, error)
	// Logout ends the session of token; ending an ended or unknown session is no error.
	Logout(ctx context.Context, token string) error
}
