// whyrec web page: plain JS, no build step, no external resources.
// Talks only to the service's /v1 API (see the OpenAPI docs at /docs), through common.js (loaded first).
// Every piece of data is put on the page with textContent / setAttribute, never innerHTML.
"use strict";

const PALETTE = [
  "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666",
];
const MAX_BARS = 6;
const MAX_LEGEND = 12;

const state = { user: null, users: [], items: new Map(), busy: 0, loadSeq: 0 };

// ------------------------------------------------------------------ small helpers
function price(p) {
  return p === null || p === undefined || p === "" ? null : `$${Number(p).toFixed(2)}`;
}

function newEventId() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
  const rnd = new Uint32Array(4);
  window.crypto.getRandomValues(rnd);
  return "web-" + Date.now().toString(36) + "-" + Array.from(rnd, (n) => n.toString(36)).join("");
}

function busy(on) {
  state.busy += on ? 1 : -1;
  document.body.classList.toggle("busy", state.busy > 0);
}

// ------------------------------------------------------------------ describing items and evidence
function itemName(it) {
  if (!it) return "";
  const t = it.title || (state.items.get(it.item) || {}).title;
  return t || it.item;
}

function rememberItem(it) {
  if (it && it.item) state.items.set(String(it.item), { ...(state.items.get(String(it.item)) || {}), ...it });
}

// "category · brand · $9.99 ...": each part kept on one line (a date does not break at its hyphens)
function metaSpan(parts) {
  const box = el("span", { class: "meta" });
  parts.filter((x) => x !== null && x !== undefined && x !== "").forEach((p, n) => {
    if (n) box.append(" · ");
    const text = String(p);
    box.append(el("span", { class: text.length <= 24 ? "part" : null, text })); // long ones may still wrap
  });
  return box;
}

function evidenceLabel(ev) {
  switch (ev.kind) {
    case "history_item":
      return ev.title || (state.items.get(ev.item) || {}).title || ev.item;
    case "feature":
      return ev.value === null || ev.value === undefined || ev.value === "" ? String(ev.field)
        : `${ev.field} = ${Array.isArray(ev.value) ? ev.value.join(", ") : ev.value}`;
    case "neighbour":
      return ev.title || ev.item || ev.user || "neighbour";
    default:
      return ev.kind;
  }
}

