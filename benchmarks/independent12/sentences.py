"""Independent narration test set 12 (hand12): 100 hand-written, hand-labelled recommendation reasons.

Each row is one sentence (or two or three short ones) written against one evidence bundle of
``../independent/bundles.jsonl``. ``errors`` is empty for a faithful row; otherwise it lists the known error kinds
(the rubric in ``../independent/README.md``, plus ``comparison`` for a false price comparison). ``note`` gives the
register ((a) product-page copywriter, (b) audit-log analyst, (c) support agent; zh: (a) 推荐理由文案,
(b) 分析师审核说明, (c) 客服回复) and the facts, or the one wrong fact, the label rests on.

Build: ``python3 benchmarks/independent4/build.py benchmarks/independent12 i12 hand12`` from the repo root.
"""

SENTENCES = [
    # ---------------------------------------------------------------- English, sample_shop
    {"case": "shop-01", "lang": "en",
     "text": ("Espresso, anyone? The Brewster X6 Espresso Roast beans are our top pick for you, "
              "and 38 shoppers who bought the Core 4 Cold Brew maker you own picked them up too."),
     "errors": [], "note": "(a) rank 1; Core 4 neighbour count 38; Core 4 is history"},
    {"case": "shop-02", "lang": "en",
     "text": ("Rec #1: Trailfox S5 Water Bottle 1L. Drivers: Go 11 and Pro 2 filter bottles (co-buyers 61 and 16). "
              "CF: removing both drops it to rank 121."),
     "errors": [], "note": "(b) rank 1; neighbours 61/16; verified CF removes both, new rank 121"},
    {"case": "shop-04", "lang": "en",
     "text": ("Thanks for asking! You bought the Hearthly S10 drip coffee maker, and that purchase is the main reason "
              "the Brewster Core 4 cold brew maker sits third on your list. Without it, the Core 4 would only slip "
              "to ninth."),
     "errors": ["counterfactual"],
     "note": "(c) rank 3 and S10 top-weighted are true; CF new rank is 23 (out of top 10), not ninth"},
    {"case": "shop-06", "lang": "en",
     "text": ("Your Brewster Prime 12 gooseneck kettle is the reason this Hearthly A2 breakfast tea leads your picks "
              "\u2014 without that kettle, the tea would sink to 21st."),
     "errors": [], "note": "(a) rank 1; verified CF removes the Prime 12 kettle alone, new rank 21"},
    {"case": "shop-08", "lang": "en",
     "text": ("Rec #3: Solenne Neo 10 Conditioner 250ml. Top driver: Purelle Prime 1 Shampoo Repair. "
              "Co-buyers: 22 with Botanica S4 Conditioner."),
     "errors": ["number_role"],
     "note": "(b) rank 3 and top driver true; 22 is The Winter Mirror's count, the Botanica S4's own count is 4"},
    {"case": "shop-09", "lang": "en",
     "text": ("Hi! We're suggesting the Brewster S9 glass kettle mainly because of the Hearthly A6 breakfast tea in "
              "your order history. Forty-three customers who bought that tea also bought this kettle."),
     "errors": [], "note": "(c) A6 tea is the top-weighted history item; its neighbour count is 43"},
    {"case": "shop-10", "lang": "en",
     "text": ("Because you've bought both the Purelle A8 day cream and the Air 9 kids' sunscreen, the Purelle Core 5 "
              "kids' sunscreen is first in line for you; without those two, it would fall to 21st."),
     "errors": [], "note": "(a) rank 1; verified CF removes exactly A8 + Air 9, new rank 21"},
    {"case": "shop-12", "lang": "en",
     "text": ("Rank 3 for user: The Winter Mirror: A Novel (Hardcover). Catalogue best seller (351 buyers, "
              "pop. rank 1); user viewed it twice this week."),
     "errors": ["invented_event"],
     "note": "(b) rank 3, popularity 351 / rank 1 true; viewing events are invented"},
    {"case": "shop-14", "lang": "en",
     "text": ("Good question! You bought the Kestrel Pro 4 64GB phone, and 17 other shoppers who bought that phone "
              "also picked up the Kestrel Zen 7 128GB. It's also our fourth best-selling product."),
     "errors": [], "note": "(c) Pro 4 neighbour count 17; popularity rank 4"},
    {"case": "shop-15", "lang": "en",
     "text": ("The Nordic Kitchen Cookbook, in paperback, is our first pick for you \u2014 you bought the Hearthly "
              "Prime 11 glass kettle, and 13 of its buyers took this one home too. Signed by the author, while "
              "stocks last."),
     "errors": ["invented_attribute"],
     "note": "(a) rank 1 and Prime 11 count 13 true; 'signed by the author' is invented"},
    {"case": "shop-16", "lang": "en",
     "text": ("Rec #3: Purelle Max 2 Conditioner Repair, $10.99. Co-buyers: 12 each with Flex 12 Shampoo Volume and "
              "Solenne Neo 10; 26 buyers overall (pop. rank 107)."),
     "errors": [], "note": "(b) rank 3, price, both neighbour counts 12, popularity 26 / rank 107"},
    {"case": "shop-18", "lang": "en",
     "text": ("Happy to explain! The Hearthly Core 6 chamomile tea tops your list mostly because of your Hearthly "
              "Prime 1 kettle. You haven't bought a Brewster kettle from us, so that one played no part."),
     "errors": ["negation"],
     "note": "(c) rank 1 and top-weighted Prime 1 true; the Brewster S9 Kettle Glass is in the history"},
    {"case": "shop-19", "lang": "en",
     "text": ("Picked for you first: the Lumetric Z1 Clear phone case. Thirteen shoppers who bought the Zen 4 "
              "tempered-glass protector, as you did, added this case too."),
     "errors": [], "note": "(a) rank 1; Zen 4 neighbour count 13"},
    {"case": "shop-20", "lang": "en",
     "text": ("Rec #3: Kestrel Lite 7 Phone Case Slim, $6.99; repeat purchase (user bought it before). "
              "Co-buyers: 12 with S12 Phone Case Slim."),
     "errors": ["ownership"], "note": "(b) rank 3, price, S12 count 12 true; the recommended case is not owned"},
    {"case": "shop-21", "lang": "en",
     "text": ("Thanks for reaching out! The Trailfox Go 11 filter bottle is first on your list partly because you "
              "bought the Zenova Flex 11 cushioned running shoes \u2014 nine shoppers who bought those also bought "
              "this bottle. It's also our second best-selling item."),
     "errors": [], "note": "(c) rank 1; Zenova is history and neighbour with count 9; popularity rank 2"},
    {"case": "shop-22", "lang": "en",
     "text": ("Plenty of shoppers who bought The Winter Mirror went for this one as well: The Secret Garden, in "
              "paperback, is our top pick for you."),
     "errors": ["unknown_item"], "note": "(a) the recommendation is The Secret Orchard, not The Secret Garden"},
    {"case": "shop-23", "lang": "en",
     "text": ("Rec #1: Solenne Neo 10 Conditioner 250ml, $9.99. Main driver: Purelle Flex 12 Shampoo Volume "
              "(24 co-buyers). Also 14 co-buyers with Purelle Max 1 Conditioner Smooth."),
     "errors": [], "note": "(b) rank 1, price; Flex 12 top-weighted with count 24; Max 1 count 14"},
    {"case": "shop-24", "lang": "en",
     "text": ("Sure! Because you bought the Trailfox Z10 750ml bottle, we've put the Trailfox S5 1L bottle third on "
              "your list. It holds more and costs a little more than your Z10, too."),
     "errors": ["comparison"],
     "note": "(c) rank 3 and 1L > 750ml true; the S5 (16.99) is cheaper than the Z10 (20.99)"},
    {"case": "shop-25", "lang": "en",
     "text": ("Our bestseller, full stop: The Winter Mirror has found 351 buyers, more than anything else we stock, "
              "and it tops your picks \u2014 six people who bought The Hidden House, like you, bought it too."),
     "errors": [], "note": "(a) popularity 351 / rank 1; rank 1; Hidden House neighbour count 6"},
    {"case": "shop-26", "lang": "en",
     "text": ("Rec #1: Brewster Core 4 Coffee Maker Cold Brew, $284.99. Co-buyers: 24 with Brewster X9 Espresso, "
              "16 with Hearthly Pro"),
     "errors": ["truncated"], "note": "(b) cut off mid-title; the part shown is true"},
    {"case": "shop-28", "lang": "en",
     "text": ("Hi there! We're showing you the Hearthly A11 chamomile tea because you bought the Hearthly A4 "
              "gooseneck kettle, and 48 people who bought that kettle also bought this tea. It's the most popular "
              "tea we sell, too."),
     "errors": ["superlative"],
     "note": "(c) A4 count 48 true; popularity rank 13, nothing supports 'most popular tea'"},
    {"case": "shop-29", "lang": "en",
     "text": ("Our second-best seller and your number-one pick: the Trailfox Go 11 filter bottle. Twenty-one "
              "shoppers who bought the Air 5 insulated bottle, as you did, picked it up as well."),
     "errors": [], "note": "(a) popularity rank 2; rank 1; Air 5 neighbour count 21"},
    {"case": "shop-30", "lang": "en",
     "text": ("Rec #1: Kestrel Zen 7 Smartphone 128GB. Top driver: Kettleworth A1 Decaf. "
              "Co-buyers: 48 with Kestrel Air 5 Memory Card 64GB."),
     "errors": ["number_role"],
     "note": "(b) rank 1, top driver true; 48 is The Winter Mirror's count, the Air 5 card's own count is 23"},
    # ---------------------------------------------------------------- English, amazon gift cards
    {"case": "gift-01", "lang": "en",
     "text": ("Thanks for asking! You bought the IHOP e-mail gift card, and four other shoppers who bought it also "
              "bought the Buffalo Wild Wings e-mail gift card, so we put that one first for you."),
     "errors": [], "note": "(c) rank 1; IHOP is history and neighbour with count 4"},
    {"case": "gift-02", "lang": "en",
     "text": ("Your Starbucks four-pack is what put this Subway three-pack at the top of your list \u2014 without it, "
              "the Subway cards would tumble to 25th."),
     "errors": ["counterfactual"],
     "note": "(a) rank 1 true; the verified CF needs both the Starbucks 4-pack and the JCPenney card removed"},
    {"case": "gift-04", "lang": "en",
     "text": ("Rec #3: Amazon Gift Card in a Plaid Gift Box, $25. CF: without the Ornament Tin, Red Gift Box Reveal "
              "and Birthday Cupcake Tin cards it moves from 3 to 22. Pop. rank 7 (54 buyers)."),
     "errors": [], "note": "(b) rank 3, price; verified three-card CF 3 -> 22; popularity 54 / rank 7"},
    {"case": "gift-05", "lang": "en",
     "text": ("Hi! Because you bought the Santa Tin gift card, we're recommending the Snowflake Tin card as your top "
              "pick. It also ships free, with a matching gift ribbon."),
     "errors": ["invented_attribute"],
     "note": "(c) rank 1 and Santa Tin history true; free shipping and ribbon are invented"},
    {"case": "gift-06", "lang": "en",
     "text": ("Stock up on the Santa Tin card you already own: it's our first pick for you, and 30 shoppers who "
              "bought the Snowflake Tin card, like you, bought it too."),
     "errors": ["ownership"],
     "note": "(a) rank 1 and Snowflake count 30 true; the Santa Tin is the recommendation, not owned"},
    {"case": "gift-08", "lang": "en",
     "text": ("Rec #3: Panda Express Happy Birthday Hats e-gift card. Key driver: Buffalo Wild Wings e-gift card "
              "(3 co-buyers); CF: without it, rank drops from 3 to 11."),
     "errors": [], "note": "(b) rank 3; BWW neighbour count 3; verified CF removes BWW alone, new rank 11"},
    {"case": "gift-10", "lang": "en",
     "text": ("Of course! The Panera Bread gift card is your top recommendation mainly because you bought a SUBWAY "
              "gift card \u2014 18 shoppers bought both. It's also among our ten best-selling cards."),
     "errors": [], "note": "(c) rank 1; SUBWAY top-weighted, count 18; popularity rank 10 (<= 10)"},
    {"case": "gift-11", "lang": "en",
     "text": ("Ho! Ho! Ho! The Santa Tin gift card leads your picks, and 64 shoppers who bought the Snowflake Tin "
              "card, as you did, grabbed it too."),
     "errors": ["number_role"],
     "note": "(a) rank 1 true; 64 is the popularity count, the Snowflake Tin co-purchase count is 30"},
    {"case": "gift-12", "lang": "en",
     "text": ("Rec #3: Burger King Gift Card, $25. Co-buyers: 16 with SUBWAY card, 12 with Starbucks card. "
              "Pop. rank 14 (35 buyers)."),
     "errors": [], "note": "(b) rank 3, price, neighbour counts 16/12, popularity 35 / rank 14"},
    {"case": "gift-13", "lang": "en",
     "text": ("Sure thing! You gave the Outback Steakhouse gift card a glowing review, and 15 shoppers who bought "
              "that card also bought the Applebee's one \u2014 so it's at the top of your list."),
     "errors": ["verb"],
     "note": "(c) count 15 and rank 1 true; a review/rating is the wrong relation for this bought bundle"},
    {"case": "gift-14", "lang": "en",
     "text": ("Going big this season? The $200 Snowflake Tin card is our top pick for you and one of our three "
              "best-selling gift cards \u2014 seven shoppers who bought the Red Gift Box Reveal card, like you, "
              "added it too."),
     "errors": [], "note": "(a) rank 1, price 200, popularity rank 3, Red Gift Box Reveal count 7"},
    {"case": "gift-15", "lang": "en",
     "text": ("Rec #1: SUBWAY Gift Card, $25. Reorder of a card already in the user's history; main driver Panera "
              "Bread card (18 co-buyers)."),
     "errors": ["ownership"], "note": "(b) rank, price, Panera 18 true; the SUBWAY card is not in the history"},
    {"case": "gift-16", "lang": "en",
     "text": ("Good question! The Starbucks gift card is third on your list. It's our top-selling card overall, "
              "with 77 buyers, and ten shoppers who bought the Amazon Greeting Card gift card, like you, bought it "
              "as well."),
     "errors": [], "note": "(c) rank 3; popularity 77 / rank 1; Greeting Card neighbour count 10"},
    {"case": "gift-17", "lang": "en",
     "text": ("Another card for your gifting list: the Amazon Greeting Card gift card tops your picks, since you've "
              "sent a Plaid Gift Box card three times this year."),
     "errors": ["invented_event"],
     "note": "(a) rank 1 and the Plaid Gift Box purchase are true; 'three times this year' is invented"},
    {"case": "gift-18", "lang": "en",
     "text": ("Rec #1: Amazon Gift Card in a Holiday Sprig Box. Co-buyers: 5 with Holiday Pop-Up Box, 4 with Kraft "
              "Paper Reveal with Jingle Bells. Pop.: 18 buyers, rank 34."),
     "errors": [], "note": "(b) rank 1, neighbour counts 5/4, popularity 18 / rank 34"},
    {"case": "gift-19", "lang": "en",
     "text": ("Thanks for your message! You bought the Snowflake Tin card, and 30 people who bought it also bought "
              "the Santa Tin card, which is why it's top of your list. You haven't bought any of our Christmas "
              "tins yet, so it's a fresh pick."),
     "errors": ["negation"],
     "note": "(c) count 30, rank 1 true; the Ornament Tin (Merry Christmas Card Design) is in the history"},
    {"case": "gift-20", "lang": "en",
     "text": ("Ranked third for you: the Amazon Plaid Gift Box card, which at $25 undercuts every card you've bought "
              "so far \u2014 and 15 Greeting Card buyers, like you, picked it up too."),
     "errors": ["comparison"],
     "note": "(a) rank 3, price, Greeting Card 15 true; the Santa Smile Tin in the history also costs 25"},
    {"case": "gift-22", "lang": "en",
     "text": ("Rec #1: Starbucks Gift Card, $25; catalogue #1 by buyers (77). Co-buyers: 24 SUBWAY, 15 Panera "
              "Bread, 11 Olive Garden."),
     "errors": [], "note": "(b) rank 1, price, popularity 77 / rank 1, neighbour counts 24/15/11"},
    {"case": "gift-23", "lang": "en",
     "text": ("Hello! Because you've bought Outback Steakhouse, Red Robin and SUBWAY gift cards, we've put the $50 "
              "Applebee's card first for you. Fifteen shoppers who bought the Outback card also bought this one."),
     "errors": [], "note": "(c) all three in history; price 50; rank 1; Outback count 15"},
    {"case": "gift-25", "lang": "en",
     "text": ("Top of your list: the Amazon Holiday Pop-Up Box card, a $50 gift. Six shoppers who bought the Santa "
              "Smile Tin card, like you, also bought it."),
     "errors": [], "note": "(a) rank 1, price 50, Santa Smile Tin count 6"},
    # ---------------------------------------------------------------- English, amazon magazine subscriptions
    {"case": "mag-01", "lang": "en",
     "text": ("TV Guide readers, take note: the Entertainment Weekly title B000IJ7RQ8 is our top pick for you, and "
              "four people who bought B000IOEJ8W, the TV Guide subscription you have, bought it too."),
     "errors": [], "note": "(a) rank 1; brands; B000IOEJ8W is history and neighbour with count 4"},
    {"case": "mag-02", "lang": "en",
     "text": ("Rec #1: B00005N7TL (Conde Nast). CF: removing B00005N7SA and B00005N7SC drops it to rank 30."),
     "errors": ["counterfactual"],
     "note": "(b) rank 1 true; the verified removed set also includes B00005N7Q1 (three magazines)"},
    {"case": "mag-04", "lang": "en",
     "text": ("Thanks for asking! B00005N7PN, a Hearst home and design magazine, is third on your list because of "
              "three magazines you bought: B00005N7OV, B000ILY9LW and B000FTJ7JQ. Without those three, it would "
              "drop to 15th."),
     "errors": [], "note": "(c) rank 3; brand/category; verified three-item CF, new rank 15"},
    {"case": "mag-05", "lang": "en",
     "text": ("Our single best-selling magazine, Hearst's recipe title B00005N7QG, is your number-one pick \u2014 "
              "16 shoppers who bought B00005N7PN, like you, bought it too."),
     "errors": [], "note": "(a) popularity rank 1; rank 1; brand/category; B00005N7PN count 16"},
    {"case": "mag-06", "lang": "en",
     "text": ("Rec #1: B00005N7SA (Hearst, transportation trade). Driver: B00007AVYI, 5 co-buyers. "
              "CF: without B00007AVYI, falls to rank 16."),
     "errors": [], "note": "(b) rank 1; top-weighted B00007AVYI count 5; verified one-item CF, new rank 16"},
    {"case": "mag-07", "lang": "en",
     "text": ("Hi! We're recommending B000LXHJFK, a Hearst men's fashion magazine, because you bought the "
              "Entertainment Weekly title B000IJ7RQ8 \u2014 four shoppers bought both. It comes with free digital "
              "access, too."),
     "errors": ["invented_attribute"],
     "note": "(c) brand/category and count 4 true; free digital access is invented"},
    {"case": "mag-08", "lang": "en",
     "text": ("History buffs, meet your third pick: National Geographic's B00005NIOH, the best-selling history "
              "magazine we carry."),
     "errors": ["superlative"],
     "note": "(a) rank 3, brand, History category true; popularity rank 10 and no category ranking in the bundle"},
    {"case": "mag-10", "lang": "en",
     "text": ("Rec #1: B00005N7QG (Hearst recipes). Co-buyers: 16 with B00005R8BL (This Old House), "
              "3 with B000IOE9Y6."),
     "errors": ["number_role"],
     "note": "(b) 16 is B00005N7PN's count; B00005R8BL's own count is 4"},
    {"case": "mag-12", "lang": "en",
     "text": ("Happy to help! B000IJ84F6, a Meredith parenting magazine, is third on your list. The biggest reason "
              "is the Meredith recipe magazine B000FTJ7JQ you bought \u2014 ten people who bought that one also "
              "bought this."),
     "errors": [], "note": "(c) rank 3; brand/category; B000FTJ7JQ top-weighted, count 10"},
    {"case": "mag-13", "lang": "en",
     "text": ("More recipes on the way: Meredith's recipe magazine B01CF3ECNK is our top pick for you, and 21 "
              "shoppers who bought B000FTJ7JQ, as you did, got it too."),
     "errors": [], "note": "(a) rank 1; brand/category; B000FTJ7JQ count 21"},
    {"case": "mag-14", "lang": "en",
     "text": ("Rec #1: B00005N7PN (Hearst, home design). Main driver: B00005N7QG, 16 co-buyers; pop. rank 3 of"),
     "errors": ["truncated"], "note": "(b) cut off mid-clause; the part shown is true"},
    {"case": "mag-16", "lang": "en",
     "text": ("Good question! National Geographic's B00005NIOH is third on your list. You bought the archaeology "
              "journal B000FTJ7BE, and four people who bought that one also bought this."),
     "errors": ["wrong_item"],
     "note": "(c) rank 3, B000FTJ7BE in history true; it has no co-purchase record (4 is B00005N7PT's count)"},
    {"case": "mag-17", "lang": "en",
     "text": ("Your Hearst women's health title B000ILY9LW led us here: 17 people who bought it also picked up "
              "B00005N7QG, our best-selling magazine and your top pick."),
     "errors": [], "note": "(a) B000ILY9LW top-weighted, count 17; popularity rank 1; rank 1"},
    {"case": "mag-19", "lang": "en",
     "text": ("Rec #1: B00005N7SC (Bonnier). Co-buyers: 5 with B00079RO7G, 2 with B00005NIP7."),
     "errors": ["wrong_item"],
     "note": "(b) B00079RO7G 5 true; B00005NIP7 is history with no co-purchase record"},
    {"case": "mag-20", "lang": "en",
     "text": ("Thanks for asking! B00005N7QG, the Hearst recipe magazine, is the third suggestion on your list. "
              "It's our best-selling magazine, and 16 shoppers who bought B00005N7PN, as you did, also bought it."),
     "errors": [], "note": "(c) rank 3; popularity rank 1; B00005N7PN count 16"},
    # ---------------------------------------------------------------- English, MovieLens-100K
    {"case": "ml-01", "lang": "en",
     "text": ("Rec #1: The Game (1997). Co-raters: 194 with Contact (1997), 178 each with Air Force One and Scream. "
              "Pop.: 246 ratings, rank 69."),
     "errors": [], "note": "(b) rank 1; neighbour counts 194/178/178; popularity 246 / rank 69"},
    {"case": "ml-02", "lang": "en",
     "text": ("Because you rated The Magnificent Seven, GoodFellas is our first pick for you \u2014 without that one "
              "rating it would slide to 19th."),
     "errors": ["counterfactual"],
     "note": "(a) rank 1 true; the verified CF removes The Magnificent Seven and True Romance together"},
    {"case": "ml-04", "lang": "en",
     "text": ("Happy to explain! You rated Everyone Says I Love You, Boogie Nights and Fallen, and Chasing Amy is "
              "third on your list because of them. You also added it to your watchlist last week."),
     "errors": ["invented_event"], "note": "(c) history and rank 3 true; the watchlist event is invented"},
    {"case": "ml-05", "lang": "en",
     "text": ("Loved Air Force One? Conspiracy Theory is our top pick for you \u2014 221 viewers who watched Air "
              "Force One also watched this one."),
     "errors": ["verb"], "note": "(a) rank 1 and count 221 true; 'loved' / 'watched' for ratings"},
    {"case": "ml-06", "lang": "en",
     "text": ("Rec #1: In & Out (1997). CF: without ratings of The Full Monty, Boogie Nights and L.A. Confidential, "
              "rank 1 to 22."),
     "errors": [], "note": "(b) verified three-item CF, old rank 1, new rank 22"},
    {"case": "ml-08", "lang": "en",
     "text": ("Butch Cassidy and the Sundance Kid rides in at number three for you: 159 people who rated The Hunt "
              "for Red October, like you, rated it too."),
     "errors": ["wrong_item"],
     "note": "(a) rank 3 true; Hunt for Red October is history with no co-rating record (159 is Back to the Future)"},
    {"case": "ml-09", "lang": "en",
     "text": ("Good question! Back to the Future is at the top of your list because you rated Pulp Fiction, and 271 "
              "people who rated Pulp Fiction also rated it. You haven't rated any Indiana Jones films yet, so "
              "it's a fresh direction."),
     "errors": ["negation"],
     "note": "(c) rank 1, Pulp Fiction 271 true; Indiana Jones and the Last Crusade is in the history"},
    {"case": "ml-10", "lang": "en",
     "text": ("Rec #1: Willy Wonka and the Chocolate Factory (1971). Co-raters: 272 with Star Wars, 253 with Toy "
              "Story. Pop.: among the 10 most-rated titles (321 ratings)."),
     "errors": ["superlative"], "note": "(b) counts and 321 true; popularity rank is 25, not <= 10"},
    {"case": "ml-11", "lang": "en",
     "text": ("Straight from your ratings of L.A. Confidential and The Edge (1998): Cop Land is our first pick "
              "for you."),
     "errors": ["unknown_item"], "note": "(a) rank 1 true; the history film is The Edge (1997), not 1998"},
    {"case": "ml-12", "lang": "en",
     "text": ("Thanks for asking! To Kill a Mockingbird (1962) is third on your list, mostly because you rated The "
              "Manchurian Candidate, another 1962 film. You also rated Sunset Blvd. and Lost Horizon."),
     "errors": [], "note": "(c) rank 3; Manchurian Candidate top-weighted; both 1962; other two in history"},
    {"case": "ml-13", "lang": "en",
     "text": ("Rec #1: Return of the Jedi (1983). Top driver: Star Wars (1977), 469 co-raters. Pop.: 498 ratings, "
              "3rd most-rated."),
     "errors": [], "note": "(b) rank 1; Star Wars top-weighted, count 469; popularity 498 / rank 3"},
    {"case": "ml-15", "lang": "en",
     "text": ("Hi there! Titanic is top of your list because you enjoyed Contact, Scream and Amistad. 237 people "
              "who rated Contact also rated Titanic."),
     "errors": ["verb"], "note": "(c) history, rank 1 and count 237 true; 'enjoyed' is a sentiment verb"},
    # ---------------------------------------------------------------- Chinese, sample_shop
    {"case": "shop-03", "lang": "zh",
     "text": ("本店最畅销的一本书——《The Winter Mirror》精装小说，已有 351 位顾客入手；买过 Trailfox Go 11 滤水瓶的"
              "顾客中有 90 位也买了它，首推给你。"),
     "errors": [], "note": "(a) popularity 351 / rank 1; Go 11 history and neighbour count 90; rank 1"},
    {"case": "shop-05", "lang": "zh",
     "text": "推荐第 1 位：Solenne Neo 10 护发素 250ml。共同购买：Purelle Prime 1 修护洗发水 22 人。",
     "errors": ["wrong_item"],
     "note": "(b) rank 1 true; Prime 1 is history with no co-purchase record (22 is Go 11 / Winter Mirror)"},
    {"case": "shop-07", "lang": "zh",
     "text": ("您好！这款 Purelle Air 9 儿童防晒霜排在给您推荐的第一位，在全店销量排第六。买过 The Winter Mirror "
              "的顾客里有 49 位也买了它，您也买过这本书。"),
     "errors": [], "note": "(c) rank 1; popularity rank 6; Winter Mirror history and neighbour count 49"},
    {"case": "shop-11", "lang": "zh",
     "text": ("您好！推荐 Purelle Air 9 儿童防晒霜，是因为您买过 Purelle A8 日霜，买过它的顾客中有 85 位也买了这款"
              "防晒霜。它还是我们全店卖得最好的商品。"),
     "errors": ["superlative"], "note": "(c) A8 count 85 true; popularity rank is 6, not 1"},
    {"case": "shop-13", "lang": "zh",
     "text": ("推荐第 1 位：Hearthly A4 鹅颈壶（26.99 美元）。主要依据：Hearthly Zen 4 早餐茶，共同购买 69 人；"
              "全店销量排第 5（182 人）。"),
     "errors": [], "note": "(b) rank 1, price; Zen 4 top-weighted, count 69; popularity 182 / rank 5"},
    {"case": "shop-17", "lang": "zh",
     "text": ("您好！推荐 Kettleworth A1 低因咖啡豆，是因为您买过 Casaro X12 胶囊咖啡机，买过它的顾客中有 25 位也买了"
              "这款豆子。您之前还没买过咖啡豆，可以先试试这款。"),
     "errors": ["negation"],
     "note": "(c) X12 count 25 true; Brewster X2 Coffee Beans 1kg is in the history"},
    {"case": "shop-27", "lang": "zh",
     "text": ("和你买过的 Trailfox S5 1L 水瓶同价，Trailfox Pro 2 滤水瓶为你首推：买过 Go 11 滤水瓶的顾客里有 50 位"
              "也买了它。"),
     "errors": ["comparison"], "note": "(a) rank 1, Go 11 count 50 true; Pro 2 is 18.99, the S5 16.99"},
    {"case": "shop-02", "lang": "zh",
     "text": ("您好！推荐 Trailfox S5 1L 水瓶，主要是因为您买过 Go 11 和 Pro 2 两款滤水瓶。如果没有这两次购买，它会从"
              "第一位降到第 12 位。"),
     "errors": ["counterfactual"], "note": "(c) right removed set and old rank; the new rank is 121, not 12"},
    {"case": "shop-08", "lang": "zh",
     "text": ("护发新选择：Solenne Neo 10 护发素在你的推荐里排第三；若没有你买过的 Purelle Prime 1 修护洗发水，它会跌到"
              "第 82 位。"),
     "errors": [], "note": "(a) rank 3; verified CF removes Prime 1 alone, new rank 82"},
    {"case": "shop-14", "lang": "zh",
     "text": "推荐第 1 位：Kestrel Zen 7 手机 128GB，256.99 美元，属用户复购。与 Kestrel Pro 4 共同购买 17 人。",
     "errors": ["ownership"], "note": "(b) rank, price, Pro 4 count 17 true; the Zen 7 is not in the history"},
    {"case": "shop-22", "lang": "zh",
     "text": ("您好！The Secret Orchard 平装小说排在给您推荐的第一位，因为您买过 The Winter Mirror，买过那本书的顾客里"
              "有 56 位也买了它。"),
     "errors": [], "note": "(c) rank 1; paperback from title; Winter Mirror count 56"},
    # ---------------------------------------------------------------- Chinese, amazon gift cards
    {"case": "gift-03", "lang": "zh",
     "text": ("推荐第 1 位：Amazon.com Gift Card in a Greeting Card，40 美元。全站礼品卡销量第 2（74 人购买）；与 "
              "Birthday Cupcake Tin 礼品卡共同购买 9 人。"),
     "errors": [], "note": "(b) rank 1, price 40, popularity 74 / rank 2, Cupcake Tin count 9"},
    {"case": "gift-07", "lang": "zh",
     "text": "推荐第 1 位：Ornament Tin 圣诞款礼品卡，25 美元。主要依据：Santa Smile Tin 礼品卡，共同购买 13 人。",
     "errors": ["number_role"],
     "note": "(b) rank, price, top-weighted Santa Smile Tin true; 13 is the Plaid Gift Box's count, its own is 10"},
    {"case": "gift-09", "lang": "zh",
     "text": ("送礼不妨大方一点：200 美元的 Snowflake Tin 礼品卡是本店销量第三的礼品卡，买过 Santa Tin 的顾客中有 30 位"
              "也买了它，首推给你。"),
     "errors": [], "note": "(a) price 200; popularity rank 3; Santa Tin count 30; rank 1"},
    {"case": "gift-21", "lang": "zh",
     "text": ("推荐第 1 位：Olive Garden 电子礼品卡。共同购买：JCPenney 电子礼品卡 3 人，Panda Express 生日帽电子礼品卡 "
              "3 人，Dominos"),
     "errors": ["truncated"], "note": "(b) cut off mid-item; the part shown is true"},
    {"case": "gift-24", "lang": "zh",
     "text": ("您好！Applebee's 礼品卡排在给您推荐的第三位。您买过 Outback Steakhouse 和 SUBWAY 的礼品卡，买过 "
              "Outback 那张的顾客中有 15 位也买了 Applebee's。"),
     "errors": [], "note": "(c) rank 3; both cards in history; Outback count 15"},
    {"case": "gift-06", "lang": "zh",
     "text": "推荐第 1 位：Santa Tin 礼品卡，25 美元。反事实：去掉 Snowflake Tin 礼品卡后降至第 27 位。",
     "errors": [], "note": "(b) rank 1, price 25; verified one-item CF, new rank 27"},
    {"case": "gift-16", "lang": "zh",
     "text": ("本店最受欢迎的 Starbucks 礼品卡，排在你的推荐第三：买过 Amazon Black Gift Box 礼品卡的顾客里有 10 位"
              "也买了它。"),
     "errors": ["wrong_item"],
     "note": "(a) popularity rank 1, rank 3 true; Black Gift Box is history with no co-purchase record "
             "(10 is the Greeting Card's)"},
    # ---------------------------------------------------------------- Chinese, amazon magazine subscriptions
    {"case": "mag-03", "lang": "zh",
     "text": "你已连续三年订阅 Hearst 的 B00005N7QW，同为 Hearst 家居设计杂志的 B00005N7PN 为你首推。",
     "errors": ["invented_event"],
     "note": "(a) B00005N7QW in history, brands/category, rank 1 true; 'three years running' is invented"},
    {"case": "mag-09", "lang": "zh",
     "text": ("推荐第 1 位：B01CF3ECNK（Meredith 食谱杂志）。主要依据 B000FTJ7JQ，共同购买 21 人；另有 B001LF4EVO "
              "共同购买 6 人。"),
     "errors": [], "note": "(b) rank 1; brand/category; top-weighted B000FTJ7JQ count 21; B001LF4EVO count 6"},
    {"case": "mag-11", "lang": "zh",
     "text": ("您好！给您推荐 B00005N7PN，这是 Hearst 的家居设计杂志，在全站销量排第三。您买过 Meredith 的 "
              "B00005N7OV，买过它的顾客里有 12 位也买了这本。"),
     "errors": [], "note": "(c) brand/category; popularity rank 3; B00005N7OV count 12"},
    {"case": "mag-15", "lang": "zh",
     "text": "买过 B00005N7QG 的读者中有 16 位也订了它：Hearst 家居设计杂志 B00005N7NP，为你首推。",
     "errors": ["unknown_item"], "note": "(a) count 16, rank 1 true; the recommendation is B00005N7PN, not B00005N7NP"},
    {"case": "mag-18", "lang": "zh",
     "text": "推荐第 1 位：B00005N7QG。共同购买：B00005N7U1（特殊饮食杂志）56 人。",
     "errors": ["number_role"], "note": "(b) 56 is the popularity count; B00005N7U1's co-purchase count is 5"},
    {"case": "mag-06", "lang": "zh",
     "text": ("您好！推荐 B00005N7SA，是因为您买过同为 Hearst 交通行业杂志的 B00007AVYI。现在订阅一年还额外赠送"
              "电子版。"),
     "errors": ["invented_attribute"], "note": "(c) brand/category and history true; the free e-edition is invented"},
    {"case": "mag-10", "lang": "zh",
     "text": ("厨房灵感看这里：全站最畅销的 Hearst 食谱杂志 B00005N7QG 为你首推，买过 B00005N7PN 的顾客中有 16 位也"
              "买了它，你也买过这本。"),
     "errors": [], "note": "(a) popularity rank 1; rank 1; brand/category; B00005N7PN history, count 16"},
    # ---------------------------------------------------------------- Chinese, MovieLens-100K
    {"case": "ml-03", "lang": "zh",
     "text": ("您好！为您推荐 The Brothers McMullen (1995)，您评过分的 Citizen Kane、Grease 和 Primal Fear 都对这"
              "个推荐有贡献。评过 Fargo 的用户中有 59 位也给它打了分。"),
     "errors": [], "note": "(c) history films; Fargo neighbour (history) count 59"},
    {"case": "ml-07", "lang": "zh",
     "text": "全库评分人数最多的影片 Toy Story (1995) 首推给你：评过 Star Wars 的人里有 372 位也给它打了分。",
     "errors": ["superlative"], "note": "(a) rank 1, Star Wars 372 true; popularity rank is 8, not 1"},
    {"case": "ml-14", "lang": "zh",
     "text": "推荐第 1 位：Fargo (1996)。共同评分：Star Wars 388 人，Jerry Maguire 285 人；评分人数全库第 2（501 人）。",
     "errors": [], "note": "(b) rank 1; neighbour counts 388/285; popularity 501 / rank 2"},
    {"case": "ml-06", "lang": "zh",
     "text": ("In & Out (1997) 为你首推——它的排名主要来自你评过分的 The Full Monty、Boogie Nights 和 L.A. "
              "Confidential；少了这三部的评分，它会掉到第 22 位。"),
     "errors": [], "note": "(a) rank 1; verified three-item CF, new rank 22"},
    {"case": "ml-13", "lang": "zh",
     "text": ("您好！给您推荐 Return of the Jedi (1983)，因为您很喜欢 Star Wars (1977)，评过它的用户中有 469 位也给"
              "这部打了分。"),
     "errors": ["verb"], "note": "(c) count 469 true; 喜欢 (liked) is a sentiment verb for a rating"},
]
