"""Example walletsupport content: flows and profiles are data files in this package."""
