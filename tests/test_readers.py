import gzip
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from whyrec.data import (
    FORMATS,
    detect_format,
    read_amazon_2018,
    read_dataset,
    read_movielens_100k,
    read_movielens_latest,
    read_recbole,
    read_s3rec,
    read_table,
)
from whyrec.errors import DataError


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _item(ds, external: str, column: str):
    return ds.items[column].iloc[ds.item_index(external)[0]]


# ====================================================================== real files
def test_movielens_100k(shared_data):
    ds = read_movielens_100k(shared_data / "ml-100k")
    assert (ds.name, ds.n_users, ds.n_items, ds.n_interactions) == ("ml-100k", 943, 1682, 100_000)
    assert ds.interactions["rating"].min() == 1 and ds.interactions["rating"].max() == 5
    assert ds.interactions["timestamp"].min() > 870_000_000
    assert {k: v.kind for k, v in ds.user_fields.items()} == {
        "age": "numeric",
        "gender": "categorical",
        "occupation": "categorical",
        "zip": "categorical",
        "zip_prefix": "categorical",
    }
    u1 = ds.users.iloc[ds.user_index("1")[0]]
    assert (u1["age"], u1["gender"], u1["occupation"], u1["zip"], u1["zip_prefix"]) == (
        24,
        "M",
        "technician",
        "85711",
        "8",
    )
    assert _item(ds, "1", "title") == "Toy Story (1995)"
    assert _item(ds, "1", "year") == 1995
    assert _item(ds, "1", "genres") == ["Animation", "Children's", "Comedy"]
    assert ds.item_fields["genres"].kind == "multi" and ds.item_fields["title"].kind == "text"
    assert np.isnan(_item(ds, "267", "year"))  # "unknown" movie has no release date
    assert ds.meta["skipped_rows"] == 0


def test_movielens_latest(shared_data):
    ds = read_movielens_latest(shared_data / "ml-latest-small")
    assert (ds.name, ds.n_users, ds.n_items, ds.n_interactions) == ("ml-latest-small", 610, 9742, 100_836)
    assert ds.interactions["rating"].min() == 0.5 and ds.interactions["rating"].max() == 5.0
    assert _item(ds, "1", "year") == 1995
    assert _item(ds, "1", "genres") == ["Adventure", "Animation", "Children", "Comedy", "Fantasy"]
    assert "pixar" in _item(ds, "1", "tags")
    tags = ds.items["tags"]
    assert all(t == sorted(set(t), key=t.index) and all(x == x.lower() for x in t) for t in tags)
    assert 0 < sum(map(len, tags)) <= 3683
    no_genre = ds.items["genres"].map(len) == 0
    assert no_genre.sum() > 0  # "(no genres listed)" becomes an empty list
    assert ds.item_fields["tags"].kind == "multi"
    plain = read_movielens_latest(shared_data / "ml-latest-small", tags=False)
    assert "tags" not in plain.item_fields


def test_s3rec_beauty_counts_order_and_speed(shared_data):
    start = time.perf_counter()
    ds = read_s3rec(shared_data / "amazon-s3rec" / "Beauty.txt")
    assert time.perf_counter() - start < 3.0
    assert (ds.name, ds.n_users, ds.n_items, ds.n_interactions) == ("beauty", 22_363, 12_101, 198_502)
    h = ds.histories()
    assert list(ds.item_ids[h[ds.user_index("1")[0]]]) == ["1", "2", "3", "4", "5"]  # file order kept
    assert list(ds.interactions["timestamp"][:5]) == [0, 1, 2, 3, 4]
    assert ds.item_fields["attributes"].kind == "multi"
    assert _item(ds, "4", "attributes") == ["1", "2", "3"]
    assert read_s3rec(shared_data / "amazon-s3rec" / "Beauty.txt", attributes_path=False).items is None


