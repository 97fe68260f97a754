"""Hand-written set 15: recommendation reasons in the register of general-purpose LLM chat assistants answering
"why is this recommended to me?". Each row is labelled against one bundle of ../independent/bundles.jsonl.

Registers (note starts with the number; row i has register (i - 1) % 5 + 1, labels alternate by row):
(1) warm, hedged assistant; (2) concise two-sentence explainer; (3) paraphrase with connectives ("In short",
"Put simply", "That's why"); (4) app banner / e-commerce app copy (zh: 淘宝/京东 style); (5) "reasoning" style
("Two things put it here: first..., second...").
"""


def _s(case, lang, text, errors, note):
    return {"case": case, "lang": lang, "text": text, "errors": list(errors), "note": note}


SENTENCES = []

# ---- English, shop (rows 1-23) ----
SENTENCES += [
    _s("shop-01", "en",
       "It looks like you picked up the Brewster Core 4 cold brew maker, so the X6 Espresso Roast beans from the "
       "same brand might be a nice fit \u2014 38 other people who bought that Core 4 also went for these beans.",
       [], "(1) Core 4 in history (top-weighted), both Brewster; Core 4 co-purchase 38"),
    _s("shop-02", "en",
       "The Trailfox S5 1L bottle tops your list mainly because of your Go 11 filter bottle. Take that one purchase "
       "away and it would fall to 121st place.",
       ["counterfactual"], "(2) verified removed set is Go 11 AND Pro 2 (new rank 121); one item named alone"),
    _s("shop-04", "en",
       "In short, the Brewster Core 4 cold brew maker is third on your list because of the Hearthly S10 drip "
       "machine you bought: take the S10 away and the Core 4 drops to 23rd.",
       [], "(3) rank 3; CF removed {S10}, 3 -> 23"),
    _s("shop-05", "en",
       "Picked for you: Solenne Neo 10 sulfate-free conditioner, 250ml for $9.99. 24 Purelle Flex 12 shampoo "
       "buyers also bought it.",
       ["invented_attribute"], "(4) 'sulfate-free' in no fact; 250ml, 9.99, Flex 12 count 24 true"),
    _s("shop-06", "en",
       "Two things put the Hearthly A2 breakfast tea at the top of your list. First, you bought the Brewster "
       "Prime 12 gooseneck kettle, and without it the tea would drop to 21st. Second, 15 people who bought "
       "The Winter Mirror, as you did, also bought this tea.",
       [], "(5) rank 1; CF removed {Prime 12}, 1 -> 21; Winter Mirror (history) co-purchase 15"),
    _s("shop-08", "en",
       "Since you picked up the Purelle Prime 1 repair shampoo, you might like the Solenne Neo 10 conditioner, "
       "which is number three on your list; eleven people who bought your Aurelle Z4 sunscreen chose it as well.",
       ["wrong_item"], "(1) 11 is the Prime 1's count; Aurelle Z4 (history) has no co-purchase record"),
    _s("shop-09", "en",
       "The Brewster S9 glass kettle is recommended mainly because of the Hearthly A6 breakfast tea you bought. "
       "It is also our seventh best-selling product, with 170 buyers.",
       [], "(2) A6 top-weighted (0.247); popularity 170, rank 7"),
    _s("shop-10", "en",
       "You bought the Purelle A8 day cream and the Air 9 kids' sunscreen, and 39 people who bought that Air 9 "
       "also bought the Core 5. In short, that's why the Purelle Core 5 kids' sunscreen is first for you.",
       ["number_role"], "(3) 39 is the A8's count; the Air 9's is 34"),
    _s("shop-12", "en",
       "Our No. 1 bestseller, The Winter Mirror (hardcover, $8.99), is #3 in your picks \u2014 90 shoppers who "
       "bought the Trailfox Go 11 filter bottle grabbed it too.",
       [], "(4) popularity rank 1; rec rank 3; price 8.99; Go 11 count 90"),
    _s("shop-14", "en",
       "Two reasons put the Kestrel Zen 7 at the top: first, you own the Kestrel Pro 4, and 17 people who bought "
       "the Pro 4 also bought the Zen 7; second, it costs far less than the Pro 4 ($256.99 against $452.99), "
       "though you'd get half the storage.",
       ["comparison"], "(5) 'half the storage' is false: Zen 7 128GB vs Pro 4 64GB; 17, prices, rank 1 true"),
    _s("shop-15", "en",
       "Since you picked up the Hearthly Prime 11 glass kettle, I'd suggest The Nordic Kitchen Cookbook \u2014 13 "
       "people who bought that kettle also bought the book, and it comes from Penrose Press, the publisher of "
       "The Burning Tide you already own.",
       [], "(1) Prime 11 top-weighted, count 13; cookbook and Burning Tide (history) both Penrose Press"),
    _s("shop-16", "en",
       "The Purelle Max 2 repair conditioner is third on your list because you bought the Purelle Flex 12 volume "
       "shampoo. It would be your first Purelle conditioner, and 12 Flex 12 buyers also bought this one.",
       ["negation"], "(2) 'your first Purelle conditioner' is false: Max 1 Conditioner Smooth is in the history"),
    _s("shop-18", "en",
       "You bought the Hearthly Prime 1 1.7L kettle, and 24 people who bought that kettle also picked up the "
       "Hearthly Core 6 chamomile tea. Put simply, that kettle is the main reason this $3.99 tea tops your list.",
       [], "(3) Prime 1 top-weighted, count 24; price 3.99; rank 1"),
    _s("shop-19", "en",
       "Buy it again: the Lumetric Z1 clear phone case ($23.99). 13 shoppers with your Zen 4 tempered-glass "
       "protector also picked it up.",
       ["ownership"], "(4) 'Buy it again' says the recommended Z1 case was bought; 23.99 and Zen 4 count 13 true"),
    _s("shop-20", "en",
       "Two things put the Kestrel Lite 7 slim case third on your list: first, you bought the Kestrel S12 slim "
       "case, and 12 people who bought the S12 also bought the Lite 7; second, it costs $6.99, about half the "
       "S12's $13.99.",
       [], "(5) rank 3; S12 top-weighted, count 12; 6.99 vs 13.99"),
    _s("shop-21", "en",
       "Since you picked up the Trailfox Zen 7 running socks, you might enjoy the Go 11 filter bottle from the "
       "same brand; it's the single best-selling item in our shop, with 307 buyers.",
       ["superlative"], "(1) popularity rank is 2, not 1; 307 and Zen 7 socks (top-weighted) true"),
    _s("shop-22", "en",
       "The Secret Orchard is at the top of your list mainly because you bought The Winter Mirror. Fifty-six "
       "people who bought The Winter Mirror also bought this paperback novel.",
       [], "(2) rank 1; Winter Mirror top-weighted, count 56; Paperback, Novel"),
    _s("shop-23", "en",
       "You've been reordering the Purelle Flex 12 volume shampoo, and 24 people who bought it also bought the "
       "Solenne Neo 10 conditioner. That's why it's first on your list.",
       ["invented_event"], "(3) repeat purchases of the Flex 12 are in no fact; 24 and rank 1 true"),
    _s("shop-24", "en",
       "Size up: the Trailfox S5 1L bottle, $16.99, lands at #3 for you \u2014 9 Z10 750ml owners bought one too.",
       [], "(4) 1L > 750ml; 16.99; rank 3; Z10 (history) count 9"),
    _s("shop-25", "en",
       "My reasoning: first, you bought The Hidden Garden, another novel, and six people who bought it also "
       "bought The Winter Mirror; second, The Winter Mirror is the best-selling product in the shop, with 351 "
       "buyers.",
       ["unknown_item"], "(5) the history item is The Hidden House; 'The Hidden Garden' is a changed title"),
    _s("shop-27", "en",
       "Since you picked up the Trailfox Go 11 filter bottle, you might like its stablemate, the Pro 2 filter "
       "bottle \u2014 it's the same $18.99, and 50 people who bought the Go 11 went for the Pro 2 as well.",
       [], "(1) Go 11 top-weighted; both Trailfox, both 18.99; Go 11 count 50"),
    _s("shop-28", "en",
       "The Hearthly A11 chamomile tea is third on your list, mainly because of your Prime 11 glass kettle. "
       "Forty-eight people who bought your A4 gooseneck kettle also",
       ["truncated"], "(2) cut off after 'also'; shown part true (rank 3, Prime 11 top-weighted, A4 count 48)"),
    _s("shop-29", "en",
       "You bought the Trailfox Air 5 insulated bottle, and 21 people who did the same also bought the Go 11 "
       "filter bottle. It is also our second best-seller, with 307 buyers. That's why it leads your list.",
       [], "(3) Air 5 count 21; popularity 307, rank 2; rec rank 1"),
]

