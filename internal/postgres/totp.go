package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/pedigree-rx/pedigree/internal/password"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// totpPeriod and totpSkew are RFC 6238's defaults, which every authenticator app follows: a
// six-digit code a 30-second step, accepted one step either side for clocks that drift.
const (
	totpPeriod = 30
	totpSkew   = 1
	totpIssuer = "pedigree"
)

var totpOpts = totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}

// TwoFactor stores users' TOTP secrets sealed with AES-256-GCM (the user id as additional
// data, so a sealed secret copied to another user opens for no one), their recovery codes and
// pending sign-ins as SHA-256 hashes (random, high-entropy: a fast hash is enough), and
// wrong codes in two_factor_failures. It implements pedigree.TwoFactor.
//
// A code is accepted once: the step it was made for must be later than the last accepted
// step (user_totp.last_step, moved forward in the same statement that checks it), so a code
// seen over a shoulder cannot be replayed within its window.
//
// An organisation that requires two-factor sign-in (organisations.require_two_factor)
// requires it of its administrators (users.role 'administrator').
type TwoFactor struct {
	pool   *pgxpool.Pool
	now    func() time.Time
	sealer sealer
}

var _ pedigree.TwoFactor = (*TwoFactor)(nil)

// TwoFactorKey derives the key that seals TOTP secrets from the service's passphrase: scrypt
// with a fixed, purpose-bound salt, once at start.
func TwoFactorKey(passphrase string) ([]byte, error) {
	return sealingKey(passphrase, "pedigree two-factor secrets v1")
}

// NewTwoFactor returns the two-factor store of pool's database, sealing secrets under key (32
// bytes: TwoFactorKey's, or for tests and a dev service without a passphrase a random one,
// with which secrets do not outlive the process), with now telling the time (nil: time.Now).
func NewTwoFactor(pool *pgxpool.Pool, now func() time.Time, key []byte) (*TwoFactor, error) {
	if now == nil {
		now = time.Now
	}
	sealer, err := newSealer(key, "two-factor key")
	if err != nil {
		return nil, err
	}
	return &TwoFactor{pool: pool, now: now, sealer: sealer}, nil
}

func (s *TwoFactor) clock() time.Time { return s.now().Truncate(time.Microsecond) }

func userAD(userID int64) []byte {
	return []byte("pedigree totp user " + strconv.FormatInt(userID, 10))
}

func (s *TwoFactor) seal(userID int64, secret string) ([]byte, error) {
	return s.sealer.seal(secret, userAD(userID))
}

func (s *TwoFactor) open(userID int64, sealed []byte) (string, error) {
	plain, err := s.sealer.open(sealed, userAD(userID))
	if err != nil {
		return "", fmt.Errorf("open the TOTP secret of user %d: %w", userID, err)
	}
	return plain, nil
}

// Status implements pedigree.TwoFactor.
func (s *TwoFactor) Status(ctx context.Context, u pedigree.User) (pedigree.TwoFactorStatus, error) {
	var st pedigree.TwoFactorStatus
	err := s.pool.QueryRow(ctx, `
		SELECT EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL),
		       o.require_two_factor AND u.role = 'administrator'
		FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`, u.ID).Scan(&st.Enabled, &st.Required)
	if errors.Is(err, pgx.ErrNoRows) {
		return st, pedigree.Errorf(pedigree.ENOTFOUND, "no user with id %d", u.ID)
	}
	if err != nil {
		return st, fmt.Errorf("two-factor status of user %d: %w", u.ID, err)
	}
	return st, nil
}

