"use strict";
// Builds the page's parts from the server's JSON. Document text is only ever set as text
// (textContent), never as HTML: a cell «<script>» shows as what it is.
(function () {
  const LOW = 0.8;  // the parser's own LOW_CONFIDENCE threshold

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function t(key, values) {
    let text = (window.TEXTS[window.LANG] || window.TEXTS.ru)[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split("{" + name + "}").join(value);
    return text;
  }

  function date(iso) {
    if (!iso) return "";
    const [y, m, d] = iso.split("-");
    return d + "." + m + "." + y;
  }

  function dates(deadline) {
    if (!deadline) return "";
    const kind = t("kind-" + deadline.kind);
    let when = "";
    if (deadline.start && deadline.end && deadline.start !== deadline.end) when = date(deadline.start) + " – " + date(deadline.end);
    else if (deadline.end || deadline.start) when = date(deadline.end || deadline.start);
    if (deadline.recurrence && deadline.recurrence.every) {
      when = (when ? when + ", " : "") + t("every", { unit: deadline.recurrence.every })
        + (deadline.recurrence.months && deadline.recurrence.months.length ? " (" + deadline.recurrence.months.join(", ") + ")" : "");
    }
    return when ? kind + ": " + when + (deadline.yearInferred ? " *" : "") : kind;
  }

  function parties(list) {
    return (list || []).map(p => p.name).join("\n");
  }

  /** «plan 2, section I, item 1.2.10» → {plan: 1, item: "1.2.10"}; null for other places. */
  function place(where) {
    const m = /^plan (\d+)(?:, .*?)?, item (.+)$/.exec(where || "");
    return m ? { plan: Number(m[1]) - 1, item: m[2] } : null;
  }

  function headerCard(order) {
    const h = order.header || {};
    const rows = [
      ["issuer", h.issuer], ["docType", h.docType], ["date", date(h.date)], ["number", h.number], ["place", h.place],
      ["title", h.title],
      ["basis", (h.basis || []).map(b => [b.kind, b.date ? date(b.date) : null, b.number ? "№ " + b.number : null, b.title]
        .filter(Boolean).join(" ")).join("\n")],
      ["signatory", h.signatory ? [h.signatory.position, h.signatory.name].filter(Boolean).join(" ") : null]];
    return el("dl", { class: "header-card" },
      rows.filter(r => r[1]).map(([key, value]) => [el("dt", {}, t(key)), el("dd", { dataset: { field: key } }, value)]));
  }

  /** One plan row's cells; editable ones carry data-field and the item's path. */
  function itemRow(item, planIndex, path, warnings) {
    const low = field => item.confidence && item.confidence[field] !== undefined && item.confidence[field] < LOW
      ? t("low", { p: Math.round(item.confidence[field] * 100) }) : null;
    const cell = (field, text, editable) => {
      const doubt = low(field);
      const td = el("td", { class: "c-" + field + (doubt ? " low" : ""), title: doubt });
      td.append(editable ? el("div", { class: "text", contenteditable: "true", spellcheck: "false", dataset: { field } }, text || "")
        : el("div", { class: "text" }, text || ""));
      return td;
    };
    const section = item.section ? [item.section.number, item.section.title].filter(Boolean).join(" ") : "";
    const activity = cell("activity", item.activity, true);
    for (const w of warnings) activity.append(el("div", { class: "warning", title: w.code }, "⚠ " + w.message));
    return el("tr", {
      class: "item" + (path.length > 1 ? " subitem" : "") + (warnings.length ? " warned" : ""),
      dataset: { plan: planIndex, path: path.join("."), number: item.number || "" }
    },
    cell("number", item.number, false), el("td", { class: "c-section" }, section), activity,
    cell("deadline", item.deadline ? item.deadline.text : "", true),
    el("td", { class: "c-dates" }, dates(item.deadline)),
    cell("responsible", parties(item.responsible), true), cell("participants", parties(item.participants), true),
    cell("result", item.result, true));
  }

  function planTable(plan, planIndex, notesByItem) {
    const head = el("tr", {}, ["number", "section", "activity", "deadline", "dates", "responsible", "participants", "result"]
      .map(c => el("th", { class: "c-" + c }, t("col-" + c))));
    const body = el("tbody");
    (plan.items || []).forEach((item, j) => {
      body.append(itemRow(item, planIndex, [j], notesByItem.get(planIndex + "|" + item.number) || []));
      (item.subitems || []).forEach((sub, s) => body.append(itemRow(sub, planIndex, [j, s], [])));
    });
    const caption = [t("plan", { n: planIndex + 1 }), plan.title, plan.period && plan.period.text ? "(" + plan.period.text + ")" : null]
      .filter(Boolean).join(" ");
    const sections = (plan.items || []).some(item => item.section);
    return el("table", { class: "plan" + (sections ? "" : " no-sections"), dataset: { plan: planIndex } }, el("caption", {}, caption), el("thead", {}, head), body);
  }

  /** The order: header card, downloads, warnings not tied to a row, plan tables, the scan. */
  function orderView(doc) {
    const order = doc.order;
    const notesByItem = new Map();
    const loose = [];
    (order.warnings || []).forEach((w, i) => {
      const note = (doc.notes && doc.notes[i]) || w;
      const at = place(w.where);
      const key = at ? at.plan + "|" + at.item : null;
      const onRow = key && order.plans[at.plan] && (order.plans[at.plan].items || []).some(it => it.number === at.item);
      if (onRow) (notesByItem.get(key) || notesByItem.set(key, []).get(key)).push(note);
      else loose.push(note);
    });
    const downloads = el("div", { class: "buttons downloads" }, el("span", {}, t("download") + ":"),
      ["xlsx", "csv", "json", "ics"].map(f => el("button", { type: "button", class: "dl", dataset: { format: f } }, f.toUpperCase())));
    const tables = el("div", { class: "tables" },
      order.plans.length ? order.plans.map((p, i) => planTable(p, i, notesByItem)) : el("p", { class: "no-plan" }, t("no-plan")));
    const warningList = loose.length ? el("details", { class: "warnings", open: true }, el("summary", {}, t("warnings") + " (" + loose.length + ")"),
      el("ul", {}, loose.map(w => el("li", { title: w.code }, (w.where ? w.where + ": " : "") + w.message)))) : null;
    const content = el("div", { class: "order-body" + (doc.scanPages ? " with-scan" : "") }, tables);
    if (doc.scanPages) {
      const pages = [];
      for (let n = 0; n < doc.scanPages; n++) {
        // The outline is placed in shares of the picture, as the item's pageAreas are.
        pages.push(el("figure", { dataset: { page: n + 1 } },
          el("div", { class: "page-image" },
            el("img", { src: "api/jobs/" + encodeURIComponent(doc.id) + "/pages/" + n, alt: t("page", { n: n + 1 }), loading: "lazy" }),
            el("div", { class: "outline", hidden: true })),
          el("figcaption", {}, t("page", { n: n + 1 }))));
      }
      content.append(el("aside", { class: "scan" }, el("h3", {}, t("scan")), el("p", { class: "scan-note" }, t("scan-note")), pages));
    }
    return el("article", { class: "order", dataset: { id: doc.id } },
      el("h2", {}, doc.name), headerCard(order), downloads, warningList, content);
  }

  function wordsOf(change) {
    if (!change.words) return [el("del", {}, change.before || ""), " → ", el("ins", {}, change.after || "")];
    return change.words.map(w => w.op === "insert" ? el("ins", {}, w.text) : w.op === "delete" ? el("del", {}, w.text) : w.text + " ")
      .flatMap(n => [n, " "]);
  }

  function diffView(diff, oldName, newName) {
    const s = diff.summary;
    const view = el("article", { class: "diff" }, el("h2", {}, t("diff-title", { old: oldName, new: newName })),
      el("p", { class: "diff-summary" }, diff.equivalent ? t("diff-same") : t("diff-summary", s)),
      el("div", { class: "buttons" }, el("button", { type: "button", id: "diff-xlsx" }, t("diff-xlsx"))));
    for (const plan of diff.plans) {
      const body = el("tbody");
      for (const row of plan.rows) {
        const side = r => r ? [el("div", { class: "n" }, r.number || ""), el("div", {}, r.activity || ""),
          el("div", { class: "d" }, r.deadline ? r.deadline.text : "")] : [];
        const changes = (row.changes || []).map(c => el("div", { class: "change" }, el("b", {}, c.field + ": "), wordsOf(c)));
        body.append(el("tr", { class: "st-" + row.status }, el("td", {}, t("st-" + row.status)),
          el("td", {}, side(row.before)), el("td", {}, side(row.after), changes)));
      }
      view.append(el("table", { class: "plan diff-table" },
        el("caption", {}, [plan.before && plan.before.title, plan.after && plan.after.title].filter(Boolean)[0] || ""),
        el("thead", {}, el("tr", {}, el("th", {}, t("status")), el("th", {}, t("before")), el("th", {}, t("after")))), body));
    }
    return view;
  }

  window.Render = { el, t, orderView, diffView, dates };
})();
