package postgres_test

import (
	"cmp"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/indexer"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/postgres"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

func TestDirectoryHoldings(t *testing.T) {
	t.Parallel()
	w := worldtest.New(t)
	h, ctx := w.H, context.Background()
	dir := postgres.NewDirectory(w.Pool)
	batchToken := w.Batch.ID // packs [0, 32), at the manufacturer
	accounts := map[string]chaintest.Account{
		"manufacturer": h.Manufacturer, "distributor": h.Distributor, "distributor2": h.Distributor2,
		"dispenser": h.Dispenser, "stranger": h.Stranger,
	}
	type holdings struct{ held, outgoing, incoming []string }
	for _, step := range []struct {
		name string
		act  func()
		want map[string]holdings // by accounts' key; an account not named holds nothing
	}{
		{
			name: "OK",
			act:  func() {},
			want: map[string]holdings{
				"manufacturer": {held: []string{"RECALLED 0-4 Acme Pharma", "VERIFY 0-32 Acme Pharma"}},
				"distributor":  {held: []string{"VERIFY 32-48 Wholesale One"}},
				"dispenser":    {held: []string{"VERIFY 48-64 Corner Pharmacy"}},
			},
		},
		{
			name: "Shipped",
			act:  func() { h.Ok(h.C.Ship(h.Ctx, h.Manufacturer.S, batchToken, h.Distributor.Addr)) },
			want: map[string]holdings{
				"manufacturer": {held: []string{"RECALLED 0-4 Acme Pharma"}, outgoing: []string{"VERIFY 0-32 Acme Pharma > Wholesale One"}},
				"distributor":  {held: []string{"VERIFY 32-48 Wholesale One"}, incoming: []string{"VERIFY 0-32 Acme Pharma > Wholesale One"}},
				"dispenser":    {held: []string{"VERIFY 48-64 Corner Pharmacy"}},
			},
		},
		{
			name: "Accepted",
			act:  func() { h.Ok(h.C.Accept(h.Ctx, h.Distributor.S, batchToken)) },
			want: map[string]holdings{
				"manufacturer": {held: []string{"RECALLED 0-4 Acme Pharma"}},
				"distributor":  {held: []string{"VERIFY 0-32 Wholesale One", "VERIFY 32-48 Wholesale One"}},
				"dispenser":    {held: []string{"VERIFY 48-64 Corner Pharmacy"}},
			},
		},
		{
			name: "Split",
			act:  func() { h.Ok(h.C.Split(h.Ctx, h.Distributor.S, batchToken, 16)) },
			want: map[string]holdings{
				"manufacturer": {held: []string{"RECALLED 0-4 Acme Pharma"}},
				"distributor":  {held: []string{"VERIFY 0-16 Wholesale One", "VERIFY 16-32 Wholesale One", "VERIFY 32-48 Wholesale One"}},
				"dispenser":    {held: []string{"VERIFY 48-64 Corner Pharmacy"}},
			},
		},
		{
			name: "ShippedToParticipantHostedElsewhere",
			act: func() {
				h.Ok(h.C.Ship(h.Ctx, h.Distributor.S, chain.SplitTokenID(w.Batch.ID, 16), h.Distributor2.Addr))
			},
			want: map[string]holdings{
				"manufacturer": {held: []string{"RECALLED 0-4 Acme Pharma"}},
				"distributor": {
					held:     []string{"VERIFY 0-16 Wholesale One", "VERIFY 32-48 Wholesale One"},
					outgoing: []string{"VERIFY 16-32 Wholesale One > 4012345000047"},
				},
				"distributor2": {incoming: []string{"VERIFY 16-32 Wholesale One > 4012345000047"}},
				"dispenser":    {held: []string{"VERIFY 48-64 Corner Pharmacy"}},
			},
		},
	} {
		t.Run(step.name, func(t *testing.T) {
			step.act()
			syncProjection(t, w)
			for name, a := range accounts {
				got, err := dir.Holdings(ctx, pedigree.Address(a.Addr))
				if err != nil {
					t.Fatal(err)
				}
				want := step.want[name]
				for _, c := range []struct {
					kind      string
					got, want []string
				}{
					{"held", describeHoldings(got.Held), want.held},
					{"outgoing", describeHoldings(got.Outgoing), want.outgoing},
					{"incoming", describeHoldings(got.Incoming), want.incoming},
				} {
					if !slices.Equal(c.got, c.want) {
						t.Errorf("%s's %s: got %q, want %q", name, c.kind, c.got, c.want)
					}
				}
				for _, hd := range slices.Concat(got.Held, got.Outgoing, got.Incoming) {
					sameAsProvenance(t, w, hd)
				}
			}
		})
	}
}

// describeHoldings writes each holding as "LOT start-end holder > receiver", parties by name or
// else GLN.
func describeHoldings(hs []pedigree.Holding) []string {
	name := func(p pedigree.Party) string { return cmp.Or(p.Name, p.GLN) }
	var out []string
	for _, h := range hs {
		s := fmt.Sprintf("%s %d-%d %s", h.Batch.Lot, h.Token.Start, h.Token.End, name(h.Token.Holder))
		if h.Token.PendingTo != nil {
			s += " > " + name(*h.Token.PendingTo)
		}
		out = append(out, s)
	}
	return out
}

// sameAsProvenance checks that a holding's token and batch are as the batch's page shows them.
func sameAsProvenance(t *testing.T, w *worldtest.World, h pedigree.Holding) {
	t.Helper()
	v, err := postgres.NewProvenance(w.Pool).Batch(context.Background(), h.Batch.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h.Batch, v.Batch) {
		t.Errorf("batch %+v, provenance shows %+v", h.Batch, v.Batch)
	}
	i := slices.IndexFunc(v.Tokens, func(tv pedigree.TokenView) bool { return tv.ID == h.Token.ID })
	if i < 0 {
		t.Errorf("token %s is not among its batch's tokens", h.Token.ID)
	} else if !reflect.DeepEqual(h.Token, v.Tokens[i]) {
		t.Errorf("token %+v, provenance shows %+v", h.Token, v.Tokens[i])
	}
}

// syncProjection indexes the chain up to its head.
func syncProjection(t *testing.T, w *worldtest.World) {
	t.Helper()
	ix := indexer.New(w.H.Client, postgres.NewProjection(w.Pool), indexer.Config{Contract: w.H.C.Address, DeployBlock: w.H.DeployBlock()})
	if _, err := ix.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestDirectoryParticipants(t *testing.T) {
	t.Parallel()
	w := worldtest.New(t)
	h := w.H
	got, err := postgres.NewDirectory(w.Pool).Participants(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		account   chaintest.Account
		role      pedigree.Role
		name, gln string
		suspended bool
	}{
		{h.Manufacturer, pedigree.RoleManufacturer, "Acme Pharma", "4012345000016", false},
		{h.Manufacturer2, pedigree.RoleManufacturer, "", "4012345000023", false},
		{h.Distributor, pedigree.RoleDistributor, "Wholesale One", "4012345000030", false},
		{h.Distributor2, pedigree.RoleDistributor, "", "4012345000047", false},
		{h.Suspended, pedigree.RoleDistributor, "", "4012345000078", true},
		{h.Dispenser, pedigree.RoleDispenser, "Corner Pharmacy", "4012345000054", false},
		{h.Dispenser2, pedigree.RoleDispenser, "Other Pharmacy", "4012345000061", false},
		{h.Regulator, pedigree.RoleRegulator, "Medicines Agency", "4012345000009", false},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d participants, want %d: %+v", len(got), len(want), got)
	}
	numbers := map[int]bool{}
	for i, w := range want {
		g := got[i]
		wantParty := pedigree.Party{Role: w.role, Name: w.name, GLN: w.gln, Account: pedigree.Address(w.account.Addr)}
		if g.Party != wantParty || g.Suspended != w.suspended {
			t.Errorf("participant %d: got %+v suspended %t, want %+v suspended %t", i, g.Party, g.Suspended, wantParty, w.suspended)
		}
		if g.Number <= 0 || numbers[g.Number] || g.ChangedAt.IsZero() {
			t.Errorf("participant %d: number %d, changed at %s", i, g.Number, g.ChangedAt)
		}
		numbers[g.Number] = true
	}
}

func TestDirectorySearchBatches(t *testing.T) {
	t.Parallel()
	w := worldtest.New(t)
	h, ctx := w.H, context.Background()
	// A second manufacturer, hosted here too, registers a batch of another product last.
	_, err := postgres.NewOrganisations(w.Pool).Create(ctx, pedigree.Organisation{
		Name: "Beta Generics", GLN: "4012345000023", Role: pedigree.RoleManufacturer, Account: pedigree.Address(h.Manufacturer2.Addr),
	})
	if err != nil {
		t.Fatal(err)
	}
	h.Ok(h.C.RegisterBatch(h.Ctx, h.Manufacturer2.S, chain.NewBatch{
		GTIN: 4012345000016, Lot: "OTHER", ExpiryDay: h.Today() + 100, Quantity: 10,
		IndexRoot: crypto.Keccak256Hash([]byte("serials")), SortedRoot: crypto.Keccak256Hash([]byte("sorted")), MasterDataHash: crypto.Keccak256Hash([]byte("master data")),
	}))
	syncProjection(t, w)
	dir := postgres.NewDirectory(w.Pool)

	for _, tt := range []struct {
		name  string
		q     pedigree.BatchQuery
		want  []string // lots, newest registration first
		total int      // how many match in all, when not len(want)
	}{
		{"OK", pedigree.BatchQuery{}, []string{"OTHER", "RECALLED", "VERIFY"}, 0},
		{"GTIN", pedigree.BatchQuery{GTIN: "09506000134352"}, []string{"RECALLED", "VERIFY"}, 0},
		{"GTINNone", pedigree.BatchQuery{GTIN: "00000000000000"}, nil, 0},
		{"Lot", pedigree.BatchQuery{Lot: "VERIFY"}, []string{"VERIFY"}, 0},
		{"LotPrefix", pedigree.BatchQuery{Lot: "VERIF"}, []string{"VERIFY"}, 0},
		{"LotAnyCase", pedigree.BatchQuery{Lot: "verify"}, []string{"VERIFY"}, 0},
		{"LotPrefixAnyCase", pedigree.BatchQuery{Lot: "rEc"}, []string{"RECALLED"}, 0},
		{"LotPrefixOnly", pedigree.BatchQuery{Lot: "ERIFY"}, nil, 0},
		{"LotLonger", pedigree.BatchQuery{Lot: "VERIFY1"}, nil, 0},
		{"LotWildcards", pedigree.BatchQuery{Lot: "%"}, nil, 0},
		{"LotUnderscore", pedigree.BatchQuery{Lot: "VERIF_"}, nil, 0},
		{"ManufacturerName", pedigree.BatchQuery{Manufacturer: "acme"}, []string{"RECALLED", "VERIFY"}, 0},
		{"ManufacturerNameAnyCase", pedigree.BatchQuery{Manufacturer: "GENERICS"}, []string{"OTHER"}, 0},
		{"ManufacturerNameWildcards", pedigree.BatchQuery{Manufacturer: "%"}, nil, 0},
		{"ManufacturerNameUnderscore", pedigree.BatchQuery{Manufacturer: "Acme_Pharma"}, nil, 0},
		{"ManufacturerGLN", pedigree.BatchQuery{Manufacturer: "4012345000023"}, []string{"OTHER"}, 0},
		{"ManufacturerGLNExact", pedigree.BatchQuery{Manufacturer: "401234500001"}, nil, 0},
		// VERIFY's packs are at Acme Pharma, Wholesale One and Corner Pharmacy; RECALLED's at Acme.
		{"HolderName", pedigree.BatchQuery{Holder: "corner"}, []string{"VERIFY"}, 0},
		{"HolderNameAnyCase", pedigree.BatchQuery{Holder: "ACME PHARMA"}, []string{"RECALLED", "VERIFY"}, 0},
		{"HolderGLN", pedigree.BatchQuery{Holder: "4012345000030"}, []string{"VERIFY"}, 0},
		{"HolderGLNManufacturer2", pedigree.BatchQuery{Holder: "4012345000023"}, []string{"OTHER"}, 0},
		{"HolderNone", pedigree.BatchQuery{Holder: "Other Pharmacy"}, nil, 0},
		{"HolderWildcards", pedigree.BatchQuery{Holder: "_"}, nil, 0},
		{"HolderAndLot", pedigree.BatchQuery{Holder: "acme", Lot: "v"}, []string{"VERIFY"}, 0},
		{"Active", pedigree.BatchQuery{Status: pedigree.BatchStatusActive}, []string{"OTHER", "VERIFY"}, 0},
		{"Recalled", pedigree.BatchQuery{Status: pedigree.BatchStatusRecalled}, []string{"RECALLED"}, 0},
		{"Combined", pedigree.BatchQuery{GTIN: "09506000134352", Manufacturer: "Pharma", Status: pedigree.BatchStatusActive}, []string{"VERIFY"}, 0},
		{"CombinedNone", pedigree.BatchQuery{GTIN: "09506000134352", Lot: "RECALLED", Status: pedigree.BatchStatusActive}, nil, 0},
		{"Limit", pedigree.BatchQuery{Limit: 2}, []string{"OTHER", "RECALLED"}, 3},
		{"Offset", pedigree.BatchQuery{Limit: 2, Offset: 2}, []string{"VERIFY"}, 3},
		{"OffsetPastTheEnd", pedigree.BatchQuery{Offset: 3}, nil, 3},
		{"OffsetFiltered", pedigree.BatchQuery{Manufacturer: "acme", Limit: 1, Offset: 1}, []string{"VERIFY"}, 2},
		{"LimitAboveCap", pedigree.BatchQuery{Limit: 1000}, []string{"OTHER", "RECALLED", "VERIFY"}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dir.SearchBatches(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var lots []string
			for _, b := range got.Batches {
				lots = append(lots, b.Lot)
			}
			if !slices.Equal(lots, tt.want) {
				t.Fatalf("got %q, want %q", lots, tt.want)
			}
			if want := cmp.Or(tt.total, len(tt.want)); got.Total != want {
				t.Errorf("total %d, want %d", got.Total, want)
			}
		})
	}

	// A lot's prefix is found through the index, not by reading every batch: among 20,000
	// batches (added in a transaction rolled back), the plan uses batches_lot_prefix.
	t.Run("LotIndex", func(t *testing.T) {
		tx, err := w.Pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		_, err = tx.Exec(ctx, `
			INSERT INTO batches (batch_id, gtin, lot, expiry, quantity, serials_root, master_data_hash, manufacturer, status,
			                     registered_block, registered_tx, changed_at, block_number, log_index)
			SELECT sha256(i::text::bytea), '09506000134352', 'L' || i, '2030-01-01', 1, sha256('r'::bytea), sha256('m'::bytea),
			       substring(sha256('a'::bytea) FROM 1 FOR 20), 'active', i, sha256(i::text::bytea), now(), i, 0
			FROM generate_series(1, 20000) i;
			ANALYZE batches`)
		if err != nil {
			t.Fatal(err)
		}
		var plan strings.Builder
		rows, err := tx.Query(ctx, `EXPLAIN SELECT b.batch_id FROM batches b WHERE b.superseded_at IS NULL
			AND lower(b.lot) ~>=~ lower($1) AND lower(b.lot) ~<~ (lower($1) || chr(127))`, "ver")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			plan.WriteString(line + "\n")
		}
		if !strings.Contains(plan.String(), "batches_lot_prefix") {
			t.Errorf("the plan does not use batches_lot_prefix:\n%s", plan.String())
		}
	})

	t.Run("Fields", func(t *testing.T) {
		res, err := dir.SearchBatches(ctx, pedigree.BatchQuery{})
		if err != nil {
			t.Fatal(err)
		}
		got := res.Batches
		for _, b := range got {
			v, err := postgres.NewProvenance(w.Pool).Batch(ctx, b.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(b, v.Batch) {
				t.Errorf("got %+v, provenance shows %+v", b, v.Batch)
			}
		}
		other, recalled, verify := got[0], got[1], got[2]
		if other.Manufacturer.Name != "Beta Generics" || other.GTIN != "04012345000016" || other.Quantity != 10 || other.Product != (pedigree.Product{}) {
			t.Errorf("OTHER: %+v", other)
		}
		if recalled.Status != pedigree.BatchStatusRecalled || recalled.RecallReason != 5 {
			t.Errorf("RECALLED: %+v", recalled)
		}
		wantMaker := pedigree.Party{Role: pedigree.RoleManufacturer, Name: "Acme Pharma", GLN: "4012345000016", Account: pedigree.Address(h.Manufacturer.Addr)}
		if verify.ID != pedigree.TokenIDFromBig(w.Batch.ID) || verify.Status != pedigree.BatchStatusActive || verify.Quantity != 64 ||
			verify.Manufacturer != wantMaker || verify.Product.Name != "Demoprofen" || verify.Expiry.IsZero() {
			t.Errorf("VERIFY: %+v", verify)
		}
	})

	for _, tt := range []struct {
		name  string
		q     pedigree.BatchQuery
		field string // the message names it
	}{
		{"ErrBadGTIN", pedigree.BatchQuery{GTIN: "9506000134352"}, "GTIN"},
		{"ErrBadGTINLetters", pedigree.BatchQuery{GTIN: "0950600013435X"}, "GTIN"},
		{"ErrBadStatus", pedigree.BatchQuery{Status: "expired"}, "status"},
		{"ErrNegativeLimit", pedigree.BatchQuery{Limit: -1}, "limit"},
		{"ErrNegativeOffset", pedigree.BatchQuery{Offset: -1}, "offset"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := dir.SearchBatches(ctx, tt.q)
			if got := pedigree.ErrorCode(err); got != pedigree.EINVALID {
				t.Fatalf("code %q (%v), want %q", got, err, pedigree.EINVALID)
			}
			if msg := pedigree.ErrorMessage(err); !strings.Contains(msg, tt.field) {
				t.Errorf("message %q does not name %s", msg, tt.field)
			}
		})
	}
}
