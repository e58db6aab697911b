"""Checks that ``--fix`` damaged nothing, shared by the fix property tests and benchmarks/bench_fixes.py.

One pass of fixing is checked against what the findings reported: every changed
byte lies inside a reported fix span (or is a blank line beside a deleted line),
no markup token is lost except inside text a fix deleted whole, and parsing the
result gives the same markup (prose view) around the edits.
"""

from __future__ import annotations

import random
from collections import Counter

import regex

from lintpress.diagnostic import Edit, splice
from lintpress.document import Document
from lintpress.fixes import plan_edits

#: Markup whose count must not change outside deleted text ("](" before "[" and "`": they overlap).
TOKENS = {
    "**": regex.compile(r"\*\*"),
    "[": regex.compile(r"\["),
    "](": regex.compile(r"\]\("),
    "`": regex.compile(r"`"),
    "<!--": regex.compile(r"<!--"),
    "-->": regex.compile(r"-->"),
    "url": regex.compile(r"https?://[^\s)\]>]+"),
}
#: Markup that must survive byte for byte (the spaces inside a comment or code span included).
CONSTRUCTS = regex.compile(r"<!--.*?-->|`[^`\n]*`|\]\([^)\s]*\)", regex.DOTALL)


def tokens(text: str) -> Counter:
    return Counter({name: len(p.findall(text)) for name, p in TOKENS.items()})


def constructs(text: str) -> Counter:
    return Counter(CONSTRUCTS.findall(text))


def _blank_line(text: str, i: int) -> bool:
    start = max(text.rfind("\n", 0, i), text.rfind("\r", 0, i)) + 1
    end = i
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    return not text[start:end].strip()


def check_pass(doc: Document, diagnostics, *, unsafe: bool = False) -> tuple[str, list[Edit], list[str]]:
    """Fix ``doc`` once as ``--fix`` does; returns (new text, the edits made, problems found)."""
    text = doc.text
    edits, _ = plan_edits(text, diagnostics, unsafe=unsafe, doc=doc)
    new = splice(text, edits)
    problems = []
    reported = [e for d in diagnostics if d.fixable(unsafe) for e in d.fix]
    inside = bytearray(len(text) + 1)
    for e in reported:
        inside[e.offset : e.end] = b"\x01" * e.length
    for e in edits:
        outside = [i for i in range(e.offset, e.end) if not inside[i] and not _blank_line(text, i)]
        if outside:
            problems.append(f"edit {e} changes {text[outside[0]:outside[-1] + 1]!r} outside every reported fix")
        if e.replacement and e not in reported:
            problems.append(f"edit {e} was not reported")
    removed = sum((tokens(text[e.offset : e.end]) for e in edits), Counter())
    for e in edits:
        if e.replacement and tokens(text[e.offset : e.end]) != tokens(e.replacement):
            problems.append(f"replacement {e} changes markup {text[e.offset:e.end]!r}")
    before, after = tokens(text), tokens(new)
    for name in TOKENS:
        if before[name] - removed[name] + sum(tokens(e.replacement)[name] for e in edits) != after[name]:
            problems.append(f"markup {name!r}: {before[name]} before, {after[name]} after")
    lost = constructs(text) - constructs(new)
    deleted = sum((constructs(text[e.offset : e.end]) for e in edits if not e.replacement), Counter())
    if lost - deleted:
        problems.append(f"markup changed: {sorted(lost - deleted)[:3]}")
    if edits and Document(new, doc.path, doc.format).prose != splice(doc.prose, edits):
        problems.append("the markup parses differently after the fix")
    return new, edits, problems


# -- dev articles as Markdown -----------------------------------------------------------------------
_WORD = regex.compile(r"^(\W*)(\w[\w-]*\w|\w)(\W*)$")
_SENTENCE = regex.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _decorate(word: str, rng: random.Random, n: int) -> str:
    m = _WORD.match(word)
    if not m:
        return word
    lead, core, trail = m.groups()
    r = rng.random()
    if r < 0.03:
        core = f"**{core}**"
    elif r < 0.05:
        core = f"*{core}*"
    elif r < 0.06:
        core = f"_{core}_"
    elif r < 0.08:
        core = f"[{core}](https://contoh.id/{n})"
    elif r < 0.09:
        core = f"`{core}`"
    elif r < 0.10:
        trail += " <!-- cek fakta -->"
    elif r < 0.105:
        trail += " 🙂"
    return lead + core + trail


def markdown_variant(text: str, seed: int) -> str:
    """A plain article (one paragraph a line) as Markdown: a heading, list items, quotes, emphasis,
    links, inline code, comments and emoji, some whole sentences in bold (the same each run)."""
    rng = random.Random(seed)
    out = []
    n = 0
    for i, para in enumerate(text.split("\n")):
        if not para.strip():
            out.append(para)
            continue
        if i == 0 and len(para) < 150:
            out.append("# " + para)
            continue
        sentences = []
        for s in _SENTENCE.split(para):
            if rng.random() < 0.08:
                sentences.append(f"**{s}**")
                continue
            words = s.split(" ")
            for k, w in enumerate(words):
                n += 1
                words[k] = _decorate(w, rng, n)
            sentences.append(" ".join(words))
        para = " ".join(sentences)
        r = rng.random()
        out.append("- " + para if r < 0.08 else "> " + para if r < 0.12 else para)
    return "\n".join(out)
