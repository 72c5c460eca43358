"""The lexicon: every word list the parser reads, as data, one list per word class.

- :mod:`~newsdoc._parse.lexicon.verbs`: the reporting verbs, one entry each with its forms
  and the syntax it needs, and the verbs of declining and of not responding;
- :mod:`~newsdoc._parse.lexicon.grammar`: determiners, auxiliaries, prepositions, clause and
  aside openers, words of time, endings of roles;
- :mod:`~newsdoc._parse.lexicon.verb_forms`: the irregular past and past participles of the
  verbs that are not of speech;
- :mod:`~newsdoc._parse.lexicon.abbreviations`: the abbreviations whose period ends no
  sentence, and those that never end one;
- :mod:`~newsdoc._parse.lexicon.adjectives`: the endings of adjectives and the adjectives
  that follow their noun;
- :mod:`~newsdoc._parse.lexicon.numbers`: number words, shares and amounts of a group;
- :mod:`~newsdoc._parse.lexicon.pronouns`: pronouns of every case;
- :mod:`~newsdoc._parse.lexicon.adverbs` and :mod:`~newsdoc._parse.lexicon.conjunctions`:
  the adverbs and the conjunctions around a cue;
- :mod:`~newsdoc._parse.lexicon.nouns`: nouns for people and organisations, name particles,
  units;
- :mod:`~newsdoc._parse.lexicon.people`: nouns for people by origin, work and kin, the roles
  and titles written with a name, and the suffixes of names and companies;
- :mod:`~newsdoc._parse.lexicon.works`: nouns for works and bodies of findings;
- :mod:`~newsdoc._parse.lexicon.places`: the states of the United States, by name and
  abbreviation;
- :mod:`~newsdoc._parse.lexicon.messages`: whom a source tells, the media and platforms of a
  statement, the nouns for a statement and for what is told;
- :mod:`~newsdoc._parse.lexicon.labels`: the known Smart Brevity labels and the notes that
  are never labels;
- :mod:`~newsdoc._parse.lexicon.prepositions`: the whole class of one-word prepositions.

A word class is written once, here; a rule that needs one imports it. Sets derived from
them (the cue table, the union of nouns that can head a source) are built where they are used.
"""
