package pedigree

import (
	"context"
	"time"
)

// A batch's serial list is what a counterfeiter needs to print packs that verify: it never
// goes on chain (the batch commits to it with a Merkle root) and leaves this service only as
// labels, to the batch's manufacturer, each download recorded. Everyone else sees packs
// counted by state; a regulator may also look up one serial it already has in hand.

// SerialAccess is what an organisation may see of a batch's serials.
type SerialAccess int

// The levels of access, each including the ones before it.
const (
	// SerialsNone: packs counted by state at most, which any participant's page shows.
	SerialsNone SerialAccess = iota
	// SerialsLookUp: one given serial at a time (its pack, state and custody), and the record
	// of the batch's label downloads. Regulators.
	SerialsLookUp
	// SerialsAll: labels, whose codes are the whole list. The batch's manufacturer.
	SerialsAll
)

// SerialAccessOf returns what org may see of the serials of a batch that manufacturer minted
// (the account on chain). active says whether org's account is a participant on chain and not
// suspended: a suspended participant sees nothing, its own batches' serials included.
func SerialAccessOf(org Organisation, active bool, manufacturer Address) SerialAccess {
	switch {
	case !active:
		return SerialsNone
	case org.Role == RoleManufacturer && org.Account == manufacturer:
		return SerialsAll
	case org.Role == RoleRegulator:
		return SerialsLookUp
	}
	return SerialsNone
}

// LabelFormat is what labels are downloaded as.
type LabelFormat string

// The label formats.
const (
	LabelSheet LabelFormat = "html" // a printable A4 sheet
	LabelZIP   LabelFormat = "zip"  // a QR code and a DataMatrix PNG per pack, and manifest.csv
	LabelZPL   LabelFormat = "zpl"  // ZPL II for Zebra label printers, a label per pack
)

// ParseLabelFormat reads a label format; "" is a sheet. EINVALID for anything else.
func ParseLabelFormat(s string) (LabelFormat, error) {
	switch LabelFormat(s) {
	case "", LabelSheet:
		return LabelSheet, nil
	case LabelZIP, LabelZPL:
		return LabelFormat(s), nil
	}
	return "", Errorf(EINVALID, "format: %q is not html (a printable sheet), zip (PNGs and manifest.csv) or zpl (for label printers)", s)
}

// LabelRequest asks for the serials of packs [From, To) of Batch, to print their labels.
type LabelRequest struct {
	Batch    TokenID
	From, To int
	Format   LabelFormat
	// Organisation is who asks; UserID the signed-in user it asks through (web pages), or
	// APIToken the API token (the API: only its hash is looked up, to name it in the record).
	Organisation Organisation
	UserID       int64
	APIToken     string
	// Client is the network address the request came from.
	Client string
}

// LabelDownload is one download of a batch's labels, as the record keeps it.
type LabelDownload struct {
	ID    int64     `json:"id"`
	At    time.Time `json:"at"`
	Batch TokenID   `json:"batch_id"`
	// Organisation is the downloading organisation's name, "" for an operator at the
	// database; Who says who, in words, as it was at the time ("user ana@acme.test (Acme
	// Pharma)", "API token pdg_abc123 "erp" (Acme Pharma)").
	Organisation string      `json:"organisation,omitempty"`
	Who          string      `json:"who"`
	From         int         `json:"from"` // the first pack's index
	To           int         `json:"to"`   // the index after the last pack's
	Format       LabelFormat `json:"format"`
	Client       string      `json:"client"`
}

// SerialLookup is where one serial of a batch is, as a regulator looks it up.
type SerialLookup struct {
	Batch     TokenID   `json:"batch_id"`
	Serial    string    `json:"serial"`
	Index     int       `json:"index"`
	State     PackState `json:"state"`
	StateDay  *Date     `json:"state_day,omitempty"` // when the state last changed, if not active
	Token     TokenID   `json:"token_id"`            // the token covering the pack
	Custodian Party     `json:"custodian"`           // its holder
	Pending   *Party    `json:"pending_to,omitempty"`
}

// MayFindSerials reports whether org may look a serial up in every batch at once, to follow
// one pack it has in hand without knowing its batch: regulators active on chain, who may look
// up any batch's serials one at a time (SerialAccessOf) anyway.
func MayFindSerials(org Organisation, active bool) bool {
	return active && org.Role == RoleRegulator
}

// MaxSerialMatches is the most batches a serial search returns: a serial is unique within a
// GTIN, so several matches are several products, and many are a question for the database.
const MaxSerialMatches = 20

// PackStory is one pack's story, as a regulator finds it by its serial: where it is now (its
// batch, state, token and custodian) and how it got there (the custody events that covered
// it and its changes of state, in chain order).
type PackStory struct {
	SerialLookup
	BatchInfo BatchInfo      `json:"batch"`
	Custody   []CustodyEvent `json:"custody"`
	States    []PackChange   `json:"states"`
}

// PackChange is a change of a pack's state: to what, on which day, by whom, in which
// transaction.
type PackChange struct {
	State  PackState `json:"state"`
	Day    Date      `json:"day"`
	By     Party     `json:"by"`
	Block  uint64    `json:"block"`
	TxHash Hash      `json:"tx_hash"`
}

// SerialService guards batches' serial lists. Each method decides with SerialAccessOf, from
// the projection: the batch's manufacturer on chain, and whether the asker is active there.
type SerialService interface {
	// Access returns what org may see of the serials of batch; EFORBIDDEN, naming why, when
	// that is less than want (SerialsNone never is). ENOTFOUND when there is no such batch on
	// chain.
	Access(ctx context.Context, org Organisation, batch TokenID, want SerialAccess) (SerialAccess, error)
	// Labels records the download req asks for, then returns the serials of its packs, in
	// pack order. EFORBIDDEN unless the asker has SerialsAll; ENOTFOUND when there is no such
	// batch; EINVALID for a range outside the batch or longer than MaxLabels.
	Labels(ctx context.Context, req LabelRequest) ([]string, error)
	// LookUp returns where serial is in batch. EFORBIDDEN unless org has SerialsLookUp;
	// ENOTFOUND when the batch has no such serial.
	LookUp(ctx context.Context, org Organisation, batch TokenID, serial string) (SerialLookup, error)
	// FindSerial returns the story of every pack with this serial, in any batch, at most
	// MaxSerialMatches, newest batch first; none is not an error. EFORBIDDEN unless
	// MayFindSerials; EINVALID for an empty serial or one longer than GS1 allows.
	FindSerial(ctx context.Context, org Organisation, serial string) ([]PackStory, error)
	// Downloads returns the batch's label downloads, newest first, at most limit. EFORBIDDEN
	// unless org has SerialsLookUp.
	Downloads(ctx context.Context, org Organisation, batch TokenID, limit int) ([]LabelDownload, error)
}
