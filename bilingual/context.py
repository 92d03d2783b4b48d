"""What every stage is given besides the document: the options and the knowledge base, explicitly.

A stage is a pure function ``(Document, Context) -> Document``: no globals, no I/O. The context is built
once per run (:meth:`Context.create`) and passed down unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from bilingual.config import Config
from bilingual.entities.acceptance import Link
from bilingual.entities.kb import KnowledgeBase

if TYPE_CHECKING:
    from bilingual.document import Document


ProgressHook: TypeAlias = "Callable[[str, int, int], None]"
"""``hook(stage, done, total)``: a stage has got ``done`` characters through the document's ``total``."""


@dataclass(frozen=True)
class Context:
    """The options and the knowledge base every stage receives, and what linking learned during the run."""

    config: Config
    kb: KnowledgeBase
    links: dict[str, Link | None] = field(default_factory=dict, compare=False, hash=False, repr=False)
    """A memo of ``kb.link(name)`` for the names met so far in this run (a link is a function of the name and the
    KB alone, so a batch links each distinct name once; the mentions stage bounds its size). In front of the KB's
    own memo (:meth:`KnowledgeBase.remembered_link`), which remembers links across runs; not pickled."""
    progress: ProgressHook | None = field(default=None, compare=False, hash=False, repr=False)
    """Told how far the stages have got through a document (see :meth:`report`); ``None`` (the default, and in
    worker processes) for no reports."""

    def report(self, stage: str, done: int, total: int) -> None:
        """Tell :attr:`progress` that ``stage`` has got ``done`` characters through a text of ``total``."""
        if self.progress is not None:
            self.progress(stage, done, total)

    @classmethod
    def create(cls, *, config: Config | None = None, kb: KnowledgeBase | None = None,
               progress: ProgressHook | None = None) -> Context:
        """A context with the given options and KB: ``None`` means the defaults and the bundled KB (an
        empty KB stays empty). Raises :class:`TypeError` for anything else. ``progress`` is told how far each
        stage has got through a document (it stays in this process: a context sent to workers drops it)."""
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a bilingual.Config, not {type(config).__name__}")
        if kb is not None and not isinstance(kb, KnowledgeBase):
            raise TypeError(f"kb must be a bilingual.KnowledgeBase, not {type(kb).__name__}")
        if progress is not None and not callable(progress):
            raise TypeError(f"progress must be callable, not {type(progress).__name__}")
        return cls(config=config if config is not None else Config(),
                   kb=kb if kb is not None else KnowledgeBase.default(), progress=progress)

    def __getstate__(self) -> dict[str, object]:
        """Pickled (for a worker process) without the progress hook, which reports to this process only, and
        without the links remembered (the worker's KB remembers its own)."""
        return {**self.__dict__, "progress": None, "links": {}}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


Stage: TypeAlias = "Callable[[Document, Context], Document]"
