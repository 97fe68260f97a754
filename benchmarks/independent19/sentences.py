"""independent19 (hand19): 100 hand-written recommendation reasons, labelled by hand against
../independent/bundles.jsonl. Three voices rotate by row number, whatever the label: row i has voice
(i - 1) mod 3 + 1. V1 = plain-language / easy-read for shoppers; V2 = merchant dashboard (third person);
V3 = newsletter "picked for you" blurb (one flowing sentence with two or more facts). Odd rows are faithful,
even rows carry exactly one error. Rows 1-70 English, 71-100 Chinese. ``errors`` empty = faithful.
Build: python3 benchmarks/independent4/build.py benchmarks/independent19 i19 hand19
"""

SENTENCES = []

# ---- rows 1-20 -------------------------------------------------------------------------------------------
SENTENCES += [
    {"case": "shop-01", "lang": "en", "errors": [],
     "text": "Your top pick is the Brewster X6 espresso beans. You bought the Core 4 cold brew maker. "
             "Thirty-eight people who bought that maker also bought these beans.",
     "note": "[V1] easy-read. Rank 1; Core 4 Cold Brew is history; co-purchase Core 4 = 38."},
    {"case": "gift-03", "lang": "en", "errors": ["superlative"],
     "text": "This shopper's top suggestion is the $40 Amazon gift card in a greeting card, the store's "
             "best-selling gift card; the customer bought the Birthday Cupcake Tin card, and 9 of its buyers "
             "also bought this one.",
     "note": "[V2] dashboard. U superlative: 'best-selling gift card' but popularity rank 2 (74 buyers). "
             "True: rank 1, $40, Cupcake Tin co-purchase 9."},
    {"case": "mag-02", "lang": "en", "errors": [],
     "text": "Picked for you: B00005N7TL, a Conde Nast technology magazine that sits at the top of your list "
             "because of three magazines you bought, B00005N7SA, B00005N7SC and B00005N7Q1, without which it "
             "would slide all the way to 30th.",
     "note": "[V3] newsletter. Rank 1; brand Conde Nast, category Technology; verified counterfactual removes "
             "SA, SC and Q1 (the full set), 1 -> 30."},
    {"case": "ml-01", "lang": "en", "errors": ["verb"],
     "text": "Your top film pick is The Game (1997). You watched Conspiracy Theory and G.I. Jane. "
             "246 people have rated The Game.",
     "note": "[V1] easy-read. U verb: 'watched' for MovieLens ratings. True: rank 1, both films are history, "
             "popularity count 246."},
    {"case": "shop-03", "lang": "en", "errors": [],
     "text": "Top suggestion for this customer: The Winter Mirror, an $8.99 hardcover novel and the store's "
             "best seller with 351 buyers. The customer bought the Trailfox Go 11 filter bottle, and 90 of its "
             "buyers also bought the novel.",
     "note": "[V2] dashboard. Rank 1; $8.99, Hardcover, Novel; popularity (351, rank 1); Go 11 history, "
             "co-purchase 90."},
    {"case": "shop-04", "lang": "en", "errors": ["number_role"],
     "text": "Picked for you: the Brewster Core 4 cold brew coffee maker, third on your list, which 41 shoppers "
             "who own the same Kestrel Zen 7 smartphone as you also went on to buy.",
     "note": "[V3] newsletter. U number_role: Zen 7 co-purchase is 23; 41 is The Winter Mirror's. "
             "True: rank 3, Zen 7 is history."},
    {"case": "gift-01", "lang": "en", "errors": [],
     "text": "We suggest a Buffalo Wild Wings gift card. It comes by e-mail. You bought the IHOP gift card. "
             "Four people bought both cards.",
     "note": "[V1] easy-read. Title 'E-mail Delivery'; IHOP is history, co-purchase 4."},
    {"case": "mag-03", "lang": "en", "errors": ["invented_attribute"],
     "text": "This customer's top suggestion is B00005N7PN, a Hearst home design magazine. The customer bought "
             "B00005N7QW from the same publisher, and the subscription includes free digital access.",
     "note": "[V2] dashboard. U invented_attribute: 'includes free digital access'. True: rank 1, Hearst, "
             "Design & Decoration, QW is history and Hearst."},
    {"case": "ml-02", "lang": "en", "errors": [],
     "text": "Picked for you: GoodFellas, which tops your list thanks to your ratings of The Magnificent Seven "
             "and True Romance and would fall to 19th without those two.",
     "note": "[V3] newsletter. Rank 1; verified counterfactual removes The Magnificent Seven and True Romance "
             "(full set), 1 -> 19."},
    {"case": "shop-06", "lang": "en", "errors": ["counterfactual"],
     "text": "Your top pick is the Hearthly A2 breakfast tea. You bought The Glass House novel. "
             "Without that book, the tea would drop to 21st.",
     "note": "[V1] easy-read. U counterfactual: the verified removed item is the Prime 12 kettle, not The Glass "
             "House (new rank 21 is right). True: rank 1, The Glass House is history."},
    {"case": "gift-02", "lang": "en", "errors": [],
     "text": "The customer's top suggestion is the Subway gift card three-pack at $30. The customer bought the "
             "Starbucks four-pack and the JCPenney card; without those two purchases it would fall to 25th.",
     "note": "[V2] dashboard. Rank 1; $30, Multipack of 3; verified counterfactual removes Starbucks "
             "Multipack of 4 and JCPenney (full set), 1 -> 25."},
    {"case": "shop-07", "lang": "en", "errors": ["comparison"],
     "text": "Picked for you: the Purelle Air 9 kids' sunscreen, which at $8.99 costs the same as the Purelle A8 "
             "day cream you bought, and 85 people who bought that cream also bought the sunscreen.",
     "note": "[V3] newsletter. U comparison: the A8 day cream is $18.99, not $8.99. True: $8.99, A8 is "
             "history, co-purchase 85."},
    {"case": "mag-04", "lang": "en", "errors": [],
     "text": "B00005N7PN is number three on your list. It is a Hearst home design magazine. You bought three "
             "magazines: B00005N7OV, B000ILY9LW and B000FTJ7JQ. Without them, it would fall to 15th.",
     "note": "[V1] easy-read. Rank 3; Hearst, Design & Decoration; verified counterfactual removes OV, LW, JQ "
             "(full set), 3 -> 15."},
    {"case": "ml-04", "lang": "en", "errors": ["counterfactual"],
     "text": "This user's third suggestion is Chasing Amy (1997). The user rated Everyone Says I Love You, "
             "Boogie Nights and Fallen; removing Fallen alone would push Chasing Amy down to 11th, out of the "
             "top ten.",
     "note": "[V2] dashboard. U counterfactual: the verified set is all three films, not Fallen alone "
             "(3 -> 11 is right). True: rank 3, the three films are history."},
    {"case": "shop-08", "lang": "en", "errors": [],
     "text": "Picked for you: the Solenne Neo 10 conditioner, third on your list largely because of the "
             "Purelle Prime 1 repair shampoo you bought, without which it would sink to 82nd.",
     "note": "[V3] newsletter. Rank 3; Prime 1 is the top weight (0.1012); verified counterfactual removes "
             "Prime 1, 3 -> 82."},
    {"case": "gift-05", "lang": "en", "errors": ["invented_event"],
     "text": "Your top pick is the Snowflake Tin gift card. It is $200. You bought the Santa Tin card last "
             "December. 30 people bought both.",
     "note": "[V1] easy-read. U invented_event: 'last December' (no dates in the bundle). True: rank 1, $200, "
             "Santa Tin history, co-purchase 30."},
    {"case": "mag-05", "lang": "en", "errors": [],
     "text": "This shopper's top suggestion is B00005N7QG, a Hearst cooking magazine and the store's "
             "best-selling magazine with 56 buyers; 16 buyers of B00005N7PN, which the shopper bought, also "
             "bought it.",
     "note": "[V2] dashboard. Rank 1; Hearst, Cooking, Food & Wine; popularity (56, rank 1); PN history, "
             "co-purchase 16."},
    {"case": "shop-09", "lang": "en", "errors": ["unknown_item"],
     "text": "Picked for you: the Brewster S9 glass kettle, which tops your list after your purchases of the "
             "Hearthly A6 breakfast tea and the Casaro Z5 kettle, and which 43 buyers of that tea also took home.",
     "note": "[V3] newsletter. U unknown_item: 'Casaro Z5 kettle' for the Casaro Z4 Kettle 1.7L (changed "
             "model number). True: rank 1, A6 tea history, co-purchase 43."},
    {"case": "ml-05", "lang": "en", "errors": [],
     "text": "Your top film is Conspiracy Theory. You rated Air Force One. That film counts the most. "
             "221 people who rated Air Force One also rated Conspiracy Theory.",
     "note": "[V1] easy-read. Rank 1; Air Force One is the top weight (0.1327); co-rating 221."},
    {"case": "gift-07", "lang": "en", "errors": ["negation"],
     "text": "The customer's top suggestion is the $25 Amazon Ornament Tin card; the customer bought the Santa "
             "Smile Tin and Plaid Gift Box cards and has never bought a gift card worth more than $25.",
     "note": "[V2] dashboard. U negation: the $50 Holiday Pop-Up Box card is in the history. True: rank 1, $25, "
             "Santa Smile Tin and Plaid Gift Box are history."},
]

