package postgres_test

import (
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// TestIdempotency claims keys as instances of the service would: a finished request's answer
// is replayed, a running one's key is refused while its instance lives and taken over once it
// has died, and a provisional answer (202) is asked again.
func TestIdempotency(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.NewPool(t)
	org, err := postgres.NewOrganisations(pool).Create(ctx, pedigree.Organisation{Name: "Acme Pharma", GLN: "4012345000016", Role: pedigree.RoleManufacturer, Account: pedigree.Address{1}})
	if err != nil {
		t.Fatal(err)
	}
	// instance returns the keys as seen by a new instance of the service, and that instance.
	instance := func(t *testing.T) (*postgres.Idempotency, *postgres.Instance) {
		t.Helper()
		inst, err := postgres.JoinInstance(ctx, pool)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(inst.Close)
		keys := postgres.NewIdempotency(pool)
		keys.Instance = inst
		return keys, inst
	}
	hash := []byte("request")
	claim := func(t *testing.T, keys *postgres.Idempotency, key string) {
		t.Helper()
		if status, body, replay, err := keys.Begin(ctx, org.ID, key, hash); err != nil || replay {
			t.Fatalf("Begin: %d %q %v %v, want the key claimed", status, body, replay, err)
		}
	}
	running := func(t *testing.T, keys *postgres.Idempotency, key string) {
		t.Helper()
		if _, _, _, err := keys.Begin(ctx, org.ID, key, hash); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("Begin: %v, want ECONFLICT (still running)", err)
		}
	}
	replayed := func(t *testing.T, keys *postgres.Idempotency, key string, want int) {
		t.Helper()
		status, body, replay, err := keys.Begin(ctx, org.ID, key, hash)
		if err != nil || !replay || status != want || string(body) != "answer" {
			t.Fatalf("Begin: %d %q %v %v, want %d replayed", status, body, replay, err, want)
		}
	}

	t.Run("OKReplay", func(t *testing.T) {
		a, _ := instance(t)
		claim(t, a, "k1")
		running(t, a, "k1")
		if err := a.Finish(ctx, org.ID, "k1", 201, []byte("answer")); err != nil {
			t.Fatal(err)
		}
		b, _ := instance(t)
		replayed(t, b, "k1", 201)
	})
	t.Run("ErrOtherRequest", func(t *testing.T) {
		a, _ := instance(t)
		if _, _, _, err := a.Begin(ctx, org.ID, "k1", []byte("another")); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Fatalf("got %v, want EINVALID", err)
		}
	})
	t.Run("RunningOnALiveInstance", func(t *testing.T) {
		a, _ := instance(t)
		b, _ := instance(t)
		claim(t, a, "k2")
		running(t, b, "k2")
	})
	t.Run("OwnerDied", func(t *testing.T) {
		a, instA := instance(t)
		b, _ := instance(t)
		claim(t, a, "k3")
		running(t, b, "k3")
		instA.Close() // as kill -9 would: its session ends
		claim(t, b, "k3")
		running(t, a, "k3") // b runs it now
		if err := b.Finish(ctx, org.ID, "k3", 201, []byte("answer")); err != nil {
			t.Fatal(err)
		}
		replayed(t, a, "k3", 201)
	})
	t.Run("NoInstance", func(t *testing.T) {
		// A key claimed by a store of no instance has no owner to wait for.
		claim(t, postgres.NewIdempotency(pool), "k4")
		b, _ := instance(t)
		claim(t, b, "k4")
	})
	t.Run("ProvisionalAskedAgain", func(t *testing.T) {
		a, _ := instance(t)
		claim(t, a, "k5")
		if err := a.Finish(ctx, org.ID, "k5", postgres.ProvisionalStatus, []byte("pending")); err != nil {
			t.Fatal(err)
		}
		claim(t, a, "k5") // runs again, to answer how the action stands now
		if err := a.Finish(ctx, org.ID, "k5", 201, []byte("answer")); err != nil {
			t.Fatal(err)
		}
		replayed(t, a, "k5", 201)
	})
	t.Run("Release", func(t *testing.T) {
		a, _ := instance(t)
		claim(t, a, "k6")
		if err := a.Release(ctx, org.ID, "k6"); err != nil {
			t.Fatal(err)
		}
		claim(t, a, "k6")
	})
}

