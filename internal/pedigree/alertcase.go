package pedigree

import (
	"context"
	"strings"
	"time"
)

// An alert is also a case: the batch's manufacturer and the regulator look into it and close
// it with a reason, as the EU national systems run their alerts (new, investigating,
// escalated, closed). The organisations whose scans raised it may comment; the manufacturer
// reads those comments without learning who wrote them. Nobody else sees the case.

// AlertStatus is where an alert case stands.
type AlertStatus string

// The statuses of an alert case.
const (
	StatusNew           AlertStatus = "new"           // raised, nobody has looked at it yet
	StatusInvestigating AlertStatus = "investigating" // the manufacturer or the regulator is looking into it
	StatusEscalated     AlertStatus = "escalated"     // handed on: a suspected falsification, for the authorities
	StatusClosed        AlertStatus = "closed"        // done, with a CloseReason
)

// AlertStatuses lists every status, in the order of a case's life.
var AlertStatuses = []AlertStatus{StatusNew, StatusInvestigating, StatusEscalated, StatusClosed}

var statusTitles = map[AlertStatus]string{
	StatusNew: "New", StatusInvestigating: "Investigating", StatusEscalated: "Escalated", StatusClosed: "Closed",
}

// Title names the status for people.
func (s AlertStatus) Title() string { return statusTitles[s] }

// String returns the status's name.
func (s AlertStatus) String() string { return string(s) }

// MarshalText implements encoding.TextMarshaler.
func (s AlertStatus) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText implements encoding.TextUnmarshaler: EINVALID for an unknown status.
func (s *AlertStatus) UnmarshalText(b []byte) error {
	for _, v := range AlertStatuses {
		if string(b) == string(v) {
			*s = v
			return nil
		}
	}
	return Errorf(EINVALID, "status: %q is not a status of an alert; give new, investigating, escalated or closed", b)
}

// moves are the transitions a case may take. A closed case may be reopened (to investigating):
// a closing reason turns out wrong when the same pack shows up again.
var moves = map[AlertStatus][]AlertStatus{
	StatusNew:           {StatusInvestigating, StatusEscalated, StatusClosed},
	StatusInvestigating: {StatusEscalated, StatusClosed},
	StatusEscalated:     {StatusInvestigating, StatusClosed},
	StatusClosed:        {StatusInvestigating},
}

// CanMove reports whether a case of status from may move to status to.
func CanMove(from, to AlertStatus) bool {
	for _, v := range moves[from] {
		if v == to {
			return true
		}
	}
	return false
}

// NextStatuses returns the statuses a case of status s may move to.
func NextStatuses(s AlertStatus) []AlertStatus { return moves[s] }

// CloseReason is why a case was closed.
type CloseReason string

// The reasons a case is closed for.
const (
	ReasonScanningError          CloseReason = "scanning_error"          // the pack was scanned wrongly (a misread, a wrong code)
	ReasonDataUploadError        CloseReason = "data_upload_error"       // the manufacturer's data were wrong or late
	ReasonConfirmedFalsification CloseReason = "confirmed_falsification" // the pack is a fake
	ReasonOther                  CloseReason = "other"                   // said in the comment, which it requires
)

// CloseReasons lists every reason.
var CloseReasons = []CloseReason{ReasonScanningError, ReasonDataUploadError, ReasonConfirmedFalsification, ReasonOther}

var reasonTitles = map[CloseReason]string{
	ReasonScanningError: "Scanning error", ReasonDataUploadError: "Data upload error",
	ReasonConfirmedFalsification: "Confirmed falsification", ReasonOther: "Other",
}

// Title names the reason for people.
func (r CloseReason) Title() string { return reasonTitles[r] }

// String returns the reason's name.
func (r CloseReason) String() string { return string(r) }

// MarshalText implements encoding.TextMarshaler.
func (r CloseReason) MarshalText() ([]byte, error) { return []byte(r), nil }

// UnmarshalText implements encoding.TextUnmarshaler: EINVALID for an unknown reason.
func (r *CloseReason) UnmarshalText(b []byte) error {
	for _, v := range CloseReasons {
		if string(b) == string(v) {
			*r = v
			return nil
		}
	}
	return Errorf(EINVALID, "reason: %q is not a reason to close an alert; give scanning_error, data_upload_error, confirmed_falsification or other", b)
}

// MaxCaseComment is the longest comment on a case, in bytes (as a counter's report).
const MaxCaseComment = MaxReportComment

// CaseChange is a request to move a case to Status: Reason says why it is closed (closing
// only); Comment says more, and is required for ReasonOther and for reopening.
type CaseChange struct {
	Status  AlertStatus `json:"status"`
	Reason  CloseReason `json:"reason,omitempty"`
	Comment string      `json:"comment,omitempty"`
}

