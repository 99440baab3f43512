package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/merkle"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/postgres/pgtest"
)

const verifyGTIN = 9506000134352

// verifyWorld is a chain with a story, its projection, and the organisations of the cast.
type verifyWorld struct {
	h                                                *chaintest.Harness
	pool                                             *pgxpool.Pool
	batch, recalled                                  chaintest.Batch
	manufacturer, distributor, dispenser, dispenser2 pedigree.Organisation
	now                                              time.Time
}

func newVerifyWorld(t *testing.T) *verifyWorld {
	t.Helper()
	ctx := context.Background()
	w := &verifyWorld{h: chaintest.New(t), pool: pgtest.NewPool(t)}
	h := w.h
	orgs := postgres.NewOrganisations(w.pool)
	org := func(name string, role pedigree.Role, gln string, a chaintest.Account) pedigree.Organisation {
		o, err := orgs.Create(ctx, pedigree.Organisation{Name: name, GLN: gln, Role: role, Account: pedigree.Address(a.Addr)})
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	w.manufacturer = org("Acme Pharma", pedigree.RoleManufacturer, "4012345000016", h.Manufacturer)
	w.distributor = org("Wholesale One", pedigree.RoleDistributor, "4012345000030", h.Distributor)
	w.dispenser = org("Corner Pharmacy", pedigree.RoleDispenser, "4012345000054", h.Dispenser)
	w.dispenser2 = org("Other Pharmacy", pedigree.RoleDispenser, "4012345000061", h.Dispenser2)

	// A batch of 64: packs [32, 64) go to the distributor, [48, 64) on to the pharmacy, which
	// dispenses pack 50. A second batch is recalled.
	w.batch = h.Register(verifyGTIN, "VERIFY", 64)
	h.Ok(h.C.Split(h.Ctx, h.Manufacturer.S, w.batch.ID, 32))
	tail := chain.SplitTokenID(w.batch.ID, 32)
	h.HandOff(tail, h.Manufacturer, h.Distributor)
	h.Ok(h.C.Split(h.Ctx, h.Distributor.S, tail, 48))
	caseToken := chain.SplitTokenID(w.batch.ID, 48)
	h.HandOff(caseToken, h.Distributor, h.Dispenser)
	hash, proof := w.batch.Proof(t, 50)
	h.Ok(h.C.SetPackState(h.Ctx, h.Dispenser.S, caseToken, 50, hash, pedigree.PackSupplied, proof))
	w.recalled = h.Register(verifyGTIN, "RECALLED", 4)
	h.Ok(h.C.Recall(h.Ctx, h.Manufacturer.S, w.recalled.ID, 5))

	batches := postgres.NewBatches(w.pool)
	for _, b := range []chaintest.Batch{w.batch, w.recalled} {
		lot := b.Serials[0][:len(b.Serials[0])-9]
		err := batches.Create(ctx, pedigree.BatchDetails{
			ID: pedigree.TokenIDFromBig(b.ID), GTIN: "09506000134352", Lot: lot, Quantity: len(b.Serials),
			Product:     map[string]any{"name": "Demoprofen", "strength": "200 mg", "form": "tablet"},
			SerialsRoot: pedigree.Hash(b.Tree.Root()), OrganisationID: w.manufacturer.ID, Status: "confirmed",
		}, b.Serials)
		if err != nil {
			t.Fatal(err)
		}
	}
	ix := indexer.New(h.Client, postgres.NewProjection(w.pool), indexer.Config{Contract: h.C.Address, DeployBlock: h.DeployBlock()})
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	w.now = time.Unix(int64(h.Head().Time), 0).UTC()
	return w
}

func (w *verifyWorld) verify(t *testing.T, at time.Time, code pedigree.PackCode, scanner *pedigree.Organisation) pedigree.Verification {
	t.Helper()
	v := postgres.NewVerifier(w.pool, func() time.Time { return at })
	got, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: code, Scanner: scanner, Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func (w *verifyWorld) code(index int) pedigree.PackCode {
	expiry := time.Unix(int64(w.h.Today()+365)*86400, 0).UTC()
	return pedigree.PackCode{GTIN: "09506000134352", Lot: "VERIFY", Serial: w.batch.Serials[index], Expiry: &expiry}
}

func TestVerify(t *testing.T) {
	w := newVerifyWorld(t)
	alerts := func(kind string) int {
		var n int
		if err := w.pool.QueryRow(context.Background(), `SELECT count(*) FROM alerts WHERE kind = $1`, kind).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	t.Run("Authentic", func(t *testing.T) {
		got := w.verify(t, w.now, w.code(52), &w.dispenser)
		if got.Verdict != pedigree.VerdictAuthentic {
			t.Fatalf("verdict %s: %v", got.Verdict, got.Reasons)
		}
		if got.Pack.Index != 52 || got.Pack.State != "active" || got.Batch.Manufacturer.Name != "Acme Pharma" || got.Batch.Product["name"] != "Demoprofen" {
			t.Errorf("pack %+v batch %+v", got.Pack, got.Batch)
		}
		if got.Custodian == nil || got.Custodian.Name != "Corner Pharmacy" || got.Custodian.GLN != "4012345000054" {
			t.Errorf("custodian %+v", got.Custodian)
		}
		var kinds []string
		for _, e := range got.Provenance {
			kinds = append(kinds, e.Kind)
		}
		if want := "registered split shipped accepted split shipped accepted"; joinWords(kinds) != want {
			t.Errorf("provenance %v, want %s", kinds, want)
		}
		if last := got.Provenance[len(got.Provenance)-1]; last.To.Name != "Corner Pharmacy" || last.From.Name != "Wholesale One" {
			t.Errorf("last custody event %+v -> %+v", last.From, last.To)
		}
		// The evidence checks out against the chain, without this service.
		e := got.Evidence
		proof := make([]common.Hash, len(e.Proof))
		for i, p := range e.Proof {
			proof[i] = common.Hash(p)
		}
		if !merkle.Verify(common.Hash(e.SerialsRoot), uint64(e.Index), common.Hash(e.SerialHash), proof) {
			t.Fatal("the evidence's proof does not verify")
		}
		ok, err := w.h.C.VerifySerial(w.h.Ctx, e.BatchID.Big(), uint32(e.Index), common.Hash(e.SerialHash), proof)
		if err != nil || !ok {
			t.Fatalf("the contract refuses the evidence: %v %v", ok, err)
		}
		if e.Contract != pedigree.Address(w.h.C.Address) || e.ChainID != 1337 || e.TokenID != pedigree.TokenIDFromBig(chain.SplitTokenID(w.batch.ID, 48)) {
			t.Errorf("evidence %+v", e)
		}
	})
	t.Run("UnknownProduct", func(t *testing.T) {
		c := w.code(1)
		c.GTIN = "04012345000016"
		if got := w.verify(t, w.now, c, nil); got.Verdict != pedigree.VerdictUnknownProduct || got.Batch != nil {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("UnknownBatch", func(t *testing.T) {
		c := w.code(1)
		c.Lot = "NOPE"
		if got := w.verify(t, w.now, c, nil); got.Verdict != pedigree.VerdictUnknownBatch {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("UnknownSerial", func(t *testing.T) {
		c := w.code(1)
		c.Serial = "FORGED123456"
		before := alerts("unknown_serial")
		got := w.verify(t, w.now, c, &w.dispenser)
		if got.Verdict != pedigree.VerdictUnknownSerial || got.Evidence != nil {
			t.Fatalf("got %s", got.Verdict)
		}
		if alerts("unknown_serial") != before+1 {
			t.Fatal("no unknown_serial alert")
		}
	})
	t.Run("DataMismatch", func(t *testing.T) {
		c := w.code(2)
		other := c.Expiry.AddDate(0, 1, 0)
		c.Expiry = &other
		if got := w.verify(t, w.now, c, nil); got.Verdict != pedigree.VerdictDataMismatch {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("Recalled", func(t *testing.T) {
		c := w.code(0)
		c.Lot, c.Serial = "RECALLED", w.recalled.Serials[1]
		got := w.verify(t, w.now, c, nil)
		if got.Verdict != pedigree.VerdictRecalled || got.Batch.RecallReason != 5 || got.Batch.Status != "recalled" {
			t.Fatalf("got %s %+v", got.Verdict, got.Batch)
		}
	})
	t.Run("AlreadyDecommissioned", func(t *testing.T) {
		got := w.verify(t, w.now, w.code(50), &w.dispenser)
		if got.Verdict != pedigree.VerdictAlreadyDecommissioned || got.Pack.State != "supplied" || got.Pack.StateDay == nil {
			t.Fatalf("got %s %+v", got.Verdict, got.Pack)
		}
		if alerts("decommissioned_scanned") != 0 {
			t.Fatal("the dispensing pharmacy's own scan raised an alert")
		}
	})
	t.Run("AlreadyDecommissionedScannedElsewhere", func(t *testing.T) {
		w.verify(t, w.now, w.code(50), &w.dispenser2)
		if alerts("decommissioned_scanned") != 1 {
			t.Fatal("no decommissioned_scanned alert")
		}
	})
	t.Run("AnonymousSeesNoBusinessNames", func(t *testing.T) {
		got := w.verify(t, w.now, w.code(50), nil)
		if got.Verdict != pedigree.VerdictAlreadyDecommissioned {
			t.Fatalf("got %s", got.Verdict)
		}
		if got.Custodian.Name != "" || got.Custodian.GLN != "" || got.Custodian.Role != pedigree.RoleDispenser {
			t.Errorf("custodian shown to the public: %+v", got.Custodian)
		}
		for _, e := range got.Provenance {
			for _, p := range []*pedigree.Party{e.From, e.To} {
				if p != nil && p.Role != pedigree.RoleManufacturer && (p.Name != "" || p.GLN != "") {
					t.Errorf("%s event shows %+v to the public", e.Kind, p)
				}
			}
		}
		if got.Batch.Manufacturer.Name != "Acme Pharma" {
			t.Errorf("manufacturer hidden: %+v", got.Batch.Manufacturer)
		}
	})
	t.Run("Expired", func(t *testing.T) {
		if got := w.verify(t, w.now.AddDate(1, 1, 0), w.code(53), nil); got.Verdict != pedigree.VerdictExpired {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("CustodyMismatch", func(t *testing.T) {
		if got := w.verify(t, w.now, w.code(54), &w.dispenser2); got.Verdict != pedigree.VerdictCustodyMismatch {
			t.Fatalf("got %s", got.Verdict)
		}
	})
	t.Run("SuspectClone", func(t *testing.T) {
		w.verify(t, w.now, w.code(10), &w.distributor)
		w.verify(t, w.now.Add(time.Minute), w.code(10), &w.dispenser2)
		got := w.verify(t, w.now.Add(2*time.Minute), w.code(10), &w.manufacturer)
		if got.Verdict != pedigree.VerdictSuspectClone {
			t.Fatalf("got %s: %v", got.Verdict, got.Reasons)
		}
		if alerts("multiple_organisations") == 0 {
			t.Fatal("no multiple_organisations alert")
		}
	})
	t.Run("ErrNoSerial", func(t *testing.T) {
		c := w.code(1)
		c.Serial = ""
		v := postgres.NewVerifier(w.pool, time.Now)
		_, err := v.Verify(context.Background(), pedigree.VerifyRequest{Code: c})
		if pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Fatalf("got %v, want invalid", err)
		}
	})
	t.Run("EveryScanIsLogged", func(t *testing.T) {
		var n int
		if err := w.pool.QueryRow(context.Background(), `SELECT count(*) FROM scans`).Scan(&n); err != nil || n < 14 {
			t.Fatalf("%d scans logged (%v)", n, err)
		}
	})
}

func joinWords(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}