# ---- English, gift (rows 24-43) ----
SENTENCES += [
    _s("gift-02", "en",
       "Top pick for you: SUBWAY gift cards, 3-pack, $30. Based on your Starbucks 4-pack and Fandango 3-pack "
       "\u2014 without them, it would fall to 25th.",
       ["counterfactual"], "(4) verified removed set is Starbucks 4-pack AND JCPenney; Fandango named instead"),
    _s("gift-01", "en",
       "Two things point to the Buffalo Wild Wings e-gift card: first, four people who bought the IHOP e-gift "
       "card, as you did, also bought it; second, three who bought the Panda Express birthday e-card, also in "
       "your history, did the same. That makes it your top pick.",
       [], "(5) IHOP count 4, Panda Express count 3 (both history); rank 1"),
    _s("gift-04", "en",
       "It looks like you've picked up a few Amazon cards in tins and boxes \u2014 the Ornament Tin, the Red Gift "
       "Box Reveal and the Birthday Cupcake Tin \u2014 so you might like the Plaid Gift Box card, third on your "
       "list. Eight people who bought the Ornament Tin card also bought it.",
       ["number_role"], "(1) 8 is the Cupcake Tin's count; the Ornament Tin's is 13"),
    _s("gift-11", "en",
       "The Amazon Santa Tin card is first on your list mainly because you bought the Snowflake Tin card; 30 "
       "people who bought the Snowflake Tin also bought this one. It is also our fourth best-selling gift card.",
       [], "(2) rank 1; Snowflake Tin top-weighted, count 30; popularity rank 4"),
    _s("gift-06", "en",
       "You bought the Snowflake Tin card last December, and 30 people who bought it also bought the Santa Tin "
       "card. In short, without the Snowflake Tin the Santa Tin would fall from first to 27th, so that's the "
       "reason it's here.",
       ["invented_event"], "(3) 'last December' is in no fact; count 30 and CF 1 -> 27 true"),
    _s("gift-07", "en",
       "Holiday pick #1: the Amazon Ornament Tin gift card ($25), a top-10 seller \u2014 13 Plaid Gift Box buyers "
       "like you got it too.",
       [], "(4) rec rank 1; Merry Christmas design; 25; popularity rank 9; Plaid (history) count 13"),
    _s("gift-08", "en",
       "Two reasons: first, you bought the Buffalo Wild Wings e-gift card, and removing it would drop the Panda "
       "Express birthday e-card from third to 11th; second, three people who bought your Chili's e-card also "
       "bought this one.",
       ["number_role"], "(5) Chili's count is 2 (3 is Buffalo Wild Wings' and Panera's); CF 3 -> 11 true"),
    _s("gift-10", "en",
       "Since you picked up a SUBWAY gift card, I'd suggest the Panera Bread card \u2014 it's the same $25, and 18 "
       "SUBWAY card buyers also got one. It's also one of our ten best-selling gift cards.",
       [], "(1) SUBWAY top-weighted, both 25, count 18; popularity rank 10"),
    _s("gift-05", "en",
       "The Amazon gift card in a Snowflake Tin tops your list because you bought the Santa Tin card, and 30 "
       "Santa Tin buyers also picked it up. It comes at the same price as the Santa Tin, too.",
       ["comparison"], "(2) Snowflake Tin 200 vs Santa Tin 25; rank 1, count 30 true"),
    _s("gift-12", "en",
       "You bought a SUBWAY gift card, and 16 people who bought that card also bought the $25 Burger King card. "
       "Put simply, that SUBWAY purchase is the main reason it's third on your list.",
       [], "(3) SUBWAY top-weighted, count 16; price 25; rank 3"),
    _s("gift-14", "en",
       "Order again: Amazon Snowflake Tin gift card, $200 \u2014 7 buyers of each of your Red Gift Box Reveal, "
       "Santa Smile Tin and Starbucks cards got it too.",
       ["ownership"], "(4) 'Order again' says the recommendation was bought; 200 and counts 7/7/7 true"),
    _s("gift-15", "en",
       "Two things explain the SUBWAY gift card at the top of your list. First, you bought a Panera Bread card, "
       "and eighteen Panera card buyers bought this one too; second, it ranks fourth among our best-selling "
       "cards, with 64 buyers.",
       [], "(5) rank 1; Panera count 18; popularity 64, rank 4"),
    _s("gift-16", "en",
       "It looks like you've bought a couple of Amazon cards in gift boxes, the Black Gift Box and the Red Gift "
       "Box Reveal, so you might enjoy the Starbucks card, our best-selling gift card, which sits third on your "
       "list. Ten people who bought the Red Gift Box Reveal also bought it.",
       ["wrong_item"], "(1) 10 is the Greeting Card's count; Red Gift Box Reveal has no co-purchase record"),
    _s("gift-18", "en",
       "The Amazon card in a Holiday Sprig Box is your top recommendation, mostly because you bought the one in a "
       "Holiday Pop-Up Box. Five people who bought the Pop-Up Box card and four who bought the Kraft Paper Reveal "
       "with Jingle Bells also bought the Sprig Box.",
       [], "(2) rank 1; Pop-Up top-weighted, count 5; Kraft Paper count 4"),
    _s("gift-19", "en",
       "You bought the Snowflake Tin card and the Gingerbread Tin card, and 30 people who bought the Snowflake "
       "Tin also bought the Santa Tin card. In short, that's why it's at the top of your list.",
       ["unknown_item"], "(3) no Gingerbread Tin in any evidence (the history has the Ornament Tin)"),
    _s("gift-20", "en",
       "No. 3 for you: Amazon gift card in a Plaid Gift Box, $25 \u2014 fifteen Greeting Card buyers like you "
       "added one, and it's our seventh best-seller.",
       [], "(4) rec rank 3; 25; Greeting Card (history) count 15; popularity rank 7"),
    _s("gift-21", "en",
       "Two things: first, three buyers each of your JCPenney, Panda Express and Dominos Pizza e-cards also bought "
       "the Olive Garden e-gift card; second, it arrives by e-mail and has no expiry date.",
       ["invented_attribute"], "(5) 'no expiry date' in no fact; counts 3/3/3 and E-mail Delivery true"),
    _s("gift-22", "en",
       "Since you picked up a SUBWAY gift card, you might enjoy the Starbucks one: twenty-four people who bought "
       "the SUBWAY card also bought it, and it's the best-selling gift card we carry.",
       [], "(1) SUBWAY top-weighted, count 24; popularity rank 1"),
    _s("gift-23", "en",
       "The Applebee's gift card leads your list because Outback Steakhouse is the only restaurant card you've "
       "bought so far. Fifteen people who bought that Outback card also bought Applebee's.",
       ["negation"], "(2) 'only restaurant card' is false: Red Robin and SUBWAY cards are in the history"),
    _s("gift-24", "en",
       "You bought an Outback Steakhouse card, and 15 people who did the same also bought the $50 Applebee's "
       "card. That's why it's third on your list; it's also our sixth best-selling card.",
       [], "(3) Outback top-weighted, count 15; 50; rank 3; popularity rank 6"),
]

