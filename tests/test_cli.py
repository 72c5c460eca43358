"""``newsdoc parse`` end to end: a subprocess per case, checking stdout, stderr and the exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

import newsdoc

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4fd815950c55ca6a.txt"
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
BULLETED = ROOT.parent / "shared" / "corpus" / "bulleted"


def run(*args: str | Path, stdin: bytes = b"", cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsdoc`` with ``args`` and capture everything it writes."""
    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)], input=stdin, capture_output=True, cwd=cwd, check=False
    )


def parsed(path: Path) -> newsdoc.Article:
    """What the library reads from ``path``, decoded exactly as the command line decodes it."""
    return newsdoc.parse(path.read_bytes().decode("utf-8"))


def corpus_files(count: int) -> list[Path]:
    """The first ``count`` articles of the corpus."""
    return sorted(ARTICLES.glob("*.txt"))[:count]


def test_the_readme_command_writes_json_that_reads_back_to_the_article() -> None:
    """``newsdoc parse seeds/... --to json`` writes newsdoc JSON of the seed, and nothing else."""
    result = run("parse", "seeds/000_4fd815950c55ca6a.txt", "--to", "json")
    assert (result.returncode, result.stderr) == (0, b"")
    assert newsdoc.from_json(result.stdout) == parsed(SEED)


def test_json_is_the_default_format() -> None:
    """Without ``--to`` the output is the same as with ``--to json``."""
    assert run("parse", SEED).stdout == run("parse", SEED, "--to", "json").stdout


def test_text_of_the_seed_is_byte_exact() -> None:
    """The seed is canonical, so ``--to text`` gives back its exact bytes."""
    result = run("parse", SEED, "--to", "text")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == SEED.read_bytes()


def test_standard_input_keeps_crlf_for_the_parser() -> None:
    """``-`` reads bytes from stdin; CR LF line ends reach the parser and its spans index them."""
    data = SEED.read_bytes().replace(b"\n", b"\r\n")
    result = run("parse", "-", "--to", "json", stdin=data)
    assert (result.returncode, result.stderr) == (0, b"")
    article = newsdoc.from_json(result.stdout)
    assert "ND111" in [d.code for d in article.diagnostics]
    assert [p.span for p in article.paragraphs] == [p.span for p in newsdoc.parse(data.decode("utf-8")).paragraphs]


def test_jsonl_writes_one_article_per_line_in_input_order() -> None:
    """``--to jsonl`` over several files: one JSON document per line, in the order given."""
    files = [*corpus_files(3), SEED]
    result = run("parse", *files, "--to", "jsonl")
    assert (result.returncode, result.stderr) == (0, b"")
    lines = result.stdout.decode("utf-8").splitlines()
    assert [newsdoc.from_json(line) for line in lines] == [parsed(f) for f in files]


