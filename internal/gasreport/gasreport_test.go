package gasreport

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"math/big"
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/chain"
)

// The tests assert what pedigree's design guarantees, whatever the figures are. They do not assert
// the targets: a missed target is reported by the table, not hidden by a failing test.

func TestRun(t *testing.T) {
	var out bytes.Buffer
	report, err := Run(context.Background(), &out)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("RequiredOperations", func(t *testing.T) {
		for _, op := range Required {
			f, ok := report[op]
			if !ok {
				t.Errorf("%s: missing", op)
				continue
			}
			if f.Pedigree == 0 {
				t.Errorf("%s: pedigree gas is 0", op)
			}
		}
	})
	t.Run("ReferenceOnlyWhereItHasTheOperation", func(t *testing.T) {
		for _, op := range []string{Register1k, Register100k, Handoff, Decommission1, Decommission1FreshWord, Decommission16PerPack} {
			if report[op].Reference == 0 {
				t.Errorf("%s: reference gas is 0", op)
			}
		}
		for _, op := range []string{Split, Recall} {
			if got := report[op].Reference; got != 0 {
				t.Errorf("%s: reference gas is %d, want 0 (the reference has no %s)", op, got, op)
			}
		}
	})
	t.Run("RegistrationIndependentOfBatchSize", func(t *testing.T) {
		// Only the roots' parent is stored, so a 100,000-pack or 10-pack registration executes
		// exactly like a 1,000-pack one. The receipts differ only by the calldata (the quantity's
		// and the roots' zero bytes): execution gas is equal, and that is asserted here.
		bs, err := buildTrees()
		if err != nil {
			t.Fatal(err)
		}
		for op, bt := range map[string]batch{Register100k: bs.b100k, Register10: bs.b10} {
			got := int64(report[op].Pedigree) - int64(report[Register1k].Pedigree)
			want := registerCalldataGas(bt) - registerCalldataGas(bs.b1k)
			if got != want {
				t.Errorf("%s - register_1k: got %d gas, want %d (the calldata difference alone)", op, got, want)
			}
		}
	})
	t.Run("MultiproofCheaperPerPack", func(t *testing.T) {
		per, one := report[Decommission16PerPack].Pedigree, report[Decommission1].Pedigree
		if per >= one {
			t.Errorf("decommission_16_per_pack %d >= decommission_1 %d", per, one)
		}
	})
	t.Run("NoFreshSlotForAFirstToken", func(t *testing.T) {
		// A balance shares its participant's slot, which is never zero, so a manufacturer's first
		// token and a receiver's first token cost what later ones do (the reference writes a
		// fresh balance slot for each).
		for _, c := range [][2]string{{Register1kFirstToken, Register1k}, {HandoffNewReceiver, Handoff}} {
			if got, want := report[c[0]].Pedigree, report[c[1]].Pedigree; got != want {
				t.Errorf("%s: got %d gas, want %s's %d", c[0], got, c[1], want)
			}
		}
	})
	t.Run("HandoffIsShipPlusAccept", func(t *testing.T) {
		got, want := report[Handoff].Pedigree, report[Ship].Pedigree+report[Accept].Pedigree
		if got != want {
			t.Errorf("handoff: got %d, want ship + accept = %d", got, want)
		}
	})
	t.Run("Output", func(t *testing.T) {
		for _, want := range []string{Rules, "operation", Register100k, "<= 150,000", "notes:"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("output lacks %q:\n%s", want, out.String())
			}
		}
	})
	t.Run("JSON", func(t *testing.T) {
		data, err := json.Marshal(report)
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]map[string]uint64
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		f := got[Register1k]
		if len(f) != 2 || f["pedigree"] != report[Register1k].Pedigree || f["reference"] != report[Register1k].Reference {
			t.Errorf("register_1k as JSON: got %v, want {pedigree, reference}", f)
		}
	})

	t.Run("Deterministic", func(t *testing.T) {
		again, err := Run(context.Background(), &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(again, report) {
			t.Errorf("second run differs:\ngot  %v\nwant %v", again, report)
		}
	})
}

// registerCalldataGas returns the calldata gas (4 per zero byte, 16 per non-zero byte) of Run's
// registerBatch call for bt. The expiry day is the same in every call, so any value gives the same
// differences.
func registerCalldataGas(bt batch) int64 {
	data := chain.NewPedigree().PackRegisterBatch(gtin, bt.lot, 0x7777, big.NewInt(int64(bt.tree.Len())), bt.tree.IndexRoot(), bt.tree.SortedRoot(), masterDataHash)
	var gas int64
	for _, c := range data {
		if c == 0 {
			gas += 4
		} else {
			gas += 16
		}
	}
	return gas
}
