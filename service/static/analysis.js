"use strict";

// baocao — figures table, province comparison with a chart, and cited resolutions.
// Server text goes in through textContent only. Uses el, $, setStatus, showError, getJson,
// documentLink, documentHref, kindLabel, figureKindLabel, indicatorLabels, indicatorLabel,
// vietnameseDate, numberSpan and documentFacts from app.js.

const KIND_COLOURS = { achievement: "#1a5fb4", target: "#e66100" };
const CONFLICT_COLOUR = "#c01c28"; // a value other documents contradict
let compareChart = null;

const formatNumber = (n) => Number(n).toLocaleString("vi-VN");

function formatValue(row) {
  const value = formatNumber(row.value);
  return row.denominator != null ? `${value}/${formatNumber(row.denominator)}` : value;
}

// The sentence a figure was read from, where it stands, and a link that opens it there.
function quoteCell(item) {
  const td = el("td", "quote");
  td.appendChild(document.createTextNode(`“${item.sentence}”`));
  // a page read from the web links to where it stands (sourceNode, app.js)
  const src = el("span", "src");
  src.append(sourceNode(item.source), `${item.page ? ", trang " + item.page : ""} · `);
  src.appendChild(documentLink(item.doc_id, item.start, item.end));
  td.appendChild(src);
  return td;
}

// ---- indicators: ids for the API, Vietnamese labels for people (indicatorLabels) ----

let indicatorsLoaded = Promise.resolve();

async function fetchIndicators() {
  try {
    const data = await getJson("/api/indicators");
    for (const item of data.indicators || []) {
      indicatorLabels.set(item.id, item.label);
      indicatorIds.set(item.label, item.id);
      // the field shows the Vietnamese name picked; the request sends its id
      const suggestion = el("option", null, item.id);
      suggestion.value = item.label;
      $("indicator-list").appendChild(suggestion);
      const choice = el("option", null, item.label);
      choice.value = item.id;
      $("figures-indicator").appendChild(choice);
    }
  } catch (err) {
    showError($("figures-status"), err);
  }
}

// ---- figures: a page at a time ----

// 50 rows a page: all of a national store's figures at once made a page 70,000 px tall.
const FIGURES_PAGE = 50;
// the filters of the listing shown, how many rows it shows, and which request is current
const figures = { params: new URLSearchParams(), shown: 0, request: 0 };

// What a figure counts: its catalogue indicator; for the many no indicator counts, the
// subject read from its sentence, dimmed (words of the text, not a category).
function indicatorCell(f) {
  if (f.indicator) return el("td", "indicator", indicatorLabel(f.indicator));
  if (!f.subject) return el("td", "indicator", "—");
  const td = el("td", "indicator subject", f.subject);
  td.title = "Nội dung đọc từ câu nguồn — không thuộc chỉ tiêu nào trong danh mục";
  return td;
}

// "2025 (đến hết tháng 6)": the period with the months of its year a figure covers (a
// six-month report's count, a stock counted to 30/6); "2025 (quý II)", "2024 (tháng 9)"
function periodLabel(period, months) {
  if (!period) return "";
  if (!months) return period;
  const [first, last] = months.split("-").map(Number);
  let part;
  if (last - first === 2 && first % 3 === 1) part = `quý ${["I", "II", "III", "IV"][(first - 1) / 3]}`;
  else if (first === 1 && last > 1) part = `đến hết tháng ${last}`; // a total so far, or a stock that day
  else part = `tháng ${first}${last !== first ? "-" + last : ""}`;
  return `${period} (${part})`;
}

function figureRow(f) {
  const tr = document.createElement("tr");
  tr.append(el("td", "province", f.province || "—"), el("td", "value", f.text), el("td", "unit", f.unit));
  tr.append(el("td", "kind", figureKindLabel(f.kind)), indicatorCell(f), el("td", "period", periodLabel(f.period, f.months) || "—"));
  tr.appendChild(quoteCell(f));
  return tr;
}

// The figures form's fields and the query parameters they are sent as.
const FIGURES_FILTERS = [
  ["indicator", "figures-indicator"], ["province", "figures-province"], ["kind", "figures-kind"],
  ["year", "figures-year"],
];

