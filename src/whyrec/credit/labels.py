"""How a credit field and its values read to an applicant, in English and Chinese.

German Credit's fields and categories have labels here; a lender's own table falls back to the column name
(underscores as spaces) and the value as written. Numeric values carry their unit where the field has one.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["FIELD_ALIASES", "FIELD_LABELS", "field_label", "field_names", "value_label"]

#: field -> (English, Chinese, unit en, unit zh)
FIELD_LABELS: dict[str, tuple[str, str, str, str]] = {
    "status_of_existing_checking_account": ("checking account", "支票账户", "", ""),
    "duration_in_month": ("credit duration", "贷款期限", "months", "个月"),
    "credit_history": ("credit history", "信用记录", "", ""),
    "purpose": ("purpose of the credit", "贷款用途", "", ""),
    "credit_amount": ("credit amount", "贷款金额", "DM", "马克"),
    "savings_account_and_bonds": ("savings", "储蓄", "", ""),
    "present_employment_since": ("time in present job", "现职年限", "", ""),
    "installment_rate_in_percentage_of_disposable_income": ("instalment rate", "分期还款比例", "% of disposable income",
                                                            "%（占可支配收入）"),
    "personal_status_and_sex": ("personal status and sex", "婚姻状况与性别", "", ""),
    "other_debtors_or_guarantors": ("other debtors or guarantors", "其他债务人或担保人", "", ""),
    "present_residence_since": ("years at present residence", "现居住年限", "years", "年"),
    "property": ("property", "财产", "", ""),
    "age_in_years": ("age", "年龄", "years", "岁"),
    "other_installment_plans": ("other instalment plans", "其他分期计划", "", ""),
    "housing": ("housing", "住房", "", ""),
    "number_of_existing_credits_at_this_bank": ("credits at this bank", "在本行的贷款笔数", "", "笔"),
    "job": ("job", "工作", "", ""),
    "number_of_people_being_liable_to_provide_maintenance_for": ("dependants", "需供养人数", "", "人"),
    "telephone": ("telephone", "电话", "", ""),
    "foreign_worker": ("foreign worker", "外籍劳工", "", ""),
}

#: German Credit's categories -> (English, Chinese)
VALUE_LABELS: dict[str, tuple[str, str]] = {
    "... < 0 DM": ("overdrawn", "透支"),
    "0 <= ... < 200 DM": ("under 200 DM", "低于 200 马克"),
    "... >= 200 DM / salary assignments for at least 1 year": ("200 DM or more", "200 马克及以上"),
    "no checking account": ("none", "无"),
    "all credits at this bank paid back duly": ("all credits here repaid", "本行贷款均已按时还清"),
    "critical account/ other credits existing (not at this bank)": ("critical account", "高风险账户"),
    "delay in paying off in the past": ("past delays in repaying", "曾经延迟还款"),
    "existing credits paid back duly till now": ("credits repaid on time so far", "现有贷款按时还款"),
    "no credits taken/ all credits paid back duly": ("no credits or all repaid", "无贷款或均已还清"),
    "business": ("business", "经营"),
    "car (new)": ("a new car", "新车"),
    "car (used)": ("a used car", "二手车"),
    "domestic appliances": ("domestic appliances", "家用电器"),
    "education": ("education", "教育"),
    "furniture/equipment": ("furniture", "家具"),
    "others": ("other", "其他"),
    "radio/television": ("a radio or television", "收音机或电视"),
    "repairs": ("repairs", "维修"),
    "retraining": ("retraining", "再培训"),
    "... < 100 DM": ("under 100 DM", "低于 100 马克"),
    "100 <= ... < 500 DM": ("100 to 500 DM", "100 至 500 马克"),
    "500 <= ... < 1000 DM": ("500 to 1000 DM", "500 至 1000 马克"),
    "... >= 1000 DM": ("1000 DM or more", "1000 马克及以上"),
    "unknown/ no savings account": ("none known", "无储蓄账户"),
    "... < 1 year": ("under a year", "不到 1 年"),
    "1 <= ... < 4 years": ("1 to 4 years", "1 至 4 年"),
    "4 <= ... < 7 years": ("4 to 7 years", "4 至 7 年"),
    "... >= 7 years": ("7 years or more", "7 年及以上"),
    "unemployed": ("unemployed", "失业"),
    "co-applicant": ("a co-applicant", "共同申请人"),
    "guarantor": ("a guarantor", "担保人"),
    "none": ("none", "无"),
    "building society savings agreement/ life insurance": ("savings agreement or life insurance", "储蓄协议或人寿保险"),
    "car or other, not in attribute Savings account/bonds": ("a car or other", "汽车或其他"),
    "real estate": ("real estate", "房产"),
    "unknown / no property": ("none known", "无财产"),
    "bank": ("at a bank", "银行"),
    "stores": ("at stores", "商店"),
    "for free": ("housed for free", "免费居住"),
    "own": ("owner", "自有"),
    "rent": ("renting", "租房"),
    "management/ self-employed/ highly qualified employee/ officer": ("management or self-employed", "管理层或自雇"),
    "skilled employee / official": ("skilled employee", "技术员工"),
    "unemployed/ unskilled - non-resident": ("unskilled, non-resident", "非常住非技术人员"),
    "unskilled - resident": ("unskilled", "非技术人员"),
    "yes, registered under the customers name": ("yes", "有"),
}


def field_label(field: str, lang: str = "en") -> str:
    """The field as an applicant reads it."""
    if field in FIELD_LABELS:
        return FIELD_LABELS[field][0 if lang == "en" else 1]
    return field.replace("_", " ")


def value_label(field: str, value: Any, lang: str = "en") -> str:
    """A value of ``field`` as an applicant reads it (numbers with the field's unit)."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = f"{value:g}" if isinstance(value, float) else str(value)
        unit = FIELD_LABELS.get(field, ("", "", "", ""))[2 if lang == "en" else 3]
        if not unit:
            return number
        return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}"
    text = str(value)
    return VALUE_LABELS[text][0 if lang == "en" else 1] if text in VALUE_LABELS else text