# ---- English, mag (rows 44-58) ----
SENTENCES += [
    _s("mag-02", "en",
       "Top pick: Conde Nast tech magazine B00005N7TL. Picked from your B00005N7SA, B00005N7SC and B00005N7Q1 "
       "purchases \u2014 without them it would drop to 13th.",
       ["counterfactual"], "(4) full removed set right, but the verified new rank is 30, not 13"),
    _s("mag-01", "en",
       "Two things point to Entertainment Weekly's B000IJ7RQ8: first, you bought the TV Guide magazine "
       "B000IOEJ8W, and four people who bought it also bought this one; second, it's one of the ten best-selling "
       "magazines in the store.",
       [], "(5) B000IOEJ8W (TV Guide) top-weighted, count 4; popularity rank 7"),
    _s("mag-04", "en",
       "It looks like you've been getting Meredith's home design magazine B00005N7OV for a few years now, so I'd "
       "suggest Hearst's B00005N7PN, third on your list; twelve people who bought B00005N7OV also bought it.",
       ["invented_event"], "(1) 'for a few years now' is in no fact; rank 3 and count 12 true"),
    _s("mag-05", "en",
       "B00005N7QG, a Hearst cooking magazine, is at the top of your list mainly because you bought Hearst's "
       "B00005N7PN. It is also the best-selling magazine in our store, bought by 56 customers.",
       [], "(2) rank 1; PN top-weighted (Hearst); popularity 56, rank 1; Cooking, Food & Wine"),
    _s("mag-06", "en",
       "Put simply: you bought B00007AVYI, a Hearst transportation trade magazine, and without it B00005N7SA "
       "would drop from first to 16th. That's why it leads your list, even though B00007AVYI is your only Hearst "
       "title.",
       ["negation"], "(3) 'your only Hearst title' is false: B00005N7QW (Hearst) is also in the history"),
    _s("mag-07", "en",
       "For you: Hearst men's fashion magazine B000LXHJFK. 4 readers who bought Entertainment Weekly's "
       "B000IJ7RQ8 bought it too.",
       [], "(4) Hearst, Fashion & Style / Men; B000IJ7RQ8 (history) count 4"),
    _s("mag-09", "en",
       "Two reasons: first, you bought Meredith's recipe magazine B000FTJ7JQ, and 21 people who bought it also "
       "bought B01CF3ECNK; second, 22 buyers of your Hearst recipe title B001LF4EVO did the same.",
       ["number_role"], "(5) 22 is the popularity count; B001LF4EVO's co-purchase count is 6"),
    _s("mag-10", "en",
       "Since you picked up Hearst's home design magazine B00005N7PN, you might enjoy B00005N7QG from the same "
       "publisher; 16 people who bought B00005N7PN also bought it, and it's our best-selling magazine.",
       [], "(1) PN top-weighted, both Hearst, count 16; popularity rank 1"),
    _s("mag-12", "en",
       "Meredith's parenting magazine B000IJ84F6 is third on your list because you bought its recipe title "
       "B000FTJ7JQ, and ten people who bought that also bought this. It is one of our ten best-selling magazines.",
       ["superlative"], "(2) popularity rank is 13, not within ten; rank 3, count 10 true"),
    _s("mag-13", "en",
       "You bought Meredith's recipe magazine B000FTJ7JQ, and 21 people who bought it also bought B01CF3ECNK, "
       "another Meredith recipe title. In short, that purchase is the main reason it tops your list.",
       [], "(3) FTJ7JQ top-weighted, count 21; both Meredith, Recipes; rank 1"),
    _s("mag-14", "en",
       "#1 for you: Hearst home design title B00005N7PN \u2014 16 buyers of your Hearst cooking magazine "
       "B00005N7GQ got it too.",
       ["unknown_item"], "(4) the history magazine is B00005N7QG; 'B00005N7GQ' is a mangled ASIN"),
    _s("mag-16", "en",
       "Two things put National Geographic's history magazine B00005NIOH third on your list: first, four people "
       "who bought the Kalmbach nature magazine B00005N7PT, as you did, also bought it; second, you already own "
       "another history title, B000FTJ7BE from the Archaeological Institute of America.",
       [], "(5) rank 3; B00005N7PT count 4; B000FTJ7BE in history, category History"),
    _s("mag-17", "en",
       "Since you picked up Hearst's women's health magazine B000ILY9LW, I'd suggest adding another year to your "
       "B00005N7QG cooking subscription \u2014 17 people who bought B000ILY9LW also bought it.",
       ["ownership"], "(1) 'another year to your ... subscription' says the recommendation is already owned"),
    _s("mag-18", "en",
       "Hearst's cooking magazine B00005N7QG is the best-selling title in our store, with 56 buyers. Five people "
       "who bought your Meredith special-diet magazine B00005N7U1 also bought it.",
       [], "(2) popularity 56, rank 1; B00005N7U1 (Special Diet) count 5"),
    _s("mag-19", "en",
       "You bought Hearst's celebrity magazine B00079RO7G, and five people who bought it also bought Bonnier's "
       "science magazine B00005N7SC. Put simply, that's why it's first on your list \u2014 and it comes with a "
       "free digital edition.",
       ["invented_attribute"], "(3) 'free digital edition' in no fact; count 5, rank 1 true"),
]

