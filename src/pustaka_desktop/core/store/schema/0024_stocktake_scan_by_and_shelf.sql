-- 0024: a stock-take scan remembers who scanned it and the shelf being scanned then (core/catalog/stocktake.py):
-- the report says who took stock on which days, and which copies stood on another shelf than their own; and
-- whether the book had no label (found in the list of copies not seen instead): it needs a new one.
-- Scans made before keep '' (nobody named, no shelf chosen) and 0.

ALTER TABLE "stock_take_scan" ADD COLUMN "staff" TEXT NOT NULL DEFAULT '';
ALTER TABLE "stock_take_scan" ADD COLUMN "shelf" TEXT NOT NULL DEFAULT '';
ALTER TABLE "stock_take_scan" ADD COLUMN "unlabelled" INTEGER NOT NULL DEFAULT 0;