// TestRegistrationSteps moves a registration through the store's steps: only one of two
// tries records a mint, an undo never removes a registration that moved on, and a
// registration is orphaned exactly when its instance has ended.
func TestRegistrationSteps(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.NewPool(t)
	org, err := postgres.NewOrganisations(pool).Create(ctx, pedigree.Organisation{Name: "Acme Pharma", GLN: "4012345000016", Role: pedigree.RoleManufacturer, Account: pedigree.Address{1}})
	if err != nil {
		t.Fatal(err)
	}
	inst, err := postgres.JoinInstance(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	batches := postgres.NewBatches(pool)
	batches.Instance = inst
	reg := pedigree.Registration{
		BatchDetails: pedigree.BatchDetails{ID: pedigree.TokenID{1}, GTIN: "09506000134352", Lot: "STEPS-1", Product: pedigree.Product{Name: "Demoprofen"},
			MasterDataHash: pedigree.Hash{2}, SerialsRoot: pedigree.Hash{3}, Quantity: 2, OrganisationID: org.ID, Status: pedigree.RegistrationPending},
		Manufacturer: org.Account, Request: "key-1", Generated: true,
	}
	if err := batches.Begin(ctx, reg, []string{"A1", "A2"}); err != nil {
		t.Fatal(err)
	}
	load := func(t *testing.T) pedigree.Registration {
		t.Helper()
		got, err := batches.Load(ctx, reg.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := load(t); got.Sent() || got.Orphaned || got.Request != "key-1" || !got.Generated || got.Manufacturer != org.Account || got.Status != pedigree.RegistrationPending {
		t.Fatalf("stored: %+v", got)
	}
	if ok, err := batches.Undo(ctx, reg.ID, &pedigree.Hash{9}); err != nil || ok {
		t.Fatalf("undo with a mint it has not: %v %v, want refused", ok, err)
	}
	mint1, mint2 := pedigree.Hash{0xa1}, pedigree.Hash{0xa2}
	if ok, err := batches.RecordMint(ctx, reg.ID, []byte{1}, mint1, nil); err != nil || !ok {
		t.Fatalf("record the first mint: %v %v", ok, err)
	}
	if ok, err := batches.RecordMint(ctx, reg.ID, []byte{2}, mint2, nil); err != nil || ok {
		t.Fatalf("record a second try's mint: %v %v, want refused", ok, err)
	}
	if ok, err := batches.Undo(ctx, reg.ID, nil); err != nil || ok {
		t.Fatalf("undo as if nothing were sent: %v %v, want refused", ok, err)
	}
	if ok, err := batches.RecordMint(ctx, reg.ID, []byte{2}, mint2, &mint1); err != nil || !ok {
		t.Fatalf("replace its own refused mint: %v %v", ok, err)
	}
	if got := load(t); !got.Sent() || *got.TxHash != mint2 {
		t.Fatalf("sent: %+v", got)
	}
	if list, err := batches.Unfinished(ctx); err != nil || len(list) != 1 || list[0].ID != reg.ID {
		t.Fatalf("unfinished: %+v %v", list, err)
	}
	inst.Close()
	if got := load(t); !got.Orphaned {
		t.Fatalf("its instance ended: %+v, want orphaned", got)
	}
	if ok, err := batches.Undo(ctx, reg.ID, &mint2); err != nil || !ok {
		t.Fatalf("undo: %v %v", ok, err)
	}
	if _, err := batches.Load(ctx, reg.ID); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		t.Fatalf("after undo: %v, want ENOTFOUND", err)
	}
	if _, err := batches.Serials(ctx, reg.ID); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
		t.Fatalf("serials after undo: %v, want none", err)
	}
}
