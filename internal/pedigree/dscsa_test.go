package pedigree_test

import (
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestTransactions(t *testing.T) {
	maker := pedigree.Party{Role: pedigree.RoleManufacturer, Name: "Acme Pharma", GLN: "9506000000005"}
	dist := pedigree.Party{Role: pedigree.RoleDistributor, Name: "Wholesale One", GLN: "9506000000012"}
	pharmacy := pedigree.Party{Role: pedigree.RoleDispenser, Name: "Corner Pharmacy", GLN: "9506000000029"}
	batch, whole, part := pedigree.TokenID{1}, pedigree.TokenID{2}, pedigree.TokenID{3}
	at := func(h int) time.Time { return time.Date(2026, 5, 1, h, 0, 0, 0, time.UTC) }
	ev := func(kind string, h int, token pedigree.TokenID, from, to pedigree.Party, tx byte) pedigree.CustodyEvent {
		return pedigree.CustodyEvent{Kind: kind, Time: at(h), Token: token, From: &from, To: &to, TxHash: pedigree.Hash{tx}}
	}
	custody := []pedigree.CustodyEvent{
		{Kind: "registered", Time: at(1), Token: batch, To: &maker},
		{Kind: "split", Time: at(2), Token: whole, To: &maker},
		ev("shipped", 3, whole, maker, pharmacy, 3), // to the wrong party, cancelled
		ev("cancelled", 4, whole, maker, pharmacy, 4),
		ev("shipped", 5, whole, maker, dist, 5),
		ev("accepted", 6, whole, maker, dist, 6),
		{Kind: "split", Time: at(7), Token: part, To: &dist},
		ev("shipped", 8, part, dist, pharmacy, 8),
	}
	tp := pedigree.TokenProvenance{Token: pedigree.TokenView{ID: part, Start: 4, End: 8},
		Batch: pedigree.BatchInfo{GTIN: "09506000134352", Lot: "L1", Product: pedigree.Product{Name: "Demoprofen", Strength: "400 mg"}}, Custody: custody}

	t.Run("InTransit", func(t *testing.T) {
		d, err := pedigree.Transactions(tp, "095060000000000015")
		if err != nil {
			t.Fatal(err)
		}
		if len(d.History) != 2 || d.History[0].Seller != maker || d.History[0].Buyer != dist || d.History[0].AcceptTx != (pedigree.Hash{6}) {
			t.Errorf("history: %+v, want the manufacturer's sale to the distributor, then this one", d.History)
		}
		i := d.Information
		if i.Seller != dist || i.Buyer != pharmacy || !i.InTransit() || i.Packs != 4 || i.SSCC != "095060000000000015" || i.ShipTx != (pedigree.Hash{8}) || i.Product != "Demoprofen" {
			t.Errorf("information: %+v", i)
		}
		if d.Statement.Seller != dist || len(d.Statement.Text) != 7 {
			t.Errorf("statement: %+v, want the distributor's, (A) to (G)", d.Statement)
		}
	})
	t.Run("Received", func(t *testing.T) {
		tp := tp
		tp.Custody = append(append([]pedigree.CustodyEvent{}, custody...), ev("accepted", 9, part, dist, pharmacy, 9))
		d, err := pedigree.Transactions(tp, "")
		if err != nil || d.Information.InTransit() || !d.Information.Received.Equal(at(9)) || d.Information.SSCC != "" {
			t.Errorf("received: %+v %v", d.Information, err)
		}
	})
	t.Run("ErrNeverShipped", func(t *testing.T) {
		tp := tp
		tp.Token.ID = pedigree.TokenID{9}
		if _, err := pedigree.Transactions(tp, ""); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("a token never shipped: %v, want ENOTFOUND", err)
		}
		tp.Token.ID, tp.Custody = whole, custody[:4] // shipped, then cancelled
		if _, err := pedigree.Transactions(tp, ""); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("a cancelled shipment only: %v, want ENOTFOUND", err)
		}
	})
}
