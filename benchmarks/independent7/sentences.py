"""Hand-written recommendation reasons for the narration fact checker (independent set 7, hand7).

100 sentences, each about one evidence bundle of ``../independent/bundles.jsonl`` (``case`` is the bundle id) and
labelled by hand against that bundle's facts alone. ``errors`` empty means faithful: every claim is supported by
the bundle in the right role. Otherwise ``errors`` lists the error kinds of ``../independent/README.md`` (plus
``comparison`` for a false price comparison, as in independent2/4/5/6), the main one first. ``note`` says which
bundle facts support or contradict the sentence.

English: 35 faithful + 35 unfaithful over 70 distinct bundles. Chinese: 15 + 15 over the other 20 bundles plus 10
repeats. The labeller did not read the checker or any earlier sentence set.
"""


def S(case, lang, text, errors, note):
    return {"case": case, "lang": lang, "text": text, "errors": list(errors), "note": note}


SENTENCES = [
    # ------------------------------------------------------------------ English, shop
    S("shop-01", "en",
      "Got the Brewster Core 4 Cold Brew maker? So do 38 shoppers who also bought the Brewster X6 Espresso Roast "
      "beans — $26.99, and the first thing we'd put in front of you.",
      [], "Core 4 is a history item and co-purchase partner with count 38; X6 price 26.99; rank 1."),
    S("shop-02", "en",
      "The Trailfox S5 1L bottle is here because of your Go 11 filter bottle — take that one purchase away and the "
      "S5 would tumble out of your top 100.",
      ["counterfactual"],
      "The verified counterfactual removes both the Go 11 and the Pro 2 (new rank 121); removing the Go 11 alone "
      "is not verified."),
    S("shop-03", "en",
      "Nothing in the shop sells like The Winter Mirror: A Novel — 351 customers have bought it, more than any "
      "other item — and at $8.99 the hardcover is an easy yes.",
      [], "Popularity (351, rank 1); price 8.99; title says Hardcover."),
    S("shop-04", "en",
      "It ranks third among your suggestions: 23 people who bought the Hearthly S10 drip coffee maker, as you did, "
      "also bought the Brewster Core 4 Cold Brew.",
      ["number_role"],
      "Rank 3 is right, but the S10's co-purchase count is 22; 23 is the Kestrel Zen 7's count (and the "
      "counterfactual new rank)."),
    S("shop-05", "en",
      "Your Purelle Flex 12 and Prime 1 shampoos point straight to the Solenne Neo 10 Conditioner as your "
      "number-one recommendation, and at $9.99 it's a dollar cheaper than the Purelle Max 2 conditioner you bought.",
      [], "Flex 12 and Prime 1 are the two top-weighted history items; rank 1; 9.99 vs Max 2 at 10.99."),
    S("shop-06", "en",
      "Top pick: Hearthly A2 Breakfast tea, $6.99. Why? Your Brewster Prime 12 gooseneck kettle — without it, the "
      "tea would be down at 21st.",
      [], "Rank 1, price 6.99; verified counterfactual removes the Prime 12 kettle, new rank 21."),
    S("shop-07", "en",
      "Eighty-five customers who bought the Purelle A8 Day face cream also bought the Purelle Air 9 Kids "
      "sunscreen, and no product in the shop sells better.",
      ["superlative"], "A8 co-purchase 85 is right; popularity rank is 6, not 1."),
    S("shop-08", "en",
      "Think of your Purelle Prime 1 Repair shampoo as the reason for this one: without it, the Solenne Neo 10 "
      "Conditioner would fall from third place to 82nd.",
      [], "Verified counterfactual: removed Prime 1, old rank 3, new rank 82."),
    S("shop-09", "en",
      "You've been reordering Hearthly A6 Breakfast tea every few weeks, and 43 other buyers of that tea have also "
      "picked up the Brewster S9 Glass Kettle.",
      ["invented_event"], "A6 co-purchase 43 is right; repeated reorders every few weeks are not in the bundle."),
    S("shop-10", "en",
      "Even without the Purelle A8 Day cream and the Air 9 Kids sunscreen in your order history, the Purelle "
      "Core 5 Kids sunscreen would still make your top ten.",
      ["counterfactual"], "Removing A8 and Air 9 (the verified set) drops it to rank 21, outside the top 10."),
    S("shop-11", "en",
      "At $8.99 — the same as The Winter Mirror you bought — the Purelle Air 9 Kids sunscreen is one of the "
      "shop's six best-sellers, and 85 buyers of the Purelle A8 Day Face Cream have taken one home too.",
      [], "Both cost 8.99 and Winter Mirror is in the history; popularity rank 6; A8 co-purchase 85."),
    S("shop-12", "en",
      "The Winter Mirror sits at number three among your picks, and it's the most-purchased item in the entire "
      "shop; 90 fellow buyers of the Trailfox Go 11 filter bottle own a copy too.",
      [], "Rank 3; popularity rank 1 (351); Go 11 is a history item with co-purchase 90."),
    S("shop-13", "en",
      "Three Hearthly teas in your order history — Zen 4 Breakfast, A11 Chamomile and A6 Breakfast — lead us to "
      "the Hearthly A4 Gooseneck Kettle ($26.99), one of our five best-sellers and your top recommendation.",
      [], "History is those three teas; price 26.99; popularity rank 5; rank 1."),
    S("shop-14", "en",
      "We based this on your Kestrel Pro 4: the Kestrel Zen 7 128GB is the fourth most popular product in the "
      "shop, though it costs more than the Pro 4 did.",
      ["comparison"], "Pro 4 is top-weighted and popularity rank 4 is right, but Zen 7 is 256.99 vs Pro 4 452.99."),
    S("shop-15", "en",
      "Bought the Hearthly Prime 11 Glass kettle? Thirteen other people who did also bought The Nordic Kitchen "
      "Cookbook (Paperback, $22.99), and it's the first thing we'd suggest to you.",
      [], "Prime 11 is in the history with co-purchase 13; price 22.99; rank 1."),
    S("shop-16", "en",
      "Our third suggestion for you is the Purelle Max 2 Repair Conditioner: twelve customers who bought the "
      "Solenne Neo 12 conditioner, as you did, bought it too.",
      ["unknown_item"], "The history item is the Solenne Neo 10 (count 12); 'Neo 12' is a changed title."),
    S("shop-17", "en",
      "Only $6.99: the Kettleworth A1 Decaf beans, which 17 of the shoppers who own a Trailfox Pro 2 filter bottle, "
      "as you do, have also bought.",
      ["wrong_item"],
      "Price is right; the Pro 2 is only an attribution item with no co-purchase record; 17 belongs to the Go 11."),
    S("shop-18", "en",
      "For only $3.99, Hearthly Core 6 Chamomile tea ranks in the store's top ten by sales, with 166 buyers so far, "
      "and 39 people who bought the Brewster S9 Glass kettle, as you did, have bought it too.",
      [], "Price 3.99; popularity (166, rank 8); S9 is in the history and has co-purchase 39."),
    S("shop-19", "en",
      "Thirteen shoppers who bought the Lumetric Zen 4 tempered-glass protector also bought the Lumetric Z1 Clear "
      "case, which is cut to fit the same phone.",
      ["invented_attribute"], "Co-purchase 13 is right; fit/compatibility is not in the bundle."),
    S("shop-20", "en",
      "At $6.99, the Kestrel Lite 7 Slim Phone Case costs less than the S12 Slim case you already have ($13.99); "
      "it's number three in your recommendations, and nine buyers of the Kestrel Air 5 screen protector picked it "
      "up too.",
      [], "6.99 < 13.99 (S12 in history); rank 3; Air 5 screen protector co-purchase 9."),
    S("shop-22", "en",
      "You haven't bought a novel from us yet, so let The Secret Orchard ($9.99) be your first — 56 readers of The "
      "Winter Mirror have already picked it up.",
      ["negation"], "The Winter Mirror (a novel) is the top history item; price 9.99 and count 56 are right."),
    S("shop-23", "en",
      "The Solenne Neo 10 Conditioner, at $9.99, undercuts every conditioner you've bought so far, and 24 Purelle "
      "Flex 12 shampoo buyers have bought it too.",
      ["comparison"], "The history has the Botanica X6 Conditioner at 2.99, cheaper than 9.99; count 24 is right."),
    S("shop-24", "en",
      "Your Trailfox Z10 holds 750ml; the Trailfox S5 Water Bottle holds a full litre, costs $16.99 and sits third "
      "among your recommendations.",
      [], "Titles say Z10 750ml (history) and S5 1L; price 16.99; rank 3."),
    # ------------------------------------------------------------------ English, gift
    S("gift-01", "en",
      "Four people who bought the IHOP Coffee e-mail gift card also bought the Buffalo Wild Wings one, and since it "
      "arrives by e-mail and never expires, it makes an easy first choice.",
      ["invented_attribute"], "IHOP co-purchase 4, e-mail delivery (title) and rank 1 are right; 'never expires' is "
      "invented."),
    S("gift-02", "en",
      "Take away the Starbucks four-pack and the JCPenney card from your purchases and this Subway three-pack would "
      "fall to 25th; with them, it's your top recommendation at $30.",
      [], "Verified counterfactual: removed Starbucks Multipack of 4 + JCPenney, new rank 25; rank 1; price 30."),
    S("gift-03", "en",
      "No card in the store sells more than the Amazon.com Gift Card in a Greeting Card, and nine people who bought "
      "the Birthday Cupcake Tin also chose it.",
      ["superlative"], "Popularity rank is 2, not 1; Birthday Cupcake Tin co-purchase 9 is right."),
    S("gift-04", "en",
      "If you hadn't bought the Ornament Tin, the Red Gift Box Reveal or the Birthday Cupcake Tin, the Plaid Gift "
      "Box card would be nowhere near third — it would sit at 22nd, outside your top ten.",
      [], "Verified counterfactual removes all three, old rank 3, new rank 22."),
    S("gift-05", "en",
      "It's the Santa Tin card you bought that puts the $200 Snowflake Tin at number one; without it, the Snowflake "
      "Tin wouldn't make your list at all.",
      ["counterfactual"], "Santa Tin is top-weighted, price 200 and rank 1 are right; the bundle has no "
      "counterfactual."),
    S("gift-06", "en",
      "Thirty shoppers who bought the Snowflake Tin also bought the Santa Tin (Ho! Ho! Ho!) card, and had you not "
      "bought the Snowflake Tin yourself, it would drop from first to 27th.",
      [], "Snowflake co-purchase 30; verified counterfactual removes the Snowflake Tin, 1 -> 27."),
    S("gift-07", "en",
      "Thirteen shoppers who bought the Santa Smile Tin, just like you, also bought the Ornament Tin card, which "
      "makes the store's top ten by sales.",
      ["number_role"], "Santa Smile Tin's co-purchase count is 10; 13 belongs to the Plaid Gift Box. Popularity rank 9 "
      "is right."),
    S("gift-08", "en",
      "Your Buffalo Wild Wings e-gift card is why the Panda Express Happy Birthday Hats card is third for you: "
      "remove that one purchase and it falls to 11th, one place short of your top ten.",
      [], "Verified counterfactual removes Buffalo Wild Wings, old rank 3, new rank 11."),
    S("gift-09", "en",
      "It's a big one at $200, but only two gift cards in our range sell more than the Snowflake Tin card, and 30 "
      "people who bought the Santa Tin, as you did, also bought it.",
      [], "Price 200; popularity rank 3; Santa Tin (history) co-purchase 30."),
    S("gift-10", "en",
      "Running low on your Panera Bread card? A fresh $25 one is our first pick for you, and 18 SUBWAY card buyers "
      "have bought it too.",
      ["ownership"], "Price 25, rank 1 and SUBWAY 18 are right; the Panera card is the recommendation, not owned."),
    S("gift-11", "en",
      "At $25, the Santa Tin card is an eighth of the price of the Snowflake Tin you bought, 30 other Snowflake Tin "
      "buyers have it, and it's the fourth best-selling card in the store.",
      [], "25 vs 200; Snowflake Tin in history with co-purchase 30; popularity rank 4."),
    S("gift-12", "en",
      "Number three on your list is the Burger King Gift Card ($25): 16 shoppers who bought a SUBWAY card, like "
      "you, bought one too, and so did 12 Starbucks card buyers.",
      [], "Rank 3; price 25; SUBWAY (history) 16; Starbucks 12."),
    S("gift-13", "en",
      "At $50, the Applebee's card costs more than any gift card you've bought so far, and 15 Outback Steakhouse "
      "card buyers have already picked it up.",
      ["comparison"], "The history has Carrabba's at 50 too, so it is not dearer than every card; Outback 15 is "
      "right."),
    S("gift-14", "en",
      "You've bought the Red Gift Box Reveal, the Santa Smile Tin and a Starbucks card; seven buyers of each also "
      "bought the $200 Snowflake Tin card, our top pick for you.",
      [], "All three are history items with co-purchase 7 each; price 200; rank 1."),
    S("gift-15", "en",
      "Eighteen people who bought the Panera Bread card also bought the SUBWAY Gift Card, which at $25 is one of "
      "the",
      ["truncated"], "Cut off mid-clause; Panera 18 and price 25 are right."),
    S("gift-16", "en",
      "Here's a fun fact: Starbucks cards outsell every other gift card we stock, and this one is number three on "
      "your list; ten people who bought the Amazon Greeting Card, like you, also grabbed one.",
      [], "Popularity rank 1; rank 3; Greeting Card is a history item and co-purchase partner with 10."),
    S("gift-17", "en",
      "You ordered the Plaid Gift Box card last December, and 15 other Plaid Gift Box buyers have also chosen the "
      "Amazon.com Greeting Card gift card, our second best-seller.",
      ["invented_event"], "Plaid co-purchase 15 and popularity rank 2 are right; 'last December' is invented."),
    S("gift-18", "en",
      "The Holiday Sprig Box gift card is $20 and our top pick for you: five shoppers who bought the Holiday Pop-Up "
      "Box, as you did, also bought it.",
      ["number_role"], "The Sprig Box has no price in the bundle; 20 is the Kraft Paper Reveal's price. Pop-Up 5 and "
      "rank 1 are right."),
    S("gift-19", "en",
      "Seventeen people who bought the Ornament Tin (Happy New Year design), as you did, also bought the Santa Tin "
      "card — our top recommendation for you at $25.",
      ["unknown_item"], "The history item is the Ornament Tin (Merry Christmas Card Design); the design name is "
      "changed. Count 17, price 25 and rank 1 are right."),
    S("gift-20", "en",
      "Fifteen shoppers who bought the Amazon Greeting Card also bought the Plaid Gift Box, which is among the "
      "store's five biggest sellers — it's number three on your list.",
      ["superlative"], "Popularity rank is 7, not within 5; Greeting Card 15 and rank 3 are right."),
    # ------------------------------------------------------------------ English, mag
    S("mag-01", "en",
      "Four people who bought the TV Guide title B000IOEJ8W, as you did, also bought B000IJ7RQ8 from Entertainment "
      "Weekly, Inc., which is in the store's top ten by number of buyers and our first pick for you.",
      [], "TV Guide item in history with co-purchase 4; brand Entertainment Weekly, Inc.; popularity rank 7; rank 1."),
    S("mag-02", "en",
      "Why B00005N7TL? Because of B00005N7SA, B00005N7SC and B00005N7Q1: without those three, this Condé Nast "
      "technology title would fall from first place to 30th.",
      [], "Verified counterfactual removes those three, 1 -> 30; brand Conde Nast, category Technology."),
    S("mag-03", "en",
      "B00005N7PN is another Hearst home-design title, like your B00005N7QW, and nine of the people who bought the "
      "Meredith design magazine B00005UMOT also bought it.",
      ["number_role"], "B00005UMOT's co-purchase count is 5; 9 belongs to B00005N7QW."),
    S("mag-04", "en",
      "B00005N7PN is third for you because of the Meredith home-design title B00005N7OV: without that one purchase "
      "it would drop to 15th.",
      ["counterfactual"], "The verified set is B00005N7OV, B000ILY9LW and B000FTJ7JQ (3 -> 15); one item alone is not "
      "verified."),
    S("mag-05", "en",
      "No magazine in the store has more buyers than B00005N7QG, a Hearst cooking and recipes title, and 16 buyers "
      "of B00005N7PN, which you have too, also bought it.",
      [], "Popularity rank 1; Hearst, Cooking/Recipes; B00005N7PN in history with co-purchase 16."),
    S("mag-06", "en",
      "Without B00007AVYI in your purchases, Hearst's B00005N7SA would drop from the top spot to 16th; five other "
      "buyers of B00007AVYI bought it too.",
      [], "Verified counterfactual removes B00007AVYI, 1 -> 16; co-purchase 5; brand Hearst."),
    S("mag-07", "en",
      "Only eight shoppers have bought B000LXHJFK, Hearst's men's fashion title, but it still comes out first for "
      "you, and four buyers of the Entertainment Weekly magazine B000IJ7RQ8, which you bought, picked it up too.",
      [], "Popularity count 8; Hearst, Fashion & Style / Men; rank 1; B000IJ7RQ8 in history with co-purchase 4."),
    S("mag-08", "en",
      "B00005NIOH, National Geographic's history journal, ships monthly and is number three for you; three people "
      "who bought your Condé Nast travel title B00005N7T5 bought it too.",
      ["invented_attribute"], "Brand, History category, rank 3 and co-purchase 3 are right; 'ships monthly' is "
      "invented."),
    S("mag-09", "en",
      "Twenty-one shoppers who bought Meredith's recipe magazine B000FTJ7JQ also bought B01CF3ECNK, another "
      "Meredith recipes title, and that purchase of yours is the main reason it's first on your list.",
      [], "B000FTJ7JQ is top-weighted (0.20) with co-purchase 21; both Meredith, Recipes; rank 1."),
    S("mag-10", "en",
      "Four people who bought This Old House Ventures' B00005R8LB, as you did, also bought the Hearst recipe title "
      "B00005N7QG, the magazine with more buyers than any other in the store.",
      ["unknown_item"], "The history item is B00005R8BL (count 4); B00005R8LB is a mangled ASIN. Popularity rank 1 "
      "is right."),
    S("mag-11", "en",
      "For a home-design reader, B00005N7PN from Hearst is the natural first pick: only two magazines in the store "
      "have more buyers, and twelve buyers of B00005N7OV, which you also bought, have it too.",
      [], "All history items are Design & Decoration; rank 1; popularity rank 3; B00005N7OV co-purchase 12."),
    S("mag-12", "en",
      "Your Meredith parenting magazine B000IJ84F6 is worth keeping: ten people who bought B000FTJ7JQ also bought "
      "it, and it's number three on your list.",
      ["ownership"], "B000IJ84F6 is the recommendation, not a purchase; count 10 and rank 3 are right."),
    S("mag-13", "en",
      "You've never bought a food magazine here, so start with B01CF3ECNK, a Meredith recipes title that 21 buyers "
      "of B000FTJ7JQ already have.",
      ["negation"], "History has B000FTJ7JQ and B00005NINY, both Cooking, Food & Wine; count 21 is right."),
    S("mag-14", "en",
      "Sixteen people who bought B00005N7QG (Hearst's recipe magazine, which you own) also picked up B00005N7PN, "
      "Hearst's design-and-decoration title and our number-one pick for you.",
      [], "B00005N7QG is in history with co-purchase 16; B00005N7PN is Hearst, Design & Decoration; rank 1."),
    S("mag-15", "en",
      "B00005N7PN is our first pick for you: sixteen buyers of B00005N7QG and nine buyers of",
      ["truncated"], "Cut off; rank 1 and counts 16 and 9 are right."),
    # ------------------------------------------------------------------ English, ml
    S("ml-01", "en",
      "You watched Conspiracy Theory and G.I. Jane, so The Game (1997) is the film we'd line up next; 194 people "
      "who rated Contact rated it too.",
      ["verb"], "MovieLens records ratings, not viewing; Contact co-rating 194 is right."),
    S("ml-02", "en",
      "Without your rating of True Romance (1993), GoodFellas (1990) would slide from first to 19th.",
      ["counterfactual"], "The verified set is The Magnificent Seven and True Romance together (1 -> 19)."),
    S("ml-03", "en",
      "The Brothers McMullen (1995) has just 72 ratings, yet 59 people who rated Fargo (1996) rated it too, and it "
      "is our first recommendation for you.",
      [], "Popularity count 72; Fargo co-rating 59 (neighbour counts as history); rank 1."),
    S("ml-04", "en",
      "Chasing Amy (1997) ranks third for you because of three films you rated — Everyone Says I Love You, Boogie "
      "Nights and Fallen; without those ratings it would fall to 11th.",
      [], "Verified counterfactual removes all three, old rank 3, new rank 11."),
    S("ml-05", "en",
      "Air Force One (1997) is in your ratings, and 204 other people who rated it also rated Conspiracy Theory "
      "(1997), our top recommendation.",
      ["number_role"], "Air Force One's co-rating count is 221; 204 is Liar Liar's."),
    S("ml-06", "en",
      "You rated The Full Monty, Boogie Nights and L.A. Confidential; take those three away and In & Out (1997) "
      "would fall from first to 22nd.",
      [], "Verified counterfactual removes those three, 1 -> 22."),
    S("ml-07", "en",
      "Toy Story (1995) is among the ten films with the most ratings in the collection, 444 of them, and 372 users "
      "who rated Star Wars (1977), as you did, rated it too.",
      [], "Popularity (444, rank 8); Star Wars in history with co-rating 372."),
    S("ml-08", "en",
      "Butch Cassidy and the Sundance Kid (1969) lands at number three for you, and 159 users who rated The Hunt "
      "for Red October (1990), as you did, also rated it.",
      ["wrong_item"], "The Hunt for Red October has only an attribution weight; 159 is Back to the Future's count."),
    S("ml-09", "en",
      "You rated Pulp Fiction (1994), and 271 other people who rated it also rated Back to the Future (1985), which "
      "has 341 ratings in all and is our first suggestion for you.",
      [], "Pulp Fiction in history with co-rating 271; popularity 341; rank 1."),
    S("ml-10", "en",
      "You enjoyed Twelve Monkeys (1995), and Willy Wonka and the Chocolate Factory (1971) is our top pick to "
      "follow it; 272 Star Wars raters rated it too.",
      ["verb"], "Sentiment ('enjoyed') is not in the bundle, which only has ratings; Star Wars 272 and rank 1 are "
      "right."),
    S("ml-11", "en",
      "Your ratings of The Edge and L.A. Confidential point straight to Cop Land (1997) as the film to recommend "
      "first, and 122 people who rated The English Patient rated it too.",
      [], "The Edge and L.A. Confidential are the top two weights; rank 1; English Patient 122."),
    S("ml-12", "en",
      "You haven't rated anything from the sixties yet, so here's To Kill a Mockingbird (1962), the third film on "
      "our shortlist for you; 121 Casablanca raters have rated it.",
      ["negation"], "The history has The Manchurian Candidate (1962); rank 3 and Casablanca 121 are right."),
    # ------------------------------------------------------------------ Chinese, repeats of English bundles
    S("shop-02", "zh",
      "要是没买过 Trailfox Go 11 和 Pro 2 这两款滤水瓶，S5 水瓶会从第 1 位一路掉到第 121 位。",
      [], "Verified counterfactual: Go 11 + Pro 2 removed, 1 -> 121."),
    S("shop-12", "zh",
      "The Winter Mirror 是全店最畅销的商品，在你的推荐里排第三；买过 Trailfox Pro 12 美利奴跑步袜的顾客中有 15 人也买了它。",
      ["number_role"], "Popularity rank 1 and rank 3 are right; the Pro 12 socks' count is 7; 15 is the X3 socks'."),
    S("shop-19", "zh",
      "你买过 Lumetric Zen 4 钢化膜，同品牌的 Lumetric Z1 透明手机壳排在你推荐列表的最前面，售价 23.99 美元，买过那款钢化膜的顾客里有 13 人也买了它。",
      [], "Zen 4 Tempered Glass in history, both Lumetric; rank 1; price 23.99; co-purchase 13."),
    S("gift-06", "zh",
      "如果你没有买过 Ulta Beauty 礼品卡，这张 Santa Tin 礼品卡就会从第 1 位跌到第 27 位。",
      ["counterfactual"], "The verified counterfactual removes the Snowflake Tin, not the Ulta Beauty card."),
    S("gift-10", "zh",
      "和你买过的 SUBWAY、Starbucks 礼品卡一样，Panera Bread 礼品卡也是 25 美元；买过 Starbucks 卡的顾客中有 15 人也买了它。",
      [], "All three cost 25; SUBWAY and Starbucks in history; Starbucks co-purchase 15."),
    S("gift-16", "zh",
      "Starbucks 礼品卡是全店最畅销的礼品卡，也是我们为你挑的头号推荐；买过 Amazon Greeting Card 礼品卡的顾客中有 10 人也买了它。",
      ["superlative"], "Popularity rank 1 and Greeting Card 10 are right, but the recommendation rank is 3."),
    S("mag-04", "zh",
      "如果你没有买过 B00005N7OV、B000ILY9LW 和 B000FTJ7JQ 这三本杂志，B00005N7PN 就会从第三位降到第 15 位。",
      [], "Verified counterfactual removes those three, 3 -> 15."),
    S("mag-05", "zh",
      "你买过的 Hearst 食谱杂志 B00005N7QG 是全店买的人最多的杂志，买过 B00005N7PN 的顾客中有 16 人也买了它。",
      ["ownership"], "B00005N7QG is the recommendation, not a purchase; popularity rank 1 and count 16 are right."),
    S("ml-06", "zh",
      "要是你没给 The Full Monty 和 Boogie Nights 打过分，In & Out (1997) 就会从第 1 位跌到第 22 位。",
      ["counterfactual"], "The verified set also includes L.A. Confidential; two of three is not verified."),
    S("ml-07", "zh",
      "你很喜欢 Star Wars (1977)，而评过 Star Wars 的用户中有 372 人也评了 Toy Story (1995)，所以它是我们给你的首选。",
      ["verb"], "'很喜欢' (love) is sentiment; the bundle only says rated. Co-rating 372 and rank 1 are right."),
    # ------------------------------------------------------------------ Chinese, shop
    S("shop-21", "zh",
      "Trailfox Go 11 滤水瓶是全店卖得最火的商品，售价 18.99 美元；买过 Zenova Flex 11 跑鞋的顾客里有 9 人也买了它。",
      ["superlative"], "Popularity rank is 2, not 1; price 18.99 and Zenova co-purchase 9 are right."),
    S("shop-25", "zh",
      "The Winter Mirror 是全店购买人数最多的商品，一共有 351 位顾客买过；买过 The Hidden House 的人当中也有 6 位买了它，售价只要 8.99 美元。",
      [], "Popularity (351, rank 1); Hidden House co-purchase 6; price 8.99."),
    S("shop-26", "zh",
      "我们最先推荐给你的是 Brewster Core 4 冷萃咖啡机：买过 Stride Go 1 跑鞋的顾客中有 8 人也买了它。",
      ["wrong_item"], "Stride Go 1 has only an attribution weight; 8 is the Casaro S12 beans' co-purchase count."),
    S("shop-27", "zh",
      "Trailfox Pro 2 滤水瓶和你买过的 Go 11 同价，都是 18.99 美元；买过 Go 11 的顾客里有 50 人也买了 Pro 2。",
      [], "Both 18.99; Go 11 in history with co-purchase 50."),
    S("shop-28", "zh",
      "你还没买过 Hearthly 的东西，不妨从这款 3.99 美元的 Hearthly A11 洋甘菊茶开始，它在你的推荐里排第三。",
      ["negation"], "History has the Hearthly Prime 11 and A4 kettles; price 3.99 and rank 3 are right."),
    S("shop-29", "zh",
      "Trailfox Go 11 滤水瓶在全店销量榜上位居第二，共有 307 人购买；买过 Trailfox Air 5 保温水瓶的顾客里有 21 人也买了它，所以它排在你推荐的第一位。",
      [], "Popularity (307, rank 2); Air 5 Insulated is top-weighted with co-purchase 21; rank 1."),
    S("shop-30", "zh",
      "Kestrel Zen 7 128GB 手机支持双卡双待，售价 256.99 美元；买过 Kestrel Air 5 64GB 存储卡的顾客里有 23 人也买了它。",
      ["invented_attribute"], "Dual-SIM is not in the bundle; price 256.99 and memory-card co-purchase 23 are right."),
    # ------------------------------------------------------------------ Chinese, gift
    S("gift-21", "zh",
      "买过 JCPenney、Panda Express 和 Dominos Pizza 电子礼品卡的顾客各有 3 人也买了 Olive Garden 电子礼品卡——这三张你都买过，所以我们最先推荐它。",
      [], "All three are history items with co-purchase 3 each; Olive Garden E-mail Delivery; rank 1."),
    S("gift-22", "zh",
      "Starbucks 礼品卡是全店最畅销的礼品卡，25 美元，比你买过的 Panera Bread 礼品卡还便宜；买过 SUBWAY 卡的顾客中有 24 人也买了它。",
      ["comparison"], "Both cost 25, so it is not cheaper; popularity rank 1 and SUBWAY 24 are right."),
    S("gift-23", "zh",
      "Applebee's 礼品卡面值 50 美元，是你的头号推荐；买过 Red Robin 礼品卡的顾客中有 14 人也买了它。",
      ["number_role"], "Red Robin's co-purchase count is 10; 14 is SUBWAY's. Price 50 and rank 1 are right."),
    S("gift-24", "zh",
      "Applebee's 礼品卡售价 50 美元，在全店礼品卡销量中排第六，在你的推荐里排第三；买过 Outback Steakhouse 礼品卡的顾客中有 15 人也买了它。",
      [], "Price 50; popularity rank 6; rank 3; Outback co-purchase 15."),
    S("gift-25", "zh",
      "买过 Santa Smile Tin 礼品卡的顾客中有 6 人也买了这款 Holiday Pop-Up Box 礼品卡，而且它只要",
      ["truncated"], "Cut off mid-clause; Santa Smile Tin co-purchase 6 is right."),
    # ------------------------------------------------------------------ Chinese, mag
    S("mag-16", "zh",
      "B00005NIOH 是 National Geographic 的历史期刊，在全店杂志销量中排第十，共有 30 位顾客购买；买过 B00005N7PT 的顾客中有 4 人也买了它。",
      [], "Brand National Geographic, History journal; popularity (30, rank 10); B00005N7PT co-purchase 4."),
    S("mag-17", "zh",
      "买过 B000ILY9WL 的顾客中有 17 人也买了 Hearst 的食谱杂志 B00005N7QG，所以把它排在最前面。",
      ["unknown_item"], "The history item is B000ILY9LW (count 17); B000ILY9WL is a mangled ASIN."),
    S("mag-18", "zh",
      "B00005N7QG 是本店的销量冠军，共有 56 人购买；买过特殊饮食杂志 B00005N7U1 的顾客中有 5 人也买了它。",
      [], "Popularity (56, rank 1); B00005N7U1 is Special Diet with co-purchase 5."),
    S("mag-19", "zh",
      "你上个月刚买了 Hearst 的名人八卦杂志 B00079RO7G，买过它的顾客中有 5 人也买了 Bonnier 的 B00005N7SC。",
      ["invented_event"], "'Last month' is invented; Hearst, Celebrities & Gossip, co-purchase 5, Bonnier are right."),
    S("mag-20", "zh",
      "B00005N7QG 虽然在给你的推荐中只名列第三，却是全店最畅销的杂志；买过 B00005N7PN 的顾客中有 16 人也买了它。",
      [], "Rank 3; popularity rank 1; B00005N7PN co-purchase 16."),
    # ------------------------------------------------------------------ Chinese, ml
    S("ml-13", "zh",
      "你给 Star Wars (1977) 打过分，而评过 Star Wars 的用户中有 469 人也评了 Return of the Jedi (1983)；这部片共有 498 人评分，评分人数在所有电影里排第三。",
      [], "Star Wars in history with co-rating 469; popularity (498, rank 3)."),
    S("ml-14", "zh",
      "Fargo (1996) 是评分人数第二多的电影，共有 501 位用户评过；在评过 Jerry Maguire (1996) 的用户中，有 285 人也评了它。",
      [], "Popularity (501, rank 2); Jerry Maguire co-rating 285."),
    S("ml-15", "zh",
      "你评过 Amistad、Contact 和 Scream，所以我们首先推荐 Titanic (1997)：评过 Contact (1997) 的用户中有 237 人也评了它。",
      [], "The three history items; rank 1; Contact co-rating 237."),
]
