"""Layout: the input text to its date header, blocks, labels, paragraphs and sections.

:mod:`~newsdoc._parse.layout.input_text` normalises the text and maps offsets back to the
caller's string; :mod:`~newsdoc._parse.layout.header` reads the date line;
:mod:`~newsdoc._parse.layout.blocks` splits paragraphs and list items (the records of
:mod:`~newsdoc._parse.layout.records`);
:mod:`~newsdoc._parse.layout.labels` reads the label that opens a paragraph; and
:mod:`~newsdoc._parse.layout.structure` makes the paragraphs and groups them in sections.
"""
