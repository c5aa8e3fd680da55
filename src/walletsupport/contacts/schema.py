"""The JSON Schema of a contact profile, for editors and for `profiles schema`."""

from __future__ import annotations

from typing import Any

from ..vocabulary import CHANNEL_KINDS
from .loading import _HOST, _LANGUAGE, _NAME, _REGION
from .model import (
    CALENDARS,
    CONFIDENCES,
    CUSTODY,
    PHONE_SUPPORT,
    TAGS,
)

__all__ = [
    "profile_schema",
]


def profile_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the profile file format."""
    text = {
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["en", "zh"], "additionalProperties": False,
             "properties": {"en": {"type": "string", "minLength": 1},
                            "zh": {"type": "string", "minLength": 1}}},
        ]
    }
    https = {"type": "string", "pattern": r"^https://[^\s@/]+\.[^\s@/]+(/\S*)?$"}
    name = {"type": "string", "pattern": _NAME}
    zone = {"type": "string", "description": "An IANA time zone, e.g. Asia/Shanghai."}
    region = {"type": "string", "pattern": _REGION,
              "description": "A country code with a holidays calendar, e.g. CN, US, GB."}
    confidence = {"enum": list(CONFIDENCES)}
    hours = {
        "anyOf": [
            {"const": "24/7"},
            {"type": "array", "minItems": 1, "items": {
                "type": "object", "required": ["days", "time"], "additionalProperties": False,
                "properties": {
                    "days": {"type": "string", "pattern": r"^(daily|(mon|tue|wed|thu|fri|sat|sun)"
                             r"(-(mon|tue|wed|thu|fri|sat|sun))?(, ?(mon|tue|wed|thu|fri|sat|sun)"
                             r"(-(mon|tue|wed|thu|fri|sat|sun))?)*)$"},
                    "time": {"type": "string",
                             "pattern": r"^(24h|([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d"
                                        r"|24:00))$"},
                }}},
        ]
    }
    channel = {
        "type": "object",
        "required": ["id", "kind", "label", "confidence"],
        "additionalProperties": False,
        "properties": {
            "id": name,
            "kind": {"enum": list(CHANNEL_KINDS)},
            "label": text,
            "value": {"type": "string", "minLength": 1,
                      "description": "phone: a number valid for its region; email: an "
                                     "address; chat, web-form, social: an https link; "
                                     "in-app: none (use note)."},
            "region": region,
            "confidence": confidence,
            "hours": hours,
            "timezone": zone,
            "calendar": {"enum": list(CALENDARS)},
            "languages": {"type": "array", "items": {"type": "string",
                                                     "pattern": _LANGUAGE}},
            "note": text,
            "tags": {"type": "array", "items": {"enum": list(TAGS)}},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://walletsupport.invalid/schemas/profile.json",
        "title": "walletsupport contact profile",
        "description": "A wallet's official support channels (see docs/profiles.md). The "
                       "loader also checks what a schema cannot: phone numbers, time zones, "
                       "link hosts against domains, unique ids.",
        "type": "object",
        "required": ["name", "title", "checked", "channels"],
        "additionalProperties": False,
        "properties": {
            "name": name,
            "title": text,
            "region": region,
            "timezone": zone,
            "checked": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "sources": {"type": "array", "items": {
                "type": "object", "required": ["title"], "additionalProperties": False,
                "properties": {"title": text, "url": https}}},
            "phone_support": {"enum": list(PHONE_SUPPORT)},
            "custody": {"enum": list(CUSTODY)},
            "recovery_phrase": {"type": "boolean"},
            "names": {"type": "array", "items": {"type": "string", "minLength": 1}},
            "domains": {"type": "array", "items": {"type": "string",
                                                   "pattern": _HOST}},
            "domains_confidence": {"enum": list(CONFIDENCES)},
            # A fact about the provider says how well it is confirmed; a safety rule
            # that holds for every wallet (`rule: true`) has no confidence.
            "warnings": {"type": "array", "items": {
                "type": "object", "required": ["text"],
                "additionalProperties": False,
                "properties": {"text": text, "confidence": confidence,
                               "rule": {"type": "boolean"}},
                "anyOf": [{"required": ["confidence"], "properties": {"rule": {"const": False}}},
                          {"required": ["rule"], "properties": {"rule": {"const": True}},
                           "not": {"required": ["confidence"]}}]}},
            "channels": {"type": "array", "minItems": 1, "items": channel},
        },
    }