// Validate checks the change of a case that stands at from: EINVALID naming what is wrong
// with the request, ECONFLICT when the case cannot take that step from where it stands.
func (c CaseChange) Validate(from AlertStatus) error {
	if c.Status.Title() == "" {
		return Errorf(EINVALID, "status: give new, investigating, escalated or closed")
	}
	if c.Reason != "" && c.Reason.Title() == "" {
		return Errorf(EINVALID, "reason: %q is not a reason to close an alert", string(c.Reason))
	}
	if err := checkComment(c.Comment); err != nil {
		return err
	}
	comment := strings.TrimSpace(c.Comment)
	switch {
	case c.Status == StatusClosed && c.Reason == "":
		return Errorf(EINVALID, "reason: closing a case needs a reason: scanning_error, data_upload_error, confirmed_falsification or other")
	case c.Status != StatusClosed && c.Reason != "":
		return Errorf(EINVALID, "reason: only closing a case takes a reason; this change is to %s", c.Status)
	case c.Reason == ReasonOther && comment == "":
		return Errorf(EINVALID, "comment: closing for another reason needs a comment saying what it was")
	case c.Status == from:
		return Errorf(ECONFLICT, "status: the case is %s already", from)
	case !CanMove(from, c.Status):
		return Errorf(ECONFLICT, "status: a case that is %s cannot become %s; it may become %s", from, c.Status, statusList(NextStatuses(from)))
	case from == StatusClosed && comment == "":
		return Errorf(EINVALID, "comment: reopening a closed case needs a comment saying why")
	}
	return nil
}

// checkComment checks a comment's length.
func checkComment(s string) error {
	if len(s) > MaxCaseComment {
		return Errorf(EINVALID, "comment: %d bytes is too long; keep it under %d", len(s), MaxCaseComment)
	}
	return nil
}

// CheckCaseComment checks a comment on a case: EINVALID when it is empty or too long.
func CheckCaseComment(s string) error {
	if strings.TrimSpace(s) == "" {
		return Errorf(EINVALID, "comment: say something")
	}
	return checkComment(s)
}

func statusList(ss []AlertStatus) string {
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = string(s)
	}
	return strings.Join(names, " or ")
}

// CaseStanding is how an organisation stands to an alert case.
type CaseStanding uint8

// The standings.
const (
	CaseOutsider     CaseStanding = iota // sees nothing of the case
	CaseScanner                          // its scan raised the case: it may comment, and sees nothing
	CaseManufacturer                     // the batch's (or the GTIN's) manufacturer
	CaseRegulator
)

// StandingOf returns how org stands to a case about manufacturer's product that the scans of
// the organisations scanners raised. The manufacturer scanning its own pack is its
// manufacturer.
func StandingOf(org Organisation, manufacturer Address, scanners []int64) CaseStanding {
	switch {
	case org.Role == RoleRegulator:
		return CaseRegulator
	case org.Role == RoleManufacturer && manufacturer != (Address{}) && org.Account == manufacturer:
		return CaseManufacturer
	}
	for _, id := range scanners {
		if id == org.ID {
			return CaseScanner
		}
	}
	return CaseOutsider
}

// Sees reports whether the case is shown to the organisation: its manufacturer and the
// regulator only.
func (s CaseStanding) Sees() bool { return s == CaseManufacturer || s == CaseRegulator }

// MayComment reports whether the organisation may comment on the case.
func (s CaseStanding) MayComment() bool { return s != CaseOutsider }

// MayChangeStatus reports whether the organisation may move the case.
func (s CaseStanding) MayChangeStatus() bool { return s.Sees() }

// SeesScanners reports whether the organisation learns who scanned and who commented from a
// scanning organisation: the regulator only.
func (s CaseStanding) SeesScanners() bool { return s == CaseRegulator }

// CaseEvent is one step in a case's history: a change of status or a comment.
type CaseEvent struct {
	At           time.Time    `json:"at"`
	Standing     string       `json:"by"`                     // regulator, manufacturer or scanner
	Organisation string       `json:"organisation,omitempty"` // "" for a scanner, to a manufacturer
	Who          string       `json:"who,omitempty"`          // the person or token, "" for a scanner, to a manufacturer
	From         AlertStatus  `json:"from,omitempty"`         // a change's
	Status       AlertStatus  `json:"status,omitempty"`       // a change's
	Reason       CloseReason  `json:"reason,omitempty"`
	Comment      string       `json:"comment,omitempty"`
	standing     CaseStanding // of the author
}

// NewCaseEvent returns an event written by someone of standing.
func NewCaseEvent(e CaseEvent, standing CaseStanding) CaseEvent {
	e.standing = standing
	e.Standing = standing.String()
	return e
}

