package pedigree

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Limits of packing a batch into cases and pallets.
const (
	MaxCases          = 10000 // cases one packing may make
	MaxCasesPerPallet = 1000
)

// PackPlan is how a batch is packed: cases of CaseSize packs (the last may hold fewer), and,
// when CasesPerPallet > 0, pallets of that many cases (the last may hold fewer).
type PackPlan struct {
	CaseSize       int `json:"case_size"`
	CasesPerPallet int `json:"cases_per_pallet"`
}

// Containers returns the cases and pallets plan makes of the packs [0, quantity), cases first,
// without their SSCCs: the k-th pallet's SSCC is PalletPlaceholder(k), which its cases name as
// their Parent. EINVALID when the plan does not fit the batch.
func (p PackPlan) Containers(quantity int) ([]Container, error) {
	switch {
	case p.CaseSize < 1 || p.CaseSize > quantity:
		return nil, Errorf(EINVALID, "case_size: give the packs in a case, from 1 to the batch's %d", quantity)
	case (quantity+p.CaseSize-1)/p.CaseSize > MaxCases:
		return nil, Errorf(EINVALID, "case_size: %d packs to a case makes more than %d cases of %d packs", p.CaseSize, MaxCases, quantity)
	case p.CasesPerPallet < 0 || p.CasesPerPallet > MaxCasesPerPallet:
		return nil, Errorf(EINVALID, "cases_per_pallet: give the cases on a pallet, from 1 to %d, or 0 for no pallets", MaxCasesPerPallet)
	}
	var cases, pallets []Container
	for start := 0; start < quantity; start += p.CaseSize {
		cases = append(cases, Container{Start: uint32(start), End: uint32(min(start+p.CaseSize, quantity))})
	}
	if p.CasesPerPallet == 0 {
		return cases, nil
	}
	for i := 0; i < len(cases); i += p.CasesPerPallet {
		on := cases[i:min(i+p.CasesPerPallet, len(cases))]
		for j := range on {
			on[j].Parent = PalletPlaceholder(len(pallets))
		}
		pallets = append(pallets, Container{SSCC: PalletPlaceholder(len(pallets)), Start: on[0].Start, End: on[len(on)-1].End})
	}
	return slices.Concat(cases, pallets), nil
}

// CompanyPrefixOf returns the longest of prefixes that GTIN-14 gtin is under (the digits after
// its indicator), "" when none is.
func CompanyPrefixOf(gtin string, prefixes []string) string {
	best := ""
	for _, p := range prefixes {
		if len(gtin) == 14 && strings.HasPrefix(gtin[1:], p) && len(p) > len(best) {
			best = p
		}
	}
	return best
}

// PalletPlaceholder stands for the SSCC of a plan's k-th pallet until one is given.
func PalletPlaceholder(k int) string { return "pallet#" + strconv.Itoa(k) }

// ContainerFacts are what a case's or pallet's verdict is decided from.
type ContainerFacts struct {
	Now         time.Time
	Scanner     Organisation
	Expiry      time.Time         // the batch's last day of use
	RecallCode  int               // the batch's recall reason; 0 when not recalled
	Contents    map[PackState]int // the packs inside, counted by state
	Outside     int               // packs of the case held in another token than the rest: not where their case is
	Holder      Address           // who holds the case's packs (zero when they are not together)
	PendingTo   Address           // to whom they are shipped, zero when they are not
	PackedCount int               // the packs the case covers
}

// DecideContainer applies the verification rules to a case or pallet as a whole: a green only
// when every pack inside would be one where the case is, so one scan never passes a suspect
// pack. Most severe first: a recalled batch; packs inside no longer active; an expired batch;
// packs not where their case is, or a case neither held by nor on its way to the scanner (a
// regulator excepted). Its reasons say each finding.
func DecideContainer(f ContainerFacts) (Verdict, []Reason) {
	var reasons []Reason
	add := func(v Verdict, format string, args ...any) {
		reasons = append(reasons, Reason{Verdict: v, Message: fmt.Sprintf(format, args...), format: format, args: args})
	}
	if f.RecallCode != 0 {
		add(VerdictRecalled, "The batch has been recalled (%s): do not supply these packs.", recallWordsLower(RecallReason(f.RecallCode)))
	}
	inactive := 0
	for s, n := range f.Contents {
		if s != PackActive {
			inactive += n
		}
	}
	if inactive > 0 {
		add(VerdictAlreadyDecommissioned, "%d of the %d packs inside are no longer active (dispensed, destroyed, stolen or otherwise withdrawn).", inactive, f.PackedCount)
	}
	if day(f.Now).After(day(f.Expiry)) {
		add(VerdictExpired, "The batch expired on %s.", f.Expiry.Format(time.DateOnly))
	}
	if f.Outside > 0 {
		add(VerdictCustodyMismatch, "%d of the %d packs are no longer where their case is: the case was opened or split.", f.Outside, f.PackedCount)
	} else if f.Scanner.Role != RoleRegulator && f.Holder != f.Scanner.Account && (f.PendingTo.IsZero() || f.PendingTo != f.Scanner.Account) {
		add(VerdictCustodyMismatch, "The case is neither held by %s nor on its way to it.", f.Scanner.Name)
	}
	if len(reasons) == 0 {
		add(VerdictAuthentic, "Every pack inside is active and where its case is.")
		return VerdictAuthentic, reasons
	}
	slices.SortStableFunc(reasons, func(a, b Reason) int { return a.Verdict.severity() - b.Verdict.severity() })
	return reasons[0].Verdict, reasons
}
