// Package worldtest builds, for tests, a world to verify packs in: a simulated chain with
// pedigree's contract and the demo story (demo.Story: a batch split, handed on to a pharmacy,
// one pack dispensed; a second batch recalled), told through the service app.New builds, so
// the serial lists are stored as in production and the projection indexed into a fresh
// database; and organisations with API tokens.
package worldtest

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/app"
	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// GTIN is the GTIN of the world's batches (09506000134352).
const GTIN = 9506000134352

const gtin14 = "09506000134352"

// World is a chain with a story, its projection, and the organisations of the cast.
type World struct {
	H        *chaintest.Harness
	Pool     *pgxpool.Pool
	Batch    chaintest.Batch // lot VERIFY, 64 packs: [48, 64) at the dispenser, pack 50 supplied
	Recalled chaintest.Batch // lot RECALLED, 4 packs, recalled for reason 5
	GTIN     string          // of both batches

	Regulator, Manufacturer, Distributor, Dispenser, Dispenser2 pedigree.Organisation
	// Now is the time of the chain's head when the world was built.
	Now time.Time
}

// Options make a world other than the default one: a test of two deployments builds two
// worlds on two chains, with batches of two GTINs.
type Options struct {
	ChainID uint64 // the chain's id; 0: the simulated backend's, 1337
	// GTIN is the GTIN-14 of the world's batches; "": 09506000134352. One outside the
	// manufacturer's prefix (chaintest.PrefixManufacturer) is assigned to it on its own.
	GTIN string
}

// New builds the world.
func New(t testing.TB) *World {
	t.Helper()
	return NewWith(t, Options{})
}

// NewWith builds the world opts describe.
func NewWith(t testing.TB, opts Options) *World {
	t.Helper()
	ctx := context.Background()
	w := &World{H: chaintest.NewOnChain(t, opts.ChainID), Pool: pgtest.NewPool(t), GTIN: opts.GTIN}
	h := w.H
	if w.GTIN == "" {
		w.GTIN = gtin14
	}
	if !pedigree.PrefixCovers(chaintest.PrefixManufacturer, w.GTIN) {
		n, err := strconv.ParseUint(w.GTIN, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		h.Ok(h.C.AssignGTIN(ctx, h.Regulator.S, n, h.Manufacturer.Addr))
	}
	// The service, built as every way pedigree runs builds it, stores the organisations,
	// registers the batches (storing their serials) and indexes the chain; Serve builds
	// another, on the world's clock, to serve.
	svc, err := app.New(ctx, w.config(nil, time.Now))
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	org := func(name string, role pedigree.Role, gln string, a chaintest.Account) pedigree.Organisation {
		o, err := svc.Organisations.Create(ctx, pedigree.Organisation{Name: name, GLN: gln, Role: role, Account: pedigree.Address(a.Addr)})
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	w.Regulator = org("Medicines Agency", pedigree.RoleRegulator, "4012345000009", h.Regulator)
	w.Manufacturer = org("Acme Pharma", pedigree.RoleManufacturer, "4012345000016", h.Manufacturer)
	w.Distributor = org("Wholesale One", pedigree.RoleDistributor, "4012345000030", h.Distributor)
	w.Dispenser = org("Corner Pharmacy", pedigree.RoleDispenser, "4012345000054", h.Dispenser)
	w.Dispenser2 = org("Other Pharmacy", pedigree.RoleDispenser, "4012345000061", h.Dispenser2)

	cast := demo.Cast{
		Senders: map[demo.Part]*chain.Sender{
			demo.Manufacturer: h.Manufacturer.S, demo.Distributor: h.Distributor.S, demo.Dispenser: h.Dispenser.S,
		},
		Registrar: svc.Registrar, Manufacturer: w.Manufacturer,
	}
	expiry := time.Unix(int64(h.Today()+365)*86400, 0).UTC()
	product := pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}
	tell := func(s demo.Story) chaintest.Batch {
		sc, err := s.Tell(ctx, h.C, cast)
		if err != nil {
			t.Fatal(err)
		}
		return chaintest.Batch{ID: sc.ID, Serials: sc.Serials, Tree: sc.Tree}
	}
	// A batch of 64: packs [32, 64) go to the distributor, [48, 64) on to the pharmacy, which
	// dispenses pack 50. A second batch is recalled.
	w.Batch = tell(demo.Story{
		Batch: pedigree.NewBatch{GTIN: w.GTIN, Lot: "VERIFY", Expiry: expiry, Product: product, Serials: chaintest.Serials("VERIFY-", 64)},
		Ship:  32, Consignments: 2, ToPharmacy: 1, DispenseAt: 2, Dispense: 1,
	})
	w.Recalled = tell(demo.Story{
		Batch:  pedigree.NewBatch{GTIN: w.GTIN, Lot: "RECALLED", Expiry: expiry, Product: product, Serials: chaintest.Serials("RECALLED-", 4)},
		Recall: 5,
	})
	if _, err := svc.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	w.Now = time.Unix(int64(h.Head().Time), 0).UTC()
	return w
}

// Verify verifies code at time at, as scanner (nil: anonymous).
func (w *World) Verify(t testing.TB, at time.Time, code pedigree.PackCode, scanner *pedigree.Organisation) pedigree.Verification {
	t.Helper()
	v := postgres.NewVerifier(w.Pool, func() time.Time { return at })
	got, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: code, Scanner: scanner, Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// Code returns the code of pack index of the VERIFY batch, expiry included.
func (w *World) Code(index int) pedigree.PackCode {
	expiry := time.Unix(int64(w.H.Today()+365)*86400, 0).UTC()
	return pedigree.PackCode{GTIN: w.GTIN, Lot: "VERIFY", Serial: w.Batch.Serials[index], Expiry: &expiry}
}

// Token returns a new API token of org: the organisation's, with an administrator's role, so
// it may call every action of the API its organisation may.
func (w *World) Token(t testing.TB, org pedigree.Organisation) string {
	t.Helper()
	return w.TokenAs(t, org, pedigree.UserAdministrator)
}

// TokenAs returns a new API token of org acting with role.
func (w *World) TokenAs(t testing.TB, org pedigree.Organisation, role pedigree.UserRole) string {
	t.Helper()
	token, err := postgres.NewTokens(w.Pool).Create(context.Background(), pedigree.NewToken{OrganisationID: org.ID, Name: "test " + role.String(), Role: role})
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// User creates a web user of org and returns its email and password.
func (w *World) User(t testing.TB, org pedigree.Organisation) (email, password string) {
	t.Helper()
	email, password = fmt.Sprintf("user%d@%s.test", org.ID, strings.ToLower(strings.ReplaceAll(org.Name, " ", "-"))), "correct horse battery"
	if _, err := postgres.NewUsers(w.Pool, time.Now).Create(context.Background(), org.ID, email, "A "+org.Role.String(), password); err != nil {
		t.Fatal(err)
	}
	return email, password
}

// Serve serves pedigree over the world, built by app.New as every way pedigree runs is, with
// the world's clock and an indexer following the chain; log receives the server's log.
func (w *World) Serve(t testing.TB, log *slog.Logger, change ...func(*app.Config)) *httptest.Server {
	t.Helper()
	return w.Start(t, log, change...).Web
}

// Served is pedigree served over the world: the public listener, and the operator's with
// /metrics.
type Served struct {
	Web, Operator *httptest.Server
}

// Start serves pedigree over the world as Serve does, and the operator's listener too.
func (w *World) Start(t testing.TB, log *slog.Logger, change ...func(*app.Config)) Served {
	t.Helper()
	cfg := w.config(log, func() time.Time { return w.Now })
	for _, f := range change {
		f(&cfg)
	}
	svc, err := app.New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	t.Cleanup(srv.Close)
	op := httptest.NewServer(svc.OperatorHandler())
	t.Cleanup(op.Close)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("the service stopped: %v", err)
		}
		svc.Close()
	})
	return Served{Web: srv, Operator: op}
}

