package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestCatalogue covers the product catalogue: kept by a manufacturer for its own GTINs, through
// the API and the page, and chosen at registration instead of typed again.
func TestCatalogue(t *testing.T) {
	f := newFixture(t)
	w := f.w
	const mine, notMine = "09506000134369", "04012345000016" // under the world's manufacturer's prefix 9506000; under the second manufacturer's
	put := func(role, gtin, body string) (int, string) {
		t.Helper()
		status, out, _ := f.do(t, "PUT", "/api/v1/products/"+gtin, "application/json", body, "Authorization", "Bearer "+f.tokens[role])
		return status, out
	}
	count := func() int {
		t.Helper()
		var n int
		if err := w.Pool.QueryRow(context.Background(), `SELECT count(*) FROM products`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	t.Run("APISave", func(t *testing.T) {
		status, body := put("manufacturer", mine, `{"name": "Catalol", "strength": "5 mg", "form": "capsule", "leaflet_url": "https://acme.example/catalol.pdf"}`)
		if status != 200 || !strings.Contains(body, `"gtin":"`+mine+`"`) || !strings.Contains(body, `"leaflet_url":"https://acme.example/catalol.pdf"`) {
			t.Fatalf("got %d %s", status, body)
		}
		// Saving again changes the entry; a GTIN-13 is read as its GTIN-14.
		if status, body := put("manufacturer", mine[1:], `{"name": "Catalol", "strength": "10 mg", "form": "capsule"}`); status != 200 || !strings.Contains(body, `"strength":"10 mg"`) {
			t.Fatalf("change: %d %s", status, body)
		}
		status, body, _ = f.do(t, "GET", "/api/v1/products", "", "", "Authorization", "Bearer "+f.tokens["manufacturer"])
		var got struct {
			Products []struct{ GTIN, Name, Strength string }
		}
		if err := json.Unmarshal([]byte(body), &got); status != 200 || err != nil || len(got.Products) != 1 || got.Products[0].Strength != "10 mg" {
			t.Fatalf("list: %d %s", status, body)
		}
	})
	errs := map[string]struct {
		role, gtin, body string
		status           int
		want             string
	}{
		"ErrNotItsGTIN":   {"manufacturer", notMine, `{"name": "Stolen"}`, 403, "not assigned to Acme Pharma"},
		"ErrNotAMaker":    {"distributor", mine, `{"name": "Catalol"}`, 403, "only manufacturers"},
		"ErrBadGTIN":      {"manufacturer", "09506000134368", `{"name": "Catalol"}`, 400, "gtin: "},
		"ErrNoName":       {"manufacturer", mine, `{"strength": "5 mg"}`, 400, "product.name"},
		"ErrLeaflet":      {"manufacturer", mine, `{"name": "Catalol", "leaflet_url": "javascript:alert(1)"}`, 400, "leaflet_url"},
		"ErrUnknownField": {"manufacturer", mine, `{"name": "Catalol", "price": 3}`, 400, "price"},
		"ErrNoToken":      {"", mine, `{"name": "Catalol"}`, 401, "API token"},
	}
	for name, tt := range errs {
		t.Run(name, func(t *testing.T) {
			before := count()
			status, body := put(tt.role, tt.gtin, tt.body)
			if status != tt.status || !strings.Contains(body, tt.want) {
				t.Fatalf("got %d %s, want %d with %q", status, body, tt.status, tt.want)
			}
			if count() != before {
				t.Error("a refused product was stored")
			}
			if _, list, _ := f.do(t, "GET", "/api/v1/products", "", "", "Authorization", "Bearer "+f.tokens["manufacturer"]); strings.Contains(list, "Stolen") || strings.Contains(list, "javascript") {
				t.Errorf("the catalogue holds a refused product: %s", list)
			}
		})
	}

	b := newBrowserless(t, f.srv.URL)
	b.signIn(w.User(t, w.Manufacturer))
	t.Run("Page", func(t *testing.T) {
		status, body, _ := b.post("/products", url.Values{"csrf": {b.csrf}, "gtin": {notMine}, "product_name": {"Stolen"}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="f-gtin-error"`) || !strings.Contains(body, "not assigned to Acme Pharma") {
			t.Fatalf("another's GTIN: %d\n%s", status, body)
		}
		status, body, _ = b.post("/products", url.Values{"csrf": {b.csrf}, "gtin": {mine}, "product_name": {"Catalol"}, "leaflet_url": {"ftp://x"}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, `id="f-leaflet_url-error"`) {
			t.Fatalf("a bad leaflet address: %d\n%s", status, body)
		}
		status, _, header := b.post("/products", url.Values{"csrf": {b.csrf}, "gtin": {mine}, "product_name": {"Catalol"}, "product_strength": {"20 mg"}, "product_form": {"capsule"}})
		if status != http.StatusSeeOther || header.Get("Location") != "/products" {
			t.Fatalf("save: %d", status)
		}
		if _, body, _ := b.get("/products"); !strings.Contains(body, "Catalol 20 mg capsule") || !strings.Contains(body, "Saved Catalol 20 mg capsule") {
			t.Fatalf("the catalogue page:\n%s", body)
		}
		// Change: the form comes filled with the product.
		if _, body, _ := b.get("/products?gtin=" + mine); !strings.Contains(body, `name="product_strength" type="text" value="20 mg"`) {
			t.Fatalf("the form to change a product is not filled:\n%s", body)
		}
	})
	t.Run("RegisterFromCatalogue", func(t *testing.T) {
		_, page, _ := b.get("/batches/new")
		if !strings.Contains(page, `<option value="`+mine+`" data-name="Catalol" data-strength="20 mg" data-form="capsule">`) {
			t.Fatalf("the registration page offers no product of the catalogue:\n%s", page)
		}
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		for k, v := range map[string]string{
			"csrf": b.csrf, "catalogue": mine, "product_name": "", "gtin": "", "lot": "CAT-1",
			"expiry": time.Now().AddDate(2, 0, 0).Format(time.DateOnly), "source": "generate", "quantity": "3",
		} {
			_ = mw.WriteField(k, v)
		}
		_ = mw.Close()
		status, out, header := b.do("POST", "/batches/new", mw.FormDataContentType(), &body)
		if status != http.StatusSeeOther {
			t.Fatalf("register: %d\n%s", status, out)
		}
		_, batch, _ := b.get(header.Get("Location"))
		if !strings.Contains(batch, "<h1>Catalol 20 mg capsule <span") || !strings.Contains(batch, "<dd>"+mine+"</dd>") {
			t.Fatalf("the batch page does not show the catalogue's product:\n%s", batch)
		}
	})
	t.Run("APIRegisterFromCatalogue", func(t *testing.T) {
		status, body, _ := f.do(t, "POST", "/api/v1/batches", "application/json",
			`{"gtin": "`+mine+`", "lot": "CAT-API", "expiry": "2030-01-31", "quantity": 2}`, "Authorization", "Bearer "+f.tokens["manufacturer"])
		if status != http.StatusCreated {
			t.Fatalf("register without a product: %d %s", status, body)
		}
		var stored string
		if err := w.Pool.QueryRow(context.Background(), `SELECT product->>'name' || ' ' || (product->>'strength') FROM batch_details WHERE lot = 'CAT-API'`).Scan(&stored); err != nil || stored != "Catalol 20 mg" {
			t.Fatalf("the batch's product: %q %v, want the catalogue's", stored, err)
		}
	})
	t.Run("ErrRegisterUnknownProduct", func(t *testing.T) {
		status, out, _ := b.post("/batches/new", url.Values{"csrf": {b.csrf}, "catalogue": {notMine}, "lot": {"CAT-2"}, "expiry": {"2030-01-01"}, "source": {"generate"}, "quantity": {"3"}})
		if status != http.StatusUnprocessableEntity || !strings.Contains(out, `id="f-catalogue-error"`) {
			t.Fatalf("got %d\n%s", status, out)
		}
	})
}
