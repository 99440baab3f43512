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
	if err := checkPassword(pass); err != nil {
		return pedigree.User{}, err
	}
	hash, err := password.Hash(pass)
	if err != nil {
		return pedigree.User{}, err
	}
	var r userRow
	err = s.pool.QueryRow(ctx, `
		WITH u AS (
			INSERT INTO users (organisation_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
			RETURNING id, email, name, organisation_id, role
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
		FROM users u JOIN organisations o ON o.id = u.organisation_id
		WHERE u.email = $1 AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL`, email).Scan(append(r.dest(), &hash)...)
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
			WHERE s.hash = $1 AND s.ended_at IS NULL AND s.last_seen_at > $2 AND s.expires_at > $3 AND u.disabled_at IS NULL
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
const userColumns = `u.id, u.email, u.name, u.role, o.id, o.name, o.gln, o.role, o.account`

// userRow is a user as userColumns hold it.
type userRow struct {
	u        pedigree.User
	userRole string
	role     string
	account  []byte
}

func (r *userRow) dest() []any {
	o := &r.u.Organisation
	return []any{&r.u.ID, &r.u.Email, &r.u.Name, &r.userRole, &o.ID, &o.Name, &o.GLN, &r.role, &r.account}
}

func (r *userRow) user() (pedigree.User, error) {
	var err error
	r.u.Organisation.Account = pedigree.Address(r.account)
	if r.u.Organisation.Role, err = pedigree.ParseRole(r.role); err != nil {
		return r.u, err
	}
	r.u.Role, err = pedigree.ParseUserRole(r.userRole)
	return r.u, err
}

// checkPassword returns EINVALID when pass may not be a password: too short, too long, or
// one of the common passwords (password.Check).
func checkPassword(pass string) error {
	if len(pass) > maxPasswordLength {
		return pedigree.Errorf(pedigree.EINVALID, "the password is too long: it may have %d bytes at most", maxPasswordLength)
	}
	if err := password.Check(pass); err != nil {
		return pedigree.Errorf(pedigree.EINVALID, "%s", err)
	}
	return nil
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

var _ pedigree.People = (*Users)(nil)

// newLinkToken returns a one-time link's token and its SHA-256, which is all that is stored.
func newLinkToken() (string, []byte, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", nil, err
	}
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	hash := sha256.Sum256([]byte(token))
	return token, hash[:], nil
}

// personColumns are the columns scanPerson reads, of users u.
const personColumns = `u.id, u.email, u.name, u.role, u.disabled_at IS NOT NULL, u.password_hash IS NULL, u.created_at`

func scanPerson(row pgx.Row) (pedigree.Person, error) {
	var p pedigree.Person
	var role string
	if err := row.Scan(&p.ID, &p.Email, &p.Name, &role, &p.Disabled, &p.Invited, &p.CreatedAt); err != nil {
		return p, err
	}
	var err error
	p.Role, err = pedigree.ParseUserRole(role)
	return p, err
}

// Invite implements pedigree.People.
func (s *Users) Invite(ctx context.Context, organisationID int64, email, name string, role pedigree.UserRole) (pedigree.Person, string, error) {
	email, err := parseEmail(email)
	if err != nil {
		return pedigree.Person{}, "", err
	}
	if name = strings.TrimSpace(name); name == "" {
		name = email
	}
	if utf8.RuneCountInString(name) > maxNameLength {
		return pedigree.Person{}, "", pedigree.Errorf(pedigree.EINVALID, "name: the name is not %d characters at most", maxNameLength)
	}
	if _, err := pedigree.ParseUserRole(role.String()); err != nil {
		return pedigree.Person{}, "", err
	}
	p, err := scanPerson(s.pool.QueryRow(ctx, `
		INSERT INTO users AS u (organisation_id, email, name, role, created_at) VALUES ($1, $2, $3, $4, $5)
		RETURNING `+personColumns, organisationID, email, name, role.String(), s.clock()))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "23505":
			return pedigree.Person{}, "", pedigree.Errorf(pedigree.ECONFLICT, "a user with email %s exists", email)
		case "23503":
			return pedigree.Person{}, "", pedigree.Errorf(pedigree.ENOTFOUND, "no organisation with id %d", organisationID)
		}
	}
	if err != nil {
		return pedigree.Person{}, "", fmt.Errorf("invite %s: %w", email, err)
	}
	token, err := s.issueLink(ctx, organisationID, p.ID, pedigree.LinkInvitation)
	return p, token, err
}

// Reinvite implements pedigree.People.
func (s *Users) Reinvite(ctx context.Context, organisationID, userID int64) (string, error) {
	return s.issueLink(ctx, organisationID, userID, pedigree.LinkInvitation)
}

