package demo_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/devchain"
)

// TestSetup sets a demo environment up twice on one chain: the first time deploys, registers
// the organisations and assigns the manufacturer the demo GS1 company prefix; the second finds
// it all done and sends nothing.
func TestSetup(t *testing.T) {
	ctx := context.Background()
	env, err := demo.Open(t.TempDir(), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	backend := simulated.NewBackend(env.Alloc(), devchain.SimulatedOsaka())
	t.Cleanup(func() { backend.Close() })
	client := devchain.AutoMine{Client: backend.Client(), Backend: backend}
	senders, err := env.Senders(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)

	c, err := env.Setup(ctx, client, senders, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OKPrefix", func(t *testing.T) {
		owner, err := c.PrefixOwner(ctx, demo.Prefix)
		if err != nil || owner != env.State.Accounts["manufacturer"] {
			t.Fatalf("prefix %s: owner %s (%v), want the manufacturer", demo.Prefix, owner, err)
		}
		// The demo batch's GTIN is the manufacturer's.
		if owner, _ := c.GTINOwner(ctx, 9506000134352); owner != env.State.Accounts["manufacturer"] {
			t.Fatalf("GTIN 09506000134352: owner %s", owner)
		}
	})
	t.Run("OKIdempotent", func(t *testing.T) {
		regulator := env.State.Accounts["regulator"]
		before, err := client.NonceAt(ctx, regulator, nil)
		if err != nil {
			t.Fatal(err)
		}
		again, err := env.Setup(ctx, client, senders, log)
		if err != nil {
			t.Fatal(err)
		}
		if again.Address != c.Address {
			t.Fatalf("second start: contract %s, want %s", again.Address, c.Address)
		}
		if after, _ := client.NonceAt(ctx, regulator, nil); after != before {
			t.Fatalf("second start sent %d transactions", after-before)
		}
	})
}
