-- 0024: a stock-take scan remembers who scanned it and the shelf being scanned then (core/catalog/stocktake.py):
-- the report says who took stock on which days, and which copies stood on another shelf than their own.
-- Scans made before keep '' (nobody named, no shelf chosen).

ALTER TABLE "stock_take_scan" ADD COLUMN "staff" TEXT NOT NULL DEFAULT '';
ALTER TABLE "stock_take_scan" ADD COLUMN "shelf" TEXT NOT NULL DEFAULT '';
