"""Messages of the `guide` command: the words around the guide's own text."""

MESSAGES: dict[str, dict[str, str]] = {
    "guide.sections": {
        "en": "Sections: {names}. Read one on its own with: walletsupport guide --section NAME",
        "zh": "本指南分为这几部分：{names}。只看其中一部分：walletsupport guide --section 名称（例如 --section 准备）",
    },
    "guide.unknown-section": {
        "en": "No guide section {name!r}. Sections: {names}",
        "zh": "指南里没有“{name}”这一部分。可选的部分：{names}",
    },
}
