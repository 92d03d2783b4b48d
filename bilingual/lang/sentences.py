"""Sentences stage: Korean runs through the Korean path (Kiwi), English runs through the English
path; sentences and tokens are recorded with offsets into ``doc.text``.

Runs routed ``other`` become one sentence each without tokens; ``und`` runs (no letters) get none.
All Korean runs of a document go to Kiwi in one batch.

Sentences go into a :class:`~bilingual.columns.RecordBuilder` (past a few thousand, columns: ints in arrays and an
index into the shared routes, no object per sentence), which the document takes as it is; tokens go a run at a time
(Korean: made by :func:`~bilingual.lang.korean.tokens_iter` as the document's rows, in one step) or a sentence at a
time (English) into a :class:`~bilingual.tokens.TokenStore` (past 50,000, ints in arrays and one ``str`` per distinct
form, tag and lemma: no Python object per token), which the document takes as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilingual.columns import RecordBuilder
from bilingual.document import Document, Route, Sentence
from bilingual.lang import english, korean
from bilingual.lang.route import route
from bilingual.offsets import strip_span
from bilingual.tokens import TokenBuilder

if TYPE_CHECKING:
    from bilingual.context import Context


def split_sentences(doc: Document, context: Context) -> Document:
    text = doc.text
    korean_runs = [run for run in doc.runs if run.route.lang == "ko"]
    strings: dict[str, str] = {}  # one str object per distinct form, tag and lemma of the document
    # past a few thousand, as columns (columns.RecordBuilder: ints in arrays and an index into the shared routes;
    # before, each compact: memory.compact_record, a dictionary of shared keys)
    sentences = RecordBuilder(Sentence)
    # lazily, in run order: the morphemes of a run are made into tokens (at the document's offsets, numbered as the
    # sentences they are in will be) and dropped before the next run's arrive
    analysed = korean.tokens_iter([text[run.start:run.end] for run in korean_runs], names=context.kb.tokenizer_names(),
                                  strings=strings, bases=[run.start for run in korean_runs], lang="ko",
                                  numbered=sentences.__len__)
    tokens = TokenBuilder()
    shared_routes: dict[Route, Route] = {}  # one Route object per distinct route (most sentences share one)
    routes = shared_routes.setdefault
    total = len(text)
    for i, run in enumerate(doc.runs):
        lang = run.route.lang
        if lang == "ko":
            block = doc.blocks[run.block]
            spans, rows = next(analysed)
            for s, e in spans:
                # a sentence that is its whole block (most lines of news) is in a run that is the whole block too,
                # whose route was decided on the same text: it keeps it
                r = run.route if s == block.start and e == block.end else route(text[s:e])
                sentences.append(s, e, run.block, i, routes(r, r))
            tokens.append_tokens(rows)
            context.report("split_sentences", run.end, total)
        elif lang == "en":
            run_text = text[run.start:run.end]
            spans = english.sentences(run_text)
            for s, e in spans:
                index = len(sentences)
                a, b = run.start + s, run.start + e
                # a run that is one sentence keeps the run's route (already decided on the same text)
                r = run.route if len(spans) == 1 and run_text.strip() == text[a:b] else route(text[a:b])
                r = routes(r, r)
                sentences.append(a, b, run.block, i, r)
                tokens.append_tokens(english.tokens_at(text, a, b, index, strings))
            context.report("split_sentences", run.end, total)
        elif lang == "other":
            s, e = strip_span(text, run.start, run.end)
            if s < e:
                sentences.append(s, e, run.block, i, run.route)
    return doc.evolve(sentences=sentences.build(), tokens=tokens.build())