const figuresFilters = () => formFilters(FIGURES_FILTERS);

// A new listing: the rows of the last one go at once, so an error never stands above them.
// A year the API would refuse is said here, and nothing is asked.
async function onFigures(event) {
  if (event) event.preventDefault();
  figures.shown = 0;
  $("figures-body").replaceChildren();
  $("figures-more").hidden = true;
  $("figures-csv").hidden = true;
  const problem = yearProblem($("figures-year"));
  if (problem) {
    figures.request += 1; // an answer on its way belongs to the old filters
    $("figures-results").hidden = true; // no empty header row under the sentence
    setStatus($("figures-status"), problem, true);
    return;
  }
  figures.params = figuresFilters();
  await fetchFigures();
}

// "38 / 38 số liệu năm 2022", or that none match: the year of the listing shown, which the
// field may no longer hold.
function figuresSummary(total) {
  const year = figures.params.get("year");
  const inYear = year ? ` năm ${year}` : "";
  if (!total) return `Không có số liệu nào${inYear} khớp bộ lọc.`;
  return `${formatNumber(figures.shown)} / ${formatNumber(total)} số liệu${inYear}`;
}

// The next page of the current listing, appended.
async function fetchFigures() {
  const status = $("figures-status");
  const more = $("figures-more");
  const request = ++figures.request;
  const params = new URLSearchParams(figures.params);
  params.set("limit", String(FIGURES_PAGE));
  params.set("offset", String(figures.shown));
  setStatus(status, "Đang tải…");
  more.disabled = true;
  try {
    const [data] = await Promise.all([getJson(`/api/figures?${params}`), indicatorsLoaded]);
    if (request !== figures.request) return; // filters changed meanwhile: a newer listing
    const rows = data.figures || [];
    $("figures-body").append(...rows.map(figureRow));
    figures.shown += rows.length;
    $("figures-results").hidden = figures.shown === 0; // no empty header row
    const total = Number(data.total) || figures.shown;
    setStatus(status, figuresSummary(total));
    more.hidden = figures.shown >= total || rows.length === 0;
    // every figure the filters match, not the page shown; a byte-order mark for Excel
    const csv = $("figures-csv");
    const all = new URLSearchParams(figures.params);
    all.set("format", "csv");
    all.set("excel", "true");
    csv.href = `/api/figures?${all}`;
    csv.hidden = total === 0;
  } catch (err) {
    if (request !== figures.request) return;
    if (figures.shown === 0) {
      $("figures-results").hidden = true;
      $("figures-csv").hidden = true;
    }
    showError(status, err); // a failed "Xem thêm" keeps its rows and button, to try again
  } finally {
    if (request === figures.request) more.disabled = false;
  }
}

// ---- compare ----

function chartLabel(row) {
  const period = periodLabel(row.period, row.months);
  return `${row.province || "(không rõ tỉnh)"}${period ? " · " + period : ""}`;
}

// The value axis's title: the rows' unit ("đoàn viên", "đồng", "%"), or the few they use.
function unitsTitle(rows) {
  const units = [...new Set(rows.map((r) => r.unit).filter(Boolean))];
  if (units.length <= 3) return units.join(" / ");
  return `${units.slice(0, 3).join(" / ")} …`;
}