#: other names a writer uses for German Credit's fields (English, Chinese): a notice naming a field by one of
#: them names that field
FIELD_ALIASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "status_of_existing_checking_account": (("checking account", "current account", "checking balance",
                                             "account balance"), ("支票账户", "活期账户", "账户余额")),
    "duration_in_month": (("credit duration", "loan term", "term", "duration", "repayment period"),
                          ("贷款期限", "期限", "还款期")),
    "credit_history": (("credit history", "repayment history", "credit record"), ("信用记录", "还款记录")),
    "purpose": (("purpose of the credit", "purpose of the loan", "purpose"), ("贷款用途", "用途")),
    "credit_amount": (("credit amount", "loan amount", "amount borrowed", "amount requested", "amount"),
                      ("贷款金额", "借款金额", "金额")),
    "savings_account_and_bonds": (("savings account", "savings"), ("储蓄", "存款")),
    "present_employment_since": (("time in present job", "present job", "current job", "employment", "job tenure"),
                                 ("现职年限", "工作年限", "现职", "任职")),
    "installment_rate_in_percentage_of_disposable_income": (("instalment rate", "installment rate"),
                                                            ("分期还款比例", "还款比例")),
    "other_debtors_or_guarantors": (("other debtors or guarantors", "guarantor", "co-applicant"), ("担保人",
                                                                                                  "共同申请人")),
    "present_residence_since": (("years at present residence", "present residence", "current address"),
                                ("现居住年限", "居住年限")),
    "property": (("property",), ("财产",)),
    "other_installment_plans": (("other instalment plans", "other installment plans", "instalment plans",
                                 "installment plans"), ("其他分期计划", "分期计划", "分期付款")),
    "housing": (("housing",), ("住房", "住房情况")),
    "number_of_existing_credits_at_this_bank": (("credits at this bank", "existing credits", "other loans"),
                                                ("在本行的贷款笔数", "现有贷款")),
    "job": (("job", "occupation"), ("工作", "职业")),
    "number_of_people_being_liable_to_provide_maintenance_for": (("dependants", "dependents"), ("需供养人数",
                                                                                                "供养")),
    "telephone": (("telephone", "phone"), ("电话",)),
}


def field_names(field: str, lang: str = "en") -> tuple[str, ...]:
    """Every name of ``field`` a notice may use: its label and its aliases."""
    aliases = FIELD_ALIASES.get(field, ((), ()))[0 if lang == "en" else 1]
    return tuple(dict.fromkeys((field_label(field, lang), *aliases)))
