"""Generated text is untrusted output: the guard that keeps links, contact requests, instructions and advice out of
every shown reason, and the test that keeps hostile catalogue text out of prompts and templates.

Catalogue titles, brands and categories come from whoever wrote the catalogue (a marketplace seller, a scraped
feed), and a language model's reply is shaped by them; neither is trusted. Two functions hold the policy:

- :func:`screen` (the guard; :func:`whyrec.narrate.factcheck.check` runs it on every text, closed-world and
  open-world) returns an ``unsafe`` :class:`~whyrec.narrate.factcheck.Claim` for each thing a shop's reason must
  never say, with the reason in words;
- :func:`hostile` says why a catalogue string may not be written at all (None when it may).

What the guard looks for, in English and Chinese, after NFKC normalisation, with zero-width and other format
characters removed and case folded:

- **hard patterns**, refused anywhere in the text, quoted names included: URLs (``http://``, ``hxxp``,
  ``www.``), domains (``evil.com``, ``evil . com``, ``evil[.]com``, ``evil(dot)com``, ``evil dot com``,
  ``evil点com``, ``evil。com``), IP addresses, e-mail addresses (also ``[at]``), ``@handles``, phone numbers
  (seven or more digits), chat-template tokens and markup (``<|im_start|>``, ``<start_of_turn>``, ``</s>``,
  ``[INST]``, ``</data>``), prompt-injection phrases ("ignore all previous instructions", "system:", "tell
  the shopper", "忽略之前的指令", "你现在是"), requests to act outside the shop ("visit our website", "click
  here", "call us", "send money", "download the app", "reply YES", "log in again", "请访问", "点击链接",
  "请转账", "加微信"), credential and payment requests ("verify your account", "your account is locked",
  "enter your password", "claim your prize", "输入密码", "账户已被冻结", "领取奖品") and medical, legal
  and financial advice ("stop your medication", "ignore your doctor", "you don't need a lawyer", "guaranteed
  returns", "take out a loan", "停药", "不要听医生的", "稳赚不赔", "申请贷款");
- **trigger words**, refused outside catalogue names: "visit", "call", "click", "send", "transfer",
  "download", "reply", "link", "website", "login", "password", "account", "verify", "doctor", "medication", "lawyer",
  "invest", "loan", "mortgage", "crypto" ...; "访问", "点击", "登录", "密码", "转账", "汇款", "停药",
  "医生", "投资", "贷款", "网址", "链接", "律师" ... No sentence of whyrec's phrase language uses one, so a
  text holding one outside a name was not written from the evidence.

**The name policy** (what was chosen for item 2 of issue 15): a hostile title is never used as a name; it is
not cleaned and kept. :func:`hostile` of a title is its first hard pattern (checked on the raw text and on the
text as :func:`~whyrec.narrate.prompt.clean_text` quotes it); :attr:`ItemFacts.name
<whyrec.narrate.facts.ItemFacts.name>` is then the neutral label ``item <id>`` (the label untitled items
already get), so the prompt, the grammar, the template, the quality bar and the checker all see the label and
never the title. Hostile brands, categories, feature values and shared words are left out of the prompt's data
block and of the phrase language. Honest titles are used byte for byte as before.

**Benign titles with a trigger word** ("Call of the Wild (Book)", "Visit Paris Guide", "Password Journal",
"Doctor Who DVD", "密码日记本") are shown as names: a trigger word is allowed inside a text only where the text
writes, exactly, a catalogue string of the evidence (an item's name, brand or category, a feature value, a
shared word) that has no hard pattern. The same word anywhere else in the text ("call us", "your doctor") is
refused. So a title may name a thing; it may never carry a link, a contact, an instruction or advice.

**Delivery formats**: "e-mail" (a trigger word) names a product's format where an evidence item's own title
carries it as a word ("Panera Bread Gift Cards - E-mail Delivery": "the Panera e-mail card"); "e-mail us"
is still a hard pattern.

**One exception**, for trade names: a domain ``<brand>.com`` whose label is, exactly, the item's own brand
("Amazon.com Gift Card", brand "Amazon"; "Hotels.com Gift Card", brand "Hotels.com") does not make a title
hostile, and the guard allows it inside that item's name only (the whole name, its first three words, as
"the Amazon.com Gift Card in a Greeting Card" shortens the title, or the trade name right before a Chinese word
for a card, as "Amazon.com 礼品卡" names it; "buy it at amazon.com" is refused): 66 of the 1,547 Amazon 2018
gift-card titles are kept by it, and the 14 whose brand is missing ("Amazon.com Gift Card - Upload Your Photo")
are named ``item <id>``, as are 2 of 11,424 MovieLens titles ("Startup.com (2001)"). Whoever controls an item's brand
and title can therefore show its own bare domain inside its name, never a path, a scheme, an instruction or
a request around it.

Limits: the patterns are rules, not a model. Homoglyph domains in other scripts (Cyrillic "еvil.com"),
letter-spaced URLs ("e v i l . c o m") and a TLD outside the list below are not recognised; neither is advice
phrased without any of the words above.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from whyrec.narrate.factcheck.claims import Claim

if TYPE_CHECKING:
    from whyrec.narrate.facts import Facts, ItemFacts

__all__ = ["hostile", "neutral_label", "screen"]

# ---------------------------------------------------------------- normalisation
_FORMAT = {"Cf", "Co", "Cs", "Cn"}  # zero-width and bidi controls, private use: removed (they split words)


def _norm(text: str) -> str:
    """NFKC, format characters removed, other controls and odd spaces made spaces, lower case; the length may
    change, so findings quote the normalised text."""
    s = unicodedata.normalize("NFKC", str(text))
    out = []
    for c in s:
        cat = unicodedata.category(c)
        if cat in _FORMAT:
            continue
        out.append(" " if cat[0] == "C" or (cat[0] == "Z" and c != " ") else c)
    return "".join(out).lower()


# ---------------------------------------------------------------- hard patterns
_TLD = (
    "com|net|org|info|biz|io|co|ai|app|dev|xyz|top|site|online|shop|store|club|vip|win|click|link|live|pro|tv|me|"
    "cc|ws|tk|ml|ga|cf|gq|pw|su|ru|cn|hk|tw|uk|de|fr|jp|kr|in|us|eu|ly|gl|to|gg|mobi|asia|cloud|email|support|"
    "help|page|space|fun|icu|buzz|rest|work|today|world|zip|mov|lol|cyou|sbs|bond|cfd|ink|cx|la|tech|gov|edu|"
    "中国|公司|网络|网址|在线|商城"
)
# TLDs that no English sentence writes as a word after a spaced dot or "dot": "evil . com", "evil dot cn"
_TLD_STRONG = "com|net|org|info|biz|xyz|top|cn|ru|io|cc|tk|icu|cyou|buzz|sbs|vip"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_OBF_SEP = (r"(?:\s*(?:\[\s*(?:\.|dot|点)\s*\]|\(\s*(?:\.|dot|点)\s*\)|\{\s*(?:\.|dot)\s*\}|<\s*dot\s*>)\s*"
            r"|\s+dot\s+|\s*[。点點]\s*|\s+\.\s*|\.\s+)")

_HARD: list[tuple[str, re.Pattern[str]]] = [
    # links
    ("link", re.compile(r"\b(?:h(?:tt|xx)ps?|ftp|file|javascript)\s*(?::|\[:\])\s*//?|\bwww\s*(?:\.|\[\.\]|\bdot\b)")),
    ("link", re.compile(rf"(?<![a-z0-9-])(?:{_LABEL}\.)+(?:{_TLD})(?![a-z0-9])(?:/[^\s\"”']*)?")),
    ("link", re.compile(rf"(?<![a-z0-9-]){_LABEL}(?:{_OBF_SEP}{_LABEL})*{_OBF_SEP}(?:{_TLD_STRONG})(?![a-z0-9])")),
    ("link", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)")),
    # contacts
    ("contact", re.compile(r"[a-z0-9._%+-]+\s*(?:@|\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\})\s*[a-z0-9-]+"
                           r"(?:\s*(?:\.|\[\.\]|\(\.\)|\bdot\b)\s*[a-z0-9-]+)+")),
    ("contact", re.compile(r"(?<![a-z0-9_.@])@[a-z0-9_]{2,}")),
    ("phone", re.compile(r"(?<![a-z0-9_$¥€£.,#])(?:\+\s?\d[\d\s().-]{5,20}\d|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|"
                         r"\d{3,4}[\s-]\d{3,4}[\s-]\d{3,4}|\d{7,16})(?![a-z0-9])")),  # digits counted below
    ("contact", re.compile(r"\b(?:add|message|text|ping|dm|contact|reach|find)\s+(?:us|me)\s+(?:on|at|via)\b|"
                           r"\b(?:whatsapp|telegram|wechat|signal|viber|line)\s*(?:id|number|me|us)\b|"
                           r"加\s*(?:微信|vx|v信|qq|好友)|微信号|qq\s*号|(?:扫|扫描)(?:一下)?(?:下方|这个|此)?二维码")),
    # prompt injection and markup
    ("instruction", re.compile(r"<\|[^|>]{0,40}\|>|<\s*/?\s*[a-z_][a-z0-9_:-]{0,30}(?:\s[^<>]{0,60})?>|"
                               r"\[\s*/?\s*inst\s*\]|<<\s*/?\s*sys\s*>>|#{2,}\s*(?:instruction|system|response)")),
    ("instruction", re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b(?:\s+\w+){0,3}?\s+(?:instructions?|prompts?|rules|"
        r"guidelines|directions|directives|messages|context|constraints)\b|"
        r"(?:^|[\n>\]|])\s*(?:system|assistant|user|developer)\s*[:：]|"
        r"\b(?:system|developer)\s+(?:prompt|message|instructions?|override)\b|"
        r"\byou\s+are\s+now\b|\b(?:act|behave)\s+as\s+(?:a|an|the|my)\b|\bpretend\s+(?:to\s+be|you\s+are)\b|"
        r"\bnew\s+instructions?\b|\bdeveloper\s+mode\b|\bjailbr(?:ea|o)k|\bdo\s+anything\s+now\b|"
        r"\b(?:tell|inform|instruct|ask|remind|urge|warn)\s+(?:the|all|every|our)\s+(?:shoppers?|users?|customers?|"
        r"readers?|buyers?)\b|\b(?:reveal|print|repeat|show|output)\s+(?:your|the)\s+(?:system\s+)?(?:prompt|"
        r"instructions)\b|"
        r"(?:忽略|无视|忘记|忘掉|不要理会|不要管|跳过|覆盖)[^。！？\n]{0,10}(?:指令|指示|提示词?|规则|说明|设定|要求)|"
        r"(?:系统|system)\s*(?:提示|消息|指令)|你现在是|(?:请|你)扮演|(?:告诉|提醒|通知|要求|让)(?:所有|每位)?(?:顾客|用户|购物者|买家|客户)|"
        r"新的?指令")),
    # acting outside the shop
    ("action", re.compile(
        r"\b(?:visit|go\s+to|head\s+(?:over\s+)?to|browse\s+to|navigate\s+to|open|check\s+out)\s+(?:our|my|this|"
        r"the|their|that)\s+(?:website|web\s*site|site|web\s*page|page|link|url|homepage|portal|online\s+store|"
        r"store\s+online|shop\s+online)\b|"
        r"\b(?:click|tap|press|follow)\s+(?:on\s+)?(?:here|the\s+link|this\s+link|that\s+link|below|the\s+button|"
        r"the\s+url|now)\b|"
        r"\b(?:call|phone|ring|text|sms|whatsapp|message|dm|e-?mail|contact|reach|fax)\s+(?:us|now|today|our|"
        r"the\s+(?:number|hotline|helpline|seller|store|support)|this\s+(?:number|hotline)|customer\s+service|"
        r"support)\b|\b(?:call|sms|whatsapp|fax)\s+\+?\d|"
        r"\b(?:send|transfer|wire|deposit|remit|pay)\s+(?:(?:us|me|them|him|her)\s+)?(?:the\s+|your\s+|a\s+|an\s+|"
        r"some\s+|all\s+)?(?:money|funds|payment|cash|bitcoin|btc|crypto|deposit|fee|gift\s+card\s+codes?|"
        r"codes?|\$|usd\b|€|£)|\bpay\s+(?:us|me|now|online|a\s+fee|the\s+fee|via|with\s+gift)\b|"
        r"\b(?:download|install|run|open)\s+(?:the|our|this|an?|my)?\s*(?:app|apk|file|attachment|software|"
        r"program|update|extension|plugin|exe)\b|\bdownload\s+(?:it\s+)?now\b|"
        r"\breply\s+(?:to\s+(?:this|us|me)|with|now|yes|stop|y\b|\d)|\bscan\s+(?:the|this)\s+(?:qr|code)|"
        r"请\s*(?:访问|点击|登录|登陆|转账|汇款|拨打|致电|联系|回复|下载|扫码|添加|打开)|"
        r"点击(?:链接|这里|此处|下方|以下|进入)|(?:访问|打开|登录|登陆|前往)(?:网址|网站|链接|官网|以下|下面)|"
        r"(?:转账|汇款|打款)(?:到|至|给)|拨打|致电|回复\s*\d|立即(?:下载|联系|访问|注册|点击)")),
    ("credentials", re.compile(
        r"\b(?:log|sign)\s*-?\s*(?:in|on)\s+(?:again|now|here|to|at|into|with)\b|\blogin\s+(?:again|now|here|to|"
        r"at)\b|\bre-?(?:login|log\s+in|enter\s+your)\b|"
        r"\b(?:verify|confirm|update|validate|re-?activate|unlock|restore|secure|reset)\s+(?:your|the)\s+(?:account|"
        r"identity|password|details|payment|card|billing|information|info|login|credentials|e-?mail|phone)\b|"
        r"\byour\s+(?:account|card|password|payment|order|package|parcel|subscription)\s+(?:is|has\s+been|was|"
        r"will\s+be|must\s+be)\s+(?:locked|suspended|blocked|compromised|expired|closed|on\s+hold|frozen|"
        r"disabled|cancell?ed|restricted|verified)\b|"
        r"\b(?:enter|provide|share|send|give|type|submit|confirm|tell\s+us)\s+(?:us\s+|me\s+)?(?:your|the)\s+"
        r"(?:password|pin|passcode|card\s+(?:number|details)|cvv|cvc|ssn|social\s+security|bank\s+(?:details|"
        r"account)|login|credentials|one-time\s+(?:code|password)|otp|verification\s+code|security\s+code|"
        r"account)\b|"
        r"\bclaim\s+(?:your|the|a)\s+(?:reward|prize|gift|refund|winnings|bonus|voucher|coupon)\b|"
        r"\byou(?:'ve|\s+have)?\s+(?:just\s+)?won\b(?!['’]t)|\b(?:wire|bank)\s+transfer\b|"
        r"(?:输入|提供|告诉我们|发送|填写|提交)(?:您的|你的)?(?:密码|验证码|银行卡|卡号|账号|账户|帐号|帐户|身份证)|"
        r"(?:账户|账号|帐户|帐号)(?:已经|已|将|被)+(?:被)?(?:锁定|冻结|停用|封禁|异常|过期|限制)|"
        r"验证(?:您的|你的)?(?:账户|账号|帐户|帐号|身份)|重新登录|领取(?:奖品|奖励|红包|礼品|奖金)|中奖|领奖")),
    ("medical", re.compile(
        r"\bstop\s+(?:taking\s+|using\s+)?(?:your\s+|all\s+|the\s+)?(?:medications?|medicines?|meds|pills|tablets|"
        r"treatment|insulin|prescriptions?|chemo\w*|antidepressants?|therapy)\b|"
        r"\b(?:ignore|don'?t\s+listen\s+to|do\s+not\s+listen\s+to|skip|avoid|distrust|no\s+need\s+(?:for|to\s+see))"
        r"\s+(?:your\s+|a\s+|the\s+)?(?:doctors?|physicians?|gp|pharmacist|medical\s+advice)\b|"
        r"\binstead\s+of\s+(?:seeing\s+|asking\s+|your\s+|a\s+)*(?:doctors?|physicians?|medications?|medicines?|"
        r"treatment)\b|\b(?:cures?|heals?|reverses?)\s+(?:your\s+)?(?:cancer|diabetes|covid|depression|anxiety|"
        r"arthritis|disease|infections?|hypertension|adhd|autism)\b|\b(?:double|increase|reduce|change|skip)\s+"
        r"your\s+(?:dose|dosage|medication)\b|\bmedical\s+advice\b|"
        r"停药|停止(?:服药|用药|吃药|治疗)|(?:不要|别|不用|无需|不必)(?:再)?(?:听|信|相信|理会|去看|看|找|去)?医生|"
        r"代替(?:药物|医生|治疗)|包治|根治")),
    ("legal", re.compile(
        r"\b(?:you\s+)?(?:don'?t|do\s+not)\s+need\s+(?:a\s+)?(?:lawyer|attorney|solicitor)\b|\b(?:hire|retain|"
        r"contact|consult|call|get)\s+(?:a|an|our|my)\s+(?:lawyer|attorney|solicitor)\b|\bsue\s+(?:them|him|her|"
        r"your|us)\b|\blegal\s+advice\b|\b(?:avoid|evade)\s+(?:taxes|tax|the\s+law|the\s+police)\b|"
        r"(?:不要|别|不用|无需|不必)(?:请|找)?律师|法律建议|逃税|避税")),
    ("financial", re.compile(
        r"\binvest\s+(?:your|all|now|today)\b|\binvest(?:ing)?\s+in\s+(?:crypto\w*|bitcoin|stocks|shares|gold|"
        r"forex|our|this)\b|\bguaranteed\s+(?:returns?|profits?|income|gains)\b|\b(?:take\s+out|apply\s+for|get|"
        r"need)\s+a\s+(?:loan|mortgage|payday\s+loan|credit\s+line)\b|\bdouble\s+your\s+(?:money|investment|"
        r"savings)\b|\b(?:buy|sell)\s+(?:crypto\w*|bitcoin|stocks|shares)\s+now\b|\bfinancial\s+advice\b|"
        r"稳赚|保本|高额回报|翻倍收益|(?:申请|办理)(?:贷款|借款|网贷)|立即(?:投资|贷款|借款)")),
]

# ---------------------------------------------------------------- trigger words
_SOFT: list[tuple[str, re.Pattern[str]]] = [
    ("action", re.compile(r"\b(?:visit(?:s|ing|ed)?|call(?:s|ing)?|click(?:s|ing|ed)?|send(?:s|ing)?|"
                          r"transfer(?:s|red|ring)?|download(?:s|ing|ed)?|repl(?:y|ies|ied)|e-?mail|whatsapp|"
                          r"telegram|wechat|hotline|helpline|links?|urls?|websites?|inbox)\b|访问|点击|网址|链接|网站|下载|回复|电话|微信|扫码|二维码|客服")),
    ("credentials", re.compile(r"\b(?:log-?in|log\s+in|sign-?in|sign\s+in|log-?on|passwords?|passcode|"
                               r"accounts?|verify|verification|credentials?|credit\s+card|debit\s+card|"
                               r"bank\s+account|card\s+number|cvv|ssn)\b|登录|登陆|密码|账号|账户|帐号|帐户|验证码|"
                               r"银行卡|信用卡|转账|汇款")),
    ("medical", re.compile(r"\b(?:doctors?|physicians?|medications?|medicines?|meds|prescriptions?|dosage|"
                           r"diagnos\w*)\b|医生|医院|就医|药物|服药|吃药|处方|停药")),
    ("legal", re.compile(r"\b(?:lawyers?|attorneys?|lawsuits?|solicitors?|sue)\b|律师|诉讼|起诉|打官司")),
    ("financial", re.compile(r"\b(?:invest(?:s|ing|ed|ment|ments|or|ors)?|loans?|mortgages?|crypto\w*|bitcoin|"
                             r"forex|debts?|credit\s+score|interest\s+rates?)\b|投资|贷款|借款|理财|股票|基金|比特币|"
                             r"利息")),
]

_WHY = {
    "link": "a link or domain: a reason may not send the shopper to a site",
    "contact": "contact details: a reason may not ask the shopper to get in touch",
    "instruction": "an instruction or chat markup: catalogue and model text are data, never instructions",
    "action": "asks the shopper to act outside the shop",
    "credentials": "asks for a login, password, account or payment step",
    "medical": "medical advice",
    "legal": "legal advice",
    "financial": "financial advice",
}


def _hard(norm: str) -> list[tuple[str, int, int]]:
    out = []
    for kind, pat in _HARD:
        for m in pat.finditer(norm):
            s, e = m.start(), m.end()
            while s < e and norm[s] in " \n>]|":
                s += 1
            if kind == "phone":  # seven to sixteen digits: a price, a count or a year has fewer
                if not 7 <= sum(c.isdigit() for c in m.group()) <= 16:
                    continue
                kind = "contact"
            if e > s:
                out.append((kind, s, e))
    return out


def _soft(norm: str) -> list[tuple[str, int, int]]:
    return [(kind, m.start(), m.end()) for kind, pat in _SOFT for m in pat.finditer(norm)]


# ---------------------------------------------------------------- catalogue strings
def hostile(value: Any, brand: Any = None) -> str | None:
    """Why the catalogue string ``value`` may not be written in a prompt, a grammar or a reason (its first hard
    pattern, in words, with the words that match), or None when it may. ``brand``, for a title, is the item's
    brand: ``<brand>.com`` is then a trade name, not a link (the module docstring's one exception)."""
    if value is None:
        return None
    return _hostile(str(value), "" if brand is None else str(brand))


@functools.lru_cache(maxsize=65536)
def _hostile(value: str, brand: str) -> str | None:
    from whyrec.narrate.prompt import clean_text

    trade = _trade_name(brand)
    for text in (value, clean_text(value, 10_000)):
        norm = _norm(text)
        for kind, s, e in sorted(_hard(norm), key=lambda f: f[1]):
            if kind == "link" and norm[s:e] == trade:
                continue
            return f"{_WHY[kind]} ({norm[s:e]!r})"
    return None


def _trade_name(brand: str) -> str | None:
    """``<brand>.com`` for a one-word brand ("Amazon"), the brand itself when it is such a name ("Hotels.com")."""
    b = _norm(brand).strip()
    if b.endswith(".com"):
        b = b[:-4]
    return f"{b}.com" if re.fullmatch(_LABEL, b) else None


def neutral_label(item: str) -> str:
    """The name of an item whose title is hostile: ``item <id>`` (as for an untitled item), or ``item <hash of the
    id>`` when the id is more than letters, digits, ``_`` and ``-`` (so that no label is a domain or markup)."""
    if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", item):
        return f"item {item}"
    return "item " + hashlib.sha256(item.encode("utf-8")).hexdigest()[:8]


#: trigger words that name a product's delivery format when its own title says so ("E-mail Delivery")
_FORMAT_WORDS = frozenset({"e-mail", "email"})


def _vetted(facts: Facts) -> list[str]:
    """The catalogue strings of ``facts`` a text may write (normalised, longest first): names (hostile titles are
    labels already), brands, categories, feature values and shared words with no hard pattern."""
    from whyrec.narrate.phrases import ZH_CATEGORY
    from whyrec.narrate.prompt import clean_text

    raw: list[str] = []
    items = [facts.item, *facts.evidence_items()]
    for it in items:
        raw += [it.name, clean_text(it.name)]
        title = _norm(it.name).split()
        if _title_trade(it) and len(title) > 2:  # "Amazon.com Gift Card in a ...": its first words
            raw.append(" ".join(title[:3]))
        if hostile(it.name) is None:  # "... Gift Cards - E-mail Delivery": "the e-mail card" names the format
            raw += [w for w in _norm(it.name).split() if w in _FORMAT_WORDS]
        for v in (it.brand, it.category):
            if v and hostile(v) is None:
                raw += [v, clean_text(v), ZH_CATEGORY.get(v, "")]
    for f, v, _ in facts.features:
        for x in (f, v):
            if x is not None and hostile(x) is None:
                raw += [str(x), clean_text(x, 40), ZH_CATEGORY.get(str(x), "")]
    for _, _, words in facts.similar:
        raw += [w for w in words if hostile(w) is None]
        raw += [clean_text(w, 20) for w in words if hostile(w) is None]
    out = {_norm(s).strip() for s in raw if s}
    return sorted((s for s in out if len(s) >= 2), key=len, reverse=True)


#: a Chinese product noun right after a trade name ("Amazon.com 礼品卡", "amazon.com电子礼品卡")
_ZH_PRODUCT_AFTER = re.compile(r"\s?(?:电子)?(?:礼品卡|礼卡|购物卡|卡)")


def _title_trade(it: ItemFacts) -> str | None:
    """The trade name (``<brand>.com``) the item's own title begins with, or None."""
    trade = _trade_name(it.brand) if it.brand else None
    return trade if trade and _norm(it.name).split()[:1] == [trade] else None


def _trade_names(facts: Facts) -> set[str]:
    """The trade names that begin an evidence item's own title."""
    return {t for it in [facts.item, *facts.evidence_items()] if (t := _title_trade(it))}


def _spans(norm: str, strings: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for s in strings:
        pat = re.escape(s)
        if s[0].isascii() and s[0].isalnum():
            pat = r"(?<![a-z0-9])" + pat
        if s[-1].isascii() and s[-1].isalnum():
            pat += r"(?![a-z0-9])"
        for m in re.finditer(pat, norm):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                spans.append((m.start(), m.end()))
    return spans


# ---------------------------------------------------------------- the guard
def screen(text: str, facts: Facts | None = None) -> list[Claim]:
    """The ``unsafe`` claims of ``text`` (empty when it says nothing a shop's reason must not say).

    Hard patterns are refused anywhere, quoted names included (except a trade name inside its own item's name,
    and a digit run inside an ``item <id>`` label); trigger words are refused outside the catalogue strings of
    ``facts`` (see the module docstring). Each claim's ``value`` is the kind of problem (``link``, ``contact``,
    ``instruction``, ``action``, ``credentials``, ``medical``, ``legal``, ``financial``) and ``why`` says it.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str; got {type(text).__name__}")
    norm = _norm(text)
    spans = _spans(norm, _vetted(facts)) if facts is not None else []

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in spans)

    trades = _trade_names(facts) if facts is not None else set()

    def named_in_chinese(s: int, e: int) -> bool:  # "Amazon.com 礼品卡": the trade name before a Chinese product noun
        return norm[s:e].strip() in trades and bool(_ZH_PRODUCT_AFTER.match(norm, e))

    found: list[tuple[str, int, int, bool]] = [(k, s, e, True) for k, s, e in _hard(norm)
                                               if not inside(s, e) and not named_in_chinese(s, e)]
    masked = list(norm)
    for a, b in spans:
        masked[a:b] = " " * (b - a)
    found += [(k, s, e, False) for k, s, e in _soft("".join(masked))]
    out: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for kind, s, e, hard in sorted(found, key=lambda f: (not f[3], f[1], -f[2])):  # hard patterns first
        if any(a < e and s < b for a, b in taken):
            continue
        taken.append((s, e))
        why = _WHY[kind] + ("" if hard else " (a word no reason built from the evidence uses, outside a "
                                               "catalogue name)")
        out.append(Claim("unsafe", norm[s:e].strip(), kind, False, why))
    return out
