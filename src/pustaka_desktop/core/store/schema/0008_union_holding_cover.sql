-- 0008 (issue 22): union search reads every holding of its hits (20 hits x 200 villages = 4,000
-- rows). The holdings of one union record were written bundle by bundle, so each sat on its own page
-- of the table; this index holds all four columns the search reads, in union record order, so the
-- search reads a few index pages instead of a page per village.
CREATE INDEX "union_holding_union_id_site_copies_available" ON "union_holding" ("union_id", "site", "copies", "available");
