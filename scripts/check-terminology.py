#!/usr/bin/env python3
"""Every translation speaks the portal's words: for each message of translations/*.ts whose English source
names a concept of translations/glossary.tsv, the translation must contain the glossary's term for its
language and none of the forbidden alternatives. translations/glossary-exceptions.tsv lists the messages
where the English word is used in another sense, each with its reason.

  scripts/check-terminology.py                  (also a ctest: translations_follow_glossary)
  scripts/check-terminology.py --articles DIR   also checks that each cited quote is on its line of
                                                the reference article in DIR

Prints every violation with its context, source and translation. Exit 0: all follow the glossary;
1: violations; 2: the glossary or the exception list is malformed (or a cited quote is not there).
Unfinished translations are skipped: translations_complete reports those.
"""
import argparse
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "translations/glossary.tsv"
EXCEPTIONS = ROOT / "translations/glossary-exceptions.tsv"
COLUMNS = ["concept", "lang", "term", "match", "forbid", "source", "quote"]
EXCEPTION_COLUMNS = ["lang", "concept", "context", "source", "reason"]


class Malformed(Exception):
    pass


def plain(text):
    """The text a user reads: no mnemonic markers ("(&F)" or "&F", "&&" is a literal "&"), no tags."""
    text = re.sub(r"\(&[^&\s)]\)", "", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"<[^<>]*>", " ", text)


def read_rows(path, columns):
    rows = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != columns:
                raise Malformed(f"{path.name}:{number}: the header must be: {' '.join(columns)}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise Malformed(f"{path.name}:{number}: {len(cells)} columns, expected {len(columns)}")
        row = dict(zip(columns, cells))
        row["line"] = number
        rows.append(row)
    return rows


def compile_regex(text, where):
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as e:
        raise Malformed(f"{where}: bad regular expression {text!r}: {e}") from e


def load_glossary(languages):
    concepts = collections.OrderedDict()
    for row in read_rows(GLOSSARY, COLUMNS):
        where = f"{GLOSSARY.name}:{row['line']}"
        entry = concepts.setdefault(row["concept"], {})
        if row["lang"] in entry:
            raise Malformed(f"{where}: a second {row['lang']} row for {row['concept']!r}")
        if not row["term"] or not row["match"]:
            raise Malformed(f"{where}: term and match must not be empty")
        row["match_re"] = compile_regex(row["match"], where)
        row["forbid_re"] = compile_regex(row["forbid"], where) if row["forbid"] else None
        if row["lang"] != "en":
            if not row["match_re"].search(row["term"]):
                raise Malformed(f"{where}: the term {row['term']!r} does not match {row['match']!r}")
            if row["forbid_re"] and row["forbid_re"].search(row["term"]):
                raise Malformed(f"{where}: the term {row['term']!r} matches its own forbid pattern")
            if row["source"] != "—" and not row["match_re"].search(row["quote"]):
                raise Malformed(f"{where}: the quote does not contain the term ({row['match']!r})")
        entry[row["lang"]] = row
    for name, entry in concepts.items():
        for lang in ["en"] + sorted(languages):
            if lang not in entry:
                raise Malformed(f"{GLOSSARY.name}: concept {name!r} has no {lang} row")
    return concepts


def check_articles(concepts, directory):
    missing = []
    for entry in concepts.values():
        for row in entry.values():
            if row["lang"] == "en" or row["source"] == "—":
                continue
            name, _, line = row["source"].rpartition(":")
            path = pathlib.Path(directory) / name
            lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
            if not line.isdigit() or not 0 < int(line) <= len(lines) or row["quote"] not in lines[int(line) - 1]:
                missing.append(f"{GLOSSARY.name}:{row['line']}: {row['source']} does not say {row['quote']!r}")
    if missing:
        raise Malformed("\n".join(missing))


def forbidden(row, text, others):
    """The first forbidden alternative in text, unless it is the term of another concept the same source
    names (Japanese 参照 is Browse and must stay where the source also says Browse)."""
    if not row["forbid_re"]:
        return None
    taken = [m.span() for other in others for m in other.finditer(text)]
    for m in row["forbid_re"].finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            return m
    return None


def messages(ts_path):
    """(context, source, [translation texts]) of every finished message."""
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                yield name, message.findtext("source") or "", forms


def check_message(concepts, exceptions, lang, context, source, forms, used_exceptions):
    """(concept, term, what is wrong, translation) for each concept the source names and the translation
    does not follow; records the exceptions that excused one."""
    problems = []
    named = [n for n, entry in concepts.items() if entry["en"]["match_re"].search(plain(source))]
    for name in named:
        excused = [e for e in exceptions if e["concept"] == name and e["lang"] in ("*", lang)
                   and e["context"] == context and e["source"] == source]
        if excused:
            used_exceptions.update(e["line"] for e in excused)
            continue
        row = concepts[name][lang]
        others = [concepts[n][lang]["match_re"] for n in named if n != name]
        for form in forms:
            text = plain(form)
            found = forbidden(row, text, others)
            if not row["match_re"].search(text) or found:
                why = f"has the forbidden {found.group(0)!r}" if found else f"lacks {row['term']!r}"
                problems.append((name, row["term"], why, form))
                break
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", metavar="DIR", help="also check the cited quotes in these articles")
    args = parser.parse_args()

    ts_files = sorted((ROOT / "translations").glob("*.ts"))
    languages = {}
    for ts in ts_files:
        code = ET.parse(ts).getroot().get("language", "")
        languages[code.split("_")[0]] = ts
    try:
        concepts = load_glossary(languages)
        exceptions = read_rows(EXCEPTIONS, EXCEPTION_COLUMNS)
        for e in exceptions:
            if e["concept"] not in concepts or (e["lang"] != "*" and e["lang"] not in languages):
                raise Malformed(f"{EXCEPTIONS.name}:{e['line']}: unknown concept or language")
            if not e["reason"].strip():
                raise Malformed(f"{EXCEPTIONS.name}:{e['line']}: an exception needs its reason")
        if args.articles:
            check_articles(concepts, args.articles)
    except (Malformed, OSError, ET.ParseError) as e:
        print(f"terminology: {e}", file=sys.stderr)
        return 2

    used_exceptions = set()
    total = 0
    for lang, ts in sorted(languages.items()):
        per_concept = collections.Counter()
        bad_messages = 0
        for context, source, forms in messages(ts):
            problems = check_message(concepts, exceptions, lang, context, source, forms, used_exceptions)
            if problems:
                bad_messages += 1
                print(f"{ts.name} [{context}]")
                print(f"    source:      {source}")
                for form in dict.fromkeys(p[3] for p in problems):
                    print(f"    translation: {form}")
                for name, term, why, _ in problems:
                    print(f"    {name}: use {term!r} — the translation {why}")
                    per_concept[name] += 1
        count = sum(per_concept.values())
        total += count
        detail = ", ".join(f"{n} {c}" for n, c in per_concept.most_common())
        print(f"terminology: {ts.name}: {count} violation(s) in {bad_messages} message(s)"
              + (f" ({detail})" if detail else ""))
    for e in exceptions:
        if e["line"] not in used_exceptions:
            print(f"terminology: note: {EXCEPTIONS.name}:{e['line']} matches no message any more")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
