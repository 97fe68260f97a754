"""independent9 (hand9): 100 hand-written recommendation reasons, labelled by hand against
../independent/bundles.jsonl. errors == [] means faithful. Build labelled.jsonl from the repo root with
``python3 benchmarks/independent4/build.py benchmarks/independent9 i9 hand9``."""


def S(case, lang, text, errors, note):
    return {"case": case, "lang": lang, "text": text, "errors": list(errors), "note": note}


SENTENCES = [
    # ------------------------------------------------------------------ English, shop (23)
    S("shop-02", "en",
      "Hello, the Trailfox S5 Water Bottle 1L ($16.99) sits at the top of your recommendations. It rests on two "
      "earlier orders, the Trailfox Go 11 Water Bottle Filter and the Trailfox Pro 2 Water Bottle Filter: were "
      "both missing from your history, the S5 would be placed 121st.",
      [], "rank 1; price 16.99; verified counterfactual removes Go 11 + Pro 2, new rank 121"),
    S("shop-03", "en",
      "Honestly, The Winter Mirror is a safe bet: 351 shoppers have bought it, more than any other product in "
      "the shop, and 90 people who bought the Trailfox Go 11 Water Bottle Filter you have picked it up as well. "
      "It's number one on your list too.",
      [], "popularity (351, rank 1); Go 11 co-purchase 90 (neighbour = history); rank 1"),
    S("shop-04", "en",
      "The Brewster Core 4 Coffee Maker Cold Brew comes third for you. Had you not bought the Hearthly S10 "
      "Coffee Maker Drip and the Kestrel Zen 7 Smartphone 128GB, it would have fallen to 23rd.",
      ["counterfactual"], "verified set is the Hearthly S10 alone (3 -> 23); adding the Zen 7 phone gives an "
                          "unverified two-item removal"),
    S("shop-06", "en",
      "Dear customer, Hearthly A2 Tea Breakfast is our first recommendation for you, chiefly because of your "
      "Brewster Prime 12 Kettle Gooseneck; had you not bought that kettle, the tea would rank only 21st.",
      [], "rank 1; Prime 12 kettle top-weighted and the verified removed item; new rank 21"),
    S("shop-07", "en",
      "Purelle Air 9 Sunscreen Kids \u00b7 $8.99 \u00b7 One of our five best sellers, with 180 buyers \u00b7 85 "
      "customers who bought the Purelle A8 Face Cream Day also bought this.",
      ["superlative"], "popularity rank is 6, so 'one of our five best sellers' is false; 180, 85 and 8.99 are "
                       "right"),
    S("shop-08", "en",
      "The recommended item is Solenne Neo 10 Conditioner 250ml, in position 3. If Purelle Prime 1 Shampoo "
      "Repair were removed from your purchase history, this item would move down to position 82.",
      [], "rank 3; verified counterfactual removes Prime 1 shampoo, 3 -> 82"),
    S("shop-10", "en",
      "The Purelle Core 5 Sunscreen Kids ranks first for you because of your Purelle A8 Face Cream Day and Air 9 "
      "Sunscreen Kids, though even without those two it would still sit inside your top ten.",
      ["counterfactual"], "right two-item set, but removing it sends the item to 21st, out of the top ten"),
    S("shop-11", "en",
      "You picked up the Purelle A8 Face Cream Day, so we've put the Purelle Air 9 Sunscreen Kids first for you! "
      "85 shoppers bought both, and with 180 buyers it's the sixth best-selling thing in the shop.",
      [], "A8 top-weighted, co-purchase 85; popularity (180, rank 6); rank 1"),
    S("shop-12", "en",
      "Third on your list: The Winter Mirror: A Novel (Hardcover), the shop's best-selling product with 351 "
      "buyers. 15 people who bought the Trailfox Lite 10 Running Shoes Cushioned, like you, also bought it.",
      ["wrong_item"], "Lite 10 shoes have only an attribution weight, no co-purchase record; 15 belongs to the "
                      "Trailfox X3 socks. Rank 3 and popularity (351, rank 1) are right"),
    S("shop-13", "en",
      "Your Hearthly tea purchases point us to the Hearthly A4 Kettle Gooseneck ($26.99) as the first thing to "
      "suggest: 69 shoppers who bought the Zen 4 Tea Breakfast also bought this kettle.",
      [], "history is three Hearthly teas; rank 1; Zen 4 co-purchase 69; price 26.99"),
    S("shop-14", "en",
      "We recommend the Kestrel Zen 7 Smartphone 128GB at $256.99, almost two hundred dollars less than the "
      "Kestrel Pro 4 Smartphone 64GB you purchased. Seventeen buyers of the Pro 4 also bought the Zen 7, and it "
      "is the fourth best-selling product in our store.",
      [], "452.99 - 256.99 = 196 ('almost two hundred less'); Pro 4 co-purchase 17; popularity rank 4"),
    S("shop-16", "en",
      "At $10.99, the Purelle Max 2 Conditioner Repair costs less than any conditioner you've bought before! "
      "It's third on your list, and 12 people who bought your Purelle Flex 12 Shampoo Volume grabbed it too.",
      ["comparison"], "the Solenne Neo 10 conditioner in the history cost 9.99, less than 10.99; rank 3 and "
                      "Flex 12 count 12 are right"),
    S("shop-17", "en",
      "Kettleworth A1 Coffee Beans Decaf \u2014 $6.99. Our top pick for you, driven mostly by your Casaro X12 "
      "Coffee Maker Pod; 25 owners of that machine bought these beans too.",
      [], "rank 1; Casaro X12 top-weighted, co-purchase 25; price 6.99"),
    S("shop-19", "en",
      "Because you bought the Lumetric Zen 4 tempered-glass screen protector, the Lumetric Z1 Phone Case Clear "
      "is number one for you: $23.99, backed by a lifetime warranty, and bought by 13 people who also bought "
      "that protector.",
      ["invented_attribute"], "no warranty in the bundle; rank 1, 23.99 and count 13 are right"),
    S("shop-21", "en",
      "307 shoppers have bought the Trailfox Go 11 Water Bottle Filter, a total only one item in the store "
      "beats, and it's at the front of your recommendations, mostly thanks to the Trailfox Zen 7 Running Socks "
      "3-Pack you bought.",
      [], "popularity (307, rank 2); rank 1; Zen 7 socks top-weighted"),
    S("shop-22", "en",
      "Since you bought The Winter Mirror over the summer, The Secret Orchard: A Novel (Paperback) is our first "
      "pick for you; 56 readers who bought The Winter Mirror bought it as well.",
      ["invented_event"], "no date in the bundle ('over the summer'); rank 1 and co-purchase 56 are right"),
    S("shop-23", "en",
      "Our number one suggestion is the Solenne Neo 10 Conditioner 250ml at $9.99, chosen mainly because of "
      "your Purelle Flex 12 Shampoo Volume. 24 shoppers bought both, and 14 buyers of the Purelle Max 1 "
      "Conditioner Smooth you own bought it too.",
      [], "rank 1; Flex 12 top-weighted, co-purchase 24; Max 1 co-purchase 14; price 9.99"),
    S("shop-24", "en",
      "Trailfox S5 Water Bottle 1L, $16.99 \u2014 #3 for you. 30 people who bought the Trailfox Z10 Water "
      "Bottle 750ml also bought this one.",
      ["number_role"], "the Z10's co-purchase count is 9; 30 belongs to The Winter Mirror"),
    S("shop-25", "en",
      "We have placed The Winter Mirror: A Novel (Hardcover) first among your recommendations. It is the most "
      "purchased product in our shop, with 351 buyers, and 6 customers who bought The Hidden House: A Novel "
      "(Paperback), as you did, also bought it.",
      [], "rank 1; popularity (351, rank 1); Hidden House co-purchase 6"),
    S("shop-26", "en",
      "You haven't bought a Brewster coffee maker from us yet, so we'd start you with the Brewster Core 4 Coffee "
      "Maker Cold Brew ($284.99), one of the store's ten best sellers; 16 buyers of your Hearthly Pro 8 espresso "
      "machine also bought it.",
      ["negation"], "the Brewster X9 Coffee Maker Espresso is in the history; popularity rank 9 <= 10, price and "
                    "Hearthly Pro 8 count 16 are right"),
    S("shop-28", "en",
      "Recommendation number 3 is Hearthly A11 Tea Chamomile, price $3.99. It has 116 buyers and is ranked 13 in "
      "the store. 48 users who bought Hearthly A4 Kettle Gooseneck also bought it.",
      [], "rank 3; popularity (116, rank 13); A4 kettle co-purchase 48"),
    S("shop-29", "en",
      "You've already got the Trailfox Air 7 Water Bottle Insulated, and 21 people who bought that bottle also "
      "went for the Trailfox Go 11 Water Bottle Filter, which is first on our list for you at $18.99.",
      ["unknown_item"], "the history item is the Trailfox Air 5 Water Bottle Insulated; 'Air 7' is a changed "
                        "title"),
    S("shop-30", "en",
      "You've never bought anything from Kestrel, so here's a first: the Kestrel Zen 7 Smartphone 128GB, our "
      "number-one suggestion and the store's fourth best seller with 189 buyers.",
      ["negation"], "the Kestrel Air 5 Memory Card 64GB is in the history; rank 1 and popularity (189, rank 4) "
                    "are right"),
    # ------------------------------------------------------------------ English, gift (20)
    S("gift-02", "en",
      "The Subway Gift Cards, Multipack of 3 ($30) lead your list because of two earlier purchases, the "
      "Starbucks Gift Cards, Multipack of 4 and the JCPenney Gift Card; without both of them, the Subway pack "
      "would drop to 25th.",
      [], "rank 1; price 30; verified counterfactual removes Starbucks multipack + JCPenney, new rank 25"),
    S("gift-03", "en",
      "Amazon.com Gift Card in a Greeting Card (Various Designs) \u2014 $40. The store's number-one seller (74 "
      "buyers). 9 buyers of the Birthday Cupcake Tin card also bought it.",
      ["superlative"], "popularity rank is 2, not 1; 74, 40 and 9 are right"),
    S("gift-04", "en",
      "In third place is the Amazon.com Gift Card in a Plaid Gift Box. It got there thanks to your Ornament Tin, "
      "Red Gift Box Reveal and Birthday Cupcake Tin cards; take away all three and it would be down at 22nd.",
      [], "rank 3; verified three-item counterfactual, new rank 22"),
    S("gift-05", "en",
      "The Amazon.com Gift Card in a Snowflake Tin is priced just like the Santa Tin and Ornament Tin cards "
      "you've bought, and 30 buyers of the Santa Tin card picked it up too. It's your top recommendation.",
      ["comparison"], "Snowflake Tin is 200, the Santa and Ornament Tins 25; rank 1 and count 30 are right"),
    S("gift-06", "en",
      "The Amazon.com Gift Card in a Santa Tin is your first recommendation because of the Greeting Card gift "
      "card you bought: without that purchase it would fall to 27th.",
      ["counterfactual"], "the verified removed item is the Snowflake Tin card, not the Greeting Card"),
    S("gift-08", "en",
      "Third in your recommendations: the Panda Express Happy Birthday Hats e-mail gift card, which just ten "
      "customers have bought. It owes that spot to your Buffalo Wild Wings e-mail card: without it, the Panda "
      "Express card would rank 11th and miss your top ten.",
      [], "rank 3; popularity count 10; verified counterfactual removes Buffalo Wild Wings, new rank 11"),
    S("gift-09", "en",
      "At $200 it's a step up from the $25 Santa Tin and Plaid Gift Box cards you bought, but the Amazon.com "
      "Gift Card in a Snowflake Tin (Happy Holidays Card Design) is still our first pick for you: 30 Santa Tin "
      "buyers and 16 Plaid Gift Box buyers bought it too.",
      [], "true comparison 200 > 25; rank 1; co-purchase 30 and 16"),
    S("gift-10", "en",
      "Panera Bread Gift Card \u2014 $25, delivered instantly by e-mail. Just inside our ten best sellers with 44 "
      "buyers, and 18 SUBWAY Gift Card buyers bought it too.",
      ["invented_attribute"], "this Panera card is not an e-mail delivery card; nothing about delivery in the "
                              "bundle. Popularity (44, rank 10), 25 and 18 are right"),
    S("gift-11", "en",
      "The Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design) is first on your list and costs less "
      "than the Forever 21 Gift Card you bought; 30 Snowflake Tin buyers picked it too.",
      ["comparison"], "both cards cost 25"),
    S("gift-13", "en",
      "The Applebee's Gift Card ($50) is the first card we're suggesting. Your Outback Steakhouse card weighs "
      "most in that choice, 15 Outback buyers also bought the Applebee's card, and it matches the $50 price of "
      "your Carrabba's Italian Grill card.",
      [], "rank 1; Outback top-weighted, co-purchase 15; both Applebee's and Carrabba's cost 50"),
    S("gift-14", "en",
      "We're suggesting the Amazon.com Gift Card in a Snowflake Tin first, since 7 buyers of the Red Gift Box "
      "Reveal card and",
      ["truncated"], "cut mid-clause; the part shown (rank 1, count 7) is true"),
    S("gift-15", "en",
      "The SUBWAY Gift Card is first on your list: 18 people who bought the Dominos Pizza e-mail gift card you "
      "own also bought it.",
      ["number_role"], "Dominos co-purchase count is 3; 18 belongs to the Panera Bread card"),
    S("gift-16", "en",
      "Starbucks Gift Card, $25: no card in our store has more buyers (77), yet it's only third on your list; 10 "
      "buyers of the Greeting Card gift card you bought also bought it.",
      [], "popularity (77, rank 1) with recommendation rank 3; Greeting Card co-purchase 10"),
    S("gift-18", "en",
      "The Amazon.com Gift Card in a Holiday Sprig Box leads your suggestions: 5 shoppers who bought the Black "
      "Gift Box (Holiday Globe Card Design) card, as you did, also bought it.",
      ["wrong_item"], "the Black Gift Box has only an attribution weight, no co-purchase record; 5 belongs to "
                      "the Holiday Pop-Up Box"),
    S("gift-19", "en",
      "Our first suggestion is the Amazon.com Gift Card in a Santa Tin ($25). Of the people who bought the "
      "Ornament Tin card you have, 17 bought this tin too, and 30 Snowflake Tin buyers did the same.",
      [], "rank 1; price 25; co-purchase Ornament 17, Snowflake 30"),
    S("gift-20", "en",
      "Stock up again on the Amazon.com Gift Card in a Plaid Gift Box ($25): it's third on your list, and 16 "
      "buyers of the Snowflake Tin card you bought picked it too.",
      ["ownership"], "'stock up again' says the Plaid Gift Box card was bought before; it is not in the history"),
    S("gift-21", "en",
      "We recommend Olive Garden - E-mail Delivery. It is your first recommendation. 3 users who bought JCPenney "
      "Gift Cards Configuration Asin - E-mail Delivery also bought it, and it has 7 buyers in total.",
      [], "rank 1; JCPenney e-mail co-purchase 3; popularity count 7"),
    S("gift-22", "en",
      "More people have bought the Starbucks Gift Card than any other card we sell, 77 in all, and it's your "
      "first recommendation: 24 buyers of the SUBWAY Gift Card you bought also got one.",
      [], "popularity (77, rank 1); rank 1; SUBWAY co-purchase 24"),
    S("gift-23", "en",
      "You gave an Outback Steakhouse card as a Father's Day present, so the Applebee's Gift Card ($50) is your "
      "top suggestion: 15 Outback card buyers bought it too.",
      ["invented_event"], "no gift-giving or date in the bundle; rank 1, 50 and 15 are right"),
    S("gift-24", "en",
      "Applebee's Gift Card, $50 \u2014 third among your suggestions. Fifteen Outback Steakhouse card buyers and "
      "fourteen SUBWAY card buyers also bought it; it ranks sixth in the store with 57 buyers.",
      [], "rank 3; co-purchase 15 and 14; popularity (57, rank 6)"),
    # ------------------------------------------------------------------ English, mag (16)
    S("mag-02", "en",
      "B00005N7TL, a Conde Nast technology title, is your first recommendation. It depends on three magazines "
      "you bought: B00005N7SA, B00005N7SC and B00005N7Q1. Without all three it would rank 30th.",
      [], "rank 1; category Technology; verified three-item counterfactual, new rank 30"),
    S("mag-03", "en",
      "B00005N7NP is your number-one recommendation, a Hearst design and decoration magazine; 9 shoppers who "
      "bought B00005N7QW also bought it.",
      ["unknown_item"], "mangled ASIN: the recommendation is B00005N7PN"),
    S("mag-04", "en",
      "B00005N7PN is third on your list. Without B00005N7OV, B000ILY9LW and B000FTJ7JQ in your history it would "
      "only slip one place, to fourth.",
      ["counterfactual"], "right three-item set, but the verified new rank is 15"),
    S("mag-05", "en",
      "B00005N7QG, a Hearst recipe magazine, is the most-bought magazine in the store and your first "
      "recommendation; 16 buyers of the Meredith parenting title B000IJ84F6 also bought it.",
      ["number_role"], "B000IJ84F6's co-purchase count is 12; 16 belongs to B00005N7PN"),
    S("mag-06", "en",
      "Dear reader, B00005N7SA, a Hearst transportation trade title, is our first recommendation. It depends on "
      "one purchase of yours, B00007AVYI; without it, B00005N7SA would rank 16th.",
      [], "rank 1; verified one-item counterfactual (B00007AVYI), new rank 16"),
    S("mag-07", "en",
      "B000LXHJFK, a Hearst men's fashion title, is first on your list. Your magazine shelf has no music titles "
      "yet, so it's a change of pace; 4 buyers of B000IJ7RQ8 also bought it.",
      ["negation"], "B0037STB02 (Meredith, Arts, Music & Photography / Music) is in the history"),
    S("mag-08", "en",
      "Third for you is B00005NIOH, a National Geographic history title with 30 buyers, tenth in the store. "
      "Three buyers each of B00005N7T5 and B00007BK3L, both in your history, also bought it.",
      [], "rank 3; popularity (30, rank 10); co-purchase 3 and 3"),
    S("mag-10", "en",
      "B00005N7QG is the store's biggest-selling magazine, with 56 buyers, and we're recommending it first; "
      "B00005N7PN, which you bought, shares 16 buyers with it.",
      [], "popularity (56, rank 1); rank 1; PN co-purchase 16"),
    S("mag-11", "en",
      "B00005N7PN, the Hearst design-and-decoration title, is your first recommendation, and every subscription "
      "includes a free annual design guide; 12 buyers of B00005N7OV bought it too.",
      ["invented_attribute"], "no bonus guide in the bundle; rank 1 and count 12 are right"),
    S("mag-12", "en",
      "B000IJ84F6, Meredith's parenting and families magazine, comes in at number three. Ten people who bought "
      "B000FTJ7JQ, the recipe magazine that counts most in your history, also bought it; 27 shoppers have "
      "bought it in total.",
      [], "rank 3; B000FTJ7JQ top-weighted, co-purchase 10; popularity count 27"),
    S("mag-13", "en",
      "B01CF3ECNK, a Meredith recipe magazine, is first on your list because 21 people who bought B000FTJ7JQ",
      ["truncated"], "cut mid-clause; the part shown is true"),
    S("mag-15", "en",
      "Recommended: B00005N7PN (Hearst Magazines, Design & Decoration). Rank 1 for you. 16 users who bought "
      "B00005N7QG also bought it. 42 buyers in total, rank 3 in the store.",
      [], "rank 1; QG co-purchase 16; popularity (42, rank 3)"),
    S("mag-16", "en",
      "B00005NIOH from National Geographic is third among your suggestions; 4 buyers of the Kalmbach nature "
      "magazine B00005N7PT, which you own, bought it too, and it's just inside the store's ten best sellers.",
      [], "rank 3; PT (Kalmbach, Nature & Ecology) co-purchase 4; popularity rank 10"),
    S("mag-17", "en",
      "Keep B00005N7QG coming: the Hearst recipe magazine you already get is the store's best seller and first "
      "on your list, and 17 buyers of B000ILY9LW also bought it.",
      ["ownership"], "B00005N7QG is the recommendation, not in the history; rank 1, popularity rank 1 and 17 "
                     "are right"),
    S("mag-18", "en",
      "B00005N7QG, from Hearst, is the magazine we'd suggest first. Five people who bought the Meredith "
      "special-diet title B00005N7U1 bought it too, and at 56 buyers it is the best-selling magazine we carry.",
      [], "rank 1; U1 (Special Diet) co-purchase 5; popularity (56, rank 1)"),
    S("mag-20", "en",
      "Third on your list is B00005N7QG, a Hearst recipe magazine and the store's best seller with 56 buyers; 16 "
      "buyers of B00005N7PN, the title that weighs most in your history, also bought it.",
      [], "rank 3 with popularity (56, rank 1); PN top-weighted, co-purchase 16"),
    # ------------------------------------------------------------------ English, ml (11)
    S("ml-02", "en",
      "GoodFellas (1990) is the film we'd suggest first. Your ratings of The Magnificent Seven (1954) and True "
      "Romance (1993) carry it there: without both, it would sit at 19th.",
      [], "rank 1; verified two-item counterfactual, new rank 19"),
    S("ml-03", "en",
      "Since you watched Citizen Kane (1941), Grease (1978) and Primal Fear (1996), The Brothers McMullen (1995) "
      "is first on your list; 59 users who rated Fargo (1996) rated it too.",
      ["verb"], "MovieLens records ratings, not viewing"),
    S("ml-04", "en",
      "Chasing Amy (1997) is number three among your recommendations. It's there because you rated Everyone "
      "Says I Love You (1996), Boogie Nights (1997) and Fallen (1998); without those three ratings it would fall "
      "to 11th.",
      [], "rank 3; verified three-item counterfactual, new rank 11"),
    S("ml-06", "en",
      "In & Out (1997) leads your recommendations on the strength of three of your ratings, The Full Monty, "
      "Boogie Nights and L.A. Confidential; remove all three and it would drop to 22nd. 160 people who rated "
      "Contact (1997) also rated it.",
      [], "rank 1; verified three-item counterfactual, new rank 22; Contact co-rating 160"),
    S("ml-07", "en",
      "Toy Story (1995) is your top recommendation; 332 users who rated The Rock (1996), one of your films, also "
      "rated it.",
      ["wrong_item"], "The Rock has only an attribution weight, no co-rating record; 332 belongs to Return of "
                      "the Jedi"),
    S("ml-08", "en",
      "Butch Cassidy and the Sundance Kid (1969) is third on your list; 159 people who rated Raiders of the Lost "
      "Ark (1981) also rated it.",
      ["number_role"], "Raiders' co-rating count is 177; 159 belongs to Back to the Future"),
    S("ml-09", "en",
      "Fresh off your Monty Python and the Holy Grail (1974) rating last night, Back to the Future (1985) is your "
      "first recommendation; 271 users who rated Pulp Fiction (1994) rated it too.",
      ["invented_event"], "no time in the bundle ('last night'); rank 1 and count 271 are right"),
    S("ml-11", "en",
      "You bought The Edge (1997) and L.A. Confidential (1997), so Cop Land (1997) comes first; 126 people who "
      "rated Contact (1997) also rated it.",
      ["verb"], "'bought' for MovieLens ratings"),
    S("ml-12", "en",
      "To Kill a Mockingbird (1962) is third on your list and one of the twenty most-rated films in the whole "
      "catalogue; 121 people who rated Casablanca (1942) also rated it.",
      ["superlative"], "popularity rank is 98"),
    S("ml-13", "en",
      "Return of the Jedi (1983) is your first recommendation, and Star Wars (1977) is the main reason: 469 "
      "people who rated Star Wars also rated this one. With 498 ratings it is the third most-rated film in the "
      "catalogue.",
      [], "rank 1; Star Wars top-weighted, co-rating 469; popularity (498, rank 3)"),
    S("ml-14", "en",
      "Fargo (1996) is first on your list; take Star Wars (1977) out of your ratings and it would fall out of "
      "your top ten. 388 people who rated Star Wars rated Fargo too.",
      ["counterfactual"], "this bundle has no counterfactual"),
    # ------------------------------------------------------------------ Chinese (30)
    S("shop-02", "zh",
      "你买过 Trailfox Go 11 和 Pro 2 两款滤水瓶，所以 Trailfox S5 1L 水瓶排在你推荐的第一位；要是没买这两款，它会跌到第 12 位。",
      ["counterfactual"], "right two-item set, but the verified new rank is 121"),
    S("shop-13", "zh",
      "Hearthly A4 鹅颈壶（26.99 美元）是全店销量前三的热门单品，买过 Hearthly Zen 4 早餐茶的顾客里有 69 位也买了它，为你优先推荐。",
      ["superlative"], "popularity rank is 5, not within the top three"),
    S("shop-21", "zh",
      "你还没买过跑鞋，不妨先从 Trailfox Go 11 滤水瓶开始：全店有 307 人购买，销量排名第二，是我们为你推荐的第一款。",
      ["negation"], "Zenova Flex 11 and Stride Prime 1 running shoes are in the history"),
    S("gift-05", "zh",
      "雪花铁盒款 Amazon.com 礼品卡（Snowflake Tin，200 美元）是这次给你的头号推荐：买过 Santa Tin 款的顾客中有 30 位也买了它，全店共 69 人购买，销量排第三。",
      [], "rank 1; price 200; Santa Tin co-purchase 30; popularity (69, rank 3)"),
    S("gift-13", "zh",
      "Applebee's 礼品卡（50 美元）是你的第一推荐：买过 Cracker Barrel 礼品卡的顾客里有 15 位也买了它。",
      ["number_role"], "Cracker Barrel's co-purchase count is 11; 15 belongs to Outback Steakhouse"),
    S("gift-22", "zh",
      "你常用的 Starbucks 礼品卡又来啦：全店最畅销，共 77 位买家，买过 SUBWAY 礼品卡的顾客中有 24 位也买了它。",
      ["ownership"], "'你常用的 … 又来啦' says the recommended Starbucks card is already the user's"),
    S("mag-05", "zh",
      "为你推荐的第一本是 Hearst 的食谱杂志 B00005N7QG，它是全店买家最多的杂志（56 位）；买过 B00005N7PN 的顾客中有 16 位也买了它。",
      [], "rank 1; popularity (56, rank 1); PN co-purchase 16"),
    S("mag-12", "zh",
      "排在你推荐第三位的是 Meredith 的亲子杂志 B000IJ84F9，买过 B000FTJ7JQ 的 10 位顾客也买了它。",
      ["unknown_item"], "mangled ASIN: the recommendation is B000IJ84F6"),
    S("ml-07", "zh",
      "Toy Story (1995) 是我们给你的第一推荐：评过 Star Wars (1977) 的用户中有 372 位也评过它，它共有 444 条评分，在全库排第八。",
      [], "rank 1; Star Wars co-rating 372; popularity (444, rank 8)"),
    S("ml-13", "zh",
      "既然你喜欢 Star Wars (1977)，那一定要看看 Return of the Jedi (1983)：评过 Star Wars 的用户中有 469 位也评过它，这是我们为你推荐的第一部。",
      ["verb"], "'你喜欢' (you like) is sentiment; the bundle has ratings only"),
    S("shop-01", "zh",
      "Brewster X6 意式浓缩烘焙咖啡豆（26.99 美元）排在你推荐列表的第一位，主要是因为你买过 Brewster Core 4 冷萃咖啡机；买过这台咖啡机的顾客中有 38 位也买了这款咖啡豆。",
      [], "rank 1; Core 4 top-weighted, co-purchase 38; 'Espresso Roast', 'Cold Brew' from the titles"),
    S("shop-05", "zh",
      "第一个推荐给你的是 Solenne Neo 10 护发素（250ml，9.99 美元）：买过 Purelle Max 2 修护护发素的顾客中有 22 位也买了它。",
      ["wrong_item"], "Max 2 conditioner has only an attribution weight, no co-purchase record; 22 belongs to the "
                      "Go 11 bottle and The Winter Mirror"),
    S("shop-09", "zh",
      "Brewster S9 玻璃水壶（90.99 美元）是你的第一推荐，在全店销量排第七；买过 Hearthly A6 早餐茶的顾客中有 170 位也买了它。",
      ["number_role"], "170 is the popularity count; the A6 tea co-purchase count is 43"),
    S("shop-15", "zh",
      "The Nordic Kitchen Cookbook (Paperback) 排在你推荐的第一位，售价 22.99 美元，全店有 120 人购买，销量排第 12；买过 Hearthly Prime 11 玻璃水壶的顾客中有 13 位也买了这本食谱。",
      [], "rank 1; price 22.99; popularity (120, rank 12); Prime 11 co-purchase 13"),
    S("shop-18", "zh",
      "给你的头一个推荐是 Hearthly Core 6 洋甘菊茶，只要 3.99 美元：买过 Brewster S9 玻璃水壶的顾客中有 39 位也买了它，主要的依据是你买过的 Hearthly Prime 1 水壶（1.7L）。",
      [], "rank 1; S9 co-purchase 39; Prime 1 kettle top-weighted"),
    S("shop-20", "zh",
      "Kestrel Lite 7 纤薄手机壳排在你推荐的第三位，比你买过的 Kestrel S12 纤薄手机壳还要贵一些；买过 S12 的顾客中有 12 位也买了它。",
      ["comparison"], "Lite 7 costs 6.99, the S12 13.99"),
    S("shop-27", "zh",
      "Trailfox Pro 2 滤水瓶（18.99 美元）和你买过的 Trailfox Go 11 滤水瓶同价，是为你推荐的第一款；买过 Go 11 的顾客中有 50 位也买了它。",
      [], "rank 1; both 18.99 (true comparison); Go 11 co-purchase 50"),
    S("gift-01", "zh",
      "Buffalo Wild Wings 电子礼品卡（E-mail Delivery）是我们为你推荐的第一张卡；买过 IHOP 电子礼品卡的顾客中有 4 位也买了它，全店共 7 人购买。",
      [], "rank 1; IHOP co-purchase 4; popularity count 7"),
    S("gift-07", "zh",
      "Ornament Tin（Merry Christmas 款）Amazon.com 礼品卡，25 美元，排在推荐第一位。买过 Plaid Gift Box 款的顾客中有 13 位也买了它，买过 Santa Smile Tin 款的有 10 位；它在全店销量排第九。",
      [], "rank 1; price 25; co-purchase Plaid 13, Santa Smile 10; popularity rank 9"),
    S("gift-12", "zh",
      "Burger King 礼品卡（25 美元）排在你推荐的第三位：买过 SUBWAY 礼品卡的顾客中有 16 位也买了它，买过 Starbucks 礼品卡的有 12 位。",
      [], "rank 3; price 25; co-purchase SUBWAY 16, Starbucks 12"),
    S("gift-17", "zh",
      "Greeting Card 款 Amazon.com 礼品卡（40 美元）是你的第一推荐，现在购买额外赠送 5 美元余额；它在全店销量第二，买过 Plaid Gift Box 款的顾客里有 15 位也买了它。",
      ["invented_attribute"], "no bonus balance in the bundle; rank 1, price 40, popularity rank 2 and 15 are "
                              "right"),
    S("gift-25", "zh",
      "Holiday Pop-Up Box 款 Amazon.com 礼品卡（50 美元）排在你推荐的第一位，买过 Santa Smile Tin 款的 6 位顾客",
      ["truncated"], "cut mid-clause; the part shown is true"),
    S("mag-01", "zh",
      "为你推荐的第一本杂志是 Entertainment Weekly 的 B000IJ7RQ8，全店有 32 人购买，排第七；买过 TV Guide 的 B000IOEJ8W 的顾客中有 4 位也买了它。",
      [], "rank 1; popularity (32, rank 7); B000IOEJ8W co-purchase 4"),
    S("mag-09", "zh",
      "B01CF3ECNK 是 Meredith 出版的食谱杂志，排在你推荐的第一位，最关键的是你买过同样出自 Meredith 的食谱杂志 B000FTJ7JQ；两本都买的顾客有 21 位。",
      [], "rank 1; B000FTJ7JQ top-weighted, both Meredith Recipes & Techniques; co-purchase 21"),
    S("mag-14", "zh",
      "你每年都会续订 Hearst 的食谱杂志 B00005N7QG，所以我们把同属 Hearst 的家居设计杂志 B00005N7PN 排在你推荐的第一位；两本都买的顾客有 16 位。",
      ["invented_event"], "QG is in the history, but a yearly renewal is not in the bundle"),
    S("mag-19", "zh",
      "为你推荐的第一本是 Bonnier 出版的 B00005N7SC，属于科学、历史与自然类杂志；它在全店销量排第三，共 42 位买家，买过 B00079RO7G 的顾客中有 5 位也买了它。",
      [], "rank 1; category Science, History & Nature; popularity (42, rank 3); co-purchase 5"),
    S("ml-01", "zh",
      "The Game (1997) 是为你推荐的第一部电影：评过 Contact (1996) 的用户中有 194 位也评过它。",
      ["unknown_item"], "changed title: the film is Contact (1997)"),
    S("ml-05", "zh",
      "为你推荐的第一部是 Conspiracy Theory (1997)，主要依据是你评过的 Air Force One (1997)：评过这部片的用户中有 221 位也评过它；它共有 288 人评分。",
      [], "rank 1; Air Force One top-weighted, co-rating 221; popularity count 288"),
    S("ml-10", "zh",
      "Willy Wonka and the Chocolate Factory (1971) 排在你推荐的第一位，共有 321 位用户评过分，在全库排第 25；评过 Star Wars (1977) 的用户中有 272 位也评过它。",
      [], "rank 1; popularity (321, rank 25); Star Wars co-rating 272 (neighbour = history)"),
    S("ml-15", "zh",
      "Titanic (1997) 是评分人数排进全库前十的热门大片，也是给你的第一推荐：评过 Contact (1997) 的用户中有 237 位也评过它。",
      ["superlative"], "popularity rank is 20"),
]
