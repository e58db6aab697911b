"""The speller behind the ``spelling`` kind: verdicts from dictionaries and frequencies (speller),
loading Hunspell dictionaries (dictionaries), the token filter (tokens), Indonesian affixes
(morphology), loanword spellings and abbreviations."""