// ResetLink implements pedigree.People.
func (s *Users) ResetLink(ctx context.Context, organisationID, userID int64) (string, error) {
	return s.issueLink(ctx, organisationID, userID, pedigree.LinkReset)
}

// issueLink ends the user's live links of kind and issues a new one. An invitation goes only
// to a user without a password yet.
func (s *Users) issueLink(ctx context.Context, organisationID, userID int64, kind pedigree.LinkKind) (string, error) {
	token, hash, err := newLinkToken()
	if err != nil {
		return "", err
	}
	life := pedigree.ResetLife
	if kind == pedigree.LinkInvitation {
		life = pedigree.InvitationLife
	}
	now := s.clock()
	tag, err := s.pool.Exec(ctx, `
		WITH target AS (
			SELECT id FROM users WHERE id = $1 AND organisation_id = $2 AND disabled_at IS NULL
			AND ($3 <> 'invitation' OR password_hash IS NULL)
		), ended AS (
			UPDATE user_links SET used_at = $5 WHERE user_id IN (SELECT id FROM target) AND kind = $3 AND used_at IS NULL
		)
		INSERT INTO user_links (hash, user_id, kind, created_at, expires_at) SELECT $4, id, $3, $5, $6 FROM target`,
		userID, organisationID, string(kind), hash, now, now.Add(life))
	if err != nil {
		return "", fmt.Errorf("issue %s link for user %d: %w", kind, userID, err)
	}
	if tag.RowsAffected() == 0 {
		return "", pedigree.Errorf(pedigree.ENOTFOUND, "no such user in your organisation, or not one who can be sent a %s link (disabled, or already has a password)", kind)
	}
	return token, nil
}

// LinkUser implements pedigree.People.
func (s *Users) LinkUser(ctx context.Context, token string) (pedigree.Person, pedigree.LinkKind, error) {
	hash := sha256.Sum256([]byte(token))
	var kind string
	var p pedigree.Person
	var role string
	err := s.pool.QueryRow(ctx, `
		SELECT `+personColumns+`, l.kind FROM user_links l JOIN users u ON u.id = l.user_id
		WHERE l.hash = $1 AND l.used_at IS NULL AND l.expires_at > $2 AND u.disabled_at IS NULL`, hash[:], s.clock()).
		Scan(&p.ID, &p.Email, &p.Name, &role, &p.Disabled, &p.Invited, &p.CreatedAt, &kind)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, "", pedigree.Errorf(pedigree.ENOTFOUND, "this link is unknown, used or expired: ask your administrator for a new one")
	}
	if err != nil {
		return p, "", fmt.Errorf("read link: %w", err)
	}
	p.Role, err = pedigree.ParseUserRole(role)
	return p, pedigree.LinkKind(kind), err
}

