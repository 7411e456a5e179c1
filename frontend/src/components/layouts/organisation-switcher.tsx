import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { problemOf } from '@/lib/api-client';
import { useCurrentUser, useSwitchOrganisation } from '@/lib/auth';
import { chooseOrganisation, useOrganisationScope } from '@/lib/organisation';
import type { Me } from '@/types/api';

// Pages of one plan or objective: after a switch they would show the previous organisation's data (or a 404).
const ONE_ORGANISATIONS_PAGES = ['/piani/*', '/obiettivi/*'];

/**
 * The header's *Organizzazione* select. A person who belongs to several organisations chooses the one they act in
 * (MembershipSwitcher); people of the Region and anonymous visitors who read several choose the one they read
 * (ReadingSwitcher). A person of the Region at home keeps the reading one, since their role there reads every
 * organisation already: acting as a member elsewhere is not offered to them in the header.
 */
export function OrganisationSwitcher() {
  const me = useCurrentUser().data;
  if (me && me.role !== 'REGIONAL' && (me.memberships ?? []).length > 1) return <MembershipSwitcher me={me} />;
  return <ReadingSwitcher />;
}

/** Where the select takes the person after a switch: from a page of one plan or objective, home. */
function useLeaveOneOrganisationsPage() {
  const location = useLocation();
  const navigate = useNavigate();
  return () => {
    if (ONE_ORGANISATIONS_PAGES.some((pattern) => matchPath(pattern, location.pathname))) {
      void navigate(paths.home(), { replace: true });
    }
  };
}

/**
 * The organisation read, for those who read several (people of the Region; anonymous visitors where more than one
 * organisation reads publicly). Choosing reads the lists again where they are.
 */
function ReadingSwitcher() {
  const { t } = useTranslation();
  const scope = useOrganisationScope();
  const leave = useLeaveOneOrganisationsPage();
  const [announced, setAnnounced] = useState('');

  if (scope.choices.length === 0) return null;
  return (
    <SwitcherSelect
      value={scope.current?.code ?? ''}
      announced={announced}
      options={scope.choices.map((organisation) => ({ value: organisation.code ?? '', label: organisation.name ?? '' }))}
      onChange={(code) => {
        chooseOrganisation(code);
        const name = scope.choices.find((organisation) => organisation.code === code)?.name ?? code;
        setAnnounced(t('organisations.switched', { name }));
        leave();
      }}
    />
  );
}

/**
 * The organisation acted in, for a person who belongs to several (Me.memberships): each with the person's role
 * there. Switching asks the backend (the session then acts there), reads again what is on screen and announces
 * the organisation and role; a refusal (the membership was just removed) is announced and who they are is read again.
 */
function MembershipSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const switchTo = useSwitchOrganisation();
  const leave = useLeaveOneOrganisationsPage();
  const currentUser = useCurrentUser();
  const [announced, setAnnounced] = useState('');
  const memberships = me.memberships ?? [];
  const roleOf = (role: string | null | undefined) => (role ? t(`account.roles.${role}`) : '');

  return (
    <SwitcherSelect
      value={switchTo.isPending ? (switchTo.variables ?? '') : (me.organisation?.code ?? '')}
      announced={announced}
      options={memberships.map((membership) => ({
        value: membership.code ?? '',
        label: membership.role
          ? t('organisations.membershipOption', { name: membership.name, role: roleOf(membership.role) })
          : (membership.name ?? membership.code ?? ''),
      }))}
      onChange={(code) => {
        setAnnounced('');
        switchTo.mutate(code, {
          onSuccess: (now) => {
            setAnnounced(t('organisations.actingIn', { name: now.organisation?.name ?? code, role: roleOf(now.role) }));
            leave();
          },
          onError: (error) => {
            const problem = problemOf(error);
            const reason = problem.detail ?? problem.errors?.[0]?.message ?? problem.title;
            setAnnounced(t('organisations.switchFailed', { reason }));
            void currentUser.refetch();
          },
        });
      }}
    />
  );
}

type SelectProps = {
  value: string;
  options: { value: string; label: string }[];
  announced: string;
  onChange: (code: string) => void;
};

/** A native select (the keyboard and screen readers know it) and the status line that says what a choice did. */
function SwitcherSelect({ value, options, announced, onChange }: SelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="organisation-switch d-flex align-items-center gap-2">
      <label htmlFor={id} className="mb-0 small text-white">
        {t('organisations.switcher')}
      </label>
      <select
        id={id}
        className="form-select form-select-sm"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="organisation-switcher"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <span role="status" className="visually-hidden">
        {announced}
      </span>
    </div>
  );
}
