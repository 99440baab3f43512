package pedigree

import (
	"fmt"
	"time"
)

// Verdict is the answer to "is this pack genuine?", from the most severe down.
type Verdict string

// The verdicts, most severe first (DESIGN.md, "Verification").
const (
	VerdictUnknownProduct        Verdict = "UNKNOWN_PRODUCT"        // no batch of this GTIN on chain: suspect counterfeit
	VerdictUnknownBatch          Verdict = "UNKNOWN_BATCH"          // no such (GTIN, lot) on chain: suspect counterfeit
	VerdictUnknownSerial         Verdict = "UNKNOWN_SERIAL"         // the batch exists, the serial is not in its list: suspect counterfeit
	VerdictDataMismatch          Verdict = "DATA_MISMATCH"          // the expiry on the pack differs from the batch's
	VerdictRecalled              Verdict = "RECALLED"               // the batch is recalled
	VerdictAlreadyDecommissioned Verdict = "ALREADY_DECOMMISSIONED" // the pack was dispensed, destroyed, stolen, ...
	VerdictExpired               Verdict = "EXPIRED"                // past its expiry
	VerdictCustodyMismatch       Verdict = "CUSTODY_MISMATCH"       // a dispenser scans a pack not in its custody
	VerdictSuspectClone          Verdict = "SUSPECT_CLONE"          // scanned where or as often as one pack cannot be
	VerdictAuthentic             Verdict = "AUTHENTIC"              // none of the above
)

// Verdicts lists every verdict, most severe first.
var Verdicts = []Verdict{
	VerdictUnknownProduct, VerdictUnknownBatch, VerdictUnknownSerial, VerdictDataMismatch, VerdictRecalled,
	VerdictAlreadyDecommissioned, VerdictExpired, VerdictCustodyMismatch, VerdictSuspectClone, VerdictAuthentic,
}

var verdictTitles = map[Verdict]string{
	VerdictAuthentic:             "Genuine pack",
	VerdictUnknownProduct:        "Unknown product: the pack may be counterfeit",
	VerdictUnknownBatch:          "Unknown batch: the pack may be counterfeit",
	VerdictUnknownSerial:         "Unknown serial number: the pack may be counterfeit",
	VerdictDataMismatch:          "The pack's data do not match its batch",
	VerdictRecalled:              "Recalled: do not use",
	VerdictAlreadyDecommissioned: "Already dispensed or withdrawn",
	VerdictExpired:               "Expired",
	VerdictCustodyMismatch:       "Not in your custody",
	VerdictSuspectClone:          "Possible copy of a genuine pack",
}

// Title says v in a few words for people, as pages and the CLI show it; "" for an unknown v.
func (v Verdict) Title() string { return verdictTitles[v] }

// Suspect reports whether v says the pack may be counterfeit (rather than genuine but unusable).
func (v Verdict) Suspect() bool {
	switch v {
	case VerdictUnknownProduct, VerdictUnknownBatch, VerdictUnknownSerial, VerdictDataMismatch, VerdictSuspectClone:
		return true
	}
	return false
}

// Reason is one finding behind a verdict: the verdict it supports, a sentence for people, and
// the alert it raises, if any.
type Reason struct {
	Verdict Verdict   `json:"verdict"`
	Message string    `json:"message"`
	Alert   AlertKind `json:"-"` // "" when the finding raises no alert; the scan log records it
}

// AlertKind is what a scan raised an alert for: a finding a regulator should look at.
type AlertKind string

// The alert kinds. Decide says which finding raises which.
const (
	AlertUnknownSerial         AlertKind = "unknown_serial"         // a serial not in its batch's list was verified
	AlertDecommissionedScanned AlertKind = "decommissioned_scanned" // an organisation verified a decommissioned pack
	AlertMultipleOrganisations AlertKind = "multiple_organisations" // organisations in different places verified one serial
	AlertScanRate              AlertKind = "scan_rate"              // one serial was verified more often than a pack is
)

// AlertKinds lists every alert kind.
var AlertKinds = []AlertKind{AlertUnknownSerial, AlertDecommissionedScanned, AlertMultipleOrganisations, AlertScanRate}

// String returns the kind's snake_case name.
func (k AlertKind) String() string { return string(k) }

