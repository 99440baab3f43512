package main

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/testkit/ethnode"
	"github.com/pedigree-rx/pedigree/internal/testkit/smtptest"
)

var onboarded = regexp.MustCompile(`onboarded .*: organisation (\d+), account (0x[0-9a-fA-F]{40})`)

func TestOrgAdd(t *testing.T) {
	n := newNetwork(t, ethnode.StartAnvil(t, ethnode.Options{}))
	args := []string{"pedigree", "org", "add", "-as", n.accounts["regulator"].Hex(), "-name", "Northwind Labs", "-role", "manufacturer",
		"-gln", "4098765000010", "-admin", "it@northwind.test", "-prefix", "4098765"}
	var first, again bytes.Buffer
	if err := run(t.Context(), args, getenvOf(n.env()), &first, testWriter{t}); err != nil {
		t.Fatalf("org add: %v\n%s", err, first.String())
	}
	m := onboarded.FindStringSubmatch(first.String())
	if m == nil || !strings.Contains(first.String(), "/invitations/") {
		t.Fatalf("org add printed no organisation and invitation:\n%s", first.String())
	}
	t.Run("AgainDoublesNothing", func(t *testing.T) {
		if err := run(t.Context(), args, getenvOf(n.env()), &again, testWriter{t}); err != nil {
			t.Fatalf("org add again: %v\n%s", err, again.String())
		}
		if m2 := onboarded.FindStringSubmatch(again.String()); m2 == nil || m2[1] != m[1] || m2[2] != m[2] {
			t.Errorf("again: %s, want organisation %s, account %s", again.String(), m[1], m[2])
		}
	})
	t.Run("MailedThroughARelay", func(t *testing.T) {
		relay := smtptest.Start(t, smtptest.Options{User: "pedigree", Password: smtpPassword}) // on this machine: no TLS needed
		env := append(n.env(), app.EnvSMTPURL+"="+relay.URL("pedigree", smtpPassword), app.EnvMailFrom+"=noreply@agency.test",
			app.EnvBaseURL+"=https://verify.agency.test")
		var out, errs bytes.Buffer
		if err := run(t.Context(), args, getenvOf(env), &out, &errs); err != nil {
			t.Fatalf("org add: %v\n%s", err, out.String())
		}
		if !strings.Contains(out.String(), "invitation sent to it@northwind.test") || strings.Contains(out.String()+errs.String(), smtpPassword) {
			t.Errorf("org add printed:\n%s\n%s", out.String(), errs.String())
		}
		_, body, err := relay.Next(t, 10*time.Second).Text()
		link := regexp.MustCompile(`https://verify\.agency\.test/invitations/\S+`).FindString(body)
		if err != nil || link == "" || !strings.Contains(out.String(), link) || !strings.Contains(body, "Northwind Labs") {
			t.Errorf("the mail (%v) does not carry the printed link:\n%s", err, body)
		}
	})
	t.Run("ErrGLN", func(t *testing.T) {
		bad := append([]string{}, args...)
		bad[10] = "4098765000011" // -gln's value, a wrong check digit
		err := run(t.Context(), bad, getenvOf(n.env()), io.Discard, io.Discard)
		var eerr exitError
		if !errors.As(err, &eerr) || eerr.code != 2 || !strings.Contains(eerr.msg, "gln") {
			t.Errorf("got %v, want exit status 2 naming gln", err)
		}
	})
}
