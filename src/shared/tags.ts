/** Every tag the library defines: the script-tag loader loads them, `registerLocale` renders them again. */
export const KSB_TAG_NAMES = ['skills-scan', 'dreyfus-rater', 'ksb-matrix', 'ksb-framework', 'ksb-profile-builder', 'ksb-review'] as const;
