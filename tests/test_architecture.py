"""The shape of the package: no import cycle, one home per word, small modules, rules listed in the docs."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsdoc
from newsdoc._parse.lexicon.verbs import REPORTING_VERBS
from newsdoc._parse.sourcing.records import CueRule, QuoteRule
from newsdoc._parse.sourcing.rules import RULES

from _support import ROOT

PACKAGE = ROOT / "newsdoc"
MODULES = sorted(PACKAGE.rglob("*.py"))
PARSER_MODULES = [p for p in MODULES if "_parse" in p.parts]
VERBS_PACKAGE = PACKAGE / "_parse" / "lexicon" / "verbs"
NOUN_MODULES = {PACKAGE / "_parse" / "lexicon" / name for name in ("nouns.py", "people.py", "works.py", "messages.py")}
MAX_PARSER_LINES = 300


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The newsdoc modules ``path`` imports at run time (not under ``TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node):
            if isinstance(sub, ast.ImportFrom) and sub.module and sub.module.startswith("newsdoc"):
                found.add(sub.module)
                found.update(f"{sub.module}.{alias.name}" for alias in sub.names)
            elif isinstance(sub, ast.Import):
                found.update(alias.name for alias in sub.names if alias.name.startswith("newsdoc"))
    return found


def _graph() -> dict[str, set[str]]:
    names = {_module_name(p): p for p in MODULES}
    return {name: {m for m in _imports(path) if m in names and m != name} for name, path in names.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (a package's ``__init__`` importing its own submodules excepted), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if node.startswith(nxt + "."):
                continue  # a module imports its package: Python runs the package's __init__ first
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_no_import_cycle() -> None:
    """No module of newsdoc imports, through others, a module that imports it."""
    assert _cycle(_graph()) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above can fail: a graph with a cycle gives it back."""
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]