// config is the service's configuration over the world, with clock now; log receives the
// service's log (nil: none).
func (w *World) config(log *slog.Logger, now func() time.Time) app.Config {
	// The service holds every key of the cast, those of the participants without an
	// organisation here too (the second manufacturer, the suspended distributor), so a test
	// that gives them one sees them act as any other.
	var senders []*chain.Sender
	for _, a := range []chaintest.Account{w.H.Regulator, w.H.Manufacturer, w.H.Distributor, w.H.Dispenser, w.H.Dispenser2, w.H.Manufacturer2, w.H.Suspended} {
		senders = append(senders, a.S)
	}
	return app.Config{
		Backend:      w.H.Client,
		Contract:     w.H.C.Address,
		DeployBlock:  w.H.DeployBlock(),
		Senders:      senders,
		Pool:         w.Pool,
		Logger:       log,
		Now:          now,
		PollInterval: 5 * time.Millisecond,
		LeaderRetry:  50 * time.Millisecond,
		// The answer-signing key is kept in the database as in production, sealed cheaply.
		Passphrase:       Passphrase,
		AnswerKeyScryptN: 1 << 14,
	}
}

// Passphrase seals the world's answer-signing key.
const Passphrase = "the world's passphrase"

// Synced waits until the projection has the chain's head.
func (w *World) Synced(t testing.TB) {
	t.Helper()
	head := w.H.Head()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		st, err := postgres.NewProjection(w.Pool).State(context.Background())
		if err == nil && st.Cursor.Number >= head.Number.Uint64() {
			return
		}
	}
	t.Fatal("the projection did not catch up within 10 s")
}
