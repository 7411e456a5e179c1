import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { chooseOrganisation, useOrganisationScope } from '@/lib/organisation';

// Pages of one plan or objective: after a switch they would show the previous organisation's data (or a 404).
const ONE_ORGANISATIONS_PAGES = ['/piani/*', '/obiettivi/*'];

/**
 * The organisation read, for those who read several (people of the Region; anonymous visitors where more than one
 * organisation reads publicly). A native select: the keyboard and screen readers know it. Choosing reads the lists
 * again where they are; from a page of one plan or objective it goes to the home page, keeping the focus here.
 */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const scope = useOrganisationScope();
  const location = useLocation();
  const navigate = useNavigate();
  const [announced, setAnnounced] = useState('');

  if (scope.choices.length === 0) return null;
  return (
    <div className="organisation-switch d-flex align-items-center gap-2">
      <label htmlFor={id} className="mb-0 small text-white">
        {t('organisations.switcher')}
      </label>
      <select
        id={id}
        className="form-select form-select-sm"
        value={scope.current?.code ?? ''}
        onChange={(event) => {
          const code = event.target.value;
          chooseOrganisation(code);
          const name = scope.choices.find((organisation) => organisation.code === code)?.name ?? code;
          setAnnounced(t('organisations.switched', { name }));
          if (ONE_ORGANISATIONS_PAGES.some((pattern) => matchPath(pattern, location.pathname))) {
            void navigate(paths.home(), { replace: true });
          }
        }}
        data-testid="organisation-switcher"
      >
        {scope.choices.map((organisation) => (
          <option key={organisation.code} value={organisation.code}>
            {organisation.name}
          </option>
        ))}
      </select>
      <span role="status" className="visually-hidden">
        {announced}
      </span>
    </div>
  );
}
