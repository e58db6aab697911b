"""``spacing``: the existence kind for whitespace and punctuation, restricted to pure prose.

Example rule::

    - id: style.space-before-punctuation
      kind: spacing
      category: style
      severity: warning
      message: "No space before '{text}'."
      params:
        patterns: ['(\\w+)[ \\t]+([,:;?!])([ \\t]?)']
        replacement: '\\1\\2\\3'

``Foto : Antara`` → ``Foto: Antara``. Rules see markup blanked to spaces, so a
space pattern could match ``**Foto** :`` and its fix would delete the ``**``.
This kind drops any match that touches markup, URLs or code (every character
of the span must be prose); otherwise it behaves exactly like ``existence``.
"""

from __future__ import annotations

from lintpress.kinds.existence import Existence


class Spacing(Existence):
    NAME = "spacing"

    def check(self, doc):
        for d in super().check(doc):
            if doc.is_prose(d.offset, d.length):
                yield d
