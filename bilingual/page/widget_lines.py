"""Page widgets and contact lines told by their shape, in English and Korean (labels17, issue 14).

Used by :mod:`bilingual.page.blocks`' rules ``widget`` (navigation) and ``contact-line`` (byline). Each function
reads one stripped line and answers yes or no; every pattern is tried only on short lines and anchored, so a long
line costs one length test.

Widgets (the label table's navigation: "widgets", "ad slot markers"):

- a **share bar**: a line made only of platform and share words (``공유 카카오스토리 밴드 URL복사``, ``Share:
  Facebook LinkedIn Email Copy link``), two words or more;
- a **rating scale**: three or more steps of an answer scale (``매우 그렇다 그렇다 보통이다 …``, ``Strongly agree |
  Agree | Neutral …``, ``Excellent Good Fair Poor``, a row of stars);
- a **dropdown filter bar**: short items each closed by a dropdown arrow (``정렬: 최신순 ▾ | 지역 ▾``);
- an **ad marker** between dashes, brackets or stars in any language (``- 광고 -``, ``[AD]``, ``~ Sponsored ~``), or
  a line that says the story goes on below the ad;
- a **gate or a button**: ``Sign in to …`` / ``Subscribe to read …`` (a few words), ``1:1 문의하기``, ``예약하기``,
  ``Book now``;
- a **player's control** (labels22): a play mark, its action and its running time (``▶ 02:14 | Watch on YouTube``,
  ``▶ Play episode 48:12``, ``▶ 영상 재생``), no title after the action; its time display, elapsed over total from the
  start or with its speed (``0:00 / 3:12  1x``).

Contact lines (the label table's byline: "an author's name followed by an e-mail", "a press release's department
and contact lines wherever they stand"):

- ``Write to <name> at <e-mail>`` and ``Email <name> at <e-mail>`` (a person's name: capitalized words);
- a role (or a Korean name with its title) with an e-mail or a phone number on a short line that is no sentence
  (``Press officer: Dana Whitlow, +44 20 7946 0018``, ``홍보담당 박지훈 주무관 044-201-3456``); not a line of the
  publisher's particulars (``발행인``, ``Tel … | Fax …``: the footer rule is first) nor a line asking for tips;
- a Korean reporter after a wire's dateline in any bracket (``〔광주=남도일보〕 최윤아 기자``, ``《부산=해양신문》 …``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilingual.text.scripts import SYLLABLES

_I = re.IGNORECASE

# --- widgets -------------------------------------------------------------------------------------------------------

_SHARE_WORD = re.compile(
    r"(?:sns\s*)?공유(?:하기)?|(?:url|링크|주소)\s*복사(?:하기)?|카카오\s*(?:톡|스토리)|카톡|페이스북|트위터|"
    r"(?:네이버\s*)?(?:밴드|블로그)|라인|텔레그램|스레드|인스타그램|엑스|인쇄(?:하기)?|스크랩(?:하기)?|"
    r"share(?:\s+(?:on|via|this))?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|threads|"
    r"kakao\s*(?:talk|story)?|line|naver\s*(?:band|blog)?|band|e-?mail|print|copy\s*(?:the\s+)?(?:link|url)|"
    r"link|url|sms|messenger|bluesky|mastodon|instagram|tiktok|wechat|weibo|naver|"
    r"(?:listen|watch|follow\s+us|subscribe|available)\s+on|apple\s+podcasts|google\s+podcasts|podcasts|spotify|"
    r"subscribe|rss(?:\s+feed)?|pocket\s+casts|overcast|castbox|amazon\s+music|"
    r"youtube(?:\s+music)?|soundcloud|podbbang|팟빵|유튜브|팟캐스트|(?:네이버\s*)?오디오\s*클립|"
    r"[aA가]\s?[+＋]|[aA가]\s?[-−－]|글자\s*크기(?:\s*(?:설정|조절|변경))?|font\s*size|text\s*size|"
    # labels40: the font-size buttons written as the letter twice (가 가), a listen button (기사 본문 듣기)
    r"가|(?:기사\s*)?본문\s*듣기",
    _I,
)
_SHARE_SEPARATOR = re.compile(r"\s*[|/·•,:：]\s*|\s+")


def _items(text: str, item: re.Pattern[str], separator: re.Pattern[str], goes_on: Callable[[str], bool]) -> int:
    """How many items ``text`` is made of, with separators between them; 0 if anything else stands in it or an item
    runs on into a character for which ``goes_on`` is true."""
    pos, count = 0, 0
    while pos < len(text):
        sep = separator.match(text, pos)
        if sep is not None and sep.end() > pos:
            pos = sep.end()
            continue
        found = item.match(text, pos)
        if found is None or found.end() == pos:
            return 0
        end = found.end()
        if end < len(text) and goes_on(text[end]):
            return 0
        count += 1
        pos = end
    return count


def _share_bar(text: str) -> bool:
    """Two or more words, each a platform's or a share button's (multi-word ones tried first, greedily)."""
    if len(text) > 100:
        return False
    # a word that goes on is no such word: "Linked" of "LinkedIn" is tried whole, "xylophone" is no X;
    # never one word alone (the chrome rule has those)
    return _items(text.strip(), _SHARE_WORD, _SHARE_SEPARATOR, lambda c: c.isalnum() or c in "-'’") >= 2


_SCALE_STEP = re.compile(
    r"(?:매우|아주|대체로|전혀)?\s*(?:만족|불만족|그렇다|그렇지\s*않다|보통(?:이다)?|좋음|나쁨|보통임|미흡|우수|양호)|"
    r"(?:very|strongly|somewhat|extremely|not\s+at\s+all)?\s*"
    r"(?:satisfied|dissatisfied|unsatisfied|agree|disagree|neutral|likely|unlikely|helpful|unhelpful|"
    r"excellent|good|fair|poor|bad|average)|"
    r"neither\s+(?:agree\s+nor\s+disagree|satisfied\s+nor\s+dissatisfied)|[★☆]{1,5}|[①-⑤]|[1-5]\s*점",
    _I,
)
_SCALE_SEPARATOR = re.compile(r"\s*[|/·•,]\s*|\s+|\s*[○●□■◯]\s*")


def _rating_scale(text: str) -> bool:
    """Three or more steps of an answer scale, alone on the line."""
    if len(text) > 120:
        return False
    return _items(text, _SCALE_STEP, _SCALE_SEPARATOR, lambda c: c.isalnum() and not c.isdigit()) >= 3


_ARROW = "▾▼▽⌄∨"
_DROPDOWN_ITEM = re.compile(
    rf"(?:[^\s:：|{_ARROW}][^:：|{_ARROW}]{{0,20}}[:：]\s*)?[^\d\s|{_ARROW}][^|{_ARROW}]{{0,24}}?\s*[{_ARROW}]")
_FILTER_LABEL = re.compile(r"(?:filter(?:s|\s+by)?|sort(?:\s+by)?|view|show|필터|정렬|보기|검색\s*조건)\s*[:：]?", _I)


def _dropdown_bar(text: str) -> bool:
    """Short items each closed by a dropdown arrow, between bars (a label such as ``Sort by:`` may open it)."""
    if len(text) > 120 or not any(arrow in text for arrow in _ARROW):
        return False
    items = [item.strip() for item in re.split(r"\s[|/·]\s|\s{2,}", text) if item.strip()]
    if items and _FILTER_LABEL.fullmatch(items[0]) and len(items) > 1:
        items = items[1:]
    # several arrows may stand on a line written without bars: "Level ▾ Language ▾"
    pieces = [p for item in items for p in re.findall(rf"[^{_ARROW}]+[{_ARROW}]|[^{_ARROW}]+$", item)]
    pieces = [p.strip() for p in pieces if p.strip()]
    if pieces and _FILTER_LABEL.fullmatch(pieces[0]) and len(pieces) > 1:
        pieces = pieces[1:]
    return bool(pieces) and all(
        _DROPDOWN_ITEM.fullmatch(p) is not None and len(p.split()) <= 4 for p in pieces)


_AD_WORD = r"(?:advertisements?|advertising|ads?|sponsored(?:\s+content)?|promoted|paid\s+(?:post|content)|" \
           r"광고|스폰서|협찬|애드|anzeige|publicité|publicidad|pubblicità|広告|广告|реклама)"
_AD_MARKER = re.compile(
    rf"[-–—~*=·•\[(【〔<《「]+\s*{_AD_WORD}\s*[-–—~*=·•\])】〕>》」]+|"
    r"(?:story|article|text)\s+continues\s+(?:below|after)\s+(?:the\s+)?(?:advertisement|ad)|"
    r"(?:(?:advertisements?|ad|광고)\s*[-–—·•|:/]?\s*)?scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|"
    r"(?:광고\s*[-–—·•|:/]?\s*)?(?:아래로\s*)?스크롤\s*(?:하여|해서|하면)?\s*(?:기사\s*)?계속\s*(?:읽기|보기)|"
    r"광고\s*(?:영역|건너뛰기|닫기)",
    _I,
)

_GATE = re.compile(
    r"(?:please\s+)?(?:log|sign)\s*in(?:\s+or\s+(?:register|sign\s*up|subscribe))?\s+(?:to|for)\s+"
    r"(?:\S+\s+){0,5}\S+|"
    r"(?:subscribe|register|join)\s+(?:now\s+)?(?:to|for)\s+(?:read|see|view|continue|unlock|access|get)\b(?:\s+\S+){0,5}|"
    r"(?:members?|subscribers?)\s+only(?:\s+\S+){0,3}|"
    r"(?:회원|구독자)\s*(?:전용|만)\s*(?:\S+\s*){0,3}|로그인\s*(?:이|을)?\s*필요(?:합니다|한\s*서비스)?",
    _I,
)
_BUTTON = re.compile(
    r"(?:1\s*:\s*1\s*)?(?:온라인\s*|바로\s*|지금\s*)?"
    rf"(?:(?-i:[{SYLLABLES}]){{1,6}}\s*){{0,4}}"  # labels32: up to four words before the verb (창업 상담 신청하기)
    r"(?:문의|신청|예약|상담|접수|구매|결제|참여|참석|참가|응모|가입|후원|예매|주문|작성|등록|글쓰기|채팅\s*상담|전화\s*상담)\s*하기"
    r"(?:\s*[☎✆📞]?\s*(?:tel\.?\s*)?\d{2,4}-\d{3,4}(?:-\d{4})?)?|"
    r"1\s*:\s*1\s*(?:문의|상담)|(?:온라인|바로|지금)\s*(?:(?-i:[가-힣]){1,6}\s*)?(?:가입|신청|접수|예약|예매|후원|참여)|"
    # labels32: an answer sent on another site (RSVP on Eventbrite), a request sent (Submit Request), a link back to
    # the list it came from (← Back to all events, ◀ 목록으로)
    r"rsvp\s+(?:on|via|at|through|with)\s+[\w.-]+(?:\s+[\w.-]+)?|"
    r"(?:submit|send)\s+(?:(?:your|a|my|the|this)\s+)?(?:request|application|form|enquiry|inquiry|message|booking|"
    r"registration|order|rsvp)|"
    r"[←⇐◀◁‹«]\s*(?:(?:go\s+)?back(?:\s+to\s+(?:\S+\s*){1,4})?|return\s+to\s+(?:\S+\s*){1,4}|"
    r"(?:전체\s*)?목록\s*(?:으로|보기|가기)?|뒤로\s*(?:가기)?|이전\s*(?:페이지|화면)(?:으로)?)|"
    r"(?:apply|book|buy|order|register|donate|enroll|subscribe|reserve|join|renew|sign\s*up|rsvp)\s+"
    r"(?:now|today|online|here)|"
    r"get\s+(?:tickets|started)|(?:buy|book)\s+(?:your\s+)?tickets|learn\s+more|find\s+out\s+more|"
    r"(?:ask|send)\s+(?:us\s+)?a\s+(?:question|message)|chat\s+with\s+us|"
    # labels28: a button in the first person (Book my audition, Manage my booking, Reserve my seat), a subscription
    # to alerts (Subscribe to email alerts, Sign up for text updates), a live stream to watch (Watch the livestream,
    # Watch live); 내 예약 확인, 알림 받기, 생중계 보기
    r"(?:book|reserve|manage|cancel|change|view|track|check|claim|secure|start|save|update|renew|print)\s+"
    r"my\s+[\w'’-]+(?:\s+[\w'’-]+)?|"
    r"(?:subscribe\s+to|sign\s+up\s+for|get)\s+(?:our\s+)?(?:e-?mail|text|sms|news|push)\s+"
    r"(?:alerts|updates|notifications|newsletter)|"
    r"watch\s+(?:the\s+)?(?:live\s*stream|live|replay|recording)(?:\s+(?:now|here|online))?|"
    r"(?:내|나의)\s*(?:예약|신청|예매|접수)\s*(?:내역\s*)?(?:확인|관리|조회|취소)(?:하기)?|"
    r"(?:이메일|문자|메일|카카오톡)?\s*알림\s*(?:받기|신청)|(?:생중계|라이브|실시간\s*중계)\s*(?:보기|시청(?:하기)?)",
    _I,
)

_SHOP_BUTTON = re.compile(
    r"[♡♥🛒]?\s*(?:add\s+to\s+(?:(?:cart|basket|bag|trolley|wish\s?list|favou?rites|calendar)\b|"
    r"my\s+[\w'’-]+(?:\s+[\w'’-]+)?)|"
    r"save(?:\s+(?:for\s+later|job|item|to\s+(?:my\s+)?[\w'’-]+(?:\s+list)?))?|check\s+availability|"
    r"장바구니\s*(?:담기|추가|넣기)|찜(?:\s*하기)?|바로\s*구매(?:하기)?|관심\s*상품\s*(?:담기|등록))\s*[☆★♡♥]?",
    _I,
)
"""labels43: a shop's or a booking page's button in the first person, alone on its line (``Add to basket``, ``Add to
my festival``, ``Save``, ``Check availability``, ``장바구니 담기``, ``찜하기``, ``바로 구매``): the label table's
navigation, no heading over the product."""


# labels22: a video or audio player's control, a play mark before its action and its running time (▶ 02:14 | Watch
# on YouTube, ▶ Play episode 48:12, ▶ 영상 재생, ▶ 동영상 보기 3:05): no sentence, no title after the action
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_PLAYER = re.compile(
    rf"[▶►▷]\s*(?:{_CLOCK}\s*[|·]?\s*)?"
    r"(?:(?:watch|play|listen)(?:\s+(?:now|on|the|this|full|episode|video|clip|audio|again))*"
    r"(?:\s+(?:youtube|vimeo|spotify|podcasts?|apple\s+podcasts|naver\s+tv|kakao\s*tv))?|"
    r"(?:동?영상|오디오|음성)\s*(?:재생|보기|듣기)|재생(?:하기)?|다시\s*보기)"
    rf"(?:\s*[|·(]?\s*{_CLOCK}\)?)?", _I)

# labels40: a player's control with what it plays between the action and its running time (▶ Watch highlights
# 3:41, ▶ Preview a stop: "…" 1:48, ▶ 1:48 | Watch the report), a Korean one with a few words before 영상 보기 or
# 음성 다시듣기 (▶ 지난 연주회 영상 보기, ▶ 음성 다시듣기 (1:42)), and a listen button alone, its length after it or not
# (Listen to this article, Listen to article · 5 min): the label table's "a player's controls"
_PLAYER_TITLED = re.compile(
    rf"[▶►▷]\s*(?:(?:watch|play|listen|preview|hear)\b[^|▶►▷]{{1,80}}?\s*[|·(]?\s*{_CLOCK}\)?|"
    rf"{_CLOCK}\s*[|·]?\s*(?:watch|play|listen|preview|hear)\b(?:\s+[\w'’-]+){{0,4}})|"
    rf"[▶►▷]\s*(?:[{SYLLABLES}\w]+\s+){{0,3}}(?:동?영상|오디오|음성)\s*(?:재생|보기|듣기|다시\s*(?:보기|듣기))"
    rf"(?:\s*[|·(]?\s*{_CLOCK}\)?)?", _I)
_LISTEN = re.compile(
    r"(?:[🔊🎧]\s*)?listen\s+to\s+(?:this\s+|the\s+)?(?:article|story)"
    rf"(?:\s*[|·]?\s*(?:\(?{_CLOCK}\)?|\d{{1,2}}\s*min(?:ute)?s?\.?))?", _I)
# labels22: a player's time display, elapsed over total, with its speed or from the start (0:00 / 3:12  1x)
_SPEED = r"\s+\d(?:\.\d{1,2})?\s?[x×]"
_PLAYER_TIME = re.compile(rf"0?0:00\s*/\s*{_CLOCK}(?:{_SPEED})?|{_CLOCK}\s*/\s*{_CLOCK}{_SPEED}")
# labels34: a player's action without its play mark, then its time display (동영상 재생 00:00 / 02:04, Play video
# 0:00 / 3:12)
_PLAYER_ACTION_TIME = re.compile(
    rf"(?:(?:동?영상|오디오|음성)\s*(?:재생|듣기)|(?:play|watch|listen)(?:\s+(?:the\s+)?(?:video|audio|clip|episode))?)"
    rf"\s*[|·]?\s*(?:{_PLAYER_TIME.pattern})", re.I)


# the link to the story before or after, with its arrow: Prev ▲ <title>, 다음글 ▼ <title>
_PREV_NEXT = re.compile(r"(?:prev(?:ious)?|next|이전\s*글?|다음\s*글?)\s*[▲△▼▽]\s*\S.{0,100}", _I)
# a call to action: a few words closed by an arrow (Check price at retailer ›, 자세히 보기 →), no sentence, no figure
_ARROW_ACTION = re.compile(r"[^\d.!?|]{2,40}?\s*[›»→➔➜]")
_SCALE_QUESTION = re.compile(r"[^?？]{4,80}[?？]\s*(.+)")


# a satisfaction survey's own question, alone on its line: it asks the reader to rate the page
_SURVEY_PROMPT = re.compile(
    r"(?:이\s*)?(?:페이지|화면|정보|콘텐츠|서비스|안내|홈페이지)[^.?!]{0,12}만족(?:도를?|하십니까|하셨습니까|하시나요)"
    r"(?:\s*(?:평가|선택|체크|표시)\s*해\s*주(?:세요|십시오|시기\s*바랍니다))?\s*[?？.]?|"
    r"(?:please\s+)?rate\s+(?:this|our)\s+(?:page|content|information|service|website)[^.?!]{0,30}[.?!]?|"
    r"how\s+(?:satisfied|happy)\s+are\s+you\s+with\s+(?:this|our|the)\s+(?:page|content|information|service|"
    r"website)[^?]{0,20}\?", _I)


def _survey(text: str) -> bool:
    """A question and the steps of its answer scale on one line (이 정보에 만족하십니까? 매우 만족 만족 보통 …), or a
    satisfaction survey's question alone (이 페이지의 정보에 만족하십니까?, Rate this page)."""
    if _SURVEY_PROMPT.fullmatch(text):
        return True
    question = _SCALE_QUESTION.fullmatch(text)
    return question is not None and _rating_scale(question.group(1).strip())


