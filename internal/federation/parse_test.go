package federation_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/federation"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

const corr = "21ec2020-3aea-4069-a2dd-08002b30309d"

var parseCode = pedigree.PackCode{GTIN: "07612345000015", Lot: "LOT1", Serial: "S1"}

// answer is an LMS answer with pedigree's extension, verdict v, changed by edit.
func answer(t testing.TB, verdict pedigree.Verdict, edit func(m map[string]any)) []byte {
	t.Helper()
	v := pedigree.Verification{
		Verdict: verdict, Pack: &pedigree.PackInfo{GTIN: parseCode.GTIN, Lot: parseCode.Lot, Serial: parseCode.Serial},
		Evidence: &pedigree.Evidence{ChainID: 31002, Contract: pedigree.Address{1}},
	}
	inner, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	data := pedigree.LMSAnswerData(verdict, nil, nil)
	dataJSON, _ := json.Marshal(data)
	var dataMap map[string]any
	_ = json.Unmarshal(dataJSON, &dataMap)
	m := map[string]any{
		"verificationTimestamp": "2026-11-29T10:00:00.000Z", "responderGLN": "4012345000016", "corrUUID": corr,
		"data": dataMap, "pedigree": map[string]any{"verification": json.RawMessage(inner)},
	}
	if edit != nil {
		edit(m)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseAnswer(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, verdict := range pedigree.Verdicts {
			v, err := federation.ParseAnswer(answer(t, verdict, nil), parseCode, corr)
			if err != nil {
				t.Fatalf("%s: %v", verdict, err)
			}
			want := pedigree.LMSAnswerData(verdict, nil, nil)
			o := v.Origin
			if v.Verdict != verdict || o == nil || o.Verified != want.Verified || o.FailureReason != string(want.FailureReason) ||
				o.AdditionalInfo != string(want.AdditionalInfo) || o.CorrUUID != corr || o.ResponderGLN != "4012345000016" ||
				!o.At.Equal(time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)) {
				t.Errorf("%s: %s, origin %+v", verdict, v.Verdict, o)
			}
		}
	})
	data := func(m map[string]any) map[string]any { return m["data"].(map[string]any) }
	inner := func(edit func(v *pedigree.Verification)) func(m map[string]any) {
		return func(m map[string]any) {
			var v pedigree.Verification
			_ = json.Unmarshal(m["pedigree"].(map[string]any)["verification"].(json.RawMessage), &v)
			edit(&v)
			b, _ := json.Marshal(v)
			m["pedigree"] = map[string]any{"verification": json.RawMessage(b)}
		}
	}
	for _, tc := range []struct {
		name    string
		verdict pedigree.Verdict
		edit    func(m map[string]any)
		want    string
	}{
		{"NoTimestamp", pedigree.VerdictAuthentic, func(m map[string]any) { delete(m, "verificationTimestamp") }, "verificationTimestamp: missing"},
		{"BadTimestamp", pedigree.VerdictAuthentic, func(m map[string]any) { m["verificationTimestamp"] = "yesterday" }, "verificationTimestamp"},
		{"OtherCorrUUID", pedigree.VerdictAuthentic, func(m map[string]any) { m["corrUUID"] = "00000000-0000-4000-8000-000000000000" }, "corrUUID"},
		{"NoCorrUUID", pedigree.VerdictAuthentic, func(m map[string]any) { delete(m, "corrUUID") }, "corrUUID"},
		{"BadResponderGLN", pedigree.VerdictAuthentic, func(m map[string]any) { m["responderGLN"] = "4012345000017" }, "responderGLN"},
		{"NoData", pedigree.VerdictAuthentic, func(m map[string]any) { delete(m, "data") }, "data.verified"},
		{"NoVerified", pedigree.VerdictAuthentic, func(m map[string]any) { delete(data(m), "verified") }, "data.verified"},
		{"ReasonWithVerified", pedigree.VerdictAuthentic, func(m map[string]any) { data(m)["verificationFailureReason"] = "No_match_GTIN_Serial" }, "given with verified true"},
		{"UnknownReason", pedigree.VerdictUnknownSerial, func(m map[string]any) { data(m)["verificationFailureReason"] = "Nope" }, "verificationFailureReason"},
		{"NoReason", pedigree.VerdictUnknownSerial, func(m map[string]any) { delete(data(m), "verificationFailureReason") }, "verificationFailureReason"},
		{"UnknownInfo", pedigree.VerdictAuthentic, func(m map[string]any) { data(m)["additionalInfo"] = "recalled" }, "additionalInfo"},
		{"NoExtension", pedigree.VerdictAuthentic, func(m map[string]any) { delete(m, "pedigree") }, "carries no evidence"},
		{"NotAVerdict", pedigree.VerdictAuthentic, inner(func(v *pedigree.Verification) { v.Verdict = "FINE" }), "not a verdict"},
		{"OtherPack", pedigree.VerdictAuthentic, inner(func(v *pedigree.Verification) { v.Pack.Serial = "S2" }), "not the pack asked about"},
		{"NoPack", pedigree.VerdictAuthentic, inner(func(v *pedigree.Verification) { v.Pack = nil }), "not the pack asked about"},
		{"NoEvidence", pedigree.VerdictAuthentic, inner(func(v *pedigree.Verification) { v.Evidence = nil }), "evidence"},
		{"NoChain", pedigree.VerdictAuthentic, inner(func(v *pedigree.Verification) { v.Evidence.ChainID = 0 }), "evidence"},
		// The standard's fields and the evidence must tell one story: a green LMS answer with
		// a red verdict inside (or the reverse) is no answer.
		{"VerifiedButUnknown", pedigree.VerdictUnknownSerial, func(m map[string]any) {
			data(m)["verified"] = true
			delete(data(m), "verificationFailureReason")
		}, "data.verified is true, but the verdict is UNKNOWN_SERIAL"},
		{"NotVerifiedButAuthentic", pedigree.VerdictAuthentic, func(m map[string]any) {
			data(m)["verified"] = false
			data(m)["verificationFailureReason"] = "No_match_GTIN_Serial"
		}, "data.verified is false, but the verdict is AUTHENTIC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := federation.ParseAnswer(answer(t, tc.verdict, tc.edit), parseCode, corr)
			if pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.Contains(pedigree.ErrorMessage(err), tc.want) {
				t.Errorf("err = %v, want EINVALID saying %q", err, tc.want)
			}
		})
	}
	t.Run("NotJSON", func(t *testing.T) {
		if _, err := federation.ParseAnswer([]byte("<html>"), parseCode, corr); pedigree.ErrorCode(err) != pedigree.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
}

// FuzzParseAnswer: whatever a responder sends, ParseAnswer returns a verification whose
// standard fields and verdict agree, or EINVALID; it never panics.
func FuzzParseAnswer(f *testing.F) {
	for _, v := range pedigree.Verdicts {
		f.Add(answer(f, v, nil))
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"data":{"verified":true},"corrUUID":"` + corr + `","verificationTimestamp":"x"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, body []byte) {
		v, err := federation.ParseAnswer(body, parseCode, corr)
		if err != nil {
			if pedigree.ErrorCode(err) != pedigree.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			return
		}
		if v.Origin == nil || v.Evidence == nil || v.Pack == nil || v.Origin.Verified != pedigree.LMSAnswerData(v.Verdict, nil, nil).Verified {
			t.Fatalf("accepted an inconsistent answer: %+v", v)
		}
	})
}
