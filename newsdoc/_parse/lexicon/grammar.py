"""Grammar words: the closed classes of English around a source.

Determiners, auxiliaries, prepositions, the words that open a clause or an aside, adverbs
and words of time (numbers are in :mod:`~newsdoc._parse.lexicon.numbers`). Every list is a
``frozenset`` of lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.adverbs import NEGATIONS
from newsdoc._parse.lexicon.messages import ADDRESSED_MESSAGES
from newsdoc._parse.lexicon.pronouns import POSSESSIVE_DETERMINERS
from newsdoc._parse.lexicon.words import words

__all__ = [
    "ADDITIVE_DETERMINERS",
    "AFTER_INVERTED_SOURCE",
    "AFTER_NAME_PREPOSITIONS",
    "APPOSITIVE_NOT",
    "ARTICLES",
    "ASIDE_ADVERBS",
    "ASIDE_OPENERS",
    "ASIDE_TIME_ADVERBS",
    "ASKED_WHAT",
    "AUXILIARY_CONTRACTIONS",
    "BEFORE_TO",
    "BE_FORMS",
    "CLAUSE_WORDS",
    "DEFINITE",
    "DETERMINERS",
    "DISTRIBUTIVES",
    "DO_FORMS",
    "EXAMPLE_OPENERS",
    "FUNCTION_WORDS",
    "GERUND_PREPOSITIONS",
    "HAVE_FORMS",
    "INDEFINITE",
    "INTRO_OPENERS",
    "IRREGULAR_NEGATIVES",
    "LEAD_IN_PREPOSITIONS",
    "LINKING_VERBS",
    "MODALS",
    "MODAL_CONTRACTIONS",
    "NEGATION_CONTRACTIONS",
    "NEGATIVE_QUANTIFIERS",
    "NEGATIVE_SUBJECTS",
    "OBJECT_GERUND_PREPOSITIONS",
    "OBLIGATION_MODALS",
    "ORIGIN_PREPOSITIONS",
    "PLURAL_FINITE_AUXILIARIES",
    "PLURAL_QUANTIFIERS",
    "POSSIBILITY_MODALS",
    "POSTMODIFIER_OPENERS",
    "PREPOSITIONS_AFTER_PARTICIPLE",
    "QUANTIFIER_PRONOUNS",
    "RIGHT_STOPS",
    "SHOWING_PARTICLES",
    "SINGULAR_OPENERS",
    "SINGULAR_QUANTIFIER_PRONOUNS",
    "SMALL_TITLE_WORDS",
    "SOURCE_PREPOSITIONS",
    "TOPIC_ADVERBS",
    "TOPIC_PREPOSITIONS",
    "VERB_CONJUNCTIONS",
    "VERB_PARTICLES",
    "WH_WORDS",
]

# Determiners and numbers

DETERMINERS: Final = words(
    "a an the this that these those another some many most all both each every several few no his her "
    "its their our my your whose any other neither"
)
"""Words that open a noun phrase: the left edge of a source."""

DEFINITE: Final = words("the this that these those") | POSSESSIVE_DETERMINERS
"""Determiners that point back to something already named: ``the company``, ``its report``."""

ARTICLES: Final = words("a an the")
"""The articles: before a word of time they make it a modifier (``an October poll``), where
``that night`` or ``last week`` is a phrase of time."""

INDEFINITE: Final = words("a an another")
"""Determiners that introduce something not named before: ``a new study``."""

ADDITIVE_DETERMINERS: Final = words("other another")
"""Determiners that add their noun to what comes before: in ``Jane Roe and other officials``
Jane Roe is one of the officials, and the two are one source."""

SINGULAR_OPENERS: Final = words("a an another each every this one")
"""Words that open a singular noun phrase, which cannot be the subject of a plural verb."""

NEGATIVE_QUANTIFIERS: Final = words("none nobody neither no")
"""Words that deny a source rather than name one: ``None of them is calling for``, ``No one said``."""

NEGATIVE_SUBJECTS: Final[tuple[str, ...]] = (*sorted(NEGATIVE_QUANTIFIERS - {"no"}), "no one")
"""The subjects that deny a verb, as ``not`` does: ``Neither side responded``, ``No one said``."""

PLURAL_QUANTIFIERS: Final = words("some many most all several few various multiple numerous other more")
"""Quantifiers that make a noun phrase plural: ``some officials``."""

QUANTIFIER_PRONOUNS: Final = words("some many most several few others both")
"""Quantifiers that stand alone for people: ``Some say``, ``Many argue``."""

SINGULAR_QUANTIFIER_PRONOUNS: Final = words("another each either")
"""Quantifiers that stand alone for one person of a group named before: ``Another said``, ``Each said``."""

SHOWING_PARTICLES: Final = words("off up")
"""Particles that make a verb of showing a phrasal verb that reports nothing: ``a film that
showed off the renovations``, ``the data show up in``; but ``show up to 40%`` states an amount."""

VERB_PARTICLES: Final = words("off back up out down away over in on around")
"""Particles of phrasal verbs: ``called off a strike``, ``called back a reporter``."""


# Verbs that help

BE_FORMS: Final = words("am is are was were be been being")
"""The forms of ``be``."""

HAVE_FORMS: Final = words("has have had having")
"""The forms of ``have`` that make a perfect."""

PLURAL_FINITE_AUXILIARIES: Final = words("are were have do")
"""Finite auxiliaries that agree only with a plural subject: ``states that have suffered``."""

MODAL_CONTRACTIONS: Final[tuple[str, ...]] = ("'ll", "\u2019ll", "'d", "\u2019d")
"""``will`` and ``would`` written onto the word before them: ``He'll say``, ``She'd tell``."""

AUXILIARY_CONTRACTIONS: Final[tuple[str, ...]] = (
    "'s",
    "\u2019s",
    "'ve",
    "\u2019ve",
    "'re",
    "\u2019re",
    *MODAL_CONTRACTIONS,
)
"""An auxiliary written onto the word before it (``has``/``is``, ``have``, ``are``, and the
modals): ``He's said``, ``They've told``, ``We'd warned``."""

