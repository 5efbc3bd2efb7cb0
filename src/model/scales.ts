import type { Framework, Scale } from './framework.js';

/**
 * The Dreyfus six-point scale of skill acquisition, with the generic skill
 * descriptors of Table 2 of the Somerset competency framework (v4.0, 2021).
 */
export const DREYFUS_SCALE: Scale = {
  id: 'dreyfus',
  title: 'Dreyfus scale of skill acquisition',
  description:
    'Six points from 0 (absence of the skill) to 5 (expert). 5 is reserved for exceptional delivery, adapting to different contexts and often in the face of difficulties.',
  points: [
    { value: 0, label: 'Absence', description: 'Absence of and/ or highly inappropriate performance of skill' },
    { value: 1, label: 'Novice', description: 'Minimal use of skill and /or inappropriate performance' },
    { value: 2, label: 'Advanced Beginner', description: 'Evidence of some competence, with numerous problems or inconsistencies.' },
    { value: 3, label: 'Competent', description: 'Competent, good skills with some minor problems or inconsistencies' },
    { value: 4, label: 'Proficient', description: 'Very good skills, with minimal problems or inconsistencies' },
    { value: 5, label: 'Expert', description: 'Excellent skills, no problems or inconsistencies.' },
  ],
};

/** A five-point self-rating of confidence, for skills scans and progress tracking. */
export const CONFIDENCE_SCALE: Scale = {
  id: 'confidence',
  title: 'Self-rating of confidence',
  description: 'How confident the learner is in each knowledge, skill or behaviour today.',
  points: [
    { value: 1, label: 'Not yet', description: 'I have no knowledge or experience of this yet.' },
    { value: 2, label: 'Aware', description: 'I know a little about this but have not put it into practice.' },
    { value: 3, label: 'With support', description: 'I can do this with guidance or supervision.' },
    { value: 4, label: 'Independently', description: 'I can do this on my own, reliably.' },
    { value: 5, label: 'Confidently', description: 'I can do this confidently in new situations and could show others.' },
  ],
};

/** Scales every framework may use by id without defining them. */
export const BUILT_IN_SCALES: readonly Scale[] = [DREYFUS_SCALE, CONFIDENCE_SCALE];

/**
 * Finds a scale by id: the framework's own definitions first (they may
 * override a built-in id), then the built-in scales.
 */
export function findScale(id: string, framework?: Pick<Framework, 'scales'>): Scale | undefined {
  return framework?.scales?.find((s) => s.id === id) ?? BUILT_IN_SCALES.find((s) => s.id === id);
}
