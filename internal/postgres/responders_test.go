package postgres_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

func TestResponders(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.NewPool(t)
	key := bytes.Repeat([]byte{2}, 32)
	dir, err := postgres.NewResponders(pool, nil, key)
	if err != nil {
		t.Fatal(err)
	}
	add := func(code, name, token string) pedigree.Responder {
		t.Helper()
		e, err := dir.AddResponder(ctx, pedigree.ResponderInput{Code: code, Name: name, URL: "https://" + strings.ToLower(name) + ".example", Token: token})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	short := add("761234", "Short", "ped_short_prefix_token")
	long := add("7612345", "Long", "ped_long_prefix_token1")
	single := add("07612345000015", "Single", "ped_single_gtin_token2")

	t.Run("Sealed", func(t *testing.T) {
		var raw []byte
		var hint string
		if err := pool.QueryRow(ctx, `SELECT token, token_hint FROM responders WHERE id = $1`, long.ID).Scan(&raw, &hint); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(raw, []byte("ped_long_prefix_token1")) || hint != "…ken1" || long.TokenHint != "…ken1" {
			t.Errorf("stored %x, hint %q: the token is not sealed, or its hint is not its last characters", raw, hint)
		}
	})
	t.Run("ResponderFor", func(t *testing.T) {
		for _, tc := range []struct{ gtin, want, token string }{
			{"07612345000015", "Single", "ped_single_gtin_token2"}, // the GTIN's own entry beats the prefixes
			{"07612345000022", "Long", "ped_long_prefix_token1"},   // the longer prefix beats the shorter
			{"07612346000014", "Short", "ped_short_prefix_token"},
		} {
			e, token, err := dir.ResponderFor(ctx, tc.gtin)
			if err != nil || e.Name != tc.want || token != tc.token {
				t.Errorf("ResponderFor(%s) = %s, %q, %v; want %s", tc.gtin, e.Name, token, err, tc.want)
			}
		}
		if _, _, err := dir.ResponderFor(ctx, "09506000134352"); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("ResponderFor(a GTIN no entry covers) = %v, want ENOTFOUND", err)
		}
	})
	t.Run("ErrConflict", func(t *testing.T) {
		_, err := dir.AddResponder(ctx, pedigree.ResponderInput{Code: "7612345", Name: "Again", URL: "https://again.example", Token: "ped_again_again_again"})
		if pedigree.ErrorCode(err) != pedigree.ECONFLICT || !strings.HasPrefix(pedigree.ErrorMessage(err), "code: ") {
			t.Errorf("a second entry of a code = %v, want ECONFLICT naming the code", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		_, err := dir.AddResponder(ctx, pedigree.ResponderInput{Code: "7612347", Name: "Plain", URL: "http://plain.example", Token: "ped_plain_plain_plain"})
		if pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("an http:// responder = %v, want EINVALID", err)
		}
		list, _ := dir.Responders(ctx)
		if len(list) != 3 {
			t.Errorf("after refusals, %d entries, want 3", len(list))
		}
	})
	t.Run("UpdateKeepsToken", func(t *testing.T) {
		// A new code too: the kept token is sealed again, bound to it.
		e, err := dir.UpdateResponder(ctx, long.ID, pedigree.ResponderInput{Code: "7612349", Name: "Longer", URL: "https://longer.example"})
		if err != nil || e.Name != "Longer" || e.Code != "7612349" || e.TokenHint != "…ken1" {
			t.Fatalf("update = %+v, %v", e, err)
		}
		if _, token, err := dir.ResponderFor(ctx, "07612349000011"); err != nil || token != "ped_long_prefix_token1" {
			t.Errorf("after the update, token %q, %v; want the kept one", token, err)
		}
	})
	t.Run("UpdateToken", func(t *testing.T) {
		e, err := dir.UpdateResponder(ctx, single.ID, pedigree.ResponderInput{Code: single.Code, Name: single.Name, URL: single.URL, Token: "ped_new_single_token9"})
		if err != nil || e.TokenHint != "…ken9" {
			t.Fatalf("update = %+v, %v", e, err)
		}
		if _, token, _ := dir.ResponderFor(ctx, single.Code); token != "ped_new_single_token9" {
			t.Errorf("token = %q, want the new one", token)
		}
	})
	t.Run("OtherKey", func(t *testing.T) {
		other, err := postgres.NewResponders(pool, nil, bytes.Repeat([]byte{3}, 32))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := other.ResponderFor(ctx, "07612346000014"); pedigree.ErrorCode(err) != pedigree.EUNAVAILABLE {
			t.Errorf("a token sealed with another key = %v, want EUNAVAILABLE", err)
		}
	})
	t.Run("Remove", func(t *testing.T) {
		if err := dir.RemoveResponder(ctx, short.ID); err != nil {
			t.Fatal(err)
		}
		if err := dir.RemoveResponder(ctx, short.ID); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("removing it again = %v, want ENOTFOUND", err)
		}
		if _, err := dir.Responder(ctx, short.ID); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("reading it = %v, want ENOTFOUND", err)
		}
		if _, _, err := dir.ResponderFor(ctx, "07612346000014"); pedigree.ErrorCode(err) != pedigree.ENOTFOUND {
			t.Errorf("its GTINs = %v, want ENOTFOUND", err)
		}
	})
	t.Run("HoldsGTIN", func(t *testing.T) {
		held, err := dir.HoldsGTIN(ctx, "07612345000015")
		if err != nil || held {
			t.Errorf("HoldsGTIN of a GTIN without a batch = %v, %v", held, err)
		}
	})
}