def test_amazon_gift_cards(shared_data):
    ds = read_amazon_2018(shared_data / "amazon-2018" / "Gift_Cards_5.json.gz")
    assert (ds.name, ds.n_users, ds.n_items, ds.n_interactions) == ("amazon-gift-cards", 458, 148, 2972)
    assert set(ds.interactions["event"]) == {"review"}
    reviews = ds.meta["reviews"]
    assert list(reviews.columns) == ["user", "item", "text"] and len(reviews) == 2972
    assert reviews["text"].iloc[0] == "Five Stars. Another great gift."
    assert {k: v.kind for k, v in ds.item_fields.items()} == {
        "title": "text",
        "brand": "categorical",
        "price": "numeric",
        "category": "multi",
        "main_cat": "categorical",
        "description": "text",
    }
    assert ds.items["title"].notna().all()  # Gift Cards titles are clean
    prices = ds.items["price"].dropna()
    assert len(prices) > 0 and (prices > 0).all()
    assert not ds.items["description"].dropna().str.contains("<div").any()


def test_amazon_magazine_dedupes_and_drops_html_titles(shared_data):
    folder = shared_data / "amazon-2018"
    ds = read_amazon_2018(folder / "Magazine_Subscriptions_5.json.gz")
    assert (ds.n_users, ds.n_items, ds.n_interactions) == (348, 157, 2375)
    titles = ds.items["title"].dropna()
    assert not titles.str.contains("<|a-box-inner").any()
    assert ds.items["title"].isna().sum() > 100  # most titles are HTML debris
    assert ds.items["brand"].notna().sum() > 100
    full = read_amazon_2018(folder / "Magazine_Subscriptions_5.json.gz", meta_items="all")
    assert full.n_items == 157 + 2320 - 151  # 2,320 unique ASINs, 151 of them reviewed
    assert full.n_interactions == 2375
    assert read_amazon_2018(folder / "Magazine_Subscriptions_5.json.gz", meta_path=False).items is None


def test_read_dataset_detects_real_formats(shared_data):
    assert detect_format(shared_data / "ml-100k") == "movielens-100k"
    assert detect_format(shared_data / "ml-latest-small") == "movielens-latest"
    assert detect_format(shared_data / "amazon-s3rec" / "Beauty.txt") == "s3rec"
    assert detect_format(shared_data / "amazon-2018" / "Gift_Cards_5.json.gz") == "amazon-2018"
    ds = read_dataset(shared_data / "ml-100k" / "u.data")
    assert ds.name == "ml-100k" and ds.n_interactions == 100_000
    assert detect_format(shared_data / "ml-latest-small" / "ratings.csv") == "movielens-latest"


# ====================================================================== read_table
def test_read_table_maps_columns_and_sniffs_separator(tmp_path):
    p = _write(tmp_path / "shop.csv", "customer_id;sku;ts;qty\nc1;p1;10;1\nc1;p2;5;2\nc2;p1;7;1\n")
    ds = read_table(p, columns={"user": "customer_id", "item": "sku", "timestamp": "ts"})
    assert (ds.name, ds.n_users, ds.n_items, ds.n_interactions) == ("shop", 2, 2, 3)
    h = ds.histories()
    assert list(ds.item_ids[h[ds.user_index("c1")[0]]]) == ["p2", "p1"]  # sorted by ts


def test_read_table_aliases_tsv_gzip_and_dates(tmp_path):
    p = tmp_path / "events.tsv.gz"
    with gzip.open(p, "wt") as f:
        f.write("user_id\titem_id\ttimestamp\tevent\nu1\ti1\t2021-03-04T12:00:00\tview\nu1\ti2\t2021-03-05\tbuy\n")
    ds = read_table(p)
    assert ds.name == "events" and ds.n_interactions == 2
    assert list(ds.interactions["timestamp"]) == [1614859200, 1614902400]
    assert list(ds.interactions["event"]) == ["view", "buy"]


