package pedigree_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestCanUndo(t *testing.T) {
	changed := pedigree.DateOf(time.Date(2026, 3, 1, 16, 0, 0, 0, time.UTC))
	last := time.Date(2026, 3, 1+pedigree.UndoWindowDays, 23, 59, 59, 0, time.UTC) // the window's last second
	for _, tc := range []struct {
		name  string
		state pedigree.PackState
		now   time.Time
		want  bool
	}{
		{"SameDay", pedigree.PackSupplied, changed.Add(time.Hour), true},
		{"LastDay", pedigree.PackSupplied, last, true},
		{"DayAfter", pedigree.PackSupplied, last.Add(time.Second), false},
		{"LastDayOtherZone", pedigree.PackStolen, last.In(time.FixedZone("UTC+2", 2*3600)), true},
		{"EveryStateButDestroyed", pedigree.PackCheckedOut, last, true},
		{"ErrDestroyed", pedigree.PackDestroyed, changed.Add(time.Hour), false},
		{"ErrActive", pedigree.PackActive, changed.Add(time.Hour), false},
		{"ErrUnknown", pedigree.PackUnknown, changed.Add(time.Hour), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pedigree.CanUndo(tc.state, changed, tc.now); got != tc.want {
				t.Fatalf("CanUndo(%s, %s, %s) = %v, want %v", tc.state, changed.Format(time.DateOnly), tc.now, got, tc.want)
			}
		})
	}
}

