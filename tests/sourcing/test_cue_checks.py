"""The words around a cue: whether it reports speech here, and where its clause ends."""

from __future__ import annotations

import pytest

from newsdoc._model import AttributionKind
from newsdoc._parse.lexicon.verbs import NEGATED_SAYING, WITHHOLDING_VERBS
from newsdoc._parse.sourcing.complements import commitment_after, complement_ok
from newsdoc._parse.sourcing.cue_checks import clause_ends, inverted, ruled_out
from newsdoc._parse.sourcing.cues import _PLAIN, _read_cue, find_all_cues
from newsdoc._parse.sourcing.denials import negation_nearby
from newsdoc._parse.sourcing.quote_checks import inside_quote, quote_after, quote_touching
from newsdoc._parse.sourcing.quote_marks import find_quote_spans
from newsdoc._parse.sourcing.records import Cue
from newsdoc._parse.sourcing.verb_groups import after_and, words_before


def cue_in(text: str, word: str) -> Cue:
    """The first cue of ``text`` written as ``word``."""
    cues, _ = find_all_cues([text])
    return next(c for c in cues[0] if c.word == word)


# (id, sentence, cue word, whether the words around it show it reports nobody)
RULED_OUT = [
    ("passive-agent", "The data reported by the agency rose.", "reported", True),
    ("finding-then-preposition", "The flaw found in the report was small.", "found", True),
    ("name-given", "He runs computers called “servers” at home.", "called", True),
    ("base-finding-without-that", "Tools help defenders find flaws.", "find", True),
    ("base-finding-with-that", "Researchers find that prices rose.", "find", False),
    ("added-a-number", "The economy added 500 jobs.", "added", True),
    ("added-that", "She added that prices rose.", "added", False),
    ("added-after-a-quote", "“Fine,” added the mayor.", "added", False),
    ("plain-said", "The mayor said prices rose.", "said", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), [c[1:] for c in RULED_OUT], ids=[c[0] for c in RULED_OUT])
def test_cue_ruled_out_by_its_neighbours(text: str, word: str, expected: bool) -> None:
    """A verb followed by ``by``, a name given in quotes, or a bare object reports nobody."""
    assert ruled_out(text, cue_in(text, word), 0) is expected


# (id, text, the inverted source, whether its clause ends after it)
CLAUSE_ENDS = [
    ("full-stop", "“No,” says Ann Lee.", "Ann Lee", True),
    ("comma", "“No,” says Ann Lee, a lawyer.", "Ann Lee", True),
    ("preposition", "“No,” says Ann Lee in a memo.", "Ann Lee", True),
    ("adverb", "“No,” says Ann Lee firmly.", "Ann Lee", True),
    ("end-of-text", "“No,” says Ann Lee", "Ann Lee", True),
    ("verb-follows", "He insists Russia is weak.", "Russia", False),
]


@pytest.mark.parametrize(("text", "source", "expected"), [c[1:] for c in CLAUSE_ENDS], ids=[c[0] for c in CLAUSE_ENDS])
def test_inverted_source_ends_its_clause(text: str, source: str, expected: bool) -> None:
    """A source after its verb ends at punctuation, a preposition or an adverb, not a verb."""
    assert clause_ends(text, text.index(source) + len(source)) is expected


# (id, text after the cue word, whether the clause may end, whether a complement follows)
COMPLEMENTS = [
    ("that", " that prices rose", False, True),
    ("colon", ": prices rose", False, True),
    ("quote", " “Prices rose.”", False, True),
    ("object", " 500 jobs", False, False),
    ("full-stop-not-allowed", ".", False, False),
    ("full-stop-allowed", ".", True, True),
    ("nothing-allowed", "", True, True),
]


@pytest.mark.parametrize(
    ("rest", "clause_end", "expected"), [c[1:] for c in COMPLEMENTS], ids=[c[0] for c in COMPLEMENTS]
)
def test_complement_after_a_cue(rest: str, clause_end: bool, expected: bool) -> None:
    """``that``, a colon or a quote completes a verb of speech; the clause's end only if allowed."""
    text = "She added" + rest
    assert complement_ok(text, len("She added"), clause_end=clause_end) is expected


# (id, text after a verb of commitment, whether what it commits to follows)
COMMITMENTS = [
    ("infinitive", " to fight the ruling", True),
    ("time-then-infinitive", " Monday to fight", True),
    ("that-clause", " that the city would rebuild", True),
    ("time-then-that", " on Friday that its members would strike", True),
    ("subject-pronoun", " he would stay", True),
    ("bare-clause", " her plan would pass", True),
    ("object-and-noun", " her players a day off", False),
    ("object-pronoun", " them with fines if they stayed", False),
    ("noun-object", " a win", False),
    ("nothing", "", False),
]


@pytest.mark.parametrize(("rest", "expected"), [c[1:] for c in COMMITMENTS], ids=[c[0] for c in COMMITMENTS])
def test_commitment_after_a_verb(rest: str, expected: bool) -> None:
    """A verb of commitment reports speech with ``to`` and a verb or with a finite clause, not an object."""
    text = "She promised" + rest
    assert commitment_after(text, len("She promised")) is expected


