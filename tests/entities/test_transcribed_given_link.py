"""The KB links a Korean family name with a transcribed foreign given name (link24 branch), both ways, and only when
no other entity fits so. Names made up for these tests."""

from bilingual.entities.kb import Entity, KnowledgeBase


def _kb(*names: str) -> KnowledgeBase:
    return KnowledgeBase([Entity(id=f"p{i}", type="person", name=n) for i, n in enumerate(names)])


def test_latin_query_hangul_only_kb():
    kb = _kb("최제시카", "브라이언 한", "한민호", "최서준")
    link = kb.link("Jessica Choi")
    assert link is not None and link.entity_id == "p0" and link.method == "transcription"
    assert kb.link("Brian Han").entity_id == "p1"
    assert kb.link("Han Min-ho").entity_id == "p2"  # a Korean name: linked as before


def test_hangul_query_latin_only_kb():
    kb = _kb("Jessica Choi", "Brian Han", "Choi Seo-jun")
    assert kb.link("최제시카").entity_id == "p0"
    assert kb.link("브라이언 한").entity_id == "p1"


def test_not_another_family_name_nor_another_given_name():
    kb = _kb("최제시카", "브라이언 한")
    for query in ("Jessica Park", "Monica Choi", "Brian Lim"):
        link = kb.link(query)
        assert link is None or link.entity_id is None, query


def test_two_entities_that_fit_so_are_not_guessed():
    kb = _kb("최제시카", "최 제시카")  # two people the query fits equally
    link = kb.link("Jessica Choi")
    assert link is None or link.entity_id is None


def test_a_place_shaped_query_is_not_read_as_a_person():
    kb = _kb("샌드라 오")
    link = kb.link("Mokpo Harbor")
    assert link is None or link.entity_id is None


def test_entities_named_in_both_scripts_keep_their_own_fit():
    kb = KnowledgeBase([Entity(id="a", type="person", name="Jessica Choi", name_ko="최제시카")])
    assert kb.link("Jessica Choi").entity_id == "a"  # the exact tier, as before
    assert kb.link("최제시카").entity_id == "a"
