"use strict";

// baocao — search page, documents list, upload, and the helpers analysis.js shares.
// All server text is inserted via textContent / text nodes.

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function setStatus(node, message, isError = false) {
  node.textContent = message || "";
  node.classList.toggle("error", Boolean(isError));
}

// ---- Vietnamese names for the values the API speaks in English ----
// The API keeps the English ids (and the forms send them); users read these.

const KIND_LABELS = {
  resolution: "nghị quyết / văn bản",
  report: "báo cáo",
  article: "bài báo",
  plan: "kế hoạch",
  other: "khác",
};
const FIGURE_KIND_LABELS = { achievement: "kết quả", target: "chỉ tiêu" };

const kindLabel = (kind) => KIND_LABELS[kind] || kind || "—";
const figureKindLabel = (kind) => FIGURE_KIND_LABELS[kind] || kind || "—";

// The API's limit on a query's length (Query(max_length=1000) in service/api.py).
const QUERY_MAX = 1000;

// ---- errors: a Vietnamese sentence first, the server's own (English) words below it ----

// The query parameters as the page's forms name them, for validation messages.
const FIELD_NAMES = {
  q: "câu hỏi", k: "số kết quả", year: "năm", province: "tỉnh/thành", kind: "loại",
  doc: "tài liệu", indicator: "chỉ tiêu", file: "tệp", limit: "số dòng", offset: "vị trí",
};

function statusSentence(status) {
  if (status === 400 || status === 422) return "Yêu cầu không hợp lệ";
  if (status === 401 || status === 403) return "Thiếu hoặc sai mã truy cập (token)";
  if (status === 404) return "Không tìm thấy";
  if (status === 413) return "Tệp quá lớn";
  if (status === 415) return "Loại tệp không được hỗ trợ";
  if (status >= 500) return "Lỗi máy chủ";
  return `Lỗi ${status}`;
}

class ApiError extends Error {
  constructor(status, detail) {
    const summary = statusSentence(status);
    super(detail ? `${summary} — chi tiết: ${detail}` : summary);
    this.summary = summary;
    this.detail = detail;
  }
}

// FastAPI's validation errors are a list of {loc: ["query", "year"], msg}: one readable
// line each, named by the field a user filled in.
function validationText(items) {
  return items
    .map((item) => {
      if (!item || typeof item !== "object") return String(item);
      const field = Array.isArray(item.loc) ? item.loc[item.loc.length - 1] : null;
      const name = FIELD_NAMES[field] || field;
      return name ? `${name}: ${item.msg}` : String(item.msg || "");
    })
    .join("; ");
}

// The ApiError for a refused response ({"detail": str | [...]}, or not JSON at all).
async function apiError(response) {
  let detail = null;
  try {
    const body = await response.json();
    detail = body && body.detail;
  } catch (_) {
    // body was not JSON
  }
  if (Array.isArray(detail)) detail = validationText(detail);
  else if (detail && typeof detail === "object") detail = JSON.stringify(detail);
  return new ApiError(response.status, detail || response.statusText || "");
}

// Put an error in a status node: the sentence, then "chi tiết: …" in smaller type.
// Anything not from the server (fetch's TypeError) is the connection's fault.
function showError(node, err) {
  const summary = err instanceof ApiError ? err.summary : "Lỗi kết nối đến máy chủ";
  const detail = err instanceof ApiError ? err.detail : err && err.message;
  node.replaceChildren(document.createTextNode(summary));
  if (detail) node.appendChild(el("small", "error-detail", `chi tiết: ${detail}`));
  node.classList.add("error");
}

async function getJson(url, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  const response = await fetch(url, { ...options, headers });
  if (!response.ok) throw await apiError(response);
  return response.json();
}

// ---- opening a passage in its document ----

// The server-rendered document (GET /documents/{id}), the span start–end marked
// <mark id="doan"> and scrolled to; without a span, the whole document.
function documentHref(docId, start, end) {
  let href = `/documents/${encodeURIComponent(docId)}`;
  if (Number.isInteger(start) && Number.isInteger(end)) {
    href += `?start=${encodeURIComponent(start)}&end=${encodeURIComponent(end)}#doan`;
  }
  return href;
}

function documentLink(docId, start, end) {
  const link = el("a", "open-doc", "Mở văn bản");
  link.href = documentHref(docId, start, end);
  return link;
}

// ---- the stored documents the page knows (the newest DOCUMENTS_SHOWN) ----

// id -> {number, date, title, source}: the citation lines name a hit's document by its
// number and date, which the search answer does not carry; one request for the page,
// none per hit.
const documentFacts = new Map();
let documentsLoaded = Promise.resolve();

// ---- search ----