# ---- English, ml (rows 59-70) ----
SENTENCES += [
    _s("ml-07", "en",
       "Top pick for you: Toy Story (1995), one of the ten most-rated films on the site \u2014 372 Star Wars "
       "raters like you rated it too.",
       [], "(4) rank 1; popularity rank 8; Star Wars (history) co-rating 372"),
    _s("ml-02", "en",
       "Two things put GoodFellas first: first, you watched The Magnificent Seven and True Romance, and without "
       "them it would fall to 19th; second, 201 people who watched Star Wars also watched GoodFellas.",
       ["verb"], "(5) 'watched' for ratings; CF {Magnificent Seven, True Romance} -> 19 and 201 true"),
    _s("ml-03", "en",
       "It looks like you've rated Citizen Kane, Grease and Primal Fear, so you might enjoy The Brothers "
       "McMullen; 59 people who rated Fargo, as you did, also rated it.",
       [], "(1) three tied top-weighted films; Fargo (neighbour = history) 59"),
    _s("ml-04", "en",
       "Chasing Amy is third on your list because you rated Everyone Says I Love You, Boogie Nights and Fallen. "
       "Without Boogie Nights, it would drop out of your top ten.",
       ["counterfactual"], "(2) verified removed set is all three films; one named alone"),
    _s("ml-12", "en",
       "You rated The Manchurian Candidate, and 121 people who rated Casablanca, as you did, also rated To Kill a "
       "Mockingbird. In short, that's why it's third on your list; it has 216 ratings in all.",
       [], "(3) Manchurian Candidate top-weighted; Casablanca (neighbour) 121; rank 3; popularity 216"),
    _s("ml-01", "en",
       "Because you streamed Conspiracy Theory, The Game (1997) is #1 for you \u2014 and 194 Contact viewers like "
       "you streamed it too.",
       ["verb"], "(4) 'streamed' for ratings; Conspiracy Theory top-weighted, Contact 194, rank 1 true"),
    _s("ml-09", "en",
       "Two reasons put Back to the Future at the top: first, you rated Monty Python and the Holy Grail, which "
       "weighs most in this pick; second, 271 people who rated Pulp Fiction, as you did, also rated it. It has "
       "341 ratings in all.",
       [], "(5) Monty Python top-weighted (0.0812); Pulp Fiction 271; popularity 341"),
    _s("ml-10", "en",
       "It looks like you rated Twelve Monkeys, so I'd suggest Willy Wonka and the Chocolate Factory \u2014 272 "
       "people who rated Star Trek: First Contact also rated it.",
       ["wrong_item"], "(1) 272 is Star Wars' count; First Contact (history) has no co-rating record"),
    _s("ml-11", "en",
       "Cop Land (1997) is your top recommendation mainly because you rated The Edge. It has 172 ratings, and 126 "
       "of them come from people who also rated Contact, as you did.",
       [], "(2) rank 1; The Edge top-weighted; popularity 172; Contact co-rating 126"),
    _s("ml-06", "en",
       "You rated The Full Monty, Boogie Nights and L.A. Confidential, and without those three In & Out would "
       "slip from first to 22nd. In short, they're why it leads your list \u2014 and it's one of the ten "
       "most-rated films we have.",
       ["superlative"], "(3) popularity rank 84, not within ten; CF full set 1 -> 22 true"),
    _s("ml-15", "en",
       "#1 for you: Titanic (1997) \u2014 rated by 341 users, including 237 who also rated Contact, like you.",
       [], "(4) rank 1; popularity 341; Contact (history) co-rating 237"),
    _s("ml-13", "en",
       "Two reasons put Return of the Jedi first: first, you've seen Star Wars, and 469 other people who have "
       "seen Star Wars have seen it too; second, with 498 ratings it's the third most-rated film here.",
       ["verb"], "(5) 'seen' for ratings; 469, 498 and popularity rank 3 true"),
]

