"""The web page, end to end: the real app under uvicorn, driven by Playwright in Debian's headless Chromium.

A small SASRec is trained on a small sample shop; the app runs on a free
127.0.0.1 port in a thread with a fresh SQLite store. The tests load the page,
pick a shopper, read the recommendations with their reasons and evidence
charts, record a purchase and watch the lists change, ask "why not?", look at
the map, check error messages and a phone-width layout. Screenshots go to
``runs/screenshots/`` (desktop and phone width) for a person to look at.

Chromium is Debian's ``/usr/bin/chromium`` (Playwright's own browser download
is not used); without it the tests fail with a message saying how to install it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import live_app

REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "runs" / "screenshots"
CHROMIUM = os.environ.get("WHYREC_CHROMIUM", "/usr/bin/chromium")
API_KEY = "web-test-key"  # the admin key: writes, the shopper list
READ_KEY = "web-read-key"
ADMIN = {"X-API-Key": API_KEY}
N_USERS = 300
SHOP_SEED = 0
SASREC = {"embedding_dim": 24, "max_len": 10, "epochs": 4, "batch_size": 64, "learning_rate": 5e-3, "dropout": 0.1,
          "device": "cpu", "seed": 3, "num_threads": 1}
TIMEOUT_MS = 30_000


def _chromium() -> str:
    path = shutil.which(CHROMIUM) or (CHROMIUM if Path(CHROMIUM).is_file() else None)
    if path is None:
        pytest.fail(
            f"Chromium not found at {CHROMIUM}; the browser tests need Debian's chromium. "
            "Fix: apt-get install -y chromium (or set WHYREC_CHROMIUM to a chromium binary); "
            "Playwright's own browser download is not used"
        )
    return path


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A quickly trained SASRec on a small sample shop, with its run record."""
    from whyrec.data import sample_shop
    from whyrec.evaluation import make_split
    from whyrec.models.sasrec import SASRec
    from whyrec.runs import write_run_record

    ds = sample_shop(n_users=N_USERS, seed=SHOP_SEED)
    split = make_split(ds, "loo-full", seed=2020)
    out = tmp_path_factory.mktemp("web-model")
    SASRec(**SASREC).fit(split.train).save(out)
    info = {"data": "sample-shop", "format": "sample-shop", "n_users": N_USERS, "shop_seed": SHOP_SEED,
            "protocol": "loo-full", "seed": 2020, "model": "sasrec"}
    write_run_record(out, info, ds)
    return out


