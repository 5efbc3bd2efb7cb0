/**
 * The key of one text of a framework (`textKey('item', 'K1', 'statement')`), as a translated
 * framework records which texts it translated: `title`, `description`, `notes`,
 * `item:K1:statement`, `item:K1:elements`, `item:K1:descriptor:mid`, `level:mid:label`,
 * `scale:dreyfus:point:3:label`, `rubric:C1:keyFeatures`, `rubric:C1:descriptor:3`,
 * `itemType:skill:label`, `list:core:title`, `resource:r1:title`. A module of its own: the
 * elements name texts with it without loading the translation code.
 */
export const textKey = (...parts: (string | number)[]) => parts.join(':');
