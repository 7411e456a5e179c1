import { Table as KitTable } from 'design-react-kit';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { caption: ReactNode; captionHidden?: boolean; className?: string; children: ReactNode };

/** Whether an element is narrower than its content, kept up to date as the window or the content changes. */
function useOverflowing<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflowing] as const;
}

/**
 * A responsive table whose caption names it for assistive technologies. Where it is wider than the screen it
 * scrolls in its own frame, which then becomes a named region the keyboard can reach and scroll
 * (axe scrollable-region-focusable), with a hint; where it fits, it adds no tab stop.
 */
export function Table({ caption, captionHidden = false, className, children }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const [frame, overflowing] = useOverflowing<HTMLDivElement>();
  return (
    <>
      {overflowing ? (
        <p className="table-scroll-hint" aria-hidden="true">
          {t('common.scrollTable')}
        </p>
      ) : null}
      <div
        ref={frame}
        className="table-responsive"
        role={overflowing ? 'region' : undefined}
        tabIndex={overflowing ? 0 : undefined}
        aria-labelledby={overflowing ? captionId : undefined}
      >
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
