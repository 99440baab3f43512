package postgres_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestAudit(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.NewPool(t)
	orgs := postgres.NewOrganisations(pool)
	a, err := orgs.Create(ctx, pedigree.Organisation{Name: "A", GLN: "4012345000054", Role: pedigree.RoleDispenser, Account: pedigree.Address{7}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := orgs.Create(ctx, pedigree.Organisation{Name: "B", GLN: "4012345000061", Role: pedigree.RoleDistributor, Account: pedigree.Address{8}})
	if err != nil {
		t.Fatal(err)
	}
	ada, err := postgres.NewUsers(pool, nil).Create(ctx, a.ID, "ada@example.com", "Ada", "correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	log := postgres.NewAudit(pool, nil)
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	entries := []pedigree.AuditEntry{
		{At: t0, OrganisationID: a.ID, UserID: ada.ID, Who: "Ada", Action: "POST /login", Client: "192.0.2.1", Status: 303},
		{At: t0.Add(time.Hour), OrganisationID: a.ID, UserID: ada.ID, Who: "Ada", Action: "POST /scan", Client: "192.0.2.1", Status: 200},
		{At: t0.Add(2 * time.Hour), OrganisationID: b.ID, Who: "API token pdg_abc of B", Action: "POST /api/v1/tokens/{id}/ship", Object: "0x01", Client: "192.0.2.2", Status: 403},
		{At: t0.Add(3 * time.Hour), Who: "sign-in as eve@example.com", Action: "POST /login", Client: "192.0.2.3", Status: 401},
	}
	for _, e := range entries {
		if err := log.Record(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	list := func(t *testing.T, f pedigree.AuditFilter) []pedigree.AuditEntry {
		t.Helper()
		got, err := log.List(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	for _, tt := range []struct {
		name string
		f    pedigree.AuditFilter
		want []string // actions, newest first
	}{
		{"Everyone", pedigree.AuditFilter{}, []string{"POST /login", "POST /api/v1/tokens/{id}/ship", "POST /scan", "POST /login"}},
		{"OwnOrganisation", pedigree.AuditFilter{Organisation: a.ID}, []string{"POST /scan", "POST /login"}},
		{"Action", pedigree.AuditFilter{Action: "SHIP"}, []string{"POST /api/v1/tokens/{id}/ship"}},
		{"UserID", pedigree.AuditFilter{User: strconv.FormatInt(ada.ID, 10)}, []string{"POST /scan", "POST /login"}},
		{"Who", pedigree.AuditFilter{User: "eve@"}, []string{"POST /login"}},
		{"FromTo", pedigree.AuditFilter{From: t0.Add(time.Hour), To: t0.Add(3 * time.Hour)}, []string{"POST /api/v1/tokens/{id}/ship", "POST /scan"}},
		{"Limit", pedigree.AuditFilter{Limit: 1}, []string{"POST /login"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := list(t, tt.f)
			var actions []string
			for _, e := range got {
				actions = append(actions, e.Action)
			}
			if len(actions) != len(tt.want) {
				t.Fatalf("got %q, want %q", actions, tt.want)
			}
			for i := range actions {
				if actions[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", actions, tt.want)
				}
			}
		})
	}
	t.Run("Paging", func(t *testing.T) {
		first := list(t, pedigree.AuditFilter{Limit: 2})
		rest := list(t, pedigree.AuditFilter{Limit: 2, Before: first[1].ID})
		if len(first) != 2 || len(rest) != 2 || rest[0].ID >= first[1].ID || rest[1].Who != "Ada" || rest[1].Status != 303 {
			t.Fatalf("pages %+v then %+v", first, rest)
		}
	})
	t.Run("ErrLimit", func(t *testing.T) {
		_, err := log.List(ctx, pedigree.AuditFilter{Limit: pedigree.MaxAuditPage + 1})
		if pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Fatalf("got %v, want EINVALID", err)
		}
	})
	t.Run("AppendOnly", func(t *testing.T) {
		for _, q := range []string{`UPDATE audit_log SET status = 200`, `DELETE FROM audit_log`, `TRUNCATE audit_log`} {
			if _, err := pool.Exec(ctx, q); err == nil {
				t.Errorf("%s succeeded: the audit log must be append-only", q)
			}
		}
		if got := list(t, pedigree.AuditFilter{}); len(got) != len(entries) || got[1].Status != 403 {
			t.Fatalf("the log changed: %+v", got)
		}
	})
}
