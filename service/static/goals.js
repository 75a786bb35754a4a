"use strict";

// baocao — "Chỉ tiêu và tiến độ": each goal the stored documents set, beside the stored
// results that measure it (GET /api/goals). Server text goes in through textContent only.
// Uses $, el, setStatus, showError, getJson, yearProblem, formFilters, documentLink,
// documentHref, documentFacts, sourceNode, appendHighlighted, indicatorIds and
// indicatorLabel from app.js; periodLabel, formatNumber, formatValue, boundWords and
// indicatorsLoaded from analysis.js (loaded before this file).

// Each status as the page says it (the badge; in small letters in the summary line), in its
// order.
const GOAL_STATUS_LABELS = {
  met: "Đã đạt",
  not_met: "Không đạt",
  on_the_way: "Đang thực hiện",
  no_result: "Chưa có kết quả",
};

// How a result measures its goal (service/goals.py, `Relation`).
const RELATION_LABELS = {
  level: "mức đạt được",
  whole: "cả kỳ",
  so_far: "lũy kế đến nay",
  part: "một phần thời gian",
  stated_share: "tỷ lệ văn bản nêu",
};

// The form's fields and the query parameters they are sent as.
const GOALS_FILTERS = [
  ["doc", "goals-doc"], ["province", "goals-province"], ["indicator", "goals-indicator"],
  ["year", "goals-year"], ["status", "goals-state"],
];

// which request is current: an older answer never lands over a newer one. A national store
// holds tens of thousands of goals: they come GOALS_PAGE at a time, "Xem thêm chỉ tiêu" asking
// for the next from `next`.
const GOALS_PAGE = 100;
const goalsState = { request: 0, params: null, next: null, goals: [], counts: {} };

// A goal's or a result's key, as the API names them ("doc_id:start").
const goalKey = (item) => `${item.doc_id}:${item.start}`;
// A card's id from its goal's key (no ":" in an id a link names).
const goalCardId = (key) => `goal-${String(key).replace(/[^\w-]/g, "-")}`;

