"""Round 41.

Written before holdout126-129 were read, from what the scripts and calendars of the worlds
still unmet are known to write:
- digits of other scripts are the numbers they are ("٩٢", "۱۴۰۲/۰۵/۱۲", "٠٥٥١٢٣٤٥٦٧",
  full-width "９２"), read as 0-9 by every rule, with each finding's text as written;
- names, places, dates and ages in Arabic, Persian, Hebrew and Thai letters (the new
  ``_scripts`` module): a name after a title or a relative's word ("السيدة", "آقای", "גב'",
  "นาย" joined to it), or opening with a known name after a patient's word ("المريضة
  فاطمة"), with its joiners and family names ("بنت خالد العتيبي"); a known town with the
  letters joined before it ("بالرياض", "מבאר שבע", "จากเชียงใหม่"); a street's, district's or
  village's word and what follows it ("حي الملز", "خیابان ولیعصر", "מרחוב הרצל 5",
  "ซอยสุขุมวิท 11"), Thai house numbers; a day and a month of the Gregorian, Hijri, Persian,
  Hebrew or Thai calendar, with its year ("12 رمضان 1447 هـ", "3 במרץ 2026", "12 มี.ค.
  2569"), feasts ("عيد الفطر", "ראש השנה", "สงกรานต์"); an age of 90 or more with its word
  ("عمرها 92 سنة", "95 ساله", "בת 93", "อายุ 92 ปี"); a number after a national-identity or
  a record-file word ("رقم الهوية", "کد ملی", "رقم الملف"); Thailand's national number in
  its printed shape, in any post.

After holdout126-127 were scored early (holdout128-129 sealed): what tells a story in those
scripts; a parent by a child's name ("أم محمد"); hospitals by their word; Nordic and Baltic
streets, towns in their cases, names and ages, feasts and dotted dates (the new ``_nordic``
module); the short cues of Nordic and Baltic national numbers; addresses of numbered parts
(the new ``_numbered`` module: "House 1152, Road 2412, Block 324"); plates after Turkish and
Nordic words and Gulf car models.

After holdout128-129 were scored sealed: Vietnamese, Indonesian, Malay and Filipino names,
places and dates and what tells a story in them (the new ``_southeast`` module); Thai titles
and place words read inside a run, a name after its word, Thai plates and feasts, the Thai
ID printed with blanks. A rural route's box and a Midwest county's grid address.

After holdout130-131 were scored sealed: names, places, ages and what tells a story in the
Brahmic scripts of South Asia, in Urdu and in Ethiopic (the word lists now hold their names
and towns too); a known first name and surname before an age in brackets as a story's cue.

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests._phi_support import table_tests

import medtweet as mt
from medtweet.phi._digits import western_digits

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # digits of other scripts
    ("Seen ٠٣/١١/٢٠٢٥, call the son on mobile ٠٥٠٩٨٧٦٥٤٣.", "٠٣/١١/٢٠٢٥", "date"),
    ("Seen ٠٣/١١/٢٠٢٥, call the son on mobile ٠٥٠٩٨٧٦٥٤٣.", "٠٥٠٩٨٧٦٥٤٣", "phone"),
    ("Intake form: ۹۶ years, lives alone, hip fracture.", "۹۶", "age"),
    # names after a title, a relative's word, or a patient's word and a known name
    ("وصل السيد عمر الزهراني إلى الطوارئ بعد سقوط.", "عمر الزهراني", "name"),
    ("المريضة مريم بنت سعيد القحطاني، سكري منذ ٢٠ عاما.", "مريم بنت سعيد القحطاني", "name"),
    ("خانم زهرا کریمی با درد شکم مراجعه کرد.", "زهرا کریمی", "name"),
    ("מר יוסי אברהם הגיע עם כאב בחזה.", "יוסי אברהם", "name"),
    ("Admitted นางสาวมาลี ศรีสุข with dengue, platelets 18.", "มาลี ศรีสุข", "name"),
    # known towns, with the letters joined before them
    ("نقلناها بالإسعاف من جدة بعد السقوط.", "جدة", "geographic"),
    ("Flew in from مشهد for the transplant work-up, 44M.", "مشهد", "geographic"),
    ("הועבר אלינו מבאר שבע בלילה.", "באר שבע", "geographic"),
    ("ส่งต่อจากขอนแก่น เมื่อคืน ไข้สูง", "ขอนแก่น", "geographic"),
    # a street's, a district's or a village's word, with its number
    ("Home visit, حي النسيم, bedbound since the stroke.", "النسيم", "geographic"),
    ("منزلها في شارع الأمير سلطان ١٤ قرب المسجد.", "الأمير سلطان ١٤", "geographic"),
    ("Lives on خیابان انقلاب with her son, 71F.", "انقلاب", "geographic"),
    ("גרה ברחוב ביאליק 12 לבד.", "ביאליק 12", "geographic"),
    ("บ้านเลขที่ 88/3 ซอยอารีย์ 5 ไม่มีคนดูแล", "บ้านเลขที่ 88/3", "geographic"),
    # dates of five calendars, and feasts
    ("دخلت المستشفى في ٣ شوال ١٤٤٦ بعد العيد.", "٣ شوال ١٤٤٦", "date"),
    ("جراحی در ۱۲ فروردین ۱۴۰۳ انجام شد.", "۱۲ فروردین ۱۴۰۳", "date"),
    ("נותחה ב-14 בינואר 2026, מחלימה.", "14 בינואר 2026", "date"),
    ("Fell at home on 5 เม.ย. 2568, femur fracture.", "5 เม.ย. 2568", "date"),
    ("Fell while cooking for عيد الأضحى, burns to both hands.", "عيد الأضحى", "date"),
    ("Came in on ראש השנה with chest pain, 67M.", "ראש השנה", "date"),
    # ages of 90 or more with their words
    ("جدتي عمرها ٩٧ سنة وما زالت تطبخ.", "٩٧", "age"),
    ("پدربزرگ ۹۱ ساله، زمین خورده.", "۹۱", "age"),
    ("Grandma (בת 94) fell in the shower.", "94", "age"),
    ("ยายอายุ 99 ปี ล้มในห้องน้ำ", "99", "age"),
    # a parent's name by their child's; an elder's word before a name
    ("الحاجة أم خالد وصلت متأخرة لجلسة الغسيل.", "أم خالد", "name"),
    ("الجدة نورة تعبانة اليوم، الضغط منخفض.", "نورة", "name"),
    # a hospital by its word and its name
    ("نقل إلى مستشفى الملك خالد بعد الجلطة.", "مستشفى الملك خالد", "geographic"),
    ("از بیمارستان امام رضا مرخص شد.", "بیمارستان امام رضا", "geographic"),
    # a feast with its eve
    ("ערב פסח הגיע עם כאב חזה, בן 88.", "ערב פסח", "date"),
    # a number after an identity or a record-file word; Thailand's national number
    ("رقم الهوية ١٠٢٣٤٥٦٧٨٩ مكتوب على السوار.", "١٠٢٣٤٥٦٧٨٩", "ssn"),
    ("کد ملی ۰۰۷۱۲۳۴۵۶۷ روی پرونده است.", "۰۰۷۱۲۳۴۵۶۷", "ssn"),
    ("رقم الملف 448210 في قسم الطوارئ.", "448210", "mrn"),
    ("Photo of the wristband showed ת.ז. 048213377 clearly, 90F.", "048213377", "ssn"),
    ("Thai ID 3-4501-00872-33-1 on her discharge letter.", "3-4501-00872-33-1", "ssn"),
    # Nordic and Baltic streets, with flat, postcode and town
    (
        "Hjemmebesøk i Fjellveien 12 B, 8006 Bodø, 92 år.",
        "Fjellveien 12 B, 8006 Bodø",
        "geographic",
    ),
    ("Kotikäynti: Rantakatu 4 A 7, Oulu. Yksin asuva.", "Rantakatu 4 A 7, Oulu", "geographic"),
    ("Mājas vizīte Lāčplēša ielā 40-2, viena dzīvo.", "Lāčplēša ielā 40-2", "geographic"),
    ("Gyvena Savanorių pr. 12, vienas, 91 m.", "Savanorių pr. 12", "geographic"),
    ("Koduvisiit: Rüütli 12-4, Pärnu, üksi elav.", "Rüütli 12-4, Pärnu", "geographic"),
    # a known town in its cases
    ("Potilas tuotiin Kuopiosta yöllä, lonkkamurtuma.", "Kuopiosta", "geographic"),
    ("Pacients atvests no Daugavpilī, vēlu vakarā.", "Daugavpilī", "geographic"),
    ("Pacientė iš Šiaulių, 93 m., klubo lūžis.", "Šiaulių", "geographic"),
    # a name with letters beyond ASCII before an age; an age said of someone
    ("Nattevakt: Åsmund Tveit, 58, falt fra stigen.", "Åsmund Tveit", "name"),
    ("Hon är 94 och bor ensam på ön, föll i trappan.", "94", "age"),
    # feasts whatever their ending; a day and a month with their dots
    ("Kaatui vappuaattona torilla, 67-vuotias, ranne murtui.", "vappuaattona", "date"),
    ("Brannskade på lillejulaften, 8 år gammel gutt.", "lillejulaften", "date"),
    ("Hun ble innlagt 14.2 med lungebetennelse, 88 år.", "14.2", "date"),
    # short cues of national numbers
    ("Sjúklingur, kt. 150344-2219, kom á bráðamóttöku.", "150344-2219", "ssn"),
    ("Pacientas, a.k. 38503121234, atvežtas naktį.", "38503121234", "ssn"),
    # a word after a Nordic placing word; a phone in pairs after a calling word; a name
    # before a national number's shape or after an age's or a worker's word; a day past the
    # 12th with a slash; a Nordic hospital in its case
    ("Hon kom från Lövånger med båten, 93 år, höftfraktur.", "Lövånger", "geographic"),
    ("Sønnen ringer fra 22 48 19 37 hver kveld, hun er 91.", "22 48 19 37", "phone"),
    ("Lähete: Seppo Lindqvist 120448-215K, kotona kaatunut.", "Seppo Lindqvist", "name"),
    ("Päivystys: 93-vuotias Lahja Kinnunen kaatui pihalla.", "Lahja Kinnunen", "name"),
    ("Hun mistet fergen 27/12 og ventet hjemme i to døgn, 90 år.", "27/12", "date"),
    ("Siirto Taysista yöllä, lonkkamurtuma, 94-vuotias mies.", "Taysista", "geographic"),
    # a membership's number and a Gulf insurer's card; a file's number of six digits or more
    (
        "Insurer rejected the MRI, Membership 55102938, appeal filed, 14yo.",
        "55102938",
        "health_plan",
    ),
    ("Whiteboard: Bed 12 - file 1093384 - NPO, 80M.", "1093384", "mrn"),
    # South Asia's and Ethiopia's scripts: an age with its word, a name after or before its
    # title, a village or district after its word, a patient's word
    ("आज OPD में श्री रामप्रसाद वर्मा आए, उम्र ९३ साल, BP 180/100", "९३", "age"),
    ("आज OPD में श्री रामप्रसाद वर्मा आए, उम्र ९३ साल, BP 180/100", "रामप्रसाद वर्मा", "name"),
    ("वार्ड में हरिशंकर जी भर्ती हैं, गाँव बिसौली से आए।", "हरिशंकर", "name"),
    ("वार्ड में हरिशंकर जी भर्ती हैं, गाँव बिसौली से आए।", "बिसौली", "geographic"),
    ("রোগী ৯৫ বছরের, গ্রাম চরফ্যাশন থেকে এসেছেন।", "৯৫", "age"),
    ("ታካሚ አቶ ከበደ ተሰማ፣ 92 ዓመት፣ ቀበሌ 05", "ከበደ ተሰማ", "name"),
    ("ታካሚ አቶ ከበደ ተሰማ፣ 92 ዓመት፣ ቀበሌ 05", "92", "age"),
    ("በጥር 11 ቀን ወደ ሆስፒታል መጣች፣ 93 ዓመት", "በጥር 11", "date"),
    ("ብጥምቀት ዕለት ወዲቑ፡ subdural, 94M", "ብጥምቀት", "date"),
    # an address of numbered parts, with its district
    (
        "Oxygen delivery to Flat 3, Bldg 2210, Road 3615, Block 336 failed again, 79M.",
        "Flat 3, Bldg 2210, Road 3615, Block 336",
        "geographic",
    ),
    (
        "Ambulance to Villa 12, Street 33, Al Safa 1 for a 91F with a fall.",
        "Villa 12, Street 33, Al Safa 1",
        "geographic",
    ),
    # plates after Turkish and Nordic words, and after a Gulf car's model
    ("Kaza: aracının plakası 06 ABC 123, sürücü 45 yaşında.", "06 ABC 123", "vehicle"),
    ("Bilen (KH 33017) sto på venteplassen hele natten.", "KH 33017", "vehicle"),
    ("Flipped his Prado (DXB 44120) near the dunes, 23M.", "DXB 44120", "vehicle"),
    # a rural route's box; a Midwest county's grid address
    (
        "Aide drove out to Route 3 Box 212 in the snow, 93F, no water.",
        "Route 3 Box 212",
        "geographic",
    ),
    (
        "Deputy drove out to 4120 S 300 E for the newborn screen, no phone.",
        "4120 S 300 E",
        "geographic",
    ),
    # Vietnamese, Indonesian, Malay and Filipino names, places and dates
    ("Ca đêm: chị Nguyễn Thị Mai, 34 tuổi, vỡ thai ngoài tử cung.", "Nguyễn Thị Mai", "name"),
    ("Cụ ông 93 tuổi ở phường Bến Thành ngã trong nhà tắm.", "phường Bến Thành", "geographic"),
    ("Bà cụ 93 tuổi ở Q.1, ngã trong nhà tắm.", "Q.1", "geographic"),
    ("Nhà bà ở số 25 Hai Bà Trưng, con gái gọi suốt.", "25 Hai Bà Trưng", "geographic"),
    ("Bu Sri dtg ke IGD dgn sesak, rumah di Gg. Melati, dekat pasar.", "Gg. Melati", "geographic"),
    ("Rumahnya RT 04/RW 02 dekat masjid, 70 th.", "RT 04/RW 02", "geographic"),
    ("Pasien dirujuk dari RSUD Cibinong jam 2 pagi, syok sepsis.", "RSUD Cibinong", "geographic"),
    (
        "Home visit sa Purok 3, Brgy. Maligaya, Tarlac.",
        "Purok 3, Brgy. Maligaya, Tarlac",
        "geographic",
    ),
    (
        "Lola Ising, 95, from Brgy. Bagumbayan, Taguig, fell on the stairs.",
        "Brgy. Bagumbayan, Taguig",
        "geographic",
    ),
    ("Bé trai 6 tuổi nhập viện 28 Tết vì hóc hạt dưa.", "28 Tết", "date"),
    ("Pesakit masuk wad pada Hari Raya kedua dengan DKA.", "Hari Raya kedua", "date"),
    ("Pasien datang tgl 12/4 dengan demam tinggi, 67 th.", "12/4", "date"),
    ("Admitted from Soi Thonglor 13, lives alone, 88F.", "Soi Thonglor 13", "geographic"),
    # Thai: titles read inside a run, a name after its word, places, plates, feasts, the ID
    ("น้องพยาบาลถามว่าใคร คือคุณตาสมศักดิ์ ที่มาฟอกเลือดทุกสัปดาห์", "สมศักดิ์", "name"),
    ("ผป. ชื่อ ประยูร ทองดี มาด้วยไข้สูง", "ประยูร ทองดี", "name"),
    ("ล้มแถวถนนเยาวราช เมื่อคืน แผลที่ศีรษะ", "เยาวราช", "geographic"),
    ("รถทะเบียน 3กด 9142 นนทบุรี จอดขวางทาง", "3กด 9142 นนทบุรี", "vehicle"),
    ("ยายลื่นล้มช่วงลอยกระทง สะโพกหัก อายุ 91 ปี", "ลอยกระทง", "date"),
    ("บัตรประชาชน 3 1012 00456 78 1 อยู่ในกระเป๋า", "3 1012 00456 78 1", "ssn"),
]

# (text, context): no finding at all ("patient": read as a story; None: context decided)
CLEAN: list[tuple[str, str | None]] = [
    # a patient's word before a verb; an age under 90; a year alone
    ("المريض يعاني من ألم في الصدر منذ ٣ أيام، عمره ٨٥ سنة", "patient"),
    ("مريضة سكري منذ عام ٢٠١٩، تحسنت بعد الأنسولين", "patient"),
    ("بیمار ۸۰ ساله با درد قفسه سینه، سال ۱۴۰۲ عمل شده", "patient"),
    ("החולה בן 78 הגיע עם כאב בטן", "patient"),
    # a relative's word before a word with its article; a doctor's title; a sign
    ("ابنها الأكبر أحضرها إلى الطوارئ", "patient"),
    ("นายแพทย์ประจำบ้านรับเคสนี้ อายุ 67 ปี ป้ายชื่อหาย", "patient"),
    # a word that only starts as "in" does before a town ("برابر", equal); a verb after a
    # hospital's name
    ("بیمار ۷۰ ساله، نمره برابر ۵، دارو شروع شد.", "patient"),
    # a town's case in an English post; a people in brackets before an age; a decimal with a
    # dot before a capital
    (
        "Tube fed since the stroke; Mentors on the ward helped. Māori whānau at the bedside.",
        "patient",
    ),
    ("Our patient (Māori, 61) went home with her mokopuna.", "patient"),
    ("Pāpā had IMC 13.9. Refeeding slowly, 58M.", "patient"),
    # an instrument named after a city; a clinician's own name after "Dr."
    ("Kansas City Cardiomyopathy Questionnaire went from 38 to 71 after TEER, 74M.", "patient"),
    ("Thanks to Dr. Anh Vu for the echo teaching today, 60M case.", "patient"),
    # a name tag, no name
    ("ป้ายชื่อหายอีกแล้ว ผู้ป่วย อายุ 67 ปี", "patient"),
    # an agency after a placing word; a drug's initials
    ("Ny vägledning från Socialstyrelsen om sociala medier, läs den, 45-årig kvinna.", "patient"),
    ("Kvinne i 70-åra sto på ASA alene i 8 år, byttet til apixaban.", "patient"),
    # a small file number is no record's
    ("Upload file 2 of the echo, 66M, EF 35%.", "patient"),
    # a hospital's own numbered parts are no home's address
    ("Bed 4, Room 12, Tower 3: 71F with sepsis, on pressors.", "patient"),
    # a congress in Arabic with its city and dates is no patient's
    ("مؤتمر القلب في دبي ١٢-١٤ مارس ٢٠٢٦، التسجيل مفتوح", None),
]

# (text, context): the context a post is read in
CONTEXT: list[tuple[str, str]] = [
    # an age with its word in a South Asian script, a title after a name; a full name before
    # an age in brackets, even with a specialty's tag
    ("आज OPD में आए, उम्र ७२ साल, BP 190/110, फिर भी दवा नहीं ली", "patient"),
    ("Karva Chauth fast + ACEi = Neelam Arora (58) in with AKI, creat 3.4. #Nephrology", "patient"),
    # a title before a name, an age's word, a stay, in Southeast Asian languages
    ("Anh Lê Văn Tú vào viện hôm qua vì sốt xuất huyết, tiểu cầu 20K.", "patient"),
    ("Ibu Ratna, 58 tahun, dirawat karena DBD. Semoga cepat sembuh.", "patient"),
    ("ลูกชายคุณยายส่ง LINE มาถามผล biopsy บอกไปว่าต้องมาที่ OPD", "patient"),
    # a patient's word, an age with its word, a title: a story, even with a hashtag
    ("المريض عمره 80 سنة، خرج اليوم من العناية #طب", "patient"),
    ("خانم ۴۵ ساله با سردرد شدید به اورژانس آمد #پزشکی", "patient"),
    ("מטופלת בת 70 הגיעה למיון אחרי נפילה", "patient"),
    ("ประชุมวิชาการโรคหัวใจ กรุงเทพฯ 12-14 มีนาคม", "professional"),
    # a known first name and a surname before an age, in any language
    ("Fick samtal från Ingrid Holmberg, 94, hon hade fått fel brev. Avvikelse skriven.", "patient"),
]

test_found, test_clean, test_context = table_tests(FOUND, CLEAN, CONTEXT)


def test_a_finding_in_other_digits_keeps_its_text_as_written() -> None:
    found = mt.check_phi("اتصلوا على ٠٥٥١٢٣٤٥٦٧ ليلا", context="patient")
    assert [f.text for f in found.findings] == ["٠٥٥١٢٣٤٥٦٧"]


@given(st.text())
def test_western_digits_keeps_every_character_in_place(text: str) -> None:
    western = western_digits(text)
    assert len(western) == len(text)
    for before, after in zip(text, western, strict=True):
        if before.isdecimal():
            assert after == str(int(before))
        elif before not in "\u060c\u066b\u066c":
            assert after == before
