package epcis

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Step is the CBV event a kind of fact is: its type, action, business step and disposition.
type Step struct {
	Type, Action, BizStep, Disposition string
}

// factSteps maps every kind of fact but pack states (packSteps) to its event.
var factSteps = map[pedigree.FactKind]Step{
	pedigree.FactRegistered: {ObjectEvent, "ADD", "commissioning", "active"},
	// A split carves packs out of a token, as a line packs them into a case to ship.
	pedigree.FactSplit:     {ObjectEvent, "OBSERVE", "packing", ""},
	pedigree.FactShipped:   {ObjectEvent, "OBSERVE", "shipping", "in_transit"},
	pedigree.FactAccepted:  {ObjectEvent, "OBSERVE", "receiving", "in_progress"},
	pedigree.FactCancelled: {ObjectEvent, "OBSERVE", "void_shipping", "in_progress"},
	// An undo corrects a mistaken change: the packs are active again. No business step
	// happened, so none is named.
	pedigree.FactUndone:   {ObjectEvent, "OBSERVE", "", "active"},
	pedigree.FactRecalled: {ObjectEvent, "OBSERVE", "holding", "recalled"},
}

// packSteps maps each state a pack may be set to (EU FMD) to its event. Only destruction ends
// the packs for good (DELETE): every other change may be undone.
var packSteps = map[pedigree.PackState]Step{
	pedigree.PackSupplied:   {ObjectEvent, "OBSERVE", "dispensing", "dispensed"},
	pedigree.PackDestroyed:  {ObjectEvent, "DELETE", "destroying", "destroyed"},
	pedigree.PackStolen:     {ObjectEvent, "OBSERVE", "decommissioning", "stolen"},
	pedigree.PackSample:     {ObjectEvent, "OBSERVE", "sampling", "non_sellable_other"},
	pedigree.PackFreeSample: {ObjectEvent, "OBSERVE", "decommissioning", "non_sellable_other"},
	pedigree.PackExported:   {ObjectEvent, "OBSERVE", "decommissioning", "inactive"},
	pedigree.PackLocked:     {ObjectEvent, "OBSERVE", "holding", "non_sellable_other"},
	pedigree.PackCheckedOut: {ObjectEvent, "OBSERVE", "decommissioning", "inactive"},
}

// StepOf returns the event fact f is.
func StepOf(f pedigree.Fact) Step {
	if f.Kind == pedigree.FactPackState {
		return packSteps[f.State]
	}
	return factSteps[f.Kind]
}

// KindsOf returns the kinds of facts with an event of business step bizStep (a bare CBV name
// or its URI), and for pack facts the states; none when no fact has it.
func KindsOf(bizStep string) (kinds []pedigree.FactKind, states []pedigree.PackState) {
	want := cbvURI("BizStep-", bizStep)
	for _, k := range pedigree.FactKinds {
		if s, ok := factSteps[k]; ok && s.BizStep != "" && cbvURI("BizStep-", s.BizStep) == want {
			kinds = append(kinds, k)
		}
	}
	for st := pedigree.PackSupplied; st <= pedigree.PackCheckedOut; st++ {
		if cbvURI("BizStep-", packSteps[st].BizStep) == want {
			states = append(states, st)
		}
	}
	if len(states) > 0 {
		kinds = append(kinds, pedigree.FactPackState)
	}
	if want == BizStepURI("packing") || want == BizStepURI("unpacking") {
		kinds = append(kinds, pedigree.FactRegistered) // its batch's Aggregations
	}
	return kinds, states
}

// BizStepURI returns business step s (a bare CBV name or a URI) as its CBV URI, to compare.
func BizStepURI(s string) string { return cbvURI("BizStep-", s) }

