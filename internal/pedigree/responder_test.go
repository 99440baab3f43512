package pedigree_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestResponderInputValidate(t *testing.T) {
	ok := pedigree.ResponderInput{Code: "7612345", Name: "Deployment B", URL: "https://vrs.b.example/pedigree", Token: "ped_abcdefghijklmnop"}
	for _, tc := range []struct {
		name     string
		edit     func(in *pedigree.ResponderInput)
		newEntry bool
		want     string // "" valid, else the start of the message
	}{
		{"OK", func(*pedigree.ResponderInput) {}, true, ""},
		{"GTIN", func(in *pedigree.ResponderInput) { in.Code = "07612345000015" }, true, ""},
		{"PrefixOf6", func(in *pedigree.ResponderInput) { in.Code = "761234" }, true, ""},
		{"PrefixOf12", func(in *pedigree.ResponderInput) { in.Code = "761234500001" }, true, ""},
		{"HTTPLoopback", func(in *pedigree.ResponderInput) { in.URL = "http://127.0.0.1:8080" }, true, ""},
		{"HTTPLocalhost", func(in *pedigree.ResponderInput) { in.URL = "http://localhost:8080/vrs" }, true, ""},
		{"HTTPLoopbackV6", func(in *pedigree.ResponderInput) { in.URL = "http://[::1]:8080" }, true, ""},
		{"EditKeepsToken", func(in *pedigree.ResponderInput) { in.Token = "" }, false, ""},

		{"GTINCheckDigit", func(in *pedigree.ResponderInput) { in.Code = "07612345000016" }, true, "code: "},
		{"PrefixOf5", func(in *pedigree.ResponderInput) { in.Code = "76123" }, true, "code: "},
		{"PrefixOf13", func(in *pedigree.ResponderInput) { in.Code = "7612345000015" }, true, "code: "},
		{"CodeLetters", func(in *pedigree.ResponderInput) { in.Code = "76123AB" }, true, "code: "},
		{"NoName", func(in *pedigree.ResponderInput) { in.Name = "  " }, true, "name: "},
		{"NameControl", func(in *pedigree.ResponderInput) { in.Name = "B\u202e" }, true, "name: "},
		{"NameLong", func(in *pedigree.ResponderInput) { in.Name = strings.Repeat("b", pedigree.MaxResponderName+1) }, true, "name: "},
		{"HTTP", func(in *pedigree.ResponderInput) { in.URL = "http://vrs.b.example" }, true, "url: "},
		{"HTTPLookalike", func(in *pedigree.ResponderInput) { in.URL = "http://127.0.0.1.evil.example" }, true, "url: "},
		{"FTP", func(in *pedigree.ResponderInput) { in.URL = "ftp://vrs.b.example" }, true, "url: "},
		{"NoHost", func(in *pedigree.ResponderInput) { in.URL = "https:///vrs" }, true, "url: "},
		{"UserInURL", func(in *pedigree.ResponderInput) { in.URL = "https://me:pw@vrs.b.example" }, true, "url: "},
		{"Query", func(in *pedigree.ResponderInput) { in.URL = "https://vrs.b.example/?x=1" }, true, "url: "},
		{"NotAURL", func(in *pedigree.ResponderInput) { in.URL = "vrs.b.example" }, true, "url: "},
		{"NoToken", func(in *pedigree.ResponderInput) { in.Token = "" }, true, "token: "},
		{"TokenSpace", func(in *pedigree.ResponderInput) { in.Token = "ped abc" }, true, "token: "},
		{"TokenLong", func(in *pedigree.ResponderInput) { in.Token = strings.Repeat("t", pedigree.MaxResponderToken+1) }, true, "token: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := ok
			tc.edit(&in)
			err := in.Validate(tc.newEntry)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Validate = %v, want nil", err)
			case tc.want != "" && (pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.HasPrefix(pedigree.ErrorMessage(err), tc.want)):
				t.Errorf("Validate = %v, want EINVALID starting %q", err, tc.want)
			}
		})
	}
}

