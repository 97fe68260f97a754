"""The sample shop's world: its rules of choice and their probabilities, departments, categories, brands,
complements, price bands and the shoppers' profiles (see :mod:`whyrec.data.sample_shop`)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RULES: tuple[str, ...] = (
    "complement",
    "brand_loyalty",
    "repeat",
    "category_affinity",
    "profile",
    "price_band",
    "popularity",
    "noise",
)
"""Names of the generating rules, in a fixed order."""

DEFAULT_RULE_PROBS: dict[str, float] = {
    "complement": 0.35,
    "brand_loyalty": 0.12,
    "repeat": 0.06,
    "category_affinity": 0.15,
    "profile": 0.06,
    "price_band": 0.06,
    "popularity": 0.08,
    "noise": 0.12,
}
"""Probability of each rule for every purchase after the first."""

FIRST_RULE_PROBS: dict[str, float] = {"profile": 0.45, "price_band": 0.25, "popularity": 0.30}
"""Probability of each rule for a user's first purchase."""

# how strongly a rule that refers to a recent purchase picks the last, second-last, third-last one
_RECENCY: dict[str, tuple[float, ...]] = {
    "complement": (0.8, 0.13, 0.07),
    "brand_loyalty": (0.6, 0.25, 0.15),
    "category_affinity": (0.6, 0.25, 0.15),
}
# which user field the profile rule acts through
_PROFILE_FEATURES: dict[str, float] = {"age_band": 0.5, "gender": 0.25, "location": 0.25}
# rating: mean per rule (a stronger reason -> a happier buyer), plus N(0, _RATING_SD), rounded, clipped to 1..5
_RATING_MEAN: dict[str, float] = {
    "complement": 4.3,
    "brand_loyalty": 4.3,
    "repeat": 4.6,
    "category_affinity": 3.9,
    "profile": 3.7,
    "price_band": 4.1,
    "popularity": 3.6,
    "noise": 2.7,
}
_RATING_SD = 0.8
# mean days between the previous purchase and one made by this rule
_GAP_DAYS: dict[str, float] = {
    "complement": 1.5,
    "brand_loyalty": 12.0,
    "repeat": 35.0,
    "category_affinity": 10.0,
    "profile": 20.0,
    "price_band": 20.0,
    "popularity": 15.0,
    "noise": 20.0,
}
_T0 = 1_704_067_200  # 2024-01-01T00:00:00Z
_T1 = _T0 + 366 * 86_400  # one (leap) year
_N_COMPATIBLE = 3  # compatible items per item and complement category
_MAX_USERS = 10_000_000
_MAX_ITEMS = 200_000
_ZIPF = 0.8

DEPARTMENTS: tuple[str, ...] = ("Electronics", "Beauty", "Home", "Sports", "Books")
PRICE_BANDS: tuple[str, ...] = ("budget", "mid-range", "premium")
AGE_BANDS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")
_AGE_EDGES = (25, 35, 45, 55, 65)
GENDERS: tuple[str, ...] = ("female", "male", "other")
_GENDER_P = (0.50, 0.47, 0.03)
CITIES: tuple[str, ...] = ("London", "Berlin", "Paris", "Madrid", "Milan", "Amsterdam", "Stockholm", "Warsaw")
_CITY_P = (0.22, 0.17, 0.15, 0.12, 0.10, 0.09, 0.08, 0.07)
# department shares per age band (rows: AGE_BANDS, columns: DEPARTMENTS)
_AGE_DEPT = np.array(
    [
        [0.35, 0.20, 0.05, 0.25, 0.15],
        [0.30, 0.20, 0.12, 0.25, 0.13],
        [0.25, 0.18, 0.25, 0.17, 0.15],
        [0.20, 0.17, 0.30, 0.13, 0.20],
        [0.15, 0.17, 0.33, 0.10, 0.25],
        [0.10, 0.15, 0.35, 0.07, 0.33],
    ]
)
# department multipliers per gender
_GENDER_DEPT = np.array(
    [
        [0.8, 1.8, 1.0, 0.9, 1.2],
        [1.4, 0.5, 0.9, 1.2, 0.9],
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ]
)
# price band shares per age band, and multipliers per city
_AGE_BAND_PRICE = np.array(
    [
        [0.55, 0.35, 0.10],
        [0.40, 0.40, 0.20],
        [0.30, 0.40, 0.30],
        [0.25, 0.40, 0.35],
        [0.25, 0.40, 0.35],
        [0.30, 0.40, 0.30],
    ]
)
_CITY_PRICE = {
    "London": (0.8, 1.0, 1.3),
    "Stockholm": (0.8, 1.0, 1.3),
    "Amsterdam": (0.9, 1.0, 1.2),
    "Paris": (0.9, 1.0, 1.2),
    "Madrid": (1.2, 1.0, 0.8),
    "Warsaw": (1.3, 1.0, 0.7),
}


@dataclass(frozen=True)
class _Category:
    name: str
    department: str
    noun: str
    median_price: float
    share: float
    consumable: bool
    variants: tuple[str, ...]
    features: tuple[str, ...]
    tags: tuple[str, ...]
    title: str = "{brand} {model} {noun} {variant}"


