package demo_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/chain/chaintest"
	"github.com/pedigree-rx/pedigree/internal/demo"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// batch returns a batch of n packs of lot with given serials.
func batch(lot string, n int) pedigree.NewBatch {
	return pedigree.NewBatch{
		GTIN: "09506000134352", Lot: lot, Expiry: time.Now().AddDate(1, 0, 0), Serials: chaintest.Serials(lot+"-", n),
		Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"},
	}
}

var everyone = map[demo.Part]common.Address{
	demo.Manufacturer: {1}, demo.Distributor: {2}, demo.Dispenser: {3}, demo.Distributor2: {4}, demo.Dispenser2: {5},
}

// holdings describes a script's end: each holder's packs, and the packs not active.
func holdings(sc *demo.Script) string {
	var b strings.Builder
	for _, c := range sc.Parts {
		fmt.Fprintf(&b, "%s[%d,%d) ", c.Holder, c.Start, c.End)
	}
	for i := range sc.Serials {
		if st := sc.State(i); st != pedigree.PackActive {
			fmt.Fprintf(&b, "%d:%s ", i, st)
		}
	}
	return strings.TrimSpace(b.String())
}

func TestStoryWrite(t *testing.T) {
	for _, tc := range []struct {
		name       string
		story      demo.Story
		acts, txs  int
		wantEnd    string
		wantActive int
	}{
		{"OK", demo.Story{Batch: batch("VERIFY", 64), Ship: 32, Consignments: 2, ToPharmacy: 1, DispenseAt: 2, Dispense: 1},
			8, 8, "manufacturer[0,32) distributor[32,48) dispenser[48,64) 50:supplied", 48},
		{"OKRecalled", demo.Story{Batch: batch("RECALLED", 4), Recall: 5}, 2, 2, "manufacturer[0,4)", -1},
		{"OKWholesaler", demo.Story{Batch: batch("BENCH", 680), Ship: 340, Consignments: 20, ToPharmacy: 10, ToWholesaler: 3, Dispense: 16},
			10, 62, "", 526},
		{"OKEverything", demo.Story{Batch: batch("B000004", 64), Ship: 32, Consignments: 2, ToPharmacy: 1, Dispense: 16,
			Samples: []int{0, 1}, Misroute: true, Lock: []int{32, 33, 34, 35}, Undo: []int{50}},
			9, 13, "", 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := tc.story.Write(everyone)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(sc.Acts), tc.acts; got != want {
				t.Errorf("acts: got %d, want %d", got, want)
			}
			if got, want := sc.Transactions(), tc.txs; got != want {
				t.Errorf("transactions: got %d, want %d", got, want)
			}
			if got := holdings(sc); tc.wantEnd != "" && got != tc.wantEnd {
				t.Errorf("end: got %q, want %q", got, tc.wantEnd)
			}
			got, ok := sc.Active(demo.Dispenser)
			if !ok {
				got = -1
			}
			if got != tc.wantActive {
				t.Errorf("active at the dispenser: got %d, want %d", got, tc.wantActive)
			}
			if sc.Acts[0][0].What != "register the batch" {
				t.Errorf("first step %q, want the registration", sc.Acts[0][0].What)
			}
		})
	}
	t.Run("OKWholesalerEnd", func(t *testing.T) {
		sc, err := demo.Story{Batch: batch("BENCH", 680), Ship: 340, Consignments: 20, ToPharmacy: 10, ToWholesaler: 3, Dispense: 16}.Write(everyone)
		if err != nil {
			t.Fatal(err)
		}
		packs := map[demo.Part]int{}
		for _, c := range sc.Parts {
			packs[c.Holder] += c.End - c.Start
		}
		want := map[demo.Part]int{demo.Manufacturer: 340, demo.Distributor: 7 * 17, demo.Dispenser: 170, demo.Distributor2: 34, demo.Dispenser2: 17}
		if !maps(packs, want) {
			t.Errorf("packs held: got %v, want %v", packs, want)
		}
	})
	for _, tc := range []struct {
		name  string
		story demo.Story
		cast  map[demo.Part]common.Address
		want  string
	}{
		{"ErrShipAll", demo.Story{Batch: batch("X", 4), Ship: 4, Consignments: 1}, everyone, "keeps at least one"},
		{"ErrConsignments", demo.Story{Batch: batch("X", 8), Ship: 4, Consignments: 2, ToPharmacy: 2}, everyone, "consignments to the pharmacy"},
		{"ErrDispense", demo.Story{Batch: batch("X", 8), Ship: 4, Consignments: 2, ToPharmacy: 1, Dispense: 3}, everyone, "dispenses packs [0, 3)"},
		{"ErrUndo", demo.Story{Batch: batch("X", 8), Ship: 4, Consignments: 2, ToPharmacy: 1, Dispense: 1, Undo: []int{7}}, everyone, "was not dispensed"},
		{"ErrCast", demo.Story{Batch: batch("X", 8), Ship: 4, Consignments: 1}, map[demo.Part]common.Address{demo.Manufacturer: {1}}, "no account plays the distributor"},
		{"ErrNoSerials", demo.Story{Batch: pedigree.NewBatch{GTIN: "09506000134352", Lot: "X", Quantity: 8}}, everyone, "needs the serials"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.story.Write(tc.cast)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}

func maps(a, b map[demo.Part]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestStoryTell(t *testing.T) {
	h := chaintest.New(t)
	ctx := context.Background()
	cast := demo.Cast{Senders: map[demo.Part]*chain.Sender{
		demo.Manufacturer: h.Manufacturer.S, demo.Distributor: h.Distributor.S, demo.Dispenser: h.Dispenser.S,
		demo.Distributor2: h.Distributor2.S, demo.Dispenser2: h.Dispenser2.S,
	}}
	story := demo.Story{Batch: batch("TELL", 64), Ship: 32, Consignments: 4, ToPharmacy: 1, ToWholesaler: 1, DispenseAt: 1, Dispense: 2,
		Samples: []int{3}, Misroute: true, Lock: []int{32}, Undo: []int{57}, Recall: 2}
	sc, err := story.Tell(ctx, h.C, cast)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		if got, want := sc.Sent, sc.Transactions(); got != want {
			t.Errorf("sent %d transactions, want %d", got, want)
		}
		for _, c := range sc.Parts {
			if got, want := h.Owner(c.Token), cast.Senders[c.Holder].From(); got != want {
				t.Errorf("packs [%d, %d): held by %s, want the %s's %s", c.Start, c.End, got, c.Holder, want)
			}
		}
		for i := range sc.Serials {
			st, err := h.C.PackState(ctx, sc.ID, uint32(i))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := pedigree.PackState(st.State), sc.State(i); got != want {
				t.Errorf("pack %d: %s on the chain, %s in the script", i, got, want)
			}
		}
		b, err := h.C.Batch(ctx, sc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if b.RecallReason != 2 {
			t.Errorf("recall reason %d, want 2", b.RecallReason)
		}
	})
	t.Run("OKResumed", func(t *testing.T) {
		// Told again, the story finds everything done but what reverses an earlier step.
		again, err := story.Tell(ctx, h.C, cast)
		if err != nil {
			t.Fatal(err)
		}
		if again.Sent != 0 {
			t.Errorf("sent %d transactions, want none", again.Sent)
		}
		if !slices.Equal(again.Serials, sc.Serials) {
			t.Errorf("serials differ")
		}
	})
}

func TestStoryTellInterrupted(t *testing.T) {
	// A telling stopped after the first consignment reached the pharmacy is finished by the next.
	h := chaintest.New(t)
	ctx := context.Background()
	cast := demo.Cast{Senders: map[demo.Part]*chain.Sender{
		demo.Manufacturer: h.Manufacturer.S, demo.Distributor: h.Distributor.S, demo.Dispenser: h.Dispenser.S,
		demo.Distributor2: h.Distributor2.S, demo.Dispenser2: h.Dispenser2.S,
	}}
	half := demo.Story{Batch: batch("HALF", 64), Ship: 32, Consignments: 4, ToPharmacy: 1}
	whole := half
	whole.ToWholesaler, whole.Dispense, whole.Recall = 1, 2, 1
	first, err := half.Tell(ctx, h.C, cast)
	if err != nil {
		t.Fatal(err)
	}
	second, err := whole.Tell(ctx, h.C, cast)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := second.Sent, second.Transactions()-first.Transactions(); got != want {
		t.Errorf("sent %d transactions, want %d", got, want)
	}
	for _, c := range second.Parts {
		if got, want := h.Owner(c.Token), cast.Senders[c.Holder].From(); got != want {
			t.Errorf("packs [%d, %d): held by %s, want the %s's %s", c.Start, c.End, got, c.Holder, want)
		}
	}
}
