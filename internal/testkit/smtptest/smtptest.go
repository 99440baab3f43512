// Package smtptest runs, for tests, a small SMTP server on a local port, written with
// net/textproto: EHLO, STARTTLS (with a certificate made for the test), AUTH PLAIN and LOGIN
// against one user, MAIL, RCPT, DATA and QUIT. It keeps what it received for the test to read,
// and can refuse messages, to test what a failed send does.
package smtptest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"io"
	"math/big"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/textproto"
	"strings"
	"sync"
	"testing"
	"time"
)

// Options say what the server offers.
type Options struct {
	// Listen is the address to listen on ("127.0.0.1:0" when empty).
	Listen string
	// STARTTLS offers TLS upgrades with a certificate for 127.0.0.1, localhost and Hosts.
	STARTTLS bool
	// ImplicitTLS speaks TLS from the first byte (smtps), with the same certificate.
	ImplicitTLS bool
	Hosts       []string
	// User and Password, when User is set, are the one account AUTH accepts; AUTH is offered
	// whether or not the connection is secure, so clients' own refusal is testable.
	User, Password string
}

// Message is one message received.
type Message struct {
	From string
	To   []string
	Data []byte // as sent, dot-unstuffed
	TLS  bool   // received over TLS
	User string // the user signed in, "" when none
}

// Text returns the message's headers and its decoded (quoted-printable) body.
func (m Message) Text() (mail.Header, string, error) {
	msg, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
	if err != nil {
		return nil, "", err
	}
	var body io.Reader = msg.Body
	if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(body)
	}
	b, err := io.ReadAll(body)
	return msg.Header, strings.ReplaceAll(string(b), "\r\n", "\n"), err
}

// Server is a running SMTP server.
type Server struct {
	Addr  string         // host:port it listens on
	Roots *x509.CertPool // trusts its certificate

	opts     Options
	ln       net.Listener
	tls      *tls.Config
	received chan Message
	mu       sync.Mutex
	refuse   string   // a reply to DATA's end instead of 250, "" to accept
	auths    []string // every AUTH attempt: the user and whether it was secure
}

// Start starts a server, stopped when the test ends.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	addr := opts.Listen
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Addr: ln.Addr().String(), opts: opts, ln: ln, received: make(chan Message, 100)}
	if opts.STARTTLS || opts.ImplicitTLS {
		if s.tls, s.Roots, err = certificate(append([]string{"localhost", "127.0.0.1"}, opts.Hosts...)); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Go(func() { s.serve(conn) })
		}
	})
	t.Cleanup(func() {
		_ = ln.Close()
		wg.Wait()
	})
	return s
}

// URL returns the relay URL that reaches the server as user:password (none when empty).
func (s *Server) URL(user, password string) string {
	scheme := "smtp"
	if s.opts.ImplicitTLS {
		scheme = "smtps"
	}
	cred := ""
	if user != "" {
		cred = user + ":" + password + "@"
	}
	return scheme + "://" + cred + s.Addr
}

// Refuse makes the server answer each message's end with reply (e.g. "554 5.7.1 relay
// denied"); "" accepts again.
func (s *Server) Refuse(reply string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse = reply
}

// Auths returns the AUTH attempts so far: "user secure" or "user plain".
func (s *Server) Auths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.auths...)
}

// Next returns the next message received, failing the test after timeout.
func (s *Server) Next(t testing.TB, timeout time.Duration) Message {
	t.Helper()
	select {
	case m := <-s.received:
		return m
	case <-time.After(timeout):
		t.Fatalf("no message reached the SMTP server within %s", timeout)
		return Message{}
	}
}

// None fails the test when a message has been received.
func (s *Server) None(t testing.TB) {
	t.Helper()
	select {
	case m := <-s.received:
		t.Errorf("a message reached the SMTP server: to %v", m.To)
	default:
	}
}

