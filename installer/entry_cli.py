"""Frozen entry point of pustaka-cli."""
import multiprocessing
import sys

# a frozen program started again as the second process that reads bundles (core.sync.staging) runs that
# and exits here, before the application starts
multiprocessing.freeze_support()

from pustaka_desktop.cli import main  # noqa: E402 - after freeze_support: a second process never loads it

sys.exit(main())
