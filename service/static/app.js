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

// The catalogue's indicators: ids for the API, Vietnamese labels for people. analysis.js
// fills it from /api/indicators; the error messages below name indicators by it too.
const indicatorLabels = new Map();
// Vietnamese name -> id: the compare field shows the name a reader picked, and sends the id
const indicatorIds = new Map();
const indicatorLabel = (id) => (id ? indicatorLabels.get(id) || id : "—");

// A date as Vietnamese write it: 2025-05-26 → 26/05/2025, 2025-05 → 05/2025; a year, or
// anything else the server sends, as it is.
function vietnameseDate(value) {
  const text = String(value ?? "");
  let found = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (found) return `${found[3]}/${found[2]}/${found[1]}`;
  found = text.match(/^(\d{4})-(\d{2})$/);
  if (found) return `${found[2]}/${found[1]}`;
  return text;
}

// A document's number ("87/2021/NĐ-CP") kept on one line: broken at its slashes it reads
// as two numbers.
function numberSpan(number) {
  return el("span", "doc-number", number);
}

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

// Python's repr of a typed value, as the server quotes it: 'X', or "X" when X holds a '.
const QUOTED = String.raw`(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")`;
const typed = (m) => (m[1] ?? m[2] ?? "").replace(/\\(.)/g, "$1");

// "known ids: a, b" → the indicators' labels (the ids until /api/indicators has answered).
const knownIndicators = (ids) => ids.split(/,\s*/).map(indicatorLabel).join("; ");