// TestText checks each typed value writes and reads itself as text, in JSON too, and
// refuses what it is not.
func TestText(t *testing.T) {
	type value interface {
		MarshalText() ([]byte, error)
	}
	for _, tc := range []struct {
		name string
		v    value
		text string
		read func(string) (value, error)
	}{
		{"PackState", pedigree.PackFreeSample, "free_sample", func(s string) (value, error) {
			var v pedigree.PackState
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"PackUnknown", pedigree.PackUnknown, "unknown", func(s string) (value, error) {
			var v pedigree.PackState
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"BatchStatus", pedigree.BatchStatusRecalled, "recalled", func(s string) (value, error) {
			var v pedigree.BatchStatus
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"RegistrationStatus", pedigree.RegistrationFailed, "failed", func(s string) (value, error) {
			var v pedigree.RegistrationStatus
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"AlertKind", pedigree.AlertMultipleOrganisations, "multiple_organisations", func(s string) (value, error) {
			var v pedigree.AlertKind
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"Role", pedigree.RoleDispenser, "dispenser", func(s string) (value, error) {
			var v pedigree.Role
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"RoleNone", pedigree.RoleNone, "none", func(s string) (value, error) {
			var v pedigree.Role
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
		{"Hash", pedigree.Hash{0xab, 31: 0x01}, "0xab00000000000000000000000000000000000000000000000000000000000001", func(s string) (value, error) {
			var v pedigree.Hash
			err := v.UnmarshalText([]byte(s))
			return v, err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.v.MarshalText()
			if err != nil || string(b) != tc.text {
				t.Fatalf("MarshalText = %q, %v; want %q", b, err, tc.text)
			}
			if got, err := tc.read(tc.text); err != nil || got != tc.v {
				t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", tc.text, got, err, tc.v)
			}
			if _, err := tc.read("dispensed"); pedigree.ErrorCode(err) != pedigree.EINVALID {
				t.Fatalf("UnmarshalText(dispensed) = %v, want invalid", err)
			}
		})
	}
	t.Run("PackStatesAsJSONKeys", func(t *testing.T) {
		in := map[pedigree.PackState]int{pedigree.PackActive: 39, pedigree.PackSupplied: 1}
		b, err := json.Marshal(in)
		if err != nil || string(b) != `{"active":39,"supplied":1}` {
			t.Fatalf("got %s, %v", b, err)
		}
		var out map[pedigree.PackState]int
		if err := json.Unmarshal(b, &out); err != nil || len(out) != 2 || out[pedigree.PackSupplied] != 1 {
			t.Fatalf("got %v, %v", out, err)
		}
	})
	t.Run("ErrUnknownIsNoStateToSet", func(t *testing.T) {
		if _, err := pedigree.ParsePackState("unknown"); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Fatalf("ParsePackState(unknown) = %v, want invalid", err)
		}
	})
}

// TestBatchInfoJSON pins the answer's shape: product as an object, left out when unknown; a
// recall's reason as its code and its words.
func TestBatchInfoJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   pedigree.BatchInfo
		want string
	}{
		{"Product", pedigree.BatchInfo{Status: pedigree.BatchStatusActive, Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg"}},
			`"status":"active","manufacturer":{"role":"none"},"product":{"name":"Demoprofen","strength":"200 mg"}}`},
		{"NoProduct", pedigree.BatchInfo{Status: pedigree.BatchStatusRecalled, RecallReason: 2},
			`"status":"recalled","recall_reason":2,"manufacturer":{"role":"none"},"recall_reason_words":"Falsified medicine found"}`},
		{"UnnamedReason", pedigree.BatchInfo{Status: pedigree.BatchStatusRecalled, RecallReason: 7},
			`"recall_reason":7,"manufacturer":{"role":"none"},"recall_reason_words":"reason code 7"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			if err != nil || !strings.HasSuffix(string(b), tc.want) {
				t.Fatalf("got %s, %v; want it to end %s", b, err, tc.want)
			}
		})
	}
}

func TestPartyString(t *testing.T) {
	for _, tc := range []struct {
		party pedigree.Party
		want  string
	}{
		{pedigree.Party{Role: pedigree.RoleDispenser, Name: "Corner Pharmacy", GLN: "4012345000054"}, "Corner Pharmacy"},
		{pedigree.Party{Role: pedigree.RoleDispenser, GLN: "4012345000054"}, "GLN 4012345000054"},
		{pedigree.Party{Role: pedigree.RoleDispenser}, "a dispenser"},
		{pedigree.Party{}, "an unknown participant"},
	} {
		if got := tc.party.String(); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.party, got, tc.want)
		}
	}
}

func TestProductString(t *testing.T) {
	for _, tc := range []struct {
		product pedigree.Product
		want    string
	}{
		{pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}, "Demoprofen 200 mg tablet"},
		{pedigree.Product{Name: "Demoprofen", Form: "tablet"}, "Demoprofen tablet"},
		{pedigree.Product{}, ""},
	} {
		if got := tc.product.String(); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.product, got, tc.want)
		}
	}
}

func TestValidateBatch(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	valid := func() pedigree.NewBatch {
		return pedigree.NewBatch{GTIN: "09506000134352", Lot: "LOT-1", Expiry: now.AddDate(1, 0, 0),
			Product: pedigree.Product{Name: "Demoprofen"}, Serials: []string{"A1", "A2"}}
	}
	for _, tc := range []struct {
		name    string
		edit    func(*pedigree.NewBatch)
		mention string // "" for a valid batch
	}{
		{"OK", func(b *pedigree.NewBatch) {}, ""},
		{"OKQuantity", func(b *pedigree.NewBatch) { b.Serials, b.Quantity = nil, 10 }, ""},
		{"OKExpiresToday", func(b *pedigree.NewBatch) { b.Expiry = pedigree.DateOf(now).Time }, ""},
		{"ErrGTIN13", func(b *pedigree.NewBatch) { b.GTIN = "9506000134352" }, "gtin"},
		{"ErrLotCharacter", func(b *pedigree.NewBatch) { b.Lot = "LOT 1" }, "lot"},
		{"ErrLotLong", func(b *pedigree.NewBatch) { b.Lot = strings.Repeat("L", 21) }, "lot"},
		{"ErrExpired", func(b *pedigree.NewBatch) { b.Expiry = now.AddDate(0, 0, -1) }, "expiry"},
		{"ErrNoProduct", func(b *pedigree.NewBatch) { b.Product.Name = "" }, "product"},
		{"ErrQuantityDisagrees", func(b *pedigree.NewBatch) { b.Quantity = 3 }, "quantity"},
		{"ErrNoSerials", func(b *pedigree.NewBatch) { b.Serials = nil }, "quantity"},
		{"ErrSerialCharacter", func(b *pedigree.NewBatch) { b.Serials[1] = "A#2" }, "serial 2, “A#2”"},
		{"ErrSerialRepeated", func(b *pedigree.NewBatch) { b.Serials[1] = "A1" }, "serial 2, “A1”, repeats serial 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := valid()
			tc.edit(&b)
			err := b.Validate(now)
			switch {
			case tc.mention == "" && err != nil:
				t.Fatalf("got %v, want no error", err)
			case tc.mention != "" && (pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.Contains(err.Error(), tc.mention)):
				t.Fatalf("got %v, want invalid mentioning %q", err, tc.mention)
			}
		})
	}
}
