import { useCallback, type ReactNode } from 'react';
import { useCurrentUser } from '@/lib/auth';
import type { Me } from '@/types/api';

/** What a user may do; each action asks before it shows itself. The backend checks the same rules again. */
export type Action =
  | 'phase:progress'
  | 'result:edit'
  | 'plan:edit'
  | 'users:manage'
  | 'tokens:manage'
  | 'history:read'
  | 'tasks:read'
  | 'collection:submit'
  | 'collection:manage'
  /** Reading the OIV's review page: the OIV and administrators. */
  | 'oiv:read'
  /** Recording the OIV's checks and validation: the OIV only. */
  | 'oiv:review'
  /** The own organisation's name, public reading, structures and territorial units: its administrators. */
  | 'organisation:settings'
  /** Listing every organisation and creating new ones: people of the Region only. */
  | 'organisations:manage';

/** What an action applies to: progress and results belong to an objective, and so to its responsible structure. */
export type Target = { structureCode?: string | null };

/**
 * The backend's rules (issue #4): an administrator does everything; an editor updates phase progress and results
 * of the objectives of their own structures, sees what the monitoring cycle asks of them and submits their
 * structures' parts (issue 15); anyone signed in reads the history; a viewer and an anonymous visitor change nothing;
 * the OIV changes no plan data and records its own checks, which administrators read but do not write (issue 16);
 * a person of the Region reads every organisation's published data, changes none, and creates organisations and
 * values:read tokens, which may read every organisation (issue 18).
 */
export function isAllowed(me: Me | null | undefined, action: Action, target?: Target): boolean {
  if (!me) return false;
  switch (me.role) {
    case 'ADMINISTRATOR':
      return action !== 'oiv:review' && action !== 'organisations:manage';
    case 'EDITOR':
      if (action === 'history:read' || action === 'tasks:read') return true;
      if (action === 'phase:progress' || action === 'result:edit' || action === 'collection:submit') {
        return target?.structureCode != null && (me.structures ?? []).includes(target.structureCode);
      }
      return false;
    case 'VIEWER':
      return action === 'history:read';
    case 'OIV':
      return action === 'history:read' || action === 'oiv:read' || action === 'oiv:review';
    case 'REGIONAL':
      // Their own values:read tokens (the backend lists them only the ones they created).
      return action === 'organisations:manage' || action === 'tokens:manage';
    default:
      return false;
  }
}

export type CanCheck = (action: Action, target?: Target) => boolean;

/** The rules applied to whoever is signed in; nothing is allowed while that is not known yet. */
export function useCan(): CanCheck {
  const me = useCurrentUser().data;
  return useCallback((action: Action, target?: Target) => isAllowed(me, action, target), [me]);
}

/** Renders its children only for users allowed to take the action. */
export function Can({ action, target, children }: { action: Action; target?: Target; children: ReactNode }) {
  const can = useCan();
  return can(action, target) ? <>{children}</> : null;
}
