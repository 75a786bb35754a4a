"use strict";

// baocao — search page. All server text is inserted via textContent / text nodes.

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

// Turn a FastAPI error body ({"detail": str | [{msg, loc, ...}]}) into a message.
async function errorMessage(response) {
  let detail = null;
  try {
    const body = await response.json();
    detail = body && body.detail;
  } catch (_) {
    // body was not JSON
  }
  if (Array.isArray(detail)) {
    detail = detail
      .map((d) => (d && typeof d === "object" ? d.msg || JSON.stringify(d) : String(d)))
      .join("; ");
  } else if (detail && typeof detail === "object") {
    detail = JSON.stringify(detail);
  }
  return `Lỗi ${response.status}: ${detail || response.statusText || "không rõ"}`;
}

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
  const parts = [
    `nguồn: ${hit.source}`,
    hit.province || "không rõ tỉnh",
    hit.kind,
  ];
  if (hit.page !== null && hit.page !== undefined) parts.push(`trang ${hit.page}`);
  parts.push(`ký tự ${hit.start}–${hit.end}`);
  return parts.join(" · ");
}

function renderHits(data) {
  const results = $("results");
  results.replaceChildren();
  const hits = (data && data.hits) || [];
  if (hits.length === 0) {
    results.appendChild(el("p", "empty", "Không tìm thấy kết quả."));
    return;
  }
  for (const hit of hits) {
    const article = el("article", "hit");
    article.appendChild(el("h3", null, hit.title || hit.source));
    article.appendChild(el("p", "citation", citation(hit)));
    if (hit.context) {
      // the heading or table header the passage was cut away from
      article.appendChild(el("p", "context", `Dưới: ${hit.context.replace(/\n/g, " / ")}`));
    }
    const passage = el("p", "passage");
    // where the query's words stand, as the search matched them (hit.highlights)
    appendHighlighted(passage, String(hit.passage || ""), hit.highlights);
    article.appendChild(passage);
    const score = Number(hit.score);
    if (Number.isFinite(score)) {
      article.appendChild(el("p", "score", `điểm (score): ${score.toFixed(3)}`));
    }
    results.appendChild(article);
  }
}

async function onSearch(event) {
  event.preventDefault();
  const status = $("status");
  const button = $("search-button");
  const q = $("q").value.trim();
  if (!q) {
    setStatus(status, "Vui lòng nhập từ khóa (enter a query).", true);
    return;
  }
  const params = new URLSearchParams({ q, k: "10" });
  for (const name of ["province", "kind", "year", "doc"]) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  button.disabled = true;
  setStatus(status, "Đang tìm… (searching)");
  try {
    const response = await fetch(`/api/search?${params}`, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      $("results").replaceChildren();
      setStatus(status, await errorMessage(response), true);
      return;
    }
    const data = await response.json();
    const n = (data.hits || []).length;
    // a query typed without marks is searched with them: say how it was read
    const readAs = data.searched_as ? ` cho “${data.searched_as}”` : "";
    setStatus(status, n ? `${n} kết quả${readAs}` : "");
    renderHits(data);
  } catch (err) {
    setStatus(status, `Lỗi kết nối (network error): ${err.message}`, true);
  } finally {
    button.disabled = false;
  }
}

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

async function loadDocuments() {
  const body = $("documents-body");
  const status = $("documents-status");
  setStatus(status, "Đang tải… (loading)");
  try {
    const response = await fetch(`/api/documents?limit=${DOCUMENTS_SHOWN}`, {
      headers: { Accept: "application/json" },
    });
    if (!response.ok) {
      setStatus(status, await errorMessage(response), true);
      return;
    }
    const data = await response.json();
    const docs = (data && data.documents) || [];
    fillDocumentChoices(docs);
    body.replaceChildren();
    for (const doc of docs) {
      const tr = document.createElement("tr");
      const figures = Array.isArray(doc.figures) ? doc.figures.length : Number(doc.figures) || 0;
      const cells = [doc.title || doc.source, doc.kind, doc.province || "—", doc.date || "—", figures];
      for (const value of cells) tr.appendChild(el("td", null, value ?? ""));
      tr.firstChild.title = doc.source || "";
      body.appendChild(tr);
    }
    const total = Number(data.total) || docs.length;
    let message = "Chưa có tài liệu nào (no documents yet).";
    if (total > docs.length) message = `${docs.length} mới nhất trong ${total} tài liệu (newest ${docs.length} of ${total})`;
    else if (docs.length) message = `${docs.length} tài liệu`;
    setStatus(status, message);
  } catch (err) {
    setStatus(status, `Lỗi kết nối (network error): ${err.message}`, true);
  }
}

async function onUpload(event) {
  event.preventDefault();
  const status = $("upload-status");
  const button = $("upload-button");
  const file = $("file").files[0];
  if (!file) {
    setStatus(status, "Hãy chọn một tệp (choose a file).", true);
    return;
  }
  const form = new FormData();
  form.append("file", file);
  const headers = { Accept: "application/json" };
  const token = $("token").value.trim();
  if (token) headers.Authorization = `Bearer ${token}`;

  button.disabled = true;
  setStatus(status, `Đang tải lên “${file.name}”… (uploading)`);
  try {
    const response = await fetch("/api/documents", { method: "POST", headers, body: form });
    if (!response.ok) {
      setStatus(status, await errorMessage(response), true);
      return;
    }
    const data = await response.json();
    if (data.added) {
      setStatus(
        status,
        `Đã thêm tài liệu ${data.doc_id} — ${data.passages} đoạn, ${data.figures} số liệu.`
      );
    } else {
      setStatus(status, `Tài liệu đã có trong kho (${data.doc_id}).`);
    }
    $("upload-form").reset();
    await loadDocuments();
    // the figures and the cited resolutions (analysis.js) now hold the new document's too
    document.dispatchEvent(new Event("baocao:stored"));
  } catch (err) {
    setStatus(status, `Lỗi kết nối (network error): ${err.message}`, true);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", onSearch);
  $("upload-form").addEventListener("submit", onUpload);
  loadDocuments();
});
