"""Printing: label sheets (spine, barcode, combined labels), member cards and promotion posters.

- ``templates``  label sheet templates (JSON data in ``pustaka_desktop/resources/label_sheets``,
                 plus the librarian's own in the settings) and per-printer calibration
- ``selection``  which copies / members to print
- ``fonts``      the embedded fonts (Noto Sans, Naskh Arabic, Javanese), bidi, per-character fallback,
                 HarfBuzz shaping; ``draw_text`` (PDF), ``draw_text_png`` (Pillow), ``text_width``,
                 ``new_canvas``: every PDF and picture the app makes writes its text through these
- ``paragraphs`` ``Para``, a wrapped paragraph in those fonts for reportlab page layouts
- ``charts``     report charts: round ticks, whole category names, days grouped by week or month
- ``layout``     elements in millimetres, text fitting, Code 128 barcodes, the PDF painter
- ``document``   a document as pages of placed elements, laid out once: written as a PDF here, drawn straight
                 onto a printer by ``gui/page_painter`` (vectors, not a picture of each page)
- ``glyphs``     a line's glyphs and their places, for renderers that draw glyphs themselves (the printer)
- ``labels``     labels on sheets (a label that cannot fit is skipped and named, never the batch)
- ``test_page``  the calibration test page
- ``cards``      member cards (ID-1), A4 with cut marks or one per page
- ``posters``    new-arrivals and programme posters, PDF or PNG
- ``report_pdf`` village report PDFs; ``district_pdf`` the district's report from its figures
- ``overdue_letters``, ``receipt``, ``stocktake_report``: letters, desk receipts, the stock-take report
- ``branding``   the library logo
"""
