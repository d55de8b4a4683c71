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
MEANS = np.array([0.146729, 0.140039, 0.236918, 0.352461, 0.287733, 0.0224905, 0, 0.272352, 0.604896, 0.103477, 0.68496, 0.436626, 0.624173, 0.409375])
SCALES = np.array([0.0982088, 0.0883738, 0.176251, 0.246635, 0.294782, 0.126495, 1, 0.227442, 0.242443, 0.319459, 0.2565, 0.236724, 0.199646, 0.199942])
WEIGHTS = np.array([0.041304, 0.248459, 0.00112946, 0.326044, -0.0562147, -0.0149913, 0, -0.415906, -0.599594, 0.186793, 0.0791168, -0.0595898, 0.361824, 0.466366])
INTERCEPT = -4.15496
THRESHOLD = 0.2
