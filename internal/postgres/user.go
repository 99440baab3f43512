package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/password"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Bounds on what a user gives.
const (
	maxEmailLength    = 254  // bytes (RFC 5321)
	maxNameLength     = 200  // characters
	maxPasswordLength = 1024 // bytes: a passphrase fits, a megabyte to hash does not
	maxClientLength   = 100  // bytes of the client's address kept in login_failures
)

// seenEvery is how often a session's last_seen_at is written at most, so that checking a
// session is a read on most requests.
const seenEvery = time.Minute

// sessionTokenLength is the length of a session token: 32 random bytes in unpadded URL base64.
var sessionTokenLength = base64.RawURLEncoding.EncodedLen(32)

// Users stores web users, their argon2id password hashes, their sessions and failed sign-ins
// in PostgreSQL. It implements pedigree.Users.
//
// A session token is 32 random bytes, stored as its SHA-256 only (like an API token: too much
// entropy to guess, so a fast hash is enough). Sessions end SessionIdle after their last use,
// but the last use is written at most once a minute (seenEvery), so that checking a session
// is no write on most requests: idle time counts from the last recorded use, and a session
// may end up to a minute short of SessionIdle after its last request. The ExpiresAt a Session
// returns is exact: it counts from the recorded use.
//
// Failed sign-ins are rows of login_failures. An attempt is recorded as a failure before its
// password is checked, then removed if it succeeds or is refused, so that concurrent attempts
// see each other and no more than the limit are ever checked: counting, then recording,
// would let a burst of parallel guesses through.
type Users struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ pedigree.Users = (*Users)(nil)

// NewUsers returns the users stored in pool's database, with now telling the time (nil:
// time.Now), so that tests can move the clock past session and rate-limit windows.
func NewUsers(pool *pgxpool.Pool, now func() time.Time) *Users {
	if now == nil {
		now = time.Now
	}
	return &Users{pool: pool, now: now}
}

// clock returns the time, to the microsecond PostgreSQL keeps, so that what Login returns
// equals what Session reads back.
func (s *Users) clock() time.Time { return s.now().Truncate(time.Microsecond) }

// dummyHash is the hash an unknown email's password is checked against, so that a sign-in
// takes as long whether or not the email is a user's: timing tells no one who has an account.
// It is made with Hash, so it costs what users' hashes cost.
var dummyHash = sync.OnceValues(func() (string, error) { return password.Hash("the password of no user at all") })

// Create implements pedigree.Users.
func (s *Users) Create(ctx context.Context, organisationID int64, email, name, pass string) (pedigree.User, error) {
	email, err := parseEmail(email)
	if err != nil {
		return pedigree.User{}, err
	}
	name = strings.TrimSpace(name)
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return pedigree.User{}, pedigree.Errorf(pedigree.EINVALID, "the name is empty: give the user's name")
	case n > maxNameLength || !utf8.ValidString(name):
		return pedigree.User{}, pedigree.Errorf(pedigree.EINVALID, "the name is not %d characters at most of UTF-8 text", maxNameLength)
	}
	switch {
	case utf8.RuneCountInString(pass) < pedigree.MinPasswordLength:
		return pedigree.User{}, pedigree.Errorf(pedigree.EINVALID, "the password is too short: it needs %d characters at least", pedigree.MinPasswordLength)
	case len(pass) > maxPasswordLength:
		return pedigree.User{}, pedigree.Errorf(pedigree.EINVALID, "the password is too long: it may have %d bytes at most", maxPasswordLength)
	}
	hash, err := password.Hash(pass)
	if err != nil {
		return pedigree.User{}, err
	}
	var r userRow
	err = s.pool.QueryRow(ctx, `
		WITH u AS (
			INSERT INTO users (organisation_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
			RETURNING id, email, name, organisation_id
		)
		SELECT `+userColumns+` FROM u JOIN organisations o ON o.id = u.organisation_id`,
		organisationID, email, name, hash, s.clock()).Scan(r.dest()...)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "23505":
			return pedigree.User{}, pedigree.Errorf(pedigree.ECONFLICT, "a user with email %s exists", email)
		case "23503":
			return pedigree.User{}, pedigree.Errorf(pedigree.ENOTFOUND, "no organisation with id %d", organisationID)
		}
	}
	if err != nil {
		return pedigree.User{}, fmt.Errorf("store user %s: %w", email, err)
	}
	return r.user()
}

