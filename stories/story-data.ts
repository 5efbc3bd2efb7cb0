// Bundled frameworks and sample results shared by the stories.
//
// Frameworks are fetched from /frameworks/ (Storybook's staticDirs, and the
// project root as the test server serves it) by a story loader, not imported
// as JSON modules, so the same story modules run in Storybook and, unchanged,
// as tests in the browser test runner.
import type { TemplateResult } from 'lit';
import { createResult, setResponse, type Framework, type Result } from '../src/model/index.js';

/** The bundled framework files, by the short name the stories use. */
export const FRAMEWORK_FILES = {
  st0958: 'st0958.json',
  pwp: 'st0568-pwp.json',
  ahp: 'ahp-support-worker.json',
  somerset: 'somerset-splw.json',
  str: 'str-workers.json',
} as const;

export type FrameworkName = keyof typeof FRAMEWORK_FILES;
export type Frameworks = Record<FrameworkName, Framework>;

/** A bundled framework's URL, relative to the page (Storybook's iframe, or the test page). */
export const frameworkUrl = (name: FrameworkName): string => `frameworks/${FRAMEWORK_FILES[name]}`;

/** Options for a `src` control: every bundled framework. */
export const frameworkUrls = Object.keys(FRAMEWORK_FILES).map((name) => frameworkUrl(name as FrameworkName));

let fetched: Promise<Frameworks> | undefined;

async function fetchFramework(name: FrameworkName): Promise<[FrameworkName, Framework]> {
  const response = await fetch(frameworkUrl(name));
  if (!response.ok) throw new Error(`${frameworkUrl(name)}: HTTP ${response.status}`);
  return [name, (await response.json()) as Framework];
}

/** Story loader: every bundled framework, fetched once per page, as `loaded.frameworks`. */
export async function loadFrameworks(): Promise<{ frameworks: Frameworks }> {
  fetched ??= Promise.all((Object.keys(FRAMEWORK_FILES) as FrameworkName[]).map(fetchFramework)).then(
    (entries) => Object.fromEntries(entries) as Frameworks,
  );
  return { frameworks: await fetched };
}

/**
 * A story render function that receives the loaded frameworks (and the
 * story's args): `render: withFrameworks(({ st0958 }) => html`...`)`.
 */
export function withFrameworks<A = Record<string, unknown>>(
  render: (frameworks: Frameworks, args: A) => TemplateResult | HTMLElement,
): (args: A, context: { loaded: Record<string, unknown> }) => TemplateResult | HTMLElement {
  return (args, context) => render(context.loaded.frameworks as Frameworks, args);
}

/** A result rating the first `count` items of the given types with a repeating pattern of values. */
export function sampleResult(framework: Framework, count: number, options: { types?: string[]; values?: (number | null)[]; date?: string; scale?: string } = {}): Result {
  const types = new Set(options.types ?? ['knowledge', 'skill', 'behaviour']);
  const values = options.values ?? [4, 3, 5, 2, null, 4, 1];
  const when = new Date(options.date ?? '2026-09-01T10:00:00Z');
  let result = createResult(framework, options.scale ?? framework.defaultScale ?? 'confidence', when, { subject: 'Sample learner' });
  framework.items
    .filter((i) => types.has(i.type))
    .slice(0, count)
    .forEach((item, i) => {
      result = setResponse(result, item.id, { value: values[i % values.length] }, when);
    });
  return result;
}

/** The KSB ids a default scan asks about. */
export const ksbIds = (fw: Framework): string[] => fw.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);

/** A framework's items of one type. */
export const itemsOfType = (fw: Framework, type: string) => fw.items.filter((i) => i.type === type);

/** Sample learners' names for the cohort stories (fictional), numbered past the list's end. */
const LEARNER_NAMES = ['Aisha Khan', 'Bethan Evans', 'Callum Reid', 'Dafydd Morgan', 'Ewa Nowak', 'Femi Adeyemi', 'Grace Liu', 'Harri Jones', 'Imran Patel', 'Jess Taylor'];

/**
 * A cohort of `size` learners' scans, one result each with the learner's name as its
 * subject: learner n rates the j-th KSB ((n + j) mod 5) + 1, plus `shift` (a later scan,
 * capped at 5); every seventh item of every third learner is left unrated.
 */
export function sampleCohort(framework: Framework, size: number, options: { shift?: number; date?: string } = {}): Result[] {
  const when = new Date(options.date ?? '2026-09-01T10:00:00Z');
  const items = framework.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type));
  return Array.from({ length: size }, (_, k) => {
    const n = k + 1;
    const subject = LEARNER_NAMES[k] ?? `Learner ${String(n).padStart(3, '0')}`;
    let result = createResult(framework, 'confidence', when, { subject });
    items.forEach((item, i) => {
      if (n % 3 === 0 && (i + 1) % 7 === 0) return;
      result = setResponse(result, item.id, { value: Math.min(5, ((n + i + 1) % 5) + 1 + (options.shift ?? 0)) }, when);
    });
    return result;
  });
}
