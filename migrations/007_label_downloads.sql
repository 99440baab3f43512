-- The record of label downloads. A batch's serials are what a counterfeiter needs: its labels
-- (a sheet, or PNGs with manifest.csv) go to its manufacturer alone, and every download is
-- written here before the serials leave the database: who (the organisation, and the user or
-- API token it came through), which packs, in what form, when and from where. The batch's
-- manufacturer and regulators read it; nobody changes it.
CREATE TABLE label_downloads (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    batch_id        bytea NOT NULL CHECK (length(batch_id) = 32),
    organisation_id bigint REFERENCES organisations (id), -- NULL: an operator at the database ('pedigree label')
    user_id         bigint REFERENCES users (id),         -- the signed-in user, for the web pages
    api_token_id    bigint REFERENCES api_tokens (id),    -- the API token, for the API
    who             text NOT NULL CHECK (length(who) BETWEEN 1 AND 500), -- in words, as they were at the time
    range_start     integer NOT NULL CHECK (range_start >= 0),
    range_end       integer NOT NULL CHECK (range_end > range_start),
    format          text NOT NULL CHECK (format IN ('html', 'zip')),
    client          text NOT NULL CHECK (length(client) <= 200), -- the client's network address ('local' for the command line)
    CHECK (user_id IS NULL OR api_token_id IS NULL)
);
COMMENT ON TABLE label_downloads IS 'Every download of a batch''s labels (serials), written before they are served; append-only.';
CREATE INDEX label_downloads_batch ON label_downloads (batch_id, at DESC);

CREATE FUNCTION label_downloads_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'label_downloads is append-only: a download, once recorded, stays';
END
$$;
CREATE TRIGGER label_downloads_append_only BEFORE UPDATE OR DELETE ON label_downloads
    FOR EACH ROW EXECUTE FUNCTION label_downloads_append_only();
CREATE TRIGGER label_downloads_no_truncate BEFORE TRUNCATE ON label_downloads
    FOR EACH STATEMENT EXECUTE FUNCTION label_downloads_append_only();
