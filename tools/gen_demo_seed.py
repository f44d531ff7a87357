"""Write src/medtweet/sandbox/data/seed.jsonl: synthetic conference posts for demos and tests.

Everything is invented: the accounts (all named demo_*), the conferences (#CardioCon26,
#HFSummit26, #EchoWeek26), the trials (SYNTH-*), the links (the DOI test prefix 10.5555 and
example.org). Deterministic: run it again and the file does not change.

    python tools/gen_demo_seed.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "medtweet" / "sandbox" / "data" / "seed.jsonl"

AUTHORS = [
    ("demo_dr_valve", "Dr. Val Vee (demo)", True),
    ("demo_echo_fellow", "Echo Fellow (demo)", False),
    ("demo_hf_nurse", "HF Nurse Specialist (demo)", False),
    ("demo_ep_doc", "EP Doc (demo)", True),
    ("demo_cardio_pharm", "Cardio PharmD (demo)", False),
    ("demo_med_student", "Med Student (demo)", False),
    ("demo_journal_club", "Journal Club (demo)", False),
    ("demo_prev_cardio", "Prevention Cardiologist (demo)", True),
    ("demo_imaging_md", "Imaging MD (demo)", False),
    ("demo_resident_ra", "Resident RA (demo)", False),
    ("demo_cardiac_surg", "Cardiac Surgeon (demo)", True),
    ("demo_peds_cardio", "Peds Cardiology (demo)", False),
]
CONFERENCES = ["#CardioCon26", "#HFSummit26", "#EchoWeek26"]
COMMUNITY = ["#cardiotwitter", "#medtwitter", "#MedEd", "#FOAMed"]
TRIALS = ["SYNTH-HF", "SYNTH-AF", "DEMO-LIPID", "MOCK-TAVR", "SAMPLE-CKD"]
TOPICS = [
    ("heart failure", "SGLT2 inhibitors"),
    ("atrial fibrillation", "ablation"),
    ("lipids", "Lp(a)"),
    ("aortic stenosis", "TAVR"),
    ("hypertension", "renal denervation"),
    ("cardio-oncology", "troponin surveillance"),
    ("echo", "strain imaging"),
    ("prevention", "polypill"),
]
TEMPLATES = [
    "Late-breaker {trial}: {drug} cut {outcome} by {pct}% in {topic}. {conf} {community}",
    "Packed room for the {topic} session. Key point: {drug} is not one-size-fits-all. {conf}",
    "{trial} results are in. Primary endpoint met, safety reassuring. Full paper: {link} {conf}",
    "My 3 takeaways from {conf} day {day}: 1) {drug} 2) shared decisions 3) rest your fellows",
    "Great debate on {topic} vs {drug} first. Audience vote split down the middle. {conf}",
    "Tweetorial incoming on {topic} for students and residents {community} {conf}",
    "Slides from our {topic} abstract are up: {link} {conf} {community}",
    "Quiet hallway moment: the best conversations at {conf} happen at the poster boards.",
    "Question for {community}: when do you start {drug} in {topic}? Replies welcome.",
    "Journal club this week: {trial}. Preprint {link} #JournalClub {community}",
    "Reminder: no patient identifiers in case posts, even at {conf}. Consent first. {community}",
    "Highlights video from the {topic} track at {conf}: {link}",
]
REPLIES = [
    "Agree, and the subgroup data were interesting too.",
    "Thanks for sharing! Any data in older adults?",
    "Great summary, saving this for our fellows.",
    "Curious how this changes guidelines. {conf}",
    "The confidence intervals were wide though.",
    "Was in the room, the discussion afterwards was even better.",
]
OTHER_LANG = [
    ("es", "Resultados de {trial} en {conf}: beneficio claro en insuficiencia cardiaca."),
    ("fr", "Séance passionnante sur la fibrillation atriale au {conf} aujourd'hui."),
    ("de", "Spannende Daten zu {trial} beim {conf} heute vorgestellt."),
    ("pt", "Ótima sessão sobre prevenção cardiovascular no {conf}."),
]
OUTCOMES = ["hospitalisations", "CV death", "stroke", "readmissions", "MACE"]
ALT = [
    "Bar chart of the primary endpoint, treatment versus placebo, made-up numbers.",
    "Photo of a conference hall stage with a slide titled Key Results (synthetic).",
    "Kaplan-Meier curves for two groups separating after month six (synthetic data).",
]


def link(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"https://doi.org/10.5555/demo.2026.{rng.randint(100, 999)}"
    return f"https://journal.example.org/articles/{rng.randint(1000, 9999)}"


def main() -> None:
    rng = random.Random(2026)
    lines: list[dict[str, object]] = []
    minutes = 4300.0
    keys: list[tuple[str, str]] = []
    texts: dict[str, str] = {}
    for number in range(320):
        minutes -= rng.uniform(5, 21)
        author, _, _ = rng.choice(AUTHORS)
        conf = rng.choice(CONFERENCES)
        topic, drug = rng.choice(TOPICS)
        fill = {
            "trial": rng.choice(TRIALS),
            "drug": drug,
            "topic": topic,
            "conf": conf,
            "community": rng.choice(COMMUNITY),
            "pct": rng.randint(8, 35),
            "outcome": rng.choice(OUTCOMES),
            "link": link(rng),
            "day": rng.randint(1, 4),
        }
        entry: dict[str, object] = {
            "key": f"p{number}",
            "author": author,
            "minutes_ago": round(max(minutes, 3), 1),
        }
        roll = rng.random()
        if keys and roll < 0.22:
            parent_key, parent_author = rng.choice(keys[-40:])
            text = rng.choice(REPLIES).format(**fill)
            entry["text"] = f"@{parent_author} {text}" if parent_author != author else text
            entry["reply_to"] = parent_key
        elif keys and roll < 0.30:
            original_key, original_author = rng.choice(keys[-60:])
            entry["text"] = f"RT @{original_author}: {texts[original_key]}"[:280]
            entry["retweet_of"] = original_key
        elif keys and roll < 0.36:
            quoted_key, _ = rng.choice(keys[-60:])
            entry["text"] = f"This. {fill['conf']} {fill['community']}"
            entry["quote"] = quoted_key
        elif roll < 0.42:
            lang, template = rng.choice(OTHER_LANG)
            entry["text"] = template.format(**fill)
            entry["lang"] = lang
        else:
            entry["text"] = rng.choice(TEMPLATES).format(**fill)
        if roll > 0.93:
            entry["media"] = [{"type": "photo", "alt_text": rng.choice(ALT)}]
        if 0.90 < roll <= 0.93:
            entry["text"] = f"Poll for {fill['community']}: first-line in {topic}? {conf}"
            entry["poll"] = {
                "options": [drug[:25], "Guideline-directed", "It depends"],
                "duration_minutes": 1440,
                "votes": [rng.randint(5, 80) for _ in range(3)],
            }
            entry.pop("media", None)
        entry["likes"] = int(rng.paretovariate(1.2) * 3)
        entry["retweets"] = int(entry["likes"] * rng.uniform(0.05, 0.4))  # type: ignore[operator]
        entry["replies"] = rng.randint(0, 6)
        entry["impressions"] = int(entry["likes"] * rng.uniform(30, 90))  # type: ignore[operator]
        lines.append(entry)
        keys.append((str(entry["key"]), author))
        texts[str(entry["key"])] = str(entry["text"])
    # A few older posts (8 to 30 days back): only the full-archive search finds them.
    for number in range(20):
        author, _, _ = rng.choice(AUTHORS)
        topic, drug = rng.choice(TOPICS)
        lines.insert(
            number,
            {
                "key": f"old{number}",
                "author": author,
                "minutes_ago": round(rng.uniform(8 * 1440, 30 * 1440), 1),
                "text": f"Countdown to #CardioCon26: preparing my {topic} talk on {drug}. "
                f"{rng.choice(COMMUNITY)}",
                "likes": rng.randint(0, 30),
            },
        )
    lines[:20] = sorted(lines[:20], key=lambda e: -float(e["minutes_ago"]))  # type: ignore[arg-type]
    seen: set[str] = set()
    for entry in lines:
        author = str(entry["author"])
        if author not in seen:
            seen.add(author)
            _, name, verified = next(a for a in AUTHORS if a[0] == author)
            entry["author_name"] = name
            entry["verified"] = verified
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for entry in lines:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} posts to {OUT}")


if __name__ == "__main__":
    main()
