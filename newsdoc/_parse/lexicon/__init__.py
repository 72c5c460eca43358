"""Word lists the sourcing rules read: the closed classes of English around a source.

The lists are grammar, not content: determiners, pronouns, auxiliaries, the words that
end a noun phrase, the nouns that name people rather than a person, the titles written
before a name. Every list is a ``frozenset`` of lower-case words, looked up after
``str.lower()``.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, as a set.

    >>> sorted(words("said  says"))
    ['said', 'says']
    """
    return frozenset(text.split())


__all__ = [
    "ABBREVIATIONS",
    "ADVERBS_BEFORE_CUE",
    "CLAUSE_WORDS",
    "COUNTABLE_WORK_NOUNS",
    "DEFINITE",
    "DETERMINERS",
    "MASS_WORK_NOUNS",
    "NP_PREPOSITIONS",
    "NUMBER_WORDS",
    "ORG_NOUNS",
    "PEOPLE_NOUNS",
    "PERSON_PRONOUNS",
    "PLURAL_QUANTIFIERS",
    "PRONOUNS",
    "REFLEXIVES",
    "ROLE_NOUNS",
    "SOURCE_NOUNS",
    "TIME_WORDS",
    "TITLES",
    "UNCLEAR_PERSON_NOUNS",
    "words",
]

DETERMINERS: frozenset[str] = words(
    """
    a an the this that these those another some many most all both each every several few no his her
    its their our my your whose any other
    """
)
"""Words that open a noun phrase: the left edge of a source."""

DEFINITE: frozenset[str] = words("the this that these those his her its their our my your")
"""Determiners that point back to something already named: ``the company``, ``its report``."""

PRONOUNS: frozenset[str] = words("he she it they we i you")
"""Personal pronouns that can stand as a source on their own."""

PERSON_PRONOUNS: frozenset[str] = frozenset(("he", "she"))
"""Pronouns that refer to one person."""

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "both": 2,
    "another": 1,
    "single": 1,
    "this": 1,
    "that": 1,
    "the": 1,
    "each": 1,
}
"""The number of sources a determiner or number word states before a singular or plural noun."""

PLURAL_QUANTIFIERS: frozenset[str] = words("some many most all several few various multiple numerous other more")
"""Quantifiers that leave the number open: ``some officials``, ``many economists``."""

CLAUSE_WORDS: frozenset[str] = words(
    """
    that which who whom whose and or but nor as while when whenever because after before if so
    though although since where whether than then until unless once yet also even just is are was
    were be been being am has have had do does did will would can could should may might must shall
    not n't never to said says say told tells added wrote according per what how why there here
    """
)
"""Words that cannot stand inside a source phrase: a backward scan stops before them."""

ADVERBS_BEFORE_CUE: frozenset[str] = words(
    """
    also has have had previously publicly privately later recently then first once repeatedly often
    again separately similarly further already still initially originally earlier separately
    explicitly directly frequently bluntly flatly openly simply quickly long ultimately subsequently
    reportedly apparently since now all both too ever
    """
)
"""Words that may stand between a source and its verb: ``Anthropic also said``."""

REFLEXIVES: frozenset[str] = words("himself herself itself themselves")
"""Reflexives that close a source phrase: ``Leiter himself told Axios``."""

NP_PREPOSITIONS: frozenset[str] = words("of for from at with by on in within inside")
"""Prepositions that may join a head noun to its complement inside a source phrase."""

PEOPLE_NOUNS: frozenset[str] = words(
    """
    official officials source sources people person persons ally allies aide aides adviser advisers
    advisor advisors analyst analysts expert experts economist economists researcher researchers
    scientist scientists critic critics observer observers insider insiders employee employees
    staffer staffers worker workers voter voters respondent respondents american americans resident
    residents member members lawmaker lawmakers legislator legislators senator senators diplomat
    diplomats negotiator negotiators mediator mediators investor investors executive executives
    leader leaders republican republicans democrat democrats conservative conservatives liberal
    liberals progressive progressives activist activists advocate advocates supporter supporters
    opponent opponents participant participants witness witnesses officer officers agent agents
    attorney attorneys lawyer lawyers doctor doctors physician physicians parent parents student
    students teacher teachers user users customer customers consumer consumers owner owners manager
    managers strategist strategists operative operatives donor donors organizer organizers protester
    protesters someone anyone everyone nobody others adult adults man men woman women media press
    pollster pollsters forecaster forecasters trader traders banker bankers historian historians
    professor professors staff team teams colleague colleagues friend friends associate associates
    partner partners insurers clinicians nurses fans viewers readers listeners ceos authors
    investigators prosecutors regulators officials' firefighters economists' skeptics backers
    defenders proponents opponents residents citizens taxpayers shoppers drivers homeowners renters
    borrowers lenders sellers buyers farmers miners unions son sons daughter daughters wife husband
    mother father brother sister family families guide guides producers
    """
)
"""Nouns that describe people without naming them: ``two Israeli officials``, ``critics``."""