# fmt: off
CATEGORIES: tuple[_Category, ...] = (
    _Category("Smartphone", "Electronics", "Smartphone", 420, 1.4, False, ("64GB", "128GB", "256GB", "512GB"),
              ("a 6.1-inch OLED display", "a triple camera", "an all-day battery", "5G"), ("5g", "oled", "dual-sim")),
    _Category("Phone Case", "Electronics", "Phone Case", 18, 1.2, False, ("Clear", "Leather", "Rugged", "Slim"),
              ("drop protection", "a raised camera lip", "a slim profile", "a soft-touch finish"),
              ("protective", "slim", "magsafe")),
    _Category("Screen Protector", "Electronics", "Screen Protector", 12, 0.8, False,
              ("Tempered Glass", "Privacy", "Matte", "2-Pack"),
              ("9H hardness", "bubble-free install", "an oleophobic coating"), ("tempered-glass", "anti-glare")),
    _Category("Charger", "Electronics", "Charger", 25, 0.8, False, ("20W", "30W", "65W", "Wireless"),
              ("fast charging", "a USB-C port", "a foldable plug", "overheat protection"), ("usb-c", "fast-charge")),
    _Category("Headphones", "Electronics", "Headphones", 90, 1.2, False,
              ("Wireless", "Noise-Cancelling", "Over-Ear", "Sport"),
              ("active noise cancelling", "30-hour battery", "a built-in microphone", "deep bass"),
              ("bluetooth", "anc", "wireless")),
    _Category("Camera", "Electronics", "Camera", 650, 0.8, False, ("24MP", "Mirrorless", "4K", "Compact"),
              ("a 24MP sensor", "4K video", "image stabilisation", "a flip screen"), ("mirrorless", "4k", "vlogging")),
    _Category("Memory Card", "Electronics", "Memory Card", 22, 0.6, False, ("64GB", "128GB", "256GB"),
              ("V30 speed", "a lifetime warranty", "shock resistance"), ("sd-card", "storage")),
    _Category("Tripod", "Electronics", "Tripod", 45, 0.6, False, ("Travel", "Carbon", "Mini", "Pro"),
              ("a ball head", "quick-release legs", "a carry bag"), ("travel", "lightweight")),
    _Category("Shampoo", "Beauty", "Shampoo", 8, 1.0, True, ("250ml", "400ml", "Volume", "Repair"),
              ("argan oil", "no sulfates", "a fresh citrus scent"), ("sulfate-free", "vegan", "hair")),
    _Category("Conditioner", "Beauty", "Conditioner", 9, 0.8, True, ("250ml", "400ml", "Smooth", "Repair"),
              ("shea butter", "no silicones", "a light formula"), ("silicone-free", "vegan", "hair")),
    _Category("Face Cream", "Beauty", "Face Cream", 28, 1.0, True, ("Day", "Night", "SPF 15", "Hydrating"),
              ("hyaluronic acid", "vitamin C", "a non-greasy texture"), ("skincare", "hydrating", "fragrance-free")),
    _Category("Sunscreen", "Beauty", "Sunscreen", 15, 0.7, True, ("SPF 30", "SPF 50", "Sport", "Kids"),
              ("broad-spectrum protection", "water resistance", "a matte finish"), ("spf", "skincare", "summer")),
    _Category("Coffee Maker", "Home", "Coffee Maker", 95, 0.8, False, ("Drip", "Espresso", "Pod", "Cold Brew"),
              ("a 15-bar pump", "a thermal carafe", "a programmable timer"), ("coffee", "kitchen", "appliance")),
    _Category("Coffee Beans", "Home", "Coffee Beans", 13, 1.0, True,
              ("Espresso Roast", "Medium Roast", "Decaf", "1kg"),
              ("single-origin beans", "notes of chocolate", "a fair-trade certificate"), ("coffee", "organic")),
    _Category("Kettle", "Home", "Kettle", 38, 0.6, False, ("1.7L", "Glass", "Gooseneck", "Steel"),
              ("rapid boil", "temperature control", "auto shut-off"), ("kitchen", "appliance")),
    _Category("Tea", "Home", "Tea", 7, 0.8, True, ("Earl Grey", "Green", "Chamomile", "Breakfast"),
              ("whole leaves", "biodegradable bags", "a rich aroma"), ("tea", "organic")),
    _Category("Running Shoes", "Sports", "Running Shoes", 100, 1.2, False, ("Trail", "Road", "Racing", "Cushioned"),
              ("a responsive foam sole", "a breathable mesh upper", "a grippy outsole"), ("running", "footwear")),
    _Category("Running Socks", "Sports", "Running Socks", 12, 0.6, False,
              ("3-Pack", "Compression", "Merino", "Ankle"),
              ("blister protection", "moisture wicking", "arch support"), ("running", "apparel")),
    _Category("Yoga Mat", "Sports", "Yoga Mat", 32, 0.6, False, ("6mm", "Cork", "Travel", "Non-Slip"),
              ("a non-slip surface", "alignment lines", "a carry strap"), ("yoga", "fitness")),
    _Category("Water Bottle", "Sports", "Water Bottle", 19, 0.7, False, ("750ml", "1L", "Insulated", "Filter"),
              ("double-wall insulation", "a leak-proof lid", "BPA-free steel"), ("hydration", "outdoor")),
    _Category("Novel", "Books", "Novel", 14, 1.6, False, ("Paperback", "Hardcover"),
              ("a gripping plot", "unforgettable characters", "an award-winning author"),
              ("fiction", "bestseller-list"), "{model}: A Novel ({variant})"),
    _Category("Cookbook", "Books", "Cookbook", 26, 0.8, False, ("Paperback", "Hardcover"),
              ("100 weeknight recipes", "step-by-step photos", "seasonal menus"), ("cooking", "recipes"),
              "The {model} Kitchen Cookbook ({variant})"),
    _Category("Travel Guide", "Books", "Travel Guide", 20, 0.7, False, ("2024 Edition", "Pocket Edition"),
              ("fold-out maps", "insider tips", "day-trip itineraries"), ("travel", "guide"),
              "{model} Travel Guide ({variant})"),
)
"""The categories of the sample shop, five departments."""

COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "Smartphone": ("Phone Case", "Screen Protector", "Charger", "Headphones"),
    "Phone Case": ("Screen Protector",),
    "Screen Protector": ("Phone Case",),
    "Headphones": ("Charger",),
    "Camera": ("Memory Card", "Tripod"),
    "Memory Card": ("Tripod",),
    "Tripod": ("Memory Card",),
    "Shampoo": ("Conditioner",),
    "Conditioner": ("Shampoo",),
    "Face Cream": ("Sunscreen",),
    "Coffee Maker": ("Coffee Beans",),
    "Kettle": ("Tea",),
    "Tea": ("Kettle",),
    "Coffee Beans": ("Coffee Maker",),
    "Cookbook": ("Coffee Maker", "Kettle"),
    "Running Shoes": ("Running Socks", "Water Bottle"),
    "Running Socks": ("Water Bottle",),
    "Yoga Mat": ("Water Bottle",),
    "Travel Guide": ("Sunscreen", "Tripod"),
}
"""Category -> the categories that complement it (a purchase of the first calls for the others)."""

BRANDS: dict[str, tuple[str, ...]] = {
    "Electronics": ("Nimbus", "Voltra", "Kestrel", "Orion", "Pixelo", "Lumetric"),
    "Beauty": ("Aurelle", "Botanica", "Velora", "Purelle", "Solenne"),
    "Home": ("Brewster", "Kettleworth", "Hearthly", "Casaro", "Morrow"),
    "Sports": ("Stride", "Apexa", "Trailfox", "Zenova", "Hydra"),
    "Books": ("Penrose Press", "Quillhouse", "Northwind Books", "Lanternfield"),
}
"""Department -> its brands (publishers for books)."""

# what people in each city buy more of (the profile rule through ``location``)
_CITY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "London": ("Tea", "Kettle", "Novel"),
    "Berlin": ("Running Shoes", "Headphones"),
    "Paris": ("Face Cream", "Novel", "Cookbook"),
    "Madrid": ("Sunscreen", "Water Bottle"),
    "Milan": ("Coffee Maker", "Coffee Beans"),
    "Amsterdam": ("Travel Guide", "Camera"),
    "Stockholm": ("Yoga Mat", "Running Socks", "Coffee Beans"),
    "Warsaw": ("Smartphone", "Charger"),
}

_SERIES = ("X", "S", "A", "Z", "Pro", "Air", "Lite", "Neo", "Max", "Go", "Flex", "Prime", "Zen", "Edge", "Core")
_NOVEL_ADJ = ("Silent", "Crimson", "Hidden", "Last", "Winter", "Golden", "Broken", "Distant", "Quiet", "Burning",
              "Lost", "Painted", "Hollow", "Northern", "Secret", "Midnight", "Paper", "Salt", "Glass", "Wild")
_NOVEL_NOUN = ("Harbour", "Orchard", "Lighthouse", "River", "Garden", "Letters", "Summer", "Archive", "Island",
               "Station", "Forest", "Tide", "Mirror", "Kingdom", "Road", "Hours", "Bridge", "Sky", "House", "Sea")
_CUISINES = ("Italian", "Japanese", "Vegan", "Nordic", "Mexican", "Indian", "Thai", "French", "Greek", "Korean",
             "Lebanese", "Spanish", "Baking", "Weeknight", "Family", "Plant-Based")
_PLACES = ("Lisbon", "Kyoto", "Iceland", "Rome", "Barcelona", "Vienna", "Scotland", "Croatia", "Morocco", "Peru",
           "Vietnam", "Norway", "Sicily", "Prague", "Crete", "New Zealand", "Patagonia", "Bavaria", "Provence", "Bali")
_TIER_ADJ = ("Affordable", "Well-made", "Premium")
# fmt: on