NEGATION_CONTRACTIONS: Final[tuple[str, ...]] = ("n't", "n\u2019t")
"""``not`` written onto its auxiliary: ``didn't``."""

DO_FORMS: Final = words("do does did")
"""The forms of ``do`` that carry a negation or a question."""

MODALS: Final = words("will would can could should may might must shall")
"""Modal verbs."""

DISTRIBUTIVES: Final = words("every each")
"""Determiners that take the members of a group one at a time, which after ``per`` and before a
number make a rate: ``one polling place per every 20,000 voters``."""

IRREGULAR_NEGATIVES: Final = words("won't won’t can't can’t shan't shan’t")
"""Negated auxiliaries whose stem is not the auxiliary's: ``won't`` for ``will not``."""

POSSIBILITY_MODALS: Final = words("may might could")
"""Modals of what may happen: ``The firm may decline to respond`` reports no refusal."""

OBLIGATION_MODALS: Final = words("should must")
"""Modals of what ought to be done: ``he should condemn the attack`` reports nothing said."""

LINKING_VERBS: Final = words("is are was were came remains became")
"""Verbs that link a quote to a noun for it: ``"..." was the president's plea``."""

# Clauses, asides and phrases

CLAUSE_WORDS: Final = NEGATIONS | words(
    """
    that which who whom whose and or but nor as while when whenever because after before if so
    though although since where whether than then until unless once yet also even just
    to according per what how why there here
    """
)
"""Words that open or join a clause and cannot stand inside a source phrase (auxiliaries and
verbs of saying, which cannot either, are in their own lists)."""

VERB_CONJUNCTIONS: Final = words("and but")
"""Words that join a second verb to the subject of the first: ``X met Y and said``, ``X
voted no but said``."""

SOURCE_PREPOSITIONS: Final = words("according per")
"""Words that credit the source after them: ``according to officials``, ``per Axios``."""

LEAD_IN_PREPOSITIONS: Final = words("according")
"""Of those, the ones that make a colon phrase a lead-in rather than a label (``According to
the filing:``); ``per`` mostly states a rate there (``Cost per square foot:``)."""

EXAMPLE_OPENERS: Final = frozenset(("like", "including", "such as"))
"""Words that open examples of the plural noun before them, inside its phrase: ``critics like
Jane Roe``, ``groups such as the Sierra Club``."""

POSTMODIFIER_OPENERS: Final = words("close familiar privy to who like including such")
"""Words other than those prepositions that open what follows a head noun: ``a source close to``,
``groups such as the Sierra Club``."""

