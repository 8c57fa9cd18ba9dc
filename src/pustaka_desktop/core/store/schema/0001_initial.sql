-- Pustaka schema version 1, as it shipped. Never edit: change the schema with a new migration
-- in core/migrations.py. Run statement by statement inside the migration's transaction.

CREATE TABLE "program" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "skill" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "outcomes" TEXT NOT NULL, "starts_on" DATE, "ends_on" DATE);

CREATE UNIQUE INDEX "program_uid" ON "program" ("uid");

CREATE INDEX "program_origin" ON "program" ("origin");

CREATE INDEX "program_version" ON "program" ("version");

CREATE INDEX "program_deleted" ON "program" ("deleted");

CREATE TABLE "program_session" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "program_id" INTEGER NOT NULL, "starts_at" TEXT NOT NULL, "place" VARCHAR(255) NOT NULL, "facilitator" VARCHAR(255) NOT NULL, "topic" VARCHAR(255) NOT NULL, FOREIGN KEY ("program_id") REFERENCES "program" ("id"));

CREATE UNIQUE INDEX "program_session_uid" ON "program_session" ("uid");

CREATE INDEX "program_session_origin" ON "program_session" ("origin");

CREATE INDEX "program_session_version" ON "program_session" ("version");

CREATE INDEX "program_session_deleted" ON "program_session" ("deleted");

CREATE INDEX "program_session_program_id" ON "program_session" ("program_id");

CREATE INDEX "program_session_starts_at" ON "program_session" ("starts_at");

CREATE TABLE "member_type" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "name" VARCHAR(255) NOT NULL, "loan_limit" INTEGER NOT NULL, "loan_days" INTEGER NOT NULL, "renewals" INTEGER NOT NULL, "fine_per_day" INTEGER NOT NULL, "grace_days" INTEGER NOT NULL, "reservations" INTEGER NOT NULL, "reservation_limit" INTEGER NOT NULL, "validity_days" INTEGER NOT NULL);

CREATE UNIQUE INDEX "member_type_uid" ON "member_type" ("uid");

CREATE INDEX "member_type_origin" ON "member_type" ("origin");

CREATE INDEX "member_type_version" ON "member_type" ("version");

CREATE INDEX "member_type_deleted" ON "member_type" ("deleted");

CREATE INDEX "member_type_name" ON "member_type" ("name");

CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "number" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "gender" VARCHAR(255) NOT NULL, "birth_date" DATE, "member_type_id" INTEGER NOT NULL, "address" TEXT NOT NULL, "village" VARCHAR(255) NOT NULL, "rt_rw" VARCHAR(255) NOT NULL, "postal_code" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "nik" VARCHAR(255) NOT NULL, "occupation" VARCHAR(255) NOT NULL, "education" VARCHAR(255) NOT NULL, "institution" VARCHAR(255) NOT NULL, "guardian" VARCHAR(255) NOT NULL, "photo" BLOB, "registered_on" DATE NOT NULL, "expires_on" DATE NOT NULL, "notes" TEXT NOT NULL, "blocked" INTEGER NOT NULL, "blocked_reason" TEXT NOT NULL, FOREIGN KEY ("member_type_id") REFERENCES "member_type" ("id"));

CREATE UNIQUE INDEX "member_uid" ON "member" ("uid");

CREATE INDEX "member_origin" ON "member" ("origin");

CREATE INDEX "member_version" ON "member" ("version");

CREATE INDEX "member_deleted" ON "member" ("deleted");

CREATE UNIQUE INDEX "member_number" ON "member" ("number");

CREATE INDEX "member_name" ON "member" ("name");

CREATE INDEX "member_member_type_id" ON "member" ("member_type_id");

CREATE INDEX "member_phone" ON "member" ("phone");

CREATE INDEX "member_nik" ON "member" ("nik");

CREATE TABLE "participant" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "program_id" INTEGER NOT NULL, "member_id" INTEGER, "name" VARCHAR(255) NOT NULL, "gender" VARCHAR(255) NOT NULL, "age_band" VARCHAR(255) NOT NULL, FOREIGN KEY ("program_id") REFERENCES "program" ("id"), FOREIGN KEY ("member_id") REFERENCES "member" ("id"));

