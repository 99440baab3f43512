package pedigree

import (
	"context"
	"net/url"
	"time"

	"github.com/pedigree-rx/pedigree/internal/gs1"
)

// MaxLeafletURL is the longest a product's leaflet address may be, in characters.
const MaxLeafletURL = 2000

// CatalogueProduct is a manufacturer's master data for one of its GTINs: what a batch of it is
// registered with (name, strength, form), and where its patient leaflet is.
type CatalogueProduct struct {
	GTIN string `json:"gtin"`
	Product
	Leaflet   string    `json:"leaflet_url,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks p before it is stored, naming the field that is wrong: "gtin: ...",
// "product.name: ...", "leaflet_url: ..." (EINVALID).
func (p CatalogueProduct) Validate() error {
	if len(p.GTIN) != 14 || !gs1.ValidGTIN(p.GTIN) {
		return Errorf(EINVALID, "gtin: %q is not a GTIN-14 with a valid check digit", p.GTIN)
	}
	if p.Name == "" {
		return Errorf(EINVALID, "product.name: give the product's name")
	}
	if err := p.Product.Validate(); err != nil {
		return err
	}
	if p.Leaflet != "" {
		u, err := url.Parse(p.Leaflet)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil || len(p.Leaflet) > MaxLeafletURL {
			return Errorf(EINVALID, "leaflet_url: %q is not a web address (https://...) of up to %d characters", p.Leaflet, MaxLeafletURL)
		}
	}
	return nil
}

// Catalogue keeps manufacturers' products by GTIN. A manufacturer sees and writes the entries
// of the GTINs it owns on chain (Assignment), and no others.
type Catalogue interface {
	// Products returns org's products, by name.
	Products(ctx context.Context, org Organisation) ([]CatalogueProduct, error)
	// Product returns org's product gtin. ENOTFOUND when org has none of that GTIN.
	Product(ctx context.Context, org Organisation, gtin string) (CatalogueProduct, error)
	// Save adds or changes the product p.GTIN and returns it as stored. EINVALID as Validate
	// says; EFORBIDDEN when org is no manufacturer or does not own p.GTIN on chain.
	Save(ctx context.Context, org Organisation, p CatalogueProduct) (CatalogueProduct, error)
}
