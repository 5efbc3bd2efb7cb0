import type { Problem } from '../model/problems.js';
import type { RoleProfile } from '../model/profile.js';
import type { Result } from '../model/result.js';
import type { Review } from '../model/review.js';

/** Detail of `ksb-change` and `ksb-submit`: the whole current result, plain JSON. */
export interface KsbResultDetail {
  result: Result;
  /** The item that changed, for `ksb-change`. */
  item?: string;
  /**
   * `ksb-change` only: true when the result was restored from an `autosave`
   * draft (or a draft clearing was undone) rather than changed by an answer.
   */
  restored?: boolean;
}

/**
 * Where a problem reported by `ksb-error` came from: an input attribute or
 * property (`selection` is the rater's `competencies` / `level`; `programme`
 * the scan's programme figures for the prior-learning calculation; `profile`
 * the role profile given to any element; `autosave` the draft kept on the
 * device: storage full or unavailable, a draft that cannot be read, or a
 * draft for another framework version; `export` the matrix's CSV download,
 * when its code could not be loaded; `party` an unknown `party`; `signoff`
 * the review's `signers` or `declarations`; `translation` a `translation` or
 * `translation-src` that is malformed, fails to load or is for another framework).
 */
export type KsbErrorSource = 'framework' | 'src' | 'value' | 'baseline' | 'scale' | 'results' | 'history' | 'selection' | 'programme' | 'profile' | 'autosave' | 'export' | 'party' | 'signoff' | 'translation';

/** Detail of `ksb-error`. */
export interface KsbErrorDetail {
  source: KsbErrorSource;
  problems: Problem[];
}

/** Detail of `ksb-select` (cells and headers of `<ksb-matrix>`). */
export interface KsbSelectDetail {
  /** Ids of the items of the selected row and/or column. */
  items: string[];
  /** The level of the selected column or row, when the axis shows levels. */
  level?: string;
  /** The scale point of the selected column or row, when the axis shows a scale. */
  value?: number;
  /** The learner of the selected row, in the cohort view (`rows="results"`): the result's `subject`. */
  subject?: string;
}

const init = { bubbles: true, composed: true } as const;

/** Fired on every answer or note: `detail.result` is the whole current result. */
export class KsbChangeEvent extends CustomEvent<KsbResultDetail> {
  constructor(detail: KsbResultDetail) {
    super('ksb-change', { ...init, detail });
  }
}

/** Fired when the person submits: `detail.result` has its `submitted` time set. */
export class KsbSubmitEvent extends CustomEvent<KsbResultDetail> {
  constructor(detail: KsbResultDetail) {
    super('ksb-submit', { ...init, detail });
  }
}

/** Detail of `ksb-change` and `ksb-submit` from `<ksb-review>`: the whole current review, plain JSON. */
export interface KsbReviewDetail {
  review: Review;
  /** The item whose agreed rating or reason changed, for `ksb-change`. */
  item?: string;
}

/**
 * Fired by `<ksb-review>` on every agreed rating, reason or sign-off (type
 * `ksb-change`): `detail.review` is the whole current review.
 */
export class KsbReviewChangeEvent extends CustomEvent<KsbReviewDetail> {
  constructor(detail: KsbReviewDetail) {
    super('ksb-change', { ...init, detail });
  }
}

/** Fired by `<ksb-review>` when the review is submitted (type `ksb-submit`): `detail.review` has `submitted` and `integrity` set. */
export class KsbReviewSubmitEvent extends CustomEvent<KsbReviewDetail> {
  constructor(detail: KsbReviewDetail) {
    super('ksb-submit', { ...init, detail });
  }
}

/** Fired for bad input (framework, value, src…): `detail.problems` lists every problem with its path. */
export class KsbErrorEvent extends CustomEvent<KsbErrorDetail> {
  constructor(detail: KsbErrorDetail) {
    super('ksb-error', { ...init, detail });
  }
}

/** Detail of `ksb-load`: which framework is now shown. */
export interface KsbLoadDetail {
  id: string;
  version: string;
  title: string;
  /** Warnings about the input (unknown fields ignored, a conversion from IfATE JSON…); empty when none. */
  warnings: Problem[];
}

/** Fired when a framework has been read and validated and is shown. */
export class KsbLoadEvent extends CustomEvent<KsbLoadDetail> {
  constructor(detail: KsbLoadDetail) {
    super('ksb-load', { ...init, detail });
  }
}

/** Fired when a cell or header is selected. */
export class KsbSelectEvent extends CustomEvent<KsbSelectDetail> {
  constructor(detail: KsbSelectDetail) {
    super('ksb-select', { ...init, detail });
  }
}

/** Detail of `ksb-profile`: the whole role profile as built so far, plain JSON. */
export interface KsbProfileDetail {
  profile: RoleProfile;
}

/** Fired by `<ksb-profile-builder>` on every change of the profile. */
export class KsbProfileEvent extends CustomEvent<KsbProfileDetail> {
  constructor(detail: KsbProfileDetail) {
    super('ksb-profile', { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ksb-change': KsbChangeEvent;
    'ksb-submit': KsbSubmitEvent;
    'ksb-error': KsbErrorEvent;
    'ksb-select': KsbSelectEvent;
    'ksb-load': KsbLoadEvent;
    'ksb-profile': KsbProfileEvent;
  }
}
