"""Independent set 16 (hand16): 100 hand-written, hand-labelled recommendation reasons in a new register:
longer explanations of two to four sentences that combine several facts, in five rotating voices (see README.md).
Row i has voice (i - 1) mod 5 + 1 and is faithful when i is odd. Each ``note`` starts with the voice number in
brackets. ``errors`` is empty for a faithful row, else the one error kind. Labels are against one bundle of
../independent/bundles.jsonl. Build: python3 benchmarks/independent4/build.py benchmarks/independent16 i16 hand16
"""

SENTENCES = [
    # 001
    {"case": "shop-07", "lang": "en",
     "text": ("Thanks for asking! I can see that you bought the Purelle A8 day cream, and that purchase is the "
              "main reason the Air 9 kids' sunscreen is at the top of your list. Our records also show that 85 "
              "other customers who bought that same cream went on to buy the Air 9 as well. It's one of our "
              "ten best-selling products, too."),
     "errors": [],
     "note": ("(1) chat agent. Rank 1; A8 Face Cream Day is the top-weighted history item (0.2196) and has "
              "co-purchase 85; popularity rank 6 (<= 10).")},
    # 002
    {"case": "shop-03", "lang": "en",
     "text": ("This item appears because of your past purchases. The Winter Mirror: A Novel is the "
              "best-selling product in the shop, with 351 buyers. Ninety people who bought the Trailfox Go 11 "
              "filter bottle, as you did, also bought it, and 53 people who bought the Kestrel Zen 7 phone, "
              "also in your history, picked it up too."),
     "errors": ['wrong_item'],
     "note": ("(2) panel. True: popularity 351, rank 1; Go 11 co-purchase 90. Wrong: 53 is the Hearthly A4 "
              "kettle's count; the Zen 7 (a history item) has no co-purchase record.")},
    # 003
    {"case": "shop-04", "lang": "en",
     "text": ("The model placed the Brewster Core 4 cold brew maker third for this user. The strongest "
              "contribution comes from the Hearthly S10 drip coffee maker in the purchase history; with that "
              "purchase removed, the Core 4 falls from third to 23rd. Co-purchase data also supports it: 41 "
              "buyers of The Winter Mirror, which the user also bought, bought the Core 4 as well."),
     "errors": [],
     "note": ("(3) auditor. Rank 3; S10 top-weighted; verified counterfactual {S10}: 3 -> 23; Winter Mirror in "
              "history, co-purchase 41.")},
    # 004
    {"case": "shop-08", "lang": "en",
     "text": ("Good hair days start with a good routine. Your Purelle Prime 2 repair shampoo is the reason the "
              "Solenne Neo 10 conditioner sits third on your list: take that shampoo out of the picture and it "
              "would tumble to 82nd. Eleven buyers of that shampoo have already added it to their baskets, and "
              "ninety-three shoppers in all have bought it."),
     "errors": ['unknown_item'],
     "note": ("(4) editorial. True: rank 3; counterfactual {Prime 1}: 3 -> 82; Prime 1 co-purchase 11; "
              "popularity 93. Wrong: 'Purelle Prime 2' for the Prime 1 Shampoo Repair.")},
    # 005
    {"case": "shop-10", "lang": "en",
     "text": ("I put the Purelle Core 5 kids' sunscreen at the top of your picks, and here's my thinking. You "
              "already own the A8 day cream and the Air 9 kids' sunscreen from the same brand, and 39 and 34 "
              "of their buyers, respectively, bought the Core 5 too. Those two purchases carry it: without "
              "them, it would slip to 21st."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 1; A8 (39) and Air 9 (34), both Purelle; verified counterfactual "
              "{A8, Air 9}: 1 -> 21.")},
    # 006
    {"case": "shop-02", "lang": "en",
     "text": ("I can see you've bought both the Go 11 and the Pro 2 filter bottles from Trailfox, and those "
              "two are what put the S5 1L bottle first for you. Our records show that 61 Go 11 buyers also "
              "picked up the S5. Even without those two purchases, though, it would only slip to second place."),
     "errors": ['counterfactual'],
     "note": ("(1) chat agent. True: rank 1; Go 11 and Pro 2 in history; Go 11 co-purchase 61. Wrong: the "
              "verified counterfactual {Go 11, Pro 2} moves it to 121, not second.")},
    # 007
    {"case": "shop-11", "lang": "en",
     "text": ("This item appears because you bought the Purelle A8 Face Cream Day and The Winter Mirror. Of "
              "the customers who bought that face cream, 85 also bought the Purelle Air 9 Sunscreen Kids; 49 "
              "buyers of the novel did the same, as did 10 buyers of the Kettleworth A1 decaf beans. It is "
              "currently the sixth best-selling item in the shop."),
     "errors": [],
     "note": ("(2) panel. A8 (85) and Winter Mirror (49) in history; A1 decaf co-purchase 10 (not claimed as "
              "the user's); popularity rank 6.")},
    # 008
    {"case": "shop-13", "lang": "en",
     "text": ("The Hearthly A4 gooseneck kettle is ranked first for this user. The largest attribution weight "
              "belongs to the Hearthly Zen 4 breakfast tea, followed by the A11 chamomile tea and the A6 "
              "breakfast tea. Co-purchase counts point the same way: 69 buyers of the Zen 4 and 42 buyers of "
              "the A11 also bought the kettle. By purchase count it is the fifth most popular item in the shop."),
     "errors": ['number_role'],
     "note": ("(3) auditor. True: rank 1; weight order Zen 4 > A11 > A6; Zen 4 69; popularity rank 5. Wrong: "
              "42 is the Max 3 chamomile's count; the A11 has its own (48).")},
    # 009
    {"case": "shop-14", "lang": "en",
     "text": ("Room to grow. The Kestrel Zen 7 tops your list, and it doubles the storage of the Pro 4 you "
              "already own, 128GB against 64GB; at $256.99 it also costs less than that phone. It's the fourth "
              "best-selling product in the shop, and seventeen Pro 4 owners have already bought one."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; Pro 4 64GB $452.99 in history, Zen 7 128GB $256.99 (true comparisons); "
              "popularity rank 4; Pro 4 co-purchase 17.")},
    # 010
    {"case": "shop-16", "lang": "en",
     "text": ("I've put the Purelle Max 2 repair conditioner third on your list. You bought the Flex 12 volume "
              "shampoo, and twelve other Flex 12 buyers went for the Max 2, as did twelve buyers of the "
              "Solenne Neo 10 you also have. Since you've already tried the Max 2 once, it should be an easy "
              "reorder."),
     "errors": ['ownership'],
     "note": ("(5) personal shopper. True: rank 3; Flex 12 (12) and Neo 10 (12) in history. Wrong: the "
              "recommended Max 2 is said to have been bought before.")},
    # 011
    {"case": "shop-17", "lang": "en",
     "text": ("Happy to explain! Our records show you bought the Casaro X12 pod coffee maker, and that "
              "purchase is the biggest reason the Kettleworth A1 decaf beans are your top recommendation. I "
              "can also see that 25 other X12 owners bought these beans, and at $6.99 they're a little cheaper "
              "than the Brewster X2 beans you picked up ($8.99)."),
     "errors": [],
     "note": ("(1) chat agent. Rank 1; X12 top-weighted, co-purchase 25; A1 $6.99 < X2 1kg $8.99 (history), a "
              "true comparison.")},
    # 012
    {"case": "shop-18", "lang": "en",
     "text": ("This item appears because you bought the Hearthly Prime 1 1.7L kettle last month. Of the "
              "customers who bought that kettle, 24 also bought the Hearthly Core 6 chamomile tea, and so did "
              "39 buyers of the Brewster S9 glass kettle, which is also in your history. It is among the ten "
              "best-selling items in the shop."),
     "errors": ['invented_event'],
     "note": ("(2) panel. True: Prime 1 top-weighted (24); S9 in history (39); popularity rank 8. Wrong: 'last "
              "month' dates the purchase.")},
    # 013
    {"case": "shop-19", "lang": "en",
     "text": ("The Lumetric Z1 clear phone case is ranked first for this user, chiefly on the strength of the "
              "Lumetric Zen 4 tempered-glass screen protector in the history. Thirteen buyers of that "
              "protector also bought the case, as did one buyer of the Core 8 matte protector. Overall it has "
              "40 buyers, which places it 59th in the shop."),
     "errors": [],
     "note": ("(3) auditor. Rank 1; Zen 4 the only weighted history item (13); Core 8 Matte co-purchase 1; "
              "popularity 40, rank 59.")},
    # 014
    {"case": "shop-20", "lang": "en",
     "text": ("For the case collector: the Kestrel Lite 7 slim case lands third on your list on the back of "
              "your S12 slim case and your Air 5 two-pack of screen protectors, and at $6.99 it costs about "
              "half what the S12 did. Twelve Air 5 buyers already own one, and so do three people who bought "
              "the Kestrel A8 512GB phone."),
     "errors": ['number_role'],
     "note": ("(4) editorial. True: rank 3; S12 and Air 5 2-Pack top two; $6.99 vs $13.99; A8 co-purchase 3. "
              "Wrong: 12 is the S12's count; the Air 5 has its own (9).")},
    # 015
    {"case": "shop-21", "lang": "en",
     "text": ("I'd start you off with the Trailfox Go 11 filter bottle. You bought the Zen 7 running socks "
              "three-pack from Trailfox, which counts most here, and nine people who bought the Zenova Flex 11 "
              "cushioned shoes you have also bought this bottle. It's our second best-selling product, with "
              "307 buyers."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 1; Zen 7 socks 3-Pack top-weighted; Flex 11 in history, co-purchase "
              "9; popularity 307, rank 2.")},
    # 016
    {"case": "shop-23", "lang": "en",
     "text": ("I can see you bought the Purelle Flex 12 volume shampoo, and that purchase weighs most in this "
              "recommendation. Our records show 24 customers who bought it also bought the Solenne Neo 10 "
              "conditioner, and 14 buyers of the Purelle Max 1 smoothing conditioner did too. Since you "
              "haven't bought a conditioner from us yet, the Neo 10 would round out your routine."),
     "errors": ['negation'],
     "note": ("(1) chat agent. True: Flex 12 top-weighted (24); Max 1 co-purchase 14. Wrong: the history holds "
              "two conditioners (Purelle Max 1 Smooth, Botanica X6 Smooth).")},
    # 017
    {"case": "shop-24", "lang": "en",
     "text": ("This item appears third in your recommendations. You bought the Trailfox Z10 750ml water "
              "bottle, which counts most, and 9 other buyers of the Z10 also bought the Trailfox S5 1L bottle. "
              "It also shares buyers with The Winter Mirror, another of your purchases: 30 people bought both."),
     "errors": [],
     "note": "(2) panel. Rank 3; Z10 top-weighted, co-purchase 9; Winter Mirror in history, co-purchase 30."},
    # 018
    {"case": "shop-25", "lang": "en",
     "text": ("The Winter Mirror: A Novel ranks first for this user, mainly because of the user's purchase of "
              "The Hidden House, another novel. Six Hidden House buyers also bought it, and it is the shop's "
              "best-selling item, with 351 buyers. Removing The Hidden House from the history would drop it "
              "out of the top ten."),
     "errors": ['counterfactual'],
     "note": ("(3) auditor. True: rank 1; Hidden House top-weighted (6), category Novel; popularity 351, rank "
              "1. Wrong: the bundle has no counterfactual.")},
    # 019
    {"case": "shop-26", "lang": "en",
     "text": ("From espresso to cold brew. Owners of the Brewster X9 espresso machine you bought are the "
              "strongest signal behind the Brewster Core 4 cold brew maker at the top of your list: 24 of them "
              "bought one. Sixteen Hearthly Pro 8 owners did the same, and it's one of the shop's ten "
              "best-sellers."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; X9 Espresso top-weighted, co-purchase 24; Pro 8 co-purchase 16 "
              "(history); popularity rank 9.")},
    # 020
    {"case": "shop-27", "lang": "en",
     "text": ("I've picked the Trailfox Pro 2 filter bottle for you first. You already have its sibling, the "
              "Go 11, and 50 Go 11 buyers bought the Pro 2 as well. It also costs less than the Hydra Pro 4 "
              "you bought."),
     "errors": ['comparison'],
     "note": ("(5) personal shopper. True: rank 1; Go 11 top-weighted (50). Wrong: Pro 2 $18.99 is dearer than "
              "the Hydra Pro 4 ($17.99).")},
    # 021
    {"case": "shop-28", "lang": "en",
     "text": ("Thanks for your question. I can see two Hearthly kettles in your order history, the Prime 11 "
              "glass kettle and the A4 gooseneck, and those are the main reasons the Hearthly A11 chamomile "
              "tea is third on your list. Our records show 48 A4 buyers and 17 Prime 11 buyers also bought "
              "this tea."),
     "errors": [],
     "note": ("(1) chat agent. Rank 3; Prime 11 and A4 are the two top-weighted items; co-purchase A4 48, "
              "Prime 11 17.")},
    # 022
    {"case": "shop-29", "lang": "en",
     "text": ("This item appears because you bought the Trailfox Air 5 insulated water bottle, and because it "
              "is the best-selling product in the shop. Of the customers who bought that bottle, 21 also "
              "bought the Trailfox Go 11 filter bottle, and so did 18 buyers of the Stride Go 1 running shoes "
              "you own."),
     "errors": ['superlative'],
     "note": ("(2) panel. True: Air 5 top-weighted (21); Stride Go 1 in history (18). Wrong: popularity rank "
              "is 2, not 1.")},
    # 023
    {"case": "shop-30", "lang": "en",
     "text": ("The Kestrel Zen 7 128GB smartphone is ranked first. The three history items with the largest "
              "contributions are the Kettleworth A1 decaf beans, the Kestrel Air 5 64GB memory card and the "
              "Velora Lite 10 face cream, in that order. It is the shop's fourth most purchased item, with 189 "
              "buyers; 48 buyers of The Winter Mirror and 23 buyers of the Air 5 card also bought it."),
     "errors": [],
     "note": ("(3) auditor. Rank 1; weight order A1 > Air 5 > Lite 10; popularity 189, rank 4; co-purchase "
              "Winter Mirror 48 (not claimed as the user's), Air 5 23.")},
    # 024
    {"case": "gift-03", "lang": "en",
     "text": ("Say it with a card. The Amazon gift card in a greeting card is the second best-selling gift "
              "card in the catalogue, and it heads your list thanks to the Birthday Cupcake Tin card you "
              "bought: nine people who bought that tin bought this one too. At $40, the card inside can be "
              "personalised with your own photo."),
     "errors": ['invented_attribute'],
     "note": ("(4) editorial. True: rank 1; popularity rank 2; Cupcake Tin top-weighted (9); $40. Wrong: photo "
              "personalisation is not in the bundle.")},
    # 025
    {"case": "gift-02", "lang": "en",
     "text": ("I chose the Subway three-pack as your first pick. Your Starbucks four-pack and your JCPenney "
              "card are what put it there; without those two it would fall to 25th. Five people who bought "
              "that Starbucks pack also bought the Subway one, and at $30 it costs less than either multipack "
              "you already have (the Starbucks four-pack at $40 and the Fandango three-pack at $45)."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 1; verified counterfactual {Starbucks 4-pack, JCPenney}: 1 -> 25; "
              "Starbucks co-purchase 5; $30 < $40 and $45 (true comparison).")},
    # 026
    {"case": "gift-06", "lang": "en",
     "text": ("I can see you purchased the Snowflake Tin gift card, and that's the main reason we're showing "
              "you the Santa Tin card first. Our records show 30 other Snowflake Tin buyers also bought the "
              "Santa Tin. Even without that Snowflake Tin purchase, the Santa Tin would still be in your top "
              "three."),
     "errors": ['counterfactual'],
     "note": ("(1) chat agent. True: rank 1; Snowflake Tin top-weighted (30). Wrong: the verified "
              "counterfactual {Snowflake Tin} moves it to 27, outside the top three.")},
    # 027
    {"case": "gift-07", "lang": "en",
     "text": ("This item appears because of the Amazon gift cards you bought before. The Santa Smile Tin card "
              "has the strongest influence; 10 of its buyers also bought the Ornament Tin card, as did 13 "
              "buyers of the Plaid Gift Box card and 5 buyers of the Holiday Pop-Up Box card. The Ornament Tin "
              "is among the ten best-selling gift cards."),
     "errors": [],
     "note": ("(2) panel. Santa Smile Tin top-weighted (10); Plaid 13, Pop-Up 5 (all history, all Amazon); "
              "popularity rank 9.")},
    # 028
    {"case": "gift-08", "lang": "en",
     "text": ("The Panda Express Happy Birthday Hats e-gift card is ranked third for this user. Its largest "
              "contribution comes from the Buffalo Wild Wings e-gift card, closely followed by the Panera "
              "Bread e-gift card, and each of those shares three buyers with it. Removing both of those "
              "purchases would move it to 11th place, just outside the top ten."),
     "errors": ['counterfactual'],
     "note": ("(3) auditor. True: rank 3; weight order BWW > Panera; co-purchase 3 and 3. Wrong: the verified "
              "removed set is {Buffalo Wild Wings} alone (-> 11), not BWW and Panera.")},
    # 029
    {"case": "gift-09", "lang": "en",
     "text": ("Go big for the holidays. The $200 Snowflake Tin card tops your list, and the Santa Tin card you "
              "bought is the main reason: thirty Santa Tin buyers bought it too. It's the third best-selling "
              "gift card in the catalogue, and sixteen buyers of the Plaid Gift Box card, another of your "
              "purchases, picked it up as well."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; $200; Santa Tin top-weighted (30); popularity rank 3; Plaid in history "
              "(16). 'holidays' echoes the Happy Holidays design.")},
    # 030
    {"case": "gift-11", "lang": "en",
     "text": ("The Santa Tin card is one of our three best-selling gift cards, and I went with it as your top "
              "pick. You bought the Snowflake Tin, and thirty of its buyers bought the Santa Tin too; one "
              "Forever 21 card buyer did as well."),
     "errors": ['superlative'],
     "note": ("(5) personal shopper. True: rank 1; Snowflake Tin (30); Forever 21 (1). Wrong: popularity rank "
              "is 4, not <= 3.")},
    # 031
    {"case": "gift-12", "lang": "en",
     "text": ("Sure, let me explain. I can see you bought a SUBWAY gift card, which weighs most in this "
              "suggestion, and our records show 16 SUBWAY card buyers also bought the Burger King gift card. "
              "Twelve customers who bought the Starbucks card, which you also have, did the same, so we've "
              "placed Burger King third on your list."),
     "errors": [],
     "note": "(1) chat agent. Rank 3; SUBWAY top-weighted (16); Starbucks in history (12)."},
    # 032
    {"case": "gift-13", "lang": "en",
     "text": ("This item appears because you bought an Outback Steakhouse gift card. 15 buyers of that card "
              "also bought the Applebee's Gift Card, and 11 buyers of the Cracker Barrel card you own did the "
              "same. Applebee's is one of the ten best-selling gift cards, and at $50 it costs twice as much "
              "as your Carrabba's card."),
     "errors": ['comparison'],
     "note": ("(2) panel. True: Outback top-weighted (15); Cracker Barrel (11); popularity rank 6; $50. Wrong: "
              "the Carrabba's card is also $50.")},
    # 033
    {"case": "gift-14", "lang": "en",
     "text": ("The Snowflake Tin gift card is ranked first for this user. The Red Gift Box Reveal card "
              "contributes most, followed by the Santa Smile Tin card and a Starbucks card; each of those "
              "three shares seven buyers with the recommendation. By purchase count it is the third most "
              "popular gift card, with 69 buyers."),
     "errors": [],
     "note": ("(3) auditor. Rank 1; weight order Red Gift Box Reveal > Santa Smile > Starbucks; all "
              "co-purchase 7; popularity 69, rank 3.")},
    # 034
    {"case": "gift-16", "lang": "en",
     "text": ("A familiar name. Seventy-seven people who bought the Greeting Card gift card, as you did, also "
              "bought the Starbucks gift card, and it comes in third on your list. It is the single "
              "best-selling card in the catalogue."),
     "errors": ['number_role'],
     "note": ("(4) editorial. True: popularity rank 1; rank 3; Greeting Card in history. Wrong: 77 is the "
              "popularity count; the Greeting Card's co-purchase count is 10.")},
    # 035
    {"case": "gift-17", "lang": "en",
     "text": ("My first suggestion is the Amazon card in a greeting card, at $40. You bought the Plaid Gift "
              "Box card, and fifteen Plaid Gift Box buyers chose this one too; so did ten buyers of the "
              "Snowflake Tin card, which you also own. Only one gift card sells better."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 1; $40; Plaid top-weighted (15); Snowflake Tin in history (10); "
              "popularity rank 2.")},
    # 036
    {"case": "gift-18", "lang": "en",
     "text": ("Thanks for reaching out! I can see you bought the Holiday Pop-Up Box gift card, and that's what "
              "weighs most behind the Holiday Sprig Box card at the top of your list. Our records also show "
              "that four customers who bought the Black Gift Box (Holiday Globe) card, which you have too, "
              "bought the Sprig Box as well."),
     "errors": ['wrong_item'],
     "note": ("(1) chat agent. True: rank 1; Pop-Up Box top-weighted; Black Gift Box (Holiday Globe) in "
              "history. Wrong: it has no co-purchase record; 4 belongs to the Kraft Paper Reveal and the Red "
              "Gift Box Reveal.")},
    # 037
    {"case": "gift-19", "lang": "en",
     "text": ("This item appears because you bought the Snowflake Tin and Ornament Tin gift cards. Among "
              "Snowflake Tin buyers, 30 also bought the Santa Tin card; among Ornament Tin buyers, 17 did. It "
              "is the fourth best-selling gift card, and at $25 it costs the same as your Ornament Tin card."),
     "errors": [],
     "note": ("(2) panel. Snowflake (30) and Ornament (17) in history; popularity rank 4; $25 = $25 (true "
              "comparison).")},
    # 038
    {"case": "gift-20", "lang": "en",
     "text": ("The Plaid Gift Box card is ranked third, as a repeat of a card this user has already bought "
              "once. The strongest contribution comes from the Greeting Card gift card. Co-purchase counts: 16 "
              "Snowflake Tin buyers and 15 Greeting Card buyers also bought the Plaid Gift Box. It ranks "
              "seventh by purchase count."),
     "errors": ['ownership'],
     "note": ("(3) auditor. True: rank 3; Greeting Card top-weighted; Snowflake 16, Greeting 15; popularity "
              "rank 7. Wrong: the recommended Plaid Gift Box is said to have been bought before.")},
    # 039
    {"case": "gift-21", "lang": "en",
     "text": ("Delivered by e-mail. The Olive Garden e-gift card leads your list, and your JCPenney e-gift "
              "card does the most to put it there. Three buyers each of your JCPenney, Panda Express and "
              "Dominos e-cards also bought it."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; E-mail Delivery in the title; JCPenney top-weighted; all three "
              "co-purchase 3.")},
    # 040
    {"case": "gift-22", "lang": "en",
     "text": ("Top of my list for you is the Starbucks gift card. Your SUBWAY card, the one you bought as a "
              "birthday present, carries the most weight here: 24 SUBWAY buyers also bought Starbucks, and 15 "
              "Panera buyers did too. It's the best-selling gift card we have."),
     "errors": ['invented_event'],
     "note": ("(5) personal shopper. True: rank 1; SUBWAY top-weighted (24); Panera 15; popularity rank 1. "
              "Wrong: 'as a birthday present' invents an occasion.")},
    # 041
    {"case": "gift-23", "lang": "en",
     "text": ("Great question! I can see that you bought Outback Steakhouse, Red Robin and SUBWAY gift cards, "
              "and the Outback purchase is the main reason we put the Applebee's card first. Our records show "
              "15 Outback buyers, 14 SUBWAY buyers and 10 Red Robin buyers also bought it. It's currently our "
              "sixth best-selling gift card."),
     "errors": [],
     "note": "(1) chat agent. Rank 1; Outback top-weighted; co-purchase 15 / 14 / 10; popularity rank 6."},
    # 042
    {"case": "gift-24", "lang": "en",
     "text": ("This item appears third in your recommendations because you bought an Outback Steakhouse gift "
              "card; 15 buyers of that card also bought the Applebee's Gift Card. It also shares 3 buyers with "
              "the Papa John's gift card in your history."),
     "errors": ['unknown_item'],
     "note": ("(2) panel. True: rank 3; Outback top-weighted (15). Wrong: 'Papa John's' is in no evidence; the "
              "count 3 belongs to Domino's Pizza.")},
    # 043
    {"case": "gift-25", "lang": "en",
     "text": ("The Holiday Pop-Up Box gift card ($50) is ranked first for this user. The largest contribution "
              "comes from the Santa Smile Tin card, then the Holiday Sprig Box card and the Kraft Paper Reveal "
              "card. Six Santa Smile Tin buyers and five Holiday Sprig Box buyers also bought it; it has 17 "
              "buyers in total, 36th by popularity."),
     "errors": [],
     "note": ("(3) auditor. Rank 1; $50; weight order Santa Smile > Sprig > Kraft; co-purchase 6 and 5; "
              "popularity 17, rank 36.")},
    # 044
    {"case": "mag-03", "lang": "en",
     "text": ("Design lovers, take note. Hearst's home design title B00005N7PN tops your list, largely on the "
              "strength of B00005N7QW, another Hearst design magazine you bought during last year's holiday "
              "sale; nine of its buyers bought both. It's the third best-selling magazine here."),
     "errors": ['invented_event'],
     "note": ("(4) editorial. True: rank 1; QW top-weighted, Hearst, Design & Decoration (9); popularity rank "
              "3. Wrong: 'during last year's holiday sale' dates the purchase.")},
    # 045
    {"case": "mag-05", "lang": "en",
     "text": ("I picked the Hearst cooking magazine B00005N7QG as your first title. You already get Hearst's "
              "home design magazine B00005N7PN, and that counts for the most; sixteen of its buyers also "
              "bought this one. Twelve buyers each of your Meredith titles B000IJ84F6 and B00005N7OV did too, "
              "and it's the best-selling magazine we carry."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 1; PN top-weighted (16); IJ84F6 and OV, both Meredith, 12 each; "
              "popularity rank 1.")},
    # 046
    {"case": "mag-08", "lang": "en",
     "text": ("I can see you bought the Condé Nast travel magazine B00005N7T5, and that's the main reason Natio"
              "nal Geographic's history title B00005NIOH is third on your list; three B00005N7T5 buyers also bo"
              "ught it. It's one of our ten best-selling magazines, and since you haven't picked up any news or"
              " commentary titles with us yet, it should add some variety."),
     "errors": ['negation'],
     "note": ("(1) chat agent. True: rank 3; T5 top-weighted (3); popularity rank 10. Wrong: B00007BK3L (News "
              "& Political Commentary) is in the history.")},
    # 047
    {"case": "mag-10", "lang": "en",
     "text": ("This magazine appears because you bought B00005N7PN, a Hearst home design title; 16 of its "
              "buyers also bought B00005N7QG. Buyers of your This Old House magazine (B00005R8BL, 4) and of "
              "Meredith's B000IOE9Y6 (3) bought it too. It is the best-selling magazine in the catalogue."),
     "errors": [],
     "note": ("(2) panel. PN top-weighted (16); R8BL This Old House Ventures (4); IOE9Y6 Meredith Corporation "
              "(3); popularity rank 1.")},
    # 048
    {"case": "mag-06", "lang": "en",
     "text": ("Five buyers of B00007AVYI and five buyers of the men's health title B00005NIOC also bought "
              "B00005N7SA, which is ranked first for this user. The decisive history item is B00007AVYI, "
              "another Hearst transportation trade magazine: removing it moves B00005N7SA from first to 16th."),
     "errors": ['number_role'],
     "note": ("(3) auditor. True: rank 1; AVYI Hearst Transportation; counterfactual {AVYI}: 1 -> 16; AVYI 5. "
              "Wrong: NIOC's count is 3 (5 is AVYI's).")},
    # 049
    {"case": "mag-11", "lang": "en",
     "text": ("For the home-design shelf: Hearst's B00005N7PN heads your list. It earns its spot from three "
              "design magazines you already subscribe to, Meredith's B00005N7OV first, then Hearst's "
              "B00005N7QW and B00008RUJP, and twelve B00005N7OV buyers bought it too. Only two magazines in "
              "the catalogue sell better."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; weight order OV (Meredith) > QW > RUJP (Hearst), all Design & "
              "Decoration; OV 12; popularity rank 3.")},
    # 050
    {"case": "mag-12", "lang": "en",
     "text": ("I've added Meredith's parenting magazine B000IJ84F6 as your third pick. You bought Meredith's "
              "recipe title B000FTJ7JQ, and ten of its buyers also bought the parenting title; five buyers of "
              "B01CF3ECNK, your other Meredith recipe magazine, did the same. Each issue includes an "
              "age-by-age activity guide."),
     "errors": ['invented_attribute'],
     "note": ("(5) personal shopper. True: rank 3; JQ top-weighted (10); ECNK Meredith recipes (5). Wrong: the "
              "activity guide is invented.")},
    # 051
    {"case": "mag-13", "lang": "en",
     "text": ("Thanks for asking. I can see you bought the Meredith recipe magazine B000FTJ7JQ, and that "
              "purchase is by far the biggest reason B01CF3ECNK, another Meredith recipe title, is first on "
              "your list. Our records show 21 B000FTJ7JQ buyers also bought it, along with 3 buyers of the "
              "Hearst celebrity magazine B00079RO7G that you have as well."),
     "errors": [],
     "note": ("(1) chat agent. Rank 1; JQ weight 0.2037 against 0.0172 next; JQ 21; RO7G Hearst Celebrities in "
              "history (3).")},
    # 052
    {"case": "mag-14", "lang": "en",
     "text": ("This magazine appears because you bought the Hearst cooking magazine B00005N7QG; 16 of its "
              "buyers also bought B00005N7PN. It also shares 4 buyers with B00005N7Q1, the Trusted Media "
              "how-to magazine you"),
     "errors": ['truncated'],
     "note": "(2) panel. Cut mid-clause; the part shown is true (QG top-weighted, 16; Q1 4)."},
    # 053
    {"case": "mag-02", "lang": "en",
     "text": ("B00005N7TL, a Condé Nast technology magazine, is ranked first. Its support is spread across thre"
              "e purchases: B00005N7SA (Hearst), B00005N7SC (Bonnier) and B00005N7Q1 (Trusted Media Brands). Re"
              "moving all three moves it to 30th; the co-purchase counts with them are 5, 6 and 2 respectively."),
     "errors": [],
     "note": ("(3) auditor. Rank 1; Conde Nast, Technology; verified counterfactual {SA, SC, Q1}: 1 -> 30; SA "
              "5, SC 6, Q1 2.")},
    # 054
    {"case": "mag-15", "lang": "en",
     "text": ("Hearst, three times over. You already take Hearst's cooking title B00005N7QG and its women's "
              "health magazine B000ILY9LW, so renewing B00005N7PN, the home design magazine you subscribed to "
              "before, completes the set. Sixteen B00005N7QG buyers and nine B000ILY9LW buyers bought it too, "
              "and only two magazines sell better."),
     "errors": ['ownership'],
     "note": ("(4) editorial. True: QG and ILY9LW (Hearst) in history, 16 and 9; popularity rank 3. Wrong: the "
              "recommended PN is said to have been subscribed to before.")},
    # 055
    {"case": "mag-16", "lang": "en",
     "text": ("Third on my list for you is National Geographic's history title B00005NIOH. Your Kalmbach "
              "nature magazine B00005N7PT weighs most, and four of its buyers took this one too; you also have "
              "another history magazine, B000FTJ7BE, from the Archaeological Institute of America. It's one of "
              "the ten best-selling magazines we carry."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 3; PT Kalmbach, Nature & Ecology, top-weighted (4); BE History in "
              "history; popularity rank 10.")},
    # 056
    {"case": "mag-17", "lang": "en",
     "text": ("I can see you bought Hearst's women's health magazine B000ILY9LW, which is the main reason the "
              "Hearst cooking magazine B00005N7QG is first on your list. Each issue comes with a pull-out set "
              "of recipe cards, and it's our best-selling magazine overall. Our records show 17 buyers of "
              "B000ILY9LW also bought it."),
     "errors": ['invented_attribute'],
     "note": ("(1) chat agent. True: rank 1; ILY9LW top-weighted (17); popularity rank 1. Wrong: the recipe "
              "cards are invented.")},
    # 057
    {"case": "mag-19", "lang": "en",
     "text": ("This magazine appears because you bought B00079RO7G, a Hearst celebrity magazine; five of its "
              "buyers also bought B00005N7SC. Two buyers each of the men's fashion titles B000LXHJFK and "
              "B00005NIPP, both in your purchases, bought it as well. It is the third best-selling magazine."),
     "errors": [],
     "note": ("(2) panel. RO7G top-weighted (5); LXHJFK and NIPP are Fashion & Style, Men, co-purchase "
              "neighbours (history by the rubric), 2 each; popularity rank 3.")},
    # 058
    {"case": "mag-20", "lang": "en",
     "text": ("B00005N7QG is ranked third. The largest contribution is from B00005N7PN; 16 of its buyers also "
              "bought B00005N7QG. The remaining support comes from B00008RUPJ and B000IOE9Y6, with three "
              "shared buyers each. By purchase count it is the most popular magazine in the catalogue."),
     "errors": ['unknown_item'],
     "note": ("(3) auditor. True: rank 3; PN top-weighted (16); IOE9Y6 3; popularity rank 1. Wrong: "
              "'B00008RUPJ' is a mangled B00008RUJP.")},
    # 059
    {"case": "ml-01", "lang": "en",
     "text": ("From one 1997 release to another. You rated Conspiracy Theory, and that weighs most in putting "
              "The Game (1997) at the top of your list. It has drawn 246 ratings in all, and 194 of them come "
              "from people who also rated Contact, as you did."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; Conspiracy Theory top-weighted; popularity 246; Contact in history, "
              "co-rating 194.")},
    # 060
    {"case": "ml-05", "lang": "en",
     "text": ("My first pick for you is Conspiracy Theory (1997): of the people who rated G.I. Jane, as you "
              "did, 204 rated it too. Air Force One, which you also rated, counts the most here, along with "
              "Murder at 1600."),
     "errors": ['wrong_item'],
     "note": ("(5) personal shopper. True: rank 1; AFO top-weighted; G.I. Jane and Murder at 1600 in history. "
              "Wrong: 204 belongs to Liar Liar; G.I. Jane has no co-rating record.")},
    # 061
    {"case": "ml-07", "lang": "en",
     "text": ("Happy to help! I can see you've rated Star Wars, The Rock and Willy Wonka and the Chocolate "
              "Factory, and Star Wars is the biggest reason Toy Story (1995) is your top recommendation. Our "
              "records show 372 users who rated Star Wars also rated Toy Story. It's one of the ten most-rated "
              "films on the site, with 444 ratings."),
     "errors": [],
     "note": "(1) chat agent. Rank 1; Star Wars top-weighted (372); popularity 444, rank 8."},
    # 062
    {"case": "ml-12", "lang": "en",
     "text": ("This film appears third because you purchased The Manchurian Candidate (1962), Sunset Blvd. and "
              "Lost Horizon, with The Manchurian Candidate counting most. To Kill a Mockingbird has 216 "
              "ratings; 128 of them come from users who also rated Alien, and 121 from users who also rated "
              "Casablanca."),
     "errors": ['verb'],
     "note": ("(2) panel. True: rank 3; weight order Manchurian > Sunset Blvd. > Lost Horizon; popularity 216; "
              "Alien 128, Casablanca 121. Wrong: 'purchased' for the user's ratings.")},
    # 063
    {"case": "ml-02", "lang": "en",
     "text": ("GoodFellas (1990) is ranked first for user 178. The two strongest contributions come from the "
              "user's ratings of The Magnificent Seven and True Romance; removing both would move GoodFellas "
              "to 19th. Of its 225 raters, 201 also rated Star Wars and 200 also rated Raiders of the Lost Ark."),
     "errors": [],
     "note": ("(3) auditor. Rank 1; user 178; two top-weighted items; verified counterfactual {Magnificent "
              "Seven, True Romance}: 1 -> 19; popularity 225; Star Wars 201, Raiders 200.")},
    # 064
    {"case": "ml-08", "lang": "en",
     "text": ("Third on your list: Butch Cassidy and the Sundance Kid, carried equally by your rentals of The "
              "Blues Brothers and The Sting. It has 212 ratings, and 177 of those raters also rated Raiders of "
              "the Lost Ark."),
     "errors": ['verb'],
     "note": ("(4) editorial. True: rank 3; Blues Brothers and Sting tied (0.0840); popularity 212; Raiders "
              "177. Wrong: 'rentals' for the rating relation.")},
    # 065
    {"case": "ml-10", "lang": "en",
     "text": ("I'd put Willy Wonka and the Chocolate Factory first for you. Twelve Monkeys, which you rated, "
              "counts most toward it, with Star Trek: First Contact and Private Parts behind. Plenty of "
              "overlap, too: 272 people who rated Star Wars and 253 who rated Toy Story rated Willy Wonka as "
              "well."),
     "errors": [],
     "note": ("(5) personal shopper. Rank 1; weight order Twelve Monkeys > First Contact > Private Parts; "
              "co-rating Star Wars 272, Toy Story 253.")},
    # 066
    {"case": "ml-11", "lang": "en",
     "text": ("Thanks for asking! I can see you watched The Edge, and that's the main reason Cop Land (1997) "
              "is first on your list. Our records show it has 172 ratings, 122 of them from people who also "
              "rated The English Patient."),
     "errors": ['verb'],
     "note": ("(1) chat agent. True: rank 1; The Edge top-weighted; popularity 172; English Patient 122. "
              "Wrong: 'watched' for the rating relation.")},
    # 067
    {"case": "ml-06", "lang": "en",
     "text": ("This film appears because you rated The Full Monty, Boogie Nights and L.A. Confidential; "
              "without those three ratings it would drop to 22nd. In & Out has 227 ratings, and 160 of them "
              "come from users who also rated Contact."),
     "errors": [],
     "note": ("(2) panel. Rank 1; verified counterfactual {Full Monty, Boogie Nights, L.A. Confidential}: 1 -> "
              "22; popularity 227; Contact 160 (not claimed as the user's).")},
    # 068
    {"case": "ml-13", "lang": "en",
     "text": ("Return of the Jedi is ranked first for user 768. The user's rating of Star Wars (1977) accounts "
              "for most of the score, ahead of The Godfather and Men in Black. Among the 498 users who rated "
              "Return of the Jedi, 469 also rated Star Wars; no film on the site has more ratings."),
     "errors": ['superlative'],
     "note": ("(3) auditor. True: rank 1; Star Wars top-weighted; weight order; popularity 498; 469. Wrong: "
              "popularity rank is 3, so two films have more ratings.")},
    # 069
    {"case": "ml-14", "lang": "en",
     "text": ("At the top of your list: Fargo (1996), the second most-rated film on the site with 501 ratings. "
              "Your ratings of Il Postino and Star Wars weigh most in its favour. Among Star Wars raters, 388 "
              "rated Fargo too; among Jerry Maguire raters, 285."),
     "errors": [],
     "note": ("(4) editorial. Rank 1; popularity 501, rank 2; Postino and Star Wars top two; Star Wars 388, "
              "Jerry Maguire 285.")},
    # 070
    {"case": "ml-15", "lang": "en",
     "text": ("Titanic (1997) is my first pick for you. You rated Amistad and Contact, and those push it up "
              "the most; Scream isn't one you've rated yet, but 210 of its raters also rated Titanic. 237 "
              "people who rated Contact did too, and it has 341 ratings overall."),
     "errors": ['negation'],
     "note": ("(5) personal shopper. True: rank 1; Amistad and Contact the two top-weighted; Scream 210, "
              "Contact 237; popularity 341. Wrong: Scream is in the rated history (0.0778).")},
    # 071
    {"case": "shop-02", "lang": "zh",
     "text": ("亲，您好～我这边看到您买过 Trailfox Go 11 和 Pro 2 两款滤水瓶，这款 Trailfox S5 1L 水瓶就是因为"
              "这两单才排到您推荐第一位的哦。如果没有这两次购买，它会掉到第 121 位呢。另外，买过 Go 11 的顾客里"
              "有 61 位也买了 S5。"),
     "errors": [],
     "note": "(1) 客服. Rank 1; verified counterfactual {Go 11, Pro 2}: 1 -> 121; Go 11 co-purchase 61."},
    # 072
    {"case": "shop-14", "lang": "zh",
     "text": ("为什么推荐这个？因为你买过 Kestrel Pro 4 64GB 手机，买过它的顾客中有 17 位也买了 Kestrel Zen 7 1"
              "28GB 手机。Zen 7 的存储是 Pro 4 的两倍，售价 256.99 美元，还支持 5G 双卡双待。它在本店销量排第四"
              "。"),
     "errors": ['invented_attribute'],
     "note": ("(2) 说明面板. True: Pro 4 (17); 128GB = 2 x 64GB; $256.99; popularity rank 4. Wrong: '5G dual SI"
              "M' is invented.")},
    # 073
    {"case": "shop-06", "lang": "zh",
     "text": ("模型将 Hearthly A2 早餐茶排在该用户推荐的第一位。贡献最大的是用户买过的 Brewster Prime 12 鹅颈壶"
              "；若移除这次购买，A2 早餐茶会降到第 21 位。此外，买过 The Winter Mirror 的顾客中有 15 位也买了这"
              "款茶，而这本小说也在用户的购买记录里。"),
     "errors": [],
     "note": ("(3) 审核说明. Rank 1; Prime 12 Kettle Gooseneck top-weighted; verified counterfactual {Prime 12}"
              ": 1 -> 21; Winter Mirror in history, co-purchase 15.")},
    # 074
    {"case": "shop-05", "lang": "zh",
     "text": ("集美们看过来！这瓶 Solenne Neo 10 护发素 250ml 是你的首推，因为你买过 Purelle Flex 12 丰盈洗发水"
              "，买过它的人里有 24 位也入了这瓶。才 9.99 美元，比你买过的 Purelle Prime 1 修护洗发水还便宜，冲"
              "！"),
     "errors": ['comparison'],
     "note": ("(4) 种草. True: rank 1; Flex 12 Volume top-weighted (24); $9.99; Prime 1 in history. Wrong: Prim"
              "e 1 costs $8.99, so the Neo 10 is not cheaper.")},
    # 075
    {"case": "shop-23", "lang": "zh",
     "text": ("我给你挑的第一件是 Solenne Neo 10 护发素 250ml。你买过 Purelle Flex 12 丰盈洗发水，这是最主要的"
              "原因，买过它的顾客中有 24 位也买了这款护发素；你还买过 Purelle Max 1 顺滑护发素，它的买家里也有 "
              "14 位买了 Neo 10。"),
     "errors": [],
     "note": "(5) 导购. Rank 1; Flex 12 top-weighted (24); Max 1 Conditioner Smooth in history (14)."},
    # 076
    {"case": "shop-09", "lang": "zh",
     "text": ("亲，这款 Brewster S9 玻璃水壶排在您推荐第一位，主要是因为您买过 Hearthly A6 早餐茶哦。买过 A6 早"
              "餐茶的顾客中有 40 位也买了这款水壶，它也是本店销量前十的商品呢～"),
     "errors": ['number_role'],
     "note": ("(1) 客服. True: rank 1; A6 Tea Breakfast top-weighted; popularity rank 7. Wrong: 40 is The Winte"
              "r Mirror's count; A6 has its own (43).")},
    # 077
    {"case": "shop-12", "lang": "zh",
     "text": ("为什么推荐这个？The Winter Mirror 这本小说排在你推荐的第 3 位，主要因为你买过 Trailfox Go 11 滤"
              "水瓶：买过它的顾客中有 90 位也买了这本书。它也是本店最畅销的商品，共有 351 位顾客购买。"),
     "errors": [],
     "note": "(2) 说明面板. Rank 3; Go 11 top-weighted (90); popularity 351, rank 1."},
    # 078
    {"case": "shop-15", "lang": "zh",
     "text": ("模型将 The Nordic Kitchen Cookbook 排在第一位。贡献最大的是用户买过的 Hearthly Prime 11 玻璃水壶"
              "，买过它的顾客中有 13 位也买了这本食谱；同为 Penrose Press 出版的小说 The Burning Tide 也在用户"
              "的购买记录里。按购买人数，这本书位列本店前十。"),
     "errors": ['superlative'],
     "note": ("(3) 审核说明. True: rank 1; Prime 11 Kettle Glass top-weighted (13); Burning Tide (Penrose Press"
              ", Novel) in history. Wrong: popularity rank is 12, not <= 10.")},
    # 079
    {"case": "shop-22", "lang": "zh",
     "text": ("书虫姐妹看这里！The Secret Orchard 这本平装小说是你的首推，因为你买过 The Winter Mirror，买过它"
              "的人里有 56 位也入了这本。只要 9.99 美元，码住！"),
     "errors": [],
     "note": "(4) 种草. Rank 1; Paperback, Novel; Winter Mirror top-weighted (56); $9.99."},
    # 080
    {"case": "shop-01", "lang": "zh",
     "text": ("我帮你挑的第一款是 Brewster X6 意式烘焙咖啡豆，就是你之前买过的那款，这次可以再囤一袋。你买过 Br"
              "ewster Core 4 冷萃咖啡机，这是最主要的原因：买过它的顾客中有 38 位也买了这款豆子。"),
     "errors": ['ownership'],
     "note": ("(5) 导购. True: rank 1; Espresso Roast; Core 4 Cold Brew top-weighted (38). Wrong: the recommend"
              "ed X6 is said to have been bought before.")},
    # 081
    {"case": "gift-08", "lang": "zh",
     "text": ("亲，您好！这张 Panda Express Happy Birthday Hats 电子礼品卡排在您推荐的第 3 位，主要是因为您买过"
              " Buffalo Wild Wings 电子礼品卡哦。如果不算那次购买，它会掉到第 11 位，就出了前十啦。买过 Buffalo"
              " Wild Wings 和 Panera Bread 电子卡的顾客里，各有 3 位也买了它。"),
     "errors": [],
     "note": "(1) 客服. Rank 3; BWW top-weighted; verified counterfactual {BWW}: 3 -> 11; BWW 3, Panera 3."},
    # 082
    {"case": "gift-19", "lang": "zh",
     "text": ("为什么推荐这个？因为你买过 Amazon Snowflake Tin 礼品卡，买过它的顾客中有 30 位也买了 Santa Tin "
              "礼品卡。你还没买过圣诞主题的礼品卡，这张 Santa Tin 正好补上。"),
     "errors": ['negation'],
     "note": ("(2) 说明面板. True: Snowflake Tin top-weighted (30). Wrong: the Ornament Tin (Merry Christmas Ca"
              "rd Design) is in the history.")},
    # 083
    {"case": "gift-10", "lang": "zh",
     "text": ("模型将 Panera Bread 礼品卡排在该用户推荐第一位。贡献最大的是 SUBWAY 礼品卡，其次是 Starbucks 和 "
              "AMC Theatre 礼品卡；三者与推荐项的共同购买人数分别为 18、15 和 5。按购买人数，它在全部礼品卡中排"
              "第 10。"),
     "errors": [],
     "note": ("(3) 审核说明. Rank 1; weight order SUBWAY > Starbucks > AMC; co-purchase 18 / 15 / 5; popularity"
              " rank 10.")},
    # 084
    {"case": "gift-23", "lang": "zh",
     "text": ("吃货姐妹看过来！Applebee's 礼品卡是你的首推，因为你买过 Outback Steakhouse 礼品卡，买过它的人里"
              "有 15 位也入了 Applebee's；你买过的 Red Lobster 礼品卡，也有 10 位买家同样买了它。面值 50 美元，"
              "送人很体面～"),
     "errors": ['unknown_item'],
     "note": ("(4) 种草. True: rank 1; Outback top-weighted (15); $50. Wrong: 'Red Lobster' for Red Robin (coun"
              "t 10).")},
    # 085
    {"case": "gift-01", "lang": "zh",
     "text": ("我给你挑的第一张是 Buffalo Wild Wings 电子礼品卡。你买过 IHOP 电子礼品卡，这一条分量最重，买过它"
              "的顾客里有 4 位也买了这张；你买过的 Panda Express 和 Panera Bread 电子卡，也分别有 3 位和 2 位买"
              "家买了它。"),
     "errors": [],
     "note": "(5) 导购. Rank 1; IHOP top-weighted (4); Panda Express 3, Panera 2 (history)."},
    # 086
    {"case": "gift-15", "lang": "zh",
     "text": ("亲，SUBWAY 礼品卡排在您推荐第一位，主要是因为您买过 Panera Bread 礼品卡哦，买过它的顾客中有 18 "
              "位也买了 SUBWAY。您每个月都会买一张 Dominos Pizza 电子卡，买过那张卡的顾客里也有 3 位买了它。"),
     "errors": ['invented_event'],
     "note": ("(1) 客服. True: rank 1; Panera top-weighted (18); Dominos in history (3). Wrong: 'every month' i"
              "s an invented repeat.")},
    # 087
    {"case": "gift-05", "lang": "zh",
     "text": ("为什么推荐这个？你买过 Amazon Santa Tin、Ornament Tin 和 Plaid Gift Box 三款礼品卡，其中 Santa T"
              "in 影响最大。买过这三款的顾客中，分别有 30、18 和 16 位也买了 Snowflake Tin 礼品卡。它是本店销量"
              "第三的礼品卡。"),
     "errors": [],
     "note": ("(2) 说明面板. Weight order Santa > Ornament > Plaid; co-purchase 30 / 18 / 16; popularity rank 3"
              ".")},
    # 088
    {"case": "gift-04", "lang": "zh",
     "text": ("模型将 Amazon Plaid Gift Box 礼品卡排在第三位。贡献依次来自 Ornament Tin、Red Gift Box Reveal 和"
              " Birthday Cupcake Tin 三张礼品卡；若只移除 Ornament Tin 这一项，它会降到第 22 位。买过 Ornament "
              "Tin 的顾客中有 13 位也买了它。"),
     "errors": ['counterfactual'],
     "note": ("(3) 审核说明. True: rank 3; weight order; Ornament 13. Wrong: the verified removed set is all th"
              "ree cards (-> 22), not the Ornament Tin alone.")},
    # 089
    {"case": "mag-06", "lang": "zh",
     "text": ("同样是 Hearst 家的交通行业杂志！B00005N7SA 是你的首推，最关键的就是你买过的 B00007AVYI：要是没有"
              "它，B00005N7SA 会直接掉到第 16 位。买过 B00007AVYI 的人里有 5 位也订了它，码住～"),
     "errors": [],
     "note": ("(4) 种草. Rank 1; SA and AVYI both Hearst, Transportation; verified counterfactual {AVYI}: 1 -> "
              "16; AVYI 5.")},
    # 090
    {"case": "mag-01", "lang": "zh",
     "text": ("我帮你挑的第一本是 Entertainment Weekly 出版的 B000IJ7RQ8，它是本店最畅销的杂志。你买过 TV Guide"
              " 的电视杂志 B000IOEJ8W，这是最主要的原因，买过它的顾客中有 4 位也买了 B000IJ7RQ8。"),
     "errors": ['superlative'],
     "note": ("(5) 导购. True: rank 1; IOEJ8W (TV Guide, Television) top-weighted (4). Wrong: popularity rank i"
              "s 7, not 1.")},
    # 091
    {"case": "mag-14", "lang": "zh",
     "text": ("亲，您好～这本 Hearst 家居设计杂志 B00005N7PN 排在您推荐第一位，主要是因为您买过 Hearst 的食谱杂"
              "志 B00005N7QG，买过它的顾客中有 16 位也买了这本。它在本店杂志销量中排第三哦。"),
     "errors": [],
     "note": ("(1) 客服. Rank 1; PN Hearst Design & Decoration; QG Hearst Recipes top-weighted (16); popularity"
              " rank 3.")},
    # 092
    {"case": "mag-07", "lang": "zh",
     "text": ("为什么推荐这个？因为你买过 B000IJ7RQ8 和 Meredith 的音乐杂志 B0037STB02。买过 B0037STB02 的顾客"
              "中有 4 位也买了这本 Hearst 男士时尚杂志 B000LXHJFK。"),
     "errors": ['number_role'],
     "note": ("(2) 说明面板. True: IJ7RQ8 and STB02 (Meredith, Music) in history; LXHJFK Hearst, Fashion & Styl"
              "e, Men. Wrong: 4 is IJ7RQ8's count; STB02 has its own (3).")},
    # 093
    {"case": "mag-04", "lang": "zh",
     "text": ("模型将 Hearst 家居设计杂志 B00005N7PN 排在该用户推荐的第三位。支撑它的是用户买过的三本杂志：B000"
              "05N7OV、B000ILY9LW 和 B000FTJ7JQ；三本同时移除后，它会降到第 15 位。三者与它的共同购买人数分别为"
              " 12、9 和 7。"),
     "errors": [],
     "note": "(3) 审核说明. Rank 3; verified counterfactual {OV, ILY9LW, JQ}: 3 -> 15; 12 / 9 / 7."},
    # 094
    {"case": "mag-09", "lang": "zh",
     "text": ("爱做饭的姐妹冲！Meredith 的食谱杂志 B01CF3ECNK 是你的首推，因为你买过同家的 B000FTJ7JQ，买过它的"
              "人里有 21 位也订了这本；买过 Hearst 食谱杂志 B001LF4EVO 的人里也有"),
     "errors": ['truncated'],
     "note": ("(4) 种草. Cut mid-clause; the part shown is true (rank 1; JQ Meredith Recipes top-weighted, 21; "
              "EVO Hearst Recipes).")},
    # 095
    {"case": "mag-18", "lang": "zh",
     "text": ("我给你挑的第一本是 Hearst 的食谱杂志 B00005N7QG，也是本店最畅销的杂志。你买过 Meredith 的时事评"
              "论杂志 B00007BK3L，它的影响最大，买过它的顾客里有 4 位也买了这本；你买过的特殊饮食杂志 B00005N7U"
              "1，也有 5 位买家同样买了它。"),
     "errors": [],
     "note": ("(5) 导购. Rank 1; popularity rank 1; BK3L (News & Political Commentary) top-weighted (4); U1 Spe"
              "cial Diet (5).")},
    # 096
    {"case": "ml-03", "lang": "zh",
     "text": ("亲，您好～这部 The Brothers McMullen (1995) 排在您推荐的第一位，是因为您评过 Citizen Kane、Greas"
              "e 和 Primal Fear 这三部电影，它们的影响一样大哦。要是没有这三条评分，它就会跌出您的前十啦。评过 "
              "Fargo 的用户中有 59 位也评了这部片子。"),
     "errors": ['counterfactual'],
     "note": ("(1) 客服. True: rank 1; three tied weights (0.0232); Fargo 59. Wrong: the bundle has no counterf"
              "actual.")},
    # 097
    {"case": "ml-13", "lang": "zh",
     "text": ("为什么推荐这个？主要因为你评过 Star Wars (1977)：评过它的用户中有 469 位也评了 Return of the Jed"
              "i (1983)。这部电影共有 498 人评分，评分人数在全站排第三。"),
     "errors": [],
     "note": "(2) 说明面板. Rank 1; Star Wars top-weighted (469); popularity 498, rank 3."},
    # 098
    {"case": "ml-04", "lang": "zh",
     "text": ("模型将 Chasing Amy (1997) 排在该用户推荐第三位，依据是用户观看过的 Everyone Says I Love You、Boo"
              "gie Nights 和 Fallen；若移除这三部，它会降到第 11 位。评过 Contact 的用户中有 167 位也评了这部电"
              "影。"),
     "errors": ['verb'],
     "note": ("(3) 审核说明. True: rank 3; verified counterfactual {three films}: 3 -> 11; Contact 167. Wrong: "
              "'观看过' (watched) for the user's ratings.")},
    # 099
    {"case": "ml-15", "lang": "zh",
     "text": ("电影党冲！Titanic (1997) 是你的首推，因为你评过 Amistad、Contact 和 Scream。评过 Contact 的人里"
              "有 237 位也给 Titanic 打了分，评过 Scream 的也有 210 位。全站共有 341 人评过它。"),
     "errors": [],
     "note": "(4) 种草. Rank 1; the three history films; Contact 237, Scream 210; popularity 341."},
    # 100
    {"case": "ml-09", "lang": "zh",
     "text": ("我给你挑的第一部是 Back to the Future (1985)。你评过 Monty Python and the Holy Grail 和 Pulp Fic"
              "tion，这两部分量最重；评过 Indiana Jones and the Last Crusade 的用户中有 301 位也评了它。"),
     "errors": ['wrong_item'],
     "note": ("(5) 导购. True: rank 1; Monty Python and Pulp Fiction top two. Wrong: 301 belongs to Star Wars; "
              "Indiana Jones (history) has no co-rating record.")},
]
