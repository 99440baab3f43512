package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// Catalogue implements pedigree.Catalogue over the products table; who owns a GTIN comes from
// the projection of the chain's assignments (gtin_assignments), as the contract's gtinOwner
// decides it: a single GTIN first, then the longest company prefix.
type Catalogue struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ pedigree.Catalogue = (*Catalogue)(nil)

// NewCatalogue returns the catalogue in pool, with clock now.
func NewCatalogue(pool *pgxpool.Pool, now func() time.Time) *Catalogue {
	return &Catalogue{pool: pool, now: now}
}

// ownedBy is the condition that org ($1, an organisation id) owns products.gtin on chain now.
const ownedBy = `(SELECT a.manufacturer FROM gtin_assignments a
	WHERE a.superseded_at IS NULL AND (a.code = products.gtin OR (length(a.code) < 14 AND substr(products.gtin, 2, length(a.code)) = a.code))
	ORDER BY length(a.code) = 14 DESC, length(a.code) DESC LIMIT 1) = (SELECT account FROM organisations WHERE id = $1)`

const productColumns = `gtin, name, strength, form, leaflet_url, updated_at`

func scanProduct(row pgx.CollectableRow) (pedigree.CatalogueProduct, error) {
	var p pedigree.CatalogueProduct
	err := row.Scan(&p.GTIN, &p.Name, &p.Strength, &p.Form, &p.Leaflet, &p.UpdatedAt)
	return p, err
}

// Products implements pedigree.Catalogue.
func (c *Catalogue) Products(ctx context.Context, org pedigree.Organisation) ([]pedigree.CatalogueProduct, error) {
	rows, err := c.pool.Query(ctx, `SELECT `+productColumns+` FROM products WHERE organisation_id = $1 AND `+ownedBy+` ORDER BY name, gtin`, org.ID)
	if err != nil {
		return nil, fmt.Errorf("read the product catalogue: %w", err)
	}
	out, err := pgx.CollectRows(rows, scanProduct)
	if err != nil {
		return nil, fmt.Errorf("read the product catalogue: %w", err)
	}
	return out, nil
}

// Product implements pedigree.Catalogue.
func (c *Catalogue) Product(ctx context.Context, org pedigree.Organisation, gtin string) (pedigree.CatalogueProduct, error) {
	rows, err := c.pool.Query(ctx, `SELECT `+productColumns+` FROM products WHERE organisation_id = $1 AND gtin = $2 AND `+ownedBy, org.ID, gtin)
	if err != nil {
		return pedigree.CatalogueProduct{}, fmt.Errorf("read product %s: %w", gtin, err)
	}
	p, err := pgx.CollectExactlyOneRow(rows, scanProduct)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, pedigree.Errorf(pedigree.ENOTFOUND, "gtin: %s is not in %s's product catalogue", gtin, org.Name)
	}
	if err != nil {
		return p, fmt.Errorf("read product %s: %w", gtin, err)
	}
	return p, nil
}

// Save implements pedigree.Catalogue: the GTIN's owner on chain takes over an entry another
// organisation left when the GTIN moved.
func (c *Catalogue) Save(ctx context.Context, org pedigree.Organisation, p pedigree.CatalogueProduct) (pedigree.CatalogueProduct, error) {
	if org.Role != pedigree.RoleManufacturer {
		return p, pedigree.Errorf(pedigree.EFORBIDDEN, "only manufacturers keep a product catalogue")
	}
	if err := p.Validate(); err != nil {
		return p, err
	}
	p.UpdatedAt = c.now().UTC().Truncate(time.Microsecond)
	var owned bool
	err := c.pool.QueryRow(ctx, `SELECT `+ownedBy+` FROM (SELECT $2::text AS gtin) AS products`, org.ID, p.GTIN).Scan(&owned)
	if err != nil {
		return p, fmt.Errorf("read the owner of GTIN %s: %w", p.GTIN, err)
	}
	if !owned {
		return p, pedigree.Errorf(pedigree.EFORBIDDEN, "gtin: %s is not assigned to %s on the chain: a manufacturer keeps the products of its own GTINs only", p.GTIN, org.Name)
	}
	_, err = c.pool.Exec(ctx, `
		INSERT INTO products (gtin, organisation_id, name, strength, form, leaflet_url, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (gtin) DO UPDATE SET organisation_id = $2, name = $3, strength = $4, form = $5, leaflet_url = $6, updated_at = $7`,
		p.GTIN, org.ID, p.Name, p.Strength, p.Form, p.Leaflet, p.UpdatedAt)
	if err != nil {
		return p, fmt.Errorf("save product %s: %w", p.GTIN, err)
	}
	return p, nil
}
