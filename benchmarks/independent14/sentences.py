"""Independent narration test set 14 (hand14): 100 hand-written recommendation reasons, each labelled by hand
against one evidence bundle of ../independent/bundles.jsonl.

A mixed bag of registers, rotated row by row and kept independent of the label. English: (1) push notification,
(2) weekly e-mail digest line, (3) app carousel caption, (4) friend-like casual explanation, (5) careful formal
transparency statement, (6) non-native English writer. Chinese: (1) 推送通知, (2) 周报邮件, (3) App 轮播图说明,
(4) 朋友口吻, (5) 正式透明说明, (6) 略带翻译腔. Each row's note starts with its register number.

Rows: 70 English (35 faithful, 35 unfaithful) and 30 Chinese (15 / 15). ``errors`` is empty for faithful rows;
otherwise it lists the error kind (one per row). ``labelled.jsonl`` is built from this file by
``python3 benchmarks/independent4/build.py benchmarks/independent14 i14 hand14``.
"""

SENTENCES = [
    # ---------------------------------------------------------------- English, sample shop (23)
    {"case": "shop-01", "lang": "en",
     "text": "New pick for you: Brewster X6 Espresso Roast beans, because you bought the Core 4 cold brew maker.",
     "errors": [],
     "note": "(1) push. Rec X6 Espresso Roast; Core 4 Cold Brew is the top-weighted history item (0.148)."},
    {"case": "shop-02", "lang": "en",
     "text": ("In your recommendations: the Trailfox S5 1L bottle leads the list, and it is there because of your "
              "Go 11 and Pro 2 filter bottles; without both of them it would fall to 121st."),
     "errors": [],
     "note": "(2) digest. Rank 1; verified CF removes Go 11 and Pro 2 filter bottles, new rank 121."},
    {"case": "shop-03", "lang": "en",
     "text": ("Our No. 1 bestseller \u00b7 The Winter Mirror (hardcover) \u00b7 also bought by 90 shoppers who "
              "have the Purelle Air 9 kids' sunscreen"),
     "errors": ["number_role"],
     "note": ("(3) caption. Popularity rank 1 is true; 90 is the Go 11 bottle's co-purchase count, the Air 9 "
              "sunscreen's is 49.")},
    {"case": "shop-05", "lang": "en",
     "text": ("You'll probably like the Solenne Neo 10 conditioner. It's mostly down to the Purelle Flex 12 volume "
              "shampoo you got, and 24 people who bought that shampoo picked this up too."),
     "errors": [],
     "note": "(4) friend. Flex 12 Shampoo Volume is top-weighted (0.166) and has co-purchase count 24."},
    {"case": "shop-06", "lang": "en",
     "text": ("For transparency: the Hearthly A2 Breakfast Tea is recommended to you first chiefly because of your "
              "purchase of the Brewster Prime 12 Gooseneck Kettle. Had you not made that purchase, the tea would "
              "rank 12th."),
     "errors": ["counterfactual"],
     "note": ("(5) formal. Rank 1 and top-weighted Prime 12 kettle are true; the verified CF (remove Prime 12) "
              "gives new rank 21, not 12.")},
    {"case": "shop-07", "lang": "en",
     "text": ("Recommended for you is the kids sunscreen Air 9 of Purelle, because you bought before the A8 Day "
              "Cream, and 85 customers have bought already both of them."),
     "errors": [],
     "note": "(6) non-native. Rec Air 9 Sunscreen Kids; A8 Face Cream Day is top-weighted, co-purchase count 85."},
    {"case": "shop-09", "lang": "en",
     "text": ("Brewster S9 glass kettle, dishwasher-safe and picked for you since you bought Hearthly A6 "
              "breakfast tea."),
     "errors": ["invented_attribute"],
     "note": "(1) push. A6 Tea Breakfast is top-weighted; 'dishwasher-safe' is in no evidence."},
    {"case": "shop-10", "lang": "en",
     "text": ("Also worth a look: the Purelle Core 5 kids' sunscreen, top of your list thanks to your A8 day cream "
              "and Air 9 kids' sunscreen. Take both away and it slides to 21st."),
     "errors": [],
     "note": "(2) digest. Rank 1; verified CF removes A8 Face Cream Day and Air 9 Sunscreen Kids, new rank 21."},
    {"case": "shop-11", "lang": "en",
     "text": ("You haven't tried Purelle yet \u00b7 start with the Air 9 Sunscreen Kids, a top-10 seller in our "
              "shop"),
     "errors": ["negation"],
     "note": ("(3) caption. Popularity rank 6 makes 'top-10 seller' true; the history has the Purelle A8 Face "
              "Cream Day, so 'haven't tried Purelle' is false.")},
    {"case": "shop-12", "lang": "en",
     "text": ("You'll probably like The Winter Mirror. It's the best seller in the whole shop, with 351 buyers, "
              "and 90 people who bought the Go 11 filter bottle, like you did, picked it up as well."),
     "errors": [],
     "note": "(4) friend. Popularity (351, rank 1); Go 11 filter bottle is history with co-purchase count 90."},
    {"case": "shop-13", "lang": "en",
     "text": ("The Hearthly A4 Gooseneck Kettle is presented as your first recommendation principally owing to "
              "your purchase of Hearthly Zen 4 Breakfast Tea during our spring promotion."),
     "errors": ["invented_event"],
     "note": ("(5) formal. Rank 1 and top-weighted Zen 4 tea (0.256) are true; 'during our spring promotion' "
              "is an invented event.")},
    {"case": "shop-14", "lang": "en",
     "text": ("We propose you the Kestrel Zen 7 128GB, a bit more expensive than the Pro 4 you have bought, but "
              "with the double of storage."),
     "errors": ["comparison"],
     "note": ("(6) non-native. 128GB is double 64GB (true); the Zen 7 costs 256.99 and the Pro 4 452.99, so "
              "'more expensive' is false.")},
    {"case": "shop-15", "lang": "en",
     "text": "Nordic Kitchen Cookbook, picked for you: 13 buyers of your Hearthly Prime 11 glass kettle got it too.",
     "errors": [],
     "note": "(1) push. Prime 11 Kettle Glass is history, co-purchase count 13."},
    {"case": "shop-17", "lang": "en",
     "text": ("Restock your Kettleworth A1 decaf beans: 25 shoppers who own the Casaro X12 pod coffee maker, as "
              "you do, bought them too."),
     "errors": ["ownership"],
     "note": ("(2) digest. Casaro X12 pod maker co-purchase 25 is true; 'Restock your' says the recommended "
              "beans are already owned.")},
    {"case": "shop-18", "lang": "en",
     "text": ("Chamomile for you \u00b7 Hearthly Core 6, our eighth best-seller \u00b7 bought by 39 people who "
              "also have the Brewster S9 glass kettle"),
     "errors": [],
     "note": "(3) caption. Popularity rank 8; Brewster S9 Kettle Glass is history with co-purchase count 39."},
    {"case": "shop-20", "lang": "en",
     "text": ("You'll probably like the Kestrel Lite 7 slim case. It's number three on your list, mostly because "
              "of the Kestrel S10 slim case you bought."),
     "errors": ["unknown_item"],
     "note": "(4) friend. Rank 3 is true; the top-weighted case is the Kestrel S12, not an 'S10'."},
    {"case": "shop-22", "lang": "en",
     "text": ("The Secret Orchard: A Novel (Paperback) is recommended chiefly on the basis of your purchase of "
              "The Winter Mirror: A Novel; 56 other customers purchased both titles."),
     "errors": [],
     "note": "(5) formal. The Winter Mirror is top-weighted (0.111) with co-purchase count 56."},
    {"case": "shop-23", "lang": "en",
     "text": ("Conditioner Neo 10 of Solenne is proposed to you because 14 persons bought it together with the "
              "Botanica X6 conditioner you have."),
     "errors": ["wrong_item"],
     "note": ("(6) non-native. Botanica X6 is history but has no co-purchase record; 14 belongs to the Purelle "
              "Max 1 conditioner.")},
    {"case": "shop-25", "lang": "en",
     "text": ("Our best-seller The Winter Mirror is first on your list, partly thanks to your copy of The Hidden "
              "House."),
     "errors": [],
     "note": "(1) push. Popularity rank 1, rec rank 1; The Hidden House is history (top-weighted)."},
    {"case": "shop-26", "lang": "en",
     "text": ("Coffee corner: the Brewster Core 4 cold brew maker, our single most-bought product, leads your "
              "picks thanks to your Brewster X9 espresso maker."),
     "errors": ["superlative"],
     "note": ("(2) digest. Rank 1 and top-weighted X9 are true; popularity rank is 9, so 'single most-bought "
              "product' is false.")},
    {"case": "shop-27", "lang": "en",
     "text": ("Trailfox Pro 2 filter bottle \u00b7 same $18.99 as your Go 11 \u00b7 50 Go 11 owners bought it "
              "too"),
     "errors": [],
     "note": "(3) caption. Pro 2 and Go 11 both cost 18.99; Go 11 co-purchase count 50."},
    {"case": "shop-29", "lang": "en",
     "text": ("Honestly, the Trailfox Go 11 filter bottle is a no-brainer for you: it's our second best-seller, "
              "and 21 people who bought the Air 5 insulated bottle like you also"),
     "errors": ["truncated"],
     "note": "(4) friend. Popularity rank 2 and Air 5 co-purchase 21 are true; the sentence is cut off."},
    {"case": "shop-30", "lang": "en",
     "text": ("The Kestrel Zen 7 Smartphone (128GB) is recommended in part because 38 customers who purchased the "
              "Kestrel Air 5 64GB memory card, as you did, also purchased this phone."),
     "errors": ["number_role"],
     "note": ("(5) formal. The Air 5 memory card's co-purchase count is 23; 38 belongs to the Go 11 filter "
              "bottle.")},
    # ---------------------------------------------------------------- English, gift cards (20)
    {"case": "gift-01", "lang": "en",
     "text": ("As you have bought the IHOP e-mail gift card, we are suggesting you the Buffalo Wild Wings one, "
              "also delivered by e-mail; four persons have bought both cards."),
     "errors": [],
     "note": "(6) non-native. IHOP card is top-weighted, co-purchase count 4; both titles are E-mail Delivery."},
    {"case": "gift-03", "lang": "en",
     "text": "Amazon gift card in a Greeting Card: our top seller, chosen for you.",
     "errors": ["superlative"],
     "note": "(1) push. Popularity rank is 2, so 'our top seller' is false."},
    {"case": "gift-04", "lang": "en",
     "text": ("Rounding out your list at number three: the Amazon gift card in a Plaid Gift Box. Your Ornament "
              "Tin, Red Gift Box Reveal and Birthday Cupcake Tin cards put it there; without all three it would "
              "sit at 22."),
     "errors": [],
     "note": "(2) digest. Rank 3; verified CF removes exactly those three cards, new rank 22."},
    {"case": "gift-05", "lang": "en",
     "text": "Snowflake Tin gift card \u00b7 $200 \u00b7 also chosen by 30 Santa Tin buyers",
     "errors": [],
     "note": "(3) caption. Price 200; Santa Tin is history (top-weighted) with co-purchase count 30."},
    {"case": "gift-07", "lang": "en",
     "text": ("You'll probably like the Ornament Tin card: 5 people who bought the Plaid Gift Box card, like you, "
              "got it too."),
     "errors": ["number_role"],
     "note": "(4) friend. The Plaid Gift Box's co-purchase count is 13; 5 belongs to the Holiday Pop-Up Box."},
    {"case": "gift-08", "lang": "en",
     "text": ("The Panda Express Happy Birthday Hats e-mail gift card is your third recommendation. It is there "
              "chiefly because of your Buffalo Wild Wings e-mail gift card; without that purchase it would rank "
              "11th."),
     "errors": [],
     "note": "(5) formal. Rank 3; BWW is top-weighted; verified CF removes BWW, new rank 11."},
    {"case": "gift-09", "lang": "en",
     "text": ("The Snowflake Tin gift card is proposed to you; it costs more than the Greeting Card one that you "
              "have bought before, and 30 buyers of the Santa Tin card took it as well."),
     "errors": [],
     "note": ("(6) non-native. True comparison: Snowflake Tin 200 > Greeting Card 40 (history); Santa Tin "
              "co-purchase 30.")},
    {"case": "gift-10", "lang": "en",
     "text": ("Since you bought a SUBWAY card yesterday: 18 other SUBWAY card buyers also picked this Panera Bread "
              "gift card."),
     "errors": ["invented_event"],
     "note": ("(1) push. SUBWAY card is history with co-purchase 18; the bundle has no dates, so 'yesterday' is "
              "invented.")},
    {"case": "gift-12", "lang": "en",
     "text": ("Also on your list, at number three: a Burger King gift card. Sixteen people who bought a SUBWAY "
              "card, as you did, bought this one too."),
     "errors": [],
     "note": "(2) digest. Rank 3; SUBWAY co-purchase count 16."},
    {"case": "gift-13", "lang": "en",
     "text": "Reorder: Applebee's Gift Card \u00b7 15 Outback Steakhouse card buyers also chose it",
     "errors": ["ownership"],
     "note": ("(3) caption. Outback co-purchase 15 is true; 'Reorder' says the Applebee's card (the "
              "recommendation) was bought before.")},
    {"case": "gift-14", "lang": "en",
     "text": ("You'll probably like the Snowflake Tin card. It's one of our three best sellers, the tin doubles as "
              "a tree ornament, and seven people who bought the Red Gift Box Reveal card, like you, went for it too."),
     "errors": ["invented_attribute"],
     "note": ("(4) friend. Popularity rank 3 and Red Gift Box Reveal co-purchase 7 are true; 'doubles as a tree "
              "ornament' is in no evidence.")},
    {"case": "gift-15", "lang": "en",
     "text": ("We recommend the SUBWAY Gift Card principally because of your purchase of a Panera Bread Gift "
              "Card; 18 customers have purchased both cards."),
     "errors": [],
     "note": "(5) formal. Panera Bread Gift Card is top-weighted (0.110) with co-purchase count 18."},
    {"case": "gift-17", "lang": "en",
     "text": ("The gift card inside a greeting card is the second most sold in our shop, and 15 persons who "
              "bought the Plaid Gift Box card like you took it also."),
     "errors": [],
     "note": "(6) non-native. Popularity rank 2; Plaid Gift Box is history, co-purchase count 15."},
    {"case": "gift-18", "lang": "en",
     "text": "Holiday Sprig Box gift card, picked because of your Kraft Paper Reveal with Sleigh Bells card.",
     "errors": ["unknown_item"],
     "note": ("(1) push. The history card is the Kraft Paper Reveal with Jingle Bells; 'Sleigh Bells' is a "
              "changed title.")},
    {"case": "gift-19", "lang": "en",
     "text": ("Top of your recommendations: the Santa Tin gift card, a cheaper option than your Ornament Tin card. "
              "Thirty shoppers who bought the Snowflake Tin card, as you did, also chose it."),
     "errors": ["comparison"],
     "note": ("(2) digest. Rank 1 and Snowflake Tin co-purchase 30 are true; Santa Tin and Ornament Tin both cost "
              "25, so 'cheaper' is false.")},
    {"case": "gift-21", "lang": "en",
     "text": "Olive Garden e-gift card \u00b7 because you bought JCPenney, Panda Express and",
     "errors": ["truncated"],
     "note": "(3) caption. JCPenney and Panda Express e-cards are history; the caption is cut off."},
    {"case": "gift-22", "lang": "en",
     "text": ("You'll probably like the Starbucks card. It's the most-bought gift card here, and 11 folks who got "
              "the Olive Garden card, like you, grabbed one too."),
     "errors": [],
     "note": "(4) friend. Popularity rank 1; Olive Garden card is history, co-purchase count 11."},
    {"case": "gift-23", "lang": "en",
     "text": ("The Applebee's Gift Card, which carries the same value as the Outback Steakhouse Gift Card you "
              "purchased, is recommended primarily because of that purchase; 15 customers purchased both cards."),
     "errors": ["comparison"],
     "note": ("(5) formal. Outback is top-weighted with co-purchase 15; Applebee's is 50 and Outback 25, so "
              "'same value' is false.")},
    {"case": "gift-24", "lang": "en",
     "text": ("The Applebee's card is coming in the third place for you, mostly because of the Outback Steakhouse "
              "card you bought; 14 persons who bought a SUBWAY card like you took this one as well."),
     "errors": [],
     "note": "(6) non-native. Rank 3; Outback top-weighted; SUBWAY co-purchase count 14."},
    {"case": "gift-25", "lang": "en",
     "text": "Holiday Pop-Up Box gift card, first on your list: 6 Santa Smile Tin buyers got it too.",
     "errors": [],
     "note": "(1) push. Rank 1; Santa Smile Tin is history, co-purchase count 6."},
    # ---------------------------------------------------------------- English, magazines (15)
    {"case": "mag-01", "lang": "en",
     "text": ("From Entertainment Weekly: B000IJ7RQ8, one of the ten best-selling magazines in our store. Four "
              "readers who bought your TV Guide title B000IOEJ8W bought it as well."),
     "errors": [],
     "note": "(2) digest. Brand Entertainment Weekly; popularity rank 7 (<= 10); TV Guide B000IOEJ8W co-purchase 4."},
    {"case": "mag-03", "lang": "en",
     "text": ("Hearst home & design magazine B00005N7PN \u00b7 12 issues a year \u00b7 9 buyers of your B00005N7QW "
              "also subscribe"),
     "errors": ["invented_attribute"],
     "note": ("(3) caption. Hearst, Home & Garden / Design & Decoration, and B00005N7QW co-purchase 9 are true; "
              "'12 issues a year' is in no evidence.")},
    {"case": "mag-04", "lang": "en",
     "text": ("You'll probably like B00005N7PN, third on your list. It's there because of three magazines you got, "
              "B00005N7OV, B000ILY9LW and B000FTJ7JQ; without them it'd drop to 15th."),
     "errors": [],
     "note": "(4) friend. Rank 3; verified CF removes exactly those three, new rank 15."},
    {"case": "mag-06", "lang": "en",
     "text": ("The Hearst transportation title B00005N7SA is recommended to you first, chiefly because of your "
              "purchase of B00007AVYI. Were that purchase disregarded, it would still rank second."),
     "errors": ["counterfactual"],
     "note": ("(5) formal. Rank 1 and top-weighted B00007AVYI are true; the verified CF (remove B00007AVYI) gives "
              "new rank 16, not 2.")},
    {"case": "mag-07", "lang": "en",
     "text": ("We propose to you B000LXHJFK, a men's fashion magazine of Hearst, because you have bought "
              "B000IJ7RQ8 from Entertainment Weekly; four buyers of that one took this one also."),
     "errors": [],
     "note": ("(6) non-native. Hearst, Fashion & Style / Men; B000IJ7RQ8 (Entertainment Weekly) is top-weighted "
              "with co-purchase 4.")},
    {"case": "mag-08", "lang": "en",
     "text": ("National Geographic's history title B00005NIOH is #3 for you, and one of our ten best-selling "
              "magazines."),
     "errors": [],
     "note": "(1) push. National Geographic, History category; rec rank 3; popularity rank 10 (<= 10)."},
    {"case": "mag-09", "lang": "en",
     "text": ("You haven't read anything from Meredith yet, so here's their recipe title B01CF3ECNK: 21 readers "
              "who bought B000FTJ7JQ, as you did, also bought it."),
     "errors": ["negation"],
     "note": ("(2) digest. B01CF3ECNK is Meredith, recipes; B000FTJ7JQ co-purchase 21 is true, but B000FTJ7JQ "
              "is itself a Meredith title in the history.")},
    {"case": "mag-11", "lang": "en",
     "text": ("Hearst design magazine B00005N7PN \u00b7 our No. 3 seller \u00b7 12 buyers of your B00005N7OV "
              "also took it"),
     "errors": [],
     "note": "(3) caption. Hearst, Design & Decoration; popularity rank 3; B00005N7OV co-purchase 12."},
    {"case": "mag-12", "lang": "en",
     "text": ("You'll probably like B000IJ84F6, the Meredith parenting mag. You've been getting B000FTJ7JQ since "
              "2015, and 10 of its other readers picked this one up."),
     "errors": ["invented_event"],
     "note": ("(4) friend. Meredith, Parenting & Families; B000FTJ7JQ co-purchase 10 true; 'since 2015' is an "
              "invented date.")},
    {"case": "mag-13", "lang": "en",
     "text": ("We recommend B01CF3ECNK, a Meredith recipes title, chiefly because you purchased B000FTJ7JQ; 21 "
              "customers have purchased both magazines."),
     "errors": [],
     "note": "(5) formal. Meredith, Recipes & Techniques; B000FTJ7JQ top-weighted (0.204), co-purchase 21."},
    {"case": "mag-14", "lang": "en",
     "text": ("We suggest you to renew your B00005N7PN of Hearst, because 16 readers of B00005N7QG, which you "
              "have bought, have it also."),
     "errors": ["ownership"],
     "note": ("(6) non-native. B00005N7QG co-purchase 16 true; 'renew your B00005N7PN' says the recommendation "
              "is already owned.")},
    {"case": "mag-15", "lang": "en",
     "text": "B00005N7PN tops your picks: 6 readers of your B000INCK4I got it too.",
     "errors": ["wrong_item"],
     "note": ("(1) push. Rank 1 true; B000INCK4I is history but has no co-purchase record; 6 belongs to "
              "B00005N7SG.")},
    {"case": "mag-17", "lang": "en",
     "text": ("Our best-selling magazine, B00005N7QG, is first on your list; 17 readers who bought B000ILY9WL, as "
              "you did, also bought it."),
     "errors": ["unknown_item"],
     "note": ("(2) digest. Popularity rank 1, rank 1 and count 17 are true; the history ASIN is B000ILY9LW, "
              "'B000ILY9WL' is mangled.")},
    {"case": "mag-18", "lang": "en",
     "text": ("B00005N7QG \u00b7 our best-selling magazine \u00b7 5 buyers of your special-diet title B00005N7U1 "
              "also got it"),
     "errors": [],
     "note": "(3) caption. Popularity rank 1; B00005N7U1 (Special Diet) is history, co-purchase 5."},
    {"case": "mag-20", "lang": "en",
     "text": ("You'll probably like B00005N7QG, third on your list. It's the best-selling magazine we've got, and "
              "16 people who bought B00005N7PN like you also bought it."),
     "errors": [],
     "note": "(4) friend. Rank 3; popularity rank 1; B00005N7PN co-purchase 16."},
    # ---------------------------------------------------------------- English, MovieLens (12)
    {"case": "ml-01", "lang": "en",
     "text": ("The Game (1997) is recommended to you principally on the basis of your rating of Conspiracy Theory "
              "(1997). Of the users who rated Contact (1997), as you did, 194 also rated The Game."),
     "errors": [],
     "note": ("(5) formal. Conspiracy Theory is top-weighted (0.082); Contact is a neighbour (history) with "
              "co-rating count 194.")},
    {"case": "ml-03", "lang": "en",
     "text": ("Because you have watched already Citizen Kane, Grease and Primal Fear, we are thinking The "
              "Brothers McMullen (1995) can please you."),
     "errors": ["verb"],
     "note": "(6) non-native. The three films are the rated history; 'watched' is the wrong verb for ratings."},
    {"case": "ml-04", "lang": "en",
     "text": ("Chasing Amy is #3 for you; without Everyone Says I Love You, Boogie Nights and Fallen, it would "
              "drop out of your top 10."),
     "errors": [],
     "note": "(1) push. Rank 3; verified CF removes exactly those three films, new rank 11 (> 10)."},
    {"case": "ml-05", "lang": "en",
     "text": ("Top of your list: Conspiracy Theory (1997). You rated Air Force One but not G.I. Jane, and 221 "
              "people rated both Air Force One and this film."),
     "errors": ["negation"],
     "note": ("(2) digest. Rank 1 and Air Force One co-rating 221 are true; G.I. Jane (1997) is in the rated "
              "history, so 'but not G.I. Jane' is false.")},
    {"case": "ml-07", "lang": "en",
     "text": "Toy Story (1995) \u00b7 rated by 444 users, 372 of whom also rated Star Wars, like you",
     "errors": [],
     "note": "(3) caption. Popularity count 444; Star Wars is history with co-rating count 372."},
    {"case": "ml-08", "lang": "en",
     "text": ("You'll probably like Butch Cassidy and the Sundance Kid. It's third on your list, and 177 people "
              "who rated Raiders of the Lost Ark, like you, rated it too."),
     "errors": [],
     "note": "(4) friend. Rank 3; Raiders of the Lost Ark is a neighbour (history) with co-rating count 177."},
    {"case": "ml-09", "lang": "en",
     "text": ("We recommend Back to the Future (1985) because you purchased Monty Python and the Holy Grail and "
              "Pulp Fiction; 271 customers who purchased Pulp Fiction also purchased it."),
     "errors": ["verb"],
     "note": ("(5) formal. Films and the Pulp Fiction count 271 are right; MovieLens records ratings, so "
              "'purchased' is the wrong verb.")},
    {"case": "ml-10", "lang": "en",
     "text": ("Willy Wonka and the Chocolate Factory comes first for you; if you had not rated Twelve Monkeys, "
              "it would be no more in your top ten."),
     "errors": ["counterfactual"],
     "note": ("(6) non-native. Rank 1 and Twelve Monkeys (top-weighted) are true; the bundle has no "
              "counterfactual, so the drop-out claim is invented.")},
    {"case": "ml-12", "lang": "en",
     "text": "To Kill a Mockingbird, #3 for you: 121 people who rated Sunset Blvd. rated it too.",
     "errors": ["wrong_item"],
     "note": ("(1) push. Rank 3 true; Sunset Blvd. is history but has no co-rating record; 121 belongs to "
              "Casablanca.")},
    {"case": "ml-13", "lang": "en",
     "text": ("Heading your list: Return of the Jedi (1983), the third most-rated film in the catalogue. 469 "
              "people who rated Star Wars, as you did, also rated it."),
     "errors": [],
     "note": "(2) digest. Rank 1; popularity rank 3; Star Wars co-rating count 469."},
    {"case": "ml-14", "lang": "en",
     "text": "Fargo (1996) \u00b7 the most-rated film in the catalogue \u00b7 388 Star Wars raters rated it too",
     "errors": ["superlative"],
     "note": "(3) caption. Star Wars co-rating 388 is true; popularity rank is 2, so 'the most-rated' is false."},
    {"case": "ml-15", "lang": "en",
     "text": ("You'll probably like Titanic: you loved Contact and Scream, and 237 people who rated Contact also "
              "rated this one."),
     "errors": ["verb"],
     "note": ("(4) friend. Contact and Scream are rated history, Contact co-rating 237; 'loved' is a sentiment "
              "verb the ratings do not support.")},
    # ---------------------------------------------------------------- Chinese (30): 20 bundles not in English
    {"case": "shop-04", "lang": "zh",
     "text": "你的推荐第 3 位：Brewster Core 4 冷萃咖啡机。要是没有你买的 Hearthly S10 滴滤咖啡机，它会跌到第 23 位。",
     "errors": [],
     "note": "(1) 推送. Rank 3; verified CF removes the Hearthly S10 Coffee Maker Drip, new rank 23."},
    {"case": "shop-08", "lang": "zh",
     "text": ("周报精选：Solenne Neo 10 护发素排在你的推荐第三。如果没有你买过的 Botanica S4 护发素，"
              "它会跌到第 82 位。"),
     "errors": ["counterfactual"],
     "note": ("(2) 周报. Rank 3 and new rank 82 are right, but the verified CF removes the Purelle Prime 1 "
              "shampoo, not the Botanica S4 conditioner.")},
    {"case": "shop-16", "lang": "zh",
     "text": "Purelle Max 2 修护护发素 \u00b7 买过 Flex 12 洗发水和 Solenne Neo 10 护发素的顾客各有 12 位也买了它",
     "errors": [],
     "note": "(3) 轮播. Max 2 Conditioner Repair; Flex 12 Shampoo and Neo 10 Conditioner both co-purchase 12."},
    {"case": "shop-19", "lang": "zh",
     "text": ("你应该会喜欢这款 Lumetric Z1 透明手机壳：买过 Lumetric Zen 4 钢化膜的人里有 13 位也买了它，"
              "而你正好买过这款钢化膜。"),
     "errors": [],
     "note": "(4) 朋友. Phone Case Clear; Zen 4 Tempered Glass protector is history with co-purchase count 13."},
    {"case": "shop-21", "lang": "zh",
     "text": ("我们向您推荐 Trailfox Go 11 滤水瓶（可滤除 99% 的细菌），主要依据是您购买过 Trailfox Zen 7 "
              "跑步袜三双装；该商品在本店销量排名第二。"),
     "errors": ["invented_attribute"],
     "note": ("(5) 正式. Top-weighted Zen 7 socks 3-Pack and popularity rank 2 are true; 'filters 99% of "
              "bacteria' is in no evidence.")},
    {"case": "shop-24", "lang": "zh",
     "text": "Trailfox S5 1L 水瓶被推荐给您在第三位，因为有 30 位购买了 Z10 750ml 水瓶的顾客也同样购买了它。",
     "errors": ["number_role"],
     "note": "(6) 翻译腔. Rank 3 true; the Z10's co-purchase count is 9; 30 belongs to The Winter Mirror."},
    {"case": "shop-28", "lang": "zh",
     "text": "为你推荐 Hearthly A11 洋甘菊茶（第 3 位）：48 位买过 Hearthly A4 鹅颈壶的顾客也买了它。",
     "errors": [],
     "note": "(1) 推送. Rank 3; A4 Kettle Gooseneck is history with co-purchase count 48."},
    {"case": "gift-02", "lang": "zh",
     "text": ("周报精选：SUBWAY 三张装礼品卡排在你的推荐首位，主要得益于你买过的 Starbucks 四张装礼品卡和 JCPenney "
              "礼品卡；如果这两张都没买，它会降到第 25 位。"),
     "errors": [],
     "note": "(2) 周报. Rank 1; verified CF removes the Starbucks 4-pack and the JCPenney card, new rank 25."},
    {"case": "gift-06", "lang": "zh",
     "text": "Santa Tin 礼品卡 \u00b7 本店最畅销的礼品卡 \u00b7 30 位买过 Snowflake Tin 礼品卡的顾客也买了它",
     "errors": ["superlative"],
     "note": "(3) 轮播. Snowflake Tin co-purchase 30 is true; popularity rank is 4, so 本店最畅销 is false."},
    {"case": "gift-11", "lang": "zh",
     "text": ("你应该会喜欢这张 Santa Tin 礼品卡，比你买过的 Forever 21 礼品卡还便宜；买过 Snowflake Tin 礼品卡的"
              "人里有 30 位也买了它。"),
     "errors": ["comparison"],
     "note": ("(4) 朋友. Snowflake Tin co-purchase 30 true; Santa Tin and Forever 21 both cost 25, so "
              "'cheaper' is false.")},
    {"case": "gift-16", "lang": "zh",
     "text": ("Starbucks 礼品卡是本店最畅销的礼品卡，在为您推荐的商品中位列第三；购买过 Amazon 贺卡礼品卡"
              "（Greeting Card）的顾客中，有 10 位也购买了该卡。"),
     "errors": [],
     "note": "(5) 正式. Popularity rank 1; rec rank 3; Greeting Card gift card co-purchase 10."},
    {"case": "gift-20", "lang": "zh",
     "text": ("这个 Plaid Gift Box 礼品卡被排在了您的推荐的第三位，主要的原因是您曾经购买了 Greeting Card 礼品卡；"
              "有 15 位购买了 Greeting Card 礼品卡的顾客也同样购买了这一张。"),
     "errors": [],
     "note": "(6) 翻译腔. Rank 3; Greeting Card gift card is top-weighted (0.083), co-purchase 15."},
    {"case": "mag-02", "lang": "zh",
     "text": "B00005N7TL 排在你的推荐首位；就算不算你买的 B00005N7SA、B00005N7SC 和 B00005N7Q1，它也还在前十。",
     "errors": ["counterfactual"],
     "note": ("(1) 推送. Rank 1 and the removed set are right; the verified new rank is 30, so 'still in the top "
              "ten' is false.")},
    {"case": "mag-05", "lang": "zh",
     "text": ("周报精选：本店最畅销的杂志 B00005N7QG（Hearst 食谱杂志）排在你的推荐首位；和你一样买过 B00005N7PN "
              "的读者中，有 16 位也买了它。"),
     "errors": [],
     "note": "(2) 周报. Popularity rank 1; Hearst, Recipes & Techniques; rank 1; B00005N7PN co-purchase 16."},
    {"case": "mag-10", "lang": "zh",
     "text": "B00005N7QG \u00b7 本店最畅销的杂志 \u00b7 你上周刚订了同出版社的 B00005N7PN",
     "errors": ["invented_event"],
     "note": ("(3) 轮播. Popularity rank 1 and B00005N7PN (Hearst, same publisher) in the history are true; "
              "'last week' is an invented time.")},
    {"case": "mag-16", "lang": "zh",
     "text": ("你应该会喜欢 National Geographic 的历史杂志 B00005NIOH，它排在你的推荐第三；你还没订过历史类的刊物，"
              "正好换换口味。"),
     "errors": ["negation"],
     "note": ("(4) 朋友. National Geographic, History; rank 3 true; B000FTJ7BE in the history is also a History "
              "title, so 'never subscribed to a history title' is false.")},
    {"case": "mag-19", "lang": "zh",
     "text": ("我们向您推荐 Bonnier 出版的科学类杂志 B00005N7SC，主要依据是您购买过 B00079RO7G；同时购买这两本杂志的"
              "顾客共有 5 位。该杂志在本店销量排名第三。"),
     "errors": [],
     "note": ("(5) 正式. Bonnier, Science, History & Nature; B00079RO7G top-weighted (0.042), co-purchase 5; "
              "popularity rank 3.")},
    {"case": "ml-02", "lang": "zh",
     "text": ("GoodFellas (1990) 被推荐给您在第一位，原因主要是您评分过的 The Magnificent Seven (1954) 和 "
              "True Romance (1993)；如果没有这两部的评分，它就会下降到第 19 位。"),
     "errors": [],
     "note": "(6) 翻译腔. Rank 1; verified CF removes exactly those two films, new rank 19."},
    {"case": "ml-06", "lang": "zh",
     "text": "因为你喜欢 The Full Monty、Boogie Nights 和 L.A. Confidential，In & Out (1997) 排在你的推荐第一。",
     "errors": ["verb"],
     "note": "(1) 推送. Films and rank 1 are right; 喜欢 (liked) is a sentiment verb the ratings do not support."},
    {"case": "ml-11", "lang": "zh",
     "text": ("周报精选：全站评分人数名列前茅的 Cop Land (1997) 排在你的推荐首位；和你一样评过 Contact 的用户中有 "
              "126 位也评了它。"),
     "errors": ["superlative"],
     "note": ("(2) 周报. Rank 1 and Contact co-rating 126 are true; popularity rank is 151, so 名列前茅 (near "
              "the top) is false.")},
    # ---------------------------------------------------------------- Chinese: 10 bundles also in English
    {"case": "shop-01", "lang": "zh",
     "text": "Brewster X6 意式烘焙咖啡豆 \u00b7 买过 Brewster Core 5 冷萃咖啡机的顾客中有 38 位也买了它",
     "errors": ["unknown_item"],
     "note": "(3) 轮播. Co-purchase 38 belongs to the Core 4 Cold Brew; 'Core 5 冷萃咖啡机' is a changed title."},
    {"case": "shop-10", "lang": "zh",
     "text": "你应该会喜欢 Purelle Core 5 儿童防晒霜：要是没有你买的 A8 日霜和 Air 9 儿童防晒霜，它就会从第一位掉到",
     "errors": ["truncated"],
     "note": "(4) 朋友. Removed set and old rank 1 are right; cut off before the new rank (21)."},
    {"case": "shop-14", "lang": "zh",
     "text": ("我们向您推荐 Kestrel Zen 7 128GB 智能手机，主要依据是您购买过 Kestrel Pro 4 64GB 智能手机；该机价格"
              "低于 Pro 4，存储容量则是其两倍。"),
     "errors": [],
     "note": "(5) 正式. Pro 4 is top-weighted; 256.99 < 452.99 and 128GB = 2 x 64GB."},
    {"case": "gift-08", "lang": "zh",
     "text": ("Panda Express 生日帽电子礼品卡被推荐给您于第三位，因为有 10 位购买了 Buffalo Wild Wings 电子礼品卡的"
              "顾客也购买了它。"),
     "errors": ["number_role"],
     "note": ("(6) 翻译腔. Rank 3 true; BWW's co-purchase count is 3; 10 is the recommendation's popularity "
              "count.")},
    {"case": "gift-13", "lang": "zh",
     "text": "Applebee's 礼品卡首推给你：买过 Outback Steakhouse 礼品卡的顾客里有 15 位也买了它。",
     "errors": [],
     "note": "(1) 推送. Rank 1; Outback co-purchase 15."},
    {"case": "gift-22", "lang": "zh",
     "text": ("周报精选：你买过的 Starbucks 礼品卡不妨再来一张，它是本店最畅销的礼品卡；和你一样买过 SUBWAY 礼品卡"
              "的顾客中有 24 位也买了它。"),
     "errors": ["ownership"],
     "note": ("(2) 周报. Popularity rank 1 and SUBWAY co-purchase 24 are true; 你买过的 Starbucks 礼品卡 says "
              "the recommendation is owned.")},
    {"case": "mag-06", "lang": "zh",
     "text": "Hearst 交通行业杂志 B00005N7SA \u00b7 若没有你买的 B00007AVYI，它会从第 1 位降到第 16 位",
     "errors": [],
     "note": "(3) 轮播. Hearst, Transportation; verified CF removes B00007AVYI, rank 1 to 16."},
    {"case": "mag-14", "lang": "zh",
     "text": ("你应该会喜欢 B00005N7PN 这本 Hearst 家居设计杂志，它排在你的推荐第一，在本店也是卖得第三好的；"
              "买过 B00005N7QG 的人里有 16 位也买了它。"),
     "errors": [],
     "note": "(4) 朋友. Hearst, Design & Decoration; rank 1; popularity rank 3; B00005N7QG co-purchase 16."},
    {"case": "ml-13", "lang": "zh",
     "text": ("我们向您首推 Return of the Jedi (1983)。该片在全站评分人数排名第三；评过 The Godfather (1972) 的用户"
              "中，有 469 位也为其评分。"),
     "errors": ["wrong_item"],
     "note": ("(5) 正式. Rank 1 and popularity rank 3 true; The Godfather is history but has no co-rating record; "
              "469 belongs to Star Wars.")},
    {"case": "ml-15", "lang": "zh",
     "text": ("Titanic (1997) 是被推荐给您在第一位的电影；在同样评分过 Contact (1997) 的用户里面，有 237 位也给它"
              "评了分。全站一共有 341 位用户评分过它。"),
     "errors": [],
     "note": "(6) 翻译腔. Rank 1; Contact co-rating 237; popularity count 341."},
]
