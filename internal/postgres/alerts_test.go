package postgres_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestAlertCaseStore: a case belongs to its batch's manufacturer, or to its GTIN's owner when
// no batch is known; concurrent moves from one status take one step, recorded once; a refused
// move changes nothing.
func TestAlertCaseStore(t *testing.T) {
	w := worldtest.New(t)
	ctx := context.Background()
	store := postgres.NewAlerts(w.Pool, time.Now)
	raise := func(code pedigree.PackCode, kind pedigree.AlertKind) pedigree.Alert {
		t.Helper()
		w.Verify(t, w.Now, code, &w.Dispenser)
		page, err := store.Alerts(ctx, pedigree.AlertFilter{Kind: kind, Limit: 1})
		if err != nil || len(page.Alerts) != 1 {
			t.Fatalf("no %s alert: %+v %v", kind, page, err)
		}
		return page.Alerts[0]
	}
	fake := w.Code(50)
	fake.Serial = "NOT-OURS"
	serial := raise(fake, pedigree.AlertUnknownSerial)
	lot := w.Code(50)
	lot.Lot, lot.Serial = "NO-SUCH-LOT", "X"
	batch := raise(lot, pedigree.AlertUnknownBatch)

	t.Run("Owners", func(t *testing.T) {
		for _, a := range []pedigree.Alert{serial, batch} {
			if a.Manufacturer == nil || a.Manufacturer.Account != w.Manufacturer.Account || a.Manufacturer.Name != "Acme Pharma" || a.Status != pedigree.StatusNew {
				t.Errorf("%s: manufacturer %+v, status %s", a.Kind, a.Manufacturer, a.Status)
			}
		}
		if serial.Batch == nil || *serial.Batch != pedigree.TokenIDFromBig(w.Batch.ID) || batch.Batch != nil {
			t.Errorf("batches: %v, %v", serial.Batch, batch.Batch)
		}
		n, err := store.NewCases(ctx, w.Manufacturer)
		if err != nil || n != 2 {
			t.Errorf("the manufacturer's new cases: %d %v", n, err)
		}
		if n, err := store.NewCases(ctx, w.Distributor); err != nil || n != 0 {
			t.Errorf("a wholesaler's new cases: %d %v", n, err)
		}
	})

	t.Run("ConcurrentMoves", func(t *testing.T) {
		by := pedigree.CaseActor{Organisation: w.Manufacturer, Who: "test"}
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for range 8 {
			wg.Go(func() {
				_, err := store.ChangeStatus(ctx, serial.ID, by, pedigree.CaseChange{Status: pedigree.StatusInvestigating})
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		done := 0
		for err := range errs {
			switch {
			case err == nil:
				done++
			case pedigree.ErrorCode(err) != pedigree.ECONFLICT:
				t.Errorf("a concurrent move: %v", err)
			}
		}
		a, _, err := store.Case(ctx, serial.ID, w.Regulator)
		if err != nil || done != 1 || a.Status != pedigree.StatusInvestigating || len(a.History) != 1 {
			t.Errorf("%d moves done, the case %s with %d steps (%v); want one", done, a.Status, len(a.History), err)
		}
	})

	t.Run("ErrForbidden", func(t *testing.T) {
		_, err := store.ChangeStatus(ctx, batch.ID, pedigree.CaseActor{Organisation: w.Dispenser, Who: "test"}, pedigree.CaseChange{Status: pedigree.StatusEscalated})
		if pedigree.ErrorCode(err) != pedigree.EFORBIDDEN {
			t.Errorf("the scanner moved the case: %v", err)
		}
		_, err = store.ChangeStatus(ctx, batch.ID, pedigree.CaseActor{Organisation: w.Distributor, Who: "test"}, pedigree.CaseChange{Status: pedigree.StatusEscalated})
		if pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("an outsider learns of the case: %v", err)
		}
		if a, _, _ := store.Case(ctx, batch.ID, w.Regulator); a.Status != pedigree.StatusNew || len(a.History) != 0 {
			t.Errorf("refused moves changed the case: %s, %d steps", a.Status, len(a.History))
		}
	})
}
