"""Names, places, dates and ages in Arabic, Persian, Hebrew, Thai, South Asian or Ethiopic letters.

A clinician in Riyadh, Tehran, Haifa or Chiang Mai (or one caring for their diaspora) writes
"المريضة فاطمة العتيبي", "حي الملز", "عمرها 92 سنة", "12 رمضان 1447", "آقای رضایی از
تهران", "גב' כהן מבאר שבע", "นายสมชาย ใจดี อายุ 92 ปี", "ซอยสุขุมวิท 11": a name, a place
smaller than a state, a date element or an age of 90 or more (Safe Harbor (A)-(C)) that the
Latin-letter rules do not read (these scripts have no capitals to tell a name by). In a
patient story:

- a name: the run after a title of respect or a relative's word ("السيدة", "آقای", "גב'",
  "นาย", "ابنها"); after a patient's word when it opens with a known name ("المريض محمد");
  a known first name and the names after it ("فاطمة بنت خالد العتيبي"); a parent named by
  a child's known name ("أم محمد", "أبو فهد");
- a place: a known town, with the letters for "in", "from", "and" or "the" that Arabic and
  Hebrew join to it ("بالرياض", "מבאר שבע"); the run after a street's, a district's or a
  village's word ("شارع الملك فهد", "حي الملز", "خیابان ولیعصر", "רחוב הרצל 5",
  "ตำบลสุเทพ"), with its number; a hospital by its word and its name ("مستشفى الملك فهد",
  "بیمارستان شریعتی");
- a date: a day and a month, with its year ("12 رمضان 1447", "۱۲ فروردین ۱۴۰۲",
  "3 במרץ", "12 มี.ค. 2569", the Ethiopian calendar's "ጥር 11"), a month and its year, a
  feast ("عيد الفطر", "نوروز", "สงกรานต์", "ጥምቀት");
- an age of 90 or more with its word for years ("92 سنة", "۹۵ ساله", "בת 93",
  "อายุ 92 ปี");
- a phone number after a word for calling or for a phone ("جوال", "اتصلوا على", "נייד",
  "โทร");
- a number after a national-identity or record-file word ("رقم الهوية", "کد ملی",
  "תעודת זהות", "رقم الملف"), and Thailand's national number in its printed shape
  ("1-1002-00345-67-1"), in any post.

``SCRIPT_STORY`` holds what tells a story in these scripts (a patient's word, an age with
its word, a title, a stay in hospital), for the context's scores.

South Asia's Brahmic scripts, Urdu and Ethiopic are read the same way: an age with its word
("उम्र ९३ साल", "92 ዓመት"), a name after a title or before one ("श्री", "አቶ", "जी",
"මහතා"), a village, a district or a kebele after its word ("गाँव", "গ্রাম", "ቀበሌ").

Known names and towns come from the ``script_names`` and ``script_places`` word lists
(Faker, GeoNames). Digits of these scripts are read as 0-9 before the rules run (see
``_digits``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medtweet.phi._hit import Hit, Scan
from medtweet.phi._lexicon import lexicon
from medtweet.phi._model import Category

__all__ = ["SCRIPT_STORY", "find_scripts"]

_N = Category.NAME
_G = Category.GEOGRAPHIC
_D = Category.DATE
_A = Category.AGE

_ARABIC = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u064b-\u0652\u0670"
_HEBREW = "\u05d0-\u05ea\u05f0-\u05f2\u05b0-\u05c2"
_THAI = "\u0e01-\u0e4e"
# the Brahmic scripts of South Asia (Devanagari to Sinhala, with their vowel signs) and
# Ethiopic, with the joiner Sinhala writes inside words
_INDIC = "\u0900-\u0963\u0966-\u0dff\u200d"
_ETHIOPIC = "\u1200-\u135a"
_LETTERS = _ARABIC + _HEBREW + _THAI + _INDIC + _ETHIOPIC
# a word: letters, with the joiner Persian writes inside words and the geresh or apostrophe
# of a Hebrew or transliterated sound ("ג'ורג'")
_WORD = rf"[{_LETTERS}](?:[{_LETTERS}\u200c]|['\u2019\u05f3](?=[{_LETTERS}]))*"
_ANY = re.compile(rf"[{_LETTERS}]")
_ANY_THAI = re.compile(rf"[{_THAI}]")
_WORDS = re.compile(_WORD)
_NOT_LETTER = rf"(?<![{_LETTERS}\u200c])"
_END = rf"(?![{_LETTERS}\u200c])"

# titles of respect and relatives' words: any word after them is a name
_TITLES = (
    "السيد|السيدة|السيده|سيد|سيدة|الحاج|الحاجة|الحاجه|حاج|حاجة|الشيخ|الشيخة|الأستاذ|الأستاذة|"
    "الآنسة|الانسة|ابنه|ابنها|ابنته|ابنتها|بنتها|بنته|زوجته|زوجها|والده|والدها|والدته|"
    "والدتها|أخوه|أخوها|أخته|أختها|جده|جدها|جدته|جدتها|اسمه|اسمها|يدعى|تدعى|المدعو|المدعوة|"
    "الجدة|الجده|الجد|جدتي|جدي|الخالة|الخال|العمة|خالتي|عمتي|خالي|عمي|"
    "آقای|اقای|خانم|حاجی|حاجیه|پدرش|مادرش|همسرش|دخترش|پسرش|نامش|به نام|مادربزرگ|پدربزرگ|"
    "מר|מרת|גב'|גב׳|גברת|בשם|אמו|אמה|אביו|אביה|אשתו|בעלה|בנו|בנה|בתו|בתה|סבתא|סבא|"
    "คุณ|ลุง|ป้า|ยาย|น้อง|"
    # South Asia's and Ethiopia's: Shri, Smt, Md., husband, father, son of; Ato, Weyzero
    "श्री|श्रीमती|कुमारी|स्व\\.|पति|पत्नी|पिता|শ্রী|শ্রীমতী|মোঃ|মোছাঃ|স্বামী|স্ত্রী|পিতা|"
    "திரு|திருமதி|செல்வி|ਸ਼੍ਰੀ|ਸ੍ਰੀ|ਸ਼੍ਰੀਮਤੀ|श्रीमान|ولد|زوجہ|بیگم|مسمات|جناب|"
    "አቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ኣቶ|ኣቦ|እማማ|ወይዘሪት"
)
# a patient's word: the name after it must open with a known name ("المريض يعاني": a verb)
_PATIENT_WORDS = (
    "المريض|المريضة|المريضه|مريض|مريضة|مريضه|الطفل|الطفلة|بیمار|המטופל|המטופלת|החולה|ผู้ป่วย|"
    "मरीज़|मरीज|रोगी|রোগী|நோயாளி|රෝගියා|ਮਰੀਜ਼|દર્દી|రోగి|ರೋಗಿ|രോഗി|مریض|مریضہ|ታካሚ|ሕሙም"
)
# (two patterns, so a patient's word before a title leaves the title to be read: "ታካሚ አቶ")
_CUED_NAMES = (
    re.compile(rf"{_NOT_LETTER}(?P<title>{_TITLES})[ \t]+(?P<n>{_WORD})"),
    re.compile(rf"{_NOT_LETTER}(?P<patient>{_PATIENT_WORDS})[ \t]+(?P<n>{_WORD})"),
)
# Thai titles and kin words, written joined to the name ("นายสมชาย", "ยายบุญมี"; not
# "นายแพทย์", a doctor's title, nor "ป้าย", a sign)
_THAI_TITLES = "นาย|นาง|ยาย|ป้า|ลุง"
# titles no Thai word opens with, read inside a run ("คือคุณตาบุญมี")
_THAI_LONG_TITLES = "นางสาว|น\\.ส\\.|ด\\.ช\\.|ด\\.ญ\\.|เด็กชาย|เด็กหญิง|คุณยาย|คุณตา|คุณป้า|คุณลุง"
_THAI_NAME = re.compile(
    # ("ชื่อ", a name, only standing alone: "ป้ายชื่อ" is a name tag)
    rf"(?:(?<![{_THAI}])(?:ผู้ป่วย[ \t]*)?(?:{_THAI_TITLES})|{_THAI_LONG_TITLES}"
    rf"|(?<![{_THAI}])ชื่อ(?=[ \t:]))[ \t:]*"
    # (a name is short and a blank or a sign ends it: "ยายลื่นล้มช่วง..." is grandma slipping)
    rf"(?!แพทย์|พยาบาล|ก(?![{_THAI}])|ย)(?P<n>[{_THAI}]{{2,10}})(?![{_THAI}])"
)
# a title of respect after the name, as South Asia writes it ("रामेश्वर प्रसाद जी", "සුනිල්
# පෙරේරා මහතා", "వెంకట లక్ష్మి గారు", "رفیق صاحب")
_NAME_BEFORE_TITLE = re.compile(
    rf"{_NOT_LETTER}(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+"
    r"(?:जी|ਜੀ|জি|বাবু|গারু|గారు|ಅವರು|මහතා|මහත්මිය|මෙනවිය|صاحب|صاحبہ|بی بی|بیگم|"
    r"बाई|देवी|খাতুন|বেগম|ਕੌਰ)"
    rf"{_END}"
)
# the little words of South Asia's languages that a name before its title may follow
_NOT_NAME_WORDS = frozenset(
    ["में", "से", "को", "का", "की", "के", "ने", "है", "हैं", "और", "पर", "भी", "आज", "कल", "ये",
     "वह", "यह", "मेरे", "हमारे", "আজ", "এবং", "আমাদের", "இன்று", "ਅੱਜ", "آج", "اور", "میں"]
)  # fmt: skip
_NEXT = re.compile(rf"[ \t]+(?P<w>{_WORD})")
# the words joining a name's parts: son or daughter of, father or mother of, servant of
_JOINERS = frozenset(
    ["بن", "بنت", "ابن", "إبن", "ابو", "أبو", "أم", "ام", "عبد", "آل", "بن‌", "בן", "בת", "بو"]
)
_KUNYA = frozenset(["أبو", "ابو", "أم", "ام", "بو"])
# a kunya standing alone, its child's a known name: "أم محمد"
_KUNYA_ALONE = re.compile(rf"{_NOT_LETTER}(?:أبو|ابو|أم|ام)[ \t]+(?P<w>{_WORD})")
# what a name's next word may not be: a relative's or a place's word, an age's word, a verb
# of the story ("المريض محمد يعاني")
_AFTER_NAME_STOPS = frozenset(
    ["من", "في", "إلى", "الى", "على", "عمره", "عمرها", "العمر", "سنة", "عام", "يعاني", "تعاني",
     "حضر", "حضرت", "جاء", "جاءت", "و", "از", "در", "به", "با", "که", "ساله", "سال", "ساکن",
     "מ", "ב", "בן", "בת", "גיל", "בגיל", "הגיע", "הגיעה", "עם",
     "อายุ", "ปี", "เกิด", "บ้าน", "ที่", "จาก", "มา"]
)  # fmt: skip

# the words that place someone in a street, a district, a village or a town's part
_PLACE_WORDS = (
    "شارع|الشارع|حي|الحي|حارة|قرية|القرية|بلدة|مدينة|مخيم|زقاق|ضاحية|"
    "خیابان|کوچه|محله|روستای|روستا|بلوار|میدان|شهرک|"
    "רחוב|רח'|רח׳|שכונת|קיבוץ|מושב|כפר|העיר|היישוב|"
    "เขต|ต\\.|อ\\.|ถ\\.|"
    # South Asia's village, block, tehsil, district and ward; Ethiopia's kebele and woreda
    "गाँव|गांव|ग्राम|तहसील|जिला|ज़िला|मोहल्ला|पोस्ट|गाव|তালুক|গ্রাম|জেলা|উপজেলা|থানা|"
    "ইউনিয়ন|கிராமம்|மாவட்டம்|ਪਿੰਡ|ਜ਼ਿਲ੍ਹਾ|ગામ|జిల్లా|గ్రామం|ಗ್ರಾಮ|ಜಿಲ್ಲೆ|ഗ്രാമം|ജില്ല|"
    "ගම|گاؤں|محلہ|ضلع|تحصیل|ٹاؤن|ቀበሌ|ወረዳ|ክፍለ ከተማ"
)
# Thai's words for a lane, a road, a subdistrict, a district and a village, read inside a run
# ("แถวถนนข้าวสาร"), with the name and number after them ("ซอยสุขุมวิท 11")
_THAI_PLACE = re.compile(
    rf"(?:ซอย|ถนน|ตำบล|อำเภอ|หมู่บ้าน|แขวง)[ \t]*(?P<p>[{_THAI}]{{2,}})"
    r"(?P<no>[ \t]*\d{1,4}(?![\d/.,-]\d))?"
)
# a Thai plate: a digit, two consonants and its number, with the province after it ("ผก 5821
# กรุงเทพมหานคร", "2กข 7319 ชลบุรี")
_THAI_PLATE = re.compile(
    rf"(?<![{_THAI}\d])\d?[ก-ฮ]{{2}}[ \t]?\d{{1,4}}(?!\d)(?:[ \t]+(?P<province>[{_THAI}]+))?"
)
_PLATE_WORD = re.compile("ทะเบียน|(?i:plate)")
# Thai feasts, read inside a run ("ช่วงสงกรานต์")
_THAI_FEAST = re.compile(
    "สงกรานต์|ลอยกระทง|วันพ่อ|วันแม่|วันวิสาขบูชา|วันมาฆบูชา|วันอาสาฬหบูชา|วันเข้าพรรษา|"
    "วันออกพรรษา|วันปีใหม่|ตรุษจีน|สารทไทย"
)
_CUED_PLACE = re.compile(
    # (Hebrew joins "from", "in", "and" to the word: "מרחוב הרצל")
    rf"{_NOT_LETTER}(?:[ומבלה](?=[\u05d0-\u05ea]))?(?:{_PLACE_WORDS})(?:[ \t]+|(?<=[{_THAI}.]))"
    rf"(?P<p>{_WORD})(?P<second>[ \t]+(?!(?:رقم|شماره|پلاک){_END}){_WORD})?"
    r"(?P<no>[ \t]*(?:No\.?|رقم|شماره|پلاک|/)?[ \t]*\d{1,4}(?![\d/.,-]\d))?"
)
# a hospital by its word and its name ("مستشفى الملك فهد", "بیمارستان شریعتی",
# "โรงพยาบาลศิริราช")
_HOSPITAL = re.compile(
    rf"{_NOT_LETTER}(?:مستشفى|المستشفى|بمستشفى|بیمارستان|درمانگاه|בית החולים|בבית החולים|"
    rf"בי\"ח|โรงพยาบาล|รพ\.)(?:[ \t]+|(?<=[{_THAI}.]))(?P<p>{_WORD})(?P<second>[ \t]+{_WORD})?"
)
# the first words of a place named after someone: a king, a prince, an imam, a martyr
_TITLED_PLACE = frozenset(
    ["الملك", "الملكة", "الأمير", "الاميرة", "الأميرة", "الامير", "الشيخ", "الإمام", "امام",
     "شهید", "دکتر", "الدكتور", "حضرت", "آیت‌الله", "מלך"]
)  # fmt: skip
# Thai's house number: "บ้านเลขที่ 45", "เลขที่ 45/2"; Thai's village number: "หมู่ 5"
_THAI_HOUSE = re.compile(r"(?:บ้านเลขที่|เลขที่|หมู่ที่|หมู่)[ \t]*\d{1,4}(?:/\d{1,4})?(?!\d)")
# letters that Arabic and Hebrew join in front of a word: and, in, to, from, the...
_ARABIC_PREFIXES = ("وب", "ول", "وال", "بال", "لل", "فب", "و", "ب", "ل", "ف", "ك")
_HEBREW_PREFIXES = ("ומ", "וב", "ול", "שב", "שמ", "מה", "בה", "ו", "ב", "ל", "מ", "ה", "ש", "כ")

_ARABIC_MONTHS = (
    # Gregorian, as the Levant, and as Egypt and the Gulf name them; the Maghreb's own
    "كانون الثاني|كانون الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|"
    "تشرين الثاني|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|"
    "اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|جانفي|فيفري|أفريل|جوان|جويلية|أوت|"
    # Hijri
    "محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|"
    "جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة"
)
_PERSIAN_MONTHS = (
    "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|"
    "مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر"
)
_HEBREW_MONTHS = (
    "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|"
    "תשרי|חשוון|חשון|כסלו|טבת|שבט|אדר|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול"
)
_THAI_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
    "พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|"
    "ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\."
)
# the Ethiopian calendar's months, in Amharic and Tigrinya spellings
_ETHIOPIAN_MONTHS = (
    "መስከረም|ጥቅምት|ኅዳር|ህዳር|ሕዳር|ታኅሣሥ|ታህሳስ|ታሕሳስ|ጥር|የካቲት|ለካቲት|መጋቢት|ሚያዝያ|"
    "ሚያዚያ|ግንቦት|ሰኔ|ሰነ|ሐምሌ|ሓምለ|ነሐሴ|ነሓሰ|ጳጉሜ|ጳጉሜን"
)
_MONTH = (
    rf"(?:{_ARABIC_MONTHS}|{_PERSIAN_MONTHS}|ב?(?:{_HEBREW_MONTHS})|{_THAI_MONTHS}|"
    rf"{_ETHIOPIAN_MONTHS})"
)
# a year after its month, with the calendar's mark ("1447 هـ", "2569 พ.ศ.", 'תשפ"ו')
_YEAR = r"(?:[ \t]*(?:سنة|عام|سال|ปี|พ\.ศ\.)?[ \t]*\d{4}(?!\d)(?:[ \t]*(?:هـ|ه|م|ش|พ\.ศ\.|ค\.ศ\.))?)"
_DATE = re.compile(
    rf"(?<![\d/.])(?:3[01]|[12]\d|0?[1-9])[ \t]*(?:من[ \t]+)?{_MONTH}{_END}{_YEAR}?"
    # the Ethiopian calendar writes the month first: "ጥር 11", "መስከረም 27"
    rf"|{_NOT_LETTER}(?:በ|ከ)?(?:{_ETHIOPIAN_MONTHS})[ \t]+(?:3[01]|[12]\d|0?[1-9])(?!\d)"
    # a month and its year: "رمضان 1447", "ניסן 2026", "มีนาคม 2569"
    rf"|{_NOT_LETTER}{_MONTH}{_END}[ \t]*(?:سنة|عام|سال|ปี|พ\.ศ\.)?[ \t]*\d{{4}}(?!\d)"
    r"(?:[ \t]*(?:هـ|ه|م|ش|พ\.ศ\.|ค\.ศ\.))?"
)
_FEAST = re.compile(
    # (with the eve or the night before it: "ערב יום כיפור", "ليلة العيد")
    rf"{_NOT_LETTER}(?:(?:ערב|ليلة|عشية|شب)[ \t]+)?"
    r"(?:عيد الفطر|عيد الأضحى|عيد الاضحى|ليلة القدر|يوم عرفة|عاشوراء|رمضان|"
    rf"المولد النبوي|نوروز|عید نوروز|عید فطر|عید قربان|یلدا|چهارشنبه‌سوری|"
    rf"ראש השנה|יום כיפור|יום הכיפורים|פסח|סוכות|חנוכה|פורים|שבועות|ל\"ג בעומר|"
    # Ethiopia's and Eritrea's: Timket, Meskel, Fasika, Enkutatash (not Genna, "ገና", which
    # is "still" too)
    rf"ጥምቀት|ብጥምቀት|መስቀል|ፋሲካ|እንቁጣጣሽ){_END}"
)
_AGE = re.compile(
    rf"(?:(?:عمره|عمرها|بعمر|العمر|عمر|سن|سنها|سنه|بسن|גיל|בגיל|בן|בת|อายุ|"
    rf"उम्र|आयु|वय|उमेर|বয়স|வயது|වයස|ਉਮਰ|ઉંમર|వయసు|ವಯಸ್ಸು|പ്രായം|ዕድሜ)[ \t]*[:,]?[ \t]*)"
    r"(?P<a>\d{2,3})(?!\d)"
    rf"|(?<!\d)(?P<b>\d{{2,3}})[ \t]*(?:سنة|سنه|سنوات|عام|عاما|عاماً|ساله|سالہ|سال|שנים|שנה|ปี|"
    rf"साल|वर्ष|वर्षे|बर्ष|বছর|বছরের|வயது|ஆண்டு|අවුරුදු|ਸਾਲ|વર્ષ|సంవత్సరాలు|ವರ್ಷ|വയസ്സ്|ዓመት|ዓመቱ)"
    rf"{_END}"
)
_ID_CUE = re.compile(
    r"(?:رقم الهوية|رقم هوية|الهوية الوطنية|الهوية|هوية|رقم الإقامة|رقم الاقامة|الإقامة|"
    r"إقامة|الرقم الوطني|الرقم القومي|الرقم المدني|السجل المدني|کد ملی|كد ملي|شماره ملی|"
    r"תעודת זהות|מספר זהות|ת\"ז|ת\.ז\.|ת׳׳ז|เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวประชาชน)"
    r"[ \t]*(?:رقم|شماره|מס'|:|#)?[ \t]*:?[ \t]*(?P<v>\d[\d -]{6,18}\d)(?!\d)"
    r"|(?:رقم الملف|ملف رقم|رقم الملف الطبي|رقم المريض|شماره پرونده|پرونده|מספר תיק|"
    r"תיק רפואי|เลขที่ผู้ป่วย|HN)[ \t]*(?:رقم|شماره|מס'|:|#)?[ \t]*:?[ \t]*"
    r"(?P<m>\d[\d -]{3,14}\d)(?!\d)"
)
# a number after a word for calling or for a phone: "اتصلوا على 0551234567", "נייד 052-1234567"
_CALLED = re.compile(
    rf"{_NOT_LETTER}(?:جوال|الجوال|جواله|جوالها|هاتف|الهاتف|هاتفه|هاتفها|موبايل|تلفون|"
    r"واتساب|واتس|اتصل|اتصلوا|اتصلي|تواصل|تلفن|همراه|موبایل|شماره|טלפון|טל'|טל׳|נייד|"
    r"וואטסאפ|โทร|เบอร์|มือถือ)"
    r"[ \t]*(?:على|علي|به|رقم|شماره|:|-)?[ \t]*:?[ \t]*"
    r"(?P<v>\+?\d[\d \t-]{5,16}\d)(?!\d)"
)
# Thailand's national number as it is printed: "1-1002-00345-67-1"
_THAI_ID = re.compile(
    r"(?<![\d-])\d(?P<s>[- ])\d{4}(?P=s)\d{5}(?P=s)\d{2}(?P=s)\d(?![\d-]|(?P=s)\d)"
)


# what tells a story in these scripts: a patient's word, an age with its word, a title or an
# elder's word, a stay in hospital begun or ended, a death
SCRIPT_STORY = re.compile(
    rf"{_NOT_LETTER}(?:المريض|المريضة|المريضه|مريض|مريضة|مريضه|بیمار|המטופל|המטופלת|מטופל|"
    r"מטופלת|החולה|ผู้ป่วย|คนไข้)(?![\u0600-\u06ff\u05d0-\u05ea\u0e01-\u0e4e])"
    r"|(?:عمره|عمرها|بعمر|อายุ)[ \t]*\d|\d{1,3}[ \t]*(?:سنة|عاما|عامًا|عاماً|ساله|ปี)"
    r"|(?<![\u05d0-\u05ea])(?:בן|בת)[ \t]+\d{1,3}(?!\d)"
    rf"|{_NOT_LETTER}(?:الحاج|الحاجة|السيد|السيدة|خانم|آقای|גב'|מר|นาย|الجدة|الجد|جدتي|"
    r"مادربزرگ|پدربزرگ|סבתא|סבא|ยาย|คุณยาย|คุณตา)"
    rf"|{_NOT_LETTER}(?:دخل|دخلت|أدخل|أدخلت|خرج|خرجت|بستری|مرخص|אושפז|אושפזה|השתחרר|"
    r"השתחררה|توفي|توفيت|فوت کرد|נפטר|נפטרה)"
    # (Thai, read inside a run)
    r"|ผป\.|ผู้ป่วย|คนไข้|คุณยาย|คุณตา|ลูกชาย|ลูกสาว|หลานชาย|หลานสาว|อายุ[ \t]*\d"
    # South Asia's and Ethiopia's: a patient's word, an age's word before or after a number, a
    # title, an admission
    r"|मरीज़|मरीज|रोगी|রোগী|நோயாளி|ਮਰੀਜ਼|દર્દી|రోగి|ರೋಗಿ|രോഗി|مریض|مریضہ|ታካሚ|ሕሙም"
    r"|(?:उम्र|आयु|वय|उमेर|বয়স|வயது|වයස|ਉਮਰ|ઉંમર|వయసు|ವಯಸ್ಸು|പ്രായം|ዕድሜ)[ \t]*[:,]?[ \t]*\d"
    r"|\d[ \t]*(?:साल|वर्ष|বছর|ஆண்டு|අවුරුදු|ਸਾਲ|વર્ષ|ዓመት|ዓመቱ|سال)"
    r"|श्रीमती|श्री|মোঃ|মোছাঃ|திருமதி|ਸ਼੍ਰੀਮਤੀ|بیگم|بی بی|زوجہ|ولد|አቶ|ወ/ሮ|ወይዘሮ|ኣቦ"
    r"|मरीज|जी|ਜੀ|গারু|గారు|මහතා|මහත්මිය|صاحب"
    r"|भर्ती|ভর্তি|அனுமதி|ਦਾਖ਼ਲ"
)


@functools.cache
def _names() -> frozenset[str]:
    return lexicon("script_names")


@functools.cache
def _places() -> frozenset[str]:
    return lexicon("script_places")


@functools.cache
def _thai_places() -> re.Pattern[str]:
    """Known Thai towns, found inside a run (Thai writes no blank between words)."""
    thai = sorted((p for p in _places() if "\u0e01" <= p[0] <= "\u0e4e" and len(p) >= 4), key=len)
    return re.compile("|".join(map(re.escape, reversed(thai))))


def _bare(word: str) -> list[str]:
    """``word`` as written and without the letters joined in front of it ("بالرياض")."""
    forms = [word]
    if not "\u0590" <= word[0] <= "\u06ff":  # (only Arabic and Hebrew join such letters)
        return forms
    prefixes = _HEBREW_PREFIXES if "\u05d0" <= word[0] <= "\u05ea" else _ARABIC_PREFIXES
    hebrew = prefixes is _HEBREW_PREFIXES
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            # (an Arabic or Persian word that only starts with such a letter is more often
            # a word of its own, "برابر", equal: a town only with its article or when long)
            if not hebrew and not rest.startswith("ال") and "ل" not in prefix and len(rest) < 5:
                continue
            forms.append(rest)
            if prefix.endswith("ل") and prefix != "ل" and not rest.startswith("ال"):
                forms.append("ال" + rest)  # "بالرياض" is "ب" + "الرياض"
    return forms


# the words of a Thai sentence's telling that no surname opens with
_THAI_NOT_SURNAMES = ("ที่", "มา", "จาก", "อายุ", "เป็น", "ได้", "ไป", "ให้", "และ", "ก็", "ว่า", "ซึ่ง")


def _surname(word: str, cued: bool) -> bool:
    """Whether ``word``, after a name, is part of it.

    It is when it is a known name, when it ends as a family name does ("العتيبي", "رضایی"),
    or, right after a title, when it is any Hebrew or Thai word.
    """
    if word in _names():
        return True
    if len(word) > 3 and word.endswith(("ي", "ى", "ی")):
        return True
    if "\u0e01" <= word[0] <= "\u0e4e":  # a Thai surname: one short word, no story's word
        return cued and len(word) <= 12 and not word.startswith(_THAI_NOT_SURNAMES)
    return cued and not "\u0620" <= word[0] <= "\u06ff"


def _name_end(text: str, end: int, cued: bool) -> int:
    """Where a name that has reached ``end`` ends: known names, joiners and family names."""
    for words in range(4):
        match = _NEXT.match(text, end)
        if match is None or match["w"] in _AFTER_NAME_STOPS:
            return end
        if match["w"] in _JOINERS:
            after = _NEXT.match(text, match.end())
            if after is None or after["w"] in _AFTER_NAME_STOPS:
                return end
            end = after.end()
        elif _surname(match["w"], cued and words == 0):
            end = match.end()
        else:
            return end
    return end


def _places_in(text: str) -> Iterator[Hit]:
    """Known towns: one to three words, the first looked up bare of the letters before it."""
    places = _places()
    words = list(_WORDS.finditer(text))
    done = 0
    for i, first in enumerate(words):
        if first.start() < done:
            continue
        for size in (3, 2, 1):
            if i + size > len(words):
                continue
            last = words[i + size - 1]
            run = text[first.start() : last.end()]
            if size > 1 and any(
                text[a.end() : b.start()] not in (" ", "\t")
                for a, b in zip(words[i : i + size - 1], words[i + 1 : i + size], strict=True)
            ):
                continue
            tail = run[len(first.group()) :]
            for bare in _bare(first.group()):
                whole = bare + tail
                if whole in places and (
                    len(whole) - whole.count(" ") >= 4 or _placed(text, first, bare)
                ):
                    done = last.end()
                    yield Hit(last.end() - len(whole), last.end(), _G, "geo.city")
                    break
            if done > first.start():
                break


def _place_end(match: re.Match[str]) -> int:
    """Where a place after its word ends: its first word, and the second when it belongs.

    The second belongs when the first is a title ("الملك فهد", "امام خمینی") or when it is
    a name with its article or a family's ending ("قصر العيني", "ولیعصر"), not a verb of the
    story ("شریعتی مرخص").
    """
    second = match["second"]
    if second is None or second.strip() in _AFTER_NAME_STOPS:
        return match.end("p")
    word = second.strip()
    if match["p"] in _TITLED_PLACE or word.startswith("ال") or word.endswith(("ي", "ی")):
        return match.end("second")
    if "\u05d0" <= word[0] <= "\u05ea":
        return match.end("second")  # (Hebrew: no ending tells; the words after)
    return match.end("p")


# the words before a town that place someone there: from, in, to, living in
_PLACING = frozenset(["من", "في", "إلى", "الى", "از", "در", "ساکن", "اهل", "أهل", "מ", "ב"])


def _placed(text: str, word: re.Match[str], bare: str) -> bool:
    """Whether a short town's name is placed by the word before it or a letter joined to it.

    ("من جدة", "מצפת": from Jeddah, from Safed)
    """
    if bare != word.group():
        return word.group()[0] in "מב"
    before = text[: word.start()].rstrip(" \t").rsplit(maxsplit=1)
    return bool(before) and before[-1] in _PLACING


def find_scripts(text: str, scan: Scan) -> Iterator[Hit]:
    """Names, places, dates and ages in Arabic, Persian, Hebrew or Thai, in a story."""
    if scan.longest_number == 5 and "-" in text:
        for match in _THAI_ID.finditer(text):
            yield Hit(match.start(), match.end(), Category.SSN, "ssn.national")
    if text.isascii():
        return
    if not scan.patient or _ANY.search(text) is None:
        return
    thai = _ANY_THAI.search(text) is not None
    for match in (m for regex in _CUED_NAMES for m in regex.finditer(text)):
        word = match["n"]
        if word in _AFTER_NAME_STOPS:
            continue
        if word in _JOINERS:  # a parent's name by their child's: "أم محمد", "أبو فهد"
            kunya = _NEXT.match(text, match.end("n"))
            if word in _KUNYA and kunya is not None and kunya["w"] not in _AFTER_NAME_STOPS:
                yield Hit(match.start("n"), kunya.end(), _N, "name.script")
            continue
        # (after a patient's word, and for an Arabic word with its article, only a known
        # name: "المريض يعاني", "ابنها الأكبر", her eldest son)
        patient = "patient" in match.groupdict()
        if (patient or word.startswith("ال")) and word not in _names():
            continue
        end = _name_end(text, match.end("n"), cued="title" in match.groupdict())
        yield Hit(match.start("n"), end, _N, "name.script")
    for match in _NAME_BEFORE_TITLE.finditer(text):
        # the name opens at its first word that is none of the sentence's little words
        words = _WORDS.finditer(text, match.start("n"), match.end("n"))
        first = next((w for w in words if w.group() not in _NOT_NAME_WORDS), None)
        if first is not None:
            yield Hit(first.start(), match.end("n"), _N, "name.script")
    for match in _THAI_NAME.finditer(text) if thai else ():
        end = _name_end(text, match.end("n"), cued=True)
        yield Hit(match.start("n"), end, _N, "name.script")
    for match in _WORDS.finditer(text):
        if match.group() in _names():
            end = _name_end(text, match.end(), cued=False)
            # a first name and a name after it (a short one, "روز", a day, only before a
            # known name)
            if end > match.end() and (
                len(match.group()) > 3 or text[match.end() : end].split()[0] in _names()
            ):
                yield Hit(match.start(), end, _N, "name.script")
    for match in _KUNYA_ALONE.finditer(text):
        if match["w"] in _names():
            yield Hit(match.start(), match.end(), _N, "name.script")
    for match in _CUED_PLACE.finditer(text):
        end = _place_end(match)
        if match["no"] and match["no"].strip() and end == match.start("no"):
            end = match.end("no")
        yield Hit(match.start("p"), end, _G, "geo.street")
    for match in _HOSPITAL.finditer(text):
        yield Hit(match.start(), _place_end(match), _G, "geo.facility")
    for match in _THAI_HOUSE.finditer(text) if thai else ():
        yield Hit(match.start(), match.end(), _G, "geo.street")
    for match in _THAI_PLACE.finditer(text) if thai else ():
        end = match.end("no") if match["no"] else match.end("p")
        yield Hit(match.start("p"), end, _G, "geo.street")
    for match in _THAI_PLATE.finditer(text) if thai and scan.longest_number else ():
        province = match["province"]
        if province and province in _places():
            yield Hit(match.start(), match.end(), Category.VEHICLE, "vehicle.plate")
        elif _PLATE_WORD.search(text, max(0, match.start() - 16), match.start()):
            yield Hit(
                match.start(),
                match.end(0) if not province else match.start("province"),
                Category.VEHICLE,
                "vehicle.plate",
            )
    for match in _THAI_FEAST.finditer(text) if thai else ():
        yield Hit(match.start(), match.end(), _D, "date.holiday")
    yield from _places_in(text)
    for match in _thai_places().finditer(text) if thai else ():
        yield Hit(match.start(), match.end(), _G, "geo.city")
    for match in _DATE.finditer(text):
        yield Hit(match.start(), match.end(), _D, "date.month_day")
    for match in _FEAST.finditer(text):
        yield Hit(match.start(), match.end(), _D, "date.holiday")
    for match in _AGE.finditer(text):
        group = "a" if match["a"] else "b"
        if 90 <= int(match[group]) <= 125:
            yield Hit(match.start(group), match.end(group), _A, "age.over_89")
    for match in _CALLED.finditer(text) if scan.longest_number >= 3 else ():
        yield Hit(match.start("v"), match.end("v"), Category.PHONE, "phone.number")
    for match in _ID_CUE.finditer(text):
        if match["v"]:
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.national")
        else:
            yield Hit(match.start("m"), match.end("m"), Category.MRN, "mrn.cue")
