package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestSerialsFindSerial follows pack 50 of the world's batch, which went from Acme Pharma
// through Wholesale One to Corner Pharmacy, which supplied it, as a regulator finds it by its
// serial alone.
func TestSerialsFindSerial(t *testing.T) {
	t.Parallel()
	w := worldtest.New(t)
	ctx := context.Background()
	serials := postgres.NewSerials(w.Pool, time.Now)
	serial := w.Batch.Serials[50]

	t.Run("OK", func(t *testing.T) {
		got, err := serials.FindSerial(ctx, w.Regulator, serial)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 {
			t.Fatalf("%d packs, want 1", len(got))
		}
		p := got[0]
		if p.Batch != pedigree.TokenIDFromBig(w.Batch.ID) || p.BatchInfo.ID != p.Batch || p.BatchInfo.Lot != "VERIFY" || p.Index != 50 || p.Serial != serial {
			t.Errorf("the pack: batch %s (%+v), index %d, serial %q", p.Batch, p.BatchInfo, p.Index, p.Serial)
		}
		if p.State != pedigree.PackSupplied || p.StateDay == nil || p.Custodian.Name != "Corner Pharmacy" {
			t.Errorf("now: %s since %v, held by %+v", p.State, p.StateDay, p.Custodian)
		}
		var path []string
		for _, e := range p.Custody {
			if e.Kind == "accepted" || e.Kind == "registered" {
				path = append(path, e.To.Name)
			}
		}
		if got, want := strings.Join(path, " > "), "Acme Pharma > Wholesale One > Corner Pharmacy"; got != want {
			t.Errorf("custody %q, want %q (events %+v)", got, want, p.Custody)
		}
		if len(p.States) != 1 || p.States[0].State != pedigree.PackSupplied || p.States[0].By.Name != "Corner Pharmacy" || p.States[0].Block == 0 {
			t.Errorf("states %+v, want supplied by Corner Pharmacy", p.States)
		}
	})
	t.Run("ActivePack", func(t *testing.T) {
		got, err := serials.FindSerial(ctx, w.Regulator, w.Batch.Serials[3])
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].State != pedigree.PackActive || len(got[0].States) != 0 || got[0].Custodian.Name != "Acme Pharma" {
			t.Errorf("pack 3: %+v", got)
		}
	})
	t.Run("None", func(t *testing.T) {
		got, err := serials.FindSerial(ctx, w.Regulator, "NOSUCH-1")
		if err != nil || len(got) != 0 {
			t.Errorf("got %+v, %v; want none", got, err)
		}
	})
	for _, tt := range []struct {
		name   string
		org    pedigree.Organisation
		serial string
		code   string
	}{
		{"ErrForbiddenManufacturer", w.Manufacturer, serial, pedigree.EFORBIDDEN}, // its own pack: still batch by batch
		{"ErrForbiddenDistributor", w.Distributor, serial, pedigree.EFORBIDDEN},
		{"ErrForbiddenDispenser", w.Dispenser, serial, pedigree.EFORBIDDEN},
		{"ErrEmpty", w.Regulator, "", pedigree.EINVALID},
		{"ErrTooLong", w.Regulator, strings.Repeat("1", 21), pedigree.EINVALID},
		{"ErrCharacters", w.Regulator, "A B", pedigree.EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := serials.FindSerial(ctx, tt.org, tt.serial)
			if code := pedigree.ErrorCode(err); code != tt.code || got != nil {
				t.Errorf("got %+v, %v (%s); want %s", got, err, code, tt.code)
			}
		})
	}
}