// String names the standing: regulator, manufacturer, scanner or outsider.
func (s CaseStanding) String() string {
	return [...]string{"outsider", "scanner", "manufacturer", "regulator"}[s]
}

// For returns the alert as an organisation of standing sees it: a manufacturer learns
// nothing of who scanned or who commented from a scanning organisation, and reads the
// finding's kind rather than the message, which names the scanner.
func (a Alert) For(s CaseStanding) Alert {
	if s.SeesScanners() {
		return a
	}
	described := Wordsf(a.Kind.Description())
	a.Organisation, a.Message, a.Words = "", described.String(), &described
	reports := make([]AlertReport, len(a.Reports))
	for i, r := range a.Reports {
		reports[i] = AlertReport{At: r.At, Comment: r.Comment}
	}
	a.Reports = reports
	history := make([]CaseEvent, len(a.History))
	for i, e := range a.History {
		if e.standing == CaseScanner {
			e.Organisation, e.Who = "", ""
		}
		history[i] = e
	}
	a.History = history
	return a
}

// AlertFilter selects alert cases, newest first.
type AlertFilter struct {
	// Manufacturer restricts the cases to one manufacturer's: a manufacturer's own feed, or a
	// regulator's filter. Zero: every case.
	Manufacturer    Address
	ManufacturerGLN string      // a regulator's filter by the manufacturer's GLN; "": any
	Status          AlertStatus // "": any
	Kind            AlertKind   // "": any
	Batch           TokenID     // zero: any
	GTIN, Lot       string      // "": any; Lot matches exactly
	From, To        time.Time   // the first finding's time; zero: unbounded; To is exclusive
	Offset          int
	Limit           int // at most MaxAlertPage; 0: DefaultAlertPage
}

// Alert page sizes.
const (
	DefaultAlertPage = 50
	MaxAlertPage     = 1000
)

// AlertPage is a page of cases and how many the filter selects in all.
type AlertPage struct {
	Alerts []Alert `json:"alerts"`
	Total  int     `json:"total"`
	Offset int     `json:"offset"`
	Limit  int     `json:"limit"`
}

// CaseActor is who acts on a case: an organisation and, in words, its person or token.
type CaseActor struct {
	Organisation Organisation
	User         int64 // 0: an organisation's API token
	Who          string
}

// AlertService keeps the alert cases.
type AlertService interface {
	// Alerts returns the cases f selects, newest first, with their reports; EINVALID for a
	// bad filter. It does not apply For: callers do.
	Alerts(ctx context.Context, f AlertFilter) (AlertPage, error)
	// Case returns one case with its history, and how org stands to it. ENOTFOUND when there
	// is none, or org is an outsider to it (who may not learn it exists).
	Case(ctx context.Context, id int64, org Organisation) (Alert, CaseStanding, error)
	// ChangeStatus moves a case, recording who, when and why. ENOTFOUND as Case; EFORBIDDEN
	// when the actor may not move it; EINVALID or ECONFLICT as CaseChange.Validate.
	ChangeStatus(ctx context.Context, id int64, by CaseActor, c CaseChange) (Alert, error)
	// Comment adds a comment to a case. ENOTFOUND as Case; EINVALID as CheckCaseComment.
	Comment(ctx context.Context, id int64, by CaseActor, comment string) error
	// NewCases counts the new cases org sees: all for a regulator, its own for a manufacturer.
	NewCases(ctx context.Context, org Organisation) (int, error)
}

var alertDescriptions = map[AlertKind]string{
	AlertUnknownProduct:        "A product (GTIN) no batch on chain has was verified.",
	AlertUnknownBatch:          "A lot its product does not have on chain was verified.",
	AlertUnknownSerial:         "A serial not in the batch's list was verified.",
	AlertDataMismatch:          "A pack whose printed data differ from its batch's was verified.",
	AlertDecommissionedScanned: "A pack already decommissioned was verified.",
	AlertDiversion:             "A pack whose token its manufacturer or distributor still holds was scanned beyond them: it may have been diverted.",
	AlertCustodyMismatch:       "An active pack one pharmacy holds was verified by another: it may have been diverted.",
	AlertRecalledPresented:     "A pack of a recalled batch was presented for supply.",
	AlertExpiredPresented:      "An expired pack was presented for supply.",
	AlertMultipleOrganisations: "Organisations off the pack's custody path verified one serial.",
	AlertScanRate:              "One serial was verified more often than a pack is.",
	AlertAnonymousScanRate:     "The public checked one serial unusually often.",
	AlertReported:              "A counter reported a pack to the regulator.",
}

// Description says what the finding was without naming who made it: what a manufacturer
// reads of a case.
func (k AlertKind) Description() string { return alertDescriptions[k] }