@pytest.fixture(scope="module")
def base_url(model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under uvicorn on a free 127.0.0.1 port, in a thread, with a fresh SQLite store; as ``make
    serve`` runs it: reads open (``--public-reads``), an admin key for writes and the shopper list."""
    from whyrec.service import Settings, create_app

    db = tmp_path_factory.mktemp("web-store") / "shop.sqlite"
    app = create_app(Settings(model_dir=model_dir, db_url=f"sqlite:///{db}", api_key=API_KEY, public_reads=True))
    with live_app(app) as url:
        yield url


@pytest.fixture(scope="module")
def keyed_url(model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app as ``whyrec serve`` runs it by default: every read needs a key (here a read-only one)."""
    from whyrec.service import Settings, create_app

    db = tmp_path_factory.mktemp("web-keyed") / "shop.sqlite"
    settings = Settings(model_dir=model_dir, db_url=f"sqlite:///{db}", api_key=API_KEY, api_keys=f"read:{READ_KEY}",
                        precompute_map=False)  # fmt: skip
    with live_app(create_app(settings)) as url:
        yield url


@pytest.fixture(scope="module")
def credit_url(model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app with a credit run (a scorecard on German Credit, 2-fold cross-validation) beside the shop model, as
    ``whyrec serve demo-out --public-reads --credit demo-out/credit`` runs it."""
    from whyrec.credit.run import train_credit_run
    from whyrec.service import Settings, create_app

    credit = tmp_path_factory.mktemp("web-credit")
    train_credit_run(credit, model="scorecard", folds=2, repeats=1)
    db = tmp_path_factory.mktemp("web-credit-store") / "shop.sqlite"
    settings = Settings(model_dir=model_dir, db_url=f"sqlite:///{db}", api_key=API_KEY, public_reads=True,
                        precompute_map=False, credit_dir=credit)  # fmt: skip
    with live_app(create_app(settings)) as url:
        yield url


def _context(browser: Any, **kwargs: Any) -> Any:
    """A browser context whose tab has the admin key in its API key box (typed once, kept in sessionStorage)."""
    ctx = browser.new_context(**kwargs)
    ctx.add_init_script(f"window.sessionStorage.setItem('whyrec-api-key', {json.dumps(API_KEY)})")
    return ctx


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, through Playwright's sync API."""
    exe = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        pytest.fail(f"the playwright package is missing ({e}). Fix: pip install -e '.[test]'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"], headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A fresh desktop-sized page; JavaScript errors and Content-Security-Policy violations on it fail the test."""
    ctx = _context(browser, viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors or CSP violations on the page: {errors}"


def _api(base_url: str, path: str) -> Any:
    r = httpx.get(base_url + path, headers=ADMIN, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()


def _first_user(base_url: str) -> str:
    return _api(base_url, "/v1/users?limit=50&offset=0")["users"][0]


def _open_user(page: Any, base_url: str, user: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_function("() => document.querySelectorAll('#user-select option').length > 1")
    page.select_option("#user-select", user)
    page.wait_for_selector("#recs li.rec")
    page.wait_for_function("() => document.getElementById('recs').getAttribute('aria-busy') === 'false'")


def _shown_items(page: Any) -> list[str]:
    return page.eval_on_selector_all("#recs li.rec", "els => els.map(e => e.dataset.item)")


def _shot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


# ------------------------------------------------------------------ tests
def test_page_shows_history_recommendations_reasons_and_charts(page: Any, base_url: str) -> None:
    user = _first_user(base_url)
    _open_user(page, base_url, user)
    api = _api(base_url, f"/v1/users/{user}/recommendations?k=10&explain=true&narrate=true&lang=en")
    expected = [it["item"] for it in api["items"]]
    assert len(expected) == 10
    assert _shown_items(page) == expected  # the page shows what the API recommends, in order

    hist = _api(base_url, f"/v1/users/{user}/history?limit=20")["items"]
    shown_hist = page.eval_on_selector_all("#history li", "els => els.map(e => e.dataset.item)")
    assert shown_hist == [it["item"] for it in hist] and shown_hist

    cards = page.locator("#recs li.rec")
    for n, it in enumerate(api["items"]):
        card = cards.nth(n)
        reason = card.locator(".reason .narrated").inner_text().strip()
        assert reason, f"recommendation {n + 1} shows no reason"
        if it.get("reason") and it["reason"].get("text"):
            assert reason == it["reason"]["text"].strip()
        weights = [e["weight"] for e in (it.get("explanation") or {}).get("evidence", []) if "weight" in e]
        bars = card.locator(".bars .bar-row rect")
        if weights:  # one bar per weighted record (at most 6), coloured by sign
            assert bars.count() == min(6, len(weights))
            fills = bars.evaluate_all("rs => rs.map(r => r.getAttribute('fill'))")
            assert set(fills) <= {"#1f77b4", "#d95f02"}
        else:
            assert bars.count() == 0
    assert page.locator("#recs .bars").count() > 0, "no evidence chart on any recommendation"
    page.wait_for_selector("#map svg.scatter")
    _shot(page, "web-desktop.png")


def test_buy_records_event_and_lists_change(page: Any, base_url: str) -> None:
    user = _api(base_url, "/v1/users?limit=50&offset=0")["users"][1]
    _open_user(page, base_url, user)
    before = _shown_items(page)
    hist_before = _api(base_url, f"/v1/users/{user}/history?limit=200")["items"]
    bought = before[0]

    # without a key: a clear message, nothing written (the reads stay open: --public-reads)
    page.fill("#api-key", "")
    page.locator("#recs li.rec").first.get_by_role("button", name="Buy").click()
    page.wait_for_selector("#error:not([hidden])")
    assert "API key" in page.inner_text("#error")
    assert len(_api(base_url, f"/v1/users/{user}/history?limit=200")["items"]) == len(hist_before)

    # a wrong key: the API's own error message and fix are shown
    page.fill("#api-key", "not-the-key")
    page.locator("#recs li.rec").first.get_by_role("button", name="Buy").click()
    page.wait_for_function("() => document.getElementById('error').innerText.includes('Recording the purchase')")
    bad = httpx.post(f"{base_url}/v1/events", headers={"X-API-Key": "not-the-key"},
                     json={"events": [{"event_id": "x-1", "user": user, "item": bought}]}, timeout=30)
    assert 400 <= bad.status_code < 500
    err = bad.json()["error"]
    text = page.inner_text("#error")
    assert err["message"] in text and (not err.get("fix") or err["fix"] in text)

    # the right key: recorded, history grows, the recommendations change
    page.fill("#api-key", API_KEY)
    page.locator("#recs li.rec").first.get_by_role("button", name="Buy").click()
    page.wait_for_function(
        "() => document.getElementById('status').innerText.includes('The lists now include it')")
    hist_after = _api(base_url, f"/v1/users/{user}/history?limit=200")["items"]
    assert len(hist_after) == len(hist_before) + 1 and hist_after[-1]["item"] == bought
    shown_hist = page.eval_on_selector_all("#history li", "els => els.map(e => e.dataset.item)")
    assert shown_hist[-1] == bought
    after = _shown_items(page)
    assert after != before and bought not in after
    api_after = _api(base_url, f"/v1/users/{user}/recommendations?k=10&explain=true&narrate=true&lang=en")
    assert after == [it["item"] for it in api_after["items"]]
    _shot(page, "web-after-buy.png")


def test_why_not_explains_an_item_outside_the_list(page: Any, base_url: str) -> None:
    user = _first_user(base_url)
    _open_user(page, base_url, user)
    top = set(_shown_items(page))
    # a catalogue item that is not recommended, found through the same search the page uses
    # (the sample shop's titles name their category, e.g. "... Running Shoes Cushioned")
    first = _api(base_url, f"/v1/users/{user}/recommendations?k=10&explain=false&narrate=false")["items"][0]
    word = first["category"]
    found = _api(base_url, f"/v1/items?q={word}&limit=20")["items"]
    target = next(it for it in found if it["item"] not in top)
    page.fill("#item-q", word)
    page.click("#search-form button[type=submit]")
    page.wait_for_function("() => !document.getElementById('item-pick').disabled")
    options = page.eval_on_selector_all("#item-pick option", "os => os.map(o => o.value)")
    assert options == [it["item"] for it in found]
    page.select_option("#item-pick", target["item"])
    page.click("#whynot-go")
    page.wait_for_selector("#whynot h3")
    api = _api(base_url, f"/v1/users/{user}/explanations/{target['item']}?narrate=true&lang=en")
    assert api["in_top_k"] is False
    text = page.inner_text("#whynot")
    assert "Not in the top list" in text
    if api["explanation"]["rank"] is not None:
        assert f"rank {api['explanation']['rank']}" in text
    assert page.locator("#whynot .narrated").inner_text().strip()
    _shot(page, "web-why-not.png")


def test_map_draws_every_item_with_history_and_recommendations(page: Any, base_url: str) -> None:
    user = _first_user(base_url)
    _open_user(page, base_url, user)
    page.wait_for_selector("#map svg.scatter")
    m = _api(base_url, f"/v1/map?user={user}")
    ids = {str(p["item"]) for p in m["points"]}
    hist = {i for i in m["history"] if i in ids}
    recs = {i for i in m["recommended"] if i in ids}
    n_base = page.locator("#map svg.scatter g.base circle").count()
    assert n_base == len(ids - hist - recs)
    assert set(page.eval_on_selector_all("#map .hist-mark", "es => es.map(e => e.dataset.item)")) == hist
    assert set(page.eval_on_selector_all("#map .rec-mark", "es => es.map(e => e.dataset.item)")) == recs
    legend = page.inner_text("#map-legend")
    assert "recommended" in legend and "recent history" in legend
    page.locator("#map-panel").screenshot(path=str(SHOTS / "web-map.png"))


def test_new_shopper_gets_cold_start_picks(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("#user-input", "brand-new-shopper")
    page.click("#user-go")
    page.wait_for_selector("#recs li.rec")
    assert "new shopper" in page.inner_text("#user-line")
    assert page.locator("#history-empty").is_visible()


def test_phone_width_has_no_horizontal_overflow(browser: Any, base_url: str) -> None:
    ctx = _context(browser, viewport={"width": 375, "height": 812}, device_scale_factor=2, is_mobile=True,
                   has_touch=True)  # fmt: skip
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    try:
        user = _first_user(base_url)
        pg.goto(f"{base_url}/?user={user}")
        pg.wait_for_selector("#recs li.rec")
        pg.wait_for_selector("#map svg.scatter")
        widths = json.loads(pg.evaluate(
            "JSON.stringify({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth,"
            " view: window.innerWidth})"))
        assert widths["doc"] <= widths["view"] and widths["body"] <= widths["view"], widths
        wide = pg.evaluate(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right >"
            " window.innerWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)")
        assert not wide, f"elements wider than the phone screen: {wide}"
        for sel in ("#user-select", "#user-input", "#api-key", "#item-q"):  # every control has a label
            assert pg.locator(f"label[for={sel[1:]}]").count() == 1
        _shot(pg, "web-phone.png")
    finally:
        ctx.close()


def test_the_page_works_under_its_content_security_policy(browser: Any, base_url: str) -> None:
    ctx = _context(browser, viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    messages: list[str] = []
    pg.on("console", lambda m: messages.append(m.text))
    try:
        resp = pg.goto(base_url + "/")
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "'unsafe-inline'" not in csp
        assert resp.headers["x-frame-options"] == "DENY"
        pg.wait_for_function("() => document.querySelectorAll('#user-select option').length > 1")  # its own script runs
        assert not [m for m in messages if "Content Security Policy" in m], messages
        # an injected inline script does not run, and the browser says why
        pg.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                    " document.body.append(s); }")  # fmt: skip
        assert pg.evaluate("() => window.injected") is None
        pg.wait_for_timeout(200)
        assert any("Content Security Policy" in m for m in messages), messages
    finally:
        ctx.close()


def test_without_a_key_the_page_reads_public_data_and_asks_for_a_key_for_the_list(browser: Any, base_url: str) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})  # no key typed
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    try:
        user = _first_user(base_url)
        pg.goto(f"{base_url}/?user={user}")
        pg.wait_for_selector("#recs li.rec")  # --public-reads: the demo shop works at once
        assert "admin key" in pg.inner_text("#user-select")  # the shopper list needs an admin key: said, no error
        assert pg.locator("#error").is_hidden()
    finally:
        ctx.close()


def test_reads_need_the_key_typed_once_into_the_page(browser: Any, keyed_url: str) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    try:
        user = httpx.get(f"{keyed_url}/v1/users?limit=1", headers=ADMIN, timeout=60).json()["users"][0]
        assert httpx.get(f"{keyed_url}/v1/users/{user}/history", timeout=60).status_code == 401
        pg.goto(f"{keyed_url}/?user={user}")
        pg.wait_for_selector("#error:not([hidden])")  # no key: the API's 401 message, which names the header
        assert "X-API-Key" in pg.inner_text("#error") and pg.locator("#recs li.rec").count() == 0
        pg.fill("#api-key", READ_KEY)
        pg.press("#api-key", "Tab")  # a new key: the page reads again with it
        pg.wait_for_selector("#recs li.rec")
        assert pg.locator("#error").is_hidden()
        assert "admin key" in pg.inner_text("#user-select")  # a read key does not list the shoppers
        pg.reload()  # kept for the tab (sessionStorage): not typed again
        pg.wait_for_selector("#recs li.rec")
        assert pg.input_value("#api-key") == READ_KEY
    finally:
        ctx.close()


def test_credit_page_shows_score_reasons_every_field_and_verified_recourse(page: Any, credit_url: str) -> None:
    row = _api(credit_url, "/v1/credit/applicants?decision=declined&limit=1")["rows"][0]["applicant"]
    api = _api(credit_url, f"/v1/credit/applicants/{row}")
    page.goto(f"{credit_url}/credit?applicant={row}")
    page.wait_for_selector("#fields .bar-row")
    assert page.inner_text("#decision .score") == f"{api['score']:.0f}"
    assert page.inner_text("#decision-badge") == "declined"
    assert "AUC" in page.inner_text("#run-line")
    reasons = page.eval_on_selector_all("#reasons li", "els => els.map(e => e.dataset.field)")
    assert reasons == api["reasons"] and reasons  # the principal reasons, in order, each with its value
    values = {f["field"]: f for f in api["fields"]}
    for n, name in enumerate(reasons):
        text = page.locator("#reasons li").nth(n).inner_text()
        assert str(values[name]["value"]) in text and "towards a decline" in text
    bars = page.locator("#fields .bar-row")
    assert bars.count() == len(api["fields"])  # every field, coloured by the side it pushes to
    assert page.eval_on_selector_all("#fields .bar-row", "rs => rs.map(r => r.dataset.field)") == [
        f["field"] for f in api["fields"]]
    fills = page.eval_on_selector_all("#fields rect", "rs => rs.map(r => r.getAttribute('fill'))")
    assert fills == ["#d95f02" if f["contribution"] >= 0 else "#1f77b4" for f in api["fields"]]
    changes = api["recourse"]["changes"]
    assert changes and api["recourse"]["verified"]
    assert page.eval_on_selector_all("#recourse li", "els => els.map(e => e.dataset.field)") == list(changes)
    assert "Approval would follow if" in page.inner_text("#recourse")
    assert page.inner_text("#recourse-verified") == "verified"
    assert page.locator("#narration").is_hidden() == (not (api.get("narration") or {}).get("text"))
    _shot(page, "web-credit.png")
    # a row outside the table: the API's message and fix, the last applicant still shown
    page.fill("#applicant-input", "5000")
    page.click("#applicant-go")
    page.wait_for_selector("#error:not([hidden])")
    text = page.inner_text("#error")
    assert "no applicant at row 5000" in text and "Fix: ask for a row from 0 to 999" in text
    assert page.locator("#fields .bar-row").count() == len(api["fields"])
