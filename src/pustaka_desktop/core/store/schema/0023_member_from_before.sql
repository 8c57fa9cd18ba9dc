-- 0023: members a moved-in list brought without a registration date (core/community/members_from_before.py): their
-- card carries the import day, which is no registration, so they count in every period's members and are never new
-- ones. A local table keyed by the member's uid, not a new field on the synced member: a district hub that is not
-- yet updated refuses a bundle whose rows carry fields it does not know; the district hears of them through the
-- bundle's manifest (members_from_before). IF NOT EXISTS: a file whose version was set back to run a later script
-- again (a test of 0022 does) has the table already.

CREATE TABLE IF NOT EXISTS "member_from_before" ("id" INTEGER NOT NULL PRIMARY KEY, "member_uid" VARCHAR(255) NOT NULL, "stand_in" DATE NOT NULL);

CREATE UNIQUE INDEX IF NOT EXISTS "member_from_before_member_uid" ON "member_from_before" ("member_uid");
