package pedigree

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Mail is a plain-text e-mail to one person.
type Mail struct {
	To      string // an address, e.g. boss@pharmacy.example
	Subject string
	Body    string // plain text, lines ending in \n
}

// Mailer sends e-mail. A service without one shows one-time links to pass on instead.
type Mailer interface {
	// Send hands m to the mail relay. The error says what failed (connection, TLS, sign-in,
	// a refused address) and never holds the relay's password.
	Send(ctx context.Context, m Mail) error
	// Relay names the relay, without its password, for logs and pages.
	Relay() string
}

// LinkMail is the mail carrying a one-time link (an invitation or a password reset) issued at
// issued by organisation org to p: plain text naming the organisation, what the link does and
// when it expires (InvitationLife or ResetLife after issued).
func LinkMail(p Person, kind LinkKind, org, link string, issued time.Time) Mail {
	life := LinkLife(kind)
	var b strings.Builder
	hello := "Hello,"
	if p.Name != "" {
		hello = "Hello " + p.Name + ","
	}
	b.WriteString(hello + "\n\n")
	var subject string
	if kind == LinkReset {
		subject = "Set a new pedigree password for " + org
		fmt.Fprintf(&b, "An administrator of %s has issued a link to set a new password for your pedigree account (%s):\n\n", org, p.Email)
	} else {
		subject = "Your invitation to pedigree for " + org
		fmt.Fprintf(&b, "You are invited to pedigree, the medicines verification service, as %s of %s (sign in as %s).\nSet your password with this link:\n\n",
			article(p.Role.String()), org, p.Email)
	}
	fmt.Fprintf(&b, "%s\n\n", link)
	fmt.Fprintf(&b, "The link works once and expires on %s (%s after it was issued).\n", issued.Add(life).UTC().Format("Mon 2 Jan 2006 at 15:04 UTC"), LifeText(life))
	if kind == LinkReset {
		b.WriteString("Your current password works until you set a new one. If you did not ask for this, tell your administrator.\n")
	} else {
		fmt.Fprintf(&b, "If it has expired, ask %s's administrator, or whoever invited you, for a new one.\nIf you did not expect this invitation, ignore this message: nothing happens without the link.\n", org)
	}
	return Mail{To: p.Email, Subject: subject, Body: b.String()}
}

// LinkLife is how long a one-time link of kind works.
func LinkLife(kind LinkKind) time.Duration {
	if kind == LinkReset {
		return ResetLife
	}
	return InvitationLife
}

// LifeText says a link's lifetime in words: "72 hours", "1 hour".
func LifeText(d time.Duration) string {
	if h := int(d / time.Hour); h != 1 {
		return fmt.Sprintf("%d hours", h)
	}
	return "1 hour"
}

// article puts "a" or "an" before a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}
