package httpapi

import (
	"net/http"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// One-time links (invitations, password resets) go to their person by e-mail when the
// service has a mailer (Deps.Mailer). Without one, or when the mail fails, the page shows the
// link to whoever issued it, to pass on: a failed send never loses a link.

// linkSent is what became of a one-time link just issued.
type linkSent struct {
	URL    string            `json:"url"` // the link, shown when it was not mailed
	To     string            `json:"to"`  // whom it is for: their e-mail address
	Kind   pedigree.LinkKind `json:"kind"`
	Mailed bool              `json:"mailed"` // sent to To
	Error  string            `json:"error"`  // why the mail failed; "" when sent, or when there is no mailer
	Life   string            `json:"life"`   // how long the link lives, e.g. "72 hours"
}

// sendLink mails the link of token, issued by organisation org, to the person it is for,
// when the service sends mail.
func (s *Server) sendLink(r *http.Request, org, token string) linkSent {
	out := linkSent{URL: s.invitationURL(r, token), Kind: pedigree.LinkInvitation, Life: pedigree.LifeText(pedigree.InvitationLife)}
	p, kind, err := s.deps.People.LinkUser(r.Context(), token)
	if err != nil {
		out.Error = pedigree.ErrorMessage(err)
		return out
	}
	out.To, out.Kind, out.Life = p.Email, kind, pedigree.LifeText(pedigree.LinkLife(kind))
	if s.deps.Mailer == nil {
		return out
	}
	if err := s.deps.Mailer.Send(r.Context(), pedigree.LinkMail(p, kind, org, out.URL, s.deps.Now())); err != nil {
		s.log.Warn("a one-time link was not mailed: shown to pass on", "kind", kind, "to", p.Email, "relay", s.deps.Mailer.Relay(), "err", err)
		out.Error = pedigree.ErrorMessage(err)
		return out
	}
	out.Mailed = true
	return out
}
