package postgres_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
)

// TestCounterStore holds the counter's store to its refusals: a basket refuses a duplicate
// and a pack beyond MaxBasket, is not claimed twice at once (unless the claim is stale), and a
// result is its user's only, until it expires.
func TestCounterStore(t *testing.T) {
	a := newAccounts(t)
	ctx := t.Context()
	c := postgres.NewCounter(a.pool, a.clock.now)
	bob, err := a.users.Create(ctx, a.org.ID, "bob@example.com", "Bob", adaPassword)
	if err != nil {
		t.Fatal(err)
	}
	expiry := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	code := func(i int) pedigree.PackCode {
		return pedigree.PackCode{GTIN: "09506000134352", Lot: "L1", Serial: fmt.Sprintf("S%03d", i), Expiry: &expiry}
	}

	t.Run("Basket", func(t *testing.T) {
		for i := range pedigree.MaxBasket {
			if err := c.AddToBasket(ctx, a.ada.ID, code(i)); err != nil {
				t.Fatalf("add %d: %v", i, err)
			}
		}
		if err := c.AddToBasket(ctx, a.ada.ID, code(3)); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Errorf("a duplicate: %v, want %s", err, pedigree.ECONFLICT)
		}
		if err := c.AddToBasket(ctx, a.ada.ID, code(pedigree.MaxBasket)); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("one too many: %v, want %s", err, pedigree.EINVALID)
		}
		if err := c.AddToBasket(ctx, bob.ID, code(3)); err != nil {
			t.Errorf("another user's basket: %v", err)
		}
		got, err := c.Basket(ctx, a.ada.ID)
		if err != nil || len(got) != pedigree.MaxBasket || got[0].Serial != "S000" || got[0].Expiry == nil || !got[0].Expiry.Equal(expiry) {
			t.Fatalf("basket: %d packs, first %+v, %v", len(got), got[0], err)
		}
		claimed, err := c.ClaimBasket(ctx, a.ada.ID)
		if err != nil || len(claimed) != pedigree.MaxBasket {
			t.Fatalf("claim: %d, %v", len(claimed), err)
		}
		if _, err := c.ClaimBasket(ctx, a.ada.ID); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Errorf("a second claim: %v, want %s", err, pedigree.ECONFLICT)
		}
		a.clock.add(6 * time.Minute)
		if again, err := c.ClaimBasket(ctx, a.ada.ID); err != nil || len(again) != pedigree.MaxBasket {
			t.Errorf("a stale claim taken over: %d, %v", len(again), err)
		}
		if err := c.RemoveFromBasket(ctx, a.ada.ID, claimed); err != nil {
			t.Fatal(err)
		}
		if _, err := c.ClaimBasket(ctx, a.ada.ID); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("an empty basket: %v, want %s", err, pedigree.EINVALID)
		}
		if got, _ := c.Basket(ctx, bob.ID); len(got) != 1 {
			t.Errorf("Bob's basket holds %d packs, want 1", len(got))
		}
	})

	t.Run("Result", func(t *testing.T) {
		want := pedigree.CounterResult{Message: "Dispensed.", Outcomes: []pedigree.PackOutcome{{Code: code(1), OK: true}}, Undo: []pedigree.PackCode{code(1)}}
		id, err := c.SaveResult(ctx, a.ada.ID, want)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.Result(ctx, a.ada.ID, id)
		if err != nil || got.Message != want.Message || len(got.Undo) != 1 || got.Undo[0].Serial != "S001" || !got.Undo[0].Expiry.Equal(expiry) {
			t.Fatalf("got %+v, %v", got, err)
		}
		if _, err := c.Result(ctx, bob.ID, id); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("another user's result: %v, want %s", err, pedigree.ENOTFOUND)
		}
		a.clock.add(pedigree.ResultLife + time.Second)
		if _, err := c.Result(ctx, a.ada.ID, id); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("an expired result: %v, want %s", err, pedigree.ENOTFOUND)
		}
	})

	t.Run("ErrReportOfNoScan", func(t *testing.T) {
		if err := c.Report(ctx, a.org, a.ada.ID, 12345, "seen"); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("got %v, want %s", err, pedigree.ENOTFOUND)
		}
	})
}
