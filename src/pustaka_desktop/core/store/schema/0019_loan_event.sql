-- 0019: who took each book back, or renewed it, and when (core/circulation/loan_events.py): "I returned it last
-- Tuesday!" or a book back damaged, the librarian asks which volunteer took it. The loan itself named only who
-- lent it. A local table keyed by the loan's uid, not a new field on the synced loan: a district hub that is not
-- yet updated refuses a bundle whose rows carry fields it does not know.

CREATE TABLE "loan_event" ("id" INTEGER NOT NULL PRIMARY KEY, "loan_uid" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "at" TEXT NOT NULL, "staff" VARCHAR(255) NOT NULL);

CREATE INDEX "loan_event_loan_uid" ON "loan_event" ("loan_uid");
