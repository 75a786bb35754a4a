"use strict";

// baocao — figures table, province comparison with a chart, and cited resolutions.
// Server text goes in through textContent only. Uses el, $, setStatus, errorMessage from app.js.

const KIND_COLOURS = { achievement: "#1a5fb4", target: "#e66100" };
const CONFLICT_COLOUR = "#c01c28"; // a value other documents contradict
let compareChart = null;

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(await errorMessage(response));
  return response.json();
}

function formatValue(row) {
  const value = Number(row.value).toLocaleString("vi-VN");
  return row.denominator != null ? `${value}/${Number(row.denominator).toLocaleString("vi-VN")}` : value;
}

function quoteCell(sentence, source) {
  const td = el("td", "quote");
  td.appendChild(document.createTextNode(`“${sentence}”`));
  td.appendChild(el("span", "src", source));
  return td;
}

async function loadIndicators() {
  try {
    const data = await getJson("/api/indicators");
    const list = $("indicator-list");
    for (const item of data.indicators || []) {
      const option = el("option", null, item.label);
      option.value = item.id;
      list.appendChild(option);
      const choice = el("option", null, `${item.id} — ${item.label}`);
      choice.value = item.id;
      $("figures-indicator").appendChild(choice);
    }
  } catch (err) {
    setStatus($("figures-status"), err.message, true);
  }
}

// The figures listed; past them the page says how many match (the API pages through all).
const FIGURES_SHOWN = 500;

async function onFigures(event) {
  if (event) event.preventDefault();
  const status = $("figures-status");
  const params = new URLSearchParams();
  for (const [name, id] of [["indicator", "figures-indicator"], ["province", "figures-province"], ["kind", "figures-kind"]]) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  setStatus(status, "Đang tải… (loading)");
  try {
    params.set("limit", String(FIGURES_SHOWN));
    const data = await getJson(`/api/figures?${params}`);
    const body = $("figures-body");
    body.replaceChildren();
    const rows = data.figures || [];
    for (const f of rows) {
      const tr = document.createElement("tr");
      for (const value of [f.province || "—", f.text, f.unit, f.kind, f.indicator || "—", f.period || "—"]) {
        tr.appendChild(el("td", null, value));
      }
      tr.appendChild(quoteCell(f.sentence, `${f.source}${f.page ? ", trang " + f.page : ""}`));
      body.appendChild(tr);
    }
    const total = Number(data.total) || rows.length;
    setStatus(status, `${total} số liệu${total > rows.length ? ` (hiện ${rows.length} đầu tiên)` : ""}`);
  } catch (err) {
    setStatus(status, err.message, true);
  }
}

function chartLabel(row) {
  return `${row.province || "(không rõ tỉnh)"}${row.period ? " · " + row.period : ""}`;
}

function drawChart(rows) {
  // one bar per value: a province whose documents disagree shows each value, in red
  const labels = [...new Set(rows.map(chartLabel))];
  const datasets = [];
  for (const kind of Object.keys(KIND_COLOURS)) {
    const byLabel = labels.map((label) => rows.filter((r) => r.kind === kind && chartLabel(r) === label));
    const depth = Math.max(0, ...byLabel.map((found) => found.length));
    for (let n = 0; n < depth; n++) {
      datasets.push({
        label: kind === "achievement" ? "Kết quả (achievement)" : "Chỉ tiêu (target)",
        data: byLabel.map((found) => (found[n] ? found[n].value : null)),
        backgroundColor: byLabel.map((found) =>
          found[n] && found[n].conflict ? CONFLICT_COLOUR : KIND_COLOURS[kind]
        ),
        first: n === 0, // the legend names each kind once
      });
    }
  }
  if (compareChart) compareChart.destroy();
  if (typeof Chart === "undefined") return;
  compareChart = new Chart($("compare-chart"), {
    type: "bar",
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true } },
      plugins: { legend: { labels: { filter: (item, data) => data.datasets[item.datasetIndex].first } } },
    },
  });
}