func TestTokenHint(t *testing.T) {
	if got := pedigree.TokenHint("ped_0123456789abcdef"); got != "…cdef" {
		t.Errorf("TokenHint = %q", got)
	}
	if got := pedigree.TokenHint("short"); strings.Contains(got, "short") || strings.Contains(got, "hort") {
		t.Errorf("TokenHint of a short token shows it: %q", got)
	}
}

// TestForPublic: an answer made for a participant, passed on to a patient, carries the
// patient's verdict (Decide, from the facts it states) and no business data but the
// manufacturer's.
func TestForPublic(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	expiry := pedigree.DateOf(now.AddDate(1, 0, 0))
	day := func(days int) *pedigree.Date { d := pedigree.DateOf(now.AddDate(0, 0, -days)); return &d }
	token := pedigree.TokenID{7}
	answer := func(verdict pedigree.Verdict, holder pedigree.Role, state pedigree.PackState, stateDay *pedigree.Date, status pedigree.BatchStatus) pedigree.Verification {
		return pedigree.Verification{
			Verdict: verdict, Asker: "distributor", Reasons: []pedigree.Reason{{Verdict: verdict, Message: "as the distributor was told"}},
			Pack:       &pedigree.PackInfo{GTIN: "07612345000015", Lot: "L", Serial: "S", Index: 3, State: state, StateDay: stateDay},
			Batch:      &pedigree.BatchInfo{Expiry: expiry, Status: status, Manufacturer: pedigree.Party{Role: pedigree.RoleManufacturer, Name: "Acme"}},
			Custodian:  &pedigree.Party{Role: holder, Name: "Holder Ltd", GLN: "4012345000030"},
			Provenance: []pedigree.CustodyEvent{{Kind: "shipped", Time: now, To: &pedigree.Party{Role: holder, Name: "Holder Ltd"}, TxHash: pedigree.Hash{9}}},
			Evidence: &pedigree.Evidence{TokenID: &token, StateTx: &pedigree.Hash{8}, Checks: []pedigree.Check{
				{Method: "batch(uint256)"}, {Method: "token(uint256)"}, {Method: "ownerOf(uint256)"}}},
		}
	}
	expiryTime := expiry.Time
	code := pedigree.PackCode{GTIN: "07612345000015", Lot: "L", Serial: "S", Expiry: &expiryTime}
	for _, tc := range []struct {
		name      string
		v         pedigree.Verification
		want      pedigree.Verdict
		showToken bool
	}{
		{"AtPharmacy", answer(pedigree.VerdictAuthentic, pedigree.RoleDispenser, pedigree.PackActive, nil, pedigree.BatchStatusActive), pedigree.VerdictAuthentic, false},
		{"AtDistributor", answer(pedigree.VerdictAuthentic, pedigree.RoleDistributor, pedigree.PackActive, nil, pedigree.BatchStatusActive), pedigree.VerdictNotReleased, false},
		{"AtManufacturer", answer(pedigree.VerdictAuthentic, pedigree.RoleManufacturer, pedigree.PackActive, nil, pedigree.BatchStatusActive), pedigree.VerdictNotReleased, true},
		{"SuppliedLately", answer(pedigree.VerdictAlreadyDecommissioned, pedigree.RoleDispenser, pedigree.PackSupplied, day(5), pedigree.BatchStatusActive), pedigree.VerdictSupplied, false},
		{"SuppliedLongAgo", answer(pedigree.VerdictAlreadyDecommissioned, pedigree.RoleDispenser, pedigree.PackSupplied, day(40), pedigree.BatchStatusActive), pedigree.VerdictAlreadyDecommissioned, false},
		{"Recalled", answer(pedigree.VerdictRecalled, pedigree.RoleDispenser, pedigree.PackActive, nil, pedigree.BatchStatusRecalled), pedigree.VerdictRecalled, false},
		{"UnknownSerialKept", func() pedigree.Verification {
			v := answer(pedigree.VerdictUnknownSerial, pedigree.RoleDispenser, pedigree.PackUnknown, nil, pedigree.BatchStatusActive)
			v.Pack.Index, v.Custodian = -1, nil
			return v
		}(), pedigree.VerdictUnknownSerial, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.v
			pedigree.ForPublic(&v, code, now)
			if v.Verdict != tc.want || v.Asker != pedigree.AskerPublic || len(v.Reasons) == 0 || v.Reasons[0].Verdict != tc.want {
				t.Errorf("verdict = %s for %s (reasons %+v), want %s for the public", v.Verdict, v.Asker, v.Reasons, tc.want)
			}
			if c := v.Custodian; c != nil && c.Role != pedigree.RoleManufacturer && (c.Name != "" || c.GLN != "") {
				t.Errorf("the public is told the custodian %+v", *c)
			}
			if v.Provenance[0].TxHash != (pedigree.Hash{}) || v.Evidence.StateTx != nil {
				t.Errorf("the public is told a transaction: %+v, state tx %v", v.Provenance[0], v.Evidence.StateTx)
			}
			if got := v.Evidence.TokenID != nil; got != tc.showToken || (len(v.Evidence.Checks) == 3) != tc.showToken {
				t.Errorf("token shown %v with %d checks, want %v", got, len(v.Evidence.Checks), tc.showToken)
			}
		})
	}
}

