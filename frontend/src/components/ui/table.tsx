import { Table as KitTable } from 'design-react-kit';
import type { ReactNode } from 'react';

type Props = { caption: ReactNode; captionHidden?: boolean; className?: string; children: ReactNode };

/** A responsive table whose caption names it for assistive technologies. */
export function Table({ caption, captionHidden = false, className, children }: Props) {
  return (
    <div className="table-responsive">
      <KitTable className={`align-middle ${className ?? ''}`}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        {children}
      </KitTable>
    </div>
  );
}
