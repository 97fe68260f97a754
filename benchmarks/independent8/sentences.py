"""Independent narration test set 8 (hand8): 100 hand-written recommendation reasons, labelled by hand against
../independent/bundles.jsonl. errors == [] means faithful. Built into labelled.jsonl by
``python3 benchmarks/independent4/build.py benchmarks/independent8 i8 hand8`` (repo root)."""


def _s(case, lang, text, errors, note):
    return {"case": case, "lang": lang, "text": text, "errors": list(errors), "note": note}


SENTENCES = [
    # ------------------------------------------------------------------ English, shop
    _s("shop-01", "en",
       "38 people who bought the Brewster Core 4 Cold Brew coffee maker, as you did, also bought the Brewster X6 "
       "Espresso Roast coffee beans, so at $26.99 those beans are the first thing on your list.",
       [], "Core 4 co-purchase 38 (history); rec X6 Espresso Roast 26.99; rank 1."),
    _s("shop-02", "en",
       "Your two Trailfox filter bottles do the heavy lifting here. Without the Go 11 and the Pro 2 in your history, "
       "the Trailfox S5 Water Bottle 1L wouldn't open your list at all; it would tumble to 121st.",
       [], "Verified counterfactual: removing Go 11 + Pro 2 (both Water Bottle Filter) moves rank 1 -> 121."),
    _s("shop-04", "en",
       "One purchase explains this: your Hearthly S10 drip coffee maker. Without it, the Brewster Core 4 Cold Brew "
       "would slide from third place on your list to 32nd.",
       ["counterfactual"], "Removed set (Hearthly S10) and old rank 3 are right, but the new rank is 23, not 32."),
    _s("shop-05", "en",
       "We'd show you the Solenne Neo 10 Conditioner 250ml ($9.99) before anything else, mostly because of the "
       "Purelle Flex 12 Volume shampoo you bought: 24 shoppers who bought that shampoo also bought this conditioner.",
       [], "Rank 1; Flex 12 is the top-weighted history item; co-purchase 24; price 9.99."),
    _s("shop-06", "en",
       "If the Brewster Prime 12 gooseneck kettle weren't in your order history, the Hearthly A2 Breakfast tea would "
       "sink from the very top of your recommendations to 21st. That kettle is why it's here.",
       [], "Verified counterfactual: remove Brewster Prime 12 Kettle Gooseneck, rank 1 -> 21."),
    _s("shop-08", "en",
       "The Solenne Neo 10 conditioner comes in third for you, and The Winter Mirror is what holds it there: take "
       "that novel out of your history and it would sink to 82nd.",
       ["counterfactual"], "Verified removal is the Purelle Prime 1 Shampoo Repair (3 -> 82); The Winter Mirror is "
       "only a co-purchase neighbour (22)."),
    _s("shop-09", "en",
       "At the top of your recommendations sits the Brewster S9 glass kettle ($90.99). It sells well, with 170 "
       "buyers and seventh place in the shop, and 40 people who bought The Nordic Kitchen Cookbook, which you own, "
       "also bought it.",
       ["wrong_item"], "The cookbook is a history item with no co-purchase record; 40 belongs to The Winter Mirror. "
       "Price 90.99, popularity (170, 7), rank 1 are right."),
    _s("shop-10", "en",
       "Why the Purelle Core 5 Sunscreen Kids? Your Purelle A8 day cream and your Purelle Air 9 kids' sunscreen. "
       "Without those two purchases it would fall from first to 21st, out of your top ten.",
       [], "Verified counterfactual: remove A8 Face Cream Day + Air 9 Sunscreen Kids, 1 -> 21."),
    _s("shop-11", "en",
       "With 180 buyers, the Purelle Air 9 Sunscreen Kids is the sixth best-selling product in the shop, and 85 "
       "people who bought the Purelle A8 Face Cream Day (it's in your history) bought it too. It's our lead "
       "recommendation, at $8.99.",
       [], "Popularity (180, 6); A8 co-purchase 85; rank 1; price 8.99."),
    _s("shop-12", "en",
       "Bought by 90 customers, The Winter Mirror: A Novel is the best-selling item in the whole shop, and it's the "
       "third recommendation we have for you.",
       ["number_role"], "Popularity count is 351 (rank 1 is right); 90 is the co-purchase count with Trailfox Go 11. "
       "Rank 3 is right."),
    _s("shop-14", "en",
       "Upgrading from your Kestrel Pro 4? The Kestrel Zen 7 ($256.99) doubles the storage to 128GB and adds a "
       "longer-lasting battery, and 17 people who bought the Pro 4 also bought it.",
       ["invented_attribute"], "64GB -> 128GB comes from the titles; the battery claim is invented. Price and "
       "co-purchase 17 are right."),
    _s("shop-15", "en",
       "You bought the Hearthly Prime 11 glass kettle, and 13 other shoppers who bought that kettle also bought The "
       "Nordic Kitchen Cookbook, a $22.99 paperback. With 120 buyers it's the 12th best-selling item in the shop, "
       "and it opens your list.",
       [], "Prime 11 co-purchase 13; price 22.99; Paperback in title; popularity (120, 12); rank 1."),
    _s("shop-16", "en",
       "The Purelle Max 2 Conditioner Repair ($10.99) is the third item we'd suggest. It's no big seller, with only "
       "26 buyers so far, but 12 people who bought the Purelle Flex 12 shampoo also bought it, and so did 12 buyers "
       "of the Solenne Neo 10 conditioner.",
       [], "Rank 3; popularity count 26 (rank 107); co-purchase 12 and 12; both partners are history items."),
    _s("shop-18", "en",
       "You picked up the Hearthly Prime 1 kettle over the holidays, and 24 other people who bought that kettle "
       "also bought the Hearthly Core 6 Chamomile tea ($3.99), which is first in line for you.",
       ["invented_event"], "'over the holidays' is a date/event not in the bundle. Co-purchase 24, price, rank 1 "
       "are right."),
    _s("shop-19", "en",
       "This rests on a single purchase, your Lumetric Zen 4 tempered-glass screen protector: 13 people who bought "
       "it also bought the Lumetric Z1 Clear phone case, which now tops our suggestions for you at $23.99.",
       [], "History has one item (Zen 4 Screen Protector Tempered Glass); co-purchase 13; rank 1; price 23.99."),
    _s("shop-20", "en",
       "Third in line for you is the Kestrel Lite 7 Slim phone case. At $6.99 it costs a little more than the "
       "Kestrel Air 5 screen protector 2-pack you bought, and 12 buyers of your Kestrel S12 Slim case also bought "
       "it.",
       ["comparison"], "6.99 is less than the Air 5's 8.99. Rank 3, price, S12 co-purchase 12 are right."),
    _s("shop-21", "en",
       "The Trailfox Go 11 Water Bottle Filter is the shop's second-biggest seller, with 307 buyers. Nine people "
       "who bought the Zenova Flex 11 running shoes also bought it, as did five buyers of the Trailfox Zen 7 running "
       "socks; you have both, so it goes straight to the top of your list.",
       [], "Popularity (307, 2); co-purchase Zenova Flex 11 = 9, Trailfox Zen 7 = 5; both in history; rank 1."),
    _s("shop-23", "en",
       "So far you've only bought Purelle hair care, so here's a change of brand: the Solenne Neo 10 Conditioner at "
       "$9.99, which 24 buyers of your Purelle Flex 12 shampoo also bought. It's pick number one for you.",
       ["negation"], "False exclusivity: the Botanica X6 Conditioner Smooth is in the history. Price, co-purchase "
       "24, rank 1 are right."),
    _s("shop-24", "en",
       "In the number-three slot: the Trailfox S5 Water Bottle 1L at $16.99, four dollars less than the $20.99 "
       "Trailfox Z10 you bought. Nine Z10 buyers also bought the S5.",
       [], "Rank 3; 20.99 - 16.99 = 4; Z10 co-purchase 9."),
    _s("shop-25", "en",
       "Time to pick up another copy of The Winter Mirror: it's the shop's best-seller with 351 buyers, and six "
       "people who bought The Hidden House, as you did, also bought it.",
       ["ownership"], "'another copy' says the recommended novel is already owned. Popularity (351, 1) and Hidden "
       "House co-purchase 6 are right."),
    _s("shop-26", "en",
       "The Brewster Core 4 Cold Brew maker ($284.99) leads off your recommendations: 24 people who bought the "
       "Brewster X7 Espresso machine, like you, also bought it.",
       ["unknown_item"], "The history item is the Brewster X9 Coffee Maker Espresso (co-purchase 24); 'X7' is a "
       "changed title."),
    _s("shop-28", "en",
       "Of the shoppers who bought a Hearthly A4 Gooseneck kettle, 48 also bought the Hearthly A11 Chamomile tea, "
       "and so did 17 buyers of the Hearthly Prime 11 glass kettle. You own both kettles, so the $3.99 tea takes "
       "third spot among your recommendations.",
       [], "Co-purchase A4 = 48, Prime 11 = 17 (both history); price 3.99; rank 3."),
    _s("shop-30", "en",
       "Because 23 people who bought the Kestrel Air 5 64GB memory card also went for the Kestrel Zen 7 128GB "
       "smartphone, we've put it",
       ["truncated"], "Cut off mid-clause; what is shown (co-purchase 23) is true."),
    # ------------------------------------------------------------------ English, gift
    _s("gift-01", "en",
       "First up: the Buffalo Wild Wings e-mail gift card, redeemable on online delivery orders. Four people who "
       "bought the IHOP Coffee e-mail gift card you have also bought it.",
       ["invented_attribute"], "Redemption for delivery orders is not in the bundle. Rank 1 and IHOP co-purchase 4 "
       "are right."),
    _s("gift-02", "en",
       "Your Starbucks four-pack and your JCPenney card are what put the Subway Gift Cards Multipack of 3 ($30) at "
       "number one. Without both of those purchases it would drop to 25th.",
       [], "Verified counterfactual: remove Starbucks Multipack of 4 + JCPenney Gift Card, 1 -> 25. Price 30."),
    _s("gift-04", "en",
       "The $25 Plaid Gift Box card is your third recommendation thanks to three Amazon cards you bought: the "
       "Ornament Tin, the Red Gift Box Reveal and the Birthday Cupcake Tin. Remove all three and it falls to 22nd.",
       [], "Verified counterfactual with the full three-item set, 3 -> 22. Price 25."),
    _s("gift-05", "en",
       "The $200 Snowflake Tin gift card is first on your list: 30 people who bought the Ornament Tin card, just "
       "like you, also bought it.",
       ["number_role"], "Ornament Tin co-purchase is 18; 30 belongs to the Santa Tin."),
    _s("gift-06", "en",
       "We're leading with the Santa Tin gift card. At $25 it costs the same as the Greeting Card gift card you "
       "bought, and 30 buyers of your $200 Snowflake Tin also picked it up.",
       ["comparison"], "The Greeting Card gift card costs 40, not 25. Rank 1, Snowflake 200 and co-purchase 30 "
       "are right."),
    _s("gift-07", "en",
       "The Merry Christmas Ornament Tin gift card ($25) is the store's ninth best-seller with 45 buyers. Thirteen "
       "people who bought the Plaid Gift Box card and ten who bought the Santa Smile Tin (you have both) also bought "
       "it, which is why it's our first pick.",
       [], "Popularity (45, 9); co-purchase Plaid 13, Santa Smile 10; both history; rank 1."),
    _s("gift-08", "en",
       "It's the Buffalo Wild Wings e-mail card that keeps the Panda Express Happy Birthday Hats card in your top "
       "ten: without it, the Panda Express card would be 11th instead of 3rd.",
       [], "Verified counterfactual: remove Buffalo Wild Wings, 3 -> 11."),
    _s("gift-10", "en",
       "Your SUBWAY, Starbucks and AMC Theatre cards all point the same way: 18, 15 and 5 of their buyers "
       "respectively also bought the $25 Panera Bread Gift Card. It just makes the store's top ten with 44 buyers, "
       "and it's the card we'd show you first.",
       [], "Co-purchase 18/15/5 in that order; popularity (44, 10); rank 1."),
    _s("gift-11", "en",
       "You sent someone the $200 Snowflake Tin card last Christmas; for something smaller this time, 30 Snowflake "
       "Tin buyers also bought the $25 Santa Tin card, our pick for you.",
       ["invented_event"], "Sending it as a present last Christmas is invented; buying it, prices and count 30 are "
       "right."),
    _s("gift-12", "en",
       "Number three for you: a $25 Burger King Gift Card. Sixteen people who bought a SUBWAY card and twelve who "
       "bought a Starbucks card also bought it, and you've bought both.",
       [], "Rank 3; price 25; co-purchase SUBWAY 16, Starbucks 12."),
    _s("gift-14", "en",
       "Seven people who bought the Red Gift Box Reveal card also bought the $200 Snowflake Tin card, and without "
       "your Red Gift Box purchase the Snowflake Tin would no longer be your first recommendation.",
       ["counterfactual"], "This bundle has no counterfactual. The co-purchase 7 and price are right."),
    _s("gift-15", "en",
       "You've never bought a pizza gift card from us, so here's the $25 SUBWAY Gift Card instead: 18 people who "
       "bought the Panera Bread card in your history also bought it.",
       ["negation"], "The Dominos Pizza e-mail gift card is in the history. Price and co-purchase 18 are right."),
    _s("gift-16", "en",
       "Ten people who bought the Black Gift Box card, as you did, also bought the $25 Starbucks Gift Card, the "
       "store's best-selling card and the third of your recommendations.",
       ["wrong_item"], "The Black Gift Box is a history item without a co-purchase record; 10 belongs to the "
       "Greeting Card. Popularity rank 1 and rank 3 are right."),
    _s("gift-17", "en",
       "74 people have bought the $40 Amazon.com Gift Card in a Greeting Card, and just one card in the store has "
       "more buyers. Fifteen shoppers who bought the Plaid Gift Box card, as you did, also bought it, so it's our "
       "first suggestion.",
       [], "Popularity (74, 2); Plaid co-purchase 15; price 40; rank 1."),
    _s("gift-19", "en",
       "The $25 Santa Tin (Ho! Ho! Ho!) card is the store's runaway best-seller, and 17 people who bought the "
       "Ornament Tin card you own also bought it.",
       ["superlative"], "Popularity rank is 4, not 1. Ornament Tin co-purchase 17 is right."),
    _s("gift-20", "en",
       "Third spot goes to the $25 Plaid Gift Box card, the seventh best-selling card in the store. Sixteen buyers "
       "of the Snowflake Tin card and fifteen buyers of the Greeting Card also bought it, and both are in your "
       "history.",
       [], "Rank 3; popularity rank 7; co-purchase Snowflake 16, Greeting Card 15."),
    _s("gift-22", "en",
       "77 people who bought a SUBWAY Gift Card also bought the Starbucks Gift Card, which is why it opens your "
       "recommendations.",
       ["number_role"], "77 is the popularity count; the SUBWAY co-purchase count is 24."),
    _s("gift-24", "en",
       "Third on the list is the Applebee's Gift Card. At $50 it's the same price as the Outback Steakhouse card you "
       "bought, and 15 Outback card buyers also bought it.",
       ["comparison"], "The Outback card costs 25. Rank 3 and co-purchase 15 are right."),
    _s("gift-25", "en",
       "Slot one on your list: the $50 Amazon gift card in a Holiday Pop-Up Box. Six people who bought the Santa "
       "Smile Tin card and five who bought the Holiday Sprig Box, both of which you have, also bought it.",
       [], "Rank 1; price 50; co-purchase Santa Smile 6, Holiday Sprig Box 5."),
    # ------------------------------------------------------------------ English, mag
    _s("mag-01", "en",
       "First for you: Entertainment Weekly's B000IJ7QR8. Four people who bought the TV Guide title B000IOEJ8W, as "
       "you did, also bought it.",
       ["unknown_item"], "The recommended ASIN is B000IJ7RQ8; B000IJ7QR8 is mangled. TV Guide co-purchase 4 is right."),
    _s("mag-02", "en",
       "Even without B00005N7SA, B00005N7SC and B00005N7Q1 in your history, the Conde Nast technology title "
       "B00005N7TL would stay in your top ten.",
       ["counterfactual"], "Right removed set, but the verified new rank is 30: it would leave the top ten."),
    _s("mag-04", "en",
       "B00005N7PN, a Hearst design-and-decoration magazine, ranks third for you. It owes that spot to three of your "
       "purchases, B00005N7OV, B000ILY9LW and B000FTJ7JQ; without them it would slip to 15th.",
       [], "Rank 3; verified counterfactual with the full three-item set, 3 -> 15."),
    _s("mag-05", "en",
       "More shoppers have bought B00005N7QG, Hearst's recipe magazine, than any other title in the store (56), and "
       "16 buyers of B00005N7PN, which you have, also bought it. It's the first magazine we'd suggest.",
       [], "Popularity (56, 1); PN co-purchase 16; rank 1; category Recipes & Techniques."),
    _s("mag-06", "en",
       "B00005N7SA is a Hearst transportation trade magazine, and it's here because of one title you bought, "
       "B00007AVYI: without that one, B00005N7SA would drop from first to 16th.",
       [], "Verified counterfactual: remove B00007AVYI, 1 -> 16. Category Professional & Trade / Transportation."),
    _s("mag-07", "en",
       "Your shelf has no entertainment magazines so far; instead we'd start you with B000LXHJFK, a Hearst men's "
       "fashion title that three buyers of the Meredith music magazine B0037STB02, one of yours, also bought.",
       ["negation"], "B000IOEJ8W (TV Guide, Entertainment & Pop Culture) is in the history. Co-purchase 3 and "
       "categories are right."),
    _s("mag-09", "en",
       "22 shoppers who bought B000FTJ7JQ, the Meredith recipe title in your history, also bought B01CF3ECNK, so it "
       "leads off your list.",
       ["number_role"], "The co-purchase count is 21; 22 is the popularity count."),
    _s("mag-10", "en",
       "B00005N7QG from Hearst is the store's most-bought magazine, and four buyers of B00005R8BL, the This Old "
       "House Ventures title you have, bought it as well. That makes it our opening suggestion.",
       [], "Popularity rank 1; B00005R8BL co-purchase 4; rank 1."),
    _s("mag-11", "en",
       "B00005N7PN, a Hearst home-design magazine, is the one we'd suggest first, now at 80% off the cover price; 12 "
       "buyers of B00005N7OV, which you own, also bought it.",
       ["invented_attribute"], "The discount is invented. Rank 1 and co-purchase 12 are right."),
    _s("mag-12", "en",
       "A change of subject at number three: B000IJ84F6, a Meredith parenting and families magazine. Ten people who "
       "bought B000FTJ7JQ, the Meredith recipe title you have, also bought it.",
       [], "Rank 3; category Parenting & Families; FTJ7JQ co-purchase 10."),
    _s("mag-14", "en",
       "You renewed B00005N7QG just last month, and 16 other buyers of that Hearst cooking title also bought "
       "B00005N7PN, which is first among your recommendations.",
       ["invented_event"], "Renewal and 'last month' are invented. QG co-purchase 16 and rank 1 are right."),
    _s("mag-15", "en",
       "B00005N7PN ranks third in the whole store by number of buyers (42). Sixteen people who bought the Hearst "
       "cooking title B00005N7QG and nine who bought B000ILY9LW also bought it; you bought both, so it's first for "
       "you.",
       [], "Popularity (42, 3); co-purchase QG 16, ILY9LW 9; rank 1."),
    _s("mag-16", "en",
       "Number three for you is B00005NIOH from National Geographic, because four people who bought B00005N7PT also",
       ["truncated"], "Cut off; what is shown (rank 3, co-purchase 4) is true."),
    _s("mag-17", "en",
       "Seventeen shoppers who bought B000ILY9LW, the Hearst women's health title in your history, also bought "
       "B00005N7QG, Hearst's cooking magazine and the most-purchased title in the store. It's at the top of your "
       "list.",
       [], "ILY9LW co-purchase 17; popularity rank 1; rank 1."),
    _s("mag-19", "en",
       "Keep reading B00005N7SC, the Bonnier science and essays magazine you already subscribe to: five people who "
       "bought the Hearst celebrity title B00079RO7G also bought it, and it's first on your list.",
       ["ownership"], "The recommended magazine is said to be owned. Co-purchase 5 and rank 1 are right."),
    _s("mag-20", "en",
       "B00005N7QG is the first magazine on your list. It's the store's best-selling title, with 56 buyers, and 16 "
       "people who bought B00005N7PN, as you did, also bought it.",
       ["superlative"], "Recommendation rank is 3, not 1. Popularity (56, 1) and co-purchase 16 are right."),
    # ------------------------------------------------------------------ English, ml
    _s("ml-01", "en",
       "178 users who rated Scream 2 also rated The Game (1997), which is why it tops your list.",
       ["unknown_item"], "The neighbour is Scream (1996), count 178; 'Scream 2' is a different film."),
    _s("ml-02", "en",
       "Your ratings of The Magnificent Seven (1954) and True Romance (1993) are what put GoodFellas (1990) first; "
       "without those two, it would only be 19th.",
       [], "Verified counterfactual with both removed items, 1 -> 19."),
    _s("ml-04", "en",
       "Chasing Amy (1997) is the third film we'd suggest, because you rated Everyone Says I Love You, Boogie Nights "
       "and Fallen. Without those three ratings it would slip to 11th, just missing your top ten.",
       [], "Rank 3; verified counterfactual with all three items, 3 -> 11."),
    _s("ml-05", "en",
       "You rated Air Force One (1997), and 221 other people who rated it also rated Conspiracy Theory (1997); "
       "that's the film at the head of your recommendations.",
       [], "Air Force One co-rating 221; rank 1."),
    _s("ml-06", "en",
       "You've watched The Full Monty, Boogie Nights and L.A. Confidential; without those three, In & Out (1997) "
       "would drop from first to 22nd.",
       ["verb"], "MovieLens records ratings, not viewings. The counterfactual (all three, 1 -> 22) is right."),
    _s("ml-07", "en",
       "Toy Story (1995) has been rated by 444 people, the eighth-highest count in the catalogue, and 372 people who "
       "rated Star Wars (1977) rated it too. Star Wars weighs most in your history, so Toy Story comes first.",
       [], "Popularity (444, 8); Star Wars co-rating 372 and top attribution weight; rank 1."),
    _s("ml-08", "en",
       "Butch Cassidy and the Sundance Kid (1969) comes third for you: 177 people who rated Raiders of the Lost Ark "
       "(1981), a film you've rated as well, also rated it.",
       [], "Rank 3; Raiders co-rating 177 (neighbour counts as history)."),
    _s("ml-09", "en",
       "271 people who bought Pulp Fiction also bought Back to the Future (1985), so it's our number-one "
       "suggestion.",
       ["verb"], "MovieLens events are ratings; 'bought' is the wrong verb. Count 271 and rank 1 are right."),
    _s("ml-10", "en",
       "Willy Wonka and the Chocolate Factory (1971) has 321 ratings, the 25th most in the catalogue. Of the people "
       "who rated Star Wars, 272 rated it as well, and 257 who rated Return of the Jedi did the same. It's our "
       "first suggestion for you.",
       [], "Popularity (321, 25); co-rating Star Wars 272, Return of the Jedi 257; rank 1."),
    _s("ml-12", "en",
       "121 people who rated Sunset Blvd. (1950), one of your films, also rated To Kill a Mockingbird (1962), which "
       "is third in your queue.",
       ["wrong_item"], "Sunset Blvd. is a history item with no co-rating record; 121 belongs to Casablanca."),
    _s("ml-13", "en",
       "You rated Star Wars (1977), and 469 others who rated it also rated Return of the Jedi (1983). With 498 "
       "ratings it is the third most-rated film in the catalogue, and it's first on your list.",
       [], "Co-rating 469; popularity (498, 3); rank 1."),
    _s("ml-15", "en",
       "Titanic (1997), one of the ten most-rated films in the catalogue, is the film we're leading with: 237 people "
       "who rated Contact, as you did, also rated it.",
       ["superlative"], "Popularity rank is 20, not within the top ten. Contact co-rating 237 and rank 1 are right."),
    # ------------------------------------------------------------------ Chinese
    _s("shop-02", "zh",
       "买过 Trailfox Go 11 滤水瓶的顾客中，有 16 位也买了 Trailfox S5 1L 水瓶，所以它排在你推荐的第一位。",
       ["number_role"], "Go 11 co-purchase is 61; 16 belongs to the Pro 2."),
    _s("shop-03", "zh",
       "我们首先推荐精装小说 The Winter Mirror: A Novel（8.99 美元）。它是本店购买人数最多的商品，买过 Trailfox Go 11 "
       "滤水瓶的顾客中有 90 位也买了它。",
       [], "Rank 1; Hardcover in title; popularity rank 1; Go 11 co-purchase 90; price 8.99."),
    _s("shop-07", "zh",
       "因为你买过 Purelle A8 日霜，而买过它的顾客中有 85 位也买了 Purelle Air 9 儿童防晒霜，所以我们把这款 8.99 美元的"
       "防晒霜放在第一位。它在全店销量排第六，共 180 人购买。",
       [], "A8 Face Cream Day co-purchase 85; rank 1; price 8.99; popularity (180, 6)."),
    _s("shop-10", "zh",
       "要不是你买过 Purelle A8 日霜，Purelle Core 5 儿童防晒霜就不会是你的首选，它会掉到第 21 位。",
       ["counterfactual"], "The verified removal needs both the A8 Face Cream Day and the Air 9 Sunscreen Kids; A8 "
       "alone is not verified."),
    _s("shop-12", "zh",
       "The Winter Mirror: A Novel 是全店卖得最好的商品，共有 351 位顾客购买；买过 Trailfox Go 11 滤水瓶的人里有 90 位"
       "也买了它。它在你的推荐中排第三。",
       [], "Popularity (351, 1); Go 11 co-purchase 90; rank 3."),
    _s("shop-13", "zh",
       "买过 Hearthly Zen 4 早餐茶的顾客中，有 69 位也买了 Hearthly A4 鹅颈壶，所以我们",
       ["truncated"], "Cut off; the co-purchase 69 shown is true."),
    _s("shop-16", "zh",
       "Purelle Max 2 修护护发素（10.99 美元）是店里的人气爆款，买过 Purelle Flex 12 洗发水的顾客里有 12 位也买了它，"
       "排在你推荐的第三位。",
       ["superlative"], "Popularity is 26 buyers at rank 107: not a best-seller. Price, co-purchase 12, rank 3 "
       "are right."),
    _s("shop-17", "zh",
       "Kettleworth A1 低因咖啡豆（6.99 美元）比你买过的 Brewster X2 咖啡豆还要贵一点，不过买过 Casaro X12 胶囊咖啡机的"
       "顾客里有 25 位也买了它。",
       ["comparison"], "6.99 is cheaper than the Brewster X2's 8.99. Casaro X12 co-purchase 25 is right."),
    _s("shop-22", "zh",
       "平装小说 The Secret Orchard（9.99 美元）稳居本店销量前十，买过 The Winter Mirror 的顾客中有 56 位也买了它，"
       "所以我们首推这本。",
       ["superlative"], "Popularity rank is 19, not top ten. Price, co-purchase 56, rank 1 are right."),
    _s("shop-27", "zh",
       "买过 Trailfox Go 11 滤水瓶的顾客中有 50 位、买过 Trailfox S5 1L 水瓶的顾客中有 16 位也买了 Trailfox Pro 2 "
       "滤水瓶（18.99 美元）。这两款你都买过，所以它是我们的首选。",
       [], "Co-purchase Go 11 50, S5 16 (both history); price 18.99; rank 1."),
    _s("shop-29", "zh",
       "Trailfox Go 11 滤水瓶是本店第二畅销的商品，有 307 位顾客买过。你买过 Trailfox Air 5 保温水瓶，而买过它的人里有 "
       "21 位也买了 Go 11，因此它是你的第一推荐。",
       [], "Popularity (307, 2); Air 5 Insulated co-purchase 21; rank 1."),
    _s("gift-03", "zh",
       "Amazon.com Gift Card in a Greeting Card（40 美元）在全店销量排第二，共 74 人购买。买过 Birthday Cupcake Tin "
       "礼品卡的顾客中有 9 位、买过 Sephora 礼品卡的顾客中有 6 位也买了它，这两张你都买过，所以我们首先推荐它。",
       [], "Popularity (74, 2); co-purchase Cupcake Tin 9, Sephora 6; price 40; rank 1."),
    _s("gift-09", "zh",
       "Snowflake Tin 礼品卡售价 200 美元，在本店销量排名第三。买过 Santa Tin 礼品卡的顾客中有 30 位也买了它，你也买过 "
       "Santa Tin，所以我们把它放在第一位。",
       [], "Price 200; popularity rank 3; Santa Tin co-purchase 30; rank 1."),
    _s("gift-13", "zh",
       "Applebee's 礼品卡售价 50 美元，与你买过的 Carrabba's Italian Grill 礼品卡价格相同。买过 Outback Steakhouse "
       "礼品卡的顾客中有 15 位也买了它，它是我们给你的第一推荐。",
       [], "Both cost 50 (true comparison); Outback co-purchase 15; rank 1."),
    _s("gift-16", "zh",
       "Starbucks 礼品卡（25 美元）是全店最畅销的礼品卡，在你的推荐中排第三；买过 Greeting Card 款 Amazon.com 礼品卡的"
       "顾客中有 10 位也买了它，你也买过那张卡。",
       [], "Popularity rank 1; rank 3; Greeting Card co-purchase 10; price 25."),
    _s("gift-18", "zh",
       "买过 Holiday Pop-Up Box 礼品卡的顾客中有 18 位也买了 Holiday Sprig Box 礼品卡，所以它排在你推荐的第一位。",
       ["number_role"], "18 is the popularity count; the Pop-Up Box co-purchase count is 5."),
    _s("gift-21", "zh",
       "Olive Garden 电子礼品卡是我们的首推，现在购买还附赠 10 美元优惠券；买过 Dominos Pizza 电子礼品卡的顾客中有 3 位"
       "也买了它。",
       ["invented_attribute"], "The bonus coupon is invented. Rank 1 and co-purchase 3 are right."),
    _s("gift-23", "zh",
       "你买过 Outback Steakhouse、SUBWAY 和 Red Robin 的礼品卡，买过这三张卡的顾客中分别有 15、14 和 10 位也买了 "
       "Applebee's 礼品卡。它在全店销量排第六，是我们的首选。",
       [], "Co-purchase Outback 15, SUBWAY 14, Red Robin 10 in that order; popularity rank 6; rank 1."),
    _s("mag-03", "zh",
       "B00005N7PN 是 Hearst 旗下的家居设计杂志，在本店购买人数排第三（42 人）。买过 B00005N7QW 的顾客中有 9 位也买了它，"
       "所以我们首先推荐它。",
       [], "Category Design & Decoration; popularity (42, 3); QW co-purchase 9; rank 1."),
    _s("mag-08", "zh",
       "National Geographic 的 B00005NIOH 排在你推荐的第三位：买过 B00005N75T 的顾客中有 3 位也买了它。",
       ["unknown_item"], "The history ASIN is B00005N7T5; B00005N75T is mangled."),
    _s("mag-13", "zh",
       "你上周刚续订了 B000FTJ7JQ，而买过这本 Meredith 食谱杂志的顾客中有 21 位也买了 B01CF3ECNK，所以把它排在第一位。",
       ["invented_event"], "The renewal and 'last week' are invented. Co-purchase 21 and rank 1 are right."),
    _s("mag-17", "zh",
       "你订过的 Hearst 烹饪杂志 B00005N7QG 是全店最畅销的杂志，买过 B000ILY9LW 的顾客中有 17 位也买了它。",
       ["ownership"], "The recommended magazine is called already subscribed. Popularity rank 1 and co-purchase 17 "
       "are right."),
    _s("mag-18", "zh",
       "B00005N7QG 是本店购买人数最多的杂志（56 人）。买过特殊饮食杂志 B00005N7U1 的顾客中有 5 位也买了它，你也买过这本，"
       "所以它是你的首选。",
       [], "Popularity (56, 1); U1 (Special Diet) co-purchase 5; rank 1."),
    _s("mag-20", "zh",
       "B00005N7QG 是全店最畅销的杂志，在你的推荐中排第三；买过 B00005N7PN 的顾客里有 16 位也买了它，而你正好买过 "
       "B00005N7PN。",
       [], "Popularity rank 1; rank 3; PN co-purchase 16."),
    _s("ml-03", "zh",
       "看过 Fargo (1996) 的观众中有 59 位也看过 The Brothers McMullen (1995)，所以它是你的首选。",
       ["verb"], "MovieLens events are ratings; '看过' is the wrong verb. Count 59 and rank 1 are right."),
    _s("ml-04", "zh",
       "如果去掉你评过的 Everyone Says I Love You、Boogie Nights 和 Fallen，Chasing Amy (1997) 会从第三位跌到第 31 位。",
       ["counterfactual"], "Right three-item set and old rank 3, but the verified new rank is 11."),
    _s("ml-09", "zh",
       "Back to the Future (1985) 是我们给你的第一推荐：评过 Pulp Fiction (1994) 的用户中有 271 位也评过它，而你评过 "
       "Pulp Fiction。它一共有 341 人评分。",
       [], "Rank 1; Pulp Fiction co-rating 271; popularity count 341."),
    _s("ml-11", "zh",
       "评过 The Edge (1997) 的用户中有 126 位也评过 Cop Land (1997)，所以我们首先推荐它。",
       ["wrong_item"], "The Edge is a history item without a co-rating record; 126 belongs to Contact."),
    _s("ml-13", "zh",
       "你还没评过任何一部星球大战电影，不妨从 Return of the Jedi (1983) 开始：它有 498 人评分，在全库排第三。",
       ["negation"], "Star Wars (1977) is in the history. Popularity (498, 3) is right."),
    _s("ml-14", "zh",
       "Fargo (1996) 共有 501 人评分，在所有电影中排第二。评过 Star Wars (1977) 的用户中有 388 位也评了它，你也评过 "
       "Star Wars，所以它是我们的第一推荐。",
       [], "Popularity (501, 2); Star Wars co-rating 388; rank 1."),
]
