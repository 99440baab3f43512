package pedigree

import "context"

// PublicProduct is what the GS1 resolver tells anyone about a GTIN (and a lot of it): the
// product as its manufacturer names it, the manufacturer, the patient leaflet, and the
// batch's expiry and recall. Nothing in it is private business data: no holder, no serial.
type PublicProduct struct {
	GTIN  string
	Known bool // a batch of the GTIN is on chain, or its owner keeps it in the catalogue
	// Product is the owner's catalogue entry, else the newest batch's master data.
	Product      Product
	Manufacturer string // the owner's name, else "GLN ..."; "" when no one owns the GTIN
	Leaflet      string // the patient leaflet's address; "" when none is kept
	Batch        *PublicBatch
}

// PublicBatch is a batch as the resolver tells anyone of it.
type PublicBatch struct {
	Lot    string
	Expiry Date
	Recall RecallReason // 0: not recalled
}

// ProductPages answers the resolver's questions about products.
type ProductPages interface {
	// PublicProduct returns what anyone may know of gtin and, when lot is not "", of that
	// batch (Batch nil when it is not on chain). An unknown GTIN is Known false, not an error.
	PublicProduct(ctx context.Context, gtin, lot string) (PublicProduct, error)
}