CREATE UNIQUE INDEX "participant_uid" ON "participant" ("uid");

CREATE INDEX "participant_origin" ON "participant" ("origin");

CREATE INDEX "participant_version" ON "participant" ("version");

CREATE INDEX "participant_deleted" ON "participant" ("deleted");

CREATE INDEX "participant_program_id" ON "participant" ("program_id");

CREATE INDEX "participant_member_id" ON "participant" ("member_id");

CREATE TABLE "attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "session_id" INTEGER NOT NULL, "participant_id" INTEGER NOT NULL, FOREIGN KEY ("session_id") REFERENCES "program_session" ("id"), FOREIGN KEY ("participant_id") REFERENCES "participant" ("id"));

CREATE UNIQUE INDEX "attendance_uid" ON "attendance" ("uid");

CREATE INDEX "attendance_origin" ON "attendance" ("origin");

CREATE INDEX "attendance_version" ON "attendance" ("version");

CREATE INDEX "attendance_deleted" ON "attendance" ("deleted");

CREATE INDEX "attendance_session_id" ON "attendance" ("session_id");

CREATE INDEX "attendance_participant_id" ON "attendance" ("participant_id");

CREATE INDEX "attendance_session_id_participant_id" ON "attendance" ("session_id", "participant_id");

CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" TEXT NOT NULL, "username" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "entity" VARCHAR(255) NOT NULL, "entity_uid" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL);

CREATE INDEX "audit_log_at" ON "audit_log" ("at");

CREATE INDEX "audit_log_username" ON "audit_log" ("username");

CREATE INDEX "audit_log_action" ON "audit_log" ("action");

CREATE TABLE "catalog_pack_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "isbn" VARCHAR(255) NOT NULL, "data" TEXT NOT NULL);

CREATE UNIQUE INDEX "catalog_pack_entry_isbn" ON "catalog_pack_entry" ("isbn");

CREATE TABLE "change_log" ("id" INTEGER NOT NULL PRIMARY KEY, "origin" VARCHAR(255) NOT NULL, "seq" INTEGER NOT NULL, "entity" VARCHAR(255) NOT NULL, "row_uid" VARCHAR(255) NOT NULL, "op" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL, "at" TEXT NOT NULL);

CREATE INDEX "change_log_row_uid" ON "change_log" ("row_uid");

CREATE INDEX "change_log_version" ON "change_log" ("version");

CREATE UNIQUE INDEX "change_log_origin_seq" ON "change_log" ("origin", "seq");

CREATE TABLE "collection_type" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "name" VARCHAR(255) NOT NULL, "loanable" INTEGER NOT NULL);

CREATE UNIQUE INDEX "collection_type_uid" ON "collection_type" ("uid");

CREATE INDEX "collection_type_origin" ON "collection_type" ("origin");

CREATE INDEX "collection_type_version" ON "collection_type" ("version");

CREATE INDEX "collection_type_deleted" ON "collection_type" ("deleted");

CREATE INDEX "collection_type_name" ON "collection_type" ("name");

CREATE TABLE "record" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "title" TEXT NOT NULL, "subtitle" TEXT NOT NULL, "responsibility" TEXT NOT NULL, "edition" VARCHAR(255) NOT NULL, "isbn" VARCHAR(255) NOT NULL, "issn" VARCHAR(255) NOT NULL, "material_type" VARCHAR(255) NOT NULL, "publisher" VARCHAR(255) NOT NULL, "place" VARCHAR(255) NOT NULL, "year_text" VARCHAR(255) NOT NULL, "year" INTEGER, "collation" VARCHAR(255) NOT NULL, "series" VARCHAR(255) NOT NULL, "language" VARCHAR(255) NOT NULL, "ddc" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "audience" VARCHAR(255) NOT NULL, "authors" TEXT NOT NULL, "subjects" TEXT NOT NULL, "cover" BLOB, "hidden" INTEGER NOT NULL, "match_key" VARCHAR(255) NOT NULL, "slims_id" VARCHAR(255) NOT NULL);

CREATE UNIQUE INDEX "record_uid" ON "record" ("uid");

