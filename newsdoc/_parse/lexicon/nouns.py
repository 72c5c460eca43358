"""Nouns: the open-class words that head or mark a source, and the words around names.

Nouns for people and organisations; the particles of names; units (the nouns for works are
in :mod:`~newsdoc._parse.lexicon.works`, the roles and titles written with a name in
:mod:`~newsdoc._parse.lexicon.people`).
Every list is a ``frozenset`` of lower-case words, looked up after ``str.lower()`` (the nouns
of communication are in :mod:`~newsdoc._parse.lexicon.messages`).
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.people import DEMONYMS, OCCUPATION_NOUNS, RELATION_NOUNS
from newsdoc._parse.lexicon.pronouns import INDEFINITE_PERSON_PRONOUNS
from newsdoc._parse.lexicon.words import words

__all__ = [
    "ABSTRACT_ENDINGS",
    "ABSTRACT_NOUNS",
    "AIM_NOUNS",
    "GIVEN_NAME_WORDS",
    "GROUP_NOUNS",
    "IRREGULAR_PLURALS",
    "IRREGULAR_PLURAL_ENDINGS",
    "LY_NOUNS",
    "MODIFIED_ORG_NOUNS",
    "NAME_PARTICLES",
    "ORG_NAME_WORDS",
    "ORG_NOUNS",
    "PARTY_INITIALS",
    "PARTY_MEMBERS",
    "PEOPLE_NOUNS",
    "PERSON_NOUN_ENDINGS",
    "PRE_ROLE_MODIFIERS",
    "RANK_ADJECTIVES",
    "UNCLEAR_PERSON_NOUNS",
    "UNIT_NOUNS",
]

GROUP_NOUNS: Final = words(
    "chorus group groups number majority minority handful host coalition dozens hundreds thousands millions"
)
"""Nouns for a number of people before ``of``: ``a chorus of senators`` speaks as the senators do."""

PARTY_MEMBERS: Final = words(
    "republican republicans democrat democrats conservative conservatives liberal liberals libertarian libertarians"
)
"""Members of a party, written with a capital as common nouns: ``a senior House Democrat``."""

PEOPLE_NOUNS: Final = (
    DEMONYMS
    | PARTY_MEMBERS
    | OCCUPATION_NOUNS
    | RELATION_NOUNS
    | INDEFINITE_PERSON_PRONOUNS
    | words(
        """
    announcer announcers narrator narrators crowd crowds audience audiences couple
    victim victims suspect suspects widow widower lady ladies champion player players pope rival rivals
    moderator moderators heckler hecklers mogul moguls tycoon tycoons hawk hawks dove doves
    surgeons hopeful hopefuls contender contenders challenger challengers incumbent incumbents
    front-runner front-runners frontrunner delegate delegates superdelegates juror jurors politician politicians
    plaintiff plaintiffs defendant defendants detectives deputy deputies trooper troopers
    soldiers veteran veterans boss bosses immigrant immigrants refugee refugees child children
    kid kids teen teens youth billionaire billionaires millionaire millionaires entrepreneur
    entrepreneurs celebrity celebrities actors actresses singers rappers comedians bloggers
    academic academics official officials source sources people person persons ally allies aide
    aides adviser advisers advisor advisors analyst analysts expert experts economists
    researchers scientists critic critics observer observers insider insiders employee employees
    staffer staffers worker workers voter voters respondent respondents resident residents
    member members lawmaker lawmakers legislator legislators senator senators diplomat diplomats
    negotiator negotiators mediator mediators investor investors executive executives leader
    leaders progressive progressives activist activists advocate advocates supporter supporters
    opponent opponents participant participants witness witnesses officer officers agent agents
    attorneys lawyers doctors physicians parent parents student students teachers user users
    customer customers consumer consumers owner owners manager managers strategist strategists
    operative operatives donor donors organizer organizers protester protesters others adult
    adults man men woman women media press pollsters forecaster forecasters traders bankers
    historians professor professors staff team teams colleague colleagues friend friends
    associate associates partner partners insurers clinicians nurses fans viewers readers
    listeners ceos authors investigators prosecutors regulators officials' firefighters
    economists' skeptics backers defenders proponents citizens taxpayers partisan partisans
    shoppers drivers homeowners renters borrowers lenders farmers miners unions boomer boomers
    son sons daughter daughters wife husband mother father brother sister family families guide
    guides producers surrogate surrogates loyalist loyalists backer detractor detractors
    adversary adversaries confidant confidants proponent defender skeptic demonstrator
    demonstrators neighbor neighbors relative relatives candidates nominees investigator
    scholars envoys ministers judges justices survivor survivors questioner questioners
    interviewer interviewers caller callers commenter commenters attendee attendees bystander
    bystanders eyewitness eyewitnesses onlooker onlookers presenter presenters petitioner
    petitioners complainant complainants whistleblower whistleblowers retiree retirees employer
    employers landlord landlords tenant tenants patient patients passenger passengers shopper
    homeowner parishioner parishioners congregant congregants constituent constituents worshiper
    worshipers spectator spectators listener viewer reader subscriber subscribers sponsor
    sponsors cosponsor cosponsors creator creators captain captains pilots client clients master
    masters magnate magnates broker brokers monks campaigner campaigners canvasser canvassers
    organiser organisers mourner mourners neighbour neighbours shopkeeper shopkeepers vendor
    vendors buyer buyers seller sellers guest guests poets graduate graduates alumnus alumni
    intern interns medics sailors lobbyists foe foes star stars athletes artists musicians
    filmmakers comic comics detainee detainees boy boys girl girls applicant applicants cousin
    cousins aunt aunts uncle uncles reviewer reviewers biographers ranchers nuns plumbers chefs
    influencer influencers streamer streamers podcaster podcasters accountants programmers
    coders hacker hackers volunteer volunteers inmate inmates prisoner prisoners guards cashiers
    waiters waitresses bartenders bakers butchers truckers couriers mechanics carpenters
    janitors nannies caregivers midwives paramedics designers architects sibling siblings
    grandmother grandmothers grandfather grandfathers grandparent grandparents quarterbacks
    referees umpires migrant migrants seeker seekers commuter commuters educator educators
    landowner landowners renter borrower citizen taxpayer millennial millennials shareholder
    shareholders stockholder stockholders winner winners loser losers finalist finalists
    contestant contestants teammate teammates rookie rookies medalist medalists runner-up goalies
    individual individuals folks inhabitants locals natives newcomer newcomers youths teenager
    teenagers villager villagers townspeople spouse spouses husbands wives peers coworker coworkers
    co-worker co-workers classmate classmates roommate roommates mentor mentors tourist tourists
    visitor visitors traveler travelers traveller travellers motorist motorists pedestrian
    pedestrians pupil pupils
    """
    )
)
"""Nouns that describe people without naming them: ``two Israeli officials``, ``critics``. Plurals
that often end a name (``brothers``, ``sisters``, ``moms``: ``Lehman Brothers``, ``Moms for
Liberty``) are left out."""

UNCLEAR_PERSON_NOUNS: Final = words(
    """
    spokesperson spokesman spokeswoman spokespeople spokespersons spokesmen spokeswomen representative
    representatives rep reps judge opponent
    """
)
"""Nouns for someone who speaks for a body or holds a unique post but is not named:
``a Paramount spokesperson``, ``the judge``. Whether they are named is left open."""

ORG_NOUNS: Final = words(
    """
    company firm agency department ministry government administration court group organization
    organisation institute university council committee commission bank network outlet newspaper
    paper startup business coalition union association party army military police service board
    website site blog magazine channel station industry force
    panel authority regulator bureau center centre foundation fund school college campaign office
    team league federation lab laboratory hospital state states city country nation county district
    house senate congress parliament insurer retailer airline automaker carrier lender manufacturer
    publisher broadcaster nonprofit charity operator provider supplier contractor watchdog brokerage
    delegation caucus bloc consultancy division unit arm desk branch chapter wing clinic program
    maker chipmaker drugmaker carmaker movement band choir orchestra troupe
    giant giants chain chains conglomerate conglomerates utility utilities tank cartel cartels tribe
    town towns village villages legislature legislatures jury juries
    tribes subsidiary subsidiaries embassy embassies consulate church churches diocese mosque
    synagogue cooperative co-op museum museums library libraries studio studios prison jail
    distributor exporter importer developer zoo zoos aquarium club clubs franchise academy tribunal
    programme side sides camp camps faction factions leadership management alliance alliances
    conference conferences prosecution defense defence publication publications tabloid tabloids
    community communities establishment body bodies
    """
)
"""Common nouns for organisations: ``the company``, ``the agency``."""

MODIFIED_ORG_NOUNS: Final = words("body bodies")
"""Organisation nouns that name one only with a modifier or a possessor before them: ``the
sport's governing body``, ``the regulatory body``; not ``the body``, ``her body``."""

