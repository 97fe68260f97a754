"""Hand-written and hand-labelled recommendation reasons (hand4).

Each dict: case (bundle id in ../independent/bundles.jsonl), lang, text, errors (empty = faithful), note.
Labels come from the bundle facts and the rubric in ../independent/README.md only.
"""

SENTENCES = [
    # ------------------------------------------------------------------ shop, English, faithful
    {"case": "shop-01", "lang": "en", "errors": [],
     "text": "Since you own the Brewster Core 4 cold-brew coffee maker, the Brewster X6 Espresso Roast beans are our "
             "top pick for you: 38 shoppers who bought that machine picked up these beans as well.",
     "note": "rank 1; Core 4 is history and co-purchase partner with 38"},
    {"case": "shop-02", "lang": "en", "errors": [],
     "text": "Take away your Trailfox Go 11 and Pro 2 filter bottles and the Trailfox S5 Water Bottle 1L would slide "
             "from first place to 121st \u2014 those two purchases are why it's at the top.",
     "note": "verified counterfactual: removed {Go 11, Pro 2}, rank 1 -> 121"},
    {"case": "shop-03", "lang": "en", "errors": [],
     "text": "The Winter Mirror is the best-selling item in the whole shop \u2014 351 shoppers have bought it \u2014 and "
             "it's our number one pick for you.",
     "note": "popularity (351, 1); rec rank 1; short title"},
    {"case": "shop-05", "lang": "en", "errors": [],
     "text": "At $9.99, the Solenne Neo 10 Conditioner costs less than the Purelle Max 2 conditioner you already have, "
             "and 24 people who bought your Purelle Flex 12 shampoo bought it too.",
     "note": "9.99 < 10.99 (Max 2 in history); Flex 12 co-purchase 24"},
    {"case": "shop-07", "lang": "en", "errors": [],
     "text": "Purelle Air 9 Sunscreen Kids is one of the ten most popular products here, with 180 buyers, and 85 "
             "customers who bought the Purelle A8 Day face cream you have picked it up too.",
     "note": "popularity rank 6 <= 10, count 180; A8 co-purchase 85"},
    {"case": "shop-08", "lang": "en", "errors": [],
     "text": "Third on your list: the Solenne Neo 10 Conditioner 250ml. It's there mainly because of your Purelle "
             "Prime 1 Repair shampoo \u2014 without that purchase it would fall to 82nd.",
     "note": "rec rank 3; counterfactual removes Prime 1 only, new rank 82; Prime 1 is top attribution"},
    {"case": "shop-10", "lang": "en", "errors": [],
     "text": "You'd lose the Purelle Core 5 Sunscreen Kids from your top picks without the Purelle A8 Face Cream Day "
             "and the Purelle Air 9 Sunscreen Kids you bought \u2014 it would sink from 1st to 21st.",
     "note": "counterfactual set {A8, Air 9}, 1 -> 21 (out of top 10)"},
    {"case": "shop-12", "lang": "en", "errors": [],
     "text": "The Winter Mirror is the shop's most-bought item (351 buyers), and 90 shoppers who bought the Trailfox "
             "Go 11 filter bottle also bought it \u2014 it comes third in your recommendations.",
     "note": "popularity rank 1 but rec rank 3; both stated correctly; Go 11 co-purchase 90"},
    {"case": "shop-13", "lang": "en", "errors": [],
     "text": "You've bought Hearthly teas such as the Zen 4 Breakfast and the A11 Chamomile, so the Hearthly A4 "
             "Gooseneck Kettle is our top pick \u2014 it's the 5th most popular item in the shop, with 182 buyers.",
     "note": "history teas; rec rank 1; popularity (182, 5)"},
    {"case": "shop-15", "lang": "en", "errors": [],
     "text": "Customers who bought the Hearthly Prime 11 glass kettle have also bought The Nordic Kitchen Cookbook "
             "\u2014 13 of them so far \u2014 which is why it heads your recommendations.",
     "note": "Prime 11 co-purchase 13; rank 1"},
    {"case": "shop-17", "lang": "en", "errors": [],
     "text": "Kettleworth A1 Decaf beans, $6.99, bought by 105 shoppers \u2014 25 of them also bought the Casaro X12 "
             "pod coffee maker that you have.",
     "note": "price 6.99, popularity count 105, X12 co-purchase 25"},
    {"case": "shop-22", "lang": "en", "errors": [],
     "text": "Readers who bought The Winter Mirror often pick up The Secret Orchard too \u2014 56 of them so far \u2014 "
             "and it's our top pick for you.",
     "note": "Winter Mirror co-purchase 56 (vague 'often' with a real, large count); rank 1"},
    {"case": "shop-24", "lang": "en", "errors": [],
     "text": "Third on your list is the Trailfox S5 Water Bottle 1L: at $16.99 it's a little cheaper than the Trailfox "
             "Z10 750ml bottle you bought, and 9 Z10 buyers also bought the S5.",
     "note": "rank 3; 16.99 < 20.99; Z10 co-purchase 9"},
    # ------------------------------------------------------------------ shop, English, unfaithful
    {"case": "shop-04", "lang": "en", "errors": ["superlative"],
     "text": "It's your top pick: without the Hearthly S10 drip coffee maker you bought, the Brewster Core 4 Cold Brew "
             "would drop to 23rd.",
     "note": "rec rank is 3, not top; the counterfactual (S10 -> 23) itself is right"},
    {"case": "shop-06", "lang": "en", "errors": ["counterfactual"],
     "text": "Without your Brewster Prime 12 Kettle Gooseneck and The Glass House, the Hearthly A2 Breakfast tea would "
             "drop from first to 21st.",
     "note": "verified set is the Prime 12 kettle alone; The Glass House added"},
    {"case": "shop-09", "lang": "en", "errors": ["invented_attribute"],
     "text": "The Brewster S9 Kettle Glass is on sale right now, and 43 shoppers who bought Hearthly A6 Tea Breakfast "
             "also bought it.",
     "note": "'on sale' invented; 43 for A6 is right"},
    {"case": "shop-11", "lang": "en", "errors": ["ownership"],
     "text": "Time to restock: you bought Purelle Air 9 Sunscreen Kids before, and 85 Purelle A8 Face Cream Day buyers "
             "picked it up too.",
     "note": "recommended item called already bought; 85 is right"},
    {"case": "shop-14", "lang": "en", "errors": ["invented_event"],
     "text": "Because you bought the Kestrel Pro 4 Smartphone 64GB last month, we think the Kestrel Zen 7 Smartphone "
             "128GB is the right next phone for you.",
     "note": "'last month' is an invented date"},
    {"case": "shop-16", "lang": "en", "errors": ["superlative"],
     "text": "Purelle Max 2 Conditioner Repair is one of our most popular conditioners \u2014 26 shoppers bought it, and "
             "12 of them also bought the Purelle Flex 12 shampoo.",
     "note": "popularity rank 107 with 26 buyers (Solenne Neo 10 conditioner has 93); counts right"},
    {"case": "shop-18", "lang": "en", "errors": ["number_role"],
     "text": "You bought the Brewster S9 Kettle Glass and 39 others \u2014 the Hearthly Core 6 Tea Chamomile is a "
             "natural next step.",
     "note": "39 is the S9 co-purchase count, read as the user's own purchases"},
    {"case": "shop-20", "lang": "en", "errors": ["unknown_item"],
     "text": "Since you bought the Kestrel S12 Phone Case Slim, we suggest the Kestrel Lite 9 Phone Case Slim, third on "
             "your list.",
     "note": "recommended item is Kestrel Lite 7; 'Lite 9' is a changed title"},
    {"case": "shop-21", "lang": "en", "errors": ["superlative", "invented_attribute"],
     "text": "The Trailfox Go 11 Water Bottle Filter is our best-seller, with 307 buyers, and a great match for your "
             "Zenova Flex 11 running shoes.",
     "note": "popularity rank 2, not 1; compatibility claim invented"},
    {"case": "shop-23", "lang": "en", "errors": ["comparison"],
     "text": "The Solenne Neo 10 Conditioner 250ml ($9.99) is cheaper than both conditioners you bought, the Purelle "
             "Max 1 Smooth and the Botanica X6 Smooth.",
     "note": "Botanica X6 costs 2.99, so not cheaper than both"},
    {"case": "shop-25", "lang": "en", "errors": ["negation"],
     "text": "The Winter Mirror is our most popular book, and since you've never bought a novel here, it's a great "
             "place to start.",
     "note": "user bought The Hidden House: A Novel; popularity rank 1 is right"},
    {"case": "shop-26", "lang": "en", "errors": ["wrong_item"],
     "text": "8 shoppers who bought the Stride Go 1 running shoes also bought the Brewster Core 4 Cold Brew, our first "
             "pick for you.",
     "note": "8 is the Casaro S12 beans co-purchase; Stride Go 1 has no co-purchase record"},
    {"case": "shop-28", "lang": "en", "errors": ["number_role"],
     "text": "Hearthly A11 Tea Chamomile is the 3rd most popular item in our shop, and 48 people who bought the "
             "Hearthly A4 Gooseneck kettle bought it too.",
     "note": "3 is the rec rank; popularity rank is 13"},
    # ------------------------------------------------------------------ shop, Chinese
    {"case": "shop-06", "lang": "zh", "errors": [],
     "text": "如果没有你买过的 Brewster Prime 12 Kettle Gooseneck，Hearthly A2 Tea Breakfast 会从第 1 位跌到第 21 位。",
     "note": "counterfactual set {Prime 12}, 1 -> 21"},
    {"case": "shop-21", "lang": "zh", "errors": [],
     "text": "买过 Zenova Flex 11 Running Shoes Cushioned 的顾客中有 9 位也买了 Trailfox Go 11 Water Bottle Filter，"
             "这是我们为你首推的商品。",
     "note": "Zenova co-purchase 9; rank 1"},
    {"case": "shop-25", "lang": "zh", "errors": [],
     "text": "The Winter Mirror: A Novel (Hardcover) 是全店最畅销的商品，已有 351 位顾客购买；买过 The Hidden House: "
             "A Novel (Paperback) 的顾客中有 6 位也买了它。",
     "note": "popularity (351, 1); Hidden House co-purchase 6"},
    {"case": "shop-28", "lang": "zh", "errors": [],
     "text": "Hearthly A11 Tea Chamomile 排在你的推荐第 3 位，售价 3.99 美元；买过 Hearthly A4 Kettle Gooseneck 的顾客中有 "
             "48 位也买了它。",
     "note": "rec rank 3, price 3.99, A4 co-purchase 48"},
    {"case": "shop-29", "lang": "zh", "errors": [],
     "text": "Trailfox Go 11 Water Bottle Filter 的销量在全店排第 2；买过 Trailfox Air 5 Water Bottle Insulated 的顾客中有 "
             "21 位也买了它。",
     "note": "popularity rank 2; Air 5 co-purchase 21"},
    {"case": "shop-01", "lang": "zh", "errors": ["number_role"],
     "text": "Brewster X6 Coffee Beans Espresso Roast 比你买过的 Brewster Air 9 Coffee Beans Medium Roast 便宜，而且有 9 位"
             "买过 Brewster Core 4 Coffee Maker Cold Brew 的顾客也买了它。",
     "note": "price comparison true (26.99 < 28.99), but Core 4 co-purchase is 38; 9 belongs to Air 9 / X9"},
    {"case": "shop-10", "lang": "zh", "errors": ["comparison"],
     "text": "因为你买过 Purelle Air 9 Sunscreen Kids，我们为你推荐同一品牌、价格更低的 Purelle Core 5 Sunscreen Kids。",
     "note": "Core 5 costs 17.99, Air 9 costs 8.99: not cheaper"},
    {"case": "shop-19", "lang": "zh", "errors": ["invented_attribute"],
     "text": "Lumetric Z1 Phone Case Clear 和你买的 Lumetric Zen 4 Screen Protector Tempered Glass 非常搭配，买过后者的 13 "
             "位顾客也买了它。",
     "note": "'非常搭配' compatibility invented; 13 right"},
    {"case": "shop-27", "lang": "zh", "errors": ["ownership"],
     "text": "你已经买过 Trailfox Pro 2 Water Bottle Filter，不妨再备一个：买过 Trailfox Go 11 Water Bottle Filter 的 50 "
             "位顾客也买了它。",
     "note": "recommended item said already bought; 50 right"},
    {"case": "shop-30", "lang": "zh", "errors": ["invented_attribute"],
     "text": "Kestrel Zen 7 Smartphone 128GB 今天限时八折，买过 Kestrel Air 5 Memory Card 64GB 的顾客中有 23 位也买了它。",
     "note": "'限时八折' discount invented; 23 right"},
    # ------------------------------------------------------------------ gift cards, English, faithful
    {"case": "gift-01", "lang": "en", "errors": [],
     "text": "You've bought e-mail gift cards for IHOP, Panda Express and Panera Bread, so the Buffalo Wild Wings "
             "e-mail gift card is our top pick \u2014 4 buyers of the IHOP card bought it too.",
     "note": "history three e-mail cards; rank 1; IHOP co-purchase 4"},
    {"case": "gift-03", "lang": "en", "errors": [],
     "text": "The Amazon.com Gift Card in a Greeting Card is the second most popular gift card we sell, with 74 buyers, "
             "and 9 people who bought the Birthday Cupcake Tin card also went for it.",
     "note": "popularity (74, 2); Cupcake Tin co-purchase 9"},
    {"case": "gift-04", "lang": "en", "errors": [],
     "text": "Take away the Ornament Tin, Red Gift Box Reveal and Birthday Cupcake Tin cards you bought, and the "
             "Amazon.com Gift Card in a Plaid Gift Box would drop out of your top 10, from 3rd to 22nd.",
     "note": "full three-item counterfactual set, 3 -> 22"},
    {"case": "gift-06", "lang": "en", "errors": [],
     "text": "Your Snowflake Tin gift card purchase is what puts the Amazon.com Gift Card in a Santa Tin at number one: "
             "without it, the Santa Tin card would fall to 27th.",
     "note": "counterfactual set {Snowflake Tin}, 1 -> 27"},
    {"case": "gift-09", "lang": "en", "errors": [],
     "text": "30 people who bought the Santa Tin card also bought the Amazon.com Gift Card in a Snowflake Tin, the "
             "third best-selling card in the store and our first choice for you.",
     "note": "Santa Tin co-purchase 30; popularity rank 3; rec rank 1"},
    {"case": "gift-10", "lang": "en", "errors": [],
     "text": "The Panera Bread Gift Card costs $25, the same as the SUBWAY and Starbucks cards you've bought, and 18 "
             "SUBWAY card buyers picked one up too.",
     "note": "all three 25.0; SUBWAY co-purchase 18"},
    {"case": "gift-13", "lang": "en", "errors": [],
     "text": "Like the Carrabba's Italian Grill card you bought, the Applebee's Gift Card is a $50 card, and 15 shoppers "
             "who bought an Outback Steakhouse Gift Card also bought it.",
     "note": "both 50.0; Outback co-purchase 15"},
    {"case": "gift-18", "lang": "en", "errors": [],
     "text": "Because you bought the Holiday Pop-Up Box and Kraft Paper Reveal gift cards, the Amazon.com Gift Card in "
             "a Holiday Sprig Box is our first pick for you; 5 Pop-Up Box buyers bought it too.",
     "note": "history; rank 1; Pop-Up Box co-purchase 5"},
    {"case": "gift-22", "lang": "en", "errors": [],
     "text": "The Starbucks Gift Card is our best-selling gift card, with 77 buyers, and our top pick for you; 24 "
             "shoppers who bought the SUBWAY Gift Card bought it too.",
     "note": "popularity (77, 1); rec rank 1; SUBWAY 24"},
    {"case": "gift-25", "lang": "en", "errors": [],
     "text": "At $50, the Amazon.com Gift Card in a Holiday Pop-Up Box is our top pick for you; 6 shoppers who bought "
             "the Santa Smile Tin card also bought it.",
     "note": "price 50.0; rank 1; Santa Smile co-purchase 6"},
    # ------------------------------------------------------------------ gift cards, English, unfaithful
    {"case": "gift-02", "lang": "en", "errors": ["counterfactual"],
     "text": "Without the Starbucks Gift Cards, Multipack of 4 you bought, the Subway Gift Cards, Multipack of 3 would "
             "fall from first to 25th.",
     "note": "verified set is {Starbucks multipack, JCPenney card}; one item named"},
    {"case": "gift-05", "lang": "en", "errors": ["number_role"],
     "text": "30 shoppers who bought the Amazon.com Gift Card in a Ornament Tin also bought the Snowflake Tin card, "
             "one of our three best-selling gift cards.",
     "note": "30 is the Santa Tin count; Ornament Tin has 18; popularity rank 3 is right"},
    {"case": "gift-11", "lang": "en", "errors": ["wrong_item", "ownership"],
     "text": "Because you bought the Amazon.com Gift Card in a Santa Tin, we recommend the Snowflake Tin card \u2014 30 "
             "shoppers bought the two together.",
     "note": "roles swapped: Santa Tin is the recommendation, Snowflake Tin the history item"},
    {"case": "gift-14", "lang": "en", "errors": ["number_role", "comparison"],
     "text": "The Snowflake Tin gift card is only $25, the same price as the Starbucks Gift Card you bought, and 7 "
             "Starbucks card buyers chose it too.",
     "note": "Snowflake Tin costs 200.0; 25 is the Starbucks price; co-purchase 7 right"},
    {"case": "gift-15", "lang": "en", "errors": ["truncated"],
     "text": "The SUBWAY Gift Card is our top pick for you because 18 shoppers who bought the Panera Bread Gift Card",
     "note": "cut off; the part shown is true"},
    {"case": "gift-16", "lang": "en", "errors": ["superlative"],
     "text": "The Starbucks Gift Card tops your recommendations and is also the store's best-seller, with 77 buyers.",
     "note": "rec rank 3; popularity rank 1 part is right"},
    {"case": "gift-17", "lang": "en", "errors": ["invented_event"],
     "text": "You recently looked at the Amazon.com Gift Card in a Greeting Card, and 15 shoppers who bought the Plaid "
             "Gift Box card bought it as well.",
     "note": "viewing event invented; Plaid 15 right"},
    {"case": "gift-20", "lang": "en", "errors": ["comparison"],
     "text": "The Amazon.com Gift Card in a Plaid Gift Box, third on your list, is cheaper than every gift card you've "
             "bought.",
     "note": "Santa Smile Tin in history also costs 25.0"},
    {"case": "gift-23", "lang": "en", "errors": ["negation"],
     "text": "You haven't bought a restaurant gift card from us yet, so start with the Applebee's Gift Card, bought by "
             "57 shoppers.",
     "note": "history has Outback Steakhouse, Red Robin, SUBWAY cards"},
    # ------------------------------------------------------------------ gift cards, Chinese
    {"case": "gift-05", "lang": "zh", "errors": [],
     "text": "Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design) 售价 200 美元，是全店销量第 3 的礼品卡；"
             "买过 Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design) 的顾客中有 30 位也买了它。",
     "note": "price 200, popularity rank 3, Santa Tin 30"},
    {"case": "gift-07", "lang": "zh", "errors": [],
     "text": "Amazon.com Gift Card in a Ornament Tin (Merry Christmas Card Design) 的销量位列全店前十，共有 45 位顾客购买；"
             "买过 Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs) 的顾客中有 13 位也买了它。",
     "note": "popularity (45, 9); Plaid 13"},
    {"case": "gift-19", "lang": "zh", "errors": [],
     "text": "买过 Amazon.com Gift Card in a Ornament Tin (Merry Christmas Card Design) 的顾客中有 17 位也买了 Amazon.com "
             "Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)，两者售价都是 25 美元。",
     "note": "Ornament co-purchase 17; both 25.0"},
    {"case": "gift-24", "lang": "zh", "errors": [],
     "text": "Applebee's Gift Card 在你的推荐中排第 3 位，全店销量排名第 6；买过 SUBWAY Gift Card 的顾客里有 14 位也买了它。",
     "note": "rec rank 3, popularity rank 6, SUBWAY 14"},
    {"case": "gift-04", "lang": "zh", "errors": ["counterfactual"],
     "text": "如果没有你买过的 Amazon.com Gift Card in a Ornament Tin (Merry Christmas Card Design)，Amazon.com Gift Card "
             "in a Plaid Gift Box (Various Card Designs) 会从第 3 位跌到第 22 位。",
     "note": "verified set has three items; only the Ornament Tin named"},
    {"case": "gift-08", "lang": "zh", "errors": ["ownership"],
     "text": "你之前买过 Panda Express Happy Birthday Hats Gift Cards - E-mail Delivery，这次再推荐给你：买过 Panera Bread "
             "Gift Cards - E-mail Delivery 的 3 位顾客也买了它。",
     "note": "recommended item said already bought; Panera 3 right"},
    {"case": "gift-12", "lang": "zh", "errors": ["invented_event"],
     "text": "你上周把 Burger King Gift Card 加入了购物车；买过 SUBWAY Gift Card 的顾客中有 16 位也买了它。",
     "note": "cart event and date invented; SUBWAY 16 right"},
    {"case": "gift-21", "lang": "zh", "errors": ["superlative"],
     "text": "Olive Garden - E-mail Delivery 是本店最受欢迎的电子礼品卡之一，买过 Dominos Pizza Gift Cards - E-mail "
             "Delivery 的 3 位顾客也买了它。",
     "note": "popularity rank 80 with 7 buyers; Dominos 3 right"},
    # ------------------------------------------------------------------ magazines, English, faithful
    {"case": "mag-01", "lang": "en", "errors": [],
     "text": "Since you bought the TV Guide magazine B000IOEJ8W, we recommend item B000IJ7RQ8 from Entertainment Weekly: "
             "4 buyers of B000IOEJ8W also bought it, and it's among the ten most popular magazines here.",
     "note": "brand TV Guide; co-purchase 4; popularity rank 7"},
    {"case": "mag-03", "lang": "en", "errors": [],
     "text": "Item B00005N7PN, a Hearst Magazines home and design title, is the third most popular magazine here, and 9 "
             "customers who bought B00005N7QW also bought it.",
     "note": "brand, category Home & Garden / Design & Decoration; popularity rank 3; co-purchase 9"},
    {"case": "mag-05", "lang": "en", "errors": [],
     "text": "B00005N7QG, a Hearst cooking magazine, is the best-selling magazine in the store (56 buyers) and our top "
             "pick for you.",
     "note": "popularity (56, 1); rec rank 1; category Cooking, Food & Wine"},
    {"case": "mag-06", "lang": "en", "errors": [],
     "text": "Your purchase of B00007AVYI is the key: without it, item B00005N7SA would drop from first to 16th and out "
             "of your top 10.",
     "note": "counterfactual {B00007AVYI}, 1 -> 16"},
    {"case": "mag-08", "lang": "en", "errors": [],
     "text": "Third on your list: the National Geographic title B00005NIOH, one of the ten most popular magazines here; "
             "3 customers who bought B00005N7T5 bought it as well.",
     "note": "rec rank 3; popularity rank 10; B00005N7T5 co-purchase 3"},
    {"case": "mag-11", "lang": "en", "errors": [],
     "text": "B00005N7PN from Hearst Magazines is our top pick for you: 12 shoppers who bought B00005N7OV and 9 who "
             "bought B00005N7QW bought it too.",
     "note": "rank 1; co-purchases 12 and 9"},
    {"case": "mag-14", "lang": "en", "errors": [],
     "text": "B00005N7PN comes from Hearst Magazines, like the B00005N7QG you bought, and ranks third in popularity; 16 "
             "buyers of B00005N7QG also bought it.",
     "note": "both Hearst; popularity rank 3; co-purchase 16"},
    # ------------------------------------------------------------------ magazines, English, unfaithful
    {"case": "mag-02", "lang": "en", "errors": ["counterfactual"],
     "text": "Without B00005N7SA and B00005N7SC in your history, item B00005N7TL would drop from first to 30th.",
     "note": "verified set also includes B00005N7Q1"},
    {"case": "mag-04", "lang": "en", "errors": ["counterfactual"],
     "text": "Remove B00005N7OV, B000ILY9LW and B000FTJ7JQ from your purchases and item B00005N7PN would fall from 3rd "
             "to 30th.",
     "note": "right set and old rank, but new rank is 15"},
    {"case": "mag-07", "lang": "en", "errors": ["unknown_item"],
     "text": "Because you bought B000IJ7RQ8 from Entertainment Weekly, we suggest B000LXHJKF, a Hearst men's fashion "
             "title.",
     "note": "recommended ASIN is B000LXHJFK; mangled"},
    {"case": "mag-10", "lang": "en", "errors": ["number_role"],
     "text": "Item B00005N7QG is the store's most popular magazine, and 16 shoppers who bought the This Old House title "
             "B00005R8BL also bought it.",
     "note": "16 belongs to B00005N7PN; B00005R8BL has 4; popularity rank 1 right"},
    {"case": "mag-12", "lang": "en", "errors": ["negation"],
     "text": "You haven't bought a Meredith magazine yet, so start with B000IJ84F6, a parenting title from Meredith.",
     "note": "history B000FTJ7JQ and B01CF3ECNK are Meredith"},
    {"case": "mag-15", "lang": "en", "errors": ["unknown_item"],
     "text": "Item B00005N7PN has 42 buyers, and 16 readers of Good Housekeeping bought it as well.",
     "note": "Good Housekeeping is in no evidence (16 is the B00005N7QG count)"},
    {"case": "mag-17", "lang": "en", "errors": ["invented_attribute"],
     "text": "B00005N7QG is a monthly cooking magazine from Hearst, and 17 shoppers who bought B000ILY9LW also bought "
             "it.",
     "note": "'monthly' invented; 17 right"},
    # ------------------------------------------------------------------ magazines, Chinese
    {"case": "mag-09", "lang": "zh", "errors": [],
     "text": "买过 B000FTJ7JQ 的顾客中有 21 位也买了 B01CF3ECNK；两本都是 Meredith 出版的烹饪类杂志，B01CF3ECNK "
             "是我们为你首推的一本。",
     "note": "co-purchase 21; both Meredith, Cooking; rank 1"},
    {"case": "mag-16", "lang": "zh", "errors": [],
     "text": "B00005NIOH 在你的推荐中排第 3 位；买过 B00005N7PT 的顾客中有 4 位也买了它，而且它和你买过的 B000FTJ7BE "
             "同属历史类杂志。",
     "note": "rec rank 3; co-purchase 4; both categories end in History"},
    {"case": "mag-18", "lang": "zh", "errors": [],
     "text": "B00005N7QG 是全店最畅销的杂志，共有 56 位顾客购买；买过 B00005N7U1 的顾客中有 5 位也买了它。",
     "note": "popularity (56, 1); co-purchase 5"},
    {"case": "mag-13", "lang": "zh", "errors": ["ownership", "invented_event"],
     "text": "B01CF3ECNK 是你最常续订的烹饪杂志，买过 B000FTJ7JQ 的 21 位顾客也买了它。",
     "note": "recommended item said already renewed by the user"},
    {"case": "mag-19", "lang": "zh", "errors": ["number_role"],
     "text": "B00005N7SC 是 Bonnier Corporation 出版的杂志，买过 B000LXHJFK 的顾客中有 5 位也买了它。",
     "note": "B000LXHJFK co-purchase is 2; 5 belongs to B00079RO7G"},
    {"case": "mag-20", "lang": "zh", "errors": ["superlative"],
     "text": "B00005N7QG 是你的第一推荐，也是全店最畅销的杂志；买过 B00005N7PN 的 16 位顾客也买了它。",
     "note": "rec rank 3; popularity rank 1 and 16 are right"},
    # ------------------------------------------------------------------ MovieLens, English, faithful
    {"case": "ml-01", "lang": "en", "errors": [],
     "text": "You rated Conspiracy Theory and Contact; 194 users who rated Contact also rated The Game (1997), our top "
             "pick for you.",
     "note": "history; Contact co-rating 194; natural-order title; rank 1"},
    {"case": "ml-04", "lang": "en", "errors": [],
     "text": "Chasing Amy (1997) is third on your list because of your ratings of Everyone Says I Love You, Boogie Nights "
             "and Fallen; without all three it would slip to 11th, out of your top 10.",
     "note": "full counterfactual set, 3 -> 11"},
    {"case": "ml-07", "lang": "en", "errors": [],
     "text": "Toy Story (1995) is one of the ten most-rated films in the catalogue, with 444 ratings, and 372 users who "
             "rated Star Wars also rated it.",
     "note": "popularity (444, 8); Star Wars co-rating 372"},
    {"case": "ml-09", "lang": "en", "errors": [],
     "text": "Back to the Future (1985) has been rated by 341 users, including 271 who also rated Pulp Fiction, a film "
             "you rated too.",
     "note": "popularity count 341; Pulp Fiction in history and co-rating 271"},
    {"case": "ml-11", "lang": "en", "errors": [],
     "text": "Based on your ratings of The Edge and L.A. Confidential, Cop Land (1997) is our first pick for you; 126 "
             "users who rated Contact rated it too.",
     "note": "history; rank 1; Contact co-rating 126 (neighbour counts as rated)"},
    # ------------------------------------------------------------------ MovieLens, English, unfaithful
    {"case": "ml-02", "lang": "en", "errors": ["counterfactual"],
     "text": "If you hadn't rated True Romance, GoodFellas (1990) would fall from first to 19th.",
     "note": "verified set is {Magnificent Seven, True Romance}"},
    {"case": "ml-03", "lang": "en", "errors": ["verb"],
     "text": "Because you watched Citizen Kane and Grease, we think you'll enjoy The Brothers McMullen (1995).",
     "note": "ratings, not viewings"},
    {"case": "ml-08", "lang": "en", "errors": ["wrong_item"],
     "text": "177 users who rated The Sting (1973) also rated Butch Cassidy and the Sundance Kid (1969), third on your "
             "list.",
     "note": "177 is the Raiders of the Lost Ark co-rating; The Sting has no co-rating record"},
    {"case": "ml-12", "lang": "en", "errors": ["number_role"],
     "text": "To Kill a Mockingbird (1962) comes third for you; 121 users who rated Rear Window also rated it.",
     "note": "Rear Window 107; 121 is Casablanca"},
    {"case": "ml-13", "lang": "en", "errors": ["ownership"],
     "text": "You rated Return of the Jedi (1983) along with Star Wars (1977), and 469 users rated both.",
     "note": "recommended film said already rated; 469 right"},
    {"case": "ml-14", "lang": "en", "errors": ["superlative"],
     "text": "Fargo (1996) is the most-rated film in the catalogue, with 501 ratings, and 285 users who rated Jerry "
             "Maguire rated it too.",
     "note": "popularity rank 2; counts right"},
    # ------------------------------------------------------------------ MovieLens, Chinese
    {"case": "ml-06", "lang": "zh", "errors": [],
     "text": "如果去掉你评过分的 Full Monty, The (1997)、Boogie Nights (1997) 和 L.A. Confidential (1997)，In & Out (1997) "
             "会从第 1 位降到第 22 位。",
     "note": "full counterfactual set, 1 -> 22"},
    {"case": "ml-13", "lang": "zh", "errors": [],
     "text": "Return of the Jedi (1983) 的评分人数排全库第 3（498 人评过分），评过 Star Wars (1977) 的用户中有 469 人也评了它。",
     "note": "popularity (498, 3); Star Wars co-rating 469"},
    {"case": "ml-14", "lang": "zh", "errors": [],
     "text": "Fargo (1996) 的评分人数排第二，共有 501 位用户评过分；评过 Jerry Maguire (1996) 的用户中有 285 人也评了它。",
     "note": "popularity (501, 2); Jerry Maguire 285"},
    {"case": "ml-05", "lang": "zh", "errors": ["verb"],
     "text": "你喜欢 Air Force One (1997)，所以也会喜欢 Conspiracy Theory (1997)：评过 Air Force One (1997) 的 221 位用户"
             "也评了它。",
     "note": "'你喜欢' is a sentiment claim about a rating; 221 right"},
    {"case": "ml-10", "lang": "zh", "errors": ["verb"],
     "text": "你看过 Twelve Monkeys (1995) 和 Star Trek: First Contact (1996)，所以我们推荐 Willy Wonka and the Chocolate "
             "Factory (1971)。",
     "note": "看过 for ratings"},
    {"case": "ml-15", "lang": "zh", "errors": ["truncated"],
     "text": "评过 Contact (1997) 的 237 位用户也评了 Titanic (1997)，而且评过",
     "note": "cut off; the part shown is true"},
]
