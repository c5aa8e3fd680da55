"""The starter flow `flows new` writes: small, valid, in both languages, with its scenario."""

from __future__ import annotations

__all__ = ["starter_flow", "starter_scenario"]

_FLOW = """\
# A new walletsupport flow. Format: docs/flows.md; check it with
#   walletsupport flows validate {id}.yaml
#   walletsupport flows test tests/{id}.yaml
id: {id}
version: 1
title:
  en: Describe the problem as a user would
  zh: 用用户自己的话描述这个问题
summary:
  en: One sentence on what this flow helps with.
  zh: 用一句话说明这个流程能解决什么问题。
keywords:
  en: [example]
  zh: [示例]
start: happened-before
nodes:
  happened-before:
    kind: confirm
    label:
      en: Happened before
      zh: 以前是否遇到过
    prompt:
      en: Has this happened to you before?
      zh: 以前遇到过这种情况吗？
    yes: first-steps
    no: first-steps

  first-steps:
    kind: advice
    title:
      en: What to check first
      zh: 先检查这几点
    steps:
      - id: check-app
        text:
          en: Update the app and look at the transaction details for a message.
          zh: 先把应用更新到最新版本，再查看交易详情里有没有提示。
      - id: seen-before
        severity: warning
        when:
          happened-before: true
        text:
          en: Since it has happened before, mention the earlier case to support.
          zh: 既然以前也发生过，联系客服时请提到上一次的情况。
    next: when

  when:
    kind: text
    label:
      en: When
      zh: 发生时间
    prompt:
      en: When did it happen? Give the date, the time and your time zone.
      zh: 是什么时候发生的？请写日期、时间和时区。
    next: done

  done:
    kind: end
    outcome: contact-support
    message:
      en: Contact official support with the checklist below.
      zh: 请带着下面的清单联系官方客服。
    recommend: [chat, in-app]

checklist:
  - id: time
    label:
      en: When it happened
      zh: 发生时间
    hint:
      en: The transaction details show the exact time.
      zh: 交易详情里有准确时间。
    from: when
"""

_SCENARIO = """\
# Scenarios for {id}.yaml: run with  walletsupport flows test tests/{id}.yaml
flow: {id}
scenarios:
  - name: happened before
    answers: {{happened-before: true, when: "2026-11-25 10:00 UTC+8"}}
    expect:
      end: done
      outcome: contact-support
      advice: [check-app, seen-before]
      checklist: {{time: "2026-11-25 10:00 UTC+8"}}
  - name: first time
    answers: {{happened-before: false, when: "2026-11-25 10:00 UTC+8"}}
    expect:
      end: done
      advice: [check-app]
"""


def starter_flow(flow_id: str) -> str:
    """The YAML text of a new flow named `flow_id`."""
    return _FLOW.format(id=flow_id)


def starter_scenario(flow_id: str) -> str:
    """The scenario file that covers the starter flow completely."""
    return _SCENARIO.format(id=flow_id)