ORG_NAME_WORDS: Final = words(
    """
    group center centre institute inc corp co llc ltd association department agency bank fund
    university college council commission service services times news post journal network
    foundation company partners capital house office ministry court committee board party
    administration insights research labs lab media press systems technologies international watch
    borders alliance coalition union federation league society trust authority motors dynamics
    electric industries holdings enterprises brands airlines airways pharmaceuticals energy
    """
)
"""Words that end the name of an organisation, never a person's: ``Acme Inc``, ``Brookings
Institution``. Not every common noun for an organisation (:data:`ORG_NOUNS`): ``county``,
``army`` or ``senate`` stand in a person's role before the name."""

ABSTRACT_ENDINGS: Final = (
    "ity",
    "ities",
    "ness",
    "ion",
    "ions",
    "ment",
    "ments",
    "ance",
    "ence",
    "ism",
    "ship",
    "acy",
    "ics",
    "ogy",
)
"""Endings of abstract nouns: ``eligibility``, ``fitness``, ``qualifications``, ``judgment``."""

ABSTRACT_NOUNS: Final = words(
    """
    idea ideas logic science need wisdom motive motives record value values basis claim claims
    premise premises sense cost costs price prices number figure math version timing depth
    commitment truth facts fact choice choices decision decisions plans approach strategy tactic
    tactics move moves health
    """
)
"""Abstract nouns without such an ending, for what is doubted or disputed: ``questioned the logic``
(works, such as ``records`` or ``the plan``, are read from their own classes)."""