CREATE INDEX "record_origin" ON "record" ("origin");

CREATE INDEX "record_version" ON "record" ("version");

CREATE INDEX "record_deleted" ON "record" ("deleted");

CREATE INDEX "record_isbn" ON "record" ("isbn");

CREATE INDEX "record_year" ON "record" ("year");

CREATE INDEX "record_ddc" ON "record" ("ddc");

CREATE INDEX "record_match_key" ON "record" ("match_key");

CREATE TABLE "item" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "record_id" INTEGER NOT NULL, "barcode" VARCHAR(255) NOT NULL, "accession_no" VARCHAR(255) NOT NULL, "call_number" VARCHAR(255) NOT NULL, "collection_type_id" INTEGER, "location" VARCHAR(255) NOT NULL, "source" VARCHAR(255) NOT NULL, "source_detail" VARCHAR(255) NOT NULL, "supplier" VARCHAR(255) NOT NULL, "order_no" VARCHAR(255) NOT NULL, "order_date" DATE, "invoice" VARCHAR(255) NOT NULL, "invoice_date" DATE, "price" INTEGER, "received_on" DATE, "status" VARCHAR(255) NOT NULL, "condition_note" TEXT NOT NULL, FOREIGN KEY ("record_id") REFERENCES "record" ("id"), FOREIGN KEY ("collection_type_id") REFERENCES "collection_type" ("id"));

CREATE UNIQUE INDEX "item_uid" ON "item" ("uid");

CREATE INDEX "item_origin" ON "item" ("origin");

CREATE INDEX "item_version" ON "item" ("version");

CREATE INDEX "item_deleted" ON "item" ("deleted");

CREATE INDEX "item_record_id" ON "item" ("record_id");

CREATE UNIQUE INDEX "item_barcode" ON "item" ("barcode");

CREATE INDEX "item_accession_no" ON "item" ("accession_no");

CREATE INDEX "item_collection_type_id" ON "item" ("collection_type_id");

CREATE INDEX "item_location" ON "item" ("location");

CREATE INDEX "item_received_on" ON "item" ("received_on");

CREATE INDEX "item_status" ON "item" ("status");

CREATE TABLE "loan" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "item_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, "loaned_at" TEXT NOT NULL, "due_on" DATE NOT NULL, "returned_at" TEXT, "renewals" INTEGER NOT NULL, "staff" VARCHAR(255) NOT NULL, FOREIGN KEY ("item_id") REFERENCES "item" ("id"), FOREIGN KEY ("member_id") REFERENCES "member" ("id"));

CREATE UNIQUE INDEX "loan_uid" ON "loan" ("uid");

CREATE INDEX "loan_origin" ON "loan" ("origin");

CREATE INDEX "loan_version" ON "loan" ("version");

CREATE INDEX "loan_deleted" ON "loan" ("deleted");

CREATE INDEX "loan_item_id" ON "loan" ("item_id");

CREATE INDEX "loan_member_id" ON "loan" ("member_id");

CREATE INDEX "loan_loaned_at" ON "loan" ("loaned_at");

CREATE INDEX "loan_due_on" ON "loan" ("due_on");

CREATE INDEX "loan_returned_at" ON "loan" ("returned_at");

CREATE TABLE "fine_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "member_id" INTEGER NOT NULL, "loan_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "amount" INTEGER NOT NULL, "at" TEXT NOT NULL, "note" TEXT NOT NULL, "staff" VARCHAR(255) NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id"), FOREIGN KEY ("loan_id") REFERENCES "loan" ("id"));

CREATE UNIQUE INDEX "fine_entry_uid" ON "fine_entry" ("uid");

CREATE INDEX "fine_entry_origin" ON "fine_entry" ("origin");

CREATE INDEX "fine_entry_version" ON "fine_entry" ("version");

CREATE INDEX "fine_entry_deleted" ON "fine_entry" ("deleted");

CREATE INDEX "fine_entry_member_id" ON "fine_entry" ("member_id");

CREATE INDEX "fine_entry_loan_id" ON "fine_entry" ("loan_id");

