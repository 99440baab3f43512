package postgres_test

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

const (
	adaEmail    = "ada@example.com"
	adaPassword = "correct horse battery staple"
)

// accounts is a database with one organisation and its user Ada, whose users' clock the
// test moves.
type accounts struct {
	pool  *pgxpool.Pool
	users *postgres.Users
	clock *clock
	org   pedigree.Organisation
	ada   pedigree.User
}

func newAccounts(t *testing.T) *accounts {
	t.Helper()
	ctx := t.Context()
	a := &accounts{pool: pgtest.NewPool(t), clock: &clock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}}
	var err error
	a.org, err = postgres.NewOrganisations(a.pool).Create(ctx, pedigree.Organisation{Name: "Corner Pharmacy", GLN: "4012345000054", Role: pedigree.RoleDispenser, Account: pedigree.Address{7}})
	if err != nil {
		t.Fatal(err)
	}
	a.users = postgres.NewUsers(a.pool, a.clock.now)
	if a.ada, err = a.users.Create(ctx, a.org.ID, " Ada@Example.COM ", "Ada Lovelace", adaPassword); err != nil {
		t.Fatal(err)
	}
	return a
}

// clock is a time that stands still until moved.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) add(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func TestUsers(t *testing.T) {
	ctx := t.Context()
	a := newAccounts(t)
	t0 := a.clock.now()
	t.Run("Create", func(t *testing.T) {
		want := pedigree.User{ID: a.ada.ID, Email: adaEmail, Name: "Ada Lovelace", Organisation: a.org, Role: pedigree.UserAdministrator}
		if a.ada != want || a.ada.ID == 0 {
			t.Fatalf("got %+v, want %+v", a.ada, want)
		}
	})
	var token string
	t.Run("OK", func(t *testing.T) {
		var s pedigree.Session
		var err error
		token, s, err = a.users.Login(ctx, "ADA@example.com", adaPassword, "192.0.2.1")
		if err != nil {
			t.Fatal(err)
		}
		want := pedigree.Session{User: a.ada, CreatedAt: t0, ExpiresAt: t0.Add(pedigree.SessionIdle)}
		assertSession(t, s, want)
		got, err := a.users.Session(ctx, token)
		if err != nil {
			t.Fatal(err)
		}
		assertSession(t, got, want)
	})
	t.Run("StoredHashed", func(t *testing.T) {
		if _, _, err := a.users.Login(ctx, adaEmail, "a wrong guess of a password", "192.0.2.1"); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
			t.Fatalf("wrong password: got %v, want unauthorized", err)
		}
		var hashed int
		if err := a.pool.QueryRow(ctx, `SELECT count(*) FROM sessions WHERE hash = sha256(convert_to($1, 'UTF8'))`, token).Scan(&hashed); err != nil {
			t.Fatal(err)
		}
		if hashed != 1 {
			t.Fatalf("sessions holding SHA-256 of the token: %d, want 1", hashed)
		}
		raw, err := base64.RawURLEncoding.DecodeString(token)
		if err != nil {
			t.Fatal(err)
		}
		secrets := []string{token, hex.EncodeToString(raw), hex.EncodeToString([]byte(token)), adaPassword, "a wrong guess of a password"}
		for _, table := range []string{"users", "sessions", "login_failures", "organisations"} {
			for _, secret := range secrets {
				// A row cast to text holds every column, bytea in hex.
				var inClear int
				if err := a.pool.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM %s t WHERE position($1 in t::text) > 0`, table), secret).Scan(&inClear); err != nil {
					t.Fatal(err)
				}
				if inClear != 0 {
					t.Errorf("%s: %d rows hold %q", table, inClear, secret)
				}
			}
		}
	})
	t.Run("ErrWrongPasswordSameAsUnknownEmail", func(t *testing.T) {
		_, _, wrongPassword := a.users.Login(ctx, adaEmail, "Correct horse battery staple", "192.0.2.1")
		_, _, unknownEmail := a.users.Login(ctx, "bob@example.com", adaPassword, "192.0.2.1")
		if pedigree.ErrorCode(wrongPassword) != pedigree.EUNAUTHORIZED || wrongPassword.Error() != unknownEmail.Error() || pedigree.ErrorCode(unknownEmail) != pedigree.EUNAUTHORIZED {
			t.Fatalf("wrong password: %v; unknown email: %v; want the same unauthorized error", wrongPassword, unknownEmail)
		}
	})
	t.Run("UnknownEmailTakesAsLong", func(t *testing.T) {
		// An unknown email's password is hashed too, so timing tells no one who has an account.
		// argon2id takes ten times a query or more: a third is a margin for a busy machine.
		// Interleaved, the fastest of three each.
		wrongPassword, unknownEmail := time.Hour, time.Hour
		for i := range 3 { // within the five failures an email may have
			client := fmt.Sprintf("198.51.100.%d", i)
			for _, email := range []string{adaEmail, fmt.Sprintf("nobody%d@example.com", i)} {
				start := time.Now()
				if _, _, err := a.users.Login(ctx, email, "another wrong password", client); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
					t.Fatalf("%s: got %v, want unauthorized", email, err)
				}
				if took := time.Since(start); email == adaEmail {
					wrongPassword = min(wrongPassword, took)
				} else {
					unknownEmail = min(unknownEmail, took)
				}
			}
		}
		if unknownEmail < wrongPassword/3 {
			t.Fatalf("a sign-in takes %s with an unknown email, %s with a wrong password", unknownEmail, wrongPassword)
		}
		if _, err := a.pool.Exec(ctx, `DELETE FROM login_failures`); err != nil { // so that later tests may sign in
			t.Fatal(err)
		}
	})
	t.Run("ErrUnstorableInput", func(t *testing.T) {
		if _, _, err := a.users.Login(ctx, adaEmail+"\x00", adaPassword, "\xff\x00"); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
			t.Fatalf("NUL and invalid UTF-8: got %v, want unauthorized", err)
		}
	})
	t.Run("Logout", func(t *testing.T) {
		if err := a.users.Logout(ctx, token); err != nil {
			t.Fatal(err)
		}
		if _, err := a.users.Session(ctx, token); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED || err.Error() != "your session has ended: sign in again" {
			t.Fatalf("session after logout: got %v, want unauthorized", err)
		}
		if err := a.users.Logout(ctx, token); err != nil {
			t.Fatalf("second logout: %v", err)
		}
		if err := a.users.Logout(ctx, "no such token"); err != nil {
			t.Fatalf("logout of an unknown token: %v", err)
		}
	})
	for _, bad := range []string{"", "no such token", strings.Repeat("A", 43), token + "A", strings.Repeat("A", 10000)} {
		t.Run("ErrUnknownSession", func(t *testing.T) {
			if _, err := a.users.Session(ctx, bad); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
				t.Fatalf("%.50q: got %v, want unauthorized", bad, err)
			}
		})
	}
}

func TestUsersCreate(t *testing.T) {
	ctx := t.Context()
	a := newAccounts(t)
	const pw = "a password long enough"
	for _, tt := range []struct {
		name, email, userName, password string
		code                            string
	}{
		{"ErrEmailEmpty", "  ", "Bob", pw, pedigree.EINVALID},
		{"ErrEmailNoAt", "bob.example.com", "Bob", pw, pedigree.EINVALID},
		{"ErrEmailTwoAts", "bob@example@com", "Bob", pw, pedigree.EINVALID},
		{"ErrEmailNoDomain", "bob@", "Bob", pw, pedigree.EINVALID},
		{"ErrEmailNoName", "@example.com", "Bob", pw, pedigree.EINVALID},
		{"ErrEmailSpace", "bob smith@example.com", "Bob", pw, pedigree.EINVALID},
		{"ErrEmailTooLong", strings.Repeat("b", 243) + "@example.com", "Bob", pw, pedigree.EINVALID},
		{"ErrNameEmpty", "bob@example.com", " ", pw, pedigree.EINVALID},
		{"ErrNameTooLong", "bob@example.com", strings.Repeat("é", 201), pw, pedigree.EINVALID},
		{"ErrPasswordShort", "bob@example.com", "Bob", "nine char", pedigree.EINVALID},
		{"ErrPasswordShortInCharacters", "bob@example.com", "Bob", "ééééééééé", pedigree.EINVALID}, // 18 bytes, 9 characters
		{"ErrPasswordTooLong", "bob@example.com", "Bob", strings.Repeat("p", 1025), pedigree.EINVALID},
		{"ErrEmailTaken", "ADA@example.com", "Another Ada", pw, pedigree.ECONFLICT},
		{"ErrNoOrganisation", "bob@example.com", "Bob", pw, pedigree.ENOTFOUND},
	} {
		t.Run(tt.name, func(t *testing.T) {
			org := a.org.ID
			if tt.code == pedigree.ENOTFOUND {
				org++
			}
			_, err := a.users.Create(ctx, org, tt.email, tt.userName, tt.password)
			if pedigree.ErrorCode(err) != tt.code {
				t.Fatalf("got %v, want %s", err, tt.code)
			}
			if strings.Contains(err.Error(), tt.password) {
				t.Fatalf("the error quotes the password: %v", err)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		u, err := a.users.Create(ctx, a.org.ID, "Bob.Smith+Till@Example.com", "  Bob Smith ", "ññññññññññññ")
		if err != nil || u.Email != "bob.smith+till@example.com" || u.Name != "Bob Smith" || u.Organisation != a.org {
			t.Fatalf("got %+v, %v", u, err)
		}
	})
}

func TestUsersExpiry(t *testing.T) {
	ctx := t.Context()
	a := newAccounts(t)
	login := func(t *testing.T) (string, time.Time) {
		t.Helper()
		token, s, err := a.users.Login(ctx, adaEmail, adaPassword, "192.0.2.1")
		if err != nil {
			t.Fatal(err)
		}
		return token, s.CreatedAt
	}
	// use checks that token's session is live and ends at wantEnd.
	use := func(t *testing.T, token string, wantEnd time.Time) {
		t.Helper()
		s, err := a.users.Session(ctx, token)
		if err != nil {
			t.Fatalf("at %s: %v", a.clock.now(), err)
		}
		if !s.ExpiresAt.Equal(wantEnd) {
			t.Fatalf("at %s: session ends at %s, want %s", a.clock.now(), s.ExpiresAt, wantEnd)
		}
	}
	assertEnded := func(t *testing.T, token string) {
		t.Helper()
		if _, err := a.users.Session(ctx, token); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
			t.Fatalf("at %s: got %v, want unauthorized", a.clock.now(), err)
		}
	}
	t.Run("Idle", func(t *testing.T) {
		token, t0 := login(t)
		a.clock.set(t0.Add(pedigree.SessionIdle - time.Second))
		use(t, token, a.clock.now().Add(pedigree.SessionIdle))
		a.clock.add(pedigree.SessionIdle)
		assertEnded(t, token)
	})
	t.Run("IdleFromUseRecordedOnceAMinute", func(t *testing.T) {
		token, t0 := login(t)
		a.clock.set(t0.Add(30 * time.Second))
		use(t, token, t0.Add(pedigree.SessionIdle)) // a use 30 s after the last one is not recorded
		a.clock.set(t0.Add(90 * time.Second))
		use(t, token, t0.Add(90*time.Second+pedigree.SessionIdle))
		a.clock.set(t0.Add(90*time.Second + pedigree.SessionIdle))
		assertEnded(t, token)
	})
	t.Run("Absolute", func(t *testing.T) {
		token, t0 := login(t)
		end := t0.Add(pedigree.SessionMax)
		for a.clock.add(110 * time.Minute).Before(end) {
			use(t, token, minTime(a.clock.now().Add(pedigree.SessionIdle), end))
		}
		a.clock.set(end.Add(-time.Microsecond))
		use(t, token, end)
		a.clock.set(end)
		assertEnded(t, token)
	})
}

func TestUsersRateLimit(t *testing.T) {
	ctx := t.Context()
	t.Run("ErrByEmail", func(t *testing.T) {
		a := newAccounts(t)
		t0 := a.clock.now()
		for i := range pedigree.MaxFailuresPerEmail {
			a.clock.set(t0.Add(time.Duration(i) * time.Minute))
			if _, _, err := a.users.Login(ctx, adaEmail, "a wrong password", fmt.Sprintf("192.0.2.%d", i)); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
				t.Fatalf("failure %d: got %v, want unauthorized", i+1, err)
			}
		}
		for _, client := range []string{"192.0.2.1", "198.51.100.1"} {
			_, _, err := a.users.Login(ctx, "Ada@Example.com", adaPassword, client)
			if want := "Too many failed sign-ins: try again in 11 minutes."; pedigree.ErrorCode(err) != pedigree.ERATELIMITED || err.Error() != want {
				t.Fatalf("right password from %s after %d failures: got %v, want %q", client, pedigree.MaxFailuresPerEmail, err, want)
			}
		}
		a.clock.set(t0.Add(pedigree.LoginWindow - time.Second))
		if _, _, err := a.users.Login(ctx, adaEmail, adaPassword, "192.0.2.1"); err == nil || err.Error() != "Too many failed sign-ins: try again in 1 minute." {
			t.Fatalf("a second before the first failure leaves the window: got %v", err)
		}
		a.clock.set(t0.Add(pedigree.LoginWindow)) // the first failure has left the window
		if _, _, err := a.users.Login(ctx, adaEmail, adaPassword, "192.0.2.1"); err != nil {
			t.Fatalf("once the first failure left the window: %v", err)
		}
		assertFailures(t, a.pool, adaEmail, 0) // a sign-in clears its email's failures
	})
	t.Run("ErrByClient", func(t *testing.T) {
		a := newAccounts(t)
		t0 := a.clock.now()
		const client = "203.0.113.9"
		for i := range pedigree.MaxFailuresPerClient {
			if _, _, err := a.users.Login(ctx, fmt.Sprintf("guess%d@example.com", i), "a wrong password", client); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
				t.Fatalf("failure %d: got %v, want unauthorized", i+1, err)
			}
		}
		_, _, err := a.users.Login(ctx, adaEmail, adaPassword, client)
		if want := "Too many failed sign-ins: try again in 15 minutes."; pedigree.ErrorCode(err) != pedigree.ERATELIMITED || err.Error() != want {
			t.Fatalf("right password from %s after %d failures there: got %v, want %q", client, pedigree.MaxFailuresPerClient, err, want)
		}
		if _, _, err := a.users.Login(ctx, adaEmail, adaPassword, "198.51.100.1"); err != nil {
			t.Fatalf("from another client: %v", err)
		}
		a.clock.set(t0.Add(pedigree.LoginWindow))
		if _, _, err := a.users.Login(ctx, adaEmail, adaPassword, client); err != nil {
			t.Fatalf("after the window: %v", err)
		}
	})
	t.Run("ErrBurst", func(t *testing.T) {
		// Parallel guesses see each other: no more than the limit are checked.
		a := newAccounts(t)
		const n = 3 * pedigree.MaxFailuresPerEmail
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() { _, _, errs[i] = a.users.Login(ctx, adaEmail, "a wrong password", fmt.Sprintf("192.0.2.%d", i)) })
		}
		wg.Wait()
		var checked int
		for _, err := range errs {
			switch pedigree.ErrorCode(err) {
			case pedigree.EUNAUTHORIZED:
				checked++
			case pedigree.ERATELIMITED:
			default:
				t.Fatalf("got %v, want unauthorized or rate limited", err)
			}
		}
		if checked > pedigree.MaxFailuresPerEmail {
			t.Fatalf("%d of %d parallel guesses checked, want %d at most", checked, n, pedigree.MaxFailuresPerEmail)
		}
		assertFailures(t, a.pool, adaEmail, checked) // refused attempts are not failures
	})
}

// assertFailures checks that login_failures holds want failures for email.
func assertFailures(tb testing.TB, pool *pgxpool.Pool, email string, want int) {
	tb.Helper()
	var got int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM login_failures WHERE email = $1`, email).Scan(&got); err != nil {
		tb.Fatal(err)
	}
	if got != want {
		tb.Fatalf("%d failures stored for %s, want %d", got, email, want)
	}
}

func assertSession(tb testing.TB, got, want pedigree.Session) {
	tb.Helper()
	if got.User != want.User || !got.CreatedAt.Equal(want.CreatedAt) || !got.ExpiresAt.Equal(want.ExpiresAt) {
		tb.Fatalf("got session %+v, want %+v", got, want)
	}
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