// A pharmacy of this deployment asking about another's pack gets what the pack means to a
// pharmacy, whatever role the other deployment answered as.
func TestForPharmacy(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	expiry := pedigree.DateOf(now.AddDate(1, 0, 0))
	expiryTime := expiry.Time
	code := pedigree.PackCode{GTIN: "07612345000015", Lot: "L", Serial: "S", Expiry: &expiryTime}
	answer := func(holder pedigree.Role, state pedigree.PackState, pending bool, status pedigree.BatchStatus) pedigree.Verification {
		v := pedigree.Verification{
			Verdict: pedigree.VerdictAuthentic, Asker: "distributor", Reasons: []pedigree.Reason{{Verdict: pedigree.VerdictAuthentic, Message: "as the distributor was told"}},
			Pack:      &pedigree.PackInfo{GTIN: code.GTIN, Lot: code.Lot, Serial: code.Serial, Index: 3, State: state},
			Batch:     &pedigree.BatchInfo{Expiry: expiry, Status: status},
			Custodian: &pedigree.Party{Role: holder},
		}
		if pending {
			v.Pending = &pedigree.Party{Role: pedigree.RoleDispenser}
		}
		return v
	}
	for _, tc := range []struct {
		name string
		v    pedigree.Verification
		want pedigree.Verdict
	}{
		{"AtManufacturer", answer(pedigree.RoleManufacturer, pedigree.PackActive, false, pedigree.BatchStatusActive), pedigree.VerdictNotReleased},
		{"AtDistributor", answer(pedigree.RoleDistributor, pedigree.PackActive, false, pedigree.BatchStatusActive), pedigree.VerdictNotReleased},
		{"ShippedToAPharmacyThere", answer(pedigree.RoleDistributor, pedigree.PackActive, true, pedigree.BatchStatusActive), pedigree.VerdictNotReleased},
		{"AtAPharmacyThere", answer(pedigree.RoleDispenser, pedigree.PackActive, false, pedigree.BatchStatusActive), pedigree.VerdictCustodyMismatch},
		{"Recalled", answer(pedigree.RoleDispenser, pedigree.PackActive, false, pedigree.BatchStatusRecalled), pedigree.VerdictRecalled},
		{"Supplied", answer(pedigree.RoleDispenser, pedigree.PackSupplied, false, pedigree.BatchStatusActive), pedigree.VerdictAlreadyDecommissioned},
		{"UnknownSerialKept", func() pedigree.Verification {
			v := answer(pedigree.RoleDispenser, pedigree.PackUnknown, false, pedigree.BatchStatusActive)
			v.Verdict, v.Pack.Index, v.Custodian = pedigree.VerdictUnknownSerial, -1, nil
			v.Reasons[0].Verdict = pedigree.VerdictUnknownSerial
			return v
		}(), pedigree.VerdictUnknownSerial},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.v
			pedigree.ForPharmacy(&v, code, pedigree.PurposeSupply, now)
			if v.Verdict != tc.want || len(v.Reasons) == 0 || v.Reasons[0].Verdict != tc.want {
				t.Errorf("verdict = %s (reasons %+v), want %s for a pharmacy", v.Verdict, v.Reasons, tc.want)
			}
		})
	}
}