// A percent as Vietnamese write it, to one decimal: 57 → "57,0%", 131.6 → "131,6%".
const percentText = (n) =>
  `${Number(n).toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

// "21 chỉ tiêu: 2 đã đạt, 8 đang thực hiện, 11 chưa có kết quả": the counts that are not 0.
function goalsSummary(counts) {
  const total = Object.keys(GOAL_STATUS_LABELS).reduce((n, s) => n + (Number(counts[s]) || 0), 0);
  if (!total) return { total, text: "Không có chỉ tiêu nào khớp bộ lọc." };
  const parts = Object.keys(GOAL_STATUS_LABELS)
    .filter((status) => counts[status])
    .map((status) => `${formatNumber(counts[status])} ${GOAL_STATUS_LABELS[status].toLowerCase()}`);
  return { total, text: `${formatNumber(total)} chỉ tiêu: ${parts.join(", ")}` };
}

// A value as its document writes it, with its unit when the text leaves it after the number
// ("12.000" + "đoàn viên"; "85% trở lên" says its own; a percent sign kept to its number),
// its bound when the text does not say it, and what a number of a table in millions is
// worth (as the check and compare panels do).
function goalAmount(row) {
  const text = String(row.text || "");
  let unit = row.unit || "";
  if (unit && text.toLowerCase().includes(unit.toLowerCase())) unit = "";
  let shown = text;
  if (unit === "%") shown += "%";
  else if (unit) shown += ` ${unit}`;
  if (row.of_plan) shown += " kế hoạch"; // a rate of completion, not of coverage
  const value = formatValue(row);
  const said = text.replace(/\s+/g, "").includes(value.replace(/\s+/g, "")) ||
    /(tỷ|tỉ|triệu|nghìn|ngàn)/i.test(text);
  if (!said) shown += ` (= ${value})`;
  return `${shown}${boundWords(row)}`;
}

// The sentence an item was read from, quoted, its value marked in it (where the sentence
// writes it first, as the server reads it), then its source and a link opening the
// document at it.
function goalQuote(item, className) {
  const quote = el("p", className);
  const sentence = String(item.sentence || "");
  const at = item.text ? sentence.indexOf(item.text) : -1;
  const spans = [];
  if (at >= 0) {
    const start = Array.from(sentence.slice(0, at)).length; // code points, as appendHighlighted
    spans.push([start, start + Array.from(item.text).length]);
  }
  quote.append("“");
  appendHighlighted(quote, sentence, spans);
  quote.append("”");
  const src = el("span", "src");
  src.append(sourceNode(item.source), `${item.page ? ", trang " + item.page : ""} · `);
  src.appendChild(documentLink(item.doc_id, item.start, item.end));
  quote.appendChild(src);
  return quote;
}

// A document by its title where the page knows it, else its id: a link opening it.
function documentNameLink(id) {
  const facts = documentFacts.get(id);
  const link = el("a", null, (facts && (facts.title || facts.number)) || id);
  link.href = documentHref(id);
  link.target = "_blank";
  link.rel = "noopener";
  return link;
}

// "cũng nêu trong 2 văn bản khác: A; B"
function goalAlsoIn(ids, words) {
  const line = el("span", "goal-also", `${words} ${formatNumber(ids.length)} văn bản khác: `);
  ids.forEach((id, i) => {
    if (i) line.append("; ");
    line.appendChild(documentNameLink(id));
  });
  return line;
}

// The progress of a goal with a share: a bar filled to at most 100%, its number as it is.
function goalProgress(share) {
  const wrap = el("div", "goal-progress");
  const bar = el("div", "goal-bar");
  bar.setAttribute("role", "progressbar");
  bar.setAttribute("aria-label", "Tiến độ so với chỉ tiêu");
  bar.setAttribute("aria-valuemin", "0");
  bar.setAttribute("aria-valuemax", String(Math.max(100, share)));
  bar.setAttribute("aria-valuenow", String(share));
  bar.setAttribute("aria-valuetext", `${percentText(share)} chỉ tiêu`);
  const fill = el("span", "goal-bar-fill");
  fill.style.width = `${Math.max(0, Math.min(100, share))}%`;
  bar.appendChild(fill);
  const number = el("span", "goal-share", percentText(share));
  number.setAttribute("aria-hidden", "true"); // the bar says it to a screen reader
  wrap.append(bar, number);
  return wrap;
}

// Where a result's count starts, as its sentence says it.
function sinceWords(since) {
  if (!since) return "";
  if (since === "term") return "tính từ đầu nhiệm kỳ";
  return `tính từ năm ${since}`;
}

// A result: how it measures the goal, its value and time, its share of the goal; a stated
// share its own sentence's count contradicts, in red; its sentence and document.
function goalResultItem(result, goal) {
  const key = goalKey(result);
  const item = el("li", `goal-result ${result.relation}`);
  item.dataset.key = key;
  const head = el("p", "goal-result-head");
  head.appendChild(el("span", "goal-relation", `${RELATION_LABELS[result.relation] || result.relation}:`));
  head.append(" ");
  const stated = result.relation === "stated_share";
  // a stated share is a percent of the goal ("đạt 57% chỉ tiêu Nghị quyết"), not of a plan
  const value = stated ? `${goalAmount({ ...result, of_plan: false })} chỉ tiêu` : goalAmount(result);
  head.appendChild(el("span", "goal-result-value", value));
  if (result.share != null && !stated) {
    head.append(" ");
    head.appendChild(el("span", "goal-result-share", `= ${percentText(result.share)} chỉ tiêu`));
  }
  const facts = [periodLabel(result.period, result.months) || "không rõ năm"];
  const since = sinceWords(result.since);
  if (since) facts.push(since);
  if (result.organisation && result.organisation !== goal.organisation) facts.push(result.organisation);
  if (stated && result.stated_right === true) facts.push("khớp với số liệu của chính câu đó");
  head.append(` · ${facts.join(" · ")}`);
  if (key === goal.latest) {
    item.classList.add("latest");
    head.append(" ");
    head.appendChild(el("span", "goal-latest", "kết quả mới nhất"));
  }
  item.appendChild(head);
  if (result.relation === "stated_share" && result.stated_right === false && result.computed != null) {
    item.appendChild(el("p", "goal-wrong",
      `Văn bản nêu ${formatNumber(result.value)}%, nhưng số liệu của chính câu đó cho ${percentText(result.computed)}.`));
  }
  const quote = goalQuote(result, "goal-result-quote");
  const others = (result.also_in || []).filter((id) => id !== result.doc_id);
  if (others.length) quote.querySelector(".src").append(" · ", goalAlsoIn(others, "cũng trong"));
  item.appendChild(quote);
  return item;
}

// The results latest first: the API sends them oldest first, so turned round, the one the
// status is read from first among those of its time; a part of the goal's time after the
// others (shown, never added up).
function orderedResults(goal) {
  const results = [...(goal.results || [])].reverse();
  const at = results.findIndex((r) => goalKey(r) === goal.latest);
  if (at > 0) {
    const [latest] = results.splice(at, 1);
    const sameTime = results.findIndex((r) => r.period === latest.period && r.months === latest.months);
    results.splice(sameTime >= 0 && sameTime < at ? sameTime : at, 0, latest);
  }
  return {
    counted: results.filter((r) => r.relation !== "part"),
    parts: results.filter((r) => r.relation === "part"),
  };
}

function resultsBlock(goal) {
  const block = el("div", "goal-results");
  if (!(goal.results || []).length) {
    block.appendChild(el("p", "empty", "Chưa có kết quả nào trong kho cho chỉ tiêu này."));
    return block;
  }
  const { counted, parts } = orderedResults(goal);
  if (counted.length) {
    block.appendChild(el("p", "goal-results-title", "Kết quả:"));
    const list = el("ul", "goal-result-list");
    list.append(...counted.map((r) => goalResultItem(r, goal)));
    block.appendChild(list);
  }
  if (parts.length) {
    block.appendChild(el("p", "goal-parts-hint",
      "Kết quả của một phần thời gian chỉ tiêu: chỉ để tham khảo, không cộng dồn vào tiến độ."));
    const list = el("ul", "goal-result-list parts");
    list.append(...parts.map((r) => goalResultItem(r, goal)));
    block.appendChild(list);
  }
  return block;
}

// A link that brings another goal's card into view and the keyboard to it.
function cardLink(key, text) {
  const link = el("a", null, text);
  link.href = `#${goalCardId(key)}`;
  link.addEventListener("click", (event) => {
    const card = $(goalCardId(key));
    if (!card) return;
    event.preventDefault();
    card.scrollIntoView({ block: "start" });
    card.focus({ preventScroll: true });
  });
  return link;
}

