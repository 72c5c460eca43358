"""Tests of the sourcing stage (newsdoc._parse.sourcing): quotes, cues, source phrases and attributions."""
