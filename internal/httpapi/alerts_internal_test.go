package httpapi

import (
	"net/url"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// FuzzAlertFilter: whatever a feed's query says, alertFilter refuses it as invalid naming the
// parameter, or returns a filter the store can run; a manufacturer's feed is its own.
func FuzzAlertFilter(f *testing.F) {
	for _, q := range []string{
		"", "status=new", "status=solved", "kind=unknown_serial&batch=0x" + "ab", "gtin=09506000134352&lot=VERIFY",
		"manufacturer=4012345000016", "from=2026-11-01&to=2026-11-30", "to=2026-11-24T10:00:00Z", "before=2026-11-24T10:00:00.5Z",
		"limit=0", "limit=1000", "limit=1001", "offset=-1", "offset=99999999999999999999", "lot=%00", "kind=reported&status=closed",
	} {
		f.Add(q, false)
		f.Add(q, true)
	}
	f.Fuzz(func(t *testing.T, raw string, manufacturer bool) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		org := pedigree.Organisation{ID: 1, Role: pedigree.RoleRegulator}
		if manufacturer {
			org = pedigree.Organisation{ID: 2, Role: pedigree.RoleManufacturer, Account: pedigree.Address{7}}
		}
		got, err := alertFilter(q, org)
		if err != nil {
			if pedigree.ErrorCode(err) != pedigree.EINVALID {
				t.Fatalf("%q: %v is not a refusal of the input", raw, err)
			}
			return
		}
		if got.Status != "" && got.Status.Title() == "" || got.Kind != "" && got.Kind.Title() == "" {
			t.Errorf("%q: an unknown status or kind passed: %+v", raw, got)
		}
		if got.Limit < 0 || got.Limit > pedigree.MaxAlertPage || got.Offset < 0 {
			t.Errorf("%q: paging out of range: %+v", raw, got)
		}
		if manufacturer && got.Manufacturer != org.Account {
			t.Errorf("%q: a manufacturer's feed is not its own: %+v", raw, got)
		}
		if !manufacturer && got.Manufacturer != (pedigree.Address{}) {
			t.Errorf("%q: a regulator's feed is narrowed to %v", raw, got.Manufacturer)
		}
	})
}

// FuzzStatusRequest: whatever a status change's body says, it is refused naming what is
// wrong (EINVALID or ECONFLICT), or it is a step the lifecycle allows.
func FuzzStatusRequest(f *testing.F) {
	for _, s := range []string{"new", "investigating", "escalated", "closed", "", "Closed", "closed "} {
		for _, r := range []string{"", "scanning_error", "other", "nope"} {
			f.Add(s, r, "", "investigating")
			f.Add(s, r, "why", "closed")
		}
	}
	f.Fuzz(func(t *testing.T, status, reason, comment, from string) {
		var at pedigree.AlertStatus
		if at.UnmarshalText([]byte(from)) != nil {
			return
		}
		c, err := statusRequest{Status: status, Reason: reason, Comment: comment}.change()
		if err == nil {
			err = c.Validate(at)
		}
		if err != nil {
			if code := pedigree.ErrorCode(err); code != pedigree.EINVALID && code != pedigree.ECONFLICT {
				t.Fatalf("%q %q %q from %s: %v", status, reason, comment, at, err)
			}
			return
		}
		if !pedigree.CanMove(at, c.Status) || (c.Status == pedigree.StatusClosed) != (c.Reason != "") || c.Reason == pedigree.ReasonOther && c.Comment == "" {
			t.Errorf("%q %q %q from %s passed: %+v", status, reason, comment, at, c)
		}
	})
}
