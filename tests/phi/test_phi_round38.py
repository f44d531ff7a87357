"""Round 38 (from held-out corpora 0 to 113, studied): an age of 90 or more said with "was"
or after "he"/"she" ("Loretta was 98 and ...", "He's 95 on apixaban", "Mrs. Imre is 92 with
..."), but not a value ("he was 92 on 2L", "Glucose was 99 when ..."); a day-first date after
"dc", "readmitted" or "transferred" ("dc 19/3").

Every example is invented for the class it stands for; none is taken from a corpus.
"""

from __future__ import annotations

from tests._phi_support import table_tests

# (text, value, category): a finding of ``category`` covers ``value`` in a patient story
FOUND: list[tuple[str, str, str]] = [
    # an age said plainly, after a name, a title or "he"/"she"
    ("Obit went up today. Wilhelmina was 97 and brought me plums every visit.", "97", "age"),
    ("Mrs. Imre is 92 with a new lung mass and wants to go home.", "92", "age"),
    ("Her son rang: mum fell again. She's 96 on rivaroxaban, CT head clear.", "96", "age"),
    ("Grandson says he was 101 when he last drove, which was March.", "101", "age"),
    # a day-first date after a discharge or readmission
    ("Adm 3/4, dc 17/4, readmitted 26/4 with the same CCF.", "17/4", "date"),
    ("Adm 3/4, dc 17/4, readmitted 26/4 with the same CCF.", "26/4", "date"),
    ("Transferred 21/6 from the district hospital, 58M, septic.", "21/6", "date"),
]

# (text, context): nothing but relative dates is found
CLEAN: list[tuple[str, str | None]] = [
    # a value said with "was", not an age
    ("He was 92 on 2L and 96 on 4L, so we titrated up.", "patient"),
    ("Glucose was 99 when she left and Pulse was 92 and regular.", "patient"),
    ("The score was 95 when the round ended, 78M.", "patient"),
    ("She was 99 percentile for height at 4 yrs.", "patient"),
]

test_found, test_clean = table_tests(FOUND, CLEAN)
