"""Ages of 90 and over, and birth years implying one (Safe Harbor (C)); "90+" passes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medtweet.phi import _languages as local
from medtweet.phi._gates import gate
from medtweet.phi._hit import Hit, Scan, lead, this_year
from medtweet.phi._lexicon import lexicon, lower_set
from medtweet.phi._model import Category

__all__ = ["OLD_AGE_NUMBERS", "find_ages"]

_A = Category.AGE
_NUM = r"(?P<n>\d{2,3})"
# "(?=[19])\b" and _NUM, written to start with the class of its first digit, which the engine
# skips to in C (a leading look-ahead is tried at every position)
_LEAD_NUM = r"(?P<n>[19](?<!\w[19])\d{1,2})"
_WORDS = {
    "ninety": 90,
    "one hundred": 100,
    "a hundred": 100,
    "hundred": 100,
}
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_WORD_NUM = (
    r"(?P<w>(?:ninety|(?:(?:one|a)\s+)?hundred(?:\s+and)?)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_YO = (
    r"(?:\s?-?\s?(?i:yoa|yo|y/o|y\.o\.?|y-o|yrs?\.?[- ]old|years?[- ]old|yo[MF]|yrs?|"
    r"years?\s+young|a\u00f1os|anos)\b|y(?=[),;])"  # "Ms. N (91y)"
    # "Patrick 90y DOB ...", "93y female": a glued "y" before what a case line goes on with
    r"|y(?=\s+(?:DOB\b|D\.O\.B|dob\b|[MF]\b|male\b|female\b|man\b|woman\b|w/|h/o\b|hx\b|"
    r"pmh\b|PMH\b|presents\b|presented\b|admitted\b))"
    r"|\s+years?\s+of\s+age\b|-years?-old\b|-yr-old\b|-year\b(?=\s+old\b))"
)
# a leading look-ahead on the first character lets the scan skip ahead: the numeric
# patterns only matter for ages of 90-125, which start with 9 or 1
# (the patterns find_ages treats apart are named here, then listed in _AGES in order)
# "she's 93 and sharp", "At 96, she still gardens"
_STATED = re.compile(
    rf"(?=[sShHAawWgGmMdDnNpPrRvVyYlL])\b(?:(?:[Ss]he|[Hh]e|who|[Gg]randma|[Gg]randpa|[Gg]ranny|"
    rf"[Nn]ana|[Mm]om|[Mm]other|[Dd]ad|[Ff]ather|[Ww]ife|[Hh]usband|[Pp]t|[Pp]atient|"
    rf"[Rr]esident|[Vv]eteran|(?<=[Tt]he )(?:[Mm]an|[Ww]oman|[Ll]ady|[Gg]entleman|[Gg]uy))"
    rf"(?:'s|\u2019s|\s+is|\s+was|\s+turns)|(?<![\w,] )At|[Yy]ou(?:'re|\u2019re|\s+are)|"
    rf"makes\s+(?:him|her|them))"
    rf"\s+{_NUM}\b(?=\s*(?:,|and\b|but\b|now\b|still\b|years?\b|\.(?!\d)|!|:\s|$|\(|\))|"
    r"\s+(?:because|though|although|yet|so|when|if|with|going)\b|\s+w/)"
)
_CELEBRATED = re.compile(
    rf"(?=[c])\bcelebrat(?:ed|ing|es)\s+(?:his|her|their|my)\s+{_NUM}(?:st|nd|rd|th)\b"
)
# a birthday by its ordinal: "planning his 100th in Miami", "for her 95th"
_ORDINAL_BIRTHDAY = re.compile(
    r"(?=[hHt])\b(?:his|her|their|His|Her) (?P<n>9\d|1[01]\d|12[0-5])(?:st|nd|rd|th)\b"
    r"(?! (?:percentile|day|week|visit|time|admission|cycle|dose|session|floor|annual|"
    r"anniversary|street|st\b|ave\b))"
)
_AT_AGE = re.compile(
    rf"at(?<=[\w.!,;)] at)\s+{_NUM}\b(?![.,]\d|\s*%)"
    r"(?=\s+(?:went|was|is|did|and|she|he|because|without|with|for|after|despite|due|"
    r"following|in|on)\b|\s*[.!;,]\s|\s*[.!]?$)"
)
# "a cake with 90 candles"
_CANDLES = re.compile(rf"(?=[19])\b{_NUM}\s+candles\b")
# "happy 96th to her", "Happy 100th, Mr. Ito!"
_HAPPY = re.compile(rf"(?=[hH])\b(?:happy|Happy)\s+{_NUM}(?:st|nd|rd|th)\b(?!\s+percentile)")
# "I've lived 101 years", "she has lived 96 years"
_LIVED = re.compile(rf"(?=[l])\blived\s+{_NUM}\s+years\b")
_APPOSITIONS = (
    # an age in apposition: "Earl, 92, ...", "Grandpa Joe (97)", "pt Opal, 104, from ..."
    re.compile(
        # (after a surname's initial too: "Aunty Rosie N., 92,"; before a colon: "Miss Odessa,
        # 98: 'baby ...'")
        # (it starts with the class of the separator's first character, which the engine skips
        # to in C; what stands before it is read after it: ",\s*", "\s*\(\s*", "\s+\u2014\s*"
        # or "\s+-\s+" by that character)
        rf"[,(\s](?:(?<=[A-Za-z\u00c0-\u024f'\u2019)\"\u201d][,(\s])|(?<=[A-Z]\.[,(\s]))"
        rf"(?:(?<=[,(])\s*|(?<=\s)\s*(?:\(\s*|\u2014\s*|-\s+))"
        rf"{_NUM}(?=[!?]*\s*\)|!|,|;|:\s|\.(?!\d)|\s*$|\s+(?:and|with|who|was|is|has|had|from|still|"
        rf"sharp|years?|y|next|today|tomorrow|this)\b)"
    ),
    # an age after a titled name, record-style: 'a note: "Mr Okafor 93, DNR"'
    re.compile(
        r"M(?<!\wM)(?:r|rs|s|iss)\.? [A-Z][\w'\u2019-]+ (?P<n>9\d|1[01]\d)"
        r"(?=[,;!)]|\.(?!\d)|\s+(?:y|yo|years?)\b)"
    ),
    # (a hyphen glued to a word before it joins a name, "F-100" a therapeutic milk)
    re.compile(rf"[\u2014-](?<![^\W\d_]-)\s*{_NUM}(?=,\s)"),
    # an age as its own clause after a sentence: "... we stopped. 93, widowed, sharp",
    # or its own sentence: "... his records playing. 99. Wife June says ..."
    re.compile(
        # (_NUM, written to start with the class of its first digit, as _LEAD_NUM is)
        r"(?P<n>[19](?:(?<=[.!?] [19])|(?<=[.!?][\"\u201d] [19]))\d{1,2})"
        r"(?=, (?:[a-z]|DNR|DNI|full code)|[.!]\s+[\"\u201c]?[A-Z#]|[.!]?\s*$)"
    ),
    # an age after a bed: "in bay 4, 93, from ...", "bed 7, 101, who ...", "bed 9 (97!)"
    re.compile(
        rf"(?=[bBrR])\b(?:bay|bed|room|rm|Bay|Bed|Room|Rm) \d{{1,3}}"
        r"(?:, (?=\d{2,3}, (?:from|who|with|lives|and|widowed|DNR|full code)\b)"
        r"| \((?=\d{2,3}!*\)))"
        rf"{_NUM}"
    ),
    # an age as a noun: "94 and still driving" (and "a spry 94", read below)
    re.compile(
        # (_NUM from the class of its first digit, then what opens the text or a sentence before it)
        r"(?P<n>[19](?:(?<![\s\S][19])|(?<=[.!?]\s[19])|(?<=\n[19]))\d{1,2})\s+and\s+"
        r"(?=still\b|sharp\b|going\b|"
        r"living\b|lives\b|drives\b|driving\b|thriving\b|independent\b|[a-z]{3,}ing\b|"
        r"[a-z]{3,}(?:able|ible)\b)"
    ),
)
# an age after a bed in brackets, "Our Doris (bed 4, 91)", and one reached of late after a
# name, "Mrs Ngata, 90 last week," (not "BP 150/90, 90 last week")
_BED_AGE = re.compile(rf"\((?i:bed|rm|room|bay|cubicle) ?\d{{1,3}}[A-Z]?, {_NUM}\)")
# (found from its literal ", ", the letter before it read after it)
_RECENT_AGE = re.compile(rf", (?<=[A-Za-z], ){_NUM} (?:last|this) (?:week|month)\b")
_AGES = (
    re.compile(rf"{_LEAD_NUM}{_YO}"),
    re.compile(rf"(?=[NnOoAaHh])\b{_WORD_NUM}{_YO}", re.IGNORECASE),
    re.compile(
        rf"(?=[aA])\b(?:aged?|Aged?|AGE|age:|Age:)\s*:?\s*(?:of\s+)?{_NUM}\b(?!\s*\+)"
        r"(?!\s*(?:years?\s+)?(?:and|or)\s+(?:over|older|above|up))"
    ),
    re.compile(rf"{_LEAD_NUM}\s?/?\s?(?P<sex>[MF])\b(?![-./]\d)"),
    # "ninety-six F, ambulatory": a worded age and the sex
    re.compile(rf"(?=[NnOoAaHh])\b(?i:{_WORD_NUM})\s?(?:[MF])\b(?![-./]\d)"),
    re.compile(
        rf"(?=[aAsShHtTiI])\b(?:aged?|age:|(?:she|he)(?:'s|\u2019s|\s+is|\s+was)|turned|turns|"
        rf"i'm|i\u2019m|i am|"
        rf"turning)\s+(?:of\s+)?{_WORD_NUM}\b(?!\s+(?:percent|mg|units|times|days|weeks))"
        # "aged ninety and over": the allowed aggregate, as "aged 90 and over" is
        r"(?!\s+(?:years?\s+)?(?:and|or)\s+(?:over|older|above|up))",
        re.IGNORECASE,
    ),
    _STATED,
    re.compile(
        rf"(?=[trcTRC])\b(?i:turned|turning|turns|reached|celebrated)\s+{_NUM}\b(?!\s*(?:mg|%|units|ml))"
    ),
    re.compile(rf"{_LEAD_NUM}(?:st|nd|rd|th)\s+birthday\b"),
    _CANDLES,
    _HAPPY,
    # "I'm 92, honey", "celebrated her 100th", "a hip replacement at 95 went fine"
    re.compile(
        rf"(?=[Ii])\b(?:I'm|I\u2019m|I am|Im)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?{_NUM}\b"
        r"(?=\s*(?:,|and\b|but\b|now\b|years?\b|\.(?!\d)|!|\?|$|[\"\u201d]))"
    ),
    _CELEBRATED,
    _AT_AGE,
    _LIVED,
    *_APPOSITIONS,
    _BED_AGE,
    _RECENT_AGE,
)
# an age as a noun and an age given roughly: found from the adjective or adverb (fast), with
# what must come before it checked after
_NOUN_AGE = re.compile(
    rf"(?=[sfhwlvairtpncjy])\b(?:spry|young|feisty|sharp|healthy|frail|sweet|lovely|vibrant|"
    rf"active|independent|robust|tough|stubborn|remarkable|fit|lucid|witty|proud|tiny|nearly|"
    rf"almost|pushing|just shy of|just under|close to|about to turn)\s+{_NUM}\b"
    r"(?=\s*(?:[.,!;)]|$|and\b|but\b|now\b|with\b|who\b|years?\b))"
)
# the first word of each of _NOUN_AGE's adjectives and adverbs: the text must hold one
_NOUN_AGE_WORDS = frozenset(
    ["spry", "young", "feisty", "sharp", "healthy", "frail", "sweet", "lovely", "vibrant",
     "active", "independent", "robust", "tough", "stubborn", "remarkable", "fit", "lucid",
     "witty", "proud", "tiny", "nearly", "almost", "pushing", "just", "close", "about"]
)  # fmt: skip
_NOUN_AGE_BEFORE = re.compile(
    r"(?:\b[Aa]n? |, ?|\b(?:is|was|she's|he's|who's|she\u2019s|he\u2019s|who\u2019s) )$"
)
_NAMED_IS = re.compile(
    rf"(?: is| was|(?<=[Hh]e)['\u2019]s|(?<=I)['\u2019]m) {_NUM}\b(?=\s+(?:and\b|&|today\b|"
    r"now\b|this year\b|next (?:week|month|year)\b|with\b|but\b|when\b|"
    # (not a saturation: "he was 92 on 2L")
    r"on (?!RA\b|room\b|\d|NC\b|nasal\b|high\b|HF|BiPAP\b|CPAP\b|the vent\b|O2\b|oxygen\b|"
    r"[a-z]+ air\b))|,|\.(?!\d)|!|$|\s*\(|\s+[^\w\s])"
)
_WHO_BEFORE = re.compile(
    r"(?<![\w'])(?:(?P<noun>(?:[Tt]he|[Oo]ur|[Mm]y) (?:member|patient|pt|resident|lady|gentleman|"
    r"gent|veteran|client)|(?<![\w'\u2019] )(?:[Hh]e|[Ss]he)|(?:(?<=[\"\u201c])|^|(?<=[.!?] ))I)|"
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Grandpa|Grandma|Nana|Papa|Granny|Abuela|Abuelo|"
    r"Aunt|Auntie|Uncle|patient|pt)\.? )?"
    r"(?P<who>[A-Z][^\W\d_]{2,}(?:-[^\W\d_]+)?|[A-Z]\.?)(?: Sr\.?| Jr\.?)?)"
    r"(?: from [A-Z][a-z]+| in (?:room |rm |bed |bay )?\d{1,3}[A-Z]?)?,?$"
)
# words that state a measured value, not a person: "Sodium is 119!", "Glucose is 104."
_MEASURES = frozenset(
    ["sodium", "glucose", "sugar", "potassium", "weight", "pulse", "temp", "temperature",
     "score", "rate", "sat", "sats", "saturation", "level", "count", "pressure", "map", "iq",
     "creatinine", "platelets", "hemoglobin", "troponin", "lactate", "ferritin", "chloride",
     "calcium", "magnesium", "phosphorus", "albumin", "protein", "cholesterol", "bicarb",
     "osmolality", "ef", "qtc", "heart", "systolic", "diastolic", "mean", "it", "this", "that",
     "which", "there", "here", "what", "goal", "target", "total", "average", "median"]
)  # fmt: skip


def _person_word(word: str) -> bool:
    """A capitalised word that names someone (a first name, or a word that is no measure)."""
    if word in lexicon("first_names"):
        return True
    low = word.lower()
    return not word.isupper() and low not in _MEASURES and low not in lower_set("common_words")


# what a number of 90 or more that is no age is measured in: "94 mg", "96%", "100 bpm"
# ("min" also stands for "mins": nothing follows these in the patterns that use them)
_MEASURE_UNITS = r"%|mg|kg|lbs?|min|hours?|hrs?|days?|weeks?|times|percent|mm|cm|bpm|/"
# a relative's age, said plainly: "dad 94", "wife also 91", "her mom is 101"
_KIN = ("dad", "mom", "wife", "husband", "mother", "father", "grandma", "grandpa", "sister",
        "brother", "aunt", "uncle", "widow", "widower",
        # Spanish, Portuguese, Italian and German grandparents: "Abuela 92", "nonna, 96"
        "abuela", "abuelo", "abuelita", "abuelito", "bisabuela", "bisabuelo", "avó", "avô",
        "vovó", "vovô", "nonna", "nonno", "oma", "opa")  # fmt: skip
# (each first letter in either case: opening a sentence too, "Abuela 92, COHb 31%")
_KIN_FIRSTS = "".join(sorted({c for word in _KIN for c in (word[0], word[0].upper())}))
# (it starts with the class of the words' first letters, which the engine skips to in C; the
# rest of each word is read after it)
_KIN_AGE = re.compile(
    rf"[{_KIN_FIRSTS}](?<![\w'][{_KIN_FIRSTS}])"
    rf"(?:{'|'.join(f'(?<=[{word[0]}{word[0].upper()}]){word[1:]}' for word in _KIN)})"
    r"(?:,| is| was| also| now| turns| turned)? (?P<n>9\d|1[01]\d|12[0-5])\b"
    rf"(?![.,]?\d| ?(?:{_MEASURE_UNITS}))"
)
_KIN_AGE_WORDS = frozenset(_KIN)
# an age that opens a sentence, as a story's aside: ". 96, sharp, reads the paper", "103!!!"
# (it starts with a digit class the engine skips to; the look-behinds after the first digit
# check that it opens the text or a sentence)
# an age right after "pt": "Pt 92.", "pt, 94, lives alone"
# ("pt 97 came in", "pt 93 who lives alone": or before what the patient did)
# ("Pt Fatima 104 from ...": or with the first name between)
_PT_AGE = re.compile(
    r"(?=[Pp])\b[Pp]t,? (?:[A-Z][a-z]{2,} |is |was )?(?P<n>9\d|1[01]\d|12[0-5])"
    r"(?=[.,!;]|$| (?:came|comes|presented|presents|was|is|who|with|w/|lives|and|from|can't|"
    r"couldn't|couldn\u2019t|could|got|fell|went|"
    r"can\u2019t|cannot|has|had|did|didn't|didn\u2019t|does|doesn't|won't|refused|says|said|"
    r"wants|wanted)\b)"
)
# two people's shared age ("twins, both 92", "one is 34, one is 90") and a life in years
# ("99 years. WWII vet.", "102 years of life"): no value of anything else reaches 90 years
_BOTH_AGE = re.compile(
    r"(?=[BbOo])\b(?:[Bb]oth|[Oo]ne is) (?P<n>9\d|1[01]\d|12[0-5])\b"
    rf"(?![.,]?\d| ?(?:{_MEASURE_UNITS}))"
)
_LIFE_YEARS = re.compile(
    r"(?=[19])(?<![\w.,$-])(?P<n>9\d|1[01]\d|12[0-5]) (?:years|yrs)\b"
    # (not a time ago, nor an institution's years: "100 years of Polish physicians")
    r"(?! ago| of (?:[A-Z]|service|care|practice|nursing|medicine|history|excellence))"
)
# another age said right after one: "97, maybe 98", '"97 or 98"', "(she insists 96)"
_OTHER_AGE = re.compile(
    r"(?=[omniaN])\b(?:or|maybe|insists?|nope,?|no,|actually|not|now|Nope,?|No,)\s+"
    rf"(?P<n>9\d|1[01]\d|12[0-5])\b(?![.,]\d|\s*(?:{_MEASURE_UNITS}))"
)
# an age alone in brackets, with "!" or a date: "(also 96!)", "(100 on June 30!!!)", "(95 in Dec"
_BRACKETED_AGE = re.compile(
    r"\((?:also |now |just |only )?(?P<n>9\d|1[01]\d|12[0-5])(?:!+|\s+(?:on|in|as of|next|this)\s+"
    r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
)
# an age to come ("who'll be 105 on 12/12", "will be 100", "wird 90", "fyller 91"), an age
# in Spanish ("cumple 100") and a life in years with a word between ("98 remarkable years")
_COMING_AGE = re.compile(
    r"(?=[wWlLbBcCfF'\u2019])(?:\bwill be|['\u2019]ll be|\bcumple|\bcumpli[óo]|\bcumplir[áa]|"
    # Scandinavian "fyller 91" (turns), "fylte 100"; German "wird 90"
    r"\b[Ff]yller|\b[Ff]ylte|\b[Ff]yllde|\bwird)"
    r" (?P<n>9\d|1[01]\d|12[0-5])\b(?![.,]?\d| ?(?:%|mg|kg|lbs?|percent|/))"
)
# the later ages of a list after "aged" ("3 pts aged 90, 95 and 101"; the first is read above)
_AGED_LIST = re.compile(
    r"(?=[aA])\b[Aa]ged? \d{2,3}(?P<rest>(?:, \d{2,3})*,? (?:and|&|or) \d{2,3})\b"
    r"(?![.,]?\d| ?(?:%|mg|kg|/))"
)
_LISTED_NUMBER = re.compile(r"\d+")
# "my patient today was 104", "the lady in bay 2 is 97": a person's age said plainly
_PERSON_WAS = re.compile(
    r"(?=[pPlLmMwWgGrR])\b(?:patient|pt|lady|gent|gentleman|man|woman|resident|grandma|"
    r"grandpa)(?: (?:today|yesterday|tonight|here|there))? (?:was|is|turned|turns|just turned) "
    r"(?P<n>9\d|1[01]\d|12[0-5])\b(?![.,]?\d|\+| ?(?:%|[A-Za-z]+/|/|"
    r"(?i:mg|mcg|ml|kg|lbs?|bpm|mmhg|units?|kilos?|pounds?|or (?:over|older))\b))"
)
# an age as a field of a tracking board or a label after a name: '"KOWALCZYK H / 94 / fall"'
_BOARD_AGE = re.compile(
    rf"\b(?!(?i:{'|'.join(sorted(_MEASURES))})\b)"  # (not a value: "Sats / 94 /")
    r"(?:[A-Z][A-Za-z'-]+,? [A-Z]\.?|[A-Z][a-z]+)"
    r" / (?P<n>9\d|1[01]\d|12[0-5])(?:[ ]?[MFmf])? /"
)
# "who at 101 refused the bedpan": an age someone did something at
_WHO_AT = re.compile(
    r"(?=[w])\bwho,? (?:even |still )?at (?P<n>9\d|1[01]\d|12[0-5])\b"
    r"(?![.,]?\d| ?(?:%|[A-Za-z]+/|/|"
    r"(?i:mg|mcg|ml|kg|lbs?|bpm|mmhg|mph|km|miles?|feet|ft|units?)\b))"
)
# "fêter les 100 ans de Mme Lacoste": a French birthday of someone named or one's own
_FRENCH_BIRTHDAY = re.compile(
    r"(?=[l])\bles (?P<n>9\d|1[01]\d|12[0-5]) ans (?:de |d['\u2019])"
    r"(?=M\.|Mme\b|Mlle\b|Madame\b|Monsieur\b|mon\b|ma\b|notre\b|son\b|sa\b|leur\b|"
    r"[A-Z][a-z]+ [A-Z])"
)
_WORDY_LIFE = re.compile(
    r"(?=[19])(?<![\w.,$-])(?P<n>9\d|1[01]\d|12[0-5]) (?!pack\b|more\b|total\b)[a-z]{3,} years\b"
    r"(?! ago| of (?:[A-Z]|service|care|practice|nursing|medicine|history|excellence))"
)
# a life's span: "(1929-2026)", with a dash of any length; a birth year 90 years or more
# before its end
_LIFESPAN = re.compile(r"\((?P<y>1[89]\d\d)\s?[\u2013\u2014-]\s?(?P<z>(?:19|20)\d\d)\)")
_TITLED_LIFE = re.compile(r"\b(?:Dr|Prof|Professor|Dra)\.? [A-Z][\w.' -]*$")
# an age with what it is counted by: "94 and a half", "103 by his own account", "Ouma, 90
# on Friday,", a record's "PENNINGTON, A 93Y"
_COUNTED_AGE = re.compile(
    r"(?=[19])(?<![\w.,$/-])(?P<n>9\d|1[01]\d|12[0-5])"
    r"(?= and a half(?![\w-])| by (?:his|her|their) own account\b|Y\b"
    r"|(?<=, 9\d)(?<!\d, 9\d) on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?<=, 1[01]\d)(?<!\d, 1[01]\d) on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# an age in brackets after initials: "pt (R.K., 93) had a Mobitz II", "M. (93) told me"
_INITIALS_AGE = re.compile(
    r"\((?:[A-Z]\.){1,3},? (?P<n>9\d|1[01]\d|12[0-5])\)"
    r"|(?<=[A-Z]\. \()(?<![\w.][A-Z]\. \()(?P<m>9\d|1[01]\d|12[0-5])\)"
)
# an age in Spanish or Portuguese: after a word for the person and "de" ("abuelita de 94",
# "paciente de 93", "um idoso de 94", "Don Chuy de 93"), after "tiene", "tem" or "fez"
# ("Doña Matilde tiene 93", "Ele tem 97", "fez 100 aninhos"), or with "a" for years (", 97a,")
_ROMANCE_AGE = re.compile(
    r"(?=[a-zA-Z\u00c0-\u00ff])\b(?:(?i:abuelit[ao]|abuel[ao]|paciente|jubilad[ao]|idos[ao]|"
    r"se\u00f1ora?|senhora?|novi[ao]|viejit[ao]|ancian[ao]|mujer|hombre|av[\u00f3\u00f4]|"
    r"vov[\u00f3\u00f4]|senior)\s+de"
    r"|(?:Don|Do\u00f1a|Dona|Seu|Sr\.?|Sra\.?) [A-Z\u00c0-\u00de][\w\u00c0-\u00ff]+ de"
    r"|(?i:tiene|tem|ten\u00eda|tinha|fez|hizo|cumpli\u00f3|completou|completa))"
    r" (?P<n>9\d|1[01]\d|12[0-5])\b"
    r"(?![.,]?\d|\+| ?(?:%|mg|kg|cm|mm|lpm|bpm|mmhg|/)| de | d[\u00ed]as| dias| horas)"
    r"|(?:(?<=, )|(?<=\())(?P<a>9\d|1[01]\d)a(?=[,;)])"
)
_ROMANCE_WORDS = frozenset(
    ["abuelita", "abuelito", "abuela", "abuelo", "paciente", "jubilado", "jubilada", "idoso",
     "idosa", "se\u00f1ora", "se\u00f1or", "senhora", "senhor", "novio", "novia", "viejita",
     "viejito", "anciana", "anciano", "mujer", "hombre", "av\u00f3", "av\u00f4",
     "vov\u00f3", "vov\u00f4", "senior", "don", "do\u00f1a", "dona", "seu", "sr", "sra",
     "tiene", "tem", "ten\u00eda", "tinha", "fez", "hizo", "cumpli\u00f3", "completou",
     "completa"]
)  # fmt: skip
# a name's age, a Spanish or Portuguese pronoun's: "Beryl's 90 and does the QC herself",
# "él 91, ella 89"
_NAMED_STATED = re.compile(
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z](?<![\w'][A-Z])[a-z]+['\u2019]s "
    r"(?P<n>9\d|1[01]\d|12[0-5]) (?=and|but|now|today)\b"
    r"|(?<![\w'])(?:él|ella|ele|ela) (?P<m>9\d|1[01]\d|12[0-5])(?=[,;]| [ye] )"
)
# "Now 96, on hospice": an age that opens a sentence after "Now"
_NOW_AGE = re.compile(r"(?<![\w,] )Now (?P<n>9\d|1[01]\d|12[0-5])(?=,)")
_OPENING_AGE = re.compile(
    r"(?P<n>[19](?:(?<=[.!?] [19])|(?<=\n[19])|(?<![\s\S][19]))"
    r"(?:(?<=9)\d|(?<=1)(?:[01]\d|2[0-5])))"
    r"(?=,|!| and\b| today\b| now\b|\. [a-z])"
)
# The worded-age patterns need "ninety" or "hundred": in ASCII text (where no other letter
# case-folds to theirs) they can match only when the lower-cased text has one of them.
_NUMERIC_AGES = tuple(regex for regex in _AGES if "(?P<w>" not in regex.pattern)
_APPOSITIVE = frozenset(
    [*_APPOSITIONS, _STATED, _LIVED, _HAPPY, _CANDLES, _BED_AGE, _RECENT_AGE]
)  # hits: the number alone
# What some numeric patterns need in an ASCII text, each pattern found by a piece of its
# source: one of the strings in the lower-cased text (or, for the case-sensitive ones marked
# True, in the text itself). A pattern whose strings are all absent cannot match, so its scan
# is skipped; the others keep their order.
_AGE_NEEDS: tuple[tuple[str, bool, tuple[str, ...]], ...] = (
    ("Aged?|AGE|age:", False, ("age",)),
    ("(?P<sex>[MF])", True, ("M", "F")),
    ("reached|celebrated", False, ("turn", "reached", "celebrated")),
    ("birthday", False, ("birthday",)),
    ("(?:happy|Happy)", False, ("happy",)),
    ("candles", False, ("candles",)),
    ("I am|Im", False, ("i'm", "i am", "im")),
    ("celebrat(?:ed", False, ("celebrat",)),
    ("lived", False, ("lived",)),
    (r"[\u2014-](?<!", True, ("-",)),
    ("(?<=[.!?] [19])", True, (". ", "! ", "? ", '" ', "\u201d ")),
    ("bay|bed|room|rm", False, ("bay ", "bed ", "room ", "rm ")),
    (r"\s+and\s+(?=still", False, ("and",)),
)


def _needs_of(regex: re.Pattern[str]) -> tuple[bool, tuple[str, ...]] | None:
    for piece, cased, needs in _AGE_NEEDS:
        if piece in regex.pattern:
            return cased, needs
    return None


_NUMERIC_NEEDS = tuple((regex, _needs_of(regex)) for regex in _NUMERIC_AGES)


# _STATED's words, and what must follow one of the first set: "she's 93", "pt is 91"
_STATED_WHO = frozenset(
    ["she", "he", "who", "grandma", "grandpa", "granny", "nana", "mom", "mother", "dad",
     "father", "wife", "husband", "pt", "patient", "resident", "veteran", "man", "woman",
     "lady", "gentleman", "guy"]
)  # fmt: skip
_STATED_VERBS = frozenset(["s", "is", "was", "turns"])


def _stated_possible(text: str, words: frozenset[str]) -> bool:
    """Whether ``_STATED`` can match the ASCII ``text``, whose lower-case words are ``words``.

    Its cue is whole words ("she's" is the words "she" and "s"), or "At" as written.
    """
    return (
        "At" in text
        or (not words.isdisjoint(_STATED_WHO) and not words.isdisjoint(_STATED_VERBS))
        or ("you" in words and ("re" in words or "are" in words))
        or ("makes" in words and ("him" in words or "her" in words or "them" in words))
    )


def _numeric_ages(text: str, low: str, words: frozenset[str]) -> list[re.Pattern[str]]:
    """The numeric patterns (in order) that can match the ASCII ``text``.

    ``low`` is the text in lower case and ``words`` its words (see ``_context.TOKEN``).
    """
    # (a plain loop: an ``any(map(...))`` per pattern costs more than the tests it makes)
    regexes = []
    for regex, needs in _NUMERIC_NEEDS:
        if needs is None:
            if regex is _STATED and not _stated_possible(text, words):
                continue
            if regex is _AT_AGE and "at" not in words:  # " at 95 went fine"
                continue
            regexes.append(regex)
            continue
        hay = text if needs[0] else low
        for need in needs[1]:
            if need in hay:
                regexes.append(regex)
                break
    return regexes


# "<event> at 95": the age of an event in someone's life, not a value reached
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:replacement|surgery|repair|bypass|transplant|diagnosis|diagnosed|fracture|"
    r"stroke|marathon|procedure|operation|tavr|tavi|cabg|amputation|ablation|pacemaker|"
    r"implant|ecmo|chemo|chemotherapy|dialysis|hysterectomy|mastectomy|colectomy|resection|"
    r"biopsy|colonoscopy|scope|cath|stent|valve|hip|knee|retired|married|widowed|remarried|"
    r"graduated|skydiving|skydive|tattoo|baptized|intubated|extubated|admitted|"
    r"admission|hospice|fall|fell|died|passed|alone|driving|drives|living|lives|works|"
    r"working|hiking|swimming|golfing|dancing|first|still|again|even|married|came|arrived|"
    # (with up to two words or a date between: "passed 10/14 at 91")
    r"presented|vaccinated|boosted)\s+(?:[\w/]+\s+){0,2}$"
)
_SETTING_BEFORE = re.compile(
    r"(?i)\b(?:rate|set|paced|pacing|threshold|output|sats?|hr|bpm|level|lower|upper|limit|"
    r"mode|pressure|flow|speed|dose|capped|maxed|running)\s+$"
)
_TEMP_BEFORE = re.compile(
    r"(?:\b(?:T|t|temp|Temp|TEMP|Tmax|tmax|febrile|fever|spiked|to|of|at|max|°)\s*[:=]?\s*$)"
)
_DECADE = re.compile(
    # (not "in the 150s", "sats in the 90s": a value's range)
    r"(?=[iInNcCsS])\b(?:in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ])?(?:9\d|1\d\d)s|"
    r"(?:(?:early|mid|late)[- ])?nineties)\b|\b(?:nonagenarian|centenarian|supercentenarian)s?\b",
    re.IGNORECASE,
)
_DECADE = lead(_DECADE, "A-Za-z")
_GROUP_BEFORE = re.compile(
    r"\b(?i:pts|patients|people|those|adults|residents|folks|anyone|everyone|many|most)\s+$"
)
_AGE_GATE = re.compile(r"(?=\d)(?<!\d)(?:9\d|1[01]\d|12[0-5])(?!\d)")
_AGE_NUMBER = re.compile(r"9\d|1[01]\d|12[0-5]")
OLD_AGE_NUMBERS = frozenset(str(age) for age in range(90, 126))
"""The ages of 90 and over that can be written as a number (90-125), as strings."""


def _age_number(text: str, scan: Scan) -> bool:
    """Whether ``text`` holds a number from 90 to 125 (what ``_AGE_GATE`` finds)."""
    if scan.numbers is None:
        return _AGE_GATE.search(text) is not None
    if not OLD_AGE_NUMBERS.isdisjoint(scan.numbers):
        return True
    return not text.isascii() and any(
        not number.isascii() and _AGE_NUMBER.fullmatch(number) for number in scan.numbers
    )


_BORN_WORDS = frozenset(
    ["dob", "geb", "geboren", "jahrgang", "né", "née", "nato", "nata", "nacido", "nacida",
     "nascido", "nascida", "urodzony", "urodzona", "født", "född"]
)  # fmt: skip
_BORN = re.compile(
    r"(?=[BbDdGgNnUuFf])\b(?:[Bb]orn|b\.|"
    r"[Bb]irth cert(?:ificate)?(?: (?:said|says|shows|showed|reads|read))?:?|[Bb]irth year:?|"
    # a date of birth given as its year, and "born" in other languages: "DOB 1932", "geb.
    # 1931", "Né en 1932", "nata nel 1929", "nacida en 1930", "urodzony w 1933", "født 1930"
    r"DOB:?|D\.O\.B\.?:?|dob:?|[Gg]eb\.|[Gg]eboren|[Nn]ée?|[Nn]at[oa]|[Nn]acid[oa]|"
    r"[Nn]ascid[oa]|[Uu]rodzon[ya]|[Ff]ødt|[Ff]ödd)"
    r"\s+(?:in\s+|en\s+|nel\s+|em\s+|w\s+|im\s+|i\s+)?(?:(?:[^\W\d][\w'\u2019-]*,?\s+){1,4}in\s+)?"
    r"(?P<y>1[89]\d{2}|20\d{2})\b(?![-/.]\d)"
)
# a year alone (not part of a date, a range or a number)
_OLD_YEAR = re.compile(r"(?<![\d/.,:-])1[89]\d\d(?![\d/:]|[.,]\d|s\b|-\d)")
# the age a birth date makes: "Chart says born 1932, so 94.", "DOB 11/02/1933, so 93 tomorrow"
_BORN_SO = re.compile(
    r"\b(?:[Bb]orn|DOB:?|[Dd]ob:?)\s+[\d/.-]{4,10},? so (?P<n>9\d|1[01]\d|12[0-5])\b"
    r"(?![.,]?\d| ?(?:%|mg|kg|lbs?))"
)
# a worded age on its own, between punctuation: "ninety-four? no, 95", "Mrs. X, ninety-six, ..."
_WORDED_ALONE = re.compile(
    r"(?=[nNoOaA])(?<![\w-])(?P<w>(?:ninety|(?:one|a)\s+hundred(?:\s+and)?)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?!\s+(?:and|or)\s+(?:over|older|above|up)\b)"  # "ninety and over": the aggregate
    r"(?=\s*(?:[,.!?;:)\u2014\u2013\"\u201d\n]|$|\s+(?:and|but|now|going|still|this|today)\b"
    r"|\s+years\b(?! ago| of| old\b| later| earlier| before| after))"
    r"|\s+[^\w\s])",  # an emoji after it: "Mr. Nakashima, ninety-one \U0001f9f5"
    re.IGNORECASE,
)
# the same age said again: "102yo \u2014 102 \u2014", "95F, yes 95", "90M, but like, 90 going on 70"
_AGAIN_BEFORE = re.compile(
    r"(?:^|[\u2014\u2013(:;,!?.-]\s*|\b(?:yes|like|well|exactly|only|just|actually|really|"
    r"literally|says|said|is|was|am|turned|turning|at|age|aged)\s+)$",
    re.IGNORECASE,
)
_AGAIN_AFTER = re.compile(
    r"(?:\s*[\u2014\u2013,!?;)]|\.(?!\d)|\s*$|\s+[^\w\s%/.,]|\s+(?:-\s|exactly|going|years|yrs|and|but|now|"
    r"still|yo|y/o|on the dot)\b)"
)


def _word_value(words: str) -> int:
    words = re.sub(r"\s+and\b", "", words.lower()).replace("-", " ")
    value = 0
    for key, number in _WORDS.items():
        if words.startswith(key):
            value = number
            words = words[len(key) :].strip()
            break
    return value + _UNITS.get(words, 0)


_DOB_YEAR = re.compile(
    r"(?:dob|d\.o\.b\.?|born|date of birth)\s*:?\s*(?:on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]"
    r"(?P<y>1[89]\d\d)\b"
)


def _said_again(text: str, value: str) -> Iterator[Hit]:
    """Other bare occurrences of an age already found ("95F \u2014 yes, 95 \u2014 ...")."""
    for match in re.finditer(rf"(?<![\w.,/:+-]){value}(?![\w/+%]|[.,:]\d)", text):
        before = text[max(0, match.start() - 12) : match.start()]
        if _AGAIN_BEFORE.search(before) and _AGAIN_AFTER.match(text, match.end()):
            yield Hit(match.start(), match.end(), _A, "age.repeat")


_ERA_YEAR = re.compile(
    r"(?<![\w-])(?P<era>Meiji|Taish[o\u014d]|Sh[o\u014d]wa)[ -](?P<y>[1-9]\d?)(?!\d)"
)


def _year_alone(text: str, year: str) -> Iterator[Hit]:
    """Each ``year`` of ``text`` standing alone (not in an address, a number or an id)."""
    for match in re.finditer(rf"(?<![\w.@/#-]){year}(?![\w@/-]|\.\d)", text):
        yield Hit(match.start(), match.end(), Category.DATE, "date.birth_year")


# word gates (see _gates.py): the bit of each cue-word set the checks below test
_BORN_WORDS_BIT = gate(_BORN_WORDS)
_KIN_AGE_WORDS_BIT = gate(_KIN_AGE_WORDS)
_ROMANCE_WORDS_BIT = gate(_ROMANCE_WORDS)
_NOUN_AGE_WORDS_BIT = gate(_NOUN_AGE_WORDS)
_LOCAL_AGE_WORDS_BIT = gate(local.AGE_WORDS)
_PERSON_OF_AGE_BIT = gate(local.PERSON_OF_AGE_WORDS)
# an age set off by dashes after someone, as an aside: "Mama Iyabo from Ogbomoso — 91 —"
_DASHED_AGE = re.compile(r"[\u2014\u2013] ?(?P<n>9\d|1[01]\d) ?[\u2014\u2013](?! ?\d)")


def _plain_ages(text: str, low: str, scan: Scan) -> tuple[tuple[re.Pattern[str], bool | int], ...]:
    """The patterns whose ages need no further test, each with whether its cue is in ``text``.

    ``low`` is the text in lower case.
    """
    return (
        (_KIN_AGE, scan.gates & _KIN_AGE_WORDS_BIT),  # "dad 94", "her mom is 101"
        (_PT_AGE, "pt" in scan.words),  # "Pt 92.", "pt 97 came in"
        (_BOTH_AGE, "both" in low or "one is" in low),  # "twins, both 92"
        (_LIFE_YEARS, "years" in low or "yrs" in low),  # "99 years. WWII vet."
        (_INITIALS_AGE, ".," in text or ". (" in text),  # "(R.K., 93)", "M. (93)"
        (_ROMANCE_AGE, scan.gates & _ROMANCE_WORDS_BIT or "a," in text or "a)" in text),
        (_NOW_AGE, "Now " in text),
        (_ORDINAL_BIRTHDAY, "th" in low and ("his " in low or "her " in low or "their " in low)),
        (
            _NAMED_STATED,
            "'s 9" in text
            or "\u2019s 9" in text
            or "'s 1" in text
            or "él " in low
            or "ela " in low
            or "ele " in low,
        ),
        (_OPENING_AGE, True),  # ". 96, sharp, reads the paper"
        (_BRACKETED_AGE, "(" in text),  # "(also 93!)", "(100 on May 2!!!)"
        (_COUNTED_AGE, "half" in low or "account" in low or "day" in low or "Y" in text),
        (_COMING_AGE, "be " in low or "cumpl" in low or "fyl" in low or "wird " in low),
        (_WHO_AT, "who" in low),  # "who at 101 refused the bedpan"
        (_PERSON_WAS, "was " in low or "is " in low or "turn" in low),  # "my patient was 104"
        (_BOARD_AGE, " / " in text),  # '"KOWALCZYK H / 94 / fall, on Eliquis"'
        (_FRENCH_BIRTHDAY, "ans " in low),  # "fêter les 100 ans de Mme Lacoste"
        (_WORDY_LIFE, "years" in low),
    )


def find_ages(text: str, scan: Scan) -> Iterator[Hit]:
    """Ages of 90 and over in a patient story, and birth years that imply one."""
    born = (
        "born" in scan.words
        or "b." in scan.low
        or "birth " in scan.low
        or scan.gates & _BORN_WORDS_BIT
    )
    for match in _BORN.finditer(text) if born else ():
        year = this_year(scan)
        if year - int(match["y"]) >= 90:
            yield Hit(match.start("y"), match.end("y"), _A, "age.birth_year")
    for match in _BORN_SO.finditer(text) if born and " so " in text else ():
        yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")  # "born 1932, so 94"
    if born and scan.patient:
        # in a story that speaks of a birth, a year 90 or more years back is another telling
        # of it: "born 'the day the dam broke' ... her daughter says 1931", "Jahrgang 1929"
        year = this_year(scan)
        for match in _OLD_YEAR.finditer(text):
            if 1880 <= int(match[0]) <= year - 90:
                # (a date element, as the year of a birth date is)
                yield Hit(match.start(), match.end(), Category.DATE, "date.birth_year")
    if not scan.patient:
        return
    for match in (
        _ERA_YEAR.finditer(text) if "Meiji" in text or "Tais" in text or "Sh" in text else ()
    ):
        # a birth year of a Japanese era: Meiji 1 is 1868, Taishō 1 is 1912, Shōwa 1 is 1926
        first = {"M": 1867, "T": 1911, "S": 1925}[match["era"][0]]
        if this_year(scan) - (first + int(match["y"])) >= 90:
            yield Hit(match.start(), match.end(), _A, "age.birth_year")  # 'born "Shōwa 8"'
    for match in _LIFESPAN.finditer(text) if "(1" in text else ():
        if int(match["z"]) - int(match["y"]) < 90:
            continue
        if _TITLED_LIFE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Dr. Henrietta Moss (1931-2026)": a colleague's obituary
        yield Hit(match.start("y"), match.end("y"), _A, "age.birth_year")
    low = scan.low
    worded = "ninet" in low or "hundred" in low
    gated = _age_number(text, scan) or worded
    regexes: Sequence[re.Pattern[str]] = ()
    if gated:
        regexes = _AGES if worded or not text.isascii() else _numeric_ages(text, low, scan.words)
    found: set[str] = set()
    for match in (m for regex in regexes for m in regex.finditer(text)) if gated else ():
        groups = match.groupdict()
        if groups.get("w") is not None:
            if _word_value(groups["w"]) >= 90:
                yield Hit(match.start(), match.end(), _A, "age.over_89")
            continue
        age = int(match["n"])
        if not 90 <= age <= 125:
            continue
        if groups.get("sex") is not None:
            before = text[max(0, match.start() - 12) : match.start()]
            if _TEMP_BEFORE.search(before) or (before.endswith(".")):
                continue
            found.add(match["n"])
            yield Hit(match.start("n"), match.end("sex"), _A, "age.over_89")
            continue
        if match.re is _AT_AGE and _SETTING_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "pacemaker rate at 90": a setting, not an age
        if match.re is _AT_AGE and not _EVENT_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue
        found.add(match["n"])  # an age, to find where it is said again
        if match.re is _CELEBRATED:
            yield Hit(match.start("n"), match.end(), _A, "age.over_89")
            continue
        if match.re in _APPOSITIVE:
            yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")
        else:
            yield Hit(match.start(), match.end(), _A, "age.over_89")
    nouns = gated and scan.gates & _NOUN_AGE_WORDS_BIT
    for match in _NOUN_AGE.finditer(text) if nouns else ():  # "a spry 94", "nearly 100"
        if 90 <= int(match["n"]) <= 125 and _NOUN_AGE_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            found.add(match["n"])
            yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")
    for match in _WORDED_ALONE.finditer(text) if worded else ():
        if _word_value(match["w"]) >= 90:
            yield Hit(match.start(), match.end(), _A, "age.over_89")
    named_is = (
        " is " in text or " was " in text or "he" in low or "I'm" in text or "I\u2019m" in text
    )
    for match in _NAMED_IS.finditer(text) if gated and named_is else ():
        # "Ruthie from Brandon is 90 and knows our floor": a first name stating the age
        who = _WHO_BEFORE.search(text, max(0, match.start() - 40), match.start())
        # "the member is 93", "Mr. Pruitt Sr. is 90"; a lone initial only after a title:
        # "Ms. K is 92 today"
        named = who is not None and (
            who["noun"] or who["title"] or (len(who["who"]) > 2 and _person_word(who["who"]))
        )
        # "Mrs. V. (not her real initial) is 96,": a person, then an aside, then the age
        aside = text.endswith(")", max(0, match.start() - 1), match.start())
        if 90 <= int(match["n"]) <= 125 and (named or aside):  # "Mrs. Haverford is 97,"
            found.add(match["n"])
            yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")
    # ages these patterns find need no further test: each runs where its cue can be
    # (the cues are read only where a number of 90 to 125 or a worded one is)
    plain = _plain_ages(text, low, scan) if gated else ()
    for regex, possible in plain:
        for match in regex.finditer(text) if possible else ():
            group = match.lastgroup if match.lastgroup in ("m", "a") else "n"
            found.add(match[group])
            yield Hit(match.start(group), match.end(group), _A, "age.over_89")
    for match in _AGED_LIST.finditer(text) if gated and "age" in low else ():
        for number in _LISTED_NUMBER.finditer(match["rest"]):
            if 90 <= int(number.group()) <= 125:
                start = match.start("rest") + number.start()
                found.add(number.group())
                yield Hit(start, start + len(number.group()), _A, "age.over_89")
    local_age = gated and (
        scan.gates & _LOCAL_AGE_WORDS_BIT
        or local.GLUED_AGE.search(text) is not None
        or (" let" in low and not text.isascii())  # Czech "94 let" (English "let" is common)
        or " J." in text  # German "Frau W., 93 J.," (after a comma, as the pattern asks)
    )
    for match in local.AGE.finditer(text) if local_age else ():
        group = match.lastgroup or "n"  # "Pietro, 94 anni", "93 yaşında", "91-årig"
        if 90 <= int(match[group]) <= 125:
            found.add(match[group])
            yield Hit(match.start(group), match.end(group), _A, "age.over_89")
    dashed = gated and scan.patient and ("\u2014" in text or "\u2013" in text)
    for match in _DASHED_AGE.finditer(text) if dashed else ():
        found.add(match["n"])  # "Mama Iyabo from Ogbomoso — 91 — came for cataract"
        yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")
    person_of_age = gated and scan.gates & _PERSON_OF_AGE_BIT
    for match in local.PERSON_OF_AGE.finditer(text) if person_of_age else ():
        if 90 <= int(match["age"]) <= 125:  # "abuela de 95 de Caballito"
            found.add(match["age"])
            yield Hit(match.start("age"), match.end("age"), _A, "age.over_89")
    # another age given for the same person: "97, maybe 98", '"97 or 98"', "(she insists 96)"
    for match in _OTHER_AGE.finditer(text) if found else ():
        if match["n"] not in found:
            found.add(match["n"])
            yield Hit(match.start("n"), match.end("n"), _A, "age.over_89")
    # an age said twice (most texts found none: no comprehension to run)
    again = {value for value in found if text.count(value) > 1} if found else set()
    if "dob" in low or "born" in scan.words or "birth" in low:  # the age a birth date implies
        year = this_year(scan)
        for match in _DOB_YEAR.finditer(low):
            for age in (year - int(match["y"]), year - int(match["y"]) - 1):
                if 90 <= age <= 125:
                    again.add(str(age))
    for value in again:
        yield from _said_again(text, value)
    if found:  # the year someone of 90 or more was born in: "Card says 1929. She's 97."
        year = this_year(scan)
        for value in found:
            if value.isdigit():
                for born_in in (str(year - int(value)), str(year - int(value) - 1)):
                    if born_in in text:
                        yield from _year_alone(text, born_in)
    decade = "0s" in low or "ninet" in low or "centenar" in low or "nonagenar" in low
    for match in _DECADE.finditer(text) if decade else ():
        if _GROUP_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "Pts in their 90s get CPR too": people in general, an aggregate
        yield Hit(match.start(), match.end(), _A, "age.decade")
