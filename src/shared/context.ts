import { createContext } from '@lit/context';
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import type { Result } from '../model/result.js';
import type { TranslatedFramework } from '../model/translation.js';

/** Loading state of a framework. */
export type FrameworkStatus = 'empty' | 'loading' | 'ready' | 'error';

/** What `<ksb-framework>` shares with the elements inside it. */
export interface FrameworkContextValue {
  status: FrameworkStatus;
  framework?: Framework;
  problems: Problem[];
  /** The latest result of each scan or rater inside the provider, in document order of first change. */
  results: Result[];
  /** Fetches the provider's `src` again (the elements' "Try again" after a failed load). */
  reload?: () => void;
  /** The provider's translation in force: which texts of `framework` it translated (for their `lang`). */
  translated?: TranslatedFramework;
}

export const frameworkContext = createContext<FrameworkContextValue>(Symbol('ksb-framework'));