UNCLEAR_PERSON_NOUNS: frozenset[str] = words(
    """
    spokesperson spokesman spokeswoman spokespeople spokespersons representative representatives rep
    reps judge opponent
    """
)
"""Nouns for someone who speaks for a body or holds a unique post but is not named:
``a Paramount spokesperson``, ``the judge``. Whether they are named is left open."""

ROLE_NOUNS: frozenset[str] = words(
    """
    ceo cfo coo cto chief chair chairman chairwoman chairperson president founder cofounder
    co-founder director head leader secretary minister spokesperson spokesman spokeswoman ambassador
    governor senator sen gov rep representative mayor commissioner administrator economist analyst
    adviser advisor counsel attorney lawyer partner principal professor editor reporter
    correspondent officer official manager executive strategist researcher scientist chancellor
    premier king queen prince general admiral colonel commander envoy deputy aide nominee candidate
    speaker leader whip justice judge host anchor columnist author owner investor specialist vice
    sheriff prosecutor chief-of-staff staff consultant engineer designer developer architect coach
    expert fellow scholar lecturer instructor pollster advocate activist organizer planner historian
    journalist writer producer lead member envoy negotiator operator trader banker physician doctor
    surgeon nurse psychologist psychiatrist epidemiologist veterinarian pastor rabbi bishop spokeswoman
    vp svp evp cmo cco cio ciso chro gm md superintendent treasurer comptroller auditor controller clerk
    publisher president-elect co-chair cofounder ceo-elect commentator pundit economist-at-large
    trustee regent provost dean
    """
)
"""Nouns that end a role written before a name: ``State Department spokesperson Mathew Miller``."""

TITLES: frozenset[str] = words(
    """
    mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. adm adm.
    president vice prime secretary minister senator representative governor mayor ambassador judge
    justice chief chairman chairwoman chair speaker leader general admiral pope king queen prince
    princess sheriff commissioner director attorney-general secretary-general
    """
)
"""Capitalised words that are part of a title rather than of a name: ``Sen.``, ``Secretary``."""

ABBREVIATIONS: frozenset[str] = words(
    """
    mr mrs ms dr sen rep gov gen lt col adm sgt capt st jr sr inc corp co ltd dept gov't no vs jan
    feb mar apr jun jul aug sep sept oct nov dec mt ft
    """
)
"""Words whose period does not end a sentence: ``Sen.``, ``Inc.``, ``Oct.``."""

COUNTABLE_WORK_NOUNS: frozenset[str] = words(
    """
    study studies report reports analysis survey surveys poll polls review paper letter statement
    post posts filing memo audit assessment estimate projection forecast index tally count
    investigation probe lawsuit suit complaint ruling order release announcement document documents
    filings records report's chart article book story note blog tweet email video interview briefing
    outlook update tracker dashboard database model tool guidelines guideline rules rule proposal draft
    bill legislation law regulation regulations guidance framework policy plan agreement contract
    manifesto text
    """
)
"""Nouns for a work that can be cited: ``a new study``, ``the report``."""

MASS_WORK_NOUNS: frozenset[str] = words("data research polling reporting estimates figures numbers")
"""Nouns for a body of findings rather than one work: ``AlphaSense data``, ``polling``."""

ORG_NOUNS: frozenset[str] = words(
    """
    company firm agency department ministry government administration court group organization
    organisation institute university council committee commission bank network outlet newspaper
    paper startup business coalition union association party army military police service board
    panel authority regulator bureau center centre foundation fund school college campaign office
    team league federation lab laboratory hospital state states city country nation county district
    house senate congress parliament
    """
)
"""Common nouns for organisations: ``the company``, ``the agency``."""

TIME_WORDS: frozenset[str] = words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    january february march april june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec week weekend month year morning afternoon evening night
    last next earlier later ago
    """
)
"""Words of time that end a source phrase: ``said Tuesday``, ``On Monday, officials said``."""

SOURCE_NOUNS: frozenset[str] = (
    PEOPLE_NOUNS | UNCLEAR_PERSON_NOUNS | ROLE_NOUNS | COUNTABLE_WORK_NOUNS | MASS_WORK_NOUNS | ORG_NOUNS
)
"""Common nouns that can head a source phrase: people, posts, works and organisations."""