def test_read_table_parquet_and_side_tables(tmp_path):
    inter = pd.DataFrame({"user": [1, 1, 2], "item": ["a", "b", "a"], "rating": [4.0, 3.5, 5.0]})
    inter.to_parquet(tmp_path / "r.parquet")
    _write(tmp_path / "items.csv", "item,brand,price,tags\na,acme,9.5,x|y\nb,zeta,12,\nc,acme,1,z\n")
    users = pd.DataFrame({"user": ["1", "2"], "age": [30, 40]})
    ds = read_table(tmp_path / "r.parquet", items=tmp_path / "items.csv", users=users, item_fields={"tags": "multi"})
    assert (ds.n_users, ds.n_items, ds.n_interactions) == (2, 3, 3)  # catalogue item c has no rating
    assert ds.item_fields["price"].kind == "numeric" and ds.item_fields["brand"].kind == "categorical"
    assert _item(ds, "a", "tags") == ["x", "y"] and _item(ds, "b", "tags") == []
    assert _item(ds, "b", "price") == 12.0
    assert ds.users["age"].iloc[ds.user_index("2")[0]] == 40
    assert detect_format(tmp_path / "r.parquet") == "parquet"
    assert read_dataset(tmp_path / "r.parquet").n_interactions == 3


def test_read_table_headerless_with_names(tmp_path):
    p = _write(tmp_path / "u.csv", "1,10,4,100\n2,10,3,90\n")
    ds = read_table(p, names=["user", "item", "rating", "timestamp"])
    assert ds.n_interactions == 2 and ds.interactions["rating"].tolist() == [4.0, 3.0]


# ====================================================================== malformed input
def _raises(fn, *args, **kwargs) -> DataError:
    with pytest.raises(DataError) as info:
        fn(*args, **kwargs)
    return info.value


def test_wrong_separator_is_named(tmp_path):
    p = _write(tmp_path / "r.csv", "user,item,rating\nu1,i1,4\n")
    err = _raises(read_table, p, sep="\t")
    assert "only one column" in str(err) and err.line == 1 and err.value == "user,item,rating"
    assert "sep=','" in err.fix
    folder = tmp_path / "ml"
    folder.mkdir()
    _write(folder / "u.data", "1,2,3,4\n5,6,7,8\n")
    err = _raises(read_movielens_100k, folder)
    assert "only one column" in str(err) and "tab-separated" in err.fix and err.path.endswith("u.data")


def test_missing_column(tmp_path):
    p = _write(tmp_path / "r.csv", "user,item\nu1,i1\n")
    err = _raises(read_table, p, columns={"timestamp": "ts"})
    assert err.field == "ts" and err.line == 1 and "columns" in err.fix
    p2 = _write(tmp_path / "r2.csv", "customer,product_code\nu1,i1\n")
    err = _raises(read_table, p2)
    assert "no item id column" in str(err) and "columns={'item'" in err.fix
    folder = tmp_path / "mll"
    folder.mkdir()
    _write(folder / "ratings.csv", "userId,movieId,timestamp\n1,2,3\n")
    err = _raises(read_movielens_latest, folder)
    assert err.field == "rating" and "ratings.csv" in err.path


def test_bad_numbers_name_line_field_and_value(tmp_path):
    p = _write(tmp_path / "r.csv", "user,item,rating,timestamp\nu1,i1,4,100\n\nu2,i1,4,abc\n")
    err = _raises(read_table, p)
    assert (err.line, err.field, err.value) == (4, "timestamp", "abc")  # blank line 3 counts
    assert "r.csv, line 4, field 'timestamp': timestamp is not a number; got 'abc'. Fix:" in str(err)
    p = _write(tmp_path / "r2.csv", "user,item,rating\nu1,i1,4\nu2,i1,great\n")
    err = _raises(read_table, p)
    assert (err.line, err.field, err.value) == (3, "rating", "great") and "strict=False" in err.fix


def test_too_many_fields_names_the_line(tmp_path):
    p = _write(tmp_path / "r.csv", "user,item,rating\nu1,i1,4\nu2,i1,4,9\n")
    err = _raises(read_table, p)
    assert err.line == 3 and "expected 3, found 4" in str(err)


def test_unclosed_quote_is_a_data_error(tmp_path):
    p = _write(tmp_path / "r.csv", 'user,item,rating\nu1,"i1,4\nu2,i2,3\n')
    with pytest.raises(DataError):
        read_table(p)