// SetRequired turns the organisation's requirement of two-factor sign-in for its
// administrators on or off. ENOTFOUND when there is no such organisation.
func (s *TwoFactor) SetRequired(ctx context.Context, organisationID int64, required bool) error {
	tag, err := s.pool.Exec(ctx, `UPDATE organisations SET require_two_factor = $2 WHERE id = $1`, organisationID, required)
	if err != nil {
		return fmt.Errorf("require two-factor sign-in of organisation %d: %w", organisationID, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no organisation with id %d", organisationID)
	}
	return nil
}

// Enrol implements pedigree.TwoFactor.
func (s *TwoFactor) Enrol(ctx context.Context, u pedigree.User) (string, string, error) {
	var sealed []byte
	var confirmed *time.Time
	err := s.pool.QueryRow(ctx, `SELECT secret, confirmed_at FROM user_totp WHERE user_id = $1`, u.ID).Scan(&sealed, &confirmed)
	switch {
	case err == nil && confirmed != nil:
		return "", "", pedigree.Errorf(pedigree.ECONFLICT, "two-factor sign-in is on already")
	case err == nil:
		secret, err := s.open(u.ID, sealed)
		if err == nil {
			return secret, keyURI(u, secret), nil
		}
		// Sealed under a key this service no longer has (a dev service restarted): start anew.
	case !errors.Is(err, pgx.ErrNoRows):
		return "", "", fmt.Errorf("enrol user %d: %w", u.ID, err)
	}
	key, err := totp.Generate(totp.GenerateOpts{Issuer: totpIssuer, AccountName: u.Email, Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		return "", "", fmt.Errorf("enrol user %d: %w", u.ID, err)
	}
	if sealed, err = s.seal(u.ID, key.Secret()); err != nil {
		return "", "", err
	}
	tag, err := s.pool.Exec(ctx, `
		INSERT INTO user_totp (user_id, secret, created_at) VALUES ($1, $2, $3)
		ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = excluded.created_at, last_step = 0
		WHERE user_totp.confirmed_at IS NULL`, u.ID, sealed, s.clock())
	if err != nil {
		return "", "", fmt.Errorf("enrol user %d: %w", u.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return "", "", pedigree.Errorf(pedigree.ECONFLICT, "two-factor sign-in is on already")
	}
	return key.Secret(), keyURI(u, key.Secret()), nil
}

// keyURI is the otpauth:// URI of a secret, which authenticator apps read from a QR code.
func keyURI(u pedigree.User, secret string) string {
	return "otpauth://totp/" + strings.ReplaceAll(totpIssuer+":"+u.Email, " ", "%20") +
		"?algorithm=SHA1&digits=6&issuer=" + totpIssuer + "&period=30&secret=" + secret
}

// matchStep returns the time step within totpSkew of now whose code is code, and whether there
// is one. Codes are compared in constant time.
func matchStep(secret, code string, now time.Time) (int64, bool) {
	step := now.Unix() / totpPeriod
	for d := int64(-totpSkew); d <= totpSkew; d++ {
		want, err := totp.GenerateCodeCustom(secret, time.Unix((step+d)*totpPeriod, 0), totpOpts)
		if err == nil && subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step + d, true
		}
	}
	return 0, false
}

// normaliseCode returns a typed code without spaces and dashes, in lower case.
func normaliseCode(code string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "-", "", "\t", "").Replace(code))
}

func isTOTPCode(code string) bool {
	if len(code) != 6 {
		return false
	}
	for _, c := range code {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Confirm implements pedigree.TwoFactor.
func (s *TwoFactor) Confirm(ctx context.Context, u pedigree.User, code string) ([]string, error) {
	code = normaliseCode(code)
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx)
	var sealed []byte
	var confirmed *time.Time
	err = tx.QueryRow(ctx, `SELECT secret, confirmed_at FROM user_totp WHERE user_id = $1 FOR UPDATE`, u.ID).Scan(&sealed, &confirmed)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil, pedigree.Errorf(pedigree.ENOTFOUND, "no enrolment was started: open the two-factor page again")
	case err != nil:
		return nil, fmt.Errorf("confirm two-factor sign-in of user %d: %w", u.ID, err)
	case confirmed != nil:
		return nil, pedigree.Errorf(pedigree.ECONFLICT, "two-factor sign-in is on already")
	}
	secret, err := s.open(u.ID, sealed)
	if err != nil {
		return nil, err
	}
	step, ok := matchStep(secret, code, s.now())
	if !isTOTPCode(code) || !ok {
		return nil, pedigree.Errorf(pedigree.EUNAUTHORIZED, "code: that is not the code your app shows now")
	}
	now := s.clock()
	if _, err := tx.Exec(ctx, `UPDATE user_totp SET confirmed_at = $2, last_step = $3 WHERE user_id = $1`, u.ID, now, step); err != nil {
		return nil, fmt.Errorf("confirm two-factor sign-in of user %d: %w", u.ID, err)
	}
	codes, err := replaceRecoveryCodes(ctx, tx, u.ID)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("confirm two-factor sign-in of user %d: %w", u.ID, err)
	}
	return codes, nil
}

