"""walletsupport: a terminal guide for digital-wallet problems."""

__all__ = ["__version__"]

__version__ = "0.1.0"
