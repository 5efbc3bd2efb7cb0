import { asObject, own } from './own.js';

// Kept apart from the converter so the elements can recognise IfATE JSON
// without loading the converter until it is needed.

/**
 * The knowledge, skill and behaviour lists, in that order: the 2020 / current name, the
 * foundation-apprenticeship alternative, and the id field names.
 */
export const KSB_LISTS = [
  { key: 'knowledges', alt: 'technicalKnowledges', idKeys: ['knowledgeId', 'id'] },
  { key: 'skills', alt: 'technicalSkills', idKeys: ['skillId', 'id'] },
  { key: 'behaviours', alt: 'employabilitySkillsAndBehaviours', idKeys: ['behaviourId', 'id'] },
] as const;

/**
 * True when a value looks like an IfATE / Skills England apprenticeship
 * standard record (or a non-empty list whose first entry does): KSB or duty
 * lists in the API's shape, or the API's identifying fields. A
 * `ksb-framework/1` document is never taken for one. JSON text is parsed first.
 */
export function looksLikeIfATE(json: unknown): boolean {
  let value = json;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('{') && !text.startsWith('[')) return false;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
  }
  if (Array.isArray(value)) value = value[0];
  const obj = asObject(value);
  if (!obj || own(obj, 'format') !== undefined || own(obj, 'CFDocument') !== undefined) return false;
  const duties = own(obj, 'duties');
  const firstDuty = Array.isArray(duties) ? asObject(duties[0]) : undefined;
  if (firstDuty && ('dutyID' in firstDuty || 'dutyDetail' in firstDuty || 'mappedKnowledge' in firstDuty)) return true;
  for (const kind of KSB_LISTS) {
    const list = own(obj, kind.key) ?? own(obj, kind.alt);
    const first = Array.isArray(list) ? asObject(list[0]) : undefined;
    if (first && kind.idKeys.some((k) => k in first) && 'detail' in first) return true;
  }
  const ref = own(obj, 'referenceNumber');
  return (typeof ref === 'string' && /^(ST|FA|AU)\d{3,5}$/i.test(ref) && 'title' in obj) ||
    (typeof own(obj, 'larsCode') === 'number' && 'title' in obj && ('standardPageUrl' in obj || 'route' in obj));
}

