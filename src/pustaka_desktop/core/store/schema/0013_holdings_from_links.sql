-- 0013 (issue 22): a village's holdings are read from its links, not kept in a table of their own. At
-- 197 villages one full bundle wrote 11,815 pages, 4,067 for union_holding and 1,720 for union_link's
-- (union_id) index: two trees in union record order, each taking a new entry per union record a village
-- holds. One covering index on the links, in the same order, answers both (a union record's links; its
-- copies and available copies per village, summed), and recount already writes the links' counts.
CREATE INDEX "union_link_union_id_site_copies_available" ON "union_link" ("union_id", "site", "copies", "available");
DROP INDEX IF EXISTS "union_link_union_id";
DROP TABLE IF EXISTS "union_holding";