# ---- Chinese, shop (rows 71-80) ----
SENTENCES += [
    _s("shop-02", "zh",
       "看起来你买过 Trailfox 的 Go 11 和 Pro 2 两款滤水瓶，所以我觉得同品牌的 S5 1L 水瓶可能适合你。它排在你推荐的"
       "第一位；如果去掉这两次购买，它会掉到第 121 位。",
       [], "(1) both Trailfox; rank 1; CF {Go 11, Pro 2} -> 121"),
    _s("shop-03", "zh",
       "The Winter Mirror 是本店最畅销的小说，有 351 人购买。买过你那款 Trailfox Go 11 滤水瓶的顾客中，有 49 位也"
       "买了它。",
       ["number_role"], "(2) 49 is the Air 9 sunscreen's count; the Go 11's is 90; 351 and rank 1 true"),
    _s("shop-07", "zh",
       "你买过 Purelle A8 日霜，而买过这款日霜的顾客里有 85 位也买了 Purelle Air 9 儿童防晒霜。简单来说，这就是它"
       "排在你推荐第一位的主要原因。",
       [], "(3) A8 top-weighted, count 85; rank 1"),
    _s("shop-11", "zh",
       "根据你的购买记录为你推荐：Purelle Air 9 儿童防晒霜，售价 8.99，SPF50+ 高倍防护。买了 Purelle A8 日霜的人"
       "有 85 位也买了它。",
       ["invented_attribute"], "(4) 'SPF50+' in no fact; 8.99 and A8 count 85 true"),
    _s("shop-13", "zh",
       "推荐 Hearthly A4 鹅颈壶有两个原因：第一，你买过同品牌的 Zen 4 早餐茶，买过它的顾客中有 69 位也买了这款壶；"
       "第二，它是本店销量第五的商品，共有 182 人购买。",
       [], "(5) both Hearthly; Zen 4 top-weighted, count 69; popularity 182, rank 5"),
    _s("shop-17", "zh",
       "我看你买了 Casaro X12 胶囊咖啡机，但还没买过咖啡豆，也许可以试试 Kettleworth A1 低因咖啡豆；买过 X12 的"
       "顾客中有 25 位也买了它。",
       ["negation"], "(1) Brewster X2 Coffee Beans 1kg is in the history; X12 pod maker and count 25 true"),
    _s("shop-26", "zh",
       "为你首推 Brewster Core 4 冷萃咖啡机，主要因为你买过同品牌的 X9 意式咖啡机。买过 X9 的顾客中有 24 位也买"
       "了它。",
       [], "(2) rank 1; X9 Espresso top-weighted, both Brewster; count 24"),
    _s("shop-30", "zh",
       "你买过 Kestrel Air 5 64GB 存储卡，买过它的顾客中有 23 位也买了 Kestrel Zen 7 128GB 手机。所以说，这款排在"
       "你推荐第一位的手机值得一看，何况它还是全店卖得最好的商品。",
       ["superlative"], "(3) popularity rank 4, not 1; Air 5 count 23 and rank 1 true"),
    _s("shop-23", "zh",
       "买了 Purelle Flex 12 丰盈洗发水的人，有 24 位也买了这款 Solenne Neo 10 护发素（250ml，9.99）。根据你的"
       "购买记录，它排在为你推荐的第一位。",
       [], "(4) Flex 12 (Volume, history) count 24; 250ml, 9.99; rank 1"),
    _s("shop-18", "zh",
       "推荐 Hearthly Core 6 洋甘菊茶的理由有两点：一是买过 Brewster S9 玻璃水壶的顾客中有 39 位也买了它，而你也"
       "买过这款壶；二是它的价格和你买过的 Hearthly Prime 1 水壶一样。",
       ["comparison"], "(5) Core 6 costs 3.99, the Prime 1 kettle 21.99; S9 count 39 true"),
]

