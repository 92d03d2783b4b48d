"""The one document model that flows through every stage.

All spans are half-open character offsets ``[start, end)`` into :attr:`Document.text` (the repaired
text). :meth:`Document.to_original` maps any such span back into :attr:`Document.original_text`.

A fresh document has not been through any stage yet: its text is the original text.

>>> doc = Document.create("WORLD&nbsp", source="page.txt")
>>> (doc.text, doc.repairs, doc.to_original(0, 5))
('WORLD&nbsp', (), (0, 5))
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PrivateAttr,
    SerializationInfo,
    TypeAdapter,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    model_validator,
)
from pydantic_core import CoreSchema, core_schema

from bilingual.columns import RecordStore
from bilingual.offsets import Edit, OffsetMap
from bilingual.tokens import Lang as Lang  # defined with the tokens; read from here by most modules
from bilingual.tokens import Token as Token
from bilingual.tokens import TokenStore as TokenStore

RepairKind = Literal[
    "legacy_korean",  # EUC-KR/CP949 bytes that were decoded as Latin-1/CP1252
    "mojibake",  # UTF-8 decoded with the wrong codec (fixed by ftfy)
    "character_width",  # full-width Latin/digits, half-width Hangul/Kana (ftfy)
    "ligature",  # Latin ligatures such as "ﬁ" (ftfy)
    "unicode",  # any other ftfy fix (surrogates, C1 controls, ...)
    "html_entity",  # &nbsp &amp; &#39; ... with or without the semicolon
    "escaped_quote",  # backslash-escaped quotes from a serialised string: Thursday\'s
    "line_break",  # CRLF, CR, U+2028, U+2029, U+0085 -> LF
    "control_char",  # C0 control characters and DEL
    "terminal_escape",  # ANSI terminal escape sequences
    "whitespace",  # no-break and other Unicode spaces -> U+0020
    "zero_width",  # zero-width space, word joiner, BOM, soft hyphen -> removed
    "nfc",  # Unicode NFC composition (decomposed Hangul, combining accents)
]

FlagKind = Literal["legacy_korean_suspect", "repair_not_converged", "surrogate_replaced"]

BlockLabel = Literal[
    "headline", "byline", "dateline", "body", "caption", "navigation", "related", "footer", "other"
]
BLOCK_LABELS: tuple[BlockLabel, ...] = (
    "headline", "byline", "dateline", "body", "caption", "navigation", "related", "footer", "other"
)


_FIELD_SETS: dict[frozenset[str], set[str]] = {}
"""One ``set`` object per distinct set of field names given (see :meth:`Model._share_fields_set`)."""


class Model(BaseModel):
    """Base for every record: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="after")
    def _share_fields_set(self) -> Self:
        """Pydantic keeps, in every instance, a new ``set`` of the names of the fields it was given (about 730 bytes
        for a mention or a sentence, more than the rest of a sentence); a huge document has tens of thousands of
        records. A frozen record never changes that set (pydantic adds to it only when a field is assigned, and
        ``model_copy`` copies it before it adds), so records given the same fields share one."""
        fields = self.__pydantic_fields_set__
        shared = _FIELD_SETS.setdefault(frozenset(fields), fields)
        if shared is not fields:
            object.__setattr__(self, "__pydantic_fields_set__", shared)
        return self


class Repair(Model):
    """One change the repair stage made: ``original`` became ``replacement``."""

    kind: RepairKind
    start: int
    end: int
    original_start: int
    original_end: int
    original: str
    replacement: str
    reason: str
    steps: tuple[RepairKind, ...] = ()
    """All kinds applied to this span, in order, when several fixes touched it (else empty)."""


class Flag(Model):
    """Something the repair stage noticed but did not change: a reviewer should look."""

    kind: FlagKind
    start: int
    end: int
    original_start: int
    original_end: int
    reason: str
    suggestion: str | None = None


class Route(Model):
    """Where a piece of text goes: the Korean path, the English path, or neither, and why."""

    lang: Lang
    confidence: float
    reason: str


