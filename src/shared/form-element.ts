import { property, state } from 'lit/decorators.js';
import type { Result } from '../model/result.js';
import { ERROR_SUMMARY_ID } from './error-panel.js';
import { KsbFrameworkElement } from './framework-element.js';
import { LazyModule } from './lazy.js';

const csvCode = new LazyModule(() => import('./results-download.js'));

/**
 * Base of the elements that take part in forms through `ElementInternals`
 * (`<skills-scan>`, `<dreyfus-rater>`, `<ksb-review>`): `name`, `required`
 * and `readonly`, the form and its validity, and a failed submit showing the
 * element's error summary (focused) instead of the browser's bubble.
 */
export abstract class KsbFormElement extends KsbFrameworkElement {
  static formAssociated = true;

  /** Name under which the element's JSON is submitted with an enclosing form. */
  @property({ reflect: true }) name?: string;

  /** When set, a form will not submit (nor `submit()` succeed) until everything asked for is given. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows what was entered without letting it change. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  protected readonly internals: ElementInternals;

  /** Set by a failed submit: the error summary and inline errors show until nothing is missing or the element is submitted. */
  @state() protected showErrors = false;

  /** True during `checkValidity()`, which checks without showing errors. */
  private quietCheck = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A failed submit (the element's own button, a form's submit, reportValidity) shows the error summary.
    this.addEventListener('invalid', (e) => {
      if (this.quietCheck) return;
      e.preventDefault();
      this.showErrors = true;
      this.focusAfterRender(`#${ERROR_SUMMARY_ID}`);
    });
  }

  /** The results `downloadCSV()` saves: the element's own, or the parties' of a review. */
  protected abstract get csvResults(): readonly Result[];

  /**
   * Saves the ratings as a spreadsheet (`resultsToCSV`: a row per item
   * answered, with its code, statement, section, value, scale label and note;
   * formulas neutralised), named after the framework. Loads the spreadsheet
   * code on first use; if it cannot, reports `ksb-error` (source `export`).
   */
  async downloadCSV(): Promise<void> {
    await csvCode.load();
    const fw = this.currentFramework;
    if (!csvCode.value || !fw) {
      this.reportProblems('export', [{ path: '$', code: 'load', severity: 'error', message: 'The spreadsheet code could not be loaded; reload the page.' }]);
      return;
    }
    csvCode.value.saveResultsCsv(this.renderRoot, this.csvResults, fw, `${fw.id}-ratings.csv`);
  }

  /** The `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the element satisfies `required`, without showing the error summary. */
  checkValidity(): boolean {
    this.quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quietCheck = false;
    }
  }

  /** Like `checkValidity`, and shows what is missing. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The validation message shown when `required` steps are missing. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
}