// Login implements pedigree.Users.
func (s *Users) Login(ctx context.Context, email, pass, client string) (string, pedigree.Session, error) {
	now := s.clock()
	// Whatever was typed is looked up and counted as text PostgreSQL can store. An email cut
	// or changed so is no user's, or lets no one in without that user's password.
	email = storable(normaliseEmail(email), maxEmailLength)
	client = storable(client, maxClientLength)
	since := now.Add(-pedigree.LoginWindow)
	var attempt int64
	err := s.pool.QueryRow(ctx, `INSERT INTO login_failures (at, email, client) VALUES ($1, $2, $3) RETURNING id`,
		now, email, client).Scan(&attempt)
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("sign in: record attempt: %w", err)
	}

	// The failures that must leave the window before another attempt may be checked: the
	// limit-th most recent for the email, and for the client.
	var byEmail, byClient *time.Time
	err = s.pool.QueryRow(ctx, `
		SELECT (SELECT at FROM login_failures WHERE email = $1 AND at > $3 AND id <> $4 ORDER BY at DESC OFFSET $5 LIMIT 1),
		       (SELECT at FROM login_failures WHERE client = $2 AND at > $3 AND id <> $4 ORDER BY at DESC OFFSET $6 LIMIT 1)`,
		email, client, since, attempt,
		pedigree.MaxFailuresPerEmail-1, pedigree.MaxFailuresPerClient-1).Scan(&byEmail, &byClient)
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("sign in: count failures: %w", err)
	}
	if byEmail != nil || byClient != nil {
		// Refused, not failed: the attempt is no failure, so waiting as told is enough.
		if _, err := s.pool.Exec(ctx, `DELETE FROM login_failures WHERE id = $1 OR at <= $2`, attempt, since); err != nil {
			return "", pedigree.Session{}, fmt.Errorf("sign in: remove refused attempt: %w", err)
		}
		var wait time.Duration
		for _, at := range []*time.Time{byEmail, byClient} {
			if at != nil {
				wait = max(wait, at.Add(pedigree.LoginWindow).Sub(now))
			}
		}
		return "", pedigree.Session{}, pedigree.Errorf(pedigree.ERATELIMITED, "Too many failed sign-ins: try again in %s.", minutes(wait))
	}

	var r userRow
	var hash string
	err = s.pool.QueryRow(ctx, `SELECT `+userColumns+`, u.password_hash
		FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = $1`, email).Scan(append(r.dest(), &hash)...)
	found := err == nil
	if errors.Is(err, pgx.ErrNoRows) {
		hash, err = dummyHash()
	}
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("sign in: read user: %w", err)
	}
	// No user has a password longer than maxPasswordLength (Create refuses them); checking its
	// start only bounds the work an attempt costs.
	tooLong := len(pass) > maxPasswordLength
	if tooLong {
		pass = pass[:maxPasswordLength]
	}
	ok, err := password.Verify(pass, hash)
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("sign in: password hash of user %d: %w", r.u.ID, err)
	}
	if !ok || !found || tooLong {
		return "", pedigree.Session{}, pedigree.Errorf(pedigree.EUNAUTHORIZED, "wrong email or password")
	}

	u, err := r.user()
	if err != nil {
		return "", pedigree.Session{}, err
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", pedigree.Session{}, err
	}
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	tokenHash := sha256.Sum256([]byte(token))
	end := now.Add(pedigree.SessionMax)
	// Success clears the email's failures, this attempt's among them, and failures older than
	// the window, which count no more.
	_, err = s.pool.Exec(ctx, `
		WITH cleared AS (DELETE FROM login_failures WHERE email = $1 OR at <= $2)
		INSERT INTO sessions (hash, user_id, created_at, last_seen_at, expires_at) VALUES ($3, $4, $5, $5, $6)`,
		email, since, tokenHash[:], u.ID, now, end)
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("sign in: start session of user %d: %w", u.ID, err)
	}
	return token, pedigree.Session{User: u, CreatedAt: now, ExpiresAt: expiresAt(now, end)}, nil
}

