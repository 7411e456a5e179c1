import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  /** The heading's id, which names the region. */
  titleId: string;
  title: string;
  /** The heading's level in the page; it is drawn two sizes smaller, as a panel inside a list. */
  level: 2 | 3;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * The region that opens under a list to edit one of its rows: its heading takes the focus, so that keyboard users
 * land in the form, and Escape closes it.
 */
export function EditSection({ titleId, title, level, onCancel, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className="edit-panel card-bg rounded shadow p-4 my-4"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <Heading id={titleId} ref={heading} tabIndex={-1} className={level === 2 ? 'h4' : 'h5'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
