"""What the README shows is what the library does: its Python examples run as doctests."""

from __future__ import annotations

import doctest
import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_examples_run() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks, "the README has no Python example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md python block {number}", "README.md", 0)
        assert test.examples, f"python block {number} has no >>> examples"
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} README examples failed (see the output above)"


def test_readme_names_the_two_commands() -> None:
    assert ("pip install . && bilingual process fixtures/pages -o out/pages.jsonl && bilingual review "
            "fixtures/review/example.ko fixtures/review/example.en --html out/review.html --fail-on never") in README
    assert '<!-- test-command -->\n```bash\npip install -e ".[test]" && pytest\n```' in README
