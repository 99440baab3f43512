package httpapi

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/pedigree-rx/pedigree/internal/gs1"
	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// handleProducts lists the caller's product catalogue.
func (s *Server) handleProducts(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	products, err := s.deps.Catalogue.Products(r.Context(), *org)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"products": products})
}

// handleSaveProduct adds or changes the product of the route's GTIN in the caller's
// catalogue: {"name", "strength", "form", "leaflet_url"}.
func (s *Server) handleSaveProduct(w http.ResponseWriter, r *http.Request) {
	org, err := s.requireOrg(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var p pedigree.CatalogueProduct
	if err := decodeJSON(w, r, &p); err != nil {
		s.error(w, r, err)
		return
	}
	p.GTIN = chi.URLParam(r, "gtin")
	if g, err := gs1.NormalizeGTIN(p.GTIN); err == nil {
		p.GTIN = g
	}
	if p, err = s.deps.Catalogue.Save(r.Context(), *org, p); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// productsPage is the catalogue page: the products, and the form to add or change one.
type productsPage struct {
	Products []pedigree.CatalogueProduct
	Form     *form
}

// handleProductsPage shows a manufacturer's catalogue; ?gtin= fills the form with a product
// to change.
func (s *Server) handleProductsPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	f := s.newForm(r, url.Values{})
	if gtin := r.URL.Query().Get("gtin"); gtin != "" {
		if p, err := s.deps.Catalogue.Product(r.Context(), *u.org(), gtin); err == nil {
			f = s.newForm(r, url.Values{"gtin": {p.GTIN}, "product_name": {p.Name}, "product_strength": {p.Strength}, "product_form": {p.Form}, "leaflet_url": {p.Leaflet}})
		}
	}
	s.renderProducts(w, r, u, http.StatusOK, f)
}

func (s *Server) renderProducts(w http.ResponseWriter, r *http.Request, u *signedIn, status int, f *form) {
	products, err := s.deps.Catalogue.Products(r.Context(), *u.org())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "products", "Products", productsPage{Products: products, Form: f})
}

// handleSaveProductForm adds or changes a product from the catalogue page.
func (s *Server) handleSaveProductForm(w http.ResponseWriter, r *http.Request) {
	u, f := s.postedForm(w, r, pedigree.RoleManufacturer)
	if u == nil {
		return
	}
	p := pedigree.CatalogueProduct{
		GTIN:    f.Get("gtin"),
		Product: pedigree.Product{Name: f.Get("product_name"), Strength: f.Get("product_strength"), Form: f.Get("product_form")},
		Leaflet: f.Get("leaflet_url"),
	}
	if p.GTIN == "" {
		f.Fail("gtin", s.tr(r, "Enter the product's GTIN."))
	} else if g, err := gs1.NormalizeGTIN(p.GTIN); err != nil {
		f.Fail("gtin", capitalise(err.Error()))
	} else {
		p.GTIN = g
	}
	if p.Name == "" {
		f.Fail("product_name", s.tr(r, "Enter the product's name."))
	}
	if f.OK() {
		saved, err := s.deps.Catalogue.Save(r.Context(), *u.org(), p)
		if err == nil {
			s.done(w, r, "/products", s.tr(r, "Saved %s (GTIN %s) in the catalogue.", saved.String(), saved.GTIN))
			return
		}
		if st, _, _ := s.classify(r, err); st >= 500 {
			s.pageError(w, r, err)
			return
		}
		failProduct(f, err)
	}
	s.renderProducts(w, r, u, http.StatusUnprocessableEntity, f)
}

// failProduct puts a refusal of a product next to its field: "product.name: ..." next to
// product_name, "gtin: ..." next to gtin, and so on.
func failProduct(f *form, err error) {
	msg := pedigree.ErrorMessage(err)
	if rest, ok := strings.CutPrefix(msg, "product: "); ok {
		f.Fail("product_name", capitalise(rest))
		return
	}
	if field, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(field, "product.") {
		f.Fail("product_"+strings.TrimPrefix(field, "product."), capitalise(rest))
		return
	}
	f.FailFrom(err, "gtin", "leaflet_url")
}
