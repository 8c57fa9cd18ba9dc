-- 0017: a programme session called off (flood, power cut) stays in the list as cancelled, with its reason,
-- so a report can say "12 planned, 10 held, 2 cancelled"; it was deleted before and left no trace but the
-- audit log. A cancelled session is never counted as held nor attended (core/community/programs.py).

ALTER TABLE "program_session" ADD COLUMN "cancelled" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "program_session" ADD COLUMN "cancel_reason" VARCHAR(255) NOT NULL DEFAULT '';
