"""Hand-written recommendation reasons for ../independent/bundles.jsonl, labelled by hand (independent set 5).

Each row: case (bundle id), lang, text, errors (empty = faithful), note. Written and labelled from the bundle
facts and the rubric in ../independent/README.md (plus the conventions in ../independent4/README.md) only.
"""


def _s(case, lang, text, errors, note):
    return {"case": case, "lang": lang, "text": text, "errors": list(errors), "note": note}


F = ()  # faithful

SENTENCES = [
    # ------------------------------------------------------------------ English, shop
    _s("shop-01", "en",
       "Since you picked up the Brewster Core 4 Coffee Maker Cold Brew, we think the Brewster X6 Coffee Beans "
       "Espresso Roast ($26.99) is a natural next buy - 38 shoppers have bought both.",
       F, "Core 4 is history, co-purchase 38, price 26.99"),
    _s("shop-02", "en",
       "Your Trailfox Go 11 filter bottle is the single purchase behind this pick: remove just that one and the "
       "Trailfox S5 Water Bottle 1L falls out of your top 10.",
       ["counterfactual"], "verified removed set is Go 11 AND Pro 2; one item named"),
    _s("shop-04", "en",
       "It sits third on your list: without the Hearthly S10 drip coffee maker you bought, the Brewster Core 4 "
       "Coffee Maker Cold Brew would slip from 3rd to 23rd.",
       F, "rank 3; counterfactual removes S10 only, 3 -> 23"),
    _s("shop-05", "en",
       "At $9.99, the Solenne Neo 10 Conditioner 250ml costs less than any of the Purelle products you've bought, "
       "and 24 buyers of the Purelle Flex 12 Shampoo Volume took it home too.",
       ["comparison"], "Purelle Prime 1 Shampoo Repair in history costs 8.99, so not cheaper than all; 24 is right"),
    _s("shop-06", "en",
       "Take The Winter Mirror out of your purchase history and the Hearthly A2 Tea Breakfast would no longer make "
       "your top 10.",
       ["counterfactual"], "verified removed item is the Brewster Prime 12 Kettle, not The Winter Mirror"),
    _s("shop-07", "en",
       "Purelle Air 9 Sunscreen Kids is one of the ten best-selling products here (180 buyers), and 85 people who "
       "bought the Purelle A8 Face Cream Day, as you did, also bought it.",
       F, "popularity 180 at rank 6; A8 history, co-purchase 85"),
    _s("shop-08", "en",
       "Without the Purelle Prime 1 Shampoo Repair you bought, the Solenne Neo 10 Conditioner 250ml would slide "
       "from third to 28th.",
       ["counterfactual"], "right removed item and old rank, but new rank is 82, not 28"),
    _s("shop-09", "en",
       "At $90.99 the Brewster S9 Kettle Glass is cheaper than the Casaro Z4 kettle you already have, and 43 people "
       "who bought the Hearthly A6 Tea Breakfast bought it as well.",
       ["comparison"], "Casaro Z4 costs 31.99, so the S9 is dearer; 43 co-purchase is right"),
    _s("shop-10", "en",
       "Your Purelle A8 Face Cream Day and Purelle Air 9 Sunscreen Kids together put the Purelle Core 5 Sunscreen "
       "Kids at number one; without both of them it would fall to 21st.",
       F, "full removed set (A8 + Air 9), old rank 1, new rank 21"),
    _s("shop-12", "en",
       "Our number-one pick for you is The Winter Mirror: A Novel - the best-selling item in the shop, with 351 "
       "buyers.",
       ["superlative"], "recommendation rank is 3; popularity rank 1 / 351 is true"),
    _s("shop-13", "en",
       "You've bought three Hearthly teas (Zen 4 Breakfast, A11 Chamomile and A6 Breakfast), so we suggest the "
       "Hearthly A4 Kettle Gooseneck, the fifth most popular item in the shop.",
       F, "three Hearthly teas in history; popularity rank 5"),
    _s("shop-14", "en",
       "You own the Kestrel Pro 4 Smartphone 64GB; the Kestrel Zen 7 Smartphone 128GB is $256.99, well under the "
       "Pro 4's $452.99, and 17 shoppers have bought both.",
       F, "true price comparison 256.99 < 452.99; Pro 4 co-purchase 17"),
    _s("shop-15", "en",
       "You picked up the Hearthly Prime 11 Kettle Glass just last week, so round out the kitchen with The Nordic "
       "Kitchen Cookbook - 13 other buyers of that kettle did.",
       ["invented_event"], "'just last week' is no fact; co-purchase 13 is right"),
    _s("shop-16", "en",
       "Third on your list is the Purelle Max 2 Conditioner Repair. Only 26 people have bought it so far, but 12 "
       "of them also bought the Purelle Flex 12 Shampoo Volume, as you did.",
       F, "rank 3; popularity 26 (rank 107); Flex 12 co-purchase 12"),
    _s("shop-17", "en",
       "Because you own the Casaro X14 Coffee Maker Pod, try the Kettleworth A1 Coffee Beans Decaf - 25 buyers of "
       "that machine bought them too.",
       ["unknown_item"], "history item is the Casaro X12, X14 is a changed title"),
    _s("shop-18", "en",
       "Our top suggestion is Hearthly Core 6 Tea Chamomile, at $3.99: 39 shoppers bought it together with the "
       "Brewster S9 Kettle Glass that's already in your order history.",
       F, "rank 1; S9 is history with co-purchase 39"),
    _s("shop-20", "en",
       "You've never bought a Kestrel phone case, so the Kestrel Lite 7 Phone Case Slim at $6.99 - third on your "
       "list - is an easy first one.",
       ["negation"], "history has the Kestrel S12 Phone Case Slim"),
    _s("shop-21", "en",
       "Only one product in the shop outsells the Trailfox Go 11 Water Bottle Filter, which 307 people have bought. "
       "Nine buyers of the Zenova Flex 11 Running Shoes Cushioned - a pair you own too - picked one up as well.",
       F, "popularity 307 at rank 2; Zenova co-purchase 9"),
    _s("shop-22", "en",
       "The Secret Orchard: A Novel comes as a signed first edition, and 56 readers who bought The Winter Mirror "
       "have already snapped it up.",
       ["invented_attribute"], "'signed first edition' is not in the bundle; 56 is right"),
    _s("shop-23", "en",
       "Mostly on the strength of your Purelle Flex 12 Shampoo Volume purchase, we'd suggest the Solenne Neo 10 "
       "Conditioner 250ml; 93 shoppers have bought it so far.",
       F, "Flex 12 is the top-weighted history item; popularity 93"),
    _s("shop-25", "en",
       "Because you bought The Winter Mirror: A Novel, we recommend The Hidden House: A Novel (Paperback) - 6 "
       "shoppers have bought both.",
       ["wrong_item", "ownership"], "recommended item and history item swapped"),
    _s("shop-26", "en",
       "It's among the ten most popular products in the store, and 24 owners of the Brewster X9 espresso coffee "
       "maker also bought it: meet the Brewster Core 4 Coffee Maker Cold Brew, $284.99.",
       F, "popularity rank 9; X9 co-purchase 24; price 284.99"),
    _s("shop-27", "en",
       "50 shoppers bought the Trailfox Pro 2 Water Bottle Filter together with the Trailfox S5 Water Bottle 1L you "
       "own.",
       ["number_role"], "50 belongs to the Go 11; the S5 co-purchase count is 16"),
    _s("shop-28", "en",
       "The Hearthly A11 Tea Chamomile is one of our ten best-selling products, and 48 buyers of the Hearthly A4 "
       "Kettle Gooseneck picked it up too.",
       ["superlative"], "popularity rank 13, not in the top ten; 48 is right"),
    _s("shop-30", "en",
       "48 customers who bought The Winter Mirror, like you, also bought the Kestrel Zen 7 Smartphone 128GB, the "
       "fourth best-selling product in the store.",
       F, "Winter Mirror is a co-occurrence neighbour (counts as history), 48; popularity rank 4"),
    # ------------------------------------------------------------------ English, gift
    _s("gift-02", "en",
       "The Subway Gift Cards, Multipack of 3 ($30) leads your list because of two earlier buys, the Starbucks Gift "
       "Cards, Multipack of 4 and the JCPenney Gift Card; remove both and it sinks to 25th.",
       F, "rank 1; full removed set of two; new rank 25"),
    _s("gift-03", "en",
       "The Amazon.com Gift Card in a Greeting Card costs the same as the Birthday Cupcake Tin card you bought, and "
       "9 buyers of that tin bought it as well.",
       ["comparison"], "40.00 vs 25.00, not the same price; 9 is right"),
    _s("gift-04", "en",
       "Third on your list: the Amazon.com Gift Card in a Plaid Gift Box. Take away your Ornament Tin, Red Gift Box "
       "Reveal and Birthday Cupcake Tin cards and it would fall out of your top 10.",
       F, "rank 3; full removed set of three; new rank 22 > 10"),
    _s("gift-05", "en",
       "For just $25, the Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design) is your top pick; 30 "
       "people who bought the Santa Tin card bought it too.",
       ["number_role"], "the Snowflake Tin costs 200; 25 is the Santa Tin's price"),
    _s("gift-06", "en",
       "The Santa Tin gift card is here because of the Snowflake Tin card you bought: without that single purchase "
       "it would drop from first place to 27th.",
       F, "verified counterfactual removes the Snowflake Tin only, 1 -> 27"),
    _s("gift-07", "en",
       "13 customers who bought the Plaid Gift Box card also went for the Amazon.com Gift Card in a Ornament Tin "
       "(Merry Christmas Card Design), a $25 card that ranks among the ten most popular in the store.",
       F, "Plaid co-purchase 13; price 25; popularity rank 9"),
    _s("gift-08", "en",
       "Your Buffalo Wild Wings e-mail gift card is what keeps the Panda Express Happy Birthday Hats card in your "
       "top 10: without it, the card would sit 11th instead of 3rd.",
       F, "counterfactual removes BWW only, 3 -> 11"),
    _s("gift-10", "en",
       "The Panera Bread Gift Card is a cheaper option than the SUBWAY Gift Card you bought, and 18 SUBWAY card "
       "buyers added it as well.",
       ["comparison"], "both cost 25.00"),
    _s("gift-11", "en",
       "30 shoppers bought both the Snowflake Tin card you already own and the Amazon.com Gift Card in a Santa Tin "
       "(Ho! Ho! Ho! Card Design), which is why the Santa Tin heads your list.",
       F, "Snowflake co-purchase 30; rank 1"),
    _s("gift-12", "en",
       "The Burger King Gift Card is one of the ten best-selling gift cards on the site, and 16 SUBWAY Gift Card "
       "buyers chose it as well.",
       ["superlative"], "popularity rank 14; 16 is right"),
    _s("gift-13", "en",
       "Had you not bought the Outback Steakhouse Gift Card, the Applebee's Gift Card would not be in your top 10.",
       ["counterfactual"], "bundle has no counterfactual"),
    _s("gift-14", "en",
       "Each of your Red Gift Box Reveal, Santa Smile Tin and Starbucks cards was bought together with the "
       "Amazon.com Gift Card in a Snowflake Tin by 7 shoppers; it is also the third most popular gift card here.",
       F, "all three co-purchase counts are 7; popularity rank 3"),
    _s("gift-16", "en",
       "You bought the Amazon.com Gift Card in a Greeting Card as a birthday present for a friend, so the Starbucks "
       "Gift Card - our best-selling card - could be your next gift.",
       ["invented_event"], "birthday present for a friend is invented; popularity rank 1 is true"),
    _s("gift-17", "en",
       "Our top recommendation is the Amazon.com Gift Card in a Greeting Card ($40), the second most popular gift "
       "card in the catalogue; 15 buyers of the Plaid Gift Box card also picked it.",
       F, "rank 1; popularity rank 2; Plaid co-purchase 15"),
    _s("gift-18", "en",
       "Since you bought the Amazon.com Gift Card in a Holiday Pop-Up Box and the Amazon.com Gift Card in a Snowman "
       "Tin, we suggest the Amazon.com Gift Card in a Holiday Sprig Box.",
       ["unknown_item"], "no Snowman Tin in any evidence"),
    _s("gift-20", "en",
       "At $25, the Amazon.com Gift Card in a Plaid Gift Box costs less than the $40 Greeting Card version you "
       "bought; 16 shoppers who bought the Snowflake Tin card also chose it.",
       F, "true comparison 25 < 40; Snowflake co-purchase 16"),
    _s("gift-21", "en",
       "Time to reorder the Olive Garden e-mail gift card you bought before - 3 people who bought the JCPenney "
       "e-mail card bought it too.",
       ["ownership"], "the recommendation is not in the history"),
    _s("gift-22", "en",
       "Starbucks Gift Card: the most popular gift card we sell (77 buyers), and a common pick among SUBWAY Gift "
       "Card owners - 24 of them bought it.",
       F, "popularity 77 at rank 1; SUBWAY co-purchase 24"),
    _s("gift-23", "en",
       "Even though you've never had an Outback Steakhouse Gift Card, the $50 Applebee's Gift Card suits you: 14 "
       "SUBWAY Gift Card buyers bought it as well.",
       ["negation"], "Outback is the top history item"),
    _s("gift-24", "en",
       "Applebee's Gift Card comes third in your recommendations. It's the sixth most popular card, with 57 buyers, "
       "and 14 of the SUBWAY Gift Card buyers bought it as well.",
       F, "rank 3; popularity 57 at rank 6; SUBWAY co-purchase 14"),
    # ------------------------------------------------------------------ English, mag
    _s("mag-01", "en",
       "You bought B000IOEJ8W from TV Guide, and 4 customers bought it together with Entertainment Weekly's "
       "B000IJ7RQ8 - one of the ten most popular magazines in the store.",
       F, "history co-purchase 4; popularity rank 7"),
    _s("mag-02", "en",
       "Without B00005N7SA, B00005N7SC and B00005N7Q1 in your history, B00005N7TL would fall from first place to",
       ["truncated"], "cut off before the new rank; what is shown is true"),
    _s("mag-04", "en",
       "Hearst's B00005N7PN, a Home & Garden title, is third on your list. Had you not bought B00005N7OV, "
       "B000ILY9LW and B000FTJ7JQ, it would be down at 15th.",
       F, "rank 3; full removed set of three; new rank 15"),
    _s("mag-05", "en",
       "B00005N7QG is the best-selling magazine in the store, and 16 buyers of B000IJ84F6 also bought it.",
       ["number_role"], "B000IJ84F6's co-purchase count is 12; 16 belongs to B00005N7PN"),
    _s("mag-06", "en",
       "B00007AVYI, the Hearst transportation title you bought, is what puts B00005N7SA at the top of your list; "
       "without it, B00005N7SA would slide to 16th.",
       F, "counterfactual removes B00007AVYI only, 1 -> 16"),
    _s("mag-07", "en",
       "B000LXHJFK, Hearst's men's fashion magazine, is on offer at half the cover price, and 4 people who bought "
       "B000IJ7RQ8 bought it too.",
       ["invented_attribute"], "no price or offer in the bundle; 4 is right"),
    _s("mag-08", "en",
       "In third place for you is B00005NIOH from National Geographic Partners LLC, which just makes the ten most "
       "popular magazines; 3 customers bought it along with B00005N7T5.",
       F, "rank 3; popularity rank 10; T5 co-purchase 3"),
    _s("mag-10", "en",
       "B00005N7QG, a Hearst cooking title, is the best-selling magazine we have, with 56 buyers - and 16 of the "
       "people who bought B00005N7PN, as you did, picked it up.",
       F, "popularity 56 at rank 1; PN co-purchase 16"),
    _s("mag-11", "en",
       "Your B00005N7OV subscription runs out next month; Hearst's B00005N7PN, which 12 of its buyers also bought, "
       "could take its place.",
       ["invented_event"], "expiry next month is invented; 12 is right"),
    _s("mag-12", "en",
       "B000IJ84F6, Meredith's parenting magazine, is your top recommendation - 10 people who bought B000FTJ7JQ "
       "bought it too.",
       ["superlative"], "recommendation rank is 3"),
    _s("mag-13", "en",
       "Mainly because you bought Meredith's B000FTJ7JQ, we recommend B01CF3ECNK, another Meredith cooking title; "
       "21 customers have bought both.",
       F, "top-weighted history item; both Meredith, Cooking; co-purchase 21"),
    _s("mag-15", "en",
       "Hearst's B00005N7PN is recommended because 6 shoppers who bought B000INCK4I from Trusted Media Brands also "
       "bought it.",
       ["wrong_item"], "B000INCK4I has no co-purchase record; the 6 is B00005N7SG's"),
    _s("mag-16", "en",
       "You bought B00005N7TP from Kalmbach Publ Co, and 4 customers bought it together with B00005NIOH, your "
       "number-three recommendation.",
       ["unknown_item"], "mangled ASIN: the history item is B00005N7PT"),
    _s("mag-18", "en",
       "B00005N7QG is the most-bought magazine in the shop. Five people who bought B00005N7U1, a Meredith "
       "special-diet title, also bought it, as did four buyers of B00007BK3L.",
       F, "popularity rank 1; U1 co-purchase 5, BK3L 4"),
    _s("mag-20", "en",
       "You already have B00005N7QG, the store's most-bought magazine, and it sits third on your list.",
       ["ownership"], "recommended item said to be owned; rank 3 and popularity rank 1 are true"),
    # ------------------------------------------------------------------ English, ml
    _s("ml-01", "en",
       "You rated Contact (1997), and 194 users who rated it also rated The Game (1997), which tops your "
       "recommendations.",
       F, "Contact is history and neighbour (194); rank 1"),
    _s("ml-02", "en",
       "You watched The Magnificent Seven and True Romance; without those two, GoodFellas (1990) would drop out of "
       "your top 10.",
       ["verb"], "MovieLens ratings, not watching; the counterfactual (new rank 19) is right"),
    _s("ml-04", "en",
       "Take Boogie Nights and Fallen out of your ratings and Chasing Amy (1997) would no longer make your top 10.",
       ["counterfactual"], "verified set also needs Everyone Says I Love You"),
    _s("ml-06", "en",
       "Your ratings of The Full Monty, Boogie Nights and L.A. Confidential put In & Out (1997) at number one - drop "
       "all three and it would land at 22nd.",
       F, "full removed set of three, 1 -> 22"),
    _s("ml-07", "en",
       "Since you loved Star Wars (1977), Toy Story (1995) is next: 372 people who rated Star Wars also rated it.",
       ["verb"], "sentiment verb 'loved' for a rating; 372 is right"),
    _s("ml-08", "en",
       "At number three for you: Butch Cassidy and the Sundance Kid (1969). 177 people who rated Raiders of the "
       "Lost Ark also rated it, and you rated The Sting and The Blues Brothers.",
       F, "rank 3; Raiders neighbour 177; Sting and Blues Brothers in history"),
    _s("ml-09", "en",
       "Back to the Future (1985) has just been remastered in 4K, and 271 users who rated Pulp Fiction rated it "
       "too.",
       ["invented_attribute"], "remaster is not in the bundle; 271 is right"),
    _s("ml-11", "en",
       "We recommend Cop Land (1997), which 172 users have rated. You rated The Edge, L.A. Confidential and In the "
       "Company of Men, and 122 people who rated The English Patient rated Cop Land too.",
       F, "popularity 172; history; English Patient neighbour 122"),
    _s("ml-13", "en",
       "Return of the Jedi (1983) is the third most-rated film in the catalogue, and 469 users who rated Star Wars "
       "(1977), as you did, also rated it.",
       F, "popularity rank 3; Star Wars co-rating 469"),
    _s("ml-14", "en",
       "Fargo (1996) is the second most-rated film here, and 388 users who rated Star Wars also",
       ["truncated"], "cut off; what is shown is true"),
    # ------------------------------------------------------------------ Chinese
    _s("shop-02", "zh",
       "你买过 Trailfox Go 11 Water Bottle Filter 和 Trailfox Pro 2 Water Bottle Filter；如果没有这两件，"
       "Trailfox S5 Water Bottle 1L 会从第 1 位跌到第 121 位。",
       F, "full removed set, 1 -> 121"),
    _s("shop-03", "zh",
       "The Winter Mirror: A Novel (Hardcover) 是全店最畅销的商品，共有 351 位顾客购买；买过 Trailfox Go 11 "
       "Water Bottle Filter 的人里有 90 位也买了它。",
       F, "popularity 351 at rank 1; Go 11 co-purchase 90"),
    _s("shop-11", "zh",
       "你已经买过 Purelle Air 9 Sunscreen Kids，不妨再囤一支：买过 Purelle A8 Face Cream Day 的顾客里有 85 位也买了它。",
       ["ownership"], "recommended item said to be already bought; 85 is right"),
    _s("shop-14", "zh",
       "Kestrel Zen 7 Smartphone 128GB 售价 $256.99，已有 48 位顾客把它和 Kestrel Pro 4 Smartphone 64GB 一起买下。",
       ["number_role"], "Pro 4 co-purchase is 17; 48 belongs to The Winter Mirror"),
    _s("shop-19", "zh",
       "你买过 Lumetric Zen 4 Screen Protector Tempered Glass，有 13 位顾客同时买了它和 Lumetric Z1 Phone Case Clear"
       "（售价 $23.99），所以首推这款手机壳。",
       F, "co-purchase 13; price 23.99; rank 1"),
    _s("shop-24", "zh",
       "Trailfox S5 Water Bottle 1L 排在你的推荐第三位，价格比你买过的 Trailfox Z10 Water Bottle 750ml 还要贵一些。",
       ["comparison"], "S5 16.99 is cheaper than Z10 20.99; rank 3 is right"),
    _s("shop-29", "zh",
       "Trailfox Go 11 Water Bottle Filter 是本店卖得最好的商品，已有 307 人购买，你买过的 Trailfox Air 5 Water "
       "Bottle Insulated 和它有 21 位共同买家。",
       ["superlative"], "popularity rank 2, not 1; 307 and 21 are right"),
    _s("gift-01", "zh",
       "买过 IHOP Coffee Gift Cards Configuration Asin - E-mail Delivery 的顾客里有 4 位也买了 Buffalo Wild Wings "
       "Gift Cards - E-mail Delivery，而且这张卡本周下单立享九折。",
       ["invented_attribute"], "10% discount is invented; 4 is right"),
    _s("gift-06", "zh",
       "买过 Ulta Beauty Gift Card 的顾客中有 6 位也买了 Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card "
       "Design)，所以把它推荐给你。",
       ["wrong_item"], "Ulta has no co-purchase record; 6 belongs to the Starbucks Gift Card"),
    _s("gift-09", "zh",
       "为你首推 Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design)，售价 $200，销量在礼品卡中排第三；"
       "你买过的 Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design) 和它有 30 位共同买家。",
       F, "rank 1; price 200; popularity rank 3; Santa Tin co-purchase 30"),
    _s("gift-15", "zh",
       "你买过 Panera Bread Gift Card，有 18 位同样买过它的顾客也购买了",
       ["truncated"], "cut off before the object; what is shown is true"),
    _s("gift-19", "zh",
       "要是你没买 Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design)，Amazon.com Gift Card in a "
       "Santa Tin (Ho! Ho! Ho! Card Design) 就不会出现在你的前十推荐里。",
       ["counterfactual"], "this bundle has no counterfactual (gift-06 has one, gift-19 does not)"),
    _s("gift-22", "zh",
       "虽然你从未买过 Panera Bread Gift Card，但买过 SUBWAY Gift Card 的 24 位顾客也买了 Starbucks Gift Card。",
       ["negation"], "Panera Bread Gift Card is in the history; 24 is right"),
    _s("gift-25", "zh",
       "你买过 Amazon.com Gift Card in a Santa Smile Tin 和 Amazon.com Gift Card in a Holiday Sprig Box，分别有 6 位和 "
       "5 位买家也买了 Amazon.com Gift Card in a Holiday Pop-Up Box（$50）。",
       F, "co-purchase 6 and 5; price 50"),
    _s("mag-03", "zh",
       "推荐 Hearst Magazines 的 item B00005N7PN：它是店里第三畅销的杂志，共 42 人购买；买过 B00005N7QW 的顾客中有 9 位"
       "也买了它。",
       F, "popularity 42 at rank 3; QW co-purchase 9"),
    _s("mag-04", "zh",
       "如果没有 B00005N7OV、B000ILY9LW 和 B000FTJ7JQ 这三本，item B00005N7PN 会从第 3 位跌到第 30 位。",
       ["counterfactual"], "right set and old rank, new rank is 15 not 30"),
    _s("mag-09", "zh",
       "主要因为你买过 Meredith 的 B000FTJ7JQ，我们为你首推同样属于 Cooking, Food & Wine 类的 item B01CF3ECNK；有 21 位"
       "顾客两本都买了。",
       F, "top-weighted history item; same brand and category; co-purchase 21; rank 1"),
    _s("mag-10", "zh",
       "你买过 This Old House Ventures 的 B00005R8BL 和 Better Homes and Gardens，所以推荐 Hearst Magazines 的 item "
       "B00005N7QG。",
       ["unknown_item"], "Better Homes and Gardens is in no evidence"),
    _s("mag-14", "zh",
       "你买过 Hearst Magazines 的 B00005N7QG，另有 16 位买过它的顾客也买了 item B00005N7PN，这本家居设计杂志目前在全站"
       "销量排第 3。",
       F, "QG co-purchase 16; Home & Garden / Design; popularity rank 3"),
    _s("mag-16", "zh",
       "推荐排名第三的是 National Geographic Partners LLC 的 item B00005NIOH，它是销量前十的杂志；你买过的 B00005N7PT "
       "和它被 4 位顾客一起购买过。",
       F, "rank 3; popularity rank 10; PT co-purchase 4"),
    _s("mag-17", "zh",
       "item B00005N7QG 是全站最畅销的杂志（56 人购买），买过 B000ILY9LW 的顾客中有 17 位也买了它。",
       F, "popularity 56 at rank 1; LW co-purchase 17"),
    _s("mag-19", "zh",
       "你买过 B00079RO7G，买过它的顾客中有 42 位也买了 Bonnier Corporation 的 item B00005N7SC。",
       ["number_role"], "42 is the popularity count; the co-purchase count is 5"),
    _s("ml-03", "zh",
       "你给 Citizen Kane (1941)、Grease (1978) 和 Primal Fear (1996) 打过分，所以首推 Brothers McMullen, The (1995)；"
       "评过 Fargo (1996) 的用户中有 59 位也评了它。",
       F, "history; rank 1; Fargo neighbour 59"),
    _s("ml-05", "zh",
       "共有 288 位用户给 Conspiracy Theory (1997) 打过分，你评过的 Air Force One (1997) 和它有 221 位共同评分用户。",
       F, "popularity 288; Air Force One co-rating 221"),
    _s("ml-06", "zh",
       "你看过 Contact (1997)，看过它的用户中有 160 位也给 In & Out (1997) 打了分。",
       ["verb"], "'看过' for MovieLens ratings; Contact neighbour 160 is right"),
    _s("ml-09", "zh",
       "你给 Pulp Fiction (1994) 打过分，有 271 位同样评过它的用户也给 Back to the Future (1985) 打了分；共有 341 位用户"
       "评过这部片。",
       F, "Pulp Fiction co-rating 271; popularity 341"),
    _s("ml-10", "zh",
       "你上周刚给 Twelve Monkeys (1995) 打了分，评过 Star Wars (1977) 的 272 位用户也评了 Willy Wonka and the "
       "Chocolate Factory (1971)。",
       ["invented_event"], "'last week' is invented; 272 is right"),
    _s("ml-12", "zh",
       "排在你推荐第三位的是 To Kill a Mockingbird (1962)：给 Casablanca (1942) 打过分的用户里有 121 位也评了它，"
       "你还评过 Sunset Blvd. (1950)。",
       F, "rank 3; Casablanca neighbour 121; Sunset Blvd. in history"),
    _s("ml-13", "zh",
       "Return of the Jedi (1983) 是评分人数最多的电影，共有 498 位用户评过。",
       ["superlative"], "popularity rank 3, not 1; 498 is right"),
    _s("ml-15", "zh",
       "你给 Contact (1997) 和 Scream (1996) 都打过分；这两部片分别有 237 和 210 位用户也评了 Titanic (1997)。",
       F, "both in history; co-ratings 237 and 210"),
]
