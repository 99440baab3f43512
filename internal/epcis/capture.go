package epcis

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Problem is where a captured document breaks the EPCIS 2.0 schema: a JSON pointer and why.
type Problem struct {
	Pointer string `json:"pointer"`
	Message string `json:"message"`
}

// Refusal is why a document that is valid EPCIS cannot be taken, in a sentence.
type Refusal struct{ Reason string }

func (r *Refusal) Error() string { return r.Reason }

func refuse(format string, args ...any) *Refusal {
	return &Refusal{Reason: fmt.Sprintf(format, args...)}
}

// Commissioning is what a captured document registers: one batch, its serials in the order
// the document commissions them, and its cases and pallets.
type Commissioning struct {
	GTIN, Lot string
	Expiry    time.Time
	Serials   []string
	Product   struct{ Name, Strength, Form string }
	Cases     []pedigree.Container
}

// The CBV 2.0 code lists the schema allows by bare name; any other value must be a URI.
var (
	cbvBizSteps = strings.Fields(`accepting arriving assembling collecting commissioning consigning creating_class_instance cycle_counting
		decommissioning departing destroying disassembling dispensing encoding entering_exiting holding inspecting installing killing
		loading other packing picking receiving removing repackaging repairing replacing reserving retail_selling shipping
		staging_outbound stock_taking stocking storing transporting unloading unpacking void_shipping sensor_reporting sampling`)
	cbvDispositions = strings.Fields(`active container_closed damaged destroyed dispensed disposed encoded expired in_progress in_transit
		inactive no_pedigree_match non_sellable_other partially_dispensed recalled reserved retail_sold returned sellable_accessible
		sellable_not_accessible stolen unknown available completeness_verified completeness_inferred conformant container_open
		mismatch_instance mismatch_class mismatch_quantity needs_replacement non_conformant unavailable`)
	cbvSourceDestTypes = []string{"owning_party", "possessing_party", "location"}
	eventTypes         = []string{"ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"}
	zoneOffset         = regexp.MustCompile(`^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$`)
	uriScheme          = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:\S+$`)
)

// Check returns the places where doc breaks the rules of the EPCIS 2.0 JSON Schema that
// capture relies on: the document's required members, and each event's type, time, zone
// offset, action, identifiers, vocabulary values, quantities and ilmd names. Nil when there
// are none. A document that is not JSON at all has one problem at "".
func Check(doc []byte) []Problem {
	var root any
	if err := json.Unmarshal(doc, &root); err != nil {
		return []Problem{{"", "not JSON: " + err.Error()}}
	}
	var ps []Problem
	add := func(ptr, format string, args ...any) { ps = append(ps, Problem{ptr, fmt.Sprintf(format, args...)}) }
	obj, ok := root.(map[string]any)
	if !ok {
		return []Problem{{"", "an EPCIS document is a JSON object"}}
	}
	if _, ok := obj["@context"]; !ok {
		add("/@context", "required: the JSON-LD context")
	}
	events, body := []any(nil), ""
	switch obj["type"] {
	case "EPCISDocument":
		b, _ := obj["epcisBody"].(map[string]any)
		list, ok := b["eventList"].([]any)
		if !ok {
			add("/epcisBody/eventList", "required: an array of events")
		}
		events, body = list, "/epcisBody/eventList"
	case "EPCISQueryDocument":
		b, _ := obj["epcisBody"].(map[string]any)
		q, _ := b["queryResults"].(map[string]any)
		r, _ := q["resultsBody"].(map[string]any)
		list, ok := r["eventList"].([]any)
		if !ok {
			add("/epcisBody/queryResults/resultsBody/eventList", "required: an array of events")
		}
		events, body = list, "/epcisBody/queryResults/resultsBody/eventList"
	default:
		if slices.Contains(eventTypes, fmt.Sprint(obj["type"])) {
			events, body = []any{obj}, ""
		} else {
			add("/type", "must be EPCISDocument, EPCISQueryDocument or an event type")
		}
	}
	for i, x := range events {
		ptr := fmt.Sprintf("%s/%d", body, i)
		if body == "" {
			ptr = ""
		}
		e, ok := x.(map[string]any)
		if !ok {
			add(ptr, "an event is a JSON object")
			continue
		}
		typ, _ := e["type"].(string)
		if !slices.Contains(eventTypes, typ) {
			add(ptr+"/type", "%q is not an EPCIS event type (%s)", e["type"], strings.Join(eventTypes, ", "))
		}
		if s, ok := e["eventTime"].(string); !ok {
			add(ptr+"/eventTime", "required: a date and time (RFC 3339)")
		} else if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
			add(ptr+"/eventTime", "%q is not a date and time (RFC 3339)", s)
		}
		if s, ok := e["eventTimeZoneOffset"].(string); !ok || !zoneOffset.MatchString(s) {
			add(ptr+"/eventTimeZoneOffset", "required: an offset such as +01:00")
		}
		if a, ok := e["action"]; ok || typ == "ObjectEvent" || typ == "AggregationEvent" || typ == "TransactionEvent" {
			if s, _ := a.(string); s != "OBSERVE" && s != "ADD" && s != "DELETE" {
				add(ptr+"/action", "required: OBSERVE, ADD or DELETE")
			}
		}
		vocab := func(name string, list []string) {
			if v, ok := e[name]; ok {
				if s, _ := v.(string); !slices.Contains(list, s) && !uriScheme.MatchString(s) {
					add(ptr+"/"+name, "%q is neither a CBV value nor a URI", v)
				}
			}
		}
		vocab("bizStep", cbvBizSteps)
		vocab("disposition", cbvDispositions)
		for _, l := range []struct{ list, item string }{{"sourceList", "source"}, {"destinationList", "destination"}} {
			items, _ := e[l.list].([]any)
			for j, it := range items {
				m, _ := it.(map[string]any)
				if s, _ := m["type"].(string); !slices.Contains(cbvSourceDestTypes, s) && !uriScheme.MatchString(s) {
					add(fmt.Sprintf("%s/%s/%d/type", ptr, l.list, j), "%q is neither a CBV value nor a URI", m["type"])
				}
			}
		}
		_, hasEPCs := e["epcList"]
		_, hasQuantities := e["quantityList"]
		if typ == "ObjectEvent" && !hasEPCs && !hasQuantities {
			add(ptr, "an ObjectEvent needs an epcList or a quantityList")
		}
		for _, name := range []string{"epcList", "childEPCs", "inputEPCList", "outputEPCList"} {
			if v, ok := e[name]; ok {
				items, ok := v.([]any)
				if !ok {
					add(ptr+"/"+name, "must be an array of URIs")
				}
				for j, it := range items {
					if s, _ := it.(string); !uriScheme.MatchString(s) {
						add(fmt.Sprintf("%s/%s/%d", ptr, name, j), "%v is not a URI", it)
					}
				}
			}
		}
		for _, name := range []string{"quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"} {
			items, _ := e[name].([]any)
			for j, it := range items {
				qp := fmt.Sprintf("%s/%s/%d", ptr, name, j)
				m, _ := it.(map[string]any)
				if _, ok := m["epcClass"].(string); !ok {
					add(qp+"/epcClass", "required: the class's URI")
				}
				if q, ok := m["quantity"]; ok {
					if _, ok := q.(float64); !ok {
						add(qp+"/quantity", "must be a number")
					}
				}
				for k := range m {
					if k != "epcClass" && k != "quantity" && k != "uom" {
						add(qp+"/"+k, "not a member of a quantity element (epcClass, quantity, uom)")
					}
				}
			}
		}
		if ilmd, ok := e["ilmd"].(map[string]any); ok {
			for k := range ilmd {
				if !strings.Contains(k, ":") {
					add(ptr+"/ilmd/"+k, "an ilmd name must be a URI or prefixed (such as cbvmda:lotNumber)")
				}
			}
		}
	}
	slices.SortFunc(ps, func(a, b Problem) int { return strings.Compare(a.Pointer, b.Pointer) })
	return ps
}

// captured is what ReadCommissioning reads of a document.
type captured struct {
	Type        string `json:"type"`
	EPCISHeader struct {
		EPCISMasterData struct {
			VocabularyList []struct {
				VocabularyElementList []struct {
					ID         string `json:"id"`
					Attributes []struct {
						ID        string `json:"id"`
						Attribute any    `json:"attribute"`
					} `json:"attributes"`
				} `json:"vocabularyElementList"`
			} `json:"vocabularyList"`
		} `json:"epcisMasterData"`
	} `json:"epcisHeader"`
	EPCISBody struct {
		EventList []struct {
			Type         string         `json:"type"`
			Action       string         `json:"action"`
			BizStep      string         `json:"bizStep"`
			EPCList      []string       `json:"epcList"`
			QuantityList []any          `json:"quantityList"`
			ParentID     string         `json:"parentID"`
			ChildEPCs    []string       `json:"childEPCs"`
			ILMD         map[string]any `json:"ilmd"`
		} `json:"eventList"`
	} `json:"epcisBody"`
}

// mda returns the value of a CBV master data attribute named in any of its forms
// (cbvmda:x, urn:epcglobal:cbv:mda#x, https://ref.gs1.org/cbv/mda#x... ), and whether one is.
func mda(m map[string]any, name string) (string, bool) {
	for k, v := range m {
		if k == "cbvmda:"+name || k == mdaNamespace+name || strings.HasSuffix(k, "mda#"+name) || strings.HasSuffix(k, "mda:"+name) {
			s, ok := v.(string)
			return strings.TrimSpace(s), ok
		}
	}
	return "", false
}

// ReadCommissioning reads a document that Check found no problem in as the registration of
// one batch: commissioning ObjectEvents (action ADD) naming the SGTINs of one GTIN and one lot,
// with the lot and expiry in ilmd; and AggregationEvents (action ADD) packing those packs into
// cases and cases into pallets, each with its SSCC as parent. A *Refusal says, in a sentence,
// why a valid document cannot be taken.
func ReadCommissioning(doc []byte) (Commissioning, error) {
	var c Commissioning
	var d captured
	if err := json.Unmarshal(doc, &d); err != nil {
		return c, refuse("the document could not be read: %v", err)
	}
	if d.Type != "EPCISDocument" {
		return c, refuse("pedigree captures EPCIS documents (type EPCISDocument), not %s", d.Type)
	}
	index := map[string]int{} // serial -> pack index
	type agg struct {
		parent   string
		children []string
		at       int
	}
	var aggs []agg
	for i, e := range d.EPCISBody.EventList {
		switch {
		case e.Type == "ObjectEvent" && e.Action == "ADD" && cbvURI("BizStep-", e.BizStep) == cbvURI("BizStep-", "commissioning"):
			if len(e.EPCList) == 0 {
				return c, refuse("event %d commissions no serialised packs (no epcList): pedigree registers each pack's serial", i)
			}
			lot, okLot := mda(e.ILMD, "lotNumber")
			exp, okExp := mda(e.ILMD, "itemExpirationDate")
			if !okLot || lot == "" || !okExp {
				return c, refuse("event %d has no lotNumber and itemExpirationDate in its ilmd", i)
			}
			expiry, err := time.Parse("2006-01-02", exp)
			if err != nil {
				return c, refuse("event %d: itemExpirationDate %q is not a date (YYYY-MM-DD)", i, exp)
			}
			switch {
			case c.Lot == "":
				c.Lot, c.Expiry = lot, expiry
			case c.Lot != lot:
				return c, refuse("the document commissions several lots (%s and %s): capture one batch per document", c.Lot, lot)
			case !c.Expiry.Equal(expiry):
				return c, refuse("the document gives lot %s two expiry dates", lot)
			}
			for j, uri := range e.EPCList {
				k, ok := ParseKey(uri)
				if !ok || k.Kind != KeySGTIN {
					return c, refuse("event %d, epcList[%d]: %s is not a pack's SGTIN", i, j, uri)
				}
				if c.GTIN == "" {
					c.GTIN = k.GTIN
				} else if c.GTIN != k.GTIN {
					return c, refuse("the document commissions several GTINs (%s and %s): capture one batch per document", c.GTIN, k.GTIN)
				}
				if _, dup := index[k.Serial]; dup {
					return c, refuse("event %d commissions serial %s twice", i, k.Serial)
				}
				index[k.Serial] = len(c.Serials)
				c.Serials = append(c.Serials, k.Serial)
			}
		case e.Type == "AggregationEvent" && e.Action == "ADD":
			if _, ok := ParseKey(e.ParentID); !ok || !strings.Contains(CanonicalURI(e.ParentID), "/00/") {
				return c, refuse("event %d packs into %q, which is not an SSCC", i, e.ParentID)
			}
			k, _ := ParseKey(e.ParentID)
			aggs = append(aggs, agg{k.SSCC, e.ChildEPCs, i})
		default:
			what := e.Type
			for _, x := range []string{e.BizStep, e.Action} {
				if x != "" {
					what += ", " + x
				}
			}
			return c, refuse("event %d (%s) is not one pedigree captures: it takes only commissioning ObjectEvents (ADD) and packing AggregationEvents (ADD)", i, what)
		}
	}
	if len(c.Serials) == 0 {
		return c, refuse("the document commissions nothing: it needs a commissioning ObjectEvent (action ADD) naming the packs' SGTINs")
	}
	if !gs1.ValidLot(c.Lot) {
		return c, refuse("lot %q is not 1 to 20 characters of GS1's set", c.Lot)
	}
	// Cases first (children are packs), then pallets (children are cases).
	cases := map[string]*pedigree.Container{}
	for pass := 0; pass < 2; pass++ {
		for _, a := range aggs {
			if len(a.children) == 0 {
				return c, refuse("event %d packs nothing into SSCC %s", a.at, a.parent)
			}
			first, _ := ParseKey(a.children[0])
			if (first.Kind == KeySGTIN) != (pass == 0) {
				continue
			}
			if _, dup := cases[a.parent]; dup {
				return c, refuse("event %d packs SSCC %s a second time", a.at, a.parent)
			}
			var idx []int
			for _, child := range a.children {
				k, ok := ParseKey(child)
				switch {
				case ok && k.Kind == KeySGTIN && pass == 0:
					n, known := index[k.Serial]
					if !known || k.GTIN != c.GTIN {
						return c, refuse("event %d packs %s, which the document does not commission", a.at, child)
					}
					idx = append(idx, n)
				case ok && k.Kind == KeySSCC && pass == 1:
					inner, known := cases[k.SSCC]
					if !known || inner.Parent != "" {
						return c, refuse("event %d packs SSCC %s, which is no case of this document or is already on a pallet", a.at, k.SSCC)
					}
					inner.Parent = a.parent
					idx = append(idx, int(inner.Start), int(inner.End)-1)
				default:
					return c, refuse("event %d mixes packs and cases, or packs %s, which is neither", a.at, child)
				}
			}
			slices.Sort(idx)
			lo, hi := idx[0], idx[len(idx)-1]
			if pass == 0 && hi-lo+1 != len(idx) {
				return c, refuse("SSCC %s holds packs that are not contiguous in commissioning order: a case must cover a range of the batch", a.parent)
			}
			cases[a.parent] = &pedigree.Container{SSCC: a.parent, Start: uint32(lo), End: uint32(hi + 1)}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(cases)) {
		c.Cases = append(c.Cases, *cases[k])
	}
	for _, v := range d.EPCISHeader.EPCISMasterData.VocabularyList {
		for _, el := range v.VocabularyElementList {
			attrs := map[string]any{}
			for _, a := range el.Attributes {
				attrs[a.ID] = a.Attribute
			}
			if name, ok := mda(attrs, "regulatedProductName"); ok && c.Product.Name == "" {
				c.Product.Name = name
				c.Product.Strength, _ = mda(attrs, "strengthDescription")
				c.Product.Form, _ = mda(attrs, "dosageFormType")
			}
		}
	}
	if c.Product.Name == "" {
		return c, refuse("the document names no product: give its name as cbvmda:regulatedProductName in epcisHeader.epcisMasterData")
	}
	return c, nil
}
