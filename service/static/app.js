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
  url: "địa chỉ web",
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

// A refusal of a web address starts with the address (which holds no space, so `\S+` ends
// at the ": " before the reason); the site's or the host's own name follows in some.
const AT = String.raw`^(https?:\/\/\S+): `;
const at = (reason) => new RegExp(`${AT}${reason}`);
// The way round a site that will not answer a program: a browser can read it, and its file can.
const SAVE_IT = "hãy mở trang bằng trình duyệt, lưu lại (Ctrl+S) rồi tải tệp lên";
const seconds = (n) => n.replace(".", ",");

// The server's refusals of a user's mistake, worded in Vietnamese: [pattern, words]. The
// patterns follow the messages of service/filters.py, service/queries.py, service/api.py
// and ingest (an upload's refusal starts with its file name, a web address's with the
// address: ingest/fetch.py, ingest/web.py). Others stay in English. The first that matches
// wins: the addresses' come before the files' `^(.*): …`, which would take them too.
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
  [/^stored before baocao kept what it read/,
    () => "Tài liệu được lưu từ trước khi baocao giữ lại bản đã đọc: hãy chạy lệnh baocao reanalyze trên máy đặt kho để đọc lại tệp gốc"],
  [/^the query has no words$/, () => "Câu hỏi không có chữ hay số nào"],
  // the token field is the upload form's; deleting and analysing again need it too
  [/^missing or wrong token/, () => "Hãy nhập đúng mã truy cập (token) vào ô “Mã truy cập” ở phần Thêm tài liệu rồi thử lại"],
  [/^send either a file or a url$/, () => "Hãy chọn một tệp hoặc nhập một địa chỉ web"],
  // the figures' check (check.js): one text, file or web address
  [/^send a text, a file or a url$/, () => "Hãy dán đoạn văn cần kiểm tra, chọn một tệp hoặc nhập một địa chỉ web"],
  [/^send a text, a file or a url: one of them$/, () => "Hãy gửi đoạn văn, một tệp hoặc một địa chỉ web: chỉ một trong ba"],
  // ---- a web address the server could not fetch or read ----
  [at(String.raw`the site answered (?:404|410)\b`),
    (m) => `${shortAddress(m[1])}: trang không còn (đã chuyển hoặc bị xóa?)`],
  [at(String.raw`the site answered 403\b`),
    (m) => `${shortAddress(m[1])}: trang web từ chối (có thể chặn chương trình tự động): ${SAVE_IT}`],
  [at(String.raw`the site answered 401\b`),
    (m) => `${shortAddress(m[1])}: trang cần đăng nhập: hãy mở trang bằng trình duyệt, đăng nhập, lưu lại (Ctrl+S) rồi tải tệp lên`],
  [at(String.raw`the site answered 429\b`),
    (m) => `${shortAddress(m[1])}: trang web đang nhận quá nhiều yêu cầu, hãy thử lại sau`],
  [at(String.raw`the site answered (5\d\d)\b`),
    (m) => `${shortAddress(m[1])}: trang web đang lỗi (mã ${m[2]}), hãy thử lại sau`],
  [at(String.raw`the site answered (\d{3})\b`),
    (m) => `${shortAddress(m[1])}: trang web trả lời mã lỗi ${m[2]}`],
  [at(String.raw`no answer from (\S+) within (\d+(?:\.\d+)?) s$`),
    (m) => `${shortAddress(m[1])}: trang web ${m[2]} không trả lời trong ${seconds(m[3])} giây; hãy thử lại sau`],
  [at(String.raw`the name (\S+) could not be resolved`),
    (m) => `${shortAddress(m[1])}: không tìm thấy tên miền ${m[2]} (sai địa chỉ, hay máy chủ không có mạng?)`],
  [at(String.raw`(\S+) refused the connection$`), (m) => `${shortAddress(m[1])}: ${m[2]} từ chối kết nối`],
  [at(String.raw`the certificate of (\S+) could not be verified`),
    (m) => `${shortAddress(m[1])}: chứng chỉ bảo mật (HTTPS) của ${m[2]} không xác minh được: ` +
      "hãy lưu trang bằng trình duyệt rồi tải tệp lên"],
  [at(String.raw`(\S+) is an address on the server's own network`),
    (m) => `Máy chủ chỉ lấy trang web công khai, không lấy địa chỉ trong mạng nội bộ (${m[2]})`],
  [at(String.raw`could not fetch from (\S+) \((.*)\)$`),
    (m) => `${shortAddress(m[1])}: không lấy được trang từ ${m[2]} (chi tiết: ${m[3]})`],
  [at(String.raw`more than (\d+) redirects`),
    (m) => `${shortAddress(m[1])}: trang chuyển hướng quá nhiều lần (hơn ${m[2]} lần)`],
  [at("the site sent nothing$"), (m) => `${shortAddress(m[1])}: trang web không gửi nội dung gì`],
  [at(String.raw`larger than (\d+) MiB$`), (m) => `${shortAddress(m[1])}: nội dung lớn hơn ${m[2]} MiB`],
  [at(String.raw`the page has no text of its own .*beside the (\d+) document file`),
    (m) => `${shortAddress(m[1])}: trang không có nội dung riêng; trang đính kèm ${m[2]} tệp`],
  [at(String.raw`.*; the page links (\d+) document file\(s\)$`),
    (m) => `${shortAddress(m[1])}: không đọc được nội dung trang; trang đính kèm ${m[2]} tệp`],
  [at("the address names no site$"), () => "Địa chỉ web không có tên trang, ví dụ https://congdoan.vn/…"],
  [at(String.raw`not a web address\b`), (m) => `${m[1]}: không phải một địa chỉ web hợp lệ`],
  // any scheme: a refused address need not start with http
  [/^(.*): only http and https addresses are fetched, not \S*:$/,
    () => "Chỉ lấy được địa chỉ http:// hoặc https://, ví dụ https://congdoan.vn/…"],
  [at("the site says the page is not there"),
    (m) => `${shortAddress(m[1])}: trang web báo bài viết không còn (đã chuyển hoặc bị xóa?)`],
  [at("Google gave a page, not the file"),
    (m) => `${shortAddress(m[1])}: Google trả về một trang thay vì tệp (tệp chỉ chia sẻ với một số người, ` +
      "hoặc quá lớn): hãy tải tệp về bằng trình duyệt rồi tải lên"],
  [at(String.raw`no article text found in the HTML \(the site may draw its pages with JavaScript`),
    (m) => `${shortAddress(m[1])}: trang được vẽ bằng JavaScript, không có nội dung để đọc: ${SAVE_IT}`],
  [/^(.*): no article text found in the HTML$/,
    (m) => `${shortAddress(m[1])}: không tìm thấy nội dung bài viết trên trang`],
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