CREATE TABLE "grant_package" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "site" VARCHAR(255) NOT NULL, "created_at" TEXT NOT NULL, "data" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "received_at" TEXT);

CREATE UNIQUE INDEX "grant_package_uid" ON "grant_package" ("uid");

CREATE INDEX "grant_package_site" ON "grant_package" ("site");

CREATE TABLE "hold" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "record_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, "placed_at" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "item_id" INTEGER, "ready_until" DATE, FOREIGN KEY ("record_id") REFERENCES "record" ("id"), FOREIGN KEY ("member_id") REFERENCES "member" ("id"), FOREIGN KEY ("item_id") REFERENCES "item" ("id"));

CREATE UNIQUE INDEX "hold_uid" ON "hold" ("uid");

CREATE INDEX "hold_origin" ON "hold" ("origin");

CREATE INDEX "hold_version" ON "hold" ("version");

CREATE INDEX "hold_deleted" ON "hold" ("deleted");

CREATE INDEX "hold_record_id" ON "hold" ("record_id");

CREATE INDEX "hold_member_id" ON "hold" ("member_id");

CREATE INDEX "hold_status" ON "hold" ("status");

CREATE INDEX "hold_item_id" ON "hold" ("item_id");

CREATE TABLE "holiday" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL, "name" VARCHAR(255) NOT NULL);

CREATE UNIQUE INDEX "holiday_uid" ON "holiday" ("uid");

CREATE INDEX "holiday_origin" ON "holiday" ("origin");

CREATE INDEX "holiday_version" ON "holiday" ("version");

CREATE INDEX "holiday_deleted" ON "holiday" ("deleted");

CREATE INDEX "holiday_starts_on" ON "holiday" ("starts_on");

CREATE TABLE "in_library_use" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "item_id" INTEGER NOT NULL, "at" TEXT NOT NULL, FOREIGN KEY ("item_id") REFERENCES "item" ("id"));

CREATE UNIQUE INDEX "in_library_use_uid" ON "in_library_use" ("uid");

CREATE INDEX "in_library_use_origin" ON "in_library_use" ("origin");

CREATE INDEX "in_library_use_version" ON "in_library_use" ("version");

CREATE INDEX "in_library_use_deleted" ON "in_library_use" ("deleted");

CREATE INDEX "in_library_use_item_id" ON "in_library_use" ("item_id");

CREATE INDEX "in_library_use_at" ON "in_library_use" ("at");

CREATE TABLE "library_profile" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "site" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "code" VARCHAR(255) NOT NULL, "npp" VARCHAR(255) NOT NULL, "village" VARCHAR(255) NOT NULL, "kecamatan" VARCHAR(255) NOT NULL, "kabupaten" VARCHAR(255) NOT NULL, "province" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL, "population" INTEGER, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "head_name" VARCHAR(255) NOT NULL, "rules_text" TEXT NOT NULL, "logo" BLOB, "closed_weekdays" VARCHAR(255) NOT NULL);

CREATE UNIQUE INDEX "library_profile_uid" ON "library_profile" ("uid");

CREATE INDEX "library_profile_origin" ON "library_profile" ("origin");

CREATE INDEX "library_profile_version" ON "library_profile" ("version");

CREATE INDEX "library_profile_deleted" ON "library_profile" ("deleted");

CREATE UNIQUE INDEX "library_profile_site" ON "library_profile" ("site");

CREATE TABLE "loan_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "member_type_id" INTEGER, "collection_type_id" INTEGER, "loanable" INTEGER NOT NULL, "loan_days" INTEGER, "loan_limit" INTEGER, "renewals" INTEGER, "fine_per_day" INTEGER, FOREIGN KEY ("member_type_id") REFERENCES "member_type" ("id"), FOREIGN KEY ("collection_type_id") REFERENCES "collection_type" ("id"));

CREATE UNIQUE INDEX "loan_rule_uid" ON "loan_rule" ("uid");

CREATE INDEX "loan_rule_origin" ON "loan_rule" ("origin");

CREATE INDEX "loan_rule_version" ON "loan_rule" ("version");

CREATE INDEX "loan_rule_deleted" ON "loan_rule" ("deleted");

