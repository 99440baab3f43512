package postgres_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestTwoFactor(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.NewPool(t)
	c := &clock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
	org, err := postgres.NewOrganisations(pool).Create(ctx, pedigree.Organisation{Name: "Corner Pharmacy", GLN: "4012345000054", Role: pedigree.RoleDispenser, Account: pedigree.Address{7}})
	if err != nil {
		t.Fatal(err)
	}
	users := postgres.NewUsers(pool, c.now)
	ada, err := users.Create(ctx, org.ID, "ada@example.com", "Ada Lovelace", "correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	tf, err := postgres.NewTwoFactor(pool, c.now, bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	code := func(t *testing.T, secret string) string {
		t.Helper()
		s, err := totp.GenerateCode(secret, c.now())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	wantCode := func(t *testing.T, err error, want string) {
		t.Helper()
		if got := pedigree.ErrorCode(err); got != want {
			t.Fatalf("got %v (%s), want %s", err, got, want)
		}
	}

	var secret string
	var recovery []string
	t.Run("Enrol", func(t *testing.T) {
		if st, err := tf.Status(ctx, ada); err != nil || st.Enabled || st.Required {
			t.Fatalf("before enrolling: %+v, %v; want off and not required (the default)", st, err)
		}
		var uri string
		if secret, uri, err = tf.Enrol(ctx, ada); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(uri, "otpauth://totp/") || !strings.Contains(uri, "secret="+secret) {
			t.Errorf("uri %q", uri)
		}
		again, _, err := tf.Enrol(ctx, ada)
		if err != nil || again != secret {
			t.Errorf("enrolling again before confirming gave another secret (%v): a scanned code would stop working", err)
		}
		var sealed []byte
		if err := pool.QueryRow(ctx, `SELECT secret FROM user_totp WHERE user_id = $1`, ada.ID).Scan(&sealed); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(sealed, []byte(secret)) {
			t.Error("the secret is stored in clear")
		}
		_, err = tf.Confirm(ctx, ada, "000000")
		wantCode(t, err, pedigree.EUNAUTHORIZED)
		if recovery, err = tf.Confirm(ctx, ada, code(t, secret)); err != nil {
			t.Fatal(err)
		}
		if len(recovery) != pedigree.RecoveryCodes {
			t.Fatalf("%d recovery codes, want %d", len(recovery), pedigree.RecoveryCodes)
		}
		if st, _ := tf.Status(ctx, ada); !st.Enabled {
			t.Fatal("not enabled after confirming")
		}
		_, _, err = tf.Enrol(ctx, ada)
		wantCode(t, err, pedigree.ECONFLICT)
	})

	t.Run("OK", func(t *testing.T) {
		c.add(time.Minute) // the confirming code's step is used
		pending, err := tf.Begin(ctx, ada.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := users.Session(ctx, pending); err == nil {
			t.Fatal("a pending sign-in's token opens a session")
		}
		token, sess, err := tf.Complete(ctx, pending, code(t, secret), "192.0.2.1")
		if err != nil {
			t.Fatal(err)
		}
		if got, err := users.Session(ctx, token); err != nil || got.User.ID != ada.ID || sess.User.ID != ada.ID {
			t.Fatalf("session: %+v, %v", got, err)
		}
		_, _, err = tf.Complete(ctx, pending, code(t, secret), "192.0.2.1")
		wantCode(t, err, pedigree.EUNAUTHORIZED) // a pending sign-in ends with its session
	})

	t.Run("ErrReplay", func(t *testing.T) {
		used := code(t, secret) // accepted in OK, in this same step
		pending, _ := tf.Begin(ctx, ada.ID)
		_, _, err := tf.Complete(ctx, pending, used, "192.0.2.1")
		wantCode(t, err, pedigree.EUNAUTHORIZED)
		c.add(10 * time.Second) // still within the code's window
		_, _, err = tf.Complete(ctx, pending, used, "192.0.2.1")
		wantCode(t, err, pedigree.EUNAUTHORIZED)
		c.add(30 * time.Second) // the next step: a new code
		if _, _, err := tf.Complete(ctx, pending, code(t, secret), "192.0.2.1"); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("WindowOneStep", func(t *testing.T) {
		c.add(2 * time.Minute)
		late := code(t, secret)
		c.add(30 * time.Second)
		pending, _ := tf.Begin(ctx, ada.ID)
		if _, _, err := tf.Complete(ctx, pending, late, "192.0.2.1"); err != nil {
			t.Fatalf("a code one step old: %v", err)
		}
		c.add(2 * time.Minute)
		old := code(t, secret)
		c.add(61 * time.Second)
		pending, _ = tf.Begin(ctx, ada.ID)
		_, _, err := tf.Complete(ctx, pending, old, "192.0.2.1")
		wantCode(t, err, pedigree.EUNAUTHORIZED)
		c.add(pedigree.LoginWindow) // let that failure go
	})

	t.Run("RecoveryCode", func(t *testing.T) {
		pending, _ := tf.Begin(ctx, ada.ID)
		if _, _, err := tf.Complete(ctx, pending, " "+strings.ToUpper(recovery[0])+" ", "192.0.2.1"); err != nil {
			t.Fatal(err)
		}
		pending, _ = tf.Begin(ctx, ada.ID)
		_, _, err := tf.Complete(ctx, pending, recovery[0], "192.0.2.1")
		wantCode(t, err, pedigree.EUNAUTHORIZED) // once only
		c.add(pedigree.LoginWindow)
	})

	t.Run("ErrExpired", func(t *testing.T) {
		pending, _ := tf.Begin(ctx, ada.ID)
		c.add(pedigree.PendingLoginTTL + time.Second)
		_, _, err := tf.Complete(ctx, pending, code(t, secret), "192.0.2.1")
		wantCode(t, err, pedigree.EUNAUTHORIZED)
	})

	t.Run("ErrRateLimited", func(t *testing.T) {
		c.add(time.Minute)
		pending, _ := tf.Begin(ctx, ada.ID)
		for range pedigree.MaxCodeFailures {
			_, _, err := tf.Complete(ctx, pending, "000000", "192.0.2.1")
			wantCode(t, err, pedigree.EUNAUTHORIZED)
		}
		_, _, err := tf.Complete(ctx, pending, code(t, secret), "192.0.2.1")
		wantCode(t, err, pedigree.ERATELIMITED)
		// A right password again does not lift the limit: a new pending sign-in is limited too.
		pending, _ = tf.Begin(ctx, ada.ID)
		_, _, err = tf.Complete(ctx, pending, recovery[1], "192.0.2.1")
		wantCode(t, err, pedigree.ERATELIMITED)
		c.add(pedigree.LoginWindow)
		pending, _ = tf.Begin(ctx, ada.ID)
		if _, _, err := tf.Complete(ctx, pending, code(t, secret), "192.0.2.1"); err != nil {
			t.Fatalf("after the window: %v", err)
		}
	})

	t.Run("ErrOtherKey", func(t *testing.T) {
		other, _ := postgres.NewTwoFactor(pool, c.now, bytes.Repeat([]byte{2}, 32))
		c.add(time.Minute)
		pending, _ := other.Begin(ctx, ada.ID)
		if _, _, err := other.Complete(ctx, pending, code(t, secret), "192.0.2.1"); err == nil {
			t.Fatal("a secret sealed under another key opened")
		}
	})

	t.Run("Required", func(t *testing.T) {
		if err := tf.SetRequired(ctx, org.ID, true); err != nil {
			t.Fatal(err)
		}
		bob, err := users.Create(ctx, org.ID, "bob@example.com", "Bob", "correct horse battery staple")
		if err != nil {
			t.Fatal(err)
		}
		st, err := tf.Status(ctx, bob)
		if err != nil || !st.Required || st.Enabled {
			t.Fatalf("an administrator of an organisation requiring it: %+v, %v", st, err)
		}
		if _, err := pool.Exec(ctx, `UPDATE users SET role = 'operator' WHERE id = $1`, bob.ID); err != nil {
			t.Fatal(err)
		}
		if st, _ := tf.Status(ctx, bob); st.Required {
			t.Error("required of an operator: the organisation requires it of administrators")
		}
	})
}
