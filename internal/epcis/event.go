// Package epcis speaks GS1 EPCIS 2.0 JSON-LD: it maps what the chain knows (pedigree.Fact) to
// CBV 2.0 events with a hash eventID, builds EPCIS documents and query documents, and reads the
// commissioning and aggregation events a serialization system captures. It is pure: no
// database, HTTP or chain.
package epcis

import (
	"time"
)

// Namespace is pedigree's JSON-LD namespace for its extension fields (prefix "pedigree").
const Namespace = "https://github.com/pedigree-rx/pedigree/ns/epcis#"

// mdaNamespace is the CBV master data namespace ("cbvmda" in the EPCIS 2.0 context), which
// ilmd's lotNumber and itemExpirationDate belong to.
const mdaNamespace = "urn:epcglobal:cbv:mda#"

// ContextURL is the EPCIS 2.0 JSON-LD context.
const ContextURL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

// Context is the @context of every document pedigree writes: the EPCIS 2.0 context, and the
// pedigree and cbvmda prefixes.
var Context = []any{ContextURL, map[string]string{"pedigree": Namespace, "cbvmda": mdaNamespace}}

// The event types pedigree writes.
const (
	ObjectEvent      = "ObjectEvent"
	AggregationEvent = "AggregationEvent"
)

// Event is one EPCIS event, with the fields pedigree writes, in the order EPCIS documents
// usually show them.
type Event struct {
	Type                string           `json:"type"`
	EventTime           time.Time        `json:"-"`
	Time                string           `json:"eventTime"` // EventTime, as written: set by Finish
	EventTimeZoneOffset string           `json:"eventTimeZoneOffset"`
	EventID             string           `json:"eventID,omitempty"`
	EPCList             []string         `json:"epcList,omitempty"`
	ParentID            string           `json:"parentID,omitempty"`
	ChildEPCs           []string         `json:"childEPCs,omitempty"`
	QuantityList        []Quantity       `json:"quantityList,omitempty"`
	ChildQuantityList   []Quantity       `json:"childQuantityList,omitempty"`
	Action              string           `json:"action"`
	BizStep             string           `json:"bizStep,omitempty"`
	Disposition         string           `json:"disposition,omitempty"`
	ReadPoint           *Location        `json:"readPoint,omitempty"`
	BizLocation         *Location        `json:"bizLocation,omitempty"`
	BizTransactionList  []BizTransaction `json:"bizTransactionList,omitempty"`
	SourceList          []Source         `json:"sourceList,omitempty"`
	DestinationList     []Destination    `json:"destinationList,omitempty"`
	ILMD                *ILMD            `json:"ilmd,omitempty"`
	Pedigree
}

// Pedigree are pedigree's extension fields: where on the chain the fact is, so a partner can
// check it there.
type Pedigree struct {
	TransactionHash string `json:"pedigree:transactionHash,omitempty"`
	BlockNumber     uint64 `json:"pedigree:blockNumber,omitempty"`
	LogIndex        *int   `json:"pedigree:logIndex,omitempty"`
	TokenID         string `json:"pedigree:tokenID,omitempty"`
	ParentTokenID   string `json:"pedigree:parentTokenID,omitempty"`
	// PackIndexes are the packs of the batch the event is about, as ranges of indexes:
	// "0-63" or "50,52-53".
	PackIndexes  string `json:"pedigree:packIndexes,omitempty"`
	RecallReason int    `json:"pedigree:recallReason,omitempty"`
}

// Quantity is a quantityList element: a count of a class (a batch, as an LGTIN).
type Quantity struct {
	EPCClass string  `json:"epcClass"`
	Quantity float64 `json:"quantity,omitempty"`
	UOM      string  `json:"uom,omitempty"`
}

// Location is a readPoint or bizLocation.
type Location struct {
	ID string `json:"id"`
}

// BizTransaction is a business transaction an event refers to.
type BizTransaction struct {
	Type           string `json:"type,omitempty"`
	BizTransaction string `json:"bizTransaction"`
}

// Source is a sourceList element.
type Source struct {
	Type   string `json:"type"`
	Source string `json:"source"`
}

// Destination is a destinationList element.
type Destination struct {
	Type        string `json:"type"`
	Destination string `json:"destination"`
}

// ILMD is the instance/lot master data of a commissioning event.
type ILMD struct {
	LotNumber          string `json:"cbvmda:lotNumber,omitempty"`
	ItemExpirationDate string `json:"cbvmda:itemExpirationDate,omitempty"` // YYYY-MM-DD
}

// Finish writes the event's time and sets its eventID to its hash.
func (e *Event) Finish() {
	e.Time = e.EventTime.UTC().Format(timeLayout)
	if e.EventTimeZoneOffset == "" {
		e.EventTimeZoneOffset = "+00:00"
	}
	e.EventID = EventID(e)
}

// timeLayout writes times as the event hash does: UTC, milliseconds.
const timeLayout = "2006-01-02T15:04:05.000Z"

// Document is an EPCIS 2.0 document.
type Document struct {
	Context       []any     `json:"@context"`
	Type          string    `json:"type"`
	SchemaVersion string    `json:"schemaVersion"`
	CreationDate  string    `json:"creationDate"`
	EPCISBody     EventBody `json:"epcisBody"`
}

// EventBody is a document's body.
type EventBody struct {
	EventList []Event `json:"eventList"`
}

// NewDocument returns an EPCISDocument of events, created at now.
func NewDocument(events []Event, now time.Time) Document {
	if events == nil {
		events = []Event{}
	}
	return Document{Context: Context, Type: "EPCISDocument", SchemaVersion: "2.0", CreationDate: now.UTC().Format(timeLayout), EPCISBody: EventBody{EventList: events}}
}

// QueryDocument is an EPCIS 2.0 query document: a page of a query's results.
type QueryDocument struct {
	Context       []any     `json:"@context"`
	Type          string    `json:"type"`
	SchemaVersion string    `json:"schemaVersion"`
	CreationDate  string    `json:"creationDate"`
	EPCISBody     QueryBody `json:"epcisBody"`
}

// QueryBody is a query document's body.
type QueryBody struct {
	QueryResults QueryResults `json:"queryResults"`
}

// QueryResults are a query's results.
type QueryResults struct {
	QueryName   string    `json:"queryName"`
	ResultsBody EventBody `json:"resultsBody"`
}

// NewQueryDocument returns an EPCISQueryDocument answering the SimpleEventQuery with events.
func NewQueryDocument(events []Event, now time.Time) QueryDocument {
	if events == nil {
		events = []Event{}
	}
	return QueryDocument{Context: Context, Type: "EPCISQueryDocument", SchemaVersion: "2.0", CreationDate: now.UTC().Format(timeLayout),
		EPCISBody: QueryBody{QueryResults: QueryResults{QueryName: "SimpleEventQuery", ResultsBody: EventBody{EventList: events}}}}
}