_STAR_RATING = re.compile(
    r"[★☆⭐]{1,5}\s*\d(?:[.,]\d)?(?:\s*/\s*5(?:\.0)?)?\s*(?:[·•(]\s*|from\s+|based\s+on\s+)?"
    r"(?:(?:리뷰|후기|평가)\s*)?[\d,]+(?:\.\d)?[kK]?\+?\s*(?:개|건|명)?\s*"
    r"(?:(?:[A-Z][A-Za-z]+|verified|customer|guest)\s+)?(?:reviews?|ratings?|리뷰|후기|평가)?\s*\)?"
    r"(?:\s*[|·•]\s*[^|·•]{1,16})?",
    re.I,
)
"""labels37: a site's rating with its count, opened by stars (``★ 4.8 · 1,204 reviews``, ``★★★★★ 4.9 from 312 Google
reviews``, ``★ 4.8 (1,204 reviews) | 후기 보기``, ``★ 4.7 (후기 328개)``): a widget with its counter, the label
table's navigation row; a reviewer's stars over a quotation are no such line (no figure of a count)."""


def _star_rating(text: str) -> bool:
    """labels37: :data:`_STAR_RATING`, with the count's word (reviews, 리뷰, 후기 …) in the line."""
    return (text[:1] in "★☆⭐" and any(word in text.lower() for word in ("review", "rating", "리뷰", "후기", "평가"))
            and _STAR_RATING.fullmatch(text) is not None)