// replaceRecoveryCodes replaces userID's recovery codes with RecoveryCodes new ones, in tx,
// and returns them; only their hashes are stored.
func replaceRecoveryCodes(ctx context.Context, tx pgx.Tx, userID int64) ([]string, error) {
	if _, err := tx.Exec(ctx, `DELETE FROM recovery_codes WHERE user_id = $1`, userID); err != nil {
		return nil, err
	}
	codes := make([]string, pedigree.RecoveryCodes)
	for i := range codes {
		var raw [8]byte // 64 bits, of which the code keeps 60
		if _, err := rand.Read(raw[:]); err != nil {
			return nil, err
		}
		c := strings.ToLower(base32.StdEncoding.EncodeToString(raw[:]))[:12]
		codes[i] = c[:4] + "-" + c[4:8] + "-" + c[8:]
		h := sha256.Sum256([]byte(c))
		if _, err := tx.Exec(ctx, `INSERT INTO recovery_codes (user_id, hash) VALUES ($1, $2)`, userID, h[:]); err != nil {
			return nil, fmt.Errorf("store recovery codes of user %d: %w", userID, err)
		}
	}
	return codes, nil
}

// Begin implements pedigree.TwoFactor.
func (s *TwoFactor) Begin(ctx context.Context, userID int64) (string, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", err
	}
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	h := sha256.Sum256([]byte(token))
	now := s.clock()
	_, err := s.pool.Exec(ctx, `
		WITH old AS (DELETE FROM pending_logins WHERE expires_at <= $3)
		INSERT INTO pending_logins (hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
		h[:], userID, now, now.Add(pedigree.PendingLoginTTL))
	if err != nil {
		return "", fmt.Errorf("begin two-factor sign-in of user %d: %w", userID, err)
	}
	return token, nil
}

// Complete implements pedigree.TwoFactor.
func (s *TwoFactor) Complete(ctx context.Context, pending, code, client string) (string, pedigree.Session, error) {
	expired := pedigree.Errorf(pedigree.EUNAUTHORIZED, "your sign-in has expired: sign in again with your password")
	if len(pending) != sessionTokenLength {
		return "", pedigree.Session{}, expired
	}
	pendingHash := sha256.Sum256([]byte(pending))
	now := s.clock()
	client = storable(client, maxClientLength)
	var r userRow
	err := s.pool.QueryRow(ctx, `SELECT `+userColumns+`
		FROM pending_logins p JOIN users u ON u.id = p.user_id JOIN organisations o ON o.id = u.organisation_id
		WHERE p.hash = $1 AND p.ended_at IS NULL AND p.expires_at > $2 AND u.disabled_at IS NULL`, pendingHash[:], now).Scan(r.dest()...)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", pedigree.Session{}, expired
	}
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("two-factor sign-in: %w", err)
	}
	u, err := r.user()
	if err != nil {
		return "", pedigree.Session{}, err
	}

	since := now.Add(-pedigree.LoginWindow)
	if _, err := s.attempt(ctx, u.ID, client, now); err != nil {
		return "", pedigree.Session{}, err
	}
	ok, err := s.checkCode(ctx, u.ID, normaliseCode(code), now)
	if err != nil {
		return "", pedigree.Session{}, err
	}
	if !ok {
		return "", pedigree.Session{}, pedigree.Errorf(pedigree.EUNAUTHORIZED, "code: wrong or used code")
	}

	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", pedigree.Session{}, err
	}
	token := base64.RawURLEncoding.EncodeToString(raw[:])
	tokenHash := sha256.Sum256([]byte(token))
	end := now.Add(pedigree.SessionMax)
	// The pending sign-in ends as the session starts: one of two parallel right codes wins.
	tag, err := s.pool.Exec(ctx, `
		WITH ended AS (
			UPDATE pending_logins SET ended_at = $4 WHERE hash = $1 AND ended_at IS NULL RETURNING user_id
		), cleared AS (
			DELETE FROM two_factor_failures WHERE user_id = $3 OR at <= $6
		)
		INSERT INTO sessions (hash, user_id, created_at, last_seen_at, expires_at)
		SELECT $2, user_id, $4, $4, $5 FROM ended WHERE user_id = $3`,
		pendingHash[:], tokenHash[:], u.ID, now, end, since)
	if err != nil {
		return "", pedigree.Session{}, fmt.Errorf("two-factor sign-in: start session of user %d: %w", u.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return "", pedigree.Session{}, expired
	}
	return token, pedigree.Session{User: u, CreatedAt: now, ExpiresAt: expiresAt(now, end)}, nil
}

// attempt records an attempt at a code of userID's as a failure before the code is checked, as
// for passwords, so parallel guesses see each other; the caller removes it when the code is
// right (forgive). ERATELIMITED after MaxCodeFailures within LoginWindow: the attempt is not
// counted then, and its code must not be checked.
func (s *TwoFactor) attempt(ctx context.Context, userID int64, client string, now time.Time) (int64, error) {
	since := now.Add(-pedigree.LoginWindow)
	var attempt int64
	if err := s.pool.QueryRow(ctx, `INSERT INTO two_factor_failures (at, user_id, client) VALUES ($1, $2, $3) RETURNING id`,
		now, userID, storable(client, maxClientLength)).Scan(&attempt); err != nil {
		return 0, fmt.Errorf("two-factor code: record attempt: %w", err)
	}
	var oldest *time.Time
	if err := s.pool.QueryRow(ctx, `SELECT at FROM two_factor_failures WHERE user_id = $1 AND at > $2 AND id <> $3
		ORDER BY at DESC OFFSET $4 LIMIT 1`, userID, since, attempt, pedigree.MaxCodeFailures-1).Scan(&oldest); err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("two-factor code: count failures: %w", err)
	}
	if oldest != nil {
		if _, err := s.pool.Exec(ctx, `DELETE FROM two_factor_failures WHERE id = $1 OR at <= $2`, attempt, since); err != nil {
			return 0, fmt.Errorf("two-factor code: remove refused attempt: %w", err)
		}
		return 0, pedigree.Errorf(pedigree.ERATELIMITED, "Too many wrong codes: try again in %s.", minutes(oldest.Add(pedigree.LoginWindow).Sub(now)))
	}
	return attempt, nil
}

// forgive removes a right code's attempt, and the user's failures with it.
func (s *TwoFactor) forgive(ctx context.Context, userID int64) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM two_factor_failures WHERE user_id = $1`, userID); err != nil {
		return fmt.Errorf("two-factor code: clear failures: %w", err)
	}
	return nil
}

