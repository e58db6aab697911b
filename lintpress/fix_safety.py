"""What makes a fix safe to apply: markup kept whole, tidy deletions, names left to the writer.

Rules see the prose view, where markup is blanked to spaces, so a fix built from
it can cross markup: ``Bantuan [pasca](https://x.id) bencana`` → ``pascabencana``
would lose the link target. Every finding's fix passes :func:`vet_fix` (the engine
calls it once per finding, for every kind), which

- shrinks a replacement to the part that really changes; when that part still
  touches markup the fix is withheld (the suggestion stays);
- lets a deletion take the markup that wraps exactly the deleted text (``**…**``,
  ``[…](…)``), so no ``****`` or empty link is left, and a deleted line between
  two blank lines one of them; a deletion that would still leave the document's
  markup changed (checked by parsing the result) is withheld;
- makes a fix unsafe when it changes the letters of a capitalised word inside a
  sentence: that word may be a name, and a name is the writer's to change (a rule
  whose data settles the context, like ``bulan Ramadhan``, declares
  ``applicability: safe`` and is trusted).
"""

from __future__ import annotations

import re

from lintpress.diagnostic import SAFE, UNSAFE, Diagnostic, Edit, splice
from lintpress.pattern_store import compile_regex

#: Characters that may stand between a sentence's end and its first word.
_OPENERS = " \t\"'“‘([*_"
_SENTENCE_END = ".!?:;…"
_PAIRED = re.compile(r"<!--|-->|\[|\]")
_LINE_BREAK = compile_regex(r"\r\n|\r|\n")


def vet_fix(doc, d: Diagnostic, *, trust_names: bool = False) -> None:
    """Make ``d.fix`` safe for ``doc``: keep markup whole or drop the fix; a possible name changed
    makes it unsafe, unless ``trust_names`` (the rule's data settles that the word is no name)."""
    edits: list[Edit] = []
    for e in d.fix or ():
        kept = _keep_markup(doc, e)
        if kept is None:
            d.fix = None
            return
        edits.extend(kept)
    d.fix = edits
    if d.applicability == SAFE and not trust_names and any(_renames(doc, e) for e in edits):
        d.applicability = UNSAFE


# -- markup --------------------------------------------------------------------------------------
def _is_markup(doc, i: int) -> bool:
    return doc.prose[i] != doc.text[i]


def _touches_markup(doc, start: int, end: int) -> bool:
    """Markup inside the span, or right beside it (a deletion there could empty a construct)."""
    lo, hi = max(0, start - 1), min(len(doc.text), end + 1)
    return doc.prose[lo:hi] != doc.text[lo:hi]


def _keep_markup(doc, e: Edit) -> list[Edit] | None:
    """The edit, or the edits that make its change with every markup character kept; None if none do."""
    if not e.replacement:
        deletion = _deletion(doc, e.offset, e.end)
        return [deletion] if deletion else None
    if doc.prose[e.offset : e.end] == doc.text[e.offset : e.end]:
        return [e]
    core = _core(doc.text, e)
    if doc.prose[core.offset : core.end] == doc.text[core.offset : core.end]:
        return [core]
    if core.replacement:
        return None  # new text where markup stands: no way to tell which side it belongs to
    # "pasca](https://x.id) bencana" → "pascabencana": delete the space only, keep the link whole
    gaps: list[Edit] = []
    i = core.offset
    while i < core.end:
        j = i
        while j < core.end and not _is_markup(doc, j):
            j += 1
        if j > i:
            if not _prose_gap(doc, i, j):
                return None
            gaps.append(Edit(i, j - i, ""))
        i = j + 1
    return gaps if gaps and markup_kept(doc, gaps) else None


def _prose_gap(doc, start: int, end: int) -> bool:
    """``text[start:end]`` (not blanked) is prose: blanked markup is spaces, so spaces count only
    beside a prose character (the space inside ``<!-- a -->`` or a code span is the markup's)."""
    if doc.text[start:end].strip():
        return True
    text = doc.text
    return any(
        0 <= k < len(text) and not text[k].isspace() and not _is_markup(doc, k) for k in (start - 1, end)
    )


def _core(text: str, e: Edit) -> Edit:
    """The edit without the leading and trailing characters it leaves as they are."""
    old, new = text[e.offset : e.end], e.replacement
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return Edit(e.offset + head, len(old) - head - tail, new[head : len(new) - tail])


