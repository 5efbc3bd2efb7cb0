import { expect } from '@open-wc/testing';
import { frameworkCases, type FrameworkCase } from './corpus.js';
import { clickAllLinks, dangerousIn, guardEachTest } from './guard.js';
import { ELEMENTS, errorPanel, mount, shownText, type Delivery, type ElementKind } from './mount.js';

/**
 * Every element, given every broken or hostile framework of the corpus,
 * either shows a clear error state or renders the framework with its text
 * verbatim, and never throws into the page or runs a payload.
 */

guardEachTest();

async function check(kind: ElementKind, c: FrameworkCase, delivery: Delivery): Promise<void> {
  const m = await mount(kind, c.input(), delivery);
  const panel = errorPanel(m.view);
  const text = shownText(m.view);
  if (c.outcome === 'error') {
    expect(panel, 'error panel').to.not.equal(undefined);
    expect(panel!.heading, 'error panel heading').to.not.equal('');
    expect(panel!.items.length, 'problems listed').to.be.greaterThan(0);
    expect(m.errors, 'one ksb-error').to.have.length(1);
    expect(m.errors[0].source).to.equal(delivery === 'src' ? 'src' : 'framework');
    expect(m.errors[0].problems.some((p) => p.severity === 'error' && p.message && p.path)).to.equal(true);
    expect(m.loads).to.deep.equal([]);
  } else {
    expect(panel, `no error panel (${panel?.items.join('; ')})`).to.equal(undefined);
    expect(m.errors, 'no ksb-error').to.deep.equal([]);
    expect(m.loads, 'ksb-load').to.have.length(1);
    for (const t of c.visible ?? []) expect(text.includes(t), `shows verbatim: ${t.slice(0, 60)}`).to.equal(true);
  }
  clickAllLinks(m.view);
  expect(dangerousIn(m.host)).to.deep.equal([]);
}

const textCases = frameworkCases.filter((c) => typeof c.input() === 'string' || c.name.includes('payloads'));

for (const kind of ELEMENTS) {
  describe(`hostile frameworks: <${kind === 'provider' ? 'ksb-framework> with <skills-scan' : kind}>`, function () {
    this.timeout(20000);
    for (const c of frameworkCases) {
      it(`${c.outcome === 'error' ? 'shows an error for' : 'renders'} ${c.name}`, () => check(kind, c, 'property'));
    }
    // The attribute and src paths are the shared base class's: checked on one result element and on the provider.
    for (const c of kind === 'skills-scan' || kind === 'provider' ? textCases : []) {
      it(`as the framework attribute: ${c.name}`, () => check(kind, c, 'attribute'));
      it(`from src: ${c.name}`, () => check(kind, c, 'src'));
    }
  });
}

describe('hostile frameworks served by the test server', () => {
  const served = (file: string) => new URL(`./fixtures/${file}`, import.meta.url).href;
  for (const kind of ELEMENTS) {
    for (const [what, file] of [['a truncated JSON file', 'truncated.json'], ['a missing file (404)', 'no-such-file.json']]) {
      it(`<${kind}> shows an error for ${what}`, async () => {
        const m = await mount(kind, undefined, 'src', served(file));
        const panel = errorPanel(m.view);
        expect(panel?.heading).to.not.equal(undefined);
        expect(panel!.heading).to.not.equal('');
        expect(m.errors.map((e) => e.source)).to.deep.equal(['src']);
        expect(m.errors[0].problems[0].severity).to.equal('error');
      });
    }
  }
});
