-- Records each run of this migration, and takes long enough that two concurrent Migrate calls
-- overlap: with the advisory lock, the second finds it applied and adds no second row.
CREATE TABLE applied (migration int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
SELECT pg_sleep(0.3);
INSERT INTO applied (migration) VALUES (2);