def test_empty_and_header_only_files(tmp_path):
    err = _raises(read_table, _write(tmp_path / "e.csv", ""))
    assert "empty" in str(err)
    err = _raises(read_table, _write(tmp_path / "h.csv", "user,item\n"))
    assert "no data rows" in str(err)
    err = _raises(read_s3rec, _write(tmp_path / "E.txt", "\n\n"))
    assert "empty" in str(err)


def test_encoding_errors_say_which_encoding_to_pass(tmp_path):
    p = _write(tmp_path / "r.csv", "user,item,title\nu1,i1,ok\nu2,i2,Caf\u00e9\n", encoding="latin-1")
    err = _raises(read_table, p)
    assert err.line == 3 and "encoding='latin-1'" in err.fix
    assert read_table(p, encoding="latin-1").n_interactions == 2
    err = _raises(read_table, p, encoding="klingon")
    assert err.field == "encoding" and err.value == "klingon"


def test_missing_file_and_folder(tmp_path):
    err = _raises(read_table, tmp_path / "nope.csv")
    assert "not found" in str(err) and err.path.endswith("nope.csv")
    err = _raises(read_movielens_100k, tmp_path / "nope")
    assert "not found" in str(err) and "u.data" in err.fix
    err = _raises(read_movielens_100k, tmp_path)  # a folder without u.data
    assert err.path.endswith("u.data")


def test_strict_false_skips_and_counts_bad_rows(tmp_path):
    text = (
        "user,item,rating,timestamp\n"  # 1
        "u1,i1,4,100\n"  # 2
        "u1,i2,4,101,extra\n"  # 3 too many fields
        "u2,i1,x,102\n"  # 4 bad rating
        ",i3,3,103\n"  # 5 no user
        "u2,i2,5,104\n"  # 6
        "u3,i3,1,yesterday\n"  # 7 bad timestamp
    )
    ds = read_table(_write(tmp_path / "r.csv", text), strict=False)
    assert ds.n_interactions == 2 and ds.meta["skipped_rows"] == 4
    lines = [line for line, _ in ds.meta["skipped_examples"]]
    assert sorted(lines) == [3, 4, 5, 7]
    reasons = dict(ds.meta["skipped_examples"])
    assert "rating is not a number" in reasons[4] and "'x'" in reasons[4]
    assert "r.csv" in reasons[7] and "timestamp" in reasons[7]
    assert "user id is missing" in reasons[5]


def test_strict_false_with_nothing_valid_still_raises(tmp_path):
    p = _write(tmp_path / "r.csv", "user,item,rating\nu1,i1,x\nu2,i2,y\n")
    err = _raises(read_table, p, strict=False)
    assert "no valid interaction rows (2 bad rows skipped)" in str(err)


# ====================================================================== S3-Rec and Amazon, synthetic
def test_s3rec_bad_lines(tmp_path):
    p = _write(tmp_path / "Toy.txt", "1 10 11 12\n2\n3 11 10\n")
    err = _raises(read_s3rec, p)
    assert err.line == 2 and "no items" in str(err)
    ds = read_s3rec(p, strict=False)
    assert ds.name == "toy" and ds.n_interactions == 5 and ds.meta["skipped_rows"] == 1
    err = _raises(read_s3rec, _write(tmp_path / "C.txt", "1,10,11\n"))
    assert "space-separated" in str(err) and err.line == 1


def test_s3rec_attributes_sibling(tmp_path):
    p = _write(tmp_path / "Toy.txt", "1 10 11\n2 11 12\n")
    _write(tmp_path / "Toy_item2attributes.json", json.dumps({"10": [1, 2], "11": [2], "12": [], "13": [5]}))
    ds = read_s3rec(p)
    assert ds.n_items == 4  # item 13 is in the catalogue only
    assert _item(ds, "10", "attributes") == ["1", "2"] and _item(ds, "12", "attributes") == []