# ---- Chinese, gift (rows 81-88) ----
SENTENCES += [
    _s("gift-08", "zh",
       "看起来你买过 Buffalo Wild Wings 的电子礼品卡，所以 Panda Express 的生日帽电子礼品卡也许适合你，它排在你"
       "推荐的第三位；要是没有那张 Buffalo Wild Wings 卡，它会掉到第 11 位。",
       [], "(1) rank 3; E-mail Delivery, Happy Birthday Hats; CF {Buffalo Wild Wings} 3 -> 11"),
    _s("gift-03", "zh",
       "你之前买过的 Greeting Card 款 Amazon 礼品卡（$40）可以再来一张。买过 Amazon Birthday Cupcake Tin 礼品卡的"
       "顾客中有 9 位也买了它，它也是本店销量第二的礼品卡。",
       ["ownership"], "(2) the recommended Greeting Card card is said to be bought; 40, count 9, rank 2 true"),
    _s("gift-09", "zh",
       "你买过 Santa Tin 礼品卡，买过它的顾客中有 30 位也买了 Snowflake Tin 礼品卡。所以，它排在你推荐的第一位；"
       "另外它也是本店销量第三的礼品卡。",
       [], "(3) Santa Tin top-weighted, count 30; rank 1; popularity rank 3"),
    _s("gift-13", "zh",
       "根据你的购买记录：你前几天刚买了 Outback Steakhouse 礼品卡，买了它的人有 15 位也买了 Applebee's 礼品卡"
       "（$50），为你推荐。",
       ["invented_event"], "(4) '前几天刚买' (a few days ago) is in no fact; Outback count 15 and 50 true"),
    _s("gift-17", "zh",
       "推荐 Greeting Card 款 Amazon 礼品卡有两个理由：第一，买过 Plaid Gift Box 礼品卡的顾客中有 15 位也买了它，"
       "而你正好买过；第二，它是本店销量第二的礼品卡。",
       [], "(5) Plaid (history, top-weighted) count 15; popularity rank 2"),
    _s("gift-25", "zh",
       "看起来你买过 Santa Smile Tin 和 Kraft Paper Reveal with Jingle Bells 礼品卡，我建议你看看 Holiday Pop-Up "
       "Box 礼品卡；买过 Kraft Paper Reveal 的顾客中有 6 位也买了它。",
       ["wrong_item"], "(1) 6 is the Santa Smile Tin's count; Kraft Paper Reveal has no co-purchase record"),
    _s("gift-23", "zh",
       "Applebee's 礼品卡排在你推荐的第一位，主要因为你买过 Outback Steakhouse 礼品卡。买过 Red Robin 礼品卡的顾客"
       "中也有 10 位买了它，而你同样买过 Red Robin 的卡。",
       [], "(2) rank 1; Outback top-weighted; Red Robin (history) count 10"),
    _s("gift-12", "zh",
       "你买过 SUBWAY 礼品卡，买过它的顾客中有 16 位也买了 Burger King 礼品卡。简单来说，要是没有这张 SUBWAY 卡，"
       "Burger King 就进不了你的前十。",
       ["counterfactual"], "(3) the bundle has no counterfactual; SUBWAY count 16 true"),
]