CREATE INDEX "loan_rule_member_type_id" ON "loan_rule" ("member_type_id");

CREATE INDEX "loan_rule_collection_type_id" ON "loan_rule" ("collection_type_id");

CREATE TABLE "partner" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "contact" VARCHAR(255) NOT NULL, "mou_date" DATE, "notes" TEXT NOT NULL);

CREATE UNIQUE INDEX "partner_uid" ON "partner" ("uid");

CREATE INDEX "partner_origin" ON "partner" ("origin");

CREATE INDEX "partner_version" ON "partner" ("version");

CREATE INDEX "partner_deleted" ON "partner" ("deleted");

CREATE TABLE "program_partner" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "program_id" INTEGER NOT NULL, "partner_id" INTEGER NOT NULL, "role" VARCHAR(255) NOT NULL, FOREIGN KEY ("program_id") REFERENCES "program" ("id"), FOREIGN KEY ("partner_id") REFERENCES "partner" ("id"));

CREATE UNIQUE INDEX "program_partner_uid" ON "program_partner" ("uid");

CREATE INDEX "program_partner_origin" ON "program_partner" ("origin");

CREATE INDEX "program_partner_version" ON "program_partner" ("version");

CREATE INDEX "program_partner_deleted" ON "program_partner" ("deleted");

CREATE INDEX "program_partner_program_id" ON "program_partner" ("program_id");

CREATE INDEX "program_partner_partner_id" ON "program_partner" ("partner_id");

CREATE TABLE "setting" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL);

CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");

CREATE TABLE "staff" ("id" INTEGER NOT NULL PRIMARY KEY, "username" VARCHAR(255) NOT NULL, "full_name" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL, "password_hash" TEXT NOT NULL, "pin_hash" TEXT, "active" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "last_login_at" TEXT);

CREATE UNIQUE INDEX "staff_username" ON "staff" ("username");

CREATE TABLE "stock_take" ("id" INTEGER NOT NULL PRIMARY KEY, "started_at" TEXT NOT NULL, "finished_at" TEXT, "location" VARCHAR(255) NOT NULL, "ddc_from" VARCHAR(255) NOT NULL, "ddc_to" VARCHAR(255) NOT NULL, "staff" VARCHAR(255) NOT NULL);

CREATE TABLE "stock_take_scan" ("id" INTEGER NOT NULL PRIMARY KEY, "stocktake_id" INTEGER NOT NULL, "item_id" INTEGER NOT NULL, "at" TEXT NOT NULL, FOREIGN KEY ("stocktake_id") REFERENCES "stock_take" ("id") ON DELETE CASCADE, FOREIGN KEY ("item_id") REFERENCES "item" ("id"));

CREATE INDEX "stock_take_scan_stocktake_id" ON "stock_take_scan" ("stocktake_id");

CREATE INDEX "stock_take_scan_item_id" ON "stock_take_scan" ("item_id");

CREATE UNIQUE INDEX "stock_take_scan_stocktake_id_item_id" ON "stock_take_scan" ("stocktake_id", "item_id");

CREATE TABLE "story" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "program_id" INTEGER NOT NULL, "title" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "author" VARCHAR(255) NOT NULL, "photo" BLOB, "told_on" DATE, FOREIGN KEY ("program_id") REFERENCES "program" ("id"));

CREATE UNIQUE INDEX "story_uid" ON "story" ("uid");

CREATE INDEX "story_origin" ON "story" ("origin");

CREATE INDEX "story_version" ON "story" ("version");

CREATE INDEX "story_deleted" ON "story" ("deleted");

CREATE INDEX "story_program_id" ON "story" ("program_id");

CREATE TABLE "subject" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "term" VARCHAR(255) NOT NULL);

CREATE UNIQUE INDEX "subject_uid" ON "subject" ("uid");

CREATE INDEX "subject_origin" ON "subject" ("origin");

CREATE INDEX "subject_version" ON "subject" ("version");

CREATE INDEX "subject_deleted" ON "subject" ("deleted");

CREATE INDEX "subject_term" ON "subject" ("term");

