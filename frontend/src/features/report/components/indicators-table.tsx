import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentBadge } from '@/components/assessment-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table } from '@/components/ui/table';
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query';
import type { ReportIndicator, ReportObjective } from '@/types/api';
import { formatPercent } from '@/utils/format';
import { achievementOf } from '@/features/report/utils/dashboard-filters';
import { hasNotes, shownValue } from '@/features/report/utils/indicator-value';
import { indicatorName } from '@/features/report/utils/names';
import { IndicatorNotes } from '@/features/report/components/indicator-notes';
import { ValueUsed } from '@/features/report/components/value-used';
import { baselineReference } from '@/utils/baseline-reference';

type Props = {
  objective: ReportObjective;
  /** Extra cell content per indicator, such as an edit button the user may or may not see. */
  renderActions?: (indicator: ReportIndicator) => ReactNode;
  showSuggestion?: boolean;
  /** The level of each indicator's heading on narrow screens, where every indicator is a card. */
  cardHeadingLevel?: 3 | 4;
};

function Baseline({ indicator }: { indicator: ReportIndicator }) {
  const { t } = useTranslation();
  return (
    <>
      {formatPercent(indicator.baselineValue)}
      {indicator.baselineReference ? (
        <div className="small text-muted">{baselineReference(t, indicator.baselineReference)}</div>
      ) : null}
    </>
  );
}

function Target({ indicator }: { indicator: ReportIndicator }) {
  const { t } = useTranslation();
  return (
    <>
      {formatPercent(indicator.targetValue)}
      {indicator.nextYearsTargetValue != null || indicator.nextYearsTargetRule ? (
        <div className="small text-muted">
          {t('indicator.nextYears')}: {indicator.nextYearsTargetRule ?? formatPercent(indicator.nextYearsTargetValue)}
        </div>
      ) : null}
    </>
  );
}

function Progress({ indicator, name }: { indicator: ReportIndicator; name: string }) {
  const { t } = useTranslation();
  const achievement = achievementOf(indicator);
  if (achievement == null) {
    return <span className="small text-muted">{t('indicator.noValue')}</span>;
  }
  return (
    <ProgressBar
      value={achievement}
      label={t('indicator.progressLabel', { name })}
      valueText={t('indicator.progressValue', {
        value: formatPercent(shownValue(indicator)),
        target: formatPercent(indicator.targetValue),
      })}
      tone={achievement >= 100 ? 'success' : 'primary'}
    />
  );
}

function Assessment({ indicator, showSuggestion }: { indicator: ReportIndicator; showSuggestion: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <AssessmentBadge step={indicator.assessment?.step} />
      {showSuggestion && indicator.suggestion?.step != null ? (
        <div className="small mt-1">
          {t('suggestion.short')}: <AssessmentBadge step={indicator.suggestion.step} />
        </div>
      ) : null}
    </>
  );
}

/** The disclosure that shows an indicator's notes in place: a real button, its state announced (aria-expanded). */
function NotesToggle({ id, open, name, onToggle }: { id: string; open: boolean; name: string; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-link btn-sm p-0 notes-toggle"
      aria-expanded={open}
      aria-controls={id}
      onClick={onToggle}
    >
      <span aria-hidden="true" className="notes-toggle-icon">
        {open ? '▾' : '▸'}
      </span>{' '}
      {t(open ? 'indicator.notes.hide' : 'indicator.notes.show')} <span className="visually-hidden">{name}</span>
    </button>
  );
}

/**
 * The indicators of an objective: a table where it fits, one card per indicator on narrow screens, so that a
 * phone shows every figure without sideways scrolling. Each indicator opens its notes and data source in place.
 */
