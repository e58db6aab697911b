"""lintpress: a style and fact-consistency linter for news articles and press releases."""

__version__ = "0.1.0"
