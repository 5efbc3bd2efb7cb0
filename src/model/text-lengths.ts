/**
 * Texts long enough to be a mistake: a title, statement or description of an
 * item, or a rubric's key features, over `LONG_TEXT_LIMIT` characters. The
 * elements show such text whole (in well under a second: `npm run
 * bench:long-text`); the warning is for whoever prepares the framework, so it
 * is checked by the command line (`validate`, `convert`) and `importFramework`,
 * not by `validateFramework`, which every element runs on load.
 */
import type { Framework } from './framework.js';
import type { Problem } from './problems.js';

/**
 * The limit: the longest text of an item in the bundled frameworks is 1,428
 * characters, so 10,000 is text pasted twice or run together, not a statement.
 */
export const LONG_TEXT_LIMIT = 10_000;

/** A `long-text` warning for each text of `framework` over `LONG_TEXT_LIMIT` characters. */
export function longTextWarnings(framework: Pick<Framework, 'items'> & Partial<Pick<Framework, 'rubrics'>>): Problem[] {
  const problems: Problem[] = [];
  const check = (value: string | undefined, path: string) => {
    if (value && value.length > LONG_TEXT_LIMIT) {
      problems.push({ path, code: 'long-text', severity: 'warning', message: `This text is ${value.length.toLocaleString('en-GB')} characters long (over ${LONG_TEXT_LIMIT.toLocaleString('en-GB')}): it is shown whole, but check it was not pasted twice or joined with the next text.` });
    }
  };
  framework.items.forEach((item, i) => {
    check(item.title, `$.items[${i}].title`);
    check(item.statement, `$.items[${i}].statement`);
    check(item.description, `$.items[${i}].description`);
  });
  framework.rubrics?.forEach((rubric, i) => check(rubric.keyFeatures, `$.rubrics[${i}].keyFeatures`));
  return problems;
}