BEFORE_TO: Final = (
    words(
        "close closest loyal next adviser advisor aide adjacent ambassador envoy counsel privy delegation"
        " heir successor newcomer witness visitor"
    )
    | ADDRESSED_MESSAGES
)
"""Words that take a ``to`` complement inside a source phrase: ``a source close to the talks``,
``advisers to the governor``, ``a witness to the crash``, ``a letter to the editor`` (a plural
in ``-s`` as well)."""

RIGHT_STOPS: Final = words("in on during after before since as over via through about including until")
"""Prepositions that end a source phrase read rightwards: ``said Smith in a statement``."""

AFTER_NAME_PREPOSITIONS: Final = words("for")
"""Prepositions that after a name open no complement of it but say where it spoke: ``wrote
Jane Roe for Morning Consult`` (``a spokesman for the company`` has no name before ``for``)."""

AFTER_INVERTED_SOURCE: Final = words("while when who which")
"""Words besides the prepositions that may follow an inverted source and end its clause:
``said Smith, who ...``, ``said Smith while ...`` (a preposition does too: ``in a statement``)."""

PREPOSITIONS_AFTER_PARTICIPLE: Final = words("in by on at during among across within")
"""Prepositions after a verb of finding that make it a participle: ``the issue found in the report``."""

ORIGIN_PREPOSITIONS: Final = words("of from")
"""Prepositions of an appositive that says where someone is from: ``Jane Roe, of Austin, said``."""

GERUND_PREPOSITIONS: Final = words("by after before while upon in despite from")
"""Prepositions before a gerund whose subject is the sentence's: ``defended the plan by saying``
(not ``for``, whose gerund may have the object's: ``attacked her opponent for suggesting``)."""

OBJECT_GERUND_PREPOSITIONS: Final = words("for")
"""Prepositions before a gerund whose subject is the object before them: ``attacked her
opponent for suggesting``, ``praised the mayor for saying``."""

TOPIC_PREPOSITIONS: Final = words("about of against")
"""Prepositions that give the topic of talk: ``spoke about``, ``talked of``, ``railed against``."""

TOPIC_ADVERBS: Final = words("more less much out up often")
"""Adverbs between a verb of talking and its topic that do not end in -ly: ``talked more about``."""

WH_WORDS: Final = words("what how why when where who whom whose which whether")
"""The words that open a question or a free relative: ``What we found:`` names a thing."""

ASKED_WHAT: Final = WH_WORDS | words("if for to about")
"""What ``asked`` reports within a few words: a question or a request."""

APPOSITIVE_NOT: Final = words(
    """
    along including as such plus like with without among from for in on at to by of who who's which
    whose where when
    """
)
"""Words that open a phrase between commas which is not an appositive naming a role."""

ASIDE_ADVERBS: Final = words(
    "however though too also meanwhile instead nonetheless nevertheless separately later earlier"
)
"""Adverbs that stand alone between commas: ``A senior official, however, noted``."""

ASIDE_OPENERS: Final = words(
    """
    who which whose whom who's who’s who'd who’d in on at during after before while when according
    per via through with without under amid despite like including as along
    """
)
"""Words that open an aside between a source and its verb: ``Trump, in a post Saturday, said``
(and the participles of the plain verbs of saying: ``Trump, writing on X, said``)."""

ASIDE_TIME_ADVERBS: Final = words("then now")
"""Adverbs of time before an age in an aside: ``Sperling, then 38, said``."""

INTRO_OPENERS: Final = words(
    """
    in on at after before during when while as since although though if because with without under
    amid despite following according per by for to from unlike like meanwhile however
    still yet also and but so earlier later separately instead indeed notably overall similarly plus
    today yesterday now then thus therefore otherwise back across throughout among prior ahead upon given
    likewise moreover furthermore additionally nonetheless nevertheless consequently conversely absent
    besides beyond regarding unless until whereas against alongside amidst amongst around behind between
    inside outside over through toward towards within of near beneath
    """
)
"""Words that open an introductory phrase before a sentence's subject: ``In a statement, ...``
(and the past forms of verbs of asking: ``Asked about the deal, ...``)."""

FUNCTION_WORDS: Final = words(
    """
    per the a an but and or in on at for by to from with as of unlike meanwhile while when after before
    since if because although though so yet also even only like via about against between among during
    without within under over into than then now still instead however thus plus both either neither
    whether where why how what which who this that these those its their his her our my your
    """
)
"""Capitalised at the start of a sentence, words that are not a given name before a surname."""

SMALL_TITLE_WORDS: Final = words("a an the of and or for in on to at with by from vs")
"""Words that stay lower case in a title: ``"The State of the Union"``."""
