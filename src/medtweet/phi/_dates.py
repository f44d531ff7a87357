"""Dates: every element but the year (Safe Harbor (C)), relative dates and holidays."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medtweet.phi import _languages as local
from medtweet.phi._gates import gate
from medtweet.phi._hit import Hit, Scan, lead, lowered, this_year
from medtweet.phi._model import Category

__all__ = ["find_dates"]

_D = Category.DATE
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|"
    r"APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
_ORD_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
    r"thirty[- ]first)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?:'\d{2}|\d{4}))?"
# the weekdays, each but its "day": "Mon", "Tues", ... "Sun"
_DAY_STEMS = "Mon|Tues|Wednes|Thurs|Fri|Satur|Sun"
_DAYS = rf"(?:{_DAY_STEMS})day"
_WEEKDAY = (
    r"(?:(?:Mon|Tues|Tue|Wednes|Thurs|Fri|Satur|Sun)day(?![s\w])|"
    # in lower case too ("since saturday", "dc'd tues, back thurs")
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![s\w])|(?:tues|thurs|weds)(?![\w'\u2019-])|"
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?![S\w])|(?:Mon|Tue|Tues|Wed|Weds|Thu|"
    r"Thur|Thurs|Fri)(?:\.|(?=\s|[,;)!?]|$))|(?<=\bon )(?:Sat|Sun)\b|"
    r"(?:Sat|Sun)(?=\s+\d{1,2}/\d|\s+the\s+\d))"
)

# A month with a day (either order), an ordinal written out, or a month and year.
# Month first ("March 14th", "Mar. 3, 2024", "July the fourth", "March 2024") ...
_WORDED = re.compile(
    rf"(?=[A-Z])\b{_MONTH}(?:\.?\s+(?:the\s+)?{_DAY}\b{_YEAR}"
    rf"|\s+(?:the\s+)?{_ORD_WORD}\b{_YEAR}|\.?,?\s+\d{{4}}\b)",
)
# ... or day first ("14 March", "the 14th of March", "the third of July").
_DAY_FIRST = re.compile(
    rf"(?=[\dt])\b(?:the\s+)?{_DAY}(?:\s+(?:of\s+)?|-(?=[A-Z][a-z]{{2}}\b)){_MONTH}\b\.?"
    rf"(?:-(?:\d{{4}}|\d\d)\b|{_YEAR})"
    # a label's date in capitals: "09-MAR-1934"
    r"|(?=\d)\b(?:[12]\d|3[01]|0?[1-9])-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-"
    r"(?:\d{4}|\d\d)\b"
    rf"|(?=[tfsenTFSEN])\b(?:the\s+)?{_ORD_WORD}\s+of\s+{_MONTH}\b{_YEAR}",
)
_DAY_FIRST = lead(_DAY_FIRST, "0-9tfsenTFSEN")
# A month on its own ("in March"); "May" needs a preposition so the verb is not flagged.
_MONTH_ALONE = re.compile(
    r"(?=[A-Z])\b(?P<m>January|February|March|April|June|July|August|September|October|November|"
    r"December)\b(?!\s*\d)(?!\s+Madness)"
    r"|(?=[iIoOsuebltnd])\b(?:in|In|on|On|of|since|until|by|early|late|this|last|next|during)\s+(?P<may>May)\b"
    r"(?!\s*\d)|\bmid-(?P<mid>May)\b"
    # a month's short form after "since/until/in ...": "3 seizures since Jan", "in Aug heat"
    r"|(?=[iIsubltnd])\b(?:in|since|until|by|early|late|last|next|during)\s+"
    r"(?P<abbr>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?![\w'\u2019])(?!\.?\s*\d)",
)
_MONTH_ALONE = lead(_MONTH_ALONE, "A-Za-z")
# A month in lower case, told as one: after a word of time ("lapsed in june", "100 in
# march") or with its day ("may 1st", "june 3"; "may" only with an ordinal's ending)
_LOWER_MONTH = re.compile(
    r"(?=[iosubltedm])\b(?:in|since|until|till|by|early|late|last|next|during|mid|mid-|of|"
    r"before|after)\s*(?<=[\s-])(?P<m>january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b(?![\w'\u2019-])(?!\s+\d)"
    # the months of Spanish and Portuguese after "en", "em", "de", "desde", "até", "hasta"
    r"|(?=[edha])(?<![Cc]inco )\b(?:en|em|de|desde|hasta|at\u00e9|a partir de)\s+"
    r"(?P<r>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|"
    r"novembro|dezembro)\b(?!\s+(?:de\s+)?\d)"
    r"|(?=[jfmasond])\b(?P<d>(?:january|february|march|april|june|july|august|september|october|"
    rf"november|december)\s+(?:the\s+)?{_DAY}|may\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th))\b(?![\w/.:,-]\d)"
)
# starts with a digit class, not a look-behind, so the engine skips to digits in C
_NUMERIC = re.compile(
    r"(?P<m>\d(?<![\w/.:,-]\d)\d?)(?P<sep>[/.-])(?P<d>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,-]\d)",
)
# a cue that the number after it is the date of an event in someone's care
_EVENT_CUE = re.compile(
    r"\b(?:admitted|readmitted|discharged|d/c|adm|dob|born|died|expired|dos|dc'd|d/c'd|lmp|edd|"
    r"edc)\b[:.]?\s*$"
    r"|\bhome:\s*$",
    re.IGNORECASE,
)
# what precedes a thread's post counter: "Tweetorial 1/8", "thread 🧵 2/5", "🧵1/8"
_COUNTER_BEFORE = re.compile(r"(?i:tweetorial|thread)(?: time)?\s*\U0001f9f5?\s*$|\U0001f9f5\s*$")
_ISO = re.compile(r"(?=\d)(?<![\w/.-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\b")
# the year first with slashes or dots, as East Asia writes a date: "2026/3/14", "2026.03.14"
# (with dots, a two-digit month and day: "2024.1.2" is a version's number)
_YEAR_FIRST = re.compile(
    r"(?=[12])(?<![\w/.-])(?:19|20)\d{2}"
    r"(?:/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01]))"
    r"(?![\w/-]|\.\d)"
)
_DATE_CUE = re.compile(
    r"(?:\b(?:on|since|from|until|till|til|by|before|after|admitted|discharged|seen|born|DOB|"
    r"dob|died|expired|visit|surgery|date|dated|dos|DOS|adm|d/c|D/C|dc|DC|through|thru|and|to|"
    r"readmitted|re-admitted|transferred|"
    r"dc'd|d/c'd|LMP|EDD|EDC|"
    r"between|as of)\b[:.]?\s*$|\bhome:\s*$"
    # the next date of a list after a cue: "faxed on 1/22, 2/5 and 2/19"
    r"|\b(?:on|since|from|dated?|admitted|seen)\s+(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])"
    r"(?:/\d{2,4})?,\s*$)",
    re.IGNORECASE,
)
_SCORE_BEFORE = re.compile(
    # (a whole word or one after a number, "2x": not the end of "steps" or "fax")
    r"(?<![A-Za-z])(?:murmur|grade|gr|strength|power|pain|score|vision|visual acuity|VA|reflexes|"
    r"sensation|motor|MMT|rated|x|index|BP|bp|GCS|Apgar|APGAR|NIHSS|scored|rate|ratio|"
    r"I:E|tone|edema|pulses?|"
    # screening and risk scores: "GDS 12/15", "PHQ-9 14/27", "MoCA 22/30"
    r"GDS|PHQ|PHQ-?[29]|GAD|GAD-?7|MMSE|MoCA|SLUMS|EPDS|AUDIT(?:-C)?|CIWA|COWS|CAM|Bishop|Beighton|"
    r"Wells|HEART|TIMI|CURB-?65|q?SOFA|APACHE|Braden|Morse|ECOG|KPS|Gleason|Centor|BPP|"
    r"CHA2DS2-VASc|HAS-BLED|ASIA|MRC|Barthel|FIM|ADLs?|IADLs?|Katz|Lawton|"
    # a biopsy's indices and a board's vote: "activity 11/24, chronicity 2/12", "split 6/5"
    r"activity|chronicity|split|voted?|votes|"
    # ventilator pressures: "BiPAP 12/5", "PEEP 10/5"
    r"BiPAP|BIPAP|CPAP|PEEP|IPAP|EPAP|PS|"
    # the second eye's acuity after the first's: "VA 6/9 and 6/12", "VA 20/40 & 20/60"
    r"VA\s?(?:6|20)/\d{1,3}\s(?:and|&))s?\W{0,3}$",
    re.IGNORECASE,
)
# how far back from its end ``_SCORE_BEFORE`` can start: its longest match (17 characters)
# and a final newline (tests/phi/test_phi_speed.py keeps it so)
_SCORE_BEFORE_REACH = 18


_DATE_CUE_LOW = lowered(_DATE_CUE)
_EVENT_CUE_LOW = lowered(_EVENT_CUE)
_SCORE_BEFORE_LOW = lowered(_SCORE_BEFORE)


def _found(
    regex: re.Pattern[str], lowered: re.Pattern[str], text: str, folded: str | None, pos: int = 0
) -> bool:
    """Whether ``regex`` finds something in ``text`` from ``pos``.

    Read as ``lowered`` on ``folded``, ``text`` lower-cased, when ``text`` is ASCII.
    """
    if folded is not None:
        return lowered.search(folded, pos) is not None
    return regex.search(text, pos) is not None


_PAIN_BEFORE = re.compile(r"(?i)\b(?:pain|score|scale|rated|rating|rates)\b")
_SCORE_AFTER = re.compile(
    r"^\W{0,2}(?:(?:is|was|=) (?:a |an )?)?"
    r"(?:murmur|holo|systolic|diastolic|pain|strength|NS\b|tab|tabs|cultures?|"
    r"bottles|sets|ratio|of|split|vision|mmHg|score|positive|pos|neg|negative|power|"
    r"throughout|bilat|bilaterally|edema|pulses?|reflex|dose|doses|days|nights|weeks|"
    r"patients|pts|cases|ml\b|mg\b|units|sec\b|s\b|mm\b|cm\b|stars?|scale|mo\b|yrs?\b|l\b|lpm|liters?|"
    r"min\b|mins\b|"
    r"L\b|cups?|inch|tsp|tbsp|NC|nc|FiO2|tabs?|caps?|"
    # counted things: "B-lines in 8/8 zones", "12/12 cores", "2/3 criteria"
    r"zones?|fields?|views?|segments?|lobes?|quadrants?|nodes?|cores?|criteria|vessels?|"
    r"leads?|limbs?|joints?|domains?|items?|attempts?|sites?|LNs?|lymph nodes?)",
    re.IGNORECASE,
)
_ORDINAL_DAY = re.compile(
    r"(?=[ot])\b(?:on\s+)?the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?![/-]\d)"
    r"(?![ \t]+(?:time|times|degree|percentile|centile|dose|day|week|month|year|cycle|grade|"
    r"floor|[Ww]ard|visit|attempt|trimester|generation|rib|ribs|intercostal|ICS|patient|case|"
    r"line|round|try|place|hour|hr|hrs|h|minute|min|edition|annual|century|birthday|anniversary|"
    r"postoperative|post-op|postop|hospital|admission|episode|finger|toe|digit|cranial|"
    r"pt|pts|patients|cases|consult|consults|admit|admits|code|codes|one|person|people|kid|"
    r"child|baby|bed|room|shift|call|transfer|readmission|this|today|tonight|in\s+a\s+row|"
    r"of\s+(?:the|my|our|his|her|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|"
    r"to\s|with\b|since|"
    r"nerve|metacarpal|metatarsal|lumbar|thoracic|cervical|sacral|vertebra|"
    r"(?:and|&|or|to|-)\s*\d+(?:st|nd|rd|th)?|MCP|PIP|DIP|MTP|CMC|joint|joints|"
    # a span of time counted from the start: "half in the 1st 8h", "the 1st 24 hours"
    r"\d+\s?(?:h|hr|hrs|hours?|min|mins|minutes?|d|days?|wk|wks|weeks?)\b|"
    # an ordinal that counts things: "the 2nd half", "the 3rd bag", "the 4th unit"
    r"half|quarter|bag|unit|units|liter|litre|set|stage|step|layer|level|lead|leads|lumen|"
    r"port|page|slide|question|option|author|author's|one's|opinion|look|pass|shot|"
    r"vial|bottle|bolus|puff|dose's|injection|infusion|session|lap|leg|phase|wave|ring|"
    r"identifier|identifiers|thing|sign|item|choice|reading|measurement|check|sample|draw|"
    r"stick|specimen|rule|name|number|vaccine|booster|"
    # the count of an examination or a look: "found on the 3rd exam", "the 2nd scan"
    r"exam|examination|scan|echo|film|x-ray|xray|ultrasound|swab|culture|biopsy|"
    r"review|go|run|cut|trip|bout|flare|relapse|recurrence|fall|seizure)\b)",
)
_ON_ORDINAL_WITH = re.compile(
    r"(?=o)\bon\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?= with\b)"
)
# a Persian (Jalali) date, year first: "DOB 1366/04/12" (years 1300-1499 of that calendar)
_JALALI = re.compile(r"(?<![\w/.])1[34]\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\w/])")
_YEAR_AFTER = re.compile(r",? (?P<y>(?:19|20)\d\d)\b(?![/-]\d)")
# a visit's or a life event's day, whatever follows: "came in the 27th to thank us"
_EVENT_ORDINAL = re.compile(
    r"(?=[csadpbw])\b(?:came in|came back|seen|admitted|discharged|died|passed away|arrived|born|"
    r"delivered|went home) (?P<d>the (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?![/-]\d)"
    r"(?! (?:of|child|kid|baby|son|daughter|time|patient|pt|case|one|in line)\b)"
)


_COUNTED = re.compile(
    r"(?=\d)\d(?:st|nd|rd|th)\s+(?:pt|pts|patient|patients|case|cases|kid|baby|admit|consult|"
    r"one|fx|fracture|x-?ray|film|image|scan|ecg|ekg|strip|slide|question)\b",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(
    rf"(?=[ltpnoeMTWFSLPNOEmwfs])\b(?:(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext|[Oo]n|that|early|late)\s+)?"
    rf"(?:{_WEEKDAY}|{_DAYS.lower()}(?=,?\s+the\s+\d))"
    # with its day: "Saturday the 7th", "Tues, the 3rd", "Sat 8/17"
    r"(?:,?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)\b"
    # (month first or, as most of the world writes it, day first: "Sat 8/17", "Fri 20/3")
    r"|\s+(?:(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))"
    r"(?:/(?:\d{4}|\d{2}))?(?![\w/]))?"
    r"(?:\s+(?:morning|afternoon|evening|night|overnight|AM|PM|am|pm))?"
)
_DAY_RANGE_AFTER = re.compile(rf"\s*(?:[-\u2013\u2014/]|to|through|thru)\s*{_DAYS}")
_DAY_RANGE_BEFORE = re.compile(rf"{_DAYS}\s*(?:[-\u2013\u2014/]|to|through|thru)\s*$")
_RELATIVE = re.compile(
    r"(?=[YytTLloaeb1-6fcdos])\b(?:(?:yesterday|Yesterday|YESTERDAY)(?:\s+(?:morning|afternoon|"
    r"evening|night|AM|am|PM|pm))?|the day before yesterday|day before yesterday|"
    r"(?:this|This)\s+(?:morning|afternoon|evening|am|AM|a\.m\.|pm|PM|p\.m\.|past weekend|weekend)|"
    r"(?:(?:early|late|Early|Late)\s+)?(?:last|Last)\s+(?:night|evening|weekend)|"
    r"tonight|Tonight|overnight last night|"
    r"earlier today|later today|(?<!M&M )(?<!rounds )(?<!club )(?<!quiz )"
    r"(?:[Tt]oday)(?!'s\s+(?:case|tweetorial|quiz|question|topic|"
    r"lesson|pearl|thread|poll|post|teaching|#|session|talk|lecture|journal|grand|webinar))"
    # history's "Today in 1952 ...": a year, no day of anyone's
    r"(?!\s+in\s+(?:1[5-9]\d\d|200\d)\b)|"
    r"tomorrow|Tomorrow|over the weekend|this past (?:weekend|week)|"
    r"(?:a|one|two|three|four|five|six|[1-6]|a few|a couple of|couple of|few)\s+days?\s+ago|"
    r"the other day|(?:on\s+)?(?:the\s+)?night before last|"
    r"(?:a|one|two|three|four|five|six|[1-6]|a few|a couple of|couple of|few)\s+"
    rf"{_DAYS}s\s+ago|"
    rf"(?:a|one|two|three)\s+weeks?\s+ago\s+(?:{_DAYS}|today|"
    rf"yesterday)|(?:the\s+)?{_DAYS}\s+before\s+last)\b",
)
_RELATIVE = lead(_RELATIVE, "A-Za-z0-9")
_HOLIDAY = re.compile(
    r"(?=[A-Zotcxhemfvdnwp])\b(?:on\s+)?(?:(?:the\s+)?(?:day|night|weekend)\s+(?:before|after)\s+)?"
    # the commonest, in any case: "christmas eve", "xmas", "MOTHER'S DAY"
    r"(?:(?i:christmas(?:\s+(?:eve|day|morning|night))?|x-?mas(?:\s+eve)?|"
    r"thanksgiving(?:\s+(?:day|morning|night|weekend))?|new\s+year'?s\s+(?:eve|day)|"
    r"(?:mother|father|valentine)'?s\s+day|halloween|easter\s+(?:sunday|monday|morning))|"
    r"Nochebuena|Nochevieja|"
    r"Wigilia|Syttende\s+Mai|"
    r"New\s+Year'?s(?:\s+(?:Eve|Day))?|"
    r"Easter(?:\s+(?:Sunday|Monday|morning|weekend))?|Hallowe'en|"
    r"(?:the\s+)?Fourth\s+of\s+July|July\s+4th|(?i:the\s+(?:4th|fourth)\s+of\s+july)|Independence\s+Day|Memorial\s+Day(?:\s+weekend)?|"
    r"Labou?r\s+Day(?:\s+weekend)?|Valentine'?s(?:\s+Day)?|"
    r"St\.?\s+Patrick'?s\s+Day|Saint\s+Patrick'?s\s+Day|(?:the\s+)?Super\s+Bowl(?:\s+Sunday)?|Black\s+Friday|"
    r"Good\s+Friday|Cyber\s+Monday|Hanukk?ah|Chanukah|Yom\s+Kippur|Rosh\s+Hashanah|Passover|"
    r"Diwali|Eid(?:\s+al-\w+)?|Juneteenth|MLK\s+Day|Martin\s+Luther\s+King\s+(?:Jr\.?\s+)?Day|"
    r"Presidents'?\s+Day|Veterans'?\s+Day|Columbus\s+Day|Cinco\s+de\s+Mayo|Mardi\s+Gras|"
    r"Groundhog\s+Day|Pearl\s+Harbor\s+Day|D-Day|Tax\s+Day|Earth\s+Day|Flag\s+Day|Boxing\s+Day|Lunar\s+New\s+Year|Chinese\s+New\s+Year|Kwanzaa|"
    r"Election\s+Day|Ash\s+Wednesday|Palm\s+Sunday|NYE|(?i:pi\s+day)|(?i:opening\s+day)|"
    # more feasts and national days: "Fat Tuesday", "Pongal", "Madaraka Day", "Lei Day"
    r"Fat\s+Tuesday|Shrove\s+Tuesday|Pancake\s+Day|Remembrance\s+Sunday|"
    r"(?:St\.?\s+|Saint\s+)?Paddy'?s\s+Day|(?:Saint|St)-Jean(?:-Baptiste)?(?![-\w])(?:\s+Day)?|"
    r"Hogmanay|Burns\s+Night|Pongal|Onam|Navratri|Durga\s+Puja|Dussehra|Lohri|Vaisakhi|"
    r"Baisakhi|Raksha\s+Bandhan|Songkran|Thingyan|"
    r"(?:Madaraka|Jamhuri|Mashujaa|Lei|Pulaski|Casimir\s+Pulaski|Mandela|Africa|Human\s+Rights|"
    r"Family|Mabo|Matariki|Jamaica)\s+Day|"
    # holidays of many traditions and countries; a month-long season is read like a month
    # ("we cut his insulin for Ramadan"), in a patient story only, as all dates are (not the
    # fast as a topic: "Ramadan fasting and insulin", "can I fast for Ramadan?")
    r"(?<!fast for )(?<!fasting for )(?<!fast during )(?<!fasting during )"
    r"Ramadan(?! fast)|Nowruz|Holi|Vesak|Purim|Sukkot|Shavuot|Pentecost|Epiphany|"
    r"D[ií]a\s+de\s+(?:los\s+)?Muertos|Chuseok|Tết|Canada\s+Day|Bastille\s+Day|Anzac\s+Day|"
    r"Guy\s+Fawkes(?:\s+Night)?|Bonfire\s+Night|All\s+Saints'?\s+Day|Remembrance\s+Day|"
    r"Victoria\s+Day|Emancipation\s+Day|Orthodox\s+Christmas|"
    # Ireland's "Women's Christmas" (6 January), Melbourne's "Cup Day", Britain's "Mothering
    # Sunday" and the feasts of its patron saints
    r"(?:Women'?s|Little)\s+Christmas|Nollaig\s+na\s+mBan|(?:Melbourne\s+)?Cup\s+Day|"
    r"Mothering\s+Sunday|St\.?\s+(?:Andrew|David|George)'?s\s+Day|Whit\s+(?:Sunday|Monday)|"
    r"Easter\s+Monday|Lag\s+[Bb]a['\u2019]?[Oo]mer|Tu\s+[Bb]i['\u2019]?[Ss]hvat|"
    # national days of countries and territories
    r"(?:Liberation|Constitution|Republic|Unification|Revolution|Armistice|Statehood|"
    r"Kamehameha|Patriots'?|Commonwealth|Discovery|Waitangi|Australia|Heritage|Freedom|Youth|"
    r"Rizal|Bonifacio|Reconciliation|St\.?\s+Stephen'?s|Saint\s+Stephen'?s)\s+Day)\b"
    # "a Christmas card", "Halloween candy": a thing named after the holiday, not a time
    r"(?!['\u2019]?s?\s+(?i:cards?|trees?|lights|decorations?|ornaments?|sweaters?|songs?|carols?|"
    r"music|movies?|films?|gifts?|presents?|lists?|cactus|spirit|cheer|bonus|markets?|"
    r"stockings?|candy|costumes?|pumpkins?|themed|special|edition|sale|ads?|wreaths?|"
    r"cookies|cakes?|pageant|concert|play|episode)\b)",
)
_HOLIDAY = lead(_HOLIDAY, "A-Za-z")
# the months of Spanish and Portuguese
_IBERIAN_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|"
    r"diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
# a day in Spanish or Portuguese: "12 de diciembre", "3 de março"
_DE_MONTH = re.compile(
    rf"(?=\d)(?<!\d)(?:[12]\d|3[01]|0?[1-9]) de (?i:{_IBERIAN_MONTHS}|setiembre|"
    # and Catalan ("el 12 de gener", "3 d'abril")
    r"gener|febrer|maig|juny|juliol|agost|desembre)\b"
)
# a month and its year in Spanish or Portuguese: "mayo de 2019", "em março de 2020"
_DE_MONTH_YEAR = re.compile(rf"(?=[a-zA-Z])\b(?i:{_IBERIAN_MONTHS}) del? (?:19|20)\d\d(?!\d)")
# the date a phone or camera writes into a photo's file name: "IMG_20260311_heel.jpg",
# "PXL_20250704_181233.jpg", "Screenshot_20240219-221500.png"
_CAMERA_FILE_DATE = re.compile(
    r"(?=[IiPpVvDdSsWw])\b(?:IMG|img|PXL|VID|vid|DSC|dsc|DSCN|Screenshot|screenshot|Scan|scan|"
    r"PHOTO|Photo|photo|WhatsApp Image |WA)[_-]?"
    r"(?P<d>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)"
)
_TIMEFRAME = re.compile(
    r"(?=[LlTtPp])\b(?:last|this|past)\s+(?:week|month|spring|summer|fall|autumn|winter)\b"
    r"|(?=[\dAaOoTtFfSsEeNn])\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a few|a couple of|"
    r"several)\s+(?:weeks?|months?)\s+ago\b"
    r"|(?=[TtLl])\b(?:this|last)\s+(?:Christmas|Thanksgiving|Easter|holiday season|holidays)\b",
    re.IGNORECASE,
)
# "two weeks ago", "3 wks ago": the post's date turns it into a date
_WEEKS_AGO = re.compile(
    r"(?=[\dAaOoTtFfSs])\b(?:\d|a|one|two|three|four|five|six)\s+(?:weeks?|wks?)\s+ago\b",
    re.IGNORECASE,
)
_TIMEFRAME = lead(_TIMEFRAME, "A-Za-z0-9")
_DOB = re.compile(
    r"(?=[DdBb])\b(?:DOB|D\.O\.B\.?|dob|[Dd]ate of [Bb]irth|[Bb]orn(?: on)?|[Bb]irthday(?: is)?)"
    r"\s*(?:[:#-]|(?<=day),)?\s*"  # ("signed it with her birthday, 4.4.1961")
    r"(?P<date>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
    # worded: "DOB: April 5, 1961", "born 5 April 1961"
    rf"|{_MONTH}\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}\b)",
)
_MONTH_WORDS = frozenset(
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
        "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
        "nov", "november", "dec", "december",
    ]
)  # fmt: skip
_LOWER_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio",
     "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
     "janeiro", "fevereiro", "mar\u00e7o", "maio", "junho", "julho", "setembro", "outubro",
     "novembro", "dezembro"]
)  # fmt: skip
_LOCAL_MONTHS_BIT = gate(local.MONTH_WORDS)
_LOCAL_HOLIDAYS_BIT = gate(local.HOLIDAY_WORDS)
# A day and a month written the German and Central European way, each with its dot: "am
# 11.11.", "seit 3.3.", "24. 12." (with a word of time before it, or a blank inside it: "K
# 3.3." is a value); it starts with a digit, which the engine skips to in C, and the word
# before is read after a match
_DOTTED_DAY = re.compile(
    r"(?P<day>\d(?<![\w.,]\d)\d?)\.(?P<blank>\s?)(?:1[0-2]|0?[1-9])\.(?: (?:19|20)\d\d\b)?(?!\d)"
)
_DOTTED_DAY_WORDS = frozenset(["am", "seit", "vom", "bis", "ab", "den", "dne", "dnia"])
_DOTTED_DAY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_DOTTED_DAY_WORDS))}) $")
# (a yes/no test, the same as "\d\. \d", found from its literal ". ", which the engine skips
# to fast: a class first is tested character by character)
_DOTTED_BLANK = re.compile(r"\. (?<=\d\. )\d")
_ORDINAL_GATE = re.compile(r"\d(?:st|nd|rd|th)\b")  # faster without a look-ahead
_RELATIVE_WORDS = frozenset(
    [
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "ago",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "am",
        "pm",
        "night",
        "overnight",
    ]
)
_WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "weds",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)
# The words of ``_RELATIVE_WORDS`` that date something only after another ("this morning",
# "last night", "over the weekend"), and those others besides "this" and "last", which open
# the pattern whatever the word ("this past week", "the Monday before last"): alone ("evening
# meds", "2 am") they do not open it.
_RELATIVE_PARTNERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["morning", "afternoon", "evening", "am", "pm", "night", "overnight"], frozenset()
    ),
    "weekend": frozenset(["over"]),
}
_TIMEFRAME_LEADS = frozenset({"last", "this", "past"})
_TIMEFRAME_WORDS = frozenset(
    [
        "ago",
        "week",
        "month",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "christmas",
        "thanksgiving",
        "easter",
        "holiday",
        "holidays",
    ]
)
_HOLIDAY_WORDS = frozenset(
    [
        "liberation",
        "constitution",
        "republic",
        "unification",
        "revolution",
        "armistice",
        "statehood",
        "kamehameha",
        "patriots",
        "commonwealth",
        "discovery",
        "waitangi",
        "australia",
        "fat",
        "shrove",
        "pancake",
        "remembrance",
        "paddy",
        "paddys",
        "jean",
        "hogmanay",
        "women",
        "womens",
        "little",
        "nollaig",
        "cup",
        "mothering",
        "andrew",
        "david",
        "george",
        "whit",
        "lag",
        "tu",
        "burns",
        "pongal",
        "onam",
        "navratri",
        "durga",
        "dussehra",
        "lohri",
        "vaisakhi",
        "baisakhi",
        "raksha",
        "songkran",
        "thingyan",
        "madaraka",
        "jamhuri",
        "mashujaa",
        "lei",
        "pulaski",
        "casimir",
        "mandela",
        "africa",
        "rights",
        "family",
        "mabo",
        "matariki",
        "jamaica",
        "emancipation",
        "nye",
        "pi",
        "opening",
        "heritage",
        "freedom",
        "youth",
        "rizal",
        "bonifacio",
        "reconciliation",
        "stephen",
        "stephen's",
        "christmas",
        "xmas",
        "mas",
        "ramadan",
        "nochebuena",
        "nochevieja",
        "wigilia",
        "syttende",
        "thanksgiving",
        "year",
        "easter",
        "halloween",
        "hallowe",
        "july",
        "independence",
        "memorial",
        "labor",
        "labour",
        "valentine",
        "valentines",
        "mother",
        "mothers",
        "father",
        "fathers",
        "patrick",
        "patricks",
        "bowl",
        "friday",
        "monday",
        "wednesday",
        "sunday",
        "hanukkah",
        "hanukah",
        "chanukah",
        "kippur",
        "rosh",
        "passover",
        "diwali",
        "eid",
        "juneteenth",
        "mlk",
        "king",
        "presidents",
        "president",
        "veterans",
        "veteran",
        "columbus",
        "cinco",
        "mardi",
        "groundhog",
        "boxing",
        "lunar",
        "kwanzaa",
        "election",
        "pearl",
        "tax",
        "earth",
        "flag",
        "nowruz",
        "holi",
        "vesak",
        "purim",
        "sukkot",
        "shavuot",
        "pentecost",
        "epiphany",
        "muertos",
        "chuseok",
        "tết",
        "canada",
        "bastille",
        "anzac",
        "fawkes",
        "bonfire",
        "saints",
        "remembrance",
        "victoria",
        "orthodox",
    ]
)
# The gate words of ``_HOLIDAY`` that name a holiday only with another of its words ("Family
# Day", "New Year's", "Black Friday", "Burns Night"), and those words: alone (most posts that
# hold "family", "year" or "little"), they do not open the pattern. "day" opens it whatever the
# word ("D-Day"), and so do "new" and "years" together ("New Years Eve"). (Kept in step with
# the pattern: each of its holidays that holds such a word holds a partner of it, or "day".)
_HOLIDAY_PARTNERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["family", "pearl", "little", "women", "womens", "orthodox", "mother", "mothers",
         "father", "fathers", "memorial", "pi", "cup", "opening", "king", "veteran", "veterans",
         "flag", "africa", "heritage", "labor", "labour", "election", "rights", "youth",
         "freedom", "discovery", "tax", "earth", "president", "presidents", "canada",
         "australia", "republic", "independence", "victoria", "george", "david", "andrew",
         "patrick", "patricks", "saints", "boxing", "columbus", "liberation", "constitution",
         "unification", "revolution", "statehood", "patriots", "commonwealth", "reconciliation",
         "emancipation", "stephen", "groundhog", "mandela", "jamaica", "paddy", "paddys",
         "pancake"],
        frozenset(),
    ),
    "year": frozenset(["new"]),
    "lunar": frozenset(["new"]),
    "friday": frozenset(["black", "good"]),
    "monday": frozenset(["cyber", "easter", "whit"]),
    "sunday": frozenset(["easter", "palm", "bowl", "remembrance", "mothering", "whit"]),
    "whit": frozenset(["sunday", "monday"]),
    "wednesday": frozenset(["ash"]),
    "burns": frozenset(["night"]),
    "fat": frozenset(["tuesday"]),
    "shrove": frozenset(["tuesday"]),
    "jean": frozenset(["st", "saint"]),
    "lag": frozenset(["ba", "baomer"]),
    "tu": frozenset(["bi", "bishvat"]),
    "mas": frozenset(["x"]),
    "bowl": frozenset(["super"]),
    "july": frozenset(["fourth", "4th"]),
}  # fmt: skip


def _holiday_possible(text: str, scan: Scan) -> bool:
    """Whether ``_HOLIDAY`` can match a text whose words meet its gate (see above).

    (Past ASCII, case folding may match a word the text's words do not hold: "ſ" for "s".)
    """
    words = scan.words
    if "day" in words or ("new" in words and "years" in words) or not text.isascii():
        return True
    return _partnered(scan, _HOLIDAY_WORDS, _HOLIDAY_PARTNERS)


def _relative_possible(scan: Scan) -> bool:
    """Whether ``_RELATIVE`` can match a text whose words meet its gate (see above)."""
    words = scan.words
    if "this" in words or "last" in words:
        return True
    return _partnered(scan, _RELATIVE_WORDS, _RELATIVE_PARTNERS)


def _partnered(scan: Scan, gate_words: frozenset[str], partners: dict[str, frozenset[str]]) -> bool:
    """Whether a word of ``gate_words`` in the text needs no partner, or has one of them there."""
    words = scan.words
    return any(
        word not in partners or not partners[word].isdisjoint(words)
        for word in scan.cues & gate_words
    )


_SCORE_DENOMS = frozenset({2, 3, 4, 5, 6, 10})


def _two_digit_pair(text: str, numbers: tuple[str, ...]) -> bool:
    """Whether a date of ``_NUMERIC`` can be in ``text``, whose runs of digits are ``numbers``.

    Its month and day are whole runs of one or two digits in a row, joined by "/" or "-", or
    by "." with a year after ("3.14.2024"): a dotted pair alone ("6.5") is a decimal, dropped.
    """
    # two runs at least (most texts with a number have one), then a scan in C by separator,
    # linear in the text (a search per pair would not be)
    return len(numbers) >= 2 and (
        _SLASH_PAIR.search(text) is not None
        or _DASH_PAIR.search(text) is not None
        or _DOT_PAIR.search(text) is not None
    )


# found from its separator, which is rarer than digits (yes/no tests, together the same as
# "\d(?<!\d\d)\d?(?:[/-]\d{1,2}(?!\d)|\.\d{1,2}\.)"; a digit must follow it, which rules out
# a sentence's full stop before the look-behinds), one pattern a separator: a literal first,
# which the engine skips to fast (a class first is tested character by character)
_SLASH_PAIR, _DASH_PAIR = (
    re.compile(rf"{sep}(?=\d)(?:(?<=(?<!\d)\d{sep})|(?<=(?<!\d)\d\d{sep}))\d{{1,2}}(?!\d)")
    for sep in "/-"
)
_DOT_PAIR = re.compile(r"\.(?=\d)(?:(?<=(?<!\d)\d\.)|(?<=(?<!\d)\d\d\.))\d{1,2}\.")


def _year_dash(text: str, numbers: tuple[str, ...] | None) -> bool:
    """Whether ``_ISO`` can match: a run of four digits, 19.. or 20.., then a dash."""
    if numbers is None:
        return True
    return _YEAR_DASH.search(text) is not None  # one scan in C, linear in the text


# found from its dash (a yes/no test, the same as "(?:1(?<!\d1)9|2(?<!\d2)0)\d\d-")
_YEAR_DASH = re.compile(r"-(?<=(?<!\d)19\d\d-|(?<!\d)20\d\d-)")


def _year_then_separator(text: str) -> bool:
    """Whether ``_YEAR_FIRST`` can match: a run of four digits, 19.. or 20.., then "/" or "."."""
    # (two searches from a literal, which the engine skips to fast: "." is in most posts)
    return _YEAR_SLASH.search(text) is not None or _YEAR_DOT.search(text) is not None


_YEAR_SLASH = re.compile(r"/(?<=(?<!\d)19\d\d/|(?<!\d)20\d\d/)")
_YEAR_DOT = re.compile(r"\.(?<=(?<!\d)19\d\d\.|(?<!\d)20\d\d\.)")


# a mealtime insulin or a dose's unit right before numbers with slashes: doses, no date
_DOSES_BEFORE = re.compile(
    r"(?i:aspart|lispro|glulisine|humalog|novolog|novorapid|apidra|fiasp|insulin|units?|iu)"
    r"\s*$"
)


# a lower-case word after an ordinal that no date is followed by: a thing counted (a date is
# followed by a clause's word: "the 14th at 2am", "the 3rd when she fell", "the 9th we ...")
_COUNTED_THING = re.compile(
    r" (?!(?:at|and|of|in|on|when|we|she|he|i|they|after|before|until|till|by|for|so|but|or|"
    r"was|is|to|with|the|a|an|this|that|then|her|his|my|our|their|around|about|morning|"
    r"evening|night|afternoon|am|pm|from|if|as|while|because|it|you|mom|dad|mum|already|"
    r"again|too|last|next|she's|he's|we're|there|here|back|home|into|out|down|up|over|just|"
    r"only|early|late|finally|still|will|would|via|per|since|though|where|which|who)\b)"
    r"[a-z]{3,}\b"
)


def _numeric(text: str, scan: Scan) -> Iterator[Hit]:
    # a numeric date is two runs of digits at least ("3/14")
    numbers = scan.numbers
    dated = numbers is None or _two_digit_pair(text, numbers)
    for match in _NUMERIC.finditer(text) if dated else ():
        month, day, sep, year = (
            int(match["m"]),
            int(match["d"]),
            match["sep"],
            match["y"],
        )
        if year is None and sep == ".":
            continue  # "6.5": a decimal (dropped below whatever the cue), read no further
        before = text[max(0, match.start() - 24) : match.start()]
        after = text[match.end() : match.end() + 16]
        folded = before.lower() if before.isascii() else None
        cued = _found(_DATE_CUE, _DATE_CUE_LOW, before, folded)
        day_first = (
            13 <= month <= 31
            and 1 <= day <= 12
            and (sep == "/" or year is not None)  # "17.02.2026", "17-02-2026": day first
            and (cued or year or match["d"].startswith("0"))  # "14/03": a padded month
        )
        if not (1 <= month <= 12 and 1 <= day <= 31) and not day_first:
            continue
        if year is not None and len(year) == 2 and _SCORE_AFTER.search(after):
            continue  # "APGAR 2/5/8 at 1/5/10 min", "20/2/20 criteria": scores, not a date
        if (
            year is not None
            and len(year) == 2
            and sep == "/"
            and _found(
                _SCORE_BEFORE,
                _SCORE_BEFORE_LOW,
                before,
                folded,
                max(0, len(before) - _SCORE_BEFORE_REACH),
            )
        ):
            continue  # "APGAR 8/9/10": three scores after the score's name
        if year is None:
            padded = match["m"].startswith("0") or match["d"].startswith("0")
            if sep == "." or (sep == "-" and not cued and not padded):
                continue
            window = max(0, len(before) - _SCORE_BEFORE_REACH)  # (a score's name ends it)
            if _found(_SCORE_BEFORE, _SCORE_BEFORE_LOW, before, folded, window):
                continue
            if (
                _SCORE_AFTER.search(after)
                and not after.startswith((". ", ".\n"))  # "on 10/7. Bilat calcaneus fx"
                and not _found(_EVENT_CUE, _EVENT_CUE_LOW, before, folded)
            ):
                continue  # "3/4 of", not "admitted 11/11 of all days"
            if day == 10 and month <= day and _PAIN_BEFORE.search(before):
                continue  # "pain score went from 9/10 to 2/10"
            if day <= 10 and day in _SCORE_DENOMS and month <= day and not cued:
                continue
            if after[:1] == "%" or before.endswith(("$", "x", "#")):
                continue
            if (
                month <= day
                and (not before or before[-1] == "\n")
                and after[:1].isspace()
                and not _EVENT_AFTER.match(after)  # (not "3/14 admit, 3/21 d/c")
            ):
                continue  # "2/7 His sister ...": a thread's post counter opening a line
            if (
                month <= day
                and (
                    _COUNTER_BEFORE.search(before) is not None
                    or (not after.strip() and not cued)  # (not "we put it in on 9/22")
                    or (
                        text[match.end() :].strip() == "."  # closing the post, set off
                        and before.rstrip().endswith((",", "(", ":", "\u2014", "|"))
                        and not cued
                        and _THREAD_MARK.search(text) is not None
                    )
                    or after.lstrip().startswith("\U0001f9f5")
                )
            ):
                continue  # "Tweetorial 1/8:", "... 1/8" closing a post, "1/8 🧵": a counter
        if _DOSES_BEFORE.search(before):
            continue  # "aspart 10/10/10": doses with each meal
        if year is None and sep == "/" and _uk_duration(match["m"], match["d"], before, after):
            continue  # "3/7 hx of cough", "amox for 5/7": days, weeks or months, British style
        yield Hit(match.start(), match.end(), _D, "date.numeric")


# what a date opening a line is the day of: "3/14 admit, 3/21 d/c", "3/14 - not pi day for"
_EVENT_AFTER = re.compile(
    r"\s*(?:[-\u2013\u2014]\s+(?:not |the day )?)?(?i:admit|admitted|admission|adm|d/c|"
    r"discharged?|surgery|delivered|born|birthday|bday|died|passed|pi day|transplant)\b"
)
# a thread's own mark: its counter may close a post with a full stop ("Tweetorial: ..., 1/8.")
_THREAD_MARK = re.compile("\U0001f9f5|(?i:tweetorial|thread)")
# A span of time written the British way: days out of 7, weeks out of 52, months out of 12
# ("3/7 hx", "for 5/7", "6/52 ago"), told from a date by the words around it
_DURATION_BEFORE = re.compile(
    r"(?i)(?:\b(?:for|x|last|past|over|within|after|since|in|another|further|extra|each|"
    r"approx|about|around|~)\s*|\bx)$"
)
_DURATION_AFTER = re.compile(
    r"(?i)^\s*(?:hx|h/o|history|of\b|ago|duration|post|postop|post-op|course|later|"
    r"then|more|abx|antibiotics|fever|cough|symptoms|sx\b|onset|prior|before|dysuria|"
    r"vomiting|diarrho?ea|constipation|headache|malaise|wheeze|rash\b|sob\b|pain\b)"
)
_DURATION_DENOMS = frozenset([7, 12, 52])


def _uk_duration(numerator: str, denominator: str, before: str, after: str) -> bool:
    whole = int(denominator)
    # (a span may run past its unit: "10/7 dysuria" is ten days of it)
    if whole not in _DURATION_DENOMS or not 0 < int(numerator) <= 3 * whole:
        return False
    return bool(
        _DURATION_BEFORE.search(before)
        or _DURATION_AFTER.match(after)
        or (whole == 7 and _SYMPTOM_BEFORE.search(before))
    )


# a symptom told with its days, the British way: '"constipation" 5/7', "cough 3/7"
_SYMPTOM_BEFORE = re.compile(
    r"(?i:pain|cough|fever|constipation|diarrho?ea|vomiting|nausea|headache|dysuria|sob|rash|"
    r"symptoms|sx|wheeze|malaise)[\"'\u201d]?\s*$"
)


def find_dates(text: str, scan: Scan) -> Iterator[Hit]:
    """Date elements in ``text``: all in a patient story, dates of birth everywhere.

    In a post about a birth, the time told with a date goes with it: "born 14/02/26 at 03:42".
    """
    birth = scan.patient and scan.gates & _BIRTH_WORDS_BIT
    for hit in _find_dates(text, scan):
        timed = _BIRTH_TIME.match(text, hit.end) if birth else None
        yield Hit(hit.start, timed.end(), hit.category, hit.rule, hit.blocking) if timed else hit


_BIRTH_WORDS = frozenset(["born", "birth", "delivered", "arrived"])
# a time right after a date: ", 11.58pm", " at 06:06", " @ 0342"
_BIRTH_TIME = re.compile(
    r"(?:,\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d|\s+(?:at|@)\s+(?:[01]?\d|2[0-3])[:.h]?[0-5]\d)"
    r"(?:\s?(?:[ap]\.?m\.?|hrs?))?(?![\w:/-]|\.\d)"
)


def _find_dates(text: str, scan: Scan) -> Iterator[Hit]:
    """The date elements of :func:`find_dates`, each as its rule finds it."""
    born = "dob" in scan.low or "d.o.b" in scan.low or "birth" in scan.low or "born" in scan.low
    for match in _DOB.finditer(text) if born else ():
        yield Hit(match.start("date"), match.end("date"), _D, "date.birth")
    if not scan.patient:
        return
    low, words = scan.low, scan.words
    months = scan.gates & _MONTH_WORDS_BIT  # every month pattern is a whole word
    for match in _WORDED.finditer(text) if months else ():
        yield Hit(match.start(), match.end(), _D, "date.month_day")
    for match in _DAY_FIRST.finditer(text) if months else ():
        yield Hit(match.start(), match.end(), _D, "date.month_day")
    for match in _MONTH_ALONE.finditer(text) if months else ():
        group = match.lastgroup or 0
        yield Hit(match.start(group), match.end(group), _D, "date.month")
    lower = scan.gates & _LOWER_MONTHS_BIT and not text.isupper()
    for match in _LOWER_MONTH.finditer(text) if lower else ():
        if match["m"] is not None or match["r"] is not None:
            group = "m" if match["m"] is not None else "r"
            yield Hit(match.start(group), match.end(group), _D, "date.month")
        else:
            yield Hit(match.start("d"), match.end("d"), _D, "date.month_day")
    for match in _DE_MONTH.finditer(text) if " de " in low and scan.longest_number else ():
        yield Hit(match.start(), match.end(), _D, "date.month_day")  # "el 12 de diciembre"
    de_year = " de" in low and scan.longest_number >= 4
    for match in _DE_MONTH_YEAR.finditer(text) if de_year else ():
        yield Hit(match.start(), match.end(), _D, "date.month_day")  # "mayo de 2019"
    for match in _CAMERA_FILE_DATE.finditer(text) if scan.longest_number >= 8 else ():
        yield Hit(match.start("d"), match.end("d"), _D, "date.numeric")  # "IMG_20260311_"
    dotted = scan.longest_number and (
        scan.gates & _DOTTED_DAY_WORDS_BIT
        or (". " in text and _DOTTED_BLANK.search(text) is not None)
    )
    for match in _DOTTED_DAY.finditer(text) if dotted else ():
        if 1 <= int(match["day"]) <= 31 and (
            match["blank"]
            or _DOTTED_DAY_BEFORE.search(text, max(0, match.start() - 6), match.start())
        ):
            yield Hit(match.start(), match.end(), _D, "date.numeric")  # "am 11.11.", "24. 12."
    for match in local.HOLIDAY.finditer(text) if scan.gates & _LOCAL_HOLIDAYS_BIT else ():
        yield Hit(match.start(), match.end(), _D, "date.holiday")  # "op Tweede Kerstdag"
    local_months = scan.gates & _LOCAL_MONTHS_BIT and scan.longest_number
    for match in local.DAY_MONTH.finditer(text) if local_months else ():
        yield Hit(match.start(), match.end(), _D, "date.month_day")  # "3 novembre 2024"
    jalali = "/" in text and scan.longest_number >= 4  # (its year's four digits and a slash)
    for match in _JALALI.finditer(text) if jalali else ():
        yield Hit(match.start(), match.end(), _D, "date.numeric")  # "DOB 1366/04/12"
    iso = "-" in text and scan.longest_number >= 4 and _year_dash(text, scan.numbers)
    for match in _ISO.finditer(text) if iso else ():
        yield Hit(match.start(), match.end(), _D, "date.numeric")
    year_first = scan.longest_number >= 4 and _year_then_separator(text)
    for match in _YEAR_FIRST.finditer(text) if year_first else ():
        yield Hit(match.start(), match.end(), _D, "date.numeric")
    yield from _numeric(text, scan)
    # an ordinal day follows the word "the" ("on the 3rd"): without it, no ordinal is read
    ordinal = "the" in words and scan.longest_number >= 1 and _ORDINAL_GATE.search(text) is not None
    # "the 2nd pt ... the 3rd": once ordinals count patients or cases, a bare one does too
    counting = ordinal and _COUNTED.search(text) is not None
    for match in _ORDINAL_DAY.finditer(text) if ordinal and not counting else ():
        if not match.group().startswith("on") and _COUNTED_THING.match(text, match.end()):
            continue  # "after the 3rd shock", "held the 2nd antihypertensive": a count
        yield Hit(match.start(), match.end(), _D, "date.ordinal_day")
    for match in _ON_ORDINAL_WITH.finditer(text) if ordinal and not counting else ():
        yield Hit(match.start(), match.end(), _D, "date.ordinal_day")  # "back on the 29th with"
    for match in _EVENT_ORDINAL.finditer(text) if ordinal and not counting else ():
        yield Hit(match.start("d"), match.end("d"), _D, "date.ordinal_day")
    for match in _WEEKDAY_RE.finditer(text) if scan.gates & _WEEKDAYS_BIT else ():
        if (
            text[max(0, match.start() - 6) : match.start()]
            .lower()
            .endswith(("every ", "each ", " a ", " any "))
        ):
            continue  # "every Wednesday": a habit; "on a Friday": any one of them
        if _DAY_RANGE_AFTER.match(text, match.end()) or _DAY_RANGE_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue  # "a Tuesday-Thursday pattern", "Monday through Friday": days, no date
        yield Hit(match.start(), match.end(), _D, "date.weekday")
    relative = (scan.gates & _RELATIVE_WORDS_BIT and _relative_possible(scan)) or "other day" in low
    for match in _RELATIVE.finditer(text) if relative else ():
        yield Hit(match.start(), match.end(), _D, "date.relative")
    holiday = scan.gates & _HOLIDAY_WORDS_BIT and _holiday_possible(text, scan)
    for match in _HOLIDAY.finditer(text) if holiday else ():
        end = match.end()
        year = _YEAR_AFTER.match(text, end)  # "born on Christmas Day 1934": a year of 90+ ago
        if year is not None and int(year["y"]) <= this_year(scan) - 90:
            end = year.end()
        yield Hit(match.start(), end, _D, "date.holiday")
    timeframe = "ago" in words or (
        scan.gates & _TIMEFRAME_LEADS_BIT and scan.gates & _TIMEFRAME_WORDS_BIT
    )
    for match in _WEEKS_AGO.finditer(text) if "ago" in words else ():
        yield Hit(match.start(), match.end(), _D, "date.relative")
    for match in _TIMEFRAME.finditer(text) if timeframe else ():
        yield Hit(match.start(), match.end(), _D, "date.timeframe", blocking=False)


# word gates (see _gates.py): the bit of each cue-word set the checks above test
_MONTH_WORDS_BIT = gate(_MONTH_WORDS)
_WEEKDAYS_BIT = gate(_WEEKDAYS)
_RELATIVE_WORDS_BIT = gate(_RELATIVE_WORDS)
_HOLIDAY_WORDS_BIT = gate(_HOLIDAY_WORDS)
_TIMEFRAME_LEADS_BIT = gate(_TIMEFRAME_LEADS)
_TIMEFRAME_WORDS_BIT = gate(_TIMEFRAME_WORDS)
_BIRTH_WORDS_BIT = gate(_BIRTH_WORDS)
_LOWER_MONTHS_BIT = gate(_LOWER_MONTHS)
_DOTTED_DAY_WORDS_BIT = gate(_DOTTED_DAY_WORDS)
