// Example: a React page with a skills scan, written with createElement so it
// needs no JSX transform. A host saves each draft; the page says what was saved.
import { createElement as h, useState } from 'react';
import { SkillsScan } from '../../../src/react/skills-scan.js';
import type { KsbErrorDetail } from '../../../src/shared/events.js';
import type { Result } from '../../../src/model/result.js';

export interface ScanPageProps {
  /** URL of the framework JSON. */
  src: string;
  /** Who the scan is about. */
  subject: string;
  /** Where the host would save a draft (called on every answer). */
  onDraft: (result: Result) => void;
  /** Where the host would log bad input. */
  onProblem: (detail: KsbErrorDetail) => void;
}

/** What the page shows under the scan: how many answers are saved, and the last one. */
export function savedText(result: Result | undefined): string {
  if (!result) return 'Nothing saved yet';
  const last = result.responses.at(-1);
  return `${result.responses.length} saved for ${result.subject}; last ${last?.item} = ${last?.value}`;
}

/** The page: the scan, and a status line kept in React state by the event handlers. */
export function ScanPage({ src, subject, onDraft, onProblem }: ScanPageProps) {
  const [draft, setDraft] = useState<Result>();
  const [problem, setProblem] = useState('');
  return h(
    'main',
    null,
    h(SkillsScan, {
      src,
      subject,
      onKsbChange: (e) => {
        setDraft(e.detail.result);
        onDraft(e.detail.result);
      },
      onKsbError: (e) => {
        setProblem(`${e.detail.source}: ${e.detail.problems.length} problem(s)`);
        onProblem(e.detail);
      },
    }),
    h('p', { role: 'status' }, problem || savedText(draft)),
  );
}
