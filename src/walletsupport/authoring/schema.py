"""A JSON Schema of the flow format, for editors that validate and complete YAML as it is typed.

The loader and validator remain the authority (they also check references,
reachability and the like, which a schema cannot); the schema mirrors the
shape they accept, field by field.
"""

from __future__ import annotations

from typing import Any

from ..diagnosis.model import ADVICE_SEVERITIES, CHANNEL_KINDS, OUTCOMES
from ..vocabulary import PREFERENCES

__all__ = ["flow_schema"]

_ID = {"type": "string", "pattern": "^[a-z0-9]+(?:[-_][a-z0-9]+)*$"}
_REF = {"$ref": "#/$defs/id"}
_TEXT = {"$ref": "#/$defs/text"}


def _question(kind: str, extra: dict[str, Any], required: list[str]) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "kind": {"const": kind},
        "label": _TEXT,
        "prompt": _TEXT,
        "help": _TEXT,
        "next": _REF,
        "when": {"$ref": "#/$defs/condition"},
        **extra,
    }
    words = {"prompt": _TEXT, "help": _TEXT}
    if "placeholder" in extra:
        words["placeholder"] = _TEXT
    properties["aliases"] = {
        "description": "earlier ids of this question (after a split): an answers file that "
                       "answers one answers this question when that id is not asked",
        "type": "array", "items": {"type": "string", "pattern": "^[a-z0-9]+(?:[-_][a-z0-9]+)*$"}}
    properties["variants"] = {
        "description": "words for some paths: the first variant whose when holds replaces "
                       "the question's prompt, help or example",
        "type": "array",
        "items": {"type": "object", "required": ["when"], "additionalProperties": False,
                  "minProperties": 2,
                  "properties": {"when": {"$ref": "#/$defs/condition"}, **words}}}
    return {
        "type": "object",
        "properties": properties,
        "required": ["kind", "prompt", *required],
        "additionalProperties": False,
    }