// Map returns the EPCIS event of fact f, its eventID set. serials are the batch's serials in
// pack order, or nil when this service does not hold them. The event names the packs by
// SGTIN when serials are given and sgtins is true; otherwise (serial secrecy: only the
// batch's manufacturer gets serials) it counts them as its batch's class (LGTIN) in a
// quantityList. Either way its eventID is the hash of the event with every SGTIN this service
// knows, so every caller gets the same id for the same fact: an event without them is a
// redacted copy (EPCIS 2.0 allows a query answer to leave out what the caller may not see).
// The packs' indexes in the batch are in pedigree:packIndexes either way.
//
// A custody step of a whole case or pallet (its token is exactly the case's packs) names the
// case by its SSCC, which is no secret, for every caller.
func Map(f pedigree.Fact, ids Prefixes, b Packs) Event {
	serials, sgtins := b.Serials, b.SGTINs
	step := StepOf(f)
	e := Event{
		Type: step.Type, EventTime: f.Time, Action: step.Action, BizStep: step.BizStep, Disposition: step.Disposition,
		Pedigree: Pedigree{TransactionHash: f.TxHash.String(), BlockNumber: f.Block, LogIndex: new(int)},
	}
	*e.LogIndex = int(f.LogIndex)
	class := ids.LGTIN(f.GTIN, f.Lot)
	var packs []uint32 // nil for a range
	n := int(f.End) - int(f.Start)
	if f.Indexes != nil {
		packs, n = f.Indexes, len(f.Indexes)
		e.PackIndexes = formatIndexes(f.Indexes)
	} else {
		e.PackIndexes = formatRange(f.Start, f.End)
	}

	switch f.Kind {
	case pedigree.FactRegistered:
		e.ILMD = &ILMD{LotNumber: f.Lot, ItemExpirationDate: f.Expiry.Format("2006-01-02")}
		e.locate(ids, f.To)
		e.TokenID = f.Token.String()
	case pedigree.FactSplit:
		e.locate(ids, f.To)
		e.TokenID = f.Token.String()
		if f.Parent != nil {
			e.ParentTokenID = f.Parent.String()
		}
	case pedigree.FactShipped, pedigree.FactAccepted:
		e.SourceList = sourcesOf(ids, f.From)
		e.DestinationList = destinationsOf(ids, f.To)
		if f.Kind == pedigree.FactShipped {
			e.locate(ids, f.From)
		} else {
			e.locate(ids, f.To)
		}
		e.TokenID = f.Token.String()
	case pedigree.FactCancelled:
		e.DestinationList = destinationsOf(ids, f.To)
		e.locate(ids, f.From)
		e.TokenID = f.Token.String()
	case pedigree.FactPackState, pedigree.FactUndone:
		e.locate(ids, f.Actor)
	case pedigree.FactRecalled:
		// A recall is of the whole lot, a class: it names no pack.
		e.locate(ids, f.Actor)
		e.RecallReason = int(f.RecallReason)
		e.QuantityList = []Quantity{{EPCClass: class, Quantity: float64(n)}}
		e.Finish()
		return e
	}

	if f.Kind == pedigree.FactSplit || f.Kind == pedigree.FactShipped || f.Kind == pedigree.FactAccepted || f.Kind == pedigree.FactCancelled {
		if c, ok := Outermost(b.Cases, f.Start, f.End); ok {
			e.EPCList = []string{ids.SSCC(c.SSCC)}
			e.Finish()
			return e
		}
	}
	if serials == nil {
		e.QuantityList = []Quantity{{EPCClass: class, Quantity: float64(n)}}
		e.Finish()
		return e
	}
	e.EPCList = make([]string, 0, n)
	add := func(i uint32) {
		if int(i) < len(serials) {
			e.EPCList = append(e.EPCList, ids.SGTIN(f.GTIN, serials[i]))
		}
	}
	if packs != nil {
		for _, i := range packs {
			add(i)
		}
	} else {
		for i := f.Start; i < f.End; i++ {
			add(i)
		}
	}
	e.Finish()
	if !sgtins {
		e.EPCList = nil
		e.QuantityList = []Quantity{{EPCClass: class, Quantity: float64(n)}}
	}
	return e
}

// Packs is what this service knows of a batch's packs, and what the caller may see of them.
type Packs struct {
	Serials []string // in pack order; nil when this service does not hold them
	SGTINs  bool     // whether the caller may see the serials (the batch's manufacturer)
	Cases   []pedigree.Container
}

// Outermost returns the case or pallet that is exactly the packs [start, end), the pallet
// when a pallet and its one case both are.
func Outermost(cs []pedigree.Container, start, end uint32) (pedigree.Container, bool) {
	var found pedigree.Container
	ok := false
	for _, c := range cs {
		if c.Start == start && c.End == end && (!ok || found.Parent == c.SSCC) {
			found, ok = c, true
		}
	}
	return found, ok
}

// locate sets the event's read point and business location to p's GLN.
func (e *Event) locate(ids Prefixes, p pedigree.Party) {
	if p.GLN == "" {
		return
	}
	loc := &Location{ID: ids.SGLN(p.GLN)}
	e.ReadPoint, e.BizLocation = loc, loc
}