// UseLink implements pedigree.People.
func (s *Users) UseLink(ctx context.Context, token, pass string) (pedigree.Person, error) {
	if err := checkPassword(pass); err != nil {
		return pedigree.Person{}, err
	}
	p, _, err := s.LinkUser(ctx, token)
	if err != nil {
		return p, err
	}
	h, err := password.Hash(pass)
	if err != nil {
		return p, err
	}
	hash := sha256.Sum256([]byte(token))
	now := s.clock()
	// One statement: the link is used up only if it is still live, and then only the password
	// of its user changes, so two concurrent uses set one password.
	tag, err := s.pool.Exec(ctx, `
		WITH used AS (
			UPDATE user_links SET used_at = $2 WHERE hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id
		), ended AS (
			UPDATE sessions SET ended_at = $2 WHERE user_id IN (SELECT user_id FROM used) AND ended_at IS NULL
		)
		UPDATE users SET password_hash = $3 WHERE id IN (SELECT user_id FROM used) AND disabled_at IS NULL`, hash[:], now, h)
	if err != nil {
		return p, fmt.Errorf("use link: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return p, pedigree.Errorf(pedigree.ENOTFOUND, "this link is unknown, used or expired: ask your administrator for a new one")
	}
	p.Invited = false
	return p, nil
}

// List implements pedigree.People.
func (s *Users) List(ctx context.Context, organisationID int64) ([]pedigree.Person, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+personColumns+` FROM users u WHERE organisation_id = $1 ORDER BY email`, organisationID)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []pedigree.Person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SetRole implements pedigree.People.
func (s *Users) SetRole(ctx context.Context, organisationID, userID int64, role pedigree.UserRole) error {
	if _, err := pedigree.ParseUserRole(role.String()); err != nil {
		return err
	}
	return s.changeUser(ctx, organisationID, userID, `UPDATE users SET role = $3 WHERE id = $1 AND organisation_id = $2`, role.String())
}

// Disable implements pedigree.People.
func (s *Users) Disable(ctx context.Context, organisationID, userID int64, disabled bool) error {
	if !disabled {
		return s.changeUser(ctx, organisationID, userID, `UPDATE users SET disabled_at = NULL WHERE id = $1 AND organisation_id = $2`)
	}
	return s.changeUser(ctx, organisationID, userID, `
		WITH ended AS (UPDATE sessions SET ended_at = $3 WHERE user_id = $1 AND ended_at IS NULL)
		UPDATE users SET disabled_at = $3 WHERE id = $1 AND organisation_id = $2 AND disabled_at IS NULL`, s.clock())
}

// changeUser runs update on the organisation's user in a transaction that then checks the
// organisation still has an enabled administrator.
func (s *Users) changeUser(ctx context.Context, organisationID, userID int64, update string, args ...any) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("change user %d: %w", userID, err)
	}
	defer tx.Rollback(ctx)
	// Changes to one organisation's people take turns, so two administrators demoting each
	// other cannot leave none.
	if _, err := tx.Exec(ctx, `SELECT id FROM organisations WHERE id = $1 FOR UPDATE`, organisationID); err != nil {
		return fmt.Errorf("change user %d: %w", userID, err)
	}
	var exists bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2)`, userID, organisationID).Scan(&exists); err != nil {
		return fmt.Errorf("change user %d: %w", userID, err)
	}
	if !exists {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no user %d in your organisation", userID)
	}
	if _, err := tx.Exec(ctx, update, append([]any{userID, organisationID}, args...)...); err != nil {
		return fmt.Errorf("change user %d: %w", userID, err)
	}
	var admins int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM users WHERE organisation_id = $1 AND role = 'administrator' AND disabled_at IS NULL`, organisationID).Scan(&admins); err != nil {
		return fmt.Errorf("change user %d: %w", userID, err)
	}
	if admins == 0 {
		return pedigree.Errorf(pedigree.EINVALID, "the organisation would have no administrator left: make another user administrator first")
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("change user %d: %w", userID, err)
	}
	return nil
}

// ChangePassword implements pedigree.People.
func (s *Users) ChangePassword(ctx context.Context, userID int64, current, next string) error {
	if err := checkPassword(next); err != nil {
		return err
	}
	var hash *string
	err := s.pool.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = $1 AND disabled_at IS NULL`, userID).Scan(&hash)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && hash == nil) {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no such user")
	}
	if err != nil {
		return fmt.Errorf("change password of user %d: %w", userID, err)
	}
	if len(current) > maxPasswordLength {
		current = current[:maxPasswordLength]
	}
	ok, err := password.Verify(current, *hash)
	if err != nil {
		return fmt.Errorf("change password of user %d: %w", userID, err)
	}
	if !ok {
		return pedigree.Errorf(pedigree.EUNAUTHORIZED, "the current password is wrong")
	}
	h, err := password.Hash(next)
	if err != nil {
		return err
	}
	if _, err := s.pool.Exec(ctx, `UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash = $3`, userID, h, *hash); err != nil {
		return fmt.Errorf("change password of user %d: %w", userID, err)
	}
	return nil
}

// Sessions implements pedigree.People. A session's ID is the hex of the first 8 bytes of its
// hash: enough to tell sessions apart, nothing that lets anyone use one.
func (s *Users) Sessions(ctx context.Context, organisationID, userID int64) ([]pedigree.SessionInfo, error) {
	now := s.clock()
	rows, err := s.pool.Query(ctx, `
		SELECT encode(substring(s.hash FROM 1 FOR 8), 'hex'), s.user_id, s.created_at, s.last_seen_at
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE u.organisation_id = $1 AND ($2 = 0 OR u.id = $2) AND s.ended_at IS NULL AND s.last_seen_at > $3 AND s.expires_at > $4
		ORDER BY s.last_seen_at DESC`, organisationID, userID, now.Add(-pedigree.SessionIdle), now)
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (pedigree.SessionInfo, error) {
		var si pedigree.SessionInfo
		err := row.Scan(&si.ID, &si.UserID, &si.CreatedAt, &si.LastSeen)
		return si, err
	})
}

// EndSession implements pedigree.People.
func (s *Users) EndSession(ctx context.Context, organisationID int64, id string) error {
	tag, err := s.pool.Exec(ctx, `
		UPDATE sessions s SET ended_at = $3 FROM users u
		WHERE u.id = s.user_id AND u.organisation_id = $1 AND encode(substring(s.hash FROM 1 FOR 8), 'hex') = $2 AND s.ended_at IS NULL`,
		organisationID, id, s.clock())
	if err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no such session in your organisation")
	}
	return nil
}
