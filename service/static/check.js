"use strict";

// baocao — "Kiểm tra số liệu": a text's figures (or a file's) held against the stored ones
// (POST /api/check). Server text goes in through textContent only. Uses $, el, setStatus,
// typedAddress, isWebAddress,
// showError, getJson, authHeaders, withClock, yearProblem, formFilters, documentLink,
// documentHref, documentFacts, sourceNode, appendHighlighted, indicatorLabel and
// figureKindLabel from app.js; periodLabel, formatNumber, formatValue, boundWords and
// indicatorsLoaded from analysis.js (loaded before this file).

// Each verdict as the page says it; the order of the summary line.
const VERDICT_LABELS = {
  agrees: "Khớp",
  disputed: "Mâu thuẫn",
  unknown: "Chưa có số liệu đối chiếu",
  unchecked: "Không rõ chỉ tiêu",
};
// the same in the summary line ("3 số liệu: 1 khớp, 1 mâu thuẫn, …")
const VERDICT_COUNTS = {
  agrees: "khớp",
  disputed: "mâu thuẫn",
  unknown: "chưa có số liệu đối chiếu",
  unchecked: "không rõ chỉ tiêu",
};

// A form field holds at most 1 MiB on the server (Starlette's max_part_size): a longer text
// is sent as the text file it is.
const FIELD_BYTES = 1024 * 1024;

// a request on its way: a second click (or Enter) sends nothing
let checking = false;

// "3 số liệu: 1 khớp, 1 mâu thuẫn, 1 chưa có số liệu đối chiếu": the counts that are not 0.
function checkSummary(data) {
  const figures = data.figures || [];
  if (!figures.length) {
    return "Không tìm thấy số liệu nào trong văn bản (ngày tháng, năm và số hiệu văn bản không phải số liệu).";
  }
  const counts = data.counts || {};
  const parts = Object.keys(VERDICT_COUNTS)
    .filter((verdict) => counts[verdict])
    .map((verdict) => `${formatNumber(counts[verdict])} ${VERDICT_COUNTS[verdict]}`);
  return `${formatNumber(figures.length)} số liệu: ${parts.join(", ")}`;
}

// A value as the text writes it, with its unit when the text leaves it after the number
// ("hơn 3.500" + "đoàn viên"; "24,8 tỷ đồng" says its own), and its bound when the text
// says it after the unit ("40.000 … trở lên"). A "146.500" of a table in millions says what
// it is worth, as the compare table does.
function writtenValue(row) {
  const text = String(row.text || "");
  let unit = row.unit || "";
  if (unit && text.toLowerCase().includes(unit.toLowerCase())) unit = "";
  if (row.of_plan) unit = `${unit} kế hoạch`.trim(); // a rate of completion, not of coverage
  let shown = unit ? `${text} ${unit}` : text;
  const value = formatValue(row);
  const said = text.replace(/\s+/g, "").includes(value.replace(/\s+/g, "")) ||
    /(tỷ|tỉ|triệu|nghìn|ngàn)/i.test(text);
  if (!said) shown += ` (= ${value})`;
  return `${shown}${boundWords(row)}`;
}

const periodText = (item) => periodLabel(item.period, item.months) || "không rõ năm";

// The missing parts of a figure named, and where to fill them in: a click on "ô Năm" takes
// the keyboard there.
const MISSING = {
  province: { name: "tỉnh", field: "check-province", label: "ô Tỉnh/thành" },
  year: { name: "năm", field: "check-year", label: "ô Năm" },
};

