"""The cue table: every verb form of the lexicon's reporting verbs, with the frames it needs.

Built once from :data:`~newsdoc._parse.lexicon.verbs.REPORTING_VERBS`: the base form takes
the present frames without ``INVERT`` (``say officials`` is not English) and adds ``BASE``;
the ``-ing`` form is a ``PARTICIPLE`` that keeps the past form's need for a quote or a
complement; where the verb reports speech as a participle only if it needs a quote anyway, the
form is ``PROGRESSIVE`` too, a cue only after a form of ``be``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.verbs import PHRASAL_VERBS, REPORTING_VERBS, Frame, ReportingVerb

__all__ = ["CUE_FORMS", "PARTICIPLES", "PHRASAL_FORMS", "PLAIN_SPEECH", "SAYING", "forms_of", "s_form", "verb_frames"]


def forms_of(verb: ReportingVerb) -> dict[str, int]:
    """The forms of ``verb`` that are cues, with their frames.

    >>> from newsdoc._parse.lexicon.verbs import ReportingVerb, Frame
    >>> sorted(forms_of(ReportingVerb("say says said saying", Frame.INVERT, Frame.INVERT, participle=True)))
    ['said', 'say', 'saying', 'says']
    """
    base, third, past, ing, *perfect = verb.forms.split()
    every = verb.kind & ~Frame.RAISING
    raising = verb.kind & Frame.RAISING
    table = {
        base: (verb.present & ~Frame.INVERT) | Frame.BASE | every,
        third: verb.present | every,
        past: verb.past | every | raising,
    }
    for form in perfect:  # ``has spoken``, ``have shown``
        table[form] = (verb.past & ~Frame.INVERT) | Frame.PERFECT | every | raising
    if ing != "-":
        progressive = Frame.NONE if verb.participle or verb.past & Frame.QUOTE else Frame.PROGRESSIVE
        table[ing] = Frame.PARTICIPLE | progressive | (verb.past & (Frame.QUOTE | Frame.COMPLEMENT)) | every | raising
    return {form: frames for form, frames in table.items() if form != "-"}


def _cue_forms() -> dict[str, int]:
    table: dict[str, int] = {}
    for verb in REPORTING_VERBS:
        table.update(forms_of(verb))
    return table


CUE_FORMS: Final[dict[str, int]] = _cue_forms()
"""Every verb form that can cue reported speech, with what it needs around it (:class:`Frame` bits)."""

PHRASAL_FORMS: Final[dict[str, int]] = {
    f"{form} {verb.particle}": frames for verb in PHRASAL_VERBS for form, frames in forms_of(verb).items()
}
"""Every form of a phrasal verb with its particle (``pointed out``), with what it needs after the particle."""

PLAIN_SPEECH: Final = frozenset(
    form for form, frames in CUE_FORMS.items() if frames & Frame.PLAIN and not frames & (Frame.PARTICIPLE | Frame.BASE)
)
"""The finite forms of the plain verbs of saying: ``said``, ``tells``, ``wrote``."""

SAYING: Final = frozenset(
    form for form, frames in CUE_FORMS.items() if frames & Frame.PLAIN and not frames & Frame.PARTICIPLE
)
"""The plain verbs of saying, but their participles: ``say``, ``tells``, ``wrote``."""

PARTICIPLES: Final = frozenset(form for form, frames in CUE_FORMS.items() if frames & Frame.PARTICIPLE)
"""The ``-ing`` forms of the reporting verbs: ``saying``, ``arguing``, ``citing``."""


def s_form(word: str, flags: int) -> bool:
    """Whether a cue word is the form in ``-s`` that agrees only with a singular subject (``says``, ``states``)."""
    return not flags & (Frame.BASE | Frame.PARTICIPLE | Frame.PROGRESSIVE) and word[-1:] in "sS"


def verb_frames(cue: str) -> int | None:
    """The frames of the verb of speech in the lower-case words of a cue: its first word
    (``said`` of ``said in a statement``), else the phrasal verb in it (``weighed in on``, ``is
    weighing in``), else its last word, after an auxiliary or a verb of aspect (``is defending``,
    ``tried to downplay``); None where the table holds none of them.

    >>> verb_frames("weighed in") == PHRASAL_FORMS["weighed in"], verb_frames("tried to say") == CUE_FORMS["say"]
    (True, True)
    """
    words = cue.split()
    if not words:
        return None
    if words[0] in CUE_FORMS:
        return CUE_FORMS[words[0]]
    for verb, particle, after in zip(words[:-1], words[1:], [*words[2:], ""], strict=True):
        phrasal = PHRASAL_FORMS.get(f"{verb} {particle}")
        if phrasal is not None and after != "to":  # ``is weighing in``; not ``went on to rebut``
            return phrasal
    return CUE_FORMS.get(words[-1])
