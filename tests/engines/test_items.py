"""One item to one document, the same in every engine."""

from __future__ import annotations

import pytest

import bilingual
from bilingual.context import Context
from bilingual.engines.items import item_name, process_item
from bilingual.errors import InputError, NotTextError


def test_items_of_every_shape() -> None:
    context = Context.create()
    assert process_item(context, "Seoul") == bilingual.process("Seoul")
    assert process_item(context, ("a.txt", "Seoul")) == bilingual.process("Seoul", source="a.txt")
    assert process_item(context, {"id": 4, "body": "Seoul"}, text_field="body", id_field="id") \
        == bilingual.process("Seoul", source="4")
    for bad in (None, b"Seoul", 3, ("a.txt", None), {"text": 1}):
        with pytest.raises(NotTextError):
            process_item(context, bad)
    with pytest.raises(InputError) as caught:
        process_item(context, ("a", "b", "c"))
    assert caught.value.code == "not_text"
    with pytest.raises(InputError) as caught:
        process_item(context, ("big.txt", "x" * 11), max_chars=10)
    assert caught.value.code == "too_large" and "big.txt" in str(caught.value)


def test_names() -> None:
    assert item_name(("a.txt", "x"), 3) == "a.txt"
    assert item_name("x", 3) == "item 3" and item_name(None, 0) == "item 0"
    assert item_name({"k": "id-9"}, 2, id_field="k") == "id-9"