function missingNote(missing) {
  const known = missing.filter((part) => MISSING[part]);
  const note = el("p", "check-note", `Văn bản không nêu ${known.map((part) => MISSING[part].name).join(" và ")}: `);
  known.forEach((part, i) => {
    const { name, field, label } = MISSING[part];
    note.append(i ? ` và ${name} ở ` : `chọn ${name} ở `);
    const link = el("a", null, label);
    link.href = `#${field}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      $(field).focus();
    });
    note.appendChild(link);
  });
  note.append(" rồi kiểm tra lại");
  return note;
}

// "cũng trong 2 tài liệu khác: A; B": each a link to the document, named by its title when
// the page knows it.
function alsoIn(ids) {
  const line = el("span", "check-also", ` · cũng trong ${formatNumber(ids.length)} tài liệu khác: `);
  ids.forEach((id, i) => {
    const facts = documentFacts.get(id);
    const link = el("a", null, (facts && (facts.title || facts.number)) || id);
    link.href = documentHref(id);
    link.target = "_blank";
    link.rel = "noopener";
    if (i) line.append("; ");
    line.appendChild(link);
  });
  return line;
}

// A stored figure: its value, kind, period and union, then its sentence quoted and where it
// stands, with a link that opens the document at it. `sign`: "=" agrees, "≠" disputes.
function storedItem(row, sign, moreIds = []) {
  const item = el("li", "check-row");
  const head = el("p", "check-row-head");
  if (sign) {
    const mark = el("span", `check-sign ${sign === "=" ? "agrees" : "disputed"}`, sign);
    mark.title = sign === "=" ? "khớp với số liệu của văn bản" : "khác số liệu của văn bản";
    head.append(mark, " ");
  }
  head.appendChild(el("span", "check-row-value", writtenValue(row)));
  const facts = [figureKindLabel(row.kind), periodText(row)];
  if (row.organisation) facts.push(row.organisation);
  head.append(` · ${facts.join(" · ")}`);
  item.appendChild(head);
  const quote = el("p", "check-quote", `“${row.sentence}”`);
  const src = el("span", "src");
  src.append(sourceNode(row.source), `${row.page ? ", trang " + row.page : ""} · `);
  src.appendChild(documentLink(row.doc_id, row.start, row.end));
  const ids = [...new Set([...(row.also_in || []), ...moreIds])].filter((id) => id !== row.doc_id);
  if (ids.length) src.appendChild(alsoIn(ids));
  quote.appendChild(src);
  item.appendChild(quote);
  return item;
}

function storedList(rows, sign, firstIds = []) {
  const list = el("ul", "check-rows");
  rows.forEach((row, i) => list.appendChild(storedItem(row, sign, i === 0 ? firstIds : [])));
  return list;
}

// All the indicator's values for the province, in the compare section (its own form, run).
function compareAll(figure) {
  $("compare-indicator").value = indicatorLabel(figure.indicator);
  $("compare-province").value = figure.province || "";
  $("compare-kind").value = "";
  $("compare-year").value = "";
  $("compare-form").requestSubmit();
  $("compare").scrollIntoView({ block: "start" });
}

// What the figure counts: its indicator's name, or (none counting it) its subject, dimmed.
function figureWhat(figure) {
  if (figure.indicator) return el("span", "check-indicator", indicatorLabel(figure.indicator));
  const subject = el("span", "check-indicator subject", figure.subject || "—");
  subject.title = "Nội dung đọc từ câu — không thuộc chỉ tiêu nào trong danh mục";
  return subject;
}

// The sentence the figure was read from, quoted, the figure marked in it (where the text
// writes it first: the answer's offsets count in the whole text, not the sentence).
function figureSentence(figure) {
  const sentence = String(figure.sentence || "");
  const line = el("p", "check-sentence", "“");
  const at = sentence.indexOf(figure.text);
  const spans = [];
  if (figure.text && at >= 0) {
    const start = Array.from(sentence.slice(0, at)).length; // code points, as appendHighlighted
    spans.push([start, start + Array.from(figure.text).length]);
  }
  appendHighlighted(line, sentence, spans);
  line.append("”");
  return line;
}

function checkedBlock(checked) {
  const figure = checked.figure;
  const verdict = checked.verdict;
  const block = el("article", `check-figure ${verdict}`);
  const head = el("p", "check-head");
  head.appendChild(el("span", `verdict ${verdict}`, VERDICT_LABELS[verdict] || verdict));
  head.append(" ");
  head.appendChild(el("span", "check-value", writtenValue(figure)));
  head.append(" — ");
  head.appendChild(figureWhat(figure));
  const facts = [figure.province || "không rõ tỉnh", periodText(figure), figureKindLabel(figure.kind)];
  head.append(` · ${facts.join(" · ")}`);
  block.appendChild(head);
  block.appendChild(figureSentence(figure));
  if (checked.missing && checked.missing.length) block.appendChild(missingNote(checked.missing));
  const agreeing = checked.agreeing || [];
  const disputing = checked.disputing || [];
  if (agreeing.length) block.appendChild(storedList(agreeing, "=", checked.also_in || []));
  if (disputing.length) block.appendChild(storedList(disputing, "≠"));
  const others = checked.others || [];
  if (verdict === "unknown" && !others.length && figure.province) {
    // (a figure of no province is held against those of none: the note asks for its province)
    block.appendChild(el("p", "check-others", `Kho chưa có số liệu nào của chỉ tiêu này cho ${figure.province}.`));
  }
  if (!agreeing.length && !disputing.length && others.length) {
    block.appendChild(el("p", "check-others", "Số liệu khác đã lưu:"));
    block.appendChild(storedList(others));
  }
  const total = Number(checked.others_total) || 0;
  if (!agreeing.length && !disputing.length && total > others.length && figure.indicator) {
    const all = el("button", "secondary small check-compare", `So sánh tất cả (${formatNumber(total)} số liệu)`);
    all.type = "button";
    all.addEventListener("click", () => compareAll(figure));
    block.appendChild(all);
  }
  return block;
}

// The text as a form: the text when one is typed, else the file chosen or the web address
// typed (one of the two); the province and year when given. A string says what is wrong.
function checkForm() {
  const text = $("check-text").value;
  const file = $("check-file").files[0];
  const address = typedAddress("check-url");
  const form = new FormData();
  if (text.trim()) {
    if (new Blob([text]).size > FIELD_BYTES) {
      form.append("file", new File([text], "doan-van.txt", { type: "text/plain" }));
    } else {
      form.append("text", text);
    }
  } else if (file && address) {
    return "Hãy chọn một tệp hoặc nhập một địa chỉ web, không cả hai.";
  } else if (file) {
    form.append("file", file);
  } else if (address) {
    if (!isWebAddress(address)) {
      return "Địa chỉ web phải bắt đầu bằng http:// hoặc https://, ví dụ https://congdoan.vn/….";
    }
    form.append("url", address);
  } else {
    return "Hãy dán đoạn văn cần kiểm tra, chọn một tệp hoặc nhập một địa chỉ web.";
  }
  for (const [name, value] of formFilters([["province", "check-province"], ["year", "check-year"]])) {
    form.append(name, value);
  }
  return form;
}

async function onCheck(event) {
  if (event) event.preventDefault();
  if (checking) return;
  const status = $("check-status");
  const results = $("check-results");
  results.replaceChildren(); // no blocks of an earlier text under a new status
  const problem = yearProblem($("check-year"));
  const form = problem || checkForm();
  if (typeof form === "string") {
    setStatus(status, form, true);
    return;
  }
  checking = true;
  $("check-button").disabled = true;
  try {
    const send = () => getJson("/api/check", { method: "POST", headers: authHeaders(), body: form });
    const [data] = await Promise.all([withClock(status, "Đang kiểm tra…", send), indicatorsLoaded]);
    setStatus(status, checkSummary(data));
    results.replaceChildren(...(data.figures || []).map(checkedBlock));
  } catch (err) {
    results.replaceChildren();
    showError(status, err);
  } finally {
    checking = false;
    $("check-button").disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("check-form").addEventListener("submit", onCheck);
});