# ---- rows 21-40 ------------------------------------------------------------------------------------------
SENTENCES += [
    {"case": "shop-10", "lang": "en", "errors": [],
     "text": "Picked for you: the Purelle Core 5 kids' sunscreen at $17.99, first on your list because of the A8 "
             "day cream and Air 9 kids' sunscreen you bought, without which it would drop to 21st.",
     "note": "[V3] newsletter. Rank 1; $17.99; verified counterfactual removes A8 Face Cream Day and Air 9 "
             "Sunscreen Kids (full set), 1 -> 21."},
    {"case": "mag-06", "lang": "en", "errors": ["number_role"],
     "text": "Your top pick is B00005N7SA. It is a Hearst transportation magazine. 19 people bought it. "
             "You bought B00007AVYI, another Hearst transportation magazine.",
     "note": "[V1] easy-read. U number_role: popularity count is 23; 19 is its popularity rank. True: rank 1, "
             "Hearst, Transportation; AVYI is history, Hearst, Transportation."},
    {"case": "ml-07", "lang": "en", "errors": [],
     "text": "Top suggestion for this user: Toy Story (1995), rated by 444 people and the eighth most-rated film; "
             "the user rated Star Wars, and 372 people who rated Star Wars also rated Toy Story.",
     "note": "[V2] dashboard. Rank 1; popularity (444, rank 8); Star Wars history, co-rating 372."},
    {"case": "shop-11", "lang": "en", "errors": ["superlative"],
     "text": "Picked for you: the Purelle Air 9 kids' sunscreen, the single best-selling item in our shop, which "
             "85 shoppers who bought the A8 day cream you own also picked up.",
     "note": "[V3] newsletter. U superlative: 'the single best-selling item' but popularity rank 6 (180). "
             "True: A8 history, co-purchase 85."},
    {"case": "gift-08", "lang": "en", "errors": [],
     "text": "The Panda Express birthday gift card is number three for you. You bought a Buffalo Wild Wings "
             "e-gift card. Without it, this card would leave your top ten. It would be 11th.",
     "note": "[V1] easy-read. Rank 3; title 'Happy Birthday Hats'; Buffalo Wild Wings (E-mail Delivery) is "
             "history; verified counterfactual removes it, 3 -> 11."},
    {"case": "mag-07", "lang": "en", "errors": ["invented_event"],
     "text": "The customer's top suggestion is B000LXHJFK, a Hearst men's fashion magazine; the customer has "
             "subscribed to B000IJ7RQ8 for two years, and 4 buyers of that title also bought this one.",
     "note": "[V2] dashboard. U invented_event: 'for two years' (a duration the bundle does not have). True: "
             "rank 1, Hearst, Fashion & Style / Men; IJ7RQ8 history, co-purchase 4."},
    {"case": "shop-13", "lang": "en", "errors": [],
     "text": "Picked for you: the Hearthly A4 gooseneck kettle, one of our five best sellers, chosen mainly "
             "because of your Zen 4 breakfast tea, and 69 buyers of that tea also bought the kettle.",
     "note": "[V3] newsletter. Popularity rank 5 (<= 5); Zen 4 tea is the top weight (0.2561); co-purchase 69."},
    {"case": "ml-08", "lang": "en", "errors": ["verb"],
     "text": "Butch Cassidy and the Sundance Kid is number three for you. You watched The Sting and The Blues "
             "Brothers. 212 people rated Butch Cassidy.",
     "note": "[V1] easy-read. U verb: 'watched'. True: rank 3, both films are history, popularity count 212."},
    {"case": "gift-09", "lang": "en", "errors": [],
     "text": "This shopper's top suggestion is the $200 Snowflake Tin gift card, the store's third best-selling "
             "gift card; the shopper bought the Santa Tin card, which 30 Snowflake Tin buyers also bought.",
     "note": "[V2] dashboard. Rank 1; $200; popularity rank 3 (the catalogue is gift cards); Santa Tin "
             "history, co-purchase 30."},
    {"case": "shop-14", "lang": "en", "errors": ["invented_attribute"],
     "text": "Picked for you: the Kestrel Zen 7 128GB smartphone with its triple-lens camera, which tops your "
             "list and which 17 owners of the Kestrel Pro 4 you bought also chose.",
     "note": "[V3] newsletter. U invented_attribute: 'triple-lens camera'. True: 128GB, rank 1, Pro 4 history, "
             "co-purchase 17."},
    {"case": "mag-09", "lang": "en", "errors": [],
     "text": "Your top pick is B01CF3ECNK. It is a Meredith cooking magazine. You bought B000FTJ7JQ. "
             "That is the main reason. Twenty-one people bought both.",
     "note": "[V1] easy-read. Rank 1; Meredith, Cooking, Food & Wine; JQ is the top weight (0.2037); "
             "co-purchase 21."},
    {"case": "ml-09", "lang": "en", "errors": ["number_role"],
     "text": "This user's top suggestion is Back to the Future (1985); the user rated Monty Python and the Holy "
             "Grail and Pulp Fiction, and 271 people who rated Star Wars also rated Back to the Future.",
     "note": "[V2] dashboard. U number_role: the Star Wars co-rating is 301; 271 is Pulp Fiction's. True: "
             "rank 1, both films history."},
    {"case": "shop-16", "lang": "en", "errors": [],
     "text": "Picked for you: the Purelle Max 2 repair conditioner at $10.99, third on your list, since 12 "
             "shoppers who bought the Flex 12 volume shampoo you own went on to buy it too.",
     "note": "[V3] newsletter. Rank 3; $10.99; Flex 12 history, co-purchase 12."},
    {"case": "gift-10", "lang": "en", "errors": ["ownership"],
     "text": "Your top pick is a Panera Bread gift card. It is $25. Time to get another Panera card! "
             "18 people who bought the SUBWAY card also bought it.",
     "note": "[V1] easy-read. U ownership: 'another Panera card' says the user already has one. True: rank 1, "
             "$25, SUBWAY co-purchase 18."},
    {"case": "mag-10", "lang": "en", "errors": [],
     "text": "The customer's number one suggestion is the Hearst cooking title B00005N7QG. The customer bought "
             "B00005R8BL, a This Old House magazine, and 4 of its buyers also bought B00005N7QG.",
     "note": "[V2] dashboard. Rank 1; Hearst, Cooking; R8BL history, brand This Old House Ventures, "
             "co-purchase 4."},
    {"case": "shop-17", "lang": "en", "errors": ["negation"],
     "text": "Picked for you: the Kettleworth A1 decaf coffee beans, your first coffee beans from us, since 25 "
             "shoppers who bought the Casaro X12 pod coffee maker you own also bought them.",
     "note": "[V3] newsletter. U negation: 'your first coffee beans' but the Brewster X2 Coffee Beans are in the "
             "history. True: Decaf, X12 history, co-purchase 25."},
    {"case": "gift-12", "lang": "en", "errors": [],
     "text": "The Burger King gift card is number three for you. It costs $25. You bought the SUBWAY gift card. "
             "16 people bought both.",
     "note": "[V1] easy-read. Rank 3; $25; SUBWAY history, co-purchase 16."},
    {"case": "ml-11", "lang": "en", "errors": ["counterfactual"],
     "text": "This user's top suggestion is Cop Land (1997), mainly because the user rated The Edge; without "
             "The Edge, Cop Land would drop out of the top ten.",
     "note": "[V2] dashboard. U counterfactual: the bundle has no counterfactual. True: rank 1, The Edge is "
             "the top weight (0.0760)."},
    {"case": "shop-18", "lang": "en", "errors": [],
     "text": "Picked for you: the Hearthly Core 6 chamomile tea, just $3.99, which 24 people who bought the "
             "Prime 1 kettle you own also bought, and which 166 shoppers have bought in all.",
     "note": "[V3] newsletter. $3.99; Prime 1 Kettle history, co-purchase 24; popularity count 166."},
    {"case": "mag-11", "lang": "en", "errors": ["number_role"],
     "text": "Your top pick is B00005N7PN. It is a home design magazine. You bought B00005N7QW. "
             "12 people bought both.",
     "note": "[V1] easy-read. U number_role: the QW co-purchase is 9; 12 is B00005N7OV's. True: rank 1, "
             "Design & Decoration, QW history."},
]

