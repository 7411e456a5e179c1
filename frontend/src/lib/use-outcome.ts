import { useState } from 'react';
import { problemOf } from '@/lib/api-client';
import type { Problem } from '@/types/api';

/** What the last action of a page came to: the message that says it was done, or the problem that stopped it. */
export function useOutcome() {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  /** Forgets the last outcome, then announces `done` once the action succeeds, or shows why it failed. */
  function run(action: () => Promise<unknown>, done: () => string) {
    setMessage('');
    setProblem(null);
    action()
      .then(() => setMessage(done()))
      .catch((error: unknown) => setProblem(problemOf(error)));
  }

  return { message, setMessage, problem, setProblem, run };
}
