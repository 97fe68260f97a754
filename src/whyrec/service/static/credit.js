// whyrec credit page: one applicant's decision, its principal reasons, every field's part and the verified
// recourse. Plain JS, no build step, no external resources; talks only to /v1/credit (see /docs) through
// common.js (loaded first). Every piece of data is put on the page with textContent / setAttribute, never innerHTML.
"use strict";

const LIST_LIMIT = 200; // applicants in the picker (any row can be typed)
const TOWARDS_BAD = NEGATIVE; // a field pushing towards a decline: orange; towards approval: blue
const TOWARDS_GOOD = POSITIVE;

const credit = { busy: 0, seq: 0, row: null };

function creditBusy(on) {
  credit.busy += on ? 1 : -1;
  document.body.classList.toggle("busy", credit.busy > 0);
}

function shown(value) {
  if (value === null || value === undefined) return "–";
  return typeof value === "number" && !Number.isInteger(value) ? fmt(value, 2) : String(value);
}

function fieldName(name) { return String(name).replace(/_/g, " "); }

function pointsText(f) {
  return typeof f.points === "number" && Number.isFinite(f.points) ? `${fmt(f.points, 1)} points` : null;
}

// ------------------------------------------------------------------ the run and the picker
async function loadList() {
  const decision = $("decision-filter").value;
  const sel = $("applicant-select");
  try {
    const res = await api(`/v1/credit/applicants?limit=${LIST_LIMIT}&offset=0` +
      (decision ? `&decision=${encodeURIComponent(decision)}` : ""));
    const cv = res.cv || {};
    const auc = typeof cv.auc_mean === "number" ? `cross-validated AUC ${fmt(cv.auc_mean, 3)}` +
      (typeof cv.auc_sd === "number" ? ` ± ${fmt(cv.auc_sd, 3)}` : "") : null;
    $("run-line").textContent = [`${res.model} on ${res.data}`, `${res.applicants} applicants, ${res.declined} declined`,
      auc, typeof cv.ks_mean === "number" ? `KS ${fmt(cv.ks_mean, 3)}` : null,
      typeof cv.brier_mean === "number" ? `Brier ${fmt(cv.brier_mean, 3)}` : null,
      `cut-off P(bad) ≥ ${fmt(res.cutoff, 3)}`].filter(Boolean).join(" · ");
    $("applicant-input").setAttribute("placeholder", `0 to ${res.applicants - 1}`);
    const rows = res.rows || [];
    const more = res.matching > rows.length ? ` (the first ${rows.length})` : "";
    sel.replaceChildren(el("option", { value: "", text: `— ${res.matching} ${decision || "applicants"}${more} —` }));
    for (const r of rows) {
      sel.append(el("option", { value: String(r.applicant),
        text: `#${r.applicant}: ${r.decision}, score ${fmt(r.score, 0)}` }));
    }
    if (credit.row !== null) sel.value = String(credit.row);
    return rows;
  } catch (err) {
    sel.replaceChildren(el("option", { value: "", text: "could not list the applicants" }));
    showError(err, "Loading the credit run");
    return null;
  }
}

// ------------------------------------------------------------------ one applicant
async function showApplicant(row) {
  row = String(row === null || row === undefined ? "" : row).trim();
  if (!row) {
    showError({ message: "no applicant chosen", fix: "pick an applicant from the list or type a row" }, "Show");
    return;
  }
  clearError();
  const seq = ++credit.seq;
  creditBusy(true);
  try {
    const lang = $("lang-select").value === "zh" ? "zh" : "en";
    const res = await api(`/v1/credit/applicants/${encodeURIComponent(row)}?lang=${lang}`);
    if (seq !== credit.seq) return; // a newer request started meanwhile
    credit.row = res.applicant;
    $("applicant-input").value = String(res.applicant);
    const sel = $("applicant-select");
    if ([...sel.options].some((o) => o.value === String(res.applicant))) sel.value = String(res.applicant);
    const url = new URL(window.location.href);
    url.searchParams.set("applicant", String(res.applicant));
    window.history.replaceState(null, "", url);
    render(res);
  } catch (err) {
    if (seq === credit.seq) showError(err, `Applicant ${row}`);
  } finally {
    creditBusy(false);
  }
}

function render(res) {
  renderDecision(res);
  renderReasons(res);
  renderRecourse(res);
  renderFields(res);
}

function renderDecision(res) {
  const declined = res.decision === "declined";
  const box = $("decision");
  box.replaceChildren(
    el("p", { class: "verdict" },
      el("span", { class: "score", "aria-label": `score ${fmt(res.score, 0)}`, text: fmt(res.score, 0) }),
      el("span", { class: "muted", text: " points " }),
      el("span", { class: declined ? "badge warn decision-badge" : "badge ok decision-badge", id: "decision-badge",
        text: res.decision })),
    el("p", { class: "meta", text: `applicant #${res.applicant} · P(bad) ${fmt(res.p_bad, 3)} ` +
      `${declined ? "≥" : "<"} cut-off ${fmt(res.cutoff, 3)}` }));
  const narration = res.narration && typeof res.narration.text === "string" ? res.narration.text.trim() : "";
  $("narration").textContent = narration;
  $("narration").hidden = !narration;
}

