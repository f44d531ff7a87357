"""Dates, ages and feasts written as Chinese, Japanese and Korean posts write them.

A clinician in Taipei, Tokyo or Seoul (or one caring for their diaspora) writes "3月3日",
"令和8年4月1日", "3월 9일", "94歲", "100歳", "(92세)", "清明節", "설날": a date element or
an age of 90 or more (Safe Harbor (C)) that the Latin-letter rules do not read. In a patient
story:

- a month and day, with or without the year ("3月3日", "2026年5月2日", "3월 9일", "5월 5일");
- a date in Japan's era years ("令和8年4月1日", and its short form "R8.2.11"), and an era year
  alone when it is a birth year of 90 or more years ago ("昭和6年生まれ");
- an age of 90 or more before its word for years ("94歲", "95岁", "100歳", "92세");
- a feast that dates the story ("清明節", "元宵节", "端午節", "中秋節", "春節", "除夕", "설날",
  "추석", "お盆");
- a name in Chinese characters (with kana after them, as Japanese given names are written) or
  in Hangul, after a relative's or a patient's word ("阿嬤 陳林秀英", "할머니 오말순"), before a
  title of respect ("大橋ハル 様", "박영자 할머니") or before an age ("王德福, 95岁",
  "(张建国, 91)");
- a place: a run ending as a ward, a city or a county is written ("朝阳区",
  "仙台市青葉区", "練馬区光が丘"), a run after a word that places someone ("from 鹿港", "住朝阳区",
  "從三重來"), and a Japanese postcode ("〒158-0094").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan, this_year
from medtweet.phi._model import Category

__all__ = ["find_east_asian"]

_D = Category.DATE
_A = Category.AGE
_N = Category.NAME
_G = Category.GEOGRAPHIC

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7af"
# a name: two to four characters, with up to three kana after them ("大橋ハル"), or two to
# four Hangul syllables ("오말순")
_NAME = rf"(?:[{_HAN}]{{2,4}}[{_KANA}]{{0,3}}|[{_HANGUL}]{{2,4}})"
_KIN_BEFORE = (
    "阿嬤|阿嬷|阿公|阿伯|阿婆|阿姨|阿叔|奶奶|爷爷|爺爺|外婆|外公|婆婆|患者|病人|病患|"
    "환자|할머니|할아버지"
)
_TITLE_AFTER = "様|さま|さん|氏|씨|님|할머니|할아버지|(?:-| )?san\\b"
_NAMED = re.compile(
    # (a blank after the relative's word: "患者教育" is patient education, one word)
    rf"(?:{_KIN_BEFORE})[\s:\uff1a]+(?P<a>{_NAME})(?![{_HAN}{_HANGUL}])"
    rf"|(?<![{_HAN}{_KANA}{_HANGUL}])(?P<b>{_NAME})\s*(?:{_TITLE_AFTER})"
    rf"|(?<![{_HAN}{_KANA}{_HANGUL}])(?P<c>{_NAME})\s*(?:[,\uff0c\u3001]\s*|[(\uff08])\d{{1,3}}(?!\d)"
)
# a ward, a city or a county by its ending (a prefecture alone is a state's size: "長野県"),
# with the district after a ward ("練馬区光が丘"; not "出身", "在住", "的")
_PLACE = re.compile(
    rf"(?<![{_HAN}])(?:(?<=住)|(?<=從)|(?<=从)|(?<=在))?(?![住從从在])"
    # (a prefecture's, a city's or a ward's name may go before it: "宮城県仙台市青葉区")
    rf"(?:[{_HAN}]{{1,4}}?(?:県|縣|都|府|市|区|區|郡))*[{_HAN}]{{1,4}}?(?:市|区|區|郡)"
    rf"(?:(?<=[区區])(?![的出在の])[{_HAN}][{_HAN}{_KANA}]{{0,4}})?"
)
# a run after a word that places someone: "from 鹿港", "住朝阳区", "從三重來", "来自周口"
_PLACED = re.compile(
    rf"(?:\b(?:from|in|at) |住|從|从|来自|來自|出身)"
    # (a run with a place's ending stops there: "住朝阳区的老人")
    rf"(?P<p>[{_HAN}]{{1,5}}(?:区|區|市|郡)|[{_HAN}]{{2,6}}|[{_HANGUL}]{{2,5}})"
)
_JAPANESE_POSTCODE = re.compile(r"\u3012\s?\d{3}-?\d{4}")

# a month and a day in Chinese or Japanese ("3月3日", "2026年5月2日", "12月31號") or Korean
# ("3월 9일", "2026년 5월 5일"); the year is taken along when it is written
_MONTH_DAY = re.compile(
    r"(?:(?:19|20)\d\d\s?年\s?)?(?:1[0-2]|0?[1-9])\s?月\s?(?:3[01]|[12]\d|0?[1-9])\s?[日号號]"
    r"|(?:(?:19|20)\d\d\s?년\s?)?(?:1[0-2]|0?[1-9])\s?월\s?(?:3[01]|[12]\d|0?[1-9])\s?일"
)
# Japan's eras and the Gregorian year before each one's first ("令和" 1 is 2019)
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_ERA_DATE = re.compile(
    r"(?P<year>(?P<era>令和|平成|昭和|大正|明治)\s?(?P<y>元|\d{1,2})\s?年)"
    r"(?P<md>\s?(?:1[0-2]|0?[1-9])\s?月(?:\s?(?:3[01]|[12]\d|0?[1-9])\s?日)?)?"
    r"(?P<born>\s?生まれ|\s?生)?"
)
# the short form a chart writes: "R8.2.11", "H30.4.1", "S6.3.2"
_ERA_SHORT = re.compile(
    # (its letter first, then what may not come before it: a pattern that opens on a
    # character class is skipped to in C, one that opens on a look-behind tried everywhere)
    r"(?P<era>[RHST])(?<![\w.].)(?P<y>\d{1,2})\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])"
    r"(?![\w]|\.\d)"
)
# what every short form holds (its era's letter, its year, its month, a dot and its day's first
# digit): its gate, found from the dot, a literal the engine skips to faster than to a class
_ERA_SHORT_GATE = re.compile(r"\.(?:(?<=[RHST]\d\.)|(?<=[RHST]\d\d\.))(?:1[0-2]|0?[1-9])\.\d")
# an age before its word for years: "94歲", "95岁", "100歳", "92세", "(101세)"
_AGE = re.compile(r"(?<!\d)(?P<n>\d{2,3})\s?(?:歲|岁|歳|세|살)")
_FEAST = re.compile(
    r"清明[節节]|元宵[節节]|端午[節节]|中秋[節节]|春[節节]|除夕|七夕|重[陽阳][節节]|お盆|大晦日|"
    r"元日|설날|추석|한가위|어린이날"
)
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def find_east_asian(text: str, scan: Scan) -> Iterator[Hit]:
    """Dates, ages of 90 or more and feasts in Chinese, Japanese or Korean, in a story."""
    if not scan.patient:
        return
    if "." in text and scan.longest_number >= 1 and _ERA_SHORT_GATE.search(text) is not None:
        for match in _ERA_SHORT.finditer(text):
            yield Hit(match.start(), match.end(), _D, "date.numeric")
    if text.isascii() or _EAST_ASIAN.search(text) is None:
        return
    for match in _MONTH_DAY.finditer(text):
        yield Hit(match.start(), match.end(), _D, "date.month_day")
    for match in _ERA_DATE.finditer(text):
        year = _ERAS[match["era"]] + (1 if match["y"] == "元" else int(match["y"]))
        if match["md"]:
            yield Hit(match.start(), match.end("md"), _D, "date.month_day")
        elif match["born"] and this_year(scan) - year >= 90:
            yield Hit(match.start(), match.end("year"), _D, "date.birth")  # "昭和6年生まれ"
    for match in _AGE.finditer(text):
        if 90 <= int(match["n"]) <= 125:
            yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")
    for match in _FEAST.finditer(text):
        yield Hit(match.start(), match.end(), _D, "date.holiday")
    for match in _NAMED.finditer(text):
        group = match.lastgroup or "a"
        yield Hit(match.start(group), match.end(group), _N, "name.east_asian")
    for match in _PLACE.finditer(text):
        yield Hit(match.start(), match.end(), _G, "geo.city")
    for match in _PLACED.finditer(text):
        yield Hit(match.start("p"), match.end("p"), _G, "geo.city")
    for match in _JAPANESE_POSTCODE.finditer(text) if "\u3012" in text else ():
        yield Hit(match.start(), match.end(), _G, "geo.zip5")