def rating_line(text: str) -> bool:
    """labels43: a rating and its count alone (:func:`_star_rating`), with no link after it (``★★★★★ 4.7 (318
    reviews)``, ``★ 4.8 (리뷰 1,284)``; not ``… | 후기 보기``): under a product's title, the product's field."""
    text = text.strip()
    return "|" not in text and "보기" not in text and _star_rating(text)


def widget(text: str) -> bool:
    """A page widget by its shape: share bar, rating scale, dropdown filter bar, ad marker, gate or button."""
    if len(text) > 120:
        return False
    text = text.strip()
    stripped = text.rstrip(".…!> ›»→")
    if _share_bar(stripped) or _rating_scale(stripped) or _AD_MARKER.fullmatch(stripped) or _star_rating(stripped):
        return True
    # the other shapes each need a character or a word most lines lack: tested first, the pattern only then
    if len(stripped) <= 40 and _SHOP_BUTTON.fullmatch(stripped):
        return True
    if ("하기" in stripped or "1:1" in stripped or stripped[:2] in ("온라", "바로", "지금", "내 ", "나의")
            or "알림" in stripped or "보기" in stripped or "시청" in stripped or "신청" in stripped
            or stripped[:1] in "←⇐◀◁‹«" or _LATIN.search(stripped)) and _button_may_open(stripped) \
            and _BUTTON.fullmatch(stripped):
        return True
    if _LATIN.search(stripped) and _HANGUL.search(stripped):  # labels27: a button in both languages
        pair = _BILINGUAL_BUTTON.fullmatch(stripped)
        if pair is not None and any(_BUTTON.fullmatch(part.strip()) or _SHOP_BUTTON.fullmatch(part.strip())
                                    for part in pair.groups() if part):
            return True
        if pair is not None and _bilingual_action(pair):
            return True
    if _GATE_START.match(stripped) and _GATE.fullmatch(stripped):
        return True
    if ("?" in text or "？" in text or "만족" in text or "ate " in text) and _survey(text):
        return True
    if (text[:1] in "▶►▷" and (_PLAYER.fullmatch(stripped) or _PLAYER_TITLED.fullmatch(text))) or (
            text[:1].isdigit() and _PLAYER_TIME.fullmatch(text)):
        return True
    if "isten" in text[:12] and _LISTEN.fullmatch(stripped):
        return True
    if ":" in text and "/" in text and _PLAYER_ACTION_TIME.fullmatch(text):
        return True
    if _ARROWS.search(text) is None:
        return False
    return bool(_dropdown_bar(stripped) or _PREV_NEXT.fullmatch(text)
                or (len(text.split()) <= 6 and _ARROW_ACTION.fullmatch(text) is not None))