// TurnOff implements pedigree.TwoFactor. The code is rate-limited as at sign-in.
func (s *TwoFactor) TurnOff(ctx context.Context, u pedigree.User, pass, code string) error {
	st, err := s.Status(ctx, u)
	switch {
	case err != nil:
		return err
	case !st.Enabled:
		return pedigree.Errorf(pedigree.ENOTFOUND, "two-factor sign-in is not on")
	case st.Required:
		return pedigree.Errorf(pedigree.EFORBIDDEN, "%s requires two-factor sign-in of its administrators: it stays on while you are one", u.Organisation.Name)
	}
	var hash *string
	if err := s.pool.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = $1`, u.ID).Scan(&hash); err != nil {
		return fmt.Errorf("turn off two-factor sign-in of user %d: %w", u.ID, err)
	}
	ok := false
	if hash != nil {
		if ok, err = password.Verify(pass[:min(len(pass), maxPasswordLength)], *hash); err != nil {
			return fmt.Errorf("turn off two-factor sign-in of user %d: %w", u.ID, err)
		}
	}
	if !ok {
		return pedigree.Errorf(pedigree.EUNAUTHORIZED, "password: that is not your password")
	}
	if err := s.checkedCode(ctx, u.ID, code, true); err != nil {
		return err
	}
	return s.Reset(ctx, u.Organisation.ID, u.ID)
}

// checkedCode checks a code of userID's, rate-limited, recovery codes too when recovery.
func (s *TwoFactor) checkedCode(ctx context.Context, userID int64, code string, recovery bool) error {
	now := s.clock()
	if _, err := s.attempt(ctx, userID, "account", now); err != nil {
		return err
	}
	code = normaliseCode(code)
	ok := false
	if recovery || isTOTPCode(code) {
		var err error
		if ok, err = s.checkCode(ctx, userID, code, now); err != nil {
			return err
		}
	}
	if !ok {
		return pedigree.Errorf(pedigree.EUNAUTHORIZED, "code: wrong or used code")
	}
	return s.forgive(ctx, userID)
}

// NewRecoveryCodes implements pedigree.TwoFactor. The code is rate-limited as at sign-in.
func (s *TwoFactor) NewRecoveryCodes(ctx context.Context, u pedigree.User, code string) ([]string, error) {
	st, err := s.Status(ctx, u)
	if err != nil {
		return nil, err
	}
	if !st.Enabled {
		return nil, pedigree.Errorf(pedigree.ENOTFOUND, "two-factor sign-in is not on")
	}
	if err := s.checkedCode(ctx, u.ID, code, false); err != nil {
		return nil, err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx)
	codes, err := replaceRecoveryCodes(ctx, tx, u.ID)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("new recovery codes of user %d: %w", u.ID, err)
	}
	return codes, nil
}

// Reset implements pedigree.TwoFactor.
func (s *TwoFactor) Reset(ctx context.Context, organisationID, userID int64) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	tag, err := tx.Exec(ctx, `DELETE FROM user_totp t USING users u
		WHERE t.user_id = u.id AND u.id = $1 AND u.organisation_id = $2 AND t.confirmed_at IS NOT NULL`, userID, organisationID)
	if err != nil {
		return fmt.Errorf("reset two-factor sign-in of user %d: %w", userID, err)
	}
	if tag.RowsAffected() == 0 {
		return pedigree.Errorf(pedigree.ENOTFOUND, "no user %d with two-factor sign-in on in your organisation", userID)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM recovery_codes WHERE user_id = $1`, userID); err != nil {
		return fmt.Errorf("reset two-factor sign-in of user %d: %w", userID, err)
	}
	if _, err := tx.Exec(ctx, `UPDATE pending_logins SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL`, userID, s.clock()); err != nil {
		return fmt.Errorf("reset two-factor sign-in of user %d: %w", userID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("reset two-factor sign-in of user %d: %w", userID, err)
	}
	return nil
}

