// Every main page at a laptop's 1366×900 and a phone's 390 px, on the seeded demo: a full-page
// screenshot for people to look at (test-results/screenshots/layout-*), and a failure when the page
// scrolls sideways or when a table cell, header, badge or button clips its text. Measured in the
// DOM: an element (a cell, a figure's label or value, a badge, a button) whose content is wider than its box (scrollWidth > clientWidth), a badge or
// header that wrapped onto a second line, or a chart's text (axis label, tick) reaching outside its svg.
import { expect, test, type Page } from "@playwright/test";
import { openPage, PAGES, preparePages, signedInContexts, type Fixtures } from "./pages";

const SIZES = [
  { label: "desktop", viewport: { width: 1366, height: 900 } },
  { label: "phone", viewport: { width: 390, height: 844 } },
] as const;

type Problem = { what: string; text: string; scroll: number; client: number };

/** What overflows: the page itself, and any clipped or wrapped cell, header, badge, button or select. */
export async function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const out: Problem[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      // Name the elements that stick out (the innermost ones), so a failure says where to look.
      const wide = [...document.body.querySelectorAll<HTMLElement>("*")].filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > doc.clientWidth + 1));
      const names = wide.slice(0, 4).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join(".")} "${(el.textContent ?? "").trim().slice(0, 30)}"`);
      out.push({ what: "page", text: `${location.pathname}: ${names.join("; ")}`, scroll: doc.scrollWidth, client: doc.clientWidth });
    }
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""}`;
    const visible = (el: HTMLElement) => el.offsetParent !== null || getComputedStyle(el).position === "fixed";
    // A cell may scroll inside its table's own scroll box (that is what the box is for): what must not
    // happen is text cut off inside the cell itself.
    for (const el of document.querySelectorAll<HTMLElement>("td, th, dt, dd, [data-badge], button, select, [role=tab], h1, h2, h3")) {
      if (!visible(el) || el.closest("[data-overflow-ok], .sr-only")) continue;
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "auto" && style.overflowX !== "scroll") {
        out.push({ what: describe(el), text: (el.textContent ?? "").trim().slice(0, 60), scroll: el.scrollWidth, client: el.clientWidth });
      }
      // A badge or a column header reads as one line: wrapped, it looks like two values.
      if (el.matches("[data-badge], thead th") && !el.closest("[data-wrap-ok]")) {
        // A piece of its visible text broken over lines (a header may stack two pieces on purpose; a
        // screen-reader-only label is 1 px wide and does not count).
        let lines = 0;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim() || n.parentElement?.closest(".sr-only")) continue;
          const r = document.createRange();
          r.selectNodeContents(n);
          const tops = new Set([...r.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          lines = Math.max(lines, tops.size);
        }
        if (lines > 1) out.push({ what: `${describe(el)} wraps`, text: (el.textContent ?? "").trim().slice(0, 60), scroll: lines, client: 1 });
      }
    }
    // A select whose chosen option is wider than the control: the text is cut off.
    for (const sel of document.querySelectorAll<HTMLSelectElement>("select")) {
      if (!visible(sel)) continue;
      const text = sel.selectedOptions[0]?.text ?? "";
      const probe = document.createElement("span");
      const s = getComputedStyle(sel);
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${s.font};letter-spacing:${s.letterSpacing}`;
      probe.textContent = text;
      document.body.appendChild(probe);
      const need = probe.getBoundingClientRect().width + parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
      probe.remove();
      // The arrow takes about 20 px that padding-right may not account for.
      if (need > sel.getBoundingClientRect().width + 6) out.push({ what: "select clipped", text, scroll: Math.round(need), client: Math.round(sel.getBoundingClientRect().width) });
    }
    // A chart's text (an axis label, a tick) cut off by its chart's box: an svg clips what it draws
    // outside itself, which scrollWidth does not see. Measured against the svg's own box.
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg")) {
      if (svg.closest("[data-overflow-ok], .sr-only") || svg.getBoundingClientRect().width === 0) continue;
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 || !t.textContent?.trim()) continue;
        const cut = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
        if (cut > 1) out.push({ what: `chart text clipped by its svg${svg.closest("[aria-label]") ? ` (${svg.closest("[aria-label]")!.getAttribute("aria-label")!.slice(0, 40)})` : ""}`, text: t.textContent.trim().slice(0, 60), scroll: Math.round(cut), client: 0 });
      }
    }
    // An axis's title runs along its axis, not past its ends: a rotated y label anchored at the middle
    // and running upwards reaches above the plot and, in another font, out of the chart. (Recharts draws
    // the titles in a layer of their own: a title is matched to its chart's axes by its direction.)
    for (const svg of document.querySelectorAll<SVGSVGElement>(".recharts-wrapper > svg")) {
      if (svg.closest("[data-overflow-ok]")) continue;
      const extent = (sel: string) => {
        const rects = [...svg.querySelectorAll(`${sel} .recharts-cartesian-axis-line`)].map((el) => el.getBoundingClientRect());
        return rects.length ? { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)), left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) } : null;
      };
      const y = extent(".recharts-yAxis");
      const x = extent(".recharts-xAxis");
      for (const label of svg.querySelectorAll<SVGTextElement>("text.recharts-label")) {
        if (label.closest(".recharts-label-list") || !label.textContent?.trim()) continue;
        const l = label.getBoundingClientRect();
        const vertical = l.height > l.width;
        const a = vertical ? y : x;
        if (!a) continue;
        const past = vertical ? Math.max(a.top - l.top, l.bottom - a.bottom) : Math.max(a.left - l.left, l.right - a.right);
        if (past > 1) out.push({ what: `${vertical ? "y" : "x"}-axis title past its axis`, text: label.textContent.trim(), scroll: Math.round(past), client: 0 });
      }
    }
    return out;
  });
}

let fixtures: Fixtures;
let sessions: Awaited<ReturnType<typeof signedInContexts>>;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  sessions = await signedInContexts(browser, { viewport: SIZES[0].viewport });
  fixtures = await preparePages(sessions.get("agency"), baseURL!);
});
test.afterAll(async () => {
  await sessions?.close();
});

for (const size of SIZES) {
  test(`every main page at ${size.label} width: no sideways scroll, no clipped or wrapped text`, async () => {
    test.setTimeout(300_000);
    const contexts = await sessions.clone({ viewport: size.viewport });
    const found: string[] = [];
    try {
      for (const target of PAGES) {
        const page = await contexts.get(target.role).newPage();
        await openPage(page, target, fixtures);
        await page.screenshot({ path: `test-results/screenshots/layout-${target.name}-${size.label}.png`, fullPage: true });
        for (const p of await layoutProblems(page)) found.push(`${target.name}: ${p.what} "${p.text}" (${p.scroll} > ${p.client})`);
        await page.close();
      }
    } finally {
      await contexts.close();
    }
    expect(found, found.join("\n")).toEqual([]);
  });
}