// "Văn bản khác nêu chỉ tiêu này khác: 85% trở lên": each a link to that goal's card when it
// is listed, else to its document.
function restatedNote(goal, byKey) {
  const note = el("p", "goal-note restated", "Văn bản khác nêu chỉ tiêu này khác: ");
  goal.restated_as.forEach((key, i) => {
    if (i) note.append("; ");
    const other = byKey.get(key);
    if (other) {
      note.appendChild(cardLink(key, `${goalAmount(other)} (${periodLabel(other.period, other.months) || "không rõ năm"})`));
    } else {
      note.appendChild(documentNameLink(String(key).split(":")[0]));
    }
  });
  return note;
}

function goalCard(goal, byKey) {
  const key = goalKey(goal);
  const card = el("article", `goal-card ${goal.status}`);
  card.id = goalCardId(key);
  card.dataset.key = key;
  card.tabIndex = -1; // a restatement's link brings the keyboard here
  const heading = el("h3", "goal-where");
  heading.id = `${card.id}-heading`;
  const where = [goal.province || "không rõ tỉnh", indicatorLabel(goal.indicator)];
  if (goal.organisation) where.push(goal.organisation);
  heading.textContent = where.join(" · ");
  card.setAttribute("aria-labelledby", heading.id);
  card.appendChild(heading);

  const line = el("p", "goal-line");
  line.appendChild(el("span", `goal-status ${goal.status}`, GOAL_STATUS_LABELS[goal.status] || goal.status));
  line.append(" Chỉ tiêu: ");
  let amount = goalAmount(goal);
  if (goal.annual) amount += " mỗi năm";
  if (goal.ceiling) amount += " (mức trần)";
  line.appendChild(el("span", "goal-amount", amount));
  line.append(` · ${periodLabel(goal.period, goal.months) || "không rõ năm"}`);
  card.appendChild(line);

  if (goal.share != null) card.appendChild(goalProgress(goal.share));
  if (goal.disputed) {
    const note = el("p", "goal-note disputed", "Số liệu mâu thuẫn");
    // said, not only hovered: a phone has no tooltip
    note.appendChild(el("span", "goal-note-why", ": các văn bản nêu kết quả khác nhau cho cùng thời điểm mới nhất"));
    card.appendChild(note);
  }
  if ((goal.restated_as || []).length) card.appendChild(restatedNote(goal, byKey));
  const also = (goal.also_in || []).filter((id) => id !== goal.doc_id);
  if (also.length) {
    const note = el("p", "goal-note");
    note.appendChild(goalAlsoIn(also, "Chỉ tiêu này cũng nêu trong"));
    card.appendChild(note);
  }
  card.appendChild(goalQuote(goal, "goal-quote"));
  card.appendChild(resultsBlock(goal));
  return card;
}

// Nothing of an earlier answer stays beside a new one's status or error.
function clearGoals() {
  $("goals-results").replaceChildren();
  $("goals-more").hidden = true;
  Object.assign(goalsState, { params: null, next: null, goals: [], counts: {} });
  const csv = $("goals-csv");
  csv.hidden = true;
  csv.removeAttribute("href");
}

// The form's filters as the API's query parameters: an indicator picked from the list by its
// Vietnamese name is sent as its id (as the compare form does).
function goalsFilters() {
  const params = formFilters(GOALS_FILTERS);
  const typed = params.get("indicator");
  if (typed && indicatorIds.has(typed)) params.set("indicator", indicatorIds.get(typed));
  return params;
}

