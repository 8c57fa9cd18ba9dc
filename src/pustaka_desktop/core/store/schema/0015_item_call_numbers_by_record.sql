-- 0015: the catalogue's shelf search (core/catalog/shelf_search.py) reads the call numbers of a class's
-- copies to find an author mark ("641.5 HIR r"): from one covering index in record order instead of each
-- copy's row (24.6 ms on the stress library's crowded classes, where the bench asks 20 ms). A desk scan does
-- not move it (status is not in it); a big import drops and builds it at the end with the others.
CREATE INDEX IF NOT EXISTS "item_record_call_number" ON "item" ("record_id", "deleted", "call_number");
