"""The densest run of paragraphs on an HTML page: a second opinion for `read.html_extract` when
the extractor keeps the wrong block (speech in a <div> beside a teaser <article>) or flattens a
layout table into one line. Parsing only (lxml, which trafilatura brings); no whoosh, rich or click.
"""

from __future__ import annotations

import re

import lxml.html

# Elements that never hold the speech, e.g. <nav>, <footer>, <aside>.
_NEVER = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
# Blocks whose text is one paragraph of the output, e.g. <p>, <h1>, <li>, <td> without blocks.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt")
_WS = re.compile(r"\s+")


def dense_text(html: str) -> tuple[str, list[str]]:
    """(the page's main block as paragraphs joined by blank lines, its <p> texts).

    The block is the element holding the most paragraph text in its own <p> children, widened
    to the page's <h1> when the two share a near ancestor (the heading and date sit beside the
    body in most templates)."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return "", []
    for el in root.iter(*_NEVER):
        el.drop_tree() if el.getparent() is not None else None
    best = max(root.iter(), key=_own_prose, default=None)
    if best is None or not _own_prose(best):
        return "", []
    block = _with_heading(root, best)
    pars = [_text(p) for p in best.iter("p") if _text(p)]
    return "\n\n".join(_paragraphs(block)), pars


def _own_prose(el) -> int:
    if not isinstance(el.tag, str):
        return 0
    return sum(len(_text(c)) for c in el if c.tag == "p" and len(_text(c)) > 40)


def _with_heading(root, best):
    """The nearest ancestor of `best` that also holds the page's first <h1>, if within 3 levels."""
    h1 = next(root.iter("h1"), None)
    node = best
    for _ in range(4):
        if node is None:
            break
        if h1 is not None and (h1 is node or h1 in node.iterdescendants()):
            return node
        node = node.getparent()
    return best


def _paragraphs(block) -> list[str]:
    """Text of each block element in order; words directly in a <div> or <td> (beside its
    inline children) are a paragraph too, one line per <br>."""
    out: list[str] = []
    for el in block.iter():
        if not isinstance(el.tag, str) or el.tag in _INLINE:
            continue
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue  # inside a paragraph already taken
        lines = [_text(el)] if el.tag in _BLOCKS else _loose(el).split("\n")
        text = "\n".join(t for t in (_WS.sub(" ", s).strip() for s in lines) if t)
        if text:
            out.append(text)
    return out


# Inline elements, whose words belong to the block around them, e.g. <span>, <a>, <br>.
_INLINE = frozenset(
    {"a", "span", "b", "i", "em", "strong", "small", "sup", "sub", "abbr", "time", "font"}
    | {"u", "code", "br", "img", "label", "cite", "q", "mark"}
)


def _loose(el) -> str:
    """Words directly in `el` and in its inline children, not inside a block child."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.tag in _INLINE:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _text(el) -> str:
    return _WS.sub(" ", el.text_content()).strip()
