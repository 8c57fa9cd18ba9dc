"""Frozen entry point of pustaka-cli."""
import sys

from pustaka_desktop.cli import main

sys.exit(main())