function weighted(explanation) {
  // records with a signed weight, biggest magnitude first (breakdowns of the history weights included)
  const recs = ((explanation && explanation.evidence) || []).filter(
    (e) => typeof e.weight === "number" && Number.isFinite(e.weight));
  return recs.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

function removedNames(cf) {
  const names = cf.titles && cf.titles.length === cf.removed.length ? cf.titles
    : cf.removed.map((i) => (state.items.get(i) || {}).title || i);
  return names.map((n) => `“${n}”`).join(", ");
}

// One or two plain sentences from the evidence, when the service sent no narrated reason.
function evidenceInWords(explanation) {
  if (!explanation) return "No explanation was returned for this item.";
  const ev = explanation.evidence || [];
  const out = [];
  const histAll = ev.filter((e) => e.kind === "history_item");
  const maxAbs = Math.max(0, ...histAll.map((e) => Math.abs(e.weight)));
  // an interaction item's weight has the opposite sign of what removing it alone does: not a simple reason
  const simple = histAll.filter((e) => !e.interaction);
  const hist = simple.filter((e) => e.weight > 0.1 * maxAbs && e.weight > 0).sort((a, b) => b.weight - a.weight);
  if (hist.length) {
    out.push(`Mostly because of ${hist.slice(0, 3).map((e) => `“${evidenceLabel(e)}” (${signed(e.weight)})`).join(", ")}.`);
  } else if (simple.length) {
    const down = simple.reduce((a, b) => (b.weight < a.weight ? b : a));
    out.push(`No past purchase pushes it up much; “${evidenceLabel(down)}” pulls it down most (${signed(down.weight)}).`);
  }
  const feats = ev.filter((e) => e.kind === "feature" && !e.part_of && e.weight > 0).sort((a, b) => b.weight - a.weight);
  if (feats.length) out.push(`It matches ${feats.slice(0, 2).map((e) => `${evidenceLabel(e)} (${signed(e.weight)})`).join(" and ")}.`);
  for (const e of ev) {
    if (e.kind === "neighbour" && e.item) {
      out.push(`${e.count} shoppers bought both this and “${evidenceLabel(e)}”.`);
      break;
    }
  }
  const cf = ev.find((e) => e.kind === "counterfactual");
  if (cf && cf.removed && cf.removed.length) {
    const where = cf.new_rank ? `rank ${cf.new_rank}` : "outside the list";
    const checked = cf.verified ? " (checked by re-scoring)" : " (not verified)";
    out.push(cf.mode === "why_not"
      ? `Without ${removedNames(cf)} in the history it would move to ${where}${checked}.`
      : `Without ${removedNames(cf)} it would drop to ${where}${checked}.`);
  }
  const pop = ev.find((e) => e.kind === "popularity");
  if (pop) out.push(`Popular: bought ${pop.count} times, #${pop.rank_in_catalogue}${pop.n_items ? ` of ${pop.n_items}` : ""} in the shop.`);
  if (!out.length) {
    const w = weighted(explanation)[0];
    if (w) out.push(`Strongest evidence: ${evidenceLabel(w)} (${signed(w.weight)}${w.interaction ? ", interaction" : ""}).`);
  }
  return out.length ? out.join(" ") : `The ${explanation.method} method found no evidence to show.`;
}

// ------------------------------------------------------------------ the evidence chart (signed SVG bars)
// One row per weighted record: the label (HTML, cut with an ellipsis by CSS), a signed SVG bar on a shared
// zero line, and the value. Bars are scaled to the largest |weight| of the chart. The tooltip adds a history
// item's step (deletion path), its own removal effect ("alone") and, for an interaction item (its weight's sign
// is the opposite of that effect), says so; such items also carry a "↔" marker in the label.
function evidenceChart(explanation, title) {
  const recs = weighted(explanation).slice(0, MAX_BARS);
  if (!recs.length) return null;
  const maxAbs = Math.max(...recs.map((e) => Math.abs(e.weight))) || 1;
  const anyNeg = recs.some((e) => e.weight < 0);
  const zero = anyNeg ? 50 : 0; // in the bar's 0..100 viewBox
  const scale = (anyNeg ? 50 : 100) / maxAbs;
  const desc = recs.map((e) => `${evidenceLabel(e)} ${signed(e.weight)}${e.interaction ? " (interaction)" : ""}`)
    .join("; ");
  const chart = el("div", { class: "bars", role: "img", "aria-label": `${title}: ${desc}` });
  for (const e of recs) {
    const len = Math.max(0.6, Math.abs(e.weight) * scale);
    const x = e.weight >= 0 ? zero : zero - len;
    const alone = typeof e.removal_effect === "number" ? `; alone: ${signed(e.removal_effect, 3)}` : "";
    const full = `${e.step ? `step ${e.step}: ` : ""}${evidenceLabel(e)}: ${signed(e.weight, 3)}`
      + `${e.part_of ? ` (part of the ${e.part_of} weights)` : ""}${alone}`
      + `${e.interaction ? "; interaction: its weight's sign is the opposite of what removing it alone does" : ""}`;
    const bar = svg("svg", { viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true" },
      svg("rect", { x: x.toFixed(2), y: 1.5, width: len.toFixed(2), height: 7, fill: e.weight >= 0 ? POSITIVE : NEGATIVE,
        "fill-opacity": e.part_of ? 0.5 : 1 }),
      svg("line", { x1: zero, x2: zero, y1: 0, y2: 10, class: "axis", "vector-effect": "non-scaling-stroke" }));
    chart.append(el("div", { class: "bar-row", title: full, "data-kind": e.kind },
      el("span", { class: "lbl" }, e.interaction ? el("span", { class: "ix", text: "↔ " }) : null, evidenceLabel(e)),
      bar, el("span", { class: "val", text: signed(e.weight) })));
  }
  return chart;
}

function reasonBlock(it) {
  const box = el("div", { class: "reason" });
  const r = it.reason;
  if (r && r.text) {
    box.append(el("p", { class: "narrated", text: r.text }));
    const badges = el("p", { class: "badges" });
    badges.append(el("span", { class: r.checked ? "badge ok" : "badge warn",
      text: r.checked ? "fact-checked" : "not fact-checked" }));
    badges.append(el("span", { class: "badge", text: `written by ${r.backend}` }));
    if (r.fallback_used) badges.append(el("span", { class: "badge", text: "fallback text" }));
    box.append(badges);
  } else {
    box.append(el("p", { class: "narrated", text: evidenceInWords(it.explanation) }));
  }
  return box;
}

// ------------------------------------------------------------------ loading a shopper
function currentLang() { return $("lang-select").value; }

async function loadUsers() {
  try {
    const res = await api("/v1/users?limit=50&offset=0");
    state.users = res.users || [];
    const sel = $("user-select");
    sel.replaceChildren(el("option", { value: "", text: `— ${res.total ?? state.users.length} shoppers —` }));
    for (const u of state.users) sel.append(el("option", { value: u, text: u }));
  } catch (err) {
    if (err.status === 401 || err.status === 403) { // listing the shoppers needs an admin key: type an id instead
      $("user-select").replaceChildren(el("option", { value: "", text: "type a shopper id (the list needs an admin key)" }));
      return;
    }
    $("user-select").replaceChildren(el("option", { value: "", text: "could not load shoppers" }));
    showError(err, "Loading the shoppers");
  }
}

async function selectUser(user) {
  user = (user || "").trim();
  if (!user) {
    showError({ message: "no shopper chosen", fix: "pick a shopper from the list or type an id" }, "Show");
    return;
  }
  clearError();
  state.user = user;
  $("user-input").value = user;
  if ([...$("user-select").options].some((o) => o.value === user)) $("user-select").value = user;
  const url = new URL(window.location.href);
  url.searchParams.set("user", user);
  window.history.replaceState(null, "", url);
  $("whynot").replaceChildren();
  await refresh();
}

async function refresh() {
  const user = state.user;
  if (!user) return;
  const seq = ++state.loadSeq;
  busy(true);
  $("recs").setAttribute("aria-busy", "true");
  try {
    const [hist, recs] = await Promise.all([loadHistory(user), loadRecs(user)]);
    if (seq !== state.loadSeq) return; // a newer load started meanwhile
    renderHistory(hist);
    renderRecs(recs);
    loadMap(user, seq); // the map may be slow; it does not hold up the lists
  } catch (err) {
    if (seq === state.loadSeq) showError(err, `Loading shopper ${user}`);
  } finally {
    busy(false);
    $("recs").setAttribute("aria-busy", "false");
  }
}

function loadHistory(user) {
  return api(`/v1/users/${encodeURIComponent(user)}/history?limit=20`);
}

function loadRecs(user) {
  const k = $("k-select").value;
  return api(`/v1/users/${encodeURIComponent(user)}/recommendations?k=${k}&explain=true&narrate=true` +
    `&lang=${encodeURIComponent(currentLang())}`);
}

function renderHistory(res) {
  const list = $("history");
  list.replaceChildren();
  const items = (res && res.items) || [];
  items.forEach(rememberItem);
  $("history-empty").hidden = items.length > 0;
  for (const it of items) {
    const when = it.timestamp ? new Date(it.timestamp * 1000) : null;
    list.append(el("li", { "data-item": it.item },
      el("span", { class: "title", text: itemName(it) }),
      metaSpan([it.category, it.brand, price(it.price), it.event && it.event !== "purchase" ? it.event : null,
        when && !Number.isNaN(when.getTime()) ? when.toISOString().slice(0, 10) : null])));
  }
}

function renderRecs(res) {
  const list = $("recs");
  list.replaceChildren();
  const items = (res && res.items) || [];
  items.forEach(rememberItem);
  const known = res && res.known;
  $("user-line").textContent = res ? `${res.user}: ${known ? "known shopper" : "new shopper — cold-start picks"}` +
    ` · ${items.length} recommendations in ${fmt(res.ms, 0)} ms` : "";
  if (res && res.model) $("model-line").textContent = `model: ${res.model}`;
  if (!items.length) {
    list.append(el("li", { class: "muted", text: "No recommendations." }));
    return;
  }
  for (const it of items) {
    const card = el("li", { class: "rec", "data-item": it.item });
    const head = el("div", { class: "rec-head" },
      el("span", { class: "rank", "aria-label": `rank ${it.rank}`, text: `#${it.rank}` }),
      el("div", { class: "rec-title" },
        el("span", { class: "title", text: itemName(it) }),
        metaSpan([it.category, it.brand, price(it.price), `score ${fmt(it.score)}`])),
      el("button", { type: "button", class: "buy", "aria-label": `Buy ${itemName(it)}`,
        onclick: () => buy(it.item) }, "Buy"));
    card.append(head, reasonBlock(it));
    const chart = evidenceChart(it.explanation, `Evidence for ${itemName(it)}`);
    if (chart) card.append(el("div", { class: "chart" }, chart));
    if (it.explanation && it.explanation.method) {
      card.append(el("p", { class: "muted small", text: `method: ${it.explanation.method}` }));
    }
    list.append(card);
  }
}

// ------------------------------------------------------------------ recording a purchase
async function buy(item) {
  if (!state.user) return;
  const key = $("api-key").value.trim();
  if (!key) {
    showError({ message: "recording a purchase needs the service's API key", field: "API key",
      fix: "type a key with the ingest scope (WHYREC_API_KEY of the server, or an ingest key of WHYREC_API_KEYS) " +
        "into the API key box at the top, then press Buy again" }, "Buy");
    $("api-key").focus();
    return;
  }
  keepKey();
  clearError();
  busy(true);
  try {
    const body = { events: [{ event_id: newEventId(), user: state.user, item, event: "purchase",
      timestamp: Date.now() / 1000 }] };
    const res = await api("/v1/events", { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", "X-API-Key": key } });
    setStatus(`Recorded: ${state.user} bought “${itemName({ item })}” (${res.accepted} accepted` +
      `${res.duplicates ? `, ${res.duplicates} duplicate` : ""}). Refreshing…`);
    await refresh();
    setStatus(`Recorded: ${state.user} bought “${itemName({ item })}”. The lists now include it.`);
  } catch (err) {
    showError(err, "Recording the purchase");
  } finally {
    busy(false);
  }
}

// ------------------------------------------------------------------ why not this item?
async function searchItems(q) {
  clearError();
  const pick = $("item-pick");
  try {
    const res = await api(`/v1/items?q=${encodeURIComponent(q)}&limit=20`);
    const items = (res && res.items) || [];
    items.forEach(rememberItem);
    pick.replaceChildren();
    if (!items.length) {
      pick.append(el("option", { value: "", text: `nothing matches “${q}”` }));
    } else {
      for (const it of items) {
        pick.append(el("option", { value: it.item, text: `${itemName(it)}${it.category ? ` (${it.category})` : ""}` }));
      }
    }
    pick.disabled = !items.length;
    $("whynot-go").disabled = !items.length;
    $("whynot-buy").disabled = !items.length;
  } catch (err) {
    showError(err, "Searching the catalogue");
  }
}

async function whyNot(item) {
  if (!state.user) {
    showError({ message: "no shopper chosen", fix: "pick a shopper first, then ask why not" }, "Why not");
    return;
  }
  if (!item) return;
  clearError();
  const box = $("whynot");
  box.replaceChildren(el("p", { class: "muted", text: "asking the model…" }));
  busy(true);
  try {
    const res = await api(`/v1/users/${encodeURIComponent(state.user)}/explanations/${encodeURIComponent(item)}` +
      `?narrate=true&lang=${encodeURIComponent(currentLang())}`);
    const ex = res.explanation || {};
    const name = itemName({ item: res.item });
    box.replaceChildren();
    const rank = ex.rank === null || ex.rank === undefined ? "already in the history" : `rank ${ex.rank}`;
    box.append(el("h3", { text: name }),
      el("p", { class: "meta", text: `${res.in_top_k ? "It is in the top list" : "Not in the top list"} · ${rank}` +
        ` · score ${fmt(ex.score)} · method ${ex.method || "–"}` }));
    box.append(reasonBlock({ reason: res.reason, explanation: ex }));
    if (res.reason && res.reason.text) {
      // the narrated text may skip the counterfactual; state it plainly as well
      const cf = (ex.evidence || []).find((e) => e.kind === "counterfactual");
      if (cf) box.append(el("p", { class: "small", text: evidenceInWords({ ...ex, evidence: [cf] }) }));
    }
    const chart = evidenceChart(ex, `Evidence about ${name}`);
    if (chart) box.append(el("div", { class: "chart" }, chart));
    // without a counterfactual the notes say why none was found: show them as text, not as small print
    const hasCf = (ex.evidence || []).some((e) => e.kind === "counterfactual");
    for (const note of ex.notes || []) box.append(el("p", { class: hasCf ? "muted small" : "small", text: note }));
  } catch (err) {
    box.replaceChildren();
    showError(err, "Why not");
  } finally {
    busy(false);
  }
}

// ------------------------------------------------------------------ the embedding map
async function loadMap(user, seq) {
  const holder = $("map");
  if (!holder.querySelector("svg")) holder.replaceChildren(el("p", { class: "muted", text: "drawing the map…" }));
  try {
    const res = await api(`/v1/map?user=${encodeURIComponent(user)}`);
    if (seq !== state.loadSeq) return;
    drawMap(res);
  } catch (err) {
    if (seq !== state.loadSeq) return;
    holder.replaceChildren(el("p", { class: "muted", text: `The map is not available: ${err.message}` +
      (err.fix ? ` Fix: ${err.fix}` : "") }));
    $("map-legend").replaceChildren();
  }
}

function drawMap(res) {
  const points = (res && res.points) || [];
  const holder = $("map");
  const legend = $("map-legend");
  holder.replaceChildren();
  legend.replaceChildren();
  if (!points.length) {
    holder.append(el("p", { class: "muted", text: "The map has no points." }));
    return;
  }
  const hist = new Set((res.history || []).map(String));
  const recs = new Set((res.recommended || []).map(String));
  const W = Math.max(280, Math.round(holder.clientWidth || 640)), H = Math.round(Math.max(260, Math.min(520, W * 0.62)));
  const pad = 14;
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (x) => pad + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * pad);
  const sy = (y) => H - pad - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * pad);
  // colours: the most frequent categories get their own, the rest share grey
  const counts = new Map();
  for (const p of points) counts.set(p.category ?? "unknown", (counts.get(p.category ?? "unknown") || 0) + 1);
  const cats = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const colour = new Map(cats.slice(0, MAX_LEGEND).map((c, n) => [c, PALETTE[n % PALETTE.length]]));
  const colourOf = (c) => colour.get(c ?? "unknown") || "#c0c0c0";
  const small = points.length > 2000 ? 1.6 : 2.6;

  const map = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "scatter", role: "img",
    "aria-label": `Map of ${points.length} items; ${hist.size} from the history, ${recs.size} recommended` });
  const base = svg("g", { class: "base" });
  const marks = svg("g", { class: "marks" });
  for (const p of points) {
    const id = String(p.item);
    if (hist.has(id) || recs.has(id)) continue;
    base.append(svg("circle", { cx: fmt(sx(p.x), 1), cy: fmt(sy(p.y), 1), r: small, fill: colourOf(p.category),
      "fill-opacity": 0.55 }));
  }
  const byId = new Map(points.map((p) => [String(p.item), p]));
  for (const id of hist) {
    const p = byId.get(id);
    if (!p) continue;
    const s = 5.5;
    marks.append(svg("rect", { x: fmt(sx(p.x) - s, 1), y: fmt(sy(p.y) - s, 1), width: 2 * s, height: 2 * s,
      fill: colourOf(p.category), stroke: "#111", "stroke-width": 1.6, class: "hist-mark", "data-item": id },
    svg("title", {}, `history: ${p.title || id}${p.category ? ` (${p.category})` : ""}`)));
  }
  for (const id of recs) {
    const p = byId.get(id);
    if (!p) continue;
    const cx = sx(p.x), cy = sy(p.y), r = 8;
    const star = [];
    for (let n = 0; n < 10; n++) {
      const a = -Math.PI / 2 + (n * Math.PI) / 5, rr = n % 2 ? r * 0.45 : r;
      star.push(`${fmt(cx + rr * Math.cos(a), 1)},${fmt(cy + rr * Math.sin(a), 1)}`);
    }
    marks.append(svg("polygon", { points: star.join(" "), fill: colourOf(p.category), stroke: "#111",
      "stroke-width": 1.4, class: "rec-mark", "data-item": id },
    svg("title", {}, `recommended: ${p.title || id}${p.category ? ` (${p.category})` : ""}`)));
  }
  map.append(base, marks);
  holder.append(map);

  legend.append(el("li", {}, markerSwatch("square"), "recent history"),
    el("li", {}, markerSwatch("star"), "recommended"));
  for (const c of cats.slice(0, MAX_LEGEND)) legend.append(el("li", {}, swatch(colourOf(c)), String(c)));
  if (cats.length > MAX_LEGEND) legend.append(el("li", {}, swatch("#c0c0c0"), `${cats.length - MAX_LEGEND} more`));
}

