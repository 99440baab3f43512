package pedigree_test

import (
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestDecideContainer(t *testing.T) {
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	dist := pedigree.Organisation{Name: "Wholesale", Role: pedigree.RoleDistributor, Account: pedigree.Address{2}}
	pharmacy := pedigree.Organisation{Name: "Pharmacy", Role: pedigree.RoleDispenser, Account: pedigree.Address{3}}
	regulator := pedigree.Organisation{Name: "Agency", Role: pedigree.RoleRegulator, Account: pedigree.Address{9}}
	base := func(mod func(*pedigree.ContainerFacts)) pedigree.ContainerFacts {
		f := pedigree.ContainerFacts{Now: now, Scanner: dist, Expiry: now.AddDate(1, 0, 0), Holder: dist.Account, PackedCount: 4,
			Contents: map[pedigree.PackState]int{pedigree.PackActive: 4}}
		if mod != nil {
			mod(&f)
		}
		return f
	}
	for _, tc := range []struct {
		name  string
		facts pedigree.ContainerFacts
		want  pedigree.Verdict
		all   int // findings
	}{
		{"Authentic", base(nil), pedigree.VerdictAuthentic, 1},
		{"OnItsWayToScanner", base(func(f *pedigree.ContainerFacts) { f.Holder, f.PendingTo = pedigree.Address{1}, dist.Account }), pedigree.VerdictAuthentic, 1},
		{"ExpiresToday", base(func(f *pedigree.ContainerFacts) { f.Expiry = now }), pedigree.VerdictAuthentic, 1},
		{"RegulatorAnywhere", base(func(f *pedigree.ContainerFacts) { f.Scanner = regulator }), pedigree.VerdictAuthentic, 1},
		{"Recalled", base(func(f *pedigree.ContainerFacts) { f.RecallCode = 1 }), pedigree.VerdictRecalled, 1},
		{"OnePackDispensed", base(func(f *pedigree.ContainerFacts) {
			f.Contents = map[pedigree.PackState]int{pedigree.PackActive: 3, pedigree.PackSupplied: 1}
		}), pedigree.VerdictAlreadyDecommissioned, 1},
		{"OnePackStolen", base(func(f *pedigree.ContainerFacts) {
			f.Contents = map[pedigree.PackState]int{pedigree.PackActive: 3, pedigree.PackStolen: 1}
		}), pedigree.VerdictAlreadyDecommissioned, 1},
		{"Expired", base(func(f *pedigree.ContainerFacts) { f.Expiry = now.AddDate(0, 0, -1) }), pedigree.VerdictExpired, 1},
		{"PackOutside", base(func(f *pedigree.ContainerFacts) { f.Outside, f.Holder = 1, pedigree.Address{} }), pedigree.VerdictCustodyMismatch, 1},
		{"PackOutsideRegulator", base(func(f *pedigree.ContainerFacts) { f.Outside, f.Holder, f.Scanner = 1, pedigree.Address{}, regulator }), pedigree.VerdictCustodyMismatch, 1},
		{"AnotherPharmacysCase", base(func(f *pedigree.ContainerFacts) { f.Scanner = pharmacy }), pedigree.VerdictCustodyMismatch, 1},
		{"ShippedElsewhere", base(func(f *pedigree.ContainerFacts) { f.Holder, f.PendingTo = pedigree.Address{1}, pharmacy.Account }), pedigree.VerdictCustodyMismatch, 1},
		{"RecalledExpiredAndDispensed", base(func(f *pedigree.ContainerFacts) {
			f.RecallCode, f.Expiry = 2, now.AddDate(0, 0, -1)
			f.Contents = map[pedigree.PackState]int{pedigree.PackActive: 3, pedigree.PackSupplied: 1}
		}), pedigree.VerdictRecalled, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, reasons := pedigree.DecideContainer(tc.facts)
			if got != tc.want || len(reasons) != tc.all || reasons[0].Verdict != got {
				t.Errorf("DecideContainer: %s %+v, want %s with %d findings", got, reasons, tc.want, tc.all)
			}
			if got.Genuine() != (tc.want == pedigree.VerdictAuthentic) {
				t.Errorf("%s: a green for a case with a finding", got)
			}
		})
	}
}

func TestPackPlan(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		cs, err := pedigree.PackPlan{CaseSize: 4, CasesPerPallet: 2}.Containers(10)
		if err != nil {
			t.Fatal(err)
		}
		want := []pedigree.Container{
			{Start: 0, End: 4, Parent: "pallet#0"}, {Start: 4, End: 8, Parent: "pallet#0"}, {Start: 8, End: 10, Parent: "pallet#1"},
			{SSCC: "pallet#0", Start: 0, End: 8}, {SSCC: "pallet#1", Start: 8, End: 10},
		}
		if len(cs) != len(want) {
			t.Fatalf("got %+v, want %+v", cs, want)
		}
		for i := range want {
			if cs[i] != want[i] {
				t.Errorf("container %d: %+v, want %+v", i, cs[i], want[i])
			}
		}
		if cs, _ := (pedigree.PackPlan{CaseSize: 10}).Containers(10); len(cs) != 1 || cs[0].Parent != "" {
			t.Errorf("one case, no pallet: %+v", cs)
		}
	})
	for _, bad := range []pedigree.PackPlan{{CaseSize: 0}, {CaseSize: 11}, {CaseSize: 1, CasesPerPallet: -1}, {CaseSize: 2, CasesPerPallet: pedigree.MaxCasesPerPallet + 1}} {
		if _, err := bad.Containers(10); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("%+v of 10 packs: %v, want EINVALID", bad, err)
		}
	}
	if _, err := (pedigree.PackPlan{CaseSize: 1}).Containers(pedigree.MaxCases + 1); pedigree.ErrorCode(err) != pedigree.EINVALID {
		t.Errorf("more than MaxCases cases: %v", err)
	}
}

func TestCompanyPrefixOf(t *testing.T) {
	if got := pedigree.CompanyPrefixOf("09506000134352", []string{"950", "9506000", "4012345"}); got != "9506000" {
		t.Errorf("got %q, want the longest prefix the GTIN is under", got)
	}
	if got := pedigree.CompanyPrefixOf("04012345000016", []string{"9506000"}); got != "" {
		t.Errorf("got %q, want none", got)
	}
}
