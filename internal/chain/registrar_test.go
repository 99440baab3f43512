package chain_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestRegistrar(t *testing.T) {
	h := chaintest.New(t)
	pool := pgtest.NewPool(t)
	ctx := context.Background()
	orgs := postgres.NewOrganisations(pool)
	org := func(name string, role pedigree.Role, a chaintest.Account) pedigree.Organisation {
		o, err := orgs.Create(ctx, pedigree.Organisation{Name: name, GLN: "4012345000016", Role: role, Account: pedigree.Address(a.Addr)})
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	maker := org("Acme Pharma", pedigree.RoleManufacturer, h.Manufacturer)
	wholesaler := org("Wholesale One", pedigree.RoleDistributor, h.Distributor)
	// The second manufacturer owns its prefix, and is suspended: only the chain knows that.
	suspended := org("Suspended Pharma", pedigree.RoleManufacturer, h.Manufacturer2)
	h.Ok(h.C.SuspendParticipant(ctx, h.Regulator.S, h.Manufacturer2.Addr))
	senders := chain.NewSenders(h.Manufacturer.S, h.Distributor.S, h.Manufacturer2.S)
	now := time.Unix(int64(h.Head().Time), 0).UTC()
	r := chain.NewRegistrar(h.C, senders, postgres.NewBatches(pool), func() time.Time { return now }, slog.New(slog.DiscardHandler))
	valid := func(lot string) pedigree.NewBatch {
		return pedigree.NewBatch{GTIN: "09506000134352", Lot: lot, Expiry: now.AddDate(2, 0, 0), Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}, Quantity: 1000}
	}
	stored := func(lot string) int {
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM serials s JOIN batch_details d USING (batch_id) WHERE d.lot = $1`, lot).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	t.Run("OKGenerated", func(t *testing.T) {
		got, err := r.Register(ctx, maker, valid("GEN-1"))
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != "confirmed" || len(got.Serials) != 1000 || got.TokenID != pedigree.TokenIDFromBig(chain.BatchID(9506000134352, "GEN-1")) {
			t.Fatalf("got %+v", got)
		}
		for _, s := range got.Serials[:10] {
			if len(s) != chain.SerialLength || strings.ContainsAny(s, "ILOU") {
				t.Errorf("serial %q", s)
			}
		}
		b, err := h.C.Batch(ctx, got.TokenID.Big())
		if err != nil {
			t.Fatal(err)
		}
		tree, _ := merkle.New(got.Serials)
		if b.SerialsRoot != tree.Root() || h.Owner(got.TokenID.Big()) != h.Manufacturer.Addr {
			t.Fatalf("on chain: %+v", b)
		}
		if n := stored("GEN-1"); n != 1000 {
			t.Fatalf("%d serials stored", n)
		}
	})
	t.Run("OKGivenSerials", func(t *testing.T) {
		b := valid("GIVEN-1")
		b.Quantity, b.Serials = 0, chaintest.Serials("S", 100)
		got, err := r.Register(ctx, maker, b)
		if err != nil || got.Status != "confirmed" || got.Serials != nil {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
	for _, tc := range []struct {
		name, code string
		org        pedigree.Organisation
		edit       func(*pedigree.NewBatch)
		mention    string
	}{
		{"ErrRole", pedigree.EFORBIDDEN, wholesaler, func(b *pedigree.NewBatch) {}, "manufacturers"},
		{"ErrCheckDigit", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.GTIN = "09506000134353" }, "gtin"},
		{"ErrLot", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.Lot = "LOT 1" }, "lot"},
		{"ErrExpired", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.Expiry = now.AddDate(0, 0, -2) }, "expiry"},
		{"ErrNoProduct", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.Product.Name = "" }, "product"},
		{"ErrQuantity", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.Quantity = 0 }, "quantity"},
		{"ErrDuplicateSerial", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.Quantity, b.Serials = 0, []string{"A1", "B2", "A1"} }, "serial 3"},
		{"ErrSerialCharacter", pedigree.EINVALID, maker, func(b *pedigree.NewBatch) { b.Quantity, b.Serials = 0, []string{"A1", "B 2"} }, "serial 2"},
		{"ErrExists", pedigree.ECONFLICT, maker, func(b *pedigree.NewBatch) { b.Lot = "GEN-1" }, "already"},
		{"ErrGTINOfAnother", pedigree.EFORBIDDEN, maker, func(b *pedigree.NewBatch) { b.GTIN = "04012345000016" }, "gtin: 04012345000016 belongs to another manufacturer"},
		{"ErrGTINUnassigned", pedigree.EFORBIDDEN, maker, func(b *pedigree.NewBatch) { b.GTIN = "05012345678900" }, "gtin: 05012345678900 is not assigned"},
		{"ErrRefusedByChain", pedigree.EFORBIDDEN, suspended, func(b *pedigree.NewBatch) { b.GTIN = "04012345000016" }, "suspended"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := valid(badLot(tc.name))
			tc.edit(&b)
			nonce, _ := h.Client.NonceAt(ctx, common.Address(tc.org.Account), nil)
			_, err := r.Register(ctx, tc.org, b)
			if pedigree.ErrorCode(err) != tc.code || !strings.Contains(pedigree.ErrorMessage(err), tc.mention) {
				t.Fatalf("got %s %q, want %s mentioning %q", pedigree.ErrorCode(err), pedigree.ErrorMessage(err), tc.code, tc.mention)
			}
			if tc.name != "ErrExists" && stored(b.Lot) != 0 {
				t.Fatal("a refused batch left serials behind")
			}
			if after, _ := h.Client.NonceAt(ctx, common.Address(tc.org.Account), nil); after != nonce {
				t.Fatal("a refused registration sent a transaction")
			}
		})
	}
	t.Run("RetryAfterRefusal", func(t *testing.T) {
		// The lot the chain refused was forgotten, so it can be registered again.
		if _, err := r.Register(ctx, maker, valid(badLot("ErrRefusedByChain"))); err != nil {
			t.Fatal(err)
		}
	})
}

// badLot is a lot of at most 20 characters for a test case.
func badLot(name string) string { return ("BAD-" + name)[:min(20, len(name)+4)] }

func BenchmarkRegister100k(b *testing.B) {
	h := chaintest.New(b)
	pool := pgtest.NewPool(b)
	ctx := context.Background()
	maker, err := postgres.NewOrganisations(pool).Create(ctx, pedigree.Organisation{Name: "Acme", GLN: "4012345000016", Role: pedigree.RoleManufacturer, Account: pedigree.Address(h.Manufacturer.Addr)})
	if err != nil {
		b.Fatal(err)
	}
	now := time.Unix(int64(h.Head().Time), 0).UTC()
	r := chain.NewRegistrar(h.C, chain.NewSenders(h.Manufacturer.S), postgres.NewBatches(pool), func() time.Time { return now }, slog.New(slog.DiscardHandler))
	serials := chaintest.Serials("BS-", 100_000)
	b.ResetTimer()
	for i := range b.N {
		_, err := r.Register(ctx, maker, pedigree.NewBatch{GTIN: "09506000134352", Lot: "B" + strings.Repeat("0", 3) + string(rune('A'+i%26)) + time.Now().Format("150405.000"),
			Expiry: now.AddDate(1, 0, 0), Product: pedigree.Product{Name: "Bench"}, Serials: serials})
		if err != nil {
			b.Fatal(err)
		}
	}
}
