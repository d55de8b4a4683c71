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
MEANS = np.array([0.1079, 0.115681, 0.450096, 0.333549, 0.254478, 0.0191286, 0, 0.275969, 0.607469, 0.0944279, 0.622152, 0.3662, 0.619185, 0.402825])
SCALES = np.array([0.0926633, 0.0851209, 0.368821, 0.236248, 0.290343, 0.116272, 1, 0.226715, 0.240752, 0.305962, 0.287722, 0.244043, 0.199339, 0.197748])
WEIGHTS = np.array([0.20301, 0.143027, 0.132668, 0.192881, -0.12248, -0.0370723, 0, -0.437424, -0.606448, 0.171426, 0.00432259, -0.0675862, 0.370444, 0.480054])
INTERCEPT = -4.24093
THRESHOLD = 0.2
