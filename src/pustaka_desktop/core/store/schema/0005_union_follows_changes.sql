-- 0005 (issue 22): the union catalogue follows every village change at a cost per change.
-- Each village record's link keeps its match keys, its form, whether the district pinned it, and
-- its copies in stock (per arrival day); union records keep their best form and the fields the
-- district edited; key and form votes, holdings per village, and the district's figures per
-- village, metric and local day are kept as running sums. Derived data: made again from the
-- replicas on the district's next import or report (core.sync.union.rebuild).
ALTER TABLE "union_link" ADD COLUMN "keys" TEXT NOT NULL DEFAULT '';
ALTER TABLE "union_link" ADD COLUMN "form" TEXT NOT NULL DEFAULT '';
ALTER TABLE "union_link" ADD COLUMN "pinned" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "union_link" ADD COLUMN "copies" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "union_link" ADD COLUMN "available" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "union_link" ADD COLUMN "stock" TEXT NOT NULL DEFAULT '';
ALTER TABLE "union_copy" ADD COLUMN "arrived" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "union_record" ADD COLUMN "form" TEXT NOT NULL DEFAULT '';
ALTER TABLE "union_record" ADD COLUMN "district_fields" TEXT NOT NULL DEFAULT '';
ALTER TABLE "sync_peer" ADD COLUMN "revoked_at" TEXT;
CREATE TABLE "union_key" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "union_id" INTEGER NOT NULL, "n" INTEGER NOT NULL);
CREATE UNIQUE INDEX "union_key_key_union_id" ON "union_key" ("key", "union_id");
CREATE INDEX "union_key_union_id" ON "union_key" ("union_id");
CREATE TABLE "union_form" ("id" INTEGER NOT NULL PRIMARY KEY, "union_id" INTEGER NOT NULL, "form" TEXT NOT NULL, "n" INTEGER NOT NULL, "score" INTEGER NOT NULL, "data" TEXT NOT NULL);
CREATE UNIQUE INDEX "union_form_union_id_form" ON "union_form" ("union_id", "form");
CREATE TABLE "union_holding" ("id" INTEGER NOT NULL PRIMARY KEY, "union_id" INTEGER NOT NULL, "site" VARCHAR(255) NOT NULL, "copies" INTEGER NOT NULL, "available" INTEGER NOT NULL);
CREATE UNIQUE INDEX "union_holding_union_id_site" ON "union_holding" ("union_id", "site");
CREATE INDEX "union_holding_site" ON "union_holding" ("site");
CREATE TABLE "union_apart" ("id" INTEGER NOT NULL PRIMARY KEY, "record_uid" VARCHAR(255) NOT NULL, "union_id" INTEGER NOT NULL);
CREATE UNIQUE INDEX "union_apart_record_uid_union_id" ON "union_apart" ("record_uid", "union_id");
CREATE TABLE "district_tally" ("id" INTEGER NOT NULL PRIMARY KEY, "site" VARCHAR(255) NOT NULL, "metric" VARCHAR(255) NOT NULL, "day" VARCHAR(255) NOT NULL, "key" VARCHAR(255) NOT NULL, "value" INTEGER NOT NULL);
CREATE UNIQUE INDEX "district_tally_site_metric_day_key" ON "district_tally" ("site", "metric", "day", "key");
CREATE INDEX "district_tally_metric_day" ON "district_tally" ("metric", "day");
INSERT INTO "setting" ("key", "value") SELECT 'district.union_rebuild', 'true' WHERE EXISTS (SELECT 1 FROM "union_link" UNION SELECT 1 FROM "sync_replica") ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value";
