import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import type { ImportReport, ImportRow, Problem } from '@/types/api';
import { fieldLabel, formatChangeValue } from '@/utils/format-change';
import { importAllegato } from '@/features/allegato/api/import-allegato';
import { importWarningText } from '@/features/allegato/utils/import-warning';

type Stage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' };

/**
 * Importing an Allegato A: a dry run first, which reports row by row what would change, then the import itself,
 * all or nothing. Large files show their upload's progress, then that the server is reading them.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [showUnchanged, setShowUnchanged] = useState(false);
  // One key per chosen file: pressing "Importa" twice, or retrying after a lost answer, applies the file once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  function send(dryRun: boolean) {
    if (!file) {
      setFileError(t('import.chooseFirst'));
      document.getElementById('import-file')?.focus();
      return;
    }
    setProblem(null);
    setStage({ kind: 'uploading', percent: 0 });
    importAllegato(file, {
      dryRun,
      idempotencyKey: dryRun ? undefined : idempotencyKey,
      onProgress: (sent, total) =>
        setStage(sent >= total ? { kind: 'processing' } : { kind: 'uploading', percent: Math.round((sent / total) * 100) }),
    })
      .then(async (report) => {
        if (dryRun) {
          setPreview(report);
        } else {
          setApplied(report);
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: ['plans'] }),
            queryClient.invalidateQueries({ queryKey: ['report'] }),
            queryClient.invalidateQueries({ queryKey: ['admin'] }),
          ]);
        }
      })
      .catch((error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) }))
      .finally(() => setStage({ kind: 'idle' }));
  }

  function check(event: FormEvent) {
    event.preventDefault();
    send(true);
  }

  const busy = stage.kind !== 'idle';
  const rows = (preview?.rows ?? []).filter((row) => showUnchanged || row.action !== 'UNCHANGED');

  return (
    <>
      <h1>{t('import.heading')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <form onSubmit={check} noValidate aria-labelledby="import-form-title" className="mb-4">
        <h2 id="import-form-title" className="h4">
          {t('import.fileHeading')}
        </h2>
        <div className="mb-3">
          <label htmlFor="import-file" className="form-label">
            {t('import.file')}
          </label>
          <input
            id="import-file"
            type="file"
            className={`form-control ${fileError ? 'is-invalid' : ''}`}
            accept=".xlsx,.ods,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,text/tab-separated-values,text/plain"
            aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(undefined);
              setPreview(null);
              setApplied(null);
              setProblem(null);
              setIdempotencyKey(crypto.randomUUID());
            }}
          />
          <div id="import-file-hint" className="form-text">
            {t('import.fileHint')}
          </div>
          {fileError ? (
            <div id="import-file-error" className="invalid-feedback d-block">
              {fileError}
            </div>
          ) : null}
        </div>
        <Button type="submit" disabled={busy}>
          {t('import.dryRun')}
        </Button>
      </form>

      <div aria-live="polite">
        {stage.kind === 'uploading' ? (
          <ProgressBar value={stage.percent} label={t('import.uploading')} valueText={`${stage.percent}%`} />
        ) : null}
        {stage.kind === 'processing' ? <p role="status">{t('import.processing')}</p> : null}
      </div>
      <ProblemAlert problem={problem} formFields={[]} />

      {applied ? (
        <Alert tone="success" role="status">
          <p className="mb-1">{t('import.applied', summaryOf(applied))}</p>
          <Link to={paths.plan(applied.planId ?? 0)}>{t('import.openPlan', { year: applied.year })}</Link>
        </Alert>
      ) : null}

      {preview && !applied ? (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title" className="h4">
            {t('import.previewHeading', { organisation: preview.organisation, year: preview.year })}
          </h2>
          <p data-testid="import-summary">{t('import.summary', summaryOf(preview))}</p>
          {(preview.warnings ?? []).length > 0 ? (
            <Alert tone="warning">
              <ul className="mb-0">
                {(preview.warnings ?? []).map((warning) => (
                  <li key={`${warning.source}-${warning.message}`}>
                    {warning.source ? `${warning.source}: ` : ''}
                    {importWarningText(t, warning)}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div className="form-check mb-2">
            <input
              id="import-show-unchanged"
              type="checkbox"
              className="form-check-input"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />
            <label htmlFor="import-show-unchanged" className="form-check-label">
              {t('import.showUnchanged')}
            </label>
          </div>
          <ImportRows rows={rows} />
          <Button variant="success" disabled={busy} onClick={() => send(false)}>
            {t('import.apply')}
          </Button>
        </section>
      ) : null}
    </>
  );
}

function summaryOf(report: ImportReport) {
  return {
    created: report.summary?.created ?? 0,
    updated: report.summary?.updated ?? 0,
    unchanged: report.summary?.unchanged ?? 0,
    notInFile: report.summary?.notInFile ?? 0,
  };
}

function ImportRows({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t('import.nothingToChange')}</p>;
  return (
    <Table caption={t('import.rowsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('import.where')}</th>
          <th scope="col">{t('import.what')}</th>
          <th scope="col">{t('import.action')}</th>
          <th scope="col">{t('import.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.sheet}-${row.row}-${row.entity}-${row.key}-${index}`}>
            <td>{[row.sheet, row.row != null ? t('import.row', { row: row.row }) : null].filter(Boolean).join(', ')}</td>
            <th scope="row" className="fw-normal">
              {t(`import.entities.${row.entity}`, { defaultValue: row.entity })} {row.key}
            </th>
            <td>{t(`import.actions.${row.action}`, { defaultValue: row.action })}</td>
            <td>
              {(row.changes ?? []).length > 0 ? (
                <ul className="mb-0 ps-3">
                  {(row.changes ?? []).map((change) => (
                    <li key={change.field}>
                      <span className="fw-semibold">{fieldLabel(t, change.field)}</span>: {formatChangeValue(t, change.field, change.oldValue)}{' '}
                      <span aria-hidden="true">→</span>{' '}
                      <span className="visually-hidden">{t('history.to')}</span>{' '}
                      {formatChangeValue(t, change.field, change.newValue)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