# ---- Chinese, mag (rows 89-95) ----
SENTENCES += [
    _s("mag-04", "zh",
       "根据你的购买记录为你推荐：Hearst 家居设计杂志 B00005N7PN（推荐第 3 位）。推荐依据是你买过的 B00005N7OV、"
       "B000ILY9LW 和 B000FTJ7JQ 三本杂志，少了这三本，它会跌到第 15 位。",
       [], "(4) Hearst, Design & Decoration; rank 3; CF full set 3 -> 15"),
    _s("mag-03", "zh",
       "推荐 Hearst 家居设计杂志 B00005N7PN 有两个原因：第一，你买过同出版社的 B00005N7QW，买过它的顾客中有 9 位"
       "也买了这本；第二，买过 Meredith 的 B00005UMTO 的顾客中也有 5 位买了它。",
       ["unknown_item"], "(5) 'B00005UMTO' is a mangled B00005UMOT (whose count 5 is right); QW count 9 true"),
    _s("mag-08", "zh",
       "看起来你买过 Conde Nast 的旅游杂志 B00005N7T5，我觉得 National Geographic 的历史杂志 B00005NIOH 也许适合"
       "你：买过 B00005N7T5 的顾客中有 3 位也买了它，它也是本店销量前十的杂志。",
       [], "(1) T5 top-weighted, Travel; count 3; popularity rank 10"),
    _s("mag-11", "zh",
       "为你首推 Hearst 家居设计杂志 B00005N7PN，主要因为你买过 Meredith 的 B00005N7OV。买过 B00005N7QW 的顾客中"
       "也有 12 位买了它。",
       ["number_role"], "(2) 12 is the OV's count; B00005N7QW's is 9; rank 1, OV top-weighted true"),
    _s("mag-15", "zh",
       "你买过 Hearst 的食谱杂志 B00005N7QG，买过它的顾客中有 16 位也买了同出版社的家居设计杂志 B00005N7PN。所以"
       "它排在你推荐的第一位，而且它是本店销量第三的杂志。",
       [], "(3) QG top-weighted, count 16, both Hearst; rank 1; popularity rank 3"),
    _s("mag-20", "zh",
       "本店最畅销的杂志：Hearst 食谱杂志 B00005N7QG，排在你的推荐第 3 位。买了 B00005N7PN 的人有 16 位也",
       ["truncated"], "(4) cut off after '也'; shown part true (popularity rank 1, rank 3, PN count 16)"),
    _s("mag-14", "zh",
       "B00005N7PN 排在你推荐第一位有两个原因：一是你买过同为 Hearst 出版的食谱杂志 B00005N7QG，两本都买的顾客"
       "有 16 位；二是它在本店杂志销量中排第三，共 42 人购买。",
       [], "(5) rank 1; QG Hearst, count 16; popularity 42, rank 3"),
]

