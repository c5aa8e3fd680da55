"""Messages about the files the tool writes and the clipboard."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- writing a file (safefile) ------------------------------------------------------
    "files.exists": {
        "en": "{path} already exists; nothing was written. Add --force to replace it, or "
              "choose another name.",
        "zh": "{path} 已存在，没有写入任何内容。如要替换它，请加上 --force；也可以换一个文件名。",
    },
    "files.symlink": {
        "en": "{path} is a symbolic link; walletsupport never writes through a link or "
              "replaces one. Nothing was written: give the real file's path or another name.",
        "zh": "{path} 是一个符号链接。walletsupport 从不通过链接写入文件，也不会替换链接。"
              "没有写入任何内容，请给出实际文件的路径，或换一个文件名。",
    },
    "files.not-regular": {
        "en": "{path} is not a regular file (it is a folder, a device or a pipe); nothing was "
              "written. Give a file name.",
        "zh": "{path} 不是普通文件（而是文件夹、设备或管道），没有写入任何内容。请给出一个文件名。",
    },
    "files.no-folder": {
        "en": "Cannot write {path}: the folder {folder} does not exist. Nothing was written.",
        "zh": "无法写入 {path}：文件夹 {folder} 不存在。没有写入任何内容。",
    },
    "files.disk-full": {
        "en": "Cannot write {path}: the disk is full. Nothing was written and no partial file "
              "was left behind; save it on a disk with free space.",
        "zh": "无法写入 {path}：磁盘已满。没有写入任何内容，也没有留下不完整的文件；"
              "请保存到还有空间的磁盘上。",
    },
    "files.disk-full-kept": {
        "en": "Cannot write {path}: the disk is full. The existing file is unchanged; save it "
              "on a disk with free space.",
        "zh": "无法写入 {path}：磁盘已满。原有的文件没有改动；请保存到还有空间的磁盘上。",
    },
    "files.write-failed": {
        "en": "Cannot write {path}: {reason}. Nothing was written and no partial file was "
              "left behind.",
        "zh": "无法写入 {path}：{reason}。没有写入任何内容，也没有留下不完整的文件。",
    },
    "files.write-failed-kept": {
        "en": "Cannot write {path}: {reason}. The existing file is unchanged.",
        "zh": "无法写入 {path}：{reason}。原有的文件没有改动。",
    },
    "files.stdout-failed": {
        "en": "Cannot write to standard output: {reason}. Whatever it was sent to may hold "
              "only part of it; use --output FILE instead.",
        "zh": "无法写入标准输出：{reason}。接收输出的地方可能只收到了一部分；请改用 --output 文件名。",
    },
    "files.stdout-full": {
        "en": "Cannot write to standard output: the disk is full. The file it was sent to may "
              "hold only part of it; use --output FILE on a disk with free space.",
        "zh": "无法写入标准输出：磁盘已满。接收输出的文件可能只有一部分内容；"
              "请用 --output 文件名保存到还有空间的磁盘上。",
    },
    # -- the clipboard ------------------------------------------------------------------
    "clipboard.no-display": {
        "en": "Nothing was copied: there is no graphical display here (DISPLAY and "
              "WAYLAND_DISPLAY are not set), so there is no clipboard to copy to.",
        "zh": "没有复制：这里没有图形界面（没有设置 DISPLAY 或 WAYLAND_DISPLAY），也就没有剪贴板可用。",
    },
    "clipboard.no-program": {
        "en": "Nothing was copied: no clipboard program was found (on Linux, install xclip, "
              "xsel or wl-clipboard).",
        "zh": "没有复制：找不到剪贴板程序（Linux 上可以安装 xclip、xsel 或 wl-clipboard）。",
    },
    "clipboard.failed": {
        "en": "Nothing was copied: the clipboard program {program} failed ({reason}).",
        "zh": "没有复制：剪贴板程序 {program} 运行失败（{reason}）。",
    },
    "clipboard.timeout": {
        "en": "Nothing was copied: the clipboard program {program} did not finish within "
              "{seconds} seconds and was stopped.",
        "zh": "没有复制：剪贴板程序 {program} 在 {seconds} 秒内没有完成，已被停止。",
    },
}
