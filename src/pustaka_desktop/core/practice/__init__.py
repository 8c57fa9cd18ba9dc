"""Practice mode (Mode latihan): learning the desk and the catalogue without harm.

- ``library``  the practice library: a separate file beside the real one, made from its catalogue with
               made-up members and loans; reset with one call; refuses sync (``require_real``)
- ``tasks``    guided tasks (lend, return a late book and take the fine, renew, register a member, sign in
               a visitor, add a title by ISBN, print its labels), each noticed from what the learner did

May import: ``core.store``, ``core.demo`` (names, the demo catalogue for an empty library), the top-level
core modules. Nothing imports this package but sync (to refuse a practice library), the GUI and the CLI.
"""
