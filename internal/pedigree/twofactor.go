package pedigree

import (
	"context"
	"time"
)

// Two-factor sign-in: a time-based one-time password (TOTP, RFC 6238: six digits, a 30-second
// step, a code accepted one step either side) after the password, or one of RecoveryCodes
// one-time recovery codes. It is optional per user; an organisation may require it of its
// administrators (off by default).
const (
	// PendingLoginTTL is how long a sign-in whose password was right waits for its code.
	PendingLoginTTL = 5 * time.Minute
	// RecoveryCodes is how many recovery codes a user gets on turning two-factor sign-in on.
	RecoveryCodes = 10
	// MaxCodeFailures is how many wrong codes a user may send within LoginWindow; after that
	// even the right one is refused until the oldest leaves the window.
	MaxCodeFailures = MaxFailuresPerEmail
)

// TwoFactorStatus is where a user stands with two-factor sign-in.
type TwoFactorStatus struct {
	Enabled  bool // the user signs in with a code after the password
	Required bool // the user's organisation requires it of them (an administrator)
}

// TwoFactor keeps users' TOTP secrets (sealed), their recovery codes (hashed) and the
// sign-ins waiting for a code.
type TwoFactor interface {
	// Status says whether u signs in with a code and whether u must.
	Status(ctx context.Context, u User) (TwoFactorStatus, error)
	// Enrol starts (or resumes) u's enrolment: a new secret, or the one an unconfirmed
	// enrolment holds, as base32 text and as an otpauth:// URI. ECONFLICT when it is on already.
	Enrol(ctx context.Context, u User) (secret, uri string, err error)
	// Confirm turns two-factor sign-in on with a code of the enrolling secret and returns the
	// recovery codes, the only time they are shown. EUNAUTHORIZED for a wrong code;
	// ENOTFOUND when no enrolment was started; ECONFLICT when it is on already.
	Confirm(ctx context.Context, u User, code string) (recovery []string, err error)
	// Begin records that userID's password was right and returns the pending sign-in's
	// secret token, for Complete within PendingLoginTTL. It is not a session.
	Begin(ctx context.Context, userID int64) (pending string, err error)
	// Complete finishes a pending sign-in with a TOTP code or a recovery code and starts a
	// session (as Users.Login does). EUNAUTHORIZED for an unknown or expired pending sign-in
	// or a wrong, used or replayed code; ERATELIMITED after MaxCodeFailures within LoginWindow.
	Complete(ctx context.Context, pending, code, client string) (token string, s Session, err error)
	// TurnOff turns u's two-factor sign-in off, with u's password and a current code (a TOTP
	// code or an unused recovery code). EUNAUTHORIZED for a wrong password or code; EFORBIDDEN
	// when u's organisation requires it of u (an administrator); ENOTFOUND when it is not on.
	TurnOff(ctx context.Context, u User, password, code string) error
	// NewRecoveryCodes replaces u's recovery codes with new ones, with a current TOTP code,
	// and returns them, the only time they are shown; the old ones stop working.
	// EUNAUTHORIZED for a wrong or used code; ENOTFOUND when two-factor sign-in is not on.
	NewRecoveryCodes(ctx context.Context, u User, code string) ([]string, error)
	// Reset turns off the two-factor sign-in of the organisation's user userID (an
	// administrator's act, for a colleague who lost their device): their secret, recovery
	// codes and pending sign-ins go. ENOTFOUND for a user of another organisation, or one
	// without two-factor sign-in on.
	Reset(ctx context.Context, organisationID, userID int64) error
	// SetRequired turns on or off the organisation's requirement of two-factor sign-in for
	// its administrators. ENOTFOUND when there is no such organisation.
	SetRequired(ctx context.Context, organisationID int64, required bool) error
}
