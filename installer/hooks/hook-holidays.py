# holidays loads each country by name at run time (holidays.Indonesia is a registry entry that imports
# holidays.countries.indonesia with importlib), and reads the holidays' names from its own gettext files
# (holidays/locale/<language>/LC_MESSAGES/ID.mo); PyInstaller's import scan sees neither, and without the
# .mo the national holidays list stopped with "No translation file found for domain: 'ID'".
# Only Indonesia's names, in the app's two languages (core/circulation/national_holidays.py PACKAGE_LANGUAGE).
from pathlib import Path

from PyInstaller.utils.hooks import get_package_paths

hiddenimports = ["holidays.countries.indonesia"]

_root = Path(get_package_paths("holidays")[1])
datas = [(str(_root / "locale" / language / "LC_MESSAGES" / "ID.mo"), f"holidays/locale/{language}/LC_MESSAGES")
         for language in ("id", "en_US")]
