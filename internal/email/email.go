// Package email sends pedigree's e-mail (invitations and password-reset links) through an
// SMTP relay named by a URL: smtp://user:password@host:port upgrades the connection with
// STARTTLS whenever the relay offers it, smtps:// speaks TLS from the first byte. The password
// is sent only over TLS, or to a relay on this machine (localhost, a loopback address).
package email

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Default ports: mail submission with STARTTLS, and submission over TLS (RFC 8314).
const (
	DefaultPort    = 587
	DefaultTLSPort = 465
)

// Mailer sends mail through one SMTP relay. It implements pedigree.Mailer.
type Mailer struct {
	addr        string // host:port
	host        string
	implicitTLS bool // smtps://
	user        string
	password    string
	from        mail.Address

	// RootCAs are the authorities the relay's certificate must chain to; nil: the system's.
	RootCAs *x509.CertPool
	// Timeout bounds one message's whole conversation (30 s when zero).
	Timeout time.Duration
	// Hello is the name given in EHLO (this machine's host name when empty).
	Hello string
	// Now is the clock of the Date header; nil means time.Now.
	Now func() time.Time
}

var _ pedigree.Mailer = (*Mailer)(nil)

// New returns a mailer for the relay rawURL, sending as from (an address, with or without a
// display name: "pedigree <noreply@agency.example>"). The errors name what is wrong in the URL
// without repeating its password; ErrURL and ErrFrom tell which setting it is.
func New(rawURL, from string) (*Mailer, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: not a URL (smtp://user:password@host:port or smtps://...)", ErrURL)
	}
	m := &Mailer{}
	port := DefaultPort
	switch u.Scheme {
	case "smtp":
	case "smtps":
		m.implicitTLS, port = true, DefaultTLSPort
	default:
		return nil, fmt.Errorf("%w: %s is neither smtp:// (STARTTLS when offered) nor smtps:// (TLS)", ErrURL, u.Redacted())
	}
	m.host = u.Hostname()
	if m.host == "" {
		return nil, fmt.Errorf("%w: %s names no host", ErrURL, u.Redacted())
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return nil, fmt.Errorf("%w: %s: the port is not a number from 1 to 65535", ErrURL, u.Redacted())
		}
		port = n
	}
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%w: %s: give only user:password@host:port, no path or query", ErrURL, u.Redacted())
	}
	m.addr = net.JoinHostPort(m.host, strconv.Itoa(port))
	if u.User != nil {
		m.user = u.User.Username()
		m.password, _ = u.User.Password()
		if m.user == "" {
			return nil, fmt.Errorf("%w: %s: a password without a user name", ErrURL, u.Redacted())
		}
	}
	a, err := mail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("%w: %q is not an e-mail address (e.g. pedigree <noreply@agency.example>)", ErrFrom, from)
	}
	m.from = *a
	return m, nil
}

// ErrURL and ErrFrom wrap New's errors: the relay's URL, or the sender's address, is wrong.
var (
	ErrURL  = errors.New("relay URL")
	ErrFrom = errors.New("sender address")
)

// Relay implements pedigree.Mailer: the relay's scheme, user and address, never the password.
func (m *Mailer) Relay() string {
	u := url.URL{Scheme: "smtp", Host: m.addr}
	if m.implicitTLS {
		u.Scheme = "smtps"
	}
	if m.user != "" {
		u.User = url.User(m.user)
	}
	return u.String()
}

// From returns the sender's address.
func (m *Mailer) From() mail.Address { return m.from }

