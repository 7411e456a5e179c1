import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '@/components/ui/table';
import type { ReportPhase } from '@/types/api';
import { formatDate, formatPercent, formatWeight } from '@/utils/format';

export function PhaseStatusBadge({ status }: { status: ReportPhase['status'] }) {
  const { t } = useTranslation();
  const value = status ?? 'NOT_STARTED';
  return <span className={`badge phase-status phase-status-${value.toLowerCase()}`}>{t(`phase.status.${value}`)}</span>;
}

type Props = { phases: ReportPhase[]; caption: string; renderActions?: (phase: ReportPhase) => ReactNode };

export function PhasesTable({ phases, caption, renderActions }: Props) {
  const { t } = useTranslation();
  return (
    <Table caption={caption} className="phases-table">
      <thead>
        <tr>
          <th scope="col">{t('phase.number')}</th>
          <th scope="col">{t('phase.description')}</th>
          <th scope="col">{t('phase.plannedStart')}</th>
          <th scope="col">{t('phase.plannedEnd')}</th>
          <th scope="col">{t('phase.weight')}</th>
          <th scope="col">{t('phase.actualEnd')}</th>
          <th scope="col">{t('phase.partialProgress')}</th>
          <th scope="col">{t('phase.statusLabel')}</th>
          {renderActions ? (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {phases.map((phase) => (
          <tr key={phase.id} data-testid={`phase-${phase.id}`} className={phase.status === 'LATE' ? 'phase-late' : undefined}>
            <td>{phase.number}</td>
            <th scope="row" className="fw-normal">
              {phase.description}
              {phase.output ? (
                <div className="small text-muted">
                  {t('phase.output')}: {phase.output}
                </div>
              ) : null}
              {phase.monitoringNote || phase.dataSource ? (
                <details className="small mt-1">
                  <summary>
                    {t('phase.noteAndSource')}
                    <span className="visually-hidden">: {t('phase.name', { number: phase.number })}</span>
                  </summary>
                  {phase.monitoringNote ? <p className="mb-1">{phase.monitoringNote}</p> : null}
                  {phase.dataSource ? (
                    <p className="mb-0">
                      {t('phase.dataSource')}: {phase.dataSource}
                    </p>
                  ) : null}
                </details>
              ) : null}
            </th>
            <td className="text-nowrap">{formatDate(phase.plannedStart)}</td>
            <td className="text-nowrap">{formatDate(phase.plannedEnd)}</td>
            <td>{formatWeight(phase.weight)}</td>
            <td className="text-nowrap" data-testid={`phase-${phase.id}-actual-end`}>
              {formatDate(phase.actualEnd)}
            </td>
            <td>{phase.partialProgress != null ? formatPercent(phase.partialProgress) : '–'}</td>
            <td>
              <PhaseStatusBadge status={phase.status} />
            </td>
            {renderActions ? <td>{renderActions(phase)}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
