"""Sourcing: the paragraph texts to quotes and attributions, one stage per module.

:mod:`~newsdoc._parse.sourcing.pipeline` runs the stages in order: quote marks, cues, the
attribution rules of :mod:`~newsdoc._parse.sourcing.rules`, linking quotes to speakers,
and pronouns; then it builds the model's quotes and attributions.
"""
