/** The focused element, followed down through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether focus has fallen back to the page (nothing, or the body, is
 * focused), as it does when a render removes the focused control. Focus
 * the host has moved elsewhere on purpose is not lost.
 */
export function focusLost(doc: Document = document): boolean {
  const active = deepActiveElement(doc);
  return !active || active === doc.body || active === doc.documentElement;
}
