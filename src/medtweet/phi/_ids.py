"""Numbers that identify (Safe Harbor (G)-(M), (P), (R)), in any post, by shape or cue.

SSNs, record, plan, account, licence, vehicle, device, biometric and other ids.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from typing import NamedTuple

from medtweet.phi._gates import gate
from medtweet.phi._hit import CAPS_COMMA, Hit, Scan, digits_at_least, lead, lowered, this_year
from medtweet.phi._lexicon import lexicon
from medtweet.phi._model import Category
from medtweet.phi._national import (
    IBAN_LENGTHS,
    amka_ok,
    belgian_ok,
    bsn_ok,
    codice_fiscale_ok,
    cpr_ok,
    dni_ok,
    fodselsnummer_ok,
    hkid_ok,
    iban_ok,
    iran_code_ok,
    kuwait_civil_ok,
    medicare_au_ok,
    my_number_ok,
    nir_ok,
    nric_ok,
    personnummer_ok,
    pesel_ok,
    rrn_ok,
    saudi_id_ok,
    tckn_ok,
)

__all__ = [
    "ID_CATEGORIES",
    "STORY_ID_WORDS",
    "dea_ok",
    "find_ids",
    "luhn_ok",
    "repeated_ids",
    "vin_ok",
]

# Between a cue and its value: "MRN: 123", "member ID # is X-1", "plate number 8XYZ432".
_GAP = (
    r"\s*(?:(?:[:#=]|(?:no|nos|num|nr|n[°º.])(?![A-Za-z0-9])\.?|(?:number|numbers|ID|id|is|was|are|"
    r"reads|of|on file|MRN|card(?: says)?|code|template|hash|scan|ending in|ending|ends in|"
    r"listed|below)"
    r"(?![A-Za-z0-9])|MR#|[(\[]|-)\s*){0,4}"
)
# An id value: 3+ characters with at least two digits (letters, digits and dashes).
_VALUE = (
    r"(?P<v>(?-i:[A-Z]{1,6}) (?:\d{3,12}(?:-\d{1,8}){0,3}(?-i:[A-Z])?|\d{2}(?= \d))"
    r"(?: \d{2,6}){0,3}(?-i:[A-Z])?(?: (?-i:[A-Z])(?=\)))?(?![\w/-])"
    r"|(?-i:[A-Z]{2,5})\.\d{4,10}\b"
    # a hospital's file number with its year: "CHB/2024/004417"
    r"|(?-i:[A-Z]{2,5})/\d{2,4}/\d{3,8}(?![\w/-])"
    r"|(?-i:[A-Z]{2,5})/(?-i:[A-Z]{2,3})/\d{4,10}(?:/(?-i:[A-Z0-9]{1,3}))?(?![\w/-])"
    # "BC/2026/LAG/0418837", "2024/IP/118273", "24/8817"
    r"|(?-i:[A-Z]{2,5})/\d{4}/(?-i:[A-Z]{2,4})/\d{4,10}(?![\w/-])"
    r"|\d{4}/(?-i:[A-Z]{2,4})/\d{3,10}(?![\w/-])"
    r"|\d{2,4}/\d{3,8}(?![\w/-])"
    # thousands between dots, with a check digit: "41.227.903", "227.418.906-31", "15.338.204-K",
    # "1.020.445.318", "12.447.893-X"
    r"|\d{1,3}(?:\.\d{3}){2,3}(?:-(?-i:[\dKX]){1,2})?(?![\w/-]|\.\d)"
    # Switzerland's AHV number ("756.4481.2077.31"), a Czech or Slovak birth number
    # ("915312/4481"), Austria's SVNR: four digits and a birth date ("4471 120391")
    r"|756\.\d{4}\.\d{4}\.\d\d(?![\w/-]|\.\d)"
    r"|\d{6}/\d{3,4}(?![\w/-])"
    r"|\d{4} [0-3]\d[01]\d\d\d(?![\w/-]|[.,]\d)"
    # groups after a letter and digits: "G0321 26 448912"
    r"|(?-i:[A-Z])\d{3,5}(?: \d{2,6}){1,3}(?![\w/-])"
    r"|\d{2,5}(?: \d{3,5}){1,3}(?-i:[A-Z])?(?: \d{1,2})?(?![\w/-])"
    r"|(?:Rx\s?)?(?=[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d)"
    r"(?!(?:19|20)\d\d\b(?!-\w))[A-Za-z0-9][A-Za-z0-9-]{1,24}[A-Za-z0-9])(?![\w/-]|\.\d)"
)
_VALUE1 = (
    r"(?P<v>(?-i:[A-Z]{2,4}) \d{5,10}[A-Z]{1,2}(?![\w/-])"  # "RNB 449102H"
    r"|(?=[A-Za-z0-9-]*\d)(?!(?:19|20)\d\d\b(?!-\w))"
    r"[A-Za-z0-9][A-Za-z0-9-]{1,24}[A-Za-z0-9])(?![\w/-]|\.\d)"
)


_LETTER_CLASS = re.compile(r"\[(\w+)\]")


def _spellings(word: str) -> list[str]:
    """A cue with each class of letters spelt out: "c[ée]dula" -> "cédula", "cedula"."""
    match = _LETTER_CLASS.search(word)
    if match is None:
        return [word]
    head, tail = word[: match.start()], word[match.end() :]
    return [spelt for letter in match[1] for spelt in _spellings(head + letter + tail)]


def _keys(words: str) -> tuple[str, ...]:
    """Literal lower-case stems of the cue alternatives, to skip a regex cheaply."""
    keys = set()
    for spelt in (spelt for word in words.split("|") for spelt in _spellings(word)):
        stem = re.match(r"[\w#/'° -]*", spelt.removeprefix("(?:"))
        keys.add((stem.group() if stem else "").lower().strip() or spelt[:1].lower())
    return tuple(sorted(keys))


def _alternatives(words: str) -> list[str]:
    """The top-level alternatives of the regex ``words`` (``|`` outside groups and classes)."""
    alternatives: list[str] = []
    depth = start = i = 0
    in_class = False
    while i < len(words):
        ch = words[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            alternatives.append(words[start:i])
            start = i + 1
        i += 1
    alternatives.append(words[start:])
    return alternatives


def _by_first_letter(words: str) -> str:
    """``words`` (cue alternatives, matched ignoring case) grouped by their first letter.

    "MRN|MR#|record" becomes "m(?:RN|R#)|r(?:ecord)": the same matches in the same order
    of preference (alternatives that share a first letter keep their order; the others
    cannot match at the same place), but the engine tries one group per position instead
    of every alternative. Left as it is when an alternative does not start with a plain
    letter or digit.
    """
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(words):
        first = alternative[:1]
        if not _groupable(first) or alternative[1:2] in ("?", "*", "+", "{"):
            return words
        groups.setdefault(first.lower(), []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _groupable(first: str) -> bool:
    """Whether cues can be grouped by their first character ``first`` (see above).

    An ASCII letter or digit, or a letter of another script that folds only with its own
    capital (Greek alpha, "ř"): not one that ignoring case also matches with an ASCII
    letter or a third character (the long s, the final sigma).
    """
    if first.isascii():
        return first.isalnum()
    lower = first.lower()
    return (
        first.isalpha()
        and lower.upper().lower() == lower
        and re.search(f"[{re.escape(first)}]", string.ascii_letters, re.IGNORECASE) is None
    )


# the cue alternatives of each ``_cue`` pattern, as written (read by ``_RULE_KEYS``)
_CUE_WORDS: dict[re.Pattern[str], str] = {}


def _cue(words: str, token: str = _VALUE) -> re.Pattern[str]:
    # "IP no. 2025/IP/221874": a cue that ends in "no" may end in "no."
    words = re.sub(r"(?<=\bno)(?=\||$)", r"\\.?", words)
    # A look-ahead on the cues' first letters lets the regex engine skip other positions.
    firsts = {w.removeprefix("(?:")[:1] for w in words.split("|")}
    chars = "".join(sorted({c for f in firsts for c in (f.lower(), f.upper())}))
    regex = re.compile(
        rf"(?=[{re.escape(chars)}])\b(?:{_by_first_letter(words)})(?![A-Za-z0-9]){_GAP}{token}",
        re.IGNORECASE,
    )
    _CUE_WORDS[regex] = words
    return regex


# "social" alone is an SSN cue ("last four of her social"), but not "social worker".
_SOCIAL = (
    r"social(?!\s+(?:work|worker|workers|history|media|services|support|determinants|"
    r"isolation|needs))"
)
_SSN_SHAPE = re.compile(r"(?=\d)(?<![\w-])(?P<v>\d{3}-\d{2}-\d{4})(?![\w-])")
_SSN = re.compile(
    r"(?=[SsLl])\b(?:SSN|SS#|SSNs|social security(?: number| no\.?| #)?|" + _SOCIAL + r"|SS no\.?)"
    r"[^\n]{0,40}?(?P<s>\d{3}[\s.]\d{2}[\s.]\d{4}|\d{9})\b"
    r"|(?=[Ss])\b(?:SSN|SS#|social security(?: number)?|" + _SOCIAL + r")[^\n]{0,30}?"
    r"(?:last[ -](?:4|four)(?: digits)?"
    r"|ending(?: in)?|ends in|ended in|xxx-xx-|\*{3}-\*{2}-|x{3}-?x{2}-?)\W{0,6}"
    r"(?:(?:is|are|of|:)\s*)?"
    r"(?P<l>\d{4})\b"
    r"|(?=[Ll])\blast (?:4|four)(?: digits)? of (?:(?:his|her|their|the|pt'?s|patient'?s)\s+)?"
    r"(?:SSN|social(?: security(?: number)?)?)\W{0,4}(?:(?:is|are|was|were|:)\s*)?(?P<l2>\d{4})\b",
    re.IGNORECASE,
)
_SSN = lead(_SSN, "A-Za-z")
# (for ASCII text read lower-cased: the same finds, without IGNORECASE's folding)
_SSN_LOW = lowered(_SSN)
# (it starts with its words' first letters, a class the engine skips to in C, and reads the
# rest of each word after it; the same as "\b(?i:meeting|zoom|...)\b[^.\n]*$")
_MEETING = re.compile(
    r"[mMzZwWtTpPcC](?<!\w[mMzZwWtTpPcC])(?i:(?<=m)eeting|(?<=z)oom|(?<=w)ebinar|(?<=t)eams|"
    r"(?<=w)ebex|(?<=p)asscode|(?<=c)onference)\b[^.\n]*$"
)
_PATIENT_NEAR = re.compile(
    r"\b(?:pt|pt's|patient|patient's|his|her|their|mom's|dad's|family|inmate|booking|"
    r"badge|employee|passport|aadhaar|green card|a-number)\b",
    re.I,
)
_SPECIFIC_ID = re.compile(
    r"(?i)(?:study code|enrol+ment code|participant id|subject id|badge|employee|inmate|"
    r"wristband|armband|id band|bracelet|doc\b|prisoner|docket|court|locker|dog tag|"
    r"booking|passport|aadhaar|a-number|alien|green card|national id|nhs number|voter id|"
    r"student id|health card)"
)
# an amateur radio call sign, in a post that speaks of one: "KD9XPQ", "W1AW", "VE3ABC"
_CALLSIGN = re.compile(r"(?=[AKNWV])\b(?:[AKNW][A-Z]?|VE|VA)\d[A-Z]{1,3}\b")
_SSN_SPACED = re.compile(r"(?=\d)(?<![\w.-])\d{3}([ .])\d{2}\1\d{4}(?![\w-]|\.\d)")
_SSN_WORDS = frozenset({"ssn", "ssns", "ss", "social", "ssn's"})
# "xxx-xx-0417", "***-**-5521": a masked SSN still shows its last four
_MASKED_SSN = re.compile(
    r"(?=[xX*#])(?<![\w*#-])(?:[xX]{3}|\*{3}|#{3})-?(?:[xX]{2}|\*{2}|#{2})-?(?P<v>\d{4})(?![\w-])"
)
# In a post that speaks of an SSN, "the last 4 (3381)", "last four: 5521", "ending 3396".
_LAST_FOUR = re.compile(
    r"(?=[lLeE])\b(?i:last[ -]?(?:4|four)(?: digits)?|ending(?: in)?)\b[^\w\n]{0,4}"
    r"(?:(?i:is|are|was|of|as)\s+)?[(:\s]{0,3}(?:(?i:x+)-?)?(?P<v>\d{4})(?![\w-])"
)
# In a story, four digits quoted, shouted or said a sentence after "last 4" or "last four"
# (the last four of an SSN asked for out loud): '"last 4?" me, on a recorded line: 3382',
# 'by the "last four" \u2014 0917 \u2014', 'I said 4471 out loud' (not "last 4 weeks", nor a year)
_LAST_FOUR_SAID = re.compile(
    r"(?=[lL])\b(?i:last ?(?:4|four))\b(?! ?(?i:days?|weeks?|wks?|months?|mos?|years?|yrs?|"
    r"hours?|hrs?|visits?|admissions?|patients?|pts|shifts?|nights?|times?|cycles?|doses?|"
    r"digits of (?:the|her|his|their) (?:phone|card|number)))"
    r"[^\d]{0,60}?(?:[\"\u201c:\u2014\u2013]\s*|\bsaid\s+|\byelled\s+\"?)"
    r"(?P<v>(?!19\d\d|20\d\d)\d{4})(?![\w/.,:-]\d|[\w-])"
)
# An Ontario health card number with its version code: "4532-281-947-KT", "9493 249 016 XK"
_ONTARIO_CARD = re.compile(r"(?<![\w-])\d{4}([- ]?)\d{3}\1\d{3}[- ]?[A-Z]{2}(?![\w-])")
# what that number's end shows in the shape marks (``_shape_marks``): "999-AA"
_HEALTH_CARD_GATE = re.compile(rb"999[- ]?AA\b")
# "last 4 of your social" ... "0917": four digits said a little after the question
_LAST_FOUR_OF = re.compile(
    r"(?=[lL])\b(?i:last ?(?:4|four)(?: digits)?(?: of)? (?:(?:your|his|her|their|the|my|"
    r"pt'?s|patient'?s) )?(?:social|ssn|ss#))\b\??[^\d\n.!?]{0,40}?(?<![\w-])(?P<v>\d{4})"
    r"(?![\w-])"
)
# four digits told as an SSN's last four after them: "5572 (last 4) + DOB ..."
_FOUR_THEN_LAST = re.compile(
    r"(?<![\w-])(?P<v>\d{4})(?:\s*\(\s*|,\s*)(?i:last\s*(?:4|four))\b(?!\s+(?:of|digits))"
)
# a cryptocurrency address: bech32 ("bc1q...", checked loosely) and Ethereum's 0x + 40 hex
_CRYPTO = re.compile(
    r"(?=[bt0])(?<![\w/.@-])(?:(?:bc|tb)1(?=[a-z0-9]*\d)[02-9ac-hj-np-z]{8,87}|0x[0-9a-fA-F]{40})"
    r"(?![\w-])"
)
# a payment handle: "her Venmo @Tasha-Bright-7", "Cash App $kbrown22"
_PAY_HANDLE = re.compile(
    r"(?=[VvCcPpZz])\b(?i:venmo|cash ?app|cashapp|paypal|zelle)\b[^@$\n.!?]{0,20}?"
    r"(?<![\w@$])(?P<v>[@$][A-Za-z0-9_][\w-]{2,29})(?<![-.])(?![\w@-])"
)
# an aircraft's tail number (an N-number): "the tail number was N738PA"
_TAIL_NUMBER = re.compile(
    r"(?=[tT])\b(?i:tail)\s*(?i:number|no\.?|#)?,?\s*(?:(?i:is|was|:)\s*)?"
    r"(?P<v>N[1-9]\d{0,4}[A-Z]{0,2})(?![\w-])"
)
_MRN_GLUED = re.compile(r"(?=[Mm])(?:MRN|MR#|Mrn|mrn)[:#]?(?P<v>\d{4,})\b")
# Thailand's and Hong Kong's hospital number glued to its "HN" ("HN23019487"; not a BHYT
# card's "HN" and 13 digits)
_HN_GLUED = re.compile(r"(?<![\w-])HN(?P<v>\d{6,10})\b")
_RULES: tuple[tuple[re.Pattern[str], Category, str], ...] = (
    (
        _cue(
            r"MRN|MR#|MR no|MR|hospital #|hospital no|med rec|med-rec|medical records?|record|"
            r"chart|hospital number|"
            r"patient ID|pt ID|patient number|encounter|visit number|FIN|CSN|accession|"
            r"case ID|EMPI|unit number|filed under mrn|acc#|acc no|acc\.? #|URN|"
            r"UR number|UR no|NHI|"
            r"NHI number|CHI number|"
            # hospital numbers printed elsewhere: "file no CHB/2024/004417", "UHID 448812"
            r"file no|file number|hospital file|UHID|IP no|IP number|CR no|CR number|"
            # inpatient and clinic numbers: "IPD 24-0098812", "hosp. no. ABUTH/26/04471"
            r"IPD|IPD no|OPD no|hosp\.? no\.?|folder no|folder number|clinic card|TB card|"
            # Australia's UR number, a paper folder, Spain's and Mexico's "exp." (each only
            # before five digits or more), a list after "MRNs"
            r"UR(?=[^\n]{0,4}?\d{5})|folder(?=[^\n]{0,4}?\d{5})|exp\.(?=[^\n]{0,4}?\d{5})|MRNs,?|"
            # Sri Lanka's bed head ticket; an accession or account number as "acc no."
            r"BHT|BHT no\.?|acc no\.?|"
            # records in Spanish and Portuguese: "prontuário 2093354", "NHC 3340981",
            # "historia clínica", "expediente", "ficha"; "Hospital No LUTH/PL/26/00718"
            r"prontuário|prontuario|NHC|historia clínica|historia clinica|"
            r"expediente|ficha clínica|Hospital No|"
            # records in German, French, Italian, Dutch, Polish, Turkish and the Nordic
            # languages: "Pat.-Nr. 4471203", "Fall-Nr. 26-0044712", "IPP 80044712" (IPP, NIP
            # and SDO only before five digits or more), "cartella clinica 2026/118832",
            # "numer historii choroby 4471/26", "dosya no 448120", "journalnummer 88120"
            r"Pat\.-Nr\.?|Patientennummer|Fallnummer|Fall-Nr\.?|Aufnahmenummer|numéro de dossier|"
            r"IPP(?=[^\n]{0,8}?\d{5})|NIP(?=[^\n]{0,8}?\d{5})|cartella clinica|cartella|"
            r"codice paziente|SDO(?=[^\n]{0,8}?\d{5})|patiëntnummer|dossiernummer|"
            r"numer historii choroby|nr historii|protokol no|dosya no|hasta no|journalnummer|"
            # Thailand's and Taiwan's hospital number ("HN 6628104", only before five digits
            # or more) and a chart number
            r"HN(?=[^\n]{0,4}?\d{5})|chart no\.?|"
            # records in Korean, Chinese, Japanese, Arabic and Persian: "등록번호 00482917",
            # "住院号 2026-0347781", "患者ID 0078341256", "ملف 552310", "parvande 1403-55921"
            "\ub4f1\ub85d\ubc88\ud638|\u4f4f\u9662\u53f7|\u75c5\u5386\u53f7|\u60a3\u8005ID|\u60a3\u8005\u756a\u53f7|"
            "\u0645\u0644\u0641|"
            r"parvande|dossiers? n°|"
            # a file's number, only of six digits or more ("file 1093384"; not "file 2")
            r"file(?=\W{0,3}\d{6,}(?!\d))"
        ),
        Category.MRN,
        "mrn.cue",
    ),
    (
        _cue(
            r"member|subscriber|beneficiary|policy|insurance|insurer|health plan|plan ID|"
            r"Medicaid|Medicare|MBI|HICN|group number|group #|Grp|GRP|BCBS|Aetna|Cigna|Humana|"
            r"UnitedHealthcare|Tricare|CHIP|Medi-Cal|MassHealth|benefits|IHS number|IHS #|IHS ID|"
            r"status card|treaty number|NHIS|PhilHealth|OHIP|health card|ESIC|IHI|CHI number|RAMQ|"
            r"Blue Cross|Blue Shield|Anthem|Molina|Highmark|Ambetter|WellCare|UHC|"
            # other countries' health cover: Kenya's NHIF, Germany's KVNR, Scotland's CHI,
            # British Columbia's CareCard, India's PM-JAY card
            r"NHIF|KVNR|CHI|CareCard|Care Card|PHN|HCN|Medicare card|Ayushman card|PMJAY|PM-JAY|"
            # Pakistan's Sehat card, Nigeria's NHIA, India's CGHS, the Philippines' PIN
            r"Sehat card|NHIA|enrolee no\.?|enrollee no\.?|enrolee number|CGHS|CGHS card|"
            r"PhilHealth PIN|PhilHealth no|"
            # Vietnam's BHYT, Indonesia's BPJS, Alberta's AHCIP, Brazil's SUS card, Mexico's
            # IMSS, Israel's kupat holim
            r"BHYT|BHYT card|BPJS|JKN|AHCIP|Cart[ãa]o SUS|SUS card|IMSS|kupat holim|"
            # Argentina's PAMI and IOMA, Andalusia's NUHSA, HMO and private cover
            r"afiliado|afiliada|PAMI|IOMA|NUHSA|tarjeta sanitaria|enrollee ID|"
            r"enrolee ID|HMO card|HMO ID|Bupa card|VHI member no|Southern Cross no|"
            # health cover in Europe and Turkey: Germany's "Versichertennr. K220044718" and
            # eGK, France's carte Vitale and mutuelle, Italy's tessera sanitaria, the EU's
            # EHIC (TEAM card), the Netherlands' polisnummer, Poland's NFZ and EKUZ, Turkey's
            # SGK, Greece's EOPYY, Portugal's SNS ("SNS 448 120 773": only before nine digits)
            r"Versichertennummer|Versichertennr\.?|Versicherungsnummer|Krankenkasse|eGK|"
            r"carte Vitale|mutuelle|tessera sanitaria|TEAM card|EHIC|zorgverzekering|"
            r"polisnummer|NFZ|karta EKUZ|SGK|SGK no|EOPYY|"
            "\u0395\u039f\u03a0\u03a5\u03a5|"  # EOPYY in Greek letters
            r"SNS(?=[^\n\d]{0,12}\d{3} ?\d{3} ?\d{3}(?!\d))|número de utente|numero de utente|"
            # Latin America's and Iberia's: Brazil's plans ("carteirinha Unimed ..."), Chile's
            # FONASA and ISAPRE, Colombia's EPS, Peru's SIS and EsSalud, Argentina's obra social,
            # Mexico's ISSSTE, Portugal's "nº de utente"
            r"carteirinha|Unimed|Amil|Hapvida|SulAmérica|FONASA|ISAPRE|EPS|afiliación|"
            r"afiliacion|EsSalud|SIS|obra social|OSDE|ISSSTE|INSABI|nº de utente|"
            # a membership, and the Gulf's insurers: "Membership 55102938", "Thiqa card no."
            r"membership|membership no\.?|membership number|Thiqa|Thiqa card|Daman|"
            r"Tawuniya|Medgulf|Bupa Arabia"
        ),
        Category.HEALTH_PLAN,
        "health_plan.cue",
    ),
    (
        _cue(
            r"account|acct|billing|invoice|claim|bank|routing|IBAN|credit card|debit card|HAR|"
            r"card number|card #|guarantor|copay card|savings card|discount card|gift card|"
            r"bitcoin wallet|crypto wallet|wallet address|venmo|cash app|cashapp|paypal|zelle|"
            r"bill no\.?|bill number|receipt|receipt no|Paybill|till number|M-Pesa|"
            # "card ending 4417", "N[º] de cuenta", "conta"
            r"card ending|card ending in|número de cuenta|numero de cuenta|"
            # bank accounts in German, Polish, French, Italian, Dutch and Turkish:
            # "Kontonummer 0044712088", "numer konta", "compte", France's RIB (only before a
            # bank code or an IBAN: "RIB 30004 ..."), "conto", "rekeningnummer", "hesap no"
            r"Konto|Kontonummer|numer konta|compte|RIB(?=[^\n\w]{0,4}(?-i:[A-Z\d]{2})\d\d)|"
            r"conto|rekeningnummer|hesap no|"
            # Spanish and Portuguese: "conta 00447821-9", "cuenta", Mexico's CLABE, Argentina's
            # CBU and CVU, Brazil's Pix key
            r"conta|conta corrente|cuenta|CLABE|CBU|CVU|chave Pix|Pix"
        ),
        Category.ACCOUNT,
        "account.cue",
    ),
    (
        _cue(
            r"license|licence|lic|DL|driver'?s license|driver'?s licence|driving licen[cs]e|"
            r"certificate|cert|DEA|NPI|permit|state ID|CDL|registration number|"
            r"MMJ card|marijuana card|cannabis card|medical card|firearm license|FOID|registration|"
            r"reg #|reg no|NREMT|paramedic license|notary|bar number|"
            # health professionals' registers: "HCPC PA044712", "AHPRA MED0001442198"
            r"HCPC|AHPRA|GMC|GMC number|NMC|NMC PIN|nursing PIN|SANC|HPCSA|PRC licen[cs]e|"
            # driving licences elsewhere: Brazil's CNH, "licencia de manejo"
            r"CNH|licencia|licencia de manejo|licencia de conducir|carteira de motorista|"
            # driving licences in Europe and Turkey: "Führerschein B072RRE2I55", "permis de
            # conduire 120475200448", Italy's patente (a value with digits after it), Dutch,
            # Polish, Turkish, Nordic and Czech ones; doctors' registers: Germany's
            # Approbation, France's RPPS ("RPPS 10100448812"), Italy's ordine dei medici,
            # the Netherlands' BIG register, Poland's NPWZ
            r"Führerschein|Führerscheinnummer|permis de conduire|patente|patente di guida|"
            r"rijbewijs|prawo jazdy|ehliyet|körkort|førerkort|kørekort|řidičský průkaz|"
            r"Approbation|numéro RPPS|RPPS|ordine dei medici|BIG-nummer|BIG-registratie|NPWZ|"
            # Latin America's and Iberia's registers: Mexico's cédula profesional, Brazil's CRM
            # (with its state: "CRM-SP 118447"), COREN and CRO, Spain's colegiado number
            r"cédula profesional|cedula profesional|CRM|CRM-[A-Z]{2}|CRM/[A-Z]{2}|COREN|"
            r"COREN-[A-Z]{2}|CRO|colegiado|nº de colegiado|n° de colegiado|matrícula profesional"
        ),
        Category.LICENSE,
        "license.cue",
    ),
    (
        _cue(
            r"serial|S/N|SN|serial number|ser#|ser|device ID|device|UDI|IMEI|MEID|model/serial|"
            r"txmtr|xmtr|tele|telemetry box|telemetry pack|telemetry|"
            r"lot/serial|implant ID|pump ID|generator|lead serial|pacemaker|ICD serial|"
            r"CGM|transmitter ID|transmitter|sensor ID|sensor|hearing aid|pump|receiver|"
            r"implant|cochlear implant|monitor ID|insulin pump|controller|serials|série|"
            r"serie|número de serie",
            _VALUE1,
        ),
        Category.DEVICE,
        "device.serial",
    ),
    (
        # national numbers that stand where an SSN does: Ireland's PPSN, Canada's SIN,
        # Mexico's CURP, the UK's National Insurance number
        _cue(
            r"PPSN|PPS number|PPS no|SIN|SIN number|social insurance number|CURP|"
            r"national insurance number|NI number|NINO|"
            # Nigeria's NIN, Saudi Arabia's iqama
            r"NIN|NIN slip,?|iqama|iqama no|iqama number|"
            # more countries' identity numbers: Mexico's CURP is above; Turkey's TC kimlik,
            # Indonesia's NIK, Ghana Card, Poland's PESEL, Romania's CNP, Spain's and Peru's DNI,
            # Brazil's CPF, Chile's RUT, Colombia's cédula, Iran's kod-e melli, Morocco's CIN,
            # Israel's teudat zehut, Hong Kong's HKID, India's PAN
            r"TC no\.?|TC kimlik|TC kimlik no|T\.C\. no|NIK|Ghana Card|PESEL|CNP|DNI|CPF|RUT|"
            r"c[ée]dula|c[ée]dula no|kod-e melli|code melli|teudat zehut|HKID|PAN card|"
            r"PAN no|national ID no|NID|NID no|RG nº|RG no|NIE|NSS|DUI|"
            # more of Europe's: the Netherlands' BSN, Greece's AMKA, Turkey's TCKN ("TC"
            # only before eleven digits: "TC 44812077362"), Italy's codice fiscale ("CF" only
            # before one), Germany's Steuer-ID, Austria's SVNR, Switzerland's AHV, France's
            # NIR ("NIR 2 91 03 ..." only before one) and "n° sécu", Belgium's NISS/INSZ,
            # Sweden's and Norway's personnummer, Denmark's CPR ("CPR" only before DDMMYY-XXXX),
            # Finland's HETU, Czechia's rodné číslo, Hungary's TAJ (only before nine digits),
            # Spain's NIF and NUSS, Portugal's utente and Cartão de Cidadão, Bulgaria's EGN,
            # Croatia's OIB, the JMBG and Slovenia's EMŠO
            r"BSN|burgerservicenummer|AMKA|"
            "\u0391\u039c\u039a\u0391|"  # AMKA in Greek letters
            r"TC(?=\W{0,3}\d{11}(?!\d))|TCKN|T\.C\. kimlik|"
            r"kimlik no|codice fiscale|CF(?=\W{0,3}(?-i:[A-Z]{6}\d\d))|Steuer-ID|"
            r"Steueridentifikationsnummer|Sozialversicherungsnummer|SVNR|SV-Nummer|SV-Nr\.?|AHV|"
            # (French "AVS" only before the AHV number itself: English "AVS" is the
            # after-visit summary)
            r"AHV-Nr|AVS(?=\W{0,4}756)|"
            r"NIR(?=\W{0,4}[12](?: ?\d){12})|numéro de sécurité sociale|n° sécu|NISS|INSZ|"
            r"rijksregisternummer|personnummer|CPR(?=\W{0,4}(?:nr\.?\W{0,3})?\d{6}-?\d{4}(?!\d))|"
            r"CPR-nr|fødselsnummer|henkilötunnus|HETU|rodné číslo|RČ|"
            r"TAJ(?=\W{0,4}(?:szám\W{0,3})?\d{3} ?\d{3} ?\d{3}(?!\d))|TAJ szám|NIF|NUSS|"
            r"numero utente|nº utente|Cartão de Cidadão|EGN|OIB|JMBG|EMŠO|"
            # the Baltic states', Iceland's, Bulgaria's (in Cyrillic), Norway's and Sweden's
            # (declined), Switzerland's and China's: "isikukoodi 434...", "kennitala",
            # "ЕГН 310...", "Fødselsnummeret", "AHV-Nummer 756...", "身份证 440306..."
            r"isikukood|isikukoodi|asmens kodas|kennitala|fødselsnummeret|personnumret|"
            r"personnummer|AHV-Nummer|"
            # their short forms: Iceland's "kt.", Estonia's "IK", Latvia's "p.k." (only before
            # the number's shape), Norway's "f.nr." and "fnr", Sweden's "pnr" and "pers.nr"
            # (Lithuania's "a.k." is read in a story by ``_nordic``: a cue's first word here
            # is its gate, and "a" is every text's)
            r"kt\.(?=\W{0,3}\d{6}-?\d{4}(?!\d))|IK(?=\W{0,3}\d{11}(?!\d))|"
            r"p\.k\.(?=\W{0,3}\d{6}-?\d{5}(?!\d))|"
            # ("PNR" is an airline's booking too: only before a personnummer's shape)
            r"personas kods|f\.nr\.?|fnr\.?|fødselsnr\.?|pers\.nr\.?|personnr\.?|"
            r"pnr\.?(?=\W{0,3}(?:\d\d)?\d{6}[-+]?\d{4}(?!\d))|"
            "\u0415\u0413\u041d|\u8eab\u4efd\u8bc1|\u8eab\u4efd\u8bc1\u53f7",
        ),
        Category.SSN,
        "ssn.national",
    ),
    (
        _cue(
            r"voiceprint|voice print|fingerprint|finger print|thumbprint|retina(?:l)? scan|"
            # a newborn's footprints, taken to identify them: "Footprint ref FPS-0007-K3"
            r"footprint|foot print|footprints|VoiceID|"
            r"iris scan|palm print|palmprint|faceprint|face ID|biometric|DNA profile|"
            r"gait signature|(?:voiceprint|fingerprint|biometric) template|template|"
            r"enrolled print|enrolled as|voice ID|DNA kit|genealogy kit|PalmSecure|"
            r"vein-scan ID|vein scan ID|huella|huella dactilar|huella digital|"
            r"plantilla dactilar|plantilla biométrica|impressão digital|biometria|biometría",
            _VALUE1,
        ),
        Category.BIOMETRIC,
        "biometric.cue",
    ),
    (
        _cue(
            r"study code|study ID|participant ID|participant|subject ID|subject|enrollment code|"
            r"enrolment code|badge|employee ID|employee number|case number|ID|identifier|"
            r"inmate|booking|voter ID|student ID|record locator|case no|Aadhaar|passport|"
            r"national ID|"
            r"A-number|A number|alien number|green card|NHS number|health card|prescription|Rx|"
            r"NDIS|NDIS number|UNOS|UNOS ID|barcode|bed card|safety event|examiner ref|"
            r"examiner's ref|ME ref|"
            r"tracking number|ticket number|claim number|wristband|armband|ID band|bracelet|DOC|"
            # an appointment's or a case's confirmation or folio: "confirmación T7731-92044"
            r"confirmation|confirmation number|confirmación|confirmação|folio|"
            r"prisoner|docket|court case|court|locker|dog tag|service number|service no\.?|"
            r"military ID|MedID|medical ID|Med ID|alert ID|"
            r"citation|warrant|PA ref|PA #|PA#|PA number|prior auth ref|prior auth #|"
            r"prior auth number|prior authorization number|reference number|ref #|ref no|"
            # national and civic numbers: "Centrelink CRN 207 456 112A", "tenant reference ..."
            r"CRN|Centrelink|tenant reference|tenancy reference|tenancy ref|CAD|unit ID|"
            r"loyalty card|ration card|NRIC|IC number|IC no|MyKad|CNIC|Emirates ID|BVN|"
            r"incident|incident number|incident no|run number|"
            # a soldier's number, a refugee family's, a runner's bib, a messenger's id
            r"Army serial no\.?|service no\.?|FCN|bib|bib number|KakaoTalk ID|"
            r"WhatsApp ID|WeChat ID|LINE ID|"
            # a research sample's or a teaching file's label: "biobank sample BB-MI-2207-0914",
            # "aliquot TX-BIO-004417-B", "pedigree PED-ATX-0188", "teaching file ACC 88412093"
            r"sample|samples|sample ID|sample IDs|aliquot|kit|pedigree|proband sample|"
            r"biobank sample|biobank ID|specimen ID|specimen|family ID|ACC|tumor-normal pair|"
            r"student card|"
            # a fertility clinic's or a cord-blood bank's labels: "embryo E-2291-04B", "donor
            # D-4418", "vial SV-0331-77", "IVF cycle KX-0917", "cord blood unit CBU-771-20045"
            r"embryo|embryos|embryo ID|donor|donor ID|donor code|donor number|vial|straw|"
            r"IVF cycle|cycle ID|cord blood unit|CBU|"
            # identity papers in French: "passeport (18FV93174)", "CIN BE448217", "écrou n°"
            r"passeport|CIN|carte d'identité|écrou|"
            # identity papers in Spanish and Portuguese: "pasaporte 148832067", Brazil's RG
            # ("RG 12.447.893-X"), Colombia's CC and Bolivia's or Venezuela's CI (only before a
            # dotted number), Mexico's INE, Guatemala's DPI, "carnet", "título de eleitor"
            r"pasaporte|passaporte|RG(?=\W{0,3}\d{1,2}\.?\d{3}\.?\d{3})|"
            r"CC(?=\W{0,3}\d{1,3}\.\d{3}\.\d{3})|CI(?=\W{0,3}(?:[VE]-?)?\d{1,3}\.\d{3}\.\d{3})|"
            r"INE|credencial del INE|DPI|carnet|carné|título de eleitor|cédula de identidad"
        ),
        Category.OTHER_ID,
        "other_id.cue",
    ),
)
_STEMS = {
    "rec": "record records",
    "retina": "retinal",
    "cert": "certificate",
}


_GENERIC_WORDS = frozenset(
    [
        "patient",
        "pt",
        "number",
        "no",
        "id",
        "case",
        "unit",
        "visit",
        "hospital",
        "medical",
        "under",
        "of",
        "card",
        "code",
        "plan",
        "health",
        "group",
        "state",
        "s",
        "n",
        "lot",
        "model",
        "aid",
        "print",
        "scan",
        "face",
        "lead",
        "a",
        "med",
        "medical",
        # words of other languages and English words in cues of other languages ("TEAM
        # card", "BIG-nummer", "Fall-Nr."): the cue's other word is the rarer gate
        "numero",
        "número",
        "numéro",
        "numer",
        "team",
        "big",
        "fall",
    ]
)


def _gate_words(keys: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """For each cue, its most telling word (a gate on the text's words), or the cue itself."""
    words: set[str] = set()
    texts: list[str] = []
    for key in keys:
        parts = re.findall(r"\w+", key)
        telling = [w for w in parts if w not in _GENERIC_WORDS]
        if telling:
            word = max(telling, key=len)
            words |= {word, *_STEMS.get(word, "").split()}
        elif re.search(r"[^\w ]", key) or len(parts) > 1:
            texts.append(key)
        elif parts and parts[0] not in ("a", "med"):  # "A-number", "med-rec": other cues
            words.add(parts[0])
    return frozenset(words), tuple(texts)


_RULE_KEYS = tuple(_gate_words(_keys(_CUE_WORDS[regex])) for regex, _, _ in _RULES)

# Each ASCII word character lower-cased, every other byte as a blank: in an ASCII text so
# marked (a bytes translation, one scan in C), a cue starts after a blank with its stem.
_CUE_MARKS = bytes(
    i + 32 if 65 <= i <= 90 else i if 48 <= i <= 57 or 97 <= i <= 122 or i == 95 else 32
    for i in range(256)
)


def _ascii_forms(pattern: str) -> set[str]:
    """The ASCII characters (lower-cased) that ``pattern``, one character, matches ignoring case."""
    return {chr(i).lower() for i in range(128) if re.fullmatch(pattern, chr(i), re.IGNORECASE)}


def _literal_piece(alternative: str, i: int) -> tuple[set[str], int] | None:
    r"""The ASCII forms of the one-character piece at ``i`` of a cue and where it ends.

    A plain character, an escaped sign ("\.") or a class of plain characters ("[ée]");
    ``None`` for any other syntax (a group, an alternation, an escape such as "\d").
    """
    ch = alternative[i]
    if ch == "\\":
        sign = alternative[i + 1 : i + 2]
        if not sign or sign.isalnum():
            return None
        return _ascii_forms(re.escape(sign)), i + 2
    if ch == "[":
        close = alternative.find("]", i + 1)
        members = alternative[i + 1 : close]
        if close < 0 or not members or any(c in "\\^-[" for c in members):
            return None
        return _ascii_forms(f"[{members}]"), close + 1
    if ch in "()|?*+{}^$.":
        return None
    return _ascii_forms(re.escape(ch)), i + 1


def _cue_literal(alternative: str) -> tuple[str, bool] | None:
    """The literal start of a cue as ASCII text holds it (lower-cased), and whether it is all.

    ``("", True)`` when the cue never matches ASCII text ("número de cuenta": no ASCII
    character matches "ú", even ignoring case); ``None`` when it has no literal start.
    """
    stem = ""
    i = 0
    while i < len(alternative):
        piece = _literal_piece(alternative, i)
        if piece is None:
            break
        forms, after = piece
        if alternative[after : after + 1] in ("?", "*", "+", "{"):
            break  # "records?": the last letter may be left out
        if not forms:
            return "", True
        if len(forms) > 1:
            break  # "licen[cs]e": one of two letters
        stem += forms.pop()
        i = after
    if not stem:
        return None
    return stem, i == len(alternative)


def _cue_literals(alternative: str) -> list[tuple[str, bool]] | None:
    """The literal starts of a cue (see ``_cue_literal``); ``None`` when one has none.

    A cue that opens with a group has those of the group's alternatives:
    "(?:voiceprint|fingerprint) template" those of "voiceprint" and "fingerprint".
    """
    if not alternative.startswith("(?:"):
        literal = _cue_literal(alternative)
        return None if literal is None else [literal]
    inner = _group_body(alternative)
    rest = alternative[3 + len(inner) + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return None  # (the group may be left out)
    literals = [_cue_literal(part) for part in _alternatives(inner)]
    if None in literals:
        return None
    return [(stem, whole and not rest) for stem, whole in filter(None, literals)]


def _group_body(pattern: str) -> str:
    """What the group that opens ``pattern`` ("(?:...") holds, up to its closing bracket."""
    depth = 0
    i = 3
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        i += 1
    return pattern[3:i]


def _cue_starts(words: str) -> re.Pattern[bytes] | None:
    """Where a cue of ``words`` can start in a text marked by ``_CUE_MARKS``: a blank, a stem.

    A stem that is a whole cue stands before a character that is no letter or digit, as the
    cue regex requires. Grouped by first letter (see ``_by_first_letter``); ``None`` when a
    cue has no stem.
    """
    literals: list[tuple[str, bool]] = []
    for alternative in _alternatives(words):
        found = _cue_literals(alternative)
        if found is None:
            return None
        literals += found
    marked = {(stem.encode().translate(_CUE_MARKS), whole) for stem, whole in literals if stem}
    open_stems = {mark for mark, whole in marked if not whole}
    groups: dict[bytes, list[bytes]] = {}
    for mark, whole in sorted(marked):
        # (a stem that starts with another, open one adds nothing)
        if any(mark.startswith(other) for other in open_stems if whole or other != mark):
            continue
        end = b"(?![a-z0-9])" if whole else b""
        groups.setdefault(mark[:1], []).append(re.escape(mark[1:]) + end)
    return re.compile(
        b" (?:"
        + b"|".join(first + b"(?:" + b"|".join(rests) + b")" for first, rests in groups.items())
        + b")"
    )


def _opened_rules(scan: Scan) -> tuple[int, ...]:
    """The indexes of the cue rules whose gate word or phrase the text holds, in order."""
    if scan.longest_number < 1:
        return ()  # every cue's value holds a digit
    opened = 0  # (bit i: rule i)
    if scan.gates & _ALL_GATE_WORDS_BIT:
        for word in scan.cues & _ALL_GATE_WORDS:  # (intersected in C: a few words)
            opened |= _RULE_BITS_BY_WORD[word]
    if scan.gates & _GATE_TEXT_LAST_BIT:  # (a phrase's last word: the phrase may be there)
        low = scan.low
        for bit, texts in _RULE_TEXT_BITS:
            if not opened & bit and any(map(low.__contains__, texts)):
                opened |= bit
    return _RULE_INDEXES[opened]


_RULE_STARTS = tuple(_cue_starts(_CUE_WORDS[regex]) for regex, _, _ in _RULES)


def _cue_matches(
    regex: re.Pattern[str], starts: re.Pattern[bytes] | None, text: str, marks: bytes | None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, tried only where ``starts`` finds a cue's stem in ``marks``.

    (``marks`` is `` " " + text`` marked by ``_CUE_MARKS``, ``None`` for a text past ASCII: a
    match at ``i`` of ``text`` has its stem at ``i`` of ``marks``, after its blank.)
    """
    if starts is None or marks is None:
        yield from regex.finditer(text)
        return
    pos = 0
    while (stem := starts.search(marks, pos)) is not None:
        match = regex.match(text, stem.start())
        if match is None:
            pos = stem.start() + 1
        else:
            yield match
            pos = match.end()


_ALL_GATE_TEXTS = tuple({text for _, texts in _RULE_KEYS for text in texts})
# the last word of every cue phrase: none present, no phrase can be
_GATE_TEXT_LAST = frozenset(re.findall(r"\w+", text)[-1] for text in _ALL_GATE_TEXTS)
_ALL_GATE_WORDS = frozenset(word for words, _ in _RULE_KEYS for word in words)
# gate word -> the bits of the rules it opens (bit i: rule i; one look-up per text word)
_RULE_BITS_BY_WORD: dict[str, int] = {
    word: sum(1 << i for i, (words, _) in enumerate(_RULE_KEYS) if word in words)
    for word in _ALL_GATE_WORDS
}
# each rule's bit and its gate phrases (for the rules that have some)
_RULE_TEXT_BITS = tuple((1 << i, texts) for i, (_, texts) in enumerate(_RULE_KEYS) if texts)
# the indexes of the rules of each set of bits, in order
_RULE_INDEXES = tuple(
    tuple(i for i in range(len(_RULE_KEYS)) if opened >> i & 1)
    for opened in range(1 << len(_RULE_KEYS))
)
_PLATE = re.compile(
    r"(?=[PpTtLlVvRrNnMm])\b(?i:plates?|license plate|licence plate|tag|tags|vanity plate|"
    r"rego|reg|registration plate|number plate|placas?|matr\u00edcula|matricula)\b"
    r"(?:\s*(?:#|no\.?|number|reads|is|was|:|,|says|said|literally))*\s*"
    r"(?:(?:[A-Z][a-z]+)\s+)??[\"\u201c]?"
    # (a Gulf plate has its code before a slash: "12/48813")
    r"(?P<v>[A-Z0-9]{1,8}(?:[ /-][A-Z0-9]{1,8}){0,3})(?![\w-])"
    r"|(?=[A-Z])\b(?:[A-Z][a-z]+|[A-Z]{2})\s+(?i:plate)\s+"
    r"(?P<w>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,8}){0,2})"
    r"(?![\w-])"
)
# A plate a few words after its word, letters and digits: "placa do carro dele, RIO4B27",
# "the plate on his truck: 7KDX220"
_PLATE_LATER = re.compile(
    r"(?=[PpTtMm])\b(?i:placas?|plates?|tags?|matr[ií]cula)(?: [a-zà-ÿ]+){1,4},?:? "
    # (two letters and two digits at least: not "plates were at 150K", a platelet count)
    r"(?P<v>(?=(?:[A-Z0-9-]*\d){2})(?=(?:[A-Z0-9-]*[A-Z]){2})[A-Z0-9]{2,4}-?[A-Z0-9]{2,5})"
    r"(?![\w-])"
)
# A plate told before its word: "in a truck with KD 2218 plates", "had KDX-220 tags"
_PLATE_BEFORE = re.compile(
    r"(?=[wh])\b(?:with|had|has|wearing) (?:an? )?(?:[A-Z][a-z]+ )?"
    r"(?P<v>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,5}) "
    r"(?i:plates?|tags?)\b"
)
# A plate after the word for it in German, French, Italian, Dutch, Polish, Turkish, Swedish
# and Czech: "Kennzeichen M-KL 4471", "targa GH 448 KT", "kenteken 12-KTX-4", "plaka 34 KLM
# 448", "SPZ 4A7 2281"; "plaque" only before a French plate's shape ("plaque GH-448-KT"), as it
# is a clinical word in English. A plate's value has letters and digits.
_LOCAL_PLATE = re.compile(
    r"(?=[KkNnPpIiTtRrSs])\b(?i:kennzeichen|nummernschild|kontrollschild|"
    r"plaque d['\u2019]immatriculation|immatriculation|immatricul\u00e9e?|targa|kenteken|"
    r"tablica rejestracyjna|rejestracja|plaka|plakası|plakasi|registreringsnummer|SPZ|plaque)"
    r"(?!\w)"
    r"(?:\s*(?:#|(?i:nr|no|n[°º])\.?|:|,))*"
    # (a word or two may stand between: "Kennzeichen seines Wagens HH-KL 4821")
    r"(?:\s+(?:[a-z\u00e0-\u00ff]+|[A-Z][a-z\u00e0-\u00ff]+)){0,2}?\s*[\"\u201c(]?"
    r"(?P<v>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,8}){0,3})(?![\w-])"
)
_LOCAL_PLATE_WORDS = frozenset(
    ["kennzeichen", "nummernschild", "kontrollschild", "plaque", "immatriculation",
     "immatriculé", "immatriculée", "targa", "kenteken", "rejestracyjna", "rejestracja",
     "plaka", "plakası", "plakasi", "registreringsnummer", "spz"]
)  # fmt: skip
# A record or account cue a few words before its number: "MRN on the wristband (6630194)".
# (it starts with the class of its cues' first letters, which the engine skips to in C, the
# rest read case-blind after it: the same as a case-blind "(?=[MmAaCc])\b(?P<cue>MRN|...")
_FAR_CUE = re.compile(
    r"(?P<cue>[MmAaCc](?<!\w[MmAaCc])(?i:(?<=m)RN|(?<=m)R#|"
    r"(?<=m)ed(?:ical)?[ -]rec(?:ord)?s?(?: number| no\.?| #)?|"
    r"(?<=c)hart (?:number|no\.?|#)|(?<=a)cct|(?<=a)ccount (?:number|no\.?|#)))"
    r"(?i:(?![A-Za-z0-9])[^.!?\n\d]{1,40}?[(\[#:,]?\s*"
    r"(?P<v>(?:[A-Z]{1,4}-)?\d{3,}(?:[- ]\d{2,}){0,3})(?![\w/-]|\.\d)(?!\s*(?:[a-z]|%)))"
)
# In a patient story, an id-like token right after a number cue that no family claims.
# (also "n\u00b0", "Nr." and a compound's "-nummer" or "-nr.": "Passnummer M48215093",
# "Rechnungsnr. RE-2026-118734"; a value's groups may be joined by slashes: "FIR no. 0217/2024")
# (it starts with the class of its cues' first characters, which the engine skips to in C;
# the look-behinds after it tell the cues apart: the same as
# "(?<!\w)#|\b(?:no\.|No\.|NO\.|nos?\.|number|Number|num|ID|Id|[Nn]r\.?|[Nn][°º])(?![A-Za-z])|
# (?<=[a-zäöü])(?:nummer|nr\.)")
_NUMBER_CUE = re.compile(
    r"[#NnI](?:(?<=#)(?<!\w#)"
    r"|(?<=[Nn])(?<!\w[Nn])(?:(?<=n)o\.|(?<=N)o\.|(?<=N)O\.|(?<=n)os?\.|(?<=n)umber|(?<=N)umber|"
    r"(?<=n)um|(?<=[Nn])r\.?|(?<=[Nn])[\u00b0\u00ba])(?![A-Za-z])"
    r"|(?<=I)(?<!\wI)[Dd](?![A-Za-z])"
    r"|(?<=[a-z\u00e4\u00f6\u00fc]n)(?:ummer|r\.))"
    r"\s*[:#,]?\s*(?P<v>[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+){0,3})(?![\w-]|[./]\d)"
)
_NUMBER_WORDS = frozenset({"nos", "number", "num", "id"})
_NUMBER_GATE = re.compile(r"#\s*[A-Za-z-]*\d")
_FAR_WORDS = frozenset({"mrn", "mr", "acct", "account", "chart", "rec", "record", "records"})
_MEASURE = re.compile(
    r"\d+(?:mg|mcg|ug|ml|mL|g|kg|lbs?|units?|u|iu|IU|mmol|meq|mEq|cc|mm|cm|hrs?|min|mmHg|bpm)|\d{1,3}x",
    re.IGNORECASE,
)


def _a_measure(value: str) -> bool:
    """Whether ``value`` is a dose or a count with its unit (``_MEASURE``: "500mg", "3x").

    (Each unit ends in a letter: a value that does not is told so without the search, which
    backtracks over every digit of a long number.)
    """
    return value[-1:].isalpha() and _MEASURE.fullmatch(value) is not None


_AGE_SEX_VALUE = re.compile(r"\d{1,3}(?:yo|y/o)?[MFmf]")
_AGE_SEX = re.compile(r"\d{1,3}[MFmf]|(?:19|20)\d\d")
# A tattoo or engraving with words on it, or a name: "tattoo reading 'Maria 4ever'",
# "tattoo of Lucia", "ring engraving \"Ana & Luis\"".
_TATTOO = re.compile(
    r"(?=[TtEeIi])\b(?i:tattoo(?:s|ed)?|engraving|engraved|inscription|inscribed)\b"
    r"[^.!?\n]{0,40}?(?:\b(?i:reading|that reads|which reads|reads|saying|that says|says|"
    r"spelling|spells|of|name|names|initials|with|is)\s+"
    r"(?:(?i:the|a|his|her|their)\s+)?(?:(?i:name|names|word|words|initials|date)\s+)?"
    r"|\s+(?=[\"'\u201c\u2018]))"
    r"(?P<v>[\"'\u201c\u2018][^\"\u201d\u2019\n]{1,40}?[\"'\u201d\u2019](?!\w)|"
    r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z0-9][\w'\u2019-]*|&))*)"
)
_UDI = re.compile(r"(?=\()\(01\)\d{14}(?:\(\d{2,4}\)[\w-]+)*")
# A DNA profile: two or more STR loci with their alleles ("D8S1179 13/14, TH01 6/9.3"), two or
# more SNPs with their genotypes ("rs1490413 AG, rs876724 CC"), or a typing of four or more
# HLA alleles ("A*02:01 B*44:03 DRB1*07:01 DRB1*11:04"); one allele ("HLA-B*15:02") is a
# clinical finding, no profile
_STR_LOCUS = (
    r"(?:D\d{1,2}S\d{2,4}|TH01|THO1|vWA|VWA|FGA|TPOX|CSF1PO|Penta ?[DE]|SE33|DYS\d{3})"
    r"\s?:?\s?\d{1,2}(?:\.\d)?(?:/\d{1,2}(?:\.\d)?)?(?![\w/])"
)
_SNP = r"rs\d{3,10}\s?[:=]?\s?[ACGT]{2}\b"
_HLA_ALLELE = r"(?:HLA-)?(?:A|B|C|DRB1|DRB[345]|DQB1|DQA1|DPB1)\*\d{2}:\d{2,3}(?::\d{2})?"
_DNA_PROFILE = re.compile(
    rf"{_STR_LOCUS}(?:[,;]?\s+{_STR_LOCUS})+|{_SNP}(?:[,;]?\s+{_SNP})+"
    rf"|{_HLA_ALLELE}(?:[,;/]?\s*{_HLA_ALLELE}){{3,}}"
)
# A journey's numbers in a story: a flight ("on SV 786", "flight FZ 437"), a seat ("seat
# 32K"), a booking ("PNR K7QW2M"), a train and a berth ("train 19038, coach/berth S7-44")
_TRAVEL = re.compile(
    r"(?=[ofFsSPtTbBcC])\b(?:(?:on|flight|flt|[Ff]light (?:no\.?|number|#))\s+"
    r"(?P<f>(?-i:[A-Z]{2}|[A-Z]\d|\d[A-Z]) ?\d{2,4})(?![\w/-])"
    r"|(?i:seat|berth|coach/berth)\s+(?:no\.?\s+)?(?P<s>(?-i:[A-Z]?\d{1,2}[A-K]?|[A-Z]\d{1,2}-\d{1,3}))"
    r"(?![\w/-])"
    r"|(?i:PNR|booking ref(?:erence)?)\s*:?\s*(?P<p>(?-i:[A-Z0-9]{6}))\b"
    r"|(?i:train)\s+(?:no\.?\s+|#\s?)?(?P<t>\d{4,5})\b)"
)
_TRAVEL_WORDS = frozenset(
    ["flight", "flights", "flew", "landed", "seat", "airline", "boarded", "berth", "pnr",
     "train", "booking", "flt"]
)  # fmt: skip
# (an SNP's "rs" apart: a literal the engine finds fast, and no "r" for the others to try)
# (the class of the first characters first, as in ``_NUMBER_CUE``: the same as
# "D\d{1,2}S\d|TH01|vWA|FGA|TPOX|CSF1PO|\*\d\d:\d\d")
_DNA_GATE = re.compile(
    r"[DTvFC*](?:(?<=D)\d{1,2}S\d|(?<=T)H01|(?<=v)WA|(?<=F)GA|(?<=T)POX|(?<=C)SF1PO|(?<=\*)\d\d:\d\d)"
)
_SNP_GATE = re.compile(r"rs\d{3}")
_BIOMETRIC = re.compile(
    r"(?=[fFtTvVpPiIrRdDgGbB])\b(?P<b>(?i:(?:finger|thumb|palm|voice|face)[- ]?prints?|"
    r"voice biometrics?|biometrics?|(?:iris|retina|retinal|palm[- ]vein|hand|facial|face)[- ]"
    r"(?:scan|print|recognition|geometry|template)|face ?ID|Face ID|DNA profile|"
    r"gait (?:signature|pattern)))(?![-\w])"
    r"(?:\s*(?:ID|template|#|no\.?|number|code)?\s*[:#]?\s*"
    r"(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,}))?"
)
# a lab's accession or case number, its year in two digits: "S26-14471", "SP26-008812",
# "LSP-26-1188", "26-HEM-10442" (a specimen's part may follow: "S26-14471 A1")
_ACCESSION = re.compile(
    r"[A-Z0-9](?<![\w/.-][A-Z0-9])(?:(?<=[A-Z])[A-Z]{0,2}-?[0-3]\d-\d{3,7}|"
    r"(?<=[0-3])\d-[A-Z]{2,4}-\d{4,8})"
    r"(?![\w/-]|\.\d)"
)
# what every accession number holds: a two-digit year, a dash, then a digit or a capital
# (found from the dash, which the engine skips to in C)
_ACCESSION_GATE = re.compile(r"-(?<=[0-3]\d-)[\dA-Z]")
# a picture or recording that shows or holds a patient's face, prints, eye or voice, in a
# story ("the full-face photo", "her gait video", "a thumbprint image", "his left retina")
_BIOMETRIC_MEDIA = re.compile(
    # (with what it is said to show or keep: "a gait video of him walking the hall", "her
    # uncropped full-face photo", "the fundus photo of her left retina")
    r"(?=[fFgGvViIrRtThHlLpPuUiIaAsS])\b(?i:(?:(?:uncropped|unblurred|unedited|inked|side-view|"
    r"front-view) )?(?:"
    r"full[- ]face (?:photo(?:graph)?|picture|pic|shot|portrait|"
    r"image|selfie|headshot)s?|gait (?:video|recording)s?|"
    r"voice (?:recording|memo|sample|clip)s?|"
    r"(?:photo|picture|pic|image|video|selfie)s? of (?:his|her|their) "
    r"(?:whole |entire |full )?face|"
    r"(?:fundus|retinal) (?:photo|image)s? of (?:his|her|their) (?:left |right )?(?:eye|retina)|"
    r"(?:thumb|finger|palm)[- ]?prints? (?:image|scan|card)s?|"
    # (a keepsake is no record: "a footprint kit", "handprint art")
    r"(?:hand|foot)[- ]?prints?(?!-)(?! (?:kits?|art|keepsakes?|ornaments?|molds?|moulds?)\b)|"
    r"(?:iris|retina|retinal)[- ]scan (?:image|photo)s?|retinal (?:photo|image)s?|"
    r"(?:left|right) retina|video of (?:his|her|their|the) (?:\w+['\u2019]s )?face)"
    r"(?: of (?:him|her|them|his|her|their|our [\w-]+ pt) [a-z]+ing(?: [\w'-]+){0,5}?"
    r"(?=[.,;:!?)]|$| to | on | in | for | and | but ))?)\b"
)
_BIO_TOKENS = frozenset(
    [
        "fingerprint",
        "fingerprints",
        "thumbprint",
        "thumbprints",
        "footprint",
        "footprints",
        "voiceprint",
        "voiceprints",
        "palmprint",
        "faceprint",
        "print",
        "prints",
        "biometric",
        "biometrics",
        "scan",
        "face",
        "faceid",
        "iris",
        "retina",
        "retinal",
        "geometry",
        "facial",
        "vein",
        "afis",
        "codis",
        "dna",
        "gait",
        "recognition",
    ]
)
# A biometric word, then in the same clause an id-shaped value: "fingerprint template
# FP#44102-L", "iris code IRC-0a4d-7713", "print hash c0ffee4417", "AFIS # 00771236-K".
_BIO_CLAUSE = re.compile(
    r"(?=[fFtTpPvViIrRhHdDaAcCbB])\b(?P<b>(?i:(?:finger|thumb|palm|voice|face|foot)[- ]?prints?|"
    r"prints?|iris|retina|retinal|hand[- ]geometry|palm[- ]vein|finger[- ]vein|DNA profile|"
    r"AFIS|CODIS|biometrics?|(?:face|facial)[- ](?:scan|template|ID|geometry|recognition))"
    r"(?![-\w])"
    r"(?:\s*(?:ID|template|#|no\.?|number|code|hash|scan)?\s*[:#]?\s*(?=[A-Za-z0-9#]))?)"
    r"(?P<gap>[^.!?\n]{0,50}?)"
    r"(?<![\w#-])(?=(?:[A-Za-z#_-]*\d){3})"  # (three digits or more)
    r"(?P<v>[A-Za-z0-9](?:[A-Za-z0-9#_]|-(?=\w)){3,30}[A-Za-z0-9])(?![\w#-]|\.\w)"
)
# three digits in a row of letters, digits and dashes: what ``_BIO_CLAUSE``'s value holds
_THREE_DIGITS_TOKEN = re.compile(r"\d(?:[A-Za-z#_-]*\d){2}")
_PHONE_TAIL = re.compile(r"\d{3}-\d{4}")
# another id's cue between the biometric word and the value: "iris scan ... inmate # 0041"
_OTHER_CUE = re.compile(
    r"#|\b(?i:inmate|mrn|acct|account|member|policy|claim|case|booking|badge|employee|phone|"
    r"fax|cell|serial|plate|license|licence|ssn|dob)\b"
)


def _bio_value(value: str) -> bool:
    """An id made up for a biometric record: 3+ digits with a letter, or 5+ digits."""
    digits = sum(ch.isdigit() for ch in value)
    if _PHONE_TAIL.fullmatch(value):
        return False  # a phone's last seven digits
    return digits >= 5 or (digits >= 3 and any(ch.isalpha() for ch in value))


# Whose trait it is: "his fingerprints", "the bank's voiceprint", "by DNA profile".
_OWNED_TRAIT = re.compile(
    r"(?:\b(?i:his|her|their|its|the|a|an|my|our|your|by|with|from|of|pt'?s|patient'?s)"
    r"|\w['\u2019]s)\s+(?:[\w-]+\s+)?$"
)
# "car (NJ X82-LMT)", "his truck, NE 44-B918": a state and a plate after a vehicle word.
_STATE_PLATE = re.compile(
    r"[A-Z][A-Z](?<![\w][A-Z]{2})(?<=AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|"
    r"MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|"
    r"WI|WY|DC)\s(?P<v>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})"
    r"(?![\w-])"
)
# the words for a vehicle (and its plates) that the plate rules look near
_VEHICLES = (
    "car", "truck", "van", "minivan", "suv", "pickup", "sedan", "vehicle", "jeep", "motorcycle",
    "camper", "rv", "semi", "coupe", "hatchback", "boat", "scooter", "motorbike", "lorry", "ute",
    "taxi", "rickshaw", "matatu", "bike", "boda", "auto", "trike", "tricycle", "jeepney",
    "bakkie", "okada", "keke", "tractor", "quad", "atv", "snowmobile", "snowmachine",
    # a vehicle told by what was done with it: "parked his ute (XQA 71B)", "got towed"
    "parked", "parks", "parking", "towed", "plane", "aircraft", "floatplane", "cessna", "cub",
    # the car in the Nordic languages and Turkish ("Bilen (ZE 48211)", "aracının plakası")
    "bil", "bilen", "bilden", "araba", "arabası", "aracı", "aracının",
)  # fmt: skip
_CAR_MODELS = (
    "Camry", "Corolla", "Civic", "Accord", "Hilux", "Prius", "Tacoma", "Tahoe", "Silverado",
    "F-150", "RAV4", "CR-V", "Altima", "Sentra", "Fortuner", "Innova", "Vios", "Patrol",
    "Prado", "Cruiser", "Pajero", "Yaris", "Elantra", "Sonata", "Passat", "Octavia",
)  # fmt: skip
_VEHICLE_WORDS = frozenset([*_VEHICLES, "plate", "plates", "tag", "tags", "wheel"])
# plates as other countries print them, after a vehicle word: India's "KA 03 MN 4471" and
# "HR26 DK 8337", Kenya's "KDA 123B", the UK's "AB12 CDE"
_WORLD_PLATE = re.compile(
    r"(?=[A-Z])(?<![\w-])(?P<v>"
    r"(?:AP|AR|AS|BR|CG|CH|DL|GA|GJ|HP|HR|JH|JK|KA|KL|LA|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|"
    r"TN|TR|TS|UK|UP|WB)[ -]?\d{1,2}[A-Z]?[ -]?[A-Z]{1,3}[ -]?\d{4}"
    r"|K[A-Z]{2,3} ?\d{3}[A-Z]"
    r"|[A-Z]{2}\d{2} ?[A-Z]{3})(?![\w-])"
)
# a British plate of today's shape (two letters, the age's two digits, a space, three
# letters: "YD68 KWP"), a plate in a story without a vehicle's word
_UK_PLATE = re.compile(r"(?=[A-Z])(?<![\w-])(?P<v>[A-Z]{2}(?:0[2-9]|[1-7]\d) [A-Z]{3})(?![\w-])")
# a plate in brackets right after a vehicle's word or model: "his car (WXY 1234)", "their
# Camry (LSD 482 XY)", "his own auto (TN 09 BK 3318)", "the bakkie (CA 417-882)"
_BRACKETED_PLATE = re.compile(
    r"\((?P<v>(?=[A-Z0-9 /-]*\d)[A-Z0-9]{1,8}(?:[ /-][A-Z0-9]{1,6}){0,3})\)"
)
_LETTER_AFTER_DIGIT = re.compile(r"\d ?[A-Z]")
_VEHICLE_BEFORE = re.compile(
    rf"\b(?i:{'|'.join([*_VEHICLES, 'tuk-tuk', *_CAR_MODELS])})(?:['\u2019]s)? ?$"
)
# an implant's lot number ("Watchman FLX, lot 0028841102"): six characters or more, and not
# a vaccine's or a drug's batch, which thousands share ("lot 4471 of the vaccine")
_LOT = re.compile(
    r"(?=[lL])\b(?i:lot)(?: (?i:no\.?|number|#))?:? ?"
    r"(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9])(?![\w-])"
)
_BATCH_WORDS = ("vaccin", "shot", "dose", "vial", "batch", "recall", "drug", "tablet", "mg")
# three letters and three or four digits right after a vehicle's word (the Philippines,
# Malaysia...): "his jeep NYT 4829" (not "in his car, SBP 180": a word must not come between)
_THREE_CAPS_DIGITS = re.compile(r"[A-Z][A-Z]{2}[ -]\d{3}")  # (that plate's start; a class first)
_PLATE_AFTER_VEHICLE = re.compile(
    rf"\b(?i:{'|'.join(_VEHICLES)})\s+(?P<v>[A-Z]{{3}}[ -]\d{{3,4}})(?![\w-])"
)
# a plate right after a car's make, model or word, in any country's shape: "Škoda WX 4521K",
# "Civic KPZ7C43", "a parcat B 77 KRT", and after Ukrainian and Russian "with the number"
# (letters and digits both, five or more of them; not a model's number: "Golf 7", "F-150")
_MAKES = (
    "Škoda", "Skoda", "Dacia", "Logan", "Lada", "Fiat", "Opel", "Astra", "Corsa", "Golf",
    "Passat", "Octavia", "Fabia", "Polo", "Clio", "Sandero", "Duster", "Focus", "Fiesta",
    "Yaris", "Jetta", "Elantra", "Tucson", "Outback", "Forester", "Toyota", "Honda", "Ford",
    "Chevy", "Nissan", "Subaru", "Mazda", "BMW", "Audi", "Mercedes", "VW", "Peugeot", "Renault",
    "Volvo", "Tesla", "Hyundai", "Kia", "Jeep", "Dodge", "GMC", "parcat", "parcată",
    "\u043d\u043e\u043c\u0435\u0440\u043e\u043c", "\u043d\u043e\u043c\u0435\u0440",
    "\u043d\u043e\u043c\u0435\u0440\u0443", "rejestracyjny", "rejestracyjnym", "SPZ",
    "reg sticker", "Reg sticker", "registration sticker",
)  # fmt: skip
# a plate's character: a digit, a Latin or a Cyrillic capital (Ukrainian YE, I, YI, G too)
_PLATE_CHAR = "[A-Z0-9\u0410-\u042f\u0404\u0406\u0407\u0490]"
_MAKE_PLATE = re.compile(
    rf"(?<![\w-])(?:{'|'.join((*_MAKES, *_CAR_MODELS))})\b,?[ \t]+"
    rf"(?P<v>{_PLATE_CHAR}{{1,4}}(?:[ -]?{_PLATE_CHAR}{{1,5}}){{0,2}})(?![\w-])"
)


# each make's gate word (a phrase's last: "sticker", not "reg") and the makes it stands for
# as written, which the text must hold ("Focus", not "focus on")
def _make_forms() -> dict[str, tuple[str, ...]]:
    forms: dict[str, tuple[str, ...]] = {}
    for make in (*_MAKES, *_CAR_MODELS):
        word = make.split()[-1].lower()
        forms[word] = (*forms.get(word, ()), make)
    return forms


_MAKE_FORMS = _make_forms()
_MAKE_WORDS = frozenset(_MAKE_FORMS)


def _plate_shaped(value: str) -> bool:
    """Letters and digits both, five or more of them (not "Golf 7" or a model's "F-150")."""
    bare = value.replace(" ", "").replace("-", "")
    return len(bare) >= 5 and any(map(str.isdigit, bare)) and any(map(str.isalpha, bare))


# Mexico's CURP, India's Aadhaar (in a post that names it) and a UPI payment address
_CURP = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d(?![\w-])")
_AADHAAR = re.compile(r"(?=\d)(?<![\w-])\d{4} \d{4} \d{4}(?![\w-])")
# a UPI address's "@" and its bank's handle (found from the "@", which the engine skips to)
_UPI_GATE = re.compile(r"@(?:ok(?:axis|icici|sbi|hdfcbank)|ybl|paytm|upi|ibl|axl|apl)(?![\w.@-])")
_UPI = re.compile(
    r"(?<![\w.@-])[\w.-]{3,}@(?:ok(?:axis|icici|sbi|hdfcbank)|ybl|paytm|upi|ibl|axl|apl)(?![\w.@-])"
)
# Malaysia's identity card number (MyKad): a birth date, a state code, four digits
_MYKAD = re.compile(r"(?=\d)(?<![\w-])\d{6}-\d{2}-\d{4}(?![\w-])")
_VEHICLE_NEAR = re.compile(rf"\b(?i:{'|'.join(_VEHICLES)}|plates?|tags?|wheel)\b[^.!?\n]{{0,40}}$")
# (a class first, the engine skips ahead in C; the look-behind after it checks what precedes)
_VIN = re.compile(
    r"(?P<v>[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-HJ-NPR-Z0-9])[A-HJ-NPR-Z0-9]{16})(?![A-Za-z0-9])"
)
_VIN_CUE = re.compile(
    r"(?=[Vv])\bVIN\b(?:\W{0,4}|\s+(?:ends? in|ending(?: in)?|last (?:4|5|6|four|five|six)"
    r"(?: digits)?(?: of)?|is|was)\W{0,3})(?P<v>[A-HJ-NPR-Z0-9]{11,17}|\d{4,8})\b",
    re.IGNORECASE,
)
_CARD = re.compile(r"(?=\d)(?<![\d./-])(?P<v>\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7})(?![\d-])")
_DIGIT8 = re.compile(r"\d\d{3}[ -]?\d{4}")  # a class first: the scan skips ahead in C
_MAC = re.compile(
    r"(?=[0-9A-Fa-f])(?<![\w:-])(?P<v>[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5})(?![\w:-])"
)
# what a MAC address shows in the shape marks: two pairs of hex digits between separators
_MAC_MARKS = re.compile(rb"[-:][A9a]{2}[-:][A9a]{2}[-:]")
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


# Spaced id values: "Plan ID W2093 31847", "SN 3MH 04419 2KT": the groups after the first.
_SPACED_CATEGORIES = frozenset([Category.DEVICE, Category.HEALTH_PLAN, Category.LICENSE])
_MORE_GROUPS = re.compile(
    r"(?: (?=[A-Z]*\d)(?:[A-Z0-9]*[A-Z][A-Z0-9]*|\d{4,8})(?![\w/-]|\.\d)"
    r"(?!\s*(?:mg|mcg|units?|ml|mL|%|days?|hours?|weeks?)\b))+"
)
_SERIAL_WORDS = frozenset(
    ["serial", "sn", "pacemaker", "pump", "icd", "implant", "device", "generator", "controller"]
)
_SPACED_SERIAL = re.compile(
    r"(?=[SsPpIiDdGgCc])\b(?i:serial(?: number| no\.?| #)?|S/?N|pacemaker|pump|ICD|implant|"
    r"device|generator|controller)(?![A-Za-z0-9])(?:\s*(?:[:#]|(?i:is|was|reads|ID)\b))*\s*"
    r"(?P<v>[A-Z]{2,5}(?: \d{4,10})(?: [A-Z0-9]{1,8})?)(?![\w/-])"  # "PJN 611853 H"
)
_DEA = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z]{2}\d{7}(?![\w-])")
# two to four capitals, then two to four groups of digits (nine or more digits in all)
_LETTERS_THEN_GROUPS = re.compile(
    r"(?=[A-Z])(?<![\w/.-])(?P<p>[A-Z]{2,4})(?: \d{2,5}){1,3} \d{1,5}(?![\w/-]|[.,:]\d| ?%)"
)
# what such a value shows in the shape marks: a capital, a blank, two digits or more, a blank,
# two digits ("AB 1234 56")
_LETTERS_THEN_GROUPS_GATE = re.compile(rb"A 99+ 99")
# capitals that open lists of values, not ids ("BP 120 80", "HR 88 92 110"), and cue words
_NOT_ID_PREFIXES = frozenset(
    ["BP", "HR", "RR", "SBP", "DBP", "MAP", "GCS", "EF", "QTC", "QT", "PR", "QRS", "CO", "PEEP",
     "TV", "FIO", "ETT", "ABG", "VBG", "BMP", "CBC", "LFT", "LFTS", "INR", "PTT", "WBC", "HB",
     "HGB", "PLT", "NA", "K", "CR", "BUN", "AST", "ALT", "TSH", "PSA", "CD", "IV", "PO", "SQ",
     "AM", "PM", "US", "ICD", "CPT", "NIHSS", "APGAR", "RBC", "MCV", "LDL", "HDL", "TG", "BNP",
     "NT", "CK", "LDH", "CRP", "ESR", "PCT", "SPO", "SAT", "SATS", "VS", "FHR", "EBL", "UOP",
     # the cue words of other rules, which find the value without them
     "SSN", "SIN", "DL", "MRN", "MR", "ID", "NHS", "NI", "DOB", "PIN", "TIN", "EIN", "NPI", "DEA",
     "VIN", "SN", "IMEI", "ACCT", "ACC", "TEL", "PH", "FAX", "MOB", "CELL", "PPSN", "NINO",
     "OHIP", "MBI", "CHI", "IHI", "NHI", "PPS", "BSN", "NIN", "NSS", "TFN", "CEL"]
)  # fmt: skip
_PLAN_WORDS = ("insur", "member", "ins:", "ins ", "plan", "policy", "subscriber", "medicaid",
               "medicare", "card", "coverage", "payer", "group")  # fmt: skip
# a post that speaks of a health plan, by its words or a payer's name (whole words; the
# first word of one must be among the text's words before the search)
_PLAN_TALK_PHRASES = (
    "insurance", "insurer", "member", "plan", "policy", "subscriber", "medicaid", "medicare",
    "coverage", "payer", "blue cross", "bcbs", "aetna", "cigna", "humana", "uhc",
    "united health", "united healthcare", "unitedhealth", "unitedhealthcare", "tricare",
    "kaiser", "anthem", "molina", "medi-cal",
)  # fmt: skip
_PLAN_TALK_WORDS = frozenset(re.split(r"\W", phrase)[0] for phrase in _PLAN_TALK_PHRASES)
_PLAN_TALK = re.compile(rf"\b(?:{'|'.join(map(re.escape, _PLAN_TALK_PHRASES))})\b")
# an id-shaped token in a story that speaks of a plan: capitals, digits and dashes, 9-20 long
_PLAN_ID = re.compile(
    r"(?=[A-Z0-9])(?<![\w/.:$#+-])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{7,18}[A-Z0-9](?![\w/-]|[.,]\d)"
)
# Medicare's beneficiary identifier: "1EG4-TE5-MK73"
_MBI = re.compile(r"[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}")
# phones, SSNs, dates, times and plain numbers are found (or passed) by their own rules
_NOT_PLAN_ID = re.compile(
    r"\d{3}-\d{3}-\d{4}|\d{3}-\d{2}-\d{4}|\d{1,4}-\d{1,2}-\d{1,4}|\d+|1-8\d\d-[A-Z0-9-]+"
)
# "the plate on his truck: 8KLM442", "plates were ... — 4ABC123", "plate on the pickup 7KQM204"
_FAR_PLATE = re.compile(
    r"(?=[Pp])\b[Pp]lates?\b[^.!?\n\d]{0,80}?"
    r"(?:[:\u2014-]\s*|\s\(?(?=[A-Z -]*\d)(?=[\d -]*[A-Z]))"
    r"(?P<v>[A-Z0-9]{5,8}|[A-Z0-9]{2,4}[- ][A-Z0-9]{2,5})(?![\w-])"
)


# An id value a few words after its cue ("driver's license came in, D412-7780-3319",
# "member ID was typed XHW884102937", "read it out as VP-992-10-4471"): the nearest cue
# before a strong id shape names its category.
_FAR_ID_CUES: dict[str, Category] = {
    **dict.fromkeys(
        ["license", "licence", "licenses", "licences", "dl", "dls", "cdl", "certificate",
         "permit"],
        Category.LICENSE,
    ),
    **dict.fromkeys(
        ["member", "subscriber", "policy", "insurance", "insurer", "medicaid", "medicare",
         "tricare", "plan", "group", "mbi"],
        Category.HEALTH_PLAN,
    ),
    **dict.fromkeys(["mrn", "mrns", "records", "record", "rec", "chart"], Category.MRN),
    **dict.fromkeys(
        ["serial", "s/n", "stimulator", "neurostimulator", "pacemaker", "defibrillator", "icd",
         "lvad", "pump", "implant", "transmitter", "generator", "hearing", "port"],
        Category.DEVICE,
    ),
    **dict.fromkeys(
        ["voiceprint", "voiceprints", "voice", "fingerprint", "fingerprints", "finger",
         "thumbprint", "thumbprints", "thumb", "palmprint", "palm", "retina", "retinal", "iris",
         "biometric", "biometrics", "facial", "face", "codis", "afis", "template",
         "templates", "enrollment", "enrolment", "enrollments", "enrolments"],
        Category.BIOMETRIC,
    ),
    **dict.fromkeys(["account", "acct", "accounts", "accts"], Category.ACCOUNT),
    **dict.fromkeys(
        ["inmate", "booking", "claim", "case", "wristband", "armband", "badge", "donor", "employee",
         "docket", "subject", "participant", "study", "passport", "visa", "unos"],
        Category.OTHER_ID,
    ),
}  # fmt: skip
_FAR_ID_KEYS = frozenset(key for key in _FAR_ID_CUES if "/" not in key) | {"n"}
# (a letter first, which the engine skips to in C; then that no letter comes before it)
_CUE_TOKEN = re.compile(r"[A-Za-z](?<![A-Za-z][A-Za-z])[A-Za-z]*(?:/[A-Za-z])?")
_ABBREVIATION = re.compile(r"\b(?:[Nn]os?|NO|[Dd]r|[Ss]t|Mrs?|Ms|[Nn]um|[Rr]ef)\.")
_SENTENCE_END = re.compile(r"[.!;\n](?:\s|$)")
_IN_DOI = re.compile(r"1(?<![\w.]1)0\.\d{4,9}/\S*$")  # ("1" first: a literal to skip to)
_SPECIFIC_FAR_CUES = frozenset(
    ["inmate", "booking", "wristband", "armband", "badge", "docket", "donor", "passport", "visa",
     "unos"]
)  # fmt: skip
# (it starts with a character class, so the engine skips ahead in C; the look-behind after
# the first character checks what comes before it). Only values of five characters or more
# are strong, and the look-ahead passes over the shorter (as nothing found within a shorter
# value can be longer, the longer are found as they were without it).
_STRONG_ID = re.compile(
    r"(?P<v>[A-Z0-9](?<![\w/.:@-][A-Z0-9])(?=[A-Z0-9 -]{4})(?:(?<=[A-Z])[A-Z]{1,5} (?=[A-Z0-9]))?"
    r"[A-Z0-9]*(?:-[A-Z0-9]+)*)(?![\w/@-]|\.\d)"
)
_NOT_STRONG = re.compile(
    r"\d{3}-\d{3,4}(?:-\d{4})?|(?:19|20)\d\d-(?:19|20)?\d\d(?:-\d\d)?|NCT\d{8}|\d+[A-Z]{1,3}"
    r"|[A-Z]+\d?-\d{1,2}|COVID-\d+"
)


def _strong(value: str) -> bool:
    """An id shape that is hard to mistake (5+ digits with letters or dashes, or 7+ digits).

    Four digits do with two letters and a dash ("IRX-2201-A"), unless they are a year.
    """
    digits = sum(map(str.isdigit, value))
    if digits == 3 and len(value) >= 10 and sum(map(str.isalpha, value)) >= 6:
        return True  # a licence of letters and three digits: "SMITHJA123MM"
    if digits < 4 or _NOT_STRONG.fullmatch(value):
        return False
    if digits == 4 and "-" in value and sum(map(str.isalpha, value)) >= 2:
        return re.search(r"(?:19|20)\d\d", value) is None  # "IRX-2201-A", not "ESC-2024"
    if digits < 5:
        return False
    shaped = "-" in value or any(ch.isalpha() for ch in value)
    return shaped or digits >= 7


def _far_ids(text: str, scan: Scan) -> Iterator[Hit]:
    """Strong id values up to ~90 characters after an id cue, in the same sentence."""
    if not scan.gates & _FAR_ID_KEYS_BIT:
        return
    digits = 4 if scan.numbers is None else sum(map(len, scan.numbers))
    if digits < 3:  # "QRT7H2MP991X": runs of 1-3 count; "SMITHJA123MM" has three
        return
    values = [
        m for m in _STRONG_ID.finditer(text) if len(m["v"]) >= 5 and _strong(m["v"].split(" ")[-1])
    ]
    if not values:
        return
    for match in values:
        start = match.start("v")
        window = max(0, start - 110)
        cues = [
            (m.end(), category)
            for m in _CUE_TOKEN.finditer(text, window, start)
            if (category := _FAR_ID_CUES.get(m.group().lower())) is not None
        ]
        if not cues:
            continue
        cue_end, category = cues[-1]
        between = _ABBREVIATION.sub("", text[cue_end:start])
        if _SENTENCE_END.search(between) or _MEETING.search(text, max(0, start - 120), start):
            continue
        if _IN_DOI.search(text, max(0, start - 60), start):
            continue  # "(doi:10.1016/S0140-6736(26)01234-5)": a paper's, after "study"
        if category is Category.OTHER_ID and not scan.patient:
            cue = text[:cue_end].rsplit(None, 1)[-1].lower()
            if cue not in _SPECIFIC_FAR_CUES:
                continue  # "case", "study" ids count outside a patient story only when specific
        yield Hit(start, match.end("v"), category, f"{category.value}.cue")


def _media_possible(low: str) -> bool:
    """Whether ``_BIOMETRIC_MEDIA`` can match the lower-cased text ``low``."""
    # (substring tests: about twice as fast as one search for the alternation)
    return (
        "face" in low
        or "gait" in low
        or "voice" in low
        or "fundus" in low
        or "print" in low
        or "retina" in low
        or "iris" in low
    )


def vin_ok(vin: str) -> bool:
    """Whether a 17-character VIN carries a valid check digit (position 9, ISO 3779/NHTSA)."""
    if len(vin) != 17 or any(ch not in _VIN_VALUES for ch in vin):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


# a card told as one: "her whole credit card number, 4471 0098 ..." (checksum or not)
_CARD_CUE = re.compile(r"\b(?i:card|visa|mastercard|amex|discover|debit|credit)\b[^.!?\n]{0,25}$")


def luhn_ok(number: str) -> bool:
    """Whether a digit string passes the Luhn checksum (payment cards)."""
    digits = [int(ch) for ch in number if ch.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return total % 10 == 0


# A soldier's service number, the cue a few words before it: "recited his service number
# before his name: RA 18 442 917", "his service number, 16 088 452,", "dog tags, serial RA
# 18 449 732", "his Navy service number from 1951: 1098271"
_SERVICE_NUMBER = re.compile(
    r"(?i:service (?:number|no\.?|num|#)|dog tags?)[^.\n]{0,40}?[:,#]?\s"
    r"(?P<v>(?!(?:19|20)\d\d\b)(?:(?-i:RA|US|ER|NG|AF|O)[ -]?)?\d{1,3}(?: ?\d{3}){1,2}"
    r"(?: ?\d{1,3})?)(?![\d/.:-]\d)"
)


_SERVICE_WORDS = frozenset(["service", "tag", "tags"])


def find_ids(text: str, scan: Scan) -> Iterator[Hit]:
    """Identifying numbers, in any post: by shape (SSN, VIN, card) or by their cue word.

    A biometric word alone ("his fingerprints") counts only when no biometric id is found:
    where one is, the id is what identifies.
    """
    post = _Post(_shape_marks(text), _run_lengths(scan))
    traits: list[Hit] = []
    found: list[Hit] = []
    for hit in _find_ids(text, scan, post, traits):
        if hit.rule == "biometric.cue":
            hit = _with_bio_label(text, hit)
        elif hit.category is Category.OTHER_ID and _PUBLIC_DOCKET.match(text, hit.start):
            continue  # "Docket FDA-2026-D-1234": an agency's public docket, no one's
        found.append(hit)
        yield hit
        if _LIST_MARK.match(text, hit.end):
            yield from _listed(text, hit)
    for match in (
        _SERVICE_NUMBER.finditer(text) if not scan.words.isdisjoint(_SERVICE_WORDS) else ()
    ):
        yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.cue")
    for hit in _national_ids(text, scan, post):
        # a number found by its cue as another family's keeps that family's name
        # (a value read by its shape alone gives way: "NL91 ABNA 0417 ...", "CPR 8803...")
        if not any(
            h.start < hit.end
            and hit.start < h.end
            and h.category != hit.category
            and h.rule not in _SHAPE_RULES
            for h in found
        ):
            found.append(hit)
            yield hit
    if not found:
        yield from traits


# the label a biometric id is written after: "AFIS # ", "VP#", "retinal ID ", "TX-AFIS ",
# "FP-template ", "voice ID ", "LI-FP "
_BIO_LABEL = re.compile(
    # (not another id's cue: "SSN", "MR#")
    r"(?<![\w-])(?:[A-Z]{2,5}-)?(?:(?!(?:SSN|MRN|MR|DOB|ACCT|INS|NPI|DEA|VIN|FAX|TEL|ID)\b)"
    r"[A-Z]{2,5}|(?i:voice|retinal?|iris|finger|thumb|palm|face|"
    r"facial|gait|vein|AFIS))(?:[- ](?i:ID|template|print|scan|code|hash|no\.?))?[ \t]*[#:]?[ \t]*$"
)


def _with_bio_label(text: str, hit: Hit) -> Hit:
    """A biometric id with the label right before it ("AFIS # 00448817-X"), when it has one."""
    label = _BIO_LABEL.search(text, max(0, hit.start - 24), hit.start)
    if label is None or label.start() == hit.start:
        return hit
    return Hit(label.start(), hit.end, hit.category, hit.rule, hit.blocking)


class _Post(NamedTuple):
    """What several rules test of one post, found once per :func:`find_ids` call."""

    marks: bytes | None  # its shape (``_shape_marks``): ``None`` past ASCII
    runs: frozenset[int]  # the lengths of its runs of digits (``_run_lengths``)


def _shows(post: _Post, shape: bytes) -> bool:
    """Whether the post's marks hold ``shape`` as written (always, when it has none)."""
    return post.marks is None or post.marks.find(shape) >= 0


# rules that read a value by its shape alone, which a national number's check outranks
_SHAPE_RULES = frozenset(["other_id.grouped", "other_id.coded", "account.coded"])


# More values of the same shape after one cue: "iris IDs (IRX-2201-A / IRX-2201-B)".
_LISTED = re.compile(
    r"\s*(?:/|,|&|\+|and|or)\s*(?P<v>[A-Z0-9][A-Z0-9-]{2,24}[A-Z0-9])(?![\w/-]|\.\d)"
)


_LIST_MARK = re.compile(r"\s*(?:[/,&+]|and |or )")


def _listed(text: str, hit: Hit) -> Iterator[Hit]:
    """Values listed right after ``hit`` that share its first three characters and length."""
    value = re.split(r"[\s(\[#:]", text[hit.start : hit.end])[-1]
    end = hit.end
    while (match := _LISTED.match(text, end)) is not None:
        other = match["v"]
        if other[:3] != value[:3] or abs(len(other) - len(value)) > 2:
            return
        yield Hit(match.start("v"), match.end("v"), hit.category, hit.rule)
        end = match.end("v")


def _ssn_runs(text: str, numbers: tuple[str, ...] | None) -> bool:
    """Whether ``_SSN_SHAPE`` can match: runs of three, two and four digits joined by dashes."""
    if numbers is None:
        return True
    # one scan in C, linear in the text (a search per run of digits would not be)
    return _SSN_DASHED.search(text) is not None


# found from its first dash (the scan skips ahead to it in C); a yes/no test, the same as
# "\d{3}-\d{2}-\d{4}"
_SSN_DASHED = re.compile(r"-(?<=\d\d\d-)\d\d-\d{4}")


# each byte a VIN is made of (a capital but I, O and Q, or a digit) as "v", every other as " "
_VIN_MARKS = bytes(
    ord("v") if (48 <= i <= 57 or 65 <= i <= 90) and chr(i) not in "IOQ" else 32 for i in range(256)
)


def _vin_possible(text: str, words: frozenset[str]) -> bool:
    """Whether ``_VIN`` can match: 17 capitals and digits of a VIN in a row."""
    del words  # (one scan in C is faster than the longest of the words)
    if text.isascii():  # marked by a bytes translation, then found as a bytes substring
        # (``find``, not ``in``: ``bytes in bytes`` first reads its operand as an integer,
        # and the error that raises and clears costs about as much as the search)
        return text.encode().translate(_VIN_MARKS).find(_VIN_MARKED) >= 0
    return _VIN_RUN.search(text) is not None


_VIN_RUN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_MARKED = b"v" * 17  # a VIN's 17 characters, as ``_VIN_MARKS`` marks them


def _two_fours(numbers: tuple[str, ...]) -> bool:
    """Whether two runs of four digits or more come in a row (``_DIGIT8`` with a blank)."""
    # (a plain loop: a generator over the pairs costs more than the few tests it makes)
    long = False  # the run before was of four digits or more
    for number in numbers:
        if len(number) < 4:
            long = False
        elif long:
            return True
        else:
            long = True
    return False


# A DNA (STR) profile: two loci or more, each with its alleles ("D8S1179 13,14; D21S11
# 29,30.2", "DYS393=13 DYS390=24", "vWA 16,18 / FGA 22,24"): one person's, in any post.
_LOCUS = (
    r"(?:D\d{1,2}S\d{2,4}|DYS\d{2,3}(?:[a-z]|I{1,2})?|vWA|VWA|FGA|TH01|TPOX|CSF1PO|"
    r"Penta ?[DE]|SE33)"
)
_ALLELES = r"\s?[=:]?\s?\d{1,2}(?:\.\d)?(?:\s?[,/]\s?\d{1,2}(?:\.\d)?)?(?!\d|\.\d)"
_STR_PROFILE = re.compile(rf"(?<![\w-]){_LOCUS}{_ALLELES}(?:\s?[;,/|]?\s?{_LOCUS}{_ALLELES})+")
_STR_GATE = re.compile(r"D(?:YS)?\d{1,3}S?\d")


# a federal agency's public docket: "FDA-2026-D-1234", "CMS-2025-0123"
_PUBLIC_DOCKET = re.compile(r"(?:FDA|CMS|HHS|EPA|CDC|NIH|DEA|FTC|OSHA|HRSA|SAMHSA)-(?:19|20)\d\d-")
# a record's number as a field of a label or a wristband written with slashes, between
# others ('"Yusuf Demir / M0083321 / DOB 9-30-1951"', "SANTOS, A / 5-Jan-1957 / H00982114")
_LABEL_FIELD = re.compile(
    r"(?<= / )(?P<v>[A-Z]{0,3}\d{6,10})(?= / |[\"\u201d')]|[ \t]*(?:\n|$))"
    r"|(?<![^\n\"\u201c(])(?P<w>[A-Z]{0,3}\d{6,10})(?= / )"
)


# a device's serial in brackets right after it: "his HeartMate 3 (HM3-1193076)", "the pump
# (NG4471029H)" (six digits at least: not a model, "Medtronic lead (5076)")
_BRACKETED_SERIAL = re.compile(
    r"\b(?i:pacemaker|PPM|ICD|CRT-?[DP]|LVAD|HeartMate(?: ?(?:II|3))?|HVAD|pump|CGM|sensor|"
    r"implant|stimulator|neurostimulator|loop recorder|ILR|Micra|Watchman|ventilator|vent|"
    r"defibrillator|Impella|shunt|VNS|DBS|generator|processor|hearing aid|wheelchair)"
    r"\s*\((?P<v>(?=(?:[A-Z0-9-]*\d){6})[A-Z0-9][A-Z0-9-]{5,20})\)"
)
# the first word of each of those devices, as a text's words hold it (one is among them
# wherever the pattern matches an ASCII text)
_BRACKETED_DEVICE_WORDS = frozenset(
    ["pacemaker", "ppm", "icd", "crt", "crtd", "crtp", "lvad", "heartmate", "heartmate3",
     "heartmateii", "hvad", "pump", "cgm", "sensor", "implant", "stimulator", "neurostimulator",
     "loop", "ilr", "micra", "watchman", "ventilator", "vent", "defibrillator", "impella",
     "shunt", "vns", "dbs", "generator", "processor", "hearing", "wheelchair"]
)  # fmt: skip


def _find_ids(text: str, scan: Scan, post: _Post, traits: list[Hit]) -> Iterator[Hit]:
    """The ids of :func:`find_ids`; bare biometric words go to ``traits`` instead."""
    bracketed = (
        scan.patient
        and scan.longest_number >= 3
        # (past ASCII, case folding may match a word the text's words do not hold)
        and (scan.gates & _BRACKETED_DEVICE_WORDS_BIT or not text.isascii())
        and " (" in text
    )
    for match in _BRACKETED_SERIAL.finditer(text) if bracketed else ():
        yield Hit(match.start("v"), match.end("v"), Category.DEVICE, "device.cue")
    labelled = scan.patient and scan.longest_number >= 6 and text.count(" / ") >= 2
    for match in _LABEL_FIELD.finditer(text) if labelled else ():
        group = "v" if match["v"] is not None else "w"
        yield Hit(match.start(group), match.end(group), Category.MRN, "mrn.label")
    profiled = scan.longest_number >= 2 and (
        "vWA" in text or "TH01" in text or "FGA" in text or _STR_GATE.search(text) is not None
    )
    for match in _STR_PROFILE.finditer(text) if profiled else ():
        yield Hit(match.start(), match.end(), Category.BIOMETRIC, "biometric.str_profile")
    shaped = "-" in text and scan.longest_number >= 4 and _ssn_runs(text, scan.numbers)
    for match in _SSN_SHAPE.finditer(text) if shaped else ():
        yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.number")
    low = scan.low
    if scan.gates & _SSN_WORDS_BIT or "ss#" in low:
        ascii_text = text.isascii()
        for match in _SSN_LOW.finditer(text.lower()) if ascii_text else _SSN.finditer(text):
            group = match.lastgroup or "s"
            rule = "ssn.last4" if group in ("l", "l2") else "ssn.number"
            yield Hit(match.start(group), match.end(group), Category.SSN, rule)
        # in a post that speaks of an SSN, the spaced shape anywhere: 'allergies: "472 81 3390"'
        for match in _SSN_SPACED.finditer(text) if scan.longest_number >= 4 else ():
            yield Hit(match.start(), match.end(), Category.SSN, "ssn.number")
    masked = scan.longest_number >= 4 and ("xxx" in low or "***" in text or "###" in text)
    for match in _MASKED_SSN.finditer(text) if masked else ():
        yield Hit(match.start(), match.end("v"), Category.SSN, "ssn.last4")
    four = scan.longest_number >= 4 and scan.gates & _SSN_WORDS_BIT
    if four and ("last" in low or "ending" in low):
        for match in _LAST_FOUR.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.last4")
        for match in _LAST_FOUR_OF.finditer(text) if "last" in low else ():
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.last4")
        for match in _FOUR_THEN_LAST.finditer(text) if "(last" in low or ", last" in low else ():
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.last4")
    if scan.patient and scan.longest_number >= 4 and ("last 4" in low or "last four" in low):
        for match in _LAST_FOUR_SAID.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.last4")
    if scan.longest_number >= 4 and {3, 4} <= post.runs and _marked(post.marks, _HEALTH_CARD_GATE):
        for match in _ONTARIO_CARD.finditer(text):
            yield Hit(match.start(), match.end(), Category.HEALTH_PLAN, "health_plan.number")
    crypto = scan.longest_number and ("bc1" in low or "tb1" in low or "0x" in low)
    for match in _CRYPTO.finditer(text) if crypto else ():
        yield Hit(match.start(), match.end(), Category.ACCOUNT, "account.crypto")
    if "sign" in low and ("callsign" in scan.words or "call sign" in low):
        for match in _CALLSIGN.finditer(text):  # an amateur radio licence
            yield Hit(match.start(), match.end(), Category.LICENSE, "license.callsign")
    for match in _TAIL_NUMBER.finditer(text) if "tail" in scan.words else ():
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.tail_number")
    paid = ("@" in text or "$" in text) and (
        "venmo" in low or "app" in low or "pal" in low or "zelle" in low
    )
    for match in _PAY_HANDLE.finditer(text) if paid else ():
        yield Hit(match.start("v"), match.end("v"), Category.ACCOUNT, "account.handle")
    if ("mrn" in low or "mr#" in low) and scan.longest_number >= 4:
        for match in _MRN_GLUED.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.MRN, "mrn.cue")
    for match in _HN_GLUED.finditer(text) if scan.longest_number >= 6 and "HN" in text else ():
        yield Hit(match.start("v"), match.end("v"), Category.MRN, "mrn.cue")
    opened = _opened_rules(scan)
    # (the cues' stems: a scan of bytes in C, faster than the rules' case-blind regexes)
    marks = (b" " + text.encode()).translate(_CUE_MARKS) if opened and text.isascii() else None
    for i in opened:
        regex, category, rule = _RULES[i]
        for match in _cue_matches(regex, _RULE_STARTS[i], text, marks):
            before = text[max(0, match.start() - 40) : match.start()]
            if _MEETING.search(before):
                continue  # a meeting or webinar id is not a patient's
            generic = category is Category.OTHER_ID and not _SPECIFIC_ID.match(match.group())
            if generic and not scan.patient and not _PATIENT_NEAR.search(before):
                continue  # a bare "ID 123" counts outside patient stories only with a cue
            if _AGE_SEX_VALUE.fullmatch(match["v"]) or _a_measure(match["v"]):
                continue  # "Subject: 35M", "ID 500mg": an age and sex or a dose, not an id
            start = match.start("v")
            while start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
                start -= 2  # "ID-8812345": the prefix glued to the value is part of it
                while start > 0 and text[start - 1].isalnum():
                    start -= 1
            end = match.end("v")
            if category in _SPACED_CATEGORIES:
                more = _MORE_GROUPS.match(text, end)
                end = more.end() if more else end
            if category is Category.DEVICE and sum(map(str.isdigit, text[start:end])) < 2:
                continue  # "HM3 controller": a model name, not a serial
            yield Hit(start, end, category, rule)
    plates = (
        "plate" in low
        or "tag" in low
        or "placa" in low
        or "matr" in low
        or "rego" in scan.words
        or "reg" in scan.words
    )
    for match in _PLATE.finditer(text) if plates else ():
        group = "v" if match["v"] is not None else "w"
        value = match[group]
        if match.group().lower().startswith("reg") and not (
            any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)
        ):
            continue  # "reg 40 units": only a plate's letters and digits after "reg"
        if _AGE_SEX_VALUE.fullmatch(value):
            continue  # "Neurosurg reg: 57F": a registrar's patient's age and sex
        if value.isdigit() and len(value) <= 2:
            continue  # "Tag 10" (German "day 10"): no plate is two digits
        if any(ch.isdigit() for ch in value) or (value.isupper() and len(value) >= 3):
            yield Hit(match.start(group), match.end(group), Category.VEHICLE, "vehicle.plate")
    for match in _PLATE_BEFORE.finditer(text) if plates else ():
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    for match in _PLATE_LATER.finditer(text) if plates and scan.patient else ():
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    plate_cued = scan.longest_number >= 1 and scan.gates & _LOCAL_PLATE_WORDS_BIT
    for match in _LOCAL_PLATE.finditer(text) if plate_cued else ():
        value = match["v"]
        if any(map(str.isdigit, value)) and any(map(str.isalpha, value)):
            yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    plated = scan.longest_number >= 1 and scan.gates & _VEHICLE_WORDS_BIT
    for regex in (_STATE_PLATE, _WORLD_PLATE) if plated else ():
        for match in regex.finditer(text):
            if _VEHICLE_NEAR.search(text, max(0, match.start() - 50), match.start()):
                yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    uk_plate = scan.patient and scan.longest_number >= 2 and _shows(post, b"AA99 AAA")
    for match in _UK_PLATE.finditer(text) if uk_plate else ():
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    for match in _BRACKETED_PLATE.finditer(text) if "(" in text else ():
        start = match.start()
        if len(match["v"]) >= 4 and (
            _VEHICLE_BEFORE.search(text, max(0, start - 16), start)
            # further on in the clause, only a plate's mix of letters after digits ("parked his
            # ute in the bay (XQA 71B)"), not a score's "(ISS 25)"
            or (
                plated
                and _LETTER_AFTER_DIGIT.search(match["v"])
                and _VEHICLE_NEAR.search(text, max(0, start - 50), start)
            )
        ):
            yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    for match in _LOT.finditer(text) if "lot" in scan.words else ():
        sentence = text[max(0, match.start() - 60) : match.end() + 40].lower()
        if not any(word in sentence for word in _BATCH_WORDS):
            yield Hit(match.start("v"), match.end("v"), Category.DEVICE, "device.serial")
    after = plated and scan.longest_number >= 3 and _THREE_CAPS_DIGITS.search(text) is not None
    for match in _PLATE_AFTER_VEHICLE.finditer(text) if after else ():
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    made = (
        scan.longest_number >= 1
        and scan.gates & _MAKE_WORDS_BIT
        and any(form in text for word in scan.cues & _MAKE_WORDS for form in _MAKE_FORMS[word])
    )
    for match in _MAKE_PLATE.finditer(text) if made else ():
        if _plate_shaped(match["v"]):
            yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")
    curp = scan.longest_number >= 6 and 6 in post.runs and _shows(post, b"AAAA999999")
    for match in _CURP.finditer(text) if curp else ():
        yield Hit(match.start(), match.end(), Category.SSN, "ssn.national")
    for match in _AADHAAR.finditer(text) if "aadhaar" in scan.low else ():
        yield Hit(match.start(), match.end(), Category.OTHER_ID, "other_id.cue")
    for match in _UPI.finditer(text) if "@" in text and _UPI_GATE.search(text) else ():
        yield Hit(match.start(), match.end(), Category.ACCOUNT, "account.handle")
    mykad = scan.longest_number >= 6 and "-" in text and _shows(post, b"999999-99-9999")
    for match in _MYKAD.finditer(text) if mykad else ():
        yield Hit(match.start(), match.end(), Category.SSN, "ssn.national")
    for match in _UDI.finditer(text) if "(01)" in text else ():
        yield Hit(match.start(), match.end(), Category.DEVICE, "device.udi")
    travel = scan.patient and scan.gates & _TRAVEL_WORDS_BIT
    for match in _TRAVEL.finditer(text) if travel else ():
        group = match.lastgroup or "f"
        yield Hit(match.start(group), match.end(group), Category.OTHER_ID, "other_id.travel")
    dna = ("/" in text or "*" in text or " rs" in low) and (
        _DNA_GATE.search(text) is not None or _SNP_GATE.search(text) is not None
    )
    for match in _DNA_PROFILE.finditer(text) if dna else ():
        yield Hit(match.start(), match.end(), Category.BIOMETRIC, "biometric.dna")
    bio = _BIOMETRIC.finditer(text) if scan.gates & _BIO_TOKENS_BIT else ()
    for match in bio:
        if match["v"] is not None:
            yield Hit(match.start("b"), match.end("v"), Category.BIOMETRIC, "biometric.cue")
        elif scan.patient and _OWNED_TRAIT.search(text, max(0, match.start() - 30), match.start()):
            traits.append(
                Hit(match.start("b"), match.end("b"), Category.BIOMETRIC, "biometric.trait")
            )
    accession = (  # (3 digits or more)
        scan.patient and scan.longest_number >= 3 and _ACCESSION_GATE.search(text) is not None
    )
    for match in _ACCESSION.finditer(text) if accession else ():
        yield Hit(match.start(), match.end(), Category.OTHER_ID, "other_id.accession")
    media = scan.patient and _media_possible(scan.low)
    for match in _BIOMETRIC_MEDIA.finditer(text) if media else ():  # (as a bare trait word is)
        traits.append(Hit(match.start(), match.end(), Category.BIOMETRIC, "biometric.media"))
    clause = scan.gates & _BIO_TOKENS_BIT and _THREE_DIGITS_TOKEN.search(text) is not None
    for match in _BIO_CLAUSE.finditer(text) if clause else ():
        if _bio_value(match["v"]) and not _OTHER_CUE.search(match["gap"]):
            yield Hit(match.start("v"), match.end("v"), Category.BIOMETRIC, "biometric.cue")
    vins = _VIN.finditer(text) if _vin_possible(text, scan.words) else ()
    for match in vins:
        value = match["v"]
        if vin_ok(value) and not value.isdigit():
            yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.vin")
    for match in _VIN_CUE.finditer(text) if "vin" in low else ():
        yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.vin")
    eight = (
        scan.longest_number >= 4
        and (scan.numbers is None or scan.longest_number >= 8 or _two_fours(scan.numbers))
        and _DIGIT8.search(text) is not None
    )
    for match in _CARD.finditer(text) if eight else ():
        if luhn_ok(match["v"]) or _CARD_CUE.search(text, max(0, match.start() - 40), match.start()):
            yield Hit(match.start("v"), match.end("v"), Category.ACCOUNT, "account.card")
    yield from _more_ids(text, scan, post)
    yield from _worn_and_filed_ids(text, scan)
    if scan.longest_number >= 4:  # (each of those numbers has a run of four digits or more)
        yield from _case_and_record_numbers(text, scan)
    yield from _far_ids(text, scan)
    yield from _spaced_ids(text, scan, post)
    mac = (text.count(":") >= 5 or text.count("-") >= 5) and _marked(post.marks, _MAC_MARKS)
    macs = _MAC.finditer(text) if mac else ()
    for match in macs:
        yield Hit(match.start("v"), match.end("v"), Category.DEVICE, "device.mac")


ID_CATEGORIES = frozenset(
    [
        Category.SSN, Category.MRN, Category.HEALTH_PLAN, Category.ACCOUNT, Category.LICENSE,
        Category.VEHICLE, Category.DEVICE, Category.OTHER_ID,
    ]
)  # fmt: skip
"""Categories whose values are numbers that may recur without their cue."""


def _id_like(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    if _AGE_SEX.fullmatch(value) or _a_measure(value):
        return False
    return (digits >= 5 and letters == 0) or (letters > 0 and digits >= 3 and len(value) >= 5)


def _names_in(words: str) -> bool:
    """Whether a word of ``words`` is a first name, in any case ('"MAMA LUPE"')."""
    names = lexicon("first_names")
    return any(word.title() in names for word in re.findall(r"[^\W\d_]{2,}", words))


# In a patient story, a code that files one person: capitals, then groups of digits or
# capitals joined by dashes or slashes ("PSO-3021-0441", "EBV-BNI-0417", "IPD/2024/118374").
# Five digits, or four in two groups, or zero-padded ("FAM-0392"); a year alone ("FIGO-2018")
# and a drug maker's compound code ("AZD-1222", "PF-06651600") are no one's.
# (written to start with a capital's class, which the engine skips to in C)
_CODED = re.compile(
    r"(?P<p>[A-Z](?<![\w/.-][A-Z])[A-Z]{1,9})(?P<g>(?:[-/][A-Z0-9]{2,8}){1,4})(?![\w/-]|[.,]\d)"
)
# what every code shows in the shape marks: two capitals, a dash or slash, two capitals or
# digits
_CODED_GATE = re.compile(rb"AA[-/][A9]{2}")
_YEAR_GROUP = re.compile(r"[-/](?:19|20)\d\d")
_COMPOUND_PREFIXES = frozenset(
    ["MK", "LY", "AZD", "BMS", "JNJ", "PF", "GSK", "ABT", "ARRY", "CC", "ACP", "BNT", "MEDI",
     "RO", "SAR", "BAY", "TAK", "ABBV", "AMG", "BI", "DS", "GS", "INCB", "REGN", "XL", "ONO",
     "BGB", "SHR", "TQ", "RG", "NCT", "ICD", "ISO", "IEC", "EN", "DSM", "HLA", "IRB", "CPT",
     "ISRCTN", "EUDRACT", "CTRI", "ACTRN", "DRKS", "PACTR", "ISBN", "ISSN", "PMID", "DOI"]
)  # fmt: skip
# In a patient story, a long number right after a code word or a bank's name, the one thing
# it names: "wrong HAR \u2014 700448213", "OCR 773100428815", "GTBank 0123847756", "A/c 5010..."
_CODE_WORD_NUMBER = re.compile(
    r"(?P<cue>[A-Za](?<![\w/.-][A-Za])(?:(?<=[A-Z])[A-Za-z]*[A-Z][A-Za-z]*|(?<=[Aa])/[Cc]))"
    r"(?:\s*[:#\u2014\u2013-]\s*|\s+)(?:no\.?\s*)?(?P<v>\d(?:[- ]?\d){7,21})"
    r"(?![\w/-]|[.,]\d|\s*(?:copies|cp|IU|iu|/|cells|x\b|%))"
)
_NOT_CODE_WORDS = frozenset(
    ["PMID", "PMCID", "DOI", "ISBN", "ISSN", "NCT", "ORCID", "NPI", "ICD", "CPT", "LOINC",
     "SNOMED", "CAS", "VL", "HIV", "HBV", "HCV", "CMV", "EBV", "BKV", "PLT", "WBC", "IU",
     "RNA", "DNA", "GC", "CFU", "EUDRACT", "ISRCTN", "CTRI", "ACTRN", "TEL", "PH", "WA", "FAX",
     "CALL", "SMS", "OPT", "UTC", "GMT", "EST", "PST", "BST", "CET", "IST", "PUBMED", "NDC",
     "UPC", "GTIN", "HCPCS", "DRG", "RXNORM", "RXCUI", "ATC", "UNII", "MESH", "ZIP", "GRANT"]
)  # fmt: skip
# the first eight digits of a code word's number (``_CODE_WORD_NUMBER``'s value), in the
# shape marks
_EIGHT_DIGITS = re.compile(rb"9(?:[- ]?9){7}")
_BANK_WORDS = ("bank", "a/c")
# a trial's country or site, then its zero-padded participant: "-IE-027", "-ZA-0112"
_TRIAL_SITE = re.compile(r"-[A-Z]{2,3}-0\d{2,3}")
_NOT_A_PERSONS_CODE = re.compile(
    r"\b(?i:position|job|req|requisition|vacancy|posting|grant|award|protocol|IRB|study|"
    r"trial registration|reference number for applicants)\b[\s#:no.]*$"
)


def _coded_ids(text: str, scan: Scan, post: _Post) -> Iterator[Hit]:
    """A person's filing code or a code word's long number, in a patient story."""
    coded = ("-" in text or "/" in text) and _marked(post.marks, _CODED_GATE)
    for match in _CODED.finditer(text) if coded else ():
        groups = match["g"]
        digits = sum(map(str.isdigit, groups))
        if match["p"] in _COMPOUND_PREFIXES or digits < 3:
            continue
        parts = groups.count("-") + groups.count("/")
        padded = "-0" in groups or "/0" in groups  # (a group after the first starts with 0)
        if not (digits >= 5 or parts >= 2 or padded):
            continue  # (tested first: cheaper than the searches below)
        if (digits == 3 or scan.longest_number < 4) and not _TRIAL_SITE.fullmatch(groups):
            continue  # (three digits only as a trial's site and zero-padded participant:
            # "PRISM-IE-027"; not "KEYNOTE-522")
        if digits == 4 and _YEAR_GROUP.fullmatch(groups):
            continue  # "FIGO-2018": a year's edition
        if _NOT_A_PERSONS_CODE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "position #FAC-2026-119", "protocol HN-2291-04": a job's or a study's
        yield Hit(match.start(), match.end(), Category.OTHER_ID, "other_id.coded")
    if scan.longest_number < 4:
        return  # (a code word's number has four digits or more)
    numbers = scan.numbers
    long_enough = (numbers is None or sum(map(len, numbers)) >= 8) and _marked(
        post.marks, _EIGHT_DIGITS
    )
    for match in _CODE_WORD_NUMBER.finditer(text) if long_enough else ():
        cue = match["cue"]
        if cue.upper() in _NOT_CODE_WORDS:
            continue
        category = Category.ACCOUNT if cue.lower().endswith(_BANK_WORDS) else Category.OTHER_ID
        yield Hit(match.start("v"), match.end("v"), category, f"{category.value}.coded")


# In a patient story: a player's number with the word for it or, in a post about a game,
# their team ("jersey 31", "#54 for Cedar Ridge"); an SSN's last four after "last 4" alone
# ("Last 4 3318 on the intake sheet"). In any post: Canada's SIN after its word ("SIN, 561
# 332 784"), as an SSN is; a DICOM UID by its registered root ("study UID
# 1.2.840.113619.2.55.3.604688119"), one study's.
_JERSEY = re.compile(
    r"(?=[jJ#])(?:\b(?i:jersey)(?:\s+(?:#|no\.?|number))?\s*#?(?P<v>\d{1,2})(?![\w.,]\d|\w)"
    r"|(?<![\w#&])#(?P<w>\d{1,2}) for (?:the [A-Z]|[A-Z][\w'-]+ [A-Z]))"
)
# the words of a game, which tell "#54 for Cedar Ridge" as a player's number
_SPORTS_WORDS = frozenset(
    ["game", "games", "team", "league", "match", "season", "coach", "coaches", "playoffs",
     "tournament", "tourney", "linebacker", "quarterback", "pitcher", "pitches", "striker",
     "goalie", "forward", "defenseman", "midfielder", "varsity", "football", "soccer",
     "hockey", "baseball", "softball", "basketball", "rugby", "lacrosse", "volleyball"]
)  # fmt: skip
_LAST_4_ALONE = re.compile(r"\b(?i:last (?:4|four))(?: digits)?:?\s+(?P<v>\d{4})(?![\w-])")
_SIN = re.compile(r"\bSIN\b\W{0,4}(?P<v>\d{3}[ -]?\d{3}[ -]?\d{3})(?![\w-])")
_DICOM_UID = re.compile(r"(?<![\d.])1\.2\.(?:840|826|276|392|250|124|36)(?:\.\d{1,20}){3,}")


def _worn_and_filed_ids(text: str, scan: Scan) -> Iterator[Hit]:
    """A player's number, an SSN's last four, a SIN and a DICOM UID (see the patterns above)."""
    if "1.2." in text:
        for match in _DICOM_UID.finditer(text):
            yield Hit(match.start(), match.end(), Category.OTHER_ID, "other_id.dicom_uid")
    for match in _SIN.finditer(text) if "SIN" in text else ():
        # (nine digits after "SIN" are one person's number, its check digit right or not)
        yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.national")
    if not scan.patient:
        return
    if "last" in scan.words:
        for match in _LAST_4_ALONE.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.SSN, "ssn.last4")
    game = scan.gates & _SPORTS_WORDS_BIT
    if "jersey" in scan.words or ("#" in text and game):
        for match in _JERSEY.finditer(text):
            group = "v" if match["v"] is not None else "w"
            if group == "w" and not game:
                continue  # "Prior auth #4 for Keisha Robinson": a count, no player
            yield Hit(match.start(group), match.end(group), Category.OTHER_ID, "other_id.cue")


def _more_ids(text: str, scan: Scan, post: _Post) -> Iterator[Hit]:
    """Numbers with a distant record cue, tattoos, and cue-less ``#``/``no.``/``ID`` values."""
    low = scan.low
    far = scan.gates & _FAR_WORDS_BIT and scan.longest_number >= 3  # (a run of 3 digits)
    for match in _FAR_CUE.finditer(text) if far else ():
        if sum(ch.isdigit() for ch in match["v"]) >= 5:
            cue = match["cue"].lower()
            category = Category.ACCOUNT if cue.startswith("acc") else Category.MRN
            yield Hit(match.start("v"), match.end("v"), category, f"{category.value}.cue")
    if not scan.patient:
        return
    if scan.longest_number >= 3:  # ("PRISM-IE-027": a trial's zero-padded participant)
        yield from _coded_ids(text, scan, post)
    marks = "tattoo" in low or "engrav" in low or "inscri" in low
    for match in _TATTOO.finditer(text) if marks else ():
        if not re.search(r"\d|[A-Z][a-z]", match["v"]) and not _names_in(match["v"]):
            continue  # '"NO BLOOD"', '"so they find my file"': words that name no one
        yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.tattoo")
    numbered = (
        scan.gates & _NUMBER_WORDS_BIT
        or "no." in low
        or "nr" in scan.words
        or "nr." in low
        or "nummer" in low
        or "\u00b0" in low
        or "\u00ba" in low
        or ("#" in text and _NUMBER_GATE.search(text) is not None)
    )
    for match in _NUMBER_CUE.finditer(text) if numbered else ():
        value = match["v"]
        if (
            match.group().startswith("#")
            and value[:1].isalpha()
            and match.start("v") == match.start() + 1
        ):
            continue  # a hashtag
        if _id_like(value):
            yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.cue")


def dea_ok(value: str) -> bool:
    """Whether a DEA registration number (two letters, seven digits) has a valid check digit."""
    if len(value) != 9 or not value[:2].isalpha() or not value[2:].isdigit():
        return False
    d = [int(ch) for ch in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _spaced_ids(text: str, scan: Scan, post: _Post) -> Iterator[Hit]:
    """DEA numbers by their check digit, spaced serials, and a plate cue far from its value."""
    seven = scan.longest_number >= 7 and _shows(post, b"AA9999999")
    for match in _DEA.finditer(text) if seven else ():
        if dea_ok(match.group()):
            yield Hit(match.start(), match.end(), Category.LICENSE, "license.dea")
    if scan.gates & _SERIAL_WORDS_BIT:
        for match in _SPACED_SERIAL.finditer(text):
            if sum(ch.isdigit() for ch in match["v"]) >= 4:
                yield Hit(match.start("v"), match.end("v"), Category.DEVICE, "device.serial")
    grouped = (
        scan.patient and digits_at_least(scan, 9) and _marked(post.marks, _LETTERS_THEN_GROUPS_GATE)
    )
    for match in _LETTERS_THEN_GROUPS.finditer(text) if grouped else ():
        # "XGH 4019 2277 01", "MEM 77 0412 9983": a member or account id as a card prints it
        if sum(ch.isdigit() for ch in match.group()) >= 9 and match["p"] not in _NOT_ID_PREFIXES:
            before = text[max(0, match.start() - 40) : match.start()].lower()
            plan = any(word in before for word in _PLAN_WORDS)
            yield Hit(
                match.start(),
                match.end(),
                Category.HEALTH_PLAN if plan else Category.OTHER_ID,
                "health_plan.grouped" if plan else "other_id.grouped",
            )
    planned = (
        scan.patient
        and scan.longest_number >= 2
        and scan.gates & _PLAN_TALK_WORDS_BIT
        and _PLAN_TALK.search(scan.low)
    )
    for match in _PLAN_ID.finditer(text) if planned else ():
        # "policy number ... It's W882-1904-33", "Blue Cross number ... ZGP884120773"
        value = match.group()
        if _MBI.fullmatch(value) or (
            sum(map(str.isdigit, value)) >= 7 and not _NOT_PLAN_ID.fullmatch(value)
        ):
            yield Hit(match.start(), match.end(), Category.HEALTH_PLAN, "health_plan.story")
    for match in _FAR_PLATE.finditer(text) if "plate" in scan.low else ():
        value = match["v"]
        if any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value):
            yield Hit(match.start("v"), match.end("v"), Category.VEHICLE, "vehicle.plate")


def _shape(value: str) -> str:
    """A value's shape: each digit as 9, each letter as A ("4471-0023" -> "9999-9999")."""
    return "".join("9" if ch.isdigit() else "A" if ch.isalpha() else ch for ch in value)


# a second value set against the first: "MR# 4471-0032 vs 4471-0023", "... or 4471-0023"
_PAIRED = re.compile(r"\s*(?:vs\.?|versus|and|or|/|,|then)\s*(?P<v>[A-Za-z0-9][\w-]*\d[\w-]*)")


def repeated_ids(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """Other occurrences, without their cue, of id values already found in ``text``.

    Also a value of the same shape set right against one ("4471-0032 vs 4471-0023").
    """
    seen: set[str] = set()
    for hit in hits:
        if hit.category not in ID_CATEGORIES:
            continue
        value = text[hit.start : hit.end]
        if value in seen:
            continue
        seen.add(value)
        digits = sum(map(str.isdigit, value))
        paired = _PAIRED.match(text, hit.end) if digits >= 4 else None
        if paired is not None and _shape(paired["v"]) == _shape(value) and paired["v"] != value:
            yield Hit(paired.start("v"), paired.end("v"), hit.category, hit.rule)
        if (digits < 5 and hit.rule != "ssn.last4") or text.count(value) < 2:
            continue  # (an SSN's last four said again counts too: '"0672." ... "0672."')
        for match in re.finditer(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text):
            if match.start() != hit.start:
                yield Hit(match.start(), match.end(), hit.category, hit.rule)


# An agency's case or report number, in any post: "police report # KPD-26-118402",
# "case no. FC-2025-00931" (letters, then a year or a short code, then a serial).
_CASE_NUMBER = re.compile(
    r"(?=[PpIiCcRrFf])\b(?i:police|incident|case|report|complaint|file|docket)\s*"
    r"(?i:#|no\.?|number|num\.?)\s*:?\s*(?P<v>[A-Z]{1,5}-\d{2,4}-\d{4,8})(?![\w-])"
)
_CASE_WORDS = frozenset(["police", "incident", "case", "report", "complaint", "file", "docket"])
# A record number's shape (1-3 letters, then 6-10 digits) in a post that speaks of record
# numbers, even a sentence away from the cue: "pls stop pasting MRNs ... bed 4 is K0042871".
_RECORD_SHAPE = re.compile(r"(?=[A-Z])(?<![\w/.-])(?P<v>[A-Z]{1,3}-?\d{6,10})(?![\w/-]|\.\d)")
_RECORD_TALK = ("mrn", "mr#", "medical record")
_NOT_RECORD = re.compile(r"NCT\d+|[A-Z]{2,3}\d{7}")


# In a patient story, a record-like number in brackets right after a person's name:
# "Mr. Okafor (00482913) went home", "Baby Girl Amaya (NB-2026-1187)"
_NAME_THEN_NUMBER = re.compile(
    r"\((?<=[a-z] \()(?P<v>[A-Z]{0,3}-?\d(?:-?\d){5,11}|[A-Z]{1,3}-\d{2,4}-\d{3,8})\)"
)
_NAMED_BEFORE = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]+ $")
_PHONE_SHAPE = re.compile(r"(?:\d{3}-)?\d{3}-\d{4}")


# A record's label: a surname and a given name in capitals, then the record's number
# ('"REYES, ANTHONY 7720413"', '"DUBOIS, M  4821-0973"', "FOLAU, SIONE / 1048823")
# (the given name a known first name or an initial: not "Dynagen EL DR, SN 118872")
_LABEL_NUMBER = re.compile(
    r"(?<![\w'-])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?, (?P<g>[A-Z][A-Z'-]*)(?: [A-Z][A-Z'.-]*){0,2}"
    r"\s{1,3}(?:/\s*)?(?P<v>[A-Z]{0,3}-?\d{6,10}|\d{4}-\d{4})(?![\w/-]|[.,]\d)"
)


def _case_and_record_numbers(text: str, scan: Scan) -> Iterator[Hit]:
    # (a label's number: six digits or more, or four and four with a dash)
    label = scan.longest_number >= 6 or (scan.longest_number >= 4 and "-" in text)
    if label and ", " in text and CAPS_COMMA.search(text):
        for match in _LABEL_NUMBER.finditer(text):
            given = match["g"]
            if len(given) == 1 or given.title() in lexicon("first_names"):
                yield Hit(match.start("v"), match.end("v"), Category.MRN, "mrn.label")
    if scan.patient and scan.longest_number >= 4 and " (" in text:
        for match in _NAME_THEN_NUMBER.finditer(text):
            if _PHONE_SHAPE.fullmatch(match["v"]):
                continue  # "Tanya (301-555-0192)": her phone, found as one
            if _NAMED_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                yield Hit(match.start("v"), match.end("v"), Category.MRN, "mrn.cue")
    if scan.longest_number >= 4 and scan.gates & _CASE_WORDS_BIT:
        for match in _CASE_NUMBER.finditer(text):
            yield Hit(match.start("v"), match.end("v"), Category.OTHER_ID, "other_id.cue")
    if scan.longest_number >= 6 and any(map(scan.low.__contains__, _RECORD_TALK)):
        for match in _RECORD_SHAPE.finditer(text):
            value = match["v"]
            if _NOT_RECORD.fullmatch(value) and "-" not in value:
                continue  # a trial id; two letters and seven digits are a DEA number's shape
            yield Hit(match.start("v"), match.end("v"), Category.MRN, "mrn.cue")


# National numbers told by their shape and check digits (see ``_national``). Italy's codice
# fiscale and an IBAN are specific enough to count in any post: a made-up string passes
# their checks rarely, and an account number is one person's or firm's even when a post
# publishes it (the "IBAN" cue already counts in any post). An IBAN may be printed in
# groups of four: "NL87 KLMB 0448 1207 73".
_CODICE_FISCALE = re.compile(
    r"[A-Z](?<![\w-][A-Z])[A-Z]{5}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
    r"[0-9LMNPQRSTUV]{3}[A-Z](?![\w-])"
)
_IBAN = re.compile(
    r"[A-Z](?<![\w/.-][A-Z])[A-Z]\d\d"
    r"(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![\w-])"
)
_IBAN_SAID = re.compile(r"\b(?:IBAN|iban|Iban)\b[^\w\n]{0,12}$")
# The others, only in a patient story or a few words after a national number's cue, and not
# glued to a longer number, a link or a phone's prefix: eleven digits (Poland's PESEL,
# Turkey's TC kimlik, Greece's AMKA, Norway's fødselsnummer, Belgium's national number),
# nine (the Netherlands' BSN), France's NIR ("2 91 03 75 448 120 80"), Belgium's number as
# printed ("85.07.30-033.28"), Sweden's personnummer and Denmark's CPR ("910312-4484"),
# Spain's DNI and NIE ("44812077G", "X4481207W").
_NATIONAL_DIGITS = re.compile(r"\d(?<![\w/.:@#=+-]\d)(?:\d{8}|\d{10})(?![\w/@-]|[.,]\d)")
_NIR_SHAPE = re.compile(
    r"[1278](?<![\w/.:@#=+-][1278])(?: ?\d\d){2} ?(?:\d\d|2[AB]) ?\d{3} ?\d{3} ?\d\d"
    r"(?![\w/@-]|[.,]\d)"
)
_BELGIAN_SHAPE = re.compile(r"\d(?<![\w/.:@#=+-]\d)\d\.\d\d\.\d\d-\d{3}\.\d\d(?![\w/@-]|[.,]\d)")
_NORDIC_SHAPE = re.compile(r"\d(?<![\w/.:@#=+-]\d)(?:\d\d)?\d{5}[-+]\d{4}(?![\w/@-]|[.,]\d)")
_DNI_SHAPE = re.compile(
    r"[\dXYZ](?<![\w/.:@#=+-][\dXYZ])(?:(?<=[XYZ])-?\d{7}|(?<=\d)\d{7})-?[A-Z](?![\w/@-])"
)
# a phone's prefix or word just before a number: "+48 ...", "tel. ...", "WhatsApp: ..."
_PHONE_BEFORE = re.compile(
    r"(?:\+\s?(?:\(?\d{1,3}\)?\s?)?|\b(?i:tel|t[ée]l[ée]?phone|telefon|tel[ée]fono|phone|"
    r"call(?:ed)?|cell|mobile|mob|gsm|handy|cep|whatsapp|sms|text(?:ed)?|fax|ring|dial(?:ed)?)"
    r"\b[^\n\d]{0,20})$"
)
# the cues that let a checked number count outside a patient story: the national and SSN
# cues' words (not their one-letter stems), a carte Vitale's
_NATIONAL_CUE_WORDS = frozenset(
    word
    for word in _RULE_KEYS[[rule for _, _, rule in _RULES].index("ssn.national")][0]
    | _SSN_WORDS
    | {"vitale", "sécu", "secu"}
    if len(word) > 1
)


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether the blank-free token holding ``text[start:end]`` is a link, a DOI or a handle."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text)
    )
    token = text[left:right].lower()
    return "/" in token or "doi" in token or "www." in token or "@" in token


def _national_cued(text: str, start: int) -> bool:
    """Whether a national number's cue word stands in the 40 characters before ``start``."""
    before = text[max(0, start - 40) : start].lower()
    return not _NATIONAL_CUE_WORDS.isdisjoint(re.findall(r"\w+", before))


def _checked(text: str, start: int, end: int, scan: Scan) -> bool:
    """Whether a number that passed its check counts at ``start``: cued, or in a story."""
    if _in_link(text, start, end):
        return False
    if _national_cued(text, start):
        return True
    return scan.patient and _PHONE_BEFORE.search(text, max(0, start - 30), start) is None


def _eleven_ok(value: str, year: int) -> bool:
    """Whether eleven (or nine) digits pass the check of a national number of that length."""
    if len(value) == 9:
        return bsn_ok(value)
    return (
        tckn_ok(value)
        or pesel_ok(value, year=year)
        or amka_ok(value, year=year)
        or fodselsnummer_ok(value, year=year)
        or belgian_ok(value, year=year)
    )


def _nordic_ok(value: str, year: int) -> bool:
    """Whether a Swedish personnummer or a Danish CPR number has this shape and check."""
    return personnummer_ok(value, year=year) or cpr_ok(value, year=year)


def _iban_end(text: str, match: re.Match[str]) -> int | None:
    """Where an IBAN found by ``_IBAN`` ends (at its country's length), if it passes its check."""
    value = match.group()
    length = IBAN_LENGTHS.get(value[:2])
    if length is None:
        return None
    count = 0
    for i, ch in enumerate(value):
        count += ch != " "
        if count == length:
            if value[i + 1 : i + 2] not in ("", " ") or not iban_ok(value[: i + 1]):
                return None  # (in the middle of a group, or a longer number)
            return match.start() + i + 1
    return None


# each ASCII capital as "A", small letter as "a", digit as "9", every other byte as itself (a
# bytes translation is one scan in C; the shapes' gates then search it)
_SHAPE_MARKS = bytes(
    ord("A") if 65 <= i <= 90 else ord("a") if 97 <= i <= 122 else ord("9") if 48 <= i <= 57 else i
    for i in range(256)
)
# in the marks: a codice fiscale's sixteen capitals and digits, an IBAN's start (its
# country, check digits and more, run together or in groups), the last eight digits of a
# NIR as ``_NIR_SHAPE`` lets them be spaced, a Belgian number as printed, a DNI's end
_CF_MARKS = re.compile(rb"AAAAAA[A9]{10}")
_IBAN_MARKS = re.compile(rb"AA99(?:[A9]{11}| [A9]{4} [A9]{4})")
_NIR_END = re.compile(rb"999 ?999 ?99")
_BELGIAN_MARKS = re.compile(rb"99\.99\.99-999\.99")
_DNI_MARKS = re.compile(rb"9{7}-?A")


def _shape_marks(text: str) -> bytes | None:
    """``text`` marked by ``_SHAPE_MARKS`` (``None`` for a text with characters past ASCII).

    (The shapes' digits may be other scripts' digits, which the marks do not show.)
    """
    return text.encode().translate(_SHAPE_MARKS) if text.isascii() else None


def _marked(marks: bytes | None, shape: re.Pattern[bytes]) -> bool:
    """Whether ``shape`` is found in ``marks`` (always, when there are no marks)."""
    return marks is None or shape.search(marks) is not None


def _run_lengths(scan: Scan) -> frozenset[int]:
    """The lengths of the text's runs of digits (all that matter here when not known)."""
    if scan.numbers is None:
        return frozenset(range(1, 16))
    return frozenset(map(len, scan.numbers))


def _national_ids(text: str, scan: Scan, post: _Post) -> Iterator[Hit]:
    """National numbers and IBANs by their shape and check digits (see above)."""
    if scan.longest_number < 2:
        return
    marks = post.marks
    for match in _CODICE_FISCALE.finditer(text) if _marked(marks, _CF_MARKS) else ():
        if codice_fiscale_ok(match.group(), year=this_year(scan)):
            yield Hit(match.start(), match.end(), Category.SSN, "ssn.national")
    iban = scan.longest_number >= 4 and _marked(marks, _IBAN_MARKS)
    for match in _IBAN.finditer(text) if iban else ():
        end = _iban_end(text, match)
        if end is None and _IBAN_SAID.search(text, max(0, match.start() - 16), match.start()):
            end = match.end()  # "son IBAN (FR76 3000 ...)": an account by its word, checked or not
        if end is not None:
            yield Hit(match.start(), end, Category.ACCOUNT, "account.iban")
    if not (scan.patient or scan.gates & _NATIONAL_CUE_WORDS_BIT):
        return
    if scan.longest_number < 3:
        return  # (each number below has a run of three digits or more)
    runs = post.runs
    # (each shape searched only where the post's runs of digits and marks allow it)
    if 9 in runs or 11 in runs:
        yield from _checked_shapes(text, scan, _NATIONAL_DIGITS, _eleven_checked)
    if _marked(marks, _NIR_END):
        yield from _checked_shapes(text, scan, _NIR_SHAPE, _nir_checked)
    if "." in text and _marked(marks, _BELGIAN_MARKS):
        yield from _checked_shapes(text, scan, _BELGIAN_SHAPE, _belgian_checked)
    if 4 in runs and (6 in runs or 8 in runs):
        yield from _checked_shapes(text, scan, _NORDIC_SHAPE, _nordic_checked)
    if (7 in runs or 8 in runs) and _marked(marks, _DNI_MARKS):
        yield from _checked_shapes(text, scan, _DNI_SHAPE, _dni_checked)
    if scan.longest_number >= 4:  # (each of them has a run of four digits or more)
        yield from _asian_ids(text, scan, post)
    if 5 in runs and "medicare" in scan.low:
        for match in _AU_MEDICARE.finditer(text):
            # (in a story the card's shape is enough: a number copied with a slip still
            # names one person's card)
            if scan.patient or medicare_au_ok(match.group()):
                yield Hit(match.start(), match.end(), Category.HEALTH_PLAN, "health_plan.number")


def _checked_shapes(
    text: str, scan: Scan, shape: re.Pattern[str], valid: Callable[[str, Scan], bool]
) -> Iterator[Hit]:
    """The numbers of ``shape`` that pass their check ``valid`` and count where they stand."""
    for match in shape.finditer(text):
        start, end = match.span()
        if valid(match.group(), scan) and _checked(text, start, end, scan):
            yield Hit(start, end, Category.SSN, "ssn.national")


# the checks of ``_checked_shapes``, by the year ``scan`` is read in where the check needs it
def _eleven_checked(value: str, scan: Scan) -> bool:
    return _eleven_ok(value, this_year(scan))


def _nir_checked(value: str, scan: Scan) -> bool:
    return nir_ok(value)


def _belgian_checked(value: str, scan: Scan) -> bool:
    return belgian_ok(value, year=this_year(scan))


def _nordic_checked(value: str, scan: Scan) -> bool:
    return _nordic_ok(value, this_year(scan))


def _dni_checked(value: str, scan: Scan) -> bool:
    return dni_ok(value)


# An Australian Medicare card number as the card prints it ("4412 38051 2", with or without
# the person's number on the card after it), told by its check digit outside a story
_AU_MEDICARE = re.compile(r"(?<![\d-])[2-6]\d{3} \d{5} \d(?:[ -]\d)?(?![\d-])")


def _asian_ids(text: str, scan: Scan, post: _Post) -> Iterator[Hit]:
    """National numbers of the Middle East and Asia, in a story or after their cue."""
    words = scan.words
    runs = post.runs
    # a cue anywhere in the post: "iqama", "civil ID", "national code"
    named = (
        bool(scan.gates & _ASIAN_ID_WORDS_BIT)
        or ("civil" in words and "id" in words)  # (not "civil war")
        or ("national" in words and "code" in words)
    )
    # ten digits where the post names an iqama or a national code: an Iranian national code
    # or a Saudi ID by their checks, or any such number of their first digits
    if 10 in runs and named:
        yield from _asian_shapes(text, scan, named, _TEN_ID, _ten_id_checked)
    # Korea's resident registration number, Hong Kong's HKID, Singapore's NRIC, a Pakistani
    # CNIC (its dashes are its shape), a Bahraini CPR after its cue
    if 7 in runs and 6 in runs:
        yield from _asian_shapes(text, scan, named, _RRN_SHAPE, _rrn_checked)
    if 6 in runs and _shows(post, b"999999("):
        yield from _asian_shapes(text, scan, named, _HKID_SHAPE, _hkid_checked)
    if 7 in runs and _shows(post, b"A9999999A"):
        yield from _asian_shapes(text, scan, named, _NRIC_SHAPE, _nric_checked)
    if 7 in runs and 5 in runs:
        yield from _asian_shapes(text, scan, named, _CNIC_SHAPE, _shape_enough)
    if 9 in runs and "cpr" in words:
        yield from _asian_shapes(text, scan, named, _BAHRAIN_CPR, _shape_enough)
    # twelve digits: Japan's My Number, Kuwait's civil ID, Sri Lanka's NIC, by their checks
    # or where the post names them; eleven: Nigeria's NIN where it is named
    if (4 in runs or 12 in runs) and (named or ("my" in words and "number" in words)):
        twelve_ok = _shape_enough if named else _twelve_id_checked
        yield from _asian_shapes(text, scan, named, _TWELVE_ID, twelve_ok)
    if 11 in runs and "nin" in words and named:
        yield from _asian_shapes(text, scan, named, _ELEVEN_ID, _shape_enough)


def _asian_shapes(
    text: str,
    scan: Scan,
    named: bool,
    shape: re.Pattern[str],
    valid: Callable[[str, Scan], bool],
) -> Iterator[Hit]:
    """The numbers of ``shape`` that pass ``valid``, not a link's nor a phone's, that count.

    (They count in a story, in a post that names such a number, or after their cue.)
    """
    for match in shape.finditer(text):
        start, end = match.span("v") if "v" in shape.groupindex else match.span()
        value = text[start:end]
        if not valid(value, scan) or _in_link(text, start, end):
            continue
        if _PHONE_BEFORE.search(text, max(0, start - 30), start) is not None:
            continue
        if scan.patient or named or _national_cued(text, start):
            yield Hit(start, end, Category.SSN, "ssn.national")


# the checks of ``_asian_shapes``
def _ten_id_checked(value: str, scan: Scan) -> bool:
    return iran_code_ok(value) or saudi_id_ok(value) or value[0] in "012"


def _rrn_checked(value: str, scan: Scan) -> bool:
    return rrn_ok(value, year=this_year(scan))


def _hkid_checked(value: str, scan: Scan) -> bool:
    return hkid_ok(value)


def _nric_checked(value: str, scan: Scan) -> bool:
    return nric_ok(value)


def _twelve_id_checked(value: str, scan: Scan) -> bool:
    return my_number_ok(value) or kuwait_civil_ok(value, year=this_year(scan))


def _shape_enough(value: str, scan: Scan) -> bool:
    """No check: the shape is enough (or the post names the number)."""
    return True


# the words that name a national number of the Middle East or Asia anywhere in a post
_ASIAN_ID_WORDS = frozenset(
    ["iqama", "iqamah", "muqeem", "absher", "hawiya", "melli", "cnic", "nadra", "nin", "nic",
     "rrn", "hkid", "nric", "mykad"]
)  # fmt: skip
_TEN_ID = re.compile(r"\d(?<![\w/.:@#=+-]\d)\d{9}(?![\w/@-]|[.,]\d)")
_TWELVE_ID = re.compile(r"\d(?<![\w/.:@#=+-]\d)(?:\d{11}|\d{3} \d{4} \d{4})(?![\w/@-]|[.,]\d| \d)")
_ELEVEN_ID = re.compile(r"\d(?<![\w/.:@#=+-]\d)\d{10}(?![\w/@-]|[.,]\d)")
_RRN_SHAPE = re.compile(r"\d(?<![\w/.:@#=+-]\d)\d{5}-\d{7}(?![\w/@-]|[.,]\d)")
_HKID_SHAPE = re.compile(r"[A-Z](?<![\w/-][A-Z])[A-Z]?\d{6}\([0-9A]\)")
_NRIC_SHAPE = re.compile(r"[STFG](?<![\w/-][STFG])\d{7}[A-Z](?![\w/-])")
_CNIC_SHAPE = re.compile(r"\d(?<![\w/.:@#=+-]\d)\d{4}-\d{7}-\d(?![\w/@-]|[.,]\d)")
_BAHRAIN_CPR = re.compile(r"\bCPR:?\s+(?:(?i:no)\.?\s*)?(?P<v>\d{9})(?![\w/@-]|[.,]\d)")


# Words that can cue one person's own number outside a patient story ("Rx # RX5512087",
# "Docket no. 2026-CV-08812", "DOB 03/14/1961"): a post read as professional that holds
# one is read again as a story (see ``check_phi``).
STORY_ID_WORDS = (
    _RULE_KEYS[-1][0]
    | frozenset(cue for cue, category in _FAR_ID_CUES.items() if category is Category.OTHER_ID)
    | _CASE_WORDS
    | _NUMBER_WORDS
    | frozenset(["no", "ref", "rx", "dob", "birth", "born"])
)


# word gates (see _gates.py): the bit of each cue-word set the checks above test
_FAR_ID_KEYS_BIT = gate(_FAR_ID_KEYS)
_SSN_WORDS_BIT = gate(_SSN_WORDS)
_GATE_TEXT_LAST_BIT = gate(_GATE_TEXT_LAST)
_VEHICLE_WORDS_BIT = gate(_VEHICLE_WORDS)
_LOCAL_PLATE_WORDS_BIT = gate(_LOCAL_PLATE_WORDS)
_NATIONAL_CUE_WORDS_BIT = gate(_NATIONAL_CUE_WORDS)
_BIO_TOKENS_BIT = gate(_BIO_TOKENS)
_FAR_WORDS_BIT = gate(_FAR_WORDS)
_NUMBER_WORDS_BIT = gate(_NUMBER_WORDS)
_SERIAL_WORDS_BIT = gate(_SERIAL_WORDS)
_CASE_WORDS_BIT = gate(_CASE_WORDS)
_ALL_GATE_WORDS_BIT = gate(_ALL_GATE_WORDS)
_PLAN_TALK_WORDS_BIT = gate(_PLAN_TALK_WORDS)
_TRAVEL_WORDS_BIT = gate(_TRAVEL_WORDS)
_ASIAN_ID_WORDS_BIT = gate(_ASIAN_ID_WORDS)
_SPORTS_WORDS_BIT = gate(_SPORTS_WORDS)
_MAKE_WORDS_BIT = gate(_MAKE_WORDS)
_BRACKETED_DEVICE_WORDS_BIT = gate(_BRACKETED_DEVICE_WORDS)
