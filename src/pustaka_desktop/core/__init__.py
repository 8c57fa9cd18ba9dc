"""The core: every rule and every query. Never imports Qt (tests/core/test_layering.py checks)."""
