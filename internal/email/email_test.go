package email_test

import (
	"context"
	"errors"
	"mime"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/email"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/smtptest"
)

const password = "s3cret-Relay-pw"

func TestNew(t *testing.T) {
	for _, tc := range []struct {
		name, url, from string
		want            error  // nil: accepted
		relay           string // what Relay says when accepted
	}{
		{"OK", "smtp://mailer:" + password + "@relay.example", "pedigree <noreply@agency.example>", nil, "smtp://mailer@relay.example:587"},
		{"OKImplicitTLS", "smtps://mailer:" + password + "@relay.example", "noreply@agency.example", nil, "smtps://mailer@relay.example:465"},
		{"OKNoUser", "smtp://127.0.0.1:25", "noreply@agency.example", nil, "smtp://127.0.0.1:25"},
		{"ErrScheme", "https://mailer:" + password + "@relay.example", "noreply@agency.example", email.ErrURL, ""},
		{"ErrNoHost", "smtp://mailer:" + password + "@:25", "noreply@agency.example", email.ErrURL, ""},
		{"ErrPort", "smtp://mailer:" + password + "@relay.example:99999", "noreply@agency.example", email.ErrURL, ""},
		{"ErrPath", "smtp://mailer:" + password + "@relay.example/x?y=1", "noreply@agency.example", email.ErrURL, ""},
		{"ErrPasswordWithoutUser", "smtp://:" + password + "@relay.example", "noreply@agency.example", email.ErrURL, ""},
		{"ErrFrom", "smtp://relay.example", "pedigree", email.ErrFrom, ""},
		{"ErrFromEmpty", "smtp://relay.example", "", email.ErrFrom, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := email.New(tc.url, tc.from)
			if !errors.Is(err, tc.want) {
				t.Fatalf("New(%q, %q): %v, want %v", tc.url, tc.from, err, tc.want)
			}
			if err != nil {
				if strings.Contains(err.Error(), password) {
					t.Errorf("the error holds the password: %v", err)
				}
				return
			}
			if got := m.Relay(); got != tc.relay {
				t.Errorf("Relay() = %q, want %q", got, tc.relay)
			}
		})
	}
}

// nonLoopback returns an address of this machine that is not a loopback one.
func nonLoopback(t *testing.T) string {
	t.Helper()
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP.String()
		}
	}
	t.Skip("this machine has no IPv4 address but loopback ones: the refusal to send a password in clear to another machine cannot be tried")
	return ""
}

func TestSend(t *testing.T) {
	msg := pedigree.Mail{To: "boss@pharmacy.test", Subject: "Your invitation to Apotek Ørsted", Body: "Hello,\n\n.a line starting with a dot\nhttps://verify.example/invitations/" + strings.Repeat("x", 90) + "\n"}
	for _, tc := range []struct {
		name   string
		opts   smtptest.Options
		user   string
		host   string // the host the URL names; "" the server's address
		trust  bool
		refuse string
		// want: "" sent; otherwise a part of the error.
		want      string
		wantTLS   bool
		wantAuths []string
	}{
		{name: "OKPlainNoUser", opts: smtptest.Options{}},
		{name: "OKSTARTTLS", opts: smtptest.Options{STARTTLS: true, User: "mailer", Password: password}, user: "mailer", trust: true, wantTLS: true, wantAuths: []string{"mailer secure"}},
		{name: "OKImplicitTLS", opts: smtptest.Options{ImplicitTLS: true, User: "mailer", Password: password}, user: "mailer", trust: true, wantTLS: true, wantAuths: []string{"mailer secure"}},
		{name: "OKSTARTTLSWithoutUser", opts: smtptest.Options{STARTTLS: true}, trust: true, wantTLS: true},
		{name: "OKPasswordInClearToLocalhost", opts: smtptest.Options{User: "mailer", Password: password}, user: "mailer", wantAuths: []string{"mailer plain"}},
		{name: "ErrPasswordInClearToAnotherMachine", opts: smtptest.Options{Listen: "0.0.0.0:0", User: "mailer", Password: password}, user: "mailer", host: "remote", want: "the password is sent only over TLS"},
		{name: "ErrUntrustedCertificate", opts: smtptest.Options{STARTTLS: true, User: "mailer", Password: password}, user: "mailer", want: "STARTTLS"},
		{name: "ErrWrongPassword", opts: smtptest.Options{STARTTLS: true, User: "mailer", Password: "another"}, user: "mailer", trust: true, want: "535", wantAuths: []string{"mailer secure"}},
		{name: "ErrRefused", opts: smtptest.Options{}, refuse: "554 5.7.1 relay access denied", want: "relay access denied"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := smtptest.Start(t, tc.opts)
			srv.Refuse(tc.refuse)
			url := srv.URL(tc.user, password)
			if tc.host == "remote" {
				_, port, _ := net.SplitHostPort(srv.Addr)
				url = strings.Replace(url, srv.Addr, net.JoinHostPort(nonLoopback(t), port), 1)
			}
			m, err := email.New(url, "pedigree <noreply@agency.example>")
			if err != nil {
				t.Fatal(err)
			}
			if tc.trust {
				m.RootCAs = srv.Roots
			}
			m.Timeout = 10 * time.Second
			err = m.Send(context.Background(), msg)
			if got := srv.Auths(); strings.Join(got, ",") != strings.Join(tc.wantAuths, ",") {
				t.Errorf("AUTH attempts %q, want %q", got, tc.wantAuths)
			}
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("Send: %v, want an error saying %q", err, tc.want)
				}
				if strings.Contains(err.Error(), password) {
					t.Errorf("the error holds the password: %v", err)
				}
				srv.None(t)
				return
			}
			if err != nil {
				t.Fatalf("Send: %v", err)
			}
			got := srv.Next(t, 5*time.Second)
			if got.TLS != tc.wantTLS || got.From != "noreply@agency.example" || strings.Join(got.To, ",") != "boss@pharmacy.test" {
				t.Errorf("received from %q to %q over TLS %v, want TLS %v", got.From, got.To, got.TLS, tc.wantTLS)
			}
			h, body, err := got.Text()
			if err != nil {
				t.Fatal(err)
			}
			subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
			if err != nil || subject != msg.Subject {
				t.Errorf("subject %q (%v), want %q", subject, err, msg.Subject)
			}
			if body != msg.Body {
				t.Errorf("body %q, want %q", body, msg.Body)
			}
			if !strings.HasPrefix(h.Get("Content-Type"), "text/plain; charset=utf-8") || h.Get("Date") == "" || h.Get("Message-Id") == "" {
				t.Errorf("headers %v", h)
			}
		})
	}
	t.Run("ErrRecipient", func(t *testing.T) {
		srv := smtptest.Start(t, smtptest.Options{})
		m, err := email.New(srv.URL("", ""), "noreply@agency.example")
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Send(context.Background(), pedigree.Mail{To: "a@b.test\r\nBcc: c@d.test", Subject: "x", Body: "x"}); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("a recipient with a header in it: %v, want EINVALID", err)
		}
		srv.None(t)
	})
}
