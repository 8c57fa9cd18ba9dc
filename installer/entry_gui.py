"""Frozen entry point of the GUI (PyInstaller needs a script, not a console_scripts entry)."""
import sys

from pustaka_desktop.gui.app import main

sys.exit(main())
