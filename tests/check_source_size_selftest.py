#!/usr/bin/env python3
"""The size check fails where it must: a tree with a 501-line header, and one with a 90-line function in
ui/, are each refused; the same tree without them passes."""
import pathlib
import subprocess
import sys
import tempfile

SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "check-source-size.py"


def run(root):
    return subprocess.run([sys.executable, str(SCRIPT), "--root", str(root)], capture_output=True, text=True)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "ui").mkdir()
        (root / "src").mkdir()
        (root / "ui" / "small.cpp").write_text("void f()\n{\n    int a = 0;\n}\n")
        if run(root).returncode != 0:
            print("a small tree was refused", file=sys.stderr)
            return 1
        (root / "src" / "big.h").write_text("// line\n" * 501)
        result = run(root)
        if result.returncode == 0 or "src/big.h: 501 lines" not in result.stderr:
            print("a 501-line file passed:", result.stderr, file=sys.stderr)
            return 1
        (root / "src" / "big.h").unlink()
        (root / "ui" / "long.cpp").write_text("void g()\n{\n" + "    ++x;\n" * 88 + "}\n")
        result = run(root)
        if result.returncode == 0 or "ui/long.cpp:1: function of 91 lines" not in result.stderr:
            print("a 91-line function passed:", result.stderr, file=sys.stderr)
            return 1
    print("the size check refuses a long file and a long function")
    return 0


if __name__ == "__main__":
    sys.exit(main())