# ---- Chinese, ml (rows 96-100) ----
SENTENCES += [
    _s("ml-05", "zh",
       "看起来你评过 Air Force One，所以我想你可能也会喜欢 Conspiracy Theory；评过 Air Force One 的用户中有 221 位"
       "也评了它，它的评分人数还排在全站前十。",
       ["superlative"], "(1) popularity rank 40, not within ten; Air Force One top-weighted, 221 true"),
    _s("ml-10", "zh",
       "为你首推 Willy Wonka and the Chocolate Factory (1971)，主要因为你评过 Twelve Monkeys。和你一样评过 "
       "Star Wars 的用户中，有 272 位也评了这部片。",
       [], "(2) rank 1; Twelve Monkeys top-weighted; Star Wars (neighbour = history) 272"),
    _s("ml-08", "zh",
       "你评过 The Blues Brothers 和 The Sting，评过 Raiders of the Lost Ark 的用户中有 177 位也评了 Butch Cassidy "
       "and the Sundance Kid。简单来说，要是没有这两部片，它就会跌出你的前十。",
       ["counterfactual"], "(3) the bundle has no counterfactual; history and Raiders 177 true"),
    _s("ml-13", "zh",
       "评过 Star Wars 的人有 469 位也评了 Return of the Jedi (1983)——为你推荐第 1 位，全站评分人数第三。",
       [], "(4) Star Wars count 469; rank 1; popularity rank 3"),
    _s("ml-14", "zh",
       "推荐 Fargo (1996) 有两个原因：第一，收藏过 Star Wars 的用户中有 388 位也收藏了它，而你也收藏了 Star Wars；"
       "第二，它有 501 人评分，在全站评分人数中排第二。",
       ["verb"], "(5) '收藏' (bookmarked) is not the rating relation; 388, 501 and popularity rank 2 true"),
]
