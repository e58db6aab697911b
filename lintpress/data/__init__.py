"""Bundled data files (dictionaries, word lists) loaded by the kinds that need them."""
