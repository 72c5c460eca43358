"""Nouns for works and bodies of findings: what a source can be when it is no person or
organisation (``a new study``, ``the report``, ``AlphaSense data``). Every list is a
``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["COUNTABLE_WORK_NOUNS", "DEPICTIONS", "MASS_WORK_NOUNS"]

COUNTABLE_WORK_NOUNS: Final = words(
    """
    study studies report reports analysis analyses survey surveys poll polls review paper letter statement
    post posts filing memo audit assessment estimate projection forecast index tally count
    investigation probe lawsuit suit complaint ruling order release announcement document documents
    filings records report's chart article book story note blog tweet email video interview briefing
    outlook update tracker dashboard database model tool guidelines guideline rules rule proposal draft
    bill legislation law regulation regulations guidance framework policy plan agreement contract deal
    manifesto text average averages transcript slide map graphic ad advertisement clip footage
    editorial editorials column columns missive message messages passage opinion account accounts
    recording photo image ranking rankings indictment affidavit petition result results file files
    biography memoir summary excerpt excerpts screenshot screenshots presentation presentations
    spreadsheet spreadsheets invoice invoices returns conversations calculation calculations
    finding findings emails videos cable cables declaration declarations timeline timelines schedule
    schedules film films movie movies documentary version versions playbook copy copies notice notices
    bulletin newsletter brochure journal journals inquiry inquiries census experiment experiments
    test tests trial trials evaluation evaluations simulation simulations appraisal examination
    autopsy autopsies readout readouts profile profiles page pages website websites podcast podcasts
    reply replies disclosure disclosures minutes bylaws charter charters sheet sheets ordinance
    ordinances amendment amendments statute statutes treaty
    treaties constitution warrant warrants subpoena subpoenas platform platforms sign signs banner banners
    placard placards poster posters
    billboard billboards caption captions slogan slogans
    """
)
"""Nouns for a work that can be cited: ``a new study``, ``the report``."""

DEPICTIONS: Final = words(
    "footage video videos clip clips recording recordings audio tape tapes photo photos image images film picture"
)
"""Works that show someone: a participle after their ``of`` phrase is that person's (``footage of
Trump saying``, ``a video of the mayor telling``)."""

MASS_WORK_NOUNS: Final = words(
    "data research polling reporting estimates figures numbers footage evidence statistics records audio"
)
"""Nouns for a body of findings rather than one work: ``AlphaSense data``, ``polling``."""
