"""Independent narration test set 10 (hand10): 100 hand-written recommendation reasons, labelled by hand against
../independent/bundles.jsonl. errors == [] means faithful. Written in the plain register of a product page, an
app notification or a recommendation e-mail: mostly one or two short sentences."""

SENTENCES = [
    # ---------------------------------------------------------------- English, shop
    {"case": "shop-02", "lang": "en",
     "text": "Top pick for you: Trailfox S5 Water Bottle 1L, $16.99. You're seeing it because you bought the "
             "Trailfox Go 11 and Pro 2 filter bottles; without those two it would rank 121st.",
     "errors": [],
     "note": "rank 1, price 16.99; verified counterfactual removes Go 11 + Pro 2 -> new rank 121"},
    {"case": "shop-03", "lang": "en",
     "text": "The Winter Mirror: A Novel is the most popular item in our shop. 90 customers who bought the Purelle "
             "Air 9 Sunscreen Kids also bought it.",
     "errors": ["number_role"],
     "note": "popularity rank 1 is true; 90 is the Go 11 bottle's co-purchase count, the Air 9 sunscreen's is 49"},
    {"case": "shop-04", "lang": "en",
     "text": "Recommended for you (#3): Brewster Core 4 Coffee Maker Cold Brew. It's on your list because of the "
             "Hearthly S10 Coffee Maker Drip you bought; without it, the Core 4 would drop to 13th.",
     "errors": ["counterfactual"],
     "note": "right removed item (Hearthly S10) and old rank 3, but the verified new rank is 23, not 13"},
    {"case": "shop-05", "lang": "en",
     "text": "You buy the Purelle Flex 12 Shampoo Volume every month, so we picked the Solenne Neo 10 Conditioner "
             "250ml for you. 24 customers bought both.",
     "errors": ["invented_event"],
     "note": "Flex 12 is in the history (top weight) and 24 is its co-purchase count; 'every month' invents a "
             "repeated purchase"},
    {"case": "shop-06", "lang": "en",
     "text": "Your Brewster Prime 12 Kettle Gooseneck is the reason the Hearthly A2 Tea Breakfast ($6.99) is our "
             "first suggestion. Without that kettle, the tea would rank 21st.",
     "errors": [],
     "note": "rank 1, price 6.99; verified counterfactual removes the Prime 12 kettle -> 21"},
    {"case": "shop-08", "lang": "en",
     "text": "#3 for you: Solenne Neo 10 Conditioner 250ml. It's there because you bought the Purelle Prime 1 "
             "Shampoo Repair; without that shampoo it would fall to number 82.",
     "errors": [],
     "note": "rank 3; verified counterfactual removes Purelle Prime 1 -> 82"},
    {"case": "shop-09", "lang": "en",
     "text": "43 customers who bought the Hearthly A6 Tea Breakfast also bought the Brewster S9 Kettle Glass, our "
             "top pick for you. It's one of the top ten sellers in our shop, too.",
     "errors": [],
     "note": "A6 tea co-purchase 43; rank 1; popularity rank 7 supports 'a top-10 seller'"},
    {"case": "shop-10", "lang": "en",
     "text": "Hi! We've put the Purelle Core 5 Sunscreen Kids ($17.99) at the top of your recommendations. You "
             "bought the Purelle A8 Face Cream Day and the Purelle Air 9 Sunscreen Kids, and those two purchases "
             "are what put it there: without them it would be 21st. 39 customers who bought the face cream also "
             "bought it.",
     "errors": [],
     "note": "longer e-mail style; rank 1, price 17.99; verified counterfactual removes A8 + Air 9 -> 21; A8 "
             "co-purchase 39"},
    {"case": "shop-12", "lang": "en",
     "text": "The Winter Mirror: A Novel is our best-selling item, with 351 buyers, and third in your "
             "recommendations. 90 people who bought the Trailfox Go 11 Water Bottle Filter also bought it.",
     "errors": [],
     "note": "popularity (351, rank 1); recommendation rank 3; Go 11 co-purchase 90"},
    {"case": "shop-13", "lang": "en",
     "text": "You bought the Hearthly Zen 4 Tea Breakfast, so we suggest the Hearthly A4 Kettle Gooseneck "
             "($26.99). It has a built-in temperature dial.",
     "errors": ["invented_attribute"],
     "note": "Zen 4 tea is the top-weighted history item and 26.99 is right; the temperature dial is invented"},
    {"case": "shop-14", "lang": "en",
     "text": "Recommended for you: Kestrel Zen 7 Smartphone 128GB, $256.99. We picked it mainly because of the "
             "Kestrel Pro 4 you bought, and it's the 4th best-selling item in our shop.",
     "errors": [],
     "note": "Pro 4 is the top-weighted history item; price 256.99; popularity rank 4"},
    {"case": "shop-16", "lang": "en",
     "text": "You've never bought a conditioner from Purelle. Try the Purelle Max 2 Conditioner Repair, third in "
             "your picks: 12 customers who bought your Purelle Flex 12 Shampoo Volume also bought it.",
     "errors": ["negation"],
     "note": "the Purelle Max 1 Conditioner Smooth is in the history; rank 3 and Flex 12 count 12 are right"},
    {"case": "shop-19", "lang": "en",
     "text": "Need a spare? The Lumetric Z1 Phone Case Clear you already have is our top pick for you, at $23.99.",
     "errors": ["ownership"],
     "note": "the recommended Z1 case is said to be owned; the history holds only the Zen 4 screen protector. "
             "Rank 1 and 23.99 are right"},
    {"case": "shop-20", "lang": "en",
     "text": "Recommended (#3): Kestrel Lite 7 Phone Case Slim, $6.99. 3 customers who bought the Kestrel A9 "
             "Smartphone 512GB, as you did, also bought it.",
     "errors": ["unknown_item"],
     "note": "the history phone is the Kestrel A8 Smartphone 512GB (co-purchase 3); 'A9' is a changed title"},
    {"case": "shop-21", "lang": "en",
     "text": "The Trailfox Go 11 Water Bottle Filter is our single best-selling product, bought by 307 customers, "
             "and it's your top pick.",
     "errors": ["superlative"],
     "note": "popularity count 307 is right but its rank is 2, not 1"},
    {"case": "shop-22", "lang": "en",
     "text": "56 customers who bought The Winter Mirror, like you, also bought The Secret Orchard: A Novel. At "
             "$9.99 it's a little cheaper than The Winter Mirror, too.",
     "errors": ["comparison"],
     "note": "Winter Mirror co-purchase 56 is right; the Secret Orchard (9.99) costs more than the Winter Mirror "
             "(8.99)"},
    {"case": "shop-24", "lang": "en",
     "text": "Third on your list is the Trailfox S5 Water Bottle 1L. At $16.99 it costs less than the Trailfox Z10 "
             "Water Bottle 750ml you bought ($20.99), and 9 customers have bought both.",
     "errors": [],
     "note": "rank 3; true comparison 16.99 < 20.99; Z10 co-purchase 9"},
    {"case": "shop-25", "lang": "en",
     "text": "The Winter Mirror: A Novel (Hardcover) is the most-bought item in our store, with 351 customers. "
             "It's our first suggestion for you, partly because you bought The Hidden House: A Novel.",
     "errors": [],
     "note": "popularity (351, rank 1); rank 1; The Hidden House is the top-weighted history item"},
    {"case": "shop-26", "lang": "en",
     "text": "Since you picked up the Brewster X9 Coffee Maker Espresso last month, we think the Brewster Core 4 "
             "Coffee Maker Cold Brew ($284.99) is for you. 24 shoppers bought both.",
     "errors": ["invented_event"],
     "note": "X9 is in the history with co-purchase 24; 'last month' is an invented date"},
    {"case": "shop-27", "lang": "en",
     "text": "The Trailfox Pro 2 Water Bottle Filter is our first pick for you, and at $18.99 it's a dollar "
             "cheaper than the Hydra Pro 4 Water Bottle 750ml you bought. 50 customers who bought the Trailfox "
             "Go 11 also bought it.",
     "errors": ["comparison"],
     "note": "the Hydra Pro 4 costs 17.99, so the Pro 2 (18.99) is a dollar dearer; Go 11 co-purchase 50 is right"},
    {"case": "shop-28", "lang": "en",
     "text": "Hearthly A11 Tea Chamomile, $3.99, is third on your list. 48 people who bought the Hearthly A4 "
             "Kettle Gooseneck also bought it, and so did 17 who bought the Hearthly Prime 11 Kettle Glass.",
     "errors": [],
     "note": "rank 3, price 3.99; co-purchase A4 48, Prime 11 17"},
    {"case": "shop-29", "lang": "en",
     "text": "Your top recommendation is the Trailfox Go 11 Water Bottle Filter. 21 customers who bought the "
             "Stride Go 1 Running Shoes Cushioned also bought it.",
     "errors": ["number_role"],
     "note": "Stride Go 1's co-purchase count is 18; 21 belongs to the Air 5 insulated bottle"},
    {"case": "shop-30", "lang": "en",
     "text": "23 shoppers who bought the Kestrel Air 5 Memory Card 64GB also bought the Kestrel Zen 7 Smartphone "
             "128GB ($256.99). It's our top recommendation for you.",
     "errors": [],
     "note": "Air 5 memory card co-purchase 23; price 256.99; rank 1"},
    # ---------------------------------------------------------------- English, gift
    {"case": "gift-01", "lang": "en",
     "text": "The Buffalo Wild Wings e-mail gift card is first on your list. You've bought IHOP and Panda Express "
             "e-mail cards before, but never one for Panera Bread.",
     "errors": ["negation"],
     "note": "Panera Bread Gift Cards - E-mail Delivery is in the history; rank 1 and the IHOP / Panda Express "
             "purchases are right"},
    {"case": "gift-02", "lang": "en",
     "text": "The Subway Gift Cards, Multipack of 3 ($30) top your list because you bought the Starbucks "
             "Multipack of 4 and a JCPenney Gift Card. Without both of those, it would rank 25th.",
     "errors": [],
     "note": "rank 1, price 30; verified counterfactual removes Starbucks 4-pack + JCPenney -> 25"},
    {"case": "gift-04", "lang": "en",
     "text": "The Plaid Gift Box card is third for you. Without the Ornament Tin and Red Gift Box Reveal cards "
             "you bought, it would drop to 22nd.",
     "errors": ["counterfactual"],
     "note": "the verified removed set has three cards (also the Birthday Cupcake Tin); new rank 22 belongs to "
             "the three-card removal"},
    {"case": "gift-05", "lang": "en",
     "text": "Top pick for you: the Amazon.com Gift Card in a Snowflake Tin ($200). It's the third best-selling "
             "card in our store, and 30 customers who bought the Santa Tin card, like you, bought it too.",
     "errors": [],
     "note": "rank 1, price 200, popularity rank 3, Santa Tin co-purchase 30"},
    {"case": "gift-06", "lang": "en",
     "text": "You bought the $200 Snowflake Tin gift card, and that's why the $25 Santa Tin card comes first for "
             "you. Without the Snowflake Tin, it would rank 27th.",
     "errors": [],
     "note": "prices 200 / 25; rank 1; verified counterfactual removes the Snowflake Tin -> 27"},
    {"case": "gift-08", "lang": "en",
     "text": "The Panda Express Happy Birthday Hats e-mail gift card is number 3 for you. Without your Buffalo "
             "Wild Wings card it would be 11th, just outside your top 10.",
     "errors": [],
     "note": "rank 3; verified counterfactual removes the Buffalo Wild Wings e-mail card -> 11"},
    {"case": "gift-09", "lang": "en",
     "text": "Recommended: the Amazon.com Gift Card in a Snowflake Tin, $200, with your own message printed on "
             "the card. 30 shoppers who bought the Santa Tin card, as you did, bought this one too.",
     "errors": ["invented_attribute"],
     "note": "price and Santa Tin co-purchase 30 are right; the printed personal message is invented"},
    {"case": "gift-10", "lang": "en",
     "text": "Because you bought SUBWAY and Starbucks gift cards, the $25 Panera Bread Gift Card is our first "
             "suggestion. 18 SUBWAY card buyers also bought it.",
     "errors": [],
     "note": "SUBWAY and Starbucks cards in the history; rank 1; price 25; SUBWAY co-purchase 18"},
    {"case": "gift-12", "lang": "en",
     "text": "Third on your list: a $25 Burger King Gift Card, one of the five best-selling cards in our store. "
             "16 shoppers who bought a SUBWAY card also bought it.",
     "errors": ["superlative"],
     "note": "popularity rank is 14; rank 3, price 25 and SUBWAY co-purchase 16 are right"},
    {"case": "gift-13", "lang": "en",
     "text": "57 people who bought an Outback Steakhouse Gift Card also bought the $50 Applebee's Gift Card, our "
             "top pick for you.",
     "errors": ["number_role"],
     "note": "57 is the Applebee's card's popularity count; the Outback co-purchase count is 15"},
    {"case": "gift-15", "lang": "en",
     "text": "We recommend the $25 SUBWAY Gift Card because 18 customers who bought the Panera Bread",
     "errors": ["truncated"],
     "note": "cut mid-clause; the part shown is true (Panera co-purchase 18, price 25)"},
    {"case": "gift-16", "lang": "en",
     "text": "The Starbucks Gift Card is third on your list and the best-selling card we carry. 10 people who "
             "bought the Red Gift Box Reveal card, like you, also bought it.",
     "errors": ["wrong_item"],
     "note": "rank 3 and popularity rank 1 are right; the Red Gift Box Reveal has only an attribution weight, no "
             "co-purchase record; 10 belongs to the Greeting Card"},
    {"case": "gift-17", "lang": "en",
     "text": "The Amazon.com Gift Card in a Greeting Card ($40) is our first pick for you. It's our second "
             "best-selling card, with 74 buyers, and 15 customers who bought the Plaid Gift Box card also bought "
             "it.",
     "errors": [],
     "note": "rank 1, price 40, popularity (74, rank 2), Plaid co-purchase 15"},
    {"case": "gift-18", "lang": "en",
     "text": "We think you'll like the Amazon.com Gift Card in a Holiday Sprig Box. 5 people who bought the "
             "Holiday Pop-Up Box card also bought it, and 4 who bought the Kraft Paper Reveal with Jingle Bells "
             "did too.",
     "errors": [],
     "note": "co-purchase Pop-Up Box 5, Kraft Paper Reveal 4; no price claimed (the Sprig Box has none)"},
    {"case": "gift-20", "lang": "en",
     "text": "Add another Amazon.com Gift Card in a Plaid Gift Box to your collection: it's third on your list, "
             "and 16 Snowflake Tin buyers also got one.",
     "errors": ["ownership"],
     "note": "'Add another ... to your collection' says the Plaid card is already owned; it is the "
             "recommendation, not a history item. Rank 3 and Snowflake co-purchase 16 are right"},
    {"case": "gift-21", "lang": "en",
     "text": "Olive Garden e-mail gift cards lead your list. 3 customers who bought the Panda Express Happy New "
             "Year e-mail card, as you did, also bought one.",
     "errors": ["unknown_item"],
     "note": "the history card is Panda Express Happy Birthday Hats; 'Happy New Year' is a changed title"},
    {"case": "gift-22", "lang": "en",
     "text": "Starbucks Gift Card: the best-selling card in our shop and your top recommendation. 24 customers "
             "who bought a SUBWAY Gift Card, like you, also bought it.",
     "errors": [],
     "note": "popularity rank 1; rank 1; SUBWAY co-purchase 24"},
    {"case": "gift-23", "lang": "en",
     "text": "Our first suggestion is the $50 Applebee's Gift Card, twice the price of the Outback Steakhouse "
             "card you bought. 15 Outback card buyers also bought it.",
     "errors": [],
     "note": "rank 1; true comparison 50 = 2 x 25; Outback co-purchase 15"},
    {"case": "gift-25", "lang": "en",
     "text": "The Amazon.com Gift Card in a Holiday Pop-Up Box is your top pick, and at $50 it costs the same as "
             "the Santa Smile Tin card you bought.",
     "errors": ["comparison"],
     "note": "the Santa Smile Tin costs 25, not 50"},
    # ---------------------------------------------------------------- English, mag
    {"case": "mag-01", "lang": "en",
     "text": "Entertainment Weekly's B000IJ7RQ8 is your top magazine pick. 4 readers who bought TV Guide's "
             "B000IOEJ8W also bought it.",
     "errors": [],
     "note": "rank 1; brands from the bundle; B000IOEJ8W co-purchase 4"},
    {"case": "mag-02", "lang": "en",
     "text": "B00005N7TL, a Conde Nast technology magazine, is first on your list thanks to B00005N7SA, "
             "B00005N7SC and B00005N7Q1. Without those three, it would be 30th.",
     "errors": [],
     "note": "rank 1; verified three-item counterfactual -> 30"},
    {"case": "mag-04", "lang": "en",
     "text": "B00005N7PN is number 3 in your recommendations because you bought B00005N7OV, B000ILY9LW and "
             "B000FTJ7JQ. If you hadn't bought those three, it would rank 15th.",
     "errors": [],
     "note": "rank 3; verified three-item counterfactual -> 15"},
    {"case": "mag-05", "lang": "en",
     "text": "B00005N7QG is the best-selling magazine in our store, bought by 56 customers, and it's first on "
             "your list. 16 people who bought B00005N7PN also bought it.",
     "errors": [],
     "note": "popularity (56, rank 1); rank 1; PN co-purchase 16"},
    {"case": "mag-06", "lang": "en",
     "text": "Recommended for you: B00005N7SA, a Hearst transportation trade magazine. It would stay in your top "
             "10 even if you hadn't bought B00007AVYI.",
     "errors": ["counterfactual"],
     "note": "right removed item, but the verified new rank is 16: it would leave the top 10"},
    {"case": "mag-07", "lang": "en",
     "text": "B000LXHJFK, a Hearst men's fashion title, tops your list. 4 customers who bought Entertainment "
             "Weekly's B000IJ7RQ8 also bought it.",
     "errors": [],
     "note": "rank 1; Fashion & Style / Men category, Hearst brand; IJ7RQ8 co-purchase 4"},
    {"case": "mag-08", "lang": "en",
     "text": "Third for you: National Geographic's B00005NIOH, a history magazine. 3 shoppers who bought "
             "B00007BK3L also bought it, and so did 3 who bought B00005N7T6.",
     "errors": ["unknown_item"],
     "note": "the history item is B00005N7T5; 'B00005N7T6' is a mangled ASIN. BK3L count 3 and rank 3 are right"},
    {"case": "mag-10", "lang": "en",
     "text": "B00005N7QG, our best-selling magazine, comes with 12 issues a year. It's first on your list, and "
             "16 people who bought B00005N7PN also bought it.",
     "errors": ["invented_attribute"],
     "note": "issue frequency is not in the bundle; popularity rank 1, rank 1 and PN count 16 are right"},
    {"case": "mag-11", "lang": "en",
     "text": "B00005N7PN, a Hearst design magazine, is your top pick. It ranks third in our store for sales, and "
             "12 customers who bought B00005N7OV also bought it.",
     "errors": [],
     "note": "rank 1; popularity rank 3; OV co-purchase 12"},
    {"case": "mag-12", "lang": "en",
     "text": "B000IJ84F6, a Meredith parenting magazine, is third in your recommendations. 10 customers who "
             "bought B000FTJ7JQ also bought it.",
     "errors": [],
     "note": "rank 3; Meredith, Parenting & Families; FTJ7JQ co-purchase 10"},
    {"case": "mag-14", "lang": "en",
     "text": "Because you bought B00005N7QG, B00005N7PN is first on your list: 16 customers bought both.",
     "errors": [],
     "note": "QG is the top-weighted history item, co-purchase 16; rank 1"},
    {"case": "mag-15", "lang": "en",
     "text": "You haven't bought from Hearst before, so we'd start you with B00005N7PN, a Hearst design magazine "
             "at the top of your list.",
     "errors": ["negation"],
     "note": "B00005N7QG and B000ILY9LW in the history are Hearst Magazines titles"},
    {"case": "mag-16", "lang": "en",
     "text": "National Geographic's B00005NIOH is third on your list. 4 customers who bought B00007BK3L also "
             "bought it.",
     "errors": ["number_role"],
     "note": "B00007BK3L's co-purchase count is 3; 4 belongs to B00005N7PT"},
    {"case": "mag-17", "lang": "en",
     "text": "B00005N7QG, a Hearst recipe magazine, is our number-one seller with 56 buyers, and it's at the top "
             "of your list. 17 people who bought B000ILY9LW also bought it.",
     "errors": [],
     "note": "popularity (56, rank 1); rank 1; ILY9LW co-purchase 17"},
    {"case": "mag-19", "lang": "en",
     "text": "B00005N7SC from Bonnier is your top magazine pick. You've bought B00079RO7G twice, and 5 customers "
             "who bought that one also bought B00005N7SC.",
     "errors": ["invented_event"],
     "note": "B00079RO7G is in the history with co-purchase 5; 'twice' is invented"},
    {"case": "mag-20", "lang": "en",
     "text": "Our top recommendation for you is B00005N7QG, the best-selling magazine we have. 16 people who "
             "bought B00005N7PN also bought it.",
     "errors": ["superlative"],
     "note": "recommendation rank is 3, not 1; popularity rank 1 and PN count 16 are right"},
    # ---------------------------------------------------------------- English, ml
    {"case": "ml-01", "lang": "en",
     "text": "You rated Conspiracy Theory and Contact, so The Game (1997) is first on your list. 194 users who "
             "rated Contact also rated it.",
     "errors": [],
     "note": "both in the history; rank 1; Contact co-rating 194"},
    {"case": "ml-02", "lang": "en",
     "text": "GoodFellas (1990) is your top pick. Without your ratings of The Magnificent Seven and Stand by Me, "
             "it would fall to 19th.",
     "errors": ["counterfactual"],
     "note": "the verified set is The Magnificent Seven + True Romance; Stand by Me is the wrong removed item"},
    {"case": "ml-03", "lang": "en",
     "text": "You watched Citizen Kane, Grease and Primal Fear, so The Brothers McMullen (1995) is our first "
             "suggestion.",
     "errors": ["verb"],
     "note": "MovieLens records ratings, not viewing"},
    {"case": "ml-04", "lang": "en",
     "text": "Chasing Amy (1997) is third on your list because you rated Everyone Says I Love You, Boogie Nights "
             "and Fallen. Without those three ratings it would be 11th, out of your top 10.",
     "errors": [],
     "note": "rank 3; verified three-item counterfactual -> 11"},
    {"case": "ml-06", "lang": "en",
     "text": "In & Out (1997) tops your list because of your ratings of The Full Monty, Boogie Nights and L.A. "
             "Confidential. Without them, it would be 22nd.",
     "errors": [],
     "note": "rank 1; verified three-item counterfactual -> 22"},
    {"case": "ml-07", "lang": "en",
     "text": "Toy Story (1995) is our first pick for you. 372 users who rated Star Wars (1977), as you did, also "
             "rated it, and it's among the ten most-rated films.",
     "errors": [],
     "note": "rank 1; Star Wars co-rating 372; popularity rank 8 is within ten"},
    {"case": "ml-08", "lang": "en",
     "text": "Butch Cassidy and the Sundance Kid (1969) is third on your list. 159 users who rated The Blues "
             "Brothers also rated it.",
     "errors": ["wrong_item"],
     "note": "The Blues Brothers has only an attribution weight; 159 is Back to the Future's co-rating count"},
    {"case": "ml-09", "lang": "en",
     "text": "Back to the Future (1985) is your top pick. 271 people who rated Pulp Fiction also rated it, and it "
             "has 341 ratings in all.",
     "errors": [],
     "note": "rank 1; Pulp Fiction co-rating 271; popularity count 341"},
    {"case": "ml-12", "lang": "en",
     "text": "Since you enjoyed The Manchurian Candidate (1962), To Kill a Mockingbird (1962) is third on your "
             "list. 121 users who rated Casablanca also rated it.",
     "errors": ["verb"],
     "note": "'enjoyed' is a sentiment verb for a rating; rank 3 and Casablanca co-rating 121 are right"},
    {"case": "ml-13", "lang": "en",
     "text": "You rated Star Wars (1977), and 469 others who rated it also rated Return of the Jedi (1983), our "
             "first pick for you. With 498 ratings, it's the third most-rated film we have.",
     "errors": [],
     "note": "Star Wars co-rating 469; rank 1; popularity (498, rank 3)"},
    {"case": "ml-14", "lang": "en",
     "text": "Fargo (1996) is the most-rated film we have, with 501 ratings, and it's first on your list. 388 "
             "users who rated Star Wars (1977) also rated it.",
     "errors": ["superlative"],
     "note": "popularity count 501 is right but its rank is 2"},
    {"case": "ml-15", "lang": "en",
     "text": "Titanic (1997) leads your recommendations. 237 users who rated Amistad (1997) also rated it.",
     "errors": ["wrong_item"],
     "note": "Amistad has only an attribution weight; 237 is Contact's co-rating count"},
    # ---------------------------------------------------------------- Chinese
    {"case": "shop-01", "lang": "zh",
     "text": "为你推荐 Brewster X6 Coffee Beans Espresso Roast，售价 26.99 美元，比你买过的 Brewster Air 9 咖啡豆"
             "（28.99 美元）便宜 2 美元。买过 Brewster Core 4 冷萃咖啡机的顾客中有 38 位也买了它。",
     "errors": [],
     "note": "true comparison 28.99 - 26.99 = 2; Core 4 co-purchase 38"},
    {"case": "shop-07", "lang": "zh",
     "text": "首推 Purelle Air 9 儿童防晒霜（8.99 美元）。买过 Purelle A8 日霜的顾客中有 85 位也买了它，它在全店销量排"
             "第六。",
     "errors": [],
     "note": "rank 1; A8 co-purchase 85; popularity rank 6"},
    {"case": "shop-11", "lang": "zh",
     "text": "你买过 The Winter Mirror，买过这本书的顾客里有 49 位也买了 Purelle Air 9 Sunscreen Kids，现在它是给你的"
             "第一推荐。",
     "errors": [],
     "note": "Winter Mirror in the history, co-purchase 49; rank 1"},
    {"case": "shop-18", "lang": "zh",
     "text": "Hearthly Core 6 洋甘菊茶只要 3.99 美元，是给你的头一个推荐。买过 Brewster S9 玻璃水壶的顾客中有 39 位也"
             "买了它。",
     "errors": [],
     "note": "price 3.99; rank 1; S9 Kettle Glass co-purchase 39"},
    {"case": "gift-03", "lang": "zh",
     "text": "为你推荐 40 美元的 Amazon.com Gift Card in a Greeting Card，它的销量在全店礼品卡里排第二。买过 Birthday "
             "Cupcake Tin 礼品卡的顾客中有 9 位也买了它。",
     "errors": [],
     "note": "price 40; popularity rank 2; Cupcake Tin co-purchase 9"},
    {"case": "gift-07", "lang": "zh",
     "text": "你买过 Santa Smile Tin 和 Plaid Gift Box 礼品卡，所以这次最先推荐 25 美元的 Ornament Tin 礼品卡。买过 "
             "Plaid Gift Box 的顾客中有 13 位也买了它。",
     "errors": [],
     "note": "both in the history; rank 1; price 25; Plaid co-purchase 13"},
    {"case": "gift-14", "lang": "zh",
     "text": "推荐给你：200 美元的 Snowflake Tin 礼品卡。买过 Red Gift Box Reveal、Santa Smile Tin 或 Starbucks 礼品卡"
             "的顾客，各有 7 位也买了它。",
     "errors": [],
     "note": "price 200; all three history cards have co-purchase count 7"},
    {"case": "gift-19", "lang": "zh",
     "text": "排在你推荐第一位的是 Santa Tin 礼品卡（25 美元）。买过 Snowflake Tin 礼品卡的顾客中有 30 位也买了它，买过 "
             "Ornament Tin 的有 17 位。",
     "errors": [],
     "note": "rank 1; price 25; co-purchase Snowflake 30, Ornament 17"},
    {"case": "mag-03", "lang": "zh",
     "text": "为你推荐 Hearst 的家居设计杂志 B00005N7PN。买过 B00005N7QW 的顾客中有 9 位也买了它，它在本店销量排第三。",
     "errors": [],
     "note": "Hearst, Design & Decoration; QW co-purchase 9; popularity rank 3"},
    {"case": "mag-09", "lang": "zh",
     "text": "你买过 B000FTJ7JQ，买过它的顾客中有 21 位也买了 B01CF3ECNK，所以它是给你的第一推荐。",
     "errors": [],
     "note": "FTJ7JQ is the top-weighted history item, co-purchase 21; rank 1"},
    {"case": "mag-18", "lang": "zh",
     "text": "本店最畅销的杂志 B00005N7QG 是为你优先推荐的一本，共有 56 位顾客购买。买过 B00005N7U1 的顾客里有 5 位也买"
             "了它。",
     "errors": [],
     "note": "popularity (56, rank 1); rank 1; U1 co-purchase 5"},
    {"case": "ml-10", "lang": "zh",
     "text": "为你推荐的第一部电影是 Willy Wonka and the Chocolate Factory (1971)，共有 321 位用户评过分。评过 Star Wars "
             "(1977) 的用户中有 272 位也评过它。",
     "errors": [],
     "note": "rank 1; popularity count 321; Star Wars (neighbour, so history) co-rating 272"},
    {"case": "shop-26", "lang": "zh",
     "text": "为你首推 Brewster Core 4 冷萃咖啡机（284.99 美元）。买过 Brewster X9 意式咖啡机的顾客中有 24 位也买了它，"
             "它在全店销量排第九。",
     "errors": [],
     "note": "rank 1; price; X9 co-purchase 24; popularity rank 9"},
    {"case": "gift-20", "lang": "zh",
     "text": "Plaid Gift Box 礼品卡（25 美元）排在你推荐的第三位。买过 Snowflake Tin 礼品卡的顾客中有 16 位也买了它，买过 "
             "Greeting Card 礼品卡的有 15 位。",
     "errors": [],
     "note": "rank 3; price 25; co-purchase Snowflake 16, Greeting Card 15"},
    {"case": "mag-20", "lang": "zh",
     "text": "B00005N7QG 是本店购买人数最多的杂志，共 56 人购买，在你的推荐中排第三。买过 B00005N7PN 的顾客中有 16 位也买"
             "了它。",
     "errors": [],
     "note": "popularity (56, rank 1); recommendation rank 3; PN co-purchase 16"},
    {"case": "shop-06", "lang": "zh",
     "text": "为你首推 Hearthly A2 早餐茶（6.99 美元）。如果你没买过 The Winter Mirror，它会掉到第 21 位。",
     "errors": ["counterfactual"],
     "note": "the verified removed item is the Brewster Prime 12 kettle, not The Winter Mirror; 21 is that "
             "removal's rank"},
    {"case": "gift-11", "lang": "zh",
     "text": "给你的第一推荐：Santa Tin 礼品卡（25 美元）。要是没有你买的 Snowflake Tin 礼品卡，它就进不了你的前十。",
     "errors": ["counterfactual"],
     "note": "this bundle has no counterfactual (gift-06, with the same item and history item, has one)"},
    {"case": "shop-09", "lang": "zh",
     "text": "为你首推 Brewster S9 玻璃水壶（90.99 美元），比你买过的 Casaro Z4 水壶还便宜。买过 Hearthly A6 早餐茶的顾客"
             "中有 43 位也买了它。",
     "errors": ["comparison"],
     "note": "the Casaro Z4 costs 31.99, so the S9 (90.99) is dearer; A6 count 43 is right"},
    {"case": "ml-09", "lang": "zh",
     "text": "因为你看过 Pulp Fiction (1994)，为你首推 Back to the Future (1985)：评过 Pulp Fiction 的用户中有 271 位也评"
             "过它。",
     "errors": ["verb"],
     "note": "'看过' (watched) for a MovieLens rating; the co-rating count 271 is right"},
    {"case": "ml-13", "lang": "zh",
     "text": "Return of the Jedi (1983) 是全库评分人数最多的电影，共 498 人评过，也是为你推荐的第一部。",
     "errors": ["superlative"],
     "note": "popularity count 498 is right but its rank is 3"},
    {"case": "mag-14", "lang": "zh",
     "text": "为你推荐 B00005N7PN：买过 B00005N7QG 的顾客中有 42 位也买了它。",
     "errors": ["number_role"],
     "note": "42 is PN's popularity count; the QG co-purchase count is 16"},
    {"case": "gift-10", "lang": "zh",
     "text": "再来一张 Panera Bread 礼品卡吧！25 美元，为你优先推荐；买过 SUBWAY 礼品卡的顾客中有 18 位也买了它。",
     "errors": ["ownership"],
     "note": "'再来一张' (one more) says the Panera card is already owned; it is not in the history"},
    {"case": "shop-30", "lang": "zh",
     "text": "为你首推 Kestrel Zen 7 Smartphone 128GB，256.99 美元，支持无线充电。买过 Kestrel Air 5 存储卡的顾客中有 23 "
             "位也买了它。",
     "errors": ["invented_attribute"],
     "note": "wireless charging is not in the bundle; price, rank and memory-card count 23 are right"},
    {"case": "shop-17", "lang": "zh",
     "text": "为你首推 Kettleworth A1 低因咖啡豆（6.99 美元）。买过 Casaro X12 胶囊咖啡机的顾客中有 24 位也买了它。",
     "errors": ["number_role"],
     "note": "the Casaro X12's co-purchase count is 25; 24 belongs to The Winter Mirror"},
    {"case": "gift-24", "lang": "zh",
     "text": "Applebee's 礼品卡（50 美元）排在你推荐的第三位。买过 Outback Steakhouse 礼品卡的顾客中有 14 位也买了它。",
     "errors": ["number_role"],
     "note": "Outback's co-purchase count is 15; 14 belongs to the SUBWAY card"},
    {"case": "ml-11", "lang": "zh",
     "text": "为你首推 Cop Land (1997)。评过 L.A. Confidential (1997) 的用户中有 122 位也评过它。",
     "errors": ["wrong_item"],
     "note": "L.A. Confidential has only an attribution weight; 122 is The English Patient's co-rating count"},
    {"case": "shop-23", "lang": "zh",
     "text": "你还没买过护发素，不妨试试 Solenne Neo 10 Conditioner 250ml，9.99 美元，是给你的第一推荐。",
     "errors": ["negation"],
     "note": "the Purelle Max 1 and Botanica X6 conditioners are in the history"},
    {"case": "mag-13", "lang": "zh",
     "text": "为你首推 Meredith 的食谱杂志 B01CF3ECNK。买过 B000FTJ7QJ 的顾客中有 21 位也买了它。",
     "errors": ["unknown_item"],
     "note": "the history item is B000FTJ7JQ; 'B000FTJ7QJ' is a mangled ASIN"},
    {"case": "shop-15", "lang": "zh",
     "text": "你最近刚买了 Hearthly Prime 11 玻璃水壶，为你首推 The Nordic Kitchen Cookbook (Paperback)，22.99 美元。买过"
             "这款水壶的顾客中有 13 位也买了这本书。",
     "errors": ["invented_event"],
     "note": "'最近刚' (just recently) adds a time; the kettle purchase, rank, price and count 13 are right"},
    {"case": "ml-05", "lang": "zh",
     "text": "为你首推 Conspiracy Theory (1997)：评过 Air Force One (1997) 的用户中有 221 位",
     "errors": ["truncated"],
     "note": "cut mid-clause; the part shown is true (Air Force One co-rating 221)"},
]
