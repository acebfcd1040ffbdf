#!/usr/bin/env python3
"""Fails when a source file is over 500 lines, or a function in src/emulator, src/cli or ui/ over 80.

Files: every .h/.cpp/.mjs/.py/.sh/.cmake/CMakeLists.txt the project writes by hand; generated files
(src/core/catalogstrings.h, the tokenizer's tables) and translations are not counted.
Functions: clang-format puts the braces of a function body at column 0 on lines of their own (the
project's .clang-format, BraceWrapping.AfterFunction), so a body runs from a line "{" to the next
line "}"; its length is counted from the signature to the closing brace.

  check-source-size.py [--report N] [--root DIR]
    --report: also print the N longest functions; --root: check another tree (its files found by
    walking it, for the test that shows the check fails)
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
FUNCTION_DIRS = ("src/emulator/", "src/cli/", "ui/")
GENERATED = {"src/core/catalogstrings.h"}
SOURCE = re.compile(r"(\.(h|cpp|mjs|js|py|sh|cmake)|CMakeLists\.txt)$")
SKIP_DIRS = ("translations/", "resources/", "docs/", "fuzz/corpus/", "fuzz/regressions/")


def tracked_files():
    if (ROOT / ".git").exists():
        out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    else:
        out = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()]
    for name in sorted(set(out)):
        if SOURCE.search(name) and not name.startswith(SKIP_DIRS) and name not in GENERATED \
                and (ROOT / name).is_file():
            yield name


def functions(lines):
    """(first line, last line, name) of each function body whose braces stand alone at column 0."""
    start = None
    for i, line in enumerate(lines):
        if line.rstrip() == "{":
            start = i
        elif line.rstrip() == "}" and start is not None:
            # the signature: back from the brace to the line after the previous blank/`}`/`;` line
            sig = start - 1
            while sig > 0 and lines[sig - 1].strip() and not lines[sig - 1].rstrip().endswith((";", "}", "{")) \
                    and not lines[sig - 1].lstrip().startswith(("//", "#")):
                sig -= 1
            name = lines[max(sig, 0)].strip()
            yield max(sig, 0) + 1, i + 1, name
            start = None


def main():
    global ROOT
    if "--root" in sys.argv:
        ROOT = pathlib.Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
    report = 0
    if "--report" in sys.argv:
        report = int(sys.argv[sys.argv.index("--report") + 1])
    problems = []
    longest = []
    for name in tracked_files():
        text = (ROOT / name).read_text(encoding="utf-8", errors="replace").splitlines()
        if len(text) > MAX_FILE_LINES:
            problems.append(f"{name}: {len(text)} lines (at most {MAX_FILE_LINES})")
        if name.endswith(".cpp") and name.startswith(FUNCTION_DIRS):
            for first, last, sig in functions(text):
                length = last - first + 1
                longest.append((length, f"{name}:{first}", sig[:90]))
                if length > MAX_FUNCTION_LINES:
                    problems.append(f"{name}:{first}: function of {length} lines (at most {MAX_FUNCTION_LINES}): {sig[:90]}")
    if report:
        print(f"longest functions in {', '.join(FUNCTION_DIRS)}:")
        for length, where, sig in sorted(longest, reverse=True)[:report]:
            print(f"  {length:4d}  {where}  {sig}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print("every source file within 500 lines; every function in src/emulator, src/cli, ui within 80")
    return 0


if __name__ == "__main__":
    sys.exit(main())