// `text` in lines of at most `width` characters, broken between words: Chart.js draws a
// tooltip's line as it is, and a long title ran off a phone's screen.
function wrapped(text, width) {
  const lines = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

// A bar's tooltip: its value with its unit, then the document that says it, so that the
// red bars of a province whose documents disagree can be told apart.
function barTooltip(context) {
  const row = context.dataset.rows[context.dataIndex];
  if (!row) return "";
  const facts = documentFacts.get(row.doc_id) || {};
  const lines = [`${context.dataset.label}: ${formatValue(row)} ${row.unit || ""}`.trim()];
  // what this bar counts: a total, a part of it and a debt are told apart only here
  if (row.subject) lines.push(`Nội dung: ${row.subject}`);
  if (row.organisation) lines.push(`Tổ chức: ${row.organisation}`);
  if (facts.title && facts.title !== row.source) lines.push(`Tài liệu: ${facts.title}`);
  lines.push(`Nguồn: ${sourceName(row.source)}`);
  if (row.conflict) lines.push("Các nguồn nêu số liệu khác nhau");
  const width = Math.max(24, Math.floor(context.chart.width / 7.5)); // about 7 px a character
  return lines.flatMap((line) => wrapped(line, width));
}

// A sum as people say it: 250 tỷ, 3,5 triệu (the axis; tooltips keep every digit).
function shortMoney(value) {
  const n = Number(value);
  if (Math.abs(n) >= 1e9) return `${formatNumber(Math.round((n / 1e9) * 100) / 100)} tỷ`;
  if (Math.abs(n) >= 1e6) return `${formatNumber(Math.round((n / 1e6) * 100) / 100)} triệu`;
  return formatNumber(n);
}

// What a value measures, as the server's indicators do: a rate, money or a count.
const measureOf = (unit) => (unit === "%" ? "rate" : unit === "đồng" ? "money" : "count");
const MEASURE_NAMES = { rate: "tỷ lệ (%)", money: "số tiền (đồng)", count: "số lượng" };

// The rows one axis can show: those of the measure most rows have. Bars of đoàn viên and of
// % on one scale would read as if 71 were a count beside 98.450; the table keeps them all.
function rowsOfOneMeasure(rows) {
  const measure = mostCommon(rows.map((r) => measureOf(r.unit)));
  const measured = rows.filter((r) => measureOf(r.unit) === measure);
  if (measure !== "count") return { measure, unit: null, rows: measured };
  // counts of one kind of thing only: people (đoàn viên, CBCCVC, người lao động …) are one,
  // but 31.540 suất quà beside 86.500 đoàn viên read as rivals
  const unit = mostCommon(measured.map((r) => countedThing(r.unit)));
  return { measure, unit, rows: measured.filter((r) => countedThing(r.unit) === unit) };
}

const PEOPLE = ["đoàn viên", "cán bộ", "công chức", "viên chức", "công nhân", "người", "lao động", "cnvc"];
const countedThing = (unit) => (PEOPLE.some((p) => unit.toLowerCase().startsWith(p)) ? "người" : unit);

function mostCommon(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  return ([...counts.entries()].sort((a, b) => b[1] - a[1])[0] || [null])[0];
}

function drawChart(allRows) {
  const { measure, unit: counted, rows } = rowsOfOneMeasure(allRows);
  const left = allRows.length - rows.length;
  const note = $("compare-chart-note");
  note.hidden = left === 0;
  const drawn = counted === "người" ? "số người" : counted ? `số “${counted}”` : MEASURE_NAMES[measure];
  note.textContent = left
    ? `Biểu đồ chỉ vẽ ${drawn}; ${left} giá trị đo bằng đơn vị khác có trong bảng dưới.`
    : "";
  // one bar per value: a province whose documents disagree shows each value, in red
  const labels = [...new Set(rows.map(chartLabel))];
  const datasets = [];
  for (const kind of Object.keys(KIND_COLOURS)) {
    const byLabel = labels.map((label) => rows.filter((r) => r.kind === kind && chartLabel(r) === label));
    const depth = Math.max(0, ...byLabel.map((found) => found.length));
    for (let n = 0; n < depth; n++) {
      datasets.push({
        label: kind === "achievement" ? "Kết quả" : "Chỉ tiêu",
        data: byLabel.map((found) => (found[n] ? found[n].value : null)),
        rows: byLabel.map((found) => found[n] || null), // for the tooltips
        backgroundColor: byLabel.map((found) =>
          found[n] && found[n].conflict ? CONFLICT_COLOUR : KIND_COLOURS[kind]
        ),
        // a disputed bar keeps its kind in its outline: result or target
        borderColor: KIND_COLOURS[kind],
        borderWidth: byLabel.map((found) => (found[n] && found[n].conflict ? 3 : 0)),
        first: n === 0, // the legend names each kind once
      });
    }
  }
  if (rows.some((r) => r.conflict)) {
    // the legend says what red is
    datasets.push({ label: "Số liệu mâu thuẫn", data: [], backgroundColor: CONFLICT_COLOUR, first: true });
  }
  if (compareChart) compareChart.destroy();
  if (typeof Chart === "undefined") return;
  const unit = unitsTitle(rows);
  compareChart = new Chart($("compare-chart"), {
    type: "bar",
    data: { labels, datasets },
    options: {
      // ticks and tooltips group digits as the tables do: 24.800.000.000
      locale: "vi-VN",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: {
          beginAtZero: true,
          title: { display: Boolean(unit), text: unit },
          // sums on the axis in tỷ / triệu: "250.000.000.000" took 40% of a phone's width
          ticks: { callback: (value) => (measure === "money" ? shortMoney(value) : formatNumber(value)) },
        },
      },
      plugins: {
        legend: { labels: { filter: (item, data) => data.datasets[item.datasetIndex].first } },
        tooltip: { callbacks: { label: barTooltip } },
      },
    },
  });
}