def test_jsonl_into_a_file(tmp_path: Path) -> None:
    """``--to jsonl -o FILE`` writes the stream to the file and nothing to stdout."""
    files = corpus_files(2)
    out = tmp_path / "all.jsonl"
    result = run("parse", *files, "--to", "jsonl", "-o", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [newsdoc.from_json(line) for line in lines] == [parsed(f) for f in files]


def test_one_file_into_an_output_file(tmp_path: Path) -> None:
    """``-o FILE`` with one input writes the file instead of stdout."""
    out = tmp_path / "seed.txt"
    result = run("parse", SEED, "--to", "text", "-o", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert out.read_bytes() == SEED.read_bytes()


def test_several_files_into_a_directory(tmp_path: Path) -> None:
    """Several inputs with a per-file format write one file each into ``-o DIR``, named after the input."""
    files = corpus_files(3)
    out = tmp_path / "out"
    result = run("parse", *files, "--to", "json", "-o", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{f.stem}.json" for f in files)
    for f in files:
        assert newsdoc.from_json((out / f"{f.stem}.json").read_bytes()) == parsed(f)


def test_a_directory_argument_gives_every_article_in_it(tmp_path: Path) -> None:
    """A directory stands for its ``*.txt`` files: the corpus converts to 148 text files equal to the parse."""
    result = run("parse", BULLETED, "--to", "text", "-o", tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    written = sorted(tmp_path.iterdir())
    assert [p.name for p in written] == sorted(p.name for p in BULLETED.glob("*.txt"))
    assert all(p.read_text(encoding="utf-8") == newsdoc.to_text(parsed(BULLETED / p.name)) for p in written)


def test_several_files_without_an_output_directory_is_a_usage_error() -> None:
    """Several inputs with a per-file format and no ``-o``: exit 2 with a usage message, nothing written."""
    result = run("parse", *corpus_files(2), "--to", "text")
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode().splitlines()[-1] == (
        "newsdoc parse: error: several inputs with --to text need -o DIR (or --to jsonl for one stream)"
    )


def test_standard_input_twice_is_a_usage_error() -> None:
    """``-`` can be read once only."""
    result = run("parse", "-", "-", "--to", "jsonl")
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode().splitlines()[-1] == "newsdoc parse: error: standard input (-) can be read only once"


def test_output_names_that_collide_are_reported_and_not_overwritten(tmp_path: Path) -> None:
    """Two inputs with the same file name: the first is written, the second reported, exit 2."""
    first = tmp_path / "a" / "story.txt"
    second = tmp_path / "b" / "story.txt"
    for path, source in ((first, SEED), (second, corpus_files(1)[0])):
        path.parent.mkdir()
        path.write_bytes(source.read_bytes())
    out = tmp_path / "out"
    result = run("parse", first, second, "--to", "text", "-o", out)
    assert (result.returncode, result.stdout) == (2, b"")
    assert (
        result.stderr.decode() == f"newsdoc: error: {second}: not written: {out / 'story.txt'} already holds {first}\n"
    )
    assert (out / "story.txt").read_bytes() == SEED.read_bytes()


def as_json(document: newsdoc.JSONObject) -> str:
    """A JSON document as the command line writes it: indented by two spaces, UTF-8 as is."""
    return json.dumps(document, ensure_ascii=False, indent=2)


# --to, the library call the output must equal (given the article and its URI), the suffix in -o DIR
FORMATS: list[tuple[str, Callable[[newsdoc.Article, str], str], str]] = [
    ("json", lambda a, _uri: newsdoc.to_json(a, indent=2), ".json"),
    ("text", lambda a, _uri: newsdoc.to_text(a), ".txt"),
    ("markdown", lambda a, _uri: newsdoc.to_markdown(a), ".md"),
    ("html", lambda a, _uri: newsdoc.to_html(a, document=True), ".html"),
    ("ninjs", lambda a, uri: as_json(newsdoc.to_ninjs(a, uri=uri)), ".ninjs.json"),
    ("jsonld", lambda a, uri: as_json(newsdoc.to_jsonld(a, url=uri)), ".jsonld"),
]


@pytest.mark.parametrize(("fmt", "write", "_suffix"), FORMATS, ids=[f[0] for f in FORMATS])
def test_each_format_is_the_library_writer_plus_a_final_newline(
    fmt: str, write: Callable[[newsdoc.Article, str], str], _suffix: str
) -> None:
    """``--to FORMAT`` writes what the library's writer gives, as a text file ending in a newline."""
    result = run("parse", BULLETED / "001_ai-adoption-gap-employees-comms.txt", "--to", fmt)
    expected = write(
        parsed(BULLETED / "001_ai-adoption-gap-employees-comms.txt"), "urn:newsdoc:001_ai-adoption-gap-employees-comms"
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8") == (expected if expected.endswith("\n") else expected + "\n")


@pytest.mark.parametrize(("fmt", "_write", "suffix"), FORMATS, ids=[f[0] for f in FORMATS])
def test_each_format_names_its_files_with_its_suffix(tmp_path: Path, fmt: str, _write: object, suffix: str) -> None:
    """In ``-o DIR`` every input becomes ``<stem><suffix>``."""
    files = corpus_files(2)
    result = run("parse", *files, "--to", fmt, "-o", tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{f.stem}{suffix}" for f in files)


def test_the_uri_template_takes_the_file_stem(tmp_path: Path) -> None:
    """``--uri`` with ``{stem}`` gives each ninjs item its own URI, percent-encoded."""
    odd = tmp_path / "a story é.txt"
    odd.write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = run("parse", odd, SEED, "--to", "ninjs", "--uri", "https://example.com/news/{stem}", "-o", out)
    assert (result.returncode, result.stderr) == (0, b"")
    uris = {p.name: json.loads(p.read_bytes())["uri"] for p in out.iterdir()}
    assert uris == {
        "a story é.ninjs.json": "https://example.com/news/a%20story%20%C3%A9",
        f"{SEED.stem}.ninjs.json": f"https://example.com/news/{SEED.stem}",
    }


def test_jsonld_carries_the_uri_and_stdin_is_named_stdin() -> None:
    """The default URI of standard input is ``urn:newsdoc:stdin``; JSON-LD gets it as its url."""
    result = run("parse", "-", "--to", "jsonld", stdin=SEED.read_bytes())
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode() == as_json(newsdoc.to_jsonld(parsed(SEED), url="urn:newsdoc:stdin")) + "\n"


def test_ninjs_output_is_valid_ninjs(tmp_path: Path) -> None:
    """Every ninjs item the command writes for part of the corpus passes the IPTC ninjs 3.1 schema."""
    schema = json.loads((ROOT.parent / "shared" / "schemas" / "ninjs-schema_3.1.json").read_bytes())
    validator = jsonschema.Draft202012Validator(schema)
    files = corpus_files(10)
    result = run("parse", *files, "--to", "ninjs", "-o", tmp_path)
    assert (result.returncode, result.stderr) == (0, b"")
    for f in files:
        item = json.loads((tmp_path / f"{f.stem}.ninjs.json").read_bytes())
        assert item["uri"] == f"urn:newsdoc:{f.stem}"
        assert list(validator.iter_errors(item)) == []


def test_html_fragment_is_the_article_element() -> None:
    """``--fragment`` writes the ``<article>`` element alone; without it, the whole page around it."""
    fragment = run("parse", SEED, "--to", "html", "--fragment")
    page = run("parse", SEED, "--to", "html")
    assert (fragment.returncode, page.returncode) == (0, 0)
    assert fragment.stdout.decode() == newsdoc.to_html(parsed(SEED))
    assert fragment.stdout.decode().startswith("<article")
    assert page.stdout.decode().startswith("<!DOCTYPE html>")
    assert fragment.stdout in page.stdout


def test_an_unknown_format_is_a_usage_error() -> None:
    """``--to`` only takes the formats in the table; argparse names the choices."""
    result = run("parse", SEED, "--to", "docx")
    assert (result.returncode, result.stdout) == (2, b"")
    assert b"invalid choice: 'docx'" in result.stderr


def test_parse_output_is_plain_json() -> None:
    """The default JSON is indented with two spaces, keys in the writer's order."""
    result = run("parse", SEED)
    assert result.stdout.decode("utf-8") == json.dumps(json.loads(result.stdout), ensure_ascii=False, indent=2) + "\n"
