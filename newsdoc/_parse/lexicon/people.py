"""People: nouns for people by where they are from, by their work and by their kin or company,
the roles and titles written with a name (``State Department spokesperson``, ``Sen.``), and
the suffixes of names and companies.

The demonyms are in the plural (``the Germans announce``); the nouns for work and kin in the
singular, through which a plural is read (``painters`` as ``painter``). The nouns that describe
a source in general (``officials``, ``critics``) are in :mod:`~newsdoc._parse.lexicon.nouns`,
whose ``PEOPLE_NOUNS`` holds these too.
"""

from __future__ import annotations

from typing import Final

from newsdoc._parse.lexicon.words import words

__all__ = [
    "COMPANY_SUFFIXES",
    "DEMONYMS",
    "FEMININE_ENDINGS",
    "FEMININE_HONORIFICS",
    "HONORIFICS",
    "MASCULINE_ENDINGS",
    "MASCULINE_HONORIFICS",
    "NAME_SUFFIXES",
    "OCCUPATION_NOUNS",
    "RELATION_NOUNS",
    "ROLE_ENDINGS",
    "ROLE_NOUNS",
    "STATE_TITLES",
    "SUFFIXES",
    "TITLES",
]

DEMONYMS: Final = words(
    """
    americans canadians mexicans cubans venezuelans colombians brazilians argentines chileans
    peruvians haitians europeans britons germans italians spaniards portuguese greeks turks poles
    ukrainians russians belarusians hungarians romanians serbs croats swedes norwegians danes finns
    dutch irish scots welsh british french spanish swiss israelis palestinians lebanese syrians
    iraqis iranians saudis egyptians libyans yemenis afghans pakistanis indians bangladeshis
    chinese japanese koreans taiwanese vietnamese filipinos indonesians thais australians africans
    nigerians kenyans ethiopians somalis asians arabs kurds
    """
)
"""Nouns for the people of a country or a region, in the plural: ``the Germans announce``."""

OCCUPATION_NOUNS: Final = words(
    """
    accountant actor actress actuary animator appraiser apprentice arbitrator archbishop
    architect artisan artist astronaut astronomer athlete attendant attorney auctioneer
    babysitter baker ballerina banker barber barista bartender beekeeper biographer blacksmith
    blogger bodyguard bookkeeper bouncer boxer bricklayer builder bureaucrat butcher butler
    cabbie caddie cadet caregiver caretaker carpenter cartographer cashier catcher caterer
    chauffeur chef chiropractor choreographer climber cobbler coder collector comedian composer
    concierge constable coordinator counselor courier curator cyclist dancer decorator
    defenseman designer detective dispatcher diver dockworker doctor driver drummer economist
    embalmer entertainer explorer farmer farmhand farmworker filmmaker financier forester
    freelancer gamer gardener goalie goalkeeper golfer grocer grower guard gymnast hairdresser
    historian homemaker hunter illustrator infielder innkeeper interpreter inventor janitor
    jeweler jockey laborer landscaper lawyer lifeguard linebacker lobbyist locksmith logger
    maid mechanic medic merchant midfielder midwife miner missionary monk musician nanny
    navigator neurosurgeon nun outfielder painter paralegal paramedic performer philosopher
    photographer physician pilot pitcher playwright plumber poet pollster preacher programmer
    promoter quarterback rancher rapper realtor recruiter referee rescuer researcher roofer
    sailor scientist sculptor seamstress shepherd shoemaker shortstop singer skater skier
    slugger smuggler soldier sprinter steelworker stockbroker storyteller subcontractor surgeon
    surveyor swimmer tailor teacher trader trainee trainer translator trucker umpire undertaker
    vintner waiter waitress warden weaver welder winemaker wrestler zookeeper
    """
)
"""Nouns for people by their work, in the singular (a plural is read through it): ``the
photographer said``, ``two translators``. Words that are as often a thing or a verb (``printer``,
``conductor``, ``cook``) are left out."""

