"""The core: every rule and every query. Never imports Qt (tests/test_architecture.py checks)."""