_LATIN = re.compile("[A-Za-z]")
_HANGUL = re.compile(f"[{SYLLABLES}]")
_BILINGUAL_BUTTON = re.compile(
    rf"([A-Za-z][A-Za-z '’-]{{1,30}}?)\s+([{SYLLABLES}][{SYLLABLES} ]{{1,15}})"
    rf"|([{SYLLABLES}][{SYLLABLES} ]{{1,15}}?)\s+([A-Za-z][A-Za-z '’-]{{1,30}})")
"""labels27: a button written in both languages, English then Korean or the reverse (``Apply now 신청하기``)."""
_KO_ACTION_END = re.compile(rf"[{SYLLABLES}]\s?(?:찾기|보기|하기|받기|가기|쓰기|듣기|읽기|알아보기|확인)$")
_EN_ACTION_START = re.compile(
    r"(?:find|view|see|download|get|check|apply|book|go|visit|read|watch|listen|search|print|share|contact|request|"
    r"start|join|register|reserve|buy|learn|explore|browse|compare|calculate|track|locate|open|write|submit|send|"
    r"call|ask|renew|pay|report|manage|update|sign\s+(?:in|up)|log\s+in)\s+\S", re.IGNORECASE)


def _bilingual_action(pair: re.Match[str]) -> bool:
    """labels29: a button in both languages by its shape: a Korean verb closed by its noun form (``시험장 찾기``,
    ``자료 내려받기``, ``결과 확인``) beside an English imperative of two to five words (``Find a test center``),
    either first."""
    ko, en = (pair[2], pair[1]) if pair[1] else (pair[3], pair[4])
    ko, en = ko.strip(), en.strip()
    return (len(ko.split()) <= 3 and len(en.split()) <= 5 and _KO_ACTION_END.search(ko) is not None
            and _EN_ACTION_START.match(en) is not None)


