package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestTokens(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	org, err := postgres.NewOrganisations(pool).Create(ctx, pedigree.Organisation{Name: "Corner Pharmacy", GLN: "4012345000054", Role: pedigree.RoleDispenser, Account: pedigree.Address{7}})
	if err != nil {
		t.Fatal(err)
	}
	tokens := postgres.NewTokens(pool)
	token, err := tokens.Create(ctx, org.ID, "till 1")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		got, err := tokens.Authenticate(ctx, token)
		if err != nil || got != org {
			t.Fatalf("got %+v, %v; want %+v", got, err, org)
		}
	})
	t.Run("StoredHashed", func(t *testing.T) {
		var hashed, inClear int
		if err := pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE hash = sha256(convert_to($1, 'UTF8'))),
			count(*) FILTER (WHERE position($1 in name || prefix || encode(hash, 'hex')) > 0) FROM api_tokens`, token).Scan(&hashed, &inClear); err != nil {
			t.Fatal(err)
		}
		if hashed != 1 || inClear != 0 {
			t.Fatalf("rows holding SHA-256 of the token: %d (want 1); rows holding the token itself: %d (want 0)", hashed, inClear)
		}
	})
	for _, bad := range []string{"", "pdg_", "Bearer " + token, strings.ToUpper(token), token + "x", "pdg_" + strings.Repeat("a", 200)} {
		t.Run("ErrUnknown", func(t *testing.T) {
			if _, err := tokens.Authenticate(ctx, bad); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
				t.Fatalf("%q: got %v, want unauthorized", bad, err)
			}
		})
	}
	t.Run("ErrRevoked", func(t *testing.T) {
		if err := tokens.Revoke(ctx, token); err != nil {
			t.Fatal(err)
		}
		if _, err := tokens.Authenticate(ctx, token); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
			t.Fatalf("got %v, want unauthorized", err)
		}
		if err := tokens.Revoke(ctx, token); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Fatalf("second revoke: got %v", err)
		}
	})
}
