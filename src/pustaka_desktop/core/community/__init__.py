"""The library's people and what they do there: members, the visitor book, programmes.

- ``members``   member registration, types, cards' data, search
- ``members_from_before``  members a moved-in list gave no registration date: in every period, never new
- ``member_privacy``  what a volunteer may see of the members (one at a time, no personal data)
- ``demographics``  the age bands, genders and education levels members, visits, programmes and reports share
- ``visits``    the visitor book (buku tamu): members, guests, groups, reading on site
- ``programs``  community programmes (TPBIS): sessions, partners, attendance, stories
- ``partner_roles``  what a partner does in a programme (the usual roles offered, the librarian's own words kept)
- ``address_words``  the words written in front of a person's name (Bu, Pak, Hj.): one person with or without them
- ``programme_calendar``  the next programme sessions, for patrons
- ``member_pin``  members' PINs for the web catalogue (lockout after wrong PINs)

May import: ``core.store``, the top-level core modules. Not circulation, reports, printing or sync.
"""