def _button_may_open(text: str) -> bool:
    """perf63: whether :data:`_BUTTON` may match the whole of ``text``, by its first character and the words its
    branches need. Its branches that may open on a Korean syllable are the Korean verbs (… 하기), the online ones
    (온라인, 바로, 지금 …), my booking's (내, 나의 …), the alerts' (… 알림 받기) and the live stream's (… 보기, …
    시청); the others open on a digit, a letter or an arrow. A Korean line of prose with a Latin word in it (``AI``)
    passes the cheap tests before the pattern, whose words of syllables before the verb are then tried at every split
    of the line's first words (2 µs a line of Korean news): here it is not tried."""
    if not ("가" <= text[:1] <= "힣"):
        return True
    return (text[0] in "온바지내나" or "하기" in text or "알림" in text or "보기" in text or "시청" in text)


_GATE_START = re.compile(r"please|log|sign|subscri|regist|join|member|회원|구독자|로그인", _I)
_ARROWS = re.compile(f"[{_ARROW}▲△›»→➔➜]")


# --- contact lines -------------------------------------------------------------------------------------------------

EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
"""An e-mail address (the page rules' one pattern: :mod:`bilingual.page.blocks` reads it too)."""
_EMAIL_ANY = re.compile(EMAIL)
_DIGITS = re.compile(r"\d{4}")
_PHONE = re.compile(r"(?:\+\d{1,3}[-\s.]?)?(?:\(\d{1,4}\)\s?)?\d{2,4}[-\s.]\d{3,4}[-\s.]\d{4}(?!\d)|"
                    r"(?<![\d-])1[5-8]\d{2}-\d{4}(?![\d-])")  # and a Korean representative number (1577-1234)
