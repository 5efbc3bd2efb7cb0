import { fromIfATE } from '../importers/ifate.js';
import type { Problem } from '../model/problems.js';
import { validateFramework } from '../model/validate-framework.js';
import type { LoadedFramework } from './load-framework.js';

// A chunk of its own with the converter, so pages that never pass IfATE JSON download neither.

/**
 * Converts IfATE apprenticeship-standard API JSON and validates the result,
 * with a note saying so among the problems (as a warning).
 */
export function convertIfATE(input: unknown): LoadedFramework {
  const imported = fromIfATE(input);
  const note: Problem = {
    path: '$',
    code: 'converted',
    severity: 'warning',
    message: 'This is IfATE apprenticeship-standard JSON; it was converted to the ksb-framework/1 format.',
  };
  if (!imported.framework) return { problems: [note, ...imported.problems] };
  const v = validateFramework(imported.framework);
  return { framework: v.value, problems: [note, ...imported.problems, ...v.problems] };
}
