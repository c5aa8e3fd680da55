"""Authoring: validating, drawing, testing and starting flows."""
