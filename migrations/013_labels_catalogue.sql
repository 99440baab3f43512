-- Labels for label printers, and the product catalogue.
--
-- label_downloads records ZPL downloads (for Zebra label printers) as it records sheets and
-- ZIPs: the check on its format widens to 'zpl'.
ALTER TABLE label_downloads DROP CONSTRAINT label_downloads_format_check;
ALTER TABLE label_downloads ADD CONSTRAINT label_downloads_format_check CHECK (format IN ('html', 'zip', 'zpl'));

-- The product catalogue: a manufacturer's master data per GTIN, chosen at registration instead
-- of typed again. Only the GTIN's owner on chain (gtin_assignments) writes its entry; when a
-- regulator moves the GTIN, its new owner takes the entry over. A batch keeps its own copy of
-- name, strength and form (batches.product, hashed on chain): changing the catalogue changes no
-- registered batch.
CREATE TABLE products (
    gtin            text PRIMARY KEY CHECK (gtin ~ '^[0-9]{14}$'),
    organisation_id bigint NOT NULL REFERENCES organisations (id),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    strength        text NOT NULL DEFAULT '' CHECK (length(strength) <= 100),
    form            text NOT NULL DEFAULT '' CHECK (length(form) <= 100),
    leaflet_url     text NOT NULL DEFAULT '' CHECK (length(leaflet_url) <= 2000),
    updated_at      timestamptz NOT NULL
);
COMMENT ON TABLE products IS 'Manufacturers'' product master data by GTIN: a catalogue to register batches from.';
CREATE INDEX products_organisation ON products (organisation_id, name);
