package app

import (
	"context"
	"errors"
	"time"

	"github.com/pedigree-rx/pedigree/internal/email"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// newMailer returns the mailer the config names (SMTPURL, MailFrom), nil when it names none.
// Its errors name the setting and never repeat the relay's password.
func newMailer(c *Config) (pedigree.Mailer, error) {
	if c.SMTPURL == "" {
		if c.MailFrom != "" {
			return nil, configErrorf(EnvSMTPURL, "not set, but %s is: give the relay to send mail through, e.g. smtp://user:password@relay.example:587", EnvMailFrom)
		}
		return nil, nil
	}
	if c.MailFrom == "" {
		return nil, configErrorf(EnvMailFrom, "not set: give the address pedigree's mail comes from, e.g. pedigree <noreply@agency.example>")
	}
	m, err := email.New(c.SMTPURL, c.MailFrom)
	switch {
	case errors.Is(err, email.ErrFrom):
		return nil, configErrorf(EnvMailFrom, "%v", err)
	case err != nil:
		return nil, configErrorf(EnvSMTPURL, "%v", err)
	}
	if c.MailRoots != nil {
		m.RootCAs = c.MailRoots
	}
	return m, nil
}

// MailInvitation e-mails an onboarding's invitation, whose link is url (absolute), to its
// administrator, when the service sends mail: what `pedigree org add` calls. It reports
// whether it sent it; the error is the relay's, the link still good to pass on.
func (s *Service) MailInvitation(ctx context.Context, ob pedigree.Onboarding, url string) (bool, error) {
	if s.mailer == nil || ob.InvitationToken == "" {
		return false, nil
	}
	p, kind, err := s.Users.LinkUser(ctx, ob.InvitationToken)
	if err != nil {
		return false, err
	}
	if err := s.mailer.Send(ctx, pedigree.LinkMail(p, kind, ob.Request.Name, url, time.Now())); err != nil {
		return false, err
	}
	return true, nil
}
