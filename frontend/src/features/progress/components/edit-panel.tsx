import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

type Props = { id: string; title: string; onClose: () => void; children: ReactNode };

/** An inline editing region that takes the focus when it opens, so that keyboard users land in the form. */
export function EditPanel({ id, title, onClose, children }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      id={id}
      className="edit-panel card-bg rounded shadow p-4 my-4"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="d-flex justify-content-between align-items-start gap-3">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="h4">
          {title}
        </h3>
        <Button variant="secondary" outline size="sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      {children}
    </section>
  );
}
