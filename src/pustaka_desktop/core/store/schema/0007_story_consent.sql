-- 0007: a story may be shown in public (the impact sheet, posts) only with the consent of the person
-- who told it (and of those in its photo); the librarian records that consent.

ALTER TABLE "story" ADD COLUMN "consent" INTEGER NOT NULL DEFAULT 0;
