package epcis

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
)

// EventID returns the CBV 2.0 event hash of e (CBV 2.0, section 8.9, "EPCIS Event Hash ID"):
// ni:///sha-256;<hex>?ver=CBV2.0 of its pre-hash string. It leaves out eventID itself, as the
// algorithm does (and recordTime, which pedigree does not write), so the same fact always
// hashes the same.
func EventID(e *Event) string {
	sum := sha256.Sum256([]byte(PreHash(e)))
	return "ni:///sha-256;" + hex.EncodeToString(sum[:]) + "?ver=CBV2.0"
}

// PreHash returns e's canonical pre-hash string: its fields in the canonical property order,
// key=value with no separators; lists sorted; EPC URIs as canonical GS1 Digital Links; CBV
// values as their Web URIs; times in UTC with milliseconds; ilmd and extension fields as
// {namespace}name=value, sorted.
func PreHash(e *Event) string {
	var b strings.Builder
	kv := func(k, v string) {
		if v != "" {
			b.WriteString(k + "=" + v)
		}
	}
	list := func(name string, items []string) {
		if len(items) == 0 {
			return
		}
		items = slices.Clone(items)
		slices.Sort(items)
		b.WriteString(name)
		for _, s := range items {
			b.WriteString(s)
		}
	}
	epcs := func(name string, uris []string) {
		items := make([]string, len(uris))
		for i, u := range uris {
			items[i] = "epc=" + CanonicalURI(strings.TrimSpace(u))
		}
		list(name, items)
	}
	quantities := func(name string, qs []Quantity) {
		items := make([]string, len(qs))
		for i, q := range qs {
			s := "quantityElementepcClass=" + CanonicalURI(q.EPCClass)
			if q.Quantity != 0 {
				s += "quantity=" + strconv.FormatFloat(q.Quantity, 'f', -1, 64)
			}
			if q.UOM != "" {
				s += "uom=" + q.UOM
			}
			items[i] = s
		}
		list(name, items)
	}

	kv("eventType", e.Type)
	kv("eventTime", e.EventTime.UTC().Format(timeLayout))
	kv("eventTimeZoneOffset", e.EventTimeZoneOffset)
	epcs("epcList", e.EPCList)
	kv("parentID", CanonicalURI(e.ParentID))
	epcs("childEPCs", e.ChildEPCs)
	quantities("quantityList", e.QuantityList)
	quantities("childQuantityList", e.ChildQuantityList)
	kv("action", e.Action)
	kv("bizStep", cbvURI("BizStep-", e.BizStep))
	kv("disposition", cbvURI("Disp-", e.Disposition))
	if e.ReadPoint != nil {
		b.WriteString("readPoint")
		kv("id", CanonicalURI(e.ReadPoint.ID))
	}
	if e.BizLocation != nil {
		b.WriteString("bizLocation")
		kv("id", CanonicalURI(e.BizLocation.ID))
	}
	var items []string
	for _, t := range e.BizTransactionList {
		s := "bizTransaction=" + CanonicalURI(t.BizTransaction)
		if t.Type != "" {
			s += "type=" + cbvURI("BTT-", t.Type)
		}
		items = append(items, s)
	}
	list("bizTransactionList", items)
	items = nil
	for _, s := range e.SourceList {
		items = append(items, "source="+CanonicalURI(s.Source)+"type="+cbvURI("SDT-", s.Type))
	}
	list("sourceList", items)
	items = nil
	for _, d := range e.DestinationList {
		items = append(items, "destination="+CanonicalURI(d.Destination)+"type="+cbvURI("SDT-", d.Type))
	}
	list("destinationList", items)
	if e.ILMD != nil {
		items = nil
		if e.ILMD.ItemExpirationDate != "" {
			items = append(items, "{"+mdaNamespace+"}itemExpirationDate="+e.ILMD.ItemExpirationDate)
		}
		if e.ILMD.LotNumber != "" {
			items = append(items, "{"+mdaNamespace+"}lotNumber="+e.ILMD.LotNumber)
		}
		list("ilmd", items)
	}
	p := e.Pedigree
	items = nil
	ext := func(name, value string) {
		if value != "" {
			items = append(items, "{"+Namespace+"}"+name+"="+value)
		}
	}
	ext("transactionHash", p.TransactionHash)
	if p.BlockNumber != 0 {
		ext("blockNumber", strconv.FormatUint(p.BlockNumber, 10))
	}
	if p.LogIndex != nil {
		ext("logIndex", strconv.Itoa(*p.LogIndex))
	}
	ext("tokenID", p.TokenID)
	ext("parentTokenID", p.ParentTokenID)
	ext("packIndexes", p.PackIndexes)
	if p.RecallReason != 0 {
		ext("recallReason", strconv.Itoa(p.RecallReason))
	}
	slices.Sort(items)
	for _, s := range items {
		b.WriteString(s)
	}
	return b.String()
}

// cbvURI returns a CBV value as its Web URI: a bare name ("shipping") under
// https://ref.gs1.org/cbv/<kind><name>, an URN (urn:epcglobal:cbv:bizstep:shipping) likewise;
// any other URI unchanged.
func cbvURI(kind, v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if i := strings.LastIndexByte(v, ':'); strings.HasPrefix(v, "urn:epcglobal:cbv:") && i > 0 {
		return "https://ref.gs1.org/cbv/" + kind + v[i+1:]
	}
	if strings.Contains(v, ":") {
		return v
	}
	return "https://ref.gs1.org/cbv/" + kind + v
}
