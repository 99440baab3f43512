package pedigree

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// RecallReason is why a batch is recalled: the code the chain keeps (1 to 255; 0 is no recall),
// named in words here, the one place that maps codes to words.
type RecallReason uint8

// The recall reasons the pages offer. Other codes are valid on chain and read "reason code N".
const (
	RecallQualityDefect        RecallReason = 1
	RecallFalsified            RecallReason = 2
	RecallContamination        RecallReason = 3
	RecallLabelling            RecallReason = 4
	RecallAuthorisationRevoked RecallReason = 5
	RecallStability            RecallReason = 6
	RecallOther                RecallReason = 255
)

var recallWords = map[RecallReason]string{
	RecallQualityDefect:        "Quality defect",
	RecallFalsified:            "Falsified medicine found",
	RecallContamination:        "Contamination",
	RecallLabelling:            "Labelling or packaging error",
	RecallAuthorisationRevoked: "Marketing authorisation withdrawn",
	RecallStability:            "Stability failure",
	RecallOther:                "Other reason",
}

// RecallReasons returns the reasons a recall form offers, in order.
func RecallReasons() []RecallReason {
	return []RecallReason{RecallQualityDefect, RecallFalsified, RecallContamination, RecallLabelling,
		RecallAuthorisationRevoked, RecallStability, RecallOther}
}

// Code returns the reason's code, as the chain keeps it.
func (r RecallReason) Code() int { return int(r) }

// String names the reason in words: "Contamination", or "reason code 7" for a code no word is
// kept for, and "" for 0 (not recalled).
func (r RecallReason) String() string {
	if r == 0 {
		return ""
	}
	if w, ok := recallWords[r]; ok {
		return w
	}
	return fmt.Sprintf("reason code %d", r)
}

// MarshalJSON writes a BatchInfo with its recall reason's code (recall_reason) and, for a
// recalled batch, its words (recall_reason_words).
func (b BatchInfo) MarshalJSON() ([]byte, error) {
	type plain BatchInfo // its fields without this method
	return json.Marshal(struct {
		plain
		Words string `json:"recall_reason_words,omitempty"`
	}{plain(b), b.RecallWords()})
}

// Words names the recall's reason in words.
func (r RecallInfo) Words() string { return RecallReason(r.Reason).String() }

// MarshalJSON writes a RecallInfo with its reason's code (reason) and words (reason_words).
func (r RecallInfo) MarshalJSON() ([]byte, error) {
	type plain RecallInfo
	return json.Marshal(struct {
		plain
		Words string `json:"reason_words"`
	}{plain(r), r.Words()})
}

// PackRange is the pack indexes [Start, End) of a batch, counted from 0 as the chain counts them.
type PackRange struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// FormatPacks names packs for people, counting from 1: "packs 1 to 8 and 12", "pack 3". say
// writes each part in the reader's language (a translation that formats an English format
// with its arguments, as fmt.Sprintf does); nil writes English.
func FormatPacks(ranges []PackRange, say func(format string, args ...any) string) string {
	if say == nil {
		say = fmt.Sprintf
	}
	var parts []string
	n := 0
	for _, r := range ranges {
		n += r.End - r.Start
		if r.End-r.Start == 1 {
			parts = append(parts, fmt.Sprint(r.Start+1))
		} else {
			parts = append(parts, say("%d to %d", r.Start+1, r.End))
		}
	}
	switch {
	case n == 0:
		return say("no packs")
	case n == 1:
		return say("pack %s", parts[0])
	case len(parts) == 1:
		return say("packs %s", parts[0])
	}
	return say("packs %s and %s", strings.Join(parts[:len(parts)-1], ", "), parts[len(parts)-1])
}

// RecalledHolding is a token of a recalled batch an organisation holds or is being shipped:
// stock that must go back to the batch's manufacturer or be destroyed.
type RecalledHolding struct {
	Holding
	Recall RecallInfo  `json:"recall"`
	Active []PackRange `json:"active"`  // the token's packs still active: those a destruction sets
	InHand int         `json:"in_hand"` // the token's packs still in hand (PackState.InHand), active included
}

