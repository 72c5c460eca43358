"""Nouns of communication: whom a source tells, what a statement comes in, the nouns for a
statement, and the things that are told rather than the people told.

The phrases that belong to a cue (``told reporters``, ``said in a statement``, ``wrote on X``)
are written as in the text; the others are lower-case words, looked up after ``str.lower()``.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "ADDRESSED_MESSAGES",
    "BROADCASTS",
    "CHANNEL_NOUNS",
    "CONTACT_NOUNS",
    "ISSUED_MESSAGES",
    "MEDIA_NOUNS",
    "PLATFORMS",
    "RECIPIENTS",
    "SPEECH_NOUNS",
    "TOLD_NOUNS",
]

RECIPIENTS: Final = words("Axios us me reporters journalists him her them")
"""Whom a source tells, as part of the cue: ``told reporters``, ``told Axios`` (the publisher).
Written as in the text: a name keeps its capital."""

BROADCASTS: Final = words("program programs programme programmes show shows broadcast broadcasts podcast podcasts")
"""Programs that carry what someone says, after ``on`` an occasion, not a body the speaker sits in:
``said the governor on a radio program``."""

ADDRESSED_MESSAGES: Final = words("letter email memo message petition")
"""Messages addressed to someone, whose ``to`` belongs to a source phrase: ``a letter to the
editor``, ``his memo to employees``, ``a text message to supporters``."""

ISSUED_MESSAGES: Final = words(
    """
    statement statements release releases email emails e-mail e-mails tweet tweets letter letters memo
    memos post posts note notes message messages notice notices video videos ad ads advertisement
    advertisements op-ed op-eds editorial editorials column columns petition petitions filing filings
    mailer mailers flyer flyers text texts bulletin bulletins newsletter newsletters
    """
)
"""Messages a source puts out, which speak for it: in ``issued a statement saying``, the one who
issued it is the source of ``saying``."""

MEDIA_NOUNS: Final[tuple[str, ...]] = (
    "statement",
    "email",
    "e-mail",
    "post",
    "interview",
    "report",
    "letter",
    "memo",
    "filing",
    "tweet",
    "video",
    "briefing",
    "call",
    "blog post",
    "website",
    "speech",
    "address",
    "op-ed",
    "column",
    "press release",
    "news release",
    "news conference",
    "press conference",
    "podcast",
    "footnote",
)
"""What a statement comes in, as part of the cue: ``said in a statement``."""

CHANNEL_NOUNS: Final = words(
    "email e-mail emails phone telephone text texts video videoconference mail fax letter post"
)
"""How a statement is sent, after ``by``: ``said by email``, ``told Axios by phone``. ``by``
before them names no agent (``reported by Axios`` does)."""

PLATFORMS: Final[tuple[str, ...]] = (
    "X",
    "Twitter",
    "Truth Social",
    "Facebook",
    "Instagram",
    "LinkedIn",
    "Threads",
    "Bluesky",
    "Mastodon",
    "YouTube",
    "TikTok",
    "Reddit",
    "Telegram",
    "Snapchat",
    "Substack",
)
"""Social networks a statement is posted on, as part of the cue: ``wrote on X``."""

SPEECH_NOUNS: Final[tuple[str, ...]] = (
    "plea",
    "message",
    "response",
    "reply",
    "statement",
    "warning",
    "answer",
    "argument",
    "verdict",
    "assessment",
    "retort",
    "refrain",
    "pitch",
    "promise",
    "claim",
    "view",
    "take",
    "words",
    "advice",
    "prediction",
    "explanation",
    "demand",
    "call",
    "appeal",
    "slogan",
    "mantra",
    "motto",
    "boast",
    "complaint",
    "request",
    "instruction",
    "order",
    "remark",
    "comment",
    "pledge",
    "vow",
    "threat",
    "assertion",
    "suggestion",
    "accusation",
    "allegation",
)
"""Nouns for what someone said, after a quote: ``"..." was the president's plea``."""

TOLD_NOUNS: Final = words(
    """
    story stories tale tales joke jokes lie lies truth secret secrets anecdote anecdotes version
    versions news fib fibs parable parables
    """
)
"""Nouns for what is told, the object of ``told`` that is no person: in ``told the story he had
rehearsed`` the clause after it describes the story."""

CONTACT_NOUNS: Final[tuple[str, ...]] = (
    "request",
    "requests",
    "question",
    "questions",
    "inquiry",
    "inquiries",
    "call",
    "calls",
    "message",
    "messages",
    "email",
    "emails",
    "e-mail",
    "e-mails",
    "letter",
    "letters",
    "text",
    "texts",
    "voicemail",
    "voicemails",
    "dm",
    "dms",
    "query",
    "queries",
    "questionnaire",
    "questionnaires",
    "attempt",
    "attempts",
)
"""What a reporter sends a source, which the source answers or leaves unanswered: ``did not
respond to requests for comment``, ``None of them returned calls``, ``did not respond to attempts
to reach him``."""
