-- 0006: who was reminded when (overdue loans, reservations ready) and how: WhatsApp link, copied
-- text or a letter (a local table: it never travels in sync bundles).

CREATE TABLE "reminder_log" ("id" INTEGER NOT NULL PRIMARY KEY, "member_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "at" TEXT NOT NULL, "staff" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id"));

CREATE INDEX "reminder_log_member_id" ON "reminder_log" ("member_id");

CREATE INDEX "reminder_log_at" ON "reminder_log" ("at");
