package httpapi

import (
	"context"
	"errors"
	"regexp"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Messages for people. The domain's messages are sentences already (the contract's errors are
// turned into sentences in chain.DomainError, with their names kept apart in Error.Reason);
// what a page adds here is the names people know parties by, where a message names an
// account, and words for what an action moved.

// accountPattern matches an account as messages write it: 0x and 40 hex digits, no more.
var accountPattern = regexp.MustCompile(`0x[0-9a-fA-F]{40}\b`)

// nameAccounts writes each account msg names as the participant's name (or GLN), as pages
// name parties. An account no participant has, or a directory that does not answer, leaves
// the account as it is: still true, if less readable.
func (s *Server) nameAccounts(ctx context.Context, msg string) string {
	if s.deps.Directory == nil || !accountPattern.MatchString(msg) {
		return msg
	}
	parts, err := s.deps.Directory.Participants(ctx)
	if err != nil {
		return msg
	}
	names := make(map[string]string, len(parts))
	for _, p := range parts {
		names[strings.ToLower(p.Account.String())] = p.Party.String()
	}
	return accountPattern.ReplaceAllStringFunc(msg, func(a string) string {
		if n, ok := names[strings.ToLower(a)]; ok {
			return n
		}
		return a
	})
}

// reason returns the name for programs of what refused err (a contract's custom error), "" if
// none.
func reason(err error) string {
	var e *pedigree.Error
	if errors.As(err, &e) {
		return e.Reason
	}
	return ""
}

// packsOf describes a token's packs for people: "16 packs (33 to 48) of Demoprofen 200 mg
// tablet, lot VERIFY", or "the packs" when the projection does not know the token.
func (s *Server) packsOf(ctx context.Context, id pedigree.TokenID) (string, *pedigree.TokenProvenance) {
	p := langOfContext(ctx).printer
	tp, err := s.deps.Provenance.Token(ctx, id)
	if err != nil {
		return p.Sprintf("the packs"), nil
	}
	product := tp.Batch.Product.String()
	if product == "" {
		product = "GTIN " + tp.Batch.GTIN
	}
	packs := p.Sprintf("%s packs (%s to %s)", p.Sprint(tp.Token.Packs), p.Sprint(tp.Token.Start+1), p.Sprint(tp.Token.End))
	if tp.Token.Packs == 1 {
		packs = p.Sprintf("pack %s", p.Sprint(tp.Token.Start+1))
	}
	return p.Sprintf("%s of %s, lot %s", packs, product, tp.Batch.Lot), &tp
}

// langOfContext returns the language of the request whose context ctx is (or derives from),
// for texts written where only the context is at hand.
func langOfContext(ctx context.Context) *lang {
	if l, ok := ctx.Value(langKey{}).(*lang); ok {
		return l
	}
	return languages[0]
}

// partyNamed returns the name of the participant with account, or its account.
func (s *Server) partyNamed(ctx context.Context, account pedigree.Address) string {
	return s.nameAccounts(ctx, account.String())
}