def flow_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a flow file."""
    choice_with_next = {
        "type": "object",
        "properties": {"id": _REF, "label": _TEXT, "next": _REF,
                       "near": {"type": "array", "items": _REF, "minItems": 2},
                       "when": {"$ref": "#/$defs/condition"}, "elapsed": {
            "type": "object", "minProperties": 1, "additionalProperties": False,
            "properties": {"at-least": {"$ref": "#/$defs/duration"},
                           "under": {"$ref": "#/$defs/duration"}}}},
        "required": ["id", "label"],
        "additionalProperties": False,
    }
    choice = {
        "type": "object",
        "properties": {"id": _REF, "label": _TEXT, "when": {"$ref": "#/$defs/condition"},
                       "alone": {"type": "boolean"}},
        "required": ["id", "label"],
        "additionalProperties": False,
    }
    nodes = [
        _question("select", {"choices": {"type": "array", "minItems": 1,
                                         "items": choice_with_next}, "from": _REF},
                  ["choices"]),
        _question("multiselect", {"choices": {"type": "array", "minItems": 1, "items": choice},
                                  "optional": {"type": "boolean"}}, ["choices"]),
        _question("confirm", {"yes": _REF, "no": _REF}, []),
        _question("text", {"multiline": {"type": "boolean"}, "optional": {"type": "boolean"},
                           "placeholder": _TEXT, "reference": {"type": "boolean"},
                           "empty": _TEXT,
                           "last-digits": {"type": "integer", "minimum": 1, "maximum": 8}},
                  []),
        _question("number", {"optional": {"type": "boolean"}, "placeholder": _TEXT,
                             "unit": {"enum": ["amount", "rate"]}, "empty": _TEXT,
                             "currency": {"anyOf": [{"enum": ["required"]}, _REF]}}, []),
        _question("datetime", {"optional": {"type": "boolean"}, "placeholder": _TEXT,
                               "empty": _TEXT}, []),
        {
            "type": "object",
            "properties": {
                "kind": {"const": "advice"},
                "title": _TEXT,
                "steps": {"type": "array", "minItems": 1, "items": {
                    "type": "object",
                    "properties": {
                        "id": _REF,
                        "text": _TEXT,
                        "severity": {"enum": list(ADVICE_SEVERITIES)},
                        "when": {"$ref": "#/$defs/condition"},
                    },
                    "required": ["id", "text"],
                    "additionalProperties": False,
                }},
                "next": _REF,
                "when": {"$ref": "#/$defs/condition"},
                "variants": {
                    "description": "titles for some paths: the first variant whose when holds "
                                   "replaces the advice's title",
                    "type": "array",
                    "items": {"type": "object", "required": ["when", "title"],
                              "additionalProperties": False,
                              "properties": {"when": {"$ref": "#/$defs/condition"},
                                             "title": _TEXT}}},
                "compute": {
                    "description": "name: a sum over number answers, e.g. amount * rate / 100",
                    "type": "object",
                    "propertyNames": {"$ref": "#/$defs/id"},
                    "additionalProperties": {"type": ["string", "number"]},
                },
            },
            "required": ["kind", "steps"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": {
                "kind": {"const": "end"},
                "outcome": {"enum": list(OUTCOMES)},
                "message": _TEXT,
                "recommend": {"type": "array", "items": {"enum": list(CHANNEL_KINDS)}},
                "prefer": {"description": "the kind of channel the advice asks for, shown "
                                          "first: written (leaves a record) or spoken",
                           "enum": list(PREFERENCES)},
                "when": {"$ref": "#/$defs/condition"},
                "payee": {"description": "money went to a payee: a condition, like when",
                          "$ref": "#/$defs/condition"},
                "authorities": {"description": "urgent: show the police lines only when this "
                                               "holds (a condition), or never (false)",
                                "anyOf": [{"const": False}, {"$ref": "#/$defs/condition"}]},
                "freeze": {"description": "urgent: open the closing screen with the freeze "
                                          "line only when this holds (a condition), or never "
                                          "(false)",
                           "anyOf": [{"const": False}, {"$ref": "#/$defs/condition"}]},
                "next": _REF,
                "check": {
                    "description": "wait: check again N days (or working days) after the "
                                   "answer to a date question, or after the diagnosis",
                    "type": "object",
                    "properties": {
                        "days": {"type": "integer", "minimum": 1, "maximum": 365},
                        "working-days": {"type": "integer", "minimum": 1, "maximum": 365},
                        "from": _REF,
                        "past": {"description": "a day in the past becomes the next day "
                                                "(next-day, a day to check by) or today "
                                                "(today, a day to try again from)",
                                 "enum": ["next-day", "today"]},
                    },
                    "oneOf": [{"required": ["days"]}, {"required": ["working-days"]}],
                    "additionalProperties": False,
                },
                "then": {"description": "wait: what to do if the problem is still there by "
                                        "the date to check again", **_TEXT},
                "followup": {"description": "wait: 'then' for a user who already contacted "
                                            "support (follow that conversation up)", **_TEXT},
            },
            "required": ["kind", "outcome", "message"],
            "dependentRequired": {"when": ["next"], "next": ["when"]},
            "if": {"properties": {"outcome": {"const": "wait"}}},
            "then": {"required": ["check", "then"]},
            "else": {"not": {"anyOf": [{"required": ["check"]}, {"required": ["then"]},
                                       {"required": ["followup"]}]}},
            "additionalProperties": False,
        },
    ]
    answer_value = {"anyOf": [
        {"type": "string"}, {"type": "boolean"},
        {"type": "array", "minItems": 1, "items": {"type": ["string", "boolean"]}},
    ]}
    flow = {
        "description": "A decision tree for one kind of digital-wallet problem (docs/flows.md).",
        "type": "object",
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"},
            "version": {"const": 1},
            "order": {"type": "integer", "minimum": 0, "maximum": 10000},
            "title": _TEXT,
            "summary": _TEXT,
            "keywords": {"anyOf": [
                {"type": "array", "items": {"type": "string", "minLength": 1}},
                {"type": "object", "properties": {
                    "en": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    "zh": {"type": "array", "items": {"type": "string", "minLength": 1}},
                }, "additionalProperties": False},
            ]},
            "start": _REF,
            "nodes": {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"$ref": "#/$defs/id"},
                "additionalProperties": {"oneOf": nodes},
            },
            "checklist": {"type": "array", "items": {
                "type": "object",
                "properties": {"id": _REF, "label": _TEXT, "hint": _TEXT, "from": _REF,
                               "when": {"$ref": "#/$defs/condition"}},
                "required": ["id", "label"],
                "additionalProperties": False,
            }},
        },
        "required": ["id", "title", "summary", "start", "nodes"],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://walletsupport.invalid/schema/flow.json",
        "title": "walletsupport flow",
        "description": "A decision tree for one kind of digital-wallet problem, or a security "
                       "check-up (kind: checkup); see docs/flows.md.",
        "if": {"type": "object", "properties": {"kind": {"const": "checkup"}},
               "required": ["kind"]},
        "then": {"$ref": "#/$defs/checkup"},
        "else": {"$ref": "#/$defs/flow"},
        "$defs": {
            "flow": flow,
            "checkup": _checkup(),
            "id": _ID,
            "duration": {"description": "A span of time: 30m, 24h, 7d or 2w.",
                         "type": "string", "pattern": "^\\s*[0-9]{1,5}\\s*[mhdw]\\s*$"},
            "text": {
                "description": "A plain string, or one form per language.",
                "anyOf": [
                    {"type": "string", "minLength": 1},
                    {
                        "type": "object",
                        "properties": {"en": {"type": "string", "minLength": 1},
                                       "zh": {"type": "string", "minLength": 1}},
                        "required": ["en", "zh"],
                        "additionalProperties": False,
                    },
                ],
            },
            "condition": {
                "description": "question-id: answer(s); or all/any/not/answered.",
                "type": "object",
                "minProperties": 1,
                "properties": {
                    "all": {"type": "array", "minItems": 1,
                            "items": {"$ref": "#/$defs/condition"}},
                    "any": {"type": "array", "minItems": 1,
                            "items": {"$ref": "#/$defs/condition"}},
                    "not": {"$ref": "#/$defs/condition"},
                    "answered": _REF,
                },
                "additionalProperties": answer_value,
            },
        },
    }


def _checkup() -> dict[str, Any]:
    """A check-up file: habits, each with answers that earn a mark (docs/flows.md)."""
    from ..checkup.model import MARKS

    answer = {
        "type": "object",
        "properties": {
            # YAML 1.1 readers take a bare yes/no for true/false: both are accepted.
            "id": {"anyOf": [_REF, {"type": "boolean"}]},
            "label": _TEXT,
            "mark": {"enum": list(MARKS)},
            "status": _TEXT,
            "fix": _TEXT,
            "when": {"description": "offered only where this holds for the wallet's facts",
                     "$ref": "#/$defs/condition"},
        },
        "required": ["id", "mark", "status"],
        "additionalProperties": False,
    }
    habit = {
        "type": "object",
        "properties": {
            "id": _REF,
            "title": _TEXT,
            "prompt": _TEXT,
            "help": _TEXT,
            "where": _TEXT,
            "when": {"description": "asked only where this holds for the wallet's facts "
                                    "(wallet-custody, wallet-recovery-phrase)",
                     "$ref": "#/$defs/condition"},
            "answers": {"type": "array", "minItems": 2, "items": answer},
        },
        "required": ["id", "title", "prompt", "answers"],
        "additionalProperties": False,
    }
    flow_id = {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"}
    return {
        "description": "A security check-up: yes/no/unsure questions, each answer marked good, "
                       "could-be-better or at-risk; with 'extends', habits added to another.",
        "type": "object",
        "properties": {
            "kind": {"const": "checkup"},
            "id": flow_id,
            "extends": flow_id,
            "version": {"const": 1},
            "title": _TEXT,
            "summary": _TEXT,
            "habits": {"type": "array", "minItems": 1, "items": habit},
        },
        "required": ["kind", "habits"],
        "oneOf": [{"required": ["id", "title", "summary"], "not": {"required": ["extends"]}},
                  {"required": ["extends"], "not": {"anyOf": [
                      {"required": ["id"]}, {"required": ["title"]},
                      {"required": ["summary"]}]}}],
        "additionalProperties": False,
    }