// checkCode checks a TOTP code (accepting each step once) or a recovery code (each once).
func (s *TwoFactor) checkCode(ctx context.Context, userID int64, code string, now time.Time) (bool, error) {
	if isTOTPCode(code) {
		var sealed []byte
		err := s.pool.QueryRow(ctx, `SELECT secret FROM user_totp WHERE user_id = $1 AND confirmed_at IS NOT NULL`, userID).Scan(&sealed)
		if errors.Is(err, pgx.ErrNoRows) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("two-factor sign-in: read secret: %w", err)
		}
		secret, err := s.open(userID, sealed)
		if err != nil {
			return false, err
		}
		step, ok := matchStep(secret, code, now)
		if !ok {
			return false, nil
		}
		tag, err := s.pool.Exec(ctx, `UPDATE user_totp SET last_step = $2 WHERE user_id = $1 AND last_step < $2`, userID, step)
		if err != nil {
			return false, fmt.Errorf("two-factor sign-in: mark code used: %w", err)
		}
		return tag.RowsAffected() == 1, nil
	}
	if len(code) != 12 {
		return false, nil
	}
	h := sha256.Sum256([]byte(code))
	tag, err := s.pool.Exec(ctx, `UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND hash = $2 AND used_at IS NULL`, userID, h[:], now)
	if err != nil {
		return false, fmt.Errorf("two-factor sign-in: use recovery code: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}