// The summary of the goals shown so far; while more are to come it says so, since its counts
// are of the pages shown, not of everything asked for.
function goalsSaid(params) {
  const { total, text } = goalsSummary(goalsState.counts);
  const shown = goalsState.goals.length;
  const asked = params.get("status");
  let said = goalsState.next && total ? `Những chỉ tiêu đầu tiên — ${text}` : text;
  if (total && asked) {
    said += shown
      ? ` — đang xem ${formatNumber(shown)} chỉ tiêu “${GOAL_STATUS_LABELS[asked]}”`
      : ` — không có chỉ tiêu nào “${GOAL_STATUS_LABELS[asked]}”`;
    if (!goalsState.next && !shown) said += ".";
  }
  if (goalsState.next) said += ". Còn nữa: bấm “Xem thêm chỉ tiêu” ở cuối danh sách.";
  return said;
}

// One page of goals: the first for the form's filters, or (`more`) the one after `next`.
function fetchGoals(params, more) {
  const query = new URLSearchParams(params);
  query.set("limit", String(GOALS_PAGE));
  if (more) query.set("start", goalsState.next);
  return getJson(`/api/goals?${query}`);
}

// A page's goals and counts added to those shown: its goals.
function keepGoals(data) {
  const goals = data.goals || [];
  for (const [status, n] of Object.entries(data.counts || {})) {
    goalsState.counts[status] = (goalsState.counts[status] || 0) + (Number(n) || 0);
  }
  goalsState.goals.push(...goals);
  goalsState.next = data.next || null;
  return goals;
}

function showGoals(goals, more) {
  // a restatement on a page not shown yet is linked to its document instead (restatedNote)
  const byKey = new Map(goalsState.goals.map((g) => [goalKey(g), g]));
  const cards = goals.map((g) => goalCard(g, byKey));
  if (more) $("goals-results").append(...cards);
  else $("goals-results").replaceChildren(...cards);
  $("goals-more").hidden = !goalsState.next;
}

async function onGoals(event) {
  if (event) event.preventDefault();
  const status = $("goals-status");
  const request = ++goalsState.request;
  clearGoals();
  const problem = yearProblem($("goals-year"));
  if (problem) {
    setStatus(status, problem, true);
    return;
  }
  const params = goalsFilters();
  goalsState.params = params;
  const button = $("goals-button");
  button.disabled = true;
  setStatus(status, "Đang tải…");
  try {
    const [data] = await Promise.all([fetchGoals(params, false), indicatorsLoaded]);
    if (request !== goalsState.request) return; // a newer request is on its way
    const goals = keepGoals(data);
    setStatus(status, goalsSaid(params));
    if (!goalsState.goals.length && !goalsState.next) return; // the sentence alone: no CSV of nothing
    showGoals(goals, false);
    // the CSV holds every goal asked for, not only the pages shown
    const csv = $("goals-csv");
    const all = new URLSearchParams(params);
    all.set("format", "csv");
    all.set("excel", "true"); // a byte-order mark, so that Excel reads the Vietnamese
    csv.href = `/api/goals?${all}`;
    csv.hidden = false;
  } catch (err) {
    if (request !== goalsState.request) return;
    clearGoals();
    showError(status, err);
  } finally {
    if (request === goalsState.request) button.disabled = false;
  }
}

// The next page of goals, after the cards shown; a failure keeps them and the button.
async function onMoreGoals() {
  const status = $("goals-status");
  const request = goalsState.request;
  const moreButton = $("goals-more");
  moreButton.disabled = true;
  setStatus(status, "Đang tải…");
  try {
    const data = await fetchGoals(goalsState.params, true);
    if (request !== goalsState.request) return; // the form was sent again meanwhile
    showGoals(keepGoals(data), true);
    setStatus(status, goalsSaid(goalsState.params));
  } catch (err) {
    if (request !== goalsState.request) return;
    showError(status, err);
  } finally {
    if (request === goalsState.request) moreButton.disabled = false;
  }
}

// `/?goals_doc=<id>#goals` (a document's page links there): its goals, at once.
async function goalsFromUrl() {
  const doc = new URLSearchParams(location.search).get("goals_doc");
  if (!doc) return;
  $("goals-doc").value = doc;
  await onGoals();
  // the panels above filled in meanwhile, pushing it down
  if (location.hash === "#goals") $("goals").scrollIntoView({ block: "start" });
}

document.addEventListener("DOMContentLoaded", () => {
  $("goals-form").addEventListener("submit", onGoals);
  $("goals-more").addEventListener("click", onMoreGoals);
  goalsFromUrl();
});
