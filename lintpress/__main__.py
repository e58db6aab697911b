"""Allow ``python -m lintpress``."""

from lintpress.cli import console_main

console_main()
