"""Allow ``python -m lintpress``."""

import sys

from lintpress.cli import main

sys.exit(main())