// Append `text` to `parent`, the spans [start, end) wrapped in <mark>. The API counts
// offsets in code points (Python's str), so the text is sliced as code points too.
function appendHighlighted(parent, text, spans) {
  const chars = Array.from(text);
  let last = 0;
  for (const [start, end] of spans || []) {
    if (start < last || end > chars.length) continue;
    if (start > last) parent.appendChild(document.createTextNode(chars.slice(last, start).join("")));
    parent.appendChild(el("mark", null, chars.slice(start, end).join("")));
    last = end;
  }
  if (last < chars.length) parent.appendChild(document.createTextNode(chars.slice(last).join("")));
}

function citation(hit) {
  const facts = documentFacts.get(hit.doc_id) || {};
  const number = hit.number || facts.number;
  const date = hit.date || facts.date;
  const parts = [];
  if (number) parts.push(`số ${number}`);
  if (date) parts.push(`ngày ${date}`);
  parts.push(`nguồn: ${hit.source}`, hit.province || "không rõ tỉnh", kindLabel(hit.kind));
  if (hit.page !== null && hit.page !== undefined) parts.push(`trang ${hit.page}`);
  parts.push(`ký tự ${hit.start}–${hit.end}`);
  return parts.join(" · ");
}

// A hit none of whose words are the query's: found by the dense (meaning) half of the
// hybrid search alone. Said so, or the user wonders why it is listed.
const isMeaningOnly = (hit) => !(hit.highlights && hit.highlights.length);

function renderHit(hit) {
  const article = el("article", "hit");
  article.appendChild(el("h3", null, hit.title || hit.source));
  article.appendChild(el("p", "citation", citation(hit)));
  if (isMeaningOnly(hit)) {
    article.classList.add("meaning-only");
    article.appendChild(el("p", "tag", "gần nghĩa — không chứa từ tìm kiếm"));
  }
  if (hit.context) {
    // the heading or table header the passage was cut away from
    article.appendChild(el("p", "context", `Dưới: ${hit.context.replace(/\n/g, " / ")}`));
  }
  const passage = el("p", "passage");
  // where the query's words stand, as the search matched them (hit.highlights)
  appendHighlighted(passage, String(hit.passage || ""), hit.highlights);
  article.appendChild(passage);
  const foot = el("p", "hit-foot");
  foot.appendChild(documentLink(hit.doc_id, hit.start, hit.end));
  const score = Number(hit.score);
  if (Number.isFinite(score)) {
    foot.appendChild(el("span", "score", `điểm: ${score.toLocaleString("vi-VN", { maximumFractionDigits: 3 })}`));
  }
  article.appendChild(foot);
  return article;
}

function renderHits(hits) {
  const results = $("results");
  results.replaceChildren();
  if (hits.length === 0) {
    results.appendChild(el("p", "empty", "Không tìm thấy kết quả."));
    return;
  }
  for (const hit of hits) results.appendChild(renderHit(hit));
}

function searchSummary(data, hits) {
  if (!hits.length) return "";
  // a query typed without marks is searched with them: say how it was read
  const readAs = data.searched_as ? ` cho “${data.searched_as}”` : "";
  const meaningOnly = hits.filter(isMeaningOnly).length;
  const split = meaningOnly
    ? ` — ${hits.length - meaningOnly} chứa từ tìm kiếm, ${meaningOnly} chỉ gần nghĩa`
    : "";
  return `${hits.length} kết quả${readAs}${split}`;
}

// The year filter as the API takes it (1900–2100), checked here so that the user reads a
// Vietnamese sentence instead of the browser's own bubble. Null when it is fine or empty.
function yearProblem() {
  const input = $("year");
  if (input.validity.badInput) return "Năm phải là một số, ví dụ 2023.";
  const text = input.value.trim();
  if (!text) return null;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    return "Năm phải là số nguyên từ 1900 đến 2100.";
  }
  return null;
}

// The query as sent: trimmed and never longer than the API takes (counted in code
// points, as Python counts; maxlength counts UTF-16 units, so it never lets more through).
function typedQuery() {
  return Array.from($("q").value.trim()).slice(0, QUERY_MAX).join("").trim();
}

function onQueryInput() {
  $("q-hint").hidden = $("q").value.length < QUERY_MAX;
}

async function onSearch(event) {
  event.preventDefault();
  const status = $("status");
  const button = $("search-button");
  $("results").replaceChildren(); // no hits of an earlier query under a new status
  const q = typedQuery();
  const problem = q ? yearProblem() : "Vui lòng nhập câu hỏi hoặc từ khóa.";
  if (problem) {
    setStatus(status, problem, true);
    return;
  }
  const params = new URLSearchParams({ q, k: "10" });
  for (const name of ["province", "kind", "year", "doc"]) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  button.disabled = true;
  setStatus(status, "Đang tìm…");
  try {
    const data = await getJson(`/api/search?${params}`);
    await documentsLoaded; // the citation lines take numbers and dates from it
    const hits = (data && data.hits) || [];
    setStatus(status, searchSummary(data, hits));
    renderHits(hits);
  } catch (err) {
    $("results").replaceChildren();
    showError(status, err);
  } finally {
    button.disabled = false;
  }
}

