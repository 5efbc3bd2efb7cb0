import type { Reader } from './problems.js';

/**
 * Reports a document (a result, a profile) that names another framework, or
 * another version of the framework it is used with: `framework-mismatch` at
 * `$.framework.id`, or `version-mismatch` at `$.framework.version`.
 */
export function checkFrameworkRef(
  r: Reader,
  what: string,
  about: { id: string; version: string },
  framework: { id: string; version: string },
): void {
  if (about.id !== framework.id) {
    r.error('$.framework.id', 'framework-mismatch', `This ${what} is for framework "${about.id}", not "${framework.id}".`);
  } else if (about.version !== framework.version) {
    r.error(
      '$.framework.version',
      'version-mismatch',
      `This ${what} is for version ${about.version} of "${about.id}"; the framework shown is version ${framework.version}.`,
    );
  }
}
