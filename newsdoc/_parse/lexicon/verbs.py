"""Cue words: every verb form that can mark reported speech, and what it needs around it.

The table says, for every form, what the form needs around it before it counts:

- ``INVERT``: the source may follow it (``," said Brian Moynihan``);
- ``QUOTE``: it reports speech only with a quote in its clause (``called it "a mistake"``);
- ``COMPLEMENT``: it needs ``that``, a quote or the end of the clause after it
  (``he added.``, not ``the company added jobs``);
- ``NOUNLIKE``: the form is also a plural noun (``reports``, ``estimates``), so its source
  must open with a determiner or a capital;
- ``PARTICIPLE``: an ``-ing`` form, a cue only after a comma or ``and``
  (``..., saying that``), whose source is the subject of the sentence;
- ``BASE``: the plain form, which agrees only with a plural source (``officials say``);
- ``FINDING``: a verb of finding (``found``, ``estimates``), which credits facts rather
  than words, so it gives no speaker to a fragment quoted in its sentence.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon import words

__all__ = ["CUE_FORMS", "CueFlag"]


class CueFlag:
    """Bits that say what a cue form needs around it; see the module docstring.

    Plain ``int`` bits rather than an ``enum.IntFlag``: they are tested for every cue, and
    arithmetic on enum members is several times slower.
    """

    NONE: Final = 0
    INVERT: Final = 1
    QUOTE: Final = 2
    COMPLEMENT: Final = 4
    NOUNLIKE: Final = 8
    PARTICIPLE: Final = 16
    BASE: Final = 32
    FINDING: Final = 64


_I, _Q, _C, _N, _P = CueFlag.INVERT, CueFlag.QUOTE, CueFlag.COMPLEMENT, CueFlag.NOUNLIKE, CueFlag.PARTICIPLE


def _verb(forms: str, present: int, past: int) -> dict[str, int]:
    """The four forms ``base third-person past participle`` of a verb (``-`` for none) and their flags.

    The base form is never inverted (``say officials`` is not English); the ``-ing`` form is
    a participle that keeps the past form's needs for a quote or a complement.
    """
    base, third, done, ing = forms.split()
    table = {base: (present & ~_I) | CueFlag.BASE, third: present, done: past, ing: _P | (past & (_Q | _C))}
    return {form: flags for form, flags in table.items() if form != "-"}


_SAY: dict[str, int] = {}
for _forms, _third, _past in (
    ("say says said saying", _I, _I),
    ("tell tells told telling", CueFlag.NONE, CueFlag.NONE),
    ("add adds added adding", _I | _C, _I | _C),
    ("write writes wrote writing", _I, _I),
    ("note notes noted noting", _I | _N, _I),
    ("ask asks asked asking", _I, _I),
    ("suggest suggests suggested suggesting", _I, _I),
    ("explain explains explained explaining", _I, _I),
    ("warn warns warned warning", _I, _I),
    ("argue argues argued arguing", _I, _I),
    ("insist insists insisted insisting", _I, _I),
    ("predict predicts predicted predicting", _I, _I),
    ("claim claims claimed claiming", _I | _N, _I),
    ("recall recalls recalled recalling", _I | _C, _I | _C),
    ("remark remarks remarked remarking", _I | _N, _I),
    ("- states stated -", _N, CueFlag.NONE),
    ("reveal reveals revealed revealing", CueFlag.NONE, CueFlag.NONE),
    ("posit posits posited positing", CueFlag.NONE, CueFlag.NONE),
    ("dispute disputes disputed disputing", CueFlag.NONE, CueFlag.NONE),
    ("deny denies denied denying", CueFlag.NONE, CueFlag.NONE),
    ("reiterate reiterates reiterated reiterating", CueFlag.NONE, CueFlag.NONE),
    ("continue continues continued -", _I | _Q, _I | _Q),
    ("stress stresses stressed stressing", CueFlag.NONE, CueFlag.NONE),
    ("emphasize emphasizes emphasized emphasizing", CueFlag.NONE, CueFlag.NONE),
    ("emphasise emphasises emphasised emphasising", CueFlag.NONE, CueFlag.NONE),
    ("concede concedes conceded conceding", _I, _I),
    ("acknowledge acknowledges acknowledged acknowledging", CueFlag.NONE, CueFlag.NONE),
    ("admit admits admitted admitting", CueFlag.NONE, CueFlag.NONE),
    ("confirm confirms confirmed confirming", CueFlag.NONE, CueFlag.NONE),
    ("declare declares declared declaring", CueFlag.NONE, CueFlag.NONE),
    ("announce announces announced announcing", _C, _C),
    ("disclose discloses disclosed disclosing", CueFlag.NONE, CueFlag.NONE),
    ("report reports reported reporting", _C | _N, CueFlag.NONE),
    ("post posts posted posting", _C | _N, _C),
    ("tweet tweets tweeted tweeting", _C | _N, _C),
    ("contend contends contended contending", CueFlag.NONE, CueFlag.NONE),
    ("assert asserts asserted asserting", CueFlag.NONE, CueFlag.NONE),
    ("caution cautions cautioned cautioning", _I, _I),
    ("advise advises advised advising", CueFlag.NONE, CueFlag.NONE),
    ("recommend recommends recommended recommending", CueFlag.NONE, CueFlag.NONE),
    ("allege alleges alleged alleging", CueFlag.NONE, CueFlag.NONE),
    ("testify testifies testified testifying", CueFlag.NONE, CueFlag.NONE),
    ("quote quotes quoted quoting", _N, CueFlag.NONE),
    ("find finds found finding", CueFlag.NONE, CueFlag.NONE),
    ("estimate estimates estimated estimating", _N, CueFlag.NONE),
    ("conclude concludes concluded concluding", CueFlag.NONE, CueFlag.NONE),
    ("forecast forecasts forecasted forecasting", _N, CueFlag.NONE),
    ("call calls called calling", _Q | _N, _Q),
    ("describe describes described describing", _Q, _Q),
    ("dub dubs dubbed dubbing", _Q, _Q),
    ("label labels labeled labeling", _Q | _N, _Q),
    ("slam slams slammed slamming", _Q, _Q),
    ("blast blasts blasted blasting", _Q, _Q),
    ("praise praises praised praising", _Q | _N, _Q),
    ("hail hails hailed hailing", _Q, _Q),
    ("tout touts touted touting", _Q, _Q),
    ("dismiss dismisses dismissed dismissing", _Q, _Q),
    ("boast boasts boasted boasting", _Q, _Q),
    ("vow vows vowed vowing", _Q, _Q),
    ("promise promises promised promising", _Q | _N, _Q),
    ("decry decries decried decrying", _Q, _Q),
    ("criticize criticizes criticized criticizing", _Q, _Q),
    ("reply replies replied replying", _I | _Q, _I | _Q),
    ("point points pointed pointing", _Q | _N, _Q),
    ("respond responds responded responding", _Q, _Q),
):
    _SAY.update(_verb(_forms, _third, _past))

# Participles that report speech on their own (``..., saying that``); the others
# (``emphasizing risk``, ``finding``) are not cues unless they need a quote anyway.
_SPEECH_PARTICIPLES = words(
    "saying telling adding noting writing arguing warning claiming insisting explaining asking suggesting "
    "predicting acknowledging admitting conceding cautioning declaring confirming asserting contending"
)
for _form, _flags in list(_SAY.items()):
    if _flags & _P and not _flags & _Q and _form not in _SPEECH_PARTICIPLES:
        del _SAY[_form]

for _form in words(
    "find finds found estimate estimates estimated conclude concludes concluded forecast forecasts "
    "reveal reveals revealed"
):
    _SAY[_form] |= CueFlag.FINDING

CUE_FORMS: dict[str, int] = _SAY
"""Every verb form that can cue reported speech, with what it needs around it."""
