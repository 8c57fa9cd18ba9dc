"""Pustaka Desktop: the library system for Indonesian village libraries."""

__version__ = "0.1.0"
