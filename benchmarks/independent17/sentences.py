"""Independent narration test set 17 (hand17): 100 hand-written "why recommended" texts, written as the outputs of
ten different prompt styles in a product team's A/B test, each labelled by hand against one bundle of
../independent/bundles.jsonl. Row i uses prompt (i - 1) % 10 + 1. ``errors`` empty = faithful. ``note`` starts with
the prompt number, then gives the facts (or the one wrong fact) that the label rests on. See README.md."""

SENTENCES = [
    # ---- English, rows 1-70 ----
    # row 1
    {"case": "shop-01", "lang": "en",
     "text": "We picked the Brewster X6 Espresso Roast beans for you because you bought the Brewster Core 4 cold "
             "brew maker.",
     "errors": [],
     "note": "[P1] Core 4 Coffee Maker Cold Brew is a history item (top weight 0.148); rec is X6 Coffee Beans "
             "Espresso Roast."},
    # row 2
    {"case": "gift-05", "lang": "en",
     "text": "Hi there! Since you picked up the Amazon Santa Tin gift card, we thought you'd love the Snowflake Tin "
             "card too, and it ships with free gift wrapping.",
     "errors": ["invented_attribute"],
     "note": "[P2] Santa Tin is a history item (top weight), rec is the Snowflake Tin; 'ships with free gift "
             "wrapping' is in no fact."},
    # row 3
    {"case": "mag-01", "lang": "en",
     "text": "Entertainment Weekly's B000IJ7RQ8 has been bought by 32 customers, and 4 of the people who bought "
             "your TV Guide magazine B000IOEJ8W bought it as well.",
     "errors": [],
     "note": "[P3] popularity count 32; B000IOEJ8W (brand TV Guide) is history with co-purchase count 4; rec brand "
             "Entertainment Weekly, Inc."},
    # row 4
    {"case": "ml-01", "lang": "en",
     "text": "The Game (1998) is recommended because you rated Conspiracy Theory and G.I. Jane, and 194 users who "
             "rated Contact also rated it.",
     "errors": ["unknown_item"],
     "note": "[P4] the rec is The Game (1997); '(1998)' changes the title. Conspiracy Theory and G.I. Jane are "
             "rated history items; Contact co-rating 194 is right."},
    # row 5
    {"case": "shop-03", "lang": "en",
     "text": "You bought the Trailfox Go 11 filter bottle, and 90 other Go 11 buyers also picked up The Winter "
             "Mirror, which is why the novel is your top recommendation.",
     "errors": [],
     "note": "[P5] Go 11 Water Bottle Filter is history (tied top weight) and neighbour with count 90; rec rank 1; "
             "category Novel."},
    # row 6
    {"case": "ml-03", "lang": "en",
     "text": "Recommendation: The Brothers McMullen (1995). Basis: you watched Citizen Kane, Grease and Primal "
             "Fear. 59 users who rated Fargo also rated this film.",
     "errors": ["verb"],
     "note": "[P6] 'watched' for the rating relation. The three films are the (tied) history items; Fargo co-rating "
             "59 is right."},
    # row 7
    {"case": "gift-09", "lang": "en",
     "text": "Shopping for the holidays? Thirty people who bought the Santa Tin gift card, as you did, also chose "
             "the Snowflake Tin card, your top pick.",
     "errors": [],
     "note": "[P7] Santa Tin is history, co-purchase count 30; rec Snowflake Tin (Happy Holidays design) at rank 1. "
             "The question is filler."},
    # row 8
    {"case": "shop-16", "lang": "en",
     "text": "Compared with the Solenne Neo 10 conditioner you bought, the Purelle Max 2 repair conditioner is a "
             "dollar cheaper at $10.99, and 12 Neo 10 buyers also bought it.",
     "errors": ["comparison"],
     "note": "[P8] Max 2 is $10.99 and the Neo 10 $9.99, so the Max 2 is a dollar dearer, not cheaper. Neo 10 is "
             "history with count 12 (right)."},
    # row 9
    {"case": "gift-22", "lang": "en",
     "text": "The Starbucks Gift Card is the best-selling gift card in our store, with 77 buyers, and it is your "
             "top recommendation.",
     "errors": [],
     "note": "[P9] popularity (77, rank 1); rec rank 1."},
    # row 10
    {"case": "shop-08", "lang": "en",
     "text": "What would change without your Purelle Prime 1 repair shampoo? The Solenne Neo 10 conditioner would "
             "fall from third place to 28th, so that shampoo is the main reason it's here.",
     "errors": ["counterfactual"],
     "note": "[P10] verified counterfactual: remove Prime 1 Shampoo Repair, rank 3 -> 82, not 28. Prime 1 is the "
             "top-weighted history item, rec rank 3 (right)."},
    # row 11
    {"case": "shop-11", "lang": "en",
     "text": "Since you bought the Purelle A8 day cream, it's time to restock the Air 9 kids' sunscreen you picked "
             "up before.",
     "errors": ["ownership"],
     "note": "[P1] the rec Air 9 Sunscreen Kids is called already bought; history is the A8 Face Cream Day and The "
             "Winter Mirror only."},
    # row 12
    {"case": "gift-01", "lang": "en",
     "text": "Thanks for shopping with us! Because you bought the IHOP e-gift card, we think the Buffalo Wild Wings "
             "e-gift card could be a tasty next pick.",
     "errors": [],
     "note": "[P2] IHOP Coffee Gift Cards (E-mail Delivery) is the top-weighted history item; rec Buffalo Wild "
             "Wings (E-mail Delivery). 'tasty next pick' is filler."},
    # row 13
    {"case": "shop-12", "lang": "en",
     "text": "The Winter Mirror has 351 buyers in our shop, and 15 people who bought your Trailfox Lite 10 running "
             "shoes also bought it.",
     "errors": ["wrong_item"],
     "note": "[P3] 15 is the X3 Running Socks Merino's count; the Lite 10 Running Shoes are history but have no "
             "co-purchase record. Popularity 351 is right."},
    # row 14
    {"case": "mag-03", "lang": "en",
     "text": "B00005N7PN, a Hearst home design magazine, is recommended because you bought B00005N7QW; 9 people who "
             "bought that title also bought B00005N7PN.",
     "errors": [],
     "note": "[P4] rec brand Hearst, Design & Decoration; B00005N7QW is history (top weight) with count 9."},
    # row 15
    {"case": "shop-15", "lang": "en",
     "text": "You bought the Hearthly Prime 11 glass kettle and the S8 green tea but no books yet, so The Nordic "
             "Kitchen Cookbook could be your first.",
     "errors": ["negation"],
     "note": "[P5] 'no books yet' is false: The Burning Tide: A Novel is in the history. Prime 11 Kettle Glass and "
             "S8 Tea Green are history (right)."},
    # row 16
    {"case": "gift-12", "lang": "en",
     "text": "Burger King Gift Card, $25. Position 3 in your recommendations. You bought the SUBWAY Gift Card; 16 "
             "SUBWAY card buyers also bought this card.",
     "errors": [],
     "note": "[P6] price 25.0; rec rank 3; SUBWAY is history with count 16."},
    # row 17
    {"case": "gift-17", "lang": "en",
     "text": "Remember the Plaid Gift Box card you ordered last Christmas? Fifteen people who bought it also picked "
             "up the Amazon Greeting Card gift card, which is now at the top of your list.",
     "errors": ["invented_event"],
     "note": "[P7] 'last Christmas' dates the purchase; no time is in the bundle. Plaid Gift Box is history with "
             "count 15; rec rank 1 (right)."},
    # row 18
    {"case": "shop-20", "lang": "en",
     "text": "Like the Kestrel S12 slim case you bought, the Lite 7 is a Kestrel slim phone case, and at $6.99 it "
             "costs just under half of the S12's $13.99.",
     "errors": [],
     "note": "[P8] S12 Phone Case Slim is history ($13.99); rec Lite 7 Phone Case Slim $6.99 (2 x 6.99 = 13.98). "
             "Shared brand and category, no similarity claim."},
    # row 19
    {"case": "shop-07", "lang": "en",
     "text": "The Purelle Air 9 kids' sunscreen is one of our five best-selling products, with 180 buyers, and 85 "
             "of them also bought the A8 day cream you own.",
     "errors": ["superlative"],
     "note": "[P9] popularity rank is 6, so 'one of our five best-selling' is false. Count 180 and A8 co-purchase "
             "85 are right."},
    # row 20
    {"case": "gift-02", "lang": "en",
     "text": "Your Starbucks four-pack and JCPenney gift card are what put the Subway three-pack at the top of your "
             "list. Without those two purchases, it would drop to 25th.",
     "errors": [],
     "note": "[P10] verified counterfactual: remove Starbucks Multipack of 4 and JCPenney, rank 1 -> 25."},
    # row 21
    {"case": "ml-07", "lang": "en",
     "text": "Toy Story (1995) tops your list mainly because you rated Star Wars (1977).",
     "errors": [],
     "note": "[P1] rec rank 1; Star Wars is the top-weighted history item (0.0810)."},
    # row 22
    {"case": "gift-20", "lang": "en",
     "text": "Hi! Since you sent an Amazon Greeting Card gift card to a friend, we thought the Plaid Gift Box card "
             "might make another lovely present.",
     "errors": ["invented_event"],
     "note": "[P2] 'sent ... to a friend' adds an event and a recipient; the bundle only says the Greeting Card was "
             "bought (top-weighted history item)."},
    # row 23
    {"case": "mag-04", "lang": "en",
     "text": "42 customers have bought the Hearst home design magazine B00005N7PN, and 12 of the people who bought "
             "your Meredith design title B00005N7OV bought it too.",
     "errors": [],
     "note": "[P3] popularity count 42; B00005N7OV (Meredith, Design & Decoration) is history with count 12."},
    # row 24
    {"case": "shop-24", "lang": "en",
     "text": "The Trailfox S5 1.5L water bottle is third on your list because you bought the Trailfox Z10 750ml "
             "bottle, and nine Z10 buyers also chose the S5.",
     "errors": ["unknown_item"],
     "note": "[P4] the rec is the Trailfox S5 Water Bottle 1L; '1.5L' changes the title. Rank 3, Z10 750ml history "
             "and count 9 are right."},
    # row 25
    {"case": "ml-11", "lang": "en",
     "text": "You rated The Edge, L.A. Confidential and In the Company of Men, which is why Cop Land (1997) heads "
             "your recommendations.",
     "errors": [],
     "note": "[P5] the three history items (all rated); rec rank 1."},
    # row 26
    {"case": "shop-23", "lang": "en",
     "text": "Recommended: Solenne Neo 10 Conditioner 250ml, $9.99. You bought the Purelle Flex 12 volume shampoo. "
             "14 Flex 12 buyers also bought the Neo 10.",
     "errors": ["number_role"],
     "note": "[P6] the Flex 12 Shampoo Volume's co-purchase count is 24; 14 belongs to the Max 1 Conditioner "
             "Smooth. Price and history are right."},
    # row 27
    {"case": "shop-29", "lang": "en",
     "text": "Need a bottle with a built-in filter? The Trailfox Go 11 is our second best-selling product, and 21 "
             "people who bought the Air 5 insulated bottle, as you did, also bought it.",
     "errors": [],
     "note": "[P7] rec Go 11 Water Bottle Filter; popularity rank 2; Air 5 Water Bottle Insulated is history with "
             "count 21."},
    # row 28
    {"case": "gift-11", "lang": "en",
     "text": "Compared with the $200 Snowflake Tin card you bought, the Santa Tin card is a much smaller spend at "
             "$25, the same price as your Forever 21 card, and 30 Forever 21 card buyers also picked it up.",
     "errors": ["number_role"],
     "note": "[P8] the Forever 21 card's co-purchase count is 1; 30 belongs to the Snowflake Tin. Both prices and "
             "the same-price comparison are right."},
    # row 29
    {"case": "ml-13", "lang": "en",
     "text": "Return of the Jedi (1983) is the third most-rated film on the site, with 498 ratings, and 469 of "
             "those come from people who also rated Star Wars, as you did.",
     "errors": [],
     "note": "[P9] popularity (498, rank 3); Star Wars is history and co-rating neighbour with 469."},
    # row 30
    {"case": "ml-12", "lang": "en",
     "text": "Your rating of The Manchurian Candidate (1962) carries the most weight here. Without it, To Kill a "
             "Mockingbird would fall out of your top ten.",
     "errors": ["counterfactual"],
     "note": "[P10] the bundle has no counterfactual, so the drop-out claim is invented. The Manchurian Candidate "
             "is the top-weighted history item (right)."},
    # row 31
    {"case": "mag-10", "lang": "en",
     "text": "We recommend Hearst's cooking magazine B00005N7QG because you bought B00005N7NP.",
     "errors": ["unknown_item"],
     "note": "[P1] the history item is B00005N7PN; 'B00005N7NP' is a mangled ASIN. Rec B00005N7QG (Hearst, Cooking, "
             "Food & Wine) is right."},
    # row 32
    {"case": "shop-18", "lang": "en",
     "text": "Hello! You bought the Hearthly Prime 1 kettle, so we think the Hearthly Core 6 chamomile tea would "
             "make a cosy addition to your cupboard.",
     "errors": [],
     "note": "[P2] Prime 1 Kettle 1.7L is the top-weighted history item; rec Core 6 Tea Chamomile. 'cosy addition' "
             "is filler."},
    # row 33
    {"case": "mag-14", "lang": "en",
     "text": "B00005N7PN has 42 buyers, and 16 of the people who bought your Trusted Media how-to magazine "
             "B00005N7Q1 are among them.",
     "errors": ["number_role"],
     "note": "[P3] B00005N7Q1's co-purchase count is 4; 16 belongs to B00005N7QG. Popularity 42 and Q1's brand and "
             "category are right."},
    # row 34
    {"case": "gift-06", "lang": "en",
     "text": "The Amazon Santa Tin gift card is your number one recommendation, largely because you bought the "
             "Snowflake Tin card; without that purchase it would fall to 27th.",
     "errors": [],
     "note": "[P4] rec rank 1; Snowflake Tin is the top-weighted history item; verified counterfactual: remove it, "
             "1 -> 27."},
    # row 35
    {"case": "ml-10", "lang": "en",
     "text": "You watched Twelve Monkeys and Star Trek: First Contact, so Willy Wonka and the Chocolate Factory is "
             "at the top of your list; 272 people who rated Star Wars also rated it.",
     "errors": ["verb"],
     "note": "[P5] 'watched' for the rating relation. Both films are history, rec rank 1, Star Wars co-rating 272 "
             "(right)."},
    # row 36
    {"case": "mag-07", "lang": "en",
     "text": "Recommended: B000LXHJFK, a Hearst men's fashion magazine. You bought B000IJ7RQ8 and B0037STB02. Four "
             "buyers of B000IJ7RQ8 and three buyers of B0037STB02 also bought B000LXHJFK.",
     "errors": [],
     "note": "[P6] rec brand Hearst, Fashion & Style / Men; both are history; counts 4 and 3."},
    # row 37
    {"case": "gift-23", "lang": "en",
     "text": "Ready for a night out? Reload with a fresh Applebee's gift card like the one you bought before; 15 "
             "Outback Steakhouse card buyers also picked it up.",
     "errors": ["ownership"],
     "note": "[P7] the rec Applebee's card is called already bought; it is not in the history. Outback count 15 is "
             "right."},
    # row 38
    {"case": "shop-27", "lang": "en",
     "text": "Compared with your Trailfox Go 11, the Pro 2 filter bottle is the same brand and the same price "
             "($18.99), and it costs a dollar more than the Hydra Pro 4 you also bought.",
     "errors": [],
     "note": "[P8] Go 11 (history) Trailfox $18.99; rec Pro 2 Trailfox $18.99; Hydra Pro 4 (history) $17.99."},
    # row 39
    {"case": "gift-24", "lang": "en",
     "text": "Applebee's is our sixth best-selling gift card, bought by 75 shoppers so far, and 15 people who "
             "bought your Outback Steakhouse card also chose it.",
     "errors": ["number_role"],
     "note": "[P9] popularity count is 57, not 75. Rank 6 and Outback count 15 are right."},
    # row 40
    {"case": "mag-02", "lang": "en",
     "text": "Three purchases drive this pick: the Hearst transportation magazine B00005N7SA, Bonnier's B00005N7SC "
             "and Trusted Media's B00005N7Q1. Without all three, the Condé Nast tech magazine B00005N7TL would drop "
             "from first to 30th.",
     "errors": [],
     "note": "[P10] verified counterfactual: remove all three history items, rank 1 -> 30; brands and categories "
             "from the catalogue."},
    # row 41
    {"case": "shop-21", "lang": "en",
     "text": "Nine people who bought the Zenova Flex 11 running shoes you own also bought the Trailfox Go 11 filter "
             "bottle.",
     "errors": [],
     "note": "[P1] Zenova Flex 11 Running Shoes Cushioned is history with co-purchase count 9; rec Go 11 Water "
             "Bottle Filter."},
    # row 42
    {"case": "shop-28", "lang": "en",
     "text": "Hi! Because you bought the Hearthly Prime 11 glass kettle, we think you'll enjoy the Hearthly A11 "
             "chamomile tea, which is certified organic.",
     "errors": ["invented_attribute"],
     "note": "[P2] 'certified organic' is in no fact. Prime 11 Kettle Glass is the top-weighted history item "
             "(right)."},
    # row 43
    {"case": "mag-12", "lang": "en",
     "text": "Ten buyers of your Meredith recipe magazine B000FTJ7JQ and five buyers of B01CF3ECNK also bought the "
             "parenting magazine B000IJ84F6.",
     "errors": [],
     "note": "[P3] B000FTJ7JQ (Meredith, Recipes) count 10 and B01CF3ECNK count 5, both history; rec category "
             "Parenting & Families."},
    # row 44
    {"case": "gift-14", "lang": "en",
     "text": "The Amazon Snowflake Tin gift card is our best-selling gift card, and seven people who bought your "
             "Red Gift Box Reveal card also bought it.",
     "errors": ["superlative"],
     "note": "[P4] popularity rank is 3, so 'our best-selling gift card' is false. Red Gift Box Reveal is history "
             "with count 7 (right)."},
    # row 45
    {"case": "shop-25", "lang": "en",
     "text": "You bought The Hidden House, and six other buyers of that novel also bought The Winter Mirror, our "
             "best-selling product.",
     "errors": [],
     "note": "[P5] The Hidden House: A Novel is history with count 6; rec popularity rank 1."},
    # row 46
    {"case": "ml-04", "lang": "en",
     "text": "Recommendation: Chasing Amy (1997), position 3. Ratings: 249 users. 167 users who rated Boogie Nights "
             "also rated Chasing Amy.",
     "errors": ["wrong_item"],
     "note": "[P6] 167 is Contact's co-rating count; Boogie Nights is a history item with no co-rating record. Rank "
             "3 and popularity 249 are right."},
    # row 47
    {"case": "gift-08", "lang": "en",
     "text": "Got a birthday coming up? The Panda Express Happy Birthday Hats e-gift card is third on your list, "
             "and three people who bought the Buffalo Wild Wings e-gift card, as you did, also bought it.",
     "errors": [],
     "note": "[P7] rec rank 3; Buffalo Wild Wings (E-mail Delivery) is history with count 3. The question is filler "
             "(the card design is Happy Birthday Hats)."},
    # row 48
    {"case": "shop-05", "lang": "en",
     "text": "The Solenne Neo 10 conditioner is $9.99, which is more than you paid for the Purelle Max 2 repair "
             "conditioner, and 24 buyers of your Flex 12 volume shampoo also bought it.",
     "errors": ["comparison"],
     "note": "[P8] the Max 2 Conditioner Repair (history) is $10.99, so $9.99 is less, not more. Flex 12 count 24 "
             "is right."},
    # row 49
    {"case": "mag-19", "lang": "en",
     "text": "Bonnier's B00005N7SC is our third best-selling magazine, with 42 buyers, and five of them also bought "
             "the Hearst celebrity magazine B00079RO7G that you own.",
     "errors": [],
     "note": "[P9] popularity (42, rank 3); B00079RO7G (Hearst, Celebrities & Gossip) is history with count 5."},
    # row 50
    {"case": "gift-04", "lang": "en",
     "text": "Your Ornament Tin, Red Gift Box Reveal and Birthday Cupcake Tin cards are why the Plaid Gift Box card "
             "sits third: without all three, it would slip to 22nd. It's also the best-selling gift card in our "
             "store.",
     "errors": ["superlative"],
     "note": "[P10] popularity rank is 7, so 'the best-selling gift card in our store' is false. The counterfactual "
             "(all three removed, rank 3 -> 22) is right."},
    # row 51
    {"case": "mag-16", "lang": "en",
     "text": "B00005NIOH would be your first history magazine, picked because you bought Kalmbach's nature title "
             "B00005N7PT.",
     "errors": ["negation"],
     "note": "[P1] B000FTJ7BE (category History) is in the history, so 'your first history magazine' is false. "
             "B00005N7PT (Kalmbach, Nature & Ecology) is the top-weighted history item (right)."},
    # row 52
    {"case": "gift-16", "lang": "en",
     "text": "Good news! Ten people who bought the Amazon Greeting Card gift card, just like you, also picked up "
             "the Starbucks Gift Card.",
     "errors": [],
     "note": "[P2] Greeting Card is history with co-purchase count 10."},
    # row 53
    {"case": "mag-11", "lang": "en",
     "text": "B00005N7PN has been bought by 42 customers, and 12 people who bought your Meredith design magazine "
             "B00005N7OV also",
     "errors": ["truncated"],
     "note": "[P3] cut off after 'also'. The part shown is true: popularity 42; B00005N7OV (Meredith, Design & "
             "Decoration) is history with count 12."},
    # row 54
    {"case": "gift-13", "lang": "en",
     "text": "Applebee's gift card ($50) is your top recommendation, mainly because you bought the Outback "
             "Steakhouse card; 15 Outback card buyers also bought Applebee's.",
     "errors": [],
     "note": "[P4] price 50.0; rec rank 1; Outback is the top-weighted history item with count 15."},
    # row 55
    {"case": "mag-09", "lang": "en",
     "text": "You've bought the Meredith recipe magazine B000FTJ7JQ every year since 2016, and 21 of its buyers "
             "also bought B01CF3ECNK, so it tops your list.",
     "errors": ["invented_event"],
     "note": "[P5] 'every year since 2016' invents a repeat and a date. B000FTJ7JQ is history with count 21; rec "
             "rank 1 (right)."},
    # row 56
    {"case": "gift-25", "lang": "en",
     "text": "Holiday Pop-Up Box gift card, $50. Ranked first for you. Basis: your Santa Smile Tin card purchase; 6 "
             "Santa Smile Tin buyers also bought it.",
     "errors": [],
     "note": "[P6] price 50.0; rec rank 1; Santa Smile Tin is the top-weighted history item with count 6."},
    # row 57
    {"case": "shop-02", "lang": "en",
     "text": "Heading out for a run? You have the Trailfox Go 11 and Pro 2 filter bottles but no running socks from "
             "us yet, and 61 Go 11 buyers also bought the Trailfox S5 1L bottle.",
     "errors": ["negation"],
     "note": "[P7] the Trailfox Max 8 Running Socks Ankle are in the history, so 'no running socks' is false. Go 11 "
             "count 61 is right."},
    # row 58
    {"case": "shop-14", "lang": "en",
     "text": "Compared with the Kestrel Pro 4 64GB you bought, the Zen 7 has twice the storage at 128GB and costs "
             "almost two hundred dollars less, at $256.99.",
     "errors": [],
     "note": "[P8] Pro 4 Smartphone 64GB (history) $452.99; rec Zen 7 Smartphone 128GB $256.99, $196 less."},
    # row 59
    {"case": "mag-08", "lang": "en",
     "text": "National Geographic's history magazine B00005NIOH is one of our ten best-selling magazines, and 30 "
             "buyers of your Condé Nast travel title B00005N7T5 also bought it.",
     "errors": ["number_role"],
     "note": "[P9] 30 is the rec's popularity count; B00005N7T5's co-purchase count is 3. 'one of our ten "
             "best-selling' is true at rank 10."},
    # row 60
    {"case": "ml-06", "lang": "en",
     "text": "In & Out (1997) is first on your list because of your ratings of The Full Monty, Boogie Nights and "
             "L.A. Confidential. Take away all three and it would drop to 22nd.",
     "errors": [],
     "note": "[P10] rec rank 1; verified counterfactual: remove all three history films, 1 -> 22."},
    # row 61
    {"case": "ml-08", "lang": "en",
     "text": "Butch Cassidy and the Sundance Kid is third on your list because you rated The Blues Brothers and The "
             "Sting.",
     "errors": [],
     "note": "[P1] rec rank 3; The Blues Brothers and The Sting are the two history items tied at the top (0.0840)."},
    # row 62
    {"case": "gift-18", "lang": "en",
     "text": "Hi there! Because you bought the Holiday Pop-Up Box gift card, we think you'll love the Holiday Sprig "
             "Box card, which comes with a free matching greeting card.",
     "errors": ["invented_attribute"],
     "note": "[P2] 'comes with a free matching greeting card' is in no fact. Holiday Pop-Up Box is the top-weighted "
             "history item (right)."},
    # row 63
    {"case": "gift-19", "lang": "en",
     "text": "Thirty buyers of the Snowflake Tin card and seventeen buyers of the Ornament Tin card, both of which "
             "you own, also bought the Santa Tin gift card.",
     "errors": [],
     "note": "[P3] both are history; counts 30 and 17."},
    # row 64
    {"case": "mag-20", "lang": "en",
     "text": "B00005N7QG, Hearst's recipe magazine, is due for another year: it's third on your list, and 16 buyers "
             "of your B00005N7PN also bought it.",
     "errors": ["ownership"],
     "note": "[P4] 'due for another year' presents the rec as a subscription the user already has; it is not in the "
             "history. Rank 3 and B00005N7PN count 16 are right."},
    # row 65
    {"case": "mag-15", "lang": "en",
     "text": "You bought Hearst's cooking magazine B00005N7QG, and 16 other buyers of it also bought the Hearst "
             "home design magazine B00005N7PN, your top recommendation.",
     "errors": [],
     "note": "[P5] B00005N7QG (Hearst, Cooking) is history with count 16; rec B00005N7PN (Hearst, Design & "
             "Decoration) rank 1."},
    # row 66
    {"case": "ml-15", "lang": "en",
     "text": "Recommended: Titanic (1997). You bought Amistad, Contact and Scream. 237 users who rated Contact also "
             "rated Titanic.",
     "errors": ["verb"],
     "note": "[P6] 'bought' for the rating relation. The three films are history; Contact co-rating 237 is right."},
    # row 67
    {"case": "mag-17", "lang": "en",
     "text": "Looking for something new to read in the kitchen? Hearst's recipe magazine B00005N7QG is our "
             "best-selling magazine, and 17 buyers of your women's health title B000ILY9LW also bought it.",
     "errors": [],
     "note": "[P7] popularity rank 1; B000ILY9LW (Hearst, Health / Women) is history with count 17. The question is "
             "filler."},
    # row 68
    {"case": "shop-30", "lang": "en",
     "text": "Like the Kestrel Air 5 memory card you bought, the Zen 7 smartphone is a Kestrel product, and its "
             "128GB is double the card's 64GB. It also comes with a free clear case.",
     "errors": ["invented_attribute"],
     "note": "[P8] 'comes with a free clear case' is in no fact. Air 5 Memory Card 64GB is history; brand and "
             "storage comparison are right."},
    # row 69
    {"case": "shop-22", "lang": "en",
     "text": "88 shoppers have bought The Secret Orchard, and 56 of them also bought The Winter Mirror, a novel you "
             "own too.",
     "errors": [],
     "note": "[P9] popularity count 88; The Winter Mirror (Novel) is history with count 56."},
    # row 70
    {"case": "shop-10", "lang": "en",
     "text": "Without your Purelle A8 day cream, the Core 5 kids' sunscreen would fall from first to 21st, so that "
             "one purchase is what puts it at the top.",
     "errors": ["counterfactual"],
     "note": "[P10] the verified removed set is the A8 Face Cream Day and the Air 9 Sunscreen Kids together; the "
             "text gives the A8 alone. Ranks 1 -> 21 are right."},
    # ---- Chinese, rows 71-100 ----
    # row 71
    {"case": "gift-19", "lang": "zh",
     "text": "你买过 Amazon Snowflake Tin 礼品卡，之前买过的 Santa Tin 礼品卡也可以再来一张。",
     "errors": ["ownership"],
     "note": "[P1] the rec Santa Tin is called already bought; history is the Snowflake Tin and Ornament Tin."},
    # row 72
    {"case": "gift-21", "lang": "zh",
     "text": "亲～因为您买过 JCPenney 电子礼品卡，所以给您推荐 Olive Garden 电子礼品卡，希望您喜欢！",
     "errors": [],
     "note": "[P2] JCPenney (E-mail Delivery) is the top-weighted history item; rec Olive Garden - E-mail Delivery."},
    # row 73
    {"case": "shop-26", "lang": "zh",
     "text": "Brewster Core 4 冷萃咖啡机共有 150 位顾客买过；买过你那台 Hearthly Pro 8 意式咖啡机的顾客中有 24 "
             "位也买了它。",
     "errors": ["number_role"],
     "note": "[P3] the Pro 8 Coffee Maker Espresso's count is 16; 24 belongs to the Brewster X9. Popularity 150 is "
             "right."},
    # row 74
    {"case": "shop-04", "lang": "zh",
     "text": "Brewster Core 4 冷萃咖啡机排在你推荐的第 3 位，主要因为你买过 Hearthly S10 滴滤咖啡机。",
     "errors": [],
     "note": "[P4] rec rank 3; S10 Coffee Maker Drip is the top-weighted history item."},
    # row 75
    {"case": "ml-07", "lang": "zh",
     "text": "你评过 Star Wars (1977)，评过它的用户中有 372 位也评了 Toy Story (1995)；Toy Story "
             "是全站评分人数最多的电影，排在你推荐的第一位。",
     "errors": ["superlative"],
     "note": "[P5] popularity rank is 8, so '全站评分人数最多' is false. Star Wars co-rating 372 and rec rank 1 are "
             "right."},
    # row 76
    {"case": "mag-18", "lang": "zh",
     "text": "推荐：B00005N7QG，Hearst 食谱杂志。依据：你买过 B00007BK3L 和 B00005N7U1；买过 B00005N7U1 的顾客中有 "
             "5 位也买了它。",
     "errors": [],
     "note": "[P6] rec brand Hearst, Cooking / Recipes; both are history; B00005N7U1 count 5."},
    # row 77
    {"case": "shop-22", "lang": "zh",
     "text": "还记得上个月买的 The Winter Mirror 吗？买过它的顾客中有 56 位也买了 The Secret Orchard 这本小说。",
     "errors": ["invented_event"],
     "note": "[P7] '上个月' (last month) dates the purchase; no time is in the bundle. Count 56 is right."},
    # row 78
    {"case": "shop-17", "lang": "zh",
     "text": "和你买过的 Brewster X2 咖啡豆（8.99 美元）相比，这款 Kettleworth A1 低因咖啡豆只要 6.99 "
             "美元，便宜两美元。",
     "errors": [],
     "note": "[P8] Brewster X2 Coffee Beans 1kg (history) $8.99; rec A1 Coffee Beans Decaf $6.99."},
    # row 79
    {"case": "shop-19", "lang": "zh",
     "text": "Lumetric Z1 透明手机壳是本店销量前十的商品，已有 40 位顾客买过，其中 13 位也买了你那款 Lumetric Zen 4 "
             "钢化膜。",
     "errors": ["superlative"],
     "note": "[P9] popularity rank is 59, so '本店销量前十' is false. Count 40 and Zen 4 co-purchase 13 are right."},
    # row 80
    {"case": "shop-06", "lang": "zh",
     "text": "要是没有买 Brewster Prime 12 鹅颈壶，Hearthly A2 早餐茶就会从你推荐的第 1 位掉到第 21 位。",
     "errors": [],
     "note": "[P10] verified counterfactual: remove Prime 12 Kettle Gooseneck, 1 -> 21."},
    # row 81
    {"case": "gift-07", "lang": "zh",
     "text": "因为你买过 Santa Smile Tin 礼品卡，为你首推 Ornament Tin 礼品卡。",
     "errors": [],
     "note": "[P1] Santa Smile Tin is the top-weighted history item; rec Ornament Tin at rank 1."},
    # row 82
    {"case": "gift-01", "lang": "zh",
     "text": "您好～您买过 IHOP 电子礼品卡，给您推荐 Buffalo Wild Wings 电子礼品卡，永久有效哦！",
     "errors": ["invented_attribute"],
     "note": "[P2] '永久有效' (never expires) is in no fact. IHOP (E-mail Delivery) is history (right)."},
    # row 83
    {"case": "shop-09", "lang": "zh",
     "text": "Brewster S9 玻璃水壶已有 170 位顾客买过，其中 43 位也买过你买的 Hearthly A6 早餐茶。",
     "errors": [],
     "note": "[P3] popularity count 170; A6 Tea Breakfast is history with count 43."},
    # row 84
    {"case": "mag-15", "lang": "zh",
     "text": "B00005N7PN 这本 Hearst 家居设计杂志是你的首推；买过你那本 Trusted Media 食谱杂志 B000INCK4I "
             "的顾客中有 6 位也买了它。",
     "errors": ["wrong_item"],
     "note": "[P4] B000INCK4I is history but has no co-purchase record; 6 belongs to B00005N7SG (a neighbour). Rank "
             "1 and the brands and categories are right."},
    # row 85
    {"case": "shop-02", "lang": "zh",
     "text": "你买过 Trailfox Go 11 和 Pro 2 滤水瓶，所以为你首推 Trailfox S5 1L 水瓶；买过 Go 11 的顾客中有 61 "
             "位也买了它。",
     "errors": [],
     "note": "[P5] both filter bottles are history; rec rank 1; Go 11 count 61."},
    # row 86
    {"case": "gift-13", "lang": "zh",
     "text": "推荐：Applebee's 礼品卡，50 美元。依据：你买过 Outback Steakhouse 和 Cheesecake Factory 礼品卡。",
     "errors": ["unknown_item"],
     "note": "[P6] no Cheesecake Factory card is in the bundle (the history has Cracker Barrel and Carrabba's). "
             "Price 50 and Outback are right."},
    # row 87
    {"case": "mag-13", "lang": "zh",
     "text": "想多学几道家常菜吗？你买过 Meredith 的食谱杂志 B000FTJ7JQ，买过它的顾客中有 21 位也买了同为食谱杂志的 "
             "B01CF3ECNK。",
     "errors": [],
     "note": "[P7] B000FTJ7JQ (Meredith, Recipes) is history with count 21; rec category Recipes & Techniques. The "
             "question is filler."},
    # row 88
    {"case": "gift-10", "lang": "zh",
     "text": "这张 Panera Bread 礼品卡 25 美元，比你买过的 SUBWAY 礼品卡便宜；买过 SUBWAY 礼品卡的顾客中有 18 "
             "位也买了它。",
     "errors": ["comparison"],
     "note": "[P8] the SUBWAY card is also $25, so '便宜' (cheaper) is false. Price 25 and SUBWAY count 18 are "
             "right."},
    # row 89
    {"case": "ml-05", "lang": "zh",
     "text": "Conspiracy Theory (1997) 共有 288 位用户评过分，其中 221 位也评过你评过的 Air Force One。",
     "errors": [],
     "note": "[P9] popularity count 288; Air Force One is history with co-rating count 221."},
    # row 90
    {"case": "mag-06", "lang": "zh",
     "text": "如果没有买 Hearst 交通行业杂志 B00007AVYI，B00005N7SA 会从你推荐的第 1 位降到第 6 位。",
     "errors": ["counterfactual"],
     "note": "[P10] verified counterfactual: remove B00007AVYI, 1 -> 16, not 6. The removed item and old rank are "
             "right."},
    # row 91
    {"case": "shop-14", "lang": "zh",
     "text": "要是没买 Kestrel Pro 4 64GB 手机，这款 Kestrel Zen 7 128GB 手机就进不了你的推荐前十。",
     "errors": ["counterfactual"],
     "note": "[P1] the bundle has no counterfactual, so the drop-out claim is invented. Pro 4 is the top-weighted "
             "history item (right)."},
    # row 92
    {"case": "gift-15", "lang": "zh",
     "text": "您好！您买过 Panera Bread 礼品卡，所以给您推荐 SUBWAY 礼品卡，祝您用餐愉快～",
     "errors": [],
     "note": "[P2] Panera Bread Gift Card is the top-weighted history item; rec SUBWAY Gift Card."},
    # row 93
    {"case": "mag-05", "lang": "zh",
     "text": "B00005N7QG 共有 56 位顾客买过；买过你那本 Meredith 育儿杂志 B000IJ84F6 的顾客中有 16 位也买了它。",
     "errors": ["number_role"],
     "note": "[P3] B000IJ84F6's count is 12; 16 belongs to B00005N7PN. Popularity 56 is right."},
    # row 94
    {"case": "shop-13", "lang": "zh",
     "text": "Hearthly A4 鹅颈壶是你的首推，主要因为你买过 Hearthly Zen 4 早餐茶；买过这款茶的顾客中有 69 "
             "位也买了它。",
     "errors": [],
     "note": "[P4] rec rank 1; Zen 4 Tea Breakfast is the top-weighted history item with count 69."},
    # row 95
    {"case": "gift-03", "lang": "zh",
     "text": "你买过的 Amazon Birthday Cupcake Tin 礼品卡是你唯一一张 Amazon 礼品卡；买过它的顾客中有 9 位也买了 "
             "Greeting Card 款 Amazon 礼品卡，所以推荐给你。",
     "errors": ["negation"],
     "note": "[P5] the Red Gift Box Reveal (brand Amazon) is also in the history, so '唯一一张 Amazon 礼品卡' is "
             "false. Cupcake Tin count 9 is right."},
    # row 96
    {"case": "mag-09", "lang": "zh",
     "text": "推荐：B01CF3ECNK（Meredith 食谱杂志），购买人数 22。依据：你买过 B000FTJ7JQ；买过该杂志的顾客中有 21 "
             "位也买了它。",
     "errors": [],
     "note": "[P6] rec Meredith, Recipes; popularity count 22; B000FTJ7JQ is history with count 21."},
    # row 97
    {"case": "ml-14", "lang": "zh",
     "text": "周末想挑部电影？评过 Il Postino 的用户中有 291 位也评了 Fargo (1996)，而你正好评过 Il Postino。",
     "errors": ["wrong_item"],
     "note": "[P7] Il Postino is history but has no co-rating record; 291 belongs to The Godfather."},
    # row 98
    {"case": "ml-15", "lang": "zh",
     "text": "和你评过的 Contact 一样，Titanic 也是 1997 年的电影；评过 Contact 的用户中有 237 位也评了 Titanic。",
     "errors": [],
     "note": "[P8] Contact (1997) is history with co-rating count 237; Titanic (1997)."},
    # row 99
    {"case": "ml-09", "lang": "zh",
     "text": "Back to the Future (1985) 共有 341 位用户评过分，在全站排第 20；看过 Star Wars 的用户中有 301 "
             "位也看了它。",
     "errors": ["verb"],
     "note": "[P9] '看过 … 也看了' for the co-rating relation. Count 341, rank 20 and Star Wars co-rating 301 are "
             "right."},
    # row 100
    {"case": "ml-02", "lang": "zh",
     "text": "如果去掉你对 The Magnificent Seven 和 True Romance 的评分，GoodFellas 会从你推荐的第 1 位降到第 19 "
             "位。",
     "errors": [],
     "note": "[P10] verified counterfactual: remove both films, 1 -> 19."},
]
