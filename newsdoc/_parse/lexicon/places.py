"""Places: the states of the United States and the countries of the world, as news writes one
after its city (``Dover, Delaware,``, ``Dover, Del.,``, ``Lyon, France,``), where it is part of
the place and never a subject. Every list is a ``frozenset`` in lower case, looked up after
``str.lower()``; a name of several words is one entry, its words joined by a space.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = ["COUNTRIES", "US_STATES"]

_STATE_NAMES: Final = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania "
    "tennessee texas utah vermont virginia washington wisconsin wyoming"
)
_TWO_WORD_STATES: Final = (
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
    "district of columbia",
)
_AP_ABBREVIATIONS: Final = (
    "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. "
    "miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. "
    "va. wash. w.va. wis. wyo. d.c."
)

US_STATES: Final = words(_STATE_NAMES) | frozenset(_TWO_WORD_STATES) | words(_AP_ABBREVIATIONS)
"""The states of the United States and the District of Columbia, by name and by their
abbreviations in AP style (``Del.``, ``N.H.``, ``D.C.``)."""

_COUNTRY_NAMES: Final = """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
    brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
    cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
    finland france gabon gambia germany ghana greece grenada guatemala guinea guinea-bissau guyana
    haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
    nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama
    paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria
    taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
    uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales britain
"""
_COUNTRIES_OF_WORDS: Final = (
    "antigua and barbuda",
    "burkina faso",
    "cape verde",
    "central african republic",
    "costa rica",
    "czech republic",
    "dominican republic",
    "east timor",
    "el salvador",
    "equatorial guinea",
    "hong kong",
    "ivory coast",
    "marshall islands",
    "new zealand",
    "north korea",
    "north macedonia",
    "northern ireland",
    "papua new guinea",
    "puerto rico",
    "saudi arabia",
    "sierra leone",
    "solomon islands",
    "south africa",
    "south korea",
    "south sudan",
    "sri lanka",
    "trinidad and tobago",
    "united arab emirates",
    "united kingdom",
    "united states",
)

COUNTRIES: Final = words(_COUNTRY_NAMES) | frozenset(_COUNTRIES_OF_WORDS)
"""The countries of the world and the nations of the United Kingdom, by their common English names."""