class Block(Model):
    """A labelled stretch of the page (a line or paragraph of the scraped text)."""

    index: int
    start: int
    end: int
    label: BlockLabel
    confidence: float
    reason: str
    duplicate_of: int | None = None
    route: Route | None = None
    """Set by the routing stage."""


class Run(Model):
    """A stretch of one block in one language (blocks that mix languages have several)."""

    start: int
    end: int
    block: int
    route: Route


class Sentence(Model):
    """A sentence found by the Korean or English path, within one run."""

    start: int
    end: int
    block: int
    run: int
    route: Route


MentionType = Literal["person", "org", "place", "other"]
LinkMethod = Literal["exact", "normalized", "romanization", "partial", "transcription", "fuzzy"]
"""The knowledge-base tier that found an entity for a name (see :mod:`bilingual.entities.kb`)."""
MentionMethod = Literal["exact", "normalized", "romanization", "partial", "transcription", "fuzzy", "short-form",
                        "unlinked"]
"""How a mention was linked: a KB tier, ``short-form`` (resolved to an entity named in full in the document), or
``unlinked`` (not in the KB)."""


class Mention(Model):
    """A name in the text and the entity it refers to (``entity_id=None``: not linked; see ``cluster``)."""

    start: int
    end: int
    text: str
    type: MentionType
    lang: Lang
    entity_id: str | None
    score: float
    method: MentionMethod
    reasons: tuple[str, ...]
    candidates: tuple[str, ...] = ()
    """Entities that fitted about equally when the link abstained."""
    title: str | None = None
    """A title before or after the name (Secretary, Foreign Minister, 장관), kept apart from the span."""
    cluster: str | None = None
    """For a person not in the knowledge base: a provisional id shared by the spelling variants of one name."""


FindingCode = Literal["name-mismatch", "name-missing", "name-spelling", "name-style", "number-mismatch",
                      "untranslated", "omission", "language-mismatch", "placeholder-mismatch", "url-mismatch",
                      "same-as-source", "unpaired-mark", "repeated-word", "spacing", "tag-mismatch", "invalid-unit",
                      "terminology", "target-inconsistency", "source-inconsistency"]
Severity = Literal["error", "warning", "info"]
SEVERITY: dict[str, Severity] = {"name-mismatch": "error", "number-mismatch": "error", "placeholder-mismatch": "error",
                                 "tag-mismatch": "error", "invalid-unit": "error", "url-mismatch": "error",
                                 "name-missing": "warning", "name-spelling": "warning",
                                 "untranslated": "warning", "omission": "warning", "same-as-source": "warning",
                                 "unpaired-mark": "warning", "repeated-word": "warning", "language-mismatch": "warning",
                                 "terminology": "warning", "target-inconsistency": "warning",
                                 "name-style": "info", "spacing": "info", "source-inconsistency": "info"}
"""The severity of each finding code, errors first (reports list the codes in this order)."""


class Finding(Model):
    """Something a translation reviewer should look at in one pair of segments.

    Spans are half-open offsets into the texts of the pair's two sides: into :attr:`Document.text` for
    the pairs a page holds (:attr:`Document.pairs`), into ``ReviewPair.source`` and ``.target`` in a review.
    """

    code: FindingCode
    severity: Severity
    pair: int
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    entities: tuple[str, ...] = ()
    """Entity ids (or ``unknown:…`` clusters) involved, source side first."""
    values: tuple[str, ...] = ()
    """The numbers or strings involved, as written, source side first."""
    message: str


