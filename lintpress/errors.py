"""Errors that end a run with exit code 2 and a one-line message (never a traceback)."""


class LintpressError(Exception):
    """A usage, configuration or input problem the user must fix."""


class InputError(LintpressError):
    """A file cannot be read as a UTF-8 article."""


class ConfigError(LintpressError):
    """A configuration file is malformed or names unknown keys."""


class RuleFileError(LintpressError):
    """A rule pack is malformed; the message names the file, rule and field."""