// The server's refusals of a user's mistake, worded in Vietnamese: [pattern, words]. The
// patterns follow the messages of service/filters.py, service/queries.py, service/api.py
// and ingest (an upload's refusal starts with its file name). Others stay in English.
const DETAIL_WORDS = [
  [new RegExp(`^unknown province ${QUOTED}`),
    (m) => `Không có tỉnh/thành nào tên “${typed(m)}”; hãy gõ tên tỉnh, ví dụ Nghệ An, Hà Nội`],
  [new RegExp(`^unknown document kind ${QUOTED}`),
    (m) => `Không có loại văn bản “${typed(m)}”; hãy chọn: ${Object.values(KIND_LABELS).join(", ")}`],
  [new RegExp(`^no indicator matches ${QUOTED} and no figure's subject contains it; known ids: (.*)$`),
    (m) => `Không có chỉ tiêu nào khớp “${typed(m)}”, cũng không có số liệu nào có nội dung chứa các chữ này. ` +
      `Các chỉ tiêu: ${knownIndicators(m[3])}`],
  [new RegExp(`^no indicator matches ${QUOTED}; known ids: (.*)$`),
    (m) => `Không có chỉ tiêu nào khớp “${typed(m)}”. Các chỉ tiêu: ${knownIndicators(m[3])}`],
  [/^no indicator given; known ids: (.*)$/,
    (m) => `Chưa nhập chỉ tiêu. Các chỉ tiêu: ${knownIndicators(m[1])}`],
  [new RegExp(`^no stored document has the id or number ${QUOTED}`),
    (m) => `Không có tài liệu nào trong kho có mã hoặc số hiệu “${typed(m)}”`],
  [new RegExp(`^${QUOTED} is the number of (\\d+) documents: (.*); give one id$`),
    (m) => `“${typed(m)}” là số hiệu của ${m[3]} tài liệu (mã ${m[4]}); hãy gõ mã của một tài liệu`],
  [/^no document in the store cites (.*)$/, (m) => `Không có tài liệu nào trong kho trích dẫn ${m[1]}`],
  [/^no document (\S+)$/, (m) => `Không có tài liệu ${m[1]} trong kho`],
  [/^the query has no words$/, () => "Câu hỏi không có chữ hay số nào"],
  [/^missing or wrong token/, () => "Hãy nhập đúng mã truy cập (token) vào ô “Mã truy cập” rồi tải lên lại"],
  [/^(.*): unsupported file type \(none\)$/,
    (m) => `${m[1]}: tệp không có phần đuôi (.pdf, .docx…), không biết đọc theo loại nào`],
  [/^(.*): unsupported file type (\.hei[cf]) \(/i,
    (m) => `${m[1]}: ảnh iPhone định dạng ${m[2]}; hãy xuất ảnh ra JPEG (hoặc chọn Camera > Định dạng > Tương thích nhất) rồi tải lên`],
  [/^(.*): unsupported file type (\S+)$/,
    (m) => `${m[1]}: không đọc được loại tệp ${m[2]}; hãy tải lên PDF, HTML, TXT, MD, DOCX, DOC, XLS, XLSX hoặc ảnh JPG, PNG, TIFF`],
  [/^(.*): empty file$/, (m) => `${m[1]}: tệp rỗng, không có nội dung`],
  [/^(.*): not a readable (\S+)(?: \((.*)\))?$/,
    (m) => `${m[1]}: tệp ${m[2]} bị hỏng hoặc không đọc được${m[3] ? ` (chi tiết: ${m[3]})` : ""}`],
  [/^(.*): larger than (\d+) MiB$/, (m) => `${m[1]}: tệp lớn hơn ${m[2]} MiB`],
];

// The detail in Vietnamese, or null when the page does not know the message.
function vietnameseDetail(detail) {
  for (const [pattern, words] of DETAIL_WORDS) {
    const found = String(detail).match(pattern);
    if (found) return words(found);
  }
  return null;
}

class ApiError extends Error {
  constructor(status, detail) {
    const summary = statusSentence(status);
    const translated = detail ? vietnameseDetail(detail) : null;
    super(translated ? `${summary}: ${translated}` : detail ? `${summary} — chi tiết: ${detail}` : summary);
    this.summary = summary;
    this.detail = detail;
    this.translated = translated;
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

// Put an error in a status node: the sentence, then what was wrong in Vietnamese, or
// the server's own words after "chi tiết:" when the page does not know them.
// Anything not from the server (fetch's TypeError) is the connection's fault.
function showError(node, err) {
  const summary = err instanceof ApiError ? err.summary : "Lỗi kết nối đến máy chủ";
  const detail = err instanceof ApiError ? err.detail : err && err.message;
  node.replaceChildren(document.createTextNode(summary));
  if (err instanceof ApiError && err.translated) {
    node.appendChild(el("small", "error-detail translated", err.translated));
  } else if (detail) {
    node.appendChild(el("small", "error-detail", `chi tiết: ${detail}`));
  }
  node.classList.add("error");
}

async function getJson(url, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  const response = await fetch(url, { ...options, headers });
  if (!response.ok) throw await apiError(response);
  return response.json();
}

// What a reader is shown of a source: a web address whole, a file by its name (the folders
// it was ingested from are the server's).
function sourceName(source) {
  const text = String(source || "");
  if (/^https?:\/\//.test(text)) return text;
  const parts = text.replace(/[\\/]+$/, "").split(/[\\/]/);
  return parts[parts.length - 1] || text;
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

// A search hit's link opens in place (Back returns to the same results, scrolled back to
// the hit: `rememberScroll`); the figures, compare and refs sections keep no state in the
// address, so their links open a new tab and the work stays where it was.
function documentLink(docId, start, end, newTab = true) {
  const link = el("a", "open-doc", "Mở văn bản");
  link.href = documentHref(docId, start, end);
  if (newTab) {
    link.target = "_blank";
    link.rel = "noopener";
  } else {
    link.addEventListener("click", rememberScroll);
  }
  return link;
}

// Where the reader was, kept in the history entry: the results are drawn after the page
// loads, too late for the browser's own restoring (Back had landed thousands of pixels past
// the hit opened).
function rememberScroll() {
  history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, "");
}

function restoreScroll() {
  const y = history.state && history.state.scrollY;
  if (Number.isFinite(y)) {
    window.scrollTo(0, y);
    history.replaceState({ ...history.state, scrollY: null }, "");
  }
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

// The citation line of a hit, its document's number in a span of its own (kept whole).
function citation(hit) {
  const facts = documentFacts.get(hit.doc_id) || {};
  const number = hit.number || facts.number;
  const date = hit.date || facts.date;
  const line = el("p", "citation");
  const parts = [];
  if (date) parts.push(`ngày ${vietnameseDate(date)}`);
  parts.push(`nguồn: ${sourceName(hit.source)}`, hit.province || "không rõ tỉnh", kindLabel(hit.kind));
  if (hit.page !== null && hit.page !== undefined) parts.push(`trang ${hit.page}`);
  if (number) line.append("số ", numberSpan(number), " · ");
  line.append(parts.join(" · "));
  // where in the text, for whoever cites it exactly; a phone leaves it out (style.css)
  line.appendChild(el("span", "offsets", ` · ký tự ${hit.start}–${hit.end}`));
  return line;
}

// A hit none of whose words are the query's: found by the dense (meaning) half of the
// hybrid search alone. Said so, or the user wonders why it is listed.
const isMeaningOnly = (hit) => !(hit.highlights && hit.highlights.length);

function renderHit(hit) {
  const article = el("article", "hit");
  article.appendChild(el("h3", null, hit.title || sourceName(hit.source)));
  article.appendChild(citation(hit));
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
  if (hit.cited_by && hit.cited_by.length) article.appendChild(citedBy(hit.cited_by));
  const foot = el("p", "hit-foot");
  foot.appendChild(documentLink(hit.doc_id, hit.start, hit.end, false));
  const score = Number(hit.score);
  if (Number.isFinite(score)) {
    foot.appendChild(el("span", "score", `điểm: ${score.toLocaleString("vi-VN", { maximumFractionDigits: 3 })}`));
  }
  article.appendChild(foot);
  return article;
}

// The stored documents citing a hit's own document (a resolution found in the reports that
// carry it out), each a link, named by its title when the page knows it.
function citedBy(ids) {
  const line = el("p", "cited-by", `Được ${ids.length} văn bản trong kho trích dẫn: `);
  ids.forEach((id, i) => {
    const facts = documentFacts.get(id);
    const link = el("a", null, (facts && (facts.title || facts.number)) || id);
    link.href = documentHref(id);
    if (i) line.append("; ");
    line.appendChild(link);
  });
  return line;
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

// The filters a search ran under, said when it found nothing ("… ở Hà Nội, năm 2024").
function activeFilters() {
  const said = [];
  const province = $("province").value.trim();
  if (province) said.push(`ở ${province}`);
  const kind = $("kind");
  if (kind.value) said.push(`loại ${kind.options[kind.selectedIndex].text}`);
  const year = $("year").value.trim();
  if (year) said.push(`năm ${year}`);
  const doc = $("doc").value.trim();
  if (doc) said.push(`trong văn bản ${doc}`);
  return said.length ? ` ${said.join(", ")} — bỏ bớt bộ lọc để tìm rộng hơn` : "";
}

function searchSummary(data, hits) {
  if (!hits.length) return `0 kết quả${activeFilters()}`;
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

// The search's fields as the page's URL keeps them (/?q=…&province=…): a reload, the
// browser's Back from a document, or a shared link shows the same results.
const SEARCH_FIELDS = ["q", "province", "kind", "year", "doc"];

function keepSearchInUrl(params) {
  const kept = new URLSearchParams();
  for (const name of SEARCH_FIELDS) if (params.has(name)) kept.set(name, params.get(name));
  history.replaceState(history.state, "", `/?${kept}${location.hash}`);
}

// A search named by the page's URL: its fields filled in and run. False when there is none.
function searchFromUrl() {
  const wanted = new URLSearchParams(location.search);
  if (!wanted.get("q")) return false;
  for (const name of SEARCH_FIELDS) {
    let value = wanted.get(name) || "";
    if (name === "kind") {
      // a kind by its id or its Vietnamese name ("kind=nghị quyết", as the API takes it)
      const typed = value.trim().toLowerCase();
      const option = [...$("kind").options].find(
        (o) => o.value === typed || (typed && o.text.toLowerCase().split(" / ").includes(typed)),
      );
      if (!option) continue;
      value = option.value;
    }
    $(name).value = value;
  }
  onQueryInput();
  searchedFromUrl = true;
  $("search-form").requestSubmit();
  return true;
}

// the search running was asked for by the address (a reload, Back from a document)
let searchedFromUrl = false;

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
  keepSearchInUrl(params);
  button.disabled = true;
  setStatus(status, "Đang tìm…");
  try {
    const data = await getJson(`/api/search?${params}`);
    await documentsLoaded; // the citation lines take numbers and dates from it
    const hits = (data && data.hits) || [];
    setStatus(status, searchSummary(data, hits));
    renderHits(hits);
    if (searchedFromUrl) restoreScroll();
  } catch (err) {
    $("results").replaceChildren();
    showError(status, err);
  } finally {
    button.disabled = false;
    searchedFromUrl = false;
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
  const link = el("a", null, doc.title || sourceName(doc.source));
  link.href = documentHref(doc.id);
  link.target = "_blank";
  link.rel = "noopener";
  link.title = sourceName(doc.source);
  title.appendChild(link);
  tr.appendChild(title);
  const figures = Array.isArray(doc.figures) ? doc.figures.length : Number(doc.figures) || 0;
  for (const value of [kindLabel(doc.kind), doc.province || "—", vietnameseDate(doc.date) || "—", figures]) {
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
  if (known) return known.title || sourceName(known.source);
  try {
    const doc = await getJson(`/api/documents/${encodeURIComponent(docId)}`);
    return doc.title || sourceName(doc.source) || docId;
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
  history.scrollRestoration = "manual"; // restoreScroll, once the results are drawn
  $("search-form").addEventListener("submit", onSearch);
  $("q").addEventListener("input", onQueryInput);
  $("upload-form").addEventListener("submit", onUpload);
  $("token").addEventListener("input", rememberToken);
  restoreToken();
  loadDocuments();
  searchFromUrl();
});
