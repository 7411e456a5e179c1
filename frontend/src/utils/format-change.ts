import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatNumber, formatWeight } from '@/utils/format';

// Fields held in percent units, shown as the forms show them: 40 → "40%".
const PERCENT_FIELDS = new Set([
  'weight',
  'partialProgress',
  'enteredValue',
  'baselineValue',
  'targetValue',
  'nextYearsTargetValue',
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
// Fields holding numbers, which the import reports as text when they are decimals (BigDecimal): "79.69".
const NUMERIC_FIELDS = new Set([...PERCENT_FIELDS, 'plannedQuantity', 'assessmentStep', 'number', 'position', 'year']);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The name of a changed field as the forms call it; the backend's name when there is no translation. */
export function fieldLabel(t: TFunction, field: string | undefined): string {
  return field ? t(`field.${field}`, { defaultValue: field }) : '';
}

/**
 * A value before or after a change, in Italian format like every figure of the app: dates 15/06/2021, numbers
 * 37.787, percentages 12,5%, instants in Italian civil time; nothing at all as "(vuoto)".
 */
export function formatChangeValue(t: TFunction, field: string | undefined, value: unknown): string {
  if (value == null || value === '') return t('change.empty');
  if (typeof value === 'boolean') return t(value ? 'change.yes' : 'change.no');
  if (typeof value === 'number') {
    if (field === 'assessmentStep' && value >= 1 && value <= 5) return `${value} · ${t(`assessment.step.${value}`)}`;
    return field && PERCENT_FIELDS.has(field) ? formatWeight(value) : formatNumber(value);
  }
  if (typeof value === 'string') {
    if (field && NUMERIC_FIELDS.has(field) && NUMBER.test(value)) return formatChangeValue(t, field, Number(value));
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => formatChangeValue(t, field, item)).join(', ');
  return JSON.stringify(value);
}
