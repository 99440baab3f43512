package app_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestNewErrConfig(t *testing.T) {
	contract := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	ok := app.Config{RPCURL: "http://127.0.0.1:1", ChainID: 1337, Contract: contract, DatabaseURL: "postgres://nowhere.invalid/x"}
	for _, tc := range []struct {
		name    string
		change  func(*app.Config)
		setting string
	}{
		{"ErrNoChain", func(c *app.Config) { c.RPCURL = "" }, app.EnvRPCURL},
		{"ErrRPCURLScheme", func(c *app.Config) { c.RPCURL = "ftp://node.example" }, app.EnvRPCURL},
		{"ErrRPCURLNoHost", func(c *app.Config) { c.RPCURL = "http://" }, app.EnvRPCURL},
		{"ErrNoChainID", func(c *app.Config) { c.ChainID = 0 }, app.EnvChainID},
		{"ErrNoContract", func(c *app.Config) { c.Contract = common.Address{} }, app.EnvContract},
		{"ErrNoDatabase", func(c *app.Config) { c.DatabaseURL = "" }, app.EnvDatabaseURL},
		{"ErrKeystoreWithoutPassphrase", func(c *app.Config) { c.Keystore = t.TempDir() }, app.EnvPassphraseFile},
		{"ErrBaseURL", func(c *app.Config) { c.BaseURL = "verify.example" }, app.EnvBaseURL},
		{"ErrBaseURLQuery", func(c *app.Config) { c.BaseURL = "https://verify.example/?x=1" }, app.EnvBaseURL},
		{"ErrPublicRPCURL", func(c *app.Config) { c.PublicRPCURL = "ws://node.example" }, app.EnvPublicRPCURL},
		{"ErrPublicRPCURLPassword", func(c *app.Config) { c.PublicRPCURL = "https://user:secret@node.example" }, app.EnvPublicRPCURL},
		{"ErrConfirmations", func(c *app.Config) { c.Confirmations = 100_000 }, app.EnvConfirmations},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok
			tc.change(&cfg)
			_, err := app.New(t.Context(), cfg)
			var cerr *app.ConfigError
			if !errors.As(err, &cerr) || cerr.Setting != tc.setting {
				t.Fatalf("got %v, want a ConfigError naming %s", err, tc.setting)
			}
		})
	}
}

// newService builds the service over a fresh simulated chain and database.
func newService(t *testing.T, h *chaintest.Harness, change func(*app.Config)) *app.Service {
	t.Helper()
	cfg := app.Config{
		Backend:      h.Client,
		Contract:     h.C.Address,
		DeployBlock:  h.DeployBlock(),
		Senders:      h.Senders(),
		Pool:         pgtest.NewPool(t),
		PollInterval: 5 * time.Millisecond,
		LeaderRetry:  20 * time.Millisecond,
		SettleWait:   2 * time.Second,
	}
	if change != nil {
		change(&cfg)
	}
	svc, err := app.New(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(svc.Close)
	return svc
}

// run runs svc until the test ends.
func run(t *testing.T, svc *app.Service) context.CancelFunc {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return cancel
}

func TestReady(t *testing.T) {
	h := chaintest.New(t)
	svc := newService(t, h, nil)
	if err := svc.Ready(t.Context()); err == nil || pedigree.ErrorCode(err) != pedigree.EUNAVAILABLE {
		t.Fatalf("Ready before the node was checked: %v, want EUNAVAILABLE", err)
	}
	run(t, svc)
	waitFor(t, "ready", func() bool { return svc.Ready(t.Context()) == nil })
}

func TestRunErrWrongContract(t *testing.T) {
	h := chaintest.New(t)
	for _, tc := range []struct {
		name     string
		contract common.Address
	}{
		{"ErrNoCode", common.HexToAddress("0x00000000000000000000000000000000000000aa")},
		{"ErrOtherCode", h.Regulator.Addr}, // an account, no code: refused the same way
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc := newService(t, h, func(c *app.Config) { c.Contract = tc.contract })
			err := svc.Run(t.Context())
			var cerr *app.ConfigError
			if !errors.As(err, &cerr) || cerr.Setting != app.EnvContract {
				t.Fatalf("Run = %v, want a ConfigError naming %s", err, app.EnvContract)
			}
		})
	}
}