# ---- rows 41-60 ------------------------------------------------------------------------------------------
SENTENCES += [
    {"case": "gift-13", "lang": "en", "errors": [],
     "text": "The customer's top suggestion is the $50 Applebee's gift card, the store's sixth best-selling gift "
             "card; the customer bought Outback Steakhouse and Cracker Barrel cards, and 15 Outback card buyers "
             "also bought it.",
     "note": "[V2] dashboard. Rank 1; $50; popularity rank 6; Outback and Cracker Barrel history; Outback "
             "co-purchase 15."},
    {"case": "shop-19", "lang": "en", "errors": ["ownership"],
     "text": "Picked for you: another Lumetric Z1 clear phone case like the one you bought before, and 13 "
             "buyers of your Zen 4 tempered-glass screen protector also bought it.",
     "note": "[V3] newsletter. U ownership: the Z1 case is the recommendation, not a past purchase. True: "
             "Zen 4 Tempered Glass history, co-purchase 13."},
    {"case": "ml-13", "lang": "en", "errors": [],
     "text": "Your top film is Return of the Jedi. You rated Star Wars. That is the main reason. "
             "469 people rated both films.",
     "note": "[V1] easy-read. Rank 1; Star Wars is the top weight (0.3000); co-rating 469."},
    {"case": "shop-20", "lang": "en", "errors": ["comparison"],
     "text": "This shopper's third suggestion is the Kestrel Lite 7 slim phone case, which costs more than the "
             "Kestrel S12 slim case the shopper bought; 12 buyers of the S12 also bought the Lite 7.",
     "note": "[V2] dashboard. U comparison: Lite 7 is $6.99, S12 $13.99, so it costs less. True: rank 3, "
             "Slim, S12 history, co-purchase 12."},
    {"case": "mag-13", "lang": "en", "errors": [],
     "text": "Picked for you: B01CF3ECNK, a Meredith recipe magazine that tops your list mostly because you "
             "bought B000FTJ7JQ, and 21 buyers of that title bought both.",
     "note": "[V3] newsletter. Rank 1; Meredith, Recipes & Techniques; JQ is the top weight (0.2037); "
             "co-purchase 21."},
    {"case": "gift-14", "lang": "en", "errors": ["ownership"],
     "text": "Your top pick is the Snowflake Tin gift card again. You bought one before. It is $200. "
             "You also bought the Red Gift Box card. 7 people bought both.",
     "note": "[V1] easy-read. U ownership: 'again ... bought one before' for the recommendation. True: rank 1, "
             "$200, Red Gift Box Reveal history, co-purchase 7."},
    {"case": "shop-21", "lang": "en", "errors": [],
     "text": "The customer's top suggestion is the Trailfox Go 11 filter water bottle, the store's second "
             "best-selling product with 307 buyers; the customer bought Zenova Flex 11 cushioned running shoes, "
             "and 9 of their buyers also bought the bottle.",
     "note": "[V2] dashboard. Rank 1; popularity (307, rank 2); Flex 11 Cushioned history, co-purchase 9."},
    {"case": "ml-14", "lang": "en", "errors": ["unknown_item"],
     "text": "Picked for you: Fargo (1997), your top film and the second most-rated on the site, because you "
             "rated Il Postino, Star Wars and Jerry Maguire.",
     "note": "[V3] newsletter. U unknown_item: 'Fargo (1997)' for Fargo (1996), a changed title. True: rank 1, "
             "popularity rank 2, the three films are history."},
    {"case": "gift-15", "lang": "en", "errors": [],
     "text": "Your top pick is a SUBWAY gift card. It is $25. You bought a Panera Bread gift card. "
             "Eighteen people bought both cards.",
     "note": "[V1] easy-read. Rank 1; $25; Panera history, co-purchase 18."},
    {"case": "mag-14", "lang": "en", "errors": ["superlative"],
     "text": "This customer's top suggestion is B00005N7PN, the store's best-selling magazine with 42 buyers; "
             "the customer bought the Hearst cooking title B00005N7QG, and 16 of its buyers also bought "
             "B00005N7PN.",
     "note": "[V2] dashboard. U superlative: 'best-selling magazine' but popularity rank 3. True: rank 1, count "
             "42, QG history (Hearst, Cooking), co-purchase 16."},
    {"case": "shop-23", "lang": "en", "errors": [],
     "text": "Picked for you: the Solenne Neo 10 conditioner at $9.99, which tops your list mainly because of the "
             "Purelle Flex 12 volume shampoo you bought, and 24 buyers of that shampoo also chose this "
             "conditioner.",
     "note": "[V3] newsletter. Rank 1; $9.99; Flex 12 is the top weight (0.1664); co-purchase 24."},
    {"case": "gift-17", "lang": "en", "errors": ["wrong_item"],
     "text": "Your top pick is the Amazon gift card in a greeting card. It is $40. You bought the Black Gift Box "
             "card. 10 people who bought the Black Gift Box card also bought this one.",
     "note": "[V1] easy-read. U wrong_item: the Black Gift Box card has no co-purchase record (10 belongs to the "
             "Santa Tin and the Snowflake Tin). True: rank 1, $40, Black Gift Box is history."},
    {"case": "ml-15", "lang": "en", "errors": [],
     "text": "Top suggestion for this user: Titanic (1997), rated by 341 people; the user rated Amistad, Contact "
             "and Scream, and 237 people who rated Contact also rated Titanic.",
     "note": "[V2] dashboard. Rank 1; popularity count 341; three history films; Contact co-rating 237."},
    {"case": "shop-25", "lang": "en", "errors": ["comparison"],
     "text": "Picked for you: The Winter Mirror, our best-selling novel at $8.99, the same price as The Hidden "
             "House paperback you bought.",
     "note": "[V3] newsletter. U comparison: The Hidden House is $13.99. True: popularity rank 1 (so best-"
             "selling novel), $8.99, Hidden House Paperback is history."},
    {"case": "mag-15", "lang": "en", "errors": [],
     "text": "Your top pick is B00005N7PN. You bought B00005N7QG. That is the main reason. 16 people bought both.",
     "note": "[V1] easy-read. Rank 1; QG is the top weight (0.1047); co-purchase 16."},
    {"case": "gift-18", "lang": "en", "errors": ["truncated"],
     "text": "The customer's top suggestion is the Amazon Holiday Sprig Box gift card; the customer bought the "
             "Holiday Pop-Up Box card, and 5 of its buyers also",
     "note": "[V2] dashboard. U truncated: cut off after 'also'. The part shown is true: rank 1, Pop-Up Box "
             "history, co-purchase 5."},
    {"case": "shop-26", "lang": "en", "errors": [],
     "text": "Picked for you: the Brewster Core 4 cold brew maker, at the top of your list mainly because of "
             "your Brewster X9 espresso machine, and 24 X9 buyers also bought the Core 4.",
     "note": "[V3] newsletter. Rank 1; X9 is the top weight (0.1321); co-purchase 24."},
    {"case": "mag-16", "lang": "en", "errors": ["number_role"],
     "text": "B00005NIOH is number three for you. It is a National Geographic history magazine. "
             "You bought B00007BK3L. 4 people bought both.",
     "note": "[V1] easy-read. U number_role: the BK3L co-purchase is 3; 4 is B00005N7PT's. True: rank 3, "
             "National Geographic, History, BK3L history."},
    {"case": "gift-19", "lang": "en", "errors": [],
     "text": "This shopper's top suggestion is the $25 Santa Tin gift card; the shopper bought the Snowflake Tin "
             "and Ornament Tin cards, and 17 Ornament Tin buyers also bought the Santa Tin.",
     "note": "[V2] dashboard. Rank 1; $25; both tins history; Ornament Tin co-purchase 17."},
    {"case": "gift-20", "lang": "en", "errors": ["superlative"],
     "text": "Picked for you: the Amazon Plaid Gift Box card, third on your list and one of our five "
             "best-selling gift cards, which 16 buyers of your Snowflake Tin card also bought.",
     "note": "[V3] newsletter. U superlative: 'one of our five best-selling' but popularity rank 7. True: "
             "rank 3, Snowflake Tin history, co-purchase 16."},
]