function swatch(colour) {
  return svg("svg", { viewBox: "0 0 12 12", width: 12, height: 12, "aria-hidden": "true" },
    svg("circle", { cx: 6, cy: 6, r: 5, fill: colour }));
}

function markerSwatch(kind) {
  const s = svg("svg", { viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" });
  if (kind === "square") s.append(svg("rect", { x: 3, y: 3, width: 10, height: 10, fill: "#fff", stroke: "#111",
    "stroke-width": 1.6 }));
  else s.append(svg("polygon", { points: "8,1 9.9,5.9 15,6 11,9.2 12.4,14.5 8,11.5 3.6,14.5 5,9.2 1,6 6.1,5.9",
    fill: "#fff", stroke: "#111", "stroke-width": 1.3 }));
  return s;
}

// ------------------------------------------------------------------ wiring
function init() {
  try { $("api-key").value = window.sessionStorage.getItem("whyrec-api-key") || ""; } catch { /* storage may be off */ }
  $("api-key").addEventListener("change", () => { // a new key: keep it for this tab, reload what it may read
    keepKey();
    loadUsers().then(() => { // the shopper's lists again, if the last try showed none (a read refused)
      if (state.user && !$("recs").children.length) { clearError(); refresh(); }
    });
  });
  $("user-form").addEventListener("submit", (e) => { e.preventDefault(); selectUser($("user-input").value); });
  $("user-select").addEventListener("change", (e) => { if (e.target.value) selectUser(e.target.value); });
  $("lang-select").addEventListener("change", () => refresh());
  $("k-select").addEventListener("change", () => refresh());
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); searchItems($("item-q").value.trim()); });
  $("whynot-go").addEventListener("click", () => whyNot($("item-pick").value));
  $("whynot-buy").addEventListener("click", () => { if ($("item-pick").value) buy($("item-pick").value); });
  loadUsers().then(() => {
    const u = new URL(window.location.href).searchParams.get("user");
    if (u) selectUser(u);
  });
}

document.addEventListener("DOMContentLoaded", init);
