"""A PDF's text as ``pdftotext -layout`` reads it (the test is skipped where poppler-utils is missing)."""

import shutil
import subprocess

import pytest


def pdf_text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