_OFFICE_PHONE = re.compile(
    rf"[{SYLLABLES}A-Za-z]*(?-i:[{SYLLABLES}])(?:팀|과|실|센터|사무소|사무국|사무실|본부|지원단|상황실|민원실|담당)"
    r"(?:\s*문의)?\s*(?:[☎✆📞]|tel\.?|전화)\s*[:：]?\s*\d", _I)
_NAME_EN = r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){0,3}"
_WRITE_TO = re.compile(
    rf"(?i:write|e-?mail|contact|reach)\s+(?i:to\s+)?{_NAME_EN}\s+(?i:at|via|on)\s+{EMAIL}\.?")
_ROLE_EN = re.compile(
    r"\b(?:secretary|officer|coordinator|spokes(?:person|man|woman)|organi[sz]er|press\s+office|media\s+relations|"
    r"public\s+relations|membership|treasurer|registrar|liaison|in\s+charge|contact\s+person)\b", _I)
_ROLE_KO = re.compile(
    r"담당|주무관|사무관|서기관|팀장|과장|계장|실장|간사|총무|대변인|사무국장|사무국|홍보(?:팀|실|관)|연락\s*담당|"
    r"코디네이터|매니저")
_KO_NAME = re.compile(rf"(?<![{SYLLABLES}])[{SYLLABLES}]{{2,4}}(?:\s*(?:주무관|팀장|과장|간사|사무관|씨|님))")
_NOT_CONTACT = re.compile(
    r"발행|편집인|등록\s*번호|사업자|대표\s*전화|팩스|fax|publisher|registration|copyright|©|ⓒ|제보|tips?\b|"
    r"correction|정정|오류|subscribe|구독|unsubscribe|수신|광고\s*문의|advertis", _I)
