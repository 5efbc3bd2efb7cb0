/** Attributes whose value is one id (`for`) or a list of ids. */
const REF_ATTRIBUTES = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-errormessage', 'list'];

/**
 * Id problems in one tree (a shadow root or the document): ids used twice, and
 * references (label `for`, aria-describedby…) to ids that are not in the same
 * tree. References do not cross shadow roots, so a reference that resolves only
 * elsewhere on the page is broken for assistive technology. An `aria-controls` on a
 * collapsed toggle (`aria-expanded="false"`) may name what it will show once opened.
 */
export function idProblems(root: ShadowRoot | Document): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of root.querySelectorAll('[id]')) {
    if (seen.has(e.id)) problems.push(`duplicate id "${e.id}"`);
    seen.add(e.id);
  }
  for (const attr of REF_ATTRIBUTES) {
    for (const e of root.querySelectorAll(`[${attr}]`)) {
      if (attr === 'aria-controls' && e.getAttribute('aria-expanded') === 'false') continue;
      for (const id of e.getAttribute(attr)!.split(/\s+/).filter(Boolean)) {
        if (!root.getElementById(id)) problems.push(`${attr}="${id}" on <${e.localName}> names no element in its tree`);
      }
    }
  }
  return problems;
}

/** The number of id references (for, aria-*) in a tree: evidence a check had something to check. */
export function idRefCount(root: ShadowRoot | Document): number {
  return REF_ATTRIBUTES.reduce((n, attr) => n + root.querySelectorAll(`[${attr}]`).length, 0);
}
