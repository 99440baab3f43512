package httpapi

import (
	"context"
	"net/http"

	"github.com/pedigree-rx/pedigree/internal/epcis"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// transactionData returns the US DSCSA transaction data of the last shipment of token id, to
// a party of one of its transactions or a regulator; anyone else is told no more than that
// the token is unknown to them.
func (s *Server) transactionData(ctx context.Context, org pedigree.Organisation, id pedigree.TokenID) (pedigree.TransactionData, error) {
	tp, err := s.deps.Provenance.Token(ctx, id)
	if err != nil {
		return pedigree.TransactionData{}, err
	}
	sscc := ""
	if cs, err := s.deps.Containers.Containers(ctx, tp.Batch.ID); err != nil {
		return pedigree.TransactionData{}, err
	} else if c, ok := epcis.Outermost(cs, uint32(tp.Token.Start), uint32(tp.Token.End)); ok {
		sscc = c.SSCC
	}
	d, err := pedigree.Transactions(tp, sscc)
	if err != nil {
		return d, err
	}
	if !pedigree.SeesEverything(org) {
		party := false
		for _, t := range d.History {
			party = party || t.Seller.Account == org.Account || t.Buyer.Account == org.Account
		}
		if !party {
			return pedigree.TransactionData{}, pedigree.Errorf(pedigree.ENOTFOUND, "shipment %s is not among what you have held", id)
		}
	}
	return d, nil
}

// handleTransactionAPI answers a shipment's transaction information, history and statement
// (US DSCSA) as one JSON document.
func (s *Server) handleTransactionAPI(w http.ResponseWriter, r *http.Request) {
	s.action(w, r, func(org pedigree.Organisation, id pedigree.TokenID) (any, error) {
		return s.transactionData(r.Context(), org, id)
	})
}

// transactionPage is a shipment's printable transaction data.
type transactionPage struct {
	D pedigree.TransactionData
}

// handleTransactionPage shows a shipment's transaction data as a printable page.
func (s *Server) handleTransactionPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	id, err := tokenParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d, err := s.transactionData(r.Context(), *u.org(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "transaction", "Transaction data", transactionPage{D: d})
}