# ---- rows 61-70 ------------------------------------------------------------------------------------------
SENTENCES += [
    {"case": "shop-27", "lang": "en", "errors": [],
     "text": "Your top pick is the Trailfox Pro 2 filter bottle. It costs $18.99. You bought the Go 11 filter "
             "bottle. Fifty people bought both bottles.",
     "note": "[V1] easy-read. Rank 1; $18.99; Go 11 history, co-purchase 50."},
    {"case": "mag-18", "lang": "en", "errors": ["negation"],
     "text": "The customer's top suggestion is B00005N7QG, the store's best-selling magazine; the customer has "
             "never bought a cooking magazine before, but 5 buyers of B00005N7U1 also bought it.",
     "note": "[V2] dashboard. U negation: B00005N7U1 in the history is a Cooking, Food & Wine (Special Diet) "
             "magazine. True: rank 1, popularity rank 1, U1 co-purchase 5."},
    {"case": "gift-21", "lang": "en", "errors": [],
     "text": "Picked for you: an Olive Garden e-gift card, top of your list, which 3 buyers of the JCPenney "
             "e-gift card you bought also picked.",
     "note": "[V3] newsletter. Rank 1; Olive Garden - E-mail Delivery; JCPenney E-mail Delivery history, "
             "co-purchase 3."},
    {"case": "shop-28", "lang": "en", "errors": ["invented_event"],
     "text": "The Hearthly A11 chamomile tea is number three for you. You bought the A4 gooseneck kettle twice. "
             "48 people bought the kettle and the tea.",
     "note": "[V1] easy-read. U invented_event: 'twice'. True: rank 3, A4 Gooseneck history, co-purchase 48."},
    {"case": "mag-19", "lang": "en", "errors": [],
     "text": "This customer's top suggestion is B00005N7SC, a Bonnier science magazine bought by 42 people; the "
             "customer bought B00079RO7G, and 5 of its buyers also bought B00005N7SC.",
     "note": "[V2] dashboard. Rank 1; Bonnier, Science, History & Nature; popularity count 42; RO7G history, "
             "co-purchase 5."},
    {"case": "gift-22", "lang": "en", "errors": ["unknown_item"],
     "text": "Picked for you: the Starbucks gift card, our best-selling gift card, chosen because of the SUBWAY "
             "and Chipotle cards you bought.",
     "note": "[V3] newsletter. U unknown_item: a Chipotle card is in no evidence. True: rank 1, popularity "
             "rank 1, SUBWAY history."},
    {"case": "shop-30", "lang": "en", "errors": [],
     "text": "Your top pick is the Kestrel Zen 7 phone. It has 128GB. 189 people bought it. You bought a Kestrel "
             "Air 5 memory card. 23 people bought both.",
     "note": "[V1] easy-read. Rank 1; 128GB; popularity count 189; Air 5 Memory Card history, co-purchase 23."},
    {"case": "gift-24", "lang": "en", "errors": ["wrong_item"],
     "text": "This shopper's third suggestion is the $50 Applebee's gift card; the shopper bought Outback "
             "Steakhouse and Sephora cards, and 3 Sephora card buyers also bought the Applebee's card.",
     "note": "[V2] dashboard. U wrong_item: Sephora has no co-purchase record (3 belongs to Domino's). True: "
             "rank 3, $50, Outback and Sephora history."},
    {"case": "mag-20", "lang": "en", "errors": [],
     "text": "Picked for you: B00005N7QG, third on your list and our best-selling magazine, which 16 buyers of "
             "your Hearst home design title B00005N7PN also bought.",
     "note": "[V3] newsletter. Rank 3; popularity rank 1; PN history (Hearst, Design & Decoration), "
             "co-purchase 16."},
    {"case": "gift-25", "lang": "en", "errors": ["invented_attribute"],
     "text": "Your top pick is the Holiday Pop-Up Box gift card. It is $50. It ships free. You bought the Santa "
             "Smile Tin card. 6 people bought both.",
     "note": "[V1] easy-read. U invented_attribute: 'ships free'. True: rank 1, $50, Santa Smile Tin history, "
             "co-purchase 6."},
]

