"""Blocks stage: split a page into lines and label each one.

Scraped pages put one paragraph, menu item or list entry on each line, so a block is a non-empty
line without its surrounding whitespace. Each block gets exactly one label from
:data:`bilingual.document.BLOCK_LABELS`, a confidence and a reason. The rules look at the line
(cue phrases in English and Korean, its shape) and at its neighbours (a list that follows a
"Latest Stories" heading, the part of the page before the first paragraph of prose). ``split_blocks`` then lets
the learned layer of :mod:`bilingual.page.label_layer` relabel them (``BlockConfig.learned_layer``).
See ``docs/blocks.md``.

>>> from bilingual.document import Document
>>> page = "Skip to main content\\nSeoul Hosts Talks\\nBy Jane Doe\\n" + "The talks began on Monday. " * 3
>>> from bilingual.context import Context
>>> [b.label for b in split_blocks(Document.create(page), Context.create()).blocks]
['navigation', 'headline', 'byline', 'body']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from bilingual.document import Block, BlockLabel, Document
from bilingual.offsets import line_spans
from bilingual.page.duplicates import duplicate_key, find_duplicates
from bilingual.page.label_layer import learned_labels, sentence_value
from bilingual.page.sentence_end import ends_sentence
from bilingual.page.widget_lines import (
    EMAIL,
    contact_line,
    department_contact,
    rating_line,
    widget,
    wire_byline,
    write_to,
)
from bilingual.text.counts import hangul_syllables, space_pieces, word_runs
from bilingual.text.scripts import LISTED_LENGTH, SYLLABLES

if TYPE_CHECKING:
    from bilingual.context import Context

SKIPPED_LABELS: frozenset[BlockLabel] = frozenset({"navigation", "related", "footer"})
"""Blocks that are not the article: later stages find no mentions and pair no translations in them."""

_I = re.IGNORECASE

# Site chrome: skip links, menus, widgets. Matched against the whole line (bullets stripped).
_NAV_LINE = re.compile(
    r"(?:(?:quick|direct|skip|jump)\s+(?:access\s+)?to\s+(?:the\s+)?(?:main|content|navigation)\b.*"
    # labels33: a skip link without its "to" (Skip navigation), a cookie banner with its buttons (This site uses
    # cookies. … [OK]; We use cookies … Accept | Settings; Accept all cookies; 이 사이트는 쿠키를 사용합니다 … [동의])
    r"|skip\s+(?:navigation|nav|menu)|accept\s+(?:all\s+)?cookies"
    r"|(?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b.{0,200}?(?:\[?\s*(?:ok|accept(?:\s+all)?|agree|got\s+it|"
    r"(?:cookie\s+)?settings)\s*\]?)"
    r"|(?:이\s*)?(?:사이트|웹사이트|홈페이지)[는에서]*\s*쿠키를?\s*사용.{0,200}?(?:\[?\s*(?:동의|확인|수락|설정)\s*\]?)"
    r"|(?:go\s+to\s+)?(?:top|home|main\s+menu|menu|search|close|print|e-?mail|subscribe|log\s*in|"
    r"log\s*out|sign\s*(?:in|up)|register|font\s*size|text\s*size|zoom|loading\.*|more|next|prev(?:ious)?|"
    r"back\s+to\s+top|advertisement|sponsored|comments?\s*\(?\d*\)?|share(?:\s+(?:it\s+)?on\b.*|\s+this.*)?|"
    r"tweet|facebook|twitter|kakao\s*talk|line|copy\s+link|scrap|leave\s+a\s+(?:reply|comment)|"
    r"post\s+a\s+comment|add\s+a\s+comment|write\s+a\s+comment|continue\s+reading|view\s+in\s+(?:your\s+)?browser|"
    r"already\s+a\s+subscriber\??(?:\s*(?:sign|log)\s*in)?|load\s+more(?:\s+\w+)?|#\w+(?:\s+#\w+)+|"
    # app banners, reading lists, tag lines: Open in app, Save to reading list, Tags: #theft #Incheon
    r"open\s+in\s+(?:the\s+)?app|(?:get|download)\s+the\s+(?:[\w ]{1,20}\s)?app\b.{0,60}|"
    r"save\s+(?:to\s+(?:your\s+)?reading\s+list|for\s+later)|(?:font|text)\s*size(?:\s+[aA+−-]){1,3}|"
    r"(?:tags?|topics?|keywords?|categor(?:y|ies)|filed\s+under)\s*(?::\s*|\s+(?=#))\S.{0,150}|"
    # a list's unfold button: See all results ▼, View more
    r"(?:see|view|show)\s+(?:all|more)(?:\s+\w+){0,3}\s*[▼▽▾›>»+]?|"
    # follow/listen/play/download buttons, social sites, a newsletter's browser link, prev/next article links
    r"follow\s+(?:us\s+)?on\s+\S.{0,30}|listen\s+on\s+\S.{0,40}|(?:▶\s*)?play\s+(?:the\s+)?(?:episode|video|audio)|"
    r"linkedin|instagram|youtube|spotify|pinterest|threads|rss|(?:x|facebook|twitter)\s+share|"
    r"download\s+(?:the\s+)?(?:full\s+)?(?:report|mp3|pdf|audio|episode|file)\b.{0,40}|"
    r"view\s+this\s+(?:e-?mail|newsletter)\s+in\s+(?:your\s+)?(?:web\s+)?browser|back\s+to\s+(?:the\s+)?list|list|"
    # labels47: a forum's Prev thread: … / Next topic: … (prev written short as in Prev ▲ …); labels48: an arrow
    # before it (← Previous post: …, set ae's blog)
    r"(?:←\s*)?(?:previous|prev|next)\s+(?:article|story|post|thread|topic)\b.{0,80})"
    r"|(?:전체\s*|더\s*)?(?:펼치기|접기)\s*[▼▽▾▲△]?"
    r"|(?:(?:처음|이전|다음|마지막|first|prev(?:ious)?|next|last|[<>«»‹›]{1,2}|\d{1,3})\s+){3,}"
    r"(?:처음|이전|다음|마지막|first|prev(?:ious)?|next|last|[<>«»‹›]{1,2}|\d{1,3})"
    r"|(?:\[[^\]\n]{1,30}\]\s*){2,}|search\s+(?:the\s+)?\w+\s*:\s*\[.*|[◀◁]?\s*(?:이전|다음)\s*(?:사진|기사|영상)\s*[▶▷]?"
    r"|download\s+(?:the\s+)?.{0,40}\((?:pdf|hwp|docx?|mp3)[^)]*\)"
    r"|subscribe\s+\$?[\d.,]+\S{0,6}"
    r"|(?:(?:prev(?:ious)?|next)\s*[▲▼]?\s*)?(?:이전|다음)\s*글(?!에|을|은|로|과|와|의)\s*[:：]?\s*\S.{0,80}|(?:이전|다음)\s+(?:공지|게시물|소식|포스트)\s*[:：]?\s*\S.{0,80}|검색어\s*(?:를\s*)?입력(?:하세요)?|(?:카카오톡|카톡|페이스북|트위터|밴드)\s*공유"
    r"|.*바로\s*가기.*|(?:주\s*)?메뉴(?:\s*열기|\s*닫기)?|검색|닫기|인쇄|공유(?:하기)?|스크랩|구독|로그인|로그아웃|회원가입"
    r"|글자\s*크기.*|글씨\s*크기.*|댓글\s*\d*|(?:댓글|답글|리플)\s*(?:더\s*보기|전체\s*보기|모두\s*보기)|맨\s*위로|이전(?:\s*글)?|다음(?:\s*글)?|목록(?:\s*보기|으로)?|이웃\s*추가|기사\s*원문|원문\s*보기|로그인\s*(?:후|하시면)\s*.{0,30}|서로\s*이웃|구독\s*하기|광고|기사\s*제보|카카오톡|페이스북|트위터|링크\s*복사"
    r"|앱에서\s*보기.{0,30}|앱\s*(?:다운로드|설치).{0,30}|(?:이\s*)?기사를?\s*추천(?:합니다|하기)?(?:\s*\S{0,3}\s*\d*)?"
    r"|[▲△]\s*맨\s*위로|(?:태그|키워드|카테고리|분류)\s*(?:[:：]\s*|\s+(?=#))\S.{0,150}"
    r"|알림\s*마당|보도\s*자료|보도\s*[·ㆍ]?\s*해명\s*자료|해명\s*자료|공지\s*사항|새\s*소식|정책\s*브리핑|소통\s*마당"
    r"|press\s+releases?|newsroom|media\s+centre|media\s+center|speeches|(?-i:AD))"
    r"[\s.…!:]*",
    _I,
)
# A mobile page's top bar (the menu icon, the site's name, the search icon: ☰ Daily News 🔍) and a list's unfold
# button (다른 지역 결과 보기 ▼): tried only on lines with one of the icons.
_NAV_ICON_LINE = re.compile(r"[☰≡].{0,40}|.{1,40}\s🔍|.{0,24}\S\s*(?:더\s*)?보기\s*[▼▽▾▶▸›>+]")
# A file to download in Korean (판결문 전문 PDF 내려받기): tried only on lines with the verb.
_KO_DOWNLOAD = re.compile(r".{0,24}(?:pdf|hwp|파일|전문)\s*(?:내려받기|다운로드)", _I)
_ICON = re.compile("[☰≡🔍▼▽▾▶▸›>+]")
# Headings of lists of other stories; an optional "[SECTION]" tag may stand before them.
_RELATED_HEADING = re.compile(
    r"(?:\[[^\]]{1,20}\]\s*)?(?:latest\s+(?:stories|news|articles)|weekly\s+best(?:\s+articles)?|"
    r"you\s+may\s+also\s+like|you\s+might\s+(?:also\s+)?like|popular\s+now|must[- ]reads?|"
    # labels35: a blog's list of its latest posts (Recent posts, 최근 글 is the Korean branch's), a list of reading
    r"recent\s+(?:posts|entries|articles|stories)|you\s+may\s+also\s+find\s+(?:these\s+|this\s+)?(?:helpful|useful)|"
    r"most\s+(?:commented|read|viewed|popular|shared)|related\s+(?:articles?|stories|news|links|coverage)|"
    r"recommended(?:\s+(?:stories|articles|for\s+you))?|trending(?:\s+now)?|top\s+stories|"
    r"more\s+(?:stories|news|from\s+.{1,30})|editor'?s\s+picks?|read\s+more|also\s+read|"
    r"read\s+next|up\s+next|what\s+to\s+read\s+next|(?:upcoming|more|other)\s+events|"
    r"(?:latest|more|popular|trending|top\s+stories|most\s+read)\s+in\s+(?:[A-Z&][\w&'’-]*\s*){1,3}|"
    # a Korean heading may name whose list it is first: 이 기사와 함께 많이 본 뉴스, 이 블로그 인기글, 정치 많이 본 기사
    r"(?:(?:이|그|(?-i:[가-힣]){1,6}(?:와|과)?)\s+){0,3}(?:함께\s+)?"
    r"(?:관련\s*(?:기사|뉴스|동영상|영상)|많이\s*본\s*(?:기사|뉴스|글|포토|사진|영상)|"
    r"(?:이\s*)?(?:기자|필자|부처|기관|코너|연재)의\s*다른\s*(?:기사|글|뉴스|칼럼)|인기\s*(?:기사|글|뉴스|포스트|게시물)|"
    r"추천\s*(?:기사|글)|최신\s*(?:기사|글)|주요\s*뉴스)|"
    r"이\s*시각\s*주요\s*뉴스|함께\s*보면\s*좋은\s*(?-i:[가-힣]){1,4}|오늘의\s*(?:주요\s*)?뉴스|"
    # a section's or a series' list: 세상읽기 더보기, Latest Opinion
    r"(?!댓글|답글|리플|후기|리뷰)[가-힣A-Za-z]{2,10}\s+더\s?보기|latest\s+(?:opinion|columns?|editorials?|videos?|headlines|episodes?)|"
    r"more\s+(?:opinion|columns?|editorials?|videos?|episodes?|podcasts?|reviews)|latest\s+(?:from|by)\s+.{2,40}|"
    r"related\s+topics|이\s*(?:주|달)의\s*(?:신간|책|추천\s*도서|뉴스|기사)|"
    # 최근 군청소식, 인기 게임 뉴스, 많이 본 연예 뉴스, 같은 기업 최근 공시, 다음 영상, '#태그' 태그 기사 (총 86건)
    r"(?:(?-i:[가-힣]){1,6}\s+){0,2}(?:최근|인기|최신|주요|추천|많이\s*본)\s*(?:[가-힣A-Za-z]{1,6}\s*){0,2}"
    r"(?:뉴스|기사|소식|공시|영상|글|포스트)|"
    r"(?:다음|이어지는|추천)\s*(?:동?영상|에피소드)|"
    # labels28: a blog's list of its category's other posts ('…' 카테고리의 다른 글, More posts in 'Recipes')
    r"['‘\"][^'’\"]{1,30}['’\"]\s*(?:카테고리|분류|게시판)의\s*(?:다른|최신|인기)\s*(?:글|게시물|포스트)|"
    r"(?:이\s*블로그\s+)?[^\s'’\"]{1,12}\s*(?:카테고리|분류)의?\s*(?:다른\s*|최신\s*|인기\s*)?(?:글|게시물|포스트)|"
    r"(?:more|other)\s+posts\s+(?:in|from)\s+(?:this\s+category|['‘\"][^'’\"]{1,30}['’\"])|['‘\"]?#?[^\s'’\"]{1,20}['’\"]?\s*태그\s*(?:기사|뉴스)"
    r"(?:\s*\(\s*총\s*[\d,]+\s*건\s*\))?)[\s:]*",
    _I,
)
_RELATED_HEADING_ENDS = "_&'’-)\":"
"""perf63: the characters beside a word's (``\\w``) and a space that may close a match of :data:`_RELATED_HEADING`
but for its branches of any characters after ``from`` or ``by`` (More from …, Latest from …, Latest by …)."""


_MORE_BUTTON = re.compile(
    r"(?:load|show)\s+(?:more|all|older|earlier)(?:\s+\d[\d,]*)?(?:\s+[\w'’-]+){0,2}"
    r"|(?:see|read|view)\s+all(?:\s+\d[\d,]*)?(?:\s+[\w'’-]+)?\s+(?:reviews|comments|replies|questions|answers|updates)"
    r"|(?:댓글|답글|리뷰|후기|상품평|구매평|사용후기|문의)\s*(?:전체\s*)?더\s?보기", re.I)
"""labels46: a button that loads or shows more of the list above it (comments, reviews, updates): navigation; the
heading of a list of other stories (``More from …``) and its ``Read more`` are related's."""


_QUESTION_BUTTON = re.compile(
    r"[^?!.\d@|]{4,50}\?\s*(?:1:1\s*)?(?:문의\s*하기|상담\s*하기|질문\s*하기|문의\s*남기기|문의하러\s*가기|contact\s+us"
    r"|ask\s+(?:a|us\s+a|your)\s+question|get\s+in\s+touch|send\s+us\s+a\s+message|chat\s+with\s+us)\s*[>›→]?",
    re.I)
"""labels46: a short question and a button after it that opens a way to ask (``… 찾지 못하셨나요? 1:1 문의하기``,
``Still stuck? Contact us``), no figure nor address in it (``Questions? Call … 1577-…`` is a contact line)."""


def _related_heading(core: str) -> bool:
    """:data:`_RELATED_HEADING` matches the whole of ``core``. perf63: a line closed by another character (a full
    stop, a quotation mark, a bracket of its own) needs ``from`` or ``by`` (:data:`_RELATED_HEADING_ENDS`); a line of
    prose, closed by its stop, is not tried at every split of its first words (2 µs a line of Korean news)."""
    end = core[-1:]
    if end and not (end.isalnum() or end.isspace() or end in _RELATED_HEADING_ENDS):
        lowered = core.lower()  # no character but F, R, O, M, B and Y lowers to these letters, nor matches them
        if "from" not in lowered and "by" not in lowered:
            return False
    return _RELATED_HEADING.fullmatch(core) is not None


# A mailing list's notice and a publication's disclaimers: the footer's even when they are sentences ("You are
# receiving this email because …", "The views expressed here …").
_RELATED_HEADING_AFTER = re.compile(
    r"(?-i:(?:More|Latest)\s+[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)?)|more\s+(?:galleries|photos|columns\s+by\s+.{2,40}|"
    r"on\s+this\s+(?:story|topic))|keep\s+reading|similar\s+(?:jobs|articles|stories|posts|listings|recipes)|"
    r"related\s+(?:bills|posts|reading|content)|"
    # labels30: a periodical's other pieces (Also in this issue, 이번 호의 다른 기사 is the 다른 branch's)
    r"also\s+in\s+(?:this|the\s+(?:same|current))\s+(?:issue|edition|series)|"
    r"(?:\S{1,12}\s*){0,3}다른\s*(?:(?-i:[가-힣]){1,6}\s*){0,2}(?:글|기사|뉴스|콘텐츠|동물|보기|만나보세요)|"
    r"(?:\S{1,12}\s*){0,3}함께\s*본\s*(?:뉴스|기사|메뉴|글|상품)|(?:\S{1,12}\s*){0,3}지난\s*(?:칼럼|회|기사|호|글)|"
    r"(?:지금\s*뜨는|실시간|오늘의\s*(?-i:[가-힣]){1,4})\s*(?:기사|뉴스|속보)|관련\s*(?-i:[가-힣]){1,4}\s*뉴스|"
    r"관련\s*(?:기사|뉴스)\s+related(?:\s+articles)?|포토\s*뉴스|[A-Za-z]+\s+많이\s*본\s*(?:기사|뉴스)", _I)
"""labels22: headings of a list of other stories that stand after the article's text (the rule reads them only there:
above the headline such words are a menu's): a section's latest (``Latest Golf``, ``More Local News``), ``More columns
by …``, ``More on this story``, ``Keep reading``, ``Similar jobs``; ``… 카테고리의 다른 글``, ``다른 지역 개표 보기``,
``이 기사와 함께 본 뉴스``, ``… 지난 칼럼``, ``지금 뜨는 기사``, ``실시간 속보``, ``관련 종목 뉴스``."""

_RELATED_SHAPE_CUE = re.compile(
    r"\b(?:more|other|others|latest|recent|similar|related|previous|earlier|further)\b|"
    r"다른|함께|최근|관련|지난|이전|비슷한", _I)
"""labels29: a word of more or other, in a heading over a list of other stories whose words the related rules do not
list (``More darts``, ``Other programs 다른 프로그램``, ``Latest graduation news``, ``함께 읽으면 좋은 기사``)."""
_STORY_TITLE_NOT = re.compile(rf"{EMAIL}|https?://|[:：]\s*$|^\W*(?:[\w가-힣]{{1,12}}\s?){{1,2}}[:：]\s", _I)
"""labels29: no story's title: an e-mail or a web address, a field's label before its colon (``Phone:``,
``Ages 대상: …``)."""


def _story_title(line: _Line) -> bool:
    """labels29: a line shaped as another story's title: two to twenty words, no paragraph, no sentence closed with
    a stop inside or at its end, no contact or field (:data:`_STORY_TITLE_NOT`), no row between bars, no note."""
    text = line.text
    return (2 <= line.words <= 20 and len(text) <= 120 and "|" not in text and not _NOTE_MARK.match(text)
            and not text.rstrip().endswith((".", "。")) and _SENTENCE_INSIDE.search(text) is None
            and _PHONE.search(text) is None and _STORY_TITLE_NOT.search(text) is None)


def _related_list_shape(w: Where) -> bool:
    """labels29: a list of other stories whose heading no related rule knows, by its shape: after the article's last
    long paragraph, a short heading (five words or fewer, no stop, colon or figure) with a word of more or other
    (:data:`_RELATED_SHAPE_CUE`), over two or more stories' titles (:func:`_story_title`). The label table's related
    row (its heading and every item under it)."""
    line = w.line
    if (w.index <= w.last_prose or not w.seen_body or line.words > 5 or len(line.text) > 40
            or _RELATED_SHAPE_CUE.search(line.text) is None or line.text.rstrip()[-1:] in ".:：;,?!"
            or line.digit or "|" in line.text or w.index + 2 >= len(w.lines)
            or _ICON.search(line.text) or _LINK_ACTION.match(line.core) or _BUTTON_VERB_END.search(line.text)):
        return False
    return _story_title(w.lines[w.index + 1]) and _story_title(w.lines[w.index + 2])


_POST_DATE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?"
              r"|\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|\d{1,2}/\d{1,2}/\d{2,4})"
              r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?")
_POST_HEADER = re.compile(
    r"@?[\w.-]{2,30}\s+(?:commented|replied|wrote|posted|answered|responded|"
    r"(?:opened|started|created)\s+this\s+(?:issue|pull\s+request|discussion|thread|topic))\s+"
    rf"(?:on\s+{_POST_DATE}|\d{{1,3}}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)"
    r"(?:\s*[·•|]\s*\d[\d,]*\s+(?:comments?|replies|answers))?\s*", re.I)
"""labels54: a post's header on a code host's issue or a thread: a handle, the verb of writing, the date (or a time
ago) and the post's counter or not (``rkowalczyk commented on Feb 13, 2027``)."""


_CONTENTS_ENTRY = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.{0,60})")
"""labels54: a numbered entry of a table of contents (``1 History``, ``2.1 Parish meeting``): its title in the group."""


def _contents_entry(lines: list[_Line], i: int) -> bool:
    """labels54: line ``i`` is a numbered entry whose title (six words or fewer, no full stop at its end) stands again
    as a whole line further down the page."""
    if not 0 <= i < len(lines) or not lines[i].digit:
        return False
    match = _CONTENTS_ENTRY.fullmatch(lines[i].text)
    if match is None:
        return False
    title = match.group(1).strip()
    if len(title.split()) > 6 or title.endswith("."):
        return False
    return _last_whole_line(lines).get(title, -1) > i  # the title again, as a whole line further down


_LAST_LINES: list[tuple[list[_Line], dict[str, int]] | None] = [None]
"""The page :func:`_last_whole_line` last indexed (its list of lines) and, by a line's stripped text, the index of its
last line with that text: one page at a time, forgotten at the end of :func:`label_lines`, read and replaced as one
tuple (as :data:`_SHORT_LINES`)."""


def _last_whole_line(lines: list[_Line]) -> dict[str, int]:
    """By each line's stripped text, the index of the page's last line with that text: whether a title stands again
    further down is one lookup, not a read of every line below each numbered line (quadratic on a page of many
    numbered lines: 8,000 such lines took 2.5 s of ``label_lines``)."""
    page = _LAST_LINES[0]
    if page is None or page[0] is not lines:
        page = _LAST_LINES[0] = (lines, {line.text.strip(): j for j, line in enumerate(lines)})
    return page[1]


def _contents_list(w: Where) -> bool:
    """labels54: a table of contents (:data:`_CONTENTS_ENTRY`): an entry next to another entry
    (:func:`_contents_entry`), or the title right over two entries (three words or fewer, no figure, no full stop)."""
    lines, i = w.lines, w.index
    if _contents_entry(lines, i):
        return _contents_entry(lines, i - 1) or _contents_entry(lines, i + 1)
    text = w.line.text
    return (w.line.words <= 3 and not w.line.digit and not text.rstrip().endswith(".")
            and _contents_entry(lines, i + 1) and _contents_entry(lines, i + 2))


_CRUMB_SPLIT = re.compile(r"\s+[>›»/]\s+")
"""labels37: what separates a breadcrumb's items (``Home › Prices``, ``Classes / Weekend Workshops / …``)."""


def _crumb_items(text: str) -> list[str] | None:
    """labels37: a breadcrumb's items (two to eight, five words or fewer each, between spaced ``>``, ``›``, ``»`` or
    ``/``, no bar), ``None`` if ``text`` is no such line."""
    if "|" in text:
        return None
    items = [item.strip() for item in _CRUMB_SPLIT.split(text)]
    if not 2 <= len(items) <= 8 or any(not item or len(item.split()) > 5 for item in items):
        return None
    return items


def _holds_and_extends(text: str, item: str) -> bool:
    """labels37: ``text`` holds ``item`` as whole words and says more."""
    text, item = text.lower(), item.lower()
    return len(text) > len(item) and re.search(rf"(?<!\w){re.escape(item)}(?!\w)", text) is not None


def _crumb_over_title(w: Where) -> bool:
    """labels37: above the article, a breadcrumb of three items or more between spaced slashes or arrows
    (``Classes / Weekend Workshops / Wheel Throwing for Beginners``), right over a line of sixteen words or fewer that
    holds its last item and says more: the page's breadcrumb over its title, navigation."""
    after = w.next
    if w.index >= w.first_prose or after is None or after.words > 16 or "|" in after.text:
        return False
    items = _crumb_items(w.line.text)
    return items is not None and len(items) >= 3 and _holds_and_extends(after.text, items[-1])


def _title_under_crumb(w: Where) -> bool:
    """labels37: above the article, right under a breadcrumb read as navigation (two to eight short items between
    spaced ``>``, ``›``, ``»`` or ``/``), a line of sixteen words or fewer, no bar or sentence, that holds the
    breadcrumb's last item as whole words and says more (``Events › Spring Student Recital`` over ``Spring Student
    Recital 2026``, ``Donate › What We Accept`` over ``What We Accept: A Guide for Donors``, ``홈 > 수련시간표`` over
    ``2027년 1월 수련시간표``): the page's title, the label table's headline row (a line equal to the last item is the
    section's name: navigation)."""
    line = w.line
    if (w.previous != "navigation" or w.index == 0 or w.index > w.first_prose
            or line.words > 16 or "|" in line.text or ends_sentence(line.text)):
        return False
    items = _crumb_items(w.lines[w.index - 1].text)
    return items is not None and _holds_and_extends(line.text, items[-1])


_FOOT_LIST_MOST = 6
"""labels37: the most stories' titles a list at the page's foot holds under a heading without a cue word."""


def _foot_list_shape(w: Where) -> bool:
    """labels37: a list of other stories at the page's foot whose heading has no cue word (``Popular right now``,
    ``News from the Range``, ``이벤트``, ``입시자료실``, ``발표회 소식 Recital news``), by where it stands: after the
    article's last long paragraph, right under a line read as a contact line or a button (byline or navigation: the
    article is over), a short heading (five words or fewer, no stop, colon, figure or bar) over two to
    :data:`_FOOT_LIST_MOST` stories' titles (:func:`_story_title`) that run into the page's copyright or particulars
    (:data:`_FOOTER`), at most one line (an address) between. The label table's related row."""
    line = w.line
    if (w.previous not in ("byline", "navigation") or w.index <= w.last_prose or not w.seen_body
            or line.words > 5 or len(line.text) > 40 or line.text.rstrip()[-1:] in ".:：;,?!"
            or line.digit or "|" in line.text or w.index + 3 >= len(w.lines)
            or _ICON.search(line.text) or _LINK_ACTION.match(line.core) or _BUTTON_VERB_END.search(line.text)
            or not (_story_title(w.lines[w.index + 1]) and _story_title(w.lines[w.index + 2]))):
        return False
    lines = w.lines
    for j in range(w.index + 3, min(len(lines), w.index + 3 + _FOOT_LIST_MOST)):
        if _FOOTER.search(lines[j].text):
            end = j - 1 if _address(lines[j - 1]) else j  # the business's address right over its copyright
            return end - w.index > 2 and all(_story_title(lines[k]) for k in range(w.index + 3, end))
    return False


_MORE_OF = re.compile(r"(?!댓글|답글|리플|후기|리뷰)(?:[가-힣A-Za-z]{1,10}\s+){1,2}더\s?보기\s*[>›»+]?"
                      r"|(?:more|see\s+more|view\s+more|all)\s+(?:[A-Za-z]{2,12}\s+)?(?:news|stories|articles|posts)\s*[>›»+]?",
                      _I)
"""labels30: a section's link to more of its stories (``지역 뉴스 더보기``, ``More local news ›``), no comments'."""


def _more_over_titles(w: Where) -> bool:
    """labels30: after the article's last long paragraph, a section's link to more of its stories (:data:`_MORE_OF`)
    over two stories' titles (:func:`_story_title`): the heading of a list of other stories, no button."""
    return (w.seen_body and w.index > w.last_prose and len(w.line.text) <= 40 and w.index + 2 < len(w.lines)
            and _MORE_OF.fullmatch(w.line.core) is not None
            and _story_title(w.lines[w.index + 1]) and _story_title(w.lines[w.index + 2]))


_RELATED_AFTER_WORDS = ("also", "more", "latest", "keep", "similar", "related", "다른", "함께", "지난", "뉴스", "기사",
                        "속보")


def _related_after_hint(text: str) -> bool:
    """Whether ``text`` holds a word one branch of :data:`_RELATED_HEADING_AFTER` needs (a cheap test first)."""
    lowered = text.lower()
    return any(word in lowered for word in _RELATED_AFTER_WORDS)


_NOTICES = (r"you\s+are\s+receiving\s+this|unsubscribe|수신\s*거부|"
            r"views\s+expressed\s+(?:here|in\s+th)|opinions?\s+expressed\s+(?:here|in\s+th)|"
            r"reproduction\s+(?:and|or)\s+redistribution|views\s+expressed\s+are\s+those|"
            r"for\s+(?:your\s+)?personal,?\s+non-?commercial\s+use|(?:we|may)\s+(?:may\s+)?earn\s+(?:a\s+)?commission|"
            r"기사는\s[^.]{0,60}(?:자동\s*(?:으로\s*)?(?:작성|생성)|대신하지\s*않|투자\s*권유)|외부\s*(?:필자|기고)의?\s*(?:칼럼|기고|글).{0,30}다를\s*수\s*있"
            # labels23: the publisher's particulars written as a sentence (… is a registered charity in England and
            # Wales, no. 1104578; Registered in Scotland, company number …)
            r"|registered\s+(?:charity|company)\b[^.]{0,60}(?:no\.?|number)\s*:?\s*[A-Z]{0,2}\d{5,}"
            r"|registered\s+in\s+(?:england|scotland|wales|northern\s+ireland|ireland)\b[^.]{0,40}(?:no\.?|number)\s*:?\s*[A-Z]{0,2}\d{5,}")
_FOOTER = re.compile(
    r"copyright|all\s+rights\s+reserved|©|ⓒ|\(c\)\s*\d{4}|무단\s*(?:전재|복제)|재배포\s*금지|저작권|"
    r"terms\s+of\s+(?:use|service)|privacy\s+policy|개인정보\s*처리\s*방침|이용\s*약관|contact\s+us|"
    r"company\s+info|about\s+us|^\(?(?:end|끝)\)?$|^\(end\)|"
    # labels23: the site's maker and the outlet's standards, alone on their line (Powered by NeighborNet; Our
    # Standards: The … Trust Principles.)
    r"^powered\s+by\s+\S.{0,40}$|^our\s+(?:editorial\s+)?standards\s*:|"
    # the publisher's particulars: registration, publisher and editor, switchboard, youth-protection officer
    r"registration\s+(?:no\b|number)|registered\s+charity\s+(?:no\.?\s*|number\s*)?\d{5,8}\b|business\s+reg\.\s*no\b|publisher\s*(?:&|and|/)?\s*(?:editor(?:-in-chief)?)?\s*:|"
    r"editor-in-chief\s*:|"
    rf"[|·]\s*(?:tel|fax|phone)\b|^(?:###|-30-)$|^(?:(?:데이터|자료|기록)\s*제공|data\s+(?:provided\s+by|source)|source)\s*[:：]|{_NOTICES}|(?<!(?-i:[가-힣]))등록\s*번호|발행\s*인|편집\s*인|사업자\s*등록|대표\s*전화|청소년\s*보호\s*책임자",
    _I,
)
_MAILING_NOTICE = re.compile(_NOTICES, _I)
_NOTICE_WORDS = ("receiving", "unsubscribe", "수신", "expressed", "redistribution", "외부", "commercial", "commission",
                 "기사는", "registered")
"""A word each branch of :data:`_NOTICES` needs: a cheap test before the search (most lines have none)."""
_NOTICE_WORD = re.compile("|".join(map(re.escape, _NOTICE_WORDS)))
"""perf63: :data:`_NOTICE_WORDS` as one alternation, searched in a lower-cased line beyond ASCII."""


def _holds_word(lowered: str, words: tuple[str, ...], alternation: re.Pattern[str]) -> bool:
    """Whether the lower-cased line ``lowered`` holds one of ``words`` (``alternation`` is theirs, escaped). perf63:
    in a line beyond ASCII (a Korean one) each ``in`` is slow, and one search of the alternation, which skips the
    positions where no word can start, is 3 to 5 times cheaper; in an ASCII line the words one by one are the
    cheaper (about as many positions can start one). The same answer either way."""
    if lowered.isascii():
        for word in words:  # noqa: SIM110  (a loop: any() over a generator costs twice the tests)
            if word in lowered:
                return True
        return False
    return alternation.search(lowered) is not None


def _notice(text: str) -> bool:
    return _holds_word(text.lower(), _NOTICE_WORDS, _NOTICE_WORD) and _MAILING_NOTICE.search(text) is not None
# A photo's copyright after a caption's sentence ("… 버무리고 있다. ⓒ빛고을교회"): the caption's credit, no footer.
_PHOTO_COPYRIGHT = re.compile(
    r"[가-힣a-z]{2,}[.!]\s*[ⓒ©]\s*(?![^\n]*(?:무단|전재|배포|rights|reserved|copyright))[^\s.]{2,20}(?:\s[^\s.]{1,20}){0,3}$",
    re.I)
"""A photo's copyright after a caption's stop: ``ⓒ빛고을교회``, ``ⓒ허윤재 기자``, ``ⓒ Jeju Tourism Organization``
(up to four words; no footer's words: ``ⓒ 한결일보 무단전재 …`` is the page's)."""
# Where readers send tips or corrections, at the start of a line (an e-mail or a number follows).
_TIP_LINE = re.compile(
    # labels29: after the outlet's name and a bar (남산구민신문 | 제보 및 보도자료 …@…); a flaw to report (To report a
    # vulnerability, email …)
    r"\W{0,3}(?:[^|\n]{1,24}\s\|\s*)?(?:to\s+report\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:error|correction|typo|"
    r"vulnerability|vulnerabilities|bug|security\s+(?:issue|flaw))s?\b|(?:got|have)\s+an?\s+(?:news\s+)?(?:tip|story)\b|"
    r"news\s+tips?\b|tips?\s*:|send\s+(?:us\s+)?(?:your\s+)?(?:tips|news\s+tips|corrections)|for\s+corrections|"
    r"corrections?\s*:|(?:기사\s*)?제보(?:는|하기)?(?=\s|[:：(])|정정\s*(?:보도\s*)?(?:요청|신청)|"
    r"오류\s*(?:신고|제보)"
    # labels28: the reader's news asked for by a question or an imperative (Have an event we should list? Email …,
    # Got a story idea? …, Send us your show results: …; 행사 소식이 있나요? 보내 주세요 …)
    r"|(?:got|have|know\s+of)\s+an?\s+(?:[\w'’-]+\s+){0,2}(?:tip|story|event|news|photo|picture|result|idea|"
    r"correction|letter)s?\b[^?]{0,40}\?"
    r"|[^?.!]{2,40}\bwe\s+should\s+(?:list|cover|know\s+about|feature|include|hear\s+about)\b[^?]{0,20}\?"
    r"|send\s+(?:us|in)\s+(?:your\s+)?(?:[\w'’-]+\s+){0,2}(?:results|news|photos|pictures|stories|events|letters|"
    r"listings|announcements)\b"
    # labels23: after the outlet's name (a word or two): KNB 뉴스 제보 전화 …, KVRN News tip line: …
    r"|(?:[\w&.'’-]{1,12}\s+){1,2}(?:(?:뉴스\s*)?제보\s*(?:전화|메일|이메일|문자|카톡|카카오톡)|news\s+tips?(?:\s+line)?\s*:?))",
    _I)


def _tip_line_opens(text: str) -> bool:
    """:data:`_TIP_LINE` matches at the start of ``text``. perf63: a line opened by a Korean syllable, with no bar
    and no question mark, can only open with one of the pattern's Korean words (기사 제보, 제보, 정정, 오류) or an
    outlet's name before 제보 or ``news tip`` (no character but E and W lowers to e or w, nor matches them); a line of
    Korean prose (2 µs a line for the pattern) is not tried."""
    if "가" <= text[:1] <= "힣" and text[0] not in "기제정오" and "|" not in text and "?" not in text \
            and "제보" not in text and "ew" not in text.lower():
        return False
    return _TIP_LINE.match(text) is not None


_MESSENGER_ID = re.compile(
    r"(?:카카오톡|카톡|kakao\s*talk|\bline\b)\s*(?:채널|channel|ID|아이디)?\s*[:：]?\s*['‘\"]?[\w.-]{3,}", _I)
"""A messenger's account to send tips to: 카카오톡 okjebo, KakaoTalk channel: …, 카톡 ID '…'."""
_PHONE = re.compile(r"(?:\+\d{1,3}[-\s]?)?\d{2,4}[-\s.]\d{3,4}[-\s.]\d{4}(?!\d)")
# A road address without its postal code: "47 Gwanmun-ro", "경상북도 영양군 영양읍 군청길 37".
_ROAD_ADDRESS = re.compile(r"\b\d{1,4}(?:-\d{1,4})?\s+[A-Z][\w]*-(?:daero|ro|gil)\b|"
                           r"(?:[가-힣]{1,6}(?:도|시|군|구|읍|면)\s+){2,4}[가-힣0-9○]{1,10}(?:대로|로|길)\s*(?:\d{1,4}|○{1,4})")
_SHORT_ROAD_ADDRESS = re.compile(r"(?:서울|부산|대구|인천|광주|대전|울산|세종|"
                                 r"경기|강원|충북|충남|전북|전남|경북|경남|제주)\s+(?:[가-힣]{1,6}(?:시|군|구|읍|면)\s+){1,3}[가-힣0-9]{1,10}(?:대로|로|길)\s*\d{1,4}")
"""labels42: a road address after a province's or a metropolitan city's short name (``서울 종로구 삼일대로 428``)."""
_US_STATE = (r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|"
             r"UT|V[AT]|W[AIVY])")
_US_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[NSEW]\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}[^|]{0,40}?[,·]\s*"
    rf"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s*{_US_STATE}(?:\s+\d{{5}}(?:-\d{{4}})?)?(?=\s*(?:$|[·|(]))")
"""labels36: a street's number and its name, then a town and a state's code, its ZIP code or not (``2100 N. Calhoun Rd ·
Brookfield, WI``, ``3301 W. Broadway, Council Bluffs, IA · (712) …``)."""
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d", _I)
_POSTAL_CODE = re.compile(r"(?<![\d-])(?:\(우\)\s*|우\s*)?\d{5}(?![\d-])")
_UK_CA_POSTCODE = re.compile(r"(?-i:\b(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s\d[A-Z]\d))(?=\s*(?:$|[,·|(]))")
"""labels42: a British or a Canadian postcode at the end of an address's item (``Edinburgh EH6 6ET``, ``Sudbury, ON
P3A 1Z6``): a letter, a digit, a space, a digit, letters, in capitals."""
_STREET = re.compile(
    r"\b\w+-(?:daero|ro|gil)\b|\b(?:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd\.)|"
    r"(?-i:[가-힣])+(?:대로|로|길)\s*[\d○]|"
    r"(?-i:\b\d{1,5}\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Cir|Circle|"
    r"Ter|Terrace|Sq|Square|St|Rd|Ave|Blvd)\b)", _I)  # labels32: St, Rd, Ave, Blvd without their stop
# An entry of a list of announcements: a bullet, a name or post, a comma, then "=" or a date (부음, 인사).
_ANNOUNCEMENT_ITEM = re.compile(r"\s*[▲■◆]\s*[^,]{2,60},.*?(?:\s=\s|\d+일|\d{1,2}\.\s?\d{1,2}\b)")
_COPYRIGHT = re.compile(r"\s*(?:copyright|©|ⓒ|\(c\)\s*\d{4})|.*all\s+rights\s+reserved", _I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_EMAIL_AT_END = re.compile(rf"{EMAIL}\W?$")
_EMAIL_LINE = re.compile(EMAIL)
_DATE = (r"(?:\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|\d{1,2}[./]\d{1,2}[./]\d{4}\b|"
         r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|"
         # Nov. 4, 2024; May 06 2025; Mar.4,2026 (a stop and no space: a page's stamp written tight)
         # labels38: its day's ordinal (January 16th 2025)
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\.\s*|\s+)\d{1,2}(?:st|nd|rd|th)?"
         r"(?:,\s*|\s+)\d{4}|"
         r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})"
         r"(?:\s*\(?[월화수목금토일]\)?(?!요일))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?")
_DATELINE = re.compile(
    rf"(?:(?:date|posted(?:\s+on)?|updated|published|modified|(?:입력|수정|등록|작성|승인|발행|게시)일?)\s*(?:on)?\s*[:：]?\s*)?"
    rf"(?:{_DATE})?(?:\s*[|,/·]?\s*(?:updated|수정|입력)?\s*[:：]?\s*{_DATE})?",
    _I,
)
_DATE_CORE = re.compile(_DATE, _I)
_PAGE_DATE_LABEL = (
    r"(?:(?:page|content|article|story|notice|post)\s+)?(?:last\s+)?(?:current\s+as\s+of|revised|reviewed|issued|"
    # labels44: Page last updated, Post modified (the page's own, as Page revised); labels45: Last edited (a post's)
    r"updated|modified|edited|"
    r"created|started(?:\s+on)?|reported(?:\s+on)?|aired(?:\s+on)?|released(?:\s+on)?)"
    r"|(?:(?:company|press|first|last|original|fda)\s+)?(?:announcement|publish(?:ed)?|publication|posting|posted|issue|"
    r"revision|review|update|updated|creation)\s+date"
    r"|(?:공고|게재|게시|등록|작성|발행|보도|방송|배포)\s*(?:일시|일자?)|공고\s*기간|방송|최종\s*(?:수정|업데이트)")
"""A date's label that says the date is the page's own (of the page, the notice or the article: when it was posted,
announced, revised, reported, aired; ``Content current as of``, ``Company Announcement Date``, ``Page revised``,
``Reported on``, ``게재일``,
``공고일``, ``공고기간``, ``방송``): the line is a dateline. A date that is data of the thing reported (an event's date,
a deadline, when a rule takes effect: ``Event date:``, ``Deadline:``, ``Effective date:``, ``일시:``, ``접수기간:``) is
a field (``field-line``: other)."""
# A dateline read piece by piece: every piece of the line is a date, a time, a weekday, a time zone, a label of
# one (기사입력, Last updated, Aired) or a separator, and at least one is a whole date or an age ("3 hours ago").
_AGE = (r"\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
        r"|\d{1,3}\s*(?:초|분|시간|일|주|개월)\s*전")
_DATE_PIECE = re.compile(
    rf"\s*(?:{_DATE}|{_AGE}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|[ap]\.?m\.?|오전|오후"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|[월화수목금토일]요일"
    r"|[월화수목금토일](?=\))|(?:gmt|utc)\s?[+-]\s?\d{1,2}|kst|gmt|utc|est|edt|pst|pdt|cet|jst|bst|cst|cdt|mst|mdt"
    r"|(?:기사\s*)?(?:최초\s*|최종\s*)?(?:입력|수정|등록|작성|승인|발행|게시|송고|업데이트|마감)(?:\s*(?:일시|일|시각|시간))?"
    # what a page prints beside the date: views, reading time, the print page (조회수 1,284, 2 min read, 지면 A30면)
    r"|(?:조회\s*수?|hits?|views?)\s*:?\s*[\d,]+|읽는\s*시간\s*\d{1,2}\s*분|\d{1,2}\s*min(?:ute)?s?(?:\s+read)?"
    r"|재생\s*시간\s*\d{1,2}:\d{2}|\(?제?\s?\d{1,5}\s?호\)?|(?:vol\.|no\.|issue)\s?\d{1,5}"
    r"|(?:지면\s*)?[A-Z]?\d{1,2}\s*면(?:\s*(?-i:[가-힣]){2,4})?"
    r"|date|posted|updated|published|modified|last\s+(?:updated|modified)|first\s+published|aired|broadcast|on|at"
    rf"|{_PAGE_DATE_LABEL}"
    # 06.00 GMT (a time with a stop, before its zone), ET, 오전 10시 30분 (GMT+9 is read with the zones above)
    r"|\d{1,2}\.\d{2}(?=\s*(?:gmt|bst|utc|kst|cet))|[ecmp]t\b|\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?"
    r"|[|,/·•~:：()\[\]–—-])\s*",
    _I,
)
_AGE_CORE = re.compile(_AGE, _I)
_DIGIT = re.compile(r"\d")
_ZONED_TIME = re.compile(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:kst|gmt|utc|est|edt|pst|pdt|cet|jst|bst)\b|"
                         r"\d{1,2}:\d{2}\s*[ap]\.?m\.?|(?:오전|오후)\s*\d{1,2}:\d{2}", _I)
"""A time of day that says it is one (a.m., a zone, 오후): a live blog's stamp (10:42 a.m. KST), no score (3:2)."""
_DATE_WORD = re.compile(r"date|posted|updated|published|(?:입력|수정|등록|작성|승인|발행|게시)일?(?:시)?", _I)
_KO_REPORTER = "(?:기자|특파원|객원기자|선임기자|논설위원|수습기자|인턴기자|편집위원|(?:객원\\s*)?에디터)"
_EN_ROLE = r"(?i:(?:staff\s+|senior\s+|chief\s+)?(?:reporter|writer|correspondent|editor|photographer|columnist)s?)"
_EN_NAME = r"(?:[A-Z][\w'’-]+[\s-]+){1,3}[A-Z][\w'’-]+"
_KO_CREDIT_WORD = r"(?:글|사진|취재|영상|대담|정리|인터뷰|그림|일러스트)"
_KO_CREDIT = rf"{_KO_CREDIT_WORD}(?:\s*[·ㆍ,/]\s*{_KO_CREDIT_WORD})*"
_BYLINE = re.compile(
    r"(?:(?i:by)[.:]?\s+[^\s].{0,60}"
    # "Choi Seo-yeon and Han Ye-jin, Korea Herald reporters": names, then a paper's name before the role
    rf"|{_EN_NAME}(?:\s*(?:,|\band\b|&)\s*{_EN_NAME})*\s*,\s*(?:[A-Za-z][\w'’-]+\s+){{1,3}}{_EN_ROLE}\b.{{0,20}}"
    # Words: Daniel Roh | Photos: Jin-ho Seo; a broadcast's sign-off: KBS 뉴스 김민수입니다.
    r"|(?i:words|text|photos?|illustrations?)\s*:\s*\S.{0,30}(?:\s+[|/·]\s+(?i:photos?|words|video|graphics)\s*:\s*\S.{0,30})?"
    r"|(?i:authors?|contributors?|hosts?)\s*:\s*\S.{0,60}"
    r"|(?:[A-Z][\w'’-]+\s+){1,3}reported\s+from\s+[^;]{1,40};\s*(?i:additional\s+reporting)\s+(?i:by)\s+\S.{0,60}"
    r"|(?i:additional\s+reporting|editing|reported|hosted|produced|presented)"
    r"\s+(?i:by)\s+\S.{0,60}"
    r"|(?:영상\s*(?:취재|편집)|촬영\s*기자|편집)\s+[가-힣]{2,4}(?:\s*[/·,]\s*(?:영상\s*(?:취재|편집)|촬영|편집|그래픽)\s+[가-힣]{2,4})*"
    r"|(?i:written|words|story|reporting|text|posted|interview(?:ed)?|photos?|edited|compiled|translated|answered)"
    r"(?:\s+(?i:and)\s+(?i:photos?|pictures|video|graphics))?\s+(?i:by)[.:]?\s+\S.{0,60}"
    # 작성자 홍보팀; a broadcaster's crew: 촬영기자:최동민 / 영상편집:송지아
    r"|작성자\s*[:：]?\s*\S.{0,20}|(?:촬영\s*기자|영상\s*(?:취재|편집)|촬영|그래픽)\s*[:：]\s*\S.{0,50}"
    # 글·사진 요리연구가 도은비: the credits, an occupation, the name
    rf"|{_KO_CREDIT}\s+[{SYLLABLES}]{{2,6}}\s+[{SYLLABLES}]{{2,4}}"
    # "Reporter: Yang Dong-hyun"; a name with its e-mail on one line: "Kang Ji-soo (jskang@…)"
    rf"|{_EN_ROLE}\s*:\s*{_EN_NAME}"
    rf"|{_EN_NAME}\s*[(<]?{EMAIL}[)>]?"
    r"|(?:[A-Z][\w'’-]+\s+){1,3}(?i:views?|reporter|correspondent|staff\s+writer)\b.{0,20}"
    rf"|(?:[A-Z][\w'’-]+[\s-]+){{1,3}}[A-Z][\w'’-]+\s*[,|/–—-]\s*{_EN_ROLE}\b.{{0,30}}"
    rf"|{_EN_ROLE}\s+(?:[A-Z][\w'’-]+[\s-]+){{0,3}}[A-Z][\w'’-]+"
    rf"|(?:{_KO_CREDIT}|기자)\s*[:=]\s*\S.{{0,30}}"
    rf"|(?:[{SYLLABLES}A-Za-z]{{2,10}}\s+)?{_KO_REPORTER}\s+[{SYLLABLES}]{{2,4}}(?:\s*[\w.+-]+@[\w.-]+)?"
    rf"|\[?(?:[\[(][^\])]{{1,20}}[\])]\s*|[{SYLLABLES}]{{2,8}}\s*=\s*|{_KO_CREDIT}\s+|[{SYLLABLES}]{{2,8}}\s+)?"
    rf"[{SYLLABLES}]{{2,4}}(?:\s[{SYLLABLES}]{{1,3}})?\s*{_KO_REPORTER}"
    # more reporters on the line: 글 임채원 기자·사진 송하준 기자
    rf"(?:\s*[·ㆍ,/]\s*(?:{_KO_CREDIT}\s+)?[{SYLLABLES}]{{2,4}}\s*{_KO_REPORTER}|\s*[·ㆍ,/]\s*{_KO_CREDIT}\s+[{SYLLABLES}]{{2,4}})*"
    r"(?:\s*[(<]?[\w.+-]+@[\w.-]+[)>]?)?(?:\s*/\s*(?i:translated|edited)\s+(?i:by)\s+\S.{0,40})?.{0,5})",
)
# A press release's contact and attachment lines.
_CONTACT = re.compile(
    r"(?:담당\s*부서|담당자|담당\s*과|(?:홍보|언론|취재|보도)?\s*문의(?:처)?|연락처|(?:(?:media|press|ir|investor|consumer|customer)\s+)?contacts?|"
    r"(?:media|press)\s+(?:inquiries|enquiries)|department|담당(?=\s+\S+(?:과|팀|국|실|센터)\b)"
    # labels27: whose contact it is, then a colon (Audit contact: …, Program contact: …, 채용 문의: …, 접수 문의처: …)
    rf"|(?:[A-Za-z]+\s){{1,2}}contacts?(?=\s*[:：])|(?-i:[{SYLLABLES}]){{1,6}}\s?문의(?:처)?(?=\s*[:：]))"
    r"\s*[:：]?\s*\S.{0,100}", _I)
_CONTACT_WORD_NO_COLON = re.compile(
    r"(?:(?:media|press|ir|investor|consumer|customer)\s+)?contacts?\b(?!\s*[:：])|department\s+(?:of|for)\s", _I)


def _contact_word_in_name(core: str) -> bool:
    """labels34: ``Contact`` opening the line with no colon after it, or ``Department of``, and no number or e-mail on
    the line: a name that starts with the word (a menu's ``Contact Lenses``, a site's ``Department of Fish and
    Wildlife``), no contact line (``Department Immigration Policy Division`` stays one)."""
    return _CONTACT_WORD_NO_COLON.match(core) is not None and _DIGIT.search(core) is None and "@" not in core


_ATTACHMENT = re.compile(
    r"(?:붙임|첨부(?:\s*파일)?|별첨|attachments?|enclosures?|annex)\s*\d{0,2}\s*[.:：]?(?:\s+.{0,80})?", _I)
# A file to download under its verb's label (Download: photos.zip, 다운로드: 계획서.pdf), with a file's name or size.
_DOWNLOAD_LABEL = re.compile(r"(?:downloads?|다운로드|내려받기)\s*[:：]\s*.{1,90}", _I)
# A file to download: a name with a document or image extension, or a size in bytes.
_FILE_NAME_OR_SIZE = re.compile(
    r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|txt|csv)\b|\b\d+(?:\.\d+)?\s*[KMG]i?B\b", _I)
# A press release's embargo or release-time line, and its closing boilerplate (who to call for more).
_RELEASE_TIME = re.compile(
    r"for\s+immediate\s+release|embargo(?:ed)?\b.{0,80}|(?:보도\s*(?:시점|일시|시각)|배포\s*(?:일시|시각)?|엠바고)\s*[:：].{0,100}",
    _I)
_PRESS_CLOSING = re.compile(
    r"보도\s*자료와?\s*관련하여|(?:연락|문의)\s*(?:하여\s*)?주시기\s*바랍니다|"
    r"for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact\b", _I)
# Navigation by shape: three or more short items between separators that stand apart (" | ", " > ", " · "), or
# after bullets ("• News • Features").
_BREADCRUMB = re.compile(r"\s[>›»]\s")  # a breadcrumb's arrow: two items are enough
_NAV_SEPARATOR = re.compile(r"\s+(?:[|>›»·•∙ㆍ/]|::)\s+|\s*[|›»•●■◆▪▸▶]\s*|^\s*[•·▶►■◆○●]\s*")
_LAST_ITEM_WORD = re.compile(r"\s[|>›»·•]\s+\S+$")  # the last item one word (좋아요, 공유하기): no sentence's end
_WIDE_GAP = re.compile(r"\s{2,}|\t")
# A bar of legal links or of the publisher's particulars is the footer's, not a menu.
_LEGAL_LINK = re.compile(r"privacy|terms\s+(?:of|and)|registration\s+no|publisher|"
                         r"개인\s*정보|이용\s*약관|청소년\s*보호|발행\s*인|편집\s*인|등록\s*번호|사업자\s*등록", _I)
_LEGAL_ITEM = re.compile(
    r"(?:privacy|cookies?|accessibility|terms|legal|disclaimer|imprint)(?:\s+(?:policy|notice|statement|settings|"
    r"preferences|of\s+(?:use|service)|and\s+conditions|information))?|(?:cookie|privacy)\s+(?:policy|notice|settings)"
    r"|개인\s*정보\s*(?:처리|취급)\s*방침|이용\s*약관|저작권\s*(?:정책|보호\s*정책)|이메일\s*무단\s*수집\s*거부|"
    r"쿠키\s*(?:정책|설정)|접근성\s*(?:정책|안내)|청소년\s*보호\s*정책|윤리\s*강령|편집\s*규약|고충\s*처리인?", _I)
"""labels23: an item of a bar of legal links (Privacy, Cookies, Accessibility statement, Terms of use; 개인정보처리방침,
이용약관, 이메일무단수집거부, 윤리강령, 고충처리인): the footer's."""
_TIGHT_DOT = re.compile(r"[·ㆍ∙]")  # 정치ㆍ경제ㆍ사회: a menu written solid, one word per item
_PERSON_NAME = re.compile(rf"(?:[A-Z][a-z'’-]+\s){{1,3}}[A-Z][a-z'’-]+|[{SYLLABLES}]{{2,4}}")
# Credits at the end of a photo caption: "/ Ministry of Foreign Affairs", "[Photo=Yonhap News]",
# "(사진=연합뉴스)", "사진연합뉴스", "/ Yonhap", or a bare trailing "/".
_CREDIT = re.compile(
    r"(?:\[\s*(?:photo|image|사진|그래픽|자료)\s*[=:：][^\]]{0,60}\]"
    r"|\(\s*(?:photo|image|사진|그래픽|자료)\s*[=:：][^)]{0,60}\)"
    r"|(?:photo|image)\s*(?:by|courtesy\s+of|credit)\s*[:=]?\s*[^.]{1,60}"
    # labels32: after the caption's sentence, Image courtesy of Spitz Inc. (its company's stop the line's last)
    r"|(?<=[.!\"”])\s+(?:photo|image|picture)s?\s+courtesy\s+of\s+[^.]{2,60}(?:\b(?:Inc|Ltd|Co|Corp|LLC))?\.?"
    r"|사진\s*[=:：]?\s*\S{1,20}(?:\s+\S{1,10})?"
    r"|\s/\s*(?:[^/\s][^/]{0,60})?|/\s*[가-힣A-Za-z]{2,12}\s+(?-i:[가-힣]){2,4}\s*기자|[\[(<][^\])>]{1,20}\s*제공[\])>]"
    r"|(?<=[.!])\s*\((?:AFP|AP|Reuters|EPA|Yonhap|Xinhua|Kyodo|Getty\s+Images|연합뉴스|뉴스1|뉴시스)"
    r"(?:\s?[-/]\s?(?:Yonhap|연합뉴스))?\)"
    # labels21: (Seoul Ledger file photo); 연합뉴스 bare after a Korean caption's stop; Photograph: …
    r"|(?<=[.!])\s*\((?:[^()]{1,40}\s)?(?:file\s+)?photo\)|(?<=(?-i:[가-힣])\.)\s*(?:연합뉴스|뉴스1|뉴시스|로이터|AP|AFP|EPA)"
    # after the caption's stop: [CLAIRE MOON], (Courtesy of …), (Jeju Fire Station), 부산=뉴시스, 송하준 기자
    r"|(?<=[.!])\s*\[(?-i:[A-Z][A-Z0-9.'’ -]{1,40}[A-Z0-9.])\]"
    r"|(?<=[.!])\s*\((?:courtesy\s+of|provided\s+by)\s+[^)]{2,60}\)"
    r"|(?<=[.!])\s*\((?!END\))(?-i:[A-Z][\w&'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w&'’.-]*)){1,6})\)"
    r"|(?<=다\.)\s*(?-i:[가-힣]){2,8}\s*=\s*[가-힣A-Za-z0-9]{2,12}|(?<=있다\.)\s*(?-i:[가-힣]){2,4}\s*기자"
    # Photo: Priya Nandakumar; ⓒ빛고을교회, 강원일보DB after the stop
    r"|(?<=(?-i:[가-힣])\.)\s*[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{1,10})?\s*제공|(?<=[.!])\s*courtesy\s+of\s+[^.]{2,60}\.?"
    r"|(?<=[.!])\s*(?:photo(?:graph)?|image|사진)\s*:\s*[^.]{1,40}|(?<=[.!])\s*[ⓒ©]\s*\S.{0,40}|(?<=다\.)\s*\S{2,12}\s?DB"
    # labels25: after the caption's stop, Photo by the author.; TOM EVERLY / VALLEY COURIER; (Lukas Baer/Alpine Survey
    # Consortium); after a Korean caption, (직접 촬영)
    r"|(?<=[.!])\s*(?:photo(?:graph)?|image|picture)s?\s+by\s+[^.]{1,40}\."
    r"|(?<=[.!])\s*(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\s*/\s*(?-i:[A-Z][A-Z&.'’-]+(?:\s+[A-Z][A-Z&.'’-]+){0,3})"
    r"|(?<=[.!])\s*\((?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*/\s*"
    r"(?-i:[A-Z][\w&'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w&'’.-]*)){0,6})\)"
    r"|(?<=[가-힣.])\s*\((?:직접\s*촬영|(?-i:[가-힣]){2,4}\s*촬영|촬영\s*[=:：]\s*[^)]{1,20})\))\s*$",
    _I,
)
_CAPTION_CUE = re.compile(
    r"\((?:left|right|center|centre|front|back|from\s+left|from\s+right|L|R|\d+(?:st|nd|rd|th)\s+from\s+\w+)\)"
    r"|\b(?:pose[sd]?\s+for\s+(?:a\s+)?(?:photo|picture)|is\s+pictured|pictured\s+(?:above|here)|"
    r"speaks?\s+(?:at|during)|shakes?\s+hands|looks?\s+on)\b"
    r"|\((?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^)]{0,10}\)",
    _I,
)
_BULLET = re.compile(r"^\s*(?:[•·▶▷►■□◆◇○●\-*–—]+|\d{1,2}[.)]|[①-⑳])\s*")
_LIST_MARKER = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[•▪◦●■○◆▶-])\s+|[▲△]\s*)\S")
_ITEM_NUMBER = re.compile(r"(?:[•·▶►■◆○●\-*]\s*)?\d{1,3}[.)]?")
_SECTION_TAG = re.compile(rf"[A-Z][A-Z&/ ]{{1,20}}|[{SYLLABLES}]{{1,6}}")
# An interviewer's question: a dash or a Q marker, then words ending as a question or a Korean question's stop.
_QUESTION = re.compile(
    r"\s*(?:[-–—]|q\s*[.:)]|문\s*[.:)]|질문\s*[.:)])\s*\S.{2,}?(?:\?|[가까나냐니죠요]\s*[.?]|[은는]\s*[.?])[\"”’')]*\s*",
    _I)
# A caption without a credit in the style of the wire's photo desk: one sentence closed by the day after a comma
# ("… in Seoul, Tuesday.", "…, on Monday, Nov. 4.") with no reporting verb (a story's sentence says "said on Tuesday").
_WEEKDAY_CLOSE = re.compile(
    r"[^.!?]{20,300},\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\.[\"”’')]*", _I)
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according|announced|reported|added|noted)\b", _I)
# A Korean photo caption's closing: a scene going on (…하고 있다, …붙어 있다), one sentence.
_KO_SCENE_CLOSE = re.compile(r"[^.!?]{10,150}(?:고|어|아|여|져|워|혀|려)\s+있다\.")
# A column's author box after the text: a Korean name and an occupation alone (한수정 소설가, 문태오 서울대 교수).
_AUTHOR_BOX = re.compile(
    rf"(?:[{SYLLABLES}A-Za-z]{{2,12}}(?:팀|실|부|센터|연구소|연구원)\s+)?[{SYLLABLES}]{{2,4}}\s+(?:[{SYLLABLES}A-Za-z]{{2,12}}\s+){{0,2}}"
    r"(?:소설가|시인|작가|선임연구원|책임연구원|수필가|칼럼니스트|평론가|문화평론가|교수|명예교수|객원교수|변호사|변리사|회계사|의사|전문의|원장|소장|"
    r"연구위원|선임연구위원|연구원|이사장|대표|목사|신부|스님|건축가|사진작가|만화가|셰프|작곡가)")
# labels21: a photo caption without a credit, told by the marker it opens with, and a picture's credit alone.
_CAPTION_OPENER = re.compile(
    r"\s*(?:\(사진\)|\((?:사진\s*)?(?:(?:맨\s*)?(?:왼쪽|오른쪽)(?:부터|에서)?|위|아래|좌|우|상|하)(?:\s*사진)?\)|\[(?:사진\s*)?(?:위|아래)\]"
    r"|사진\s*(?:(?:맨\s*)?(?:왼쪽|오른쪽)(?:부터|에서)?|위|아래|가운데)\s*[,:]?"
    r"|(?:pictured|above|below|top|bottom|inset)(?:\s*\((?:from\s+)?(?:left|right)[^)]{0,20}\))?\s*:"
    r"|(?:pictured\s+)?(?:\(\s*)?from\s+(?:left|right)(?:\s*\))?\s*[,:)]|clockwise\s+from\s+(?:top\s+)?(?:left|right)\s*[,:]"
    r"|(?:figure|fig\.|chart|그림|사진)\s?\d{1,2}\s*[.:)]"
    # labels32: a picture of the same thing twice (Before and after:, 시공 전후:)
    r"|before\s*(?:and|&|/)\s*after\s*[:：]"
    r"|(?:(?-i:[가-힣]){1,4}\s*)?전\s*[·/와과]?\s*후\s*(?:사진)?\s*[:：])\s*\S", _I)
"""A caption's opening marker: where the picture stands (``(위)``, ``(아래)``, ``Above:``, ``Below:``), who is in it
(``Pictured:``, ``From left,``, ``(From left)``, ``사진 왼쪽부터``, ``Clockwise from top left,``), or a figure's number
(``Figure 2.``, ``그림 1.``): the line describes a picture whatever follows."""
_PICTURE_CREDIT = re.compile(
    r"(?:사진|그래픽|일러스트|그림|photo(?:graph)?s?|images?|graphics?|illustrations?)\s*[:=：]\s*\S.{0,50}", _I)
_TEXT_CREDIT = re.compile(r"글|취재|정리|대담|인터뷰|\b(?:words?|text|story|written|reporting|interview)\b", _I)
"""A picture's credit alone on its line (``사진=한빛방송 화면 캡처``, ``그래픽=문하늘 기자``, ``Photo: Harbor Museum``):
the caption's, as a credit at the end of one is; a credit that names who wrote (``글·사진 …``, ``Words: … | Photos:
…``) is a byline."""


def _picture_credit(line: _Line) -> bool:
    return (len(line.text) <= 60 and _PICTURE_CREDIT.fullmatch(line.core) is not None
            and _TEXT_CREDIT.search(line.text) is None)


_TRANSLATION_AFTER = re.compile(r"\s+/\s+(?=[A-Z])")


def _caption_scene(w: Where) -> bool:
    """labels29: a Korean caption without a credit by its place and its sentence: right under the headline, its
    byline or its date (the top of the page), over a paragraph of the article, one sentence of a scene going on
    (:data:`_KO_SCENE_CLOSE`: ``…공격을 하고 있다.``), an English translation after a slash or not (``… 걷고 있다. /
    Transit tour participants walk …``). A lead's sentence is no scene's (``…늘고 있다`` is one too: the line
    under must be prose, the line itself one sentence of 150 characters or fewer, and without a translation it names
    a past day, :data:`_PAST_DAY`)."""
    line = w.line
    if (not line.hangul or len(line.text) > 320 or "있다." not in line.text or w.index > w.first_prose
            or w.next is None or w.previous not in ("headline", "byline", "dateline") or not _is_prose(w.next)):
        return False
    parts = _TRANSLATION_AFTER.split(line.core, maxsplit=1)
    korean = parts[0].strip()
    return (len(korean) <= 150 and _KO_SCENE_CLOSE.fullmatch(korean) is not None
            and _SENTENCE_INSIDE.search(korean[:-1]) is None
            and (len(parts) == 2 or _PAST_DAY.search(korean) is not None))


_PAST_DAY = re.compile(r"지난\s?\d{1,2}일")
"""labels29: a past day (``지난 1일``) in a sentence of a scene going on: a picture of that day described as it goes
on, a caption's tense; a lead's sentence of what goes on now has no past day (``…승객이 몰리고 있다``)."""


def _marker_caption(w: Where) -> bool:
    """A caption without a credit, by the marker it opens with (:data:`_CAPTION_OPENER`), or a description standing
    alone after ▲ (``▲ 교통통제 구간 및 우회도로 안내도``): no ▲ line next to it (a list's items come in a run: bus
    routes, obituaries), no colon or ``=`` (an entry's field), no sentence but a scene going on (…하고 있다.), two
    words or more (four in English: ``▲ Back to top`` is a link)."""
    text = w.line.text
    if w.in_related or len(text) > 300:
        return False
    if _CAPTION_OPENER.match(text) is not None:
        return w.line.words >= 3
    if text[:1] not in "▲△" or len(text) > 120 or ":" in text or "=" in text or (w.line.words < 3
                                                                                  and not w.line.hangul):
        return False
    if _TWO_SENTENCE_MARKER.fullmatch(text) is not None and not _SHORT_SENTENCE_KO.search(
            text.split(".", 1)[0] + "."):
        return True  # labels32: ▲ 시공 전 거실. 벽지 곳곳에 곰팡이 자국이 있었어요. (what it shows, then a word)
    if any(0 <= j < len(w.lines) and w.lines[j].text[:1] in "▲△" for j in (w.index - 1, w.index + 1)):
        return False
    core = text.lstrip("▲△ ")
    if w.line.hangul:  # labels29: two Korean words after the ▲ (▲ 오늘의 캐스팅보드)
        return w.line.hangul >= 6 and len(core.split()) >= 2 and (not _SHORT_SENTENCE_KO.search(core)
                                       or _KO_SCENE_CLOSE.fullmatch(core) is not None)
    return w.line.words >= 4 and not ends_sentence(core)


_TWO_SENTENCE_MARKER = re.compile(
    r"[▲△]\s*(?:[가-힣A-Za-z0-9][^.!?:=,]{1,20}|(?:[A-Za-z0-9'’-]+\s+){0,4}[A-Za-z0-9'’-]+)\.\s+[^.!?]{4,70}[.!]")
"""labels32: ▲, what the picture shows in a phrase closed by a stop (no predicate: ``시공 전 거실.``, ``Living room
before.``), then one short sentence on it."""


_OCCUPATION_EN = (r"(?:(?:associate|assistant|adjunct|visiting|emeritus|senior|former|freelance|staff|contributing|"
                  r"research|retired)\s+)*(?:professor|lecturer|researcher|fellow|scholar|writer|author|journalist|"
                  r"columnist|novelist|poet|critic|editor|reporter|correspondent|analyst|economist|lawyer|attorney|"
                  r"doctor|physician|director|teacher|chef|architect|consultant|photographer|contributor|engineer|planner|"
                  r"scientist|historian|activist|nurse|pastor)")
_AUTHOR_BIO = re.compile(
    r"\(?(?:[Tt]he\s+(?:writer|author|columnist|contributor)\s|(?:[A-Z][\w'’-]+[\s-]){1,3})"
    rf"(?:is|was)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_OCCUPATION_EN}\b.*"
    r"|(?:[A-Z][\w'’-]+[\s-]){1,3}(?:covers|writes\s+about|teaches|reports\s+on)\s.*"
    rf"|\(?(?:필자|글쓴이|[{SYLLABLES}]{{2,4}}\s?(?:소설가|시인|작가|수필가|칼럼니스트|평론가|교수|변호사|의사|연구원|연구위원|"
    r"기자|교사|건축가))(?:은|는)\s.*"
    # labels25: a name and an occupation closed by a stop, then what the writer did (윤다혜 국악평론가. 『…』을 썼다.)
    rf"|[{SYLLABLES}]{{2,4}}\s[{SYLLABLES}]{{0,6}}(?:소설가|시인|작가|수필가|칼럼니스트|평론가|교수|변호사|연구원|연구위원|"
    r"건축가)\.\s+\S.*")
"""A contributor's line about the writer (``Mina Park is a professor of …``, ``The writer is a former …``, ``Jo Han
covers courts …``, ``필자는 … 교수다``, ``한수정 소설가는 …``)."""


def _author_bio(w: Where) -> bool:
    """After the article (no long paragraph below it but a disclaimer), a contributor's line on who wrote it: right
    after the author's name (a byline) two sentences or fewer of prose, or a line opened by a name or "the writer" and
    what they are (:data:`_AUTHOR_BIO`). The label table's byline (who wrote the text); a paragraph of the article above
    its last long one is never read so."""
    line = w.line
    if not w.seen_body or w.in_related or len(line.text) > 300 or line.words > 50:
        return False
    # opened by who the writer is, or right after the author's name or contact (a byline that is no sentence itself:
    # no chain of bios)
    # labels44: a byline with the post's date (a forum's or a board's reply line: ``kettle_karen · Mar 4, 2026 at 7:30
    # AM``) heads the post below it, no bio
    if not (w.previous == "byline" and _is_prose(line) and w.index > 0 and not _is_prose(w.lines[w.index - 1])
            and _DATE_CORE.search(w.lines[w.index - 1].text) is None) \
            and _AUTHOR_BIO.fullmatch(line.text) is None and not _names_page_writer(w):
        return False
    if len(_SENTENCE_INSIDE.findall(line.text.rstrip())) > 1 or '"' in line.text or "“" in line.text:
        return False
    # no paragraph of the article below it (a disclaimer of the column's views may follow: ※ …, The views …); read
    # last, for the few lines of the right shape
    return w.index >= w.last_prose or not any(
        _is_long_prose(after) and _DISCLAIMER.search(after.text) is None and not _notice(after.text)
        for after in w.lines[w.index + 1:w.last_prose + 1])


_NAME_AND_VERB = re.compile(r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,2})\s+(?-i:[a-z])")


def _names_page_writer(w: Where) -> bool:
    """labels47: the line opens with a full name and a verb (``Marcus Okafor has reviewed …``, ``Priya Raman leads
    …``), and that name is the page's writer's: a short line above it is ``By`` and the name, or the name and after a
    comma, a bar or a dot their role (``By Marcus Okafor``, ``Priya Raman, Head of Engineering``; not the name alone,
    as a site's name over its menu is, nor a name opened by The). With :func:`_author_bio`'s place (after the
    article's last paragraph, two sentences or fewer) it is a contributor's line on who wrote the text, whatever its
    verb."""
    found = _NAME_AND_VERB.match(w.line.text)
    if found is None:
        return _names_page_writer_ko(w)
    if found["name"].startswith("The "):
        return False  # a body's or a site's name (The Purl Circle is …), no person's
    own = re.compile(rf"by\s+{re.escape(found['name'])}(?:\s*[,|·]\s*\S.{{0,60}})?"
                     rf"|{re.escape(found['name'])}\s*[,|·]\s*\S.{{0,60}}", _I)
    lines = w.lines
    # perf68: the page's lines of at most 80 characters above it, from the page's index of them (every line above
    # was read before: quadratic on a page of many lines that open with a name and a verb)
    return any(own.fullmatch(lines[j].text.strip()) is not None for j in _short_lines_above(lines, w.index, 80))


_SHORT_LINES: list[tuple[list[_Line], dict[int, tuple[list[int], str, list[int]]]] | None] = [None]
"""perf68: the page :func:`_short_lines_above` last indexed (its list of lines) and, by a length, the indices of its
lines no longer than that, in order: one page at a time (:func:`label_lines` labels one, and forgets it at the end).
Read and replaced as one tuple, so a thread that labels another page at the same time never reads this page's."""


def _short_lines_above(lines: list[_Line], index: int, most: int) -> list[int]:
    """The indices of the lines of ``lines`` before ``index`` whose text is at most ``most`` characters long, in order:
    the lines ``any(len(above.text) <= most and … for above in lines[:index])`` reads past its length test, without
    the others. The page's lines are indexed once by their length, not read again for each line that asks (perf68:
    quadratic on a page of many lines that open with a name and a verb). The index is kept for the list object it
    was made from, which :func:`label_lines` never changes."""
    short = _short_text(lines, most)[0]
    return short[:bisect_left(short, index)]


def _short_text(lines: list[_Line], most: int) -> tuple[list[int], str, list[int]]:
    """The page's index of its lines of at most ``most`` characters (:func:`_short_lines_above`): their indices in
    order, their texts joined by line feeds (a line's text holds none), and where each begins in the joined text."""
    page = _SHORT_LINES[0]
    if page is None or page[0] is not lines:
        page = _SHORT_LINES[0] = (lines, {})
    found = page[1].get(most)
    if found is None:
        short = [j for j, line in enumerate(lines) if len(line.text) <= most]
        starts, at = [], 0
        for j in short:
            starts.append(at)
            at += len(lines[j].text) + 1
        found = page[1][most] = (short, "\n".join(lines[j].text for j in short), starts)
    return found


_KO_NAME_TOPIC = re.compile(r"(?P<name>[가-힣]{2,4})[은는]\s")


def _names_page_writer_ko(w: Where) -> bool:
    """labels48: the Korean of :func:`_names_page_writer`: the line opens with a name of two to four syllables and
    its topic particle (``정유나는 … 만들고 있습니다.``), and a short line above names that person as the
    writer (``글 정유나 (데이터플랫폼팀)``, ``글·사진 정유나``, ``정유나 기자``): a contributor's line on who wrote
    the text. Set ae's company blog; the English shape (``Priya Raman leads …`` under ``By Priya Raman``) is
    labels47's."""
    found = _KO_NAME_TOPIC.match(w.line.text)
    if found is None:
        return False
    # perf68: only the page's lines of at most 60 characters above it that hold the name (both branches of the
    # credit's shape spell it, in Hangul and without IGNORECASE), found by a search of their joined text (_short_text)
    lines, written = w.lines, found["name"]
    short, joined, starts = _short_text(lines, 60)
    above = bisect_left(short, w.index)
    limit = starts[above] if above < len(starts) else len(joined)
    at = joined.find(written, 0, limit)
    while at >= 0:
        k = bisect_right(starts, at) - 1  # the short line the name was found in
        if _credits_ko(lines[short[k]].text.strip(), written):
            return True
        at = joined.find(written, starts[k + 1] if k + 1 < len(starts) else limit, limit)
    return False


_KO_CREDIT_BEFORE_NAME = re.compile(rf"(?:{_KO_CREDIT}|필자|기고)\s*[:：=]?\s*")
_KO_CREDIT_AFTER_NAME = re.compile(r"(?:\s*[(（][^)）]{1,30}[)）])?")
_KO_REPORTER_AFTER_NAME = re.compile(rf"\s*{_KO_REPORTER}(?:\s+\S+@\S+)?")


def _credits_ko(text: str, name: str) -> bool:
    """Whether ``text`` is a Korean writer's credit of ``name`` (a Hangul name, a literal): a credit word, 필자 or 기고,
    then the name and perhaps a bracketed team (``글 정유나 (데이터플랫폼팀)``, ``필자: 정유나``), or the name and a
    reporter's word, perhaps an address (``정유나 기자 yuna@example.com``) — the whole of ``text``. The same answer as
    the pattern ``(?:CREDIT|필자|기고) … NAME (team)? | NAME … REPORTER (address)?`` compiled for the name, read as
    its pieces around each place the name stands (a text is in the pattern's language exactly when, at one of them,
    the piece before and the piece after match the rest), so no pattern is compiled per name (perf70: ~0.5 ms each,
    the first sight of a Korean page's names; and each one pushed another out of ``re``'s cache of 512)."""
    size = len(name)
    if text.startswith(name) and _KO_REPORTER_AFTER_NAME.fullmatch(text, size) is not None:
        return True
    at = text.find(name, 1)  # a credit word comes first: the name stands after it
    while at >= 0:
        if _KO_CREDIT_BEFORE_NAME.fullmatch(text, 0, at) is not None \
                and _KO_CREDIT_AFTER_NAME.fullmatch(text, at + size) is not None:
            return True
        at = text.find(name, at + 1)
    return False


# A Korean name romanized with its given name hyphenated, alone on a line (Kang Ji-ho, YOON Se-ra).
_ROMANIZED_NAME = re.compile(r"(?:[A-Z][a-z]{1,5}|[A-Z]{2,6})\s+[A-Z][a-z]{1,6}-[a-z]{1,6}")
# A reader-feedback widget: a question, then the answers to click (Was this helpful? Yes / No; 👍 예 | 👎 아니오).
# Page chrome (navigation), as the widget rule's satisfaction scales are: the label table's navigation row.
_FEEDBACK = re.compile(
    r".{3,80}\?\s*(?:[👍👎]\s*)?(?:yes|예|네)\s*(?:\(\d+\)\s*)?(?:[/|·]\s*|\s)"
    r"(?:[👍👎]\s*)?(?:no|아니(?:오|요))\s*(?:\(\d+\))?"
    # labels47: and a link of the same widget after the answers, capitalised and closed by no stop (Yes | No | Report
    # a problem with this page; not a sentence going on: Yes no one knows yet.)
    r"(?:\s*[/|·]?\s*(?-i:[A-Z가-힣])[^?.!]{2,60})?", _I)
# Who speaks next in a broadcast transcript, alone on its line: [앵커], [리포트], [인터뷰: …], [Anchor].
_SPEAKER_MARK = re.compile(
    r"\[\s*(?:앵커(?:\s*멘트)?|기자|리포트|인터뷰|녹취|현장음|싱크|anchor|reporter|interview(?:ee)?|soundbite)"
    r"(?:\s*[:：]\s*[^\]]{1,30})?\s*\]", _I)
# A speaker's name in bold before what they say (a scraped interview): **배소희** 독자 반응은 어떤가요?
_BOLD_SPEAKER = re.compile(r"\*\*[^*\n]{1,20}\*\*\s*\S.*")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up via vs with".split()
)
_LATIN_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_MAX_CHROME = 160  # characters: no heading, menu item or widget line is longer


class _Line(NamedTuple):
    """A non-empty line of the page (a named tuple: one is built for every line, three times faster than a frozen
    dataclass)."""

    start: int
    end: int
    text: str  # stripped
    core: str  # bullets and numbering stripped
    words: int
    hangul: int
    digit: bool  # perf64: a digit in ``text``, searched once a line (a dozen rules asked it, 8,000 searches a page)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for pos, raw in line_spans(text):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            core_match = _BULLET.match(stripped)
            core = stripped[core_match.end():] if core_match else stripped
            hangul = hangul_syllables(stripped)
            out.append(_Line(start, start + len(stripped), stripped, core or stripped,
                             word_runs(stripped), hangul, _DIGIT.search(stripped) is not None))
    return out


def _is_prose(line: _Line) -> bool:
    """Running text: a sentence of some length, in either language."""
    if line.hangul >= 10:
        return len(line.text) >= 25 and (ends_sentence(line.text, bare_predicate=True) or len(line.text) >= 120)
    if line.words >= 20:
        return not _is_title_case(line)
    return line.words >= 8 and ends_sentence(line.text) and not _is_title_case(line)


_SHORT_SENTENCE_KO = re.compile(r"[다요][.!][\"”’')]*\s*$")
_COLON_QUOTE = re.compile(r"[^:“\"]{1,40}:\s*[“\"]")
"""``Speaker: “quote.”``, the form of a headline or deck that quotes someone, not a sentence of the article."""
_SHORT_SENTENCE_EN = re.compile(r"[A-Za-z0-9\"“'‘][^\n]*[a-z0-9][.!][\"”’')]*\s*$")


def _is_short_sentence(line: _Line) -> bool:
    """A sentence too short for :func:`_is_prose`: a Korean clause closed by a predicate and a full stop
    (``외교부가 밝혔다.``), or three or more English words, not in title case, closed by a full stop
    (``Seoul stocks opened higher.``). Menus, headlines and buttons do not end this way."""
    if _COLON_QUOTE.match(line.text):
        return False
    if line.hangul >= 4:
        return bool(_SHORT_SENTENCE_KO.search(line.text))
    return line.words >= 3 and bool(_SHORT_SENTENCE_EN.fullmatch(line.text.strip())) and not _is_title_case(line)


def _is_long_prose(line: _Line) -> bool:
    """A paragraph of an article, not a list item or a pull quote."""
    if line.hangul >= 10:
        return len(line.text) >= 60 and ends_sentence(line.text, bare_predicate=True)
    return line.words >= 20 and _is_prose(line)


def _is_title_case(line: _Line) -> bool:
    """Most content words capitalized, as in English headlines and story titles."""
    return _title_case(line.core) if len(line.core) <= LISTED_LENGTH else _counted_title_case(line.core)


@lru_cache(maxsize=4096)
def _title_case(core: str) -> bool:
    words: list[str] = [w for w in _LATIN_WORD.findall(core) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.75


@lru_cache(maxsize=1)
def _counted_title_case(core: str) -> bool:
    """:func:`_title_case` of a huge line, its words listed a piece at a time (no word holds a space): never the whole
    line's list (mem33: about five times a 1 MB English line). Remembered for the rules of its page (they ask up to
    five times), forgotten by :func:`label_lines` after it, so the cache does not keep a huge line alive."""
    words = capitalized = 0
    for piece in space_pieces(core):
        content = [w for w in _LATIN_WORD.findall(piece) if w.lower() not in _SMALL_WORDS]
        words += len(content)
        capitalized += sum(w[0].isupper() for w in content)
    return words >= 3 and capitalized / words >= 0.75


def _is_title_like(line: _Line) -> bool:
    if line.hangul >= 4:
        return 4 <= len(line.text) <= 80 and not re.search(r"(?:다|요)\.\s*$", line.text)
    return 2 <= line.words <= 25 and not re.search(r"[.;,]\s*$", line.text[-12:])


_NOT_IN_SUBHEADING = re.compile(r"[\"“”:：]")


def _subheading(w: Where) -> bool:
    line = w.line
    if w.previous != "body" or w.in_related or len(line.text) > 60 or line.words > 10:
        return False
    # no closing stop, question or exclamation; no quotation and no speaker's colon (dialogue, a quote)
    if line.text.rstrip()[-1:] in ".:;,。?!'’" or _NOT_IN_SUBHEADING.search(line.text):
        return False
    after = w.next
    return (_is_title_like(line) and after is not None and _is_prose(after)
            and _is_prose(w.lines[w.index - 1]))


_SERVICE_NUMBER = re.compile(r"(?<![\d-])1[5-9]\d{2}-\d{4}(?![\d-])")
"""A Korean representative phone number (1588-4092, 1544-0000): a contact line's, not a row of figures."""
_DATA_RULES = frozenset({"table-header", "table-row", "figures-row", "timeline-entry", "field-line",
                         "weekday-field"})
"""The rules of data lines that a heading over data looks for on the line below (:func:`_heading_over_data`)."""
_ENDS_IN_DIGIT = re.compile(r"\d\W*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR_AT_END = re.compile(
    r"(?<![\d.,])(?:(?:19|20)\d{2}\s?[/–-]\s?(?:\d{2}|(?:19|20)\d{2})(?:\s?년(?:도)?)?"
    rf"|{_MONTH}\s?[–-]\s?{_MONTH}\s+(?:19|20)\d{{2}})$", _I)
"""labels44: a heading may end in the season or the months it covers (``Permit prices for 2026/27``, ``Trial
results, June–August 2026``, ``2026-27년도``); a bare year at its end is not read (``Harvest 2026``, ``Visitors in
2026``: a counter or a row's first cell as often, as the tests of labels22 say)."""
_ORDINAL_AT_END = re.compile(r"(?<!\d)\b(?:round|week|day|stage|leg|heat|group|matchday|game|race|draw|session|lap|"
                             r"phase|part|set|innings|inning)\s+\d{1,2}$", _I)
"""labels23: a heading may end in the number of a round, a week or a stage (``Standings after Round 9``,
``Results of Week 3``): no figure of a row."""


def _table_row_above(w: Where) -> bool:
    """labels23: the line above is a table's row between bars (a heading between two tables: ``February sessions``
    after January's last row)."""
    above = w.lines[w.index - 1]
    if "|" not in above.text:
        return False
    cells = _bar_cells(above.text)
    # labels39: or a price list's row of two cells with a figure over a run of such rows below (커트 … | 28,000원 /
    # 펌 / 일반펌 | 60,000원~): a bare section word between two parts of the list
    return cells >= 3 or (cells == 2 and _DIGIT.search(above.text) is not None and _bar_run(w.lines, w.index + 1)
                          and _bar_cells(w.lines[w.index + 1].text) == 2)


def _heading_over_data(w: Where) -> bool:
    """labels22: inside the article, right after its text, a short line that is no sentence (ten words or fewer, no
    closing stop, colon, bar or quotation, not opened by a bracket or a note's mark, not ending in a figure, no row of
    figures itself) over a
    data line (a table's head or row, a row of figures, a timeline's entry, a field): the heading of the table or
    list below (``Leaderboard after 54 holes``, ``서울 주간 예보``, ``■ 이번 주말 물때표``, ``Timeline``). Written so
    by the writers of sets e-p; a subheading between paragraphs is the same thing over text."""
    line = w.line
    if w.in_related or len(line.text) > 60 or line.words > 10 or w.next is None or not (
            w.previous == "body" or (w.previous == "caption" and w.seen_body)
            or (w.previous == "other" and w.seen_body and _table_row_above(w))
            # labels44: or under the text's button (… sign our waiver. / Sign Waiver / Pricing / Day pass — $24)
            or (w.previous == "navigation" and w.seen_body and w.index >= 2 and _is_prose(w.lines[w.index - 2]))):
        return False
    core = line.core.strip()
    titled = _BRACKETED_TITLE.fullmatch(core) or _TABLE_NUMBER.fullmatch(core)
    # labels25: <2월 유형별 출동 현황>: the brackets mark a title; labels27: so does a table's number (Table 2: …)
    if titled is not None:
        core = titled["title"].strip()
    boxed = _BOX_TITLE.search(core) is not None  # labels25: Q1 2025 by the numbers: a box's title holds its period
    if (not core or core[-1] in ".:;,。?!'’" or core[0] in "([<※*" or "|" in core or _NOT_IN_SUBHEADING.search(core)
            or (_ENDS_IN_DIGIT.search(core) and not _ORDINAL_AT_END.search(core) and titled is None
                and not _YEAR_AT_END.search(core))
            or _is_short_sentence(line)
            or (_figures_row(line) and titled is None and not boxed)):
        return False
    return _data_below(w)


def _bar_run(lines: Sequence[_Line], index: int) -> bool:
    """labels25: the line at ``index`` and the next are rows of as many cells between bars (two or more), each with a
    figure (``A사 | 21.4`` / ``B사 | 17.9``): a table, however narrow."""
    if index + 1 >= len(lines):
        return False
    first, second = lines[index].text, lines[index + 1].text
    if "|" not in first or "|" not in second or len(first) > _MAX_CHROME or len(second) > _MAX_CHROME:
        return False
    cells = _bar_cells(first)
    return cells >= 2 and _bar_cells(second) == cells and _DIGIT.search(first) is not None \
        and _DIGIT.search(second) is not None


_BRACKETED_TITLE = re.compile(r"[<〈《]\s*(?P<title>[^<>〈〉《》]{2,50})\s*[>〉》]")
_TABLE_NUMBER = re.compile(r"(?:table|tbl\.|표)\s?\d{1,2}(?:[-.]\d{1,2})?\s*[.:：]\s*(?P<title>\S.{1,60})", re.I)
"""labels27: a table's title after its number (``Table 2: Overdue inspections by district, FY2024–FY2025``, ``표 3.
시도별 현황``): the heading of the table below, its colon no field's."""
"""labels25: a table's title between angle brackets (``<남자 단체전 최종 순위>``, ``〈2월 유형별 출동 현황〉``): the
heading of the table below it (set r's writer wrote four; the label table's headline row)."""
_BOX_TITLE = re.compile(
    r"\bby\s+the\s+numbers\b|\bat\s+a\s+glance\b|\bin\s+numbers\b|한눈에\s*(?:보는|본)|숫자로\s*(?:보는|본)", _I)
"""labels25: the words of a box of figures' title (``Q1 2025 by the numbers``, ``Project at a glance``, ``숫자로 본
…``): a title that names its period holds figures and is no row of figures."""


def _units_line(line: _Line) -> bool:
    """A table's units alone on a line (:data:`_UNITS_LINE`, :data:`_NOTE_UNITS`): the ``units-line`` rule's shape."""
    return len(line.text) <= 60 and bool(_UNITS_LINE.fullmatch(line.core) or (
        _NOTE_MARK.match(line.text) and _NOTE_UNITS.fullmatch(line.text)))


_UNITS_LINE = re.compile(
    r"[(\[]\s*(?:(?:단위|units?)\s*[:：]?\s*[^()\[\]]{1,30}|(?:all\s+)?(?:figures|amounts)?\s*in\s+(?:(?:hundreds\s+of\s+)?"
    r"(?:thousands|millions|billions|trillions)\s+of\s+)?(?:won|dollars|yen|euros|yuan|krw|usd|people|tons?|units)"
    r"(?:\s*[,;]\s*[^()\[\]]{1,30})?"
    # labels25: what the figures are measured against, then the unit (전년 동기 대비, %; year on year, %)
    r"|[^()\[\]\d]{0,24}(?:대비|기준|y/y|yoy|year[\s-]on[\s-]year|from\s+a\s+year\s+earlier)\s*[,;]\s*(?:%p?|%\s*포인트|원|달러|건|명|톤)"
    r")\s*[)\]]", re.IGNORECASE)
"""labels22: a table's units alone on a line, in brackets ((in billions of won, consolidated), (단위: 억원, %), [Unit:
KRW million]): a note on what the table says, body, as the label table's body row has it (a table's units or legend)."""
_NOTE_UNITS = re.compile(r"\s*(?:※|\*)\s*(?:단위|units?)\s*[:：]\s*[^()\[\]:：.]{1,30}", re.IGNORECASE)
"""labels23: a table's units after a note's mark instead of brackets (``* 단위: 업소 수``, ``※ Unit: tonnes``)."""


_CHROME_WORD = (r"(?:menu|search|sign\s*(?:in|up|out)|log\s*(?:in|out)|subscribe|register|(?:my\s+)?account|donate|"
                r"로그인|로그아웃|회원가입|검색|전체\s*메뉴|메뉴|구독(?:하기)?|"
                r"마이\s*페이지)")
_CHROME_RUN = re.compile(
    rf"{_CHROME_WORD}(?:\s+{_CHROME_WORD}){{1,5}}|accessibility\s+(?:tools|options|menu)|접근성\s*도구", _I)
"""labels34: a site's header written as words without separators, each a chrome item (``Menu Search Sign in``,
``Subscribe  Sign in``, ``Accessibility tools``, ``메뉴 검색 로그인``): chrome as each item alone is."""
_SAVED_FROM = re.compile(
    r"(?:saved|clipped|printed|archived|captured)\s+(?:from|on)\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*"
    r"(?:\s*[·|•-]\s*(?:open|view)\s+(?:the\s+)?original)?"
    r"|(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*\s*에서\s*(?:저장|스크랩|인쇄|가져옴)(?:함|됨|한\s*글)?"
    r"(?:\s*[·|•-]\s*원문\s*보기)?", _I)
"""labels34: a reading app's or a printout's line naming the site the page was taken from (``Saved from
harborlight.org · Open original``, ``Printed from example.com``, ``example.co.kr에서 저장함 · 원문 보기``): the
capture's chrome, above the page's title."""


_NAV_OPENERS = frozenset("검공광구글기다닫답댓더로리링마맨메목밴보분사새서소스알앱원웹이인전접정주처카키태트페펼해홈회")
r"""perf64: the Hangul syllables that open a branch of :data:`_NAV_LINE`, all but ``.*바로\s*가기.*`` (the first
syllables of its Korean words: 검색, 공유, 광고, 구독, 글자 크기, 기사 원문, 다음, 닫기, …; found by a walk of the
pattern's parsed tree over every syllable, and by reading its branches)."""


_POST_LINK = re.compile(
    r"(?:[←◀◁◄‹«<]\s*)?(?:(?:previous|prev|next)\s+(?:post|article|story|thread|topic)|(?:이전|다음)\s*(?:글|게시물|게시글))"
    r"(?!에|을|은|로|과|와|의)\s*[:：]?\s*\S.{0,100}", _I)
"""labels48: a link to the previous or the next post with its title (``이전글 호밀빵 속이 …``, ``← Previous post: …``):
the label table's navigation, never the heading of a list of other stories; not ``다음 글에서는 … 소개하겠습니다.`` (a
particle after 글: a sentence of the text)."""


def _nav_may_match(text: str) -> bool:
    """``False`` only where :data:`_NAV_LINE` does not match the whole of ``text`` (perf64): a text opened by a Hangul
    syllable can match only through a branch opened by one of :data:`_NAV_OPENERS` or the branch of 바로 가기. Most
    lines of Korean prose open otherwise, and the pattern cost 1.6 µs on each (its forty-odd branches tried)."""
    first = text[:1]
    return not "가" <= first <= "힣" or first in _NAV_OPENERS or "바로" in text


def _nav_line(text: str) -> bool:
    """:data:`_NAV_LINE` matches the whole of ``text``, tried only where :func:`_nav_may_match` lets it."""
    return _nav_may_match(text) and _NAV_LINE.fullmatch(text) is not None


def _nav(line: _Line) -> bool:
    """The line, without its bullet or as it stands, is site chrome (a line with no bullet is matched once)."""
    return bool(_nav_line(line.core) or (line.core != line.text and _nav_line(line.text))
                or (len(line.text) <= 60
                    and ((_CHROME_RUN.fullmatch(line.core) and len(_WIDE_GAP.split(line.core)) <= 2)
                         or _SAVED_FROM.fullmatch(line.core)))
                or (_ICON.search(line.text) is not None and _NAV_ICON_LINE.fullmatch(line.core) is not None)
                or (("내려받기" in line.text or "다운로드" in line.text)
                    and _KO_DOWNLOAD.fullmatch(line.core) is not None))


_CHROME_PAIR = re.compile(
    rf"(?P<ko>[{SYLLABLES}][{SYLLABLES} ]{{0,10}}?)\s+[A-Za-z][A-Za-z '’&-]{{1,24}}"
    rf"|[A-Za-z][A-Za-z '’&-]{{1,24}}?\s+(?P<ko2>[{SYLLABLES}][{SYLLABLES} ]{{0,10}})")
"""labels40: a chrome word in Korean with its English beside it (``목록 List``, ``공지사항 Notice``)."""


def _bilingual_chrome(line: _Line) -> bool:
    """labels40: a line of a Korean chrome word (:func:`_nav` alone: ``목록``, ``공지사항``, ``본문 바로가기``) and its
    English, three words or fewer, in either order (``목록 List``, ``Search 검색``): the chrome's. The rule reads it
    after the article's first paragraph only: above it, a menu's ``공지사항 Notice`` read so turned the next item
    (``교환학생 Exchange``) to a byline under the layer's second pass (time travel, set s)."""
    if len(line.text) > 40:
        return False
    found = _CHROME_PAIR.fullmatch(line.text)
    if found is None:
        return False
    korean = (found["ko"] or found["ko2"]).strip()
    return _NAV_LINE.fullmatch(korean) is not None


def _photo_copyright(text: str) -> bool:
    return ("ⓒ" in text or "©" in text) and bool(_PHOTO_COPYRIGHT.search(text))


_DATELINE_PLACE = re.compile(
    r"[A-Z]{2,}(?:[ .'-]+[A-Z]{2,})*\.?(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s*(?:—|–|--|,)\s*"
    # labels38: two places between a slash, in capitals of any Latin script (SEOUL / WROCŁAW, …); a town's name in
    # title case and a comma (Pohang, November 5, 2026), each before a month's or a weekday's name: the rest of the
    # line must still be a whole date
    r"|(?:[^\W\d_a-z]{2,}(?:\s*/\s*[^\W\d_a-z]{2,})+|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*"
    r"(?=(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))")


_ISSUE = re.compile(
    r"\s*(?:\d{4}\s*년\s*\d{1,2}\s*월\s*호|(?:\d{4}\s*년\s*)?(?:봄|여름|가을|겨울)\s*호"
    r"|(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\s+issue"
    r"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+\d{4}\s+issue)\s*", _I)
"""labels23: a periodical's issue alone on its line (``2026년 10월호``, ``October 2026 issue``, ``Winter 2026 issue``,
``2027년 봄호``): the date of the page, as a date is."""


def _dateline(line: _Line) -> bool:
    if len(line.text) > 80:
        return False
    if ("호" in line.text or "issue" in line.text.lower()) and _ISSUE.fullmatch(line.text):
        return True
    if _DATELINE.fullmatch(line.text):
        return bool(_DATE_CORE.search(line.text) or _DATE_WORD.fullmatch(line.text.strip(" :：")))
    # Other shapes: pieces of a date in any order ("Thursday, November 21, 2024", "2024.03.12. 오후 2:17",
    # "Updated : 2024-09-17 22:04 KST", "입력 2024.06.01 (21:18)", "Updated 3 hours ago").
    text = line.text
    if not line.digit:  # a date, an age and a time all have digits: most lines end here
        return False
    # A wire dateline's place in capitals before the date: "SEOUL, South Korea — December 2, 2026".
    place = _DATELINE_PLACE.match(text)
    end = place.end() if place is not None else 0
    while end < len(text):  # piece after piece from the start; the first that is none ends it
        piece = _DATE_PIECE.match(text, end)
        if piece is None or piece.end() == end:
            return _posted_in(line)
        end = piece.end()
    if place is not None:
        return bool(_DATE_CORE.search(text))
    return bool(
        _DATE_CORE.search(line.text) or _AGE_CORE.search(line.text) or _ZONED_TIME.search(line.text))


_POSTED_IN = re.compile(r"((?:posted|published)\s.{4,40}?)\s+in\s+(?:the\s+)?[^\W\d][^\d.!?:|@]{1,40}", _I)
"""labels46: a post's date and the section it was posted in (``Posted 4 December 2026 in Letters home``)."""


def _posted_in(line: _Line) -> bool:
    """labels46: :data:`_POSTED_IN`, the part before ``in`` a dateline by itself; the section after it (a few words, no
    figure nor sentence) does not make the line a field."""
    found = _POSTED_IN.fullmatch(line.text)
    if found is None:
        return False
    head = found.group(1)
    return _dateline(line._replace(text=head, core=head))


_OWN_DATE_LABEL = re.compile(
    r"\W{0,3}(?:posted|published|updated|revised|last|modified|created|written|released|printed|dated|as\s+of|"
    r"입력|수정|등록|작성|게재|발행|배포|보도|승인|기사)", _I)
"""labels36: a label of the page's own date (when it was posted, published, revised), no event's."""
_DATE_LABEL_COLON = re.compile(r"\W{0,3}[^\W\d][^:：\d]{0,24}[:：]\s")
"""labels36: a label of words and its colon opening the line (``Date: …``; not a clock's ``8:38 p.m.``)."""


def _event_date(w: Where) -> bool:
    """labels36: after the article's first paragraph or under another field, a date read by the dateline's shapes and
    opened by a label that is no page date's (``Date: Saturday, December 12, 2026``, ``Issued: …``; not ``Posted:``,
    ``입력``), right over a field that gives no contact (``Time: 10:00 a.m. – …``, ``Venue: …``): the date of the
    thing the page is about, a field among fields (the label table's dateline row: ``other``). Under the headline, over
    the text, such a date is the page's (``Date: January 8, 2027`` over the release's department)."""
    text = w.line.text
    if (":" not in text and "：" not in text) or w.in_related or not (w.seen_body or w.previous == "other"):
        return False
    below = w.next
    if below is None or (":" not in below.core and "：" not in below.core) or "@" in below.text:
        return False
    field = _FIELD_LINE.fullmatch(below.core)
    if field is None or _FIELD_NOT.match(field["key"]) or _PHONE.search(below.text) is not None:
        return False
    return (_DATE_LABEL_COLON.match(text) is not None and _OWN_DATE_LABEL.match(text) is None
            and _dateline(w.line))


_CREDIT_BY = (r"(?i:(?:additional\s+)?(?:reporting|editing|writing|written|photos?|photography|pictures|graphics|video|"
              r"compiled|produced|translated|edited|fact[- ]?checking|research|(?:medically\s+)?reviewed|"
              r"fact[- ]?checked))"
              r"\s+(?i:by)\s+[^;|]{2,60}?")
_CREDIT_CHAIN = re.compile(rf"{_CREDIT_BY}(?:\s*[;|]\s*{_CREDIT_BY})+\.?")
"""Credits in a chain, each "… by" and its names, between semicolons or bars (``Reporting by A in Seoul; additional
reporting by B; Editing by C``): a wire's byline, however long."""


def _byline(line: _Line) -> bool:
    if len(line.text) <= 80 and _BYLINE.fullmatch(line.text):
        return True
    # labels40: a chain of credits is read at any length (Written by … | Reviewed by …, 74 characters)
    return len(line.text) <= 240 and (";" in line.text or "|" in line.text) and bool(_CREDIT_CHAIN.fullmatch(line.text))


_OPTIONS_FIELD = re.compile(r"[^:：|/·]{1,24}[:：]\s+\S")
"""labels29: a field's label and its colon opening a line of options (``Voice part: Soprano / Alto / …``)."""


def _data_not_menu(w: Where) -> bool:
    """labels29: inside the article, a field's options after its label and colon, between slashes or arrows
    (:data:`_OPTIONS_FIELD`: ``Voice part: Soprano / Alto / …``; a widget's dots or bars are no options)."""
    text = w.line.text
    return _OPTIONS_FIELD.match(text) is not None and not any(mark in text for mark in "·|•") and w.seen_body


def _table_head_over_rows(w: Where) -> bool:
    """labels29: inside the article, three or more cells between bars over two rows of as many cells, figures in
    them or not (``Area | Collector | Phone`` over ``Hartley & Downend | Claire Osei | 07700 900118``): a table's
    head, no menu (two menus in a row are rarely as wide, and stand above the article)."""
    text = w.line.text
    if "|" not in text or w.index + 2 >= len(w.lines):
        return False
    cells = _bar_cells(text)
    return cells >= 3 and all("|" in w.lines[j].text and _bar_cells(w.lines[j].text) == cells
                              for j in (w.index + 1, w.index + 2)) and w.seen_body


def _separated_items(line: _Line) -> bool:
    """Three or more short items between separators: a menu bar or a breadcrumb, in either language."""
    # labels32: a trail from Home may end in a page titled by a question (Home > Elections > Where Do I Vote?)
    home_question = (line.text.rstrip().endswith("?") and _BREADCRUMB.search(line.text) is not None
                     and _HOME_ITEM.fullmatch(_BREADCRUMB.split(_HERE.sub("", line.text, count=1))[0].strip())
                     is not None)
    if len(line.text) > _MAX_CHROME or (not home_question and (ends_sentence(line.text) or (
            ends_sentence(line.text, bare_predicate=True) and not _LAST_ITEM_WORD.search(line.text)))):
        return False
    items = [item.strip() for item in _NAV_SEPARATOR.split(_HERE.sub("", line.text, count=1)) if item.strip()]
    if len(items) == 1:
        tight = _TIGHT_DOT.split(line.text)
        if len(tight) >= 4:  # no spaced separator: four or more one-word items between solid middle dots
            return all(0 < len(item) <= 6 and not any(c.isspace() for c in item) for item in tight)
        items = _WIDE_GAP.split(line.text.strip())  # items set apart by runs of spaces: "News  Politics  Sports"
        if len(items) < 3:
            return False
    elif len(items) < (2 if _BREADCRUMB.search(line.text) else 3) and not (
            len(items) == 2 and all(_NAV_LINE.fullmatch(item) for item in items)):  # Subscribe | Log in
        return False
    if _LEGAL_LINK.search(line.text) or any(_LEGAL_ITEM.fullmatch(item) for item in items):
        return False  # Privacy Policy | Terms of Use | Contact Us; 발행인 … | 등록번호 …; 윤리강령 (labels23)
    if sum(bool(_FIGURE_ITEM.fullmatch(item)) for item in items) >= 2:
        return False  # a row of a table: 박용철 | 국민의힘 | 21,169 | 50.93%
    if sum(bool(_KEY_VALUE.fullmatch(item) or _ENDS_IN_FIGURE.search(item)) for item in items) >= 2:
        return False  # fields or prices: 종목코드: 290740 | 정지일시: …; 고등어(대) 4,850원 / 삼치 6,900원
    # an item is short, or a widget's words however many (Font size A A | Share | Print); labels28: in a
    # breadcrumb, an item may be written in both languages, each short (홈 Home > 외국인 민원 Foreigners > …)
    crumb = _BREADCRUMB.search(line.text) is not None
    # labels30: a trail opened by the home page, after "You are here:" or not, may name a page in up to five words
    # (Home > Jury Service > Frequently Asked Questions)
    home = crumb and _HOME_ITEM.fullmatch(items[0]) is not None
    return all((home and len(item) <= 40 and len(item.split()) <= 5)
               or (len(item) <= 24 and len(item.split()) <= 3) or (len(item) <= 40 and _NAV_LINE.fullmatch(item))
               or (crumb and len(item) <= 48 and _BILINGUAL_ITEM.fullmatch(item) is not None)
               for item in items)


_COMMENTS_HEAD = re.compile(r"(?:comments?|replies|댓글|답글)\s*(?:[(\[]\s*[\d,]+\s*[)\]]|[\d,]+\s*개?)?", _I)
"""labels30: a comments section's head, its count or not (``Comments (3)``, ``댓글 6``)."""
_YEAR_HEADING = re.compile(r"(?:class\s+of\s+)?(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?(?:년|학번|s)?", _I)
"""labels30: a year or a range of years alone, a section's heading (``1982``, ``Class of 1994``, ``2019년``)."""
_HERE = re.compile(r"^\s*(?:you\s+are\s+here|current\s+(?:page|location)|현재\s*위치)\s*[:：]\s*", _I)
"""labels30: a breadcrumb's own label before its trail (``You are here:``, ``현재 위치:``)."""
_HOME_ITEM = re.compile(r"(?:home|main|홈|메인|처음으로)(?:\s*(?:page|페이지))?|🏠", _I)
_BILINGUAL_ITEM = re.compile(
    rf"[{SYLLABLES}][{SYLLABLES}·]*(?:\s[{SYLLABLES}·]+){{0,2}}\s+[A-Za-z][\w'’&-]*(?:\s[\w'’&-]+){{0,2}}"
    rf"|[A-Za-z][\w'’&-]*(?:\s[\w'’&-]+){{0,2}}\s+[{SYLLABLES}][{SYLLABLES}·]*(?:\s[{SYLLABLES}·]+){{0,2}}")
"""labels28: a breadcrumb's item in both languages, up to three words each (``외국 면허 교환 License exchange``)."""


_SECTION_WORDS = frozenset(
    "home news politics business economy tech technology culture opinion sports sport world national nation "
    "lifestyle life entertainment science health travel food style markets finance video videos photos local "
    "society international arts columns editorials weather "
    "홈 전체기사 정치 경제 사회 국제 문화 스포츠 연예 오피니언 사설 칼럼 지역 전국 IT 과학 "
    "생활 라이프 산업 금융 부동산 증권 교육 건강 여행 포토 영상 인물 북한 세계 기획 연재 날씨 피플 뉴스".split())


def _legal_bar(line: _Line) -> bool:
    """labels23: two or more short items between bars or middle dots, one of them a legal link
    (:data:`_LEGAL_ITEM`: ``Privacy | Cookies | Accessibility statement``, ``이용약관 · 개인정보처리방침 · 윤리강령``):
    the footer's, as a copyright line is, and not a menu (:func:`_separated_items` leaves such a bar)."""
    if len(line.text) > _MAX_CHROME or ("|" not in line.text and "·" not in line.text):
        return False
    items = [item.strip() for item in re.split(r"\s+[|·]\s+", line.text.strip()) if item.strip()]
    return len(items) >= 2 and all(len(item) <= 30 and len(item.split()) <= 4 for item in items) and any(
        _LEGAL_ITEM.fullmatch(item) for item in items)


def _section_menu(line: _Line) -> bool:
    """Four or more words set apart by single spaces, three in four of them names of a news site's sections
    (News Business Tech Culture Opinion; 전체기사 정치 경제 사회 국제): a menu bar written without separators."""
    if len(line.text) > 100 or not 4 <= line.words <= 14 or ends_sentence(line.text, bare_predicate=True):
        return False
    words = line.text.split()
    return 4 * sum(word.lower() in _SECTION_WORDS for word in words) >= 3 * len(words)


def _address(line: _Line) -> bool:
    """A postal address: a street and a five-digit postal code, or a road address, on a line that is no prose."""
    text = line.text
    if len(text) > 160 or not line.digit:  # both kinds of address have a number
        return False
    if _is_prose(line):
        return False
    if _STREET.search(text) and (_POSTAL_CODE.search(text) or _ROAD_ADDRESS.search(text)):
        return True
    # labels42: a road address after a short name, unless a field's label opens the line (주소: 서울 마포구 …, a
    # shop's address among its hours and its phone, is a data line)
    if _SHORT_ROAD_ADDRESS.search(text) and not _KEY_VALUE.fullmatch(text):
        return True
    # labels36: an American address without its street's word or its ZIP code (3301 W. Broadway, Council Bluffs, IA),
    # a post office box with its code; labels42: a number and a British or a Canadian postcode after a comma, with or
    # without a street's word (14 Mill Wynd, Dunmore KY12 7QH; Unit 4, Parkway Industrial Estate, Sheffield S9 3BL)
    return "," in text and (_US_ADDRESS.search(text) is not None or _UK_CA_POSTCODE.search(text) is not None
                            or (_PO_BOX.search(text) is not None and _POSTAL_CODE.search(text) is not None))


_KEY_VALUE = re.compile(r"[^:：]{1,12}[:：]\s*\S.*")
_ENDS_IN_FIGURE = re.compile(r"\s[\d,.]+(?:\s?(?:조|억|만|천)\s?[\d,.]*)*\s?(?:원|달러|%|명|개|건|kg|g)$")


def _table_row(line: _Line) -> bool:
    cells = [cell.strip() for cell in line.text.split("|") if cell.strip()]
    return len(cells) >= 3 and sum(bool(_FIGURE_ITEM.fullmatch(cell)) for cell in cells) >= 2


_FIGURE_ITEM = re.compile(
    r"[-+±▲▼]?\s?[\d,.]+(?:\s?(?:조|억|만|천)\s?[\d,.]*)*\s?"
    r"(?:%|%p|명|표|석|원|만원|달러|건|개|가구|세대|곳|쪽|호|대\s?1|:\s?1|㎡|[a-zA-Z]{1,3})?")


def _menu_run(w: Where) -> bool:
    """One of three or more very short lines in a row above the article: a vertical menu."""
    def tiny(i: int) -> bool:
        if not 0 <= i < len(w.lines):
            return False
        line = w.lines[i]
        if len(line.text) <= 24 and line.hangul and _BILINGUAL_PAIR.fullmatch(line.text) is not None:
            return True  # labels27: a menu's item in both languages (About 문화원 소개, 공지사항 Notice)
        return line.words <= 2 and len(line.text) <= 12 and not ends_sentence(line.text) \
            and not line.text.isdigit()
    i = w.index
    return w.before_article and tiny(i) and (
        (tiny(i - 2) and tiny(i - 1)) or (tiny(i - 1) and tiny(i + 1)) or (tiny(i + 1) and tiny(i + 2)))


def _figures_row(line: _Line) -> bool:
    words = line.text.split()
    with_digits = sum(any(c.isdigit() for c in word) for word in words)
    return len(words) <= 8 and 3 * with_digits >= len(words) and len(_NUMBER.findall(line.text)) >= 2


def _list_in_article(w: Where) -> bool:
    def item(line: _Line | None) -> bool:
        return line is not None and line.words >= 2 and bool(_LIST_MARKER.match(line.text))
    if (item(w.line) and w.next is not None and not item(w.next) and _is_prose(w.next) and _heading_shape(w.line)
            and not (w.index and item(w.lines[w.index - 1]))):
        return False  # labels27: a numbered heading over a paragraph (2. 신청 자격), the section-heading rule's
    return item(w.line) or (w.line.text.endswith((":", "：")) and w.line.words >= 2 and item(w.next))


def _list_phrase(w: Where) -> bool:
    """labels47: an item of a list inside the article (:func:`_list_in_article`: a numbered or bulleted line, not a
    numbered heading over a paragraph) that is a phrase: two to fifteen words, not closed as a sentence, a question
    or a lead-in's colon, no quotation (an interview's question opened by a dash), no ``=`` (an obituary's entry, the
    announcement-item rule's), no heading's mark (:data:`_HEADING_MARKS`), no chrome (``▲ Back to top``), and an item
    above or below it. The label table's other (a data line, not prose), as set ab's and set ac's conventions have
    short noun phrases in a list (requirements, documents, specs, steps); a full sentence stays body."""
    line = w.line
    if not 2 <= line.words <= 15 or not _LIST_MARKER.match(line.text) or "=" in line.text:
        return False
    text = line.text.rstrip()
    if (text.lstrip()[:1] in _HEADING_MARKS or text.endswith((":", "：", "?", "？")) or ends_sentence(text)
            or any(q in text for q in "\"“”") or _nav(_lines(_ITEM_MARK.sub("", text, count=1))[0])):
        return False
    # an item among items: the line above or below is one too (a numbered line alone heads a section: 2. 인고 쓰기)
    # (a caption opened by ▲ above is no item: ▲ 정해인 원장(가운데)이 … 기념촬영을 하고 있다)
    if not any(0 <= i < len(w.lines) and w.lines[i].words >= 2 and _LIST_MARKER.match(w.lines[i].text)
               and w.lines[i].text.lstrip()[:1] not in _HEADING_MARKS and not (i < w.index and w.previous == "caption")
               for i in (w.index - 1, w.index + 1)):
        return False
    return _list_in_article(w)


def _list_lead_in(w: Where) -> bool:
    """labels47: the line that opens a list inside the article (``You will need:``, ``Key specs:``), the case of
    :func:`_list_in_article` closed by a colon, under a rule of its own: with its items read as data lines
    (:func:`_list_phrase`) the layer took it for their heading; the layer keeps the label of a rule it has no weight
    for (``KEEP_UNSEEN_RULES``)."""
    after = w.next
    return (w.line.text.rstrip().endswith((":", "：")) and w.line.words >= 2 and not _LIST_MARKER.match(w.line.text)
            and after is not None and after.words >= 2 and _LIST_MARKER.match(after.text) is not None)


_ITEM_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[•▪◦●■○◆▶▲△-])\s*")
"""labels47: the mark that opens a list's item, taken off to read the item's words (``▲ Back to top`` is chrome)."""
_HEADING_MARKS = "■□◆◇●"
"""labels47: marks that open a section's heading in Korean pages (``■ 주요 수상자(작)``, ``◆ 사태 일지``), not a
list's item."""


def _lone_paragraph(w: Where) -> bool:
    """A page without a long paragraph whose line is still a sentence: ten words or more, most of them in lower
    case (English; a Korean sentence with its full stop is already prose)."""
    line = w.line
    if w.first_prose < len(w.lines) or len(line.text) > 2000:
        return False
    if line.hangul:
        return False  # a Korean line ending in 다 without its full stop is a headline's style
    latin = _LATIN_WORD.findall(line.core)
    lower = sum(word[0].islower() for word in latin)
    return line.words >= 10 and not _is_title_case(line) and lower >= line.words / 2


def _caption(line: _Line) -> bool:
    # A credit sits at the end: only the tail is searched, which keeps long lines cheap.
    return (line.words >= 4 or line.hangul >= 8) and _credit_closes(line.text[-80:]) \
        and not _ENDS_IN_FIGURE.search(line.text) \
        and not _no_credit(line.text)  # _ENDS_IN_FIGURE: prices after slashes, 고등어 4,850원 / 삼치 6,900원


_BARE_PHOTO_WORD = re.compile(r"\s*사진(?!\s*[=:：])")
_GIVEN_IN_BRACKETS = re.compile(r"제공[\])>]$")
_FIELD_OPENER = re.compile(r"(?-i:[가-힣]{1,8})(?:\s(?-i:[가-힣]{1,6}))?\s*:\s")


def _no_credit(text: str) -> bool:
    """labels46: a credit's shape that is no credit. The word 사진 with no ``=`` or ``:`` after it and no giver,
    reporter or pool (제공, 기자, 취재) in what follows: a photo named in a title or a button
    (``증명·여권사진 가격 안내``, ``… (사진 있음)``, ``고화질 사진(ZIP)``, ``친구 추가와 사진 보내기``), not
    ``사진 제공=…`` or ``사진공동취재단``.
    A bracket closed by 제공 with no ``=`` in it at the end of a field opened by its Korean label and a colon
    (``수강료: 무료 (교재 제공)``, ``준비물: 없음 (향수병, 라벨 … 제공)``): what the fee includes, not who took a
    photo (``(관리사무소 제공)`` after a plan's title is one)."""
    if "사진" not in text and "제공" not in text:
        return False
    found = _credit_match(text[-80:])
    if found is None:
        return False
    credit = found.group(0)
    if _BARE_PHOTO_WORD.match(credit) and not any(word in credit for word in ("제공", "기자", "취재")):
        return True
    return (_GIVEN_IN_BRACKETS.search(credit) is not None and "=" not in credit
            and _FIELD_OPENER.match(text) is not None)


@lru_cache(maxsize=4096)
def _credit_closes(tail: str) -> bool:
    """:func:`_credit_at_end` and :func:`_slash_closes` of a line's tail, :data:`_CREDIT` searched once (perf64:
    it was searched by each, 14 µs a Korean line, and three rules ask :func:`_caption` of the same line: remembered
    for the rules of a page, forgotten by :func:`label_lines` after it; a tail is at most 80 characters)."""
    found = _credit_match(tail)
    return found is not None and _slash_closes(tail, found)


@lru_cache(maxsize=4096)
def _credit_match(tail: str) -> re.Match[str] | None:
    """:data:`_CREDIT` searched in a line's tail once for the rules of a page (:func:`_credit_closes` and, labels46,
    :func:`_no_credit` read it; forgotten by :func:`label_lines` after the page)."""
    return _CREDIT.search(tail) if _credit_may_end(tail) else None


_BEFORE_SLASH_CREDIT = re.compile(
    r"(?:[.!?][\"”’')]?(?:\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?)?|[.!?]\s*\([^()]{1,40})\s*$")


def _credit_at_end(tail: str) -> bool:
    """Whether :data:`_CREDIT` is found in ``tail``. A credit ending in a full stop is only one after 사진 or a
    slash (the others end in a bracket, or in a character other than a full stop after "photo by"): most lines of
    prose end so and have neither, and are not searched at every position."""
    return _credit_may_end(tail) and bool(_CREDIT.search(tail))


def _credit_may_end(tail: str) -> bool:
    """``False`` only where :data:`_CREDIT` finds nothing in ``tail`` (:func:`_credit_at_end`'s tests before it)."""
    if tail.endswith(".") and "/" not in tail and "사진" not in tail and " by " not in tail and "courtesy" not in tail:
        return False
    return _may_hold_credit(tail)


_CREDIT_WORDS = ("photo", "image", "picture", "courtesy")
"""The words of :data:`_CREDIT`'s branches that hold neither a bracket, a slash nor a letter beyond ASCII."""


def _may_hold_credit(tail: str) -> bool:
    """``False`` only where :data:`_CREDIT` finds nothing (perf59): in ASCII text each of its branches needs an opening
    bracket, a slash or one of :data:`_CREDIT_WORDS` (the others need Hangul, ⓒ or ©); text beyond ASCII is always
    searched (under ``re.I`` ſ is an s, ı an i: a lower-cased word would miss them). Most lines of a news page end with
    none of them, and the pattern is tried at each of the tail's positions."""
    if not tail.isascii() or "(" in tail or "[" in tail or "/" in tail:
        return True
    lowered = tail.lower()
    return any(word in lowered for word in _CREDIT_WORDS)


def _slash_closes(tail: str, found: re.Match[str]) -> bool:
    """labels22: a credit after a bare slash (``/ Yonhap``, ``/뉴스1``) closes a caption only when the slash follows
    the caption's stop (a date after it or not), or the credit stands in brackets opened after the stop (``(KVRN /
    Drone 7)``). Without one the slash divides the items of a list or a row (``품종: 믹스견 / 체중: 8.4kg``, ``1.
    웬일(○) / 왠일(×)``, a title and its translation, a reply's name and number): no caption. True for a credit
    ``found`` in ``tail`` of another kind."""
    return (not found.group().lstrip().startswith("/")
            or _BEFORE_SLASH_CREDIT.search(tail[:found.start()]) is not None)


def _press_closing(text: str) -> bool:
    """Whether :data:`_PRESS_CLOSING` is found in ``text``: never without one of the words each of its branches
    needs (a cheap test before the search, which tries every position)."""
    if "보도" not in text and "주시기" not in text and "contact" not in text.lower():
        return False
    return bool(_PRESS_CLOSING.search(text))


@dataclass(slots=True)
class Where:
    """A line and what the rules may know of its surroundings on the page. Built for every line and only read by
    the rules (not frozen: a frozen dataclass costs six times as much to build, a tenth of the stage)."""

    lines: list[_Line]
    index: int
    line: _Line
    """``lines[index]`` (a field, not a property: the rules read it about twenty times a line)."""
    previous: BlockLabel | None
    """The label given to the line before."""
    first_prose: int
    """Index of the first paragraph of the article (``len(lines)`` if none)."""
    short_counts: Counter[str]
    in_related: bool
    """Inside a list of other stories (after its heading, before the next paragraph of prose)."""
    seen_headline: bool
    seen_body: bool = False
    """A line above was labelled body (the article has begun, though no paragraph of it was long)."""
    last_prose: int = -1
    """Index of the last paragraph of the article (-1 if none)."""
    faq_page: bool = False
    """The page is a list of frequently asked questions (:func:`_faq_page`)."""


    @property
    def next(self) -> _Line | None:
        return self.lines[self.index + 1] if self.index + 1 < len(self.lines) else None

    @property
    def short(self) -> bool:
        """Short enough for a heading or chrome: their rules are skipped on prose."""
        return len(self.line.text) <= _MAX_CHROME

    @property
    def before_article(self) -> bool:
        return self.index < self.first_prose

    @property
    def in_top(self) -> bool:
        """Before the article and before any line labelled body (a page whose paragraphs are all short)."""
        return self.index < self.first_prose and not self.seen_body


@dataclass(frozen=True)
class Rule:
    """One labelling rule: where it applies, the label, the confidence and the reason it gives."""

    name: str
    label: BlockLabel
    confidence: float
    reason: str
    applies: Callable[[Where], bool]
    description: str
    """What the rule looks for, in words (``docs/blocks.md`` prints the table)."""


def _tip_line(text: str) -> bool:
    """A line that asks for tips, news or corrections (:data:`_TIP_LINE`) and gives an e-mail, a number or a
    messenger's ID."""
    return (len(text) <= 160 and _tip_line_opens(text)
            and bool(_EMAIL_LINE.search(text) or _PHONE.search(text) or _MESSENGER_ID.search(text)))


def _email(w: Where) -> bool:
    return bool(_EMAIL_LINE.fullmatch(w.line.text))


_HEADER_CELL = re.compile(
    r"구분|항목|번호|순위|순번|연번|분류|종류|지역|날짜|일자|일시|시간|기간|No\.?|#|Rank|Item|Category")
"""A first cell that heads a table's column of row names (구분 | 평일 | 주말): no menu opens with it."""


_MAX_TABLE_ROWS = 60
"""How far up a row looks for its table's head."""


def _bar_cells(text: str) -> int:
    return sum(1 for cell in text.split("|") if cell.strip())


def _heads_table(lines: Sequence[_Line], index: int, in_top: bool) -> bool:
    """``lines[index]`` is three or more cells between bars right above a row of as many cells that is no menu: a row
    of figures (as many cells, one more or less), or a row of exactly as many cells with a figure in it or a third
    row of as many under it (not above the article: two menu bars in a row), or any such row under a first cell
    that heads a column (구분, 항목, 번호, No.)."""
    text = lines[index].text
    if "|" not in text or index + 1 >= len(lines):
        return False
    nxt = lines[index + 1]
    n = _bar_cells(text)
    if "|" not in nxt.text or n < 3 or any(_LEGAL_LINK.search(t) or _FOOTER.search(t) for t in (text, nxt.text)):
        return False  # legal links and the publisher's particulars: Terms | Privacy, 발행인 … | 등록번호 …
    if _table_row(nxt) and abs(n - _bar_cells(nxt.text)) <= 1:
        return True
    if any(_NAV_LINE.fullmatch(cell.strip()) for cell in text.split("|")) or _address(nxt) \
            or _PHONE.search(nxt.text):
        return False  # a widget's items (PDF 다운로드 | 인쇄 | …) over the publisher's address and number
    if _bar_cells(nxt.text) != n:
        return False
    first = next(cell.strip() for cell in text.split("|") if cell.strip())
    if _HEADER_CELL.fullmatch(first):
        return True
    after = lines[index + 2] if index + 2 < len(lines) else None
    return not in_top and (_DIGIT.search(nxt.text) is not None
                           or (after is not None and "|" in after.text and _bar_cells(after.text) == n))


def _table_header(w: Where) -> bool:
    """The head of a table written with bars (후보 | 정당 | 득표수 | 득표율; Age | Vaccine | Dose; 구분 | 평일)."""
    return _heads_table(w.lines, w.index, w.in_top) or _table_head_over_rows(w) or _two_cell_head(w)


def _two_cell_head(w: Where) -> bool:
    """labels35: inside the article, the head of a table of two columns (``Pet weight | Price``, ``품목 | 가격``):
    two cells between a bar, no figure, four words or fewer each, over two rows or more of two cells whose second
    holds a figure (``Up to 20 lb | $95``); the label table's ``other`` (a table's header)."""
    text = w.line.text
    if not w.seen_body or w.in_top or w.in_related or text.count("|") != 1 or len(text) > 60 \
            or _DIGIT.search(text) is not None or w.index + 2 >= len(w.lines):
        return False
    cells = [cell.strip() for cell in text.split("|")]
    if not all(cells) or any(len(cell.split()) > 4 for cell in cells):
        return False
    rows = w.lines[w.index + 1:w.index + 3]
    return all(row.text.count("|") == 1 and _DIGIT.search(row.text.split("|")[1]) is not None for row in rows)


def _under_table_header(w: Where) -> bool:
    """A row of a table written with bars, figures or not: a run of lines with as many cells between bars up to a
    head of a table (Seoul | sunny | clear under Region | Today | Tomorrow)."""
    text = w.line.text
    if "|" not in text or w.index == 0:
        return False
    n = _bar_cells(text)
    for i in range(w.index - 1, max(-1, w.index - 1 - _MAX_TABLE_ROWS), -1):  # bounded: linear time on any page
        if "|" not in w.lines[i].text or abs(_bar_cells(w.lines[i].text) - n) > 1:
            return False
        if _heads_table(w.lines, i, w.in_top):
            return True
    return False


def _section_label(w: Where) -> bool:
    """Above the headline, two short items between spaced bars or slashes: the site's section (Arts | Exhibitions,
    PHOTO NEWS | 포토뉴스, Science / Earth & Environment)."""
    if w.seen_headline or not w.in_top or w.in_related or len(w.line.text) > 50 or w.next is None \
            or w.line.digit:
        return False  # (the headline follows it: a line alone is no section's label)
    items = [item.strip() for item in _SPACED_BAR.split(w.line.text)]
    return len(items) == 2 and all(item and len(item) <= 24 and len(item.split()) <= 3 for item in items)


_SPACED_BAR = re.compile(r"\s+[|/]\s+")
# A line of a specification box inside the article: a short label, a colon and a value with a figure (Battery: 84 kWh).
_SPEC_LINE = re.compile(r"[A-Z0-9][\w ()/.-]{0,30}:\s+[^:]*\d.{0,80}")
_COUNT = (r"(?:(?:이\s?(?:게시물|게시글|기사|글)에\s?대한\s)?(?:조회|추천|공감|댓글|답글|좋아요|읽음)\s?수?"
          r"(?:\s(?:views?|hits?|comments?|likes?))?|"
          r"(?:views?|hits?|reads?|comments?|likes?|reactions?|shares?|replies|answers)\b)\s*[:：]?\s*\d[\d,.]*\s*[kKmM만천]?"
          r"(?:\s*(?:회|건|개))?|"
          r"\d[\d,.]*\s*[kKmM]?\s+(?:views?|hits?|reads?|comments?|likes?|reactions?|repl(?:y|ies)|answers?)\b")
_COUNTERS = re.compile(rf"(?:{_COUNT})(?:\s*[|·/,]?\s*(?:{_COUNT}))*", re.I)
"""A page's counters and nothing else on the line: a counter word and its figure, or a figure and the word, one or
several (``조회 3412``, ``조회수 1,284``, ``Views 392``, ``Hit 486``, ``2.1K views``, ``추천 12 | 댓글 3``). The
label table calls bare counters navigation; beside a date they are a board's dateline (the dateline rule is first)."""
_SLIDE_COUNTER = re.compile(r"(\d{1,2}) / (\d{1,2})")


_HOURS_FIELD = re.compile(
    r"(?:(?:store|shop|opening|office|business|clinic|visiting|library|our)\s+)?hours\s*[:：]|"
    r"(?:영업|운영|진료|이용|상담|관람|개방|매장)\s?시간\s*[:：]?\s*(?:\d|[월화수목금토일평매])", _I)
"""labels44: a business's opening hours by their label (``Store hours:``, ``Opening hours:``, ``영업시간 09:00~…``,
``진료시간: 평일 …``): a data line of the business, no story's title in a list above it."""
_TAB_COUNT = re.compile(
    rf"[A-Za-z{SYLLABLES}][A-Za-z{SYLLABLES}&'’-]*(?:\s[A-Za-z{SYLLABLES}&'’-]+)?\s?\(\d[\d,]{{0,6}}\)")
"""labels44: a word or two and a count in brackets (``Like (2)``, ``Replies (14)``, ``사진 (8)``, ``장바구니(0)``)."""


_COUNT_ITEM = re.compile(rf"[A-Za-z{SYLLABLES}][A-Za-z{SYLLABLES}'’-]{{0,11}}(?:\s[A-Za-z{SYLLABLES}'’-]{{1,12}})?"
                         rf"\s?(?:\d{{1,3}}(?:,\d{{3}})*|\d+|\(\d[\d,]{{0,6}}\))")
"""labels45: one item of a row of counters: a word or two (letters only, no abbreviation's dot: ``No. 31``) and a
whole count, bare or in brackets (``싫어요 1``, ``상품문의 48``, ``Questions (6)``)."""
_COUNT_ROW_SPLIT = re.compile(r"\s+[|·]\s+")


def _count_row(line: _Line) -> bool:
    """labels45: two to five counters between spaced bars or dots and nothing else (``좋아요 12 | 싫어요 1``, ``리뷰
    2,361 | 상품문의 48``, ``Reviews (87) | Questions (6)``): a page's tabs and reactions with their counts, by their
    shape rather than a list of counter words; every such line of sets a–ab is navigation (a number's label,
    ``USDOT No. 3184422 · MC No. …``, is no word; a figure with decimals, a unit or a currency is no count)."""
    if not line.digit or len(line.text) > 60:
        return False
    items = _COUNT_ROW_SPLIT.split(line.text)
    return 2 <= len(items) <= 5 and all(_COUNT_ITEM.fullmatch(item) is not None for item in items)


def _tab_count(line: _Line) -> bool:
    """labels44: a button's or a tab's word and its count in brackets, alone on the line (:data:`_TAB_COUNT`): a
    counter, navigation (every such line of the fixtures is: ``Comments (3)``, ``Cart (0)``, ``국내여행 (128)``); a
    year in brackets is none."""
    return (line.words <= 3 and _TAB_COUNT.fullmatch(line.text) is not None
            and _BRACKETED_YEAR.search(line.text) is None)


_BRACKETED_YEAR = re.compile(r"\((?:19|20)\d{2}\)$")
"""A year in brackets (``Founded (1998)``): no count."""


def _slide_counter(line: _Line) -> bool:
    """labels40: a gallery's counter alone on its line, the slide's number over their count with spaces around the
    slash (``1 / 6``, ``3 / 28``): navigation, as a bare counter is. Written solid (``1/5``: a date's shape too) it
    is not read (below the card story's counters it read so, the layer turned two paragraphs to other)."""
    found = _SLIDE_COUNTER.fullmatch(line.core)
    return found is not None and 1 <= int(found.group(1)) <= int(found.group(2)) and int(found.group(2)) >= 2


_PAGE_WORD = (r"(?:처음|이전|다음|맨앞|맨뒤|마지막|끝|first|prev(?:ious)?|next|last|page|pages|[◀▶◁▷«»‹›<>←→]+|"
              r"\.{2,3}|…)")
_PAGES = re.compile(rf"(?:{_PAGE_WORD}\s*)*\d{{1,3}}(?:\s+(?:\d{{1,3}}|\.{{2,3}}|…)){{2,}}(?:\s*{_PAGE_WORD})*", re.I)
"""A list of pages: three or more page numbers in a row (one to three digits, spaces apart, an ellipsis among them),
with the words and arrows that page through them around them and nothing else (``◀ 이전 1 2 3 … 12 다음 ▶``,
``« First 1 2 3 Next »``); the first three numbers follow each other (``10 20 30 40`` is a row of figures)."""


_PAGE_OF = re.compile(r"page\s+(\d{1,3})\s+of\s+(\d{1,3})|(\d{1,3})\s*/\s*(\d{1,3})\s*페이지", re.I)
"""labels44: where the reader is among the pages (``Page 1 of 3``, ``2 / 5 페이지``)."""
_PAGE_OF_AFTER = re.compile(rf"\s*[|·•,]?\s*(?:(?:{_PAGE_WORD}|(?:older|newer|earlier|later|more)(?:\s+[a-z]+)?)\s*)*",
                            re.I)
"""labels44: what may follow where the reader is: the words and arrows that page on (``Next >``, ``Older corrections
»``), the page numbers read by :data:`_PAGES` apart."""


def _pagination(text: str) -> bool:
    if len(text) > 120:
        return False
    if text[:1] in "Pp" or "페이지" in text:
        # labels44: where the reader is among the pages, alone or before the links that page on (Page 1 of 3 | 1 2 3
        # Next >, Page 1 of 18 Older corrections »): page chrome, as the list of pages is
        here = _PAGE_OF.match(text)
        if here is not None and 1 <= int(here[1] or here[3]) <= int(here[2] or here[4]):
            rest = text[here.end():]
            if _PAGE_OF_AFTER.fullmatch(rest) is not None:
                return True
            text = rest.strip(" |·•,")
    if _PAGES.fullmatch(text) is None:
        return False
    first = [int(n) for n in re.findall(r"\d+", text)[:3]]
    return first[1] == first[0] + 1 and first[2] == first[1] + 1


_WEEKDAY_FIELD = re.compile(r"(?:[월화수목금토일](?:\s?[~·,\-]\s?[월화수목금토일])*요일|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s?[-–~]\s?\w+day)?)\s*[:：]\s*"
                            r"(?P<value>\S.{0,39})", re.I)
"""A schedule's entry: a weekday or a range of them, a colon and a short value (``월요일: 휴관``, ``화~금요일: 오전
9시~오후 10시``, ``Monday-Friday: 9 a.m. to 6 p.m.``)."""


def _weekday_field(w: Where) -> bool:
    """A weekday schedule's entry (:data:`_WEEKDAY_FIELD`) whose value is no sentence (``Monday: The council voted
    …`` is prose): a data line, not a menu or a title."""
    m = _WEEKDAY_FIELD.fullmatch(w.line.core) if not w.in_related else None
    return m is not None and not ends_sentence(m["value"])


_FIELD_LINE = re.compile(
    # labels29: the key's first word may hold dots (U.S. Patent No.), and the key be written in both languages
    # (Venue 장소, Fee 참가비)
    r"(?P<key>(?:[A-Z][\w&'’/-]*(?:\.[A-Z\w]*)*|\d[\w-]*)(?:\s(?:[A-Za-z(][\w&'’/()%.-]*)){0,3}"
    rf"(?:\s[{SYLLABLES}]{{1,8}})?|"
    rf"[{SYLLABLES}]{{1,8}}(?:\s[{SYLLABLES}]{{1,8}})?)\s?[:：]\s+(?P<value>\S.*)")
"""A key–value field: a short label (up to four English words opened by a capital or a figure, or one or two Korean
words), a colon and a value (``Product Type: Food & Beverages``, ``Venue: Meeting Room 2``, ``장소: 시청 본관 3층``)."""
_FIELD_NOT = re.compile(r"(?:read|see|more|listen|watch|follow|share|tags?|topics?|categor|sections?\s*$|photo|source|"
                        r"contact|inquir|카테고리|분류|"
                        # labels23: a story's kind before its title (Review: At …, Analysis: …): a headline's kicker
                        r"(?:review|analysis|explainer|editorial|commentary|opinion|리뷰|사설|해설)\s*$|"
                        r"문의|사진|자료\s*제공|출처|태그|date\s*$)|.*(?:posted|updated|revised|published|modified|"
                        rf"입력|수정|등록일|작성일|{_PAGE_DATE_LABEL})", _I)
"""Keys whose line another label claims: a link or a widget (Read more, Share), tags and categories (a page's section
tags: ``카테고리: 카드뉴스 · 생활안전``), a credit or a source, a contact,
the page's own date (``Date``, ``Page revised``, ``Company Announcement Date``: :data:`_PAGE_DATE_LABEL`). A date of
the thing reported is a field (``Event date: …``, ``Effective date: …``, ``Deadline: …``). labels23: a story's kind
before its title (``Review: At …``, ``Analysis: …``, ``사설: …``) is a headline's kicker, no field."""


def _title_translation(w: Where, value: str) -> bool:
    """labels34: above the text, right under a Korean title (the line above, Hangul and no Latin word, is the rules'
    headline), its English line with a colon (``Call for Participants: The 12th Korean Speech Contest for Foreign
    Residents``): no Hangul, a value in title case of four words or more, and no field next to it (a field's value
    in title case, ``Venue: Daegu Global Center Main Hall``, stands among other fields): a bilingual title's line, not
    a field."""
    if w.previous != "headline" or w.index == 0 or w.line.hangul or len(value.split()) < 4 or not _title_case(value):
        return False
    above = w.lines[w.index - 1]
    if above.hangul < 4 or _LATIN_WORD.search(above.text) is not None:
        return False
    after = w.next
    return after is None or _FIELD_LINE.fullmatch(after.core) is None


_KOREAN_LETTER = re.compile(r"[가나다라마바사아자차카타파하]\.\s+")
"""labels36: a Korean item's letter and its dot (``가. ``, ``나. ``), as a notice numbers a section's items."""


def _field_line(w: Where) -> bool:
    """After the headline or inside the article, a key–value field (:data:`_FIELD_LINE`) whose value is no sentence
    (up to twelve words, not ended as a sentence, not a quotation) and gives no e-mail or phone number: a data line
    (the label table's ``other``), above the text as among its paragraphs."""
    text = w.line.core
    if not (w.seen_headline or w.seen_body) or w.in_related or len(text) > 120 \
            or (":" not in text and "：" not in text):
        return False
    m = _FIELD_LINE.fullmatch(text)
    if m is None and text[1:2] == ".":  # labels36: a Korean item's letter before the key (가. 보고사항: …)
        m = _FIELD_LINE.fullmatch(_KOREAN_LETTER.sub("", text, count=1))
    if m is None or _FIELD_NOT.match(m["key"]):
        return False
    value = m["value"]
    if not w.seen_body and value[0].islower():  # above the text, a title's subtitle (Seoul Fashion Week: five looks …)
        return False
    if not w.seen_body and _title_translation(w, value):
        return False
    return (len(value.split()) <= 12 and value[0] not in "\"“‘'«「『"
            and (not ends_sentence(value) or _ABBREVIATION_END.search(value) is not None)
            and "@" not in value and _PHONE.search(value) is None)


_SPEAKER_TURN = re.compile(rf"(?P<speaker>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[{SYLLABLES}]{{1,6}})\s?[:：]\s+(?P<said>\S.*)")
"""A turn of a dialogue: who speaks (one or two English words opened by a capital, or a Korean word) and a colon
(``Captain: We will reach …``, ``선장 : 40분 뒤에 …``)."""
_FAQ_MARKERS = frozenset({"Q", "A", "문", "답", "질문", "답변"})
"""An FAQ's or an interview's markers, left to their own rules (an FAQ's question is a heading)."""


def _turn_speaker(line: _Line) -> str | None:
    """The speaker of ``line`` if it is a turn (:data:`_SPEAKER_TURN`) that says a sentence (the layer's own test of a
    field whose value is a sentence, :func:`~bilingual.page.label_layer.sentence_value`), else None."""
    text = line.core
    if len(text) > 300 or (":" not in text and "：" not in text):
        return None
    m = _SPEAKER_TURN.fullmatch(text)
    if m is None or m["speaker"] in _FAQ_MARKERS:
        return None
    return m["speaker"] if sentence_value(text) else None


def _speaker_turn(w: Where) -> bool:
    """Inside the article, a turn of a dialogue (:func:`_turn_speaker`) in a run of three turns or more in a row
    where a speaker speaks twice (Captain, Passenger, Captain): the label table's "an interview's questions and
    answers" (body), told from a list of fields by the speaker who comes back."""
    if not w.seen_body or w.in_related or _turn_speaker(w.line) is None:
        return False
    lo = hi = w.index
    while lo > 0 and w.index - lo < 8 and _turn_speaker(w.lines[lo - 1]) is not None:
        lo -= 1
    while hi + 1 < len(w.lines) and hi - w.index < 8 and _turn_speaker(w.lines[hi + 1]) is not None:
        hi += 1
    if hi - lo < 2:
        return False
    speakers = [_turn_speaker(w.lines[i]) for i in range(lo, hi + 1)]
    return len(set(speakers)) >= 2 and len(set(speakers)) < len(speakers)


_ABBREVIATION_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Ave|St|Rd|Blvd|Jr|Sr|etc)\.$")
"""A company's or a street's abbreviation closing a value (``Golden Crane Foods, Inc.``): its stop ends no
sentence."""


_CLOCK = r"\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?"
_TIMELINE_OPENER = (
    rf"(?:{_CLOCK}|\d{{1,2}}\s*[ap]\.?\s?m\.?|(?:오전|오후|밤|새벽)\s*\d{{1,2}}시(?:\s*\d{{1,2}}분|\s*반)?|"
    r"(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|(?:19|20)\d{2}|"
    r"(?:\d{4}년\s*)?\d{1,2}월(?:\s*\d{1,2}일)?|\d{1,2}일)(?:\s*\([월화수목금토일][^)]{0,4}\))?)"
)
_TIMELINE_WORDS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                            "mon", "tue", "wed", "thu", "fri", "sat", "sun"})
"""How a timeline's entry may open in English: a month's or a weekday's first three letters (a cheap test first)."""
_WEEKDAY_BEFORE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"
_ISO_DATE = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
_TIMELINE_DASH = re.compile(
    # labels29: a weekday before the date (Saturday, July 11 — …), an ISO date (2026-05-12 — Initial publication.),
    # a clock time after the date (Monday 13 July, 10:00 — Faculty of Engineering)
    rf"(?:{_WEEKDAY_BEFORE})?(?:{_ISO_DATE}|{_TIMELINE_OPENER})(?:,?\s+{_CLOCK})?\s+[—–-]\s+(?P<item>\S.*)", _I)
_TIMELINE_CLOCK = re.compile(rf"(?:{_CLOCK}|(?:오전|오후)\s*\d{{1,2}}시(?:\s*\d{{1,2}}분|\s*반)?)\s+(?P<item>\S.*)",
                             _I)
"""A timeline's or a schedule's entry: a time or a date, a dash and what happens then (``6:40 p.m. — Shelter opens
at …``, ``March 27, 2025 — Launch``, ``3월 17일(화) 대전컨벤션센터 – …``), or a clock time and a short item
without a dash (``00:00 Intro``, ``19:40 MBC 주말 퀴즈쇼``, ``오전 10시 서울중앙지법 …``)."""
_TIMELINE_COLON = re.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}월\s*\d{1,2}일?)"
    r"(?:\s*\([월화수목금토일][^)]{0,4}\))?(?:\s*[–~-]\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+)?\d{1,2}일?(?:\s*\([월화수목금토일][^)]{0,4}\))?)?\s*[:：]\s+(?P<item>\S.*)", _I)
"""labels23: a schedule's entry with a colon: a day of a month or a range of days, a colon and what is done then
(``May 4–6: drain and acid wash``, ``5월 7일~15일: 바닥 재시공``)."""
_STAMP_ITEM = re.compile(r"(?:기준|현재|KST|GMT|UTC|as\s+of|[ap]\.?m\.?)\W*", _I)
_TAGGED_TITLE = re.compile(r"[\[【<]\s*\S{1,10}\s*[\]】>]")
"""A story's tag opening the item (``07:45 [속보] …``, ``[Breaking] …``): a ticker of stories, a list of other
stories by its time (the related rules' or the layer's), no entry of the article's timeline."""


def _timeline_entry(w: Where) -> bool:
    """After the headline or inside the article, a timeline's or a schedule's entry (:data:`_TIMELINE_DASH`,
    :data:`_TIMELINE_CLOCK`): after a dash, what happened then in one sentence or less (up to 25 words, no sentence
    closed before its end); after a clock time alone, a short item (up to 12 words) that is no sentence. A data line
    (the label table's ``other``: "schedule and timeline entries"); a paragraph opened by a place and a dash
    (``ODESA, Ukraine — …``) or an entry of two sentences stays prose."""
    text = w.line.core
    if not (w.seen_headline or w.seen_body) or w.in_related or len(text) > 240 \
            or (not _DIGIT.match(text[:1] or " ") and text[:1] not in "오밤새"
                and text[:3].lower() not in _TIMELINE_WORDS):
        return False
    colon = _TIMELINE_COLON.fullmatch(text)
    if colon is not None:  # labels23: after a day or a range of days and a colon, a short item that is no sentence
        item = colon["item"]
        return len(item.split()) <= 10 and not ends_sentence(item) and _DIGIT.search(item) is None
    m = _TIMELINE_DASH.fullmatch(text) or _TIMELINE_CLOCK.fullmatch(text)
    if m is None or _TAGGED_TITLE.match(m["item"]) or m["item"][:1] in "|·":  # 02:14 | Watch on …: a player's clock
        return False
    m = _TIMELINE_DASH.fullmatch(text)
    if m is not None:
        item = m["item"]
        return (len(item.split()) <= 25 and _STAMP_ITEM.fullmatch(item) is None
                and not _SENTENCE_INSIDE.search(item.rstrip(".!?。\"”’' ")))
    m = _TIMELINE_CLOCK.fullmatch(text)
    if m is None:
        return False
    item = m["item"]
    return (len(item.split()) <= 12 and _STAMP_ITEM.fullmatch(item) is None and not ends_sentence(item)
            and (_LETTER.search(item) is not None))


_TICKER_ITEM = re.compile(rf"{_CLOCK}\s*[\[【<]\s*[^\]】>]{{1,10}}\s*[\]】>]\s*\S.{{2,150}}", _I)
"""A ticker's item: a time and a story's tag before its title (``07:45 [속보] …``, ``9:02 a.m. [Breaking] …``)."""


def _ticker(w: Where) -> bool:
    """Two or more ticker items in a row (:data:`_TICKER_ITEM`), heading or none: a list of other stories by their
    time, the label table's ``related`` (a breaking-news ticker is a list of other stories, like a ``Latest`` box);
    one such line alone is left to the other rules (a live page may tag one entry)."""
    if w.in_related or len(w.line.text) > 170 or not _DIGIT.match(w.line.core[:1] or " ") \
            or _TICKER_ITEM.fullmatch(w.line.core) is None:
        return False
    return any(0 <= j < len(w.lines) and _TICKER_ITEM.fullmatch(w.lines[j].core) is not None
               for j in (w.index - 1, w.index + 1))


_SENTENCE_INSIDE = re.compile(r"(?:(?<![ap]\.)[a-z]|[가-힣)])[.!?。]\s+\S")
"""A sentence closed before the end of a text (``… orders. Crews …``): the text holds two sentences or more."""
_LETTER = re.compile(rf"[A-Za-z{SYLLABLES}]")


_RELATED_INLINE = re.compile(
    r"[▶▷►☞→>■□◆◇·•*\s]*(?:\[\s*)?(?:related(?:\s+(?:story|article|coverage|news))?|read\s+more|more\s+on\s+this|"
    r"see\s+also|also\s+read|read\s+also|further\s+reading|관련\s*(?:기사|뉴스)|함께\s*(?:보면\s*좋은|읽을)\s*(?:기사|글)|"
    r"이전\s*기사|연관\s*기사)(?:\s*\])?\s*(?:[:：▶▷►☞→>|]\s*|\]\s*|\s+[-–—]\s+)(?P<title>[^\s:：|].{4,180})", _I)
"""One link to another story inside the text: a cue, then a colon, a closing bracket, an arrow or a dash, then the
story's title (``RELATED: Downtown parking garage to add …``, ``Read more: …``, ``▶ 관련기사 : …``, ``[관련기사]
…``). The label table's ``related`` (an item of a list of other stories, a list of one). Not ``Read more on: A | B``
(topics: its items are no title; the title must open with no colon or bar)."""
_STAFF_CREDIT = re.compile(
    r"(?:(?:[A-Z][\w&.'’-]*\s){1,3}(?:News\s)?Staff(?:\s(?:Reports?|Writers?))?|Staff\sReports?|"
    rf"(?:[{SYLLABLES}A-Za-z0-9]{{1,10}}\s?)?(?:디지털|온라인|인터넷|모바일)?\s?(?:뉴스|이슈|편집|취재|보도|기획)\s?"
    r"(?:팀|부|국|센터|데스크))")
"""A newsroom's credit for a text written by its staff, alone on its line: an outlet's or a desk's name and Staff
(``KVRN Staff``, ``Valley Herald Staff Reports``, ``Staff Reports``), or a Korean newsroom team (``디지털뉴스팀``,
``한빛일보 온라인이슈팀``): the label table's byline (who wrote it)."""


_ISSUER_LABEL = re.compile(
    r"(?:(?:작성자|작성\s?부서|게시\s?부서)\s*[:：]?|(?:Posted\s+by|Issued\s+by|From)\s*[:：])\s*\S.*", _I)
"""A writer's field label opening a line (``작성자 Posted by: 총무팀``, ``작성부서 …``, ``From: HM Passport
Office``; the English ones with their colon: ``From booking to …`` is a deck)."""
_ISSUER_UNIT = re.compile(
    r"(?:(?:Office|Department|Ministry|Bureau|Division)\s+of\s+\S.*|"
    r".*\S\s(?:Office|Department|Dept\.|Division|Bureau|Agency|Ministry|Secretariat|Team)|"
    rf"(?:[{SYLLABLES}A-Za-z0-9]{{1,12}}\s)*[{SYLLABLES}]{{0,10}}(?:위원회|사무국|본부|사무소|[{SYLLABLES}]팀))")
"""An office's name by its last word (``Alder County Fire Marshal's Office``, ``General Affairs Team``, ``리그
운영위원회``, ``총무팀``) or opened by ``Office of`` (``Office of International Affairs``)."""


def _issuer_line(w: Where) -> bool:
    """labels48: right under the headline or the page's date, over the date or the article's first paragraph, the
    office that issued the page, alone or after a writer's field label: the label table's byline (who wrote it, as a
    newsroom's staff credit under the headline is). Seen in sets d, h, ad (twice) and ae (twice): a university
    office's news, a city's notice, a passport office's update, a fire marshal's ban, a league committee's recap, a
    shuttle timetable. No figure, no sentence, 70 characters or fewer; the office names itself by its last word
    (Office, Division, Team, 위원회, …팀) or opens with ``Office of``, or a field label says it wrote the page."""
    text = w.line.text
    if (not w.in_top or not w.seen_headline or w.previous not in ("headline", "dateline") or w.line.digit
            or len(text) > 70 or ends_sentence(text) or w.next is None):
        return False
    nxt = w.next
    if not (_dateline(nxt) or _is_long_prose(nxt)):
        return False
    core = w.line.core
    return bool(_ISSUER_LABEL.fullmatch(core)) or (w.line.words <= 8 and bool(_ISSUER_UNIT.fullmatch(core)))


_CAPTION_PRESENT = re.compile(
    r"(?!(?:The|This|That|These|Those|Our|Your|Their|His|Her|Its|My|We|A|An)\s)"
    r"(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2}\s+"
    r"(?!(?:is|has|was|does|says|tells|adds|notes|writes|covers|thinks|believes|explains|hopes|plans|wants)\s)"
    r"[a-z]{2,}s\s(?:(?!\bthat\b)[^.!?;:\"“”])+?\s(?:in|at|under|on|inside|outside|beside)\s[^.!?;:]+\.")
"""labels48: a photo's scene in the present tense: a person's name (a role's word or two before it or not), a verb
in ``-s`` and what they do, closed by where (``Technician Derrick Owens seals a gap under a soffit in Decatur.``,
``Margaret Osei grades a round brilliant under the microscope in the … studio.``); not opened by a determiner (``The
Seoul Ledger regrets …``) nor a reporting or beat verb (``… says``, ``… covers …``), no ``that`` clause. The rule
also wants no sentence of the text right under it: read as one page, the corpus's news sentences in the present
(``Ruby Productions produces … and specializes in …``) stand among others."""
_SECOND_PRESENT_VERB = re.compile(
    r"\band\s+(?:also\s+)?[a-z]{3,}s\s+(?:in|on|at|to|with|for|the|a|an|its|his|her|their)\b")
"""A second verb in ``-s`` after ``and`` (``… produces … and specializes in …``): a sentence of the text, no scene."""


_LABELLED_PAGE_DATE = re.compile(
    r"(?:(?:last\s+)?(?:updated|revised|reviewed|published|posted)(?:\s+on)?|(?:방송|게재|게시|작성|등록)일)\s*[:：]?\s*"
    r"(?P<date>[^|—–]{4,30}?)(?:\s+(?:[—–|]|-)\s+(?P<note>[^|]{1,60}))?", _I)
_MONTH_YEAR = re.compile(rf"{_MONTH}\s+\d{{4}}", _I)  # a month (:data:`_MONTH`) and a year: ``August 2026``


def _labelled_page_date(w: Where) -> bool:
    """labels48: in the page's top, the page's date by its label (``Updated: August 2026``, ``방송일 2026.02.17``) with
    a short note after a dash or a bar or not (``Last updated 7 December 2026 — added Christmas closure dates``,
    ``… | 뉴스데스크``): the label table's dateline (when the page was revised or aired), no deck. Seen in sets u, y
    and ad; the dateline rule reads a date alone (a day in it) or its pieces, not a month alone nor a note after it."""
    if not w.in_top or len(w.line.text) > 90 or not w.line.digit:
        return False
    match = _LABELLED_PAGE_DATE.fullmatch(w.line.core)
    if match is None:
        return False
    date = match["date"].strip()
    return bool(_DATE_CORE.fullmatch(date) or _MONTH_YEAR.fullmatch(date))


_ARROW_BUTTON = re.compile(r"(?P<lead>[^→]{6,120}?)\s+(?:→|->)\s+(?P<button>[^→]{2,30})")


def _arrow_button(w: Where) -> bool:
    """labels48: after the text began, a line that ends in an arrow and a button of four words or fewer, closed by a
    Korean verb's noun form or opened by a link's verb (``모아페이와 함께할 동료를 찾습니다 → 채용 중인 포지션
    보기``, ``… → Apply now``): a banner with its button, the label table's navigation (a button; set ae's
    convention: an in-house recruiting banner), not an item of a list of other stories. Seen in sets aa and ae."""
    text = w.line.core
    if not w.seen_body or len(text) > 160 or ("→" not in text and "->" not in text):
        return False
    match = _ARROW_BUTTON.fullmatch(text)
    if match is None:
        return False
    button = match["button"].strip()
    return len(button.split()) <= 4 and (_BUTTON_VERB_END.search(button) is not None
                                         or _ACTION_START.match(button + " ") is not None)


_CONTACT_OPENER = re.compile(
    r"(?:questions?|enquiries|inquiries)\s*[?:：]|for\s+(?:[\w-]+\s+){0,2}(?:enquiries|inquiries|questions)\b", _I)
"""labels48: a contact line's opening, what to ask about (``Questions? Email …``, ``Questions: Deb …``, ``For informal
enquiries, contact …``)."""


def _question_contact(w: Where) -> bool:
    """labels48: after the text began, a line opened by what to ask about (:data:`_CONTACT_OPENER`) that gives an
    e-mail or a phone number: the label table's byline (a contact line on any page, ``Questions? Call …``), not the
    publisher's e-mail at the foot (the contact-email rule's) nor a short line of the text. Ten lines of sets m, x,
    y and aa–ad (``Questions? Email Mrs. … at studio@…``, ``For informal enquiries, contact Dr … , h.price@…``),
    most of them read so by the layer before."""
    text = w.line.core
    return (w.seen_body and not w.in_related and len(text) <= 160 and _CONTACT_OPENER.match(text) is not None
            and ("@" in text or _contact_number(text)))


_SALUTATION = re.compile(
    rf"(?:[{SYLLABLES}]{{1,10}}\s){{0,2}}[{SYLLABLES}]{{0,10}}(?:여러분|님|께)\s*,?\s*안녕(?:하십니까|하세요|하셨습니까)\s*[.?!]*"
    r"|Dear\s+[^,.!?]{1,40},")
"""labels48: a letter's or a notice's salutation alone on its line (``학부모님, 안녕하십니까?``, ``입주민 여러분
안녕하십니까.``, ``Dear Parents and Carers,``): the label table's body (set ab's convention: a letter's salutation is
body), no deck under the headline. Seen in sets x, ad and ae."""


# A match's score: 울산 2-1 포항 (문수), Ulsan 2-1 Pohang.
_SCORE_LINE = re.compile(
    r"[가-힣A-Za-z.]{1,12}\s+\d{1,3}\s*[-:]\s*\d{1,3}\s+[가-힣A-Za-z.]{1,12}(?:\s*\([^)]{1,20}\))?")


_FAQ_CUE = re.compile(r"\bFAQs?\b|frequently\s+asked\s+questions|자주\s*(?:묻는|하는|찾는|물어\s*보는)\s*질문", _I)
"""What a page of frequently asked questions calls itself (in its title, breadcrumb or menu)."""
_FAQ_QUESTION = re.compile(r"\s*(?:Q\s?\d{0,3}|질문\s?\d{0,3})\s*[.:：)]\s*\S.{2,}", _I)
_FAQ_ANSWER = re.compile(r"\s*(?:A\s?\d{0,3}|답변?\s?\d{0,3})\s*[.:：)]\s*\S", _I)


_DASH_PAIR = re.compile(r"([^\s\d–—-][^\d–—-]{0,24}?)\s+[-–—]\s+([^\s\d–—-][^\d–—-]{0,24})")


def _dash_pair(line: _Line) -> bool:
    """A short name, a spaced dash and a short value (three words or fewer each side), no figure, no sentence."""
    if " - " not in line.text and "–" not in line.text and "—" not in line.text:  # most lines: no regex run
        return False
    match = _DASH_PAIR.fullmatch(line.text.strip())
    return (match is not None and len(match[1].split()) <= 3 and len(match[2].split()) <= 3
            and not ends_sentence(line.text) and match[2].rstrip()[-1:] not in ".?!")


def _dash_pair_run(w: Where) -> bool:
    """labels23: inside the article, a key and its value between a spaced dash next to a line of the same shape (a
    cast list ``햄릿 - 한지오``, a lineup ``Keeper – Ana Ruiz``): data lines of a list, ``other``, as the label
    table's key-value fields are. Set q's writer wrote the shape (a theatre's cast); a title and its site
    (``Story – Site``) stands above the article or alone, and a list of other stories is the related rule's."""
    if not w.seen_body or w.in_related or len(w.line.text) > 60 or not _dash_pair(w.line):
        return False
    return any(0 <= j < len(w.lines) and _dash_pair(w.lines[j]) for j in (w.index - 1, w.index + 1))


def _faq_page(lines: Sequence[_Line]) -> bool:
    """Whether the page is a list of frequently asked questions: it names itself one (:func:`_named_faq`), or it
    holds one and names no exchange (:func:`_unnamed_faq`, labels27)."""
    return _named_faq(lines) or _unnamed_faq(lines)


def _named_faq(lines: Sequence[_Line]) -> bool:
    """Whether a short line of the page (a title, a breadcrumb) names it a list of frequently asked questions (FAQ,
    Frequently Asked Questions, 자주 묻는 질문): its questions head their answers. Not a menu bar's item (``Home |
    FAQ | Contact``, ``공지 · FAQ``): any page of the site may show one."""
    return any(len(line.text) <= 120 and "|" not in line.text and "·" not in line.text
               and _faq_cue(line.text) for line in lines)


def _faq_cue(text: str) -> bool:
    """:data:`_FAQ_CUE` is found in ``text``. perf63: each of its branches needs FAQ, frequently or 자주 (no character
    but their capitals lowers to these letters, nor matches them); a line of Korean prose, where the search under
    ``re.I`` costs 2 µs, is not searched."""
    if "자주" not in text:
        lowered = text.lower()
        if "faq" not in lowered and "frequently" not in lowered:
            return False
    return _FAQ_CUE.search(text) is not None


def _faq_question(w: Where) -> bool:
    """On a page of frequently asked questions, a question opened by Q (Q., Q1., Q:, 질문.) with its answer, opened
    by A (A., A:, 답변.), on the line below: a heading over its answer, as a subheading is (an interview's or a
    reader's question, on a page that is no FAQ, is a turn of the exchange: ``interview-question``)."""
    return (w.faq_page and not w.in_related and len(w.line.text) <= 200 and w.next is not None
            and _FAQ_QUESTION.fullmatch(w.line.text) is not None and _FAQ_ANSWER.match(w.next.text) is not None)


_DISCLAIMER = re.compile(
    r"참고\s*용|대신하지\s*않|투자\s*(?:판단|결정)의?\s*(?:최종\s*|에\s*대한\s*(?:최종\s*)?)?책임|자동\s*(?:으로\s*)?(?:작성|생성)되"
    r"|편집\s*방향과\s*다를|(?:공식\s*)?(?:입장|견해)과\s*다를|실제\s*(?:방송|발언)\s*내용과|공공\s*누리|저작물"
    r"|not\s+(?:a\s+substitute|intended\s+as|(?:financial|investment|medical|legal|tax)"
    r"(?:\s*(?:,|or|and)\s*(?:financial|investment|medical|legal|tax))*\s+advice)|does\s+not\s+constitute"
    r"|for\s+(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only|unofficial\s+translation|text\s+prevails"
    r"|creative\s+commons|\bCC\s+BY\b|licen[cs]ed\s+under"
    # labels32: what the page does not replace (This page does not replace a consultation with a licensed provider)
    r"|(?:does|do|is)\s+not\s+(?:replace|a\s+replacement\s+for)\s+[^.]{0,30}?\b(?:consultation|professional|"
    r"medical|legal|advice|care|diagnosis|treatment|doctor|physician|lawyer|attorney|licensed|qualified)"
    # labels25: who paid for what is reviewed (※ 내돈내산 후기이며 … 어떤 지원도 받지 않았습니다; not sponsored), at
    # the reader's own risk
    r"|내돈내산|(?:어떠한|어떤|아무런)\s*(?:지원|협찬|대가|후원)[도을를]?\s*받지\s*않|협찬을?\s*받아|원고료를?\s*받"
    r"|\bnot\s+sponsored\b|\bno\s+(?:sponsorship|compensation)\b|\bat\s+your\s+own\s+risk\b"
    # labels42: advice the publisher does not give (… is not a law firm and does not give legal advice), information
    # given in general only (본 내용은 일반적인 정보 제공을 위한 것으로 …)
    r"|(?:does|do|is|are|can)\s*not\s+(?:give|provide|offer)\s+(?:[a-z]+\s+){0,3}advice"
    r"|(?:일반적인|일반)\s*정보\s*(?:제공|안내)(?:[을를]|만을|의)?\s*(?:위한|목적)", _I)
"""What a disclaimer or a licence says of the text as a whole: not advice, for reference only, written automatically,
a contributor's or a source's views, an unofficial translation or transcript, the terms of reuse (공공누리, CC BY)."""
_NOTE_MARK = re.compile(r"\s*(?:※|\*(?!\*))\s*\S")
"""A note's mark opening the line: ※, or one asterisk (two open a speaker's name in bold)."""


_WHOLE_TEXT_NOTICE = re.compile(
    r"in\s+(?:the\s+)?(?:case|event)\s+of\s+(?:any\s+|a\s+)?(?:discrepanc|conflict|inconsistenc)[^.]{0,80}\bprevail"
    # labels30: the clause the other way round (… the Korean text prevails in case of any discrepancy), in Korean
    # (… 차이가 있을 경우 원문을 우선합니다), and a periodical's publisher (… is published three times a year by …)
    r"|\bprevails?\s+in\s+(?:the\s+)?(?:case|event)\s+of\s+(?:any\s+|a\s+)?(?:discrepanc|conflict|inconsistenc)"
    r"|(?:차이|상이|불일치)[가이]?\s*(?:있을|발생할|생길)\s*(?:경우|때)[^.]{0,40}(?:원문|국문|한국어\s*(?:본|판))[을를이가]?"
    r"\s*(?:우선|기준으로)"
    r"|^(?-i:(?:The\s+)?(?:[A-Z][\w'’&-]*\s+){1,6})is\s+published\s+(?:(?:once|twice|\w+\s+times)\s+(?:a|per|each)\s+(?:year|month)|weekly|monthly|"
    r"quarterly|annually|biannually|semiannually)\s+by\b"
    # labels30: the text saying of itself that it is no advice (This guide is general information and is not legal
    # or financial advice.)
    r"|^(?:this|the)\s+(?:guide|article|page|post|information|content|material|newsletter|website|site)\b[^.]{0,60}"
    r"\bis\s+not\s+(?:intended\s+as\s+)?(?:legal|financial|investment|medical|tax)"
    r"(?:\s*(?:,|or|and)\s*(?:legal|financial|investment|medical|tax))*\s+advice"
    # labels48: … and is not a substitute for advice from your doctor (sets y and ac: the text's own subject, this
    # guide or the information on this page, at its top as at its foot)
    r"|^(?:this|the)\s+(?:guide|article|page|post|information|content|material|newsletter|website|site|column|"
    r"advisory)\b[^.]{0,60}\bis\s+not\s+a\s+substitute\s+for\s+(?:[\w-]+\s+){0,4}?"
    r"(?:advice|care|consultation|diagnosis|treatment)\b"
    r"|(?:translation|page|version|text)\b[^.]{0,40}\bprovided\s+(?:solely\s+|only\s+)?for\s+(?:your\s+)?convenience"
    # labels48: an employer's equal-opportunity statement (set ac's convention; sets o, r, aa and ac: … is an equal
    # opportunity employer, … is committed to equality of opportunity and welcomes applications …)
    r"|\bis\s+an\s+equal[\s-]+opportunit(?:y|ies)\b|\bis\s+committed\s+to\s+equality\s+of\s+opportunity\b"
    r"|^(?:this|the)\s+(?:press\s+)?(?:release|document|announcement|presentation|report)\s+(?:contains|includes|may\s+contain)"
    r"\s+forward-looking\s+statements"
    # labels28: the paragraph labelled (Forward-Looking Statements: This press release …, Safe Harbor Statement: …)
    r"|^(?:(?:cautionary\s+(?:note|statement|language)\s+(?:regarding|on|about|concerning)\s+)?forward-looking\s+"
    r"(?:statements?|information)|safe\s+harbou?r(?:\s+statement)?|미래\s*예측\s*(?:정보|진술)|예측\s*정보)\s*[:：]"
    r"|names?\s+(?:and\s+details\s+)?(?:have\s+been|has\s+been|were|was)\s+changed\s+to\s+protect"
    r"|(?:보호|신원\s*보호)를?\s*위해[^.]{0,30}(?:바꾸|바꿨|변경|가명|각색)"
    r"|예금자\s*보호법에\s*따라"
    r"|^(?:this|the)\s+(?:interview|conversation|transcript|q\s*&\s*a)\s+has\s+been\s+(?:lightly\s+)?(?:edited|condensed)"
    r"|^(?:이\s*)?(?:인터뷰|대담)(?:\s*내용)?[은는][^.]{0,40}(?:편집|축약)(?:했|하였|됐|되었)"
    # labels25: a court's notice and what it is not (A federal court authorized this notice. This is not a
    # solicitation from a lawyer.); an equal-opportunity statement; a line labelled a disclaimer (Disclaimer: …,
    # 면책 조항: …)
    r"|\bcourt\s+(?:has\s+)?authorized\s+this\s+notice|\bthis\s+is\s+not\s+a\s+solicitation"
    r"|\bis\s+an\s+equal\s+opportunity\s+(?:provider|employer|lender)"
    r"|^(?:disclaimer|면책\s*(?:조항|고지)?)\s*[:：]"
    # labels27: what the reader takes on or cannot rely on (Tools are used at your own risk; … deemed reliable but
    # not guaranteed; provided "as is"; 정확성을 보장하지 않습니다), and the issuer's tax status (… is a 501(c)(3)
    # nonprofit): a notice on the whole page, the publisher's particulars
    r"|\bat\s+your\s+own\s+risk\b|\bdeemed\s+reliable\b|\bprovided\s+[\"“]?as\s+is\b|without\s+warranty\s+of\s+any\s+kind"
    r"|(?:정확성|완전성)[을를]?\s*보장(?:하지|할\s*수)\s*않|책임을?\s*지지\s*않습니다"
    r"|^[^.]{0,120}\bis\s+(?:a|an)\b[^.]{0,80}\b501\s*\(c\)\s*\(3\)"
    # labels32: whose the text's copyright is (이 블로그의 글은 … 저작권은 작성자에게 있습니다; The copyright of all
    # posts on this blog belongs to their authors)
    r"|저작권은\s*(?:(?-i:[가-힣]){1,8}\s*){0,2}에게\s*있|copyright\s+(?:of|in|for)\s+(?:all\s+|the\s+)?(?:posts?|articles?|"
    r"texts?|content|photos?)\b[^.]{0,40}\b(?:belongs|remains)\s+(?:to|with)", _I)
"""labels22: what only a notice on the whole text says, wherever it stands after the headline (the line is often the
page's last long paragraph): a translation's discrepancy clause (… in case of any discrepancy, the Korean version
prevails; This English page is provided for convenience), a release's forward-looking statements, names or cases changed
to protect the people in it (※ 사례는 당사자 보호를 위해 일부 내용을 바꾸어 실었습니다), a deposit's protection notice
(이 예금은 예금자보호법에 따라 …); lead, stop 39: an interview's note that it was edited (This interview has been
edited for length and clarity; 이 인터뷰는 분량상 일부 편집했습니다)."""


_NOTICE_HINT_WORDS = (
    "prevail", "convenien", "forward-looking", "protect", "보호", "edited", "condensed", "편집", "축약", "authorized",
    "solicitation", "opportunity", "disclaimer", "면책", "risk", "reliable", "as is", "warranty", "보장", "책임", "501",
    "우선", "기준으로", "published", "advice", "저작권", "copyright", "substitute")
"""The words of :func:`_notice_hint`, in its order (the Korean ones are the same in the lower-cased line)."""
_NOTICE_HINT = re.compile("|".join(map(re.escape, _NOTICE_HINT_WORDS)))
"""perf63: :data:`_NOTICE_HINT_WORDS` as one alternation, searched in a lower-cased line beyond ASCII; in an ASCII
line the chain of ``in`` tests of :func:`_notice_hint` is the cheaper."""


def _notice_hint(text: str) -> bool:
    """Whether ``text`` holds a word each branch of :data:`_WHOLE_TEXT_NOTICE` needs: a cheap test before the search,
    which tries every position of a paragraph."""
    lowered = text.lower()
    if not lowered.isascii():  # perf63: one search of the words' alternation (:func:`_holds_word`)
        return _NOTICE_HINT.search(lowered) is not None
    return ("prevail" in lowered or "convenien" in lowered or "forward-looking" in lowered or "protect" in lowered
            or "보호" in text or "edited" in lowered or "condensed" in lowered or "편집" in text
            or "축약" in text or "authorized" in lowered or "solicitation" in lowered or "opportunity" in lowered
            or "disclaimer" in lowered or "면책" in text or "risk" in lowered or "reliable" in lowered
            or "as is" in lowered or "warranty" in lowered or "보장" in text or "책임" in text or "501" in text
            or "우선" in text or "기준으로" in text or "published" in lowered or "advice" in lowered
            or "저작권" in text or "copyright" in lowered or "substitute" in lowered)


def _whole_text_notice(text: str) -> bool:
    """A notice only the whole text's can be (:data:`_WHOLE_TEXT_NOTICE`), ※ or * before it or not."""
    core = text.lstrip("※* ")
    return _notice_hint(core) and _WHOLE_TEXT_NOTICE.search(core) is not None


def _disclaimer(w: Where) -> bool:
    """A disclaimer or a licence line (:data:`_DISCLAIMER`): opened by ※ or * wherever it stands, or after the
    article's last paragraph (an article's own sentence may speak of a licence or of views that differ); or a notice
    only the whole text's can be (:data:`_WHOLE_TEXT_NOTICE`) anywhere after the headline."""
    if len(w.line.text) > 300:
        return False
    if _whole_text_notice(w.line.text) and (w.seen_headline or w.seen_body):
        return True  # labels29: inside a list of other stories too (a notice closes it)
    if w.in_related and _NOTE_MARK.match(w.line.text) is None:
        return False
    if _NOTE_MARK.match(w.line.text) is not None and _CONSULT_NOTE.search(w.line.text) is not None:
        return True  # labels47: a note sending the reader to a doctor (※ … 전문의와 상담하세요)
    return ((_NOTE_MARK.match(w.line.text) is not None or (w.seen_body and w.index > w.last_prose))
            and _DISCLAIMER.search(w.line.text) is not None)


_CONSULT_NOTE = re.compile(
    r"(?:전문의|의사|약사|주치의)(?:와|과|에게|께)\s*(?:먼저\s*|꼭\s*|반드시\s*)?(?:상담|문의|진료)"
    r"|consult\s+(?:a|your)\s+(?:doctor|physician|dermatologist|pharmacist|gp|health\s*care\s+(?:provider|professional))",
    _I)
"""labels47: what a note (※ or * before it) tells the reader when the page is no medical advice: to see a doctor
(``※ … 정확한 진단은 전문의와 상담하시기 바랍니다``, ``* … 이상이 있으면 사용을 중단하고 전문의와 상담하세요``, ``*
Consult your doctor before …``): the label table's disclaimer of the text as a whole (footer), as "… is not a
substitute for medical advice" is; an article's own sentence saying so, with no mark, stays the article's."""


_SELF_NOTE = re.compile(
    r"(?:this|these)\s+(?:(?:english|korean)\s+)?(?:page|guide|article|story|column|post|notice|information|"
    r"translation|text|summary|newsletter|e-?mail|content|material|publication|transcript)s?\s+(?!to\b|with\b|for\s+\w+ing\b)"
    r"|(?:이|본)\s?(?:페이지|안내문?|자료|기사|칼럼|글|번역문?|정보|텍스트|게시물|게시글|후기|원고)"
    r"(?:의\s?(?-i:[가-힣]){1,4})?[은는이가]\s", _I)
"""labels31: a line whose subject is the text it stands in (``This guide reflects …``, ``본 안내는 …``, ``이 페이지의
영문 번역은 …``): a note on the whole page, where it follows the article's last paragraph."""


def _self_note(w: Where) -> bool:
    """labels31: after the article's text began, at or after its last long paragraph and outside a list of other
    stories, a sentence whose subject is the text itself (:data:`_SELF_NOTE`, ※ or * before it or not): the page's
    note on itself (what it reflects, when it is reviewed, what it is for), not the text's last paragraph, which
    speaks of its story."""
    if not w.seen_body or w.in_related or w.index < w.last_prose or len(w.line.text) > 240:
        return False
    core = w.line.text.lstrip("※*▶ ")
    return _SELF_NOTE.match(core) is not None and ends_sentence(core)


def _content_note(w: Where) -> bool:
    """After the article's last paragraph, a note opened by ※ or * that is no disclaimer (rule ``disclaimer`` comes
    first): it tells the reader something about what the article says (what may change, units, a table's legend).
    labels23: or right under a table's last row inside the article (a row between bars or a row of figures above
    it: ``※ 환적 화물 포함, 잠정 집계치``), the table's legend."""
    if not w.seen_body or w.in_related or len(w.line.text) > 240 or _NOTE_MARK.match(w.line.text) is None:
        return False
    if w.index > w.last_prose:
        return True
    above = w.lines[w.index - 1]
    return w.previous == "other" and (_table_row(above) or ("|" in above.text and _bar_cells(above.text) >= 3)
                                      or _figures_row(above))


# labels36: the operator's or the publisher's sentence on itself after the article (who publishes, operates or runs
# the site or the thing the page is for, what kind of outlet it is, who accredits it, what it does not endorse).
_PUBLISHER_NOTE = re.compile(
    r"(?:the\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:(?-i:[A-Z&][\w'’&.-]*)|of|for|and|on|the)){0,6}\s+(?:is|are)\s+"
    r"(?:(?:published|operated|run|owned|produced|maintained|edited)\s+(?:[\w-]+\s+){0,2}?by\b"
    r"|an?\s+(?:independent|nonprofit|non-profit|not-for-profit|volunteer-run|(?:reader|listener|member)-"
    r"(?:funded|supported))[\s,]+(?:[\w-]+,?\s+){0,3}?(?:publication|newspaper|magazine|website|site|"
    r"organi[sz]ation|outlet|newsroom|newsletter|station)\b"
    r"|accredited\s+by\b|an?\s+equal[\s-]+opportunity\b)"
    r"|(?:published|operated|run|owned|produced|maintained)\s+by\s+(?:the\s+)?(?-i:[A-Z])"
    r"|[^.?!]{0,80}\bdoes\s+not\s+(?:endorse|necessarily\s+endorse)\b"
    r"|(?:[가-힣A-Za-z0-9·&]+\s){0,3}[가-힣A-Za-z0-9·&]+[은는]\s[^.]{0,40}?(?:가|이|에서)\s(?:운영|발행|제작)"
    r"(?:합니다|하고\s?있습니다|하는\s[^.]{1,20}입니다)", _I)
"""labels36: who publishes, operates or runs the site or its service (``Drive Korea is published by …``, ``Operated by
the … Agency.``, ``… is run by volunteers on land leased from …``, ``이 누리집은 ○○재단이 운영합니다``), what kind of
outlet it is (``… is an independent English-language publication``), who accredits it, what it does not endorse."""
_PUBLISHER_WORDS = (" by ", "independent", "nonprofit", "non-profit", "not-for-profit", "reader-", "volunteer-run",
                    "accredited", "opportunity", "endorse", "운영", "발행", "제작")


def _publisher_note(w: Where) -> bool:
    """labels36: at or after the article's last long paragraph (inside a list of other stories too: the note closes
    it), one or two sentences of the publisher's or the operator's on itself (:data:`_PUBLISHER_NOTE`): the footer's
    particulars in prose, not the text's last paragraph, which speaks of its story. Cheap: a line holding none of
    :data:`_PUBLISHER_WORDS` is ruled out first."""
    text = w.line.text
    if not w.seen_body or w.index < w.last_prose or len(text) > 240:
        return False
    lowered = text.lower()
    if not any(word in lowered for word in _PUBLISHER_WORDS):
        return False
    core = text.lstrip("※*▶ ")
    return _PUBLISHER_NOTE.match(core) is not None and len(_SENTENCE_INSIDE.findall(core)) <= 1


_SEND_TO = re.compile(
    r"(?:(?!write\s+to\b)[^@])*?\b(?:send|sent|direct|submit|forward|mail|e-?mail)\b[^@]{0,60}?\bto\b"
    r"|[^@]*@[^\s]+?\s?(?:으로|로)\s*(?:보내|제출해|문의해)\s*주(?:세요|시기\s*바랍니다|십시오|시면)", _I)
"""labels36: what the reader is asked to send to an address (``Send them to letters@…``, ``Please direct questions or
comments to […@…]``, ``… factcheck@… 으로 보내주세요``); ``Write to <name> at …`` is the writer's (byline)."""


def _send_to(w: Where) -> bool:
    """labels36: after the article's text began, at or after its last long paragraph (inside a list of other
    stories too), a line of one to three sentences asking the reader to send letters, questions, corrections or
    material to an e-mail address (:data:`_SEND_TO`): where to write to the publisher, the footer's (a tip line
    without a tip's word). Cheap: a line with no ``@`` is ruled out first."""
    text = w.line.text
    if "@" not in text or not w.seen_body or w.index < w.last_prose or len(text) > 260:
        return False
    return (_EMAIL_LINE.search(text) is not None and _SEND_TO.match(text) is not None
            and len(_SENTENCE_INSIDE.findall(text)) <= 2)


_PULL_QUOTE = re.compile(r"[\"“][^\"“”]{3,90}[\"”]")


def _pull_quote(w: Where) -> bool:
    """labels36: inside the article (a line above was body), outside a list of other stories, a line that is one
    quotation and nothing else, three to twelve words (``“Stay here”`` stays the text's), with no stop, question or
    exclamation mark closing it (a sentence quoted in the text closes with its mark: ``"…했어요."``, body): a pull
    quote, the article's heading (``"교섭 결렬 땐 26일 전면파업"``, ``"We've tried everything"``)."""
    text = w.line.text
    if text[:1] not in "\"“" or not w.seen_body or w.in_related or not 3 <= w.line.words <= 12:
        return False
    inner = text.rstrip("\"” ")
    return (_PULL_QUOTE.fullmatch(text) is not None and not ends_sentence(text)
            and inner[-1:] not in ",;:…-–—")


_QUESTION_THEN_ANSWER = re.compile(r"(?P<question>[^?]{3,90}\?)\s+(?P<answer>[A-Z][^?]{3,140}[.!])")


def _question_deck(w: Where) -> bool:
    """labels46: right under the title (the line above a headline, no text above), an English line that is a question
    of twelve words or fewer and one sentence of twenty-two words or fewer answering it, no phone number nor e-mail
    (``Questions? Call …`` is a contact line): a service page's deck (three writers of sets w-y, every such line under
    a title in the fixtures)."""
    text = w.line.text
    if w.previous != "headline" or w.seen_body or w.line.hangul or len(text) > 170:
        return False
    found = _QUESTION_THEN_ANSWER.fullmatch(text)
    if found is None or "@" in text or _PHONE.search(text) is not None:
        return False
    answer = found["answer"].replace("a.m.", "am").replace("p.m.", "pm")
    return (len(found["question"].split()) <= 12 and len(answer.split()) <= 22
            and answer.rstrip(".!").count(".") == 0)


_PART_HEADING = re.compile(
    r"(?:(?:panel|session|part|step|track|stage|phase|chapter|module|day)\s+\d{1,2}(?:\s+of\s+\d{1,2})?|"
    r"(?:제\s?)?\d{1,2}\s?(?:부|단계|세션|일차|교시(?=\s*[:：]))|세션\s?\d{1,2})"
    r"(?:\s*[:：.]|(?<=단계))\s+(?P<title>[^\d:：|]{2,60})", _I)
"""A numbered part's label and its title; labels35: a form's step counted (``Step 1 of 3: Your move``) and a Korean
step's title without its colon (``1단계 신청서 작성``; a row between bars is no title)."""


def _part_heading(w: Where) -> bool:
    """labels22: inside the article, a numbered part's label (Panel 1, Session 2, Step 3, 제1부, 2단계), a colon and
    the part's title: a short title of two to eight words, no figure, no sentence closed (Panel 1: Harbors and Labor,
    Step 2: Choose a tax method, 1부: 개회와 기조연설). A subheading over the part's items, as a subheading between
    paragraphs is; a part's label with a time or a sentence after it is a schedule's entry or text."""
    if not (w.seen_body and not w.in_related and len(w.line.text) <= 80):
        return False
    found = _PART_HEADING.fullmatch(w.line.core)
    if found is None:
        return False
    title = found.group("title").strip()
    counted = re.match(r"\w+\s+\d{1,2}\s+of\s+\d", w.line.core, _I) is not None  # labels35: Step 2 of 3: Extras
    least = 1 if counted or _one_word_title(title) else 2
    return least <= len(title.split()) <= 8 and title[-1] not in ".!?" and not title.endswith("다")


_HANDLE = re.compile(r"@?[a-z][a-z0-9]*(?:[_.][a-z0-9]+)*_[a-z0-9]+(?:[_.][a-z0-9]+)*")


def _handle(w: Where) -> bool:
    """labels22: after the headline, a user's handle alone on its line (mapo_marcus, @hana_in_hongdae, jeju_diver88):
    lower-case Latin letters and digits joined by an underscore; a board's or a forum's author over a post (a byline).
    No domain (a dot alone is no handle), no word alone, no word and its digits (covid19 is a tag as often)."""
    return (w.seen_headline and not w.in_related and 4 <= len(w.line.text) <= 24
            and _HANDLE.fullmatch(w.line.text) is not None)


_EMAIL_FIELD = re.compile(
    r"(?:your\s+(?:work\s+|business\s+|personal\s+)?e-?mail(?:\s+address)?"
    r"|(?:work\s+|business\s+)?e-?mail\s+address|e-?mail)\s*\*"
    r"|your\s+(?:work\s+|business\s+|personal\s+)?e-?mail(?:\s+address)?"
    r"|(?:work\s+|business\s+)?e-?mail\s+address|이메일\s*주소\s*\*?|이메일\s*\*", _I)
"""labels47: an e-mail box's label or placeholder (``Your email address``, ``Email address *``, ``이메일 주소``);
``Email`` alone is not read (a share button as often)."""


def _caption_translation(w: Where) -> bool:
    """labels47: the English line right under a Korean caption that carries its credit (``… 설명하고 있다. (사진=…)``
    then ``A coordinator explains …``): the caption's translation, which ``caption-before-translation`` reads from the
    other side when the credit is the English line's. One or two sentences, four to forty words, no Hangul."""
    if w.previous != "caption" or w.index == 0 or w.line.hangul or not 4 <= w.line.words <= 40:
        return False
    above = w.lines[w.index - 1]
    return (above.hangul >= 8 and _caption(above) and len(_SENTENCE_INSIDE.findall(w.line.text.rstrip())) <= 1
            and ends_sentence(w.line.text))


_STEPPER = re.compile(r"(?:quantity|qty\.?|수량|개수)?\s*[:：]?\s*[−–-]\s*\d{1,3}\s*\+", _I)
"""labels47: a quantity stepper (``Quantity − 1 +``, ``수량 - 1 +``): the box and its two buttons, a widget."""


_FILE_LINK = re.compile(
    r"\S.{0,100}?\(\s*(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|csv|jpe?g|png|mp3|mp4|epub)\s*[,·|/]?\s*"
    r"\d+(?:[.,]\d+)?\s*[KMG]i?B\s*\)", _I)
"""labels47: a link to a file closed by its type and size in brackets (``Proposed floor plans (PDF, 1.2 MB)``, ``View
the map of affected streets (PDF, 1.2 MB)``): every such line of sets a–ad is a file to download (navigation)."""


_CARD_BUTTON_START = re.compile(r"(?:pre-?order|order|call|add\s+to)\s+\S", _I)


def _card_button(w: Where) -> bool:
    """labels47: on a product's or a booking's card, its button between its fields and its text: after the title and
    before the text's first long paragraph, two to four words opened by a button's verb (:data:`_ACTION_START`, or
    pre-order, order, call, add to), no stop, colon or question, right under a line read as a field or a button (the
    card's) and right over the first paragraph. :func:`_action_link` reads buttons after the text only; over a
    paragraph under another paragraph the same words head a section (labels38)."""
    line = w.line
    if (not w.seen_headline or w.index + 1 != w.first_prose or w.previous not in ("other", "navigation")
            or line.hangul or not 2 <= line.words <= 4 or len(line.text) > 40):
        return False
    text = line.core.strip()
    return (bool(text) and text[-1] not in ".:：?!\"”" and not any(mark in text for mark in "|/*")
            and (_ACTION_START.match(text) is not None or _CARD_BUTTON_START.match(text) is not None))


_TO_YOU = re.compile(r"\b(?:you|your|yourself)\b", _I)
_FIRST_PERSON = re.compile(r"\b(?-i:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)\b")
_WE = re.compile(r"\b(?:we|we're|we’re|our|us)\b", _I)


def _question_to_you(w: Where) -> bool:
    """labels47: a question put to someone in an interview (``How did you end up in the tower?``, ``Q: How do you
    decide …?``): a short question to "you", one sentence, right over a paragraph that answers it in the first person
    singular and never as "we" (an FAQ's answer speaks for the business: ``Q: Do you translate …?`` over ``A: Yes. We
    work in …`` stays the FAQ's heading). The label table's body (an interview's question, a turn of the exchange),
    where the layer's features see only a short line ending in a question mark, a heading's shape."""
    text = w.line.text.strip()
    if (w.in_related or not text.endswith("?") or len(text) > 120 or w.line.words > 20 or w.line.hangul
            or w.next is None or _TO_YOU.search(text) is None):
        return False
    if len(_SENTENCE_INSIDE.findall(text)) > 0:
        return False
    answer = w.next
    return (_is_prose(answer) and not answer.text.rstrip().endswith("?")
            and _FIRST_PERSON.search(answer.text) is not None and _WE.search(answer.text) is None)


_FORUM_SIGNATURE = re.compile(
    r"(?:~|--)\s*(?:[A-Z가-힣][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)?(?:\s*[·|,]\s*[^\s·|,].{0,80})?")
"""labels47: a forum user's signature under their post: a tilde or two hyphens, the name (a word or two), and after a
dot, a bar or a comma what they say of themselves (``~ Kestrel · knitting socks on the bus since 1998``)."""


def _forum_signature(w: Where) -> bool:
    """labels47: after the post's text began, a signature (:data:`_FORUM_SIGNATURE`), no sentence of the text: the label
    table's byline (who wrote the post), as set ab's conventions say; outside a list of other stories."""
    text = w.line.text.strip()
    return (w.seen_body and not w.in_related and len(text) <= 110 and text[:1] in "~-"
            and _FORUM_SIGNATURE.fullmatch(text) is not None)


def _score_run(w: Where) -> bool:
    def score(i: int) -> bool:
        if not 0 <= i < len(w.lines):
            return False
        text = w.lines[i].text
        return len(text) <= 50 and ("-" in text or ":" in text) and bool(_SCORE_LINE.fullmatch(text))
    return score(w.index) and (score(w.index - 1) or score(w.index + 1))


# labels25: shapes of the label table that set r's writer wrote and the rules missed, each in both languages.
_SOURCE_LINE = re.compile(
    r"(?:(?:기준|as\s+of)\s+[^·|;]{1,24}\s*[·|;,]\s*)?(?:자료|출처|데이터|(?:자료|데이터)\s*제공|sources?|data(?:\s+source)?)"
    r"\s*[:：=]\s*\S.{1,90}", _I)
"""A table's source, the time its figures were taken before it or not (``자료: 청주 동부소방서``, ``Source: Ledger
analysis of 2025 state rate filings``, ``기준 15:30 · 자료: 한국거래소``)."""


def _row_shaped(line: _Line) -> bool:
    """A table's row: cells between bars, or a row of figures."""
    return ("|" in line.text and _bar_cells(line.text) >= 2) or _table_row(line) or _figures_row(line)


def _source_line(w: Where) -> bool:
    """labels25: right under a table's last row (a note between them or not), its source line
    (:data:`_SOURCE_LINE`): a note on the table, as its units and legend are (the label table's body row; set r's
    writer wrote two, set m's one). A source credited at the foot of the page, after a list of other stories
    (``데이터 제공: 한국프로축구연맹``), is the footer's."""
    if not w.seen_body or w.in_related or len(w.line.text) > 120 or w.index == 0 \
            or _SOURCE_LINE.fullmatch(w.line.core) is None:
        return False
    above = w.lines[w.index - 1]
    if w.previous == "other" and _row_shaped(above):
        return True
    return (_NOTE_MARK.match(above.text) is not None or _units_line(above)) and w.index >= 2 \
        and _row_shaped(w.lines[w.index - 2])


_QUESTIONS_CONTACT = re.compile(
    r"(?:(?:have|got|any)\s+)?questions\s*\?\s*(?:please\s+)?(?:call|contact|e-?mail|reach|phone|text|write\s+to)\b.{3,140}"
    # labels28: any short question of the reader's, then whom to call (Still stuck? Call …, Can't reach a collector?
    # Ring …, Lost your card? Talk to …; 도움이 필요하신가요? 고객센터 …)
    r"|[A-Z][^?.!:]{2,40}\?\s*(?:please\s+)?(?:call|contact|e-?mail|reach|phone|ring|text|talk\s+to|speak\s+to|"
    r"write\s+to|visit)\b.{3,140}"
    r"|[^?.!:]{2,30}(?-i:[가-힣])[?？]\s*(?:\S+\s+){0,2}(?:(?:고객|상담|콜)\s*센터|상담|문의|전화|☎).{2,100}"
    r"|(?:궁금한\s*(?:점|사항)|문의\s*사항)(?:이\s*있으(?:면|시면))?[은는]?\s*\S.{2,100}", _I)
"""Whom to ask, opened by the reader's question (``Questions? Call Member Services at 1-800-…``, ``궁금한 점은 …
☎ …``)."""
_HELPLINE = re.compile(
    r"(?:call\s*cent(?:er|re)|customer\s+(?:service|care|support|cent(?:er|re))|help\s*(?:line|desk)|hot\s*line|"
    r"콜\s*센터|고객\s*(?:센터|지원\s*센터|상담실)|상담\s*(?:신청|전화|센터|문의)?)\s*[:：]?\s*\S.{0,110}", _I)
"""A service's number to call (``Call center: 1577-1000 (English: press 7, …)``, ``상담 신청: 1577-7840 …``)."""
_OPENING_QUESTION = re.compile(r"^[^?.!:]{2,40}[?？]\s*", _I)
_OFFICE_CONTACT = re.compile(
    r"(?:[\w&'’.()-]+\s+){1,5}?(?:office|desk|secretariat|team|(?:customer\s+)?services?|help\s*line|line|"
    # labels44: a service's plural, its enquiries, reception or bookings (Parking Services: 01632 …, Ticket
    # enquiries: …)
    r"support|cent(?:er|re)|enquiries|inquiries|reception|bookings|사무국|사무실|문의(?:처)?|상담|센터)\s*[:：]\s*"
    r"\S.{0,130}", _I)
"""labels28: an office's or a line's contact, whose it is in one to five words before it, then a colon (Graduation
Office: …@… | +44 …, Parking customer service: 0330 …, 바이어 사무국 Buyer Secretariat: …, 예매 관련 문의: 고객센터
1544-…)."""
_UK_PHONE = re.compile(r"(?<![\d-])0\d{3,4}\s\d{3}\s?\d{3,4}(?![\d-])")
"""A British number with its trunk 0 and a space after the area code (``01632 960555``, ``0330 555 0190``)."""
_ABBREVIATED = re.compile(r"\b(?:ext|no|tel|approx|incl)\.", _I)
_US_PHONE = re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}\b|\b1-\d{3}-\d{3}-\d{4}\b")
"""A North American number written with its area code in brackets, or with its 1- (``(207) 555-0147``)."""
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:\s?\(0\))?(?:[\s.-]\d{1,8}){2,5}(?![\d,]|\.\d)")
"""labels33: a number in international form, its country code after a plus and its groups between spaces, dashes or
dots (``+44 7700 900123``, ``+82-2-2133-5000``, ``+33 1 42 68 53 00``); nine to fifteen digits in all
(:func:`_intl_phone`)."""


def _intl_phone(text: str) -> bool:
    """labels33: a phone number in international form in ``text`` (:data:`_INTL_PHONE`), nine to fifteen digits."""
    return "+" in text and any(9 <= sum(c.isdigit() for c in m.group()) <= 15 for m in _INTL_PHONE.finditer(text))
_OPERATOR = re.compile(r"\breg(?:istration|\.)?\s*no\b|사업자|통신\s*판매|"
                       r"대표\s*(?:이사\s+)?(?-i:[가-힣]){2,4}\b|\bCEO\b|"
                       r"co\.,?\s*ltd|\binc\.|㈜|\(주\)", _I)
"""The operator's particulars (a registration number, its chief, its company form): the footer's lines."""


def _helpline(w: Where) -> bool:
    """labels25: a contact line on any page (the label table's byline row: ``문의: …`` wherever it stands), opened by
    the reader's question or a service's number (:data:`_QUESTIONS_CONTACT`, :data:`_HELPLINE`) with a phone number
    or an e-mail; no sentence closed inside it. The site's own number next to the operator's particulars (a line of
    them right above or below) is the footer's (``고객센터 1588-4092 (24시간 운영)`` under ``㈜… | 사업자등록번호
    …``)."""
    if not _may_hold_contact(w.line):  # perf53: before the tip line's pattern
        return False
    if _tip_line_opens(w.line.text):  # labels28: Have a news tip? Email …: the reader's news asked for (tip-line)
        return False
    return _contact_shape(w, _QUESTIONS_CONTACT, _HELPLINE)


def _office_contact(w: Where) -> bool:
    """labels28: an office's or a line's contact (:data:`_OFFICE_CONTACT`), with :func:`_helpline`'s conditions: a
    phone number or an e-mail, no sentence inside, no operator's particulars next to it."""
    return _contact_shape(w, _OFFICE_CONTACT)


@lru_cache(maxsize=4096)
def _phone_number(text: str) -> bool:
    """A phone number in ``text`` (:data:`_PHONE`, :data:`_SERVICE_NUMBER`, :data:`_US_PHONE`). Remembered for the
    rules of a page that ask it of the same short line (perf50: ``helpline``, ``office-contact`` and
    ``operator-number`` each searched the three patterns again), forgotten by :func:`label_lines` after it."""
    # each pattern holds a digit: a line without one (most of a news page) is ruled out by one cheap scan
    return _DIGIT.search(text) is not None and bool(_PHONE.search(text) or _SERVICE_NUMBER.search(text)
                                                    or _US_PHONE.search(text) or _intl_phone(text))


def _may_hold_contact(line: _Line) -> bool:
    """Whether the line holds a digit or an ``@``, as every number and e-mail :func:`_contact_number` finds does: a rule
    that ends in :func:`_contact_shape` rules out a line without either (most of a news page) before its own
    patterns (perf53; perf64: the line's digit searched once, by :func:`_lines`)."""
    return line.digit or "@" in line.text


@lru_cache(maxsize=4096)
def _contact_number(text: str) -> bool:
    """A phone number (:func:`_phone_number`, :data:`_UK_PHONE`) or an e-mail in ``text``; remembered as
    :func:`_phone_number` is. An e-mail holds an ``@`` and a number a digit: each pattern is searched only where its
    letter is in the line."""
    return (_phone_number(text) or ("@" in text and _EMAIL_LINE.search(text) is not None)
            or (_DIGIT.search(text) is not None and _UK_PHONE.search(text) is not None))


def _contact_shape(w: Where, *shapes: re.Pattern[str], beside_particulars: bool = False) -> bool:
    """A contact line in one of ``shapes`` with a phone number or an e-mail, no sentence closed inside it (after an
    opening question), not next to the operator's particulars (unless ``beside_particulars``)."""
    text = w.line.text
    # perf64: a line without a digit or an @ (most of a page) is not looked up in _contact_number's memo
    if w.in_related or len(text) > 160 or not _may_hold_contact(w.line) or not _contact_number(text):
        return False
    core = w.line.core
    if all(shape.fullmatch(core) is None for shape in shapes):
        return False
    said = _ABBREVIATED.sub("", _OPENING_QUESTION.sub("", core, count=1))  # Questions? Call …: it asks for the contact
    if w.previous == "footer" or _SENTENCE_INSIDE.search(said.rstrip(".!? ")) is not None:
        return False
    return beside_particulars or not _by_particulars(w)


def _by_particulars(w: Where) -> bool:
    """A line of the operator's particulars (:data:`_OPERATOR`) right above or below the line."""
    return any(0 <= j < len(w.lines) and _OPERATOR.search(w.lines[j].text) is not None
               for j in (w.index - 1, w.index + 1))


# --- labels32: set v's misses as shapes (docs/log/blocks.md, "labels32 branch") ---------------------------------------

_CONTACT_LABEL = re.compile(
    r"(?:(?:call|text|phone|ring)(?:\s+(?:now|today))?(?:\s+or\s+(?:call|text|e-?mail))?(?:\s+us)?"
    r"(?:\s+(?:24/7|24\s+hours))?(?:\s+(?:at|on))?|tel(?:ephone)?\.?|[☎☏📞]|"
    r"contact(?:\s+us)?|(?:[A-Za-z-]+\s+){0,2}(?:line|hotline|helpline|number)(?:\s*\([^()]{1,20}\))?|"
    # labels39: a desk's or an errand's label, English and Korean together or not (Appointments:, License questions:,
    # Customer support 고객지원:, Visitor center 고객지원센터:)
    rf"(?:appointments?|(?:[A-Za-z-]+\s+)?questions|customer\s+(?:support|service|care)|visitor\s+cent(?:er|re))"
    rf"(?:\s+(?-i:[{SYLLABLES}]){{2,8}})?(?=\s*[:：])|"
    r"(?:kakao\s*talk|whats\s*app|we\s*chat|telegram|viber)(?:\s*[/·&]\s*(?:kakao\s*talk|whats\s*app|we\s*chat|telegram|viber))+|"
    r"kakao\s*talk(?:\s+(?:id|channel))?|whats\s*app|we\s*chat|line\s+id|"
    # labels39: two errands joined by a dot (예약·문의, 신청·문의), a phone's order (전화 주문), a desk (안내데스크), an
    # English label after the Korean one (신청·문의 Registration:)
    rf"(?:(?-i:[{SYLLABLES}]){{1,4}}·)?(?-i:[{SYLLABLES}]){{0,6}}\s?(?:문의|상담|연락처|전화(?:\s?주문)?|예약|데스크)"
    r"(?:\s*(?:contact|tel|phone|call|registration|help|support))?|(?:카카오톡|카톡)\s*(?:id|아이디|채널)?)"
    r"\s*[:：]?\s*(?:[+(]?\d|[\w.+-]+@|(?<=[:：] )[a-z0-9][a-z0-9_.-]{2,29}(?=\s*[|·]))\S*(?:\s+\S+){0,16}", _I)
"""labels32: a contact line opened by its label, a colon or not (``Call us: (503) 555-0199``, ``Call or text (413)
…``, ``Emergency line (24 hours): …``, ``KakaoTalk ID: … | WhatsApp +82 …``; labels35: ``Call now 24/7: …``, a
phone's sign alone before the numbers ``☎ 0xx-… / 010-…``, two messengers ``WhatsApp / KakaoTalk: +82 …``),
``창업문의 1600-0000``, ``창업 상담:
1600-0000 (평일 09:00~18:00)``, ``문의 Contact: 031-… | …@… | Instagram @…``): the value right after the label is a
number, an e-mail or, after a colon and before a bar, a messenger's ID."""
_MESSENGERS = re.compile(r"\s*(?:kakao\s*talk|whats\s*app|we\s*chat|telegram|viber)\s*[/·&]", _I)
"""labels35: two messengers named before their number (``WhatsApp / KakaoTalk: +82 …``)."""
_REGISTRATION_ITEM = re.compile(
    r"(?:(?-i:[가-힣]){0,6}(?:등록|신고|허가)\s*번호|고유\s*번호|reg(?:istration|\.)?\s*(?:no\b|number)|"
    # labels42: a Korean business number by its form after 사업자 (사업자 101-09-57312)
    r"사업자\s*[:：]?\s*\d{3}-\d{2}-\d{5}|company\s+(?:no\b|number)|\b(?:abn|ein|vat)\s*(?:no\b|number)?"
    # labels36: a nonprofit's number (고유번호) and a carrier's or a trade's licence numbers (USDOT No. …, MC No. …)
    r"|\b(?:licen[cs]e|permit|(?-i:US)?DOT|MC)\s*(?:no\b\.?|number|#)\s*[:：]?\s*[A-Z]{0,3}-?\d)", _I)
_BUSINESS_ITEM = re.compile(
    r"\s*(?:상호(?:명)?|대표(?:자|이사)?|(?-i:[가-힣]){1,4}명|법인명|회사명|ceo|owner|proprietor|representative|"
    r"(?:company|business|trading)\s+name)\s*[:：]?\s*\S", _I)


def _contact_label(w: Where) -> bool:
    """labels32: a contact line opened by its label (:data:`_CONTACT_LABEL`), wherever it stands (the label table's
    byline row: a contact line on any page, whoever issued it), with :func:`_contact_shape`'s conditions (a phone
    number or an e-mail, no sentence inside, no operator's particulars next to it); not a tip line, an address or the
    operator's particulars itself."""
    text = w.line.text
    # perf53: before the patterns below; perf59: the number or e-mail that _contact_shape needs first (remembered for
    # the rules after this one, which ask it of the same line), so a line with figures but none skips them all
    if len(text) > 160 or not _may_hold_contact(w.line) or not _contact_number(text):
        return False
    if _OPERATOR.search(text) or _tip_line_opens(text) or _address(w.line):
        return False
    # a service's number in a list of fields without one (보건소 금연클리닉: … / 금연상담전화: 1588-… / 병·의원
    # 금연치료: …): an item of the list, a data line; labels44: only a line written as one of the fields, its label
    # closed by a colon (예약 문의 02-… | 카카오톡 채널 '…' over the shop's hours, 견적 상담 1661-… under a review is
    # the shop's contact line)
    # labels35: a messenger's number is no service's
    if _MESSENGERS.match(text) is None and _KEY_VALUE.fullmatch(text) is not None and any(
            0 <= j < len(w.lines) and _KEY_VALUE.fullmatch(w.lines[j].text) is not None
            and not _contact_number(w.lines[j].text) and _OPERATOR.search(w.lines[j].text) is None
            for j in (w.index - 1, w.index + 1)):  # labels33: the operator's particulars are no field of a list
        return False
    return _contact_shape(w, _CONTACT_LABEL, beside_particulars=_PURPOSE_LABEL.match(text) is not None)


_PURPOSE_LABEL = re.compile(
    rf"\s*(?:(?-i:[{SYLLABLES}]){{1,6}}\s?(?:상담|문의|예약)|(?:franchise|sales|booking|reservations?|consultation|"
    r"enquiries|inquiries|admissions?)(?:\s+(?:line|enquiries|inquiries|desk))?\s*[:：])", _I)
"""labels33: a contact's label naming what the line is for, a consultation, an enquiry, a booking (``창업 상담:``,
``가맹 문의``, ``Franchise enquiries:``, ``Bookings:``): a contact line (the label table's byline row) even right over
the operator's particulars, where the site's own customer centre (``고객센터 1588-…``) is the footer's."""


def _particulars_bar(w: Where) -> bool:
    """labels32: a business's particulars between bars or dots (``상호: … | 대표: … | 사업자등록번호 …``, ``학원명: … |
    대표: … | 학원등록번호: 제3124호 …``): one item a registration number's label (:data:`_REGISTRATION_ITEM`), another
    the business's name or its head (:data:`_BUSINESS_ITEM`): the publisher's particulars, the label table's footer."""
    text = w.line.text
    if len(text) > 200 or ("|" not in text and "·" not in text) or _REGISTRATION_ITEM.search(text) is None:
        return False
    items = [item for item in re.split(r"\s+[|·]\s+|\s*\|\s*", text) if item.strip()]
    if len(items) < 2:
        return False
    registrations = sum(_REGISTRATION_ITEM.search(item) is not None for item in items)
    # labels36: or a line of registration and licence numbers alone (USDOT No. 3184422 · MC No. 1092217)
    return registrations == len(items) or (registrations > 0 and any(_BUSINESS_ITEM.match(item) for item in items))


_FAQ_HEADING = re.compile(
    r"\W{0,3}(?:(?:frequently\s+asked|common|your)\s+questions(?:\s*\(FAQs?\))?|FAQs?|"
    r"자주\s*(?:묻는|하는|찾는|물어\s*보는)\s*질문(?:\s*\(?FAQ\)?)?)\W{0,3}", _I)


def _question_over_answer(lines: Sequence[_Line], index: int) -> bool:
    """labels32: a question closed by ? with no Q before it, one sentence of at most 120 characters, over a line that
    asks nothing, closed as a sentence or prose."""
    text = lines[index].text.rstrip()
    if (len(text) > 120 or not text.endswith(("?", "？")) or index + 1 >= len(lines)
            or _FAQ_QUESTION.fullmatch(text) is not None or _SENTENCE_INSIDE.search(text[:-1]) is not None):
        return False
    answer = lines[index + 1]
    return not answer.text.rstrip().endswith(("?", "？")) and (ends_sentence(answer.text) or _is_prose(answer))


def _faq_plain_question(w: Where) -> bool:
    """labels32: under a heading naming its section frequently asked questions (:data:`_FAQ_HEADING`, alone on a line
    above), a question over its answer (:func:`_question_over_answer`: ``Does it hurt?`` / ``Most clients compare it
    …``; ``반납은 어디서 하나요?`` / ``1층 안내데스크에 …``); and, inside the article, the heading itself over its first
    question. The label table's headline row: an FAQ's question over its answer."""
    if w.in_related:
        return False
    text = w.line.text
    if len(text) <= 60 and _FAQ_HEADING.fullmatch(text) is not None:
        return w.seen_body and w.index + 1 < len(w.lines) and _question_over_answer(w.lines, w.index + 1)
    if not text.rstrip().endswith(("?", "？")) or not _question_over_answer(w.lines, w.index):
        return False
    return any(len(w.lines[j].text) <= 60 and _FAQ_HEADING.fullmatch(w.lines[j].text) is not None
               for j in range(w.index - 1, -1, -1))


def _operator_number(w: Where) -> bool:
    """labels25: after the article, a service's number (:data:`_HELPLINE`, a phone number in it) right under
    (labels46: no longer above) the operator's particulars (``고객센터 1588-4092 (24시간 운영)`` under
    ``㈜… | 사업자등록번호 …``,
    ``Customer Center 1544-0000 …`` over ``… Co., Ltd. | CEO …``): the site's own number, among the publisher's
    particulars (the label table's footer row)."""
    text = w.line.text
    return (w.seen_body and not w.in_related and len(text) <= 100
            and w.line.digit and _phone_number(text)  # perf64: a number has a digit (no memo looked up)
            and _HELPLINE.fullmatch(w.line.core) is not None
            # labels46: under the particulars only, as the label table has it; above them the number is the page's
            # contact line (byline: three writers of sets w-y; set l's writer, one line, read it footer)
            and w.index > 0 and _OPERATOR.search(w.lines[w.index - 1].text) is not None)


def _number_over_particulars(w: Where) -> bool:
    """labels46: :func:`_operator_number`'s service number (a number in a helpline's shape, after the article) right
    above the operator's particulars instead of under them: the page's contact line (byline), as three writers of sets
    w-y labelled it (``고객센터 1644-5520 (평일 10:00~18:00)``, ``상담 Help: 1588-2304 | 카카오톡 …``,
    ``Customer support 고객지원: 1670-0923 · help@…``); the contact rules leave a line beside the particulars
    alone."""
    text = w.line.text
    return (w.seen_body and not w.in_related and len(text) <= 100 and w.line.digit and _phone_number(text)
            and w.index + 1 < len(w.lines) and _OPERATOR.search(w.lines[w.index + 1].text) is not None
            and (_HELPLINE.fullmatch(w.line.core) is not None or _CONTACT_LABEL.match(w.line.core) is not None))


_AUTHOR_DATE = re.compile(rf"(?P<name>[{SYLLABLES}A-Za-z][{SYLLABLES}A-Za-z._'’ -]{{0,20}}?)\s*[·|]\s*(?P<date>.+)")


def _dated_field(text: str) -> bool:
    """labels42: a name or a label, a dot or a bar, and a date (:data:`_AUTHOR_DATE`'s shape, ``Registration |
    2025.08.26 – 09.01``)."""
    found = _AUTHOR_DATE.fullmatch(text)
    return found is not None and _DATE_CORE.search(found["date"]) is not None


_DOCUMENT_NUMBER = re.compile(r"(?P<label>[^\d]{0,30}?)\s*제\s?\d{4}\s?-\s?\d{1,6}\s?호")
_LEGAL_NUMBER = re.compile(r"등록|심의|신고|허가|인증|승인")


def _document_number(line: _Line) -> bool:
    """labels45: a notice's or a letter's number by its year and serial (``제2026-148호``), alone on its
    line or after a label of five words or fewer (``공고번호 제2026-112호``, ``가정통신문 제2026-148호``,
    ``가온군 공고 제2026-1187호``): an identifier, the label table's ``other`` (a data line), no periodical's issue
    and no headline (two writers, sets t and ab; the layer had read both navigation). A registration's or an
    approval's number (``학원등록번호 제2014-17호``, ``의료광고 심의필 제…호``) is the publisher's particulars, the
    footer's."""
    if len(line.text) > 40 or not line.hangul:
        return False
    found = _DOCUMENT_NUMBER.fullmatch(line.text)
    return (found is not None and len(found["label"].split()) <= 5
            and _LEGAL_NUMBER.search(found["label"]) is None)


_LEGAL_NUMBER_LINE = re.compile(
    r"[^|·]{0,20}(?:등록|심의|허가|신고)[^|·\s]{0,4}\s*(?:번호)?\s*[:：]?\s*제\s?[0-9A-Za-z-]{1,24}\s?호"
    r"(?:\s*\([^)]{0,30}\))?")


def _legal_number(line: _Line) -> bool:
    """labels45: a registration's or an approval's number alone on its line (:data:`_LEGAL_NUMBER_LINE`: ``의료광고
    심의필 제…호``, ``준법감시인 심의필 제2026-3318호 (2026.11.20~2027.11.19)``, ``외국인환자 유치의료기관 등록번호
    제A-…호``): the publisher's legal particulars, footer (three such lines on two pages of set ab, all footer, where
    ``figures-row`` read a data line); a notice's own number is :func:`_document_number`'s."""
    return len(line.text) <= 60 and line.hangul > 0 and _LEGAL_NUMBER_LINE.fullmatch(line.text) is not None


def _post_text(line: _Line) -> bool:
    """labels45: a forum post's text under its writer's line, a short one too: five words or more, no bar and no
    dated field (``woolgathering_jo wrote: The written instructions say …``, ``Here's the errata …:``)."""
    return line.words >= 5 and "|" not in line.text and not _dated_field(line.core)


def _author_date(w: Where) -> bool:
    """labels25: after the headline, before the article, a writer's name or handle and the date of the post on one
    line (``술지게미 · 2025. 3. 16. 21:40``, ``Hana Lee | March 3, 2025``): the label table's byline (a writer's credit,
    with its date). The name is one to three words, no date's word (``입력``, ``Updated``) and no figure; the rest a
    date (the ``dateline`` rule's).

    labels42: after the article began too when a paragraph follows right under it: a reply's writer and time on a
    forum or a board (``밤하늘지기 · 2027-01-05 06:50`` over the reply), which ``figures-row`` took for a data line;
    not the last of a run of dated fields (``Results | 2025.11.27 15:00`` under ``Registration | 2025.08.26 – …``).
    labels45: written with a dot, over any post's text (:func:`_post_text`: a quoted line, a line closed by a colon
    over a list), not only a paragraph: every name, dot and date alone on a line in sets a–ab is a byline."""
    if (not w.seen_headline or w.in_related or len(w.line.text) > 60
            or not ("·" in w.line.text or "|" in w.line.text)):
        return False
    if w.seen_body and (w.next is None or not (_is_prose(w.next) or ("·" in w.line.text and _post_text(w.next)))
                        or (w.index > 0 and _dated_field(w.lines[w.index - 1].core))):
        return False
    found = _AUTHOR_DATE.fullmatch(w.line.core)
    if found is None or len(found["name"].split()) > 3 or _DATE_WORD.search(found["name"]) is not None:
        return False
    rest = found["date"].strip()
    return _DATE_CORE.search(rest) is not None and _dateline(_lines(rest)[0]) if rest else False


_WRITER_LABEL = re.compile(r"(?:작성자|글쓴이|게시자|writer|author|posted\s+by|thread\s+starter|started\s+by)\b", _I)
"""labels30: a board's label of the writer (``작성자``, ``글쓴이``, ``Writer``, ``Posted by``); labels47: a forum's
(``Thread starter``, ``Started by``)."""
_START_DATE = re.compile(r"(?:start(?:ed)?|post(?:ed)?)\s+date\s*[:：]?\s*", _I)
"""labels47: a forum thread's date label (``Start date Dec 2, 2026``), read only beside a writer's label."""
_BOARD_ITEMS = re.compile(r"\s+[|·•]\s+")
_POSTED_BY = re.compile(r"(?:posted|published|written)\s+(?:on\s+)?(?P<date>\S.{4,40}?),?\s+by\s+"
                        r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5})", _I)
"""labels30: a post's date then its writer (``Posted Dec 14, 2026 by Brookfield Ice Arena``)."""


def _board_byline(w: Where) -> bool:
    """labels30: a board's post line, the writer and the post's date together (the label table's byline: "a line with
    the writer and the date together"): two to four items between spaced bars or dots, one a date (the ``dateline``
    rule's), one the writer's label (``작성자 …``, ``Writer: …``) or, after a name, a counter (``조회 284``, ``Views
    12``); no item a sentence. Or a post's date then its writer (``Posted Dec 14, 2026 by …``). Not inside a list of
    other stories; a table's row of posts (``제목 | 작성자 | 작성일``) has no date in it."""
    text = w.line.text
    if w.in_related or len(text) > 100 or not w.line.digit:
        return False
    posted = _POSTED_BY.fullmatch(w.line.core)
    if posted is not None:
        return _DATE_CORE.search(posted["date"]) is not None and not ends_sentence(posted["name"])
    items = [item.strip() for item in _BOARD_ITEMS.split(w.line.core) if item.strip()]
    if not 2 <= len(items) <= 4 or any(ends_sentence(item) or len(item) > 48 for item in items):
        return False
    dated = [i for i, item in enumerate(items) if _DATE_CORE.search(item) and _dateline(_lines(item)[0])]
    if not dated and any(_WRITER_LABEL.match(item) for item in items):  # labels47: Thread starter … · Start date …
        dated = [i for i, item in enumerate(items)
                 if _START_DATE.match(item) and _dateline(_lines(_START_DATE.sub("", item, count=1))[0])]
    if len(dated) != 1:
        return False
    others = [item for i, item in enumerate(items) if i != dated[0]]
    if any(_WRITER_LABEL.match(item) for item in others):
        return True
    named = [item for item in others if not _COUNTERS.fullmatch(item)]
    return (len(named) == 1 and len(others) == 2 and _DIGIT.search(named[0]) is None
            and len(named[0].split()) <= 3 and _DATE_WORD.search(named[0]) is None)


_VIDEO_LINK = re.compile(
    r"(?:video|watch|영상|동영상|\[\s*(?:영상|video)\s*\])\s*[:：]?\s*\S.{2,100}?"
    r"\s*\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)", _I)


def _video_link(w: Where) -> bool:
    """labels25: a link to a video, its title and its running time in brackets (``Video: Crews trigger slides above
    Route 20 (1:42)``, ``[영상] 해상풍력 공청회 현장 (2:05)``): a player's link, the label table's navigation (a
    player's controls), as ``▶ 02:14 | Watch on YouTube`` is."""
    return not w.in_related and len(w.line.text) <= 120 and _VIDEO_LINK.fullmatch(w.line.core) is not None


_READING_TIME = re.compile(
    r"(?:⏱\s*)?(?:\d{1,2}\s*(?:min(?:ute)?s?\.?|분)\s*(?:read|읽기|소요)|읽는\s*(?:데\s*)?시간\s*:?\s*\d{1,2}\s*분)",
    _I)
"""labels25: a reading time alone on its line (``4 min read``, ``3분 읽기``, ``읽는 시간 2분``): a page's widget
(navigation; set r's writer); with the date on the line it is the dateline's (``Nov 8, 2024 · 2 min read``)."""


_STRIP_ITEM = re.compile(r"[^\d|·]{1,16}?\s*[\d,]+(?:\.\d+)?\s*(?:[▲▼△▽↑↓+\-−]\s*[\d,]+(?:\.\d+)?%?)?")


def _market_strip(w: Where) -> bool:
    """labels25: above the headline, a strip of market figures between bars or dots (``코스피 2,581.33 ▲12.40 |
    코스닥 741.02 ▼3.11 | 원/달러 1,368.50``, ``KOSPI 2,581.33 ▲12.40 · NASDAQ …``): the site's ticker, chrome on
    every page (navigation; set r's writer), no row of the article's table."""
    if w.seen_headline or w.seen_body or len(w.line.text) > _MAX_CHROME or not ("|" in w.line.text
                                                                            or "·" in w.line.text):
        return False
    text = _STRIP_LABEL.sub("", w.line.text.strip(), count=1)
    items = [item.strip() for item in re.split(r"\s+[|·]\s+", text) if item.strip()]
    if len(items) >= 2 and all(_STRIP_ITEM.fullmatch(item) for item in items) and any(
            mark in w.line.text for mark in "▲▼△▽↑↓"):
        return True
    # labels34: an index's name may hold a figure (S&P 500, 10-YR), its change a sign and a percentage (+0.6%)
    return (len(items) >= 3 and all(_STRIP_ITEM_SIGNED.fullmatch(item) for item in items)
            and sum(_SIGNED_CHANGE.search(item) is not None for item in items) >= 2)


_STRIP_LABEL = re.compile(r"(?:markets?|stocks?|indices|시장|증시|시황|주요\s*지수)\s*[:：]\s*", _I)
"""labels34: a ticker strip's own label before its items (``Markets: DOW 42,311.50 +0.6% | …``, ``증시: …``)."""
_SIGNED_CHANGE = re.compile(r"\s[+\-−]\d[\d,]*(?:\.\d+)?%")
_STRIP_ITEM_SIGNED = re.compile(
    r"(?=\S*[A-Za-z가-힣])[\w&/.\-]{1,10}(?:\s[\w&/.\-]{1,10}){0,2}?\s+[\d,]+(?:\.\d+)?%?(?:\s+[+\-−]\d[\d,]*(?:\.\d+)?%)?")
"""labels34: a ticker's item, its name opened by a letter (``S&P 500``, ``10-YR``, ``DOW``), its level, its change
with a sign (``5,902.10 +0.4%``) or none (``4.38%``)."""


_ALERT_TAG_EN = re.compile(
    r"((?:SEVERE\s+)?(?:WEATHER|WINTER\s+STORM|STORM|FLOOD|FIRE|WILDFIRE|TRAFFIC|TRAVEL|EMERGENCY|AMBER|SERVICE|"
    r"POWER|WATER|HEAT|SNOW)\s+(?:ALERT|WARNING|WATCH|ADVISORY)S?)\s*[:：]\s*\S.{0,150}")
_ALERT_TAG_KO = re.compile(
    r"[\[【〔]\s*(?:기상|재난|호우|대설|한파|태풍|폭염|폭설|강풍|지진|산불|교통)?\s*(?:특보|경보|주의보|(?:긴급)?재난\s*문자|"
    r"안전\s*문자|통제)\s*[\]】〕]\s*\S.{0,150}?(?:[–—\-›>→]\s*)?\S*\s*(?:상세\s*보기|자세히\s*보기|바로\s*가기|"
    r"더\s*보기)\s*[›>→]?")
"""labels34: a site-wide alert banner above the page: an English alert's tag in capitals and a colon (``WEATHER
ALERT: Avalanche warning …``, ``TRAFFIC ADVISORY: …``), or a Korean alert's tag in brackets closed by its link
(``[기상특보] … 한파경보 발효 중 – 특보 상세보기``); a title that opens with such a tag has no link to close it."""


def _alert_banner(w: Where) -> bool:
    """labels34: above the headline, a site-wide alert banner (:data:`_ALERT_TAG_EN`, :data:`_ALERT_TAG_KO`), a title
    line under it: the label table's navigation row (``[기상특보] … – 특보 상세보기``, ``WEATHER ALERT: …``)."""
    text = w.line.text.strip()
    if w.seen_headline or not w.in_top or len(text) > _MAX_CHROME or w.next is None:
        return False
    return _ALERT_TAG_EN.fullmatch(text) is not None or (text[:1] in "[【〔"
                                                         and _ALERT_TAG_KO.fullmatch(text) is not None)


_MENU_WORDS = frozenset(
    "home about shop store contact blog newsletter subscribe deals events search login account membership donate "
    "gallery archive archives podcasts podcast help support faq faqs services products menu careers press".split())
"""A site's own pages, named in its menu (a news site's sections are :data:`_SECTION_WORDS`)."""


def _menu_words(w: Where) -> bool:
    """labels25: above the headline, four to eight capitalised words set apart by single spaces, no small word and
    no mark, two of them a site's menu words or more (``Home About Gear Repairs Shop``, ``Destinations Deals Rail
    Flights Newsletter``): a site's menu written without separators (set r's two writers' blogs); a headline in
    title case has its small words (``… of the …``) or its marks, and holds fewer of a site's own pages (two of
    :data:`_MENU_WORDS`, or three with a news site's sections); and a title line, not the article's paragraph,
    follows a menu (a line above may be the site's name, read as the headline)."""
    if not w.in_top or len(w.line.text) > 80 or w.next is None or _is_prose(w.next):
        return False
    words = w.line.text.split()
    if not 4 <= len(words) <= 8 or any(not (word[:1].isupper() and word.isalpha()) for word in words):
        return False
    own = sum(word.lower() in _MENU_WORDS for word in words)
    sections = sum(word.lower() in _SECTION_WORDS for word in words)
    return own >= 2 or own + sections >= 3


_COMMENT_LINE = re.compile(
    rf"(?P<name>[{SYLLABLES}A-Za-z][{SYLLABLES}A-Za-z._'’ -]{{0,24}}?)\s*[—–-]?\s+"
    rf"(?P<date>{_DATE}(?:\s*(?:at\s+)?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)?)"
    r"\s*[—–-]?\s+(?P<said>\S.{3,})", _I)


def _comment_line(w: Where) -> bool:
    """labels25: after the article's text, a reader's comment on one line: a name or a handle, the date and time it
    was posted, and what the reader wrote, three words or more opened by a letter (``Greg P. — February 3, 2025 at
    8:41 pm — Worked on …``, ``누룩향기 2025.03.17 09:12 저도 …``): the label table's ``other`` (a reader's comment
    under the text), under a list of other stories too (the comments follow it on a blog), where its paragraph would
    close the list."""
    if not w.seen_body or len(w.line.text) > 400 or w.index <= w.first_prose:
        return False
    # perf63: each form of its date has four digits (2 µs for the pattern); perf64: the core is a piece of the text
    if not w.line.digit or _DIGIT.search(w.line.core) is None:
        return False
    found = _COMMENT_LINE.fullmatch(w.line.core)
    return (found is not None and len(found["name"].split()) <= 3 and _DATE_WORD.search(found["name"]) is None
            and _LETTER.match(found["said"]) is not None and len(found["said"].split()) >= 3)


_COMMENT_DATED_AT_END = re.compile(
    rf"(?P<name>[{SYLLABLES}A-Za-z0-9][{SYLLABLES}A-Za-z0-9._]{{1,15}})\s+(?P<said>\S.{{3,300}}?)\s+"
    r"(?:\d{4}[./-]\s?)?\d{1,2}[./-]\s?\d{1,2}\.?\s+\d{1,2}:\d{2}")
"""labels40: a reader's comment with its date and time at the end: a handle of one word, what the reader wrote and
when (``빵순이 학창 시절 … 너무 아쉽네요 2025.01.09 16:20``, ``107동주민 상가 식당들은 영업하나요? 12.04 08:12``)."""


def _comment_dated_at_end(line: _Line) -> bool:
    """labels40: :data:`_COMMENT_DATED_AT_END`, what the reader wrote three words or more opened by a letter, no field's
    colon after the handle (``일시: …``) and no contact: the label table's ``other`` (a reader's comment under the
    text, its name and time on the line)."""
    text = line.core
    if not text[-1:].isdigit() or ":" not in text[-3:]:
        return False
    found = _COMMENT_DATED_AT_END.fullmatch(text)
    return (found is not None and _LETTER.match(found["said"]) is not None and len(found["said"].split()) >= 3
            and _DATE_WORD.search(found["name"]) is None and not _contact_number(found["said"]))


_REQUEST_NOUNS = ("신청", "예약", "상담", "문의", "견적")
_REQUEST_BUTTON = re.compile(
    rf"(?:[{SYLLABLES}]{{1,8}}\s){{0,3}}[{SYLLABLES}]{{0,6}}(?:{'|'.join(_REQUEST_NOUNS)})"
    r"(?:\s[A-Za-z][A-Za-z '’]{1,24})?")


def _request_button(w: Where) -> bool:
    """labels40: after the article began (a paragraph or a line labelled body above), a Korean line of four words or
    fewer closed by the noun of a request (:data:`_REQUEST_BUTTON`: ``무료 상담 신청``, ``네이버 예약``, ``카카오톡 견적
    문의``), an English button after it or not (``체험 레슨 신청 Book a trial``): the label table's navigation (a
    button), as ``예약하기`` is. Late in the table: a heading over its form, its text or its data (``예약 신청`` over
    the fields, ``신청 How to register`` over a paragraph) is read by the heading rules before it; before the rule of
    short lines in the article (a button of five words after a paragraph)."""
    text = w.line.text
    if len(text) > 40 or not any(noun in text for noun in _REQUEST_NOUNS):
        return False
    return (w.seen_body or w.index > w.first_prose) and _REQUEST_BUTTON.fullmatch(text) is not None


_VERB_BUTTON = re.compile(rf"(?:[{SYLLABLES}]{{1,8}}\s){{0,3}}[{SYLLABLES}]{{0,6}}[{SYLLABLES}]\s?[하보]기"
                          r"(?:\s*\([^()]{1,20}\))?")


def _verb_button(w: Where) -> bool:
    """labels55: after the article began, a Korean line of four words or fewer closed by a verb's noun form as a
    button says it, ``…하기`` or ``…보기`` (``채팅하기``, ``신고하기``, ``지도 크게 보기``), a bracketed note after
    it or not (``시험 정보 더 보기 (포인트 10 차감)``): navigation, as ``예약하기`` is in the label table. Late in the
    table, as :func:`_request_button`: a heading over its text (``12월 프로그램 돌아보기``) is read before."""
    text = w.line.text
    if len(text) > 40 or "기" not in text:
        return False
    return (w.seen_body or w.index > w.first_prose) and _VERB_BUTTON.fullmatch(text) is not None


# --- labels27: set s's misses as shapes (docs/log/blocks.md, "labels27 branch") ---------------------------------------

_FORM_FIELD = re.compile(
    r"(?:(?:your|first|last|full|given|family|company|business)\s+)?"
    r"(?:name|e-?mail(?:\s+address)?|(?:mobile\s+|cell\s+)?phone(?:\s+number)?|telephone|(?:mobile|cell)(?:\s+number)?|address|"
    r"(?:zip|postal)\s+code|postcode|city|message|comments?|subject|organi[sz]ation|company|date\s+of\s+birth|"
    r"password|number\s+of\s+(?:guests|people|tickets|attendees)|preferred\s+(?:date|time))"
    r"|이름|성명|성함|연락처|(?:휴대\s*(?:폰|전화)|전화|핸드폰)(?:\s*번호)?|이메일(?:\s*주소)?|주소|생년월일|소속|"
    r"문의\s*내용|제목|비밀번호|희망\s*(?:날짜|일자|일시|시간)|참가\s*인원|인원"
    # labels44: whose or which the field is, one or two words before its noun (Boat name and type, Policy number,
    # Number of rooms, 보호자 이름, 반려동물 이름, 희망 진료일, 요청 사항)
    r"|(?:[A-Za-z'’-]+\s+){1,2}(?:name|number|e-?mail|phone)(?:\s+and\s+[a-z]+)?|number\s+of\s+[a-z]+"
    rf"|[{SYLLABLES}]{{1,6}}\s?(?:이름|성명|연락처|전화번호|주소)|희망\s*[{SYLLABLES}]{{1,4}}(?:일|일자|날짜|시간|일시)"
    rf"|(?:[{SYLLABLES}]{{1,6}}\s)?(?:(?:및\s)?(?:[{SYLLABLES}]{{1,4}}\s)?)?요청\s?사항",
    _I)
"""labels27: a form's field label (Name, Phone, Email address, Your message; 이름, 연락처, 이메일 주소)."""
_SPACED_STAR = re.compile(r"\S\s\*$")
_REQUIRED_OR_COLON = re.compile(r"\s?\*\s*$|[^\s:：][:：]\s*$")
_LABEL_CHARS = re.compile(rf"[A-Za-z{SYLLABLES}][A-Za-z{SYLLABLES} '’-]*")
_NOTED_LABEL = re.compile(
    rf"[A-Za-z{SYLLABLES}][A-Za-z{SYLLABLES} '’-]{{0,40}}\([A-Za-z{SYLLABLES} /'’-]{{1,30}}\)\s\*")
"""labels35: a field's label with a bracketed note, closed by a spaced required mark (``Moving from (ZIP code) *``)."""
_CHECKBOX = re.compile(r"\s*(?:\[\s?[xX✓✔]?\s?\]|[☐☑☒])\s*\S")
"""labels35: a form's checkbox opening the line (``[ ] Full packing service``, ``☐ 개인정보 수집에 동의합니다``); no
``□``, a Korean document's heading mark (``□ 주요 대책``)."""
_FIELD_MARKS = re.compile(r"\s*(?:\*|\((?:required|optional|필수|선택)\)|[:：])\s*$", _I)
_FORM_VERB = re.compile(
    r"(?:send|submit|reserve|book|request|apply|register|sign\s+up|join|subscribe|donate|rsvp|confirm|continue|"
    r"enrol+|get|claim|save|schedule|contact)\b[\w\s'’-]{0,24}"
    r"|보내기|전송|제출(?:하기)?|등록(?:하기)?|확인|완료|"
    rf"[{SYLLABLES}\s]{{0,8}}(?:신청|예약|접수|문의|참가|가입|등록|전송|제출)\s*(?:하기|완료)?",
    _I)
"""labels27: a form's button, a verb that sends what was filled in (Send request, Reserve my spot, Submit; 보내기,
신청하기, 제출)."""


def _form_field(line: _Line) -> bool:
    """labels27: a form's field label alone on its line (:data:`_FORM_FIELD`), with a required mark, its state
    or a colon (``Email address *``, ``연락처(필수)``): four words or fewer, no value after it; labels35: or a
    checkbox and what it agrees to or asks for (:data:`_CHECKBOX`), a sentence or not."""
    if len(line.text) <= 120 and _CHECKBOX.match(line.text) is not None:
        return True
    if len(line.text) > 40 or line.words > 6:
        return False
    core = _FIELD_MARKS.sub("", line.core).strip()
    if not core:
        return False
    if _FORM_FIELD.fullmatch(core) is not None:
        return line.words <= 4
    # labels28: any short label closed by a required-field star or a colon alone, in one language or two (회사명
    # Company name *, 국가 Country *, Preferred session:): no figure, no sentence, no mark inside
    return (_REQUIRED_OR_COLON.search(line.core) is not None and len(core.split()) <= 5 and _DIGIT.search(core) is None
            and _LABEL_CHARS.fullmatch(core) is not None)


def _form_button(line: _Line) -> bool:
    """labels27: a form's button: a verb that sends the form and up to three words more, no stop, no figure
    (:data:`_FORM_VERB`)."""
    text = line.core.strip()
    return (len(text) <= 30 and line.words <= 4 and text[-1:] not in ".:;,?!"
            and (not line.digit or _DIGIT.search(text) is None) and _FORM_VERB.fullmatch(text) is not None)


def _form_field_line(w: Where) -> bool:
    """labels27: after the headline, a form's field label (:func:`_form_field`) next to another one or over its
    button (:func:`_form_button`): the fields of a form to fill in (``Name`` / ``Phone`` / ``Email``, ``Email
    address`` over ``Reserve my spot``; ``이름`` / ``연락처``): data lines of a form, the label table's ``other``, no
    menu (a share bar's ``Email`` stands among platforms, no field next to it)."""
    if not (w.seen_headline or w.seen_body) or w.in_related or not _form_field(w.line):
        return False
    if _CHECKBOX.match(w.line.text) is not None:
        return False  # labels35: a checkbox is the form-box rule's (a field next to it is this rule's)
    if _SPACED_STAR.search(w.line.text) is not None and any(
            0 <= j < len(w.lines) and _form_field(w.lines[j]) for j in (w.index - 2, w.index + 2)):
        return True  # labels32: starred fields with an optional one between them (Your name * / Organization / Email *)
    before = w.lines[w.index - 1] if w.index else None
    after = w.next
    return ((before is not None and _form_field(before)) or (after is not None and _form_field(after))
            or (after is not None and _form_button(after)))


_CHOICE_MARK = r"(?:[○◯◉☐☑☒❍]|\(\s?[•·xX✓✔]?\s?\)|\[\s?[xX✓✔]?\s?\])"
_CHOICES = re.compile(
    rf"(?:[^○●◯◉☐☑☒❍(\[]{{1,60}}?\s)?(?:{_CHOICE_MARK}\s+(?P<item>[^○●◯◉☐☑☒❍(\[]{{1,30}}?)\s*){{2,8}}")
_CHOICE_MARK_SPACED = re.compile(rf"{_CHOICE_MARK}\s")
_CHOICE_ITEM = re.compile(rf"{_CHOICE_MARK}\s+([^○●◯◉☐☑☒❍(\[]{{1,30}}?)(?=\s*(?:{_CHOICE_MARK}|$))")
"""labels44: a form's choices on one line, each opened by a radio button or a box (``○ 강아지 ○ 고양이 ○ 기타``,
``Stairs? ( ) Elevator ( ) Stairs ( ) Ground floor``), a question or a field's label before them or not."""


def _form_choices(w: Where) -> bool:
    """labels44: two to eight choices of a form on one line, each opened by a radio button or an empty box and four
    words or fewer (:data:`_CHOICES`): a form's field, the label table's ``other``; an answer scale of the page's
    feedback (매우만족 … ○ …) is the widget rule's, and not read here; above the headline, and with filled bullets
    (``● 정치 ● 외교``), a line of items is a menu (this rule is read before the related lists'
    heading, which took ``○ Dog ○ Cat ○ Other`` for one by its word). Masked names (``이○○``) put no space after the
    mark and are not read."""
    text = w.line.text
    if not (w.seen_headline or w.seen_body) or w.in_related or len(text) > 160:
        return False
    # the marks most lines lack, searched first: the whole line's pattern only then
    if _CHOICE_MARK_SPACED.search(text) is None or _CHOICES.fullmatch(text) is None:
        return False
    items = _CHOICE_ITEM.findall(text)
    return (len(items) >= 2 and all(len(item.split()) <= 4 and not ends_sentence(item) for item in items)
            and not widget(text))


def _form_submit(w: Where) -> bool:
    """labels27: a form's button (:func:`_form_button`) within two lines under a field label (:func:`_form_field`):
    what sends the form (``Send request``, ``Reserve my spot``, ``신청하기``): navigation, as the label table's
    buttons are. The same verb over the fields is the form's heading (``Request a tour`` over ``Name``)."""
    if w.in_related or not _form_button(w.line):
        return False
    return any(0 <= j < len(w.lines) and _form_field(w.lines[j]) for j in (w.index - 1, w.index - 2))


# --- labels35: set w's misses as shapes (docs/log/blocks.md, "labels35 branch") ---------------------------------------


def _form_box(w: Where) -> bool:
    """labels35: after the headline, a form's checkbox (:data:`_CHECKBOX`: ``[ ] Piano or safe``, ``☐ 개인정보 수집
    및 이용에 동의합니다``) or a field's label closed by a spaced required mark (``Preferred moving date *``, ``Moving
    from (ZIP code) *``), next to another field or a checkbox or over the form's button (as :func:`_form_field_line`):
    the form's data lines, the label table's ``other``. A rule of its own, so that the layer, which was never trained
    on it, keeps its label (:data:`~bilingual.page.label_layer.KEEP_UNSEEN_RULES`)."""
    text = w.line.text
    if not (w.seen_headline or w.seen_body) or w.in_related:
        return False
    if _short_label(w.line) and w.seen_body and _form_run_below(w.lines, w.index):
        return True  # labels35: a label alone in a run of a form's fields (체험 희망일 / … / 연락처 / [ ] …)
    if _CHECKBOX.match(text) is None and (text[-1:] != "*" or _SPACED_STAR.search(text) is None or not (
            _form_field(w.line) or _NOTED_LABEL.fullmatch(text) is not None)):
        return False

    def field(line: _Line) -> bool:
        return _form_field(line) or _NOTED_LABEL.fullmatch(line.text) is not None

    before = w.lines[w.index - 1] if w.index else None
    after = w.next
    return ((before is not None and field(before)) or (after is not None and field(after))
            or (after is not None and _form_button(after)))


def _short_label(line: _Line) -> bool:
    """labels35: a field's label alone without its mark (``체험 희망일``, ``인원 (성인 / 어린이)``, ``Pickup window``):
    four words or fewer and 24 characters or fewer without a bracketed note, no figure, colon, bar or sentence, no
    button."""
    # the note's pattern ends on a closing bracket (``line.core`` is stripped at its end): on any other line, which is
    # most of a page, the pattern's scan of the whole line is spared (perf53)
    core = (_TRAILING_NOTE.sub("", line.core) if line.core[-1:] in ")]" else line.core).strip()
    return (0 < len(core) <= 24 and len(core.split()) <= 4 and not line.digit
            and not any(mark in line.text for mark in ":：|") and not ends_sentence(core)
            and core[-1] not in ".!?" and not _form_button(line) and _LETTER.search(core) is not None)


def _form_run_below(lines: Sequence[_Line], index: int) -> bool:
    """labels35: from ``lines[index]`` down, a run of fields' labels (:func:`_form_field`, :func:`_short_label`), one
    of them a field's label by its word (``연락처``, ``Email``) and two or more in all, closed by a checkbox or the
    form's button (:func:`_form_button`): a form's fields."""
    named = 0
    for count, line in enumerate(lines[index:index + 8]):
        if _CHECKBOX.match(line.text) is not None or _form_button(line):
            return named > 0 and count >= 2
        if _form_field(line):
            named += 1
        elif not _short_label(line):
            return False
    return False


def _form_title(w: Where) -> bool:
    """labels48: after the headline, a button's words (a request's verb or noun, ``Apply now``, ``무료 견적
    신청``) right over two of a form's fields (:func:`_form_field`: ``Full name *`` / ``Student ID *``, ``이름`` /
    ``연락처``) and under no field, no button's ending (``신청하기``, as the form-heading rule says): the heading
    of the form (the label table's headline over a block of data lines), not a button, which stands under its
    fields or beside the text. Seen in sets z and ae (a repair shop's quote form, a radio station's application
    form); before the widget rule, which reads the words alone as a button."""
    line = w.line
    i = w.index
    if (not (w.seen_headline or w.seen_body) or w.in_related or len(line.text) > 30 or line.words > 5 or line.digit
            or i + 2 >= len(w.lines) or ends_sentence(line.text) or _form_field(line)
            or _BUTTON_VERB_END.search(line.text)):  # 창업 상담 신청하기 over 이름 / 연락처: a button, set v's
        return False
    if not (_form_field(w.lines[i + 1]) and _form_field(w.lines[i + 2])) or (i and _form_field(w.lines[i - 1])):
        return False
    text = line.text
    if _form_button(line) or widget(text):
        return True
    return any(noun in text for noun in _REQUEST_NOUNS) and _REQUEST_BUTTON.fullmatch(text) is not None


def _form_heading(w: Where) -> bool:
    """labels35: after the article's first paragraph, a request's verb or its noun and a few words (``Request a
    tour``, ``예약 신청``), no button's ending (``신청하기``, ``Book now →``), right over a form's fields
    (:func:`_form_run_below`): the form's heading, as the form-submit rule says of the same verb over the fields."""
    line = w.line
    if not w.seen_body or w.in_related or w.next is None or not _form_button(line) \
            or _BUTTON_VERB_END.search(line.text) or _ICON.search(line.text):
        return False
    return _form_run_below(w.lines, w.index + 1)


_HANDLE_COMMENT = re.compile(r"(?:[💬🗨↳└]\s*)?(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,23})[:：]\s+(?P<said>\S.{5,300})")
"""labels35: a reader's comment opened by a handle and a colon (``dalesman62: Bought my …``, ``Kirsty_W: Will …``)."""


def _handle_comment(w: Where) -> bool:
    """labels35: after the article's first paragraph, a reader's comment opened by a user's handle and a colon
    (:data:`_HANDLE_COMMENT`), under a list of other stories or not: the handle one word with a digit or an underscore
    in it or all in lower case (no field's label: ``Note:``, ``Source:`` are capitalised words), what follows three
    words or more and no link, no contact. The label table's ``other`` (a reader's comment under the text)."""
    text = w.line.text
    if not w.seen_body or len(text) > 320 or (":" not in text[:27] and "：" not in text[:27]):
        return False
    m = _HANDLE_COMMENT.fullmatch(text)
    if m is None:
        return False
    handle, said = m["handle"], m["said"]
    if not (re.search(r"[0-9_]", handle) and re.search(r"[A-Za-z]{2}", handle)) and not handle.islower():
        return False
    if handle.lower() in ("http", "https", "www", "tel", "fax", "email", "e-mail", "mailto", "note", "source"):
        return False
    return len(said.split()) >= 3 and "://" not in said and not _contact_number(said)


_REVIEWER = re.compile(
    r"(?:[가-힣]{1,8}\s+){0,3}[가-힣][*＊○]{1,3}\s*(?:님|고객(?:님)?)?"
    r"|[A-Z][a-z]+(?:\s[A-Z]\.)?\s+from\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z][a-z]?[*]{2,}")
"""labels42: a customer's name as a review gives it: masked (``김** 님``, ``부산 해운대구 박○○``, ``J***``) or a first
name and a hometown (``Priya from Leeds``)."""


def _review_comment(w: Where) -> bool:
    """labels42: after the article's first paragraph, a customer's review opened by the customer's name as reviews
    give it (:data:`_REVIEWER`) and a colon, what they wrote three words or more: the label table's ``other`` (a
    review or comment under the text), not a paragraph of the article (a dialogue's speaker is no masked name)."""
    text = w.line.text
    if not w.seen_body or w.in_related or len(text) > 320:
        return False
    head, colon, said = text.partition(":")
    if not colon:
        head, colon, said = text.partition("：")
    return (bool(colon) and _REVIEWER.fullmatch(head.strip()) is not None and len(said.split()) >= 3
            and not _contact_number(said))


_DAY_HEADING = re.compile(
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?\s+(?:\d{1,2}/\d{1,2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)|"
    r"(?:\d{1,2}월\s*\d{1,2}일|\d{1,2}[/.]\d{1,2}\.?)\s*\((?:월|화|수|목|금|토|일)\))"
    r"\s+[—–-]\s+(?P<title>\S.{1,70})", _I)
"""labels35: a day with its date, a dash and a title (``Mon 12/7 — Jam Session Night``, ``12월 7일(월) – 재즈 잼
데이``)."""
_CLOCK_OPENS = re.compile(rf"(?:{_CLOCK}|\d{{1,2}}\s*[ap]\.?\s?m\.?|(?:오전|오후|밤)\s*\d{{1,2}}시)\s*[—–-]?", _I)


def _day_heading(w: Where) -> bool:
    """labels35: after the headline, a day with its date, a dash and a title of ten words or fewer with no figure and
    no sentence (:data:`_DAY_HEADING`), right over an entry opened by a clock time (``8:30 p.m. — House trio …``):
    the heading of that day's entries (the label table's headline row: the heading of a list of data lines below it).
    A day's line over another day's line is an entry of a schedule (``Saturday, July 11 — 9:00 a.m. …``: other)."""
    if not (w.seen_headline or w.seen_body) or w.in_related or len(w.line.text) > 100 or w.next is None:
        return False
    m = _DAY_HEADING.fullmatch(w.line.core)
    if m is None:
        return False
    title = m["title"].strip()
    if (len(title.split()) > 10 or _DIGIT.search(title) or title[-1] in ".:;,!?" or ends_sentence(title)
            or _SENTENCE_INSIDE.search(title)):
        return False
    return _CLOCK_OPENS.match(w.next.core) is not None and _DAY_HEADING.fullmatch(w.next.core) is None


def _heading_over_table(w: Where) -> bool:
    """labels35: after the article's first paragraph, a section's heading (:func:`_heading_shape`; a pair of names
    joined by ``·`` too: ``Prices · 가격``, ``가래떡·기름 가격``) right after a data line (a row between bars, a
    timeline's entry) and over a table of two rows or more with as many cells between bars (``품목 | 가격`` / ``가래떡
    … | 45,000원``): the next table's heading, which :func:`_section_heading` leaves when the line above is a list's
    item and the table below has two cells (the label table's headline row: the heading of a table between two
    tables)."""
    line = w.line
    if not w.seen_body or w.in_related or w.index == 0 or w.index + 2 >= len(w.lines) or "|" in line.text:
        return False
    if w.previous != "other" or line.text.count("·") > 1 or not _heading_shape(_lines(line.text.replace("·", " "))[0]):
        return False
    row, row2 = w.lines[w.index + 1], w.lines[w.index + 2]
    cells = _bar_cells(row.text)
    return ("|" in row.text and cells >= 2 and "|" in row2.text and _bar_cells(row2.text) == cells
            and not row.text.lstrip().startswith("|"))


# --- labels28: set t's misses as shapes (docs/log/blocks.md, "labels28 branch") ---------------------------------------

_FIELD_NOUN = re.compile(
    rf"(?P<key>[{SYLLABLES}]{{0,4}}(?:기간|시간|일시|일자|기한|장소|등급|번호|대상|요금|가격|인원|정원|방법|위치|주최|주관|"
    rf"규모|자격|연령|소요|좌석))\s+(?P<value>\S.{{0,80}})")
_PAGE_DATE_KEY = re.compile(r"(?:게시|등록|작성|수정|입력|공고|배포|발행|보도|승인)\s*일")
"""labels28: a Korean field without its colon, a short field noun then its value (관람기간 2026.04.01 ~ …, 관람등급
전체관람가, 공고번호 제2026-112호, 장소 창경궁 (…))."""


def _field_noun(w: Where) -> bool:
    """labels28: a Korean key-value field written without a colon (:data:`_FIELD_NOUN`): the key a short noun of a
    field (…기간, …시간, …번호, 장소, 가격), the value no sentence and no date's label of the page's own (게시일시,
    등록일자: the dateline's); with a figure in the value or another such field right above or below (a box of
    fields under a title): the label table's ``other``."""
    text = w.line.core
    if len(text) > 100 or w.in_related or _SPACED_BAR.search(text):  # 주최 … | 주관 … | (address): particulars
        return False
    found = _FIELD_NOUN.fullmatch(text)
    if found is None or _PAGE_DATE_KEY.search(found["key"]):
        return False
    value = found["value"]
    if ends_sentence(value) or ends_sentence(value, bare_predicate=True) or _SENTENCE_INSIDE.search(value):
        return False
    if _DIGIT.search(value):
        return True
    return any(0 <= j < len(w.lines) and _FIELD_NOUN.fullmatch(w.lines[j].core) is not None
               and _DIGIT.search(w.lines[j].core) is not None for j in (w.index - 1, w.index + 1))


_EFFECTIVE_EN = re.compile(
    rf"(?:[A-Za-z][\w'’-]*\s+){{1,4}}(?:(?:are|is|will\s+be|become)\s+)?(?:effective|valid|applicable|in\s+(?:effect|force)|"
    rf"appl(?:y|ies)|take\s+effect)\s+(?:from|as\s+of|on|until|through|to)\s+(?:{_DATE})(?:\s*\(.{{1,30}}\))?\.?", _I)
_EFFECTIVE_KO = re.compile(
    rf"(?:[{SYLLABLES}]{{1,8}}\s+){{0,3}}(?:{_DATE})\s*(?:부터|이후)\s*(?:적용|시행)(?:됩니다|\s*예정)?\.?|"
    rf"(?:[{SYLLABLES}]{{1,8}}\s+){{0,2}}(?:적용|시행)\s*(?:기준)?\s*(?:일|일자)\s*[:：]?\s*(?:{_DATE}).{{0,12}}")
"""labels29: when a price list, a rule or a timetable takes effect, no colon (``Prices effective from 1 March 2026``,
``요금 2026년 3월 1일부터 적용``, ``적용일 2026.03.01``): a date of the thing described, a field (``other``), as
the label table's dateline row says of ``Effective date: …``."""


_RELEASE_DATE = re.compile(
    r"(?:for\s+immediate\s+release|embargo(?:ed)?\b|보도\s*(?:시점|일시|시각)|엠바고)\s*[:：]?\s*.{0,100}", _I)


def _release_date(w: Where) -> bool:
    """labels28: a release's time, dated or not (the label table's dateline row, settled by labels25): For immediate
    release, Embargoed until …, 보도시점 : …, 배포 : … (:data:`_RELEASE_TIME`); without its colon, with a date (보도시점
    2026. 8. 18.(화) 11:00 이후)."""
    text = w.line.core
    if len(text) > 120:
        return False
    if _RELEASE_TIME.fullmatch(text) is not None:
        return True
    return _RELEASE_DATE.fullmatch(text) is not None and _DIGIT.search(text) is not None


_BILINGUAL_PAIR = re.compile(
    rf"(?P<en>[A-Za-z][A-Za-z&'’-]*(?:\s[A-Za-z&'’-]+)?)\s+(?P<ko>[{SYLLABLES}]{{1,8}}(?:\s[{SYLLABLES}]{{1,8}})?)"
    rf"|(?P<ko2>[{SYLLABLES}]{{1,8}}(?:\s[{SYLLABLES}]{{1,8}})?)\s+(?P<en2>[A-Za-z][A-Za-z&'’-]*(?:\s[A-Za-z&'’-]+)?)")
"""labels27: a menu item written in both languages, one or two words each (``About 문화원 소개``, ``Programs
프로그램``, ``공지사항 Notice``)."""


def _bilingual_word(line: _Line) -> bool:
    """labels29: a word or two written in both languages and nothing else, no figure, colon or e-mail (``Contact
    연락처``, ``문의 Inquiries``): a menu's item, no contact line."""
    text = line.text
    return (line.words <= 3 and bool(line.hangul) and _LATIN_WORD.search(text) is not None
            and not _DIGIT.search(text) and not any(mark in text for mark in ":：@"))


_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]{1,60}[)\]]\s*$")
_HEADING_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)]|[①-⑳]|[가나다라마바사아자차카타파하][.)]|[IVX]{1,4}\.)\s+")
_NOT_IN_HEADING = re.compile(r"[\"“”:：|/·•▲▼△▽]|\s[-–—]\s")
_LONE_FIGURE = re.compile(r"(?<!\S)[-+]?\d[\d.,:/–~-]*(?:%|원|명|개|pm|am|p\.m\.|a\.m\.)?(?!\S)", _I)
"""labels27: a figure standing alone among a line's words (``5.13``, ``2019``, ``4–8 pm``, ``9,500원``): a data
line's, no heading's (a heading's figure is joined to its word: ``1일차``, ``Q1``, ``FY2025``)."""
_LINK_ACTION = re.compile(
    r"(?:download|share|join|subscribe|sign\s+(?:in|up)|log\s+in|view|see|read|watch|listen|follow|print|back\s+to)\b"
    r"|.*(?:공유|다운로드|내려받기|검색어)", _I)
"""labels27: a link's or a widget's verb opening the line (``Download images (ZIP, 18 MB)``, ``Join the conversation``,
``Share 공유 f X``) or its word in Korean anywhere (``기사 공유 페이스북 …``, ``실시간 검색어``): chrome, no heading."""
_BUTTON_VERB_END = re.compile(r"(?:하기|보기|쓰기|받기|가기)\W*$")
_CIRCLED_ANSWER = re.compile(r"[①②③④⑤]|\(\s?\)")
"""labels36: a quiz's numbered answers or a form's blank to tick (``( ) Elevator``)."""


_ACTION_START = re.compile(
    r"(?:download|subscribe|share|report|become|join|sign\s+(?:in|up|this|the|our|a|an|my)|log\s+in|view|see|watch|"
    r"listen|follow|print|register|apply|book|donate|renew|request|find|get|visit|browse|explore|read|leave|write|post|"
    r"add|submit|send|buy|purchase|complete|pay|manage|track|continue|schedule|save|reserve)\s+\S",
    _I)  # labels30: submit … complete; labels38: sign this …, continue … reserve
"""labels29: a link's or a button's verb opening a line (``Download images …``, ``Report a swarm online``)."""


def _action_link(w: Where) -> bool:
    """labels29: after the article's last long paragraph, a link or a button by its shape: an English line of two to
    six words opened by a link's verb (:data:`_ACTION_START`), no stop, colon or quotation, or one to three Korean
    words closed by a verb's noun form (:data:`_BUTTON_VERB_END`: ``지원하기``, ``댓글 쓰기``); not under a data line
    (a quiz's ``정답 확인하기``: the quiz's) nor over a form's field or a data line (``Request a tour`` over ``Name``:
    their heading)."""
    line = w.line
    if w.in_related or len(line.text) > 60 or line.words > 6:
        return False
    if w.index <= w.last_prose and (line.hangul or w.index <= w.first_prose):
        return False  # labels38: among the paragraphs, English lines after the first only (_button_between_paragraphs)
    text = line.core.strip()
    if not text or text[-1] in ".:：?!\"”," or _NOT_IN_SUBHEADING.search(text):
        return False
    if line.hangul:
        shaped = line.words <= 3 and not _LATIN_WORD.search(text) and (
            _BUTTON_VERB_END.search(text) is not None or _KO_BUTTON_END.search(text) is not None)
    else:
        shaped = line.words >= 2 and _ACTION_START.match(text) is not None
    if shaped and w.index <= w.last_prose and not _button_between_paragraphs(w):
        return False  # labels38: among the article's paragraphs, only a button over no paragraph
    # under a form's or a quiz's line, the form's own; over a form's fields or data lines, their heading
    return (shaped and (w.previous != "other" or _under_data_not_form(w))
            and not (w.next is not None and (_form_field(w.next) or _data_below(w))))


def _under_data_not_form(w: Where) -> bool:
    """labels36: a link's or a button's line under a data line that is no form's nor a quiz's (a schedule's entry, a
    match's field, an opening hour, a comment): the page's button after its data (``Sign up to volunteer`` under a
    bazaar's timetable, ``댓글 쓰기`` under the comments), where the line above holds no field's label, checkbox, slash
    between fields, question, circled answer or blank to fill."""
    above = w.lines[w.index - 1]
    text = above.text
    return not (_form_field(above) or _form_button(above) or "?" in text or "/" in text or "☐" in text
                or "[ ]" in text or "___" in text or _CIRCLED_ANSWER.search(text) is not None)



_ARABIC_NUMBER = re.compile(r"\s*(\d{1,2})\.\s+\S")
"""labels36: a section's number, a dot and its title (``2. 신청 자격``): the numbering a notice's sections share."""



def _deck_over_byline(w: Where) -> bool:
    """labels36: right under the headline, before any body line, right over the writer's byline or the page's date
    (:func:`_byline`, :func:`_dateline`; not an event's labelled date), one or two sentences of forty words or fewer
    that the prose rule would read as the text: the headline's deck (``Preservationists want the cranes kept as
    landmarks. The port authority wants the land back.`` over ``By …``), with a paragraph of the text below them: not
    the article's first paragraph, which the byline and the date stand above."""
    if (w.previous != "headline" or w.seen_body or w.in_related or w.line.words > 40 or w.next is None
            or w.index > w.first_prose or w.last_prose <= w.index + 1):  # the text follows the byline
        return False
    if (not _is_prose(w.line) or (w.before_article and _is_title_like(w.line))
            or len(_SENTENCE_INSIDE.findall(w.line.text.rstrip())) > 1):
        return False  # only a line the prose rule would take (the deck's rule reads the others)
    below = w.next
    if _byline(below):
        return True
    # a page's date, not an event's field (Date: Saturday, … over Time: …)
    return _dateline(below) and not (_DATE_LABEL_COLON.match(below.text) is not None
                                     and _OWN_DATE_LABEL.match(below.text) is None)



_SIGNATURE = re.compile(
    r"(?-i:[가-힣()\s]){2,40}?(?:\(?\s*직\s?인\s?생\s?략\s*\)?$"
    r"|(?:조합장|학교장|교장|위원장|대표이사|회장|이사장|원장|청장|시장|군수|구청장|총장|단장|관장)\s+(?-i:[가-힣]){2,4}$"
    # labels44: an office's head alone, the office's kind before the title (한빛마을 관리사무소장, 해솔초등학교장,
    # …복지관장): a notice's sign-off; a person's title alone (이장, 회장) is not read
    r"|(?-i:[가-힣]){2,}(?:사무소장|학교장|센터장|복지관장|도서관장|병원장|의원장)$"
    # labels45: a county's, a district's or a province's head by the office (가온군수, 해솔구청장, …도지사, …교육감)
    r"|(?:군수|구청장|도지사|교육감)$)")
"""labels36: a notice's signature: the issuer and its head, closed by the seal's mark (``… 대표이사 윤석진 (직인생략)``,
``청솔초등학교장 (직인생략)``) or by the head's title and name (``…노동조합 위원장 오재석``)."""


def _issuer_signature(w: Where) -> bool:
    """labels36: after the article's last long paragraph, a Korean line of forty characters or fewer with no figure:
    the issuer and its head signing the notice (:data:`_SIGNATURE`); an office alone (``홍성농업협동조합장``,
    ``관기리 이장``) is not read (the writers labelled it either way), but labels44: an office's head by the office's
    kind is (``…관리사무소장``, ``…초등학교장``: three writers' bylines), a figure in the issuer's name or not.
    labels45: also right under the notice's bare date (:func:`_bare_date_line`) wherever it stands, a county's or a
    district's head (``가온군수``) and a sign-off set out in spaces (``새 솔 고 등 학 교 장``) included; the spaces
    removed, the sign-off meets :data:`_SIGNATURE` as written solid (``한솔중학교장``, one syllable before
    ``중학교장``, does not)."""
    text = w.line.text
    if len(text) > 40 or not w.line.hangul:
        return False
    if w.index <= w.last_prose and not (w.index > 0 and _bare_date_line(w.lines[w.index - 1])):
        return False
    if _SPACED_SYLLABLES.fullmatch(text) is not None:  # labels45: 새 솔 고 등 학 교 장, a sign-off set out in spaces
        text = text.replace(" ", "")
    # labels44: a figure glued to the issuer's name (3단지, 2동) is part of it; any other figure rules the line out
    if w.line.digit:
        text = _NUMBERED_PLACE.sub("", text)
        if _DIGIT.search(text) is not None:
            return False
    return _SIGNATURE.fullmatch(text) is not None


_LETTER_CLOSING = re.compile(
    r"(?:yours\s+(?:sincerely|faithfully|truly)|(?:very\s+)?(?:sincerely|faithfully|respectfully)(?:\s+yours)?"
    r"|(?:with\s+)?(?:kind|kindest|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|with\s+thanks"
    r"|with\s+best\s+wishes|all\s+the\s+best)\s*[,.!]?", re.I)
"""labels46: a letter's closing formula alone on its line (``Yours sincerely,``, ``Kind regards,``, ``Best wishes``):
part of the letter (body, as the salutation is), the signer's lines under it (:func:`_letter_signer`)."""


def _comma_greeting(line: _Line) -> bool:
    """labels52: a letter's salutation or closing by its shape, whatever its words: a short English line (one to six
    words, 40 characters or fewer, no digit, no colon, bar or dot between items) closed by a comma (``Hi everyone,``,
    ``See you at pickup,``, ``Dear Ms Okafor,``, ``Cheers,``). Every such line of the fixtures is body (9 of 9 when
    it was written, set ai's two among them); a link or a button is not closed by a comma."""
    text = line.text.rstrip()
    return (text.endswith(",") and not line.hangul and not line.digit and 1 <= line.words <= 6 and len(text) <= 40
            and not any(mark in text for mark in ":|·•"))
_KO_SENDER = re.compile(r"(?-i:[가-힣A-Za-z0-9·()\s]){2,30}\s(?:드림|올림)\.?")
"""labels46: a Korean letter's sender line (``3학년 2반 담임 윤하람 드림``, ``솔빛마을 주민 일동 올림``)."""


def _letter_signer(w: Where) -> bool:
    """labels46: one of the two lines right under a letter's closing formula (:data:`_LETTER_CLOSING`), each short
    and no sentence (no closing stop, question or exclamation mark, at most eight words): the signer's name and role
    (``Mrs J. Pettigrew`` / ``School Nurse, Westbrook Community Health Team``), bylines as the writer's sign-off is;
    or, after the article's text, a Korean sender's line closed by 드림 or 올림 (:data:`_KO_SENDER`)."""
    if w.line.hangul and w.index > w.first_prose and _KO_SENDER.fullmatch(w.line.text) is not None:
        return True
    for back in (1, 2):
        if w.index - back < 0:
            return False
        above = w.lines[w.index - back]
        if _LETTER_CLOSING.fullmatch(above.text) is not None or (w.index - back > w.first_prose
                                                                 and _comma_greeting(above)):
            return all(_signer_shape(ln) for ln in w.lines[w.index - back + 1:w.index + 1])
    return False


def _signer_shape(line: _Line) -> bool:
    """A short line that is no sentence: a signer's name or role."""
    text = line.text
    return len(text) <= 70 and line.words <= 8 and text[-1] not in ".!?:" and "@" not in text and "|" not in text


_SPACED_SYLLABLES = re.compile(r"(?:[가-힣] ){3,}[가-힣]")
_BARE_DATE = re.compile(r"\d{4}\s*(?:년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|[.-]\s*\d{1,2}\s*[.-]\s*\d{1,2}\s*\.?)")


def _bare_date_line(line: _Line) -> bool:
    """labels45: a Korean notice's or letter's date alone on its line (``2026년 12월 7일``, ``2026. 12. 4.``): the
    issuer signs right under it wherever the two stand (closing the preamble of a notice whose items follow, or over
    a consent form), not only after the last paragraph."""
    return len(line.text) <= 16 and _BARE_DATE.fullmatch(line.text) is not None


_NUMBERED_PLACE = re.compile(r"\d{1,3}(?=(?:단지|차|동|지구|블록)(?![가-힣]))")
"""labels44: a complex's or a block's number inside an issuer's name (``푸른숲마을 3단지 관리사무소장``)."""



_DATED_SCENE = re.compile(r"(?:지난\s?)?\d{1,2}일\s(?-i:[가-힣A-Za-z0-9'‘’“”\"·,()\s-]){10,110}고\s?있다\.")
"""labels36: a Korean photo's scene by its day (``29일 서귀포시 법환포구에서 … 물질 시연을 하고 있다.``)."""
_TRAILING_BRACKET = re.compile(r"\s*\[[^\]]{1,40}\]$")


def _dated_scene(w: Where) -> bool:
    """labels36: after a line of the article's text, outside a list of other stories, one Korean sentence opened
    by its day (``29일``, ``지난 13일``) and closed by a scene going on (``…고 있다.``), a bracketed credit after it or
    not: a photo's caption inside the text (the text's own sentences tell what happened: ``…꺼졌다.``)."""
    return w.seen_body and not w.in_related and w.line.hangul > 0 and _dated_scene_shape(w.line.text)


def _dated_scene_shape(text: str) -> bool:
    """:data:`_DATED_SCENE` on one sentence of 160 characters or fewer, a bracketed credit after it or not."""
    if len(text) > 160 or not (text[:1].isdigit() or text.startswith("지난")):
        return False
    core = _TRAILING_BRACKET.sub("", text)
    return _DATED_SCENE.fullmatch(core) is not None and _SENTENCE_INSIDE.search(core[:-1]) is None


def _numbered_heading(w: Where) -> bool:
    """labels36: inside the article, a section's number, a dot and a heading's shape (:func:`_heading_shape`: ``2. 신청
    자격``, ``1. 매입 가격 (40kg 조곡 기준)``, ``3. 회의목적사항``), over a line that is not numbered so (the section's
    text, table or lettered items) and with no numbered heading of its own shape right above or below (a list of
    short items numbered in a row is a list: ``1. …`` over ``2. …``); only where ``list-in-article`` would read it
    (the headings other rules read keep their rule)."""
    number = _ARABIC_NUMBER.match(w.line.text)
    if number is None or not w.seen_body or w.in_related or w.index == 0 or not w.short:
        return False
    below = w.next
    if below is None or _ARABIC_NUMBER.match(below.text) is not None:
        return False
    above = w.lines[w.index - 1]
    if _ARABIC_NUMBER.match(above.text) is not None and (_heading_shape(above) or ":" not in above.text):
        return False  # the list's next item (a numbered field above, 1. 일시: …, is no item of a list)
    return _heading_shape(w.line) and _list_in_article(w)  # only a line the list's rule would take



def _under_numbered_heading(w: Where) -> bool:
    """labels36: right under a numbered section's heading (``2. 신청 자격``, read a heading), a line of the section's
    text that is no field (no colon, no bar)."""
    if w.previous != "headline" or not w.seen_body or ":" in w.line.text or "|" in w.line.text:
        return False
    return _ARABIC_NUMBER.match(w.lines[w.index - 1].text) is not None


def _heading_shape(line: _Line) -> bool:
    """labels27: a section's heading by its shape: without its number (``2.``, ``①``, ``가.``) and a bracketed note at
    its end (``(절임배추 20kg 기준)``, ``(8월 27일 목요일 / Thursday, August 27)``), one to six words and forty
    characters or fewer, a letter in it, no closing stop, question, colon, bar, slash or quotation, no figure at its
    end and no sentence (``예방 수칙``, ``준비물 What to bring``, ``1일차 일정``, ``Acknowledgements``)."""
    if len(line.text) > 100:
        return False
    core = _TRAILING_NOTE.sub("", line.core)
    core = _HEADING_NUMBER.sub("", core, count=1).strip()
    if (not core or len(core) > 40 or len(core.split()) > 6 or _LETTER.search(core) is None
            or max(map(len, core.split())) < 2 or _LINK_ACTION.match(core) or _related_after_hint(core)):
        return False
    if (core[-1] in ".:;,。?!'’)" or _NOT_IN_HEADING.search(core) or _ENDS_IN_DIGIT.search(core)
            or _LONE_FIGURE.search(core) or _BUTTON_VERB_END.search(core)):
        return False
    return not _is_short_sentence(line) and not ends_sentence(core) and not _form_button(line)


def _repeated_heading(w: Where) -> bool:
    """labels45: inside the article, a line a menu above the headline holds too (``Fees``, ``Our doctors``,
    ``Prices``: a clinic's or a shop's sections), with a heading's shape (:func:`_heading_shape`), right over a
    paragraph of prose or a data line, not right under a line read as navigation (a menu printed again at the foot):
    the heading of the section the menu links to, where ``repeated-short`` read a menu's line (three such headings
    in sets aa and ab)."""
    after = w.next
    if (not w.seen_body or w.in_related or w.previous == "navigation" or w.line.words > 5 or after is None
            or w.short_counts[duplicate_key(w.line.core)] < 2 or not _heading_shape(w.line)):
        return False
    key = duplicate_key(w.line.core)
    first = next(i for i, line in enumerate(w.lines) if line.words <= 5 and duplicate_key(line.core) == key)
    if first >= w.index or first >= w.first_prose:
        return False  # the first of the copies is no menu's line above the article
    return _is_prose(after) or _data_below(w)


def _bare_item(line: _Line) -> bool:
    """labels27: a list's item alone on its line: eight words or fewer, no colon, bar or sentence (``여권 Passport``,
    ``고춧가루 1.2kg``, ``Name``)."""
    return (line.words <= 8 and len(line.text) <= 60 and ":" not in line.text and "：" not in line.text
            and "|" not in line.text and not ends_sentence(line.text))


def _data_below(w: Where) -> bool:
    """The line below is a data line by the rules (:data:`_DATA_RULES`), or a run of rows between bars
    (:func:`_bar_run`), its units line between or not (as :func:`_heading_over_data` reads it)."""
    index = w.index + 1
    if index + 1 < len(w.lines) and _units_line(w.lines[index]):  # labels25: the table's units between its title
        index += 1
    if _bar_run(w.lines, index):  # labels25: rows of two cells (A사 | 21.4) that no data rule reads
        return True
    mark = _ROW_SEPARATOR.search(w.line.text)
    if mark is not None and mark.group() in w.lines[index].text:
        return False  # labels29: a row of the list over the next (Week 2 (Mar 9) — …), no heading of it
    below = Where(w.lines, index, w.lines[index], "headline", w.first_prose, w.short_counts, False,
                  True, True, w.last_prose, w.faq_page)
    for rule in RULES:
        if rule.applies(below):
            if rule.name in _DATA_RULES:
                return True
            if rule.name in ("fallback", "nav-separated"):  # labels29: rows no data rule reads, the heading no row
                return mark is None and (_parallel_rows(w.lines, index) or _flow_line(w.lines[index]))
            return False
    return False


_ROW_SEPARATOR = re.compile(r"\s[—–→-]\s|[:：]\s|\|")
"""labels29: what divides a data line's two parts: a spaced dash or arrow, a colon, a bar."""


_FLOW_ARROW = re.compile(r"\s[→➔➜⇒]\s")


def _flow_line(line: _Line) -> bool:
    """labels29: three steps or more between arrows, no sentence (``서류전형 → 인적성검사 → 1차 면접 → …``): a process
    written as one data line."""
    return (len(line.text) <= 200 and len(_FLOW_ARROW.findall(line.text)) >= 2 and not ends_sentence(line.text)
            and not _is_long_prose(line))


def _parallel_rows(lines: Sequence[_Line], index: int) -> bool:
    """labels29: ``lines[index]`` and the line under it are rows of one list that no data rule reads: each short and
    no paragraph, divided by the same mark (a spaced dash, a colon, a bar: ``Weeks 28–34 — Enroll online …`` /
    ``Delivery day — …``; ``남자 단식 1부: 우승 …`` / ``여자 단식 1부: …``), or a table's head between bars (its first
    cell empty, ``| Van Aalst | Halloran``, or no figure in it, ``Area | Collector | Phone``) over a row of as many
    cells, one more or less."""
    if index + 1 >= len(lines):
        return False
    first, second = lines[index], lines[index + 1]
    if any(len(line.text) > 120 or _is_long_prose(line) for line in (first, second)):
        return False
    if "|" in first.text:
        cells = _bar_cells(first.text)
        return cells >= 2 and "|" in second.text and abs(_bar_cells(second.text) - cells) <= 1
    marks = [m.group().strip() or m.group() for m in (_ROW_SEPARATOR.search(line.text) for line in (first, second))
             if m is not None]
    return len(marks) == 2 and marks[0] == marks[1] and not any(_is_short_sentence(line) or ends_sentence(line.text)
                                                                for line in (first, second))


_SITE_NAME_MAX = 60
"""labels33: how long a site's or an organisation's name above the headline may be (``Embassy of the Republic of
Korea in New Zealand``)."""
_SITE_NAME_LOOK = 8
"""labels33: how many lines under a site's name its menu, breadcrumb and section tags may take before the title."""


def _rule_below(w: Where, index: int, seen: dict[int, Rule | None]) -> Rule | None:
    """labels33: the first rule before ``site-name`` that applies to ``lines[index]`` above the headline (the line
    above navigation, no headline seen, no body), ``None`` if none does; remembered in ``seen`` (one look down the
    page asks it of a line twice)."""
    if index in seen:
        return seen[index]
    below = Where(w.lines, index, w.lines[index], "navigation", w.first_prose, w.short_counts, False, False, False,
                  w.last_prose, w.faq_page)
    found = None
    for rule in RULES:
        if rule.name == "site-name":
            break
        if rule.name == "crumb-title":
            continue  # labels37: the page's title by its breadcrumb is the title this look is for
        if rule.applies(below):
            found = rule
            break
    seen[index] = found
    return found


def _title_below(w: Where, menus: int = 0, seen: dict[int, Rule | None] | None = None) -> int | None:
    """labels33: the index of the page's title under a site's name: past the menu's, breadcrumb's and section tags'
    lines (navigation by the rules, or one or two words), the first line that no rule before ``site-name`` reads, a
    title's shape, longer than the name; ``None`` if the lines under the name are no menu over a title (``menus=1``:
    the menu's lines may be none)."""
    index = w.index + 1
    seen = {} if seen is None else seen
    while index < min(w.first_prose, w.index + 1 + _SITE_NAME_LOOK, len(w.lines)):
        line = w.lines[index]
        rule = _rule_below(w, index, seen)
        if (rule is not None and rule.label == "navigation") or (rule is None and (
                line.text.rstrip().endswith(("▼", "▾")) or _COUNTED_CATEGORY.fullmatch(line.text))):
            menus += 1  # labels34: a dropdown (마을 선택: … ▼), a board's category with its count (국내여행 (128))
        elif menus and rule is not None and (rule.label == "dateline" or rule.name in _FIELD_UNDER_MENU
                                             or rule.name == "contact-label"):
            pass  # labels34: the page's date, issue or number between the menu and the title (Winter 2026 issue);
            # labels35: or the shop's phone line (☎ 033-… / 010-…)
        elif (rule is None and line.words <= 2 and len(line.text) <= 20) \
                or ((rule is None or rule.label == "footer") and _menu_item_run(w, index, seen)):
            pass  # a section's tag alone (Local, 날씨), an item of a vertical menu (Things to Do, About Us over News)
        elif rule is not None:
            return None  # a byline, a date, a field, a paragraph: no menu's line
        elif _is_title_like(line) and line.words > 2 and not line.text.rstrip().endswith(("▼", "▾")) \
                and (len(line.text) > len(w.line.text)
                     or (menus and not w.line.digit and "," not in w.line.text)):
            return index if menus else None
        else:
            return None
        index += 1
    return None


_COUNTED_CATEGORY = re.compile(r"[^\d()]{2,24}\s*\(\s*[\d,]{1,6}\s*\)")
"""labels34: a board's or a blog's category with the count of its posts (``국내여행 (128)``, ``카테고리 전체보기
(214)``, ``Recipes (42)``): a menu's line."""
_FIELD_UNDER_MENU = frozenset({"field-noun", "effective-date", "field-line", "document-number"})
"""labels34: the rules of a notice's number or a price list's date between the menu and the title (``공고번호 제2026-
112호``, ``Prices effective from 1 March 2026``); labels45: the notice's number has a rule of its own."""


def _menu_item_run(w: Where, index: int, seen: dict[int, Rule | None]) -> bool:
    """labels33: ``lines[index]`` is an item of a vertical menu under a site's name: four words or fewer, no figure,
    no sentence (``Donate Blood``, ``Things to Do``, ``국제처 소개 About``), and so is the line under it, or the
    menu's bar or breadcrumb is."""
    def item(line: _Line) -> bool:
        return (line.words <= 4 and len(line.text) <= 30 and not line.digit
                and not ends_sentence(line.text) and ":" not in line.text)
    if not item(w.lines[index]) or index + 1 >= min(w.first_prose, len(w.lines)):
        return False
    below = _rule_below(w, index + 1, seen)
    return (below is not None and below.label == "navigation") or (below is None and item(w.lines[index + 1]))


def _named_at_foot(w: Where) -> bool:
    """labels33: the line is named again after the article began, in a copyright line or opening the publisher's
    line (``<저작권자 © 완산신문 …>``, ``Hollis & Reed Used Books · 214 Canal Street …``): the site's name."""
    name = w.line.text.strip()
    if len(name) < 4:
        return False
    pattern = re.compile(re.escape(name), _I)
    for line in w.lines[max(w.index + 3, w.first_prose):]:
        found = pattern.search(line.text)
        if found is None:
            continue
        if _COPYRIGHT_CUE.search(line.text) is not None \
                or (found.start() == 0 and _PUBLISHER_AFTER_NAME.match(line.text, found.end()) is not None):
            return True
    return False


_PUBLISHER_AFTER_NAME = re.compile(
    r"\s*[|·,–—(]\s*\S|\s+is\s+(?:a|an|the|published)\b|[은는]\s|\s*(?:의\s*)?(?:다른\s*(?:글|기사|소식)|(?:기사\s*)?제보)",
    _I)
"""labels33: what follows a site's name opening a line of the page's foot: its particulars after a bar, a dot or a
comma (``금강타임즈 | 충남 공주시 …``, ``Hollis & Reed Used Books · 214 Canal Street``), what it is (``Harlow Science
Center is a 501(c)(3) …``, ``Westbrook Magazine is published …``), its other posts or its tip line (``알립니다 다른
글``, ``KNB 뉴스 제보 전화 …``); not a story's title alone in a list."""


_COPYRIGHT_CUE = re.compile(r"copyright|©|ⓒ|\(c\)|all\s+rights\s+reserved|저작권|무단\s*(?:전재|복제)", _I)


_SECTION_PAIR = re.compile(r"[가-힣]{1,6}\s?[·ㆍ&/]\s?[가-힣]{1,6}|[A-Z][a-z]{1,11}\s?[&/]\s?[A-Z][a-z]{1,11}")
"""labels33: a section's tag of two names joined by a dot, an ampersand or a slash (문화·체육, Eat & Drink)."""


def _section_pair(w: Where) -> bool:
    """labels33: above the article and any headline, a section's tag of two one-word names (:data:`_SECTION_PAIR`)
    over the site's menu lines or the page's title (:func:`_title_below`)."""
    return (not w.seen_headline and w.in_top and len(w.line.text) <= 27
            and _SECTION_PAIR.fullmatch(w.line.text.strip()) is not None and _title_below(w, 1) is not None)


_MENU_PAGE = re.compile(r"(?:about|contact)\s+us|company\s+info(?:rmation)?|(?:회사|기관|센터|학교)\s*소개|오시는\s*길",
                        _I)
"""labels33: a link to a site's own page that the footer rule reads as a legal link (``About Us``, ``회사소개``)."""


def _site_name(w: Where) -> bool:
    """labels33: the first title-like line above the article (the line the headline rule would take) is the site's
    or the organisation's name, not the page's title: ten words or fewer, over the site's menu or breadcrumb and
    then a longer title (:func:`_title_below`), or named again at the page's foot (:func:`_named_at_foot`) with a
    longer title under it. The label table's navigation row (site chrome)."""
    line = w.line
    if w.seen_headline or not w.in_top or len(line.text) > _SITE_NAME_MAX or line.words > 10 \
            or not _is_title_like(line) or ends_sentence(line.text):
        return False
    seen: dict[int, Rule | None] = {}
    if _title_below(w, 0, seen) is not None:
        return True
    title = _title_below(w, 1, seen)
    if title is None:
        return False
    # an item of a vertical menu that began above it (Home / About the Orchard / Volunteer …), or named at the foot;
    # labels34: or a company's or an office's newsroom by its name (Keyward Newsroom, 한빛전자 뉴스룸) over a title
    # twice as long
    return ((w.previous == "navigation" and _menu_item_run(w, w.index, seen)) or _named_at_foot(w)
            or (_NEWSROOM_NAME.fullmatch(line.text.strip()) is not None
                and len(w.lines[title].text) >= 2 * len(line.text)))


_NEWSROOM_NAME = re.compile(
    rf"(?:[A-Z][\w&'’.-]*|[{SYLLABLES}]+)(?:\s+(?:[A-Z][\w&'’.-]*|[{SYLLABLES}]+))?\s+"
    r"(?i:newsroom|news\s*room|press\s*room|press\s+(?:centre|center|office)|media\s+(?:centre|center|room)|"
    r"뉴스룸|보도자료실|홍보실|프레스\s*센터)")
"""labels34: a company's or an office's newsroom named as a site's header, its name of one or two words (``Keyward
Newsroom``, ``Hanbit Press Center``, ``한빛전자 뉴스룸``)."""


def _name_and_menu(w: Where) -> bool:
    """labels34: above the article and any headline, the site's name and its menu on one line, between bars or runs
    of spaces (``대학신문 The University Weekly | 보도 | 학술 | 여론``, ``MINISTRY OF OCEANS AND FISHERIES   About
    News   Policy``): the name, up to six words, then two items or more that a menu bar's test takes (short, in one
    language or both; no figure, field or legal link), over a title-shaped line; the menu bar's test alone refuses
    the line for its long first item."""
    text = w.line.text.strip()
    if w.seen_headline or not w.in_top or len(text) > _MAX_CHROME or w.next is None \
            or not _is_title_like(w.next) or ends_sentence(text):
        return False
    items = [item.strip() for item in (re.split(r"\s+\|\s+", text) if "|" in text else _WIDE_GAP.split(text))]
    if len(items) < 3 or not all(items):
        return False
    name, menu = items[0], items[1:]
    return (len(name) <= 40 and 2 <= len(name.split()) <= 6 and _DIGIT.search(name) is None
            and not any(_FIGURE_ITEM.fullmatch(item) or _KEY_VALUE.fullmatch(item) or _LEGAL_ITEM.fullmatch(item)
                        or _DIGIT.search(item) for item in menu)
            and all((len(item) <= 24 and len(item.split()) <= 3)
                    or (len(item) <= 48 and _BILINGUAL_ITEM.fullmatch(item) is not None) for item in menu))


_SECTION_UNDER_MENU_WORDS = 4
"""labels34: how many words a section's name, a category or a button under the site's menu may have (``Research
News``, ``학사공지``, ``Book Appointment``, ``국내여행 (128)``)."""


_COLUMN_TAG = re.compile(r"\s*[\[【〔<＜《]\s*[^\]】〕>＞》]{1,12}[\]】〕>＞》]\s*\S")
"""labels34: a column's or a series' tag in brackets before the words of a title (``[책꽂이] 바다를 건넌 편지들``)."""


def _section_under_menu(w: Where) -> bool:
    """labels34: above the article and any headline, a short line right under a line the rules read as navigation
    (a menu bar, a breadcrumb, chrome, the site's name): four words or fewer, no sentence, over the page's title, a
    longer title-shaped line (:func:`_title_below`, the menu's lines between or not): the section's name, the board's
    category or a button of the menu (``Menu`` / ``Research News`` / title, ``HOME > 커뮤니티 > 학사공지`` /
    ``학사공지`` / title); the label table's navigation row. Its own line is shorter than the title it stands over
    by half at least (a page's short title over a longer deck is twice as long at most: ``Seoul Fashion Week: five
    looks that stole the show`` over its deck stays the headline)."""
    line = w.line
    if w.seen_headline or not w.in_top or w.previous != "navigation" or line.words > _SECTION_UNDER_MENU_WORDS \
            or len(line.text) > 30 or ends_sentence(line.text) or not _is_title_like(line) \
            or _COLUMN_TAG.match(line.text) is not None:
        return False  # (a line not title-like is the menu-item rule's; a column's tag opens a title: [책꽂이] …)
    title = _title_below(w, 1)
    return title is not None and len(w.lines[title].text) >= 2 * len(line.text)


def _heading_here(w: Where, after: _Line) -> bool:
    """What :func:`_section_heading` asks of a line before it looks around it (labels38: and
    :func:`_heading_under_button`): after the headline, outside a list of other stories, a heading's shape, no line
    repeated on the page, no list's item over the next and no deck under the headline."""
    if w.in_related or not (w.seen_headline or w.seen_body) or not _heading_shape(w.line):
        return False
    if w.short_counts[duplicate_key(w.line.core)] > 1:
        return False
    if _LIST_MARKER.match(w.line.text) and _LIST_MARKER.match(after.text):
        return False  # an item of a numbered or bulleted list over the next (1. Two cups … / 2. 200 grams …)
    # under the headline a deck's or a writer's line: the deck rule's, the layer may read it
    return not (w.in_top and _is_title_like(w.line))


_QUANTITY_START = re.compile(
    r"[$£€₩]\s?\d|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?-i:[a-z])", _I)
"""labels47: a line opened by a price or by a count of things (``$22 per visit``, ``One photographer``, ``40 metal
coins``): a package's, a card's or a price list's line (a data line, the label table's other), no section's heading."""


def _section_heading(w: Where) -> bool:
    """labels27: after the headline, a section's heading (:func:`_heading_shape`) over what it heads, whatever is
    above it (a table's last row, a field, a date, a paragraph): a data line (a table, a timeline, fields:
    ``1일차 일정`` over ``10:00 – …``, ``Division Two table`` over its rows); or a paragraph of prose, the line above
    no list's item (``예방 수칙`` after a table, ``Summary`` after the dates); or, inside the article, a list of two
    items or more (``준비물 What to bring`` over ``여권 Passport``, ``Request a tour`` over ``Name``), the line above no
    item of a list itself. The label table's headline row (a subheading, the heading of a table or a list of data lines
    below it); a button's verb (``Become a member``) is the widget rule's."""
    after = w.next
    if after is None or not _heading_here(w, after):
        return False
    if w.line.words <= 8 and _QUANTITY_START.match(w.line.text) is not None:
        return False  # labels47: a price or a count opens a card's line (One photographer, $22 per visit): data
    before = w.lines[w.index - 1] if w.index else None
    # labels29: a picture's credit or caption above is no list's item (그래픽=… 기자 over 우리 집은 얼마나)
    # labels38: nor is a button or a widget above (BOOK NOW over Notice), the page's notice on itself not below (a
    # board's 목록 List over its translation clause)
    item_above = before is None or (_bare_item(before) and w.previous != "caption"
                                    and (w.previous != "navigation" or _whole_text_notice(after.text))
                                    # labels36: an entry with its figures above a heading without any (Friday, Jan. 1
                                    # – Closed over Winter break) is no item of the heading's own list
                                    and not (w.previous == "other" and before.digit
                                             and not w.line.digit
                                             and _ACTION_START.match(w.line.text) is None))
    if _data_below(w) and (not item_above or _bar_cells(after.text) >= 3):
        return True
    if w.previous == "headline" or item_above:
        return False
    if _is_prose(after):
        return True
    after2 = w.lines[w.index + 2] if w.index + 2 < len(w.lines) else None
    return (w.seen_body and after2 is not None and _bare_item(after) and _bare_item(after2)
            and not any(_TAGGED_TITLE.match(item.text) for item in (after, after2)))  # [리뷰] …: stories' titles


_EXCHANGE_CUE = re.compile(
    r"\bQ\s*&\s*A\b|\binterview|인터뷰|대담|일문일답|문답|묻고\s*답|^\W{0,3}ask\s+(?:the|a|an|our)\s+\w+|\banswered\s+by\b|"
    r"transcript|briefing|브리핑|녹취", _I)
"""labels27: what a page of an exchange calls itself (an interview, a Q&A column, a reader's question to a doctor, a
briefing's transcript): its questions are turns of the exchange (the label table's body), not an FAQ's headings."""


def _unnamed_faq(lines: Sequence[_Line]) -> bool:
    """labels27: a page that names itself no FAQ but holds one: a question opened by Q and closed by a question mark
    with its answer opened by A on the line below (an organization's page: a hiring notice, a tool library's rules, a
    dormitory's notice), and no line of it names an exchange (:data:`_EXCHANGE_CUE`: an interview, a Q&A column)."""
    pair = any(len(line.text) <= 200 and line.text.rstrip().endswith(("?", "？"))
               and _FAQ_QUESTION.fullmatch(line.text) is not None and _FAQ_ANSWER.match(following.text) is not None
               for line, following in pairwise(lines))
    return pair and not any(len(line.text) <= 160 and _EXCHANGE_CUE.search(line.text) is not None for line in lines)


# --- labels38: kinds of misses that recur in three sets or more (docs/log/blocks.md, "labels38 branch") ---------------


_KO_BUTTON_END = re.compile(r"(?:찾기|다운로드)\W*$")
"""labels38: a Korean button closed by a finder's or a download's word (``가까운 매장 찾기``, ``멤버십 앱 다운로드``),
read by :func:`_action_link` only (the other readers of :data:`_BUTTON_VERB_END` keep theirs)."""


def _button_between_paragraphs(w: Where) -> bool:
    """labels38: among the article's paragraphs, where :func:`_action_link` reads a button only if this holds: after
    the first long paragraph, an English line with no bar, slash or star (no form's or table's line), over a line that
    is no paragraph of the text (a caption, a heading, a file to download, a related list's heading) or over the
    page's notice on itself (``Buy a Range Card`` over a photo's caption, ``Become a member`` over ``Tools are used at
    your own risk …``). Over a paragraph the same words are a subheading's (``Check the beat first``, ``Book swap
    table``)."""
    line, after = w.line, w.next
    if w.index <= w.first_prose or line.hangul or after is None or any(mark in line.text for mark in "|/*"):
        return False
    return not _is_prose(after) or _whole_text_notice(after.text)


_PROMPT_OPENERS = ("enter ", "type ", "drag ", "drop ")
_FORM_PROMPT = re.compile(
    r"(?:enter|type)\s+(?:your|an?|the)\s+[^.!?:;]{2,60}"
    r"|(?:drag|drop)\s+(?:and\s+drop\s+)?[^.!?:;]{1,50}?\shere\b[^.!?:;]{0,30}"
    rf"|[{SYLLABLES}A-Za-z0-9 ]{{1,30}}?\s?(?:입력|선택|첨부)(?:하세요|해\s?주세요|해\s?주십시오)"
    r"(?:\s*[\[(][^\])]{1,20}[\])])?", _I)
"""labels38: a form's prompt written in its box: what to type or where to drop a file (``Enter your street address or
ZIP code``, ``Drag a PDF, JPG or PNG here, or browse``, ``이메일 주소를 입력하세요 [무료 구독하기]``)."""


_WRITER_CREDIT = re.compile(
    rf"(?P<credit>{_KO_CREDIT})\s+(?P<who>[{SYLLABLES}]{{2,10}})(?P<rest>(?:\s+[^\s\d]{{1,20}}){{0,5}})")
_WRITER_WORDS = ("글", "취재", "정리", "대담", "인터뷰")
_NOT_A_WRITER = re.compile(r"목록|쓰기|수정|삭제|등록|작성|읽기|보기|왼쪽|오른쪽|위|아래|가운데|제공")


def _writer_credit(line: _Line) -> bool:
    """labels38: a writer's credit opened by its word and a space, no ``=`` (``글 서유나 영화평론가``, ``글 윤다혜
    (국악평론가)``, ``글 정다인 기자 / Jung Da-in``, ``글·사진 민서영 트래블픽 에디터``): the credit names who wrote the
    text (글, 취재, 정리, 대담 or 인터뷰 among its words: a picture's credit alone is the caption's), then a name or a
    team, then at most five words with no figure and no sentence (a title, a role, the name in Latin letters). The
    label table's byline row (a writer's credit in any order); not a board's button (``글 목록``, ``글쓰기``) nor a
    picture's place (``사진 왼쪽부터 …``)."""
    text = line.text
    if len(text) > 60 or not line.hangul or not text.lstrip().startswith((*_WRITER_WORDS, "사진")):
        return False
    found = _WRITER_CREDIT.fullmatch(line.core.strip())
    if found is None or not any(word in found.group("credit") for word in _WRITER_WORDS):
        return False
    return (_NOT_A_WRITER.search(found.group("who") + found.group("rest")) is None and not ends_sentence(text)
            and text.rstrip()[-1:] not in ".?!")


def _heading_under_button(w: Where) -> bool:
    """labels38: a section's heading (:func:`_section_heading`) right under a line read as a button or a widget and
    right over a paragraph of the text that is no notice of the page on itself (``BOOK NOW`` over ``Notice`` over
    the terms, ``ADVERTISEMENT`` over ``When to say yes``): a rule of its own, before the section-heading rule, so
    that the layer, which was never trained on it, keeps its label (a heading under chrome is rare in its training)."""
    after = w.next
    return (w.previous == "navigation" and after is not None and _is_prose(after)
            and not _whole_text_notice(after.text)
            and not after.text.startswith(w.line.core)  # a name over its bio (Jessica Moon over Jessica Moon covers …)
            and _heading_here(w, after))  # over a paragraph, with a button above: what _section_heading says


def _one_word_title(title: str) -> bool:
    """labels38: a part's title of one word, a capital and four letters or more (``Part 2: Intermediate``, ``Step 3:
    Delivery``), read by :func:`_part_heading` as it reads a counted step's (``Step 2 of 3: Extras``)."""
    return len(title) >= 4 and title.isalpha() and title[0].isupper() and " " not in title


def _form_prompt(w: Where) -> bool:
    """labels38: after the headline, a form's prompt alone on its line, no sentence closed (:data:`_FORM_PROMPT`):
    a form's line, the label table's ``other`` (a field's label, its box and its button are the form's)."""
    line = w.line
    if len(line.text) > 100 or line.words > 14 or w.in_related or not (w.seen_headline or w.seen_body):
        return False
    core = line.core.strip()
    if not (("세요" in core or "십시오" in core)
            or (core[:1] in "EeTtDd" and core[:6].lower().startswith(_PROMPT_OPENERS))):
        return False  # the cheap test: most lines end here
    return _FORM_PROMPT.fullmatch(core) is not None


# --- labels39: set y's misses that recur in other sets (docs/log/blocks.md, "labels39 branch") ------------------------

_REVIEW = re.compile(
    r"(?P<stars>[★☆⭐]{3,5}\s*)?[\"“„「『][^\"“”」』]{8,300}[\"”」』]\s*[—–-]\s*"
    r"(?P<who>(?:[A-Z][a-z'-]+\s+(?:(?:and|&)\s+[A-Z][a-z'-]+\s+)?[A-Z]\.(?:,\s*[A-Z][\w .'-]{1,30})?)"
    r"|(?:[가-힣][*＊○◯Oo]{1,2}[가-힣]?|[가-힣]{2,4})\s*(?:님|고객님)(?:\s*\([^()]{1,20}\))?"
    r"|[^\"“”]{1,40})")
"""labels39: a customer's review on a business's page: a quoted sentence and, after a dash, its writer (``★★★★★ “…” —
Aisha R.``, ``"…" — Tom and Elise R., Cambridge``, ``★★★★★ "…" — 김*진 님``). With stars before it any writer; without,
a reviewer's name shaped as such (a first name and an initial, a Korean name masked or closed by 님): a pull quote
above the article (``"…" — 2025 volunteer James Kerr``) is the headline's deck."""


def _customer_review(w: Where) -> bool:
    """labels39: after the headline, a customer's review (:data:`_REVIEW`): a data line of the page (the label
    table's other, as a reader's comment), no paragraph of the text."""
    text = w.line.text
    if len(text) > 360 or text[:1] not in "★☆⭐\"“„「『" or w.in_related or not (w.seen_headline or w.seen_body):
        return False  # the cheap test: a review opens with its stars or its quote
    match = _REVIEW.fullmatch(text.strip())
    if match is None:
        return False
    if match.group("stars"):
        return True
    who = match.group("who")
    return re.fullmatch(r"[A-Z][\w ,.'&-]*[A-Z]\.(?:,[\w .'-]+)?|.*님(?:\s*\(.*\))?", who) is not None


_PAGER = re.compile(
    r"(?:[◀◁◄←‹«⟵<⇐⇦]\s*)?(?:previous|prev|이전)\b.{0,70}?(?:next|다음)\b.{0,70}?(?:\s*[▶▷►→›»⟶>⇒⇨])?", _I)
"""labels39: a page's links to the previous and the next page or post, with their titles or not (``◄ Previous | Next
►``, ``◁ Previous release | Next release ▷``, ``← Previous: … Next: … →``, ``◀ 이전 사진 | 다음 사진 ▶``)."""


def _pager(w: Where) -> bool:
    """labels39: the previous and next links (:data:`_PAGER`) between arrows, one opening or closing the line: the
    label table's navigation (a board's links to the previous and next post with their titles); labels44: or one of
    them alone (:data:`_PAGE_STEP`)."""
    text = w.line.text.strip()
    if len(text) > 160 or not (text[:1] in "◀◁◄←‹«⟵<⇐⇦" or text[-1:] in "▶▷►→›»⟶>⇒⇨"):
        return False  # the cheap test: an arrow at either end
    return _PAGER.fullmatch(text) is not None or (len(text) <= 30 and _PAGE_STEP.fullmatch(text) is not None)


_PAGE_STEP = re.compile(
    r"[◀◁◄←‹«⟵<]\s*(?:previous|prev|back|older|newer|이전|처음)(?:\s+(?:page|posts?|entries|results|페이지|글))?"
    r"|(?:next|older|newer|more|다음|이전)(?:\s+(?:page|posts?|entries|results|페이지|글))?\s*[▶▷►→›»⟶>]", _I)
"""labels44: one step through the pages alone on its line, its arrow pointing the way (``Next >``, ``‹ Previous``,
``Older posts »``, ``다음 페이지 ›``): the pager with one link (a board's first or last page)."""


_EVENT_CREDIT = re.compile(r"(?:주최|주관|후원|협찬|협력|기획)\s*[:：]?\s*\S.{0,40}")
"""labels42: an item of an event's credits, a Korean role then its holder (``주최 전주시``, ``후원: 한국관광공사``)."""


def _event_credits(w: Where) -> bool:
    """labels42: an event's credits between spaced bars or dots, two items or more, each a role and its holder
    (:data:`_EVENT_CREDIT`: ``주최 마포구 | 주관 망원상인회 | 후원 서울시``): the label table's ``other`` (a data line
    of the event's, as ``주최: … · 주관: …`` with colons is the ``field-line`` rule's), no menu."""
    text = w.line.core
    if len(text) > 160 or (" | " not in text and " · " not in text):
        return False
    items = [item.strip() for item in re.split(r"\s[|·]\s", text) if item.strip()]
    return len(items) >= 2 and all(_EVENT_CREDIT.fullmatch(item) for item in items)


def _registration_bar(w: Where) -> bool:
    """labels39: after the article's last paragraph, two or more items between spaced bars or dots, one a
    registration's or a licence's number (:data:`_REGISTRATION_ITEM`: ``GA Pest Control License #PCO-118733``,
    ``Company No. …``, ``VAT Reg. …``, ``학원등록번호 …``), no business's head beside it (:func:`_particulars_bar`'s):
    the operator's particulars, the label table's footer."""
    text = w.line.text
    if len(text) > 200 or w.index <= w.last_prose or (" | " not in text and " · " not in text):
        return False  # the cheap test: a spaced bar or dot at the page's foot
    if _REGISTRATION_ITEM.search(text) is None or _is_long_prose(w.line):
        return False
    return len([item for item in re.split(r"\s[|·]\s", text) if item.strip()]) >= 2


# --- labels43: a shop's or a booking page's fields and its review-count heading (docs/log/blocks.md, "labels43") ------

_PRICE = re.compile(
    r"(?:(?:sale\s+|our\s+)?price|now|판매가|할인가|정가|가격|요금)?\s*[:：]?\s*"
    r"(?:[£$€₩¥]\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:원|won|usd|gbp|eur))"
    r"(?:\s*\(\s*-?\d{1,2}\s?%\s*[↓▼]?\s*(?:off|할인)?\s*\))?", _I)
"""labels43: a price alone, its label before it or not (``£8.50``, ``판매가 2,390,000원``, ``할인가 1,899,000원
(21%↓)``)."""
_OPTIONS_LABEL = re.compile(
    r"(?:[가-힣]{1,6}\s?)?(?:선택|옵션)|(?:choose|select)\s+(?:a\s+|your\s+)?[a-z]+|"
    r"(?:colou?r|size|style|finish|capacity|색상|사이즈|크기|용량)s?\s*[:：]?", _I)
"""labels43: the label of a product's options bar (``색상 선택``, ``Size``, ``Choose a colour``)."""
_QUANTITY = re.compile(r"(?:수량|quantity|qty\.?)\s*[:：]?\s*(?:[-−–]\s*)?\d{1,3}(?:\s*[+＋])?(?:\s*개)?", _I)
"""labels43: a quantity's field and its figure (``수량 1``, ``Qty: 2``, ``Quantity - 1 +``)."""
_REVIEW_COUNT = re.compile(
    r"(?:[A-Za-z가-힣]+\s?){0,2}(?:reviews?|ratings?|리뷰|후기|상품평|구매평)\s*"
    r"(?:\(\s*[\d,]+\s*\)|[\d,]+\s*(?:건|개)?)", _I)
"""labels43: a review section's heading with its count (``Customer reviews (318)``, ``구매 리뷰 1,284건``)."""

_STEP_ITEM = re.compile(r"(?:선택|확인|보기|조회|하기|입력|결제)$|^(?:choose|select|check|view|enter|pay)\b", _I)
"""labels43: an item that is itself a step or an action (``회차 선택``, ``잔여석 확인``, ``Choose a time``): a
booking's steps bar (navigation), no choice of the product's."""


def _options_bar(text: str) -> bool:
    """labels43: a label (:data:`_OPTIONS_LABEL`) then two or more short choices between spaced bars (``색상 선택 |
    크림화이트 | 카밍베이지``), no sentence and no step of a booking (:data:`_STEP_ITEM`) in any."""
    items = [item.strip() for item in text.split(" | ")]
    return (len(items) >= 3 and _OPTIONS_LABEL.fullmatch(items[0]) is not None
            and all(0 < len(item) <= 24 and item[-1:] not in ".!?" and _STEP_ITEM.search(item) is None
                    for item in items[1:]))


def _shop_field(w: Where) -> bool:
    """labels43: between the page's title and its first paragraph, a product's or a booking's field by its shape: a
    rating with its count right under the title or under another of its data lines (:func:`rating_line`; labels53:
    under a price or a field as under the title; the same line at a business's foot is its widget, navigation), a
    price alone (:data:`_PRICE`), an options bar (:func:`_options_bar`) or a quantity (:data:`_QUANTITY`): the label
    table's ``other`` (a data line of the thing sold), no menu and no deck."""
    text = w.line.core.strip()
    if len(text) > 100 or not w.seen_headline or w.in_related or w.index >= w.first_prose:
        return False
    if text[:1] in "★☆⭐":  # right under the title or under another of the thing's data lines (a price, a field)
        return w.previous in ("headline", "other") and rating_line(text)
    return (_PRICE.fullmatch(text) is not None or _QUANTITY.fullmatch(text) is not None
            or (" | " in text and _options_bar(text)))


def _review_count_heading(w: Where) -> bool:
    """labels43: after the title, a review section's heading with its count (:data:`_REVIEW_COUNT`): the label
    table's navigation (a counter, as ``Comments (3)``), no section's headline."""
    text = w.line.core.strip()
    return (len(text) <= 40 and w.seen_headline and not w.in_related and text[-1:] in ")건개0123456789"
            and _REVIEW_COUNT.fullmatch(text) is not None)


RULES: tuple[Rule, ...] = (
    Rule("feedback", "navigation", 0.9, "a reader-feedback widget (a question and Yes / No): page chrome",
         lambda w: len(w.line.text) <= 120 and "?" in w.line.text and bool(_FEEDBACK.fullmatch(w.line.core)),
         "a question on the page with the answers to click after it: Was this article helpful? Yes / No, "
         "도움이 되었나요? 예 | 아니오 (a widget, like the survey scales of the widget rule)"),
    Rule("more-button", "navigation", 0.8, "a button that loads more of a list (Load more comments)",
         lambda w: len(w.line.text) <= 60 and _MORE_BUTTON.fullmatch(w.line.core) is not None,
         "a button that loads or shows the rest of the list above it: Load more, Load more comments, Show all 318 "
         "reviews, See all reviews, 댓글 더보기, 후기 더보기 (not a list of other stories' heading, nor its Read "
         "more)"),
    Rule("question-button", "navigation", 0.7, "a short question and the button that answers it (… ? 1:1 문의하기)",
         lambda w: len(w.line.text) <= 70 and _QUESTION_BUTTON.fullmatch(w.line.text) is not None,
         "a short question, then a button to ask or write to the site (원하는 답변을 찾지 못하셨나요? 1:1 문의하기, "
         "Still stuck? Contact us): page chrome; with a number or an address to call it is a contact line"),
    Rule("form-choices", "other", 0.7, "a form's choices on one line, each opened by a radio button or a box",
         _form_choices,
         "two to eight choices of four words or fewer, each opened by a radio button or an empty box, a question or "
         "a label before them or not (○ 강아지 ○ 고양이 ○ 기타, What are you seeing? ( ) Mice ( ) Rats ( ) Not sure): "
         "a form's field, no menu nor a list's heading (an answer scale of the page's feedback is the widget's)"),
    Rule("related-heading", "related", 0.95, "heading of a list of other stories",
         lambda w: w.short and not _caption(w.line) and not _POST_LINK.fullmatch(w.line.core)
         and (_related_heading(w.line.core)
              or (w.seen_body and len(w.line.text) <= 40 and _related_after_hint(w.line.core)
                  and bool(_RELATED_HEADING_AFTER.fullmatch(w.line.core)))
              or _related_list_shape(w) or _more_over_titles(w)),
         "a heading such as Latest Stories, Most Read, 관련기사 (the lines after it are its items); after the "
         "article's last paragraph, a short heading with a word of more or other (More darts, Other programs 다른 "
         "프로그램, 함께 읽으면 좋은 기사) over two or more stories' titles"),
    Rule("form-field", "other", 0.75, "a form's field label next to another or over its button",
         _form_field_line,
         "after the headline, a form's field label alone (Name, Phone, Email address *, 이름, 연락처(필수)) next to "
         "another or over the form's button: the form's data lines, no menu"),
    Rule("form-box", "other", 0.75, "a form's checkbox or starred field next to another field or its button",
         _form_box,
         "after the headline, a checkbox and what it asks ([ ] Full packing service, ☐ 개인정보 수집에 동의합니다) "
         "or a field's label closed by a spaced * (Moving from (ZIP code) *) next to another field or over the "
         "form's button"),
    Rule("form-submit", "navigation", 0.75, "a form's button under its fields", _form_submit,
         "within two lines under a form's field label, a verb that sends the form and a few words (Send request, "
         "Reserve my spot, 신청하기, 보내기): a button; the same verb over the fields is the form's heading"),
    Rule("quantity-stepper", "navigation", 0.75, "a quantity box with its minus and plus buttons (Quantity − 1 +)",
         lambda w: len(w.line.text) <= 30 and _STEPPER.fullmatch(w.line.core.strip()) is not None,
         "a quantity's label, a minus, a number and a plus on one line (Quantity − 1 +, 수량 - 1 +): a widget to "
         "click, not a field's value (Quantity: 1 is the shop-field rule's)"),
    Rule("shop-field", "other", 0.75, "a product's or a booking's field between its title and its text",
         _shop_field,
         "between the title and the first paragraph, a rating with its count right under the title or another of "
         "the thing's data lines (★★★★★ 4.7 (318 reviews)), a price alone (£8.50, 판매가 2,390,000원), an options "
         "bar after its label (색상 선택 | 크림화이트 | 카밍베이지) or a quantity (수량 1, Qty: 2): the thing sold's "
         "data lines"),
    Rule("review-count", "navigation", 0.75, "a review section's heading with its count",
         _review_count_heading,
         "after the title, a heading of reviews closed by their count (Customer reviews (318), 구매 리뷰 1,284건): "
         "a counter, as a comments section's head"),
    Rule("chrome", "navigation", 0.95, "site chrome (menu, skip link or widget text)",
         lambda w: w.short and (_nav(w.line) or (w.index > w.first_prose and _bilingual_chrome(w.line))),
         "a skip link, menu, search, share or font-size widget, in English or Korean; after the article's first "
         "paragraph, a Korean chrome word with its English beside it (목록 List, 검색 Search)"),
    Rule("form-title", "headline", 0.6, "a button's words right over a form's first two fields (the form's heading)",
         _form_title,
         "after the headline, a request's verb or noun as a button says it (Apply now, 무료 견적 신청), no figure, no "
         "sentence, no button's ending (신청하기), right over two of a form's field labels and under none: the "
         "form's heading"),
    Rule("widget", "navigation", 0.9, "a page widget by its shape (share bar, rating scale, filter, ad marker, button)",
         lambda w: w.short and (widget(w.line.text) or (w.line.core != w.line.text and widget(w.line.core))),
         "a line made of platform, share or font-size words (공유 카카오스토리 밴드 URL복사, Listen on: Spotify · "
         "YouTube, A+ A- Print); an answer scale's steps, after a question or alone (매우 그렇다 그렇다 보통이다 …); "
         "items closed by a dropdown arrow (정렬: 최신순 ▾); an ad marker between dashes or brackets in any language "
         "(- 광고 -, [AD]); a sign-in gate (Sign in to read …); a button (1:1 문의하기, Book now, See the full "
         "menu ›); Prev ▲ / Next ▼ with a title"),
    Rule("pager", "navigation", 0.85, "the links to the previous and the next page or post, between arrows",
         _pager,
         "Previous and Next (이전, 다음), their titles after them or not, an arrow opening or closing the line (◄ "
         "Previous | Next ►, ← Previous: … Next: … →, ◀ 이전 사진 | 다음 사진 ▶); one of them alone with its arrow "
         "(Next >, ‹ Previous, Older posts »)"),
    Rule("form-prompt", "other", 0.7, "a form's prompt in its box: what to type or where to drop a file",
         _form_prompt,
         "after the headline, a form's prompt alone on its line, no sentence: Enter your … , Type your …, Drag a … "
         "here, … 입력하세요, … 선택해 주세요, a button in brackets after it or not (Enter your street address or ZIP "
         "code, Drag a PDF, JPG or PNG here, or browse, 이메일 주소를 입력하세요 [무료 구독하기]): the form's line"),
    Rule("email-field", "other", 0.7, "an e-mail box of a form: its label or its placeholder alone on its line",
         lambda w: (w.seen_headline or w.seen_body) and len(w.line.text) <= 30
         and _EMAIL_FIELD.fullmatch(w.line.core.strip()) is not None,
         "after the headline, an e-mail box's label or placeholder alone (Your email address, Your work email, Email "
         "address *, 이메일 주소): a form's line, inside a list of other stories too (a sign-up box under it); not "
         "Email alone, a share button as often"),
    Rule("market-strip", "navigation", 0.8, "a strip of market figures above the headline (the site's ticker)",
         _market_strip,
         "above the headline, two or more items between bars or dots, each a name and a figure with its change "
         "(코스피 2,581.33 ▲12.40 | 코스닥 741.02 ▼3.11): the site's ticker, no table of the article"),
    Rule("alert-banner", "navigation", 0.75, "a site-wide alert banner above the page",
         _alert_banner,
         "above the headline, an alert's tag in capitals and a colon (WEATHER ALERT: …, TRAFFIC ADVISORY: …), or a "
         "Korean alert's tag in brackets closed by its link ([기상특보] … 한파경보 발효 중 – 특보 상세보기)"),
    Rule("video-link", "navigation", 0.8, "a link to a video with its running time (a player's)",
         _video_link,
         "Video:, Watch:, 영상: or [영상] and a title with its running time in brackets (Video: Crews trigger "
         "slides above Route 20 (1:42))"),
    Rule("reading-time", "navigation", 0.8, "a reading time alone on its line (a page's widget)",
         lambda w: len(w.line.text) <= 24 and _READING_TIME.fullmatch(w.line.core) is not None,
         "4 min read, 3분 읽기, 읽는 시간 2분 alone on the line (with a date it is the dateline's)"),
    Rule("department-contact", "byline", 0.85, "a release's department and contacts between bars",
         lambda w: ("|" in w.line.text or " / " in w.line.text or " · " in w.line.text)
         and department_contact(w.line.core),
         "담당부서 …, Department in charge: … and its contacts between bars (담당자 …, 전화 …), before the menu and "
         "footer rules; no address, no publisher's particulars"),
    Rule("contact-label", "byline", 0.8, "a contact line opened by its label (Call us:, 창업문의, KakaoTalk ID:)",
         _contact_label,
         "a line opened by a contact's label, a colon or not (Call us:, Call or text, Emergency line (24 hours):, "
         "KakaoTalk ID:, 창업문의, 예약 상담:, 문의 Contact:), then a phone number, an e-mail or a messenger's ID, "
         "more contacts between bars or dots; no sentence, no operator's particulars (the label table's byline row); "
         "written as a field (label and colon) among fields without a contact, a data line"),
    Rule("customer-review", "other", 0.7, "a customer's review: a quoted sentence and its writer after a dash",
         _customer_review,
         "after the headline, stars and a quoted sentence then a dash and its writer (★★★★★ “Fixed it the same "
         "day.” — Aisha R., ★★★★★ \"…\" — 김*진 님), or without stars a reviewer's name (\"…\" — Sarah T.): a data "
         "line of the page; a pull quote with a full name above the article is the headline's deck"),
    Rule("particulars-bar", "footer", 0.8, "a business's particulars between bars, with its registration number",
         _particulars_bar,
         "two or more items between bars or dots, one a registration number's label (사업자등록번호 …, "
         "학원등록번호: …, Registration No. …) and one the business's name or its head (상호: …, 대표: …, "
         "학원명: …, CEO …): the publisher's particulars, footer"),
    Rule("registration-bar", "footer", 0.75, "the operator's registration or licence number among its particulars",
         _registration_bar,
         "after the article's last paragraph, two or more items between spaced bars or dots, one a registration's or "
         "a licence's number (Peachtree Pest Solutions · GA Pest Control License #PCO-118733, … Ltd, 22 Bold Street, "
         "… · VAT Reg. GB …, … | 학원등록번호 제2014-17호): the publisher's particulars, footer"),
    Rule("table-header", "other", 0.75, "the head of a table written with bars (a data line, not prose)",
         lambda w: w.short and _table_header(w),
         "three or more cells between | right above a row with as many cells and two or more figures; or above a "
         "row of exactly as many with a figure or another such row under it, inside the article; or opened by "
         "구분, 항목, 번호, No. (Age | Vaccine | Dose, 구분 | 평일 | 주말)"),
    Rule("table-under-header", "other", 0.7, "a row of a table written with bars, under its head",
         lambda w: w.short and _under_table_header(w),
         "a row of as many cells between | under a table's head (the `table-header` rule), figures or not"),
    Rule("section-label", "navigation", 0.7, "the site's section above the headline (Arts | Exhibitions)",
         _section_label, "above the headline, two short items between spaced bars or slashes"),
    Rule("board-byline", "byline", 0.75, "a board's post line: its writer and its date together", _board_byline,
         "two to four items between bars or dots, one a date and one the writer's label or, after a name, a counter "
         "(작성자 … | 등록일 2026-01-05 | 조회수 31, 닉네임 · 2026.01.05. 10:12 · 조회 9, Writer: … | Date: …); or "
         "Posted <date> by <writer>"),
    Rule("event-credits", "other", 0.7, "an event's credits between bars: each role and its holder (a data line)",
         _event_credits,
         "two or more items between spaced bars or dots, each a Korean role of an event's credits and its holder "
         "(주최 전주시 | 주관 … | 후원 …): a data line, no menu"),
    Rule("nav-separated", "navigation", 0.9, "short items between separators (menu bar or breadcrumb)",
         lambda w: (_separated_items(w.line) or _section_menu(w.line)) and not _data_not_menu(w),
         "three or more short items between |, >, ·, • (Home | Politics | …, • News • Video), two after >"),
    Rule("source-line", "body", 0.7, "a table's source under its last row (its legend)", _source_line,
         "right under a table's row or a row of figures (a note between or not), its source: 자료: …, Source: …, "
         "기준 15:30 · 자료: … (the footer's at the page's foot)"),
    Rule("menu-page", "navigation", 0.7, "a site's own page in its menu above the title (About Us)",
         lambda w: not w.seen_headline and w.in_top and _MENU_PAGE.fullmatch(w.line.core) is not None,
         "above the article and any headline, a link to the site's own page alone on its line (About Us, Contact "
         "us, Company info, 회사소개, 오시는 길): a menu's item (at the foot it is the footer's)"),
    Rule("footer", "footer", 0.9, "copyright, legal or contact line",
         lambda w: len(w.line.text) <= 200 and not _photo_copyright(w.line.text) and (
             ((not _is_prose(w.line) or bool(_COPYRIGHT.match(w.line.text)) or _notice(w.line.text))
              and bool(_FOOTER.search(w.line.text))) or _legal_bar(w.line)),
         "copyright, all rights reserved, 무단 전재, terms, privacy, (end); a bar of legal links (Privacy | Cookies "
         "| Accessibility statement, 이용약관 · 개인정보처리방침); the publisher's particulars (… is a registered "
         "charity …, no. 1104578), Powered by …, Our Standards: …"),
    Rule("menu-words", "navigation", 0.75, "a site's menu written without separators above the headline",
         _menu_words,
         "above the headline, four to eight capitalised words, no small word or mark, two or more of them a site's "
         "own pages (Home About Gear Repairs Shop, Destinations Deals Rail Flights Newsletter), no paragraph below"),
    Rule("crumb-title", "headline", 0.7, "the page's title right under its breadcrumb, the last item and more",
         _title_under_crumb,
         "above the article, right under a breadcrumb (Events › Spring Student Recital, 홈 > 수련시간표), a line that "
         "holds its last item and says more (Spring Student Recital 2026, 2027년 1월 수련시간표): the page's title"),
    Rule("crumb-over-title", "navigation", 0.7, "a breadcrumb of slashes or arrows over the page's title",
         _crumb_over_title,
         "above the article, three or more short items between spaced slashes or arrows, right over a line that holds "
         "the last item and says more (Classes / Weekend Workshops / Wheel Throwing for Beginners over Wheel Throwing "
         "for Beginners: Two-Day Weekend Workshop): the page's breadcrumb"),
    Rule("review-comment", "other", 0.65, "a customer's review opened by the customer's masked name or hometown",
         _review_comment,
         "after the article's first paragraph, a line opened by a customer's masked name (김** 님, 박○○) or a first "
         "name and a hometown (Priya from Leeds) and a colon, three words or more after it: a review, a data line"),
    Rule("handle-comment", "other", 0.65, "a reader's comment opened by a handle and a colon", _handle_comment,
         "after the article's first paragraph, a user's handle (a digit or an underscore in it, or all lower case), a "
         "colon and what they wrote, three words or more (dalesman62: Bought my …, Kirsty_W: Will …), in a list of "
         "other stories or not"),
    Rule("arrow-button", "navigation", 0.7, "a banner closed by an arrow and its button (… → 채용 공고 보기)",
         _arrow_button,
         "after the text began, a line closed by an arrow and a button of four words or fewer (a Korean verb's noun "
         "form, 보기, 하기, or a link's verb: … → 채용 중인 포지션 보기, … → Apply now): a banner's button"),
    Rule("related-item", "related", 0.85, "item of the list of other stories above",
         lambda w: w.in_related and not _is_long_prose(w.line) and not _address(w.line)
         and not (_NOTE_MARK.match(w.line.text) and _DISCLAIMER.search(w.line.text))  # ※ 투자 참고용 …: no story
         # labels28: a tip line (Have an event we should list? Email …) or a counter (2 Comments) is no story
         and not (w.seen_body and _tip_line(w.line.text))
         and not (len(w.line.text) <= 60 and _COUNTERS.fullmatch(w.line.text))
         # labels44: the business's opening hours under the list (Store hours: Mon–Sat 10–7, 영업시간 09:00~19:00)
         and not (w.line.digit and len(w.line.text) <= 100 and _HOURS_FIELD.match(w.line.text) is not None)
         # labels29: a whole page's notice or the issuer's contact line closes the list (the footer's)
         and not (w.seen_body and (_whole_text_notice(w.line.text) or (bool(_EMAIL_AT_END.search(w.line.text))
                                                                      and _PHONE.search(w.line.text) is not None)))
         # labels36: so does the publisher's note on itself or where to write to it (the footer's)
         and not (_publisher_note(w) or _send_to(w)),
         "any line but a paragraph of prose inside a list of other stories (nor an address, a counter, a tip line, "
         "the publisher's note or a business's opening hours: Store hours: …, 영업시간 …)"),
    Rule("related-inline", "related", 0.85, "a link to another story inside the text (RELATED: …)",
         lambda w: len(w.line.text) <= 200 and bool(_RELATED_INLINE.fullmatch(w.line.core)),
         "a cue (RELATED, Read more, See also, 관련기사) then a colon, a bracket or an arrow and a story's title: "
         "one link to another story, wherever it stands (RELATED: Downtown garage to add …, [관련기사] …)"),
    Rule("ticker", "related", 0.8, "an item of a ticker of other stories (a time and a tagged title, in a run)",
         _ticker,
         "two or more lines in a row, each a time and a story's tag before its title (07:45 [속보] …, 9:02 a.m. "
         "[Breaking] …): a ticker, a list of other stories with no heading"),
    Rule("author-date", "byline", 0.75, "a writer's name and the post's date on one line", _author_date,
         "after the headline, before the article, a name or a handle of one to three words, a dot or a bar and a "
         "date (술지게미 · 2025. 3. 16. 21:40)"),
    Rule("document-number", "other", 0.7, "a notice's or a letter's number alone on its line (an identifier)",
         lambda w: _document_number(w.line),
         "a notice's or a letter's number by its year and serial, 제2026-148호, alone or after a label of five "
         "words or fewer (공고번호 제2026-112호, 가정통신문 제2026-148호): an identifier, a data line, no "
         "periodical's issue; a registration's or an approval's number (등록번호 제2014-17호, 심의필 …) is the "
         "publisher's footer"),
    Rule("legal-number", "footer", 0.7, "a registration's or an approval's number alone on its line",
         lambda w: _legal_number(w.line),
         "a registration's or an approval's number alone on its line, its label before it and its period after it "
         "or not (의료광고 심의필 제2026-…호, 준법감시인 심의필 제2026-3318호 (2026.11.20~2027.11.19), … 등록번호 "
         "제A-2021-01-044호): the publisher's legal particulars, as the label table's footer row says"),
    Rule("event-date", "other", 0.65, "a labelled date among fields after the article began (an event's date)",
         _event_date,
         "after the article's first paragraph or under another field, a date with a label that is no page date's "
         "(Date: Saturday, December 12, 2026, Issued: …; not Posted:, 입력) right over a field that gives no contact "
         "(Time: …, Venue: …): the date of the thing described, a field (the label table's dateline row)"),
    Rule("dateline", "dateline", 0.9, "a date, or the label of one", lambda w: _dateline(w.line),
         "a date, optionally labelled (Posted on, 입력, 수정), up to 80 characters; or pieces of dates in any order "
         "(weekdays, times, 오후, KST, 기사입력, Last updated, Page last updated) with a whole date or an age (3 hours "
         "ago, 5분 전)"),
    Rule("labelled-date", "dateline", 0.75, "the page's date by its label, a month alone or a note after it",
         _labelled_page_date,
         "in the page's top, Updated, Last updated, Published, Posted, 방송일, 게재일, … then a date or a month and "
         "its year, a short note after a dash or a bar or not (Updated: August 2026, Last updated 7 December 2026 — "
         "added …, 방송일 2026.02.17 and a programme's name after a bar)"),
    Rule("effective-date", "other", 0.65, "when a price, a rule or a timetable takes effect (a field, no page's date)",
         lambda w: len(w.line.text) <= 80 and (bool(_EFFECTIVE_EN.fullmatch(w.line.core))
                                               or bool(_EFFECTIVE_KO.fullmatch(w.line.core))),
         "what takes effect and from when, no colon: Prices effective from 1 March 2026, Fares valid until …, "
         "New timetable applies from …, 2026년 3월 1일부터 적용, 요금 적용 기준일 …: a date of the thing "
         "described, a field (the label table's dateline row)"),
    Rule("field-noun", "other", 0.6, "a Korean field without its colon (관람기간 2026.04.01 ~ …)", _field_noun,
         "a short field noun (…기간, …시간, …번호, 장소, 가격) then its value, no sentence: with a figure or next to "
         "another such field (관람등급 전체관람가 among them)"),
    Rule("counter", "navigation", 0.85, "a page's counter alone on its line (views, hits, comments)",
         lambda w: len(w.line.text) <= 60 and bool(_COUNTERS.fullmatch(w.line.text)
                                                   or (" / " in w.line.text and _slide_counter(w.line))
                                                   or (w.line.text[-1:] == ")" and _tab_count(w.line))
                                                   or _count_row(w.line)),
         "a counter word and its figure alone on the line, one or several (조회 3412, 조회수 1,284, Views 392, "
         "Hit 486, 2.1K views, 추천 12 · 댓글 3, 이 글에 대한 댓글 5, 조회 Views 88); a slide's number over their "
         "count, the slash spaced (2 / 7); a word or two and a count in brackets (Like (2), Replies (14), "
         "장바구니(0)); two to five words with their counts between bars or dots (좋아요 12 | 싫어요 1, Reviews (87) | "
         "Questions (6))"),
    Rule("pagination", "navigation", 0.85, "a list of pages to go to (page numbers, previous and next)",
         lambda w: _pagination(w.line.text),
         "three or more page numbers in a row, counting up, with nothing but the words and arrows that page "
         "through them (◀ 이전 1 2 3 … 12 다음 ▶, « First 1 2 3 Next »); where the reader is among the pages, alone "
         "or before them (Page 1 of 3 | 1 2 3 Next >, Page 2 of 9 Older posts »)"),
    Rule("picture-credit", "caption", 0.8, "a picture's credit alone on its line (the caption's)",
         lambda w: _picture_credit(w.line),
         "사진=…, 그래픽=… 기자, Photo: … alone on a line, no writer named (글·사진 … is a byline)"),
    Rule("post-header", "byline", 0.8, "a post's header: a handle, its verb and the date (… commented on Feb 12)",
         lambda w: w.line.digit and len(w.line.text) <= 90 and _POST_HEADER.fullmatch(w.line.text) is not None,
         "a user's handle (one word), a verb that says they wrote the post under it (commented, replied, wrote, "
         "posted, answered, opened this issue, started this thread), on a date or a time ago, and the post's counter "
         "or not (rkowalczyk commented on Feb 13, 2027; … opened this issue on Feb 11, 2027 · 4 comments): writer "
         "and date, a byline; another event of a thread (added a label, linked a pull request) is no post's header"),
    Rule("byline", "byline", 0.9, "author line (By ..., name with Views/기자)", lambda w: _byline(w.line),
         "By …, Posted/Interview by …, Reporter: …, a name with Views/Reporter or its e-mail, 글·사진·취재·대담=…, "
         "a Korean name with 기자/특파원 (after an outlet's name, several on a line)"),
    Rule("writer-credit", "byline", 0.8, "a writer's credit by its word and a space (글 서유나 영화평론가)",
         lambda w: _writer_credit(w.line),
         "a line opened by a writer's credit word and a space, no = (글, 글·사진, 취재, 정리, 대담), a name or a "
         "team, then at most five words with no figure and no sentence (글 윤다혜 (국악평론가), 글 정다인 기자 / "
         "Jung Da-in, 글·사진 민서영 트래블픽 에디터); not a board's button (글 목록) nor a picture's place (사진 "
         "왼쪽부터 …)"),
    Rule("handle", "byline", 0.7, "a user's handle alone on its line (a board's or forum's author)", _handle,
         "after the headline, a handle alone on a line: lower-case Latin letters and digits joined by an underscore "
         "(mapo_marcus, @hana_in_hongdae, jeju_diver88)"),
    Rule("signature", "byline", 0.7, "a forum user's signature under the post (~ name · what they say of themselves)",
         _forum_signature,
         "after the text began, a tilde or two hyphens, a name of a word or two, and after a dot, a bar or a comma "
         "what the user says of themselves (~ Kestrel · knitting socks on the bus since 1998): who wrote the post"),
    Rule("issuer-line", "byline", 0.7, "the office that issued the page, under its headline or date",
         _issuer_line,
         "in the page's top, right under the headline or the date and over the date or the first paragraph, an "
         "office's name (… Office, … Division, … Team, Office of …, …위원회, …팀) or a writer's field label and its "
         "value (작성자 …, 작성부서 …, Posted by: …, From: …), no figure, no sentence: who issued it"),
    Rule("staff-credit", "byline", 0.8, "a newsroom's staff credit alone on its line (KVRN Staff)",
         lambda w: (w.seen_headline or w.seen_body) and not w.in_related and len(w.line.text) <= 40
         and bool(_STAFF_CREDIT.fullmatch(w.line.core)),
         "after the headline, an outlet's or a desk's name and Staff alone on a line (KVRN Staff, Herald Staff "
         "Reports), or a Korean newsroom team alone (디지털뉴스팀, 온라인이슈팀); above the headline it is a menu's"),
    Rule("wire-byline", "byline", 0.9, "a wire's dateline in brackets and its reporter",
         lambda w: wire_byline(w.line.text),
         "a bracketed wire dateline in any bracket style with a Korean reporter (〔광주=남도일보〕 최윤아 기자)"),
    Rule("write-to", "byline", 0.85, "an author's name and e-mail (Write to … at …)",
         lambda w: write_to(w.line.text), "Write to (a name) at (an e-mail), Email (a name) at (an e-mail)"),
    Rule("contact-line", "byline", 0.8, "a person or role to contact, with an e-mail or a phone number",
         lambda w: contact_line(w.line.core),
         "a short line, no sentence, with a contact's role (secretary, press officer, 담당, 주무관), a Korean name "
         "with its title, or a Korean office before ☎ (관리사무소 ☎ …), and an e-mail or a phone number; not an "
         "address, the publisher's particulars or a tip line"),
    Rule("press-contact", "byline", 0.85, "a press release's department or contact line",
         lambda w: len(w.line.text) <= 120 and bool(_CONTACT.fullmatch(w.line.core)) and not _bilingual_word(w.line)
         and not _contact_word_in_name(w.line.core),
         "담당부서 …, 담당자 …, 문의 …, Contact: … (who issued a press release)"),
    Rule("helpline", "byline", 0.8, "whom to ask: a contact line opened by a question or a service's number",
         _helpline,
         "Questions? Call …, Call center: 1577-…, 상담 신청: 1577-…, 궁금한 점은 … ☎ … with a phone or an e-mail, no "
         "sentence inside; not next to the operator's particulars (the footer's)"),
    Rule("office-contact", "byline", 0.8, "an office's or a line's contact, its name then a colon", _office_contact,
         "Graduation Office: …@… | +44 …, Parking customer service: 0330 …, 예매 관련 문의: 고객센터 1544-… (one to "
         "five words naming whose office, desk, line, services, enquiries or 문의 it is, a colon, a phone number or "
         "an e-mail)"),
    Rule("operator-number", "footer", 0.75, "the site's own service number among the operator's particulars",
         _operator_number,
         "after the article, a service's number (고객센터 1588-4092 (24시간 운영), Customer Center 1544-0000) right "
         "under the operator's particulars (㈜… | 사업자등록번호 …, … Co., Ltd. | CEO …)"),
    Rule("number-over-particulars", "byline", 0.7, "a service's number right above the operator's particulars",
         _number_over_particulars,
         "after the article, a service's number or a contact label with a number (고객센터 1644-5520 (평일 "
         "10:00~18:00), Customer support 고객지원: 1670-0923 · …) right above the operator's particulars: the page's "
         "contact line; under them it is the site's own (operator-number, footer)"),
    Rule("attachment-file", "navigation", 0.8, "a link to download a press release's attached file",
         lambda w: len(w.line.text) <= 100 and bool(_ATTACHMENT.fullmatch(w.line.core)
                                                   or _DOWNLOAD_LABEL.fullmatch(w.line.core))
         and bool(_FILE_NAME_OR_SIZE.search(w.line.core)),
         "첨부파일 보도자료.hwp, Attachment: plan.pdf (312KB), Download: photos.zip (24 MB): a file to download is "
         "page chrome"),
    Rule("file-link", "navigation", 0.75, "a link to a file, its type and size in brackets closing the line",
         lambda w: len(w.line.text) <= 120 and w.line.text.rstrip().endswith(")")
         and _FILE_LINK.fullmatch(w.line.core.strip()) is not None,
         "a line closed by a file's type and size in brackets (Decision notice (PDF, 84 KB), 신청서 내려받기 (HWP, "
         "24KB)), whatever its words: a file to download is page chrome, on any page"),
    Rule("attachment", "other", 0.8, "a press release's attachment line",
         lambda w: len(w.line.text) <= 100 and bool(_ATTACHMENT.fullmatch(w.line.core)),
         "붙임 1. …, 첨부파일, Attachment: … (not article text)"),
    Rule("release-date", "dateline", 0.8, "a press release's embargo or release-time line (its date)",
         _release_date,
         "For immediate release, Embargoed until …, 보도시점 : …, 배포 : …, 보도시점 2026. 8. 18.(화) 11:00 (no colon, "
         "a date): the date of the page, as the label table's dateline row says (labels28: was release-time, other)"),
    Rule("press-closing", "footer", 0.8, "a press release's closing line (whom to ask for more)",
         lambda w: len(w.line.text) <= 200 and _press_closing(w.line.text),
         "이 보도자료와 관련하여 … 연락주시기 바랍니다, For more information, please contact …"),
    Rule("question-contact", "byline", 0.75, "a contact line opened by what to ask about (Questions? Email …)",
         _question_contact,
         "after the text began, Questions?, Questions:, Enquiries:, For (informal) enquiries, then an e-mail or a "
         "phone number: whom to ask"),
    Rule("contact-email", "footer", 0.7, "a line of the publisher's that ends in an e-mail, after the article",
         lambda w: w.seen_body and len(w.line.text) <= 120 and w.line.words >= 3 and not _is_prose(w.line)
         and "@" in w.line.text and bool(_EMAIL_AT_END.search(w.line.text)) and w.previous != "byline",
         "after the article, a short line ending in an e-mail address that is no byline (부음 게재 문의 …@…)"),
    Rule("tip-line", "footer", 0.7, "where to send tips or corrections, after the article",
         lambda w: w.seen_body and _tip_line(w.line.text),
         "after the article, a line that asks for tips or corrections and gives an e-mail, a number or a "
         "messenger's ID (To report an error, email …; 기사 제보 …@…; 제보는 카카오톡 …)"),
    Rule("postal-address", "footer", 0.7, "the publisher's postal address, after the article",
         lambda w: w.seen_body and _address(w.line),
         "after the article, a line with a street and a five-digit postal code (…, 00 Sejong-daero, Seoul 04500), "
         "or a road address (a number before -ro/-gil/-daero; 군청길 37 after a province, city or county)"),
    Rule("disclaimer", "footer", 0.75, "a disclaimer or a licence line (of the text as a whole)", _disclaimer,
         "a line that says what the text is not or how it may be reused, opened by ※ or * or after the article's last "
         "paragraph (※ 이 기사는 투자 참고용이며 …, * This is an unofficial translation …, 공공누리 제1유형 …); "
         "anywhere after the headline, a translation's discrepancy clause, a release's forward-looking statements, "
         "names or cases changed to protect people (※ 사례는 … 보호를 위해 … 바꾸어 실었습니다), a deposit's "
         "protection notice"),
    Rule("self-note", "footer", 0.7, "the page's note on itself after the article's last paragraph", _self_note,
         "after the article's last long paragraph, a sentence whose subject is the text itself (This guide reflects "
         "the rules in force in …, 본 안내는 …, 이 페이지의 영문 번역은 …)"),
    Rule("publisher-note", "footer", 0.7, "the publisher's or the operator's note on itself, after the article",
         _publisher_note,
         "at or after the article's last long paragraph, in a list of other stories or not, one or two sentences on "
         "who publishes, operates or runs the site (… is published by …, Operated by the … Agency., … is run by "
         "volunteers …, 이 누리집은 ○○재단이 운영합니다), what kind of outlet it is (… is an independent "
         "English-language publication), who accredits it or what it does not endorse"),
    Rule("send-to", "footer", 0.7, "where to write to the publisher, after the article", _send_to,
         "at or after the article's last long paragraph, in a list of other stories or not, a line asking the reader "
         "to send letters, questions or corrections to an e-mail address (Send them to letters@…, Please direct "
         "questions to […@…], …@… 으로 보내주세요); Write to <name> at … is the writer's"),
    Rule("units-line", "body", 0.65, "a table's units in brackets alone on a line",
         lambda w: _units_line(w.line),
         "a table's units alone on a line, in brackets or after a note's mark: (in billions of won, consolidated), "
         "(단위: 억원, %), * 단위: 업소 수, ※ Unit: tonnes; what the figures are against and their unit: (전년 동기 "
         "대비, %)"),
    Rule("content-note", "body", 0.65, "a note on the article's content opened by ※ or * after its last paragraph",
         _content_note,
         "after the article's last paragraph, a line opened by ※ or * that is no disclaimer (※ 방송사 사정에 따라 "
         "편성이 변경될 수 있습니다, * Dates may shift …)"),
    Rule("author-box", "byline", 0.7, "a columnist's name and occupation after the text",
         lambda w: (w.seen_body or (w.in_top and w.seen_headline)) and not w.in_related and len(w.line.text) <= 40
         and bool(_AUTHOR_BOX.fullmatch(w.line.core)),
         "after the text, a Korean name and an occupation alone on a line (한수정 소설가, 문태오 서울대 교수)"),
    Rule("issuer-signature", "byline", 0.7, "a notice's signature: its issuer and head, after the text",
         _issuer_signature,
         "after the article's last long paragraph, a Korean line with no figure: the issuer and its head closed by the "
         "seal's mark or the head's name (주식회사 … 대표이사 윤석진 (직인생략), …노동조합 위원장 오재석); an office's "
         "head by the office's kind (…관리사무소장, …초등학교장, …군수; a complex's number in the name: 3단지; set out "
         "in spaces: 새 솔 고 등 학 교 장); wherever it stands right under the notice's bare date (2026. 12. 4.)"),
    Rule("letter-closing", "body", 0.7, "a letter's closing formula (Yours sincerely,)",
         lambda w: (len(w.line.text) <= 30 and _LETTER_CLOSING.fullmatch(w.line.text) is not None)
         or _comma_greeting(w.line),
         "a letter's closing formula alone on its line (Yours sincerely, Kind regards, Best wishes), or any short "
         "English line closed by a comma (See you at pickup,, Hi everyone,): part of the letter, as its salutation "
         "is"),
    Rule("letter-signer", "byline", 0.7, "a letter's signer under its closing formula",
         _letter_signer,
         "one of the two short lines that are no sentence right under a letter's closing formula (the signer's name "
         "and role: Mrs J. Pettigrew / School Nurse, …); a Korean sender's line closed by 드림 or 올림 after the text "
         "(3학년 2반 담임 윤하람 드림)"),
    Rule("author-bio", "byline", 0.7, "a contributor's line on who wrote the text, after the article",
         _author_bio,
         "after the article's last long paragraph, two sentences or fewer about the writer: right after a byline, "
         "or opened by a name or the writer and what they are (… is a professor of …, The writer is …, … covers …, "
         "필자는 …, 한수정 소설가는 …)"),
    Rule("name-alone", "byline", 0.65, "a reporter's romanized name alone under the headline",
         lambda w: w.in_top and w.seen_headline and len(w.line.text) <= 30
         and bool(_ROMANIZED_NAME.fullmatch(w.line.core)),
         "before the article, after the headline, a Korean name romanized with a hyphen alone (Kang Ji-ho)"),
    Rule("byline-email", "byline", 0.85, "author's e-mail after the author line",
         lambda w: _email(w) and w.previous == "byline", "an e-mail address right after a byline"),
    Rule("lone-email", "footer", 0.6, "a lone e-mail address", _email, "any other line that is an e-mail address"),
    Rule("name-before-email", "byline", 0.8, "a name followed by an e-mail address",
         lambda w: w.next is not None and bool(_EMAIL_LINE.fullmatch(w.next.text)) and w.line.words <= 4
         and bool(_PERSON_NAME.fullmatch(w.line.text)),
         "a person's name (up to four words) on the line before an e-mail address"),
    Rule("speaker-mark", "body", 0.7, "who speaks next in a broadcast transcript",
         lambda w: len(w.line.text) <= 40 and bool(_SPEAKER_MARK.fullmatch(w.line.core)),
         "[앵커], [리포트], [인터뷰: …], [Anchor] alone on a line: part of the transcript"),
    Rule("caption-credit", "caption", 0.9, "ends with a photo credit", lambda w: _caption(w.line),
         "four words or more ending in a photo credit ([Photo=…], (사진=…), / Yonhap)"),
    Rule("caption-cue", "caption", 0.7, "describes a photo (left/right, poses, speaks at)",
         lambda w: w.in_top and w.line.words >= 6 and bool(_CAPTION_CUE.search(w.line.text[:600])),
         "before the article and any body line, a line describing a photo: (left), poses for a photo, (왼쪽)"),
    Rule("caption-marker", "caption", 0.7, "a caption opened by ▲ that places people in the photo",
         lambda w: len(w.line.text) <= 200 and w.line.text.lstrip()[:1] in "▲△"
         and bool(_CAPTION_CUE.search(w.line.text)),
         "a line opened by ▲ with a place in the photo: ▲ 김 교수(오른쪽)와 …, ▲ (from left) …"),
    Rule("caption-opener", "caption", 0.7, "a caption without a credit, by its opening marker",
         _marker_caption,
         "a line opened by a caption's marker: where the picture stands or who is in it ((위), Above:, Pictured:, "
         "From left, 사진 왼쪽부터), a figure's number (Figure 2.); or ▲ before a description alone (no ▲ line next "
         "to it, no colon or =, no sentence but a scene: ▲ 교통통제 구간 안내도)"),
    Rule("caption-weekday", "caption", 0.65, "a one-sentence photo description closed by the day after a comma",
         lambda w: w.line.hangul == 0 and w.line.words <= 40 and "day" in w.line.core[-24:].lower()
         and bool(_WEEKDAY_CLOSE.fullmatch(w.line.core))
         and not _REPORTING.search(w.line.core),
         "an English sentence of 40 words or fewer ending in a comma and the day (…, Tuesday.; …, on Monday, Nov. 4.) "
         "with no reporting verb (said, told, according)"),
    Rule("caption-present", "caption", 0.6, "a photo's scene in the present tense: a person does something somewhere",
         lambda w: w.seen_body and not w.in_related and w.line.hangul == 0 and 6 <= w.line.words <= 30
         and ". " not in w.line.core and (w.next is None or not _is_prose(w.next))
         and bool(_CAPTION_PRESENT.fullmatch(w.line.core)) and _SECOND_PRESENT_VERB.search(w.line.core) is None,
         "after the text began, one English sentence of 6 to 30 words: a person's name (a role before it or not), a "
         "verb in -s, no reporting verb, no second verb after and, and where, closed by a stop (Technician Derrick "
         "Owens seals a gap under a soffit in Decatur.), no sentence of the text right under it: captions tell a "
         "scene in the present, an article in the past"),
    Rule("caption-scene", "caption", 0.6, "a Korean photo description under the headline (a scene going on)",
         _caption_scene,
         "right under the headline, its byline or its date, over the article's first paragraph, one Korean sentence "
         "of a scene going on (…하고 있다., …걷고 있다.), its English translation after a slash or not"),
    Rule("caption-translation", "caption", 0.65, "a Korean caption's English translation right under it",
         _caption_translation,
         "right under a Korean caption with its credit (…하고 있다. (사진=…)), an English line of a sentence or two "
         "and no Hangul: the same caption translated (the label table's caption: a Korean caption directly followed "
         "by its English translation)"),
    Rule("caption-run", "caption", 0.6, "a scene described right after a caption",
         lambda w: w.previous == "caption" and bool(_KO_SCENE_CLOSE.fullmatch(w.line.core))
         and (w.next is None or not _is_long_prose(w.next))
         and not _dated_scene_shape(w.lines[w.index - 1].text),  # labels36: a photo's own caption, then the text
         "right after a caption, one Korean sentence of a scene going on (…하고 있다.) that no paragraph follows; "
         "not under a caption opened by its day (the text resumes)"),
    Rule("comment-line", "other", 0.65, "a reader's comment under the text (name, date, what they wrote)",
         _comment_line,
         "after the article's first paragraph, a name or handle, the date and time and the comment on one line "
         "(Greg P. — February 3, 2025 at 8:41 pm — Worked on …, 누룩향기 2025.03.17 09:12 저도 …)"),
    Rule("comment-dated", "other", 0.65, "a reader's comment under the text with its date and time at the end",
         lambda w: w.seen_body and w.index > w.first_prose and len(w.line.text) <= 400
         and _comment_dated_at_end(w.line),
         "after the article's first paragraph, a handle of one word, what the reader wrote, three words or more, and "
         "the date and time it was posted at the end (빵순이 학창 시절 … 너무 아쉽네요 2025.01.09 16:20, 107동주민 "
         "상가 식당들은 영업하나요? 12.04 08:12)"),
    Rule("bold-speaker", "body", 0.7, "a speaker's name in bold before what they say",
         lambda w: w.line.text[:2] == "**" and bool(_BOLD_SPEAKER.fullmatch(w.line.text)),
         "a line opened by a name in bold (**배소희** …): an interview's turn"),
    Rule("speaker-turn", "body", 0.7, "a turn of a dialogue", _speaker_turn,
         "inside the article, a speaker, a colon and a sentence, in a run of three such turns or more where a speaker "
         "comes back (Captain: … / Passenger: …? / Captain: …); not an FAQ's Q and A"),
    Rule("score-line", "body", 0.65, "a match's score among others",
         _score_run, "a short line of a score (울산 2-1 포항 (문수)) next to another"),
    Rule("pull-quote", "headline", 0.6, "a pull quote inside the article (one quotation alone, no sentence's stop)",
         _pull_quote,
         "inside the article, a line that is one quotation and nothing else, three to twelve words, not closed by a "
         "stop, a question or an exclamation mark (\"교섭 결렬 땐 26일 전면파업\", \"We've tried everything\"); a "
         "sentence quoted with its stop is body"),
    Rule("part-heading", "headline", 0.65, "a numbered part's heading (Panel 1: …, 제1부: …)", _part_heading,
         "inside the article, a numbered part's label (Panel, Session, Step, Day, 제1부, 2단계), a colon and a title "
         "of two to eight words with no figure and no sentence (Panel 1: Harbors and Labor, Step 2: Choose a tax "
         "method)"),
    Rule("weekday-field", "other", 0.6, "a weekday schedule's entry (a data line)", _weekday_field,
         "a weekday or a range of them, a colon and a short value that is no sentence (월요일: 휴관, 화~금요일: 오전 "
         "9시~오후 10시, Monday-Friday: 9 a.m.-6 p.m.)"),
    Rule("day-heading", "headline", 0.6, "a day's heading over its entries by the clock", _day_heading,
         "after the headline, a day with its date, a dash and a short title with no figure (Mon 12/7 — Jam Session "
         "Night, 12월 7일(월) – …) right over an entry opened by a clock time (8:30 p.m. — …)"),
    Rule("timeline-entry", "other", 0.65, "a timeline's or a schedule's entry (a data line)", _timeline_entry,
         "after the headline, a time or a date, a dash and what happened then in one sentence or less (6:40 p.m. — "
         "Shelter opens at …, 3월 17일(화) … – …); or a clock time and a short item that is no sentence (00:00 Intro, "
         "19:40 MBC …); or a day or a range of days, a colon and a short task with no figure (May 4–6: drain and "
         "acid wash, 5월 7일~15일: 바닥 재시공)"),
    Rule("field-line", "other", 0.6, "a key-value field (a data line)", _field_line,
         "after the headline, a short label, a colon and a value that is no sentence, no quotation and no contact "
         "(Product Type: Food & Beverages, Venue: Meeting Room 2, 장소: 시청 본관 3층)"),
    Rule("spec-line", "body", 0.6, "a line of a specification box inside the article",
         lambda w: w.seen_body and not w.in_related and len(w.line.text) <= 120 and ":" in w.line.text
         and bool(_SPEC_LINE.fullmatch(w.line.text)) and _TABLE_NUMBER.fullmatch(w.line.core) is None,
         "inside the article, a short label, a colon and a value with a figure (Battery: 84 kWh)"),
    Rule("caption-before-translation", "caption", 0.75, "Korean caption followed by its English translation",
         lambda w: w.line.hangul >= 8 and w.next is not None and w.next.hangul == 0 and _caption(w.next),
         "a Korean line followed by an English caption with a credit"),
    Rule("year-heading", "headline", 0.6, "a year alone over the article's paragraphs (a section's heading)",
         lambda w: w.seen_body and not w.in_related and len(w.line.text) <= 16
         and _YEAR_HEADING.fullmatch(w.line.core) is not None and w.next is not None and _is_long_prose(w.next),
         "inside the article, a year alone on its line (1982, 2019년, Class of 1994, 2019–2020) right over a "
         "paragraph: the heading of the entries under it, no counter"),
    Rule("bare-number", "navigation", 0.6, "a bare number (counter or list marker)",
         lambda w: bool(_ITEM_NUMBER.fullmatch(w.line.text)) or (w.line.text.isdigit() and len(w.line.text) <= 4),
         "a number alone on its line (a counter, a list marker)"),
    Rule("form-heading", "headline", 0.6, "a request's verb over a form's fields", _form_heading,
         "after the article's first paragraph, a request's verb or its noun (Request a tour, 예약 신청), no button's "
         "ending (신청하기), right over a run of a form's fields closed by a checkbox or its button"),
    Rule("action-link", "navigation", 0.6, "after the article, a link or a button by its verb (a page's chrome)",
         _action_link,
         "after the article's last paragraph, a short line opened by a link's verb and no sentence (Download images "
         "(ZIP, 18 MB), Subscribe to security advisories, Report a swarm online), or a Korean verb's noun form alone "
         "(지원하기, 댓글 쓰기)"),
    Rule("contents-list", "navigation", 0.7, "a table of contents: numbered entries naming headings further down",
         _contents_list,
         "a run of two or more numbered entries (1 History, 2 Governance, 2.1 Parish meeting), each a title of six "
         "words or fewer that stands again further down the page as a line of its own (the heading it links to), "
         "and the short title right over the run (Contents, 목차): the page's links to its own sections"),
    Rule("repeated-heading", "headline", 0.6, "a menu's item again inside the article, heading a section",
         _repeated_heading,
         "inside the article, a short line with a heading's shape that the menu above the headline holds too (Fees, "
         "Our doctors, Prices), right over a paragraph or a data line and under no menu's line: the section's heading "
         "the menu links to, no menu"),
    Rule("repeated-short", "navigation", 0.8, "a short line repeated on the page (menu or breadcrumb)",
         lambda w: w.line.words <= 5 and w.short_counts[duplicate_key(w.line.core)] > 1 and not _is_prose(w.line),
         "a line of five words or fewer that occurs more than once on the page"),
    Rule("foot-list", "related", 0.75, "a heading without a cue word over stories' titles at the page's foot",
         _foot_list_shape,
         "after the article's last paragraph, under a contact line or a button, a short heading with no cue word "
         "(Popular right now, News from the Range, 이벤트, 입시자료실) over two to six stories' titles that run into "
         "the page's copyright or particulars (the lines after it are its items); no menu's or button's line"),
    Rule("faq-plain-question", "headline", 0.65, "a question under an FAQ heading, over its answer (and the heading)",
         _faq_plain_question,
         "under a heading naming the section frequently asked questions (Frequently asked questions, FAQ, 자주 묻는 "
         "질문), a question closed by ? with no Q before it, one sentence, over its answer (a sentence that asks "
         "nothing): a heading, as the label table's headline row says of an FAQ's questions; inside the article, the "
         "FAQ heading itself over its first question"),
    Rule("faq-question", "headline", 0.7, "a question heading its answer on a page of frequently asked questions",
         _faq_question,
         "on a page that names itself an FAQ (FAQ, Frequently Asked Questions, 자주 묻는 질문), or names no "
         "exchange (Q&A, interview, 인터뷰, Ask the …) and holds a question closed by ? over its answer, a question "
         "opened by Q or 질문 with its answer opened by A or 답변 on the line below (Q1. Can I …?, Q. 반납 시간을 "
         "넘기면 …?)"),
    Rule("dated-scene", "caption", 0.6, "a Korean photo's scene by its day inside the text", _dated_scene,
         "after a line of the article's text, one Korean sentence opened by its day and closed by a scene going "
         "on (29일 서귀포시 법환포구에서 … 물질 시연을 하고 있다.), a bracketed credit after it or not"),
    Rule("salutation", "body", 0.7, "a letter's salutation alone on its line (학부모님, 안녕하십니까?, Dear …,)",
         lambda w: (w.seen_headline or w.seen_body) and len(w.line.text) <= 50
         and _SALUTATION.fullmatch(w.line.core) is not None,
         "after the headline, whom a letter greets and its greeting (학부모님 안녕하십니까?, 입주민 여러분 "
         "안녕하십니까., Dear Parents and Carers,): the letter's text begins"),
    Rule("deck-over-byline", "headline", 0.6, "a deck between the headline and its byline or date",
         _deck_over_byline,
         "right under the headline and right over the writer's byline or the page's date, one or two sentences of "
         "forty words or fewer (… The port authority wants the land back. over By …): the headline's deck"),
    Rule("question-deck", "headline", 0.6, "a question and its answer right under the title (a service's deck)",
         _question_deck,
         "right under the title, before any text, an English question of twelve words or fewer and one short sentence "
         "answering it (Locked out at 3 a.m.? A licensed technician can be at your door …; … skipped stitches? Bring "
         "it to the bench.), no number nor address to call: the page's deck"),
    Rule("card-button", "navigation", 0.65, "a product's or a booking's button under its fields, over its text",
         _card_button,
         "after the title, before the text, a line of two to four words opened by a button's verb, no stop (Reserve "
         "seats, Pre-order now, Book a test ride), right under a field or another button and over the text's first "
         "paragraph: the card's button, not a subheading (which stands under a paragraph)"),
    Rule("question-to-you", "body", 0.7, "a question put to someone, answered under it in the first person",
         _question_to_you,
         "a short question to \"you\" (Q: before it or not: How did you end up in the tower?) right over a "
         "paragraph that answers in the first person singular (I, me, my): a turn of an interview (the label table's "
         "body), not a page's question over an answer that speaks as \"we\" (an FAQ's heading)"),
    Rule("prose", "body", 0.9, "running text",
         lambda w: _is_prose(w.line) and (not w.before_article or not _is_title_like(w.line)),
         "a sentence of some length in either language (not a title before the article)"),
    Rule("faq-answer", "body", 0.7, "an answer opened by A right under its question opened by Q",
         lambda w: not w.in_related and w.index > 0 and len(w.line.text) <= 2000
         and _FAQ_ANSWER.match(w.line.text) is not None
         and _FAQ_QUESTION.fullmatch(w.lines[w.index - 1].text) is not None,
         "a line opened by A or 답변 right under a question opened by Q or 질문 (Q4. Are there size limits? / A. Yes. "
         "Each site has three sizes:): the answer, body, whatever its end (a colon before a list too)"),
    Rule("short-sentence", "body", 0.7, "a short sentence",
         lambda w: w.short and _is_short_sentence(w.line),
         "a short line closed as a sentence: a Korean predicate and a full stop (…했다.), or three or more "
         "English words not in title case ending in a full stop (not `Speaker: “quote.”`, a headline form)"),
    Rule("heading-over-data", "headline", 0.6, "the heading of a table or a list of data below it",
         _heading_over_data,
         "inside the article, right after its text, a short line that is no sentence (no closing stop, colon or bar, "
         "no figure at its end) over a data line (a table's head or row, a row of figures, a timeline's entry, a "
         "field; its units between or not): Leaderboard after 54 holes, 서울 주간 예보, ■ 이번 주말 물때표, a title "
         "in angle brackets (<2월 유형별 출동 현황>), a box's title with its period (Q1 2025 by the numbers), a season "
         "or months at its end (Fees for 2026/27, Results, June–August 2026); also right under the text's button"),
    Rule("subheading", "headline", 0.6, "a subheading between two paragraphs of the article",
         _subheading,
         "inside the article, a short title-like line (at most ten words, no closing stop or colon) with a paragraph "
         "of prose right above and right below it"),
    Rule("numbered-heading", "headline", 0.6, "a numbered section's heading over its text (2. 신청 자격)",
         _numbered_heading,
         "inside the article, a number, a dot and a heading's shape (2. 신청 자격, 1. 매입 가격 (40kg 조곡 기준)) "
         "over a line not numbered so, with no such numbered heading right above it (items numbered in a row are a "
         "list)"),
    Rule("list-phrase", "other", 0.6, "an item of a list inside the article that is a phrase, no sentence",
         lambda w: w.seen_body and not w.in_related and w.short and _list_phrase(w),
         "inside the article, a numbered or bulleted item of two to fifteen words that is no sentence (• 4,600mAh "
         "battery with 45W wired charging, 1. 외국 운전면허증 원본, ○ 가금 계열화사업자 대상 … 점검): a data line, not "
         "prose; an item closed as a sentence, a question or a colon stays the list-in-article rule's (body)"),
    Rule("list-lead-in", "body", 0.65, "the sentence that opens a list inside the article, closed by a colon",
         lambda w: w.seen_body and not w.in_related and w.short and _list_lead_in(w),
         "inside the article, a line of two words or more closed by a colon right over a list's item (You will need:, "
         "Key specs:): the text's own words, not a heading"),
    Rule("list-in-article", "body", 0.65, "an item of a list inside the article, or the line that opens it",
         lambda w: w.seen_body and not w.in_related and w.short and _list_in_article(w),
         "inside the article, a numbered or bulleted line of two words or more, or a line ending in a colon "
         "before one (You will need:)"),
    # labels22: ``figures-in-article`` (body) until now. A new name, not a new label under the old one: the layer is
    # trained on each set's first-run rules, where ``figures-in-article`` said body and was learned as such; under
    # this name the layer has no weight and keeps the rule's ``other`` (KEEP_UNSEEN_RULES), while the old lines it
    # was trained on keep their meaning.
    Rule("figures-row", "other", 0.65, "a row of figures inside the article (a table as lines: a data line)",
         lambda w: w.seen_body and not w.in_related and w.short and _figures_row(w.line)
         and _SENTENCE_INSIDE.search(w.line.text) is None and _PHONE.search(w.line.text) is None
         and _SERVICE_NUMBER.search(w.line.text) is None,
         "inside the article, a short line of two or more figures, its words with digits a third or more, no "
         "sentence closed inside it and no phone number, 1588-0000 included (서울 -3/6 맑음, KOSPI 2,514.36 "
         "▲12.08): a table's row, as the label table's `other` says"),
    Rule("table-row", "other", 0.65, "a row of a table written with bars (a data line, not prose)",
         lambda w: w.short and "|" in w.line.text and _table_row(w.line),
         "three or more cells between | of which two or more are figures (박용철 | 국민의힘 | 21,169 | 50.93%)"),
    Rule("announcement-item", "body", 0.65, "an entry of a list of announcements (obituaries, appointments)",
         lambda w: not w.in_related and 40 <= len(w.line.text) <= 400 and bool(_ANNOUNCEMENT_ITEM.match(w.line.text)),
         "a line opened by ▲ or ■ with a comma and an = or a date after it: an entry of 부음 or 인사 "
         "(▲…씨 별세, …씨 모친상 = 2일 … 발인 …)"),
    Rule("interview-question", "body", 0.7, "an interviewer's question inside the article",
         lambda w: w.seen_body and w.short and bool(_QUESTION.fullmatch(w.line.text)),
         "inside the article, a question opened by a dash or Q (-…있나., Q: …?, 문) …?): an interview's"),
    Rule("heading-under-button", "headline", 0.6, "a section's heading under a button or a widget, over a paragraph",
         _heading_under_button,
         "after the headline, a section's heading (as the section-heading rule reads it) right under a line read as a "
         "button or a widget and right over a paragraph of the text (BOOK NOW over Notice, ADVERTISEMENT over When to "
         "say yes, Submit Request over What happens next): no item of a list, the heading of what follows"),
    Rule("section-heading", "headline", 0.6, "a section's heading over a data line, a paragraph or a list",
         _section_heading,
         "after the headline, a short line that is no sentence (six words or fewer without its number and a "
         "bracketed note; no stop, colon, bar or figure at its end) over a data line whatever is above it (1일차 "
         "일정 over 10:00 – …), or over a paragraph or, inside the article, a list of two items, no list's item "
         "above it (예방 수칙, Summary, 준비물 What to bring, Request a tour over Name)"),
    Rule("heading-over-table", "headline", 0.6, "a table's heading between a data line and the table",
         _heading_over_table,
         "after the article's first paragraph, right after a data line, a section's heading (Prices · 가격, "
         "가래떡·기름 가격) over two rows or more of as many cells between bars (품목 | 가격 / … | 45,000원)"),
    Rule("menu-run", "navigation", 0.7, "one of several one- or two-word lines in a row above the article",
         _menu_run, "three or more very short lines in a row above the article (a vertical menu), an item in both "
         "languages counted as one (About 문화원 소개, Programs 프로그램)"),
    Rule("lone-paragraph", "body", 0.7, "the running text of a page without a long paragraph",
         _lone_paragraph, "on a page with no long paragraph, an English line of ten or more words, most in lower case"),
    Rule("name-and-menu", "navigation", 0.7, "the site's name and its menu on one line above the title",
         _name_and_menu,
         "above the article, before any headline, a name of two to six words and two or more short menu items "
         "between bars or runs of spaces, no figure, over a title (대학신문 The University Weekly | 보도 | 학술 | "
         "여론, MINISTRY OF OCEANS AND FISHERIES   About   News   Policy)"),
    Rule("section-pair", "navigation", 0.65, "the site's section above the page's title (문화·체육, Eat & Drink)",
         _section_pair,
         "above the article, before any headline, two one-word sections joined by ·, & or / alone on the line, a "
         "title under it (성명·논평, 고시·공고, Eat & Drink, Access & Tech): the section's tag, a menu's"),
    Rule("site-name", "navigation", 0.65, "the site's or the organisation's name above the page's title",
         _site_name,
         "the first title-like line above the article, no longer than the page's title below it and ten words or "
         "fewer, over the site's menu or breadcrumb and then that title (Sunset Lanes over Open Bowling | Leagues | "
         "…, 남해안일보 over 전체기사 | 정치 | …), or named again at the page's foot, in its copyright or as its "
         "publisher's line (완산신문 … <저작권자 © 완산신문 …>, Hollis & Reed Used Books · 214 Canal Street …)"),
    Rule("section-under-menu", "navigation", 0.65, "a section's name or a menu's button under the menu, over the title",
         _section_under_menu,
         "above the article, before any headline, right under a line read as navigation, four words or fewer and no "
         "sentence over a title twice as long at least (Menu / Research News / …, HOME > 커뮤니티 > 학사공지 / "
         "학사공지 / …, Book Appointment): the section's name, a board's category or a menu's button"),
    Rule("deck", "headline", 0.6, "title-like line before the article (deck)",
         lambda w: w.in_top and _is_title_like(w.line) and w.seen_headline,
         "a title-like line before the article and any body line, after the headline"),
    Rule("headline", "headline", 0.8, "first title-like line before the article",
         lambda w: w.in_top and _is_title_like(w.line),
         "the first title-like line before the article and any body line"),
    Rule("menu-item", "navigation", 0.6, "a one- or two-word line above the article (menu item)",
         lambda w: w.before_article and w.line.words <= 2 and not w.seen_headline and len(w.line.text) <= 20
         and not ends_sentence(w.line.text),
         "one or two words above the headline, not closed as a sentence (B : 언제이지요?, Why?, 안녕!: a line "
         "of the text)"),
    Rule("dash-pair", "other", 0.6, "a key and its value between a spaced dash, in a run (a cast list, a lineup)",
         _dash_pair_run,
         "inside the article, a short name, a spaced dash and a short value, no figure and no sentence, next to a "
         "line of the same shape (햄릿 - 한지오 / 오필리어 - 서은채, Macbeth – Owen Hale): a list of fields, a data "
         "line"),
    Rule("request-button", "navigation", 0.6, "a Korean button by its request's noun (무료 상담 신청, 전화 예약)",
         _request_button,
         "after the article began, a short Korean line no other rule read, closed by the noun of a request (신청, "
         "예약, 상담, 문의, 견적) with no figure and no mark, an English button after it or not (무료 실측 신청, "
         "네이버 예약, 카카오톡 채널 상담, 체험 레슨 신청 Book a trial): a button (a heading over its text is read "
         "before)"),
    Rule("verb-button", "navigation", 0.6, "a Korean button by a verb's noun form (채팅하기, 지도 크게 보기)",
         _verb_button,
         "after the article began, a short Korean line no other rule read, four words or fewer closed by …하기 or "
         "…보기, a bracketed note after it or not (채팅하기, 신고하기, 지도 크게 보기, 시험 정보 더 보기 (포인트 10 "
         "차감)): a button, as 예약하기 is (a heading over its text is read before)"),
    Rule("short-in-article", "body", 0.6, "short line within the article",
         lambda w: w.line.words >= 5 and (w.previous == "body" or _under_numbered_heading(w)),
         "five words or more right after body text, or as a numbered section's text right under its heading (no "
         "colon, no bar)"),
    Rule("fallback", "other", 0.5, "no rule matched", lambda w: True, "every other line"),
)
"""The labelling rules, in order: the first that applies to a line labels it."""


class _Sight(Where):
    """A line as the rules see it before the lines above it are labelled (:func:`_sweep`): ``previous``, the label of
    the line above, holds a guess (the label of the line before the sweep), and a test's read of it is noted in
    :attr:`read`. The other fields that the labels above set (``in_related``, ``seen_headline``, ``seen_body``;
    ``in_top`` reads one) hold their values before the sweep, which are every swept line's own: a line whose label
    changes one ends its sweep, and the lines after it are swept again (:func:`label_lines`). A rule is a function of
    its :class:`Where`: tests that read ``previous`` only where its guess was right answer as they do with the true
    fields. (perf59: the three were guesses read through properties too, about 70,000 reads on 1,000 lines of news,
    though never wrong.)"""

    __slots__ = ("guess", "read")
    guess: BlockLabel | None
    """The guessed ``previous``."""
    read: bool
    """Whether a test read ``previous``."""

    @classmethod
    def at(cls, lines: list[_Line], index: int, first_prose: int, short_counts: Counter[str], last_prose: int,
           faq_page: bool, guess: tuple[BlockLabel | None, bool, bool, bool]) -> _Sight:
        """The sight of ``lines[index]`` with ``guess``: ``previous``, ``in_related``, ``seen_headline`` and
        ``seen_body`` as they stand before the sweep."""
        sight = cls.__new__(cls)
        sight.lines, sight.index, sight.line = lines, index, lines[index]
        sight.first_prose, sight.short_counts, sight.last_prose, sight.faq_page = (first_prose, short_counts,
                                                                                    last_prose, faq_page)
        sight.in_related, sight.seen_headline, sight.seen_body = guess[1:]
        sight.guess, sight.read = guess[0], False
        return sight

    @property
    def previous(self) -> BlockLabel | None:  # type: ignore[override]
        self.read = True
        return self.guess


SWEEP_LINES = 128
"""The most lines :func:`label_lines` tests rule after rule at a time (:func:`_sweep`): enough for the rules' code
and patterns to stay warm across lines, few enough that a page of 100,000 lines holds a few hundred
:class:`_Sight` at a time."""
_FIRST_SWEEP = 8
"""The first sweep's lines (the next ones double up to :data:`SWEEP_LINES`), and the next sweep's after a line that
changed the labels above (a headline seen, the article begun, a list of other stories opened or closed): there the
guess of the lines after it is wrong, and a new sweep guesses again."""


def _sweep_end(lines: Sequence[_Line], start: int, most: int) -> int:
    """Where a sweep from ``start`` ends: after at most ``most`` lines and, past its first line, at most
    :data:`~bilingual.text.scripts.LISTED_LENGTH` characters (a huge line is swept alone, so the memo of its title
    case, :func:`_counted_title_case`, one line, serves all its rules as before)."""
    end, size = start + 1, len(lines[start].text)
    while end < len(lines) and end - start < most:
        size += len(lines[end].text)
        if size > LISTED_LENGTH:
            break
        end += 1
    return end


def _sweep(sights: Sequence[_Sight], tests: Sequence[Callable[[Where], bool]]) -> list[int | None]:
    """Each line's first rule (its index in ``tests``) that applies with the guessed fields, the rules taken one after
    the other over all the lines (their code and patterns stay warm, where line after line each rule's are cold
    again); ``None`` where a test raised (the line is tested again line by line, where it raises as it always did)."""
    first: list[int | None] = [len(tests)] * len(sights)
    active = list(range(len(sights)))
    for k, applies in enumerate(tests):
        still: list[int] = []
        for i in active:
            try:
                hit = applies(sights[i])
            except Exception:  # the line is tested again with the true fields
                first[i] = None
                continue
            if hit:
                first[i] = k
            else:
                still.append(i)
        active = still
        if not active:
            break
    return first


_OPENS_RELATED = frozenset({"related-heading", "foot-list"})
"""The rules whose line heads a list of other stories (the lines after it are its items)."""


def _closes_related(line: _Line, rule: Rule) -> bool:
    """Whether ``line``, labelled by ``rule``, closes a list of other stories: a paragraph of prose, or (labels30) a
    comments section's head read as navigation (``Comments (3)``, ``댓글 6``)."""
    return (rule.label == "body" and _is_long_prose(line)) or (
        rule.label == "navigation" and _COMMENTS_HEAD.fullmatch(line.core) is not None)


def label_lines(text: str) -> list[tuple[_Line, Rule]]:
    """Label every non-empty line of ``text``: each line with the first rule of :data:`RULES` that applies.
    Pure function of the text.

    The rules are tried rule after rule over a sweep of lines (:func:`_sweep`), with the fields that the labels above
    set as they stand before the sweep (:class:`_Sight`: the label of the line above guessed; the others are every
    swept line's own, as a line that changes one ends the sweep); then, line after line as the labels are known, a
    line whose tests read the label above where its guess was wrong is tested again in order with the true fields.
    Every line
    gets the rule it gets when all are tried in order line after line (its tests saw the same fields and answered
    the same), and the rules' code and patterns stay warm across the lines (a sixth less CPU on news, perf43)."""
    lines = _lines(text)
    # Short lines that occur more than once (menus, breadcrumbs) are chrome, not headlines.
    short_counts = Counter(duplicate_key(ln.core) for ln in lines if ln.words <= 5)
    first_prose = next((i for i, ln in enumerate(lines) if _is_long_prose(ln)), len(lines))
    last_prose = next((i for i in range(len(lines) - 1, first_prose - 1, -1) if _is_long_prose(lines[i])), -1)
    faq_page = _faq_page(lines)

    rules = RULES
    tests = [rule.applies for rule in rules]
    labelled: list[tuple[_Line, Rule]] = []
    in_related = False
    seen_headline = seen_body = False
    start, most = 0, _FIRST_SWEEP
    while start < len(lines):
        end = _sweep_end(lines, start, most)
        # the guess: the labels above as they stand before the sweep (on a page's body: seen, seen, not in a list of
        # other stories, the line above a paragraph)
        guess = (labelled[-1][1].label if labelled else None, in_related, seen_headline, seen_body)
        sights = [_Sight.at(lines, i, first_prose, short_counts, last_prose, faq_page, guess)
                  for i in range(start, end)]
        start, most = end, min(2 * most, SWEEP_LINES)
        for sight, first_rule in zip(sights, _sweep(sights, tests), strict=True):
            i, line = sight.index, sight.line
            previous = labelled[-1][1].label if labelled else None
            # the other fields are as guessed: a line that changed one ended the sweep (below)
            if first_rule is None or (sight.read and previous != guess[0]):  # a test raised, or read a wrong guess
                where = Where(lines, i, line, previous, first_prose, short_counts, in_related, seen_headline,
                              seen_body, last_prose, faq_page)
                for rule in rules:  # the first that applies (the last always does)
                    if rule.applies(where):
                        break
            else:
                rule = rules[min(first_rule, len(rules) - 1)]  # none applied: the last, as the loop leaves it
            if rule.name in _OPENS_RELATED:
                in_related = True
            elif _closes_related(line, rule):
                in_related = False
            seen_headline = seen_headline or rule.label == "headline"
            seen_body = seen_body or rule.label == "body"
            labelled.append((line, rule))
            if (in_related, seen_headline, seen_body) != guess[1:] and i + 1 < end:
                start, most = i + 1, _FIRST_SWEEP  # the rest of the sweep was guessed wrong: swept again
                break
    _counted_title_case.cache_clear()
    _SHORT_LINES[0] = None  # the page's index of its short lines (perf68)
    _LAST_LINES[0] = None  # the page's index of its lines' last places (the contents-list rule)
    _phone_number.cache_clear()
    _contact_number.cache_clear()
    _credit_closes.cache_clear()
    _credit_match.cache_clear()
    return labelled


def rule_table() -> str:
    """The rules as a Markdown table, in order (``docs/blocks.md`` holds this table; a test keeps it true)."""
    rows = ["| # | rule | label | confidence | looks for |", "|---|---|---|---|---|"]
    rows += [f"| {i} | `{r.name}` | {r.label} | {r.confidence} | {r.description} |" for i, r in enumerate(RULES, 1)]
    return "\n".join(rows)


GUARD_CONFIDENCE = 0.5
"""The confidence of a label a guard of the learned layer gives over the rules' (``label_layer.learned_labels``:
a list's item, an address's footer, a plain line of the text, a field under a field): no table's probability, as
sure as the fallback rule's ``other``. Before labels55 such a label was dropped here (the rules' stayed), though
``evaluation/blocks_eval.py`` counted it."""


def split_blocks(doc: Document, context: Context) -> Document:
    """The blocks stage: label each line of ``doc.text`` and mark duplicates of earlier blocks."""
    options = context.config.blocks
    labelled = label_lines(doc.text)
    dupes = find_duplicates([line.text for line, _ in labelled], ratio=options.near_duplicate_ratio)
    final: list[tuple[BlockLabel, float, str]] = [(rule.label, rule.confidence, rule.reason) for _, rule in labelled]
    if options.learned_layer and labelled:
        learned = learned_labels([line.text for line, _ in labelled], [(rule.name, rule.label) for _, rule in labelled])
        for i, (label, p) in enumerate(learned):
            rule = labelled[i][1]
            if label == rule.label:  # the rules' label, confidence and reason stay
                continue
            if p is not None:
                final[i] = (label, round(max(p, 0.01), 2),
                            f"{rule.reason}; relabelled {label} by the learned layer (p={p:.2f})")
            else:  # labels55: a guard of the layer's gave its own label (an address's footer, a list's item, …)
                final[i] = (label, GUARD_CONFIDENCE, f"{rule.reason}; relabelled {label} by the learned layer's guard")
    blocks = tuple(
        Block(index=i, start=line.start, end=line.end, label=final[i][0], confidence=final[i][1],
              reason=final[i][2], duplicate_of=dupes[i])
        for i, (line, _) in enumerate(labelled)
    )
    return doc.evolve(blocks=blocks)