def _deletion(doc, start: int, end: int) -> Edit | None:
    """The deletion as it can be applied without damaging markup, or None."""
    for s, e in _deletions(doc, start, end):
        if _splits_delimiters(doc, s) or _splits_delimiters(doc, e) or _joins_delimiters(doc, s, e):
            continue  # "*|*": half a ** taken, half left to pair with another; "*" + "*" made "**"
        if not _touches_markup(doc, s, e) or (_balanced(doc, s, e) and markup_kept(doc, [Edit(s, e - s, "")])):
            return Edit(s, e - s, "")
    return None


def _deletions(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Ways to delete ``text[start:end]``, best first: with the markup runs right before and after
    it (``**`` and ``**``, ``[`` and ``](url)``), with only their mirrored emphasis part (``**`` of
    ``](url)**``), with an emphasis run on one side whose partner it holds (``**A** copy.`` of
    ``**A** copy. **B**``), as it is. Whole lines are deleted as they are."""
    text = doc.text
    if whole_lines(text, start, end):
        return [_with_blank_line(text, start, end)]
    a = start
    while a > 0 and _is_markup(doc, a - 1) and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and text[end - 1] not in "\r\n" and _is_markup(doc, b) and not text[b].isspace():
        b += 1
    left, right, inside = text[a:start], text[end:b], text[start:end]
    spans = []
    if left and right:
        spans.append((a, b))
        for k in range(min(len(left), len(right)) - 1, 0, -1):
            if left[-k:] == right[:k][::-1] and set(left[-k:]) <= set("*_~"):
                spans.append((start - k, end + k))
    if left and set(left) <= set("*_~") and left in inside:
        spans.append((a, end))
    if right and set(right) <= set("*_~") and right in inside:
        spans.append((start, b))
    out = []
    for s, e in [*(_tidy_spaces(text, s, e) for s, e in spans), (start, end)]:
        line = _only_markup_left(doc, s, e)
        out += [line, (s, e)] if line else [(s, e)]
    return list(dict.fromkeys(_with_blank_line(text, s, e) for s, e in out))


def _only_markup_left(doc, start: int, end: int) -> tuple[int, int] | None:
    """The whole lines holding the span, when deleting it would leave them nothing but markup
    (a list item or quote whose text was the copy: ``- **A.**`` goes, bullet and all)."""
    text = doc.text
    ls = _line_start(text, start)
    le = _line_end(text, _line_start(text, max(start, end - 1)))
    if (ls, le) == (start, end) or doc.prose[ls:start].strip() or doc.prose[end:le].strip():
        return None
    return ls, le


def _balanced(doc, start: int, end: int) -> bool:
    """The markup a deletion takes opens and closes within it, in that order: comments, link
    brackets, code spans (``-->A. <!--`` between two comments would merge them into one)."""
    markup = "".join(c for i, c in enumerate(doc.text[start:end], start) if _is_markup(doc, i))
    if markup.count("`") % 2:
        return False
    depth = {"<!--": 0, "[": 0}
    for token in _PAIRED.findall(markup):
        opener = {"-->": "<!--", "]": "["}.get(token, token)
        depth[opener] += 1 if token == opener else -1
        if depth[opener] < 0:
            return False
    return not any(depth.values())


def _joins_delimiters(doc, start: int, end: int) -> bool:
    """Deleting ``text[start:end]`` puts two delimiters of one kind side by side (``*`` + ``*``)."""
    text = doc.text
    if not (start > 0 and end < len(text)) or text[start - 1] != text[end] or text[end] not in "*_~`":
        return False
    return _is_markup(doc, start - 1) and _is_markup(doc, end)


def _splits_delimiters(doc, i: int) -> bool:
    """Offset ``i`` falls inside a run of one emphasis or code delimiter: ``*|*``, ``_|_``, two backticks."""
    text = doc.text
    if not 0 < i < len(text) or text[i - 1] != text[i] or text[i] not in "*_~`":
        return False
    return _is_markup(doc, i - 1) and _is_markup(doc, i)


def _tidy_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the spaces the deleted text leaves behind: before a line end, or one of a double space."""
    if end == len(text) or text[end] in "\r\n":
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    elif start > 0 and text[start - 1] in " \t":
        while end < len(text) and text[end] in " \t":
            end += 1
    return start, end


