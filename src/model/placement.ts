/**
 * Level self-placement: for frameworks whose items carry a descriptor per
 * career level (the AHP support worker framework: Entry, Intermediate,
 * Assistant Practitioner), the learner or supervisor picks, per competency,
 * the level whose descriptor fits best. The answers are stored in an ordinary
 * result on the `levels` scale: value 1 is the first level of
 * `framework.levels`, 2 the second, and so on.
 *
 * **The rule for the level reached.** In a group (a domain) and overall, the
 * level reached is the highest level such that every competency of the group
 * is placed at or above it, i.e. the lowest placement in the group. A
 * competency not placed (unanswered or "not sure") counts as below the first
 * level, so a group with any competency not placed has reached no level yet.
 * The competencies that hold someone below the next level are those placed
 * at the level reached (or not placed at all): raising each of them is what
 * moving up needs. At the top level nothing holds anyone back
 * (`summarisePlacement`, in `placement-summary.ts`).
 */
import type { Framework, Item, Scale } from './framework.js';

/** Id of the scale made of a framework's levels (`<skills-scan scale="levels">`). */
export const LEVELS_SCALE_ID = 'levels';

/**
 * The scale made of a framework's levels: values 1..n in level order, labels
 * the level labels, descriptions the levels' own. Undefined when the
 * framework has no levels.
 */
export function levelScale(framework: Pick<Framework, 'levels' | 'title'>): Scale | undefined {
  const levels = framework.levels ?? [];
  if (!levels.length) return undefined;
  return {
    id: LEVELS_SCALE_ID,
    title: `Levels of ${framework.title}`,
    points: levels.map((l, i) => (l.description ? { value: i + 1, label: l.label, description: l.description } : { value: i + 1, label: l.label })),
  };
}

/** The item's own descriptor at a level, if the source gives one. */
export function levelDescriptor(item: Item, levelId: string): string | undefined {
  return item.descriptors?.find((d) => d.level === levelId)?.text;
}

