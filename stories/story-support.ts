// What a story is meant to show (checked by test/stories), and decorators and
// inputs shared by the stories.
import { ContextProvider } from '@lit/context';
import { html } from 'lit';
import type { Framework } from '../src/model/index.js';
import { frameworkContext } from '../src/shared/context.js';
import type { KsbErrorSource } from '../src/shared/events.js';

/** The state a story shows once every ksb element in it has settled. */
export type StoryState = 'content' | 'error' | 'empty' | 'loading';

/**
 * `parameters.expect` of a story: a state, or a state with the `ksb-error`
 * sources the story provokes on purpose and the parts it must show. Stories
 * without it must show framework content, no error panel and fire no `ksb-error`.
 */
export interface StoryExpectation {
  /** Default `content`. */
  state?: StoryState;
  /** `ksb-error` sources the story means to provoke. */
  errors?: KsbErrorSource[];
  /** Parts (`part` attribute values) that must be shown, e.g. `mismatch`, or `error` for an error panel beside the content. */
  parts?: string[];
}

/** Renders a story inside a column `width` CSS pixels wide (at most the page), outlined. */
export const atWidth = (width: number, story: () => unknown) => html`<div style="width: ${width}px; max-width: 100%; outline: 1px dashed #b1b4b6">${story()}</div>`;

/** Renders a story inside a 320 CSS pixel wide column, the narrowest width WCAG reflow asks for. */
export const narrow = (story: () => unknown) => atWidth(320, story);

/**
 * The elements as they look while `<ksb-framework>` is still fetching its
 * framework: a provider whose state stays `loading`, so the loading state can
 * be seen (and checked) without a slow network.
 */
export function whileLoading(...tags: string[]): HTMLElement {
  const host = document.createElement('div');
  new ContextProvider(host, { context: frameworkContext, initialValue: { status: 'loading', problems: [], results: [] } });
  for (const tag of tags) host.append(document.createElement(tag));
  return host;
}

const long =
  'Works with people, families and communities to understand what matters to them, including their strengths, needs, goals, the barriers they face and the support they already have, and agrees with them how to use that understanding to plan, review and adapt the support they receive over time, recording decisions clearly and sharing them only with consent';

/** A small framework whose text is long: long statements, titles, codes, an unbroken URL and many bullets. */
export function longTextFramework(): Framework {
  const url = 'https://www.example.org/a/very/long/path/to/guidance/that/does/not/break/naturally/at/any/space/in/the/address.html';
  return {
    format: 'ksb-framework/1',
    id: 'long-text',
    version: '1',
    title: `A framework with long text: ${long.slice(0, 140)}`,
    levels: [
      { id: 'one', label: 'Practitioner working independently across several services', assesses: ['C1', 'C2'] },
      { id: 'two', label: 'Senior practitioner leading and supervising a multidisciplinary team', assesses: ['C1', 'C2'] },
    ],
    items: [
      { id: 'D1', code: 'Duty 1', type: 'duty', statement: long },
      { id: 'K1', code: 'K1', type: 'knowledge', statement: long, elements: Array.from({ length: 8 }, (_, i) => `Bullet ${i + 1}: ${long.slice(0, 60 + i * 20)}`) },
      { id: 'K2', code: 'K2-EXTENDED-CODE', type: 'knowledge', statement: `See ${url} for the full statement.` },
      { id: 'S1', code: 'S1', type: 'skill', statement: `${long}. ${long}` },
      { id: 'B1', code: 'B1', type: 'behaviour', statement: 'Shows respect' },
      { id: 'C1', code: 'C1', type: 'competency', title: 'Person-centred approach across every setting', statement: long, descriptors: [{ level: 'one', text: long }, { level: 'two', text: `${long}. ${long}` }] },
      { id: 'C2', code: 'C2', type: 'competency', title: 'Short', statement: 'A short statement beside a long one' },
    ],
    associations: [
      { type: 'requires', source: 'D1', target: 'K1' },
      { type: 'requires', source: 'D1', target: 'K2' },
      { type: 'requires', source: 'D1', target: 'S1' },
    ],
    rubrics: [
      {
        item: 'C1',
        scale: 'dreyfus',
        keyFeatures: long,
        interaction: `${long}. ${url}`,
        descriptors: [0, 1, 2, 3, 4, 5].map((value) => ({ value, text: `${long.slice(0, 80 + value * 40)}` })),
      },
    ],
  };
}