// TestOneIndexer runs two services on one database: one indexes; when it stops, the other
// takes over.
func TestOneIndexer(t *testing.T) {
	h := chaintest.New(t)
	first := newService(t, h, nil)
	second := newService(t, h, func(c *app.Config) { c.Pool = first.Pool() })
	stopFirst := run(t, first)
	waitFor(t, "the first to index", first.Leading)
	run(t, second)
	time.Sleep(100 * time.Millisecond) // five of its tries at the lock
	if second.Leading() {
		t.Fatal("both index")
	}
	stopFirst()
	waitFor(t, "the second to take over", second.Leading)
}

// TestSettle checks what an action answers about its effect: with a confirmation depth of 1,
// "pending" right after it is mined and "confirmed" once a block lies on top and the
// projection holds it.
func TestSettle(t *testing.T) {
	h := chaintest.New(t)
	svc := newService(t, h, func(c *app.Config) { c.Confirmations = 1 })
	run(t, svc)
	ctx := t.Context()
	regulator := pedigree.Organisation{Name: "Medicines Agency", Role: pedigree.RoleRegulator, Account: pedigree.Address(h.Regulator.Addr)}
	res, err := svc.Custody().SuspendParticipant(ctx, regulator, pedigree.Address(h.Distributor2.Addr))
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != pedigree.TxPending {
		t.Fatalf("at depth 0: %s, want pending", res.Status)
	}
	h.Advance(time.Second) // a block on top
	if err := svc.WaitIndexed(ctx, res.Block); err != nil {
		t.Fatal(err)
	}
	res, err = svc.Custody().ReinstateParticipant(ctx, regulator, pedigree.Address(h.Distributor2.Addr))
	if err != nil || res.Status != pedigree.TxPending {
		t.Fatalf("reinstate at depth 0: %v, %v", res, err)
	}

	t.Run("NoDepth", func(t *testing.T) {
		h := chaintest.New(t)
		svc := newService(t, h, nil)
		run(t, svc)
		regulator := pedigree.Organisation{Name: "Medicines Agency", Role: pedigree.RoleRegulator, Account: pedigree.Address(h.Regulator.Addr)}
		res, err := svc.Custody().SuspendParticipant(ctx, regulator, pedigree.Address(h.Distributor2.Addr))
		if err != nil || res.Status != pedigree.TxConfirmed {
			t.Fatalf("got %v, %v; want confirmed", res, err)
		}
	})
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("waited 10 s for %s", what)
		}
	}
}

// TestRotatedKey runs the service with only a key added on chain to the manufacturer, whose own
// key is retired: once the node is checked, the service signs for the manufacturer with it.
func TestRotatedKey(t *testing.T) {
	h := chaintest.New(t)
	key := h.Keys[0]
	b := h.Register(9506000134352, "ROTATED", 8) // with the manufacturer's own key
	h.Ok(h.C.AddKey(h.Ctx, h.Manufacturer.S, h.Manufacturer.Addr, key.Addr))
	h.Ok(h.C.RetireKey(h.Ctx, key.S, h.Manufacturer.Addr, h.Manufacturer.Addr))
	svc := newService(t, h, func(c *app.Config) { c.Senders = []*chain.Sender{key.S} })
	manufacturer := pedigree.Address(h.Manufacturer.Addr)
	if _, ok := svc.Sender(manufacturer); ok {
		t.Fatal("a sender for the manufacturer before the node was checked")
	}
	if err := svc.Check(t.Context()); err != nil {
		t.Fatal(err)
	}
	snd, ok := svc.Sender(manufacturer)
	if !ok || snd.From() != key.Addr {
		t.Fatalf("the manufacturer's sender: %v, %v; want the added key %s", snd, ok, key.Addr)
	}
	// It acts: the manufacturer splits its batch, held by its account, with the added key.
	org := pedigree.Organisation{Name: "Acme Pharma", Role: pedigree.RoleManufacturer, Account: manufacturer}
	if _, _, err := svc.Custody().Split(t.Context(), org, pedigree.TokenIDFromBig(b.ID), 4); err != nil {
		t.Fatalf("split with the added key: %v", err)
	}
}