# ---- rows 71-100 (Chinese) -------------------------------------------------------------------------------
SENTENCES += [
    {"case": "shop-02", "lang": "zh", "errors": [],
     "text": "该用户的首推商品是 Trailfox S5 1L 水瓶（16.99 美元）。顾客买过 Go 11 和 Pro 2 滤水瓶；"
             "如果去掉这两件，S5 会从第 1 位掉到第 121 位。",
     "note": "[V2] dashboard. Rank 1; $16.99; verified counterfactual removes Go 11 and Pro 2 Filter (full "
             "set), 1 -> 121."},
    {"case": "ml-03", "lang": "zh", "errors": ["number_role"],
     "text": "为你精选：The Brothers McMullen (1995)，它排在你推荐的第一位，"
             "评过 When Harry Met Sally 的用户中有 59 位也评过它。",
     "note": "[V3] newsletter. U number_role: When Harry Met Sally co-rating is 56; 59 belongs to Back to the "
             "Future and Fargo. True: rank 1."},
    {"case": "gift-05", "lang": "zh", "errors": [],
     "text": "给你推荐 Snowflake Tin 礼品卡。它是 200 美元。你买过 Santa Tin 礼品卡。有三十个人两张都买了。",
     "note": "[V1] easy-read. $200; Santa Tin history, co-purchase 30."},
    {"case": "shop-05", "lang": "zh", "errors": ["wrong_item"],
     "text": "该顾客的首推是 Solenne Neo 10 护发素（9.99 美元）。顾客买过 Purelle Prime 1 修护洗发水，"
             "买过这款洗发水的顾客中有 22 位也买了 Neo 10。",
     "note": "[V2] dashboard. U wrong_item: Prime 1 Shampoo has no co-purchase record (22 belongs to Go 11 and "
             "The Winter Mirror). True: rank 1, $9.99, Prime 1 is history."},
    {"case": "mag-01", "lang": "zh", "errors": [],
     "text": "为你精选：Entertainment Weekly 的 B000IJ7RQ8，它是你的首推，"
             "买过你那本 TV Guide 电视杂志 B000IOEJ8W 的顾客中有 4 位也买了它。",
     "note": "[V3] newsletter. Rank 1; brand Entertainment Weekly; IOEJ8W history (TV Guide, Television), "
             "co-purchase 4."},
    {"case": "ml-06", "lang": "zh", "errors": ["verb"],
     "text": "给你推荐 In & Out。你看过 The Full Monty 和 Boogie Nights。有 227 人评过 In & Out。",
     "note": "[V1] easy-read. U verb: '看过' for ratings. True: both films history, popularity count 227."},
    {"case": "shop-04", "lang": "zh", "errors": [],
     "text": "该用户的第三位推荐是 Brewster Core 4 冷萃咖啡机（284.99 美元）。用户买过 Hearthly S10 "
             "滴滤咖啡机；如果没有这件购买，Core 4 会从第 3 位降到第 23 位。",
     "note": "[V2] dashboard. Rank 3; $284.99; verified counterfactual removes S10 Coffee Maker Drip, 3 -> 23."},
    {"case": "gift-04", "lang": "zh", "errors": ["counterfactual"],
     "text": "为你精选：Plaid Gift Box 礼品卡，排在你推荐的第 3 位；只要去掉你买过的 Ornament Tin 礼品卡，"
             "它就会掉到第 22 位。",
     "note": "[V3] newsletter. U counterfactual: the verified set is Ornament Tin, Red Gift Box Reveal and "
             "Birthday Cupcake Tin together (3 -> 22). True: rank 3, Ornament Tin history."},
    {"case": "shop-12", "lang": "zh", "errors": [],
     "text": "给你推荐 The Winter Mirror 小说。它是全店卖得最好的。你买过 Trailfox Go 11 滤水瓶。"
             "有 90 个人两样都买了。",
     "note": "[V1] easy-read. Novel; popularity rank 1; Go 11 history, co-purchase 90."},
    {"case": "mag-19", "lang": "zh", "errors": ["invented_event"],
     "text": "该用户的首推杂志是 Bonnier 的 B00005N7SC。该用户上个月订了 Hearst 的明星八卦杂志 B00079RO7G，"
             "买过它的顾客中有 5 位也买了 B00005N7SC。",
     "note": "[V2] dashboard. U invented_event: '上个月' (last month). True: rank 1, Bonnier; RO7G history "
             "(Hearst, Celebrities & Gossip), co-purchase 5."},
    {"case": "ml-09", "lang": "zh", "errors": [],
     "text": "为你精选：Back to the Future (1985)，共有 341 位用户评过分，"
             "评过你也评过的 Pulp Fiction 的用户中有 271 位也评了它。",
     "note": "[V3] newsletter. Popularity count 341; Pulp Fiction history, co-rating 271."},
    {"case": "shop-15", "lang": "zh", "errors": ["invented_attribute"],
     "text": "给你推荐 The Nordic Kitchen Cookbook 食谱。这是精装本。你买过 Hearthly Prime 11 玻璃水壶。"
             "有 13 个人两样都买了。",
     "note": "[V1] easy-read. U invented_attribute: '精装本' (hardcover), the title says Paperback. True: "
             "Cookbook, Prime 11 Kettle Glass history, co-purchase 13."},
    {"case": "gift-10", "lang": "zh", "errors": [],
     "text": "该顾客的首推是 Panera Bread 礼品卡，面值 25 美元，在全店礼品卡销量中排第十；"
             "顾客买过 SUBWAY 礼品卡，买过它的顾客中有 18 位也买了 Panera 卡。",
     "note": "[V2] dashboard. Rank 1; $25; popularity rank 10; SUBWAY history, co-purchase 18."},
    {"case": "shop-18", "lang": "zh", "errors": ["number_role"],
     "text": "为你精选：Hearthly Core 6 洋甘菊茶，只要 3.99 美元，买过你那台 Hearthly Prime 1 水壶的顾客中"
             "有 39 位也买了它。",
     "note": "[V3] newsletter. U number_role: the Prime 1 kettle co-purchase is 24; 39 is the Brewster S9's. "
             "True: Chamomile, $3.99, Prime 1 kettle history."},
    {"case": "mag-06", "lang": "zh", "errors": [],
     "text": "给你推荐 B00005N7SA。这是 Hearst 的交通行业杂志。你买过 B00007AVYI。"
             "没有它，这本杂志会从第 1 位掉到第 16 位。",
     "note": "[V1] easy-read. Hearst, Transportation; verified counterfactual removes AVYI, 1 -> 16."},
    {"case": "gift-06", "lang": "zh", "errors": ["superlative"],
     "text": "该顾客的首推是 Santa Tin 礼品卡（25 美元），是全店最畅销的礼品卡；"
             "顾客买过 Snowflake Tin 礼品卡，买过它的顾客中有 30 位也买了 Santa Tin。",
     "note": "[V2] dashboard. U superlative: '全店最畅销' but popularity rank 4. True: rank 1, $25, Snowflake "
             "Tin history, co-purchase 30."},
    {"case": "shop-22", "lang": "zh", "errors": [],
     "text": "为你精选：The Secret Orchard 平装小说，是你的首推，只要 9.99 美元，"
             "买过你那本 The Winter Mirror 的顾客中有 56 位也买了它。",
     "note": "[V3] newsletter. Rank 1; Paperback, Novel, $9.99; Winter Mirror history, co-purchase 56."},
    {"case": "ml-05", "lang": "zh", "errors": ["comparison"],
     "text": "给你推荐 Conspiracy Theory。你评过 Air Force One。Conspiracy Theory 比 Air Force One 晚一年上映。"
             "有 221 人两部都评过。",
     "note": "[V1] easy-read. U comparison: both titles are 1997, so 'one year later' is false. True: Air Force "
             "One history, co-rating 221."},
    {"case": "gift-11", "lang": "zh", "errors": [],
     "text": "该用户的首推是 Santa Tin 礼品卡，共有 64 位顾客买过；用户买过 200 美元的 Snowflake Tin 礼品卡，"
             "买过它的顾客中有 30 位也买了 Santa Tin。",
     "note": "[V2] dashboard. Rank 1; popularity count 64; Snowflake Tin history, $200, co-purchase 30."},
    {"case": "shop-24", "lang": "zh", "errors": ["counterfactual"],
     "text": "为你精选：Trailfox S5 1L 水瓶，排在你推荐的第 3 位；要是没有你买过的 Z10 750ml 水瓶，"
             "它就会掉出前十。",
     "note": "[V3] newsletter. U counterfactual: the bundle has no counterfactual. True: rank 3, Z10 750ml "
             "history."},
    {"case": "ml-10", "lang": "zh", "errors": [],
     "text": "给你推荐 Willy Wonka and the Chocolate Factory。你评过 Twelve Monkeys。有 321 人评过这部电影。",
     "note": "[V1] easy-read. Twelve Monkeys history; popularity count 321."},
    {"case": "gift-16", "lang": "zh", "errors": ["number_role"],
     "text": "该顾客的第三位推荐是 Starbucks 礼品卡，全店最畅销的礼品卡；顾客买过 Greeting Card 礼品卡，"
             "买过它的顾客中有 7 位也买了 Starbucks 卡。",
     "note": "[V2] dashboard. U number_role: the Greeting Card co-purchase is 10; 7 belongs to the Plaid Gift Box "
             "and the Snowflake Tin. True: rank 3, popularity rank 1, Greeting Card history."},
    {"case": "mag-08", "lang": "zh", "errors": [],
     "text": "为你精选：National Geographic 的历史杂志 B00005NIOH，排在你推荐的第 3 位，"
             "也是本店销量前十的杂志，共有 30 位顾客买过。",
     "note": "[V3] newsletter. Rank 3; National Geographic, History; popularity (30, rank 10)."},
    {"case": "shop-27", "lang": "zh", "errors": ["unknown_item"],
     "text": "给你推荐 Trailfox Pro 2 滤水瓶。你买过 Hydra Pro 5 水瓶。有 7 个人两样都买了。",
     "note": "[V1] easy-read. U unknown_item: 'Hydra Pro 5' for the Hydra Pro 4 Water Bottle (changed model "
             "number); 7 is the Pro 4's count. True: Pro 2 Filter."},
    {"case": "gift-23", "lang": "zh", "errors": [],
     "text": "该用户的首推是 Applebee's 礼品卡（50 美元）。用户买过 Outback Steakhouse 和 Red Robin 礼品卡；"
             "买过 Outback 卡的顾客中有 15 位也买了它。",
     "note": "[V2] dashboard. Rank 1; $50; Outback and Red Robin history; Outback co-purchase 15."},
    {"case": "mag-12", "lang": "zh", "errors": ["negation"],
     "text": "为你精选：Meredith 的育儿杂志 B000IJ84F6，排在你推荐的第 3 位；虽然你还没买过 Meredith 的杂志，"
             "但买过你那本 B01CF3ECNK 的顾客中有 5 位也买了它。",
     "note": "[V3] newsletter. U negation: B000FTJ7JQ and B01CF3ECNK in the history are Meredith magazines. "
             "True: rank 3, Meredith, Parenting & Families, ECNK co-purchase 5."},
    {"case": "shop-29", "lang": "zh", "errors": [],
     "text": "给你推荐 Trailfox Go 11 滤水瓶。它是全店卖得第二好的。你买过 Trailfox Air 5 保温水瓶。"
             "有二十一个人两样都买了。",
     "note": "[V1] easy-read. Filter; popularity rank 2; Air 5 Insulated history, co-purchase 21."},
    {"case": "gift-02", "lang": "zh", "errors": ["truncated"],
     "text": "该顾客的首推是 SUBWAY 礼品卡三张装（30 美元）。顾客买过 Starbucks 礼品卡四张装，"
             "买过它的顾客中有",
     "note": "[V2] dashboard. U truncated: cut off after '顾客中有'. The part shown is true: rank 1, Multipack "
             "of 3, $30, Starbucks Multipack of 4 history."},
    {"case": "ml-12", "lang": "zh", "errors": [],
     "text": "为你精选：To Kill a Mockingbird (1962)，排在你推荐的第 3 位，共有 216 位用户评过分，"
             "评过 Alien 的用户中有 128 位也评了它。",
     "note": "[V3] newsletter. Rank 3; popularity count 216; Alien (neighbour, so history) co-rating 128."},
    {"case": "mag-17", "lang": "zh", "errors": ["invented_attribute"],
     "text": "给你推荐 B00005N7QG。它是全店最畅销的杂志。每期都送菜谱卡。你买过 B000ILY9LW。"
             "有 17 个人两本都买了。",
     "note": "[V1] easy-read. U invented_attribute: '每期都送菜谱卡' (a free recipe card with every issue). "
             "True: popularity rank 1, ILY9LW history, co-purchase 17."},
]
