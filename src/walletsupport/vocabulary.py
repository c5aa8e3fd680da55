"""Words and limits several parts share, in a leaf module every part imports cheaply.

Flows name channel kinds in `recommend:` and profiles list channels of those kinds;
the flow reader and the profile reader both refuse files over the same size. Kept
here once, so that neither side imports the other (or yaml) to agree.
"""

from __future__ import annotations

__all__ = ["CHANNEL_KINDS", "MAX_FILE_BYTES", "PREFERENCES"]

#: The kinds of contact channel, in flows (`recommend:`) and in profiles.
CHANNEL_KINDS = ("chat", "phone", "email", "social", "in-app", "web-form")
#: What a flow end may prefer (`prefer:`), and the channel kinds that give it: a written
#: channel leaves a record (a form, an email, a chat); a spoken one is a call.
PREFERENCES = {"written": ("web-form", "email", "chat", "in-app"), "spoken": ("phone",)}
#: The largest flow, profile or answers file read: beyond it is a mistake or an attack.
MAX_FILE_BYTES = 1024 * 1024
