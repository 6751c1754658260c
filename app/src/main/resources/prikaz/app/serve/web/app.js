"use strict";
// The page: uploads with progress, the orders as editable tables, downloads and the comparison.
(function () {
  const params = new URLSearchParams(location.search);
  const asked = (params.get("lang") || "").toLowerCase();
  const browser = (navigator.languages || [navigator.language || "ru"]).map(l => l.slice(0, 2).toLowerCase())
    .find(l => l === "ru" || l === "en");
  window.LANG = asked === "en" || asked === "ru" ? asked : browser || "ru";
  const { el, t, orderView, diffView } = window.Render;
  const docs = [];
  let limits = { maxFileBytes: 50 * 1024 * 1024, maxFiles: 20 };
  let selected = null;
  let lastDiff = null;

  function api(path, extra) {
    const url = new URL(path, location.href);
    url.searchParams.set("lang", extra && extra.lang ? extra.lang : window.LANG);
    if (extra && extra.format) url.searchParams.set("format", extra.format);
    return url.toString();
  }

  async function answer(response) {
    if (response.ok) return response;
    let message = response.status + " " + response.statusText;
    try { message = (await response.json()).error.message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }

  function translatePage() {
    document.documentElement.lang = window.LANG;
    document.querySelectorAll("[data-text]").forEach(node => { node.textContent = t(node.dataset.text); });
    const other = document.getElementById("other-language");
    other.textContent = window.LANG === "ru" ? "English" : "Русский";
    const next = new URLSearchParams(location.search);
    next.set("lang", window.LANG === "ru" ? "en" : "ru");
    other.href = "?" + next.toString();
  }

  function showLimits() {
    document.getElementById("limits").textContent =
      t("limits", { files: limits.maxFiles, mib: Math.round(limits.maxFileBytes / 1048576) });
  }

  // ---- uploads and progress -------------------------------------------------------------------

  function addFiles(files) {
    for (const file of files) {
      const doc = { name: file.name, state: "uploading", card: null };
      docs.push(doc);
      doc.card = el("li", { class: "card", dataset: { file: file.name } },
        el("button", { type: "button", class: "open" }, file.name),
        el("progress", { max: 1 }), el("div", { class: "status" }, t("uploading")), el("div", { class: "count" }));
      doc.card.querySelector(".open").addEventListener("click", () => select(doc));
      document.getElementById("cards").append(doc.card);
      if (file.size > limits.maxFileBytes) {
        fail(doc, t("too-large", { mib: Math.round(limits.maxFileBytes / 1048576) }));
        continue;
      }
      upload(doc, file);
    }
  }

  async function upload(doc, file) {
    const form = new FormData();
    form.append("file", file, file.name);
    try {
      const started = await (await answer(await fetch(api("api/jobs"), { method: "POST", body: form }))).json();
      doc.id = started.id;
      poll(doc);
    } catch (e) {
      fail(doc, e.message === "Failed to fetch" ? t("network") : e.message);
    }
  }

  async function poll(doc) {
    try {
      const status = await (await answer(await fetch(api("api/jobs/" + encodeURIComponent(doc.id))))).json();
      const bar = doc.card.querySelector("progress");
      const text = doc.card.querySelector(".status");
      if (status.state === "queued") text.textContent = t("queued");
      if (status.state === "reading") {
        if (status.pagesTotal > 0) {
          bar.max = status.pagesTotal;
          bar.value = status.pagesDone;
          text.textContent = t("ocr", { done: Math.min(status.pagesDone + 1, status.pagesTotal), total: status.pagesTotal });
        } else {
          text.textContent = t("reading");
        }
      }
      if (status.state === "done") return done(doc, status);
      if (status.state === "failed") return fail(doc, status.error.message);
      setTimeout(() => poll(doc), 400);
    } catch (e) {
      fail(doc, e.message === "Failed to fetch" ? t("network") : e.message);
    }
  }

  function done(doc, status) {
    Object.assign(doc, { state: "done", order: status.order, notes: status.notes, scanPages: status.scanPages });
    const bar = doc.card.querySelector("progress");
    bar.max = 1;
    bar.value = 1;
    doc.card.classList.add("done");
    doc.card.querySelector(".status").textContent = t("done");
    const items = doc.order.plans.reduce((n, plan) => n + plan.items.length, 0);
    const count = doc.card.querySelector(".count");
    count.textContent = t("items", { n: items });
    count.dataset.items = items;
    refreshLists();
    if (!selected || selected.state !== "done") select(doc);
  }

  function fail(doc, message) {
    doc.state = "failed";
    doc.card.classList.add("failed");
    doc.card.querySelector("progress").remove();
    doc.card.querySelector(".status").textContent = t("failed");
    doc.card.append(el("div", { class: "error", role: "alert" }, message));
  }

  // ---- the order view and corrections ---------------------------------------------------------

  function select(doc) {
    if (doc.state !== "done") return;
    selected = doc;
    docs.forEach(d => d.card.classList.toggle("selected", d === doc));
    const main = document.getElementById("main");
    main.replaceChildren(orderView(doc));
    const view = main.querySelector(".order");
    view.querySelectorAll("button.dl").forEach(b => b.addEventListener("click", () => download([doc], b.dataset.format)));
    view.querySelectorAll("[contenteditable]").forEach(cell => {
      cell.dataset.before = cell.textContent;
      cell.addEventListener("blur", () => edited(doc, cell));
      cell.addEventListener("keydown", e => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); cell.blur(); } });
    });
    view.querySelectorAll("tr.item").forEach(row => {
      row.addEventListener("mouseenter", () => { row.classList.add("hover"); outline(doc, row); });
      row.addEventListener("mouseleave", () => { row.classList.remove("hover"); outline(doc, view.querySelector("tr.item.focus")); });
      row.addEventListener("focusin", () => { row.classList.add("focus"); outline(doc, row); });
      row.addEventListener("focusout", () => { row.classList.remove("focus"); outline(doc, view.querySelector("tr.item.hover")); });
    });
  }

  /** Outlines on the scan where the row's item was read (its pageAreas, shares of each page); none for null. */
  function outline(doc, row) {
    const scan = document.querySelector("#main .scan");
    if (!scan) return;
    scan.querySelectorAll(".outline").forEach(box => { box.hidden = true; });
    const areas = row ? itemAt(doc.order, row).pageAreas || [] : [];
    let first = null;
    for (const area of areas) {
      const box = scan.querySelector('figure[data-page="' + Number(area.page) + '"] .outline');
      if (!box) continue;
      box.style.left = area.x * 100 + "%";
      box.style.top = area.y * 100 + "%";
      box.style.width = area.width * 100 + "%";
      box.style.height = area.height * 100 + "%";
      box.hidden = false;
      first = first || box;
    }
    if (first) {
      // The scan pane scrolls the outline into the part of it on screen; the table stays where the clerk is.
      // Before the pane sticks to the top, its lower part is below the window: it is made to end at the
      // window's bottom, so that it can scroll the outline into what is seen.
      scan.style.maxHeight = Math.max(200, window.innerHeight - Math.max(scan.getBoundingClientRect().top, 0) - 8) + "px";
      const pane = scan.getBoundingClientRect();
      const top = Math.max(pane.top, 0);
      const bottom = Math.min(pane.bottom, window.innerHeight);
      const box = first.getBoundingClientRect();
      if (box.top < top || box.bottom > bottom) scan.scrollTop += box.top - top - Math.max(0, bottom - top - box.height) / 3;
    }
  }

  function itemAt(order, row) {
    const path = row.dataset.path.split(".").map(Number);
    let item = order.plans[Number(row.dataset.plan)].items[path[0]];
    if (path.length > 1) item = item.subitems[path[1]];
    return item;
  }

  async function edited(doc, cell) {
    const text = cell.innerText.replace(/\u00a0/g, " ").trim();
    if (text === (cell.dataset.before || "").trim()) return;
    cell.dataset.before = text;
    const row = cell.closest("tr");
    const item = itemAt(doc.order, row);
    const field = cell.dataset.field;
    cell.parentElement.classList.remove("low");
    cell.parentElement.classList.add("edited");
    cell.parentElement.title = t("edited");
    if (field === "activity" || field === "result") item[field] = text;
    if (field === "responsible" || field === "participants") {
      const known = new Map((item[field] || []).map(p => [p.name, p.type]));
      item[field] = text.split(/\n+/).map(s => s.trim()).filter(Boolean).map(name => ({ name, type: known.get(name) || "unknown" }));
    }
    if (field === "deadline") {
      // The server reads the new text again against the plan's period; the dates cell follows.
      item.deadline = text ? { text } : null;
      try {
        const response = await answer(await fetch(api("api/export", { format: "json", lang: "en" }), {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(doc.order) }));
        doc.order = await response.json();
        row.querySelector(".c-dates").textContent = window.Render.dates(itemAt(doc.order, row).deadline);
      } catch (e) {
        row.querySelector(".c-dates").textContent = t("error", { message: e.message });
      }
    }
  }

  // ---- downloads and the comparison -----------------------------------------------------------

  async function save(response) {
    const blob = await response.blob();
    const disposition = response.headers.get("Content-Disposition") || "";
    const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const link = el("a", { href: URL.createObjectURL(blob), download: m ? decodeURIComponent(m[1]) : "prikaz" });
    document.body.append(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  async function download(list, format) {
    try {
      const body = list.length === 1 ? list[0].order : list.map(d => d.order);
      await save(await answer(await fetch(api("api/export", { format }), {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })));
    } catch (e) {
      alert(t("error", { message: e.message }));
    }
  }

  function refreshLists() {
    const ready = docs.filter(d => d.state === "done");
    document.getElementById("all").hidden = ready.length < 2;
    document.getElementById("compare").hidden = ready.length < 2;
    for (const [id, pick] of [["cmp-old", 0], ["cmp-new", 1]]) {
      const select = document.getElementById(id);
      const keep = select.value;
      select.replaceChildren(...ready.map((d, i) => el("option", { value: String(docs.indexOf(d)), selected: i === pick }, d.name)));
      if (keep && [...select.options].some(o => o.value === keep)) select.value = keep;
    }
  }

  async function compare() {
    const before = docs[Number(document.getElementById("cmp-old").value)];
    const after = docs[Number(document.getElementById("cmp-new").value)];
    const body = JSON.stringify({ old: before.order, new: after.order });
    const main = document.getElementById("main");
    try {
      const diff = await (await answer(await fetch(api("api/diff"), {
        method: "POST", headers: { "Content-Type": "application/json" }, body }))).json();
      lastDiff = body;
      selected = null;
      docs.forEach(d => d.card.classList.remove("selected"));
      main.replaceChildren(diffView(diff, before.name, after.name));
      document.getElementById("diff-xlsx").addEventListener("click", async () => {
        try {
          await save(await answer(await fetch(api("api/diff", { format: "xlsx" }), {
            method: "POST", headers: { "Content-Type": "application/json" }, body: lastDiff })));
        } catch (e) {
          alert(t("error", { message: e.message }));
        }
      });
    } catch (e) {
      main.replaceChildren(el("p", { class: "error", role: "alert" }, t("error", { message: e.message })));
    }
  }

  // ---- wiring ---------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", async () => {
    translatePage();
    showLimits();
    try {
      limits = await (await answer(await fetch(api("api/config")))).json();
      showLimits();
    } catch (e) { /* the defaults above */ }
    const input = document.getElementById("files");
    input.addEventListener("change", () => { addFiles([...input.files]); input.value = ""; });
    const drop = document.getElementById("drop");
    drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", e => { e.preventDefault(); drop.classList.remove("over"); addFiles([...e.dataTransfer.files]); });
    document.querySelectorAll("button.dl-all").forEach(b => b.addEventListener("click",
      () => download(docs.filter(d => d.state === "done"), b.dataset.format)));
    document.getElementById("cmp-run").addEventListener("click", compare);
    document.getElementById("print").addEventListener("click", () => window.print());
  });
})();