PERSON_NOUN_ENDINGS: Final = (
    "man",
    "woman",
    "men",
    "women",
    "person",
    "people",
    "ologist",
    "ist",
    "writer",
    "writers",
    "ian",
    "year-old",
)
"""Endings of nouns for a person or for people: ``businessman``, ``spokeswoman``, ``strategist``,
``historian``, ``speechwriters``, ``the 43-year-old``."""

LY_NOUNS: Final = words("rally rallies anomaly monopoly duopoly homily supply reply belly bully folly lily tally")
"""Nouns that end in ``-ly`` as adverbs do: ``a pro-labor rally`` ends a phrase."""

AIM_NOUNS: Final = words(
    "pressure pressures demands orders instructions permission steps measures action actions effort efforts bid"
)
"""Nouns of an aim, whose infinitive says what no one has said yet: ``took steps to warn``."""

IRREGULAR_PLURALS: Final = words("people media staff press police men women others")
"""Nouns for several people that do not end in ``-s``."""

IRREGULAR_PLURAL_ENDINGS: Final[tuple[str, ...]] = ("men", "people")
"""Endings of compounds in the plural whose last part is one of those: ``spokesmen``, ``spokespeople``."""

PARTY_INITIALS: Final = words("R D I")
"""The initials of a party before a state in an appositive: ``Mitch McConnell, R-Ky.,``."""

NAME_PARTICLES: Final = words("de van von der den bin ben al la le du del da di")
"""Lower-case particles inside a person's name: ``Sascha von Meier``, ``Pieter den Boer``."""

PRE_ROLE_MODIFIERS: Final = words("former longtime late own rival new top then acting fellow veteran chief")
"""Lower-case words written before a role or a name: ``former Sen. Joe McCarthy``."""

RANK_ADJECTIVES: Final = words("senior executive")
"""Adjectives of rank that open a role: ``senior officials``, ``executive director``."""

GIVEN_NAME_WORDS: Final = words("april may june august will jan")
"""Words that are also given names, capitalised: ``Will Alpine``, ``April Newman``, ``Jan Hatzius``."""

UNIT_NOUNS: Final[tuple[str, ...]] = (
    "cent",
    "capita",
    "se",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "person",
    "share",
    "unit",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "mile",
    "gallon",
    "barrel",
    "ton",
    "pound",
    "user",
    "vote",
    "head",
    "game",
    "episode",
    "order",
    "request",
    "minute",
    "second",
    "annum",
    "kilowatt",
)
"""Nouns for a unit after ``per``, where it states a rate and credits nobody: ``per capita``."""
