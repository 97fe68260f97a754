"""Chinese words for the English words of product names and categories, so that a Chinese sentence may call an
evidence item by its category in Chinese ("家居设计杂志" for a magazine in "Home & Garden, Design &
Decoration", "烹饪" for "Cooking, Food & Wine").

A Chinese word of this glossary is allowed only when one of its English words is a word of the evidence's own
titles, brands or categories (:func:`allowed`): it translates a name the evidence holds, and claims nothing
else. The entries are category and genre words of retail catalogues (Amazon's top categories, film genres),
not words of any labelled sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["ZH_GLOSS", "allowed"]

ZH_GLOSS: dict[str, tuple[str, ...]] = {
    # food and home
    "烹饪": ("cooking", "cook", "culinary"), "烹调": ("cooking",), "美食": ("food", "cooking"), "食品": ("food",),
    "饮食": ("food", "diet"), "葡萄酒": ("wine",), "红酒": ("wine",), "酒": ("wine",), "菜谱": ("recipes",),
    "食谱": ("recipes", "recipe", "cookbook", "cookbooks", "cooking"),
    "家居": ("home",), "家庭": ("home", "families", "family"), "园艺": ("garden", "gardening"),
    "花园": ("garden",), "设计": ("design",), "装饰": ("decoration", "decor"), "装修": ("improvement",
                                                                                    "improvements", "decoration"),
    "育儿": ("parenting",), "亲子": ("parenting", "families"),
    # people and style
    "时尚": ("fashion",), "风格": ("style",), "男士": ("men",), "男性": ("men",), "女士": ("women",),
    "女性": ("women",), "儿童": ("kids", "children"), "孩子": ("kids", "children"), "少儿": ("kids", "children"),
    "青少年": ("teen", "teens"),
    # interests
    "艺术": ("art", "arts"), "音乐": ("music",), "摄影": ("photography",), "娱乐": ("entertainment",),
    "流行文化": ("pop", "culture"), "文化": ("culture",), "电视": ("television", "tv"), "新闻": ("news",),
    "政治": ("politics", "political"), "商业": ("business",), "财经": ("business", "finance", "investing"),
    "投资": ("investing",), "科技": ("technology", "science", "tech"), "科学": ("science",),
    "技术": ("technology",), "计算机": ("computers", "computer"), "历史": ("history",), "旅行": ("travel",),
    "旅游": ("travel",), "体育": ("sports",), "健身": ("fitness",), "健康": ("health",), "户外": ("outdoor",
                                                                                               "outdoors"),
    "汽车": ("automotive", "cars", "auto"), "宗教": ("religion",), "文学": ("literary", "literature"),
    "游戏": ("games", "gaming"), "特殊": ("special",), "专业": ("professional",), "手工": ("crafts", "hobbies"),
    "爱好": ("hobbies",), "工艺": ("crafts",), "动物": ("animals",), "宠物": ("pets",), "地理": ("geographic",
                                                                                            "geography"),
    "美容": ("beauty",), "护肤": ("skin", "skincare"), "护发": ("hair",), "头发": ("hair",), "化妆": ("makeup",),
    "电子": ("egift", "electronic", "email", "mail", "electronics"), "餐厅": ("restaurant", "restaurants"),
    "咖啡馆": ("cafe", "coffee"), "透明": ("clear", "transparent"), "保温": ("insulated", "thermal"),
    "精装": ("hardcover",), "平装": ("paperback",),
    # words of product titles
    "玻璃": ("glass",), "不锈钢": ("steel", "stainless"), "陶瓷": ("ceramic",), "无线": ("wireless",),
    "蓝牙": ("bluetooth",), "便携": ("portable",), "保湿": ("hydrating", "moisture", "moisturizing"),
    "修护": ("repair",), "冷萃": ("cold", "brew"), "意式浓缩": ("espresso",), "意式": ("espresso", "italian"),
    "浓缩": ("espresso",),
    "烘焙": ("roast", "roasted"), "绿茶": ("green",), "红茶": ("black", "breakfast"), "早餐": ("breakfast",),
    "雪花": ("snowflake",), "铁盒": ("tin",), "圣诞": ("christmas", "santa"), "生日": ("birthday",),
    "节日": ("holiday", "holidays"), "快乐": ("happy",), "日霜": ("day",), "手冲": ("pour", "gooseneck"),
    "鹅颈": ("gooseneck",), "滴滤": ("drip",), "交通": ("transportation",), "丰盈": ("volume",), "柔顺": ("smooth",),
    "顺滑": ("smooth",), "帽": ("hat", "hats"), "时事": ("news",), "评论": ("commentary",),
    "行业": ("trade", "professional", "industry"), "洋甘菊": ("chamomile",),
    # film genres
    "动作": ("action",), "喜剧": ("comedy",), "剧情": ("drama",), "爱情": ("romance",), "科幻": ("sci-fi", "sci"),
    "恐怖": ("horror",), "惊悚": ("thriller",), "动画": ("animation",), "纪录": ("documentary",),
    "战争": ("war",), "犯罪": ("crime",), "悬疑": ("mystery",), "冒险": ("adventure",), "奇幻": ("fantasy",),
    "西部": ("western",), "歌舞": ("musical",),
}


def allowed(evidence_words: Iterable[str]) -> frozenset[str]:
    """The Chinese words of the glossary one of whose English words is among ``evidence_words`` (the lower-case
    words of the evidence's titles, brands and categories)."""
    have = set(evidence_words)
    return frozenset(zh for zh, en in ZH_GLOSS.items() if have.intersection(en))
