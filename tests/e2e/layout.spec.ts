// Every main page at a laptop's 1366×900 and a phone's 390 px, on the seeded demo: a full-page
// screenshot for people to look at (test-results/screenshots/layout-*), and a failure when the page
// scrolls sideways or when a table cell, header, badge or button clips its text. Measured in the
// DOM: an element whose content is wider than its box (scrollWidth > clientWidth), or a badge or
// header that wrapped onto a second line.
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
    if (doc.scrollWidth > doc.clientWidth) out.push({ what: "page", text: location.pathname, scroll: doc.scrollWidth, client: doc.clientWidth });
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""}`;
    const visible = (el: HTMLElement) => el.offsetParent !== null || getComputedStyle(el).position === "fixed";
    // A cell may scroll inside its table's own scroll box (that is what the box is for): what must not
    // happen is text cut off inside the cell itself.
    for (const el of document.querySelectorAll<HTMLElement>("td, th, [data-badge], button, select, [role=tab], h1, h2, h3")) {
      if (!visible(el) || el.closest("[data-overflow-ok]")) continue;
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "auto" && style.overflowX !== "scroll") {
        out.push({ what: describe(el), text: (el.textContent ?? "").trim().slice(0, 60), scroll: el.scrollWidth, client: el.clientWidth });
      }
      // A badge or a column header reads as one line: wrapped, it looks like two values.
      if (el.matches("[data-badge], th") && !el.closest("[data-wrap-ok]")) {
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
        const inner = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        const textRange = document.createRange();
        textRange.selectNodeContents(el);
        const lines = new Set([...textRange.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        if (lines > 1 && inner > lineHeight * 1.5) out.push({ what: `${describe(el)} wraps`, text: (el.textContent ?? "").trim().slice(0, 60), scroll: lines, client: 1 });
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
      if (need > sel.getBoundingClientRect().width + 2) out.push({ what: "select clipped", text, scroll: Math.round(need), client: Math.round(sel.getBoundingClientRect().width) });
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
