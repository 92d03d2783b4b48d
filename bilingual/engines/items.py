"""One batch item to one document, the same in every engine: a text, a ``(source, text)`` pair, or a record
(a mapping with a text field); a bad item raises a coded :class:`~bilingual.errors.InputError`.

>>> from bilingual.context import Context
>>> process_item(Context.create(), ("a.txt", "Seoul")).source
'a.txt'
>>> process_item(Context.create(), None)
Traceback (most recent call last):
  ...
bilingual.errors.NotTextError: item: needs text as str, not NoneType
"""

from __future__ import annotations

from collections.abc import Mapping

from bilingual.context import Context
from bilingual.document import Document
from bilingual.errors import InputError, NotTextError
from bilingual.formats.inputs import check_text
from bilingual.stages import finish_document, route_document


def item_parts(item: object, *, text_field: str = "text", id_field: str | None = None) -> tuple[str | None, object]:
    """``(source, text)`` of an item; the text is not checked here."""
    if isinstance(item, tuple):
        if len(item) != 2 or not (item[0] is None or isinstance(item[0], str)):
            raise InputError("item", "not_text", "a batch item must be a text or a (source, text) pair")
        return item[0], item[1]
    if isinstance(item, Mapping):
        key = item.get(id_field) if id_field is not None else None
        return (None if key is None else str(key)), item.get(text_field)
    return None, item


def item_name(item: object, index: int, *, id_field: str | None = None) -> str:
    """How an error record names an item: its source, else its position in the input (``item 3``)."""
    try:
        source, _ = item_parts(item, id_field=id_field)
    except InputError:
        source = None
    return source if source is not None else f"item {index}"


def process_item(context: Context, item: object, *, max_chars: int | None = None, text_field: str = "text",
                 id_field: str | None = None) -> Document:
    """The document of one item; :class:`~bilingual.errors.NotTextError` (``not_text``) when it has no text,
    ``too_large`` above ``max_chars`` characters."""
    return finish_item(context, route_item(context, item, max_chars=max_chars, text_field=text_field,
                                           id_field=id_field))


def route_item(context: Context, item: object, *, max_chars: int | None = None, text_field: str = "text",
               id_field: str | None = None) -> Document:
    """:func:`process_item` up to the Korean path (the stages that need no Kiwi), with its checks; :func:`finish_item`
    does the rest (the two steps of a :class:`~bilingual.engines.pool.Split`)."""
    source, text = item_parts(item, text_field=text_field, id_field=id_field)
    name = source or "item"
    if not isinstance(text, str):
        raise NotTextError(name, text)
    error = check_text(name, text, max_chars=max_chars)
    if error is not None and error.code == "too_large":
        raise error
    return route_document(Document.create(text, source=source), context)


def finish_item(context: Context, doc: Document) -> Document:
    """The stages after :func:`route_item`'s."""
    return finish_document(doc, context)
