"""Fitted constants of the link-score model (reader.align.scoring).

Written by `python benchmarks/fit_calibration.py --write`, which fits a logistic model on the
ECB+ dev event links; do not edit by hand. MEANS/SCALES standardise the features in
scoring.FEATURES order; WEIGHTS and INTERCEPT turn them into log-odds.
"""

import numpy as np

# Feature order:
# cosine
# dice
# shared_weight
# shared_keys
# shared_names
# shared_numbers
# shared_glossary
# position_first
# position_last
# headings
# relative_best
# relative_worst
# reach_high
# reach_low
MEANS = np.array([0.132967, 0.13774, 0.526564, 0.374915, 0.318888, 0.0266176, 0, 0.265319, 0.600373, 0.112265, 0.694293, 0.432025, 0.628574, 0.414714])
SCALES = np.array([0.0950193, 0.0881258, 0.397425, 0.2593, 0.301058, 0.137395, 1, 0.226786, 0.244752, 0.332454, 0.25888, 0.240564, 0.199687, 0.199783])
WEIGHTS = np.array([0.182677, 0.154753, 0.11902, 0.216816, -0.111351, -0.0387012, 0, -0.415722, -0.617341, 0.190175, 0.0210359, -0.0307893, 0.394209, 0.487993])
INTERCEPT = -4.04361
THRESHOLD = 0.2