def test_quote_touching_needs_only_a_comma_between() -> None:
    """A quote closing right before a verb, with a comma between, touches it; words between do not."""
    text = "“Yes,” she said. “Yes” was the answer she said."
    assert quote_touching(text, text.index("she said"), 0)
    assert not quote_touching(text, text.rindex("she said"), text.index("“Yes” was"))


def test_verb_after_and_skips_adverbs() -> None:
    """``X met Y and later said``: the verb is the second joined by ``and``."""
    text = "He met the envoy and later said no. He said no."
    assert after_and(words_before(text, text.index("said"), 0))
    assert not after_and(words_before(text, text.rindex("said"), text.rindex("He")))


def test_inverted_verb_follows_a_comma_quote_or_sentence_start() -> None:
    """``," said X`` and ``Said X`` are inverted; ``X said`` is not."""
    text = "“No,” said Ann. Said Ann: no. Ann said no."
    assert inverted(text, text.index("said"), 0)
    assert inverted(text, text.index("Said"), text.index("Said"))
    assert not inverted(text, text.rindex("said"), text.rindex("Ann"))


def test_quote_after_a_cue_but_not_a_title() -> None:
    """A quote of words opening soon after the cue licenses it; a capitalised title does not."""
    text = "He called it “a grave mistake” and dubbed it “Big Blue Plan” later."
    spans, _ = find_quote_spans([text])
    quotes = spans[0]
    marks = [q.mark for q in quotes]
    assert quote_after(text, quotes, marks, text.index("called") + 6, len(text))
    assert not quote_after(text, quotes, marks, text.index("dubbed") + 6, len(text))
    assert inside_quote(quotes, marks, text.index("grave"))
    assert not inside_quote(quotes, marks, text.index("dubbed"))


SAID = AttributionKind.SAID
# Contexts that decide some cue words (a number, ``to``, a negation, ``for comment``).
_CONTEXTS = ["X {} to comment.", "It did not {} 5 times", "He {} whether it was", "{} for comment, said"]


def test_plain_cue_words_need_no_context() -> None:
    """A cue word that find_all_cues reads without looking around it is one that no context rules
    out; a form of ``say`` or of a verb of withholding (``explain``, ``disclose``) with a negation near
    it is the one exception, and is read in full."""
    for word, flags in _PLAIN.items():
        for context in _CONTEXTS:
            text = context.format(word)
            at = text.index(word)
            if word.lower() in NEGATED_SAYING | WITHHOLDING_VERBS and negation_nearby(text, at):
                continue
            cue = _read_cue(text, at, word)
            assert cue is not None
            assert (cue.start, cue.end, cue.word_end, cue.kind, cue.flags) == (at, at + len(word), cue.end, SAID, flags)


def test_every_piece_of_the_cue_set_gives_back_its_word_and_offset() -> None:
    """A piece found by the set lookup (an opening mark, a cue word, closing marks) is read back
    as its word by stripping the marks, which holds because no cue word starts or ends with a
    mark: the word and where it starts are those the piece was made of."""
    from newsdoc._parse.sourcing import cues  # noqa: PLC0415 (its private tables are the unit under test)

    assert not [w for w in cues._WORDS if w[0] in cues._PIECE_MARKS or w[-1] in cues._PIECE_MARKS]
    made = {
        opener + word + closer: (word, len(opener))
        for opener in cues._OPENERS
        for closer in cues._CLOSERS
        for word in cues._WORDS
    }
    assert set(made) == cues._PIECE_SET
    read = {piece: (piece.strip(cues._PIECE_MARKS), piece.find(piece.strip(cues._PIECE_MARKS))) for piece in made}
    assert read == made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "it works."', [(3, "said")]),
        ('"Said the mayor: no.', [(1, "Said")]),
        ("(according to aides) it failed", [(1, "according")]),
        ("It failed, he said.\u201d", [(14, "said")]),
        ("\u2014said one aide", [(1, "said")]),
    ],
)
def test_cue_words_are_found_with_the_marks_around_them(text: str, expected: list[tuple[int, str]]) -> None:
    """Each cue word is found at its own offset, past an opening mark and before closing ones."""
    cues, _ = find_all_cues([text])
    assert [(c.start, c.word) for c in cues[0]][: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "singular_verb", "expected"),
    [
        ("Many", False, True),  # ``Many note``
        ("Many", True, False),  # ``Many claims were false``: plural, whatever its capital
        ("in many", True, False),  # ``in many states``
        ("The report", True, True),  # ``The report states``
        ("Roe", True, True),
    ],
)
def test_a_quantifier_for_people_heads_only_a_plural_verb(text: str, singular_verb: bool, expected: bool) -> None:
    """A quantifier standing for people is plural, capitalised or not: it is the subject of a
    plural form that is also a noun, never of a singular one."""
    from newsdoc._parse.sourcing.cue_checks import heads_verb  # noqa: PLC0415 (the unit under test)
    from newsdoc._parse.sourcing.phrase import Phrase  # noqa: PLC0415

    assert heads_verb(text, Phrase(0, len(text), len(text)), singular_verb=singular_verb) is expected
