"""Independent narration test set 13 (hand13): 100 hand-written "why you're seeing this" reasons, each labelled
faithful or unfaithful by hand against one evidence bundle of ../independent/bundles.jsonl.

Register: the short reason a real online shop, streaming service or magazine store shows next to a recommendation
(one sentence, sometimes two; Chinese rows are the equivalent 推荐理由). 70 English (35 faithful, 35 unfaithful) and
30 Chinese (15 / 15). ``errors`` is empty for a faithful row; otherwise it lists the one error kind the row carries.
``note`` gives the bundle facts the label rests on. See README.md for what the labeller did and did not read.
"""

SENTENCES = [
    # English, sample_shop (23 rows: 12 faithful, 11 unfaithful)
    {"case": "shop-01", "lang": "en",
     "text": "Thirty-eight people who bought the Brewster Core 4 cold brew maker, like you, also picked up these X6 "
             "Espresso Roast beans.",
     "errors": [], "note": "Core 4 Cold Brew is a history item with co-purchase 38; rec Brewster X6 Coffee Beans "
                           "Espresso Roast"},
    {"case": "shop-02", "lang": "en",
     "text": "You have two Trailfox filter bottles, the Go 11 and the Pro 2, and they're why the S5 1L bottle leads "
             "your picks: without them it would sit at 121st.",
     "errors": [], "note": "verified CF removes Go 11 and Pro 2 (both Water Bottle Filter), rank 1 -> 121"},
    {"case": "shop-03", "lang": "en",
     "text": "351 shoppers have bought The Winter Mirror, more than any other product in our shop.",
     "errors": [], "note": "popularity (351, rank 1)"},
    {"case": "shop-04", "lang": "en",
     "text": "It's your Hearthly S10 drip coffee maker that brings the Brewster Core 4 cold brew maker in at third; "
             "take that purchase away and it falls to 23rd.",
     "errors": [], "note": "rank 3; verified CF removes Hearthly S10 Coffee Maker Drip, 3 -> 23"},
    {"case": "shop-05", "lang": "en",
     "text": "Twenty-two customers who bought the Purelle Max 2 conditioner, as you did, also went for the Solenne "
             "Neo 10.",
     "errors": ["wrong_item"], "note": "Max 2 Conditioner is a history item with no co-purchase record; 22 belongs "
                                      "to the Go 11 bottle and The Winter Mirror"},
    {"case": "shop-07", "lang": "en",
     "text": "Same brand as your A8 day cream: 85 people have bought both that and this Purelle Air 9 kids' "
             "sunscreen.",
     "errors": [], "note": "Purelle A8 Face Cream Day is history, co-purchase 85; rec Purelle Air 9 Sunscreen Kids"},
    {"case": "shop-08", "lang": "en",
     "text": "Your Purelle Prime 1 shampoo nudged the Solenne Neo 10 conditioner up your list, though even without "
             "it the conditioner would still make your top ten.",
     "errors": ["counterfactual"], "note": "verified CF removes Prime 1 Shampoo: rank 3 -> 82, out of the top ten"},
    {"case": "shop-10", "lang": "en",
     "text": "Two of your Purelle buys, the A8 day cream and the Air 9 kids' sunscreen, put the Core 5 kids' sunscreen "
             "at the top of your list; without them it would be 21st.",
     "errors": [], "note": "verified CF removes A8 Face Cream Day and Air 9 Sunscreen Kids, 1 -> 21"},
    {"case": "shop-11", "lang": "en",
     "text": "A water-resistant kids' sunscreen from Purelle, the brand of the A8 day cream you bought.",
     "errors": ["invented_attribute"], "note": "'water-resistant' is not in the bundle; the rest (Purelle Air 9 "
                                              "Sunscreen Kids, A8 day cream in history) is true"},
    {"case": "shop-13", "lang": "en",
     "text": "Your Zen 4 breakfast tea is the reason for this Hearthly gooseneck kettle; without that tea it "
             "wouldn't make your top ten at all.",
     "errors": ["counterfactual"], "note": "bundle has no counterfactual; Zen 4 Tea Breakfast is the top-weighted "
                                          "history item"},
    {"case": "shop-14", "lang": "en",
     "text": "Double the storage of your Kestrel Pro 4 (128GB against 64GB), and at $256.99 the Zen 7 costs less "
             "too.",
     "errors": [], "note": "Pro 4 64GB at 452.99 in history; rec Zen 7 128GB at 256.99"},
    {"case": "shop-16", "lang": "en",
     "text": "The Purelle Max 2 Repair is one of our best-selling conditioners, and 12 people who bought your Flex "
             "12 shampoo picked it up as well.",
     "errors": ["superlative"], "note": "popularity rank 107 (26 buyers); Flex 12 co-purchase 12 is right"},
    {"case": "shop-17", "lang": "en",
     "text": "Mostly down to your Casaro X12 pod coffee maker: 25 of its buyers also got these Kettleworth decaf "
             "beans.",
     "errors": [], "note": "Casaro X12 Coffee Maker Pod is the top-weighted history item, co-purchase 25"},
    {"case": "shop-18", "lang": "en",
     "text": "You've bought the Hearthly Prime 1 kettle but never a cookbook; 24 people with that kettle also "
             "ordered this Core 6 chamomile tea.",
     "errors": ["negation"], "note": "The Nordic Kitchen Cookbook is in the history; Prime 1 Kettle co-purchase 24 "
                                    "is right"},
    {"case": "shop-19", "lang": "en",
     "text": "Thirteen shoppers who bought the Lumetric Zen 4 tempered-glass protector, as you did, also bought this "
             "clear Z1 case.",
     "errors": [], "note": "Zen 4 Screen Protector Tempered Glass in history, co-purchase 13; rec Z1 Phone Case "
                           "Clear"},
    {"case": "shop-21", "lang": "en",
     "text": "Reorder your Trailfox Go 11 filter bottle, the second best-selling item in the shop.",
     "errors": ["ownership"], "note": "the Go 11 is the recommendation, not a history item; popularity rank 2 is "
                                     "right"},
    {"case": "shop-22", "lang": "en",
     "text": "Another novel for your shelf: 56 customers who bought The Winter Mirror also bought The Secret "
             "Orchard.",
     "errors": [], "note": "The Winter Mirror (novel) in history, co-purchase 56; rec The Secret Orchard: A Novel"},
    {"case": "shop-23", "lang": "en",
     "text": "You were looking at the Solenne Neo 10 conditioner yesterday, and 24 buyers of the Purelle Flex 12 "
             "shampoo you own bought it too.",
     "errors": ["invented_event"], "note": "no viewing event in the bundle; Flex 12 co-purchase 24 is right"},
    {"case": "shop-24", "lang": "en",
     "text": "Nine shoppers bought both your Trailfox Z10 and this larger S5 1L bottle, which comes third among your "
             "picks.",
     "errors": [], "note": "Z10 750ml in history, co-purchase 9; rec S5 1L; rank 3"},
    {"case": "shop-26", "lang": "en",
     "text": "You bought the Brewster X7 espresso machine, so here's its cold brew stablemate, the Core 4.",
     "errors": ["unknown_item"], "note": "the history has the Brewster X9 Coffee Maker Espresso, not an X7"},
    {"case": "shop-27", "lang": "en",
     "text": "The Trailfox Pro 2 filter bottle costs less than the Hydra Pro 4 you bought, and 7 people who bought "
             "that Hydra bottle picked it up as well.",
     "errors": ["comparison"], "note": "Pro 2 is 18.99, Hydra Pro 4 is 17.99; Hydra co-purchase 7 is right"},
    {"case": "shop-28", "lang": "en",
     "text": "This A11 chamomile tea was also bought by 48 people who own the Hearthly Prime 11 glass kettle, as you "
             "do.",
     "errors": ["number_role"], "note": "Prime 11 Kettle Glass co-purchase is 17; 48 belongs to the A4 Kettle "
                                       "Gooseneck"},
    {"case": "shop-30", "lang": "en",
     "text": "The Kestrel Zen 7 is our fourth best-selling product, and 23 buyers of the Kestrel memory card you "
             "picked up chose it too.",
     "errors": [], "note": "popularity rank 4; Kestrel Air 5 Memory Card 64GB in history, co-purchase 23"},

    # English, Amazon gift cards (20 rows: 10 faithful, 10 unfaithful)
    {"case": "gift-02", "lang": "en",
     "text": "Your Starbucks four-pack and JCPenney card are what put the SUBWAY three-pack first; without them it "
             "would slide all the way to 52nd.",
     "errors": ["counterfactual"], "note": "verified CF removes Starbucks Multipack of 4 and JCPenney: 1 -> 25, "
                                          "not 52"},
    {"case": "gift-03", "lang": "en",
     "text": "The Amazon gift card in a greeting card is our second most popular, and 9 buyers of your Birthday "
             "Cupcake Tin card chose it as well.",
     "errors": [], "note": "popularity rank 2; Birthday Cupcake Tin in history, co-purchase 9"},
    {"case": "gift-04", "lang": "en",
     "text": "Your Ornament Tin, Red Gift Box Reveal and Birthday Cupcake Tin cards bring the Plaid Gift Box card "
             "in at number three; without all three it would drop out of your top ten.",
     "errors": [], "note": "rank 3; verified CF removes those three cards, 3 -> 22"},
    {"case": "gift-06", "lang": "en",
     "text": "It's mostly your Snowflake Tin card: take it away and the Santa Tin card falls from first to 27th.",
     "errors": [], "note": "Snowflake Tin is the top-weighted history item; verified CF removes it, 1 -> 27"},
    {"case": "gift-07", "lang": "en",
     "text": "The Ornament Tin card (Merry Christmas design) was also bought by 45 people who have the Santa Smile "
             "Tin card, like you.",
     "errors": ["number_role"], "note": "Santa Smile Tin co-purchase is 10; 45 is the popularity count"},
    {"case": "gift-08", "lang": "en",
     "text": "Take away the Buffalo Wild Wings e-gift card you bought and the Panda Express birthday e-card falls "
             "from third to 11th.",
     "errors": [], "note": "verified CF removes Buffalo Wild Wings E-mail Delivery, 3 -> 11"},
    {"case": "gift-09", "lang": "en",
     "text": "Third among our gift cards by sales, the $200 Snowflake Tin card was also bought by 30 people who got "
             "the Santa Tin card, as you did.",
     "errors": [], "note": "popularity rank 3; price 200; Santa Tin in history, co-purchase 30"},
    {"case": "gift-11", "lang": "en",
     "text": "Buy the Santa Tin card again: 30 customers bought it along with the Snowflake Tin card you have.",
     "errors": ["ownership"], "note": "the Santa Tin card is the recommendation, not in the history; Snowflake "
                                     "Tin co-purchase 30 is right"},
    {"case": "gift-12", "lang": "en",
     "text": "Third on your list: a $25 Burger King gift card. Sixteen people who bought a SUBWAY card, like you, "
             "have bought one too.",
     "errors": [], "note": "rank 3; price 25; SUBWAY Gift Card in history, co-purchase 16"},
    {"case": "gift-13", "lang": "en",
     "text": "Fifteen people who, like you, bought an Outback Steakhouse card also went for this $50 Applebee's "
             "card, which arrives in a festive holiday tin.",
     "errors": ["invented_attribute"], "note": "no tin in the bundle for the Applebee's card; Outback co-purchase "
                                              "15 and price 50 are right"},
    {"case": "gift-15", "lang": "en",
     "text": "You bought a Panera Bread gift card, and 18 shoppers who did the same also",
     "errors": ["truncated"], "note": "cut off; what is shown is true (Panera co-purchase 18)"},
    {"case": "gift-16", "lang": "en",
     "text": "Our best-selling card overall is Starbucks, and at $25 it costs a bit more than the Red Gift Box card "
             "you bought.",
     "errors": ["comparison"], "note": "Starbucks is 25, the Red Gift Box Reveal card is 35; popularity rank 1 is "
                                      "right"},
    {"case": "gift-17", "lang": "en",
     "text": "You've stuck to gift boxes and never bought one of our tins, so here's the Amazon card in a greeting "
             "card, our second best-seller.",
     "errors": ["negation"], "note": "the Snowflake Tin card is in the history (Santa Tin is a neighbour); "
                                    "popularity rank 2 is right"},
    {"case": "gift-19", "lang": "en",
     "text": "Seventeen shoppers who bought the Ornament Tin card, as you did, also bought this Santa Tin one.",
     "errors": [], "note": "Ornament Tin in history, co-purchase 17"},
    {"case": "gift-20", "lang": "en",
     "text": "The Plaid Gift Box card is our seventh best-seller, and 16 customers who bought the Snowflake Tin "
             "card, like you, bought it too.",
     "errors": [], "note": "popularity rank 7; Snowflake Tin in history, co-purchase 16"},
    {"case": "gift-21", "lang": "en",
     "text": "You've sent the Panda Express birthday e-card twice, so an Olive Garden e-gift card might suit you "
             "too.",
     "errors": ["invented_event"], "note": "the Panda Express Happy Birthday Hats card is in the history once; "
                                          "'twice' is invented"},
    {"case": "gift-22", "lang": "en",
     "text": "Starbucks is the most-bought gift card we have, and 24 people who bought a SUBWAY card, like you, "
             "chose it too.",
     "errors": [], "note": "popularity rank 1; SUBWAY in history, co-purchase 24"},
    {"case": "gift-23", "lang": "en",
     "text": "The $50 Applebee's card outsells every other gift card we carry, and 10 Red Robin card buyers picked "
             "it up too.",
     "errors": ["superlative"], "note": "popularity rank 6; Red Robin co-purchase 10 and price 50 are right"},
    {"case": "gift-24", "lang": "en",
     "text": "Coming in third for you is the $50 Applebee's card, which 14 buyers of your Sephora gift card also "
             "bought.",
     "errors": ["wrong_item"], "note": "Sephora is a history item with no co-purchase record; 14 belongs to "
                                      "SUBWAY"},
    {"case": "gift-25", "lang": "en",
     "text": "At $50, the Holiday Pop-Up Box card is twice what your Santa Smile Tin cost, and 6 buyers of that tin "
             "went for it as well.",
     "errors": [], "note": "rec 50, Santa Smile Tin 25 in history, co-purchase 6"},

    # English, Amazon magazine subscriptions (15 rows: 8 faithful, 7 unfaithful)
    {"case": "mag-02", "lang": "en",
     "text": "The magazines you bought, B00005N7SA, B00005N7SC and B00005N7Q1, are why the Conde Nast technology "
             "title B00005N7TL comes first; without all three it would rank 30th.",
     "errors": [], "note": "verified CF removes SA, SC and Q1, 1 -> 30; rec brand Conde Nast, category Technology"},
    {"case": "mag-03", "lang": "en",
     "text": "Another Hearst design magazine: 9 people who bought B00005N7QW, as you did, also bought B00005N7PN.",
     "errors": [], "note": "QW (Hearst, Design & Decoration) in history, co-purchase 9; rec PN is Hearst Design & "
                           "Decoration"},
    {"case": "mag-04", "lang": "en",
     "text": "B00005N7PN ranks third for you because of three magazines you bought: B00005N7OV, B000ILY9LW and "
             "B000FTJ7JQ. Without them it would fall to 15th.",
     "errors": [], "note": "rank 3; verified CF removes OV, ILY9LW and FTJ7JQ, 3 -> 15"},
    {"case": "mag-05", "lang": "en",
     "text": "You renewed B00005N7PN this month, and 16 other buyers of it also picked up Hearst's recipe magazine "
             "B00005N7QG.",
     "errors": ["invented_event"], "note": "no renewal or date in the bundle; PN co-purchase 16 is right"},
    {"case": "mag-06", "lang": "en",
     "text": "B00007AVYI, the Hearst transportation trade title you bought, is what puts B00005N7SA at the top; "
             "without it, B00005N7SA would be 16th.",
     "errors": [], "note": "AVYI is Hearst Professional & Trade / Transportation; verified CF removes it, 1 -> 16"},
    {"case": "mag-08", "lang": "en",
     "text": "B00005NIOH, a National Geographic history title, sits third in your picks and is one of our ten "
             "best-selling magazines.",
     "errors": [], "note": "rank 3; popularity rank 10; brand National Geographic, category History"},
    {"case": "mag-09", "lang": "en",
     "text": "Twenty-one buyers of B00EVV77A0, a magazine you also own, bought the Meredith recipe title B01CF3ECNK "
             "too.",
     "errors": ["wrong_item"], "note": "B00EVV77A0 is a history item with no co-purchase record; 21 belongs to "
                                      "B000FTJ7JQ"},
    {"case": "mag-10", "lang": "en",
     "text": "B00005N7QG is the best-selling magazine in our store, and 4 people who bought This Old House's "
             "B00005R8BL, like you, bought it too.",
     "errors": [], "note": "popularity rank 1; R8BL (This Old House Ventures) in history, co-purchase 4"},
    {"case": "mag-11", "lang": "en",
     "text": "You bought Meredith's design magazine B00005N7VO, and 12 other buyers of it also got B00005N7PN.",
     "errors": ["unknown_item"], "note": "the history item is B00005N7OV; B00005N7VO is a mangled ASIN (count 12 "
                                        "is OV's)"},
    {"case": "mag-14", "lang": "en",
     "text": "Sixteen buyers of Hearst's recipe magazine B00005N7QG also took B00005N7PN, and new subscribers get a "
             "free tote bag.",
     "errors": ["invented_attribute"], "note": "no gift offer in the bundle; QG co-purchase 16 is right"},
    {"case": "mag-15", "lang": "en",
     "text": "It's mainly your Hearst recipe magazine, B00005N7QG: 16 buyers of that one also bought the design "
             "title B00005N7PN.",
     "errors": [], "note": "QG is the top-weighted history item (Hearst, Recipes), co-purchase 16; PN is Design & "
                           "Decoration"},
    {"case": "mag-16", "lang": "en",
     "text": "Thirty buyers of the Kalmbach nature magazine B00005N7PT you own also chose B00005NIOH, a National "
             "Geographic history title.",
     "errors": ["number_role"], "note": "PT co-purchase is 4; 30 is the popularity count"},
    {"case": "mag-18", "lang": "en",
     "text": "B00005N7QG is our most-bought magazine, with 56 buyers, and 5 people who bought the Meredith "
             "special-diet title B00005N7U1 also bought it.",
     "errors": [], "note": "popularity (56, rank 1); U1 (Meredith, Special Diet) in history, co-purchase 5"},
    {"case": "mag-19", "lang": "en",
     "text": "B00005N7SC, the Bonnier science magazine, is the best-selling title in our whole store; 5 buyers of "
             "B00079RO7G also bought it.",
     "errors": ["superlative"], "note": "popularity rank 3; RO7G co-purchase 5 and the Bonnier / Science facts "
                                       "are right"},
    {"case": "mag-20", "lang": "en",
     "text": "You already have Hearst's recipe magazine B00005N7QG, the store's best-seller, and 16 buyers of your "
             "B00005N7PN chose it too.",
     "errors": ["ownership"], "note": "QG is the recommendation, not owned; popularity rank 1 and PN co-purchase "
                                     "16 are right"},

    # English, MovieLens-100K (12 rows: 5 faithful, 7 unfaithful)
    {"case": "ml-02", "lang": "en",
     "text": "If you hadn't rated Stand by Me and True Romance, GoodFellas would drop to 19th.",
     "errors": ["counterfactual"], "note": "verified CF removes The Magnificent Seven and True Romance, 1 -> 19; "
                                          "Stand by Me is not in the set"},
    {"case": "ml-03", "lang": "en",
     "text": "The Brothers McMullen was also rated by 59 people who rated Fargo, as you did.",
     "errors": [], "note": "Fargo is a co-rating neighbour (history), count 59"},
    {"case": "ml-04", "lang": "en",
     "text": "Your ratings of Everyone Says I Love You, Boogie Nights and Fallen put Chasing Amy third; without "
             "them it would just miss your top ten.",
     "errors": [], "note": "rank 3; verified CF removes those three films, 3 -> 11"},
    {"case": "ml-05", "lang": "en",
     "text": "Since you've seen Air Force One, Conspiracy Theory is a natural next watch: 221 viewers have seen "
             "both.",
     "errors": ["verb"], "note": "the relation is rated, not seen; Air Force One co-rating 221 is right"},
    {"case": "ml-06", "lang": "en",
     "text": "We're suggesting In & Out first because of your ratings for The Full Monty, Boogie Nights and L.A. "
             "Confidential; without those three it would be down at 22nd.",
     "errors": [], "note": "rank 1; verified CF removes those three films, 1 -> 22"},
    {"case": "ml-07", "lang": "en",
     "text": "You bought Star Wars, and 372 customers who bought it also bought Toy Story.",
     "errors": ["verb"], "note": "MovieLens ratings, not purchases; Star Wars co-rating 372 is right"},
    {"case": "ml-08", "lang": "en",
     "text": "You've rated The Blues Brothers but not The Sting, so Butch Cassidy and the Sundance Kid comes third "
             "for you.",
     "errors": ["negation"], "note": "The Sting (1973) is in the history; rank 3 is right"},
    {"case": "ml-10", "lang": "en",
     "text": "Willy Wonka and the Chocolate Factory has been rated by 321 people who also rated Star Wars, one of "
             "your films.",
     "errors": ["number_role"], "note": "Star Wars co-rating is 272; 321 is the popularity count"},
    {"case": "ml-11", "lang": "en",
     "text": "Cop Land has 172 ratings, and 122 people who rated The English Patient, like you, rated it too.",
     "errors": [], "note": "popularity count 172; English Patient neighbour, co-rating 122"},
    {"case": "ml-13", "lang": "en",
     "text": "Because you rated Star Wars and The Empire Strikes Back, Return of the Jedi is first on your list.",
     "errors": ["unknown_item"], "note": "The Empire Strikes Back is in no evidence; Star Wars and rank 1 are "
                                        "right"},
    {"case": "ml-14", "lang": "en",
     "text": "Only one film in the catalogue has more ratings than Fargo, which 501 users have rated.",
     "errors": [], "note": "popularity (501, rank 2)"},
    {"case": "ml-15", "lang": "en",
     "text": "You watched Contact and Scream; 237 other Contact viewers also watched Titanic.",
     "errors": ["verb"], "note": "ratings, not viewing; Contact co-rating 237 is right"},

    # Chinese (30 rows: 15 faithful, 15 unfaithful); 20 bundles with no English row, plus 10 repeats
    {"case": "shop-04", "lang": "zh",
     "text": "要是没有你买的 Hearthly S10 滴滤咖啡机，这台 Brewster Core 4 冷萃咖啡机会从第三位掉到第 32 位。",
     "errors": ["counterfactual"], "note": "verified CF removes Hearthly S10 Coffee Maker Drip: 3 -> 23, not 32"},
    {"case": "shop-06", "lang": "zh",
     "text": "Hearthly A2 早餐茶排在你的推荐第一位，"
             "主要是因为你买了 Brewster Prime 12 鹅颈壶；少了这件，它会排到第 21 位。",
     "errors": [], "note": "rank 1; Prime 12 Kettle Gooseneck is the top-weighted item; verified CF removes it, "
                           "1 -> 21"},
    {"case": "shop-09", "lang": "zh",
     "text": "43 位和你一样买过 Hearthly A6 早餐茶的顾客，也买了这款 Brewster S9 玻璃水壶。",
     "errors": [], "note": "A6 Tea Breakfast in history, co-purchase 43; rec Brewster S9 Kettle Glass"},
    {"case": "shop-10", "lang": "zh",
     "text": "同样是 Purelle 的儿童防晒霜，Core 5 比你买过的 Air 9 还便宜一些。",
     "errors": ["comparison"], "note": "Core 5 is 17.99, the Air 9 Sunscreen Kids in the history is 8.99"},
    {"case": "shop-12", "lang": "zh",
     "text": "为你首推 The Winter Mirror：本店最畅销的小说，买过 Trailfox Go 11 滤水瓶的顾客中有 90 位也买了它。",
     "errors": ["superlative"], "note": "recommendation rank is 3, not 1 (首推); popularity rank 1 and Go 11 "
                                       "co-purchase 90 are right"},
    {"case": "shop-15", "lang": "zh",
     "text": "和你一样买过 Hearthly Prime 11 玻璃水壶的人里，有 13 位还买了这本 The Nordic Kitchen Cookbook（平装）。",
     "errors": [], "note": "Prime 11 Kettle Glass in history, co-purchase 13; rec is the Paperback"},
    {"case": "shop-20", "lang": "zh",
     "text": "你之前买过的 Kestrel Lite 7 超薄手机壳，现在再入一个只要 6.99 美元。",
     "errors": ["ownership"], "note": "the Lite 7 Phone Case Slim is the recommendation, not owned; price 6.99 is "
                                     "right"},
    {"case": "shop-22", "lang": "zh",
     "text": "你还没在本店买过小说，不妨从这本 The Secret Orchard 开始。",
     "errors": ["negation"], "note": "The Winter Mirror: A Novel is in the history"},
    {"case": "shop-25", "lang": "zh",
     "text": "本店最畅销的书就是这本精装版《The Winter Mirror》，已有 351 人购买。",
     "errors": [], "note": "popularity (351, rank 1); title says Hardcover"},
    {"case": "shop-29", "lang": "zh",
     "text": "本店销量第二的 Trailfox Go 11 滤水瓶，推荐给你主要是因为你买过同品牌的 Air 5 保温水瓶。",
     "errors": [], "note": "popularity rank 2; Trailfox Air 5 Water Bottle Insulated is the top-weighted item"},
    {"case": "gift-01", "lang": "zh",
     "text": "你买过 IHOP 的电子礼品卡，另有 4 位买过它的顾客也选了这张 Buffalo Wild Wings 电子礼品卡。",
     "errors": [], "note": "IHOP E-mail Delivery in history, co-purchase 4; rec Buffalo Wild Wings E-mail Delivery"},
    {"case": "gift-04", "lang": "zh",
     "text": "买过 Red Gift Box Reveal 礼品卡的顾客中，有 13 位也买了这款 Plaid Gift Box 礼品卡，排在你的推荐第三。",
     "errors": ["number_role"], "note": "Red Gift Box Reveal co-purchase is 7; 13 belongs to the Ornament Tin; "
                                       "rank 3 is right"},
    {"case": "gift-05", "lang": "zh",
     "text": "本店销量第三的礼品卡：Snowflake Tin 款，售价 200 美元；买过 Santa Tin 款的顾客中有 30 位也买了它。",
     "errors": [], "note": "popularity rank 3; price 200; Santa Tin co-purchase 30"},
    {"case": "gift-08", "lang": "zh",
     "text": "如果没有你买的 Buffalo Wild Wings 电子礼品卡，这张 Panda Express 生日电子卡就会跌出",
     "errors": ["truncated"], "note": "cut off; the part shown matches the verified CF (Buffalo Wild Wings, "
                                     "3 -> 11)"},
    {"case": "gift-10", "lang": "zh",
     "text": "Panera Bread 礼品卡在本店销量排第十；和你一样买过 SUBWAY 礼品卡的顾客里，有 18 位也买了它。",
     "errors": [], "note": "popularity rank 10; SUBWAY in history, co-purchase 18"},
    {"case": "gift-14", "lang": "zh",
     "text": "Snowflake Tin 礼品卡可免费定制祝福语，买过 Santa Smile Tin 的 7 位顾客也选了它。",
     "errors": ["invented_attribute"], "note": "no custom message in the bundle; Santa Smile Tin co-purchase 7 is "
                                              "right"},
    {"case": "gift-18", "lang": "zh",
     "text": "买过 Black Gift Box（Holiday Globe 款）的顾客里有 4 位也买了这张 Holiday Sprig Box 礼品卡。",
     "errors": ["wrong_item"], "note": "the Black Gift Box (Holiday Globe) card is a history item with no "
                                      "co-purchase record; 4 belongs to Kraft Paper Reveal / Red Gift Box Reveal"},
    {"case": "gift-22", "lang": "zh",
     "text": "全店最畅销的 Starbucks 礼品卡，售价 25 美元，只要你买过的 Olive Garden 礼品卡一半的价钱。",
     "errors": [], "note": "popularity rank 1; Starbucks 25, Olive Garden 50 in history"},
    {"case": "mag-01", "lang": "zh",
     "text": "你订过 TV Guide 的 B000IOEJ8W，同样订过它的读者中有 4 位也订了 Entertainment Weekly 的 B000IJ7RQ8。",
     "errors": [], "note": "IOEJ8W (TV Guide) in history, co-purchase 4; rec brand Entertainment Weekly"},
    {"case": "mag-04", "lang": "zh",
     "text": "要不是你买了 B00005N7OV、B000ILY9LW 和 B000FTJ7JQ 这三本，B00005N7PN 会从第三位一路跌到第 51 位。",
     "errors": ["counterfactual"], "note": "verified CF with these three: 3 -> 15, not 51"},
    {"case": "mag-05", "lang": "zh",
     "text": "本店最畅销的杂志 B00005N7QG，买过 B000IJ84F6 的读者里有 12 位也订了它。",
     "errors": [], "note": "popularity rank 1; IJ84F6 in history, co-purchase 12"},
    {"case": "mag-07", "lang": "zh",
     "text": "你上个月刚续订了 Entertainment Weekly 的 B000IJ7RQ8，同样买过它的 4 位读者也订了这本 Hearst 男士时尚杂志 "
             "B000LXHJFK。",
     "errors": ["invented_event"], "note": "no renewal or date in the bundle; IJ7RQ8 co-purchase 4 and LXHJFK "
                                          "(Hearst, Fashion & Style / Men) are right"},
    {"case": "mag-12", "lang": "zh",
     "text": "买过 B01CF3ECNK 的顾客中有 10 位也订了 Meredith 的育儿杂志 B000IJ84F6。",
     "errors": ["number_role"], "note": "B01CF3ECNK co-purchase is 5; 10 belongs to B000FTJ7JQ"},
    {"case": "mag-13", "lang": "zh",
     "text": "主要因为你买过 Meredith 的食谱杂志 B000FTJ7QJ，买过它的 21 位读者也订了 B01CF3ECNK。",
     "errors": ["unknown_item"], "note": "the history item is B000FTJ7JQ; B000FTJ7QJ is a mangled ASIN"},
    {"case": "mag-17", "lang": "zh",
     "text": "推荐 Hearst 食谱杂志 B00005N7QG，"
             "最大的原因是你买了同出版社的女性健康杂志 B000ILY9LW；两本都买的读者有 17 位。",
     "errors": [], "note": "ILY9LW (Hearst, Health / Women) is the top-weighted item, co-purchase 17; QG is Hearst "
                           "Recipes"},
    {"case": "ml-01", "lang": "zh",
     "text": "你给 Contact (1997) 打过分，同样评过它的用户里有 194 位也评了 The Game (1997)。",
     "errors": [], "note": "Contact in history and neighbours, co-rating 194; rec Game, The (1997)"},
    {"case": "ml-04", "lang": "zh",
     "text": "你看过 Everyone Says I Love You、Boogie Nights 和 Fallen，所以 Chasing Amy (1997) 排在你的推荐第三位。",
     "errors": ["verb"], "note": "看过 for MovieLens ratings; the three films and rank 3 are right"},
    {"case": "ml-09", "lang": "zh",
     "text": "和你一样评过 Pulp Fiction (1994) 的用户中，有 271 位也给 Back to the Future (1985) 打了分。",
     "errors": [], "note": "Pulp Fiction in history and neighbours, co-rating 271"},
    {"case": "ml-12", "lang": "zh",
     "text": "To Kill a Mockingbird (1962) 是全站评分人数前十的电影，"
             "评过 Casablanca (1942) 的用户中有 121 位也评了它。",
     "errors": ["superlative"], "note": "popularity rank 98; Casablanca co-rating 121 is right"},
    {"case": "ml-13", "lang": "zh",
     "text": "Return of the Jedi (1983) 排在你的推荐首位，"
             "靠的主要是你对 Star Wars (1977) 的评分，两部都评过的用户有 469 位。",
     "errors": [], "note": "rank 1; Star Wars is the top-weighted item, co-rating 469"},
]
