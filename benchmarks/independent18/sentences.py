"""Hand-written recommendation reasons for independent18 (spoken register: transcribed voice-assistant,
shop-floor assistant, phone-support and friend explanations). Each row is labelled against one bundle of
../independent/bundles.jsonl. `errors` empty means faithful. `note` starts with the speaker number [S1]..[S4]."""

SENTENCES = [
    {  # row 1
        "case": 'shop-01',
        "lang": 'en',
        "text": (
            'Sure. The Brewster X6 espresso roast beans are your top pick, mainly because you bought the Core 4 '
            'cold brew maker, and thirty-eight people who bought that Core 4 also bought these beans.'
        ),
        "errors": [],
        "note": (
            '[S1] voice assistant. Rank 1; Core 4 Cold Brew is the top-weighted history item (0.148) and its '
            'co-purchase count is 38.'
        ),
    },
    {  # row 2
        "case": 'shop-04',
        "lang": 'en',
        "text": (
            "Oh, the Core 4 cold brew maker? Well, it's third on your list, and honestly it's mostly down to the "
            "Hearthly S10 drip machine you bought. Take that out and it'd only slip to thirteenth."
        ),
        "errors": ['counterfactual'],
        "note": (
            '[S2] shop-floor assistant. Rank 3 and the S10 (top weight, the verified removed set) are right; the '
            'verified new rank is 23, not 13 (twenty-third said as thirteenth).'
        ),
    },
    {  # row 3
        "case": 'gift-01',
        "lang": 'en',
        "text": (
            'Yeah, so looking at your account, the Buffalo Wild Wings e-gift card is your top recommendation '
            'because you bought the IHOP e-gift card, and four people who bought that IHOP card also bought this '
            'one.'
        ),
        "errors": [],
        "note": '[S3] phone agent. Rank 1; IHOP (E-mail Delivery) is a history item with co-purchase count 4.',
    },
    {  # row 4
        "case": 'gift-05',
        "lang": 'en',
        "text": (
            'Okay so you know the Santa Tin card you got? It says eighteen people who bought that one also went '
            "for this Snowflake Tin, so that's basically why it's your number one."
        ),
        "errors": ['number_role'],
        "note": (
            "[S4] friend. 18 is the Ornament Tin's co-purchase count; the Santa Tin's own count is 30. Rank 1 is "
            'right.'
        ),
    },
    {  # row 5
        "case": 'shop-05',
        "lang": 'en',
        "text": (
            "Here's why. You're about due for another bottle of the Solenne Neo 10 conditioner, and twenty-four "
            'people who bought your Purelle Flex 12 volume shampoo picked it up too.'
        ),
        "errors": ['ownership'],
        "note": (
            "[S1] voice assistant. 'due for another bottle' presents the recommended Neo 10 as already bought. "
            'Flex 12 co-purchase count 24 is right.'
        ),
    },
    {  # row 6
        "case": 'gift-03',
        "lang": 'en',
        "text": (
            "So this is the Amazon gift card in a greeting card, forty dollars. It's our second best-selling "
            'gift card, seventy-four people have bought it, and nine of the folks who bought the Birthday '
            'Cupcake Tin you got also picked this one up.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. Greeting Card $40; popularity (74, rank 2); Birthday Cupcake Tin is '
            'history with co-purchase count 9.'
        ),
    },
    {  # row 7
        "case": 'mag-07',
        "lang": 'en',
        "text": (
            "Right, so on my screen B000LXHJFK, that's a Hearst men's fashion magazine, is your top "
            'recommendation. Three people who bought your Meredith music magazine, B0037STB02, also bought it, '
            "and it's one of our best-selling magazines."
        ),
        "errors": ['superlative'],
        "note": (
            "[S3] phone agent. Popularity is (8, rank 72), so 'one of our best-selling magazines' is false. Rank "
            '1, Hearst / Fashion & Style / Men and B0037STB02 3 are right.'
        ),
    },
    {  # row 8
        "case": 'mag-01',
        "lang": 'en',
        "text": (
            "Look, it's putting the Entertainment Weekly one, B000IJ7RQ8, first for you, mostly because you've "
            'got the TV Guide magazine, B000IOEJ8W. Four people who bought that one bought this too, and '
            'honestly, thirty-two people have bought it altogether.'
        ),
        "errors": [],
        "note": (
            '[S4] friend. Rank 1; brand Entertainment Weekly; B000IOEJ8W (TV Guide) is the top-weighted history '
            'item, co-purchase 4; popularity count 32.'
        ),
    },
    {  # row 9
        "case": 'mag-02',
        "lang": 'en',
        "text": (
            'Sure. B00005N7TL, a Condé Nast technology magazine, is your top pick because of three magazines you '
            'bought: B00005N7SA, B00005N7SC and B00005N7Q1. Without all three, it would fall to thirtieth.'
        ),
        "errors": [],
        "note": (
            '[S1] voice assistant. Rank 1; Conde Nast / Technology; the verified counterfactual removes all '
            'three, 1 -> 30.'
        ),
    },
    {  # row 10
        "case": 'ml-02',
        "lang": 'en',
        "text": (
            'Well, GoodFellas is your top pick, basically because you watched The Magnificent Seven and True '
            'Romance. And two hundred and one people who rated Star Wars also rated GoodFellas.'
        ),
        "errors": ['verb'],
        "note": (
            "[S2] shop-floor assistant. 'watched' for MovieLens ratings. Rank 1, the two history films and Star "
            'Wars 201 are right.'
        ),
    },
    {  # row 11
        "case": 'shop-02',
        "lang": 'en',
        "text": (
            "Okay, so I can see the Trailfox S5 one-litre bottle is first on your list, and that's because of "
            'the two filter bottles you bought, the Go 11 and the Pro 2. If you took both of those out of your '
            'history, it would drop all the way down to a hundred and twenty-first.'
        ),
        "errors": [],
        "note": (
            '[S3] phone agent. Rank 1; S5 1L; the verified removed set is Go 11 + Pro 2 (both Water Bottle '
            'Filter), 1 -> 121.'
        ),
    },
    {  # row 12
        "case": 'gift-07',
        "lang": 'en',
        "text": (
            "Oh nice, it's got the Ornament Tin card as your top pick. You bought the Santa Smile Tin, and "
            'thirteen people who got that one got this too. Honestly, forty-five people have bought it.'
        ),
        "errors": ['number_role'],
        "note": (
            "[S4] friend. The Santa Smile Tin's co-purchase count is 10; 13 belongs to the Plaid Gift Box. Rank "
            '1 and popularity count 45 are right.'
        ),
    },
    {  # row 13
        "case": 'mag-04',
        "lang": 'en',
        "text": (
            "Okay. B00005N7PN, a Hearst home design magazine, is third on your list. That's mainly because you "
            'bought the Meredith design magazine B00005N7OV; without that one purchase, it would drop to '
            'fifteenth.'
        ),
        "errors": ['counterfactual'],
        "note": (
            '[S1] voice assistant. The verified counterfactual removes B00005N7OV, B000ILY9LW and B000FTJ7JQ '
            'together (3 -> 15); one purchase alone is not verified. Rank 3 and OV as top weight are right.'
        ),
    },
    {  # row 14
        "case": 'shop-06',
        "lang": 'en',
        "text": (
            "So the Hearthly A2 breakfast tea, six ninety-nine, that's your top pick, and really it's the "
            'Brewster Prime 12 gooseneck kettle you bought that does it. Take that kettle away and the tea drops '
            'to twenty-first.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. $6.99; rank 1; Prime 12 is the top weight and the verified removed set, '
            '1 -> 21.'
        ),
    },
    {  # row 15
        "case": 'shop-09',
        "lang": 'en',
        "text": (
            'Yes, so the Brewster S9 glass kettle is your top recommendation. Forty-three customers who bought '
            "the Hearthly A6 breakfast tea you ordered also bought it, and it's one of our five best-selling "
            'products, with a hundred and seventy buyers.'
        ),
        "errors": ['superlative'],
        "note": (
            "[S3] phone agent. Popularity rank is 7, so 'one of our five best-selling' is false. Count 170, rank "
            '1 and A6 43 are right.'
        ),
    },
    {  # row 16
        "case": 'ml-03',
        "lang": 'en',
        "text": (
            "Ha, it's got The Brothers McMullen at the top for you. You rated Citizen Kane, Grease and Primal "
            'Fear, and fifty-nine people who rated Fargo also rated this one. Only seventy-two people have rated '
            'it, though.'
        ),
        "errors": [],
        "note": '[S4] friend. Rank 1; three history films; Fargo is a co-rating neighbour (59); popularity count 72.',
    },
    {  # row 17
        "case": 'ml-04',
        "lang": 'en',
        "text": (
            'Chasing Amy is third in your recommendations because you rated Everyone Says I Love You, Boogie '
            'Nights and Fallen. Without those three ratings, it would drop out of your top ten, to eleventh '
            'place.'
        ),
        "errors": [],
        "note": '[S1] voice assistant. Rank 3; the verified counterfactual removes all three films, 3 -> 11.',
    },
    {  # row 18
        "case": 'ml-05',
        "lang": 'en',
        "text": (
            'Well, you saw Air Force One, right? Two hundred and twenty-one people who rated that also rated '
            "Conspiracy Theory, so that's mostly why it's your number one."
        ),
        "errors": ['verb'],
        "note": (
            "[S2] shop-floor assistant. 'you saw' is a viewing verb for a MovieLens rating. Air Force One 221, "
            'top weight and rank 1 are right.'
        ),
    },
    {  # row 19
        "case": 'gift-04',
        "lang": 'en',
        "text": (
            "Alright, I'm showing the Amazon Plaid Gift Box card at number three for you. That comes from three "
            'cards on your account, the Ornament Tin, the Red Gift Box Reveal and the Birthday Cupcake Tin; '
            'without those three it would fall to twenty-second.'
        ),
        "errors": [],
        "note": '[S3] phone agent. Rank 3; the verified counterfactual removes all three cards, 3 -> 22.',
    },
    {  # row 20
        "case": 'gift-11',
        "lang": 'en',
        "text": (
            "So it's pushing the Santa Tin card because of the Snowflake Tin you bought for your mum's birthday. "
            'Thirty people who bought the Snowflake Tin also grabbed this one.'
        ),
        "errors": ['invented_event'],
        "note": (
            "[S4] friend. 'for your mum's birthday' invents an occasion and recipient for a real purchase. "
            'Snowflake Tin 30 is right.'
        ),
    },
    {  # row 21
        "case": 'shop-13',
        "lang": 'en',
        "text": (
            "Here's why. The Hearthly A4 gooseneck kettle is your top pick, mostly because of the Hearthly Zen 4 "
            'breakfast tea you bought, and without that tea it would fall out of your top ten. Sixty-nine people '
            'who bought the Zen 4 also bought the kettle.'
        ),
        "errors": ['counterfactual'],
        "note": (
            '[S1] voice assistant. shop-13 has no counterfactual, so the drop-out claim is invented. Rank 1, Zen '
            '4 as top weight (0.256) and 69 are right.'
        ),
    },
    {  # row 22
        "case": 'shop-08',
        "lang": 'en',
        "text": (
            "Oh, the Solenne Neo 10 conditioner, nine ninety-nine? It's third on your list, you know, because "
            'you bought the Purelle Prime 1 repair shampoo, and eleven people who bought that shampoo also '
            'bought this. Honestly, ninety-three people have bought it in total.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. $9.99; rank 3; Prime 1 Shampoo Repair is history with co-purchase 11; '
            'popularity count 93.'
        ),
    },
    {  # row 23
        "case": 'gift-13',
        "lang": 'en',
        "text": (
            "Sure, so the Applebee's gift card is your top recommendation because you bought the Outback "
            "Steakhouse card, and fifteen people who bought that Outback card also bought this one. It's fifty "
            'dollars, and it works at IHOP as well.'
        ),
        "errors": ['invented_attribute'],
        "note": (
            "[S3] phone agent. 'works at IHOP as well' is not in the bundle. Rank 1, Outback 15 and $50 are "
            'right.'
        ),
    },
    {  # row 24
        "case": 'mag-05',
        "lang": 'en',
        "text": (
            "Okay so it's telling you to get B00005N7QG, the Hearst cooking magazine. It's literally the "
            'best-selling magazine on here, fifty-six people bought it, and sixteen people who bought your '
            'Hearst home design one, B00005N7PN, got it too.'
        ),
        "errors": [],
        "note": (
            '[S4] friend. Hearst / Recipes & Techniques; popularity (56, rank 1); B00005N7PN (Hearst, Design & '
            'Decoration) is history with co-purchase 16.'
        ),
    },
    {  # row 25
        "case": 'gift-06',
        "lang": 'en',
        "text": (
            'Sure thing. The Amazon Santa Tin gift card is your top recommendation because you bought the '
            'Snowflake Tin card. Without that purchase, the Santa Tin would fall to twenty-seventh.'
        ),
        "errors": [],
        "note": '[S1] voice assistant. Rank 1; the verified counterfactual removes the Snowflake Tin, 1 -> 27.',
    },
    {  # row 26
        "case": 'shop-14',
        "lang": 'en',
        "text": (
            "So the Kestrel Zen 7, that's the hundred-and-twenty-eight-gig one. Seventeen people who bought the "
            "Pro 4 you have also bought it. Honestly, it's a bit pricier than your Pro 4, but you get twice the "
            'storage.'
        ),
        "errors": ['comparison'],
        "note": (
            "[S2] shop-floor assistant. The Zen 7 is $256.99 and the Pro 4 $452.99, so 'a bit pricier' is false. "
            '128GB, Pro 4 17 and twice the storage (128GB against 64GB) are right.'
        ),
    },
    {  # row 27
        "case": 'shop-10',
        "lang": 'en',
        "text": (
            "Let me see... yes, the Purelle Core 5 kids' sunscreen is your number one, and that's down to two "
            "things you bought, the A8 day cream and the Air 9 kids' sunscreen. If those two weren't in your "
            'history, it would drop to twenty-first.'
        ),
        "errors": [],
        "note": (
            '[S3] phone agent. Rank 1; the verified counterfactual removes the A8 Face Cream Day and the Air 9 '
            'Sunscreen Kids together, 1 -> 21.'
        ),
    },
    {  # row 28
        "case": 'ml-07',
        "lang": 'en',
        "text": (
            "Dude, Toy Story's your number one. You rated Star Wars and The Rock, and it says three hundred and "
            'nineteen people who rated The Rock also rated Toy Story.'
        ),
        "errors": ['wrong_item'],
        "note": (
            '[S4] friend. The Rock is a history item with no co-rating record; 319 belongs to Fargo. Rank 1 and '
            'the two rated films are right.'
        ),
    },
    {  # row 29
        "case": 'mag-12',
        "lang": 'en',
        "text": (
            'Okay. B000IJ84F6, a Meredith parenting magazine, is third on your list. Ten people who bought your '
            "Meredith recipe magazine B000FTJ7JQ also bought it, and it's one of our ten best-selling magazines."
        ),
        "errors": ['superlative'],
        "note": (
            "[S1] voice assistant. Popularity rank is 13, so 'one of our ten best-selling' is false. Rank 3, "
            'Meredith / Parenting and B000FTJ7JQ 10 are right.'
        ),
    },
    {  # row 30
        "case": 'ml-06',
        "lang": 'en',
        "text": (
            "Well, In & Out's your top pick, basically because you rated The Full Monty, Boogie Nights and L.A. "
            "Confidential. Without those three it'd drop to twenty-second, and two hundred and twenty-seven "
            'people have rated it.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. Rank 1; the verified counterfactual removes all three films, 1 -> 22; '
            'popularity count 227.'
        ),
    },
    {  # row 31
        "case": 'gift-14',
        "lang": 'en',
        "text": (
            "Okay, so the Snowflake Tin gift card, that's the two-hundred-dollar one, is your top "
            'recommendation. Seven people who bought the Red Gift Box Reveal card you sent your sister last '
            'month also bought it.'
        ),
        "errors": ['invented_event'],
        "note": (
            "[S3] phone agent. 'you sent your sister last month' invents a recipient and a date. $200, rank 1 "
            'and Red Gift Box Reveal 7 are right.'
        ),
    },
    {  # row 32
        "case": 'mag-06',
        "lang": 'en',
        "text": (
            "Okay so B00005N7SA's your top pick, and that's mostly down to B00007AVYI, the other Hearst "
            "transportation magazine you bought. Without it, it'd drop to sixteenth. Five people bought both, "
            'too.'
        ),
        "errors": [],
        "note": (
            '[S4] friend. Rank 1; both are Hearst / Transportation; B00007AVYI is the top weight and the '
            'verified removed set, 1 -> 16; co-purchase 5.'
        ),
    },
    {  # row 33
        "case": 'gift-08',
        "lang": 'en',
        "text": (
            "The Panda Express Happy Birthday Hats e-gift card is third in your recommendations. It's there "
            'mostly because you bought the Buffalo Wild Wings e-gift card; without that one, it would drop out '
            'of your top ten, to eleventh.'
        ),
        "errors": [],
        "note": (
            '[S1] voice assistant. Rank 3; Buffalo Wild Wings is the top weight and the verified removed set, 3 '
            '-> 11.'
        ),
    },
    {  # row 34
        "case": 'shop-17',
        "lang": 'en',
        "text": (
            'So these are the Kettleworth A1 decaf beans, six ninety-nine. Twenty-four people who bought the '
            "Casaro X12 pod machine you've got also bought them, which is why they're top of your list."
        ),
        "errors": ['number_role'],
        "note": (
            "[S2] shop-floor assistant. The Casaro X12's co-purchase count is 25; 24 belongs to The Winter "
            'Mirror. $6.99 and rank 1 are right.'
        ),
    },
    {  # row 35
        "case": 'shop-12',
        "lang": 'en',
        "text": (
            "Right, so The Winter Mirror, the hardcover novel, is third on your list. It's actually our "
            'best-selling item, three hundred and fifty-one customers, and ninety people who bought the Trailfox '
            'Go 11 bottle you ordered also bought it.'
        ),
        "errors": [],
        "note": (
            '[S3] phone agent. Rank 3; Hardcover Novel; popularity (351, rank 1); Go 11 is history with '
            'co-purchase 90.'
        ),
    },
    {  # row 36
        "case": 'gift-15',
        "lang": 'en',
        "text": (
            "It's got the Subway card first for you. Eighteen people who bought your Panera card bought it too. "
            "Makes sense, you've never bought an Amazon gift card anyway."
        ),
        "errors": ['negation'],
        "note": '[S4] friend. The Amazon Holiday Pop-Up Box card is in the history. Rank 1 and Panera 18 are right.',
    },
    {  # row 37
        "case": 'mag-14',
        "lang": 'en',
        "text": (
            "Sure. B00005N7PN, a Hearst home design magazine, is your top recommendation. You've been getting "
            'the Hearst cooking magazine B00005N7QG for three years, and sixteen people who bought that one also '
            'bought B00005N7PN.'
        ),
        "errors": ['invented_event'],
        "note": (
            "[S1] voice assistant. 'for three years' invents a duration. Rank 1, B00005N7QG (Hearst, Recipes) as "
            'history and its count 16 are right.'
        ),
    },
    {  # row 38
        "case": 'shop-15',
        "lang": 'en',
        "text": (
            "Oh, The Nordic Kitchen Cookbook? So, it's your top pick because you bought the Hearthly Prime 11 "
            "glass kettle, and thirteen people who bought that kettle also bought the cookbook. It's twenty-two "
            'ninety-nine in paperback.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. Rank 1; Prime 11 Kettle Glass is history with co-purchase 13; $22.99; '
            'Paperback.'
        ),
    },
    {  # row 39
        "case": 'shop-19',
        "lang": 'en',
        "text": (
            'Yeah, so the Lumetric Z1 clear phone case is your top recommendation because you bought the '
            "Lumetric Zen 4 tempered-glass screen protector, and thirteen people bought both. It's twenty-three "
            "ninety-nine and it's got a built-in kickstand."
        ),
        "errors": ['invented_attribute'],
        "note": '[S3] phone agent. A kickstand is not in the bundle. Rank 1, Zen 4 13 and $23.99 are right.',
    },
    {  # row 40
        "case": 'ml-09',
        "lang": 'en',
        "text": (
            "Oh, it's got Back to the Future as your number one. You rated Monty Python and the Holy Grail and "
            'Pulp Fiction, and honestly, two hundred and seventy-one people who rated Pulp Fiction also rated it.'
        ),
        "errors": [],
        "note": '[S4] friend. Rank 1; two history films; Pulp Fiction co-rating count 271.',
    },
    {  # row 41
        "case": 'gift-10',
        "lang": 'en',
        "text": (
            'The Panera Bread gift card is your top recommendation. Eighteen customers who bought your SUBWAY '
            "gift card also bought this one, and it's one of the ten best-selling gift cards in the store."
        ),
        "errors": [],
        "note": '[S1] voice assistant. Rank 1; SUBWAY is history with co-purchase 18; popularity rank 10 (<= 10).',
    },
    {  # row 42
        "case": 'gift-16',
        "lang": 'en',
        "text": (
            "Well, it's the Starbucks card again, you know, like the one you had before. It's our best-selling "
            'gift card, seventy-seven people have bought it, and ten people who bought your Amazon greeting card '
            'gift card also got one.'
        ),
        "errors": ['ownership'],
        "note": (
            "[S2] shop-floor assistant. 'again, like the one you had before' presents the recommended Starbucks "
            'card as already bought. Popularity (77, rank 1) and Greeting Card 10 are right.'
        ),
    },
    {  # row 43
        "case": 'shop-18',
        "lang": 'en',
        "text": (
            "Okay, so I've got the Hearthly Core 6 chamomile tea as your top recommendation. Thirty-nine people "
            'who bought the Brewster S9 glass kettle on your account also bought it, and twenty-four who bought '
            'your Hearthly Prime 1 kettle did too.'
        ),
        "errors": [],
        "note": '[S3] phone agent. Rank 1; S9 Kettle Glass 39 and Prime 1 Kettle 24, both history.',
    },
    {  # row 44
        "case": 'shop-21',
        "lang": 'en',
        "text": (
            "It's saying get the Trailfox Go 11 filter bottle. Five people who bought your Stride Prime 1 trail "
            "shoes bought it too, and it's the second best-selling thing in the whole shop."
        ),
        "errors": ['wrong_item'],
        "note": (
            '[S4] friend. The Stride Prime 1 is a history item with no co-purchase record; 5 belongs to the Zen '
            '7 socks and the Max 7 shoes. Popularity rank 2 is right.'
        ),
    },
    {  # row 45
        "case": 'mag-17',
        "lang": 'en',
        "text": (
            'Okay. B00005N7QG, a Hearst cooking magazine, is your top recommendation. Seventeen people who '
            "bought your women's health magazine, B000ILY9LW, also bought it. And apart from that one, you "
            "haven't bought any magazines from us yet."
        ),
        "errors": ['negation'],
        "note": (
            '[S1] voice assistant. B000IJ84F6 and B00005N7OV are also in the history. Rank 1, Hearst / Recipes '
            'and B000ILY9LW (Women, Health) 17 are right.'
        ),
    },
    {  # row 46
        "case": 'mag-08',
        "lang": 'en',
        "text": (
            "So B00005NIOH, that's a National Geographic history magazine, is third on your list. Three people "
            "who bought your Condé Nast travel magazine, B00005N7T5, also bought it, and it's in our top ten "
            'sellers, thirty people have bought it.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. Rank 3; National Geographic / History; B00005N7T5 (Conde Nast, Travel) '
            '3; popularity (30, rank 10).'
        ),
    },
    {  # row 47
        "case": 'gift-21',
        "lang": 'en',
        "text": (
            'Right, so the Olive Garden e-gift card is your top recommendation, because you bought the JCPenney '
            'e-gift card, and three people who bought that one also'
        ),
        "errors": ['truncated'],
        "note": "[S3] phone agent. Cut off after 'also'. The part shown is true (rank 1, JCPenney E-mail Delivery 3).",
    },
    {  # row 48
        "case": 'mag-11',
        "lang": 'en',
        "text": (
            "Okay so B00005N7PN's top of your list. It's a home design magazine, same as B00005N7OV that you "
            "bought, and twelve people who bought that one got this too. It's the third best-selling magazine on "
            'here.'
        ),
        "errors": [],
        "note": '[S4] friend. Rank 1; both Design & Decoration; B00005N7OV 12; popularity rank 3.',
    },
    {  # row 49
        "case": 'shop-23',
        "lang": 'en',
        "text": (
            'The Solenne Neo 10 conditioner is your top recommendation, mainly because you bought the Purelle '
            'Flex 12 volume shampoo. Twenty-four people who bought that shampoo also bought the conditioner, and '
            'it costs nine ninety-nine.'
        ),
        "errors": [],
        "note": (
            '[S1] voice assistant. Rank 1; Flex 12 Shampoo Volume is the top weight (0.166), co-purchase 24; '
            '$9.99.'
        ),
    },
    {  # row 50
        "case": 'gift-23',
        "lang": 'en',
        "text": (
            "Oh, the Applebee's card? Well, you bought the Outback and Red Robin cards, and fifteen people who "
            "bought the Red Robin one also bought Applebee's. It's a fifty-dollar card."
        ),
        "errors": ['number_role'],
        "note": (
            "[S2] shop-floor assistant. Red Robin's co-purchase count is 10; 15 belongs to Outback. $50 and the "
            'two history cards are right.'
        ),
    },
    {  # row 51
        "case": 'mag-13',
        "lang": 'en',
        "text": (
            'Okay, so B01CF3ECNK, a Meredith recipe magazine, is your top recommendation, mostly because of the '
            'Meredith recipe magazine you already have, B000FTJ7JQ. Twenty-one of the twenty-two people who '
            'bought B01CF3ECNK also bought that one.'
        ),
        "errors": [],
        "note": (
            '[S3] phone agent. Rank 1; both Meredith / Recipes; B000FTJ7JQ is the top weight (0.204), '
            'co-purchase 21 out of popularity count 22.'
        ),
    },
    {  # row 52
        "case": 'shop-22',
        "lang": 'en',
        "text": (
            "Ooh, The Secret Orchard's top of your list. You bought The Winter Mirror, and fifty-six people who "
            "bought that also bought this one. Makes sense, you've only ever bought books here."
        ),
        "errors": ['negation'],
        "note": (
            '[S4] friend. The Botanica Neo 11 shampoo and the Velora Lite 5 sunscreen are in the history, so '
            "'only ever bought books' is false. Rank 1 and Winter Mirror 56 are right."
        ),
    },
    {  # row 53
        "case": 'shop-26',
        "lang": 'en',
        "text": (
            'The Brewster Core 4 cold brew maker is your top recommendation, mainly because you bought the '
            'Brewster X8 espresso machine. Twenty-four people who bought that machine also bought the Core 4.'
        ),
        "errors": ['unknown_item'],
        "note": (
            "[S1] voice assistant. The history item is the Brewster X9 Coffee Maker Espresso; 'X8' names no "
            'item. Rank 1, top weight and 24 would be true of the X9.'
        ),
    },
    {  # row 54
        "case": 'gift-18',
        "lang": 'en',
        "text": (
            "So this is the Amazon Holiday Sprig Box card, it's your top pick. Basically, you bought the Holiday "
            'Pop-Up Box card, and five people who bought that also bought this one; eighteen people have bought '
            'it overall.'
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. Rank 1; Holiday Pop-Up Box is history with co-purchase 5; popularity '
            'count 18.'
        ),
    },
    {  # row 55
        "case": 'ml-10',
        "lang": 'en',
        "text": (
            "Yes, so I'm seeing Charlie and the Chocolate Factory as your number one. You rated Twelve Monkeys "
            'and Star Trek: First Contact, and two hundred and seventy-two people who rated Star Wars also rated '
            'it.'
        ),
        "errors": ['unknown_item'],
        "note": (
            "[S3] phone agent. The recommendation is Willy Wonka and the Chocolate Factory (1971); 'Charlie and "
            "the Chocolate Factory' is a different title. The rest (rank 1, history, Star Wars 272) is right."
        ),
    },
    {  # row 56
        "case": 'gift-19',
        "lang": 'en',
        "text": (
            "Oh, the Santa Tin card. It's twenty-five bucks, same as the Ornament Tin you got, and seventeen "
            "people who bought the Ornament Tin bought this one too, so, yeah, it's your top pick."
        ),
        "errors": [],
        "note": '[S4] friend. Both $25; Ornament Tin is history with co-purchase 17; rank 1.',
    },
    {  # row 57
        "case": 'shop-24',
        "lang": 'en',
        "text": (
            'The Trailfox S5 one-litre water bottle is third in your recommendations, mainly because you bought '
            'the Trailfox Z10 seven-hundred-fifty-mil bottle. Nine people who bought the Z10 also bought the S5 '
            'bottle, which costs sixteen ninety-nine.'
        ),
        "errors": [],
        "note": '[S1] voice assistant. Rank 3; S5 1L; Z10 750ml is the top weight, co-purchase 9; $16.99.',
    },
    {  # row 58
        "case": 'ml-14',
        "lang": 'en',
        "text": (
            "Well, Fargo's your top pick, and that's mostly because you loved Il Postino. Plus three hundred and "
            'eighty-eight people who rated Star Wars also rated Fargo.'
        ),
        "errors": ['verb'],
        "note": (
            "[S2] shop-floor assistant. 'you loved' is a sentiment verb for a rating. Il Postino is the top "
            'weight; rank 1 and Star Wars 388 are right.'
        ),
    },
    {  # row 59
        "case": 'mag-15',
        "lang": 'en',
        "text": (
            'Okay, so B00005N7PN, a Hearst home design magazine, is your top recommendation. You bought '
            'B00005N7QG and B000ILY9LW, and sixteen people who bought B00005N7QG and nine who bought B000ILY9LW '
            'also bought it.'
        ),
        "errors": [],
        "note": (
            '[S3] phone agent. Rank 1; Hearst / Design & Decoration; B00005N7QG 16 and B000ILY9LW 9, both '
            'history.'
        ),
    },
    {  # row 60
        "case": 'mag-18',
        "lang": 'en',
        "text": (
            "Okay so it wants you to renew B00005N7QG, the Hearst cooking magazine. It's the best-selling "
            'magazine on here, and five people who bought your special-diet one, B00005N7U1, got it too.'
        ),
        "errors": ['ownership'],
        "note": (
            "[S4] friend. 'renew' presents the recommended magazine as already bought. Popularity rank 1 and "
            'B00005N7U1 (Special Diet) 5 are right.'
        ),
    },
    {  # row 61
        "case": 'gift-25',
        "lang": 'en',
        "text": (
            'The Amazon Holiday Pop-Up Box gift card is your top recommendation. Six people who bought your '
            'Santa Smile Tin card also bought it, and at fifty dollars it costs twice as much as the Kraft Paper '
            'Reveal card you bought.'
        ),
        "errors": ['comparison'],
        "note": (
            '[S1] voice assistant. The Kraft Paper Reveal card is $20, so $50 is two and a half times, not twice '
            '(twice the $25 Santa Smile Tin would be true). Rank 1 and Santa Smile Tin 6 are right.'
        ),
    },
    {  # row 62
        "case": 'mag-20',
        "lang": 'en',
        "text": (
            "So B00005N7QG, the Hearst cooking magazine, is number three on your list. It's actually our "
            'best-selling magazine, fifty-six people, and sixteen people who bought the Hearst design magazine '
            "you've got, B00005N7PN, bought it too."
        ),
        "errors": [],
        "note": (
            '[S2] shop-floor assistant. Rank 3; popularity (56, rank 1); B00005N7PN (Hearst, Design & '
            'Decoration) 16.'
        ),
    },
    {  # row 63
        "case": 'shop-29',
        "lang": 'en',
        "text": (
            'Yeah, so the Trailfox Go 11 filter bottle is top of your list. Twenty-one people who bought the '
            'Trailfox Air 5 insulated bottle you ordered also bought it, and like the Air 5, it keeps drinks '
            'cold all day.'
        ),
        "errors": ['invented_attribute'],
        "note": (
            "[S3] phone agent. The Go 11 is a filter bottle; insulation is the Air 5's attribute, not the Go "
            "11's. Rank 1 and Air 5 21 are right."
        ),
    },
    {  # row 64
        "case": 'ml-12',
        "lang": 'en',
        "text": (
            "Oh, To Kill a Mockingbird's third on your list. It's mostly 'cause you rated The Manchurian "
            "Candidate, they're both from nineteen sixty-two, and a hundred and twenty-one people who rated "
            'Casablanca also rated it.'
        ),
        "errors": [],
        "note": '[S4] friend. Rank 3; Manchurian Candidate is the top weight; both titles say 1962; Casablanca 121.',
    },
    {  # row 65
        "case": 'shop-27',
        "lang": 'en',
        "text": (
            'The Trailfox Pro 2 filter bottle is your top recommendation. Fifty people who bought your Trailfox '
            "Go 11 also bought it, and it's eighteen ninety-nine, the same price as the Go 11."
        ),
        "errors": [],
        "note": '[S1] voice assistant. Rank 1; Go 11 50; both $18.99.',
    },
    {  # row 66
        "case": 'gift-02',
        "lang": 'en',
        "text": (
            "Oh, the Subway three-pack? Well, honestly, that one's mostly about the Starbucks four-pack you "
            "bought. Five people bought both, and if you hadn't bought the Starbucks pack, it'd drop to "
            'twenty-fifth.'
        ),
        "errors": ['counterfactual'],
        "note": (
            '[S2] shop-floor assistant. The verified removed set is the Starbucks four-pack and the JCPenney '
            'card together (1 -> 25); the Starbucks pack alone is not verified. Top weight and 5 are right.'
        ),
    },
    {  # row 67
        "case": 'ml-15',
        "lang": 'en',
        "text": (
            "Okay, so Titanic's your top recommendation. You rated Amistad, Contact and Scream, and two hundred "
            'and thirty-seven people who rated Contact also rated Titanic. Three hundred and forty-one people '
            'have rated it altogether.'
        ),
        "errors": [],
        "note": '[S3] phone agent. Rank 1; three history films; Contact 237; popularity count 341.',
    },
    {  # row 68
        "case": 'shop-30',
        "lang": 'en',
        "text": (
            "Wait, it's recommending the Kestrel Zen 7 phone? Oh, 'cause thirty-eight people who bought the "
            'Kettleworth decaf beans you got also bought it. Weird, but okay.'
        ),
        "errors": ['wrong_item'],
        "note": (
            '[S4] friend. The Kettleworth A1 decaf is a history item with no co-purchase record; 38 belongs to '
            'the Go 11 bottle.'
        ),
    },
    {  # row 69
        "case": 'mag-09',
        "lang": 'en',
        "text": (
            'B01CF3ECNK, a Meredith recipe magazine, is your top recommendation, mainly because you bought the '
            'Meredith recipe magazine B000FTJ7QJ. Twenty-one people who bought that one also bought B01CF3ECNK.'
        ),
        "errors": ['unknown_item'],
        "note": (
            "[S1] voice assistant. The history item is B000FTJ7JQ; 'B000FTJ7QJ' is a mangled ASIN. Rank 1, top "
            'weight and 21 would be true of B000FTJ7JQ.'
        ),
    },
    {  # row 70
        "case": 'gift-22',
        "lang": 'en',
        "text": (
            "So the Starbucks card, honestly, it's our best-selling gift card, seventy-seven people have bought "
            "one. And twenty-four people who bought the SUBWAY card you've got also picked up a Starbucks card, "
            "so it's your top pick."
        ),
        "errors": [],
        "note": '[S2] shop-floor assistant. Popularity (77, rank 1); SUBWAY 24; rank 1.',
    },
    {  # row 71
        "case": 'shop-01',
        "lang": 'zh',
        "text": (
            '您好，我这边看到给您首推的是 Brewster X6 意式烘焙咖啡豆，主要是因为您买过 Brewster Core 4 '
            '冷萃咖啡机，买过那台机器的顾客里有三十八位也买了这款豆子。这款是低因的，晚上喝也没问题。'
        ),
        "errors": ['invented_attribute'],
        "note": (
            "[S3] 电话客服. The X6 is Espresso Roast; '低因' (decaf) is not in the bundle. Rank 1, Core 4 as top "
            'weight and 38 are right.'
        ),
    },
    {  # row 72
        "case": 'shop-21',
        "lang": 'zh',
        "text": (
            '哎你看，它把 Trailfox Go 11 滤水瓶排第一了。你买过那双 Zenova Flex 11 '
            '跑鞋嘛，买过那双鞋的人里有九个也买了这个瓶子。说真的，它是全店卖得第二好的，三百零七个人买过。'
        ),
        "errors": [],
        "note": '[S4] 朋友. Rank 1; Zenova Flex 11 (history) 9; popularity (307, rank 2).',
    },
    {  # row 73
        "case": 'gift-02',
        "lang": 'zh',
        "text": (
            '好的。为你首推 Subway 三张装礼品卡，售价三十美元，主要因为你买过 Starbucks 四张装礼品卡和 JCPenney '
            '礼品卡。如果没有这两次购买，它会降到第二十五位。'
        ),
        "errors": [],
        "note": (
            '[S1] 语音助手. Rank 1; $30; the verified removed set is Starbucks Multipack of 4 + JCPenney, 1 -> '
            '25.'
        ),
    },
    {  # row 74
        "case": 'gift-22',
        "lang": 'zh',
        "text": (
            '哎，这张 Starbucks 礼品卡啊，是我们店卖得最好的礼品卡，七十七位顾客买过。您买过 Olive Garden '
            '礼品卡，买过那张卡的顾客里有十五位也买了这张。'
        ),
        "errors": ['number_role'],
        "note": (
            "[S2] 店员. Olive Garden's co-purchase count is 11; 15 belongs to Panera. Popularity (77, rank 1) is "
            'right.'
        ),
    },
    {  # row 75
        "case": 'mag-17',
        "lang": 'zh',
        "text": (
            '您好，我这边看到给您排第一的是 B00005N7QG，是 Hearst 的食谱杂志，主要是因为您买过 B000ILY9LW '
            '这本女性健康杂志。买过它的顾客里有十七位也买了 B00005N7QG，另外买过您那本育儿杂志 B000IJ84F6 '
            '的顾客里也有十二位买了。'
        ),
        "errors": [],
        "note": (
            '[S3] 电话客服. Rank 1; Hearst / Recipes; B000ILY9LW (Health, Women) is the top weight, 17; '
            'B000IJ84F6 (Parenting) 12.'
        ),
    },
    {  # row 76
        "case": 'ml-06',
        "lang": 'zh',
        "text": (
            '哎你看，In & Out 排你第一了。主要是你评过 The Full Monty 和 Boogie '
            'Nights，说是要是没这两部的评分，它就掉到第二十二位了。'
        ),
        "errors": ['counterfactual'],
        "note": (
            '[S4] 朋友. The verified removed set is all three films (The Full Monty, Boogie Nights, L.A. '
            'Confidential), 1 -> 22; two of them alone are not verified. Rank 1 and the two top weights are '
            'right.'
        ),
    },
    {  # row 77
        "case": 'mag-02',
        "lang": 'zh',
        "text": (
            '好的。为你首推 B00005N7TL，这是一本 Condé Nast '
            '的科技杂志，是本店销量前十的杂志，共有二十五位顾客买过。买过你那本 B00005N7SC '
            '的顾客中有六位也买了它。'
        ),
        "errors": ['superlative'],
        "note": (
            "[S1] 语音助手. Popularity rank is 15, so '本店销量前十' is false. Rank 1, count 25 and B00005N7SC 6 "
            'are right.'
        ),
    },
    {  # row 78
        "case": 'ml-14',
        "lang": 'zh',
        "text": (
            '这部 Fargo 啊，是给您排第一的电影。您评过 Il Postino 和 Star Wars，评过 Star Wars '
            '的用户里有三百八十八位也评了 Fargo。说实话它是全站评分人数第二多的片子，五百零一位用户评过。'
        ),
        "errors": [],
        "note": '[S2] 店员. Rank 1; two history films; Star Wars 388; popularity (501, rank 2).',
    },
    {  # row 79
        "case": 'shop-10',
        "lang": 'zh',
        "text": (
            '您好，我这边看到首推的是 Purelle Core 5 儿童防晒霜，因为您买过 Purelle A8 日霜和 Air 9 '
            '儿童防晒霜，买过 A8 的顾客里有三十九位也买了它。价格是十七点九九美元，比您买过的 Air 9 还便宜一点。'
        ),
        "errors": ['comparison'],
        "note": (
            '[S3] 电话客服. The Air 9 is $8.99, so the $17.99 Core 5 is not cheaper. Rank 1, A8 39 and $17.99 '
            'are right.'
        ),
    },
    {  # row 80
        "case": 'shop-03',
        "lang": 'zh',
        "text": (
            '哎，它给你首推 The Winter Mirror 这本小说，说真的这是全店卖得最好的，三百五十一个人买过。你买过 '
            'Trailfox Go 11 滤水瓶嘛，买过那个瓶子的人里有九十个也买了这本书。'
        ),
        "errors": [],
        "note": '[S4] 朋友. Rank 1; Novel; popularity (351, rank 1); Go 11 (history) 90.',
    },
    {  # row 81
        "case": 'gift-13',
        "lang": 'zh',
        "text": (
            "好的。为你首推 Applebee's 礼品卡，面值五十美元，和你买过的 Carrabba's 礼品卡一样。主要因为你买过 "
            'Outback Steakhouse 礼品卡，买过那张卡的顾客中有十五位也买了它。'
        ),
        "errors": [],
        "note": "[S1] 语音助手. Rank 1; $50, the same as Carrabba's ($50); Outback is the top weight, 15.",
    },
    {  # row 82
        "case": 'gift-12',
        "lang": 'zh',
        "text": (
            '哎，这张 Burger King 礼品卡，二十五美元，在您的推荐里排第三。您买过 Starbucks '
            '礼品卡，买过那张卡的顾客里有十六位也买了它。'
        ),
        "errors": ['number_role'],
        "note": "[S2] 店员. Starbucks' co-purchase count is 12; 16 belongs to SUBWAY. $25 and rank 3 are right.",
    },
    {  # row 83
        "case": 'mag-10',
        "lang": 'zh',
        "text": (
            '您好，我这边看到给您排第一的是 B00005N7QG，是 Hearst '
            '的食谱杂志，也是我们店最畅销的杂志，五十六位顾客买过。您买过 Hearst 的家居设计杂志 '
            'B00005N7PN，买过它的顾客里有十六位也买了这本。'
        ),
        "errors": [],
        "note": (
            '[S3] 电话客服. Rank 1; Hearst / Recipes; popularity (56, rank 1); B00005N7PN (Hearst, Design & '
            'Decoration) 16.'
        ),
    },
    {  # row 84
        "case": 'ml-13',
        "lang": 'zh',
        "text": (
            '哎你看，它给你首推 Return of the Jedi，主要是因为你看过 Star Wars。评过 Star Wars '
            '的人里有四百六十九个也评了这部。'
        ),
        "errors": ['verb'],
        "note": (
            "[S4] 朋友. '你看过' (you watched) for a rating. Star Wars is the top weight; rank 1 and 469 are "
            'right.'
        ),
    },
    {  # row 85
        "case": 'shop-16',
        "lang": 'zh',
        "text": (
            '好的。Purelle Max 2 修护护发素在你的推荐里排第三。你上周买了 Purelle Flex 12 '
            '丰盈洗发水，买过它的顾客中有十二位也买了这款护发素。'
        ),
        "errors": ['invented_event'],
        "note": (
            "[S1] 语音助手. '上周' (last week) invents a date. Rank 3, Conditioner Repair and Flex 12 12 are "
            'right.'
        ),
    },
    {  # row 86
        "case": 'shop-07',
        "lang": 'zh',
        "text": (
            '这款 Purelle Air 9 儿童防晒霜，八点九九美元，是给您排第一的。主要是因为您买过 Purelle A8 '
            '日霜，买过那款日霜的顾客里有八十五位也买了它，说实话它在我们店销量排第六。'
        ),
        "errors": [],
        "note": '[S2] 店员. $8.99; rank 1; A8 Face Cream Day is the top weight, 85; popularity rank 6.',
    },
    {  # row 87
        "case": 'mag-03',
        "lang": 'zh',
        "text": (
            '您好，我这边看到给您排第一的是 B00005N7PN '
            '这本家居设计杂志，您之前订的那份快到期了，正好可以续一下。买过 B00005N7QW 的顾客里有九位也订了它。'
        ),
        "errors": ['ownership'],
        "note": (
            "[S3] 电话客服. '您之前订的那份快到期了' presents the recommended magazine as already bought. Rank "
            '1, Design & Decoration and B00005N7QW 9 are right.'
        ),
    },
    {  # row 88
        "case": 'gift-09',
        "lang": 'zh',
        "text": (
            '哎，它首推这个 Snowflake Tin 礼品卡，两百美元那张。主要是你买过 Santa Tin 那张卡，买过 Santa Tin '
            '的人里有三十个也买了它，它在全站礼品卡里卖得第三好。'
        ),
        "errors": [],
        "note": '[S4] 朋友. Rank 1; $200; Santa Tin is the top weight, 30; popularity rank 3.',
    },
    {  # row 89
        "case": 'ml-01',
        "lang": 'zh',
        "text": (
            '好的。为你首推 The Game (1997)，因为你评过 Conspiracy Theory、G.I. Jane 和 Contact。评过 Contact '
            '的用户中有一百九十四位也评了这部电影，共有二百四十六位用户评过它。'
        ),
        "errors": [],
        "note": (
            "[S1] 语音助手. Rank 1; 'The Game (1997)' in natural order; three history films; Contact 194; "
            'popularity count 246.'
        ),
    },
    {  # row 90
        "case": 'gift-17',
        "lang": 'zh',
        "text": (
            '哎，这张 Amazon 贺卡装礼品卡，四十美元，给您排第一。您买过 Plaid Gift Box '
            '那张，买过的顾客里有十五位也买了它。您还没买过 Snowflake Tin，那张以后也可以看看。'
        ),
        "errors": ['negation'],
        "note": (
            '[S2] 店员. The Snowflake Tin is in the history. Greeting Card $40, rank 1 and Plaid Gift Box 15 are '
            'right.'
        ),
    },
    {  # row 91
        "case": 'shop-11',
        "lang": 'zh',
        "text": (
            '您好，给您排第一的是 Purelle Air 9 儿童防晒霜。您买过 Purelle A8 日霜和 The Winter Mirror '
            '这本小说，买过 The Winter Mirror 的顾客里有四十九位也买了这款防晒霜。'
        ),
        "errors": [],
        "note": '[S3] 电话客服. Rank 1; A8 and The Winter Mirror are history; Winter Mirror 49.',
    },
    {  # row 92
        "case": 'shop-28',
        "lang": 'zh',
        "text": (
            '哎你看，Hearthly A11 洋甘菊茶排你推荐第三。买过你那个 Hearthly A4 '
            '鹅颈壶的人里有四十八个也买了它，而且它是全店销量前十的，一百一十六个人买过。'
        ),
        "errors": ['superlative'],
        "note": "[S4] 朋友. Popularity rank is 13, so '全店销量前十' is false. Rank 3, A4 48 and count 116 are right.",
    },
    {  # row 93
        "case": 'ml-08',
        "lang": 'zh',
        "text": (
            '好的。Butch Cassidy and the Sundance Kid 在你的推荐里排第三，因为你评过 The Blues Brothers 和 The '
            'Sting。评过 The Sting 的用户中有一百五十九位也评了这部电影。'
        ),
        "errors": ['wrong_item'],
        "note": (
            '[S1] 语音助手. The Sting is a history item with no co-rating record; 159 belongs to Back to the '
            'Future. Rank 3 and the two rated films are right.'
        ),
    },
    {  # row 94
        "case": 'gift-20',
        "lang": 'zh',
        "text": (
            '这张 Amazon Plaid Gift Box 礼品卡，二十五美元，在您推荐里排第三。您买过 Snowflake Tin '
            '和贺卡装礼品卡，买过 Snowflake Tin 的顾客里有十六位也买了它。'
        ),
        "errors": [],
        "note": '[S2] 店员. $25; rank 3; Snowflake Tin and Greeting Card are history; Snowflake Tin 16.',
    },
    {  # row 95
        "case": 'shop-20',
        "lang": 'zh',
        "text": (
            '您好，我这边看到 Kestrel Lite 7 超薄手机壳在您的推荐里排第三。您买过 Kestrel S12 '
            '超薄手机壳，买过那款的顾客里有十二位也买了它。它是防摔的，才六点九九美元。'
        ),
        "errors": ['invented_attribute'],
        "note": "[S3] 电话客服. '防摔' (drop-proof) is not in the bundle. Rank 3, Slim, S12 12 and $6.99 are right.",
    },
    {  # row 96
        "case": 'mag-19',
        "lang": 'zh',
        "text": (
            '哎，它首推 B00005N7SC，Bonnier 出的。你买过 Hearst 那本明星八卦杂志 B00079RO7G '
            '嘛，买过那本的人里有五个也买了它。说真的它在全站杂志里卖得第三好。'
        ),
        "errors": [],
        "note": '[S4] 朋友. Rank 1; Bonnier; B00079RO7G (Hearst, Celebrities & Gossip) 5; popularity rank 3.',
    },
    {  # row 97
        "case": 'ml-11',
        "lang": 'zh',
        "text": (
            '好的。为你首推 Cop Land (1997)，主要因为你评过 The Edge。评过 Contact 的用户中有一百二十六位也评了 '
            'Cop Land，共有一百七十二位用户评过它。'
        ),
        "errors": [],
        "note": '[S1] 语音助手. Rank 1; The Edge is the top weight; Contact 126; popularity count 172.',
    },
    {  # row 98
        "case": 'mag-16',
        "lang": 'zh',
        "text": (
            '这本 B00005NIOH 是 National Geographic 的历史杂志，在您推荐里排第三。您买过 Kalmbach 的自然杂志 '
            'B00005N7PT，买过它的顾客里有'
        ),
        "errors": ['truncated'],
        "note": (
            "[S2] 店员. Cut off after '顾客里有'. The part shown is true (rank 3, National Geographic / History, "
            'B00005N7PT Kalmbach / Nature & Ecology).'
        ),
    },
    {  # row 99
        "case": 'gift-24',
        "lang": 'zh',
        "text": (
            "您好，我这边看到 Applebee's 礼品卡在您推荐里排第三，面值五十美元。您买过 Outback Steakhouse 和 "
            'SUBWAY 的礼品卡，买过 SUBWAY 卡的顾客里有十四位也买了它，另外它在我们店礼品卡销量排第六。'
        ),
        "errors": [],
        "note": '[S3] 电话客服. Rank 3; $50; Outback and SUBWAY are history; SUBWAY 14; popularity rank 6.',
    },
    {  # row 100
        "case": 'shop-25',
        "lang": 'zh',
        "text": (
            '哎你看，首推 The Winter Mirror，全店最畅销的小说。你买过 The Hidden Garden '
            '那本小说嘛，买过那本的人里有六个也买了它。'
        ),
        "errors": ['unknown_item'],
        "note": (
            "[S4] 朋友. The history novel is The Hidden House; 'The Hidden Garden' names no item. Rank 1 and "
            'popularity rank 1 are right; 6 would be true of The Hidden House.'
        ),
    },
]