def _gz_lines(path: Path, lines: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def test_amazon_synthetic_meta_cleaning_and_bad_json(tmp_path):
    r = {"overall": 5.0, "reviewerID": "U1", "asin": "A1", "unixReviewTime": 100, "summary": "Great", "reviewText": "x"}
    rows = [json.dumps(r), json.dumps({**r, "reviewerID": "U2", "asin": "A2", "summary": "Fine!"}), "{not json"]
    reviews = _gz_lines(tmp_path / "Toys_5.json.gz", rows)
    meta = [
        {
            "asin": "A1",
            "title": '<span class="a-size-medium"',
            "price": "$1,299.99",
            "brand": "Acme &amp; Co",
            "category": ["Toys", "Toys", "</span></span>"],
            "main_cat": '<img src="x.png" alt="AMAZON FASHION"/>',
            "description": ["<b>Big</b> fun", "for all"],
        },
        {"asin": "A1", "title": "duplicate line"},
        {"asin": "A2", "title": ".a-box-inner{background-color:#fff}", "price": "$10.00 - $20.00"},
    ]
    _gz_lines(tmp_path / "meta_Toys.json.gz", [json.dumps(m) for m in meta])
    err = _raises(read_amazon_2018, reviews)
    assert err.line == 3 and "JSON object" in str(err)
    ds = read_amazon_2018(reviews, strict=False)
    assert ds.name == "amazon-toys" and ds.n_interactions == 2 and ds.meta["skipped_rows"] == 1
    a1 = ds.items.iloc[ds.item_index("A1")[0]].to_dict()
    assert a1["title"] is None and a1["price"] == 1299.99 and a1["brand"] == "Acme & Co"
    assert a1["category"] == ["Toys"] and a1["main_cat"] == "AMAZON FASHION" and a1["description"] == "Big fun for all"
    a2 = ds.items.iloc[ds.item_index("A2")[0]].to_dict()
    assert a2["title"] is None and np.isnan(a2["price"])
    assert list(ds.meta["reviews"]["text"]) == ["Great. x", "Fine! x"]


def test_amazon_2014_python_literal_lines(tmp_path):
    line = "{'overall': 4.0, 'reviewerID': 'U1', 'asin': 'B1', 'unixReviewTime': 5}"
    p = tmp_path / "reviews_Baby_5.json"
    _write(p, line + "\n")
    ds = read_amazon_2018(p)
    assert ds.name == "amazon-baby" and ds.interactions["rating"].tolist() == [4.0]


# ====================================================================== RecBole
INTER = (
    "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
    "196\t242\t3\t881250949\n"
    "186\t302\t3\t891717742\n"
    "22\t377\tone\t878887116\n"
    "196\t377\t4\t881250950\n"
)
USER = (
    "user_id:token\tage:float\tgender:token\toccupation:token\n"
    "196\t49\tM\twriter\n"
    "186\t39\tF\texecutive\n"
    "22\t25\tM\twriter\n"
)
ITEM = (
    "item_id:token\tmovie_title:token_seq\trelease_year:token\tclass:token_seq\temb:float_seq\n"
    "242\tKolya\t1996\tComedy\t0.1 0.2\n"
    "302\tL.A. Confidential\t1997\tCrime Film-Noir Mystery Thriller\t0.3 0.4\n"
    "377\tHeavyweights\t1994\tChildren's Comedy\t0.5 0.6\n"
)


@pytest.fixture
def recbole_dir(tmp_path) -> Path:
    folder = tmp_path / "ml-mini"
    folder.mkdir()
    _write(folder / "ml-mini.inter", INTER)
    _write(folder / "ml-mini.user", USER)
    _write(folder / "ml-mini.item", ITEM)
    return folder


def test_recbole_bad_line_strict_and_lenient(recbole_dir):
    err = _raises(read_recbole, recbole_dir)
    assert (err.line, err.field, err.value) == (4, "rating", "one") and err.path.endswith("ml-mini.inter")
    ds = read_recbole(recbole_dir / "ml-mini.inter", strict=False)
    assert (ds.name, ds.n_interactions, ds.meta["skipped_rows"]) == ("ml-mini", 3, 1)
    kinds = {k: v.kind for k, v in ds.item_fields.items()}
    assert kinds == {"movie_title": "multi", "release_year": "categorical", "class": "multi"}
    assert _item(ds, "302", "class") == ["Crime", "Film-Noir", "Mystery", "Thriller"]
    assert ds.meta["dropped_columns"] == ["ml-mini.item:emb"]
    assert ds.user_fields["age"].kind == "numeric"
    assert ds.users["age"].iloc[ds.user_index("186")[0]] == 39.0
    assert ds.n_users == 3  # user 22 lost its only rating but is in the user file
    assert detect_format(recbole_dir) == "recbole"


def test_recbole_header_errors(tmp_path):
    err = _raises(read_recbole, _write(tmp_path / "a.inter", "user_id:token\titem_id:tok\n1\t2\n"))
    assert (err.line, err.field, err.value) == (1, "item_id", "tok")
    err = _raises(read_recbole, _write(tmp_path / "b.inter", "user_id\titem_id\n1\t2\n"))
    assert "no type" in str(err) and "name:type" in err.fix
    err = _raises(read_recbole, _write(tmp_path / "c.inter", "user_id:token,item_id:token\n1,2\n"))
    assert "only one column" in str(err)


# ====================================================================== dispatch
def test_read_dataset_formats_and_errors(tmp_path):
    assert FORMATS[0] == "auto" and "recbole" in FORMATS and "csv" in FORMATS
    p = _write(tmp_path / "r.csv", "user,item\nu1,i1\n")
    assert detect_format(p) == "csv" and read_dataset(p, format="csv").n_interactions == 1
    err = _raises(read_dataset, p, format="excel")
    assert err.field == "format" and "movielens-100k" in err.fix
    with pytest.raises(TypeError, match="tags"):
        read_dataset(p, tags=True)
    err = _raises(detect_format, _write(tmp_path / "r.xlsx", "x"))
    assert "format=" in err.fix


def test_ids_no_route_could_address_are_bad_rows(tmp_path):
    from whyrec.data import read_dataset
    from whyrec.errors import DataError

    p = tmp_path / "odd_ids.csv"
    p.write_text("user,item,timestamp\nA,x,1\nB\x00C,y,2\nA,y,3\n" + "Z" * 5000 + ",x,4\n")
    with pytest.raises(DataError) as e:
        read_dataset(p)
    assert e.value.line == 3 and e.value.field == "user" and "control character" in str(e.value)
    ds = read_dataset(p, strict=False)
    assert ds.n_interactions == 2 and ds.meta["skipped_rows"] == 2


def test_an_unclosed_quote_is_reported_on_its_own_line(tmp_path):
    from whyrec.data import read_dataset
    from whyrec.errors import DataError

    p = tmp_path / "quote.csv"
    p.write_text('user,item,timestamp\nA,x,1\nB,"y,2\nA,y,3\nC,z,4\n')
    with pytest.raises(DataError) as e:
        read_dataset(p)
    assert e.value.line == 3 and "line 3" in str(e.value) and "quot" in str(e.value)


def test_a_registered_reader_is_used_by_read_dataset_and_the_cli(tmp_path, capsys):
    import pandas as pd

    from whyrec.data import Dataset, read_dataset, register_reader
    from whyrec.data.readers import _READERS, _SUFFIXES, formats

    def read_pipes(path, *, strict: bool = True) -> Dataset:
        rows = [line.split("|") for line in path.read_text().splitlines() if line]
        return Dataset.from_frames(pd.DataFrame(rows, columns=["user", "item"]), name=path.stem)

    p = tmp_path / "log.pipes"
    p.write_text("a|x\nb|y\na|y\n")
    register_reader("pipes", read_pipes, suffixes=(".pipes",))
    try:
        assert "pipes" in formats()
        assert read_dataset(p).n_interactions == 3 and read_dataset(p, format="pipes").n_users == 2
        from test_cli import _run_main

        code, out, _ = _run_main(["data", "describe", str(p), "--format", "pipes", "--json"], capsys)
        assert code == 0 and '"interactions": 3' in out
    finally:
        _READERS.pop("pipes", None)
        _SUFFIXES.pop("pipes", None)
    with pytest.raises(DataError, match="unknown format"):
        read_dataset(p, format="pipes")
