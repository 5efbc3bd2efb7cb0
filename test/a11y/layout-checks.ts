/**
 * Layout checks for WCAG 1.4.10 reflow and 1.4.4 resize text, read from the
 * boxes the browser laid out (not from the CSS). Each returns a list of
 * offenders, empty when the element passes, so a failure names them.
 */

const label = (node: Element, extra = '') =>
  `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.getAttribute('class') ?? ''}${extra ? ` ${extra}` : ''}`;

/** Whether an ancestor (inside the shadow root) scrolls horizontally: a data table's own region. */
function inScrollRegion(node: Element): boolean {
  for (let p = node.parentElement; p; p = p.parentElement) {
    if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
  }
  return false;
}

/** Not part of the visual layout: screen-reader text, styles, shapes inside an SVG (which clips them). */
function outOfLayout(node: Element): boolean {
  return !!node.closest('.visually-hidden') || node.matches('style, title') || !!node.parentElement?.closest('svg');
}

/** Shadow-root boxes that stick out of the element sideways, except inside a scroll region of their own. */
export function overflowing(el: HTMLElement): string[] {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => {
      if (outOfLayout(node) || inScrollRegion(node)) return false;
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.right > host.right + 0.5 || box.left < host.left - 0.5);
    })
    .map((node) => label(node, `${Math.round(node.getBoundingClientRect().right - host.right)}px`));
}

/** Whether the element and the page scroll sideways. */
export function horizontalScroll(el: HTMLElement): string[] {
  const out: string[] = [];
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
  if (el.scrollWidth > el.clientWidth + 1) out.push(`element ${el.scrollWidth} > ${el.clientWidth}`);
  return out;
}

/** Boxes partly outside the viewport sideways (questions, options, buttons, links). */
export function outsideViewport(el: HTMLElement, selector: string): string[] {
  const width = document.documentElement.clientWidth;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)]
    .filter((node) => !outOfLayout(node) && !inScrollRegion(node))
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
    })
    .map((node) => label(node));
}

const CONTROLS = 'input:not([type=hidden]), textarea, select, button, a[href], summary, progress, label, legend, .option-label, .point-name, .point-desc';

/**
 * Labels and controls whose boxes overlap (by more than a pixel each way),
 * leaving out pairs where one holds the other (a label wrapping its radio).
 */
export function overlaps(el: HTMLElement): string[] {
  const nodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].filter((n) => !outOfLayout(n) && n.getClientRects().length > 0);
  const boxes = nodes.map((n) => n.getBoundingClientRect());
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a.width || !a.height || !b.width || !b.height) continue;
      if (nodes[i].contains(nodes[j]) || nodes[j].contains(nodes[i])) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) out.push(`${label(nodes[i])} × ${label(nodes[j])}`);
    }
  }
  return out;
}

const TEXT = 'p, li, label, legend, button, a, dt, dd, h2, h3, h4, h5, summary, .option-label, .point-name, .point-desc, .step-label, figcaption, th, td';

/** Text boxes whose content is wider than the box (cut off, or spilling over what is beside it). */
export function clippedText(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(TEXT)]
    .filter((node) => !outOfLayout(node) && !inScrollRegion(node) && getComputedStyle(node).display !== 'inline' && node.clientWidth > 0)
    .filter((node) => node.scrollWidth > node.clientWidth + 1)
    .map((node) => label(node, `${node.scrollWidth} > ${node.clientWidth}`));
}

/**
 * Lays out every part of the element now. Off-screen questions use
 * `content-visibility: auto`: until scrolled near they keep a placeholder
 * height while their content, measured from script, is laid out at full
 * size and seems to spill onto the next question, which no one ever sees.
 * Measuring with everything rendered checks the layout people do see.
 */
export function renderEverything(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}
