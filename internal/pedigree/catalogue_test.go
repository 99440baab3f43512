package pedigree_test

import (
	"strings"
	"testing"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

func TestCatalogueProductValidate(t *testing.T) {
	ok := pedigree.CatalogueProduct{GTIN: "09506000134352", Product: pedigree.Product{Name: "Demoprofen", Strength: "200 mg", Form: "tablet"}, Leaflet: "https://acme.example/leaflets/demoprofen.pdf"}
	tests := map[string]struct {
		change func(*pedigree.CatalogueProduct)
		want   string // "" for valid
	}{
		"OK":               {func(*pedigree.CatalogueProduct) {}, ""},
		"OKNoLeaflet":      {func(p *pedigree.CatalogueProduct) { p.Leaflet = "" }, ""},
		"ErrGTINCheck":     {func(p *pedigree.CatalogueProduct) { p.GTIN = "09506000134353" }, "gtin: "},
		"ErrGTINShort":     {func(p *pedigree.CatalogueProduct) { p.GTIN = "9506000134352" }, "gtin: "},
		"ErrNoName":        {func(p *pedigree.CatalogueProduct) { p.Name = "" }, "product.name: "},
		"ErrLongStrength":  {func(p *pedigree.CatalogueProduct) { p.Strength = strings.Repeat("x", 101) }, "product.strength: "},
		"ErrNUL":           {func(p *pedigree.CatalogueProduct) { p.Form = "tab\x00let" }, "product.form: "},
		"ErrLeafletScheme": {func(p *pedigree.CatalogueProduct) { p.Leaflet = "javascript:alert(1)" }, "leaflet_url: "},
		"ErrLeafletNoHost": {func(p *pedigree.CatalogueProduct) { p.Leaflet = "https:///x" }, "leaflet_url: "},
		"ErrLeafletLong":   {func(p *pedigree.CatalogueProduct) { p.Leaflet = "https://a.example/" + strings.Repeat("x", 2000) }, "leaflet_url: "},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p := ok
			tt.change(&p)
			err := p.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("%v, want nil", err)
				}
				return
			}
			if pedigree.ErrorCode(err) != pedigree.EINVALID || !strings.HasPrefix(pedigree.ErrorMessage(err), tt.want) {
				t.Fatalf("%v, want EINVALID %q...", err, tt.want)
			}
		})
	}
}