// sourcesOf names p as a source: its party (PGLN) and its location (SGLN), from its GLN.
func sourcesOf(ids Prefixes, p pedigree.Party) []Source {
	if p.GLN == "" {
		return nil
	}
	return []Source{{"owning_party", ids.PGLN(p.GLN)}, {"location", ids.SGLN(p.GLN)}}
}

// destinationsOf names p as a destination, as sourcesOf does.
func destinationsOf(ids Prefixes, p pedigree.Party) []Destination {
	if p.GLN == "" {
		return nil
	}
	return []Destination{{"owning_party", ids.PGLN(p.GLN)}, {"location", ids.SGLN(p.GLN)}}
}

func formatRange(start, end uint32) string {
	if end == start+1 {
		return strconv.FormatUint(uint64(start), 10)
	}
	return strconv.FormatUint(uint64(start), 10) + "-" + strconv.FormatUint(uint64(end-1), 10)
}

// formatIndexes writes ascending indexes as ranges: "50,52-53".
func formatIndexes(xs []uint32) string {
	var parts []string
	for i := 0; i < len(xs); {
		j := i
		for j+1 < len(xs) && xs[j+1] == xs[j]+1 {
			j++
		}
		parts = append(parts, formatRange(xs[i], xs[j]+1))
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// Aggregations returns the packing of a batch into its cases and pallets as AggregationEvents
// (action ADD, business step packing), to follow the batch's registration f: each case's SSCC
// is the parent of its packs, each pallet's the parent of its cases. A case names its packs by
// SGTIN as Map does (a count of the batch's class for whoever may not see serials, with the
// same eventID); a pallet names its cases, whose SSCCs are no secret. Packing is not a chain
// fact: the events carry the batch's token and the packs' indexes, and no transaction hash.
// Their time is when the case was recorded, never before the registration. A case opened
// (unpacked) adds an AggregationEvent of action DELETE, business step unpacking, at the time
// it was opened.
func Aggregations(f pedigree.Fact, ids Prefixes, b Packs) []Event {
	if f.Kind != pedigree.FactRegistered || len(b.Cases) == 0 {
		return nil
	}
	cases := slices.Clone(b.Cases)
	pallet := func(c pedigree.Container) bool { return c.IsPallet(b.Cases) }
	// Cases before pallets, each in pack order: the line packs cases before it stacks them.
	slices.SortStableFunc(cases, func(x, y pedigree.Container) int {
		if px, py := pallet(x), pallet(y); px != py {
			if px {
				return 1
			}
			return -1
		}
		return cmp.Compare(x.Start, y.Start)
	})
	class := ids.LGTIN(f.GTIN, f.Lot)
	// children sets a case's children: its packs by SGTIN, hashed, then counted by class for
	// whoever may not see serials (or when this service does not hold them).
	children := func(e *Event, c pedigree.Container) {
		for i := c.Start; i < c.End && int(i) < len(b.Serials); i++ {
			e.ChildEPCs = append(e.ChildEPCs, ids.SGTIN(f.GTIN, b.Serials[i]))
		}
		if b.Serials == nil {
			e.ChildQuantityList = []Quantity{{EPCClass: class, Quantity: float64(c.End - c.Start)}}
		}
		e.Finish()
		if b.Serials != nil && !b.SGTINs {
			e.ChildEPCs = nil
			e.ChildQuantityList = []Quantity{{EPCClass: class, Quantity: float64(c.End - c.Start)}}
		}
	}
	var out, unpacked []Event
	for _, c := range cases {
		e := Event{Type: AggregationEvent, EventTime: f.Time, Action: "ADD", BizStep: "packing", ParentID: ids.SSCC(c.SSCC),
			Pedigree: Pedigree{TokenID: f.Batch.String(), PackIndexes: formatRange(c.Start, c.End)}}
		if c.Packed.After(f.Time) {
			e.EventTime = c.Packed
		}
		e.locate(ids, f.To)
		if pallet(c) {
			for _, x := range cases {
				if x.Parent == c.SSCC {
					e.ChildEPCs = append(e.ChildEPCs, ids.SSCC(x.SSCC))
				}
			}
			e.Finish()
			out = append(out, e)
			continue
		}
		children(&e, c)
		out = append(out, e)
		if !c.Opened.IsZero() {
			u := Event{Type: AggregationEvent, EventTime: c.Opened, Action: "DELETE", BizStep: "unpacking", ParentID: e.ParentID, Pedigree: e.Pedigree}
			children(&u, c)
			unpacked = append(unpacked, u)
		}
	}
	return append(out, unpacked...)
}