// Session implements pedigree.Users.
func (s *Users) Session(ctx context.Context, token string) (pedigree.Session, error) {
	ended := pedigree.Errorf(pedigree.EUNAUTHORIZED, "your session has ended: sign in again")
	if len(token) != sessionTokenLength {
		return pedigree.Session{}, ended
	}
	hash := sha256.Sum256([]byte(token))
	now := s.clock()
	var r userRow
	var session pedigree.Session
	var lastSeen, end time.Time
	var seen *time.Time // the use recorded now, if any
	// One round trip, which writes last_seen_at only when it is seenEvery old: both parts see
	// the session as it was, and seen returns the new last use, if it wrote one.
	err := s.pool.QueryRow(ctx, `
		WITH live AS (
			SELECT s.created_at, s.last_seen_at, s.expires_at, `+userColumns+`
			FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id
			WHERE s.hash = $1 AND s.ended_at IS NULL AND s.last_seen_at > $2 AND s.expires_at > $3
		), seen AS (
			UPDATE sessions SET last_seen_at = $3
			WHERE hash = $1 AND ended_at IS NULL AND last_seen_at > $2 AND expires_at > $3 AND last_seen_at <= $4
			RETURNING last_seen_at
		)
		SELECT live.*, (SELECT last_seen_at FROM seen) FROM live`,
		hash[:], now.Add(-pedigree.SessionIdle), now, now.Add(-seenEvery),
	).Scan(append([]any{&session.CreatedAt, &lastSeen, &end}, append(r.dest(), &seen)...)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return pedigree.Session{}, ended
	}
	if err != nil {
		return pedigree.Session{}, fmt.Errorf("check session: %w", err)
	}
	if session.User, err = r.user(); err != nil {
		return pedigree.Session{}, err
	}
	if seen != nil {
		lastSeen = *seen
	}
	session.ExpiresAt = expiresAt(lastSeen, end)
	return session, nil
}

// Logout implements pedigree.Users.
func (s *Users) Logout(ctx context.Context, token string) error {
	if len(token) != sessionTokenLength {
		return nil // no session has it
	}
	hash := sha256.Sum256([]byte(token))
	if _, err := s.pool.Exec(ctx, `UPDATE sessions SET ended_at = $2 WHERE hash = $1 AND ended_at IS NULL`, hash[:], s.clock()); err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	return nil
}

// userColumns are the columns userRow scans, of users u joined to organisations o.
const userColumns = `u.id, u.email, u.name, o.id, o.name, o.gln, o.role, o.account`

// userRow is a user as userColumns hold it.
type userRow struct {
	u       pedigree.User
	role    string
	account []byte
}

func (r *userRow) dest() []any {
	o := &r.u.Organisation
	return []any{&r.u.ID, &r.u.Email, &r.u.Name, &o.ID, &o.Name, &o.GLN, &r.role, &r.account}
}

func (r *userRow) user() (pedigree.User, error) {
	var err error
	r.u.Organisation.Account = pedigree.Address(r.account)
	r.u.Organisation.Role, err = pedigree.ParseRole(r.role)
	return r.u, err
}

// expiresAt returns when a session last used at lastSeen and ending at end at the latest ends.
func expiresAt(lastSeen, end time.Time) time.Time {
	if idle := lastSeen.Add(pedigree.SessionIdle); idle.Before(end) {
		return idle
	}
	return end
}

// normaliseEmail returns email as stored: without surrounding space, in lower case.
func normaliseEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// parseEmail returns email normalised, or EINVALID when it cannot be an address. It checks
// little: one @ with something either side, no space; whether mail arrives is another matter.
func parseEmail(email string) (string, error) {
	email = normaliseEmail(email)
	local, domain, _ := strings.Cut(email, "@")
	switch {
	case email == "":
		return "", pedigree.Errorf(pedigree.EINVALID, "the email address is empty: give the user's email")
	case len(email) > maxEmailLength || !utf8.ValidString(email):
		return "", pedigree.Errorf(pedigree.EINVALID, "the email address is not %d bytes at most of UTF-8 text", maxEmailLength)
	case strings.Count(email, "@") != 1 || local == "" || domain == "":
		return "", pedigree.Errorf(pedigree.EINVALID, "the email address %q is not one: it needs one @ between a name and a domain", email)
	case strings.ContainsFunc(email, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }):
		return "", pedigree.Errorf(pedigree.EINVALID, "the email address %q has a space in it", email)
	}
	return email, nil
}

// storable returns s as PostgreSQL can store it in text, cut to n bytes at most: invalid
// UTF-8 and NUL replaced by U+FFFD, cut on a rune boundary.
func storable(s string, n int) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// minutes says d in whole minutes, rounded up: "1 minute", "12 minutes".
func minutes(d time.Duration) string {
	n := int((d + time.Minute - 1) / time.Minute)
	if n <= 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", n)
}
