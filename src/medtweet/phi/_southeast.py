"""Names, places and dates as Vietnamese, Indonesian, Malay and Filipino posts write them.

A clinician in Hanoi, Surabaya, Kuala Lumpur or Quezon City writes "anh Trần Văn Hùng",
"phường Tân Định, Q.5", "hẻm 42 Lê Văn Sỹ", "Pak Slamet", "Gg. Mawar RT 03/RW 05, Kel.
Sukasari", "RSUD Sleman", "si Mang Ernesto", "Purok 5", "28 Tết", "Hari Raya kedua": a
name, a place smaller than a state or a date element (Safe Harbor (A)-(C)) in words the
English rules do not know. In a patient story:

- a name: the capitalised words after a title or a kinship word written in lower case
  ("anh", "chị", "bà", "cụ", "bé", "em gái", "Pak", "Ibu", "Bu", "Dek", "Tn.", "Ny.", "si",
  "kay", "Mang", "Aling", "Tita"), with "bin" or "binti" and a father's name after them;
- a place: a ward's, a district's, a commune's, an alley's or a village's word and the name
  or number after it, the word itself included ("phường Tân Định", "Q.5", "P.13", "hẻm 42",
  "Kel. Sukasari", "Gg. Mawar", "RT 03/RW 05", "Kampung Melayu", "Purok 5", "Sitio
  Malinis"); a house number before a street ("42 Nguyễn Trãi"); a hospital or health
  centre by its word and its name ("RSUD Sleman", "Puskesmas Cilandak", "Bệnh viện Chợ
  Rẫy"); a known town after a word that places someone there ("từ Cần Thơ", "dari
  Cimahi", "taga Marikina"), or before "City";
- a date: a day of Tết or of the first lunar month ("28 Tết", "rằm tháng Giêng"), the days
  of Hari Raya and of the fast ("Hari Raya kedua", "puasa pertama"), All Saints' ("Undas"),
  and a day and month after the word for a date ("tgl 17/3", "ngày 14/4").

``SOUTHEAST_STORY`` holds what tells a story in these languages, for the context's scores.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon
from medtweet.phi._model import Category

__all__ = ["SOUTHEAST_STORY", "find_southeast"]

_N = Category.NAME
_G = Category.GEOGRAPHIC
_D = Category.DATE

_UP = "A-ZÀ-ÖØ-ÞĂÂĐÊÔƠƯẠ-Ỹ"
_LOW = "a-zß-öø-ÿăâđêôơưạ-ỹ"
_CAP = rf"[{_UP}][{_LOW}]+"
_RUN = rf"{_CAP}(?:[ ]{_CAP}){{0,3}}"
_TITLES = (
    # Vietnamese, in lower case or opening a sentence
    r"anh|chị|bà|ông|cụ|cụ bà|cụ ông|bé|cô|chú|em|em gái|em trai|bác|dì|cháu|Cụ|Bác|Dì|"
    # Indonesian and Malay
    r"Pak|Bapak|Bpk\.?|Ibu|Bu|Dek|Adik|Mbak|Mas|Kak|Tn\.|Ny\.|Nn\.|Sdr\.|Sdri\.|Encik|"
    r"Cik|Puan|Makcik|Pakcik|pasien|pesakit|Pasien|Pesakit|"
    # Filipino
    r"si|ni|kay|Si|Mang|Aling|Tita|Tito|Nanay|Tatay|Ate|Kuya|Lola|Lolo"
)
_NAME = re.compile(
    # (not a clinician's own name: "Dr. Anh Vu")
    rf"(?<![\w-])(?<!Dr\. )(?<!Dr )(?:{_TITLES}|(?P<vn>Anh|Chị|Bé|Em|Cô))[ ]"
    rf"(?P<n>{_RUN}(?:[ ](?:bin|binti|bt\.?|b\.)[ ]{_RUN})?)"
)
# words of a story's telling that a capitalised word after a title may be, not a name
_NOT_NAMES = frozenset(
    ["Covid", "COVID", "ICU", "IGD", "ER", "OPD", "HD", "DM", "BP", "CT", "MRI", "ECG",
     "Allah", "Tuhan", "Dok", "Doc", "Doktor", "Dokter", "Bác", "Sĩ", "Dios", "Diyos",
     "Teaching", "Hospital", "Clinic", "University", "Medical", "Center", "Centre"]
)  # fmt: skip
_UNIT_WORDS = (
    r"phường|Phường|xã|Xã|quận|Quận|huyện|Huyện|thị xã|thị trấn|ấp|Ấp|thôn|Thôn|làng|Làng|"
    r"hẻm|Hẻm|ngõ|Ngõ|ngách|kiệt|Kiệt|tổ|khu phố|"
    r"Kel\.|Kelurahan|kelurahan|Kec\.|Kecamatan|kecamatan|Desa|desa|Dusun|dusun|Kampung|"
    r"kampung|Kp\.|Kg\.|Gg\.|Gang|gang|Jl\.|Jln\.|Jalan|jalan|Perumahan|Perum|Blok|Lorong|"
    r"Taman|Pulau|pulau|Pantai|Mukim|Felda|"
    r"Brgy\.?|Barangay|barangay|Purok|purok|Sitio|sitio|Blk\.?|"
    # Thailand's, in Latin letters
    r"Soi|Thanon|Tambon|Amphoe|Moo"
)
# the district and town after a unit: "Brgy. San Roque, Marikina", "Kampung Melayu, Jatinegara"
_CHAIN = re.compile(rf",[ ](?!(?:{_UNIT_WORDS})\b){_RUN}")
# a unit's word and its name or number, the word included ("phường Tân Định", "Gg. Mawar")
_UNIT = re.compile(
    rf"(?<![\w-])(?:{_UNIT_WORDS})[ ]?(?:{_RUN}(?:[ ]\d{{1,4}}(?:/\d{{1,3}})?)?"
    r"|[A-Z]{1,3}\d{1,3}(?:/\d{1,3})?|\d{1,4}[A-Z]?(?:/\d{1,3})?)(?![\w-])"
    # Indonesia's neighbourhood and hamlet: "RT 03/RW 05", "RT.03 RW.05"
    r"|(?<![\w])RT\.?[ ]?\d{1,3}[ ]?/?[ ]?RW\.?[ ]?\d{1,3}(?!\d)"
)
# Vietnam's abbreviations, joined to their name or number: "Q.5", "P.13", "Q.Phú Nhuận"
_VIETNAMESE_UNIT = re.compile(rf"(?<![\w.])(?:Q|P|TP|TX|TT|H|X)\.(?:\d{{1,2}}(?!\d)|{_RUN})")
# a house number before a Vietnamese street's name: "42 Nguyễn Trãi", "số 17"
_HOUSE = re.compile(
    rf"(?<![\w/.,-])(?:số[ ])?\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?[ ](?P<s>{_CAP}[ ]{_RUN})"
)
_VIETNAMESE_LETTER = re.compile("[ăâđêôơưạ-ỹĂÂĐÊÔƠƯẠ-Ỹ]")
_FACILITY = re.compile(
    rf"(?<![\w-])(?:RSUD|RSUP|RSU|RSIA|RSAB|RS|Puskesmas|Klinik|Bệnh viện|BV|Trạm Y tế|"
    rf"Phòng khám)[ ](?P<n>{_RUN})"
)
_PLACING = re.compile(
    rf"(?<![\w-])(?:từ|ở|tại|quê|về|dari|di|ke|asal|taga|galing sa|nakatira sa|sa)[ ]"
    rf"(?P<p>{_RUN})"
)
_DIRECTION = re.compile(r"[ ](?:Tengah|Utara|Selatan|Timur|Barat|Norte|Sur)(?![\w-])")
# (not a name's first words: "Kansas City Cardiomyopathy Questionnaire")
_CITY = re.compile(rf"(?<![\w-])(?P<p>{_CAP}(?:[ ]{_CAP})?)[ ]City(?![\w-]|[ ][A-Z])")
_FEAST = re.compile(
    r"(?<![\w-])(?:(?:[12]?\d|30|mùng[ ]\d{1,2}|mồng[ ]\d{1,2})[ ]Tết|"
    r"rằm[ ]tháng[ ](?:Giêng|giêng|Bảy|bảy|\w+)|"
    r"Hari[ ]Raya(?:[ ](?:Aidilfitri|Idulfitri|Haji|Puasa))?(?:[ ](?:pertama|kedua|ketiga|ke-\d))|"
    r"(?:hari[ ])?puasa[ ](?:pertama|kedua|terakhir|hari[ ]ke-?\d{1,2})|"
    r"Undas|Noche[ ]Buena|Nochebuena|Khmer[ ]New[ ]Year|Thingyan|Pchum[ ]Ben|Chol[ ]Chnam[ ]Thmey)"
    r"(?![\w-])"
)
_DATED = re.compile(
    r"(?<![\w-])(?:tgl\.?|tanggal|ngày|ng\.|petsa)[ ](?P<d>(?:3[01]|[12]\d|0?[1-9])/"
    r"(?:1[0-2]|0?[1-9])(?:/\d{2,4})?)(?![\d/])"
)
# what tells a story in these languages: a title or a kinship word before a name, a patient's
# word, an age's word, a stay in hospital, the family
SOUTHEAST_STORY = re.compile(
    rf"(?<![\w-])(?:(?:anh|chị|bà|ông|cụ|bé|cô|chú|em gái|em trai|Pak|Ibu|Bu|Dek|Tn\.|Ny\.|"
    rf"Mang|Aling|Lola|Lolo|Tita|Tito|Anh|Chị|Bà|Ông|Cụ|Bé|Cô)[ ][{_UP}]"
    r"|\d{1,3}[ ]?(?:tuổi|thn|tahun|taon|taong gulang)(?![\w])"
    r"|bệnh nhân|BN|vào viện|nhập viện|xuất viện|người nhà|pasien|pesakit|dirawat|"
    r"masuk IGD|keluarganya|pasyente|naospital|na-admit)(?![\w-])"
)


# the words (lower-cased) each rule needs in the post: the cheap gates that skip it
_TITLE_WORDS = frozenset(
    ["anh", "chị", "bà", "ông", "cụ", "bé", "cô", "chú", "em", "bác", "dì", "cháu", "pak",
     "bapak", "bpk", "ibu", "bu", "dek", "adik", "mbak", "mas", "kak", "tn", "ny", "nn", "sdr",
     "sdri", "encik", "cik", "puan", "makcik", "pakcik", "pasien", "pesakit", "si", "ni",
     "kay", "mang", "aling", "tita", "tito", "nanay", "tatay", "ate", "kuya", "lola", "lolo"]
)  # fmt: skip
_UNIT_TOKENS = frozenset(
    ["phường", "xã", "quận", "huyện", "thị", "ấp", "thôn", "làng", "hẻm", "ngõ", "ngách",
     "kiệt", "tổ", "khu", "kel", "kelurahan", "kec", "kecamatan", "desa", "dusun", "kampung",
     "kp", "kg", "gg", "gang", "jl", "jln", "jalan", "perumahan", "perum", "blok", "lorong",
     "taman", "pulau", "pantai", "mukim", "felda", "brgy", "barangay", "purok", "sitio", "blk",
     "soi", "thanon", "tambon", "amphoe", "moo", "rt"]
)  # fmt: skip
_FACILITY_WORDS = frozenset(
    ["rsud", "rsup", "rsu", "rsia", "rsab", "rs", "puskesmas", "klinik", "bệnh", "bv", "trạm",
     "phòng"]
)  # fmt: skip
_PLACING_WORDS = frozenset(
    ["từ", "ở", "tại", "quê", "về", "dari", "di", "ke", "asal", "taga", "galing", "nakatira",
     "sa"]
)  # fmt: skip
_FEAST_WORDS = frozenset(
    ["tết", "rằm", "raya", "puasa", "undas", "noche", "nochebuena", "khmer", "thingyan", "pchum",
     "chol"]
)  # fmt: skip
_DATE_WORDS = frozenset(["tgl", "tanggal", "ngày", "ng", "petsa"])


_ANY_WORDS = (
    _TITLE_WORDS | _UNIT_TOKENS | _FACILITY_WORDS | _PLACING_WORDS | _FEAST_WORDS | _DATE_WORDS
)


@functools.cache
def _places() -> frozenset[str]:
    return lexicon("places")


def _known_town(run: str) -> int:
    """The length of the known town ``run`` opens with (its first words), or 0."""
    words = run.split()
    for size in range(min(3, len(words)), 0, -1):
        town = " ".join(words[:size])
        if town in _places() and len(town) >= 4:
            return len(town)
    return 0


def find_southeast(text: str, scan: Scan) -> Iterator[Hit]:
    """Names, places and dates of Vietnamese, Indonesian, Malay and Filipino posts."""
    if not scan.patient:
        return
    words = scan.words
    vietnamese = not text.isascii() and _VIETNAMESE_LETTER.search(text) is not None
    if not vietnamese and words.isdisjoint(_ANY_WORDS) and " City" not in text:
        return  # (most posts: one look-up, not six)
    titled = vietnamese or not words.isdisjoint(_TITLE_WORDS)
    for match in _NAME.finditer(text) if titled else ():
        name = match["n"]
        # (a capitalised "Anh" or "Em" is a title only in Vietnamese: a name itself too)
        if match["vn"] and not vietnamese:
            continue
        if _NOT_NAMES.isdisjoint(name.split()) and _known_town(name) != len(name):
            yield Hit(match.start("n"), match.end("n"), _N, "name.honorific")
    for match in _UNIT.finditer(text) if not words.isdisjoint(_UNIT_TOKENS) else ():
        end = match.end()
        for _ in range(2):
            chained = _CHAIN.match(text, end)
            if chained is None:
                break
            end = chained.end()
        yield Hit(match.start(), end, _G, "geo.street")
    for match in _VIETNAMESE_UNIT.finditer(text) if vietnamese else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _HOUSE.finditer(text) if vietnamese else ():
        if _VIETNAMESE_LETTER.search(match["s"]):
            yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _FACILITY.finditer(text) if not words.isdisjoint(_FACILITY_WORDS) else ():
        yield Hit(match.start(), match.end(), _G, "geo.facility")
    for match in _PLACING.finditer(text) if not words.isdisjoint(_PLACING_WORDS) else ():
        length = _known_town(match["p"])
        if length:
            end = match.start("p") + length
            side = _DIRECTION.match(text, end)  # "Cimahi Tengah", central Cimahi
            yield Hit(match.start("p"), side.end() if side else end, _G, "geo.city")
    for match in _CITY.finditer(text) if " City" in text else ():
        if _known_town(match["p"]) or match.group() in _places():
            yield Hit(match.start("p"), match.end(), _G, "geo.city")
    for match in _FEAST.finditer(text) if not words.isdisjoint(_FEAST_WORDS) else ():
        yield Hit(match.start(), match.end(), _D, "date.holiday")
    dated = scan.longest_number and not words.isdisjoint(_DATE_WORDS)
    for match in _DATED.finditer(text) if dated else ():
        yield Hit(match.start("d"), match.end("d"), _D, "date.numeric")