function renderReasons(res) {
  const list = $("reasons");
  list.replaceChildren();
  const byName = new Map((res.fields || []).map((f) => [f.field, f]));
  const reasons = res.reasons || [];
  $("reasons-empty").hidden = reasons.length > 0;
  for (const name of reasons) {
    const f = byName.get(name) || { field: name };
    list.append(el("li", { "data-field": name },
      el("span", { class: "title", text: fieldName(name) }),
      el("span", { class: "meta" },
        el("span", { class: "part", text: `value: ${shown(f.value)}` }), " · ",
        el("span", { class: "part", text: typeof f.contribution === "number"
          ? `${signed(f.contribution, 3)} towards a decline` : "–" }),
        pointsText(f) ? " · " : null, pointsText(f) ? el("span", { class: "part", text: pointsText(f) }) : null)));
  }
}

function renderRecourse(res) {
  const box = $("recourse");
  box.replaceChildren();
  const r = res.recourse;
  if (r === null || r === undefined) {
    box.append(el("p", { class: "none", text: "No change of at most three actionable fields (a shorter or smaller " +
      "credit, a lower instalment rate, more savings, a better-funded account, a guarantor) turns this decline." }));
    return;
  }
  const changes = Object.entries(r.changes || {});
  if (!changes.length) {
    box.append(el("p", { text: `Approved: nothing needs to change (P(bad) ${fmt(r.p_before, 3)} is under the ` +
      `cut-off ${fmt(r.cutoff, 3)}).` }));
    return;
  }
  box.append(el("p", { class: "lead", text: "Approval would follow if:" }));
  const list = el("ul", { class: "changes" });
  for (const [name, [from, to]] of changes) {
    list.append(el("li", { "data-field": name },
      el("span", { class: "title", text: fieldName(name) }), ": ",
      el("span", { class: "from", text: shown(from) }), " → ", el("span", { class: "to", text: shown(to) })));
  }
  box.append(list);
  box.append(el("p", { class: "badges" },
    el("span", { class: r.verified ? "badge ok" : "badge warn", id: "recourse-verified",
      text: r.verified ? "verified" : "not verified" })));
  box.append(el("p", { class: "meta", text: `P(bad) ${fmt(r.p_before, 3)} → ${fmt(r.p_after, 3)}, cut-off ` +
    `${fmt(r.cutoff, 3)}; ${r.verified ? "checked" : "NOT confirmed"} by scoring the changed applicant on its own ` +
    `(${r.tried} changes tried).` }));
}

// One row per field: the label (field = value), a signed SVG bar on a shared zero line, and the contribution.
function renderFields(res) {
  const box = $("fields");
  box.replaceChildren();
  $("method").textContent = res.method || "–";
  const fields = (res.fields || []).filter((f) => typeof f.contribution === "number" && Number.isFinite(f.contribution));
  if (!fields.length) {
    box.append(el("p", { class: "muted", text: "No field contributions were returned." }));
    return;
  }
  const reasons = new Set(res.reasons || []);
  const maxAbs = Math.max(...fields.map((f) => Math.abs(f.contribution))) || 1;
  const zero = 50;
  const scale = 50 / maxAbs;
  box.setAttribute("role", "img");
  box.setAttribute("aria-label", "Field contributions to the log-odds of bad: " +
    fields.map((f) => `${fieldName(f.field)} ${signed(f.contribution, 3)}`).join("; "));
  for (const f of fields) {
    const len = Math.max(0.6, Math.abs(f.contribution) * scale);
    const x = f.contribution >= 0 ? zero : zero - len;
    const label = `${fieldName(f.field)} = ${shown(f.value)}`;
    const tip = `${label}: ${signed(f.contribution, 3)} to the log-odds of bad` +
      (pointsText(f) ? `; ${pointsText(f)}` : "") + (reasons.has(f.field) ? "; a principal reason" : "");
    const bar = svg("svg", { viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true" },
      svg("rect", { x: x.toFixed(2), y: 1.5, width: len.toFixed(2), height: 7,
        fill: f.contribution >= 0 ? TOWARDS_BAD : TOWARDS_GOOD }),
      svg("line", { x1: zero, x2: zero, y1: 0, y2: 10, class: "axis", "vector-effect": "non-scaling-stroke" }));
    box.append(el("div", { class: reasons.has(f.field) ? "bar-row reason-row" : "bar-row", title: tip,
      "data-field": f.field },
    el("span", { class: "lbl", text: label }), bar, el("span", { class: "val", text: signed(f.contribution) })));
  }
}

// ------------------------------------------------------------------ wiring
function initCredit() {
  try { $("api-key").value = window.sessionStorage.getItem("whyrec-api-key") || ""; } catch { /* storage may be off */ }
  $("api-key").addEventListener("change", () => { // a new key: keep it for this tab, read again with it
    keepKey();
    clearError();
    loadList().then((rows) => {
      if (rows !== null && credit.row !== null) showApplicant(credit.row);
      else if (rows && rows.length) showApplicant(rows[0].applicant);
    });
  });
  $("applicant-form").addEventListener("submit", (e) => { e.preventDefault(); showApplicant($("applicant-input").value); });
  $("applicant-select").addEventListener("change", (e) => { if (e.target.value) showApplicant(e.target.value); });
  $("decision-filter").addEventListener("change", () => loadList());
  $("lang-select").addEventListener("change", () => { if (credit.row !== null && credit.row !== undefined) showApplicant(credit.row); });
  const asked = new URL(window.location.href).searchParams.get("applicant");
  loadList().then((rows) => {
    if (asked !== null) showApplicant(asked);
    else if (rows && rows.length) showApplicant(rows[0].applicant);
  });
}

document.addEventListener("DOMContentLoaded", initCredit);
