"""Adjectives: the endings that mark one before a noun, and those that may follow their noun.
Every list of words is a ``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import TIME_ADJECTIVES
from newsdoc._parse.lexicon.words import words

__all__ = [
    "ADJECTIVES_AFTER_NOUN",
    "ADJECTIVE_ENDINGS",
    "ATTRIBUTIVE_ADJECTIVES",
    "COMPOUND_PREFIXES",
    "EVALUATIVE_ADJECTIVES",
    "PLAIN_ADJECTIVES",
    "RANKING_ADJECTIVES",
    "READINESS_ADJECTIVES",
    "REGION_ADJECTIVES",
]

ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = (
    "ed",
    "al",
    "ive",
    "ous",
    "ful",
    "ic",
    "ary",
    "less",
    "able",
    "ible",
    "ish",
    "an",
    "ese",
    "ent",
    "ant",
)
"""Endings of adjectives: a word with one modifies the noun after it."""

ADJECTIVES_AFTER_NOUN: Final = words("available present")
"""Adjectives that may follow the noun they modify, with a complement or alone: ``data
available from the FBI``, ``two senators present``."""

PLAIN_ADJECTIVES: Final = words(
    """
    angry upbeat grim happy proud sad glum weary bitter blunt frank stern bold brave busy fierce
    keen loud sober solemn somber sombre tense terse testy touchy wry young old great wealthy
    healthy sick frail tough strong weak smart shrewd savvy sly canny cagey coy shy polite rude
    gentle mild harsh cruel warm cool eager elderly jolly merry cheery chipper perky giddy
    jaunty breezy feisty fiery gruff grumpy cranky moody edgy jittery wary leery weepy teary
    sullen sulky surly stony steely icy frosty chilly prickly thorny contrite humble modest meek
    timid sincere earnest serene placid gaunt haggard hoarse sleepy drowsy pale sweaty ruddy
    slim hefty burly portly stout tall bald gray grey fresh mellow sunny gloomy dour glad junior
    onetime erstwhile true mere sole only lone main foremost supreme entire clear mad crazy wild
    lazy early moderate populist staunch devout avid ardent desperate passionate compassionate
    private separate obstinate delicate ultimate legitimate considerate loyal fervent diehard
    lame outspoken plainspoken hard-line far-right far-left beaming grinning
    ailing aging ageing struggling outgoing incoming visiting reigning retiring departing
    presiding sitting leading fading surging unwitting unsuspecting unassuming charming daring
    willing unwilling
    """
)
"""Adjectives that no ending of :data:`ADJECTIVE_ENDINGS` marks and that may stand between a
determiner and a name: ``an angry Hollande``, ``a young Clinton``, ``the outgoing
Republican``."""

ATTRIBUTIVE_ADJECTIVES: Final = (
    words(
        """
    initial subsequent recent previous prior renewed further latest preliminary conflicting
    competing contradictory numerous various multiple similar frequent mounting growing widespread
    unconfirmed unsubstantiated democratic bipartisan partisan
    """
    )
    | TIME_ADJECTIVES
)
"""Adjectives that stand only before a noun and are never one, so that a form in ``-s`` right
after one is a plural noun and no verb: ``Initial estimates put``, ``renewed calls for``,
``Democratic claims``, ``earlier reports`` (not ``Republican``, which is also a noun: ``a
Republican claims``)."""

COMPOUND_PREFIXES: Final = words("anti pro non ex self pre neo ultra semi quasi pseudo multi")
"""Prefixes that make a compound adjective with a hyphen: ``an anti-Trump PAC``, ``a self-styled
expert``."""

REGION_ADJECTIVES: Final = words(
    """
    northern southern eastern western central northeastern northwestern southeastern southwestern
    upstate downstate rural coastal
    """
)
"""Adjectives of a region, which stand before the name of a place: ``in southern Del.``."""

READINESS_ADJECTIVES: Final = words(
    "ready able unable eager willing unwilling prepared poised set quick free likely unlikely"
)
"""Adjectives that an infinitive completes: ``came to the meeting ready to argue``, where the
infinitive is the adjective's, no purpose of the verb before."""

EVALUATIVE_ADJECTIVES: Final = words(
    """
    unfair wrong false untrue racist sexist bigoted absurd insane dumb stupid silly fake phony bogus
    corrupt crooked premature misguided misleading disgusting appalling troubling insulting
    alarming shocking boring baseless pointless meaningless hypocritical ridiculous
    outrageous disgraceful unacceptable irresponsible dishonest unfit unqualified
    """
)
"""Adjectives of judgment that no ending marks, or whose ending is also a verb's, which a verb
of naming may give its object as a predicate: ``called the plan unfair``, ``called the claims
misleading``."""

RANKING_ADJECTIVES: Final = words("only last next sole lone")
"""Adjectives that rank the noun they modify as an ordinal or a superlative does, so that an
infinitive after it describes it: ``the only senator to vote no``, ``the last man to run``."""