func (s *Server) serve(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(time.Minute))
	secure := false
	if s.opts.ImplicitTLS {
		conn = tls.Server(conn, s.tls)
		secure = true
	}
	tp := textproto.NewConn(conn)
	reply := func(format string, args ...any) bool { return tp.PrintfLine(format, args...) == nil }
	if !reply("220 smtptest ready") {
		return
	}
	var msg Message
	user := ""
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(verb) {
		case "EHLO", "HELO":
			lines := []string{"smtptest"}
			if s.opts.STARTTLS && !secure {
				lines = append(lines, "STARTTLS")
			}
			if s.opts.User != "" {
				lines = append(lines, "AUTH PLAIN LOGIN")
			}
			lines = append(lines, "8BITMIME")
			for i, l := range lines {
				sep := "-"
				if i == len(lines)-1 {
					sep = " "
				}
				reply("250%s%s", sep, l)
			}
		case "STARTTLS":
			if !s.opts.STARTTLS || secure {
				reply("502 5.5.1 not offered")
				continue
			}
			reply("220 2.0.0 go ahead")
			tc := tls.Server(conn, s.tls)
			if err := tc.Handshake(); err != nil {
				return
			}
			conn, secure, user, msg = tc, true, "", Message{}
			tp = textproto.NewConn(conn)
		case "AUTH":
			u, p, ok := s.auth(tp, arg)
			s.mu.Lock()
			s.auths = append(s.auths, u+map[bool]string{true: " secure", false: " plain"}[secure])
			s.mu.Unlock()
			if !ok {
				return
			}
			if s.opts.User == "" || u != s.opts.User || p != s.opts.Password {
				reply("535 5.7.8 authentication credentials invalid")
				continue
			}
			user = u
			reply("235 2.7.0 authenticated")
		case "MAIL":
			if s.opts.User != "" && user == "" {
				reply("530 5.7.0 authentication required")
				continue
			}
			msg = Message{From: address(arg, "FROM:"), TLS: secure, User: user}
			reply("250 2.1.0 ok")
		case "RCPT":
			msg.To = append(msg.To, address(arg, "TO:"))
			reply("250 2.1.5 ok")
		case "DATA":
			if len(msg.To) == 0 {
				reply("503 5.5.1 no recipients")
				continue
			}
			reply("354 go ahead")
			data, err := io.ReadAll(tp.DotReader())
			if err != nil {
				return
			}
			msg.Data = data
			s.mu.Lock()
			refuse := s.refuse
			s.mu.Unlock()
			if refuse != "" {
				reply("%s", refuse)
				continue
			}
			s.received <- msg
			reply("250 2.0.0 queued")
			msg = Message{TLS: secure, User: user}
		case "RSET":
			msg = Message{TLS: secure, User: user}
			reply("250 ok")
		case "NOOP":
			reply("250 ok")
		case "QUIT":
			reply("221 bye")
			return
		default:
			reply("500 5.5.2 unknown command")
		}
	}
}

// address returns the address in a MAIL or RCPT argument: "FROM:<a@b> BODY=8BITMIME".
func address(arg, prefix string) string {
	if len(arg) >= len(prefix) && strings.EqualFold(arg[:len(prefix)], prefix) {
		arg = arg[len(prefix):]
	}
	arg, _, _ = strings.Cut(strings.TrimPrefix(strings.TrimSpace(arg), "<"), ">")
	return arg
}

// auth reads an AUTH exchange (PLAIN with or without an initial response, or LOGIN) and
// returns the user and password; ok is false when the connection broke.
func (s *Server) auth(tp *textproto.Conn, arg string) (user, password string, ok bool) {
	mech, initial, _ := strings.Cut(arg, " ")
	read := func(prompt string) (string, bool) {
		if err := tp.PrintfLine("334 %s", prompt); err != nil {
			return "", false
		}
		l, err := tp.ReadLine()
		if err != nil {
			return "", false
		}
		b, _ := base64.StdEncoding.DecodeString(l)
		return string(b), true
	}
	switch strings.ToUpper(mech) {
	case "PLAIN":
		var resp string
		if initial != "" {
			b, _ := base64.StdEncoding.DecodeString(initial)
			resp = string(b)
		} else if resp, ok = read(""); !ok {
			return "", "", false
		}
		parts := strings.Split(resp, "\x00")
		if len(parts) == 3 {
			return parts[1], parts[2], true
		}
		return "", "", true
	case "LOGIN":
		if user, ok = read(base64.StdEncoding.EncodeToString([]byte("Username:"))); !ok {
			return "", "", false
		}
		password, ok = read(base64.StdEncoding.EncodeToString([]byte("Password:")))
		return user, password, ok
	}
	return "", "", true
}

// certificate makes a self-signed certificate for names and a pool trusting it.
func certificate(names []string) (*tls.Config, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "smtptest"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, IsCA: true, BasicConstraintsValid: true,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}}}, pool, nil
}
