import type { TFunction } from 'i18next';
import type { ImportWarning } from '@/types/api';

/** A warning of the import in the reader's language, from its code and parameters; the backend's Italian otherwise. */
export function importWarningText(t: TFunction, warning: ImportWarning): string {
  if (!warning.code) return warning.message ?? '';
  const params = warning.params ?? {};
  const field = params.field ? t(`import.warningFields.${params.field}`, { defaultValue: params.field }) : '';
  const missing = params.withoutWeight ? t('import.warningWithoutWeight', { codes: params.withoutWeight }) : '';
  const text = t(`import.warnings.${warning.code}`, { ...params, field, missing, defaultValue: '' });
  return text === '' ? (warning.message ?? '') : text;
}
