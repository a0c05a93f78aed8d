import type { Locator, Page } from "playwright-core";

/*
 * Measures of how a page reads on a phone, for the tables shown there as cards (app.css,
 * .cards-on-phone): main lets any word break, which once squeezed tables' columns to a letter
 * or two wide.
 */

/**
 * The words the browser broke across two lines in these elements' text, each word measured on
 * its own text range. Addresses and routes (with an @, a / or two colons) may wrap, and a hyphen
 * is a place to wrap, not a word's inside; so is any place between two Chinese or Japanese
 * characters. The names a phone shows beside each value (a ::before of the cell, out of reach of
 * a range) count as broken when a word of theirs is wider than their box.
 */
export function brokenWords(elements: Locator) {
  return elements.evaluateAll((all) => {
    const broken: string[] = [];
    const canvas = document.createElement("canvas").getContext("2d");
    const wrapsAnywhere = /[@/]|:.*:|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    for (const element of all) {
      const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        for (const token of (text.textContent ?? "").matchAll(/\S+/g)) {
          if (wrapsAnywhere.test(token[0])) continue;
          for (const word of token[0].matchAll(/[^-]+/g)) {
            const start = token.index + word.index;
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + word[0].length);
            const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
            if (new Set(rects.map((rect) => Math.round(rect.top))).size > 1) broken.push(word[0]);
          }
        }
      }
      const label = getComputedStyle(element, "::before");
      if (!canvas || label.content === "none" || label.display === "none") continue;
      canvas.font = label.font;
      if (!canvas.font.includes(label.fontSize)) broken.push(`unmeasured: ${label.font}`);
      const width = Number.parseFloat(label.width);
      for (const word of (element.getAttribute("data-label") ?? "").split(/[\s-]+/)) {
        if (wrapsAnywhere.test(word)) continue;
        if (canvas.measureText(word).width > width + 0.5) broken.push(word);
      }
    }

    return broken;
  });
}

/** How far the page or any table's region scrolls sideways, in pixels. */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ...Array.from(document.querySelectorAll("main table")).map(
        (table) =>
          (table.parentElement?.scrollWidth ?? 0) - (table.parentElement?.clientWidth ?? 0),
      ),
    ),
  );

/** The roles Chromium gives the tables' parts: a row as a card must still be a table's row. */
export async function tableRoles(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };

  return nodes.map((node) => `${node.role?.value ?? ""}: ${node.name?.value ?? ""}`);
}