// ---- documents ----

// Suggestions for the search form's "within this document" field (which takes any document's
// id or its own number): the documents listed, the newest.
function fillDocumentChoices(docs) {
  const options = docs.map((doc) => {
    const option = document.createElement("option");
    option.value = doc.id;
    const name = doc.title || doc.source;
    const short = name.length > 70 ? `${name.slice(0, 70)}…` : name;
    option.label = doc.number ? `${doc.number} · ${short}` : short;
    return option;
  });
  $("doc-choices").replaceChildren(...options);
}

// The newest documents listed; a national store holds 100k, more than a page should carry.
const DOCUMENTS_SHOWN = 200;

function documentRow(doc) {
  const tr = document.createElement("tr");
  const title = el("td");
  const link = el("a", null, doc.title || doc.source);
  link.href = documentHref(doc.id);
  link.title = doc.source || "";
  title.appendChild(link);
  tr.appendChild(title);
  const figures = Array.isArray(doc.figures) ? doc.figures.length : Number(doc.figures) || 0;
  for (const value of [kindLabel(doc.kind), doc.province || "—", doc.date || "—", figures]) {
    tr.appendChild(el("td", null, value ?? ""));
  }
  return tr;
}

async function fetchDocuments() {
  const body = $("documents-body");
  const status = $("documents-status");
  setStatus(status, "Đang tải…");
  try {
    const data = await getJson(`/api/documents?limit=${DOCUMENTS_SHOWN}`);
    const docs = (data && data.documents) || [];
    fillDocumentChoices(docs);
    for (const doc of docs) documentFacts.set(doc.id, doc);
    body.replaceChildren(...docs.map(documentRow));
    const total = Number(data.total) || docs.length;
    let message = "Chưa có tài liệu nào.";
    if (total > docs.length) message = `${docs.length} mới nhất trong ${total.toLocaleString("vi-VN")} tài liệu`;
    else if (docs.length) message = `${docs.length} tài liệu`;
    setStatus(status, message);
  } catch (err) {
    showError(status, err);
  }
}

function loadDocuments() {
  documentsLoaded = fetchDocuments();
  return documentsLoaded;
}

// ---- upload ----

// The token is kept for this tab's session only (never localStorage: it is a password).
const TOKEN_KEY = "baocao-token";

function rememberToken() {
  try {
    sessionStorage.setItem(TOKEN_KEY, $("token").value);
  } catch (_) {
    // storage refused (private mode): the field still holds it until the tab closes
  }
}

function restoreToken() {
  try {
    $("token").value = sessionStorage.getItem(TOKEN_KEY) || "";
  } catch (_) {
    // storage refused: nothing kept
  }
}

// The title of a stored document: from the list when it is among the newest, else asked.
async function documentTitle(docId) {
  const known = documentFacts.get(docId);
  if (known) return known.title || known.source;
  try {
    const doc = await getJson(`/api/documents/${encodeURIComponent(docId)}`);
    return doc.title || doc.source || docId;
  } catch (_) {
    return docId;
  }
}

async function uploadMessage(data) {
  const title = await documentTitle(data.doc_id);
  const counts = `${data.passages} đoạn, ${data.figures} số liệu`;
  let message = data.added
    ? `Đã thêm “${title}” — ${counts}.`
    : `“${title}” đã có trong kho (cùng nội dung), không thêm lại — ${counts}.`;
  if (data.warnings && data.warnings.length) message += ` Lưu ý: ${data.warnings.join("; ")}`;
  return message;
}

async function onUpload(event) {
  event.preventDefault();
  const status = $("upload-status");
  const button = $("upload-button");
  const file = $("file").files[0];
  if (!file) {
    setStatus(status, "Hãy chọn một tệp.", true);
    return;
  }
  const form = new FormData();
  form.append("file", file);
  const headers = {};
  const token = $("token").value.trim();
  if (token) headers.Authorization = `Bearer ${token}`;

  button.disabled = true;
  setStatus(status, `Đang tải lên “${file.name}”…`);
  try {
    const data = await getJson("/api/documents", { method: "POST", headers, body: form });
    $("file").value = ""; // the token stays: the next upload needs it too
    await loadDocuments();
    setStatus(status, await uploadMessage(data));
    // the figures and the cited resolutions (analysis.js) now hold the new document's too
    document.dispatchEvent(new Event("baocao:stored"));
  } catch (err) {
    showError(status, err);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", onSearch);
  $("q").addEventListener("input", onQueryInput);
  $("upload-form").addEventListener("submit", onUpload);
  $("token").addEventListener("input", rememberToken);
  restoreToken();
  loadDocuments();
});
