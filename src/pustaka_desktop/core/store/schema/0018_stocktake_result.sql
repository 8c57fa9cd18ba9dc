-- 0018: a finished stock-take keeps what it found (its counts and the copies not seen, as JSON) in its own
-- row, so its report adds up later whatever the catalogue says by then; and a scan remembers when it found
-- a copy marked lost or missing (core/catalog/stocktake.py). Both lived nowhere before.

ALTER TABLE "stock_take" ADD COLUMN "result" TEXT NOT NULL DEFAULT '';
ALTER TABLE "stock_take_scan" ADD COLUMN "found" INTEGER NOT NULL DEFAULT 0;
