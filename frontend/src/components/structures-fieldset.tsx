import { useTranslation } from 'react-i18next';

type Structure = { code?: string; name?: string };

type Props = {
  /** The form's id prefix: the fieldset is `${id}-structures`, so that a refusal of the field focuses its first box. */
  id: string;
  structures: readonly Structure[];
  selected: readonly string[];
  hint: string;
  error?: string;
  onChange: (codes: string[]) => void;
};

/** The responsible structures an editor reports for, as checkboxes; required, with its hint and its error read out. */
export function StructuresFieldset({ id, structures, selected, hint, error, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset
      id={`${id}-structures`}
      className="mb-3"
      aria-describedby={[`${id}-structures-hint`, error ? `${id}-structures-error` : null].filter(Boolean).join(' ')}
    >
      <legend className="h6">
        {t('users.structures')}
        <span aria-hidden="true"> *</span>
      </legend>
      <p id={`${id}-structures-hint`} className="form-text mt-0">
        {hint}
      </p>
      {structures.map((structure) => (
        <div className="form-check" key={structure.code}>
          <input
            className="form-check-input"
            type="checkbox"
            id={`${id}-structure-${structure.code}`}
            checked={selected.includes(structure.code ?? '')}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selected, structure.code ?? '']
                  : selected.filter((code) => code !== structure.code),
              )
            }
          />
          <label className="form-check-label" htmlFor={`${id}-structure-${structure.code}`}>
            {structure.name}
          </label>
        </div>
      ))}
      {error ? (
        <div id={`${id}-structures-error`} className="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