// Nothing of an earlier comparison stays beside a new one's status or error.
function clearCompare() {
  $("compare-results").hidden = true;
  $("compare-body").replaceChildren();
  if (compareChart) compareChart.destroy();
  compareChart = null;
  const csv = $("compare-csv");
  csv.hidden = true;
  csv.removeAttribute("href");
}

// "40.000" read with its "trở lên" after the unit says so again beside the value
function boundWords(row) {
  const said = /trở lên|trở xuống|ít nhất|tối thiểu|tối đa|không dưới|không quá|≥|≤|>|</i.test(row.text);
  if (said) return "";
  return row.qualifier === "at_least" ? " trở lên" : row.qualifier === "at_most" ? " trở xuống" : "";
}

// `numbers`: each row's key ("doc_id:start") -> its number in the table, so that a conflict
// says which rows it disputes
function compareRow(row, index, numbers) {
  const tr = document.createElement("tr");
  const province = el("td", row.conflict ? "conflict" : null, row.province || "(không rõ tỉnh)");
  if (row.conflict) {
    const against = (row.conflicts_with || []).map((key) => numbers.get(key)).filter(Boolean);
    province.title = "Các nguồn nêu số liệu khác nhau";
    if (against.length) {
      // "≠ #2, #5": each a link to the row it disputes
      const span = el("span", "against", " ≠ ");
      against.forEach((n, i) => {
        if (i) span.append(", ");
        const link = el("a", null, `#${n}`);
        link.href = `#compare-row-${n}`;
        span.append(link);
      });
      province.append(span);
    }
  }
  tr.id = `compare-row-${index + 1}`;
  tr.appendChild(el("td", "row-number", String(index + 1)));
  tr.appendChild(province);
  const share = row.achieved_share != null ? ` (${formatNumber(row.achieved_share)}% chỉ tiêu)` : "";
  const shown = row.text.replace(/\s+/g, "");
  const value = formatValue(row);
  // "trên 45.000" and "96,4 tỷ đồng" say their value; "146.500" in a table of millions
  // needs "(= 146.500.000.000)"
  const said = shown.includes(value.replace(/\s+/g, "")) || /(tỷ|tỉ|triệu|nghìn|ngàn)/i.test(row.text);
  const plain = said ? row.text : `${row.text} (= ${value})`;
  tr.appendChild(el("td", "value", `${plain}${boundWords(row)}${share}`));
  // a rate of completion ("đạt 95,2% kế hoạch") is no rate of coverage
  const unit = row.of_plan ? `${row.unit} kế hoạch` : row.unit;
  const period = periodLabel(row.period, row.months) || "—";
  const cells = [unit, row.subject || "—", figureKindLabel(row.kind), period, row.organisation || "—"];
  for (const cell of cells) tr.appendChild(el("td", null, cell));
  const quote = quoteCell(row);
  if (row.also_in && row.also_in.length) {
    // the same value in other documents: a conflict is between sources, not one against one
    quote.appendChild(el("span", "src", ` · cũng trong ${row.also_in.length} tài liệu khác`));
  }
  tr.appendChild(quote);
  return tr;
}

