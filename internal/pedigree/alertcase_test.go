package pedigree_test

import (
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestCaseTransitions is the lifecycle's table: every status to every status.
func TestCaseTransitions(t *testing.T) {
	const (
		N = pedigree.StatusNew
		I = pedigree.StatusInvestigating
		E = pedigree.StatusEscalated
		C = pedigree.StatusClosed
	)
	allowed := map[[2]pedigree.AlertStatus]bool{
		{N, I}: true, {N, E}: true, {N, C}: true,
		{I, E}: true, {I, C}: true,
		{E, I}: true, {E, C}: true,
		{C, I}: true, // reopening
	}
	for _, from := range pedigree.AlertStatuses {
		for _, to := range pedigree.AlertStatuses {
			if got, want := pedigree.CanMove(from, to), allowed[[2]pedigree.AlertStatus{from, to}]; got != want {
				t.Errorf("CanMove(%s, %s): got %v, want %v", from, to, got, want)
			}
			c := pedigree.CaseChange{Status: to, Comment: "because"}
			if to == C {
				c.Reason = pedigree.ReasonScanningError
			}
			err := c.Validate(from)
			if want := allowed[[2]pedigree.AlertStatus{from, to}]; (err == nil) != want {
				t.Errorf("%s → %s: got %v, want allowed %v", from, to, err, want)
			}
			if err != nil && pedigree.ErrorCode(err) != pedigree.ECONFLICT {
				t.Errorf("%s → %s: got %s, want a conflict", from, to, pedigree.ErrorCode(err))
			}
		}
	}
}

func TestCaseChangeValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		from   pedigree.AlertStatus
		change pedigree.CaseChange
		code   string // "" when valid
		names  string // what the message names
	}{
		{"OK", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusInvestigating}, "", ""},
		{"OKClose", pedigree.StatusInvestigating, pedigree.CaseChange{Status: pedigree.StatusClosed, Reason: pedigree.ReasonDataUploadError}, "", ""},
		{"OKOther", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusClosed, Reason: pedigree.ReasonOther, Comment: "a test pack"}, "", ""},
		{"ErrNoStatus", pedigree.StatusNew, pedigree.CaseChange{}, pedigree.EINVALID, "status"},
		{"ErrUnknownStatus", pedigree.StatusNew, pedigree.CaseChange{Status: "done"}, pedigree.EINVALID, "status"},
		{"ErrUnknownReason", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusClosed, Reason: "bored"}, pedigree.EINVALID, "reason"},
		{"ErrCloseWithoutReason", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusClosed}, pedigree.EINVALID, "reason"},
		{"ErrReasonNotClosing", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusEscalated, Reason: pedigree.ReasonScanningError}, pedigree.EINVALID, "reason"},
		{"ErrOtherWithoutText", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusClosed, Reason: pedigree.ReasonOther, Comment: "  "}, pedigree.EINVALID, "comment"},
		{"ErrReopenWithoutWhy", pedigree.StatusClosed, pedigree.CaseChange{Status: pedigree.StatusInvestigating}, pedigree.EINVALID, "comment"},
		{"ErrTooLong", pedigree.StatusNew, pedigree.CaseChange{Status: pedigree.StatusInvestigating, Comment: strings.Repeat("x", pedigree.MaxCaseComment+1)}, pedigree.EINVALID, "comment"},
		{"ErrSame", pedigree.StatusEscalated, pedigree.CaseChange{Status: pedigree.StatusEscalated}, pedigree.ECONFLICT, "already"},
		{"ErrBackToNew", pedigree.StatusInvestigating, pedigree.CaseChange{Status: pedigree.StatusNew}, pedigree.ECONFLICT, "escalated or closed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.change.Validate(tc.from)
			if got := pedigree.ErrorCode(err); err != nil && got != tc.code || err == nil && tc.code != "" {
				t.Fatalf("got %v (%s), want %q", err, got, tc.code)
			}
			if err != nil && !strings.Contains(pedigree.ErrorMessage(err), tc.names) {
				t.Errorf("the message %q does not name %q", pedigree.ErrorMessage(err), tc.names)
			}
		})
	}
}