async function onCompare(event) {
  event.preventDefault();
  const status = $("compare-status");
  const indicator = $("compare-indicator").value.trim();
  if (!indicator) {
    setStatus(status, "Nhập chỉ tiêu (enter an indicator).", true);
    return;
  }
  const params = new URLSearchParams({ indicator });
  if ($("compare-kind").value) params.set("kind", $("compare-kind").value);
  if ($("compare-merger").checked) params.set("after_merger", "true");
  setStatus(status, "Đang so sánh… (comparing)");
  try {
    const data = await getJson(`/api/compare?${params}`);
    const body = $("compare-body");
    body.replaceChildren();
    for (const row of data.rows) {
      const tr = document.createElement("tr");
      const province = el("td", row.conflict ? "conflict" : null, row.province || "(không rõ tỉnh)");
      if (row.conflict) province.title = "Các nguồn nêu số liệu khác nhau (conflict)";
      tr.appendChild(province);
      const share = row.achieved_share != null ? ` (${row.achieved_share}% chỉ tiêu)` : "";
      const shown = row.text.replace(/\s+/g, "");
      const value = formatValue(row);
      const plain = shown === value.replace(/\s+/g, "") ? row.text : `${row.text} (= ${value})`;
      tr.appendChild(el("td", null, `${plain}${share}`));
      for (const value of [row.unit, row.subject || "—", row.kind, row.period || "—", row.organisation || "—"]) {
        tr.appendChild(el("td", null, value));
      }
      tr.appendChild(quoteCell(row.sentence, `${row.source}${row.page ? ", trang " + row.page : ""}`));
      body.appendChild(tr);
    }
    const merged = Object.entries(data.merged || {}).map(([n, old]) => `${n} gồm ${old.join(", ")}`);
    const conflicts = data.rows.filter((r) => r.conflict).length;
    setStatus(
      status,
      (data.by === "subject" ? `Số liệu có chủ đề chứa “${data.indicator}”` : data.indicator) +
        `: ${data.rows.length} dòng` +
        (conflicts ? `, ${conflicts} mâu thuẫn` : "") +
        (merged.length ? `; ${merged.join("; ")}` : "")
    );
    const csv = $("compare-csv");
    params.set("format", "csv");
    params.set("excel", "true"); // a byte-order mark, so that Excel reads the Vietnamese
    csv.href = `/api/compare?${params}`;
    csv.hidden = false;
    drawChart(data.rows);
  } catch (err) {
    setStatus(status, err.message, true);
  }
}

async function showReference(id) {
  const detail = $("ref-detail");
  detail.replaceChildren(el("p", null, "Đang tải…"));
  try {
    const entry = await getJson(`/api/references/${id.split("/").map(encodeURIComponent).join("/")}`);
    detail.replaceChildren();
    detail.appendChild(el("h3", null, `${entry.type} ${entry.id}`));
    const facts = [entry.issuer || entry.issuer_code, entry.date || "không rõ ngày"];
    if (entry.title) facts.push(`về ${entry.title}`);
    detail.appendChild(el("p", "citation", facts.join(" · ")));
    const byProvince = [...entry.cited_by].sort((a, b) => (a.province || "~").localeCompare(b.province || "~", "vi"));
    for (const c of byProvince) {
      const box = el("div", "citing");
      box.appendChild(el("h4", null, `${c.province || "(không rõ tỉnh)"} — ${c.title || c.source}`));
      box.appendChild(el("p", "citation", [c.kind, c.date || "—", c.source].join(" · ")));
      const quotes = el("ul");
      for (const s of c.sentences) quotes.appendChild(el("li", null, `“${s}”`));
      box.appendChild(quotes);
      if (c.figures.length) {
        box.appendChild(el("p", null, "Kết quả nêu cùng đoạn:"));
        const list = el("ul");
        for (const f of c.figures) list.appendChild(el("li", null, `${f.text} — ${f.subject || f.unit}`));
        box.appendChild(list);
      }
      detail.appendChild(box);
    }
  } catch (err) {
    detail.replaceChildren(el("p", "error", err.message));
  }
}

async function loadReferences() {
  const status = $("refs-status");
  try {
    const data = await getJson("/api/references");
    const body = $("refs-body");
    body.replaceChildren();
    for (const ref of data.references || []) {
      const tr = document.createElement("tr");
      for (const value of [ref.id, ref.type, ref.issuer || ref.issuer_code, ref.date || "—", ref.citing_documents]) {
        tr.appendChild(el("td", null, value));
      }
      tr.tabIndex = 0;
      tr.addEventListener("click", () => showReference(ref.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") showReference(ref.id); });
      body.appendChild(tr);
    }
    setStatus(status, `${(data.references || []).length} văn bản được trích dẫn — chọn một dòng để xem`);
  } catch (err) {
    setStatus(status, err.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("figures-form").addEventListener("submit", onFigures);
  $("compare-form").addEventListener("submit", onCompare);
  loadIndicators();
  onFigures();
  loadReferences();
  document.addEventListener("baocao:stored", () => {
    onFigures();
    loadReferences();
  });
});
