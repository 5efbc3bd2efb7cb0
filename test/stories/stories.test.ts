// Every story of every stories/*.stories.ts module, composed as Storybook
// composes it, rendered, settled and checked: no uncaught error or console
// error, the state the story declares (parameters.expect; framework content
// by default), and an axe check. A story that breaks fails the build.
import { expect } from '@open-wc/testing';
import * as dreyfusRater from '../../stories/dreyfus-rater.stories.js';
import * as ksbFramework from '../../stories/ksb-framework.stories.js';
import * as ksbMatrix from '../../stories/ksb-matrix.stories.js';
import * as ksbReview from '../../stories/ksb-review.stories.js';
import * as profiles from '../../stories/profiles.stories.js';
import * as skillsScan from '../../stories/skills-scan.stories.js';
import * as theming from '../../stories/theming.stories.js';
import type { StoryExpectation, StoryState } from '../../stories/story-support.js';
import type { KsbErrorSource } from '../../src/shared/events.js';
import { composeStories, type ComposedStory } from './compose.js';
import { settle, showsFrameworkContent, showsPart, shownElements, StoryEvents } from './settle.js';

// Every stories module (a new one must be added here: the count printed at the end shows what ran).
const modules: Record<string, Record<string, unknown>> = { dreyfusRater, ksbFramework, ksbMatrix, ksbReview, profiles, skillsScan, theming };

/** Sources a story in the error state may report without listing them. */
const FRAMEWORK_SOURCES: KsbErrorSource[] = ['framework', 'src'];

function expectation(story: ComposedStory): Required<StoryExpectation> {
  const raw = story.parameters.expect as StoryExpectation | StoryState | undefined;
  const e: StoryExpectation = typeof raw === 'string' ? { state: raw } : (raw ?? {});
  return { state: e.state ?? 'content', errors: e.errors ?? [], parts: e.parts ?? [] };
}

/** Uncaught exceptions, rejected promises and console errors while a story runs. */
function captureErrors(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

let tested = 0;
const perTitle = new Map<string, number>();
const durations: [number, string][] = [];

for (const module of Object.values(modules)) {
  const stories = composeStories(module);
  const title = stories[0]?.title ?? '(no stories)';
  describe(`stories: ${title}`, () => {
    it('has stories', () => expect(stories.length).to.be.greaterThan(0));

    for (const story of stories) {
      it(story.name, async function () {
        // The largest stories (a few thousand nodes in shadow roots) take seconds to check with axe in a busy browser.
        this.timeout(40000);
        const started = performance.now();
        const expected = expectation(story);
        const canvas = document.createElement('div');
        canvas.id = 'storybook-root';
        document.body.append(canvas);
        const events = new StoryEvents(canvas);
        const errors = captureErrors();
        try {
          const context = await story.mount(canvas);
          if (expected.state === 'loading') {
            await Promise.all(shownElements(canvas).map((el) => el.updateComplete));
          } else {
            await settle(canvas, events);
            await story.play(canvas, context);
            await settle(canvas, events);
          }
          const elements = shownElements(canvas);
          expect(elements.length, 'ksb elements shown').to.be.greaterThan(0);

          const sources = [...new Set(events.errors.map((e) => e.detail.source))];
          const allowed = expected.state === 'error' ? [...FRAMEWORK_SOURCES, ...expected.errors] : expected.errors;
          expect(sources.filter((s) => !allowed.includes(s)), 'ksb-error sources the story does not declare').to.deep.equal([]);
          for (const source of expected.errors) expect(sources, `declared ksb-error source "${source}"`).to.include(source);

          const panels = elements.filter((el) => el.shadowRoot!.querySelector('[part~="error"][role="alert"]'));
          switch (expected.state) {
            case 'content':
              if (!expected.parts.includes('error')) expect(panels.map((el) => el.localName), 'elements showing an error panel').to.deep.equal([]);
              for (const el of elements) expect(showsFrameworkContent(el), `<${el.localName}> shows its framework's content`).to.equal(true);
              break;
            case 'error':
              expect(panels.length, 'elements showing an error panel').to.be.greaterThan(0);
              expect(events.errors.length, 'ksb-error events').to.be.greaterThan(0);
              break;
            case 'empty':
              expect(sources, 'ksb-error sources').to.deep.equal([]);
              for (const el of elements) {
                expect(el.currentFrameworkData, `<${el.localName}> framework`).to.equal(undefined);
                expect(el.shadowRoot!.querySelector('[role="status"]:not([aria-busy])'), `<${el.localName}> empty status`).to.exist;
              }
              break;
            case 'loading':
              for (const el of elements) expect(el.shadowRoot!.querySelector('[role="status"][aria-busy="true"]'), `<${el.localName}> loading status`).to.exist;
              break;
          }
          for (const part of expected.parts) expect(elements.some((el) => showsPart(el, part)), `part "${part}" shown`).to.equal(true);

          await expect(canvas).to.be.accessible();
          expect(errors.problems, 'errors while the story ran').to.deep.equal([]);
          tested += 1;
          perTitle.set(story.title, (perTitle.get(story.title) ?? 0) + 1);
          durations.push([Math.round(performance.now() - started), `${story.title} > ${story.name}`]);
        } finally {
          errors.stop();
          canvas.remove();
        }
      });
    }
  });
}

after(() => {
  const total = Object.values(modules).reduce((n, m) => n + composeStories(m).length, 0);
  console.log(`stories tested: ${tested} of ${total} (${[...perTitle].map(([t, n]) => `${t}: ${n}`).join(', ')})`);
  const slowest = durations.sort((a, b) => b[0] - a[0]).slice(0, 3);
  console.log(`slowest: ${slowest.map(([ms, name]) => `${name} ${ms} ms`).join('; ')}`);
});