CREATE TABLE "sync_bundle_log" ("id" INTEGER NOT NULL PRIMARY KEY, "bundle_id" VARCHAR(255) NOT NULL, "direction" VARCHAR(255) NOT NULL, "peer" VARCHAR(255) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "at" TEXT NOT NULL, "result" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, "rows" INTEGER NOT NULL);

CREATE INDEX "sync_bundle_log_bundle_id" ON "sync_bundle_log" ("bundle_id");

CREATE TABLE "sync_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "at" TEXT NOT NULL, "entity" VARCHAR(255) NOT NULL, "row_uid" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "kept_value" TEXT, "kept_version" VARCHAR(255) NOT NULL, "lost_value" TEXT, "lost_version" VARCHAR(255) NOT NULL, "peer" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL);

CREATE INDEX "sync_conflict_at" ON "sync_conflict" ("at");

CREATE INDEX "sync_conflict_row_uid" ON "sync_conflict" ("row_uid");

CREATE INDEX "sync_conflict_status" ON "sync_conflict" ("status");

CREATE TABLE "sync_exception" ("id" INTEGER NOT NULL PRIMARY KEY, "at" TEXT NOT NULL, "kind" VARCHAR(255) NOT NULL, "key" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL);

CREATE INDEX "sync_exception_at" ON "sync_exception" ("at");

CREATE UNIQUE INDEX "sync_exception_key" ON "sync_exception" ("key");

CREATE INDEX "sync_exception_status" ON "sync_exception" ("status");

CREATE TABLE "sync_peer" ("id" INTEGER NOT NULL PRIMARY KEY, "site" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "code" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "kabupaten" VARCHAR(255) NOT NULL, "public_key" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "enrolled_at" TEXT NOT NULL, "acked_seq" INTEGER NOT NULL, "received_seq" INTEGER NOT NULL, "snapshot_sent" INTEGER NOT NULL, "last_bundle_at" TEXT, "last_bundle_made" TEXT, "last_bundle_id" VARCHAR(255) NOT NULL, "full_members" INTEGER NOT NULL, "consent_note" TEXT NOT NULL);

CREATE UNIQUE INDEX "sync_peer_site" ON "sync_peer" ("site");

CREATE TABLE "sync_replica" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "site" VARCHAR(255) NOT NULL, "entity" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "data" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "created" VARCHAR(255) NOT NULL, "updated" VARCHAR(255) NOT NULL, "received_at" TEXT NOT NULL);

CREATE UNIQUE INDEX "sync_replica_uid" ON "sync_replica" ("uid");

CREATE INDEX "sync_replica_entity_site" ON "sync_replica" ("entity", "site");

CREATE TABLE "union_copy" ("id" INTEGER NOT NULL PRIMARY KEY, "item_uid" VARCHAR(255) NOT NULL, "record_uid" VARCHAR(255) NOT NULL, "site" VARCHAR(255) NOT NULL, "barcode" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL);

CREATE UNIQUE INDEX "union_copy_item_uid" ON "union_copy" ("item_uid");

CREATE INDEX "union_copy_record_uid" ON "union_copy" ("record_uid");

CREATE INDEX "union_copy_site" ON "union_copy" ("site");

CREATE TABLE "union_record" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "isbn" VARCHAR(255) NOT NULL, "title" TEXT NOT NULL, "authors" TEXT NOT NULL, "publisher" VARCHAR(255) NOT NULL, "year" INTEGER, "ddc" VARCHAR(255) NOT NULL, "data" TEXT NOT NULL, "adopted" INTEGER NOT NULL, "copies" INTEGER NOT NULL, "available" INTEGER NOT NULL, "villages" INTEGER NOT NULL);

CREATE UNIQUE INDEX "union_record_key" ON "union_record" ("key");

CREATE INDEX "union_record_isbn" ON "union_record" ("isbn");

CREATE TABLE "union_link" ("id" INTEGER NOT NULL PRIMARY KEY, "record_uid" VARCHAR(255) NOT NULL, "union_id" INTEGER NOT NULL, "site" VARCHAR(255) NOT NULL, FOREIGN KEY ("union_id") REFERENCES "union_record" ("id"));