// TestCaseStanding is who sees a case, who may move it and who may only comment.
func TestCaseStanding(t *testing.T) {
	maker := pedigree.Address{1}
	regulator := pedigree.Organisation{ID: 1, Role: pedigree.RoleRegulator}
	manufacturer := pedigree.Organisation{ID: 2, Role: pedigree.RoleManufacturer, Account: maker}
	other := pedigree.Organisation{ID: 3, Role: pedigree.RoleManufacturer, Account: pedigree.Address{2}}
	pharmacy := pedigree.Organisation{ID: 4, Role: pedigree.RoleDispenser, Account: pedigree.Address{3}}
	wholesaler := pedigree.Organisation{ID: 5, Role: pedigree.RoleDistributor, Account: maker} // an account equal to the maker's is not the maker without its role
	for _, tc := range []struct {
		name                         string
		org                          pedigree.Organisation
		manufacturer                 pedigree.Address
		want                         pedigree.CaseStanding
		sees, comments, moves, names bool
	}{
		{"Regulator", regulator, maker, pedigree.CaseRegulator, true, true, true, true},
		{"RegulatorNoManufacturer", regulator, pedigree.Address{}, pedigree.CaseRegulator, true, true, true, true},
		{"Manufacturer", manufacturer, maker, pedigree.CaseManufacturer, true, true, true, false},
		{"AnotherManufacturer", other, maker, pedigree.CaseOutsider, false, false, false, false},
		{"ManufacturerOfNone", manufacturer, pedigree.Address{}, pedigree.CaseOutsider, false, false, false, false},
		{"Scanner", pharmacy, maker, pedigree.CaseScanner, false, true, false, false},
		{"Outsider", wholesaler, maker, pedigree.CaseOutsider, false, false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pedigree.StandingOf(tc.org, tc.manufacturer, []int64{pharmacy.ID})
			if got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
			if got.Sees() != tc.sees || got.MayComment() != tc.comments || got.MayChangeStatus() != tc.moves || got.SeesScanners() != tc.names {
				t.Errorf("%s: sees %v comments %v moves %v names scanners %v", got, got.Sees(), got.MayComment(), got.MayChangeStatus(), got.SeesScanners())
			}
		})
	}
}

// TestAlertFor: a manufacturer learns nothing of who scanned or who commented from a scanning
// organisation; the regulator learns all.
func TestAlertFor(t *testing.T) {
	a := pedigree.Alert{
		Kind: pedigree.AlertUnknownSerial, Organisation: "Corner Pharmacy", Message: "Corner Pharmacy verified a serial",
		Reports: []pedigree.AlertReport{{Organisation: "Corner Pharmacy", Comment: "odd box"}},
		History: []pedigree.CaseEvent{
			pedigree.NewCaseEvent(pedigree.CaseEvent{Organisation: "Corner Pharmacy", Who: "Pat", Comment: "odd box"}, pedigree.CaseScanner),
			pedigree.NewCaseEvent(pedigree.CaseEvent{Organisation: "Medicines Agency", Who: "Reg", Status: pedigree.StatusEscalated}, pedigree.CaseRegulator),
		},
	}
	m := a.For(pedigree.CaseManufacturer)
	for _, s := range []string{m.Organisation, m.Message, m.Reports[0].Organisation, m.History[0].Organisation, m.History[0].Who} {
		if strings.Contains(s, "Corner") || strings.Contains(s, "Pat") {
			t.Errorf("the manufacturer learns the scanner: %q", s)
		}
	}
	if m.Message != pedigree.AlertUnknownSerial.Description() || m.Reports[0].Comment != "odd box" || m.History[0].Comment != "odd box" || m.History[0].Standing != "scanner" {
		t.Errorf("the manufacturer's view lost the finding or the comment: %+v", m)
	}
	if m.History[1].Organisation != "Medicines Agency" || m.History[1].Who != "Reg" {
		t.Errorf("the manufacturer does not see who at the regulator acted: %+v", m.History[1])
	}
	if a.Reports[0].Organisation != "Corner Pharmacy" || a.History[0].Who != "Pat" {
		t.Error("For changed the alert it was called on")
	}
	r := a.For(pedigree.CaseRegulator)
	if r.Organisation != "Corner Pharmacy" || r.History[0].Who != "Pat" || r.Reports[0].Organisation != "Corner Pharmacy" {
		t.Errorf("the regulator does not learn who scanned: %+v", r)
	}
	for _, k := range pedigree.AlertKinds {
		if k.Description() == "" {
			t.Errorf("kind %s has no description", k)
		}
	}
}
