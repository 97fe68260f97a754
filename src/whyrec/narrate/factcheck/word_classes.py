"""Word classes of the closed vocabulary (:mod:`.vocabulary`) that carry no claim on their own: what kind of
product a thing is, the words that say one thing is the reason for a recommendation, the words of a position in a
list, and everyday connectives and hedges.

The lists were drafted by a helper session that never saw the checker or any labelled sentence, from a brief that
excluded every word that can carry a claim (negations, time and event words, comparatives and superlatives,
quality, material, format and price words, ownership and repeat words, verbs of use other than buying, quantity
words), and reviewed here: ordinals and words that state a rank by themselves ("tops", "heads") are left out (the
content gate binds ranks to their facts), and so are formats ("paperback", "e-gift"), which the evidence's own
titles must supply.
"""

from __future__ import annotations

#: nouns naming a kind of product (and their plurals)
PRODUCT_KIND_EN = frozenset("""
accessories accessory adapter adapters adaptor adaptors adventure adventures album albums animation anthologies
anthology appliance appliances assortment assortments atlas atlases autobiographies autobiography backpack
backpacks bag bags bakeware ball balls balm balms band bands bat bats batteries battery bean beanie beanies
beans bicycle bicycles bike bikes biographies biography blade blades blend blender blenders blends blush blushes
book bookmark bookmarks books boot boots bottle bottles bowl bowls box boxes brewer brewers brush brushes cable
cables camera cameras cap cappuccino cappuccinos caps capsule capsules carafe carafes card cards case cases
certificate certificates chai chair chairs chais charger chargers chopsticks cleanser cleansers cleat cleats
coaster coasters coffee coffees collection collections cologne colognes comb combs comedies comedy comic comics
concealer concealers conditioner conditioners cookbook cookbooks cookware cooler coolers cord cords cover covers
cream creamer creamers creams cup cups decanter decanters deodorant deodorants device devices dictionaries
dictionary digest digests dish dishes dock docks documentaries documentary drama dramas dripper drippers dryer
dryers dumbbell dumbbells earbuds earphone earphones encyclopedia encyclopedias envelope envelopes espresso
espressos essence essences exfoliator exfoliators eyeliner eyeliners eyeshadow eyeshadows fantasies fantasy film
films filter filters flashlight flashlights flask flasks floss foundation foundations fragrance fragrances
frother frothers gadget gadgets gel gels gift gift-card gift-cards giftcard giftcards gifts gloss glosses glove
gloves goggles grinder grinders grip grips guide guidebook guidebooks guides hamper hampers handbook handbooks
hat hats headlamp headlamps headphone headphones headset headsets helmet helmets holder holders hoodie hoodies
horror hub hubs infuser infusers item items jacket jackets jeans jersey jerseys journal journals jug jugs juicer
juicers kettle kettlebell kettlebells kettles keyboard keyboards kit kits knife knives lamp lamps lantern
lanterns laptop laptops latte lattes leggings lens lenses lipstick lipsticks lock locks lotion lotions machine
machines magazine magazines maker makers mascara mascaras mask masks mat matcha matchas mats memoir memoirs mic
mice microphone microphones mics mist mists mixer mixers model models moisturiser moisturisers moisturizer
moisturizers monitor monitors mount mounts mouse mouthwash mouthwashes movie movies mug mugs multipack
multipacks musical musicals mysteries mystery net nets newspaper newspapers notebook notebooks novel novels oil
oils oolong oolongs pack packs pad pads pair pairs palette palettes pan pans pants percolator percolators
perfume perfumes periodical periodicals phone phones picture pictures piece pieces pitcher pitchers planner
planners plate plates pod pods polish polishes poster posters pot pots pour-over powder powders power-bank
power-banks press presses primer primers processor processors product products protector protectors pump pumps
racket rackets racquet racquets razor razors remover removers roast roaster roasters roasts romance romances
rooibos sachet sachets sandal sandals scale scales scarf scarves sci-fi screen screens scrub scrubs selfie-stick
selfie-sticks series serum serums set sets shampoo shampoos shaver shavers shirt shirts shoe shoes shorts sleeve
sleeves slipper slippers smartphone smartphones smartwatch smartwatches sneaker sneakers soap soaps sock socks
soundtrack soundtracks speaker speakers spray sprays stand stands stories story storybook storybooks stove
stoves strainer strainers strap straps stylus styluses sunblock sunblocks sunglasses sunscreen sunscreens syrup
syrups t-shirt t-shirts tablet tablets tea teabag teabags teacup teacups teapot teapots teas tee tees tent tents
textbook textbooks thermometer thermometers thermos thermoses thriller thrillers tin tins title titles toner
toners tongs tool tools toothbrush toothbrushes toothpaste toothpastes torch torches towel towels tracker
trackers trainer trainers trimmer trimmers tripod tripods trousers tumbler tumblers tweezers umbrella umbrellas
voucher vouchers wash washes western westerns wipes workbook workbooks wristwatch wristwatches
""".split())