CREATE UNIQUE INDEX "union_link_record_uid" ON "union_link" ("record_uid");

CREATE INDEX "union_link_union_id" ON "union_link" ("union_id");

CREATE INDEX "union_link_site" ON "union_link" ("site");

CREATE TABLE "visit" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "origin" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "deleted" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "field_versions" TEXT NOT NULL, "at" TEXT NOT NULL, "member_id" INTEGER, "name" VARCHAR(255) NOT NULL, "gender" VARCHAR(255) NOT NULL, "age_band" VARCHAR(255) NOT NULL, "occupation" VARCHAR(255) NOT NULL, "origin_place" VARCHAR(255) NOT NULL, "purpose" VARCHAR(255) NOT NULL, "headcount" INTEGER NOT NULL, "group_name" VARCHAR(255) NOT NULL, "breakdown" TEXT NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id"));

CREATE UNIQUE INDEX "visit_uid" ON "visit" ("uid");

CREATE INDEX "visit_origin" ON "visit" ("origin");

CREATE INDEX "visit_version" ON "visit" ("version");

CREATE INDEX "visit_deleted" ON "visit" ("deleted");

CREATE INDEX "visit_at" ON "visit" ("at");

CREATE INDEX "visit_member_id" ON "visit" ("member_id");

CREATE VIRTUAL TABLE union_record_fts USING fts5(title, authors, isbn, publisher, tokenize='unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE record_fts USING fts5(title, subtitle, authors, subjects, series, publisher, isbn, notes, facets, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER record_fts_ai AFTER INSERT ON record WHEN new.deleted = 0 BEGIN INSERT INTO record_fts(rowid, title, subtitle, authors, subjects, series, publisher, isbn, notes, facets) VALUES (new.id, new.title, new.subtitle, CASE WHEN json_valid(new.authors) THEN (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(new.authors)) ELSE new.authors END, CASE WHEN json_valid(new.subjects) THEN (SELECT group_concat(value, ' ') FROM json_each(new.subjects)) ELSE new.subjects END, new.series, new.publisher, new.isbn, new.notes, 'xall xm' || new.material_type || ' xd' || substr(new.ddc, 1, 1) || ' xa' || new.audience || ' xl' || new.language || CASE WHEN new.hidden THEN ' xh1' ELSE '' END); END;

CREATE TRIGGER record_fts_ad AFTER DELETE ON record BEGIN DELETE FROM record_fts WHERE rowid = old.id; END;

CREATE TRIGGER record_fts_au AFTER UPDATE OF title, subtitle, authors, subjects, series, publisher, isbn, notes, material_type, ddc, audience, language, hidden, deleted ON record BEGIN DELETE FROM record_fts WHERE rowid = old.id; INSERT INTO record_fts(rowid, title, subtitle, authors, subjects, series, publisher, isbn, notes, facets) SELECT new.id, new.title, new.subtitle, CASE WHEN json_valid(new.authors) THEN (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(new.authors)) ELSE new.authors END, CASE WHEN json_valid(new.subjects) THEN (SELECT group_concat(value, ' ') FROM json_each(new.subjects)) ELSE new.subjects END, new.series, new.publisher, new.isbn, new.notes, 'xall xm' || new.material_type || ' xd' || substr(new.ddc, 1, 1) || ' xa' || new.audience || ' xl' || new.language || CASE WHEN new.hidden THEN ' xh1' ELSE '' END WHERE new.deleted = 0; END;

CREATE INDEX loan_open_due ON loan(due_on) WHERE returned_at IS NULL AND deleted = 0;

CREATE INDEX loan_open_member ON loan(member_id) WHERE returned_at IS NULL AND deleted = 0;

CREATE INDEX report_visit_at ON visit(at, deleted, headcount, member_id, gender, age_band, purpose, origin_place, group_name);

CREATE INDEX report_loan_out ON loan(loaned_at, deleted, member_id, item_id);

CREATE INDEX report_loan_back ON loan(returned_at, deleted, due_on);

CREATE INDEX report_item_collection ON item(record_id, deleted, status, received_on, created_at, source);

CREATE INDEX report_record_facets ON record(id, deleted, ddc, audience, material_type, year);
