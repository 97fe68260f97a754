// whyrec web pages' shared helpers (index.html and credit.html load this file before their own script):
// building elements, the API calls with the page's API key, and the error box.
// Every piece of data is put on the page with textContent / setAttribute, never innerHTML.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const POSITIVE = "#1f77b4"; // same colours as whyrec.viz.evidence_bars
const NEGATIVE = "#d95f02";

// ------------------------------------------------------------------ small helpers
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    node.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function fmt(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(Number(x))) return "–";
  return Number(x).toFixed(digits);
}

function signed(x, digits = 2) {
  const v = Number(x), a = Math.abs(v);
  const body = a !== 0 && a < 10 ** -digits ? a.toPrecision(1) : a.toFixed(digits); // 0.004, not 0.00
  return (v > 0 ? "+" : v < 0 ? "−" : "±") + body;
}

// ------------------------------------------------------------------ API calls and errors
class ApiError extends Error {
  constructor(status, body, url) {
    const e = (body && body.error) || {};
    super(e.message || `the server answered ${status} for ${url}`);
    this.status = status;
    this.code = e.code || `http_${status}`;
    this.field = e.field;
    this.value = e.value;
    this.fix = e.fix;
  }
}

function apiKey() { return $("api-key").value.trim(); }

function keepKey() {
  try { window.sessionStorage.setItem("whyrec-api-key", apiKey()); } catch { /* storage may be off */ }
}

async function api(path, options = {}) {
  const url = path.replace(/^\//, ""); // relative to the page, so a path prefix in front of the app still works
  const key = apiKey(); // the key typed into the box (if any) goes with every call; a call may name its own
  const headers = { Accept: "application/json", ...(key ? { "X-API-Key": key } : {}), ...(options.headers || {}) };
  let res;
  try {
    res = await fetch(url, { ...options, headers });
  } catch (err) {
    throw new ApiError(0, { error: { code: "network", message: `could not reach the server (${err.message})`,
      fix: "check that 'whyrec serve' is running and reload the page" } }, url);
  }
  let body = null;
  const text = await res.text();
  if (text) {
    try { body = JSON.parse(text); } catch { body = null; }
  }
  if (!res.ok) throw new ApiError(res.status, body, url);
  return body;
}

function showError(err, context) {
  const box = $("error");
  box.replaceChildren();
  const head = el("strong", { text: context ? `${context}: ` : "" });
  const msg = el("span", { class: "msg", text: err.message || String(err) });
  box.append(head, msg);
  const details = [];
  if (err.code) details.push(`code ${err.code}`);
  if (err.field) details.push(`field ${err.field}`);
  if (err.value !== undefined && err.value !== null) details.push(`value ${JSON.stringify(err.value)}`);
  if (details.length) box.append(el("span", { class: "details", text: ` (${details.join(", ")})` }));
  if (err.fix) box.append(el("div", { class: "fix", text: `Fix: ${err.fix}` }));
  box.append(el("button", { type: "button", class: "close", "aria-label": "Dismiss the error",
    onclick: () => { box.hidden = true; } }, "×"));
  box.hidden = false;
}

function clearError() { $("error").hidden = true; }

function setStatus(text) { $("status").textContent = text || ""; }
