"""Credit scoring with reason codes and verified recourse (``pip install 'whyrec[credit]'``).

:func:`german_credit` / :func:`read_applicants` give an :class:`Applicants` table; :func:`make_credit_model`
a classifier (a WOE scorecard and LightGBM with exact field contributions; FM, DeepFM and NFM with integrated
gradients); :func:`cross_validate` its AUC, KS and Brier; :func:`reason_codes` the principal reasons of a
decline (never a protected field); :func:`find_recourse` the smallest verified change that turns it;
:mod:`whyrec.credit.narrate` the notice in words, checked.
"""

from whyrec.credit.data import Applicants, german_credit, read_applicants
from whyrec.credit.evaluate import choose_cutoff, cross_validate, ks_statistic
from whyrec.credit.models import Boosted, CreditModel, Scorecard, points
from whyrec.credit.neural import DeepFMCredit, FMCredit, NeuralCredit, NFMCredit
from whyrec.credit.reasons import agreement, reason_codes
from whyrec.credit.recourse import Recourse, find_recourse
from whyrec.credit.registry import CREDIT_MODELS, make_credit_model

__all__ = ["CREDIT_MODELS", "Applicants", "Boosted", "CreditModel", "DeepFMCredit", "FMCredit", "NFMCredit",
           "NeuralCredit", "Recourse", "Scorecard", "agreement", "choose_cutoff", "cross_validate", "find_recourse",
           "german_credit", "ks_statistic", "make_credit_model", "points", "read_applicants", "reason_codes"]
