-- 0012 (issue 22): fewer index pages written per village bundle at the district. A full bundle at 120
-- villages wrote 19,400 pages to the WAL (and again at the checkpoint), half of them only to keep two
-- indexes whose entries land all over their trees:
-- * district_tally's (metric, day) index: 5,400 pages a bundle. The report reads the sums by village
--   instead, through the unique (site, metric, day, key) index.
-- * union_holding: the unique (union_id, site) index and the covering one of 0008 held the same
--   entries (3,400 pages each). The table is now keyed by (union_id, site) itself (WITHOUT ROWID): one
--   tree, still in union record order for search, no id column (nothing read it).

DROP INDEX IF EXISTS "district_tally_metric_day";

CREATE TABLE "union_holding_keyed" ("union_id" INTEGER NOT NULL, "site" VARCHAR(255) NOT NULL,
    "copies" INTEGER NOT NULL, "available" INTEGER NOT NULL, PRIMARY KEY ("union_id", "site")) WITHOUT ROWID;
INSERT INTO "union_holding_keyed" ("union_id", "site", "copies", "available")
    SELECT "union_id", "site", "copies", "available" FROM "union_holding";
DROP TABLE "union_holding";
ALTER TABLE "union_holding_keyed" RENAME TO "union_holding";
CREATE INDEX "union_holding_site" ON "union_holding" ("site");