def markup_kept(doc, edits: list[Edit]) -> bool:
    """Making ``edits`` (sorted) leaves the document's markup exactly as it was, parsed again."""
    from lintpress.document import Document

    after = Document(splice(doc.text, edits), doc.path, doc.format)
    return after.prose == splice(doc.prose, edits)


# -- lines -----------------------------------------------------------------------------------------
def _line_start(text: str, i: int) -> int:
    """Offset where the line holding offset ``i`` begins (LF, CRLF or CR line breaks)."""
    lf = text.rfind("\n", 0, i)
    # a CR is looked for after the last LF only: searched from the start, a text without any
    # would be read whole for every call (long documents went quadratic)
    return max(lf, text.rfind("\r", lf + 1, i)) + 1


def _previous_line(text: str, i: int) -> int:
    """Offset where the line before the line starting at ``i`` begins."""
    return _line_start(text, i - 2 if text[i - 2 : i] == "\r\n" else i - 1)


def _line_end(text: str, i: int) -> int:
    """Offset after the line break of the line starting at ``i`` (or the end of the text)."""
    m = _LINE_BREAK.search(text, i)
    return m.end() if m else len(text)


def _blank_line_at(text: str, i: int) -> bool:
    return i < len(text) and not text[i : _line_end(text, i)].strip()


def whole_lines(text: str, start: int, end: int) -> bool:
    """The span is one or more whole lines with their line breaks (the last may end the text)."""
    starts_line = start == 0 or _line_start(text, start) == start
    ends_line = end == len(text) or text[end - 1] == "\n" or (text[end - 1] == "\r" and text[end] != "\n")
    return end > start and starts_line and ends_line


def _with_blank_line(text: str, start: int, end: int) -> tuple[int, int]:
    """A deleted line between two blank lines (or a blank line and the text's edge) takes one of them."""
    if not whole_lines(text, start, end) or (start == 0 and end == len(text)):
        return start, end
    before = start == 0 or _blank_line_at(text, _previous_line(text, start))
    after = end == len(text) or _blank_line_at(text, end)
    if not (before and after):
        return start, end
    if end < len(text):
        return start, _line_end(text, end)
    return _previous_line(text, start), end


def merge_line_deletions(text: str, edits: list[Edit]) -> list[Edit]:
    """Join deletions of neighbouring lines (two leftover lines in a row) and give the joined
    deletion the blank-line treatment each line alone could not get. ``edits`` are sorted."""
    out: list[Edit] = []
    for e in edits:
        last = out[-1] if out else None
        if (
            last is not None
            and not last.replacement
            and not e.replacement
            and last.end == e.offset
            and whole_lines(text, last.offset, last.end)
            and whole_lines(text, e.offset, e.end)
        ):
            s, end = _with_blank_line(text, last.offset, e.end)
            out[-1] = Edit(s, end - s, "")
        else:
            out.append(e)
    return out


# -- names -----------------------------------------------------------------------------------------
def _letters(word: str) -> str:
    """The word's ASCII letters, case-folded: what stays when spacing, hyphens and accents go."""
    return "".join(c for c in word.casefold() if "a" <= c <= "z")


def _renames(doc, e: Edit) -> bool:
    """The edit changes the letters of a capitalised word inside a sentence (perhaps a name)."""
    text = doc.text
    if not e.replacement or not any(c.isupper() for c in text[e.offset : e.end]):
        return False  # deleting a repeated word or sentence renames nobody
    start, end = e.offset, e.end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    new = _letters(text[start : e.offset] + e.replacement + text[e.end : end])
    i = start
    while i < end:  # each word (a run of letters and digits) of the extended span
        j = i
        while j < end and text[j].isalnum():
            j += 1
        word = text[i:j]
        if word[:1].isupper() and not _sentence_initial(doc, i) and _letters(word) not in new:
            return True
        i = j + 1
    return False


def _sentence_initial(doc, i: int) -> bool:
    """The word at ``i`` opens a sentence, a paragraph, a heading or a list item."""
    prose = doc.prose
    j = i - 1
    while j >= 0 and prose[j] in _OPENERS + "\r\n":
        j -= 1
    if j < 0 or prose[j] in _SENTENCE_END:
        return True
    return any(j < b.start <= i for b in doc.blocks)
