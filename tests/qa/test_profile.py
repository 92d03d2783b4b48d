"""Review profiles: checks switched off in a TOML file; bad files are errors naming the line."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bilingual.cli import main
from bilingual.document import Finding
from bilingual.qa.profile import ProfileError, load_profile, parse_profile
from bilingual.qa.result import Review


def test_switched_off_checks_are_dropped() -> None:
    profile = parse_profile('# mine\n[checks]\n"repeated-word" = false\nspacing = true\n')
    review = Review(source_lang="ko", target_lang="en", pairs=(), findings=(
        Finding(code="repeated-word", severity="warning", pair=0, message="x"),
        Finding(code="spacing", severity="info", pair=0, message="y")))
    assert [f.code for f in profile.apply(review).findings] == ["spacing"]
    assert parse_profile("").apply(review) == review


def test_the_terminology_and_file_checks_can_be_switched_off() -> None:
    from bilingual import review_pairs
    result = review_pairs([("외교부는 성명을 냈다.", "The foreign office said."), ("외교부는 성명을 냈다.", "It said."),
                           ("그가 왔다.", "It said.")])
    codes = {f.code for f in result.findings}
    assert {"terminology", "target-inconsistency", "source-inconsistency"} <= codes
    profile = parse_profile('[checks]\nterminology = false\ntarget-inconsistency = false\n'
                            'source-inconsistency = false\n')
    assert {f.code for f in profile.apply(result).findings} == codes - {
        "terminology", "target-inconsistency", "source-inconsistency"}


@pytest.mark.parametrize(("text", "line", "words"), [
    ("[checks]\nspacing = false\n\nspeling = false\n", 4, "unknown check 'speling'"),
    ("\n[check]\nspacing = false\n", 2, "unknown key 'check'"),
    ("[checks]\nspacing = 0\n", 2, "must be true or false"),
    ("[checks]\nspacing = \n", None, "not valid TOML"),
    ("checks = 3\n", 1, "must be a table"),
])
def test_bad_profiles_name_the_line(text: str, line: int | None, words: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "qa.toml")
    assert caught.value.code == "invalid_profile" and words in str(caught.value)
    assert str(caught.value).startswith("qa.toml: ")
    if line is not None:
        assert f"line {line}:" in str(caught.value)
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == str(caught.value) and again.code == "invalid_profile"


def test_cli_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.ko").write_text("그는 떠났다고 말했다.\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("He said that he had left left.\n", encoding="utf-8")
    args = ["review", "--aligned", str(tmp_path / "a.ko"), str(tmp_path / "a.en")]
    main(args)
    assert "repeated-word" in capsys.readouterr().out
    (tmp_path / "qa.toml").write_text("[checks]\nrepeated-word = false\n", encoding="utf-8")
    main([*args, "--profile", str(tmp_path / "qa.toml")])
    assert "repeated-word" not in capsys.readouterr().out
    (tmp_path / "bad.toml").write_text("[checks]\nrepeated_words = false\n", encoding="utf-8")
    assert main([*args, "--profile", str(tmp_path / "bad.toml")]) == 2
    assert "[invalid_profile]" in capsys.readouterr().err and load_profile(tmp_path / "qa.toml").disabled
