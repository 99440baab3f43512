package app_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

// TestKeyRotation rotates the manufacturer's key through the key service, on chain: a key
// added signs for it at once; its own key retired can no longer act, and the service no longer
// signs with it; the last key cannot be retired; holdings are unchanged; the projection shows
// both events and equals a fresh reindex.
func TestKeyRotation(t *testing.T) {
	h := chaintest.New(t)
	svc := newService(t, h, nil)
	run(t, svc)
	ctx := t.Context()
	maker, err := svc.Organisations.Create(ctx, pedigree.Organisation{Name: "Acme Pharma", GLN: "4012345000016", Role: pedigree.RoleManufacturer, Account: pedigree.Address(h.Manufacturer.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	other, err := svc.Organisations.Create(ctx, pedigree.Organisation{Name: "Wholesale One", GLN: "4012345000030", Role: pedigree.RoleDistributor, Account: pedigree.Address(h.Distributor.Addr)})
	if err != nil {
		t.Fatal(err)
	}
	account, newKey := pedigree.Address(h.Manufacturer.Addr), pedigree.Address(h.Keys[0].Addr)
	b := h.Register(9506000134352, "ROTATE", 8)
	keys := svc.Keys()
	admin := pedigree.UserAdministrator

	t.Run("Refusals", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			err  error
			code string
		}{
			{"Operator", func() error {
				_, _, err := keys.AddKey(ctx, maker, pedigree.UserOperator, account, &newKey)
				return err
			}(), pedigree.EFORBIDDEN},
			{"AnotherOrganisation", func() error { _, _, err := keys.AddKey(ctx, other, admin, account, &newKey); return err }(), pedigree.EFORBIDDEN},
			{"NoKeystore", func() error { _, _, err := keys.AddKey(ctx, maker, admin, account, nil); return err }(), pedigree.EUNAVAILABLE},
			{"TakenKey", func() error {
				d := pedigree.Address(h.Distributor.Addr)
				_, _, err := keys.AddKey(ctx, maker, admin, account, &d)
				return err
			}(), pedigree.ECONFLICT},
			{"LastKey", func() error { _, err := keys.RetireKey(ctx, maker, admin, account, account); return err }(), pedigree.ECONFLICT},
			{"NotItsKey", func() error { _, err := keys.RetireKey(ctx, maker, admin, account, newKey); return err }(), pedigree.EINVALID},
		} {
			if pedigree.ErrorCode(tc.err) != tc.code {
				t.Errorf("%s: got %v, want %s", tc.name, tc.err, tc.code)
			}
		}
		_, err := keys.RetireKey(ctx, maker, admin, account, account)
		if msg := pedigree.ErrorMessage(err); !strings.Contains(msg, "last active key of Acme Pharma: add another key") {
			t.Errorf("the last key's refusal says %q", msg)
		}
	})
	t.Run("Add", func(t *testing.T) {
		k, res, err := keys.AddKey(ctx, maker, admin, account, &newKey)
		if err != nil {
			t.Fatal(err)
		}
		if !k.Signing || k.Held != pedigree.KeyInService || res.Status != pedigree.TxConfirmed {
			t.Fatalf("added %+v (%+v), want it signing at once", k, res)
		}
	})
	t.Run("ActWithNewKey", func(t *testing.T) {
		_, res, err := svc.Custody().Split(ctx, maker, pedigree.TokenIDFromBig(b.ID), 4)
		if err != nil {
			t.Fatal(err)
		}
		if from := txSender(t, h, res.TxHash); from != h.Keys[0].Addr {
			t.Fatalf("the split was signed by %s, want the new key %s", from, h.Keys[0].Addr)
		}
	})
	t.Run("RetireOld", func(t *testing.T) {
		if _, err := keys.RetireKey(ctx, maker, admin, account, account); err != nil {
			t.Fatal(err)
		}
		_, err := h.C.Split(ctx, h.Manufacturer.S, b.ID, 2)
		chaintest.Reverts(t, err, "PedigreeKeyRetired")
		if got := h.Owner(b.ID); got != h.Manufacturer.Addr {
			t.Fatalf("the batch is held by %s after the rotation, want the manufacturer", got)
		}
		if snd, ok := svc.Sender(account); !ok || snd.From() != h.Keys[0].Addr {
			t.Fatal("the service does not sign for the manufacturer with its remaining key")
		}
		if _, err := keys.RetireKey(ctx, maker, admin, account, newKey); pedigree.ErrorCode(err) != pedigree.ECONFLICT {
			t.Fatalf("retiring the last key: %v, want ECONFLICT", err)
		}
	})
	t.Run("Projection", func(t *testing.T) {
		if _, err := svc.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		list, err := keys.Keys(ctx, maker, admin, account)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].Address != account || !list[0].Own || !list[0].Retired || list[0].RetiredBy != "Acme Pharma" ||
			list[1].Address != newKey || list[1].Retired || list[1].AddedBy != "Acme Pharma" || list[1].AddedTx == nil || !list[1].Signing {
			t.Fatalf("the keys: %+v", list)
		}
		fresh := pgtest.NewPool(t)
		ix := indexer.New(h.Client, postgres.NewProjection(fresh), indexer.Config{Contract: h.C.Address, DeployBlock: h.DeployBlock()})
		if _, err := ix.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		live, err := postgres.DumpProjection(ctx, svc.Pool())
		if err != nil {
			t.Fatal(err)
		}
		again, err := postgres.DumpProjection(ctx, fresh)
		if err != nil {
			t.Fatal(err)
		}
		if live != again {
			t.Fatalf("the projection differs from a fresh reindex:\n%s\n---\n%s", live, again)
		}
		if !strings.Contains(live, "== key_events (2 rows)") || !strings.Contains(live, `"kind":"added"`) || !strings.Contains(live, `"kind":"retired"`) {
			t.Fatalf("the projection lacks the key events:\n%s", live)
		}
	})
}

// txSender returns who signed the transaction hash.
func txSender(t *testing.T, h *chaintest.Harness, hash pedigree.Hash) common.Address {
	t.Helper()
	tx, _, err := h.Client.TransactionByHash(t.Context(), common.Hash(hash))
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		t.Fatal(err)
	}
	return from
}