class Pair(Model):
    """A stretch of a page and its translation on the same page (a Korean caption and its English one)."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int
    source_lang: Lang
    target_lang: Lang
    score: float
    reason: str


def _tokens_fast_path(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> TokenStore:
    """Tokens are held in a :class:`TokenStore` (the tuple itself, or columns for a huge document). A store is
    taken as it is; tokens built as :class:`Token` instances are stored without validating each field, and so are
    the tokens of the document a :meth:`Document.evolve` copies (they were checked when it was validated); anything
    else — JSON, lists, plain tuples — is validated field by field first."""
    if isinstance(value, TokenStore):
        return value
    if type(value) is tuple and ((info.context is not None and "tokens" in info.context.get(_UNCHANGED, ()))
                                 or all(type(t) is Token for t in value)):
        return TokenStore.of_tokens(value)
    return TokenStore.of_tokens(handler(value))


def _dump_tokens(value: Sequence[Token], info: SerializationInfo) -> Any:
    """A token is written as the array of its fields, as a tuple would be; to JSON one at a time (a generator), so
    the tokens of a huge document are never all built at once while its record is written."""
    if info.mode_is_json():
        return iter(value)
    return tuple(map(tuple, value))


class _TokensSchema:
    """The schema of :attr:`Document.tokens`: validated (and described by the JSON schema) as a tuple of
    :class:`Token`, held as a :class:`TokenStore`, written as a tuple of tokens."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.with_info_wrap_validator_function(
            _tokens_fast_path, handler.generate_schema(tuple[Token, ...]),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _dump_tokens, info_arg=True, return_schema=core_schema.any_schema()))


Tokens = Annotated[TokenStore, _TokensSchema]


class _RecordsSchema:
    """The schema of :attr:`Document.runs` and :attr:`Document.sentences`: validated (and described by the JSON
    schema) as a tuple of the model, held as a :class:`~bilingual.columns.RecordStore` (columns for a huge
    document), written as a tuple of records."""

    def __init__(self, kind: type[Model]) -> None:
        self.kind = kind

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        kind = self.kind

        def fast_path(value: Any, inner: ValidatorFunctionWrapHandler, info: ValidationInfo) -> RecordStore[Any]:
            """A store is taken as it is; a tuple of records of the model (built by the stages, or the document's
            that :meth:`Document.evolve` copies) is stored as it is, as pydantic took them before; anything else
            (JSON, lists, dicts) is validated record by record first."""
            if isinstance(value, RecordStore) and value.kind is kind:
                return value
            if type(value) is tuple and all(type(r) is kind for r in value):
                return RecordStore.of_records(kind, value)
            return RecordStore.of_records(kind, inner(value))

        return core_schema.with_info_wrap_validator_function(
            fast_path, handler.generate_schema(tuple[kind, ...]),  # type: ignore[valid-type]
            serialization=core_schema.plain_serializer_function_ser_schema(
                _dump_records, info_arg=True, return_schema=core_schema.any_schema()))


def _dump_records(value: Sequence[Model], info: SerializationInfo) -> Any:
    """Records written as a tuple of them is: to JSON one at a time (a generator), so that a huge document's are never
    all built at once while its record is written; with ``include`` or ``exclude`` given for the field (records
    chosen by index), or to Python objects, by the serializer of the tuple itself, told the same settings."""
    if info.mode_is_json() and info.include is None and info.exclude is None:
        return iter(value)
    kind: type[Model] = value.kind if isinstance(value, RecordStore) else type(value[0]) if value else Model
    include: Any = info.include
    exclude: Any = info.exclude
    return _records_adapter(kind).dump_python(
        tuple(value), mode="json" if info.mode_is_json() else "python", include=include, exclude=exclude,
        context=info.context,
        by_alias=info.by_alias, exclude_unset=info.exclude_unset, exclude_defaults=info.exclude_defaults,
        exclude_none=info.exclude_none, round_trip=info.round_trip, serialize_as_any=info.serialize_as_any)


@functools.cache
def _records_adapter(kind: type[Model]) -> TypeAdapter[Any]:
    return TypeAdapter(tuple[kind, ...])  # type: ignore[valid-type]


_UNCHANGED = "bilingual.unchanged"
"""The key of :meth:`Document.evolve`'s validation context: the fields it copies unchanged (spans checked)."""
_SPAN_FIELDS = ("repairs", "flags", "blocks", "runs", "sentences", "tokens", "mentions", "pairs", "findings")

