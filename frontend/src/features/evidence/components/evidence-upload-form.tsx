import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/form-field';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useAttachEvidence } from '@/features/evidence/api/attach-evidence';
import type { EvidenceTarget } from '@/features/evidence/api/get-evidence';
import { FailureAlert } from '@/features/evidence/components/failure-alert';
import { evidenceFailure, type EvidenceFailure } from '@/features/evidence/utils/failure';
import { DEFAULT_MAX_SIZE, formatSize } from '@/features/evidence/utils/format-size';
import { ACCEPTED_FILES } from '@/features/evidence/utils/media-type';

type Stage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'checking' };

type Props = {
  /** Prefixes the ids of the form's controls: two panels never share one. */
  id: string;
  target: EvidenceTarget;
  /** The level of the form's heading, one below the panel's. */
  headingLevel: 3 | 4;
  onAttached: (fileName: string) => void;
};

const DESCRIPTION_MAX = 1000;

/**
 * Attaching a file: the picker offers the accepted types, the backend tells the type from the content and answers
 * a refusal (wrong type, too large, period closed) that is shown under the file field, which it describes.
 */
export function EvidenceUploadForm({ id, target, headingLevel, onAttached }: Props) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const attach = useAttachEvidence();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [fileError, setFileError] = useState<string>();
  const [failure, setFailure] = useState<EvidenceFailure | null>(null);
  // A new key empties the file input after an upload: its value cannot be set from script.
  const [inputKey, setInputKey] = useState(0);
  const fileId = `${id}-file`;
  const busy = stage.kind !== 'idle';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError(t('evidence.chooseFirst'));
      fileInput.current?.focus();
      return;
    }
    setFailure(null);
    setStage({ kind: 'uploading', percent: 0 });
    attach.mutate(
      {
        target,
        file,
        description,
        onProgress: (sent, total) =>
          setStage(
            sent >= total ? { kind: 'checking' } : { kind: 'uploading', percent: Math.round((sent / Math.max(total, 1)) * 100) },
          ),
      },
      {
        onSuccess: (evidence) => {
          setFile(null);
          setDescription('');
          setInputKey((key) => key + 1);
          onAttached(evidence.fileName ?? file.name);
        },
        onError: (error) => {
          setFailure(evidenceFailure(t, error));
          fileInput.current?.focus();
        },
        onSettled: () => setStage({ kind: 'idle' }),
      },
    );
  }

  const describedBy = [`${fileId}-hint`, fileError ? `${fileId}-error` : null, failure ? `${fileId}-failure` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="evidence-upload mt-3">
      <Heading id={`${id}-title`} className="h5">
        {t('evidence.attachHeading')}
      </Heading>
      <div className="mb-3">
        <label htmlFor={fileId} className="form-label">
          {t('evidence.file')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          key={inputKey}
          ref={fileInput}
          id={fileId}
          type="file"
          className={`form-control ${fileError || failure ? 'is-invalid' : ''}`}
          accept={ACCEPTED_FILES}
          aria-required
          aria-describedby={describedBy}
          aria-invalid={fileError || failure ? true : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(undefined);
            setFailure(null);
          }}
        />
        <div id={`${fileId}-hint`} className="form-text">
          {t('evidence.fileHint', { max: formatSize(DEFAULT_MAX_SIZE) })}
        </div>
        {fileError ? (
          <div id={`${fileId}-error`} className="invalid-feedback d-block">
            {fileError}
          </div>
        ) : null}
        <FailureAlert id={`${fileId}-failure`} failure={failure} />
      </div>
      <TextAreaField
        id={`${id}-description`}
        label={t('evidence.description')}
        hint={t('evidence.descriptionHint', { max: DESCRIPTION_MAX })}
        maxLength={DESCRIPTION_MAX}
        rows={2}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Button type="submit" disabled={busy}>
        {busy ? t('evidence.attaching') : t('evidence.attach')}
      </Button>
      <div aria-live="polite" className="mt-2">
        {stage.kind === 'uploading' ? (
          <ProgressBar value={stage.percent} label={t('evidence.uploading')} valueText={`${stage.percent}%`} />
        ) : null}
        {stage.kind === 'checking' ? <p className="mb-0">{t('evidence.checking')}</p> : null}
      </div>
    </form>
  );
}