_POSTAL = re.compile(r"(?<![\d-])\(?\d{5}\)?(?![\d-])")
_ROAD = re.compile(r"(?-i:[가-힣])+(?:대로|로|길)\s*\d|\b\d{1,4}\s+\w+-(?:daero|ro|gil)\b|"
                   r"\b\d{1,5}\s+(?:[A-Z]\w+\s+){1,3}"
                   r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.)", _I)
_READS_AS_SENTENCE = re.compile(r"[다요][.!?]?\s*$|[a-z]{2,}[.!?]\s*$")
"""A contact line's end that makes it a sentence: a Korean predicate, or a lower-case word and its mark. Narrower than
:func:`~bilingual.page.sentence_end.ends_sentence` on purpose: a contact line may close with a number's or a name's
stop (``Tel. 02-123-4567.``, ``Contact: J. Doe, press officer, Ltd.``) and is still no sentence."""


def write_to(text: str) -> bool:
    """``Write to Mira Solis at mira.solis@example.com``: an author's name and e-mail (a byline)."""
    return len(text) <= 120 and "@" in text and _WRITE_TO.fullmatch(text.strip()) is not None


def contact_line(text: str) -> bool:
    """A person or a role to contact, with an e-mail or a phone number, on a short line that is no sentence."""
    if len(text) > 120 or (_DIGITS.search(text) is None and "@" not in text):  # both kinds of contact need one
        return False
    if not (("@" in text and _EMAIL_ANY.search(text)) or _PHONE.search(text)):
        return False
    if _NOT_CONTACT.search(text) or _READS_AS_SENTENCE.search(_EMAIL_ANY.sub("", text).rstrip(" )>]")):
        return False
    if _POSTAL.search(text) or _ROAD.search(text):
        return False  # an address: the publisher's particulars (the footer's), not a person to ask
    rest = _PHONE.sub(" ", _EMAIL_ANY.sub(" ", text))
    if len(rest.split()) > 12:
        return False
    return bool(_ROLE_EN.search(rest) or _ROLE_KO.search(rest) or _KO_NAME.search(rest)
                or _OFFICE_PHONE.search(text))