export function IndicatorsTable({ objective, renderActions, showSuggestion = false, cardHeadingLevel = 4 }: Props) {
  const { t } = useTranslation();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const indicators = objective.indicators ?? [];
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const notesId = (indicator: ReportIndicator) => `indicator-${indicator.id}-notes`;

  if (narrow) {
    const Heading = `h${cardHeadingLevel}` as const;
    return (
      <ul className="indicator-cards list-unstyled" aria-label={t('indicator.tableCaption', { code: objective.code })}>
        {indicators.map((indicator) => {
          const name = indicatorName(t, objective, indicator);
          const id = indicator.id ?? 0;
          return (
            <li key={indicator.id} className="indicator-card" data-testid={`indicator-${indicator.id}`}>
              <Heading className="indicator-card-title">
                <span className="visually-hidden">{name}: </span>
                {indicator.description}
              </Heading>
              <p className="small text-muted mb-2">{t(`indicator.kind.${indicator.kind}`)}</p>
              <dl className="indicator-card-figures">
                <div>
                  <dt>{t('indicator.baseline')}</dt>
                  <dd>
                    <Baseline indicator={indicator} />
                  </dd>
                </div>
                <div>
                  <dt>{t('indicator.target')}</dt>
                  <dd>
                    <Target indicator={indicator} />
                  </dd>
                </div>
                <div className="indicator-card-wide">
                  <dt>{t('indicator.valueUsed')}</dt>
                  <dd>
                    <ValueUsed indicator={indicator} label={name} />
                  </dd>
                </div>
                <div className="indicator-card-wide">
                  <dt>{t('indicator.progress')}</dt>
                  <dd>
                    <Progress indicator={indicator} name={name} />
                  </dd>
                </div>
                <div className="indicator-card-wide">
                  <dt>{t('indicator.assessment')}</dt>
                  <dd>
                    <Assessment indicator={indicator} showSuggestion={showSuggestion} />
                  </dd>
                </div>
              </dl>
              {hasNotes(indicator) ? (
                <>
                  <NotesToggle id={notesId(indicator)} open={open.has(id)} name={name} onToggle={() => toggle(id)} />
                  <div id={notesId(indicator)} hidden={!open.has(id)} className="mt-2">
                    {open.has(id) ? <IndicatorNotes indicator={indicator} /> : null}
                  </div>
                </>
              ) : null}
              {renderActions ? <div className="mt-2">{renderActions(indicator)}</div> : null}
            </li>
          );
        })}
      </ul>
    );
  }

  const columns = renderActions ? 7 : 6;
  return (
    <Table
      caption={t('indicator.tableCaption', { code: objective.code })}
      captionHidden
      className={`indicators-table${renderActions ? ' with-actions' : ''}`}
    >
      <thead>
        <tr>
          <th scope="col">{t('indicator.description')}</th>
          <th scope="col">{t('indicator.baseline')}</th>
          <th scope="col">{t('indicator.target')}</th>
          <th scope="col">{t('indicator.valueUsed')}</th>
          <th scope="col">{t('indicator.progress')}</th>
          <th scope="col">{t('indicator.assessment')}</th>
          {renderActions ? (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      {indicators.map((indicator) => {
        const name = indicatorName(t, objective, indicator);
        const id = indicator.id ?? 0;
        const expanded = open.has(id);
        // One tbody per indicator keeps its notes row next to it for screen readers' table navigation.
        return (
          <tbody key={indicator.id}>
            <tr data-testid={`indicator-${indicator.id}`}>
              <th scope="row" className="fw-normal">
                <span className="visually-hidden">{name}:</span> {indicator.description}
                <div className="small text-muted">{t(`indicator.kind.${indicator.kind}`)}</div>
                {hasNotes(indicator) ? (
                  <NotesToggle id={notesId(indicator)} open={expanded} name={name} onToggle={() => toggle(id)} />
                ) : null}
              </th>
              <td>
                <Baseline indicator={indicator} />
              </td>
              <td>
                <Target indicator={indicator} />
              </td>
              <td>
                <ValueUsed indicator={indicator} label={name} />
              </td>
              <td className="progress-cell">
                <Progress indicator={indicator} name={name} />
              </td>
              <td>
                <Assessment indicator={indicator} showSuggestion={showSuggestion} />
              </td>
              {renderActions ? <td>{renderActions(indicator)}</td> : null}
            </tr>
            {hasNotes(indicator) ? (
              <tr id={notesId(indicator)} hidden={!expanded} className="indicator-notes-row">
                <td colSpan={columns}>{expanded ? <IndicatorNotes indicator={indicator} /> : null}</td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
    </Table>
  );
}
