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
	token, err := tokens.Create(ctx, pedigree.NewToken{OrganisationID: org.ID, Name: "till 1", Role: pedigree.UserOperator})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		got, err := tokens.Authenticate(ctx, token)
		if err != nil || got.Organisation != org || got.Role != pedigree.UserOperator || got.User != nil || got.TokenID == 0 {
			t.Fatalf("got %+v, %v; want %+v as an operator, no user", got, err, org)
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

// TestPersonalTokens: a personal token acts for its user with the lesser of its role and the
// user's, and not at all once the user is disabled; an organisation's token acts with its own.
func TestPersonalTokens(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	orgs := postgres.NewOrganisations(pool)
	org, err := orgs.Create(ctx, pedigree.Organisation{Name: "Corner Pharmacy", GLN: "4012345000054", Role: pedigree.RoleDispenser, Account: pedigree.Address{7}})
	if err != nil {
		t.Fatal(err)
	}
	other, err := orgs.Create(ctx, pedigree.Organisation{Name: "Other Pharmacy", GLN: "4012345000061", Role: pedigree.RoleDispenser, Account: pedigree.Address{8}})
	if err != nil {
		t.Fatal(err)
	}
	users := postgres.NewUsers(pool, nil)
	admin, err := users.Create(ctx, org.ID, "admin@corner.test", "Admin", "plum-ferry-otter-42")
	if err != nil {
		t.Fatal(err)
	}
	colleague, _, err := users.Invite(ctx, org.ID, "op@corner.test", "Op", pedigree.UserOperator)
	if err != nil {
		t.Fatal(err)
	}
	tokens := postgres.NewTokens(pool)
	personal, err := tokens.Create(ctx, pedigree.NewToken{OrganisationID: org.ID, Name: "mine", Role: pedigree.UserAdministrator, UserID: colleague.ID})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("CappedByTheUsersRole", func(t *testing.T) {
		got, err := tokens.Authenticate(ctx, personal)
		if err != nil || got.Role != pedigree.UserOperator || got.User == nil || got.User.ID != colleague.ID || got.User.Role != pedigree.UserOperator {
			t.Fatalf("got %+v, %v; want the operator's token", got, err)
		}
		if err := users.SetRole(ctx, org.ID, colleague.ID, pedigree.UserViewer); err != nil {
			t.Fatal(err)
		}
		if got, err := tokens.Authenticate(ctx, personal); err != nil || got.Role != pedigree.UserViewer {
			t.Fatalf("after the user became a viewer: %+v, %v", got, err)
		}
	})
	t.Run("ErrUserDisabled", func(t *testing.T) {
		if err := users.Disable(ctx, org.ID, colleague.ID, true); err != nil {
			t.Fatal(err)
		}
		if _, err := tokens.Authenticate(ctx, personal); pedigree.ErrorCode(err) != pedigree.EUNAUTHORIZED {
			t.Fatalf("a disabled user's token: %v, want EUNAUTHORIZED", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for name, nt := range map[string]pedigree.NewToken{
			"role": {OrganisationID: org.ID, Name: "x"},
			"user": {OrganisationID: other.ID, Name: "x", Role: pedigree.UserViewer, UserID: admin.ID},
		} {
			if _, err := tokens.Create(ctx, nt); pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.HasPrefix(pedigree.ErrorMessage(err), name+":") {
				t.Errorf("bad %s: %v, want EINVALID naming it", name, err)
			}
		}
	})
	t.Run("Listed", func(t *testing.T) {
		list, err := tokens.List(ctx, org.ID)
		if err != nil || len(list) != 1 || list[0].UserEmail != "op@corner.test" || list[0].Role != pedigree.UserAdministrator || list[0].Prefix == "" {
			t.Fatalf("got %+v, %v", list, err)
		}
	})
}