// A web address the server could not fetch or read: not the request that was wrong (422
// says that of a form), the site.
const isAddressRefusal = (status, detail) => status === 422 && /^https?:\/\/\S+: /.test(String(detail || ""));

class ApiError extends Error {
  // `body`: the refusal's JSON as sent, for what it holds beside the detail (the document
  // files a page without text of its own links: "attachments")
  constructor(status, detail, body = null) {
    const summary = isAddressRefusal(status, detail) ? "Không lấy được tài liệu từ địa chỉ web" : statusSentence(status);
    const translated = detail ? vietnameseDetail(detail) : null;
    super(translated ? `${summary}: ${translated}` : detail ? `${summary} — chi tiết: ${detail}` : summary);
    this.status = status;
    this.summary = summary;
    this.detail = detail;
    this.translated = translated;
    this.body = body;
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
  let body = null;
  try {
    body = await response.json();
    detail = body && body.detail;
  } catch (_) {
    // body was not JSON
  }
  if (Array.isArray(detail)) detail = validationText(detail);
  else if (detail && typeof detail === "object") detail = JSON.stringify(detail);
  return new ApiError(response.status, detail || response.statusText || "", body);
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

// A source that is a web page or file on the web (only http and https: a source is never
// made a javascript: or data: link).
function isWebAddress(source) {
  if (!/^https?:\/\//i.test(String(source || ""))) return false;
  try {
    return ["http:", "https:"].includes(new URL(source).protocol);
  } catch (_) {
    return false;
  }
}

// A web address as a reader takes it in: its site and path, the "www." and the query
// left out, the folders between site and page cut when it is long.
const ADDRESS_SHOWN = 60;
function shortAddress(address) {
  let parsed;
  try {
    parsed = new URL(address);
  } catch (_) {
    return String(address);
  }
  const host = parsed.host.replace(/^www\./, "");
  let path = parsed.pathname;
  try {
    path = decodeURI(path); // "b%C3%A1o-c%C3%A1o" read as "báo-cáo"
  } catch (_) {
    // a malformed escape: shown as sent
  }
  path = path.replace(/\/+$/, "") + (parsed.search ? "?…" : "");
  const text = host + path;
  if (Array.from(text).length <= ADDRESS_SHOWN) return text;
  const segments = path.split("/").filter(Boolean);
  let last = Array.from(segments[segments.length - 1] || "");
  if (last.length > 40) last = [...last.slice(0, 39), "…"];
  return `${host}/${segments.length > 1 ? "…/" : ""}${last.join("")}`;
}

// What a reader is shown of a source: a web address by its site and path, a file by its
// name (the folders it was ingested from are the server's).
function sourceName(source) {
  const text = String(source || "");
  if (isWebAddress(text)) return shortAddress(text);
  const parts = text.replace(/[\\/]+$/, "").split(/[\\/]/);
  return parts[parts.length - 1] || text;
}

// A link opening `address` in a new tab, its short name shown, the whole in its tooltip;
// the page opened learns nothing of this one (noopener noreferrer). Only for isWebAddress.
function webLink(address, text, className) {
  const link = el("a", className, text ?? shortAddress(address));
  link.href = address;
  link.title = address;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}

// A document's source: a link to the page when it came from the web, else its file's name.
function sourceNode(source) {
  return isWebAddress(source) ? webLink(String(source)) : document.createTextNode(sourceName(source));
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

// ---- the stored documents the page knows (those the documents list has fetched) ----

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
  if (number) line.append("số ", numberSpan(number), " · ");
  if (date) line.append(`ngày ${vietnameseDate(date)} · `);
  line.append("nguồn: ", sourceNode(hit.source));
  const parts = [hit.province || "không rõ tỉnh", kindLabel(hit.kind)];
  if (hit.page !== null && hit.page !== undefined) parts.push(`trang ${hit.page}`);
  line.append(` · ${parts.join(" · ")}`);
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

// The year a form's field holds, as the API reads it: "2e3" and "2024.0" are years to a
// number field (and to yearProblem) but not integers to the server. "" when none is typed.
function typedYear(input) {
  const text = input.value.trim();
  return text ? String(Number(text)) : "";
}

// A form's filters as the API's query parameters, added to `params`: [name, field id]
// pairs, an empty field not sent (the API would take it as no filter anyway), a year as
// the integer the API reads.
function formFilters(fields, params = new URLSearchParams()) {
  for (const [name, id] of fields) {
    const value = name === "year" ? typedYear($(id)) : $(id).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

// The year filter as the API takes it (1900–2100), checked here so that the user reads a
// Vietnamese sentence instead of the browser's own bubble. Null when it is fine or empty.
function yearProblem(input = $("year")) {
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
  formFilters(["province", "kind", "year", "doc"].map((name) => [name, name]), params);
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

// The documents listed a page at a time; a national store holds 100k, more than a page
// should carry.
const DOCUMENTS_SHOWN = 200;

// The listing shown: the filters it was asked with (kept when an upload draws it again),
// how many rows it has, how many match. `pageSize` is DOCUMENTS_SHOWN (a test makes it small);
// `request` numbers the fetches, so that an older answer never lands over a newer one.
const documentsList = {
  params: new URLSearchParams(),
  shown: 0,
  total: 0,
  pageSize: DOCUMENTS_SHOWN,
  request: 0,
};

// The filter form's fields and the query parameters they are sent as.
const DOCUMENTS_FILTERS = [
  ["q", "docs-q"], ["province", "docs-province"], ["kind", "docs-kind"], ["year", "docs-year"],
];

const documentsFilters = () => formFilters(DOCUMENTS_FILTERS);

const documentsFiltered = () => documentsList.params.toString() !== "";

function documentName(doc) {
  return doc.title || sourceName(doc.source);
}

function documentRow(doc) {
  const tr = document.createElement("tr");
  tr.dataset.id = doc.id;
  const title = el("td");
  const link = el("a", null, documentName(doc));
  link.href = documentHref(doc.id);
  link.target = "_blank";
  link.rel = "noopener";
  link.title = isWebAddress(doc.source) ? doc.source : sourceName(doc.source);
  title.appendChild(link);
  // a page read from the web: where it stands, to open it there (and see what changed)
  if (isWebAddress(doc.source)) title.appendChild(webLink(doc.source, null, "doc-source"));
  tr.appendChild(title);
  for (const value of [kindLabel(doc.kind), doc.province || "—", vietnameseDate(doc.date) || "—"]) {
    tr.appendChild(el("td", null, value ?? ""));
  }
  const figures = Array.isArray(doc.figures) ? doc.figures.length : Number(doc.figures) || 0;
  tr.appendChild(el("td", "figures", figures));
  const actions = el("td", "actions");
  actions.appendChild(deleteButton(doc));
  tr.appendChild(actions);
  return tr;
}

function deleteButton(doc) {
  const button = el("button", "secondary small", "Xóa");
  button.type = "button";
  button.setAttribute("aria-label", `Xóa “${documentName(doc)}” khỏi kho`);
  button.addEventListener("click", () => onDeleteDocument(doc, button));
  return button;
}

// "12 tài liệu", "200 mới nhất trong 1.234 tài liệu khớp bộ lọc", or that there are none.
function documentsSummary() {
  const { shown, total } = documentsList;
  const filtered = documentsFiltered();
  if (!total) return filtered ? "Không có tài liệu nào khớp bộ lọc." : "Chưa có tài liệu nào.";
  const matching = filtered ? " khớp bộ lọc" : "";
  if (total > shown) {
    return `${shown.toLocaleString("vi-VN")} mới nhất trong ${total.toLocaleString("vi-VN")} tài liệu${matching}`;
  }
  return `${shown.toLocaleString("vi-VN")} tài liệu${matching}`;
}

// The listing's first page (`more` false: the rows shown go), or its next one appended.
async function fetchDocuments(more = false) {
  const body = $("documents-body");
  const status = $("documents-status");
  const moreButton = $("documents-more");
  const request = ++documentsList.request;
  const params = new URLSearchParams(documentsList.params);
  params.set("limit", String(documentsList.pageSize));
  if (more) params.set("offset", String(documentsList.shown));
  setStatus(status, "Đang tải…");
  moreButton.disabled = true;
  try {
    const data = await getJson(`/api/documents?${params}`);
    if (request !== documentsList.request) return; // filters changed meanwhile: a newer listing
    const docs = (data && data.documents) || [];
    // the search form's suggestions are the newest documents, not those a filter picked
    if (!more && !documentsFiltered()) fillDocumentChoices(docs);
    for (const doc of docs) documentFacts.set(doc.id, doc);
    if (more) body.append(...docs.map(documentRow));
    else body.replaceChildren(...docs.map(documentRow));
    documentsList.shown = (more ? documentsList.shown : 0) + docs.length;
    documentsList.total = Number(data.total) || documentsList.shown;
    setStatus(status, documentsSummary());
    moreButton.hidden = documentsList.shown >= documentsList.total || docs.length === 0;
  } catch (err) {
    if (request !== documentsList.request) return;
    if (!more) {
      // no rows of an earlier listing under the error of a new one
      body.replaceChildren();
      documentsList.shown = 0;
      moreButton.hidden = true;
    }
    showError(status, err); // a failed "Xem thêm" keeps its rows and button, to try again
  } finally {
    if (request === documentsList.request) moreButton.disabled = false;
  }
}

// A new listing from the form's filters; a year the API would refuse is said here.
function onDocumentsFilter(event) {
  if (event) event.preventDefault();
  const problem = yearProblem($("docs-year"));
  if (problem) {
    documentsList.request += 1; // an answer on its way belongs to the old filters
    $("documents-body").replaceChildren();
    $("documents-more").hidden = true;
    setStatus($("documents-status"), problem, true);
    return;
  }
  documentsList.params = documentsFilters();
  $("documents-clear").hidden = !documentsFiltered();
  documentsLoaded = fetchDocuments();
}

function onDocumentsClear() {
  $("documents-form").reset();
  onDocumentsFilter();
  $("docs-q").focus(); // the button pressed is hidden now: focus would fall to the page
}

// A deleted document gone from the page: its row, its suggestion, what the page knew of it.
function forgetDocument(docId, row) {
  if (row) row.remove();
  for (const option of [...$("doc-choices").options]) if (option.value === docId) option.remove();
  documentFacts.delete(docId);
  documentsList.shown = Math.max(0, documentsList.shown - 1);
  documentsList.total = Math.max(0, documentsList.total - 1);
}

// The row goes without the listing being fetched again: the pages "Xem thêm" added stay,
// and its next offset (the rows shown) still follows on from them.
async function onDeleteDocument(doc, button) {
  const name = documentName(doc);
  if (!confirm(`Xóa “${name}” khỏi kho? Số liệu và đoạn văn của tài liệu này cũng bị xóa.`)) return;
  const status = $("documents-status");
  button.disabled = true;
  setStatus(status, `Đang xóa “${name}”…`);
  try {
    await getJson(`/api/documents/${encodeURIComponent(doc.id)}`, { method: "DELETE", headers: authHeaders() });
    forgetDocument(doc.id, button.closest("tr"));
    setStatus(status, `Đã xóa “${name}”. ${documentsSummary()}`);
    // every row shown deleted: the next ones, or the table stays empty above "Xem thêm"
    if (!documentsList.shown && documentsList.total) fetchDocuments();
    showOutdated(); // it may have been one an older baocao analysed
    // the figures and the cited resolutions (analysis.js) lose the document's too
    document.dispatchEvent(new Event("baocao:stored"));
  } catch (err) {
    // already deleted (another tab, another user): not in the store, so not in the list
    if (err instanceof ApiError && err.status === 404) forgetDocument(doc.id, button.closest("tr"));
    else button.disabled = false;
    showError(status, err);
  }
}

function loadDocuments() {
  documentsLoaded = fetchDocuments();
  showOutdated();
  return documentsLoaded;
}

// Documents an older baocao analysed: their figures and references are that version's
// until analysed again, which the button does here (one request a document, so that the
// page can say how far it is; `baocao reanalyze` does the same beside the store).
function outdatedSentence(count) {
  return `${count.toLocaleString("vi-VN")} tài liệu do phiên bản baocao cũ hơn phân tích: số liệu và trích dẫn của chúng có thể thiếu hoặc sai so với bản hiện tại.`;
}

async function showOutdated() {
  if (reanalysing) return;
  try {
    const health = await getJson("/api/health");
    const count = Number(health.outdated_analyses) || 0;
    $("outdated").hidden = count === 0;
    $("reanalyse-button").hidden = false;
    setStatus($("outdated-text"), outdatedSentence(count));
  } catch (_) {
    $("outdated").hidden = true;  // the documents list says what went wrong
  }
}

let reanalysing = false;

async function onReanalyse() {
  const button = $("reanalyse-button");
  const text = $("outdated-text");
  reanalysing = true;
  button.disabled = true;
  let done = 0;
  const failed = [];
  try {
    const data = await getJson("/api/documents?outdated=true");
    const docs = (data && data.documents) || [];
    for (const doc of docs) {
      const name = doc.title || sourceName(doc.source);
      setStatus(text, `Đang phân tích lại ${done + failed.length + 1}/${docs.length}: ${name}…`);
      try {
        const url = `/api/documents/${encodeURIComponent(doc.id)}/reanalyze`;
        await getJson(url, { method: "POST", headers: authHeaders() });
        done += 1;
      } catch (err) {
        // a missing or wrong token, a stopping server: the next would fail the same way
        if (!(err instanceof ApiError) || err.status === 401 || err.status === 503) throw err;
        failed.push(`${name}: ${err.translated || err.detail || err.summary}`);
      }
    }
    let message = `Đã phân tích lại ${done} tài liệu.`;
    if (failed.length) message += ` Không phân tích lại được ${failed.length}: ${failed.join("; ")}`;
    setStatus(text, message, failed.length > 0);
    reanalysing = false;
    await fetchDocuments();
    document.dispatchEvent(new Event("baocao:stored"));
    button.hidden = !failed.length;  // the sentence stays: what was done
  } catch (err) {
    showError(text, err);
  } finally {
    reanalysing = false;
    button.disabled = false;
  }
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
  if (data.replaced && data.replaced.length) {
    message += " Trang đã được sửa từ lần lấy trước: bản mới thay bản cũ.";
  }
  if (data.warnings && data.warnings.length) message += ` Lưu ý: ${data.warnings.join("; ")}`;
  return message;
}

function authHeaders() {
  const token = $("token").value.trim();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

// A file or a web address sent to the store (POST /api/documents): the server's answer.
async function postDocument(field, value) {
  const form = new FormData();
  form.append(field, value);
  return getJson("/api/documents", { method: "POST", headers: authHeaders(), body: form });
}

// The documents list drawn again; the figures and the cited resolutions (analysis.js)
// now hold the new documents' too.
async function documentsChanged() {
  await loadDocuments();
  document.dispatchEvent(new Event("baocao:stored"));
}

// A file or a web address stored, the documents list drawn again.
async function addDocument(field, value) {
  const data = await postDocument(field, value);
  await documentsChanged();
  return data;
}

// ---- sending: the time it takes, said as it goes ----

// Reading a scan takes minutes (OCR, ~3 s a page): a "Đang tải lên…" that does not move
// would look as if the page had hung, so the time since the file was sent ticks beside it.
const SLOW_SECONDS = 20;
const SLOW_HINT = "tệp quét được đọc bằng OCR, khoảng vài giây mỗi trang";

// 42 → "0:42", 125 → "2:05"
function clockText(seconds) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

// `message` in `node`, the time since now ticking after it, and the hint once it is slow;
// returns the function that stops the clock.
function showProgress(node, message) {
  const started = Date.now();
  const clock = el("span", "elapsed", clockText(0));
  clock.setAttribute("aria-hidden", "true"); // a screen reader would read out every second
  const hint = el("span", "slow-hint");
  node.classList.remove("error");
  node.replaceChildren(document.createTextNode(`${message} `), clock, hint);
  const timer = setInterval(() => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    clock.textContent = clockText(seconds);
    if (seconds > SLOW_SECONDS && !hint.textContent) hint.textContent = ` — ${SLOW_HINT}`;
  }, 1000);
  return () => clearInterval(timer);
}

// `send()` awaited while `node` says `message` and how long it has taken; the clock stops
// however it ends.
async function withClock(node, message, send) {
  const stop = showProgress(node, message);
  try {
    return await send();
  } finally {
    stop();
  }
}

// While sending: no second submit, and no new choice of files, which the end of a batch
// would clear unsent.
function setSending(sending) {
  $("upload-button").disabled = sending;
  $("file").disabled = sending;
  $("url").disabled = sending;
}

// The address as typed, with the "https://" people leave out of "congdoan.vn/tin-tuc/…"
// (a browser's address bar adds it too); anything else with a scheme stays as it is, and
// is refused below unless it is http or https.
function typedAddress(field = "url") {
  const text = $(field).value.trim();
  if (/^[^\s:/?#]+\.[^\s:/?#]+(:\d+)?([/?#]|$)/.test(text)) return `https://${text}`;
  return text;
}

// A file's name in an address: its last path segment, decoded ("B%C3%A1o-c%C3%A1o.pdf" →
// "Báo-cáo.pdf"), else the address shortened.
function addressFileName(address) {
  try {
    const segment = new URL(address).pathname.split("/").filter(Boolean).pop();
    if (segment) return decodeURIComponent(segment);
  } catch (_) {
    // not an address, or a malformed escape: the short form below
  }
  return shortAddress(address);
}

// The document files a page links (not fetched with it): each a link to open it and a
// button that adds it, its result said on its own line. `heading` introduces the list when
// the status above does not.
function showAttachments(addresses, heading) {
  const box = $("upload-attachments");
  const files = (addresses || []).filter(isWebAddress);
  box.replaceChildren();
  box.hidden = !files.length;
  if (!files.length) return;
  if (heading) box.appendChild(el("p", null, heading));
  const list = el("ul");
  for (const address of files) {
    const item = el("li");
    const name = addressFileName(address);
    const add = el("button", "secondary small", "Thêm");
    add.type = "button";
    add.setAttribute("aria-label", `Thêm ${name} vào kho`);
    const said = el("span", "attachment-status");
    add.addEventListener("click", () => addAttachment(address, add, said));
    item.append(webLink(address, name), " ", add, " ", said);
    list.appendChild(item);
  }
  box.appendChild(list);
}

async function addAttachment(address, button, said) {
  button.disabled = true;
  setStatus(said, "Đang lấy…");
  try {
    const data = await addDocument("url", address);
    setStatus(said, await uploadMessage(data));
    button.remove(); // stored: nothing more to add
  } catch (err) {
    showError(said, err);
    button.disabled = false; // a site that failed may answer the next time
  }
}

// ---- several files: one after another, each one's outcome on its own line ----

// Errors after which the next file would fail the same way: a missing or wrong token, a
// stopping server, no answer at all (fetch's TypeError).
function stopsBatch(err) {
  return !(err instanceof ApiError) || [401, 403, 503].includes(err.status);
}

// A refusal of a file starts with the file's name, which its line already shows.
function withoutName(text, name) {
  const prefix = `${name}: `;
  return String(text).startsWith(prefix) ? String(text).slice(prefix.length) : String(text);
}

// A refusal in one line: the sentence, then what was wrong in Vietnamese, or the server's
// own words when the page does not know them.
function fileErrorText(err, name) {
  if (!(err instanceof ApiError)) {
    return err && err.message ? `Lỗi kết nối đến máy chủ — chi tiết: ${err.message}` : "Lỗi kết nối đến máy chủ";
  }
  if (err.translated) return `${err.summary}: ${withoutName(err.translated, name)}`;
  return err.detail ? `${err.summary} — chi tiết: ${withoutName(err.detail, name)}` : err.summary;
}

// A file's line in the batch's list: its name, then what adding it did.
function resultItem(name, outcome, text, isError = false) {
  const item = el("li", outcome);
  item.append(el("span", "upload-name", name), ": ", el("span", isError ? "error" : null, text));
  return item;
}

// "Đã thêm 5, đã có 1, lỗi 1 trong 7 tệp.", and the files a stop left unsent.
function batchSummary(counts, total, unsent) {
  let text = `Đã thêm ${counts.added}, đã có ${counts.present}, lỗi ${counts.failed} trong ${total} tệp.`;
  if (unsent.length) {
    text += ` Đã dừng, vì các tệp sau cũng sẽ gặp lỗi này: ${unsent.length} tệp chưa gửi` +
      ` (${unsent.map((file) => file.name).join(", ")}).`;
  }
  return text;
}

// The files sent one at a time, in the order chosen: the server analyses on two cores, so
// in parallel each would be slower, and "(2/7)" says how far the batch is. One refused
// file does not stop the others; a missing token or a lost server does (stopsBatch).
async function uploadFiles(files) {
  const status = $("upload-status");
  const list = $("upload-results");
  const counts = { added: 0, present: 0, failed: 0 };
  let unsent = [];
  let stopped = false;
  list.hidden = false;
  for (const [index, file] of files.entries()) {
    const message = `Đang tải lên “${file.name}” (${index + 1}/${files.length})…`;
    try {
      const data = await withClock(status, message, () => postDocument("file", file));
      counts[data.added ? "added" : "present"] += 1;
      list.appendChild(resultItem(file.name, data.added ? "added" : "present", await uploadMessage(data)));
    } catch (err) {
      counts.failed += 1;
      list.appendChild(resultItem(file.name, "failed", fileErrorText(err, file.name), true));
      if (stopsBatch(err)) {
        stopped = true;
        unsent = files.slice(index + 1);
        break;
      }
    }
  }
  // once for the batch, not after each file: the list, figures and references drawn again
  if (counts.added) await documentsChanged();
  // a stopped batch keeps its files chosen, to be sent again once the token is typed or
  // the server answers (those stored come back "đã có", not twice); a finished one is done
  if (!stopped) $("file").value = "";
  setStatus(status, batchSummary(counts, files.length, unsent), stopped);
}

async function onUpload(event) {
  event.preventDefault();
  const status = $("upload-status");
  const files = [...$("file").files];
  const file = files[0];
  const address = typedAddress();
  showAttachments([]);
  $("upload-results").replaceChildren();
  $("upload-results").hidden = true;
  if (file && address) {
    setStatus(status, "Hãy chọn một tệp hoặc nhập một địa chỉ web, không cả hai.", true);
    return;
  }
  if (!file && !address) {
    setStatus(status, "Hãy chọn một tệp hoặc nhập địa chỉ web.", true);
    return;
  }
  if (address && !isWebAddress(address)) {
    setStatus(status, "Địa chỉ web phải bắt đầu bằng http:// hoặc https://, ví dụ https://congdoan.vn/….", true);
    return;
  }

  setSending(true);
  try {
    if (files.length > 1) await uploadFiles(files);
    else await uploadOne(file, address);
  } finally {
    setSending(false);
  }
}

// One file or one web address: the outcome in the status line, and the files a page links.
async function uploadOne(file, address) {
  const status = $("upload-status");
  const message = file ? `Đang tải lên “${file.name}”…` : `Đang lấy “${address}”…`;
  try {
    const send = () => (file ? addDocument("file", file) : addDocument("url", address));
    const data = await withClock(status, message, send);
    // the token stays: the next upload needs it too
    $("file").value = "";
    $("url").value = "";
    setStatus(status, await uploadMessage(data));
    const linked = data.attachments || [];
    showAttachments(linked, `Trang này đính kèm ${linked.length} tệp:`);
  } catch (err) {
    const linked = err instanceof ApiError && err.body && Array.isArray(err.body.attachments)
      ? err.body.attachments
      : [];
    const feed = /: a news feed of \d+ items$/.test(String(err.detail || ""));
    if (linked.length && feed) {
      // a site's RSS or Atom feed: its news, each to be added
      setStatus(status, `Địa chỉ này là nguồn tin (RSS) gồm ${linked.length} bài; thêm từng bài:`);
      showAttachments(linked);
    } else if (linked.length) {
      // a notice whose document is the file it links: offered instead of the page
      setStatus(status, `Trang không có nội dung riêng; trang đính kèm ${linked.length} tệp:`);
      showAttachments(linked);
    } else {
      showError(status, err);
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  history.scrollRestoration = "manual"; // restoreScroll, once the results are drawn
  $("search-form").addEventListener("submit", onSearch);
  $("q").addEventListener("input", onQueryInput);
  $("upload-form").addEventListener("submit", onUpload);
  $("reanalyse-button").addEventListener("click", onReanalyse);
  $("docs-kind").replaceChildren(...[...$("kind").options].map((o) => o.cloneNode(true)));
  $("documents-form").addEventListener("submit", onDocumentsFilter);
  $("documents-clear").addEventListener("click", onDocumentsClear);
  $("documents-more").addEventListener("click", () => fetchDocuments(true));
  $("token").addEventListener("input", rememberToken);
  restoreToken();
  loadDocuments();
  searchFromUrl();
});
