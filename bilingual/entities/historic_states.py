"""A closed class of names typed ``place`` whatever their shape: the historical states of Korea and the dynasties of
China as Korean news name them (mentions23).

Korean news name a kingdom or a dynasty as the land it ruled (신라의 수도 경주, 고려 왕실, 청나라 사신, "the late
Joseon era"), and the gold files of issue 14 type them ``place``. No head or suffix finds them, and two syllables of
a Korean name's shape (고려, 신라) read as a person's name: a closed list, written from the periods of Korean history
as standard histories list them (Gojoseon and the states of the Proto-Three Kingdoms, the Three Kingdoms and Gaya,
Unified Silla and Balhae, the Later Three Kingdoms, Goryeo, Joseon and the Korean Empire) with their Revised and
McCune–Reischauer romanizations, and the eight major dynasties of imperial China (Qin, Han, Sui, Tang, Song, Yuan,
Ming, Qing) in the form Korean writes them as states, the syllable and 나라 (당나라, 청나라). The Chinese dynasties'
English names (Han, Song, Ming, Tang) are family names as well, and are not listed.

>>> historic_state("고려"), historic_state("청나라"), historic_state("Silla"), historic_state("고려대")
(True, True, True, False)
"""

from __future__ import annotations

KOREAN_STATES = frozenset(
    # in Hangul: the states of Korean history in order, then Unified Silla and the Later Three Kingdoms
    "고조선 위만조선 부여 옥저 동예 고구려 백제 신라 가야 금관가야 대가야 발해 통일신라 후백제 후고구려 "
    "태봉 고려 조선 대한제국 "
    # the same in the Revised Romanization and McCune–Reischauer
    "Gojoseon Kojoson Buyeo Puyo Okjeo Okcho Dongye Tongye Goguryeo Koguryo "
    "Baekje Paekche Silla Gaya Balhae Parhae Taebong Goryeo Koryo Joseon Choson".split())
"""The historical states of Korea, in Hangul and in both romanizations. Left out: the three Han confederacies
(마한, 진한, 변한: 진한 and 변한 are also "deep" and "changed", Mahan a family name), the spelling Kaya (a given
name) and the newspaper spelling Chosun (the Chosun Ilbo)."""
CHINESE_DYNASTIES = frozenset(f"{syllable}나라" for syllable in "진한수당송원명청")
"""The major dynasties of imperial China as Korean names them as states: 진나라 (Qin), 한나라, 수나라, 당나라,
송나라, 원나라, 명나라, 청나라."""
_CHINESE_DYNASTY_ENGLISH = ("Qin", "Sui", "Yuan", "Qing", "Han", "Song", "Tang", "Ming")


def historic_state(name: str) -> bool:
    """Whether a name is one of the historical states of Korea or a dynasty of China (:data:`KOREAN_STATES`,
    :data:`CHINESE_DYNASTIES`), written alone or with the word for a dynasty after it (Joseon Dynasty, 조선왕조)."""
    name = name.strip()
    for end in (" Dynasty", " dynasty", " Kingdom", " kingdom", "왕조", " 왕조", "왕국", " 왕국"):
        if name.endswith(end) and len(name) > len(end):
            stem = name[: -len(end)].strip()
            return stem in KOREAN_STATES or (end.lower() == " dynasty" and stem in _CHINESE_DYNASTY_ENGLISH)
    return name in KOREAN_STATES or name in CHINESE_DYNASTIES
