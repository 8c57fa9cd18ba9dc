-- 0003: the patrons' web catalogue: members' web PINs, the digital shelf's files and their views
-- (local tables: they never travel in sync bundles).

CREATE TABLE "member_pin" ("id" INTEGER NOT NULL PRIMARY KEY, "member_id" INTEGER NOT NULL, "pin_hash" TEXT NOT NULL, "set_at" TEXT NOT NULL, "set_by" VARCHAR(255) NOT NULL, "failures" INTEGER NOT NULL, "locked_until" TEXT, "show_history" INTEGER NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id"));

CREATE UNIQUE INDEX "member_pin_member_id" ON "member_pin" ("member_id");

CREATE TABLE "digital_file" ("id" INTEGER NOT NULL PRIMARY KEY, "record_id" INTEGER NOT NULL, "file_name" VARCHAR(255) NOT NULL, "stored_name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "sha256" VARCHAR(255) NOT NULL, "added_at" TEXT NOT NULL, "added_by" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, FOREIGN KEY ("record_id") REFERENCES "record" ("id"));

CREATE INDEX "digital_file_record_id" ON "digital_file" ("record_id");

CREATE INDEX "digital_file_sha256" ON "digital_file" ("sha256");

CREATE TABLE "digital_view" ("id" INTEGER NOT NULL PRIMARY KEY, "file_id" INTEGER NOT NULL, "at" TEXT NOT NULL, "kind" VARCHAR(255) NOT NULL, FOREIGN KEY ("file_id") REFERENCES "digital_file" ("id"));

CREATE INDEX "digital_view_file_id" ON "digital_view" ("file_id");

CREATE INDEX "digital_view_at" ON "digital_view" ("at");

