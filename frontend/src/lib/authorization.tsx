import { createContext, useCallback, useContext, type ReactNode } from 'react';

/** What a user may do; each action button asks before it shows itself. */
export type Action = 'phase:progress' | 'result:edit' | 'plan:edit';

type Policy = (action: Action) => boolean;

// Until accounts exist (issue #4) everybody may do everything; the login will provide the real policy.
const allowAll: Policy = () => true;

const PolicyContext = createContext<Policy>(allowAll);

export function AuthorizationProvider({ policy, children }: { policy?: Policy; children: ReactNode }) {
  return <PolicyContext.Provider value={policy ?? allowAll}>{children}</PolicyContext.Provider>;
}

export function useCan(): Policy {
  const policy = useContext(PolicyContext);
  return useCallback((action: Action) => policy(action), [policy]);
}

/** Renders its children only for users allowed to take the action. */
export function Can({ action, children }: { action: Action; children: ReactNode }) {
  const can = useCan();
  return can(action) ? <>{children}</> : null;
}
