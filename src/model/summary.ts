import type { Framework, Item } from './framework.js';
import type { Result } from './result.js';
import { BUILT_IN_ITEM_TYPES } from './validate-framework.js';
import { answerValues, type AnswerValues } from './answers.js';

export type { AnswerValues };

/** Counts of answers over a set of items. */
export interface AnswerCounts {
  /** Items asked about. */
  total: number;
  /** Items given a scale value. */
  rated: number;
  /** Items answered "not sure". */
  unsure: number;
  /** Items rated or answered "not sure". */
  answered: number;
  /** Items with neither. */
  unanswered: number;
}

/** Per-group figures: one category, duty, domain or parent. */
export interface GroupSummary extends AnswerCounts {
  /** Group id: the item type id, or the duty / parent item id. */
  id: string;
  /** Display label of the group. */
  label: string;
  /** Items in the group, in framework order. */
  items: string[];
  /** Mean of the rated values; null when nothing is rated. */
  mean: number | null;
  /** Share of items answered (rated or not sure), 0..1. */
  coverage: number;
}

/** How to group items. */
export type GroupBy = 'type' | 'duty' | 'parent';


/**
 * Counts rated, not-sure and unanswered items among `itemIds`, in a result or
 * in its values (`AnswerValues`, built once and read for many counts).
 */
export function countAnswers(answers: Result | undefined | AnswerValues, itemIds: readonly string[]): AnswerCounts {
  const values = answerValues(answers);
  let rated = 0;
  let unsure = 0;
  for (const id of itemIds) {
    if (!values.has(id)) continue;
    if (values.get(id) === null) unsure++;
    else rated++;
  }
  const answered = rated + unsure;
  return { total: itemIds.length, rated, unsure, answered, unanswered: itemIds.length - answered };
}

/** Mean of the rated values among `itemIds` (of a result or its values); null when none is rated. */
export function meanRating(answers: Result | undefined | AnswerValues, itemIds: readonly string[]): number | null {
  const values = answerValues(answers);
  let sum = 0;
  let n = 0;
  for (const id of itemIds) {
    const v = values.get(id);
    if (typeof v === 'number') {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : null;
}

/** Display label of an item type, from the framework's declaration or the built-ins. */
export function typeLabel(framework: Framework, type: string, plural = true): string {
  const t = framework.itemTypes?.find((x) => x.id === type) ?? BUILT_IN_ITEM_TYPES.find((x) => x.id === type);
  if (!t) return type;
  return plural ? (t.plural ?? t.label) : t.label;
}

/** Short display name of an item: its code, else its title, else its statement. */
export function itemName(item: Item): string {
  return item.code ?? item.title ?? item.statement;
}

/**
 * Groups `itemIds` (default: every item) and summarises each group.
 * - `type`: one group per item type, in the order types first appear;
 * - `duty`: one group per duty, holding the items the duty `requires` (an item
 *   may sit in several duties), plus a group of items no duty requires;
 * - `parent`: one group per parent item (domain, sub-area), plus items without one.
 */
export function summariseGroups(
  framework: Framework,
  result: Result | undefined,
  groupBy: GroupBy,
  itemIds: readonly string[] = framework.items.map((i) => i.id),
): GroupSummary[] {
  const wanted = new Set(itemIds);
  const ordered = framework.items.filter((i) => wanted.has(i.id));
  const groups = new Map<string, { label: string; items: string[] }>();
  const add = (id: string, label: string, item: string) => {
    const g = groups.get(id) ?? { label, items: [] };
    g.items.push(item);
    groups.set(id, g);
  };
  const byId = new Map(framework.items.map((i) => [i.id, i]));

  if (groupBy === 'type') {
    for (const item of ordered) add(item.type, typeLabel(framework, item.type), item.id);
  } else if (groupBy === 'duty') {
    const duties = framework.items.filter((i) => i.type === 'duty');
    const inDuty = new Set<string>();
    for (const duty of duties) {
      const targets = new Set(
        (framework.associations ?? []).filter((a) => a.type === 'requires' && a.source === duty.id).map((a) => a.target),
      );
      for (const item of ordered) {
        if (targets.has(item.id)) {
          add(duty.id, `${itemName(duty)}: ${duty.statement}`, item.id);
          inDuty.add(item.id);
        }
      }
    }
    for (const item of ordered) if (!inDuty.has(item.id)) add('', 'Not mapped to a duty', item.id);
  } else {
    for (const item of ordered) {
      const parent = item.parent ? byId.get(item.parent) : undefined;
      add(parent?.id ?? '', parent ? (parent.title ?? parent.statement) : 'Other', item.id);
    }
  }

  return [...groups].map(([id, g]) => {
    const counts = countAnswers(result, g.items);
    return {
      id,
      label: g.label,
      items: g.items,
      ...counts,
      mean: meanRating(result, g.items),
      coverage: counts.total ? counts.answered / counts.total : 0,
    };
  });
}
