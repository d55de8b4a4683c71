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
MEANS = np.array([0.136754, 0.139671, 0.545591, 0.37287, 0.316949, 0.0262467, 0, 0.266949, 0.601086, 0.110833, 0.695273, 0.436057, 0.629059, 0.415908])
SCALES = np.array([0.0965894, 0.08883, 0.410693, 0.258446, 0.300537, 0.136522, 1, 0.22677, 0.244199, 0.330585, 0.258057, 0.241161, 0.199427, 0.200326])
WEIGHTS = np.array([0.170255, 0.165382, -0.0139469, 0.336541, -0.0726461, -0.0243767, 0, -0.421224, -0.608512, 0.194092, 0.013398, -0.0387305, 0.395304, 0.461366])
INTERCEPT = -4.04815
THRESHOLD = 0.2
