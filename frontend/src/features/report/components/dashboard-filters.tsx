import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import {
  hasFilters,
  type AssessmentFilter,
  type DashboardFilters as Filters,
  type FilterOptions,
} from '@/features/report/utils/dashboard-filters';

type Props = { options: FilterOptions; filters: Filters; onChange: (filters: Filters) => void };

/** Narrows the dashboard in place; the choice lives in the address so that it can be bookmarked and shared. */
export function DashboardFilters({ options, filters, onChange }: Props) {
  const { t } = useTranslation();
  const all = { value: '', label: t('filters.all') };
  return (
    <form
      className="dashboard-filters row g-3 align-items-end"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="col-md-6 col-lg-4">
        <SelectField
          id="filter-area"
          label={t('filters.area')}
          value={filters.area != null ? String(filters.area) : ''}
          onChange={(event) => onChange({ ...filters, area: event.target.value ? Number(event.target.value) : undefined })}
          options={[all, ...options.areas.map((area) => ({ value: String(area.value), label: area.label }))]}
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <SelectField
          id="filter-structure"
          label={t('filters.structure')}
          value={filters.structure ?? ''}
          onChange={(event) => onChange({ ...filters, structure: event.target.value || undefined })}
          options={[all, ...options.structures]}
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <SelectField
          id="filter-programming"
          label={t('filters.programmingLink')}
          value={filters.programmingLink ?? ''}
          onChange={(event) => onChange({ ...filters, programmingLink: event.target.value || undefined })}
          options={[all, ...options.programmingLinks.map((link) => ({ value: link, label: link }))]}
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <SelectField
          id="filter-assessment"
          label={t('filters.assessment')}
          value={filters.assessment != null ? String(filters.assessment) : ''}
          onChange={(event) => {
            const value = event.target.value;
            const assessment = value === '' ? undefined : value === 'none' ? 'none' : (Number(value) as AssessmentFilter);
            onChange({ ...filters, assessment });
          }}
          options={[
            all,
            ...[1, 2, 3, 4, 5].map((step) => ({ value: String(step), label: `${step} · ${t(`assessment.step.${step}`)}` })),
            { value: 'none', label: t('assessment.none') },
          ]}
        />
      </div>
      <div className="col-md-6 col-lg-4 mb-3">
        <div className="form-check">
          <input
            id="filter-late-phases"
            type="checkbox"
            className="form-check-input"
            checked={filters.latePhases === true}
            onChange={(event) => onChange({ ...filters, latePhases: event.target.checked || undefined })}
          />
          <label htmlFor="filter-late-phases" className="form-check-label">
            {t('filters.latePhases')}
          </label>
        </div>
      </div>
      <div className="col-md-6 col-lg-4 mb-3">
        {hasFilters(filters) ? (
          <Button variant="secondary" outline size="sm" onClick={() => onChange({})}>
            {t('filters.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
