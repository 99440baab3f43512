-- Stored sentences are kept as their English format and arguments too, so that a page says
-- them in its reader's language. Rows from before keep their English sentence only (NULL).
ALTER TABLE alerts ADD COLUMN words jsonb;
COMMENT ON COLUMN alerts.words IS 'message as {"format": ..., "args": [...]} (pedigree.Words); NULL for alerts raised before it was kept.';
ALTER TABLE audit_log ADD COLUMN who_words jsonb;
COMMENT ON COLUMN audit_log.who_words IS 'who as {"format": ..., "args": [...]} (pedigree.Words); NULL for entries recorded before it was kept.';
