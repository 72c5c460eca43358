"""Tests of the layout stage (newsdoc._parse.layout): input text, header, blocks, labels, structure."""
