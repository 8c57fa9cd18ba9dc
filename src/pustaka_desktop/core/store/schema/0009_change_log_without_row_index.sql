-- 0009: the change log loses its index on row_uid. No query looks a change up by its row (export reads
-- by origin and seq, the clock by version), yet every write paid for it: each loan and return put two
-- random uuids into it, two more pages to read and to write to disk at each check-out (issue 18).

DROP INDEX IF EXISTS "change_log_row_uid";
