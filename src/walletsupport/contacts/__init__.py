"""Contacts: verified profiles, opening hours, the guide and checking a contact."""
