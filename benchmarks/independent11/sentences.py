"""Independent narration test set 11 (hand11): 100 hand-written, hand-labelled recommendation reasons.

Each entry explains one bundle of ../independent/bundles.jsonl. ``errors`` is empty for a faithful sentence and
otherwise lists the error kinds (the rubric of ../independent/README.md, plus ``comparison`` as in independent2 and
later sets). The sentences mix three registers: a shopping assistant answering "why are you recommending this to
me?", the plain one-sentence output of a small instruction-tuned model, and a short line under a product tile; the
Chinese ones are written as a Chinese shopping app or assistant would. Each note names the register and the facts
(or the one wrong fact) the label rests on.

Build: ``python3 benchmarks/independent4/build.py benchmarks/independent11 i11 hand11`` from the repository root.
"""

SENTENCES = [
    {"case": "shop-02", "lang": "en",
     "text": ("Good question — it's down to the two filter bottles you bought, the Trailfox Go 11 and the Pro 2. If "
              "neither were in your history, the S5 1L bottle wouldn't be first for you; it would fall to 121st."),
     "errors": [],
     "note": "Chat voice. Verified counterfactual: removing Go 11 + Pro 2 (full set) moves rank 1 to 121."},
    {"case": "shop-03", "lang": "en",
     "text": ("Picked for you: The Winter Mirror (hardcover). 90 shoppers who bought the Purelle Air 9 kids' "
              "sunscreen, like you, bought it too."),
     "errors": ["number_role"],
     "note": "Tile. Air 9 sunscreen's co-purchase count is 49; 90 belongs to the Go 11 bottle."},
    {"case": "shop-04", "lang": "en",
     "text": ("The Brewster Core 4 Coffee Maker Cold Brew is recommended because you bought the Hearthly S10 Coffee "
              "Maker Drip; without that purchase it would fall from third to 23rd."),
     "errors": [],
     "note": "Small-LM voice. Verified counterfactual: Hearthly S10 removed, old rank 3, new rank 23."},
    {"case": "shop-06", "lang": "en",
     "text": ("It's mostly the Brewster Prime 12 gooseneck kettle you bought. Without it, the Hearthly A2 breakfast "
              "tea would only slip one place, to second."),
     "errors": ["counterfactual"],
     "note": "Chat voice. Right removed item (the kettle), but the verified new rank is 21, not 2."},
    {"case": "shop-07", "lang": "en",
     "text": "Fans of the Purelle A8 day cream also got this — 85 of them picked up the Air 9 kids' sunscreen.",
     "errors": [],
     "note": "Tile. A8 Face Cream Day co-purchase count 85; rec is Purelle Air 9 Sunscreen Kids."},
    {"case": "shop-08", "lang": "en",
     "text": ("It's mainly the Purelle Prime 1 Repair shampoo you bought. Take that one purchase away and the "
              "Solenne Neo 10 conditioner would drop from third on your list to 82nd."),
     "errors": [],
     "note": "Chat voice. Prime 1 is the top-weighted item and the verified one-item removed set; old 3, new 82."},
    {"case": "shop-09", "lang": "en",
     "text": ("The Brewster S9 Kettle Glass is recommended because you bought the Hearthly A6 Tea Breakfast, and it "
              "has a keep-warm setting for your tea."),
     "errors": ["invented_attribute"],
     "note": "Small-LM voice. A6 tea is the top-weighted history item; the keep-warm setting is in no fact."},
    {"case": "shop-10", "lang": "en",
     "text": ("The Purelle Core 5 Sunscreen Kids is recommended because you bought the Purelle A8 Face Cream Day; "
              "without that one item it would rank 21st instead of first."),
     "errors": ["counterfactual"],
     "note": "Small-LM voice. The verified set is A8 day cream + Air 9 sunscreen; removing A8 alone is not verified."},
    {"case": "shop-11", "lang": "en",
     "text": ("Recommended for you: Purelle Air 9 Sunscreen Kids, $8.99. 49 shoppers who bought The Winter Mirror, "
              "like you, added it too."),
     "errors": [],
     "note": "Tile. Price 8.99; The Winter Mirror is a history item with co-purchase count 49."},
    {"case": "shop-12", "lang": "en",
     "text": ("The Winter Mirror: A Novel is recommended because it is the best-selling product in the store, and "
              "90 customers who bought the Trailfox Go 11 Water Bottle Filter also bought it."),
     "errors": [],
     "note": "Small-LM voice. Popularity rank 1 (351 buyers); Go 11 co-purchase count 90. Rec rank (3) not stated."},
    {"case": "shop-14", "lang": "en",
     "text": ("Because you've already got a Kestrel phone, the Pro 4. The Zen 7 128GB costs a little more than the "
              "Pro 4, but you'd double your storage."),
     "errors": ["comparison"],
     "note": ("Chat voice. Zen 7 is 256.99, Pro 4 is 452.99, so 'costs a little more' is false. 64GB to 128GB is "
              "from the titles.")},
    {"case": "shop-15", "lang": "en",
     "text": ("Picked for you because you bought the Hearthly Prime 11 glass kettle — 13 of its buyers also picked "
              "up The Nordic Kitchen Cookbook."),
     "errors": [],
     "note": "Tile. Prime 11 Kettle Glass is the top history item, co-purchase count 13."},
    {"case": "shop-16", "lang": "en",
     "text": ("The Purelle Max 2 Conditioner Repair is recommended because you bought the Purelle Flex 12 Shampoo "
              "Volume, and it is one of the twenty best-selling products in the shop."),
     "errors": ["superlative"],
     "note": "Small-LM voice. Popularity rank is 107 (26 buyers), not within the top twenty."},
    {"case": "shop-18", "lang": "en",
     "text": ("Good question! The purchase that counts most here is your Hearthly Prime 1 kettle — 24 people who "
              "bought it also bought the Core 6 chamomile tea. And the tea is only $3.99."),
     "errors": [],
     "note": ("Chat voice. Prime 1 Kettle is top-weighted, co-purchase count 24; rec Hearthly Core 6 Tea Chamomile "
              "at 3.99.")},
    {"case": "shop-20", "lang": "en",
     "text": ("The Kestrel Lite 7 Phone Case Slim is recommended as your third choice because you bought the "
              "Kestrel S12 Phone Case Slim, and at $6.99 it is cheaper than that case."),
     "errors": [],
     "note": "Small-LM voice. Rank 3; S12 is the top history item; 6.99 < 13.99, a true comparison."},
    {"case": "shop-21", "lang": "en",
     "text": ("You've bought the Zenova Flex 11 running shoes, but nothing from Trailfox yet — so we're starting "
              "you off with the Go 11 filter bottle, our second best-selling product."),
     "errors": ["negation"],
     "note": ("Chat voice. The Trailfox Zen 7 Running Socks are in the history, so 'nothing from Trailfox' is "
              "false. Popularity rank 2 and rec rank 1 are right.")},
    {"case": "shop-22", "lang": "en",
     "text": ("Sure — you bought The Winter Mirror, and 56 of its buyers also picked up The Secret Orchard. It's "
              "the paperback, $9.99."),
     "errors": [],
     "note": "Chat voice. Winter Mirror is a history item, co-purchase count 56; rec is the paperback at 9.99."},
    {"case": "shop-23", "lang": "en",
     "text": ("The Solenne Neo 10 Conditioner 250ml is recommended because you regularly reorder the Purelle Flex "
              "12 Shampoo Volume, and 24 customers bought both."),
     "errors": ["invented_event"],
     "note": "Small-LM voice. Flex 12 is a history item with count 24; 'regularly reorder' invents repeat purchases."},
    {"case": "shop-24", "lang": "en",
     "text": ("It's a few things, really: you bought the Trailfox Z10 750ml bottle, and 30 people who bought that "
              "bottle also bought the S5 1L. That's why it's third on your list."),
     "errors": ["number_role"],
     "note": "Chat voice. Z10's co-purchase count is 9; 30 belongs to The Winter Mirror. Rank 3 is right."},
    {"case": "shop-25", "lang": "en",
     "text": ("It's partly your reading — you bought The Hidden House, and 6 of its buyers also bought The Winter "
              "Mirror. On top of that, it's the best-selling item in our whole shop, with 351 buyers."),
     "errors": [],
     "note": "Chat voice. Hidden House (novel) is top-weighted, count 6; popularity (351, rank 1)."},
    {"case": "shop-26", "lang": "en",
     "text": ("Brewster Core 4 Cold Brew — 16 shoppers who bought the Stride Go 1 running shoes, like you, also "
              "bought it."),
     "errors": ["wrong_item"],
     "note": ("Tile. Stride Go 1 is a history item without a co-purchase record; 16 belongs to the Hearthly Pro 8 "
              "espresso maker.")},
    {"case": "shop-28", "lang": "en",
     "text": ("The Hearthly A11 Tea Chamomile is recommended as your third pick because you bought the Hearthly "
              "Prime 11 Kettle Glass and the Hearthly A4 Kettle Gooseneck."),
     "errors": [],
     "note": "Small-LM voice. Rank 3; the two top-weighted history items."},
    {"case": "shop-29", "lang": "en",
     "text": "Bought the Trailfox Neo 5 running socks? 12 shoppers who did also got the Go 11 filter bottle.",
     "errors": ["unknown_item"],
     "note": ("Tile. The history item is the Trailfox Neo 3 Running Socks 3-Pack (count 12); 'Neo 5' is a changed "
              "title.")},
    {"case": "shop-30", "lang": "en",
     "text": ("Partly because of your Kestrel Air 5 64GB memory card: 23 people who bought that card also bought "
              "the Kestrel Zen 7 128GB. It's also our fourth best-selling product."),
     "errors": [],
     "note": "Tile. Air 5 Memory Card is a history item, count 23; popularity rank 4."},
    {"case": "gift-01", "lang": "en",
     "text": ("The Buffalo Wild Wings e-mail gift card is recommended because you bought the IHOP e-mail gift card, "
              "and its balance can be topped up online at any time."),
     "errors": ["invented_attribute"],
     "note": "Small-LM voice. IHOP e-mail card is the top history item; top-ups are in no fact."},
    {"case": "gift-02", "lang": "en",
     "text": ("Good question! It comes down to two cards you bought, the Starbucks four-pack and the JCPenney gift "
              "card. Without both of them, the Subway three-pack would slide from first to 25th."),
     "errors": [],
     "note": "Chat voice. Verified counterfactual: Starbucks Multipack of 4 + JCPenney removed, 1 -> 25."},
    {"case": "gift-04", "lang": "en",
     "text": ("The Amazon.com Gift Card in a Plaid Gift Box is recommended because you bought the Ornament Tin, Red "
              "Gift Box Reveal and Birthday Cupcake Tin cards; without those three it would fall from third to 12th."),
     "errors": ["counterfactual"],
     "note": "Small-LM voice. Right three-card set and old rank 3, but the verified new rank is 22, not 12."},
    {"case": "gift-05", "lang": "en",
     "text": ("Because of your Santa Tin card, mostly. 30 people who bought that one also picked up the Snowflake "
              "Tin, which is $200."),
     "errors": [],
     "note": "Chat voice. Santa Tin is top-weighted, co-purchase count 30; rec Snowflake Tin at 200."},
    {"case": "gift-06", "lang": "en",
     "text": ("The Amazon.com Gift Card in a Santa Tin is recommended because you bought the Snowflake Tin gift "
              "card; without that purchase it would rank 27th instead of 1st."),
     "errors": [],
     "note": "Small-LM voice. Verified counterfactual: Snowflake Tin removed, 1 -> 27."},
    {"case": "gift-08", "lang": "en",
     "text": ("It's third on your list mostly thanks to the Buffalo Wild Wings e-mail card you bought. Without that "
              "one, the Panda Express Happy Birthday Hats card would slip to 11th, just outside your top ten."),
     "errors": [],
     "note": ("Chat voice. Verified counterfactual: Buffalo Wild Wings removed, 3 -> 11; it is also the "
              "top-weighted item.")},
    {"case": "gift-09", "lang": "en",
     "text": ("For you: the $200 Snowflake Tin card — same price as the Santa Tin card you bought, and 30 Santa Tin "
              "buyers also got one."),
     "errors": ["comparison"],
     "note": "Tile. The Santa Tin card costs 25, not 200. The count 30 is right."},
    {"case": "gift-10", "lang": "en",
     "text": ("Mostly because you picked up SUBWAY and Starbucks gift cards last month, so the Panera Bread card is "
              "our first pick for you."),
     "errors": ["invented_event"],
     "note": ("Chat voice. SUBWAY and Starbucks are the two top history items; 'last month' is an invented time. "
              "Rank 1 is right.")},
    {"case": "gift-11", "lang": "en",
     "text": ("It's mainly the Snowflake Tin card you bought — without it, the Santa Tin card wouldn't even make "
              "your top ten."),
     "errors": ["counterfactual"],
     "note": "Chat voice. gift-11 has no counterfactual (gift-06, a similar bundle, does)."},
    {"case": "gift-13", "lang": "en",
     "text": ("The Applebee's Gift Card is recommended because you bought the Outback Steakhouse Gift Card, and 15 "
              "customers bought both cards."),
     "errors": [],
     "note": "Small-LM voice. Outback is top-weighted, co-purchase count 15."},
    {"case": "gift-14", "lang": "en",
     "text": ("The $200 Snowflake Tin card — 7 buyers each of the Red Gift Box Reveal, Santa Smile Tin and "
              "Starbucks cards, all of which you own, got it too."),
     "errors": [],
     "note": "Tile. All three history cards have co-purchase count 7; price 200."},
    {"case": "gift-15", "lang": "en",
     "text": ("The SUBWAY Gift Card is recommended because you bought the Panera Bread Gift Card, and 18 customers "
              "who bought the Panera"),
     "errors": ["truncated"],
     "note": "Small-LM voice, cut off mid-clause. The part shown is true (Panera count 18)."},
    {"case": "gift-16", "lang": "en",
     "text": ("It's the most popular gift card we carry, with 77 buyers, and 10 people who bought the Greeting Card "
              "gift card — which you have — also bought it. The Starbucks card comes in at number three on your "
              "list."),
     "errors": [],
     "note": "Chat voice. Popularity (77, rank 1); Greeting Card count 10; rec rank 3."},
    {"case": "gift-17", "lang": "en",
     "text": "Buy it again: the Amazon.com Gift Card in a Greeting Card. 15 Plaid Gift Box buyers also picked it up.",
     "errors": ["ownership"],
     "note": "Tile. 'Buy it again' says the recommended card was bought before. Plaid Gift Box count 15 is right."},
    {"case": "gift-18", "lang": "en",
     "text": ("The Amazon.com Gift Card in a Holiday Sprig Box is recommended because you bought the Holiday Pop-Up "
              "Box gift card, and 5 customers bought both."),
     "errors": [],
     "note": "Small-LM voice. Pop-Up Box is top-weighted, count 5."},
    {"case": "gift-20", "lang": "en",
     "text": ("Plaid Gift Box card, a bit pricier at $25 — 15 buyers of the Greeting Card gift card you bought also "
              "got it."),
     "errors": ["comparison"],
     "note": "Tile. Plaid Gift Box is 25, the Greeting Card is 40: not pricier. Count 15 is right."},
    {"case": "gift-22", "lang": "en",
     "text": "Our best-selling gift card — and 24 SUBWAY card buyers, like you, also picked up a Starbucks card.",
     "errors": [],
     "note": "Tile. Popularity rank 1 (77); SUBWAY is a history item with count 24."},
    {"case": "gift-23", "lang": "en",
     "text": ("Because you've bought Outback Steakhouse and Red Robin cards — though never a SUBWAY one — our first "
              "suggestion is the $50 Applebee's card."),
     "errors": ["negation"],
     "note": "Chat voice. The SUBWAY Gift Card is in the history. Rank 1 and price 50 are right."},
    {"case": "gift-24", "lang": "en",
     "text": ("The Applebee's Gift Card is recommended third because you bought the Outback Steakhouse Gift Card "
              "and the SUBWAY Gift Card, and 14 SUBWAY card buyers also bought it."),
     "errors": [],
     "note": "Small-LM voice. Rank 3; the two top history items; SUBWAY count 14."},
    {"case": "gift-25", "lang": "en",
     "text": "Because you bought the Holiday Spring Box card: 5 of its buyers also got the Holiday Pop-Up Box.",
     "errors": ["unknown_item"],
     "note": "Tile. The history card is the Holiday Sprig Box (count 5); 'Holiday Spring Box' is a changed title."},
    {"case": "mag-01", "lang": "en",
     "text": ("B000IJ7RQ8 from Entertainment Weekly — one of our ten best-selling magazines, and four buyers of the "
              "TV Guide title B000IOEJ8W, which you have, got it too."),
     "errors": [],
     "note": ("Tile. Rec brand Entertainment Weekly; popularity rank 7; B000IOEJ8W (brand TV Guide) is a history "
              "item, count 4.")},
    {"case": "mag-02", "lang": "en",
     "text": ("B00005N7TL is recommended because you bought B00005N7SA, B00005N7SC and B00005N7Q1; without these "
              "three magazines it would rank 30th instead of 1st."),
     "errors": [],
     "note": "Small-LM voice. Verified counterfactual: all three removed, 1 -> 30."},
    {"case": "mag-04", "lang": "en",
     "text": ("B00005N7PN, picked for you because of B00005N7OV, B000ILY9LW and B000FTJ7JQ — without those three it "
              "wouldn't make your top ten."),
     "errors": [],
     "note": "Tile. Verified counterfactual: the full three-item set, new rank 15 (> 10)."},
    {"case": "mag-05", "lang": "en",
     "text": ("Good question — 16 people who bought B000IJ84F6, the Meredith parenting magazine you have, also "
              "bought B00005N7QG, our best-selling magazine."),
     "errors": ["number_role"],
     "note": "Chat voice. B000IJ84F6's count is 12; 16 belongs to B00005N7PN. Popularity rank 1 is right."},
    {"case": "mag-06", "lang": "en",
     "text": ("It really comes down to B00007AVYI, the Hearst transportation trade magazine you bought. Without it, "
              "B00005N7SA would drop from first place to 16th."),
     "errors": [],
     "note": "Chat voice. Verified counterfactual: B00007AVYI (Hearst, Transportation) removed, 1 -> 16."},
    {"case": "mag-07", "lang": "en",
     "text": ("B000LXHJFK is recommended because you bought B000IJ7RQ8, and this Hearst men's fashion magazine is "
              "delivered every two weeks."),
     "errors": ["invented_attribute"],
     "note": ("Small-LM voice. Brand and category (Fashion & Style / Men) are right; the issue frequency is in no "
              "fact.")},
    {"case": "mag-08", "lang": "en",
     "text": ("B00005NIOH is recommended because it is the best-selling magazine in the store and you bought "
              "B00005N7T5."),
     "errors": ["superlative"],
     "note": "Small-LM voice. Popularity rank is 10, not 1."},
    {"case": "mag-10", "lang": "en",
     "text": ("Good question! It's our best-selling magazine, and 16 people who bought B00005N7PN — which you have "
              "— bought B00005N7QG too."),
     "errors": [],
     "note": "Chat voice. Popularity rank 1; B00005N7PN count 16."},
    {"case": "mag-12", "lang": "en",
     "text": ("Since you already get B000IJ84F6, Meredith's parenting magazine, along with their recipe title "
              "B000FTJ7JQ, it's third on your list."),
     "errors": ["ownership"],
     "note": ("Chat voice. B000IJ84F6 is the recommended item, called already owned. B000FTJ7JQ is a Meredith "
              "recipe title in the history; rank 3 is right.")},
    {"case": "mag-13", "lang": "en",
     "text": ("B01CF3ECNK is recommended because you bought B000FTJ7JQ, another Meredith recipe magazine, and 21 "
              "customers bought both."),
     "errors": [],
     "note": "Small-LM voice. Both are Meredith Recipes & Techniques titles; count 21."},
    {"case": "mag-14", "lang": "en",
     "text": "Because you bought B00005N7QG, the Hearst recipe magazine, we picked B00005N7PN — 16 of its",
     "errors": ["truncated"],
     "note": "Tile, cut off. The part shown is true (QG is top-weighted, Hearst recipes, count 16)."},
    {"case": "mag-15", "lang": "en",
     "text": "B00005N7PN: readers of B00005N7GQ, like you, also bought this — 16 of them.",
     "errors": ["unknown_item"],
     "note": "Tile. The history ASIN is B00005N7QG (count 16); B00005N7GQ is a mangled ASIN."},
    {"case": "mag-16", "lang": "en",
     "text": ("It's a new direction for you: you haven't bought any history magazines yet, but B00005NIOH from "
              "National Geographic is number three on your list."),
     "errors": ["negation"],
     "note": "Chat voice. B000FTJ7BE in the history is filed under History. Brand and rank 3 are right."},
    {"case": "mag-17", "lang": "en",
     "text": ("B00005N7QG is recommended because it is the best-selling magazine in the store, and 17 customers who "
              "bought B000ILY9LW also bought it."),
     "errors": [],
     "note": "Small-LM voice. Popularity rank 1; B000ILY9LW count 17."},
    {"case": "mag-20", "lang": "en",
     "text": ("No. 3 for you: B00005N7QG. You've bought B00005N7PN two years running, and 16 of its buyers also got "
              "this."),
     "errors": ["invented_event"],
     "note": "Tile. PN is a history item (count 16); 'two years running' is invented. Rank 3 is right."},
    {"case": "ml-01", "lang": "en",
     "text": "Because you rated Contact (1997): 194 people who rated it also rated The Game (1997).",
     "errors": [],
     "note": "Tile. Contact is a history film with co-rating count 194."},
    {"case": "ml-02", "lang": "en",
     "text": ("GoodFellas (1990) is recommended because you rated The Magnificent Seven (1954) and True Romance "
              "(1993); without those two ratings it would rank 19th instead of first."),
     "errors": [],
     "note": "Small-LM voice. Verified counterfactual: both removed, 1 -> 19."},
    {"case": "ml-04", "lang": "en",
     "text": ("You've watched Everyone Says I Love You, Boogie Nights and Fallen. Without those three, Chasing Amy "
              "wouldn't be number three for you — it would fall out of your top ten."),
     "errors": ["verb"],
     "note": "Chat voice. 'watched' for ratings. The counterfactual (full set, 3 -> 11) is right."},
    {"case": "ml-05", "lang": "en",
     "text": "221 people who rated Air Force One, like you, also rated Conspiracy Theory (1997).",
     "errors": [],
     "note": "Tile. Air Force One is top-weighted, co-rating count 221."},
    {"case": "ml-06", "lang": "en",
     "text": ("It's those three ratings of yours — The Full Monty, Boogie Nights and L.A. Confidential. Without all "
              "three, In & Out would fall from the top spot to 22nd."),
     "errors": [],
     "note": "Chat voice. Verified counterfactual: the full three-film set, 1 -> 22."},
    {"case": "ml-08", "lang": "en",
     "text": ("Butch Cassidy and the Sundance Kid (1969) is recommended because you rated The Sting (1973), and 177 "
              "users rated both films."),
     "errors": ["wrong_item"],
     "note": "Small-LM voice. The Sting has no co-rating record; 177 belongs to Raiders of the Lost Ark."},
    {"case": "ml-09", "lang": "en",
     "text": "Because you bought Pulp Fiction: 271 other buyers also got Back to the Future (1985).",
     "errors": ["verb"],
     "note": "Tile. 'bought' / 'buyers' for MovieLens ratings. Pulp Fiction count 271 is right."},
    {"case": "ml-11", "lang": "en",
     "text": "Cop Land (1997) is recommended because you rated The Edge (1997) and L.A. Confidential (1997).",
     "errors": [],
     "note": "Small-LM voice. The two top-weighted history films."},
    {"case": "ml-12", "lang": "en",
     "text": ("To Kill a Mockingbird is my top recommendation for you, because you rated The Manchurian Candidate — "
              "another film from 1962."),
     "errors": ["superlative"],
     "note": ("Chat voice. Rec rank is 3, not top. The Manchurian Candidate (1962) is top-weighted; the year is in "
              "both titles.")},
    {"case": "ml-13", "lang": "en",
     "text": "Because you rated Star Wars: 338 people who rated it also rated Return of the Jedi (1983).",
     "errors": ["number_role"],
     "note": "Tile. Star Wars co-rating count is 469; 338 belongs to Fargo."},
    {"case": "ml-15", "lang": "en",
     "text": "Titanic (1997) is recommended because you rated Amistad (1997), and 210 users rated both films.",
     "errors": ["wrong_item"],
     "note": "Small-LM voice. Amistad has no co-rating record; 210 belongs to Scream."},
    {"case": "shop-01", "lang": "zh",
     "text": ("为你推荐：Brewster X6 意式烘焙咖啡豆。买过 Brewster Core 4 冷萃咖啡机的顾客中，有 38 "
              "位也买了它，你也买过这台咖啡机。"),
     "errors": [],
     "note": "Tile. Core 4 Cold Brew is top-weighted, count 38; Espresso Roast = 意式烘焙."},
    {"case": "shop-02", "lang": "zh",
     "text": ("为什么推荐这个？主要是因为你买过 Trailfox Go 11 滤水瓶——如果没有这一件，这款 S5 1L "
              "水瓶会从第一位掉到第 121 位。"),
     "errors": ["counterfactual"],
     "note": "Assistant. The verified set is Go 11 + Pro 2; Go 11 alone is not verified."},
    {"case": "shop-05", "lang": "zh",
     "text": ("推荐 Solenne Neo 10 护发素 250ml，因为你买过 Purelle Max 2 修护护发素，买过它的顾客中有 24 "
              "位也买了这款。"),
     "errors": ["wrong_item"],
     "note": "Small-LM voice. Max 2 Conditioner Repair has no co-purchase record; 24 belongs to the Flex 12 shampoo."},
    {"case": "shop-10", "lang": "zh",
     "text": ("推荐 Purelle Core 5 儿童防晒霜，因为你买过 Purelle A8 日霜和 Air 9 "
              "儿童防晒霜；如果没有这两件，它会从第一位降到第 21 位。"),
     "errors": [],
     "note": "Small-LM voice. Verified counterfactual: A8 + Air 9 removed, 1 -> 21."},
    {"case": "shop-13", "lang": "zh",
     "text": ("为什么推荐这把 Hearthly A4 鹅颈壶？因为它在本店销量排第五，而且买过 Hearthly Zen 4 早餐茶的顾客中有 "
              "69 位也买了它。"),
     "errors": [],
     "note": "Assistant. Popularity rank 5; Zen 4 Tea Breakfast count 69."},
    {"case": "shop-17", "lang": "zh",
     "text": "为你推荐：Kettleworth A1 低因咖啡豆，全店销量前十，仅 6.99 美元。因为你买过 Casaro X12 胶囊咖啡机。",
     "errors": ["superlative"],
     "note": "Tile. Popularity rank is 16, not top ten. X12 is top-weighted; price 6.99 right."},
    {"case": "shop-19", "lang": "zh",
     "text": ("猜你喜欢：Lumetric Z1 透明手机壳。你买过同品牌的 Zen 4 钢化膜，买过那款钢化膜的顾客中有 13 "
              "位也买了这个壳。"),
     "errors": [],
     "note": "Tile. Both Lumetric; Zen 4 Screen Protector Tempered Glass count 13."},
    {"case": "shop-22", "lang": "zh",
     "text": ("因为你买过 The Winter Mirror 精装小说，买过它的顾客中有 56 位也买了 The Secret "
              "Orchard；而且这本平装版比 The Winter Mirror 还便宜。"),
     "errors": ["comparison"],
     "note": "Assistant. The Secret Orchard is 9.99, The Winter Mirror 8.99: not cheaper. Count 56 is right."},
    {"case": "shop-27", "lang": "zh",
     "text": "你买过的 Trailfox Pro 2 滤水瓶，再来一只吧：买过 Go 11 滤水瓶的顾客中有 50 位也买了它。",
     "errors": ["ownership"],
     "note": "Tile. Pro 2 is the recommended item, called already bought. Go 11 count 50 is right."},
    {"case": "gift-03", "lang": "zh",
     "text": ("你还没买过亚马逊自家的礼品卡，所以为你推荐这张 Greeting Card 款 Amazon.com "
              "礼品卡，它在本店礼品卡销量排第二。"),
     "errors": ["negation"],
     "note": ("Assistant. The Birthday Cupcake Tin and Red Gift Box Reveal cards (Amazon) are in the history. "
              "Popularity rank 2 is right.")},
    {"case": "gift-06", "lang": "zh",
     "text": ("推荐 Santa Tin 款 Amazon.com 礼品卡，因为你买过 Snowflake Tin "
              "礼品卡；如果没有这张卡，它只会从第一位降到第二位。"),
     "errors": ["counterfactual"],
     "note": "Small-LM voice. Right removed item, but the verified new rank is 27, not 2."},
    {"case": "gift-07", "lang": "zh",
     "text": ("为你推荐 Ornament Tin 圣诞款 Amazon.com 礼品卡（25 美元）。你买过 Plaid Gift Box "
              "礼品卡，买过它的顾客中有 13 位也买了这张。"),
     "errors": [],
     "note": "Tile. Price 25; Plaid Gift Box is a history item, count 13. 圣诞款 from 'Merry Christmas Card Design'."},
    {"case": "gift-12", "lang": "zh",
     "text": "推荐 Burger King 礼品卡，因为你买过 SUBWAY 礼品卡，而且它是本店销量前五的礼品卡。",
     "errors": ["superlative"],
     "note": "Small-LM voice. Popularity rank is 14, not top five."},
    {"case": "gift-13", "lang": "zh",
     "text": "猜你喜欢：Applebee's 礼品卡。买过 Cracker Barrel 礼品卡的顾客里有 15 位也买了它。",
     "errors": ["number_role"],
     "note": "Tile. Cracker Barrel's count is 11; 15 belongs to Outback Steakhouse."},
    {"case": "gift-19", "lang": "zh",
     "text": ("推荐 Santa Tin 款 Amazon.com 礼品卡，因为你买过 Snowflake Tin 礼品卡，有 30 "
              "位顾客两张都买了；它在本店销量排第四。"),
     "errors": [],
     "note": "Small-LM voice. Snowflake Tin count 30; popularity rank 4."},
    {"case": "gift-21", "lang": "zh",
     "text": "为你推荐 Olive Garden 电子礼品卡：你买过 JCPenney 和 Pizza Hut 的电子礼品卡。",
     "errors": ["unknown_item"],
     "note": "Tile. The history has a Dominos Pizza e-mail card, not Pizza Hut."},
    {"case": "gift-22", "lang": "zh",
     "text": ("这张 Starbucks 礼品卡是本店最畅销的礼品卡，买过 SUBWAY 礼品卡的顾客中有 24 位也买了它，而且可以在 "
              "App 里随时充值。"),
     "errors": ["invented_attribute"],
     "note": "Assistant. Popularity rank 1 and SUBWAY count 24 are right; in-app top-up is in no fact."},
    {"case": "mag-03", "lang": "zh",
     "text": ("为你推荐 B00005N7PN：本店销量第三的杂志。你买过的 B00005N7QW 同样是 Hearst "
              "的家居设计杂志，两本都买的顾客有 9 位。"),
     "errors": [],
     "note": "Tile. Popularity rank 3; QW is Hearst Design & Decoration like the rec; count 9."},
    {"case": "mag-05", "lang": "zh",
     "text": ("为什么推荐 B00005N7QG？主要因为你买过 Hearst 的家居设计杂志 B00005N7PN，两本都买的顾客有 16 "
              "位。它也是本店最畅销的杂志。"),
     "errors": [],
     "note": "Assistant. PN is top-weighted (Hearst, Design & Decoration), count 16; popularity rank 1."},
    {"case": "mag-09", "lang": "zh",
     "text": "推荐 B01CF3ECNK，因为你买过同样来自 Meredith 的食谱杂志 B000FTJ7JQ，有 21 位顾客两本都买了。",
     "errors": [],
     "note": "Small-LM voice. Both Meredith recipe titles; count 21."},
    {"case": "mag-11", "lang": "zh",
     "text": "你这两年一直在订 B00005N7OV，所以给你推荐同类的家居设计杂志 B00005N7PN，它在本店销量排第三。",
     "errors": ["invented_event"],
     "note": ("Assistant. OV is top-weighted, same category; 'subscribing for two years' is invented. Popularity "
              "rank 3 right.")},
    {"case": "mag-14", "lang": "zh",
     "text": ("为什么推荐 B00005N7PN？因为你买过 Hearst 的食谱杂志 B00005N7QG，买过它的顾客里有 16 "
              "位也买了这本家居设计杂志。"),
     "errors": [],
     "note": "Assistant. QG (Hearst, recipes) is top-weighted, count 16; PN is Design & Decoration."},
    {"case": "mag-18", "lang": "zh",
     "text": ("为你首推 B00005N7QG——全店买的人最多的杂志（56 人）。你买过的特殊饮食杂志 B00005N7U1，有 5 "
              "位买家也买了它。"),
     "errors": [],
     "note": "Tile. Rec rank 1; popularity (56, rank 1); U1 (Special Diet) count 5."},
    {"case": "mag-19", "lang": "zh",
     "text": "推荐 Bonnier 出版的 B00005N7SC，因为你买过 B00079RO7G，有 5 位顾客两本都买了；它在本店销量排第三。",
     "errors": [],
     "note": "Small-LM voice. Brand Bonnier; 79RO7G is top-weighted, count 5; popularity rank 3."},
    {"case": "ml-03", "lang": "zh",
     "text": ("推荐 The Brothers McMullen (1995)，因为你评过 Citizen Kane (1941)、Grease (1978) 和 Primal Fear "
              "(1996)，而且评过"),
     "errors": ["truncated"],
     "note": "Small-LM voice, cut off. The part shown is true."},
    {"case": "ml-05", "lang": "zh",
     "text": "因为你看过 Air Force One (1997) 呀，看过它的观众里有 221 位也给 Conspiracy Theory (1997) 打了分。",
     "errors": ["verb"],
     "note": "Assistant. 看过 (watched) for ratings; the count 221 is right."},
    {"case": "ml-07", "lang": "zh",
     "text": ("为你推荐 Toy Story (1995)：全库评分人数排第八，共 444 人评过；评过 Star Wars (1977) 的用户中有 372 "
              "位也评了它。"),
     "errors": [],
     "note": "Tile. Popularity (444, rank 8); Star Wars count 372."},
    {"case": "ml-10", "lang": "zh",
     "text": ("推荐 Willy Wonka and the Chocolate Factory (1971)，因为你评过 Twelve Monkeys (1995)，而且评过 Star "
              "Wars (1977) 的用户中有 257 位也评了它。"),
     "errors": ["number_role"],
     "note": "Small-LM voice. Star Wars' count is 272; 257 belongs to Return of the Jedi."},
    {"case": "ml-13", "lang": "zh",
     "text": ("因为你给 Star Wars (1977) 打过分。评过它的用户中有 469 位也评了 Return of the Jedi "
              "(1983)，这部片子的评分人数在全库排第三。"),
     "errors": [],
     "note": "Assistant. Star Wars top-weighted, count 469; popularity rank 3."},
    {"case": "ml-14", "lang": "zh",
     "text": ("推荐 Fargo (1996) 是因为你给 Il Postino (1994) 和 Star Wars (1977) "
              "打过分；另外它的评分人数在全库第二多，共 501 人评过。"),
     "errors": [],
     "note": "Assistant. Postino, Il and Star Wars are the two top history films; popularity (501, rank 2)."},
]