// `year`: the year the rows were asked for, or "" (the answer does not repeat it).
function compareSummary(data, year) {
  const merged = Object.entries(data.merged || {}).map(([n, old]) => `${n} gồm ${old.join(", ")}`);
  const conflicts = data.rows.filter((r) => r.conflict).length;
  // each dispute is named by both its rows
  const pairs = data.rows.reduce((n, r) => n + (r.conflicts_with || []).length, 0) / 2;
  const what = (data.by === "subject"
    ? `Số liệu có chủ đề chứa “${data.indicator}”`
    : `Chỉ tiêu: ${indicatorLabel(data.indicator)}`) + (year ? `, năm ${year}` : "");
  if (!data.rows.length) return `${what} — không có số liệu nào khớp bộ lọc.`;
  return `${what} — ${data.rows.length} dòng` +
    (conflicts ? `, ${conflicts} dòng mâu thuẫn (${pairs} cặp)` : "") +
    (merged.length ? `; ${merged.join("; ")}` : "");
}

async function onCompare(event) {
  event.preventDefault();
  const status = $("compare-status");
  clearCompare();
  const typed = $("compare-indicator").value.trim();
  const indicator = indicatorIds.get(typed) || typed;
  if (!indicator) {
    setStatus(status, "Nhập chỉ tiêu hoặc nội dung cần so sánh.", true);
    return;
  }
  const problem = yearProblem($("compare-year"));
  if (problem) {
    setStatus(status, problem, true);
    return;
  }
  const params = new URLSearchParams({ indicator });
  // "Nghệ An, Hà Nội": the API takes one province= each; an empty field, all of them
  for (const province of $("compare-province").value.split(",")) {
    if (province.trim()) params.append("province", province.trim());
  }
  formFilters([["kind", "compare-kind"], ["year", "compare-year"]], params);
  const year = params.get("year");
  if ($("compare-merger").checked) params.set("after_merger", "true");
  setStatus(status, "Đang so sánh…");
  try {
    const [data] = await Promise.all([getJson(`/api/compare?${params}`), indicatorsLoaded]);
    setStatus(status, compareSummary(data, year));
    if (!data.rows.length) return; // the sentence alone: no empty chart, header row or CSV
    const numbers = new Map(data.rows.map((r, i) => [`${r.doc_id}:${r.start}`, i + 1]));
    $("compare-body").replaceChildren(...data.rows.map((r, i) => compareRow(r, i, numbers)));
    $("compare-results").hidden = false; // before the chart: Chart.js sizes to its box
    const csv = $("compare-csv");
    params.set("format", "csv");
    params.set("excel", "true"); // a byte-order mark, so that Excel reads the Vietnamese
    csv.href = `/api/compare?${params}`;
    csv.hidden = false;
    drawChart(data.rows);
  } catch (err) {
    clearCompare();
    showError(status, err);
  }
}

// ---- cited resolutions ----

// The citing texts name a document's kind in Vietnamese ("Nghị quyết", "Quy định"); one they
// do not name comes as "other" with no genre.
const referenceType = (ref) => ref.genre || (!ref.type || ref.type === "other" ? "khác" : ref.type);

// A citing sentence: its text, and where it stands when the API says so ({text, start,
// end}); the API of this version sends the text alone, and the link then opens the document.
// A citing sentence, with a link that opens its document at it: `span` is its [start, end)
// in the document's text (the citation's `spans`, parallel to its `sentences`).
function citingSentence(c, sentence, span) {
  const li = el("li", null, `“${sentence}”`);
  if (Array.isArray(span) && Number.isInteger(span[0]) && Number.isInteger(span[1])) {
    li.append(" ", documentLink(c.doc_id, span[0], span[1]));
  }
  return li;
}

function citingBox(c) {
  const box = el("div", "citing");
  box.appendChild(el("h4", null, `${c.province || "(không rõ tỉnh)"} — ${c.title || sourceName(c.source)}`));
  const facts = el("p", "citation", `${[kindLabel(c.kind), vietnameseDate(c.date) || "—"].join(" · ")} · `);
  facts.append(sourceNode(c.source), " · ");
  facts.appendChild(documentLink(c.doc_id));
  box.appendChild(facts);
  const quotes = el("ul");
  c.sentences.forEach((s, i) => quotes.appendChild(citingSentence(c, s, (c.spans || [])[i])));
  box.appendChild(quotes);
  if (c.figures.length) {
    box.appendChild(el("p", null, "Kết quả nêu cùng đoạn:"));
    const list = el("ul");
    for (const f of c.figures) {
      // what it counts as the figures table says it: the indicator's name, else its subject
      const what = f.indicator ? indicatorLabel(f.indicator) : f.subject || f.unit;
      const period = periodLabel(f.period, f.months);
      const item = el("li", null, `${f.text} — ${what}${period ? ` (${period})` : ""} `);
      item.appendChild(documentLink(c.doc_id, f.start, f.end));
      list.appendChild(item);
    }
    box.appendChild(list);
  }
  return box;
}

