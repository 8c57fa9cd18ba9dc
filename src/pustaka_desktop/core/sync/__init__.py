"""Sync with the district office by signed USB bundles (issue 7).

One job per module: ``keys`` (Ed25519 identity, copy detection), ``enrolment`` (pairing by file),
``changes`` (row documents and canonical dumps), ``bundle`` (the zip format), ``export`` and
``importer`` (both directions), ``conflicts`` (per-field last-writer-wins), ``hub`` (the district:
inbox, replicas), ``union`` (union catalogue), ``stats`` (district figures), ``catalog_pack`` and
``grants`` (packages back to the villages).

Bundles are signed, not encrypted: see ``bundle`` for why.
"""