def _exports(tree: ast.Module) -> set[str] | None:
    """The names a module's ``__all__`` lists, or None where it has none."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return None


def _unlisted(sources: dict[str, str]) -> list[str]:
    """Each public name one module of ``sources`` (a module's name to its text) imports from another
    whose ``__all__`` leaves it out, as ``importer: module.name``; a submodule is no such name."""
    trees = {name: ast.parse(text) for name, text in sources.items()}
    exports = {name: _exports(tree) for name, tree in trees.items()}
    found: list[str] = []
    for importer, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.module is None:
                continue
            listed = exports.get(node.module)
            found.extend(
                f"{importer}: {node.module}.{alias.name}"
                for alias in node.names
                if listed is not None
                and not alias.name.startswith("_")
                and alias.name not in listed
                and f"{node.module}.{alias.name}" not in sources
            )
    return sorted(found)


def test_each_name_imported_from_a_module_is_in_its_all() -> None:
    """What one module of newsdoc takes from another is in that module's ``__all__``, so that each
    module's surface is written down at its top."""
    assert _unlisted({_module_name(p): p.read_text(encoding="utf-8") for p in MODULES}) == []


def test_the_all_check_finds_an_unlisted_name() -> None:
    """The check above can fail: a name left out of ``__all__`` is found, a listed one, a private one
    and a submodule are not."""
    sources = {
        "p": '__all__ = ["listed"]\nlisted = unlisted = _private = 1\n',
        "p.sub": "__all__ = []\n",
        "q": "from p import _private, listed, sub, unlisted\n",
    }
    assert _unlisted(sources) == ["q: p.unlisted"]


def _word_lists(path: Path) -> list[str]:
    """The words a module lists as data: the text of a ``words("...")`` call, the members of a
    literal tuple, list or set of single words, and the alternatives of a pattern (not
    ``__slots__`` or ``__all__``, which list names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("__slots__", "__all__") for t in node.targets
        ):
            names_only.update(id(sub) for sub in ast.walk(node.value))
    for node in ast.walk(tree):  # docstrings, and the strings that document an assignment, are prose
        body = getattr(node, "body", None)
        if isinstance(body, list):
            names_only.update(
                id(stmt.value) for stmt in body if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            )
    found: list[str] = []
    for node in ast.walk(tree):
        if id(node) in names_only:
            continue
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "words" and node.args:
            found.extend(
                n.value for n in ast.walk(node.args[0]) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            )
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            members = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(members) >= 2 and all(re.fullmatch(r"[a-z]+", m) for m in members):
                found.extend(members)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            pattern = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\[a-zA-Z]", " ", node.value)  # not group names or escapes
            found.extend(re.findall(r"[a-z]+", pattern))
    return found


def _verb_forms() -> set[str]:
    return {form for verb in REPORTING_VERBS for form in verb.forms.split() if form != "-"}


def test_each_reporting_verb_form_is_written_in_one_module() -> None:
    """No word list or pattern outside the lexicon/verbs package writes a verb form of the table (a noun
    list may hold its homograph: ``report``, ``estimates``)."""
    forms = _verb_forms()
    homes: dict[str, set[str]] = {form: set() for form in forms}
    for path in PARSER_MODULES:
        if path in NOUN_MODULES:
            continue  # ``report``, ``post``, ``estimates`` are nouns there
        for text in _word_lists(path):
            for word in re.findall(r"[a-z]+", text.lower()):
                if word in homes:
                    homes[word].add(str(path.relative_to(ROOT)))
    home = {str(path.relative_to(ROOT)) for path in VERBS_PACKAGE.glob("*.py")}
    elsewhere = {form: sorted(places - home) for form, places in homes.items() if places - home}
    assert elsewhere == {}


def test_each_reporting_verb_is_written_once() -> None:
    """No two entries of the verb table share a form: each verb has one line, with its frames."""
    owners: dict[str, list[str]] = {}
    for verb in REPORTING_VERBS:
        for form in set(verb.forms.split()) - {"-"}:
            owners.setdefault(form, []).append(verb.forms)
    assert {form: entries for form, entries in owners.items() if len(entries) > 1} == {}


_READ = """
import json, sys
import newsdoc
out = []
for sentence in json.loads(sys.argv[1]):
    article = newsdoc.parse(" date 2024-05-01 Lede.\\n\\n" + sentence + "\\n\\n")
    out.append([article.sections[0].label, [[a.source, a.cue, a.rule] for a in article.attributions]])
print(json.dumps(out))
"""
_ENTRY = '    ReportingVerb("philosophize philosophizes philosophized philosophizing", _I, _I, participle=True),\n'
_NEW_VERB = (
    "The mayor philosophized: prices will rise.",
    "Prices rose, the mayor philosophized.",
    "Jane Roe left early, philosophizing that the party was over.",
)


def _read_with_new_verb(tmp_path: Path, sentences: tuple[str, ...]) -> list[object]:
    """Parse ``sentences`` with a copy of newsdoc whose verb table has one line more."""
    copy = tmp_path / "newsdoc"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    table = copy / "_parse" / "lexicon" / "verbs" / "speech.py"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(k for k, line in enumerate(lines) if line.startswith("SPEECH_VERBS: "))
    table.write_text("".join([*lines[: at + 1], _ENTRY, *lines[at + 1 :]]), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _READ, json.dumps(sentences)], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    result: list[object] = json.loads(done.stdout)
    return result


@pytest.mark.incompatible_with_mypyc(
    reason="it adds a verb to a copy of the source and imports that copy; a compiled table is fixed when built"
)
def test_a_verb_added_to_the_table_is_a_cue_a_lead_in_and_a_participle(tmp_path: Path) -> None:
    """Adding an entry to REPORTING_VERBS is all it takes: the cue finder, the label reader and the
    participle rule all read it (checked on a copy of the package with one line added to the table)."""
    before = [[a.source for a in newsdoc.parse(f" date 2024-05-01 Lede.\n\n{s}\n\n").attributions] for s in _NEW_VERB]
    assert before == [[], [], []]
    assert newsdoc.parse(f" date 2024-05-01 Lede.\n\n{_NEW_VERB[0]}\n\n").sections[0].label == "The mayor philosophized"
    assert _read_with_new_verb(tmp_path, _NEW_VERB) == [
        [None, [["The mayor", "philosophized", "source-verb"]]],
        [None, [["the mayor", "philosophized", "source-verb"]]],
        [None, [["Jane Roe", "philosophizing", "participle"]]],
    ]


def _assignments_to_others(path: Path) -> list[str]:
    """Where a module sets an attribute of an object other than ``self``: ``found.referent = x``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            for sub in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(sub, ast.Attribute) and not (isinstance(sub.value, ast.Name) and sub.value.id == "self"):
                    found.append(f"{path.name}:{sub.lineno}: {ast.unparse(sub)}")
    return found


def test_no_record_is_changed_after_it_is_built() -> None:
    """No module of the parser sets a field of an object it did not make itself (a record is
    filled once, by its constructor; only an object's own methods keep its state)."""
    assert [line for path in PARSER_MODULES for line in _assignments_to_others(path)] == []


def test_the_mutation_check_finds_a_mutation(tmp_path: Path) -> None:
    """The check above can fail: a module that sets a field of a record is caught."""
    module = tmp_path / "m.py"
    module.write_text("def f(found):\n    found.referent = None\n", encoding="utf-8")
    assert _assignments_to_others(module) == ["m.py:2: found.referent"]


@pytest.mark.parametrize("path", PARSER_MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_parser_modules_are_small(path: Path) -> None:
    """No module of the parser is over 300 lines."""
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_PARSER_LINES


def _documented_rules() -> dict[str, str]:
    """The rules docs/sourcing.md defines: each term of its definition list, with its text."""
    page = (ROOT / "docs" / "sourcing.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^`([a-z-]+)`\n: (.*?)(?=\n\n)", page, flags=re.M | re.S))


def test_docs_list_every_rule_of_the_table() -> None:
    """docs/sourcing.md defines exactly the rules of the table, in its order."""
    assert list(_documented_rules()) == [rule.name for rule in RULES]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_each_rule_finds_its_example(rule: CueRule | QuoteRule) -> None:
    """The example beside each rule in the table gives an attribution by that rule."""
    name, example = rule.name, rule.example
    article = newsdoc.parse(f" date 2024-05-01 Lede.\n\n{example}\n\n")
    assert name in [a.rule for a in article.attributions]


def _written_out_inits(
    path: Path,
) -> list[tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]], list[str]]]:
    """Each dataclass of ``path`` with ``init=False``: its fields (name, default), the parameters of
    its own ``__init__`` (name, default) and the names that ``__init__`` assigns, in order."""
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        decorators = [d for d in node.decorator_list if isinstance(d, ast.Call) and ast.unparse(d.func) == "dataclass"]
        if not any(k.arg == "init" and ast.unparse(k.value) == "False" for d in decorators for k in d.keywords):
            continue
        fields = [
            (s.target.id, None if s.value is None else ast.unparse(s.value))
            for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        ]
        init = next(s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__")
        args = init.args.args[1:]
        defaults = [None] * (len(args) - len(init.args.defaults)) + [ast.unparse(d) for d in init.args.defaults]
        params = [(a.arg, d) for a, d in zip(args, defaults, strict=True)]
        assigned = [
            t.attr
            for s in init.body
            if isinstance(s, ast.Assign)
            for t in s.targets
            if isinstance(t, ast.Attribute) and ast.unparse(t.value) == "self" and ast.unparse(s.value) == t.attr
        ]
        found.append((node.name, fields, params, assigned))
    return found


def test_a_written_out_dataclass_init_takes_and_sets_every_field() -> None:
    """Where a dataclass of the parser writes its ``__init__`` out (so that the compiled build runs
    it compiled), the ``__init__`` takes the fields in order with their defaults, as the generated
    one would, and sets each: a field added to the class and not to its ``__init__`` fails here."""
    classes = [c for path in PARSER_MODULES for c in _written_out_inits(path)]
    assert len(classes) >= 10
    for name, fields, params, assigned in classes:
        assert params == fields, name
        assert assigned == [f for f, _ in fields], name