// The detail is drawn below a long table: bring it into view, and move the keyboard
// focus there so that Tab continues from it rather than from the clicked row.
function revealDetail(detail) {
  detail.scrollIntoView({ block: "start", behavior: "auto" });
  detail.focus({ preventScroll: true });
}

async function showReference(id) {
  const detail = $("ref-detail");
  detail.replaceChildren(el("p", null, "Đang tải…"));
  revealDetail(detail);
  try {
    const url = `/api/references/${id.split("/").map(encodeURIComponent).join("/")}`;
    const [entry] = await Promise.all([getJson(url), indicatorsLoaded]); // for the labels
    detail.replaceChildren();
    const heading = el("h3", null, `${entry.genre || (entry.type === "other" ? "Văn bản" : entry.type)} `);
    heading.appendChild(numberSpan(entry.id));
    detail.appendChild(heading);
    const facts = [entry.issuer || entry.issuer_code, vietnameseDate(entry.date) || "không rõ ngày"];
    if (entry.title) facts.push(`về ${entry.title}`);
    detail.appendChild(el("p", "citation", facts.join(" · ")));
    if (entry.document) detail.appendChild(storedLine(entry));
    // named provinces in Vietnamese order, then the documents that name none
    const byProvince = [...entry.cited_by].sort(
      (a, b) => !a.province - !b.province || (a.province || "").localeCompare(b.province || "", "vi"),
    );
    detail.append(...byProvince.map(citingBox));
  } catch (err) {
    const message = el("p");
    showError(message, err);
    detail.replaceChildren(message);
  }
  revealDetail(detail);
}

// The cited document is in the store itself: a line that opens it, atop its detail. One
// of several instruments in one file opens at its part, marked.
function storedLine(entry) {
  const part = entry.document_start != null;
  const line = el("p", "stored", part ? "Văn bản này có trong kho, là một phần của tệp: " : "Văn bản này có trong kho: ");
  line.appendChild(documentLink(entry.document, entry.document_start, entry.document_end));
  return line;
}

// "Trong kho": a link to the cited document where it is stored. Its click opens the
// document, not the row's detail.
function storedCell(ref) {
  const td = el("td", "stored-cell");
  if (!ref.document) return td;
  const link = documentLink(ref.document, ref.document_start, ref.document_end);
  for (const type of ["click", "keydown"]) link.addEventListener(type, (e) => e.stopPropagation());
  td.appendChild(link);
  return td;
}

function referenceRow(ref) {
  const tr = document.createElement("tr");
  const number = el("td", "number");
  number.appendChild(numberSpan(ref.id));
  tr.appendChild(number);
  for (const value of [referenceType(ref), ref.issuer || ref.issuer_code, vietnameseDate(ref.date) || "—"]) {
    tr.appendChild(el("td", null, value));
  }
  tr.appendChild(storedCell(ref));
  tr.appendChild(el("td", null, ref.citing_documents));
  return tr;
}

async function loadReferences() {
  const status = $("refs-status");
  try {
    const data = await getJson("/api/references");
    const body = $("refs-body");
    body.replaceChildren();
    for (const ref of data.references || []) {
      const tr = referenceRow(ref);
      tr.tabIndex = 0;
      tr.addEventListener("click", () => showReference(ref.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") showReference(ref.id); });
      body.appendChild(tr);
    }
    setStatus(status, `${(data.references || []).length} văn bản được trích dẫn — chọn một dòng để xem`);
  } catch (err) {
    showError(status, err);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("figures-form").addEventListener("submit", onFigures);
  $("figures-more").addEventListener("click", fetchFigures);
  $("compare-form").addEventListener("submit", onCompare);
  indicatorsLoaded = fetchIndicators();
  onFigures();
  loadReferences();
  document.addEventListener("baocao:stored", () => {
    onFigures();
    loadReferences();
  });
});