_SURROGATES = re.compile("[\ud800-\udfff]+")


def replace_surrogates(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with every surrogate code point (U+D800–DFFF) replaced by U+FFFD, one for one, and the spans replaced.

    A Python ``str`` can hold surrogates, but they are not characters: no UTF-8 file and no JSON record can hold
    them. Replacing each by one U+FFFD keeps every offset into ``text`` valid.
    """
    spans = [m.span() for m in _SURROGATES.finditer(text)]
    if not spans:
        return text, spans
    return _SURROGATES.sub(lambda m: "\ufffd" * len(m.group()), text), spans


def surrogate_flags(spans: list[tuple[int, int]]) -> tuple[Flag, ...]:
    """The flags recording where :func:`replace_surrogates` replaced surrogates (in a fresh document's offsets)."""
    return tuple(Flag(kind="surrogate_replaced", start=s, end=e, original_start=s, original_end=e,
                      reason=f"{e - s} surrogate code point(s) (not characters: no file or JSON can hold them) "
                             "replaced by U+FFFD", suggestion=None) for s, e in spans)


def document_id(text: str, source: str | None) -> str:
    """A stable id from the source name and the original text."""
    digest = hashlib.sha256(f"{source or ''}\x00{text}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


Runs = Annotated[RecordStore[Run], _RecordsSchema(Run)]
Sentences = Annotated[RecordStore[Sentence], _RecordsSchema(Sentence)]


class Document(Model):
    """A page of scraped text and everything the stages found in it."""

    id: str
    source: str | None = None
    original_text: str
    text: str
    repairs: tuple[Repair, ...] = ()
    flags: tuple[Flag, ...] = ()
    blocks: tuple[Block, ...] = ()
    runs: Runs = Field(default=(), validate_default=True)  # a RecordStore (columns for a huge document)
    sentences: Sentences = Field(default=(), validate_default=True)  # the same
    tokens: Tokens = Field(default=(), validate_default=True)  # a TokenStore, empty by default
    mentions: tuple[Mention, ...] = ()
    pairs: tuple[Pair, ...] = ()
    """Translations inside the page: a block followed by its translation (set by the pairing stage)."""
    findings: tuple[Finding, ...] = ()
    """What the review of :attr:`pairs` found; a finding's ``pair`` indexes :attr:`pairs`."""

    _offset_map: OffsetMap | None = PrivateAttr(default=None)

    @classmethod
    def create(cls, text: str, *, source: str | None = None) -> Document:
        """A fresh, unprocessed document whose repaired text is the original text."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if source is not None and not isinstance(source, str):
            raise TypeError(f"source must be str or None, not {type(source).__name__}")
        text, spans = replace_surrogates(text)
        if source is not None:
            source = replace_surrogates(source)[0]  # a file name undecodable as UTF-8 (os.fsdecode)
        return cls(id=document_id(text, source), source=source, original_text=text, text=text,
                   flags=surrogate_flags(spans))

    def __eq__(self, other: object) -> bool:
        """Documents are equal when their fields are: the cached offset map is not part of a document."""
        if not isinstance(other, Document):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = Model.__hash__

    def evolve(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied and validated (``model_copy`` would skip validation). The spans of the
        fields left as they are were checked when this document was validated: unless the text changes, they are
        not checked again (a page's tens of thousands of tokens, at every later stage)."""
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        unchanged = frozenset() if "text" in changes or "original_text" in changes else \
            frozenset(name for name in _SPAN_FIELDS if name not in changes)
        return type(self).model_validate(data, context={_UNCHANGED: unchanged})

    @model_validator(mode="after")
    def _check_spans(self, info: ValidationInfo) -> Self:
        unchanged: frozenset[str] = info.context.get(_UNCHANGED, frozenset()) if info.context else frozenset()
        if "findings" in unchanged and "pairs" not in unchanged:
            unchanged -= {"findings"}  # a finding names a pair by its index
        n, n_orig = len(self.text), len(self.original_text)
        for r in () if "repairs" in unchanged else self.repairs:
            if not (0 <= r.start <= r.end <= n and 0 <= r.original_start <= r.original_end <= n_orig):
                raise ValueError(f"repair span out of range: {r.kind} at {r.start}:{r.end}")
            if self.text[r.start:r.end] != r.replacement:
                raise ValueError(f"repair at {r.start}:{r.end} does not match text")
            if self.original_text[r.original_start:r.original_end] != r.original:
                raise ValueError(f"repair at original {r.original_start}:{r.original_end} does not match")
        for f in () if "flags" in unchanged else self.flags:
            if not (0 <= f.start <= f.end <= n and 0 <= f.original_start <= f.original_end <= n_orig):
                raise ValueError(f"flag span out of range: {f.kind} at {f.start}:{f.end}")
        prev_end = 0
        for i, b in enumerate(() if "blocks" in unchanged else self.blocks):
            if b.index != i or not (prev_end <= b.start < b.end <= n):
                raise ValueError(f"block {i} ({b.start}:{b.end}) is out of order or out of range")
            if b.duplicate_of is not None and not 0 <= b.duplicate_of < i:
                raise ValueError(f"block {i} is a duplicate of a block that does not precede it")
            prev_end = b.end
        for m in () if "mentions" in unchanged else self.mentions:
            if not 0 <= m.start < m.end <= n or self.text[m.start:m.end] != m.text:
                raise ValueError(f"mention {m.text!r} at {m.start}:{m.end} does not match the text")
        for p in () if "pairs" in unchanged else self.pairs:
            if not (0 <= p.source_start <= p.source_end <= n and 0 <= p.target_start <= p.target_end <= n):
                raise ValueError(f"pair {p.source_start}:{p.source_end} -> {p.target_start}:{p.target_end} "
                                 "is outside the text")
        for finding in () if "findings" in unchanged else self.findings:
            if not 0 <= finding.pair < len(self.pairs):
                raise ValueError(f"finding {finding.code} names pair {finding.pair}, which does not exist")
        for kind, spans in (("run", self.runs), ("sentence", self.sentences)):
            if f"{kind}s" not in unchanged and (bad := spans.spans_within(n)) is not None:
                raise ValueError(f"{kind} span {spans[bad].start}:{spans[bad].end} is outside the text")
        if "tokens" not in unchanged and (bad := self.tokens.spans_within(n)) is not None:
            raise ValueError(f"token span {self.tokens[bad].start}:{self.tokens[bad].end} is outside the text")
        return self

    # -- offsets -------------------------------------------------------------------------------
    @property
    def offset_map(self) -> OffsetMap:
        """The map from ``original_text`` (source) to ``text`` (destination)."""
        if self._offset_map is None:
            edits = (Edit(r.original_start, r.original_end, r.start, r.end) for r in self.repairs)
            self._offset_map = OffsetMap.from_edits(edits)
        return self._offset_map

    def _check_span(self, start: int, end: int, length: int) -> None:
        for value in (start, end):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"span offsets must be int, not {type(value).__name__}")
        if not 0 <= start <= end <= length:
            raise ValueError(f"span {start}:{end} is outside 0:{length}")

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of ``text`` to ``original_text``.

        A boundary inside a repaired stretch is widened to the whole repair, so the result covers
        everything that produced ``text[start:end]``; characters deleted right at a boundary (a
        zero-width space before a word) stay outside, except at the ends of the text: the whole
        text maps to the whole original.
        """
        self._check_span(start, end, len(self.text))
        s, e = self.offset_map.to_source(start, end)
        if start == 0:
            s = 0
        if end == len(self.text):
            e = len(self.original_text)
        return s, max(s, e)

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of ``original_text`` to ``text`` (widened like above)."""
        self._check_span(start, end, len(self.original_text))
        return self.offset_map.to_dest(start, end)

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]
