"""Hand-written candidate reasons with their labels (source "hand"), one tuple per sentence.

(case, lang, text, faithful, errors, fluent, note). Written by the independent labeller against bundles.jsonl,
for bundles drawn with random.Random(9173).sample (76 English, 46 Chinese), plus a few extras; about half are
faithful paraphrases and half carry one realistic error. See README.md for the rubric.
"""

F, U = True, False

HAND = [
    # ------------------------------------------------------------------ English, Amazon Gift Cards
    ("gift-01", "en", "Since you bought the IHOP Coffee Gift Cards Configuration Asin - E-mail Delivery, you may like the "
     "Buffalo Wild Wings Gift Cards - E-mail Delivery; 4 shoppers bought both.", F, [], True, ""),
    ("gift-02", "en", "Without your Starbucks Gift Cards, Multipack of 4 alone, the Subway Gift Cards, Multipack of 3 would "
     "drop out of your top picks.", U, ["counterfactual"], True,
     "the verified counterfactual removes two items (Starbucks multipack and JCPenney card), not the Starbucks one alone"),
    ("gift-03", "en", "The Amazon.com Gift Card in a Greeting Card (Various Designs) is the second most popular item in the "
     "shop, bought by 74 shoppers.", F, [], True, "popularity (74, rank 2)"),
    ("gift-04", "en", "The Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs) is our number one pick for you, "
     "since 13 shoppers also bought your Ornament Tin gift card.", U, ["superlative"], True,
     "the recommendation is rank 3, not 1 (the 13 for the Ornament Tin is right)"),
    ("gift-05", "en", "You bought the Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design), and 30 shoppers who "
     "bought it also picked up the Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design).", F, [], True, ""),
    ("gift-06", "en", "Without the Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design) in your history, the "
     "Santa Tin card would fall to rank 30.", U, ["number_role", "counterfactual"], True,
     "new rank is 27; 30 is the Snowflake Tin's co-purchase count"),
    ("gift-07", "en", "We picked the Amazon.com Gift Card in a Ornament Tin (Merry Christmas Card Design) for you because you "
     "bought the Amazon.com Gift Card in a Santa Smile Tin, and it is among the 10 most popular items here.", F, [], True,
     "popularity rank 9"),
    ("gift-08", "en", "If you had not bought the Panera Bread Gift Cards - E-mail Delivery, we would not be recommending the "
     "Panda Express Happy Birthday Hats Gift Cards - E-mail Delivery.", U, ["counterfactual"], True,
     "the counterfactual removes Buffalo Wild Wings, not Panera Bread"),
    ("gift-09", "en", "Shoppers who bought the Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs), like you, often "
     "chose the Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design) too: 16 of them bought both.", F, [],
     True, ""),
    ("gift-10", "en", "The Panera Bread Gift Card never expires and, like the SUBWAY Gift Card you bought, costs $25.", U,
     ["invented_attribute"], True, "'never expires' is not in the evidence; both $25 prices are right"),
    ("gift-11", "en", "Because you bought the Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design), we suggest "
     "the Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design), a $25 card that 64 shoppers have bought.", F, [],
     True, ""),
    ("gift-13", "en", "11 shoppers who bought the Outback Steakhouse Gift Card also bought the Applebee's Gift Card.", U,
     ["number_role"], True, "Outback's co-purchase count is 15; 11 belongs to Cracker Barrel"),
    ("gift-15", "en", "With the Panera Bread Gift Card in your past orders, the SUBWAY Gift Card is a natural next pick: 18 "
     "customers bought both.", F, [], True, ""),
    ("gift-16", "en", "Time to restock the Starbucks Gift Card you bought last time; it is the most popular item in the shop.",
     U, ["ownership"], True, "the recommended item is not in the history (its popularity rank 1 is right)"),
    ("gift-17", "en", "The Amazon.com Gift Card in a Greeting Card (Various Designs) is our best-selling item, and you bought "
     "the Plaid Gift Box card.", U, ["superlative"], True, "popularity rank 2, not 1"),
    ("gift-18", "en", "You bought the Amazon.com Gift Card in a Kraft Paper Reveal with Jingle Bells, so the Amazon.com Gift "
     "Card in a Holiday Sprig Box may suit you as well; 4 shoppers bought both.", F, [], True, ""),
    ("gift-19", "en", "The Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design) is on sale this week, and 17 people "
     "who bought the Ornament Tin card bought it too.", U, ["invented_attribute"], True, "'on sale' is invented; 17 is right"),
    ("gift-20", "en", "Based on your Amazon.com Gift Card in a Greeting Card (Various Designs), we think you'll like the "
     "Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs), one of the 10 most popular items.", F, [], True,
     "popularity rank 7"),
    ("gift-21", "en", "Because you bought the Red Lobster Gift Cards - E-mail Delivery, we recommend the Olive Garden - "
     "E-mail Delivery gift card.", U, ["unknown_item"], True, "Red Lobster is in no evidence"),
    ("gift-22", "en", "The Starbucks Gift Card is the most popular item in our shop, and 24 shoppers who bought the SUBWAY "
     "Gift Card, like you, also bought it.", F, [], True, "popularity rank 1"),
    ("gift-24", "en", "You bought the Outback Steakhouse Gift Card, and 15 shoppers who did the same also bought the "
     "Applebee's Gift Card, a $50 card.", F, [], True, ""),
    ("gift-25", "en", "You have never bought an Amazon gift card before, so the Amazon.com Gift Card in a Holiday Pop-Up Box "
     "is a great first pick.", U, ["negation"], True, "the history holds three Amazon.com gift cards"),
    # ------------------------------------------------------------------ English, Amazon Magazine Subscriptions
    ("mag-02", "en", "If you had not bought item B00005N7SA, item B00005N7SC and item B00005N7Q1, the Conde Nast Publications "
     "title item B00005N7TL would no longer be among your top 10 recommendations.", F, [], True,
     "verified counterfactual, k=10, all three removed"),
    ("mag-04", "en", "Without item B00005N7OV, item B000ILY9LW and item B000FTJ7JQ, the Hearst Magazines subscription item "
     "B00005N7PN would fall to rank 12.", U, ["number_role", "counterfactual"], True,
     "new rank is 15; 12 is B00005N7OV's co-purchase count"),
    ("mag-05", "en", "Item B00005N7QG from Hearst Magazines is the most popular subscription in the shop, and 16 readers who "
     "bought item B00005N7PN also bought it.", F, [], True, "popularity rank 1"),
    ("mag-06", "en", "You already subscribe to item B00005N7SA from Hearst Magazines, so here is another chance to renew it.",
     U, ["ownership"], True, "the recommended item is not in the history"),
    ("mag-07", "en", "Because you bought item B000IJ7RQ8 from Entertainment Weekly, Inc., you might like item B000LXHJFK, a "
     "men's fashion and style magazine from Hearst Magazines.", F, [], True,
     "category Magazine Subscriptions > Fashion & Style > Men"),
    ("mag-08", "en", "Item B00005NIOH from National Geographic Partners LLC is the most popular magazine we carry.", U,
     ["superlative"], True, "popularity rank 10"),
    ("mag-09", "en", "21 readers who bought item B000FTJ7JQ also bought item B01CF3ECNK, a Meredith cooking magazine, so it "
     "could be a good fit for you.", F, [], True, "category Cooking, Food & Wine"),
    ("mag-10", "en", "Item B00005N7QG, the Hearst Magazines cooking title, comes with free shipping and 12 issues a year.", U,
     ["invented_attribute"], True, "free shipping and issue count are invented"),
    ("mag-11", "en", "Item B00005N7PN from Hearst Magazines is the third most popular title here, and you bought item "
     "B00005N7OV, which 12 of its buyers also bought.", F, [], True, ""),
    ("mag-12", "en", "Since you bought item B000IJ84F6, we recommend item B000FTJ7JQ from Meredith.", U,
     ["wrong_item", "ownership"], True, "recommended and history items swapped"),
    ("mag-13", "en", "Item B01CF3ECNK is recommended because you bought item B000FTJ7JQ; 21 shoppers bought both.", F, [],
     True, ""),
    ("mag-14", "en", "Item B00005N7PN has been bought by 16 shoppers, and you bought item B00005N7QG.", U, ["number_role"],
     True, "popularity count is 42; 16 is the co-purchase count with B00005N7QG"),
    ("mag-15", "en", "Item B00005N7PN, a Hearst Magazines home and garden title bought by 42 shoppers, is recommended because "
     "you bought item B00005N7QG.", F, [], True, ""),
    ("mag-16", "en", "Without item B00005N7PT, item B00005NIOH would not have made your list at all.", U, ["counterfactual"],
     True, "the bundle has no counterfactual"),
    ("mag-17", "en", "Item B00005N7QG is the best-selling subscription in the shop, and 17 shoppers who bought item "
     "B000ILY9LW, like you, also bought it.", F, [], True, "popularity rank 1"),
    ("mag-18", "en", "Because you bought National Geographic Kids, we recommend item B00005N7QG from Hearst Magazines.", U,
     ["unknown_item"], True, "no item in the bundle is named National Geographic Kids"),
    ("mag-19", "en", "Shoppers who bought item B00079RO7G often bought item B00005N7SC as well (5 of them did), so this "
     "Bonnier Corporation science magazine may interest you.", F, [], True, ""),
    ("mag-20", "en", "Item B00005N7QG is recommended because you recently renewed item B00005N7PN.", U, ["invented_event"],
     True, "the bundle says bought, nothing about a recent renewal"),
    # ------------------------------------------------------------------ English, MovieLens-100K (verb: rated)
    ("ml-01", "en", "Because you rated Contact (1997), you might enjoy The Game (1997); 194 people rated both.", F, [], True,
     "the title 'Game, The (1997)' is written in natural order"),
    ("ml-02", "en", "Since you bought Magnificent Seven, The (1954) and True Romance (1993), GoodFellas (1990) is a strong "
     "pick for you.", U, ["verb"], True, "MovieLens history is ratings"),
    ("ml-04", "en", "Chasing Amy (1997) is in your top 10 because you rated Everyone Says I Love You (1996), Boogie Nights "
     "(1997) and Fallen (1998); without those three ratings it would drop to rank 11.", F, [], True, ""),
    ("ml-05", "en", "You rated Air Force One (1997), and 204 people who rated it also rated Conspiracy Theory (1997).", U,
     ["number_role"], True, "Air Force One's count is 221; 204 belongs to Liar Liar"),
    ("ml-07", "en", "Toy Story (1995), rated by 444 users and among the 10 most rated films, is suggested because you rated "
     "Star Wars (1977).", F, [], True, "popularity (444, rank 8)"),
    ("ml-07", "en", "Toy Story (1995) you rated Star Wars (1977) because, 372 users both rated.", F, [], False,
     "garbled word order but no false claim"),
    ("ml-09", "en", "You have not rated Pulp Fiction (1994) yet, but 271 people who rated it also rated Back to the Future "
     "(1985).", U, ["negation"], True, "Pulp Fiction is in the history"),
    ("ml-10", "en", "Because you rated Star Trek: First Contact (1996), we suggest Willy Wonka and the Chocolate Factory "
     "(1971), which 321 users have rated.", F, [], True, ""),
    ("ml-11", "en", "Cop Land (1997) is one of the best-rated crime dramas of 1997, and you rated L.A. Confidential (1997).",
     U, ["invented_attribute"], True, "no ratings or genres in the evidence"),
    ("ml-12", "en", "You rated The Manchurian Candidate (1962) and Sunset Blvd. (1950), so To Kill a Mockingbird (1962) "
     "might be worth a look.", F, [], True, "title written in natural order"),
    ("ml-13", "en", "You watched Star Wars (1977) last week, and 469 viewers who watched it went on to watch Return of the "
     "Jedi (1983).", U, ["verb", "invented_event"], True, "ratings, not viewings; 'last week' invented"),
    ("ml-14", "en", "Fargo (1996) is the second most rated film in the catalogue, and 285 users who rated Jerry Maguire "
     "(1996), as you did, also rated it.", F, [], True, ""),
    ("ml-14", "en", "Because you bought Star Wars (1977), Fargo (1996) is recommended: it is the second most popular title.",
     U, ["verb"], True, "rank 2 is right; 'bought' is not"),
    ("ml-15", "en", "Since you rated Good Will Hunting (1997), Titanic (1997) should be on your list.", U, ["unknown_item"],
     True, "Good Will Hunting is in no evidence"),
    # ------------------------------------------------------------------ English, sample shop (seed 9173)
    ("shop-03", "en", "The Winter Mirror: A Novel (Hardcover) is our best seller, bought by 351 shoppers, and 90 of those who "
     "bought the Trailfox Go 11 Water Bottle Filter, like you, picked it up too.", F, [], True, ""),
    ("shop-04", "en", "Without the Hearthly S10 Coffee Maker Drip you bought, the Brewster Core 4 Coffee Maker Cold Brew "
     "would drop to rank 41.", U, ["number_role", "counterfactual"], True,
     "new rank is 23; 41 is the Winter Mirror co-purchase count"),
    ("shop-05", "en", "Since you bought the Purelle Flex 12 Shampoo Volume, you may like the Solenne Neo 10 Conditioner "
     "250ml at $9.99; 24 shoppers bought both.", F, [], True, ""),
    ("shop-06", "en", "We recommend the Hearthly A2 Tea Breakfast mainly because of the Brewster Prime 12 Kettle Gooseneck "
     "you bought: without it, the tea would drop to rank 21.", F, [], True, "top-weighted item and verified counterfactual"),
    ("shop-07", "en", "The Purelle Air 9 Sunscreen Kids is waterproof and pairs with the Purelle A8 Face Cream Day you "
     "bought; 85 shoppers bought both.", U, ["invented_attribute"], True, "'waterproof' and 'pairs with' are invented"),
    ("shop-08", "en", "If you had not bought the Purelle Prime 1 Shampoo Repair, the Solenne Neo 10 Conditioner 250ml would "
     "fall from rank 3 to rank 82 in your recommendations.", F, [], True, ""),
    ("shop-09", "en", "The Brewster S9 Kettle Glass is cheaper than the Casaro Z4 Kettle 1.7L you bought.", U,
     ["invented_attribute"], True, "$90.99 vs $31.99: the comparison is false"),
    ("shop-10", "en", "Because you bought the Purelle A8 Face Cream Day and the Purelle Air 9 Sunscreen Kids, we suggest the "
     "Purelle Core 5 Sunscreen Kids; without both of them it would drop out of your top 10.", F, [], True, ""),
    ("shop-11", "en", "85 people bought both the Purelle A8 Face Cream Day and the Purelle Air 9 Sunscreen Kids, and you "
     "already have the face cream, so the sunscreen is a natural next step.", F, [], True, ""),
    ("shop-12", "en", "The Winter Mirror: A Novel (Hardcover) is your top match, picked because you bought the Trailfox Go 11 "
     "Water Bottle Filter.", U, ["superlative"], True,
     "recommendation rank is 3 (the item is rank 1 in popularity, not in this user's list)"),
    ("shop-14", "en", "Add a second Kestrel Zen 7 Smartphone 128GB to go with the one you already own.", U, ["ownership"],
     True, ""),
    ("shop-15", "en", "The Nordic Kitchen Cookbook (Paperback) from Penrose Press is recommended because you bought the "
     "Hearthly Prime 11 Kettle Glass; 13 shoppers bought both.", F, [], True, ""),
    ("shop-16", "en", "The Purelle Max 2 Conditioner Repair is one of our most popular conditioners, and 12 shoppers who "
     "bought the Purelle Flex 12 Shampoo Volume also bought it.", U, ["superlative"], True,
     "popularity rank 107; nothing supports 'most popular'"),
    ("shop-18", "en", "You bought the Hearthly Prime 1 Kettle 1.7L, so the Hearthly Core 6 Tea Chamomile, at just $3.99, "
     "could be a nice addition.", F, [], True, ""),
    ("shop-19", "en", "You don't own any Lumetric accessories yet, so start with the Lumetric Z1 Phone Case Clear.", U,
     ["negation"], True, "the user bought the Lumetric Zen 4 Screen Protector"),
    ("shop-20", "en", "Since you bought the Kestrel A8 Smartphone 512GB, you might like the Kestrel Lite 7 Phone Case Slim "
     "for $6.99.", F, [], True, ""),
    ("shop-21", "en", "Shoppers who bought the Stride Prime 1 Running Shoes Trail often also bought the Trailfox Go 11 Water "
     "Bottle Filter.", U, ["wrong_item"], True,
     "Stride Prime 1 is a history item but has no co-purchase record; the co-purchase partners are Zenova Flex 11, "
     "Trailfox Zen 7 socks and Trailfox Max 7"),
    ("shop-22", "en", "Readers who bought The Winter Mirror: A Novel (Hardcover), as you did, often also buy The Secret "
     "Orchard: A Novel (Paperback); 56 shoppers bought both.", F, [], True, ""),
    ("shop-23", "en", "You left the Solenne Neo 10 Conditioner 250ml in your cart, and 24 shoppers who bought the Purelle "
     "Flex 12 Shampoo Volume also bought it.", U, ["invented_event"], True, ""),
    ("shop-24", "en", "Since you bought the Trailfox Z10 Water Bottle 750ml, you may also like the Trailfox S5 Water Bottle "
     "1L, another Trailfox water bottle at $16.99.", F, [], True, ""),
    ("shop-25", "en", "The Winter Mirror: A Novel (Hardcover) is our best seller, and since you bought The Hidden House: A "
     "Novel (Paperback), you", U, ["truncated"], False, "cut off; the stated facts are right"),
    ("shop-26", "en", "You bought the Brewster X9 Coffee Maker Espresso, and 24 shoppers who bought it also bought the "
     "Brewster Core 4 Coffee Maker Cold Brew, one of our 10 most popular items.", F, [], True, "popularity rank 9"),
    ("shop-27", "en", "The Trailfox Pro 2 Water Bottle Filter costs $16.99, less than the Trailfox Go 11 Water Bottle Filter "
     "you bought.", U, ["number_role"], True, "its price is $18.99 (16.99 is the S5's), the same as the Go 11's"),
    ("shop-28", "en", "You bought two Hearthly kettles, the Hearthly Prime 11 Kettle Glass and the Hearthly A4 Kettle "
     "Gooseneck, so we suggest the Hearthly A11 Tea Chamomile from the same brand.", F, [], True, ""),
    ("shop-29", "en", "The Trailfox Go 11 Water Bottle Filter is the most popular item in our shop, and 21 shoppers who "
     "bought the Trailfox Air 5 Water Bottle Insulated bought it too.", U, ["superlative"], True, "popularity rank 2"),
    ("shop-30", "en", "Because you bought the Kestrel Air 5 Memory Card 64GB, you might like the Kestrel Zen 7 Smartphone "
     "128GB; 23 shoppers bought both.", F, [], True, ""),
    # ------------------------------------------------------------------ Chinese
    ("gift-03", "zh", "由于您购买过 Amazon.com Gift Card in a Birthday Cupcake Tin，我们为您推荐 Amazon.com Gift Card in a "
     "Greeting Card (Various Designs)，有 9 位顾客同时购买了这两件商品。", F, [], True, ""),
    ("gift-04", "zh", "您之前已经买过 Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs)，不妨再买一张。", U,
     ["ownership"], True, ""),
    ("gift-05", "zh", "Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design) 是本店第三受欢迎的商品，共有 69 "
     "位顾客购买。", F, [], True, "popularity (69, rank 3)"),
    ("gift-06", "zh", "如果没有购买 Amazon.com Gift Card in a Greeting Card (Various Designs)，我们就不会向您推荐 Amazon.com "
     "Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)。", U, ["counterfactual"], True,
     "the counterfactual removes the Snowflake Tin card"),
    ("gift-08", "zh", "因为您购买过 Buffalo Wild Wings Gift Cards - E-mail Delivery，Panda Express Happy Birthday Hats Gift "
     "Cards - E-mail Delivery 进入了您的推荐前十名；如果没有这次购买，它会跌到第 11 位。", F, [], True, ""),
    ("gift-09", "zh", "Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design) 是全店最畅销的礼品卡，您买过 "
     "Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)，所以推荐给您。", U, ["superlative"], True,
     "popularity rank 3"),
    ("gift-12", "zh", "您买过 SUBWAY Gift Card，而购买它的顾客中有 16 位也买了 Burger King Gift Card，这张礼品卡售价 25 美元。",
     F, [], True, ""),
    ("gift-13", "zh", "Applebee's Gift Card 今天打八折，而且您买过 Outback Steakhouse Gift Card。", U, ["invented_attribute"],
     True, "20% discount invented"),
    ("gift-13", "zh", "因为您购买过 Applebee's Gift Card，我们推荐 Outback Steakhouse Gift Card。", U,
     ["wrong_item", "ownership"], True, "recommended and history items swapped"),
    ("gift-15", "zh", "因为您购买了 Panera Bread Gift Card，我们推荐 SUBWAY Gift Card，它是本店第四受欢迎的商品。", F, [], True,
     ""),
    ("gift-18", "zh", "Amazon.com Gift Card in a Holiday Sprig Box 已有 34 位顾客购买。", U, ["number_role"], True,
     "18 shoppers; 34 is its popularity rank"),
    ("gift-19", "zh", "已有 17 位顾客同时购买了 Amazon.com Gift Card in a Ornament Tin (Merry Christmas Card Design) 和 "
     "Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)，您也买过前者，不妨看看后者。", F, [], True, ""),
    ("gift-25", "zh", "您购买过 Starbucks Gift Card，因此推荐 Amazon.com Gift Card in a Holiday Pop-Up Box。", U,
     ["unknown_item"], True, "no Starbucks card in this bundle"),
    ("mag-02", "zh", "您购买过 item B00005N7SC，有 6 位读者同时购买了它和 item B00005N7TL，所以我们推荐这本 Conde Nast "
     "Publications 的杂志。", F, [], True, ""),
    ("mag-04", "zh", "只要去掉 item B00005N7OV 这一本，item B00005N7PN 就会跌出您的推荐前十名。", U, ["counterfactual"], True,
     "all three items must be removed"),
    ("mag-05", "zh", "item B00005N7QG 是本店最受欢迎的杂志订阅，共有 56 位顾客购买。", F, [], True, "popularity rank 1"),
    ("mag-06", "zh", "您从未购买过 Hearst Magazines 的杂志，不妨试试 item B00005N7SA。", U, ["negation"], True,
     "history holds B00007AVYI and B00005N7QW from Hearst"),
    ("mag-08", "zh", "您购买过 item B00005N7T5 和 item B00007BK3L，各有 3 位顾客同时购买了它们和 item B00005NIOH。", F, [], True,
     ""),
    ("mag-11", "zh", "有 9 位顾客同时购买了 item B00005N7OV 和 item B00005N7PN。", U, ["number_role"], True,
     "12 for B00005N7OV; 9 is B00005N7QW's"),
    ("mag-12", "zh", "因为您购买过 item B000FTJ7JQ，我们向您推荐 Meredith 出版的亲子家庭杂志 item B000IJ84F6。", F, [], True,
     "category Parenting & Families"),
    ("mag-13", "zh", "item B01CF3ECNK 是最受欢迎的烹饪杂志，有 21 位买过 item B000FTJ7JQ 的顾客也买了它。", U, ["superlative"],
     True, "popularity rank 20"),
    ("mag-16", "zh", "您购买过 item B00005N7PT，有 4 位顾客同时购买了它和 item B00005NIOH，这是一本 National Geographic "
     "Partners LLC 的杂志。", F, [], True, ""),
    ("mag-17", "zh", "您上个月刚续订了 item B000ILY9LW，所以推荐 item B00005N7QG。", U, ["invented_event"], True, ""),
    ("mag-18", "zh", "item B00005N7QG 是本店最畅销的杂志，您购买过的 item B00005N7U1 也有 5 位顾客和它一起购买。", F, [], True,
     ""),
    ("mag-20", "zh", "item B00005N7QG 是我们为您挑选的第一推荐。", U, ["superlative"], True, "recommendation rank 3"),
    ("ml-01", "zh", "因为您评价过 Contact (1997)，我们推荐 Game, The (1997)，有 194 位用户同时评价了这两部电影。", F, [], True,
     ""),
    ("ml-03", "zh", "您看过 Grease (1978)，所以我们推荐 Brothers McMullen, The (1995)。", U, ["verb"], True,
     "ratings, not viewings"),
    ("ml-04", "zh", "如果您没有给 Everyone Says I Love You (1996)、Boogie Nights (1997) 和 Fallen (1998) 评分，Chasing Amy "
     "(1997) 就会从第 3 位跌到第 11 位。", F, [], True, ""),
    ("ml-06", "zh", "只要去掉 Full Monty, The (1997) 这一条评分，In & Out (1997) 就会跌到第 22 位。", U, ["counterfactual"],
     True, "the counterfactual needs all three ratings removed"),
    ("ml-07", "zh", "Toy Story (1995) 已被 444 位用户评分，您也评价过 Star Wars (1977)，有 372 位用户同时评价了这两部电影。",
     F, [], True, ""),
    ("ml-08", "zh", "Butch Cassidy and the Sundance Kid (1969) 荣获多项奥斯卡奖，您评价过 Sting, The (1973)。", U,
     ["invented_attribute"], True, "awards invented"),
    ("ml-10", "zh", "您评价过 Twelve Monkeys (1995)，所以我们推荐 Willy Wonka and the Chocolate Factory (1971)。", F, [], True,
     ""),
    ("ml-11", "zh", "因为您购买了 L.A. Confidential (1997)，推荐您看 Cop Land (1997)。", U, ["verb"], True, ""),
    ("ml-14", "zh", "Fargo (1996) 是评分人数第二多的电影，共有 501 位用户评分。", F, [], True, "popularity (501, rank 2)"),
    ("shop-08", "zh", "因为您购买了 Purelle Prime 1 Shampoo Repair，我们推荐 Solenne Neo 10 Conditioner 250ml；如果没有这次"
     "购买，它会从第 3 位跌到第 82 位。", F, [], True, ""),
    ("shop-09", "zh", "您购买过 Hearthly A6 Tea Breakfast，有 40 位顾客同时购买了它和 Brewster S9 Kettle Glass。", U,
     ["number_role"], True, "43 for the tea; 40 is the Winter Mirror's"),
    ("shop-11", "zh", "您购买过 Purelle A8 Face Cream Day，有 85 位顾客同时购买了它和 Purelle Air 9 Sunscreen Kids，这款防晒霜"
     "售价 8.99 美元。", F, [], True, ""),
    ("shop-13", "zh", "您还没有买过任何 Hearthly 茶叶，试试 Hearthly A4 Kettle Gooseneck 吧。", U, ["negation"], True,
     "the history holds three Hearthly teas"),
    ("shop-16", "zh", "您购买过 Purelle Flex 12 Shampoo Volume，我们为您推荐同品牌的 Purelle Max 2 Conditioner Repair，售价 "
     "10.99 美元。", F, [], True, ""),
    ("shop-21", "zh", "Trailfox Go 11 Water Bottle Filter 是本店销量第一的商品。", U, ["superlative"], True,
     "popularity rank 2"),
    ("shop-22", "zh", "有 56 位顾客同时购买了 The Winter Mirror: A Novel (Hardcover) 和 The Secret Orchard: A Novel "
     "(Paperback)，您也买过前者。", F, [], True, ""),
    ("shop-23", "zh", "Solenne Neo 10 Conditioner 250ml 包邮，和您买过的 Purelle Flex 12 Shampoo Volume 很搭。", U,
     ["invented_attribute"], True, "free shipping and 'goes well with' invented"),
    ("shop-24", "zh", "由于您购买过 Trailfox Z10 Water Bottle 750ml，我们推荐同为 Trailfox 品牌的 Trailfox S5 Water Bottle "
     "1L。", F, [], True, ""),
    ("shop-25", "zh", "The Winter Mirror: A Novel (Hardcover) 是本店最畅销的书，因为您购买过", U, ["truncated"], False,
     "cut off"),
    ("shop-26", "zh", "您购买过 Brewster X9 Coffee Maker Espresso，有 24 位顾客同时购买了它和 Brewster Core 4 Coffee Maker "
     "Cold Brew。", F, [], True, ""),
    ("shop-29", "zh", "您已经购买过 Trailfox Go 11 Water Bottle Filter，再来一个备用吧。", U, ["ownership"], True, ""),
    ("shop-30", "zh", "Kestrel Zen 7 Smartphone 128GB 是本店第四受欢迎的商品，您购买过的 Kestrel Air 5 Memory Card 64GB 也有 "
     "23 位顾客和它一起购买。", F, [], True, ""),
]
