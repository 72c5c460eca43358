"""JSON: the lossless codec (``to_dict``/``to_json``, ``from_dict``/``from_json``), the direct
reader of well-formed documents that ``from_json`` tries first, and the JSON Schema."""