// local reports whether host is this machine, where a password may travel without TLS.
func local(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Send implements pedigree.Mailer: one message, one connection.
func (m *Mailer) Send(ctx context.Context, msg pedigree.Mail) error {
	to, err := mail.ParseAddress(msg.To)
	if err != nil || to.Name != "" {
		return pedigree.Errorf(pedigree.EINVALID, "%q is not an e-mail address", msg.To)
	}
	data, err := m.compose(*to, msg)
	if err != nil {
		return err
	}
	timeout := m.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := m.send(ctx, to.Address, data); err != nil {
		// EUNAVAILABLE: the relay, not the caller, failed; the message is safe to show (no password).
		return pedigree.Errorf(pedigree.EUNAVAILABLE, "mail to %s through %s: %v", to.Address, m.Relay(), err)
	}
	return nil
}

func (m *Mailer) send(ctx context.Context, to string, data []byte) error {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", m.addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	deadline, _ := ctx.Deadline()
	_ = conn.SetDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) }) // a cancelled request stops the conversation
	defer stop()
	tlsConfig := &tls.Config{ServerName: m.host, RootCAs: m.RootCAs, MinVersion: tls.VersionTLS12}
	if m.implicitTLS {
		tc := tls.Client(conn, tlsConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			return fmt.Errorf("TLS: %w", err)
		}
		conn = tc
	}
	c, err := smtp.NewClient(conn, m.host)
	if err != nil {
		return err
	}
	defer c.Close()
	hello := m.Hello
	if hello == "" {
		if hello, err = os.Hostname(); err != nil || hello == "" {
			hello = "localhost"
		}
	}
	if err := c.Hello(hello); err != nil {
		return err
	}
	secure := m.implicitTLS
	if ok, _ := c.Extension("STARTTLS"); ok && !secure {
		if err := c.StartTLS(tlsConfig); err != nil {
			return fmt.Errorf("STARTTLS: %w", err)
		}
		secure = true
	}
	if m.user != "" {
		if !secure && !local(m.host) {
			return errors.New("the relay offers no STARTTLS: the password is sent only over TLS (use smtps://, or a relay that offers STARTTLS)")
		}
		ok, mechanisms := c.Extension("AUTH")
		if !ok {
			return errors.New("the relay offers no sign-in (AUTH), but the URL has a user: remove it or use a relay that signs in")
		}
		var auth smtp.Auth = smtp.PlainAuth("", m.user, m.password, m.host)
		if !strings.Contains(" "+strings.ToUpper(mechanisms)+" ", " PLAIN ") && strings.Contains(" "+strings.ToUpper(mechanisms)+" ", " LOGIN ") {
			auth = loginAuth{user: m.user, password: m.password}
		}
		if err := c.Auth(auth); err != nil {
			return fmt.Errorf("sign in as %s: %w", m.user, err)
		}
	}
	if err := c.Mail(m.from.Address); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// loginAuth is the LOGIN mechanism, for relays that offer no PLAIN; Send has checked the
// connection is secure or local.
type loginAuth struct{ user, password string }

func (a loginAuth) Start(*smtp.ServerInfo) (string, []byte, error) { return "LOGIN", nil, nil }

func (a loginAuth) Next(challenge []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	switch strings.ToLower(strings.TrimSpace(string(challenge))) {
	case "username:":
		return []byte(a.user), nil
	case "password:":
		return []byte(a.password), nil
	}
	return nil, fmt.Errorf("unexpected LOGIN challenge %q", challenge)
}

// compose writes msg as a MIME message: UTF-8 plain text, quoted-printable, the subject
// encoded when it is not ASCII.
func (m *Mailer) compose(to mail.Address, msg pedigree.Mail) ([]byte, error) {
	now := time.Now
	if m.Now != nil {
		now = m.Now
	}
	id := make([]byte, 12)
	if _, err := rand.Read(id); err != nil {
		return nil, err
	}
	domain := m.from.Address[strings.LastIndexByte(m.from.Address, '@')+1:]
	var b bytes.Buffer
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	header("From", m.from.String())
	header("To", to.String())
	header("Subject", mime.QEncoding.Encode("utf-8", msg.Subject))
	header("Date", now().Format(time.RFC1123Z))
	header("Message-ID", "<"+hex.EncodeToString(id)+"@"+domain+">")
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	header("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	body := strings.ReplaceAll(strings.ReplaceAll(msg.Body, "\r\n", "\n"), "\n", "\r\n")
	if _, err := qp.Write([]byte(body)); err != nil {
		return nil, err
	}
	if err := qp.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
