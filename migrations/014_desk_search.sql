-- The regulator's desk. A lot is searched by its start in any case: lower(lot) in
-- text_pattern_ops's (byte) order serves a range [prefix, prefix || DEL), whatever the
-- database's collation. A serial is searched across batches, to follow a pack whose batch is
-- not known: the primary key (batch_id, serial) cannot serve that.
CREATE INDEX batches_lot_prefix ON batches (lower(lot) text_pattern_ops) WHERE superseded_at IS NULL;
CREATE INDEX serials_serial ON serials (serial);
