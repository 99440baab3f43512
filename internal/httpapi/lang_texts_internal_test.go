package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/label"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// TestGermanTexts: the texts made outside the templates (verdict findings and their dates, the
// public-scan finding, pack ranges, photo errors, code-reading errors, the HTTP layer's
// refusals, the check's texts, pack numbers) are said in German on a German page, with no
// English sentence and no English date left in them.
func TestGermanTexts(t *testing.T) {
	if _, err := loadCatalogue(); err != nil {
		t.Fatal(err)
	}
	de, en := langByCode("de"), langByCode("en")
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	expiry := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	printed := time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	pharmacy := pedigree.Address{3}
	facts := func(edit func(*pedigree.VerificationFacts)) pedigree.VerificationFacts {
		f := pedigree.VerificationFacts{
			Now: now, ProductKnown: true, BatchKnown: true, SerialKnown: true,
			CodeExpiry: &printed, BatchExpiry: expiry,
			Custodian: pharmacy, CustodianRole: pedigree.RoleDispenser,
			CustodyPath: []pedigree.Address{{1}, {2}, pharmacy},
		}
		edit(&f)
		return f
	}
	var flood []pedigree.Scan
	for range pedigree.MaxAnonymousScansPerWindow {
		flood = append(flood, pedigree.Scan{At: now.Add(-time.Minute)})
	}
	askers := map[string]func(*pedigree.VerificationFacts){
		"Patient": func(f *pedigree.VerificationFacts) {},
		"Pharmacy": func(f *pedigree.VerificationFacts) {
			f.Scanner, f.ScannerRole, f.ScannerOrganisation = pharmacy, pedigree.RoleDispenser, "pharmacy"
		},
		"OtherPharmacy": func(f *pedigree.VerificationFacts) {
			f.Scanner, f.ScannerRole, f.ScannerOrganisation = pedigree.Address{9}, pedigree.RoleDispenser, "other"
		},
		"Wholesaler": func(f *pedigree.VerificationFacts) {
			f.Scanner, f.ScannerRole, f.ScannerOrganisation = pedigree.Address{2}, pedigree.RoleDistributor, "wholesaler"
		},
		"Regulator": func(f *pedigree.VerificationFacts) {
			f.Scanner, f.ScannerRole, f.ScannerOrganisation = pedigree.Address{5}, pedigree.RoleRegulator, "regulator"
		},
	}
	situations := map[string]func(*pedigree.VerificationFacts){
		"Flood":          func(f *pedigree.VerificationFacts) { f.RecentScans = flood },
		"UnknownProduct": func(f *pedigree.VerificationFacts) { f.ProductKnown = false },
		"UnknownBatch":   func(f *pedigree.VerificationFacts) { f.BatchKnown = false },
		"UnknownSerial":  func(f *pedigree.VerificationFacts) { f.SerialKnown = false },
		"Recalled":       func(f *pedigree.VerificationFacts) { f.RecallReason = 1 },
		"Genuine":        func(f *pedigree.VerificationFacts) { f.CodeExpiry, f.BatchExpiry = nil, printed },
		"AtWholesaler": func(f *pedigree.VerificationFacts) {
			f.CodeExpiry, f.BatchExpiry = nil, printed
			f.Custodian, f.CustodianRole = pedigree.Address{2}, pedigree.RoleDistributor
		},
		"ShippedToPharmacy": func(f *pedigree.VerificationFacts) {
			f.Custodian, f.CustodianRole, f.Pending = pedigree.Address{2}, pedigree.RoleDistributor, pharmacy
		},
		"Clone": func(f *pedigree.VerificationFacts) {
			for i := range pedigree.MaxScansPerWindow {
				f.RecentScans = append(f.RecentScans, pedigree.Scan{At: now.Add(-time.Minute), Organisation: "o", Account: pedigree.Address{byte(20 + i%3)}, Role: pedigree.RoleDispenser})
			}
		},
	}
	for _, state := range []pedigree.PackState{pedigree.PackSupplied, pedigree.PackDestroyed, pedigree.PackStolen} {
		for _, ago := range []int{2, 40} {
			situations[fmt.Sprintf("%s%dDaysAgo", state, ago)] = func(f *pedigree.VerificationFacts) {
				f.PackState, f.PackStateDay, f.StateActor = state, now.AddDate(0, 0, -ago), pharmacy
			}
		}
	}
	findings := map[string]pedigree.VerificationFacts{}
	for a, asker := range askers {
		for s, situation := range situations {
			findings[a+s] = facts(func(f *pedigree.VerificationFacts) { situation(f); asker(f) })
		}
	}
	for name, f := range findings {
		t.Run("Findings"+name, func(t *testing.T) {
			_, reasons := pedigree.Decide(f)
			for _, r := range reasons {
				for _, said := range []struct{ de, en string }{
					{de.reason(r), en.reason(r)},
					{r.NextText(de.finding), r.NextText(en.finding)},
				} {
					if said.de == said.en {
						t.Errorf("said in German as in English: %q", said.de)
					}
					if strings.Contains(said.de, "2026-") || strings.Contains(said.de, "Nov") || strings.Contains(said.de, "Jun") {
						t.Errorf("a date in %q is not written as German dates are (24.11.2026)", said.de)
					}
				}
			}
		})
	}
	t.Run("FindingDates", func(t *testing.T) {
		_, reasons := pedigree.Decide(findings["Pharmacysupplied2DaysAgo"])
		if got := de.reason(reasons[len(reasons)-1]); !strings.Contains(got, "30.06.2026") {
			t.Errorf("German finding %q lacks the expiry as 30.06.2026", got)
		}
		if got := en.reason(reasons[len(reasons)-1]); !strings.Contains(got, "30 Jun 2026") {
			t.Errorf("English finding %q lacks the expiry as 30 Jun 2026", got)
		}
	})

	t.Run("Packs", func(t *testing.T) {
		ranges := []pedigree.PackRange{{Start: 0, End: 8}, {Start: 1233, End: 1234}}
		if got, want := pedigree.FormatPacks(ranges, de.plain), "Packungen 1 bis 8 und 1234"; got != want {
			t.Errorf("German packs = %q, want %q", got, want)
		}
		if got, want := pedigree.FormatPacks(nil, de.plain), "keine Packungen"; got != want {
			t.Errorf("German no packs = %q, want %q", got, want)
		}
		// A pack number is an identifier: never grouped, where a quantity is.
		got := de.translate("Returned %s, packs %s to %s, to %s: it waits for them to accept it.", "x", packNumber(1234), packNumber(12000), "y")
		if !strings.Contains(got, "1234 bis 12000") {
			t.Errorf("pack numbers grouped or lost: %q", got)
		}
		if got := de.translate("Registered lot %s: %d packs.", "L", 12000); !strings.Contains(got, "12.000") {
			t.Errorf("a quantity is not grouped: %q", got)
		}
	})

	t.Run("Photo", func(t *testing.T) {
		for _, img := range [][]byte{[]byte("not an image"), {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}} {
			_, err := label.Decode(bytes.NewReader(img))
			if err == nil {
				t.Fatal("decoded a photo that is none")
			}
			if got := de.errorText(err); !strings.HasPrefix(got, "Das Bild konnte nicht gelesen werden") {
				t.Errorf("photo error said as %q, want it in German", got)
			}
		}
		if got := de.errorText(pedigree.Errorf(pedigree.EINVALIDCODE, "no QR code or DataMatrix found in the image")); strings.Contains(got, "found") {
			t.Errorf("no-code error said as %q", got)
		}
	})

	t.Run("CodeErrors", func(t *testing.T) {
		p := gs1.Parser{Now: func() time.Time { return now }}
		for _, code := range []string{
			"", "hello", "0109506000134353", "01095060001343521726023", "(01)09506000134352(17)261332",
			"https://a.example/01/09506000134352/10/A?99=XYZ+987", "https://a.example/gtin/09506000134352",
			"010950600013435210ABC DEF", "]Q2xyz", "https://a.example/10/ABC",
		} {
			_, err := p.Parse(code)
			if err == nil {
				t.Fatalf("Parse(%q) read a bad code", code)
			}
			if got := de.errorText(err); got == err.Error() || got == en.errorText(err) {
				t.Errorf("Parse(%q): %q said in English on a German page", code, got)
			}
			if got := en.errorText(err); got != err.Error() {
				t.Errorf("Parse(%q): English page says %q, the API %q", code, got, err.Error())
			}
		}
		if got := de.errorText(errorf(503, pedigree.EUNAVAILABLE, "too many images are being read right now: try again in a moment")); strings.Contains(got, "images") {
			t.Errorf("the HTTP layer's refusal said as %q", got)
		}
	})

	t.Run("Script", func(t *testing.T) {
		keys, err := scriptKeys("check.js")
		if err != nil {
			t.Fatal(err)
		}
		if len(keys) < 20 {
			t.Fatalf("found %d texts in check.js; the search is broken", len(keys))
		}
		texts, err := de.scriptTexts("check.js")
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if texts[k] == "" {
				t.Errorf("check.js says %q, which has no German text in web/messages/de.json", k)
			}
			if verbs(texts[k]) != verbs(k) {
				t.Errorf("check.js: %q has the verbs %q in German, %q in English", k, verbs(texts[k]), verbs(k))
			}
		}
		if _, err := json.Marshal(texts); err != nil {
			t.Fatal(err)
		}
	})
}
