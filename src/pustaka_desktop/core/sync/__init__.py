"""Sync with the district office by signed bundles.

One job per module, and imports run one way (each module imports only those listed before it):

1. ``changes`` (row documents, canonical dumps, the change-log sequence), ``bundle`` (the zip
   format), ``keys`` (Ed25519 identity, copy detection)
2. ``merge`` (per-field last-writer-wins, the conflict and exception records), ``bundle_clock`` (a clock set wrong,
   as a bundle's times show it)
3. ``title_words`` (words a title is written more ways, pure), ``union_match`` (the matching rules, pure), ``dialect`` (where the union tables live: this SQLite
   file or the district's PostgreSQL, and every way their SQL differs), ``tally`` (the district's
   figures as running sums, the library's time zone), ``union_search`` (reading the union
   catalogue), ``union_write`` (writing its tables: links, the differences a change brings, what a union
   record shows), ``union`` (keeping it: matching each changed village record, per change), ``union_join`` (two union
   records made one: the officer's merge, a newer rule's re-match), ``union_rebuild`` (building it again: a village
   leaving, an upgrade), ``union_suggest`` (likely duplicates for the officer), ``catalog_pack``
4. ``lost`` (what a village lost when it restored an older backup: listed by the district from its
   replica, re-entered or dismissed by the village's librarian), ``replicas`` (the district's copy of
   village rows: applying a bundle's rows, outgoing edits)
5. ``grants`` (book-grant packages back to the villages)
6. ``export`` (writing a bundle), then ``importer`` (reading one: village side, or hand the rows to
   ``replicas`` at the district)
7. ``conflicts`` (the librarian's conflict list), ``hub`` (the district's inbox folder, union edits,
   merges and splits), ``district_db`` (where the union lives: this file or PostgreSQL, moving it)
8. over the network: ``wire`` (signed requests and answers, replay guard) <- ``relay`` (the hub's side:
   pieces in, whole bundles imported, outbox) and ``client`` (a village's exchange); the HTTP routes
   are in ``web/hub_app.py``
Beside them: ``enrolment`` (pairing by file), ``status``, ``stats`` (district figures), ``district_recorded``
(since when each village recorded what), ``district_from_before`` (each village's members from before Pustaka).

Bundles are signed, not encrypted: see ``bundle`` for why.
"""
