"""Printing: label sheets (spine, barcode, combined labels), member cards and promotion posters.

- ``templates``  label sheet templates (JSON data in ``pustaka_desktop/resources/label_sheets``,
                 plus the librarian's own in the settings) and per-printer calibration
- ``selection``  which copies / members to print
- ``layout``     elements in millimetres, text fitting, Code 128 barcodes, the PDF painter
- ``labels``     labels on sheets, the calibration test page
- ``cards``      member cards (ID-1), A4 with cut marks or one per page
- ``posters``    new-arrivals and programme posters, PDF or PNG
- ``branding``   the library logo
"""
