"""What stands between a source and the comma before its verb: an aside the source leaves out
(``PNC, using its own customer data, says``), or an appositive (``Brian Moynihan, CEO of Bank of
America, said``) or a relative clause (``Jane Roe, who grew up in Dover, Delaware, said``) that
it keeps."""

from __future__ import annotations

from newsdoc._parse.sourcing.appositives import appositive_start, aside_start
from newsdoc._parse.sourcing.phrase import BREAKS, MAX_ASIDE, inner_colon, nickname_mark
from newsdoc._parse.sourcing.relatives import relative_aside_start
from newsdoc._parse.sourcing.tokens import QUOTE_MARKS, Token

__all__ = ["between_commas"]


def between_commas(toks: list[Token], i: int, *, quoted: bool) -> tuple[int, bool] | None:
    """The comma that opens what stands between a source and the comma ``toks[i]`` before its
    verb, and whether that is an aside the source leaves out (``PNC, using its own customer data,
    says``) rather than an appositive or a relative clause it keeps; None where neither ends there."""
    j = i - 1
    if j > 0 and toks[j].text == ")":  # ``, Sen. Joe Lieberman (I-Conn.),``: past the party and state
        j = next((m - 1 for m in range(j - 1, max(j - 8, 0), -1) if toks[m].text == "("), j)
    while (
        j >= 0
        and i - j <= MAX_ASIDE
        and (
            toks[j].text not in BREAKS
            or inner_colon(toks, j)
            or nickname_mark(toks, j)
            or (quoted and toks[j].text in QUOTE_MARKS)
        )
    ):
        j -= 1
    comma = j > 0 and toks[j].text == ","
    clause = relative_aside_start(toks, i)  # ``Jane Roe, who grew up in Dover, Del., said``
    opening = aside_start(toks, j, i) if comma else -1
    if opening >= 0 and not 0 <= clause < opening:
        return opening, True
    j = appositive_start(toks, j, i) if comma else -1
    j = clause if j < 0 or 0 <= clause < j else j
    return None if j < 0 else (j, False)
