package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/pedigree-rx/pedigree/internal/pedigree"
)

// ProductPages implements pedigree.ProductPages over the projection and the catalogue.
type ProductPages struct {
	pool *pgxpool.Pool
}

var _ pedigree.ProductPages = (*ProductPages)(nil)

// NewProductPages returns the resolver's product look-ups in pool.
func NewProductPages(pool *pgxpool.Pool) *ProductPages { return &ProductPages{pool: pool} }

// PublicProduct implements pedigree.ProductPages. The GTIN's owner is the manufacturer its
// single GTIN or longest company prefix is assigned to on chain; its catalogue entry is
// read only while it owns the GTIN.
func (p *ProductPages) PublicProduct(ctx context.Context, gtin, lot string) (pedigree.PublicProduct, error) {
	out := pedigree.PublicProduct{GTIN: gtin}
	var (
		onChain                       bool
		ownerName, ownerGLN           *string
		name, strength, form, leaflet *string
		batchProduct                  []byte
		expiry                        *time.Time
		recall                        *int16
	)
	err := p.pool.QueryRow(ctx, `
		WITH owner AS (
			SELECT a.manufacturer FROM gtin_assignments a
			WHERE a.superseded_at IS NULL AND (a.code = $1 OR (length(a.code) < 14 AND substr($1, 2, length(a.code)) = a.code))
			ORDER BY length(a.code) = 14 DESC, length(a.code) DESC LIMIT 1)
		SELECT EXISTS (SELECT 1 FROM batches WHERE superseded_at IS NULL AND gtin = $1),
		       o.name, pt.gln, c.name, c.strength, c.form, c.leaflet_url,
		       (SELECT d.product FROM batches b JOIN batch_details d ON d.batch_id = b.batch_id
		        WHERE b.superseded_at IS NULL AND b.gtin = $1 ORDER BY b.registered_block DESC LIMIT 1),
		       lb.expiry, lb.recall_reason
		FROM (SELECT 1) one
		LEFT JOIN owner ON true
		LEFT JOIN participants pt ON pt.superseded_at IS NULL AND pt.account = owner.manufacturer
		LEFT JOIN organisations o ON o.account = owner.manufacturer
		LEFT JOIN products c ON c.gtin = $1 AND c.organisation_id = o.id
		LEFT JOIN batches lb ON lb.superseded_at IS NULL AND lb.gtin = $1 AND lb.lot = $2`,
		gtin, lot).Scan(&onChain, &ownerName, &ownerGLN, &name, &strength, &form, &leaflet, &batchProduct, &expiry, &recall)
	if err != nil {
		return out, fmt.Errorf("public facts of GTIN %s: %w", gtin, err)
	}
	switch {
	case ownerName != nil:
		out.Manufacturer = *ownerName
	case ownerGLN != nil:
		out.Manufacturer = "GLN " + *ownerGLN
	}
	if name != nil {
		out.Product = pedigree.Product{Name: *name, Strength: *strength, Form: *form}
		out.Leaflet = *leaflet
	} else if out.Product, err = readProduct(batchProduct); err != nil {
		return out, err
	}
	out.Known = onChain || name != nil
	if expiry != nil && lot != "" {
		out.Batch = &pedigree.PublicBatch{Lot: lot, Expiry: pedigree.DateOf(*expiry)}
		if recall != nil {
			out.Batch.Recall = pedigree.RecallReason(*recall)
		}
	}
	return out, nil
}
