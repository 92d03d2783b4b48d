"""Language: the routing stage, and the sentences stage with its Korean and English paths.

- :mod:`~bilingual.lang.route` — the router (an ordered table of rules, script first) and language runs
- :mod:`~bilingual.lang.langid` — langdetect, seeded, behind one function
- :mod:`~bilingual.lang.sentences` — the sentences stage: Korean runs to Kiwi, English runs to the English path
- :mod:`~bilingual.lang.korean` — kiwipiepy, behind one module (one analyzer per set of user names)
- :mod:`~bilingual.lang.english` — sentencex and the English tokenizer
"""

from bilingual.lang.route import ROUTE_RULES, route, route_blocks, split_runs
from bilingual.lang.sentences import split_sentences

__all__ = ["ROUTE_RULES", "route", "route_blocks", "split_runs", "split_sentences"]