// MarshalText writes the kind's name.
func (k AlertKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText reads one of the kinds' names.
func (k *AlertKind) UnmarshalText(b []byte) error {
	for _, v := range AlertKinds {
		if string(b) == string(v) {
			*k = v
			return nil
		}
	}
	return Errorf(EINVALID, "%q is not an alert kind", b)
}

// Scan is a verification of a serial, as the scan log keeps it.
type Scan struct {
	At           time.Time
	Organisation string // who scanned; "" for an anonymous scan (a patient's phone)
}

// VerificationFacts is everything a verdict depends on, gathered from the code, the chain's
// projection and the scan log. The zero value of an optional part means "not known".
type VerificationFacts struct {
	Now time.Time

	ProductKnown bool       // some batch of the code's GTIN is on chain
	BatchKnown   bool       // the code's (GTIN, lot) is on chain
	SerialKnown  bool       // the serial is in the batch's committed list
	CodeExpiry   *time.Time // the last day of use printed on the pack (AI 17), if the code has one
	BatchExpiry  time.Time  // the batch's last day of use on chain

	RecallReason uint8 // 0: not recalled

	PackState    PackState // the pack's state on chain
	PackStateDay time.Time // when it last changed, if it is not active

	Custodian Address // the holder of the token covering the pack
	// Scanner is who asks: a participant's account and role, or RoleNone for an anonymous scan.
	Scanner     Address
	ScannerRole Role

	// RecentScans are the earlier verifications of this serial, newest first (the scan log).
	RecentScans []Scan
	// ScannerOrganisation identifies the scanner in RecentScans; "" when anonymous.
	ScannerOrganisation string
}

// Clone detection thresholds: a genuine pack is verified by one organisation at a time, and
// only so often.
const (
	CloneWindow       = 24 * time.Hour // two organisations verifying one serial within this window is suspect
	RateWindow        = time.Hour
	MaxScansPerWindow = 10 // more verifications of one serial in RateWindow than a pack can get
)

// Decide applies the verification rules to facts: the most severe verdict that applies, and
// every finding, most severe first, each with the alert it raises. It is a pure function of
// its input, and the only place a finding's alert kind is decided.
func Decide(f VerificationFacts) (Verdict, []Reason) {
	var reasons []Reason
	add := func(v Verdict, format string, args ...any) {
		reasons = append(reasons, Reason{Verdict: v, Message: fmt.Sprintf(format, args...)})
	}
	raise := func(k AlertKind) { reasons[len(reasons)-1].Alert = k }
	switch {
	case !f.ProductKnown:
		add(VerdictUnknownProduct, "No batch of this product (GTIN) is registered: the pack may be counterfeit.")
		return VerdictUnknownProduct, reasons
	case !f.BatchKnown:
		add(VerdictUnknownBatch, "This product has no batch with this lot number: the pack may be counterfeit.")
		return VerdictUnknownBatch, reasons
	case !f.SerialKnown:
		add(VerdictUnknownSerial, "The serial number is not one of the batch's registered serials: the pack may be counterfeit.")
		raise(AlertUnknownSerial)
		return VerdictUnknownSerial, reasons
	}
	today := day(f.Now)
	if f.CodeExpiry != nil && !day(*f.CodeExpiry).Equal(day(f.BatchExpiry)) {
		add(VerdictDataMismatch, "The expiry date on the pack (%s) differs from the batch's (%s): the pack may be counterfeit or relabelled.",
			f.CodeExpiry.Format(time.DateOnly), f.BatchExpiry.Format(time.DateOnly))
	}
	if f.RecallReason != 0 {
		add(VerdictRecalled, "The batch has been recalled (reason code %d): do not supply this pack.", f.RecallReason)
	}
	if f.PackState != PackActive {
		add(VerdictAlreadyDecommissioned, "This pack was already decommissioned as %s on %s: it must not be supplied again.",
			f.PackState, f.PackStateDay.Format(time.DateOnly))
		// A patient checking a dispensed pack is expected; an organisation scanning it is not:
		// a pack presented again at a counter may be genuine packaging refilled and resold,
		// even where the same pharmacy dispensed it.
		if f.ScannerOrganisation != "" {
			raise(AlertDecommissionedScanned)
		}
	}
	if today.After(day(f.BatchExpiry)) {
		add(VerdictExpired, "The batch expired on %s.", f.BatchExpiry.Format(time.DateOnly))
	}
	if f.ScannerRole == RoleDispenser && f.Custodian != f.Scanner {
		add(VerdictCustodyMismatch, "This pack is not in your pharmacy's custody: it may have been diverted. Accept its shipment first, or report it.")
	}
	if n := organisations(f); n >= 2 {
		add(VerdictSuspectClone, "This serial was verified by %d different organisations in the last 24 hours, where one pack is in one place: a copy may be in circulation.", n)
		raise(AlertMultipleOrganisations)
	}
	if n := scansSince(f.RecentScans, f.Now.Add(-RateWindow)); n >= MaxScansPerWindow {
		add(VerdictSuspectClone, "This serial was verified %d times in the last hour, more than one pack is: a copy may be in circulation.", n)
		raise(AlertScanRate)
	}
	if len(reasons) == 0 {
		return VerdictAuthentic, []Reason{{Verdict: VerdictAuthentic, Message: "The pack is genuine: its serial is registered, it is active, and it is in date."}}
	}
	return reasons[0].Verdict, reasons
}

// organisations counts the organisations that verified the serial within CloneWindow, the
// scanner included. Anonymous scans say nothing about where the pack is.
func organisations(f VerificationFacts) int {
	seen := map[string]bool{}
	if f.ScannerOrganisation != "" {
		seen[f.ScannerOrganisation] = true
	}
	for _, s := range f.RecentScans {
		if s.Organisation != "" && f.Now.Sub(s.At) <= CloneWindow {
			seen[s.Organisation] = true
		}
	}
	return len(seen)
}

func scansSince(scans []Scan, since time.Time) int {
	n := 0
	for _, s := range scans {
		if !s.At.Before(since) {
			n++
		}
	}
	return n
}

// day returns the UTC date of t.
func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
