"""Web pages saved by a browser as one file (.mhtml/.mht, "Web page, single file") -> HTML.

The archive is a MIME message; the page is its first text/html part, decoded with the part's
own charset. The HTML then takes the same path as a saved .html page. Stdlib only.
"""

from __future__ import annotations

import email
from email.message import Message

from nrc_search.errors import UnreadableFile


def mhtml_to_html(text: str, source: str) -> str:
    """The HTML page inside an MHTML archive; raises UnreadableFile when there is none."""
    message = email.message_from_string(text)
    for part in message.walk() if message.is_multipart() else [message]:
        if part.get_content_type() == "text/html":
            return _decoded(part)
    raise UnreadableFile(f"{source}: an MHTML archive without an HTML page")


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")
