"""HTML article -> plain text (stdlib html.parser): title, then the article body; no scripts, menus, footers."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "menu",
    "figure",
    "figcaption",
    "object",
    "canvas",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "main",
    "hr",
    "td",
    "th",
    "tbody",
    "thead",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_NOISE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|footer|header|social|share|comments?|related|"
    r"advert|ads?|banner|widget|rating|tags?|popup|modal|cookie|subscribe|login)(?:$|[\s_-])",
    re.I,
)
_CONTENT_CLASS = re.compile(r"(?:article|content|detail|post|entry|story|news|body|main|fck|noi-?dung)", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<" in head:
        return "<html" in text[:4096].lower() or "<body" in text.lower() or "<p" in text.lower()
    return len(re.findall(r"</?(?:p|div|br|span|h[1-6]|li|td|body|article)\b[^>]*>", text[:20_000], re.I)) >= 5


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipping, content)
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.all_parts: list[str] = []
        self.article_parts: list[str] = []
        self.article_depth = 0
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        attr = dict(attrs)
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._emit("\n")
            return
        klass = " ".join(filter(None, [attr.get("class") or "", attr.get("id") or "", attr.get("role") or ""]))
        skipping = tag in _SKIP or bool(klass and _NOISE_CLASS.search(klass) and not _CONTENT_CLASS.search(klass))
        if attr.get("aria-hidden") == "true" or "display:none" in (attr.get("style") or "").replace(" ", ""):
            skipping = True
        content = tag == "article" or (
            tag in ("div", "section", "main")
            and bool(klass)
            and bool(
                re.search(r"(?:article|detail|post|entry|story|noi-?dung)[-_ ]?(?:content|body|detail)?", klass, re.I)
            )
        )
        self.stack.append((tag, skipping, content))
        if skipping:
            self.skip_depth += 1
        if content:
            self.article_depth += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag == "title":
            self.in_title = False
        if tag in _VOID:
            return
        # pop to the matching open tag (tolerate unclosed tags)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for _t, skipping, content in self.stack[i:]:
                    if skipping:
                        self.skip_depth -= 1
                    if content:
                        self.article_depth -= 1
                del self.stack[i:]
                break
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self._emit(data)

    def _emit(self, data: str) -> None:
        if self.skip_depth and data != "\n":
            return
        self.all_parts.append(data)
        if self.article_depth:
            self.article_parts.append(data)


def _tidy(parts: list[str]) -> str:
    text = "".join(parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def html_to_text(html: str) -> str:
    parser = _Extractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; never let a broken page raise
        pass
    body = _tidy(parser.article_parts)
    if len(body) < 200:
        body = _tidy(parser.all_parts)
    title = re.sub(r"\s+", " ", "".join(parser.h1) or "".join(parser.title)).strip()
    if title and not body.startswith(title):
        body = title + "\n\n" + body
    return body
