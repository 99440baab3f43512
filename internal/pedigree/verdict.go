package pedigree

import (
	"fmt"
	"slices"
	"sort"
	"strings"
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
	VerdictNotReleased           Verdict = "NOT_RELEASED"           // a manufacturer or distributor holds it, yet a patient or another pharmacy has it: diverted
	VerdictCustodyMismatch       Verdict = "CUSTODY_MISMATCH"       // a dispenser scans a pack another pharmacy holds
	VerdictSuspectClone          Verdict = "SUSPECT_CLONE"          // scanned where or as often as one pack cannot be
	VerdictSupplied              Verdict = "SUPPLIED"               // a patient's pack, supplied by a pharmacy within SuppliedDays
	VerdictAuthentic             Verdict = "AUTHENTIC"              // none of the above
)

// Verdicts lists every verdict, most severe first.
var Verdicts = []Verdict{
	VerdictUnknownProduct, VerdictUnknownBatch, VerdictUnknownSerial, VerdictDataMismatch, VerdictRecalled,
	VerdictAlreadyDecommissioned, VerdictExpired, VerdictNotReleased, VerdictCustodyMismatch, VerdictSuspectClone,
	VerdictSupplied, VerdictAuthentic,
}

var verdictTitles = map[Verdict]string{
	VerdictAuthentic:             "Genuine pack",
	VerdictSupplied:              "Genuine; supplied by a pharmacy",
	VerdictUnknownProduct:        "Unknown product: the pack may be counterfeit",
	VerdictUnknownBatch:          "Unknown batch: the pack may be counterfeit",
	VerdictUnknownSerial:         "Unknown serial number: the pack may be counterfeit",
	VerdictDataMismatch:          "The pack's data do not match its batch",
	VerdictRecalled:              "Recalled: do not use",
	VerdictAlreadyDecommissioned: "Already dispensed or withdrawn",
	VerdictExpired:               "Expired",
	VerdictNotReleased:           "Never released to a pharmacy",
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

// Genuine reports whether v says the pack is genuine and the asker may go on: the green
// verdicts.
func (v Verdict) Genuine() bool { return v == VerdictAuthentic || v == VerdictSupplied }

// severity is a verdict's place in Verdicts: lower is more severe.
func (v Verdict) severity() int {
	for i, w := range Verdicts {
		if w == v {
			return i
		}
	}
	return len(Verdicts)
}

// Reason is one finding behind a verdict: the verdict it supports, a sentence for people, what
// the asker should do next, and the alert it raises, if any.
type Reason struct {
	Verdict Verdict   `json:"verdict"`
	Message string    `json:"message"`
	Next    string    `json:"next,omitempty"` // what to do next, in words for this asker
	Alert   AlertKind `json:"-"`              // "" when the finding raises no alert; the scan log records it

	// format and args made Message, next and nextArgs made Next: a page may say them in the
	// reader's language (Text, NextText).
	format   string
	args     []any
	next     string
	nextArgs []any
}

// Text returns the finding's sentence said by say (a translation that formats an English
// format with its arguments, as fmt.Sprintf does), or Message as it is.
func (r Reason) Text(say func(format string, args ...any) string) string {
	if r.format == "" || say == nil {
		return r.Message
	}
	return say(r.format, r.args...)
}

// NextText returns what to do next said by say, as Text says the finding, or Next as it is.
func (r Reason) NextText(say func(format string, args ...any) string) string {
	if r.next == "" || say == nil {
		return r.Next
	}
	return say(r.next, r.nextArgs...)
}

// AlertKind is what a scan raised an alert for: a finding a regulator should look at.
type AlertKind string

// The alert kinds. Decide says which finding raises which.
const (
	AlertUnknownProduct        AlertKind = "unknown_product"        // an organisation verified a GTIN no batch has
	AlertUnknownBatch          AlertKind = "unknown_batch"          // an organisation verified a lot its GTIN does not have
	AlertUnknownSerial         AlertKind = "unknown_serial"         // an organisation verified a serial not in its batch's list
	AlertDataMismatch          AlertKind = "data_mismatch"          // a pack's printed expiry differs from its batch's
	AlertDecommissionedScanned AlertKind = "decommissioned_scanned" // an organisation verified a decommissioned pack
	AlertDiversion             AlertKind = "diversion"              // a pack a manufacturer or distributor holds was scanned by a patient or another pharmacy
	AlertCustodyMismatch       AlertKind = "custody_mismatch"       // a pharmacy verified an active pack another pharmacy holds
	AlertRecalledPresented     AlertKind = "recalled_presented"     // a pack of a recalled batch was presented for supply
	AlertExpiredPresented      AlertKind = "expired_presented"      // an expired pack was presented for supply
	AlertMultipleOrganisations AlertKind = "multiple_organisations" // organisations off the pack's custody path verified one serial
	AlertScanRate              AlertKind = "scan_rate"              // organisations verified one serial more often than a pack is
	AlertAnonymousScanRate     AlertKind = "anonymous_scan_rate"    // the public checked one serial unusually often
	AlertReported              AlertKind = "reported"               // a counter reported a scan that raised no alert itself
)

// AlertKinds lists every alert kind.
var AlertKinds = []AlertKind{
	AlertUnknownProduct, AlertUnknownBatch, AlertUnknownSerial, AlertDataMismatch, AlertDecommissionedScanned,
	AlertDiversion, AlertCustodyMismatch, AlertRecalledPresented, AlertExpiredPresented,
	AlertMultipleOrganisations, AlertScanRate, AlertAnonymousScanRate, AlertReported,
}

// euCodes are the EU national verification systems' alert codes, where one fits a kind.
var euCodes = map[AlertKind]string{
	AlertUnknownBatch:          "A2",  // batch unknown
	AlertUnknownSerial:         "A3",  // pack (serial number) unknown
	AlertDataMismatch:          "A7",  // expiry date mismatch
	AlertDecommissionedScanned: "A24", // pack already inactive
}

var alertTitles = map[AlertKind]string{
	AlertUnknownProduct:        "Unknown product",
	AlertUnknownBatch:          "Unknown batch",
	AlertUnknownSerial:         "Unknown serial",
	AlertDataMismatch:          "Expiry mismatch",
	AlertDecommissionedScanned: "Pack already inactive",
	AlertDiversion:             "Possible diversion",
	AlertCustodyMismatch:       "Custody mismatch",
	AlertRecalledPresented:     "Recalled pack presented for supply",
	AlertExpiredPresented:      "Expired pack presented for supply",
	AlertMultipleOrganisations: "Scanned off its custody path",
	AlertScanRate:              "Scanned too often",
	AlertAnonymousScanRate:     "Checked often by the public",
	AlertReported:              "Reported from a counter",
}

// EUCode returns the EU national-system alert code that matches k (A2, A3, A7, A24), "" when
// none fits.
func (k AlertKind) EUCode() string { return euCodes[k] }

// Title names k for people.
func (k AlertKind) Title() string { return alertTitles[k] }

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

// AlertWindow aggregates alerts: findings of one kind about one batch (or one GTIN, when the
// batch is unknown) within one AlertWindow-long bucket are one alert with a count, so a flood
// of scans is one line for a regulator, not thousands.
const AlertWindow = time.Hour

// AlertBucket returns the start of the aggregation bucket t falls in.
func AlertBucket(t time.Time) time.Time { return t.UTC().Truncate(AlertWindow) }

// Scan is a verification of a serial, as the scan log keeps it.
type Scan struct {
	At           time.Time
	Organisation string  // who scanned; "" for an anonymous scan (a patient's phone)
	Account      Address // the organisation's account; zero when anonymous
	Role         Role    // the organisation's role; RoleNone when anonymous
}

// Purpose is why a participant verifies a pack, when it says so.
type Purpose string

// The purposes.
const (
	PurposeCheck  Purpose = ""       // a check: on receipt, in stock, at a patient's request
	PurposeSupply Purpose = "supply" // the pack is about to be supplied to a patient
)

// ParsePurpose reads a purpose as a request names it: "", "check" or "supply".
func ParsePurpose(s string) (Purpose, error) {
	switch s {
	case "", "check":
		return PurposeCheck, nil
	case "supply":
		return PurposeSupply, nil
	}
	return PurposeCheck, Errorf(EINVALID, "%q is not a purpose (check or supply)", s)
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
	StateActor   Address   // who made that change; zero when the pack never changed

	Custodian     Address // the holder of the token covering the pack
	CustodianRole Role    // the holder's role
	Pending       Address // the receiver of the token's shipment in transit; zero when none
	// CustodyPath is every account that held, sent or received a token covering the pack: its
	// provenance's parties, with the holder and the pending receiver.
	CustodyPath []Address

	// Scanner is who asks: a participant's account and role, or RoleNone for an anonymous scan.
	Scanner     Address
	ScannerRole Role
	// Purpose is why the scanner verifies: PurposeSupply when the pack is about to be supplied.
	Purpose Purpose

	// RecentScans are the earlier verifications of this serial, newest first (the scan log),
	// anonymous ones included.
	RecentScans []Scan
	// ScannerOrganisation identifies the scanner in RecentScans; "" when anonymous.
	ScannerOrganisation string
}

// Clone detection thresholds: a genuine pack travels along its custody path, and is verified
// only so often.
const (
	CloneWindow       = 24 * time.Hour // organisations off the custody path verifying one serial within this window is suspect
	RateWindow        = time.Hour
	MaxScansPerWindow = 10 // more verifications of one serial by organisations in RateWindow than a pack can get
	// MaxAnonymousScansPerWindow is how many anonymous checks of one serial in RateWindow are
	// worth telling a regulator about. They never change a verdict: anyone can repeat a URL.
	MaxAnonymousScansPerWindow = 10
)

// SuppliedDays is how long after a pharmacy supplied a pack a patient checking it is told, calmly,
// that it is genuine and when it was supplied (SUPPLIED), rather than ALREADY_DECOMMISSIONED.
const SuppliedDays = 30

// asker is who a verdict's words are for.
type asker int

const (
	patient asker = iota // anonymous: a patient's phone
	dispenser
	trader // a manufacturer or distributor
	regulator
)

func askerOf(f VerificationFacts) asker {
	switch f.ScannerRole {
	case RoleNone:
		return patient
	case RoleDispenser:
		return dispenser
	case RoleRegulator:
		return regulator
	}
	return trader
}

// Decide applies the verification rules to facts: the most severe verdict that applies, and
// every finding, most severe first, each with what the asker should do next and the alert it
// raises. The facts are the same for everyone; what they mean depends on who asks (a patient,
// a pharmacy, a wholesaler or manufacturer, a regulator). It is a pure function of its input,
// and the only place a finding's alert kind is decided.
func Decide(f VerificationFacts) (Verdict, []Reason) {
	who := askerOf(f)
	professional := who != patient
	var reasons []Reason
	add := func(v Verdict, format string, args ...any) {
		n := next(v, who)
		reasons = append(reasons, Reason{Verdict: v, Message: fmt.Sprintf(format, args...), Next: n, format: format, args: args, next: n})
	}
	raise := func(k AlertKind) { reasons[len(reasons)-1].Alert = k }
	advise := func(format string, args ...any) {
		r := &reasons[len(reasons)-1]
		r.Next, r.next, r.nextArgs = fmt.Sprintf(format, args...), format, args
	}
	switch {
	case !f.ProductKnown:
		add(VerdictUnknownProduct, "No batch of this product (GTIN) is registered: the pack may be counterfeit.")
		if professional {
			raise(AlertUnknownProduct)
		}
		return VerdictUnknownProduct, reasons
	case !f.BatchKnown:
		add(VerdictUnknownBatch, "This product has no batch with this lot number: the pack may be counterfeit.")
		if professional {
			raise(AlertUnknownBatch)
		}
		return VerdictUnknownBatch, reasons
	case !f.SerialKnown:
		add(VerdictUnknownSerial, "The serial number is not one of the batch's registered serials: the pack may be counterfeit.")
		if professional {
			raise(AlertUnknownSerial)
		}
		return VerdictUnknownSerial, reasons
	}
	today := day(f.Now)
	if f.CodeExpiry != nil && !day(*f.CodeExpiry).Equal(day(f.BatchExpiry)) {
		add(VerdictDataMismatch, "The expiry date on the pack (%s) differs from the batch's (%s): the pack may be counterfeit or relabelled.",
			DateOf(*f.CodeExpiry), DateOf(f.BatchExpiry))
		raise(AlertDataMismatch)
	}
	forSupply := professional && f.Purpose == PurposeSupply
	if f.RecallReason != 0 {
		add(VerdictRecalled, "The batch has been recalled (%s): do not supply this pack.", recallWordsLower(RecallReason(f.RecallReason)))
		if forSupply {
			raise(AlertRecalledPresented)
		}
	}
	if f.PackState != PackActive {
		decommissioned(f, who, add, raise, advise)
	}
	if today.After(day(f.BatchExpiry)) {
		add(VerdictExpired, "The batch expired on %s.", DateOf(f.BatchExpiry))
		if forSupply {
			raise(AlertExpiredPresented)
		}
	}
	held := f.Custodian == f.Scanner && professional
	inTransitToScanner := professional && !f.Pending.IsZero() && f.Pending == f.Scanner
	released := f.CustodianRole == RoleDispenser
	switch {
	case f.PackState == PackActive && !released && (who == patient || who == dispenser && !held && !inTransitToScanner):
		// A pack that never reached a pharmacy is in a patient's hands, or at a pharmacy it was
		// never shipped to: diverted, or a copy. Never a plain green.
		add(VerdictNotReleased, "The records say this pack is still with its %s: it was never released to a pharmacy, so it may have been diverted.",
			roleWords(f.CustodianRole))
		raise(AlertDiversion)
	case who == dispenser && inTransitToScanner:
		add(VerdictCustodyMismatch, "This pack is in a shipment to your pharmacy that has not been accepted yet.")
		advise("Accept the shipment first, then scan the pack again.")
	case who == dispenser && !held:
		if f.CustodianRole == RoleDispenser {
			add(VerdictCustodyMismatch, "This pack is recorded at another pharmacy, not in your custody: it may have been diverted.")
		} else {
			add(VerdictCustodyMismatch, "This pack is recorded with its %s, not in your custody: it may have been diverted.", roleWords(f.CustodianRole))
		}
		if f.PackState == PackActive { // a decommissioned pack's alert says it already
			raise(AlertCustodyMismatch)
		}
	}
	// A patient's pack, supplied within SuppliedDays, gets the calm answer whoever else has
	// scanned its serial: those scans raised their own alerts, and a red card is no help to
	// someone holding a pack a pharmacy just handed over.
	calm := who == patient && recentlySupplied(f)
	if n, off := organisations(f); n >= 2 && off > 0 && !calm {
		add(VerdictSuspectClone, "This serial was verified by %d different organisations in the last 24 hours, %d of them off the pack's custody path, where one pack is in one place: a copy may be in circulation.", n, off)
		raise(AlertMultipleOrganisations)
	}
	if n := scansSince(f.RecentScans, f.Now.Add(-RateWindow), true); n >= MaxScansPerWindow && !calm {
		add(VerdictSuspectClone, "This serial was verified %d times by organisations in the last hour, more than one pack is: a copy may be in circulation.", n)
		raise(AlertScanRate)
	}
	if len(reasons) == 0 {
		add(VerdictAuthentic, "The pack is genuine: its serial is registered, it is active, and it is in date.")
		if who == patient {
			reasons[0].Message = "The pack is genuine: its serial is registered by its manufacturer, it is in date, and it has reached a pharmacy."
			reasons[0].format = reasons[0].Message
		}
	}
	sort.SliceStable(reasons, func(i, j int) bool { return reasons[i].Verdict.severity() < reasons[j].Verdict.severity() })
	verdict := reasons[0].Verdict
	// The public's checks are counted apart: they never change a verdict, and a flood of them
	// is one aggregated alert (AlertWindow), raised by the checks themselves.
	if n := scansSince(f.RecentScans, f.Now.Add(-RateWindow), false); who == patient && n >= MaxAnonymousScansPerWindow {
		first := reasons[0]
		add(verdict, "This code was checked %d times by the public in the last hour. That alone says nothing against this pack; it has been reported for review.", n)
		raise(AlertAnonymousScanRate)
		advise(first.next, first.nextArgs...)
	}
	return verdict, reasons
}

// decommissioned adds the finding about a pack that is no longer active. What it means
// depends on who asks: a patient with a pack a pharmacy supplied within SuppliedDays has
// just bought it; the pharmacy that dispensed it scans it again to undo a mistake; anyone
// else presenting it may be reselling refilled packaging.
func decommissioned(f VerificationFacts, who asker, add func(Verdict, string, ...any), raise func(AlertKind), advise func(string, ...any)) {
	on := DateOf(f.PackStateDay)
	if who == patient {
		if recentlySupplied(f) {
			add(VerdictSupplied, "Genuine; supplied by a pharmacy on %s.", on)
			return
		}
		if f.PackState == PackSupplied {
			add(VerdictAlreadyDecommissioned, "A pharmacy recorded this pack as supplied on %s.", on)
			advise("If a pharmacy supplied it to you then, you may use it. If you got it any other way or more recently, do not use it: show it to a pharmacist or report it to your medicines regulator.")
			return
		}
		add(VerdictAlreadyDecommissioned, "This pack was taken out of supply (%s) on %s.", strings.ToLower(f.PackState.Title()), on)
		return
	}
	add(VerdictAlreadyDecommissioned, "This pack was already decommissioned as %s on %s: it must not be supplied again.",
		f.PackState, on)
	mine := !f.StateActor.IsZero() && f.StateActor == f.Scanner
	if mine && CanUndo(f.PackState, DateOf(f.PackStateDay), f.Now) {
		// The organisation that made the change scans the pack again, as an undo needs: no alert.
		advise("Do not supply it again. If the change was a mistake, undo it by %s.",
			DateOf(day(f.PackStateDay).AddDate(0, 0, UndoWindowDays)))
		return
	}
	// Otherwise a pack presented again at a counter may be genuine packaging refilled and
	// resold, even where the same pharmacy dispensed it.
	if who != regulator {
		raise(AlertDecommissionedScanned)
	}
}

// recentlySupplied reports whether a pharmacy supplied the pack within SuppliedDays.
func recentlySupplied(f VerificationFacts) bool {
	return f.PackState == PackSupplied && !day(f.Now).After(day(f.PackStateDay).AddDate(0, 0, SuppliedDays))
}

// next says what the asker should do next, for each verdict.
func next(v Verdict, who asker) string {
	const report = " or report it to your medicines regulator."
	switch v {
	case VerdictUnknownProduct, VerdictUnknownBatch, VerdictUnknownSerial, VerdictDataMismatch, VerdictSuspectClone:
		switch who {
		case patient:
			return "Do not use this pack. Take it back to the pharmacy that supplied it," + report
		case regulator:
			return "Trace the pack: the scan log and the alerts show where it was seen."
		}
		return "Do not supply or ship this pack. Quarantine it and report it: the regulator has been alerted."
	case VerdictRecalled:
		switch who {
		case patient:
			return "Do not use this pack. Take it back to a pharmacy: they will replace it."
		case regulator:
			return "Check that the pack is withdrawn from supply."
		}
		return "Do not supply or ship this pack. Quarantine it and return it as the recall notice says."
	case VerdictAlreadyDecommissioned:
		switch who {
		case patient:
			return "Do not use this pack: it was taken out of supply. Show it to a pharmacist," + report
		case regulator:
			return "Find out how a decommissioned pack came back: the provenance shows who last held it."
		}
		return "Do not supply this pack again. Quarantine it and report where it came from: the regulator has been alerted."
	case VerdictExpired:
		switch who {
		case patient:
			return "Do not use this pack. Take it to a pharmacy for safe disposal."
		case regulator:
			return "No action needed unless the pack is being supplied."
		}
		return "Do not supply or ship this pack. Take it out of stock and destroy it as your procedures say."
	case VerdictNotReleased:
		if who == patient {
			return "Do not use this pack. Take it back to where you got it," + report
		}
		return "Do not supply this pack: it was never shipped to a pharmacy. Quarantine it and report where it came from: the regulator has been alerted."
	case VerdictCustodyMismatch:
		return "Do not supply this pack. Quarantine it and report where it came from: the regulator has been alerted."
	case VerdictSupplied:
		return "If you just bought this pack at a pharmacy, there is nothing to do. If you did not, do not use it: show it to a pharmacist," + report
	case VerdictAuthentic:
		switch who {
		case patient:
			return "You may use this pack as prescribed. If a pharmacy has just given it to you, it may record the supply later."
		case dispenser:
			return "You may supply this pack: record the supply (dispense) when you hand it over."
		case regulator:
			return "No action needed."
		}
		return "You may ship or supply this pack on."
	}
	return ""
}

// roleWords names a holder's role for people.
func roleWords(r Role) string {
	switch r {
	case RoleManufacturer:
		return "manufacturer"
	case RoleDistributor:
		return "wholesaler"
	}
	return "supplier"
}

// organisations counts the organisations that verified the serial within CloneWindow, the
// scanner included, and how many of them are off the pack's custody path: a wholesaler checking
// on receipt and the pharmacy it shipped to are one journey, not two places. Anonymous scans
// say nothing about where the pack is, and regulators inspect wherever they like: neither counts.
func organisations(f VerificationFacts) (n, off int) {
	seen := map[string]bool{}
	count := func(org string, account Address, role Role) {
		if org == "" || role == RoleRegulator || seen[org] {
			return
		}
		seen[org] = true
		if !slices.Contains(f.CustodyPath, account) || account.IsZero() {
			off++
		}
	}
	count(f.ScannerOrganisation, f.Scanner, f.ScannerRole)
	for _, s := range f.RecentScans {
		if f.Now.Sub(s.At) <= CloneWindow {
			count(s.Organisation, s.Account, s.Role)
		}
	}
	return len(seen), off
}

// scansSince counts the scans at or after since: organisations' when professional is true,
// anonymous ones otherwise.
func scansSince(scans []Scan, since time.Time, professional bool) int {
	n := 0
	for _, s := range scans {
		if !s.At.Before(since) && (s.Organisation != "") == professional {
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
