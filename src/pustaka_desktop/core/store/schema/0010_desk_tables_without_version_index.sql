-- 0010: copies and loans lose their index on version. No query finds a copy or a loan by its version
-- (sync exports what the change log names; the clock reads the change log), yet every check-out and
-- return moved the copy's and the loan's entries in it: up to four more pages written to disk, with an
-- fsync, at each desk scan (issue 18).

DROP INDEX IF EXISTS "item_version";
DROP INDEX IF EXISTS "loan_version";
