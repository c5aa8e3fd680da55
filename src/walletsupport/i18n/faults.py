"""Messages about faults around the tool: unreadable sources, a busy or full disk, encodings."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- the terminal -------------------------------------------------------------------
    "faults.no-chinese-output": {
        # Shown on a stream that cannot show Chinese: the Chinese line is for the log only.
        "en": "walletsupport: this output's encoding ({encoding}) cannot show Chinese, so "
              "English is shown instead. To see Chinese, use a UTF-8 locale: "
              "export LANG=C.UTF-8 (or PYTHONIOENCODING=utf-8).",
        "zh": "walletsupport：当前输出的编码（{encoding}）无法显示中文，已改用英文显示。"
              "要显示中文，请使用 UTF-8 区域设置：export LANG=C.UTF-8（或 PYTHONIOENCODING=utf-8）。",
    },
    # -- reading a source file (flows, profiles, answers) ---------------------------------
    "faults.source-missing": {
        "en": "no such file",
        "zh": "没有这个文件",
    },
    "faults.source-not-regular": {
        "en": "not a regular file (it is {what}); give the path of a YAML file",
        "zh": "不是普通文件（而是{what}），请给出一个 YAML 文件的路径",
    },
    "faults.what.folder": {"en": "a folder", "zh": "文件夹"},
    "faults.what.fifo": {"en": "a named pipe", "zh": "命名管道"},
    "faults.what.device": {"en": "a device", "zh": "设备"},
    "faults.what.socket": {"en": "a socket", "zh": "套接字"},
    "faults.what.other": {"en": "not a file", "zh": "非文件对象"},
    "faults.source-loop": {
        "en": "the path is a loop of symbolic links (each points on to the next and none "
              "reaches a file)",
        "zh": "这个路径是一个符号链接循环（链接互相指向，始终到不了真正的文件）",
    },
    "faults.source-unreadable": {
        "en": "cannot read the file: {reason}",
        "zh": "无法读取这个文件：{reason}",
    },
    # -- a flow that could not be loaded --------------------------------------------------
    "faults.flow-skipped": {
        "en": "{problem} (this file was skipped; 'walletsupport flows validate {path}' lists "
              "every problem)",
        "zh": "{problem}（已跳过这个文件；运行 'walletsupport flows validate {path}' 可查看全部问题）",
    },
}
MESSAGES.update({
    # -- a saved case that cannot be read -------------------------------------------------
    "faults.case-unreadable": {
        "en": "Case {case} cannot be read: {reason}. The other cases are not affected; "
              "'walletsupport cases delete {case}' removes it.",
        "zh": "记录 {case} 无法读取：{reason}。其他记录不受影响；"
              "可以用 'walletsupport cases delete {case}' 删除这一条。",
    },
    "faults.case-bad-json": {"en": "its stored record is not valid JSON",
                             "zh": "保存的内容不是有效的 JSON"},
    "faults.case-bad-value": {"en": "a date or value in it is not in a form walletsupport "
                                    "writes",
                              "zh": "其中的日期或数值格式不对，不是 walletsupport 写入的格式"},
    "faults.case-bad-shape": {"en": "its stored record is missing parts or has the wrong shape",
                              "zh": "保存的内容缺少部分字段或结构不对"},
})
MESSAGES.update({
    # -- texts from a flow that is not walletsupport's own --------------------------------
    "faults.from-flow-file": {
        "en": "from flow file {path}, not from walletsupport",
        "zh": "来自流程文件 {path}，不是 walletsupport 自带的内容",
    },
    "faults.from-flow-file-paren": {
        # Follows a text directly: the English form brings its own space.
        "en": " (from flow file {path})",
        "zh": "（来自流程文件 {path}）",
    },
})
MESSAGES.update({
    # -- a busy or full case database -------------------------------------------------------
    "faults.db-busy": {
        "en": "The case database {path} is in use by another walletsupport (waited {seconds} "
              "seconds for it). Finish or close the other one, then try again.",
        "zh": "记录数据库 {path} 正被另一个 walletsupport 使用（已等待 {seconds} 秒）。"
              "请先完成或关闭那一个，再重试。",
    },
    "faults.db-full": {
        "en": "Cannot save to the case database {path}: the disk is full. Your saved cases are "
              "unchanged; make room on that disk, or set WALLETSUPPORT_DATA_DIR to a folder "
              "on another disk.",
        "zh": "无法写入记录数据库 {path}：磁盘已满。已保存的记录没有改动；请在这个磁盘上腾出空间，"
              "或把 WALLETSUPPORT_DATA_DIR 设为另一个磁盘上的文件夹。",
    },
    "faults.db-failed": {
        "en": "Cannot save to the case database {path} ({error}); nothing was changed.",
        "zh": "无法写入记录数据库 {path}（{error}），没有做任何更改。",
    },
    "faults.draft-not-saved": {
        "en": "Your answers could not be saved just now: {reason} You can go on; they are "
              "saved as soon as the database can be written, or kept in a file at the end.",
        "zh": "刚才没能保存你的回答：{reason}可以继续回答；数据库一能写入就会保存，"
              "否则结束时会存到一个文件里。",
    },
    "faults.answers-header": {
        "en": "Answers to the flow {flow}, kept because the case database could not be "
              "written. Replay them with:\n  walletsupport diagnose --answers THIS_FILE",
        "zh": "流程 {flow} 的回答。因为记录数据库无法写入，先存在这里。重放方法：\n"
              "  walletsupport diagnose --answers 本文件",
    },
    "faults.answers-kept": {
        "en": "Your answers are kept in {path}: 'walletsupport diagnose --answers {path}' "
              "goes through them again once the database can be written.",
        "zh": "你的回答已存到 {path}：数据库可以写入后，运行 'walletsupport diagnose --answers "
              "{path}' 即可重新走一遍。",
    },
    "faults.answers-not-kept": {
        "en": "Your answers could not be written to any folder either (every disk tried is "
              "full or read-only).",
        "zh": "回答也没能写入任何文件夹（试过的磁盘都已满或只读）。",
    },
})
MESSAGES.update({
    # -- profiles: contact details outside the channels ------------------------------------
    "faults.profile-unlisted-contact": {
        "en": "{what} holds {value!r}, which is not one of this profile's channels; labels, "
              "notes and warnings may only repeat what the channels list",
        "zh": "{what}里有 {value!r}，但这不是本资料列出的渠道；标签、备注和提醒只能重复渠道里已有的联系方式",
    },
    "faults.profile-disguised-value": {
        "en": "{what}: the value holds disguised characters (full-width forms, invisible "
              "characters or look-alike dots); write it in plain ASCII as the official source "
              "shows it: {plain!r}",
        "zh": "{what}：这个值含有伪装字符（全角字符、不可见字符或形似句点的符号）；"
              "请照官方来源的写法，用普通 ASCII 字符写成：{plain!r}",
    },
})
MESSAGES.update({
    "faults.draft-busy": {
        "en": "Your answers could not be saved just now: another walletsupport is using the "
              "case database {path}. You can go on; they are saved as soon as it is free, or "
              "kept in a file at the end.",
        "zh": "刚才没能保存你的回答：另一个 walletsupport 正在使用记录数据库 {path}。"
              "可以继续回答；数据库一空出来就会保存，否则结束时会存到一个文件里。",
    },
    "faults.draft-full": {
        "en": "Your answers could not be saved just now: the disk of the case database {path} "
              "is full. You can go on; they are saved once there is room, or kept in a file on "
              "another disk at the end.",
        "zh": "刚才没能保存你的回答：记录数据库 {path} 所在的磁盘已满。可以继续回答；"
              "有空间后就会保存，否则结束时会存到另一个磁盘上的文件里。",
    },
})
