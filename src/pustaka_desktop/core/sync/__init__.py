"""Sync with the district office by signed bundles.

One job per module, and imports run one way (each module imports only those listed before it):

1. ``changes`` (row documents, canonical dumps, the change-log sequence), ``bundle`` (the zip
   format), ``keys`` (Ed25519 identity, copy detection)
2. ``merge`` (per-field last-writer-wins, the conflict and exception records)
3. ``union`` (the district's union catalogue, derived from the replicas), ``catalog_pack``
4. ``replicas`` (the district's copy of village rows: applying a bundle's rows, outgoing edits)
5. ``grants`` (book-grant packages back to the villages)
6. ``export`` (writing a bundle), then ``importer`` (reading one: village side, or hand the rows to
   ``replicas`` at the district)
7. ``conflicts`` (the librarian's conflict list), ``hub`` (the district's inbox folder, union edits)
Beside them: ``enrolment`` (pairing by file), ``status``, ``stats`` (district figures).

Bundles are signed, not encrypted: see ``bundle`` for why.
"""
