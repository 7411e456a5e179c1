import { Table as KitTable } from 'design-react-kit';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { caption: ReactNode; captionHidden?: boolean; className?: string; children: ReactNode };

/**
 * A responsive table whose caption names it for assistive technologies. Where it is wider than the screen it
 * scrolls in its own frame: a named region that the keyboard can reach and scroll, with a hint on narrow screens.
 */
export function Table({ caption, captionHidden = false, className, children }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <>
      <p className="table-scroll-hint d-md-none" aria-hidden="true">
        {t('common.scrollTable')}
      </p>
      <div className="table-responsive" role="region" tabIndex={0} aria-labelledby={captionId}>
        <KitTable className={`align-middle ${className ?? ''}`}>
          <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
          {children}
        </KitTable>
      </div>
    </>
  );
}
