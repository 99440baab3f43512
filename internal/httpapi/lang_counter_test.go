package httpapi_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pedigree-rx/pedigree/internal/chain"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
	"github.com/pedigree-rx/pedigree/internal/testkit/worldtest"
)

// TestLanguagesCounter: the counter and the manufacturer's batch pages speak German to a
// browser that asks for it: headings, buttons, the handlers' messages and form errors,
// dates as 02.01.2006 and numbers grouped as 1.500.
func TestLanguagesCounter(t *testing.T) {
	w := worldtest.New(t)
	h := w.H
	// A batch big enough for its number of packs to be grouped.
	h.Ok(h.C.RegisterBatch(h.Ctx, h.Manufacturer.S, chain.NewBatch{
		GTIN: worldtest.GTIN, Lot: "GROSS", ExpiryDay: h.Today() + 100, Quantity: 1500,
		IndexRoot: crypto.Keccak256Hash([]byte("serials")), SortedRoot: crypto.Keccak256Hash([]byte("sorted")),
		MasterDataHash: crypto.Keccak256Hash([]byte("master data")),
	}))
	srv := w.Serve(t, slog.New(slog.DiscardHandler))
	w.Synced(t)
	german := func(t *testing.T, org pedigree.Organisation) (get func(path string) (int, string), post func(path string, form url.Values) (int, string, http.Header), b *browserless) {
		b = newBrowserless(t, srv.URL)
		email, password := w.User(t, org)
		if status, body, _ := b.post("/login", url.Values{"email": {email}, "password": {password}}, "Accept-Language", "de"); status != http.StatusSeeOther {
			t.Fatalf("sign in: %d %s", status, body)
		}
		get = func(path string) (int, string) {
			status, body, _ := b.get(path, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
			return status, body
		}
		post = func(path string, form url.Values) (int, string, http.Header) {
			form.Set("csrf", b.csrf)
			return b.post(path, form, "Accept-Language", "de")
		}
		return get, post, b
	}
	check := func(t *testing.T, what string, status, wantStatus int, page string, want, not []string) {
		t.Helper()
		ok := status == wantStatus
		if !ok {
			t.Errorf("%s: %d, want %d", what, status, wantStatus)
		}
		for _, s := range want {
			if !strings.Contains(page, s) {
				ok = false
				t.Errorf("%s lacks %q", what, s)
			}
		}
		for _, s := range not {
			if strings.Contains(page, s) {
				ok = false
				t.Errorf("%s still says %q", what, s)
			}
		}
		if !ok {
			t.Logf("%s:\n%s", what, page)
		}
	}

	t.Run("Pharmacist", func(t *testing.T) {
		get, post, _ := german(t, w.Dispenser)
		status, page := get("/scan")
		check(t, "the scan page", status, 200, page,
			[]string{`<html lang="de">`, "<h1>Eine Packung scannen</h1>", ">Meine Scans heute<", ">Prüfen</button>", "Code von Hand eingeben (beschädigter Code)",
				`data-hold="Halten Sie den Code der Packung vor die Kamera."`, "<h2 id=\"basket-title\">Korb</h2>"},
			[]string{"Scan a pack", "Type the code by hand", "Hold the pack&#39;s code"})

		c := w.Code(60) // at the pharmacy, active
		code := "(01)" + c.GTIN + "(17)" + c.Expiry.Format("060102") + "(10)" + c.Lot + "(21)" + c.Serial
		status, page, _ = post("/scan", url.Values{"code": {code}})
		check(t, "the page after a scan", status, 200, page,
			[]string{"Diese Packung ist in Ihrem Besitz", ">Abgeben</button>", ">In den Korb</button>", "Ausbuchen als", "<option value=\"destroyed\">Vernichtet</option>"},
			[]string{">Dispense<", "Add to the basket", "Decommission as"})

		status, page, hdr := post("/scan/basket", url.Values{"code": {code}, "action": {"add"}})
		if status != http.StatusSeeOther {
			t.Fatalf("add to the basket: %d\n%s", status, page)
		}
		status, page = get(hdr.Get("Location"))
		check(t, "the basket", status, 200, page,
			[]string{"Packung " + c.Serial + " in den Korb gelegt.", "Korb: 1 Packung", "verfällt am " + c.Expiry.Format("02.01.2006"), ">Alle 1 abgeben</button>", ">Korb leeren</button>"},
			[]string{"Added pack", "expires"})

		status, page, _ = post("/scan/pack", url.Values{"code": {code}, "action": {"destroyed"}})
		check(t, "the confirmation", status, 200, page,
			[]string{"Diese Packung als vernichtet kennzeichnen?", "Ja, Seriennummer " + c.Serial + " als vernichtet kennzeichnen", "<dd>" + c.Expiry.Format("02.01.2006") + "</dd>",
				"Eine vernichtete Packung kann nie wieder aktiv werden."},
			[]string{"Mark this pack"})

		status, page, _ = post("/scan/manual", url.Values{"gtin": {"123"}, "lot": {""}, "serial": {"S1"}, "expiry": {"30.06.2027"}})
		check(t, "a manual entry in error", status, http.StatusUnprocessableEntity, page,
			[]string{"Geben Sie die auf der Packung gedruckte Charge (Lot) ein.", "Geben Sie das Verfalldatum als Datum an: 2027-06-30."},
			[]string{"Enter the batch"})

		status, page = get("/scan/mine")
		check(t, "my scans", status, 200, page, []string{"<h1>Meine Scans</h1>", "Geprüft: Echte Packung", ">Filtern</button>"}, []string{"Verified:"})
	})

	t.Run("Manufacturer", func(t *testing.T) {
		get, post, _ := german(t, w.Manufacturer)
		status, page := get("/batches?lot=gross")
		check(t, "the batches", status, 200, page,
			[]string{"<h1>Ihre Chargen</h1>", ">Suchen</button>", "Eine Charge passt.", `data-label="Packungen">1.500<`},
			[]string{"One batch matches", ">1500<", ">1,500<"})

		regexpFind(t, page, `data-label="Verfalldatum">(\d\d\.\d\d\.\d{4})<`)

		status, page = get("/batches/" + pedigree.TokenIDFromBig(w.Batch.ID).String())
		c := w.Code(1)
		check(t, "a batch", status, 200, page,
			[]string{"Charge VERIFY", "<h2 id=\"counts-title\">Packungen nach Status</h2>", "<dt>Verfalldatum</dt><dd>" + c.Expiry.Format("02.01.2006") + "</dd>",
				">Etiketten holen</button>", "Herkunft der Charge VERIFY", ">Charge zurückrufen</button>", ">Qualitätsmangel</option>", "höchstens " + grouped(pedigree.MaxLabels, ".") + " auf einmal"},
			[]string{"Packs by state", "Get the labels", "Quality defect", "Provenance of batch", "registered by"})
		regexpFind(t, page, `<desc id="[^"]+">(Charge VERIFY mit 64 Packungen, registriert durch [^<]+ am \d\d\.\d\d\.\d{4}\.)`)
		regexpFind(t, page, `<text[^>]*>(registriert \d\d\.\d\d\.\d{4})</text>`)

		status, page = get("/batches/new")
		check(t, "the registration form", status, 200, page,
			[]string{"<h1>Eine Charge registrieren</h1>", "<legend>Seriennummern</legend>", "Zufällige Seriennummern erzeugen", "bis zu 1.000.000", ">Charge registrieren</button>",
				`data-sending="Formular wird gesendet …"`},
			[]string{"Register the batch", "1,000,000"})

		status, page, _ = post("/batches/new", url.Values{"product_name": {"Keptol"}, "gtin": {"09506000134353"}, "lot": {""}, "expiry": {"2027-06-30"}, "source": {"generate"}, "quantity": {"0"}})
		check(t, "a registration in error", status, http.StatusUnprocessableEntity, page,
			[]string{"Geben Sie die Chargennummer ein.", fmt.Sprintf("Geben Sie an, wie viele Packungen, von 1 bis %s.", grouped(pedigree.MaxBatchSize, "."))},
			[]string{"Enter the lot number."})
	})
}

// grouped writes n (at least 0) with its digits grouped in threes by sep.
func grouped(n int, sep string) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}