#: the same in Chinese
PRODUCT_KIND_ZH = frozenset("""
三脚架 上衣 专辑 丛书 书 书签 书籍 乳液 产品 伞 传记 保护壳 保护套 保护膜 信封 充电器 充电宝
充电线 内存卡 冒险片 冲锋衣 净水壶 凉鞋 刀具 刊物 剃须刀 剧情片 剧集 动作片 动画片 勺子 化妆刷
化妆水 单品 单车 卡 卡套 卫衣 卷发棒 卸妆水 卸妆油 原声带 厨具 厨房秤 叉子 双肩包 发胶 发膜 发蜡
口红 吊床 吹风机 咖啡 咖啡壶 咖啡机 咖啡杯 咖啡胶囊 咖啡豆 哑铃 唇膏 唇釉 商品 喜剧片 喷雾 器具
回忆录 围裙 图书 地图集 地毯 垫子 墨镜 壶铃 外套 多件装 太阳镜 头戴式耳机 头灯 头盔 夹克 奇幻片
套装 奶泡机 奶精 字典 存储卡 宝贝 家电 小说 工具 帐篷 帽子 平底锅 平板 平板电脑 弹力带 影片
徒步鞋 微波炉 恐怖片 悬疑片 惊悚片 战争片 手册 手写笔 手冲壶 手套 手帐 手机 手机壳 手机支架 手机膜
手柄 手环 手电筒 手表 打奶器 托盘 扩展坞 护发素 护手霜 护目镜 护腕 护膝 拖鞋 拼图 指南 指甲油
插头 搅拌机 摩卡壶 支架 教材 教科书 散文集 散粉 数据线 文集 料理机 显示器 智能手表 期刊 杂志 杯
杯垫 杯子 枕头 梳子 椅子 榨汁机 歌舞片 止汗露 毛巾 毛巾架 毛绒玩具 毯子 水壶 水杯 水瓶 汤锅
沐浴露 法压壶 泳镜 洁面乳 洗发水 洗发露 洗手液 洗面奶 海报 温度计 游戏机 滤杯 滤水壶 滤水瓶 滤纸
滤网 滤芯 漫画 漱口水 炉具 炒锅 烤箱 烤面包机 烧水壶 烹饪书 煎锅 爱情片 爽肤水 片子 牙刷 牙膏
物品 牵引绳 犯罪片 玩偶 玩具 球 球拍 球鞋 瑜伽垫 用品 电影 电池 电脑 电视剧 电饭煲 登山杖 登山鞋
百科全书 盘子 直发器 相机 相框 眉笔 眼影 眼线笔 眼霜 睡袋 睫毛膏 短裤 砂锅 研磨机 砧板 破壁机
硬盘 碗 磨砂膏 磨豆机 礼券 礼卡 礼品 礼品卡 礼物 礼盒 科幻片 秤 移动电源 稳定器 笔记本 笔记本电脑
筷子 篮球鞋 粉底 粉底液 粉扑 精华 精华液 精油 糖浆 系列 紧身裤 纪录片 练习册 组件 绘本 罐子
网球拍 羽毛球拍 耳塞 耳机 肥皂 背包 胶囊 腕带 腮红 腰包 自传 自拍杆 自行车 花瓶 茶 茶具 茶包
茶叶 茶壶 茶杯 菜刀 菜谱 蜡烛 补光灯 表带 袜子 西部片 触控笔 设备 词典 诗集 话筒 读卡器 读物
购物卡 贴膜 贺卡 足球鞋 跑步鞋 跑鞋 路由器 跳绳 身体乳 转换器 转接头 过滤器 运动水壶 运动袜 运动裤
运动鞋 适配器 选集 遮瑕膏 遮阳帽 配件 钢化膜 铁盒 锅 键盘 镜头 镜子 防晒乳 防晒霜 随行杯 集线器
雨伞 雨衣 露营灯 靠垫 面包机 面膜 面霜 靴子 鞋 鞋子 音乐剧 音响 音箱 项圈 食谱 餐具 香水 香皂
香薰机 马克杯 麦克风 鼠标 壶 鹅颈壶 壳
""".split())

