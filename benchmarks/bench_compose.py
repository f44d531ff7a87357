"""Composing cost against one counting pass, and how it scales (10 KB, 100 KB, 1 MB).

For each size, prints the time of ``compose_thread`` against the time of one
``weighted_length`` pass over the same text (target: at most 3x), and the 1 MB / 100 KB
time ratio (target: at most 12, i.e. linear: no re-counting of the thread per word).
"""

from __future__ import annotations

import random
import time

import medtweet as mt

SENTENCES = [
    "Peaked T waves are the earliest ECG sign of hyperkalaemia, often once K is above 5.5 mmol/L.",
    "Dr. Lopez et al. reported approx. 35% fewer admissions vs. placebo (p<0.05).",
    "Give 5 mg/kg and recheck Na 128 mmol/L and BP 120/80 mmHg in 6 h.",
    "Read more at https://www.nejm.org/doi/full/10.1056/NEJMoa1911303 [1].",
    "Join #MedTwitter and #CardioTwitter with @escardio 🫀 today!",
    "EF 35% with QTc 480 ms: is an ICD indicated? PMID: 31475794.",
    "The P wave flattens, the PR interval lengthens; then the QRS widens — a sine wave follows.",
    "心電図の読み方を学びましょう。",
    "Why does this matter? Because a normal ECG does not rule out danger.",
]


def make_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 8)))
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)[:size].rstrip()


def best_of(runs: int, *actions: object) -> list[float]:
    """Best CPU time of each action over ``runs`` rounds.

    Rounds interleave the actions, and CPU time (not wall time) is measured, so that other
    processes on the machine weigh on both sides alike.
    """
    best = [float("inf")] * len(actions)
    for _ in range(runs):
        for index, action in enumerate(actions):
            assert callable(action)
            start = time.process_time()
            action()
            best[index] = min(best[index], time.process_time() - start)
    return best


def main() -> None:
    times: dict[int, float] = {}
    print(f"{'size':>8} {'posts':>6} {'compose':>10} {'count':>10} {'ratio':>6}")
    for size, runs in ((10_000, 15), (100_000, 9), (1_000_000, 5)):
        text = make_text(size)
        posts = len(mt.compose_thread(text).posts)
        compose, count = best_of(
            runs,
            lambda text=text: mt.compose_thread(text),
            lambda text=text: mt.weighted_length(text),
        )
        times[size] = compose
        print(
            f"{size // 1000:>6}KB {posts:>6} {compose * 1000:>8.1f}ms {count * 1000:>8.1f}ms "
            f"{compose / count:>6.2f}"
        )
    print(
        f"1 MB / 100 KB compose time ratio: {times[1_000_000] / times[100_000]:.2f} (target <= 12)"
    )


if __name__ == "__main__":
    main()