// InHand reports whether a pack in state s is still with its holder, to return: it is neither
// supplied, destroyed, stolen nor exported.
func (s PackState) InHand() bool {
	switch s {
	case PackSupplied, PackDestroyed, PackStolen, PackExported:
		return false
	}
	return true
}

// Pressing reports whether the holding asks something of account: a shipment to or from it
// to settle, active packs to destroy, or packs in hand to return (for a holder that is not
// the manufacturer).
func (h RecalledHolding) Pressing(account Address) bool {
	return h.Token.PendingTo != nil || len(h.Active) > 0 || (h.InHand > 0 && account != h.Batch.Manufacturer.Account)
}

// ActivePacks returns how many of the token's packs are still active.
func (h RecalledHolding) ActivePacks() int {
	n := 0
	for _, r := range h.Active {
		n += r.End - r.Start
	}
	return n
}

// Held reports whether account holds the token with no shipment pending: it may act on it.
func (h RecalledHolding) Held(account Address) bool {
	return h.Token.Holder.Account == account && h.Token.PendingTo == nil
}

// CanReturn reports whether account may ship the token back to the batch's manufacturer: it
// holds it, nothing is pending, and it is not the manufacturer.
func (h RecalledHolding) CanReturn(account Address) bool {
	return h.Held(account) && account != h.Batch.Manufacturer.Account
}

// CanDestroy reports whether account may destroy the token's active packs: it holds it, nothing
// is pending, and some are active.
func (h RecalledHolding) CanDestroy(account Address) bool {
	return h.Held(account) && len(h.Active) > 0
}

// Incoming reports whether the token is being shipped to account: to refuse, or to accept (for
// return, when account is not the manufacturer).
func (h RecalledHolding) Incoming(account Address) bool {
	return h.Token.PendingTo != nil && h.Token.PendingTo.Account == account
}

// RecallHolder is what one holder has of a recalled batch: the packs of its tokens, those
// on their way to another (PendingTo) counted apart.
type RecallHolder struct {
	Holder    Party  `json:"holder"`
	PendingTo *Party `json:"in_transit_to,omitempty"`
	Packs     int    `json:"packs"`
	Active    int    `json:"active"` // of Packs, those still active
}

// RecalledBatch is one row of the recall register: a recalled batch, who recalled it, when
// and why, who holds what of it now, and how much has come back or been destroyed.
type RecalledBatch struct {
	Batch   BatchInfo      `json:"batch"`
	Recall  RecallInfo     `json:"recall"`
	TxHash  Hash           `json:"tx_hash"`
	Holders []RecallHolder `json:"holders"`
	// Returned is the packs the manufacturer has accepted back since the recall.
	Returned int `json:"returned"`
	// Destroyed is the packs in the destroyed state, whenever destroyed.
	Destroyed int `json:"destroyed"`
	// Outstanding is the active packs not at the manufacturer: the stock still to come back or
	// be destroyed.
	Outstanding int `json:"outstanding"`
}

// Recalls answers the recall's pages from the projection.
type Recalls interface {
	// RecalledStock returns the tokens of recalled batches account deals with, newest recall
	// first: those it holds with packs still active or a shipment pending, and those shipped
	// to it.
	RecalledStock(ctx context.Context, account Address) ([]RecalledHolding, error)
	// Register returns every recalled batch, newest recall first.
	Register(ctx context.Context) ([]RecalledBatch, error)
}

// recallWordsLower names a reason inside a sentence: "contamination", "reason code 7".
func recallWordsLower(r RecallReason) string {
	w := r.String()
	if w == "" {
		return w
	}
	return strings.ToLower(w[:1]) + w[1:]
}

// RecallWords names the batch's recall reason in words; "" when it is not recalled.
func (b BatchInfo) RecallWords() string { return RecallReason(b.RecallReason).String() }