#: words that say what a recommendation rests on ("it leans on", "it hinges on")
ATTRIBUTION_EN = frozenset("""
anchor anchored anchors based basis because bring brings brought bringing cause caused come comes connected
connection contribute contributes
depend depends depending main
contribution count counted counting counts credited derive derived derives drive driven driver drivers drives
driving drove due explain explained explaining explains factor factors grounded hinge hinges hinging influence
influenced informed informs key lean leaning leans led link linked links owe owes owing prompt prompted prompts
reason reasons reflect reflecting reflects rest resting rests root rooted roots shaped shapes signal signals
spring springs stem stemming stems sway swayed sways thank thanks tied ties tip tipped tips trace traced traces
weigh weighed weighing weighs weight push pushed pushes pushing raise raised raises raising boost boosted boosts
lift lifted lifts score scores
""".split())

#: the words around a position in a list ("coming in at number three"); the position itself is bound by the content gate
RANK_IDIOM_EN = frozenset("""
among appear appears chart charts come comes coming entries entry hold holding holds land landed landing lands
line-up line-ups lineup lineups list lists notch number numbers occupies occupy overall place placed placement
places placing position positioned positions rank ranked ranking rankings ranks rung seat sequence shortlist
shortlisted shortlists sit sits sitting slot slots spot spots stand standing standings stands straight take takes
taking inside within
""".split())

#: connectives, hedges and the phrasing of a suggestion
DISCOURSE_EN = frozenset("""
absolutely accordingly additionally also alternatively although and anyhow anyway as besides bet browse browsing but
yeah yep yup alright basically actually right let let's i've i'll putting
can case certainly check checking cheers choice choices choose chooses choosing clearly consequently consider
considering considers could dear definitely discover discovering encourage especially example explore exploring
frankly furthermore give given giving glance go going grab grabbing greetings hello hence here hey hi honestly
hope hoping how however idea ideas if incidentally indeed instance invite invites likely likewise look looking
looks maybe meanwhile mention mentioning might moreover must namely notably note noting nudge obviously oh ok
okay option options or particularly peek perhaps pick picking picks please plus point pointing possibly
presumably principally probably propose proposes proposed proposing question questions quite
really recommend recommendation recommendations recommended
recommending recommends seeing shortlist should similarly since so specifically steer such suggest suggested
suggesting suggestion suggestions suggests sure surely take taking that there therefore these this those though
thus truly very welcome well what whatever where whereas whether which whichever who whoever whom whose why
worth would yes
""".split())

#: the same in Chinese
DISCOURSE_ZH = frozenset("""
不妨 与 为 为了 为什么 主要 之所以 也 也就是说 也许 了解 于是 什么 令 以及 估计 但 但是 何况
你好 使 使得 例如 依据 便 值得 假如 其实 况且 出于 则 即 原因 去 参考 及 取决于 另外 可是
可能 吗 吧 呀 呢 和 哈 哈喽 哦 哪 哪个 哪款 哪里 啊 嗨 嘛 因 因为 因此 因而 基于 大概 如何
如果 尤其 就 并且 应该 建议 当然 很 怎么 怎样 总之 您好 想必 感谢 或 或者 或许 所以 所以说
挑选 挺 换言之 推荐 既然 是因为 来 根据 欢迎 款 此外 源于 然而 理由 由于 的确 的话 相当 看看
猜你喜欢 猜您喜欢 周报精选 精选 贡献 有贡献 靠 靠的 最大的原因 最大的原因是
真 真的 瞅瞅 瞧瞧 确实 给 考虑 而 而且 若 要是 譬如 让 请 谁 谢谢 这 这个 这款 选择 逛逛 那
正好 恰好 刚好 关键 关键是 最关键的是 那个 那么 那就 那款 鉴于 非常 顺便 顺带 颇 首推
看起来 简单来说 简而言之 总的来说 换句话说 记录 亲 模型 这边 我这边 家的 支撑 贡献最大 贡献最大的是 影响最大 分量最重
看到 挑 挑的 最关键的就是 就是 啦 推荐项 最主要的原因 最主要 三者 两者 直接 这一条 这一点 希望 但愿 哎 说真的 说实话 嘛
""".split())

#: pronouns, prepositions and connectives of a published stop-word list (scikit-learn's English list), without
#: the ones that can carry a claim: negations ("never", "nothing", "nowhere"), numbers and ordinals, quantities
#: and quantifiers ("few", "several", "anyone", "every"), comparisons ("more", "less", "above", "below",
#: "except"), time, order or repetition ("after", "before", "once", "again", "always", "last", "former"), and
#: the words of a denied expectation ("even", "still": "even without X it would still ...")
FUNCTION_EN = frozenset("""
about amongst around beside besides between co eg etc front he her hers herself him himself his ie inc including
itself ltd me mine my myself nevertheless onto ourselves part per rather she somehow themselves thereby
through throughout toward towards upon via whereas whereby wherein while yet yourself yourselves
""".split())
