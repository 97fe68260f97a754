"""The closed vocabulary of the content gate: the words a free sentence may use around the evidence's names
and numbers without making a claim.

Anything outside these lists (an attribute such as "waterproof", an event such as "renewed" or "last week",
a negation, a comparison, "another", "restock") is a claim the evidence would have to support, and the
content gate (:mod:`.content`) refuses it. The lists hold function words, the phrasing of a
recommendation ("we suggest", "may suit you", "worth a look") and the words of the relations the evidence
can hold; the words of a relation are allowed only when the evidence holds that relation, and the event
verb only when it is the data's ("bought" for purchases, "rated" for ratings).
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- English
#: function words and the phrasing of a recommendation: never a claim on their own
NEUTRAL_EN = frozenset("""
a an the and or but of to in into on at for with from by as so since because if than then that this these those
which who whom whose what it its it's they them their theirs you your yours you're you've you'll you'd we we'd we're
we've our ours us i i'd i'm they're they've they'd it'll it'd
is are was were be been being has have had having do does did doing can could may
might will would should shall must also too as well both each either all any some such very really quite just
here there now then often usually typically already based given thanks due like past previous earlier
recommend recommends recommended recommending recommendation recommendations rec recs suggest suggests suggested
suggesting suggestion suggestions pick picks picked picking choice choices option options pick selection
think thought guess believe expect hope reckon
enjoy enjoys enjoyed love loves like likes liking appreciate fancy
suit suits suited fit fits fitting match matches matching interest interests interested interesting appeal
appeals appealing
try consider check look looking see worth worthwhile need needs shopping compared compare comparing
good great nice fine strong natural next logical sensible solid safe lovely perfect ideal
addition step follow follow-up companion pairing another
for you to your for-you
list lists top picks recommendations
item items product products title titles one ones thing things film films movie movies magazine magazines
subscription subscriptions book books card cards gift
same brand brands maker makers publisher publishers line range family
shop store catalogue catalog site here our
people shoppers shopper customers customer users user readers reader buyers buyer others other folks persons person
fans members
mention mentions mentioned show shows showing seem seems seemed key point reason history purchases orders category
categories kind sort type frequently times counts count store-wide shop-wide overall altogether far across
make makes made most comes come sits sit sell sells carry carries making thanks single puts put leads lead
thinking start know
basis light view own owns
mainly mostly largely partly chiefly primarily strength whole entire
together alongside along
why reason reasons
""".split())

#: the event verbs, by the data's verb
VERB_EN: dict[str, frozenset[str]] = {
    "bought": frozenset("""bought buy buys buying purchased purchase purchases purchasing ordered order orders added
    took take takes taking grabbed
    picked chose chosen choose chooses went got get gets up buyer buyers purchaser purchasers owner owners""".split()),
    "rated": frozenset("rated rate rates rating ratings raters rater reviewed".split()),
}

#: words of a relation, allowed only when the evidence holds it
COBUY_EN = frozenset("both together also too well as often same did who fellow respectively".split())
POPULAR_EN = frozenset("""popular popularity best seller sellers selling bestseller bestselling best-seller
best-selling most top among sold widely rank ranks ranked ranking position place lots many plenty sales pop
total""".split())
COUNTERFACTUAL_EN = frozenset("""without drop drops dropped dropping fall falls fell falling slip slips slide
out rank ranks ranked ranking position place places spot longer among make made keep keeps kept stay stays
would wouldn't be those them ratings purchases purchase history removed remove removing take taking took
instead down slips slipped from up first sink sinks sank land lands landed tumble tumbles away move moves moved
missing miss misses neither nor cf""".split())
PRICE_EN = frozenset("costs cost priced price at for just only dollars dollar bucks card".split())
SIMILAR_EN = frozenset("similar like alike shares share sharing common words mention mentions feature features "
                       "describe describes similarity percent description descriptions both resemble resembles "
                       "resembling resemblance".split())

# counterfactual frames whose negation is the counterfactual itself
CF_FRAME_EN = re.compile(
    r"\bwere it not for\b|\btake away\b|\bif you had(?:n't| not)\b|\bhad you not\b|\bweren't\b|\bwere not\b|"
    r"\bwould(?:n't| not)(?: have)?\b|\bno longer\b|\bnot have\b|\bwould not be\b|\bout of\b"
)

# ---------------------------------------------------------------- Chinese
#: words a Chinese sentence may use (longest match first); event verbs and relation words are apart
NEUTRAL_ZH = frozenset("""
您 你 我们 我 被 已被 已经 已 曾 曾经 为您 向您 给您 为你 向你 给你 推荐 推荐给您 建议 挑选 挑选的 选择 选 因为 由于
所以 因此 因而 而 且 并且 而且 也
还 都 就 和 与 跟 及 以及 或 或者 、 它 它们 这 这个 这款 这本 这张 这部 这件 这些 该 那 其 其中 的 了 过 是 为 有
共有 已有 共
一共 总共 位 名 个 款 本 张 部 件 种 商品 产品 物品 东西 礼品卡 杂志 电影 书 图书 前者 后者 两者 两件 两款 两本 两张
两部 这两件
这两款 这两本 这两张 这两部 同一 同 同为 同样 同品牌 同一品牌 品牌 系列 出版 出版的 出品 出品的 旗下 来自 之一 中 里
在 上
可能 也许 或许 应该 会 会喜欢 喜欢 感兴趣 兴趣 适合 合适 不妨 看看 试试 考虑 值得 一看 一试 不错 很 挺 好 好选择 选择
是一个 是一款
下一步
自然 合理 主要 主要是 正是 原因 理由 基于 根据 看来 觉得 认为 想 可以 能 顾客 用户 读者 买家 人 其他 其他顾客 别的
许多 很多 不少
本店 店里 全店 我们店 店内 目录 这里 订阅 一份 一本 一张 一部 一件 一款 您的 你的 它的
另外 还有 另外还有 另有 出自 现在 目前
全站 全库 整个 之前 以前 此前 似乎 看来 偏爱 喜欢的 属于 类 类别 同类 按 排 排在 排第 次 共被
被购买 按购买次数
购买次数 次数
当中 虽然 属 位居 名列 只名列 仅名列 只排 只排在 仅排 仅排在
居 排行 排行榜 放在 放 和你一样 跟你一样 和您一样 跟您一样 像你一样 像您一样
所有电影 所有商品 所有杂志 所有礼品卡 所有产品 所有图书 全部 版 出版社 同出版社 里面
这双 那双 条 这台 那台 这把 那把 列表 位列
把 对 将 让 使 令
""".split())

VERB_ZH: dict[str, frozenset[str]] = {
    "bought": frozenset("购买 购买过 购买了 买过 买了 买 下单 选购 入手 购入 订购 订阅过 订阅了 订 订过 订了 "
                        "购买记录".split()),
    "rated": frozenset("""评价 评价过 评价了 评分 评过分 评过 打分 打过分 给 给它 评分过 打了分 评了分 评了 评了它
    评过它 打了 评分记录""".split()),
}
COBUY_ZH = frozenset("同时 一起 也 都 两件 两者 两样 两个 两款 和它 它们 这两件 这两部 这两本 各有 分别 经常 常常 常 "
                     "往往 会买 "
                     "也会买".split())
POPULAR_ZH = frozenset("受欢迎 最受欢迎 畅销 最畅销 热销 热门 销量 卖得 最多 多 评分人数 人数 第一 第二 第三 第四 第五 "
                       "第 前 前十 十 之一 人气 人气榜 榜 榜上 排名".split())
COUNTERFACTUAL_ZH = frozenset("""如果 没有 若 要是 少了 缺了 反事实 降至 跌至 掉至 落至 排到 下降到 下降
不算 那次 那笔 移除 移除后 出了
去掉 这次 这笔 这些 这三次 这几次 这条 这一条 次 购买 就 会 就会 将
跌到 跌出 掉到 掉出 掉出了 跌出了
降到 落到 从 第 位 名 推荐 前十名 前 十 进入 进入了 列表 之内 之外 不会 不再 排名 推荐列表 推荐前十名 后 之后 让 出现
出现在 就不会 不会出现""".split())
PRICE_ZH = frozenset("售价 价格 价 仅 仅售 只要 只需 美元 美金 元 块 面值 之间 区间 价位 价格段".split())
SIMILAR_ZH = frozenset("相似 类似 相近 共同 提到 提到了 都提到了 描述 特点 相似度".split())
#: product nouns a Chinese sentence may call an item by ("这款茶"); the open-world rules check that the noun fits
PRODUCT_NOUNS_ZH = frozenset("茶 茶叶 咖啡 咖啡豆 水壶 水杯 水瓶 瓶子 手机 手机壳 耳机 相机 充电器 书 小说 杂志 电影 "
                             "礼品卡 卡 鞋 跑鞋 袜 袜子 面霜 片 影片 "
                             "防晒霜 洗发水 护发素 三脚架 存储卡 保护膜 烹饪书 食谱".split())
