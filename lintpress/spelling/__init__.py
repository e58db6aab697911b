"""The speller behind the ``spelling`` kind: dictionaries and frequencies (speller), the token
filter (tokens), Indonesian affixes (morphology), loanword spellings and abbreviations."""
