"""Fit the link-score model (reader/align/calibration.py) on ECB+ dev event links.

    python benchmarks/fit_calibration.py           # held-out check on two halves of the topics
    python benchmarks/fit_calibration.py --write   # then fit on all and rewrite calibration.py

The model is a logistic regression over the scale-free pair features of reader.align.scoring.
Before anything is written, it is fitted on one half of the ECB+ topics and tested on the
other (both ways), so the threshold and the figures reported are for topics it never saw.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import ECB_DEFAULT, load_ecb, prf, topic_halves  # noqa: E402

from reader.align import Glossary  # noqa: E402
from reader.align.engine import prepare  # noqa: E402
from reader.align.scoring import FEATURES  # noqa: E402

L2 = 1e-3
THRESHOLDS = np.round(np.arange(0.10, 0.46, 0.05), 2)


def dataset(rows: list[dict], corpus: list) -> tuple[np.ndarray, np.ndarray, int]:
    xs, ys = [], []
    for row in rows:
        A, B = row["A"], row["B"]
        cands = prepare(A.article, B.article, corpus, "paragraph", Glossary()).candidates
        for r, c, f in zip(cands.rows, cands.cols, cands.features):
            gold = any((i, j) in row["gold_set"] for i in A.lines_of[r] for j in B.lines_of[c])
            xs.append(f)
            ys.append(1.0 if gold else 0.0)
    n_gold = sum(len(r["gold_set"]) for r in rows)
    return np.array(xs), np.array(ys), n_gold


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardise, then plain gradient descent on the L2-regularised log loss."""
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(4000):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) / len(y)
        grad[:-1] += L2 * w[:-1]
        w -= 0.3 * grad
    return means, scales, w[:-1], float(w[-1])


def predict(model, x: np.ndarray) -> np.ndarray:
    means, scales, weights, intercept = model
    return 1.0 / (1.0 + np.exp(-(((x - means) / scales) @ weights + intercept)))


def write(model, threshold: float) -> None:
    means, scales, weights, intercept = model

    def arr(v: np.ndarray) -> str:
        return "np.array([" + ", ".join(f"{x:.6g}" for x in v) + "])"

    path = ROOT / "reader" / "align" / "calibration.py"
    head = path.read_text(encoding="utf-8").split("import numpy as np", 1)[0]
    lines = [f"# {name}" for name in FEATURES]
    path.write_text(
        head + "import numpy as np\n\n# Feature order:\n" + "\n".join(lines) + "\n"
        f"MEANS = {arr(means)}\nSCALES = {arr(scales)}\nWEIGHTS = {arr(weights)}\n"
        f"INTERCEPT = {intercept:.6g}\nTHRESHOLD = {threshold}\n",
        encoding="utf-8",
    )
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT)
    parser.add_argument("--write", action="store_true", help="fit on all topics and rewrite calibration.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = load_ecb(args.ecb, Path(tmp))
        corpus = [r[side].article for r in rows for side in ("A", "B")]
        halves = topic_halves(rows)
        data = [dataset(h, corpus) for h in halves]
        f1_by_t = {t: [] for t in THRESHOLDS}
        for k, (train, test) in enumerate(((0, 1), (1, 0))):
            model = fit(data[train][0], data[train][1])
            x, y, n_gold = data[test]
            p = predict(model, x)
            print(f"fit on half {train + 1}, test on half {test + 1} (candidate pairs; gold {n_gold}):")
            for t in THRESHOLDS:
                pred = p >= t
                tp = int((pred & (y == 1)).sum())
                P, R, F = prf(tp, int(pred.sum()), n_gold)
                f1_by_t[t].append((P, F))
                print(f"  threshold {t:.2f}  P {P:.3f}  R {R:.3f}  F1 {F:.3f}")
        eligible = [t for t in THRESHOLDS if all(P >= 0.3 for P, _ in f1_by_t[t])] or list(THRESHOLDS)
        best = max(eligible, key=lambda t: min(F for _, F in f1_by_t[t]))
        print(f"threshold with the best worst-half F1 (precision >= 0.30 on both): {best:.2f}")
        if args.write:
            x = np.vstack([d[0] for d in data])
            y = np.concatenate([d[1] for d in data])
            write(fit(x, y), float(best))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
