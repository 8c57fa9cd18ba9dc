-- 0004: the review list (core/catalog/review.py): imported fields kept as written that failed a check,
-- with the reason and a suggested correction; and a record's class number in another scheme (MARC 084
-- with $2 udc, bbk...), kept as such beside the DDC number.
CREATE TABLE "review_flag" ("id" INTEGER NOT NULL PRIMARY KEY, "reason" VARCHAR(255) NOT NULL, "field_name" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL, "template" TEXT NOT NULL, "params" TEXT NOT NULL, "context" VARCHAR(255) NOT NULL, "suggestion" TEXT NOT NULL, "record_id" INTEGER, "item_id" INTEGER, "origin" VARCHAR(255) NOT NULL, "row" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "resolved_at" TEXT, "resolved_by" VARCHAR(255) NOT NULL, "resolution" VARCHAR(255) NOT NULL, FOREIGN KEY ("record_id") REFERENCES "record" ("id"), FOREIGN KEY ("item_id") REFERENCES "item" ("id"));
CREATE INDEX "review_flag_open" ON "review_flag" ("resolved_at", "reason");
CREATE INDEX "review_flag_record_id" ON "review_flag" ("record_id");
CREATE INDEX "review_flag_item_id" ON "review_flag" ("item_id");
ALTER TABLE "record" ADD COLUMN "class_other" VARCHAR(255) NOT NULL DEFAULT '';
