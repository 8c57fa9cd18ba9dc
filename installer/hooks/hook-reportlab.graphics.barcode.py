# reportlab picks its barcode classes by name at run time (reportlab.graphics.barcode.createBarcodeDrawing
# imports code93, code128, eanbc, qr, usps, ... through __import__), so PyInstaller's import scan never
# sees them and the frozen app failed with "No module named reportlab.graphics.barcode.code93".
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("reportlab.graphics.barcode")