_DEPARTMENT = re.compile(
    r"(?:담당\s*부서|담당\s*자|담당\s*과|department(?:\s+in\s+charge)?|division|office\s+in\s+charge|"
    r"(?:media|press)\s+contacts?)\s*[:：]?\s*\S.{0,60}(?:\s+[|/·]\s+.{1,60}){1,4}", _I)


def department_contact(text: str) -> bool:
    """A release's department and its contacts between bars (``담당부서 공원과 | 담당자 … | 전화 …``,
    ``Department in charge: … | Tel. …``): the issuer, not the publisher's particulars nor a menu."""
    return (len(text) <= 200 and _DEPARTMENT.fullmatch(text.strip()) is not None
            and not _NOT_CONTACT.search(text) and not _POSTAL.search(text))


_KO_REPORTER = "(?:기자|특파원|객원기자|선임기자|수습기자|인턴기자)"
_WIRE_BYLINE = re.compile(
    rf"[\[(【〔［<《〈「『]\s*[^\]\)】〕］>》〉」』=]{{1,12}}\s*=\s*[^\]\)】〕］>》〉」』]{{1,20}}[\])】〕］>》〉」』]\s*"
    rf"[{SYLLABLES}]{{2,4}}\s*{_KO_REPORTER}(?:\s*[(<]?{EMAIL}[)>]?)?"
)


def wire_byline(text: str) -> bool:
    """A wire's dateline in any bracket and its reporter: ``〔광주=남도일보〕 최윤아 기자``,
    ``<청주=충북타임즈> 한별 기자``."""
    return len(text) <= 80 and _WIRE_BYLINE.fullmatch(text.strip()) is not None
