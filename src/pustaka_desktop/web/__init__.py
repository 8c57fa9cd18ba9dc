"""The patrons' web catalogue on the library Wi-Fi: a third face beside gui/ and cli/, calling the
same core. Phones on the library's Wi-Fi (or a phone hotspot) open it with no internet at all.

- ``app``        the WSGI application: routing, sessions, CSRF, rate limits, friendly error pages
- ``http``       requests/responses with input limits; ``security`` sessions, CSRF, rate limits
- ``source``     the catalogue interface the pages read (this library, or a union catalogue)
- ``routes_catalog``, ``routes_account``, ``routes_shelf``, ``routes_door``   the patron pages
- ``i18n``, ``strings``   Indonesian/English from the app's own compiled translations
- ``server``     waitress in its own thread; addresses for the QR poster
- ``templates/`` Jinja2 templates (autoescaped), ``static/`` the stylesheet and small scripts the pages work
  without (as-you-type search, the menu row, fresh pages on Back), named by content (``?v=``) in the pages

May import: ``core`` (never gui/ or cli/; the core never imports this package). There are no staff
routes: librarians use the desktop app.
"""
