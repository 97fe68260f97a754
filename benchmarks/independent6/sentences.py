"""Hand-written recommendation reasons for the narration fact checker, labelled by hand against
../independent/bundles.jsonl (independent set 6). errors == [] means faithful."""


def S(case, lang, text, errors, note):
    return {"case": case, "lang": lang, "text": text, "errors": list(errors), "note": note}


SENTENCES = [
    # ---------------------------------------------------------------- English, shop (24)
    S("shop-01", "en",
      "Since you own the Brewster Core 4 cold-brew coffee maker, the Brewster X6 Espresso Roast beans ($26.99) are "
      "our top pick for you — 38 other Core 4 owners have bought them too.",
      [], "rank 1; Core 4 is a history item with co-purchase 38; price 26.99"),
    S("shop-02", "en",
      "Without your Trailfox Go 11 filter bottle, the Trailfox S5 1L bottle would tumble out of your top 10 — that "
      "one purchase is what puts it first.",
      ["counterfactual"], "verified removed set is Go 11 AND Pro 2 (new rank 121); one item alone is not verified"),
    S("shop-04", "en",
      "The Brewster Core 4 Cold Brew coffee maker sits third on your list, largely thanks to your Hearthly S10 drip "
      "machine — take that purchase away and it would slip to 23rd.",
      [], "rank 3; S10 is the top-weighted item; counterfactual removes S10, 3 -> 23"),
    S("shop-05", "en",
      "Solenne Neo 10 Conditioner 250ml, $9.99: 93 shoppers have bought it so far, and 24 of the people who bought "
      "the Purelle Flex 12 Volume shampoo you have picked it up too.",
      [], "popularity count 93; Flex 12 co-purchase 24; price 9.99"),
    S("shop-06", "en",
      "It's The Winter Mirror in your history that earns Hearthly A2 Breakfast tea its top spot: without that "
      "novel, the tea would fall to 21st.",
      ["counterfactual"], "the verified removal is the Brewster Prime 12 kettle, not The Winter Mirror"),
    S("shop-08", "en",
      "Third on your list: the Solenne Neo 10 Conditioner. It's there mostly because of your Purelle Prime 1 Repair "
      "shampoo — without that, the conditioner would sink to number 82.",
      [], "rank 3; Prime 1 top-weighted; counterfactual removes Prime 1, 3 -> 82"),
    S("shop-09", "en",
      "43 shoppers who bought the Casaro Z4 1.7L kettle, just like you, went on to buy the Brewster S9 Glass Kettle, "
      "our first recommendation for you.",
      ["wrong_item"], "43 is the Hearthly A6 tea's co-purchase count; the Casaro Z4 has no co-purchase record"),
    S("shop-10", "en",
      "We'd start you with the Purelle Core 5 Kids sunscreen ($17.99); had you bought neither the Purelle A8 day "
      "cream nor the Air 9 Kids sunscreen, it would fall to 21st.",
      [], "rank 1; counterfactual set is A8 Face Cream + Air 9 Sunscreen Kids, new rank 21; price 17.99"),
    S("shop-11", "en",
      "The Purelle Air 9 Kids sunscreen is the single best-selling product in our shop, and 85 buyers of the A8 "
      "Face Cream you own have it too.",
      ["superlative"], "popularity rank is 6, not 1; the 85 co-purchase with A8 is right"),
    S("shop-12", "en",
      "The Winter Mirror is the most-bought item in our shop, and 90 customers who bought the Trailfox Go 11 filter "
      "bottle, as you did, picked it up as well — it's number three among your suggestions.",
      [], "popularity rank 1; Go 11 co-purchase 90; recommendation rank 3"),
    S("shop-14", "en",
      "48 owners of the Kestrel Pro 4 64GB also bought the Kestrel Zen 7 128GB, one of the five most popular "
      "products we sell.",
      ["number_role"], "Pro 4's co-purchase count is 17; 48 belongs to The Winter Mirror; popularity rank 4 is fine"),
    S("shop-15", "en",
      "Because you bought the Hearthly Prime 11 glass kettle and the S8 green tea, we recommend The Nordic Kitchen "
      "Cookbook (Paperback, $22.99); 13 other buyers of that kettle bought the book too.",
      [], "both history items; Prime 11 co-purchase 13; price 22.99"),
    S("shop-16", "en",
      "The Purelle Max 2 Repair conditioner costs less than the Solenne Neo 10 you bought, and 12 buyers of your "
      "Flex 12 shampoo bought it too.",
      ["comparison"], "Max 2 is 10.99, Neo 10 is 9.99: it costs more; the 12 is right"),
    S("shop-17", "en",
      "Kettleworth A1 Decaf coffee beans top our picks for you: 25 people who own the Casaro X12 pod coffee maker, "
      "as you do, bought them as well, and at $6.99 they cost less than the Brewster X2 beans you bought.",
      [], "rank 1; X12 co-purchase 25; 6.99 < 8.99 (X2 is history)"),
    S("shop-18", "en",
      "You picked up the Hearthly Prime 1 kettle just last month, so a box of Hearthly Core 6 Chamomile tea ($3.99) "
      "makes a cosy next buy.",
      ["invented_event"], "no dates in the bundle: 'just last month' is invented"),
    S("shop-20", "en",
      "Coming in third for you: the Kestrel Lite 7 Slim phone case at $6.99. Twelve shoppers who bought the "
      "Kestrel S12 Slim case, as you did, bought it too.",
      [], "rank 3; price 6.99; S12 co-purchase 12"),
    S("shop-21", "en",
      "Even though you've never bought anything from Trailfox, the Trailfox Go 11 filter bottle is worth a look: "
      "only one item in the shop sells better.",
      ["negation"], "history holds the Trailfox Zen 7 socks; popularity rank 2 ('only one sells better') is right"),
    S("shop-22", "en",
      "You already own The Secret Orchard in paperback, and 56 readers of The Winter Mirror bought it as well — "
      "maybe pick up a second copy to give away?",
      ["ownership"], "The Secret Orchard is the recommendation, not a purchase; 56 is right"),
    S("shop-23", "en",
      "The Solenne Neo 10 Conditioner (250ml, $9.99) is our first choice for you: it costs less than the Purelle "
      "Max 1 Smooth conditioner you bought, and 14 other Max 1 buyers picked it up.",
      [], "rank 1; 9.99 < 16.99; Max 1 co-purchase 14"),
    S("shop-24", "en",
      "As an owner of the Trailfox Z12 750ml bottle, you might like the 1L Trailfox S5 — it's third among your "
      "recommendations.",
      ["unknown_item"], "the history bottle is the Trailfox Z10 750ml; 'Z12' is a changed title"),
    S("shop-26", "en",
      "The Brewster Core 4 Cold Brew maker is one of the ten best-selling products we carry, and 24 buyers of the "
      "Brewster X9 espresso machine you own also bought one.",
      [], "popularity rank 9 <= 10; X9 co-purchase 24"),
    S("shop-27", "en",
      "The Trailfox Pro 2 filter bottle is BPA-free and dishwasher-safe, and 50 people who bought the Go 11 like you "
      "chose it too.",
      ["invented_attribute"], "BPA-free / dishwasher-safe are in no fact; Go 11 co-purchase 50 is right"),
    S("shop-28", "en",
      "Your two Hearthly kettles, the Prime 11 glass and the A4 gooseneck, put Hearthly A11 Chamomile tea third on "
      "your list; 48 people who bought that A4 kettle bought the tea as well.",
      [], "both kettles are the top-weighted history; rank 3; A4 co-purchase 48"),
    S("shop-30", "en",
      "The Kestrel Zen 7 Smartphone 128GB is our top pick for you, since 23 people who bought the Kestrel Air 5 "
      "64GB memory card also",
      ["truncated"], "cut off mid-clause; what is shown is true (rank 1, Air 5 co-purchase 23)"),

    # ---------------------------------------------------------------- English, gift (19)
    S("gift-01", "en",
      "Try the Buffalo Wild Wings e-mail gift card: four shoppers who bought the IHOP e-gift card, as you did, "
      "bought it as well.",
      [], "IHOP co-purchase 4"),
    S("gift-02", "en",
      "The Subway 3-card multipack ($30) is our number-one suggestion; without your Starbucks four-pack and your "
      "JCPenney gift card, it would drop to 25th.",
      [], "rank 1; price 30; counterfactual set Starbucks Multipack of 4 + JCPenney, new rank 25"),
    S("gift-04", "en",
      "Take away the Ornament Tin, Red Gift Box Reveal and Birthday Cupcake Tin cards you bought and the Plaid Gift "
      "Box card would fall from third to 32nd.",
      ["counterfactual"], "right set and old rank 3, but the new rank is 22, not 32"),
    S("gift-05", "en",
      "The $200 Snowflake Tin gift card is the third best-selling card in our store and your top pick; 30 buyers of "
      "the Santa Tin card you have also bought it.",
      [], "popularity rank 3; rank 1; price 200; Santa Tin co-purchase 30"),
    S("gift-06", "en",
      "The $25 Santa Tin (Ho! Ho! Ho!) gift card is our top suggestion, and it's there because of your Snowflake "
      "Tin card: without that one, it would fall to 27th.",
      [], "rank 1; price 25; counterfactual removes the Snowflake Tin, new rank 27"),
    S("gift-08", "en",
      "Third on your list is the Panda Express Happy Birthday Hats e-gift card; it hinges on your Buffalo Wild "
      "Wings e-gift card, and without that purchase it would land at 11th, just outside your top 10.",
      [], "rank 3; counterfactual removes Buffalo Wild Wings, new rank 11"),
    S("gift-09", "en",
      "Sixteen shoppers who bought the Santa Tin card also chose the Amazon Snowflake Tin gift card, one of the "
      "three most popular cards we sell.",
      ["number_role"], "Santa Tin's co-purchase count is 30; 16 is the Plaid Gift Box's; popularity rank 3 is fine"),
    S("gift-10", "en",
      "The Panera Bread gift card is among our ten best-sellers and costs the same $25 as the SUBWAY and Starbucks "
      "cards you've bought.",
      [], "popularity rank 10; all three cost 25"),
    S("gift-12", "en",
      "Burger King gift card, third on your list: 12 people who bought the AMC Theatre card, like you, also bought "
      "it.",
      ["wrong_item"], "AMC has only an attribution weight, no co-purchase record; 12 is the Starbucks card's"),
    S("gift-13", "en",
      "The $50 Applebee's gift card comes with a free $10 bonus card, and 15 Outback Steakhouse card buyers also "
      "picked one up.",
      ["invented_attribute"], "no bonus card in the bundle; price 50 and Outback 15 are right"),
    S("gift-14", "en",
      "Your top recommendation is the $200 Snowflake Tin card, the third most popular gift card in the store; seven "
      "buyers each of the Red Gift Box Reveal, Santa Smile Tin and Starbucks cards you bought also chose it.",
      [], "rank 1; popularity rank 3; all three history cards have co-purchase 7"),
    S("gift-16", "en",
      "The Starbucks gift card, the best-selling card in our store, is your top recommendation.",
      ["superlative"], "best-selling is true (popularity rank 1) but the recommendation rank is 3"),
    S("gift-17", "en",
      "Since you bought the Amazon gift card in a Blue Gift Box, the Amazon gift card in a Greeting Card is our top "
      "pick — 15 Plaid Gift Box buyers bought it too.",
      ["unknown_item"], "the history card is the Black Gift Box; 'Blue Gift Box' is a changed title"),
    S("gift-18", "en",
      "Our first pick for you is the Amazon gift card in a Holiday Sprig Box; 18 shoppers have bought it, and five "
      "buyers of the Holiday Pop-Up Box card you have also bought it.",
      [], "rank 1; popularity count 18; Pop-Up Box co-purchase 5"),
    S("gift-20", "en",
      "Want another Plaid Gift Box card to go with the one you already have? 16 Snowflake Tin buyers bought it too.",
      ["ownership"], "the Plaid Gift Box is the recommendation, not a purchase; 16 is right"),
    S("gift-21", "en",
      "You sent a Dominos Pizza e-gift card for a friend's birthday last month, so an Olive Garden e-mail gift card "
      "could be your next treat.",
      ["invented_event"], "Dominos is bought, but the friend, birthday and date are invented"),
    S("gift-22", "en",
      "Our best-selling gift card, the $25 Starbucks card, tops your list: 24 SUBWAY card buyers and 15 Panera Bread "
      "card buyers also bought it, and you have both of those.",
      [], "popularity rank 1; rank 1; SUBWAY 24, Panera 15 (both history)"),
    S("gift-24", "en",
      "In third place for you: the $50 Applebee's gift card, which only five items in the store outsell; 15 "
      "Outback Steakhouse card buyers also bought it.",
      [], "rank 3; popularity rank 6; price 50; Outback 15"),
    S("gift-25", "en",
      "The Holiday Pop-Up Box gift card is cheaper than the Kraft Paper Reveal with Jingle Bells card you bought, "
      "and six Santa Smile Tin buyers picked it up too.",
      ["comparison"], "Pop-Up Box is 50, Kraft Paper is 20; Santa Smile 6 is right"),

    # ---------------------------------------------------------------- English, mag (15)
    S("mag-01", "en",
      "We recommend B000IJ7RQ8 from Entertainment Weekly, Inc., one of our ten most popular subscriptions; four "
      "buyers of the TV Guide title B000IOEJ8W, which you have, bought it too.",
      [], "popularity rank 7; brand right; B000IOEJ8W (TV Guide) co-purchase 4"),
    S("mag-02", "en",
      "Without B00005N7SA and B00005N7SC in your history, the Conde Nast technology magazine B00005N7TL would fall "
      "to 30th.",
      ["counterfactual"], "the verified set also includes B00005N7Q1; two of three is not verified"),
    S("mag-04", "en",
      "B00005N7PN, a Hearst home-design title, is your number-three pick; without B00005N7OV, B000ILY9LW and "
      "B000FTJ7JQ it would drop out of your top 10, to 15th.",
      [], "rank 3; full counterfactual set of three, new rank 15"),
    S("mag-05", "en",
      "B00005N7PN is our top pick for you, since 16 readers of B00005N7QG, which you bought, also chose it.",
      ["wrong_item", "ownership"], "recommendation (QG) and history item (PN) swapped"),
    S("mag-06", "en",
      "B00005N7SA, a Hearst transportation trade magazine, leads your recommendations because of B00007AVYI: "
      "without that one purchase it would drop to 16th.",
      [], "rank 1; brand/category right; counterfactual removes B00007AVYI, new rank 16"),
    S("mag-08", "en",
      "30 shoppers who own the Conde Nast travel title B00005N7T5 also bought National Geographic's B00005NIOH, "
      "third on your list.",
      ["number_role"], "30 is the popularity count; B00005N7T5's co-purchase count is 3"),
    S("mag-09", "en",
      "Meredith's recipe magazine B01CF3ECNK heads your list: 21 people who bought B000FTJ7JQ, as you did, bought it "
      "too.",
      [], "rank 1; brand/category right; B000FTJ7JQ co-purchase 21"),
    S("mag-10", "en",
      "Since you renewed B00005N7PN last spring, we think you'd enjoy Hearst's cooking title B00005N7QG, our "
      "best-selling magazine.",
      ["invented_event"], "renewal and date are invented; popularity rank 1 is right"),
    S("mag-12", "en",
      "Meredith's parenting magazine B000IJ48F6 ranks third for you; ten buyers of B000FTJ7JQ also bought it.",
      ["unknown_item"], "mangled ASIN: the recommendation is B000IJ84F6; rank 3 and 10 are right"),
    S("mag-13", "en",
      "Top of your list is B01CF3ECNK, a Meredith recipes title bought by 22 customers; it leans mostly on your "
      "purchase of B000FTJ7JQ, and 21 buyers of that title also bought this one.",
      [], "rank 1; popularity count 22; B000FTJ7JQ top-weighted, co-purchase 21"),
    S("mag-14", "en",
      "Because you bought B00005N7QG and B00005N7Q1, we've put the Hearst design magazine B00005N7PN at the top of "
      "your",
      ["truncated"], "cut off; the part shown is true"),
    S("mag-16", "en",
      "National Geographic's history journal B00005NIOH is number three on your list; 30 customers have bought it, "
      "and four buyers of Kalmbach's B00005N7PT, which you own, also bought it.",
      [], "rank 3; popularity count 30; B00005N7PT (Kalmbach) co-purchase 4"),
    S("mag-17", "en",
      "You haven't bought any Meredith magazines yet, so start with Hearst's B00005N7QG, the best-selling title in "
      "the store.",
      ["negation"], "B000IJ84F6 and B00005N7OV in the history are Meredith; popularity rank 1 is right"),
    S("mag-18", "en",
      "Hearst's cooking magazine B00005N7QG is the most-bought title we have and your first recommendation; five "
      "people who bought the special-diet magazine B00005N7U1, as you did, also bought it.",
      [], "popularity rank 1; rank 1; B00005N7U1 (Special Diet) co-purchase 5"),
    S("mag-20", "en",
      "Your third suggestion, B00005N7QG, includes free access to the digital edition, and 16 buyers of B00005N7PN "
      "bought it too.",
      ["invented_attribute"], "no digital edition in the bundle; rank 3 and 16 are right"),

    # ---------------------------------------------------------------- English, ml (12)
    S("ml-01", "en",
      "Because you watched Conspiracy Theory and G.I. Jane, The Game (1997) is our top pick for you.",
      ["verb"], "MovieLens history is rated, not watched"),
    S("ml-02", "en",
      "GoodFellas (1990) is first on your list; it rests on your ratings of The Magnificent Seven and True Romance, "
      "without which it would fall to 19th.",
      [], "rank 1; counterfactual set of two, new rank 19"),
    S("ml-04", "en",
      "Chasing Amy comes third for you, and if you hadn't rated Boogie Nights it would slide out of your top 10.",
      ["counterfactual"], "verified set is three films (Everyone Says I Love You, Boogie Nights, Fallen)"),
    S("ml-05", "en",
      "Conspiracy Theory (1997) is our top recommendation: 221 users who rated Air Force One, as you did, also rated "
      "it, and 288 users have rated it in all.",
      [], "rank 1; Air Force One co-rating 221; popularity count 288"),
    S("ml-06", "en",
      "In & Out (1997) tops your recommendations thanks to your ratings of The Full Monty, Boogie Nights and L.A. "
      "Confidential; take away all three and it drops to 22nd.",
      [], "rank 1; full counterfactual set, new rank 22"),
    S("ml-07", "en",
      "Toy Story (1995), the most-rated film in the whole catalogue, is our top pick; 372 people who rated Star Wars "
      "also rated it.",
      ["superlative"], "popularity rank is 8, not 1; 372 is right"),
    S("ml-09", "en",
      "Back to the Future (1985) leads your list: you rated Pulp Fiction, Monty Python and the Holy Grail and Indiana "
      "Jones and the Last Crusade, and 271 Pulp Fiction raters also rated Back to the Future.",
      [], "rank 1; three history films; Pulp Fiction co-rating 271"),
    S("ml-10", "en",
      "Since you rated Twelve Monkeys and Star Trek: First Contact (1998), we recommend Willy Wonka and the "
      "Chocolate Factory (1971).",
      ["unknown_item"], "the history film is Star Trek: First Contact (1996); the year is changed"),
    S("ml-11", "en",
      "Cop Land (1997) is your top pick, based on your ratings of The Edge, L.A. Confidential and In the Company of "
      "Men; 172 users have rated it.",
      [], "rank 1; three history films; popularity count 172"),
    S("ml-13", "en",
      "Return of the Jedi (1983) has been rated by 469 users, the third-highest count in the catalogue, and it's "
      "first on your list because you rated Star Wars.",
      ["number_role"], "469 is the Star Wars co-rating count; popularity count is 498 (rank 3 is right)"),
    S("ml-14", "en",
      "Because you saw Il Postino and Jerry Maguire, Fargo (1996) is the film we'd put first for you.",
      ["verb"], "'saw' = watched; MovieLens history is rated"),
    S("ml-15", "en",
      "Titanic (1997) is our first recommendation for you: 237 people who rated Contact and 210 who rated Scream "
      "also rated it, and you've rated both of those.",
      [], "rank 1; Contact 237, Scream 210 (both history)"),

    # ---------------------------------------------------------------- Chinese (30)
    S("shop-02", "zh",
      "因为你买过 Trailfox Go 11 Water Bottle Filter 和 Trailfox Pro 2 Water Bottle Filter，我们首推 Trailfox S5 "
      "Water Bottle 1L；要是没有这两件，它会跌到第 121 位。",
      [], "rank 1; full counterfactual set of two, new rank 121"),
    S("shop-03", "zh",
      "The Winter Mirror: A Novel (Hardcover) 是本店卖得最多的商品，售价 8.99 美元，和你买过的 Purelle Air 9 "
      "Sunscreen Kids 一样；买过 Trailfox Go 11 Water Bottle Filter 的顾客中有 90 位也买了它。",
      [], "popularity rank 1; both 8.99; Go 11 co-purchase 90"),
    S("shop-07", "zh",
      "你之前买过的 Purelle Air 9 Sunscreen Kids 该补货了，买过 Purelle A8 Face Cream Day 的顾客中也有 85 位买了它。",
      ["ownership"], "the recommendation is called already bought (reorder); 85 is right"),
    S("shop-13", "zh",
      "买过 Hearthly A6 Tea Breakfast 的顾客中有 48 位也买了 Hearthly A4 Kettle Gooseneck，所以它是你的首推。",
      ["wrong_item"], "A6 has only an attribution weight, no co-purchase record; 48 is the A11 Chamomile's"),
    S("shop-19", "zh",
      "你买过 Lumetric Zen 4 Screen Protector Tempered Glass，所以我们首推同品牌的 Lumetric Z1 Phone Case Clear"
      "（23.99 美元）；买过这款钢化膜的顾客中有 13 位也买了它。",
      [], "rank 1; both Lumetric; price 23.99; Zen 4 co-purchase 13"),
    S("shop-21", "zh",
      "Trailfox Go 11 Water Bottle Filter 的销量在本店排第二；买过 Zenova Flex 11 Running Shoes Cushioned 的顾客中有 "
      "9 位也买了它，而这双鞋你也买过。",
      [], "popularity rank 2; Zenova co-purchase 9"),
    S("shop-25", "zh",
      "The Winter Mirror: A Novel (Hardcover) 是本店最畅销的商品，现在下单还送作者签名书签；买过 The Hidden House: A "
      "Novel (Paperback) 的顾客中有 6 位也买了它。",
      ["invented_attribute"], "signed bookmark is invented; popularity rank 1 and 6 are right"),
    S("shop-26", "zh",
      "Brewster Core 4 Coffee Maker Cold Brew 是本店销量第一的商品，买过 Brewster X9 Coffee Maker Espresso 的顾客中有 "
      "24 位也买了它。",
      ["superlative"], "popularity rank 9, not 1; 24 is right"),
    S("shop-29", "zh",
      "Trailfox Go 11 Water Bottle Filter 比你买过的 Trailfox Air 5 Water Bottle Insulated 还便宜，而且买过 Stride Go "
      "1 Running Shoes Cushioned 的顾客中有 18 位也买了它。",
      ["comparison"], "Go 11 is 18.99, Air 5 is 15.99; Stride Go 1 18 is right"),
    S("gift-02", "zh",
      "如果你没买过 Starbucks Gift Cards, Multipack of 4，Subway Gift Cards, Multipack of 3 就会掉出你的前十名推荐。",
      ["counterfactual"], "verified set is the Starbucks multipack AND the JCPenney card"),
    S("gift-03", "zh",
      "Amazon.com Gift Card in a Greeting Card (Various Designs) 是你的首选推荐，售价 40 美元，销量在本店排第二；买过 "
      "Amazon.com Gift Card in a Birthday Cupcake Tin 的顾客里有 9 位也买了它。",
      [], "rank 1; price 40; popularity rank 2; Cupcake Tin co-purchase 9"),
    S("gift-07", "zh",
      "去年圣诞节你送出过 Amazon.com Gift Card in a Santa Smile Tin，今年不妨试试 Amazon.com Gift Card in a Ornament "
      "Tin (Merry Christmas Card Design)。",
      ["invented_event"], "the Santa Smile Tin is bought, but giving it away last Christmas is invented"),
    S("gift-11", "zh",
      "我们首推 Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)：它的销量在本店前五，买过 Amazon.com "
      "Gift Card in a Snowflake Tin (Happy Holidays Card Design) 的顾客中有 30 位也买了它。",
      [], "rank 1; popularity rank 4 <= 5; Snowflake co-purchase 30"),
    S("gift-15", "zh",
      "因为你买过 Panera Bread Gift Card，而买过这张卡的顾客中有 18 位也买了",
      ["truncated"], "cut off; Panera co-purchase 18 is right"),
    S("gift-16", "zh",
      "Starbucks Gift Card 是本店最畅销的礼品卡，在你的推荐中排第三；买过 Amazon.com Gift Card in a Greeting Card "
      "(Various Designs) 的顾客里有 10 位也买了它。",
      [], "popularity rank 1; rank 3; Greeting Card co-purchase 10"),
    S("gift-19", "zh",
      "你买过 Amazon.com Gift Card in a Snowman Tin 和 Amazon.com Gift Card in a Ornament Tin (Merry Christmas Card "
      "Design)，所以首推 Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)。",
      ["unknown_item"], "the history card is the Snowflake Tin; 'Snowman Tin' is a changed title"),
    S("gift-22", "zh",
      "你还没买过任何餐厅礼品卡，不妨从本店最畅销的 Starbucks Gift Card 开始。",
      ["negation"], "history has SUBWAY, Olive Garden and Panera Bread cards; popularity rank 1 is right"),
    S("gift-23", "zh",
      "Applebee's Gift Card（50 美元）是我们给你的第一推荐：买过 Outback Steakhouse Gift Card 的顾客中有 15 位、买过 "
      "Red Robin Gift Card 的顾客中有 10 位也买了它，这两张卡你都买过。",
      [], "rank 1; price 50; Outback 15, Red Robin 10"),
    S("mag-03", "zh",
      "B00005N7PN 是 Hearst Magazines 旗下的家居设计杂志，销量在本店排第三；和你一样买过 B00005N7QW 的顾客中，有 9 "
      "位也买了它。",
      [], "brand/category right; popularity rank 3; QW co-purchase 9"),
    S("mag-07", "zh",
      "Hearst Magazines 的男士时尚杂志 B000LXHJFK 是本店最热门的杂志之一；买过 B000IJ7RQ8 的顾客中有 4 位也买了它。",
      ["superlative"], "popularity rank 72 does not support 'one of the most popular'; 4 is right"),
    S("mag-09", "zh",
      "首推 Meredith 的食谱杂志 B01CF3ECNK：买过 B001LF4EVO 的顾客中有 21 位也买了它。",
      ["number_role"], "B001LF4EVO's co-purchase count is 6; 21 belongs to B000FTJ7JQ"),
    S("mag-11", "zh",
      "首推 Hearst Magazines 的家居设计杂志 B00005N7PN：买过 B00005N7OV 的顾客中有 12 位也买了它，买过 B00005N7QW "
      "的也有 9 位，这两本你都买过。",
      [], "rank 1; OV 12, QW 9"),
    S("mag-15", "zh",
      "B00005N7PN 排在你推荐的第一位，主要因为你买过 Hearst Magazines 的烹饪杂志 B00005N7QG；买过 B00005N7QG 的顾客中有 "
      "16 位也买了 B00005N7PN。",
      [], "rank 1; QG top-weighted (Hearst, cooking); co-purchase 16"),
    S("mag-17", "zh",
      "B00005N7QG 是本店最畅销的杂志，也是给你的首推；买过 B000ILY9LW 的顾客中有 17 位也买了它，而你也买过 "
      "B000ILY9LW。",
      [], "popularity rank 1; rank 1; ILY9LW co-purchase 17"),
    S("mag-19", "zh",
      "买过 B00079RO7G 的顾客中有 42 位也买了 Bonnier Corporation 的 B00005N7SC，所以我们把它排在第一。",
      ["number_role"], "42 is the popularity count; B00079RO7G's co-purchase count is 5"),
    S("ml-03", "zh",
      "你看过 Citizen Kane (1941) 和 Grease (1978)，所以我们向你推荐 Brothers McMullen, The (1995)。",
      ["verb"], "看过 (watched) for MovieLens ratings"),
    S("ml-06", "zh",
      "如果去掉你评过分的 Full Monty, The (1997)、Boogie Nights (1997) 和 L.A. Confidential (1997)，In & Out (1997) "
      "会从第一位跌到第 12 位。",
      ["counterfactual"], "right set and old rank, but the new rank is 22, not 12"),
    S("ml-08", "zh",
      "Butch Cassidy and the Sundance Kid (1969) 排在你推荐的第三位：评过 Raiders of the Lost Ark (1981) 的用户中有 "
      "177 位也给它打了分；它总共有 212 位用户评过。",
      [], "rank 3; Raiders (neighbour) co-rating 177; popularity count 212"),
    S("ml-12", "zh",
      "根据你对 Manchurian Candidate, The (1962)、Sunset Blvd. (1950) 和 Lost Horizon (1937) 的评分，To Kill a "
      "Mockingbird (1962) 排在你推荐的第三位。",
      [], "three history films; rank 3"),
    S("ml-14", "zh",
      "Fargo (1996) 的评分人数在所有电影中排第二，也是你的首推；评过 Star Wars (1977) 的用户中有 388 位也评了它。",
      [], "popularity rank 2; rank 1; Star Wars co-rating 388"),
]