RELATION_NOUNS: Final = words(
    """
    grandson granddaughter grandchild grandchildren nephew niece girlfriend boyfriend spouse
    stepfather stepmother stepson stepdaughter fiance fiancee classmate roommate coworker co-worker
    teammate mentor protege newcomer stranger patron hostess believer pilgrim hostage hiker camper
    visitor traveler evacuee orphan teenager adolescent toddler seniors
    """
)
"""Nouns for people by their kin, their age, their company or where they are: ``her nephew
said``, ``teenagers under 16``, ``a classmate recalled``, ``a visitor to the park`` (``seniors``
only in the plural: ``senior`` is most often an adjective, ``a senior official``)."""

ROLE_ENDINGS: Final[tuple[str, ...]] = ("ologist", "ist", "ian", "eer")
"""Endings of nouns for a person's occupation: ``climatologist``, ``historian``."""

NAME_SUFFIXES: Final = words("jr sr ii iii iv md phd esq dds rn cpa")
"""What follows a person's name as part of it, between commas or not, written without its
periods: ``Jane Roe, M.D.,``, ``John Smith Jr.``."""

COMPANY_SUFFIXES: Final = words("inc llc ltd corp plc")
"""What follows a company's name as part of it, between commas or not, written without its
periods: ``Acme, Inc.,``."""

SUFFIXES: Final = NAME_SUFFIXES | COMPANY_SUFFIXES
"""Every suffix of a name, a person's or a company's, which an appositive may be alone."""

_ELECTED_OFFICES: Final = words(
    """
    congressman congresswoman councilman councilwoman councilmember alderman alderwoman alderperson
    assemblyman assemblywoman assemblymember selectman selectwoman
    """
)
"""Nouns for the holders of local and legislative offices, each a role and a title: ``Councilwoman
Rosa Delgado``."""

ROLE_NOUNS: Final = (
    words(
        """
    ceo cfo coo cto chief chair chairman chairwoman chairperson president founder cofounder
    co-founder director head leader secretary minister spokesperson spokesman spokeswoman ambassador
    governor senator sen gov rep del representative mayor commissioner administrator economist analyst
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
    trustee regent provost dean inspector magistrate marshal sergeant firefighter paramedic
    priest imam councilor councillor supervisor coroner examiner lieutenant cardinal chaplain
    """
    )
    | _ELECTED_OFFICES
)
"""Nouns that end a role written before a name: ``State Department spokesperson Mathew Miller``."""

MASCULINE_HONORIFICS: Final = words("mr")
"""Titles of courtesy for a man: ``Mr. Obama``, whom ``she`` cannot stand for."""

FEMININE_HONORIFICS: Final = words("mrs ms miss")
"""Titles of courtesy for a woman: ``Mrs. Clinton``, whom ``he`` cannot stand for."""

MASCULINE_ENDINGS: Final[tuple[str, ...]] = ("man", "men")
"""Endings of a noun for a man, on a noun of :data:`ROLE_NOUNS` or :data:`OCCUPATION_NOUNS`:
``spokesman``, ``congressman``."""

FEMININE_ENDINGS: Final[tuple[str, ...]] = ("woman", "women")
"""Endings of a noun for a woman: ``spokeswoman``, ``congresswoman``, ``businesswoman``."""

HONORIFICS: Final = MASCULINE_HONORIFICS | FEMININE_HONORIFICS | words("mx dr rev reverend")
"""Titles of courtesy before a name, which are no role: ``Dr. Alan Pruitt, chief medical officer``
has the role ``chief medical officer``, ``the Rev. Ann Lee, pastor of Grace Church`` the role
``pastor of Grace Church``, ``county health director Dr. Miriam Osei`` the role
``county health director``."""

TITLES: Final = (
    words(
        """
    mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. adm adm. rev rev. reverend
    pres pres. prof prof. professor sens sens. reps reps. supt supt. del del. maj maj. capt capt. sgt sgt.
    cmdr cmdr. cpl cpl. brig brig. ret ret. class
    president vice prime secretary minister senator
    representative governor mayor ambassador judge justice chief chairman chairwoman chair speaker leader general
    admiral pope king queen prince princess sheriff commissioner director attorney-general secretary-general
    """
    )
    | _ELECTED_OFFICES
)
"""Capitalised words that are part of a title rather than of a name: ``Sen.``, ``Secretary``."""

STATE_TITLES: Final = words("del")
"""Abbreviations of a title that are also a state's: ``Del. Stacey Plaskett`` (a delegate), and
``Dover, Del.``, whose period may end a sentence."""
