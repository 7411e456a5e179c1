import type { ReactNode } from 'react';

type Props = {
  tone: 'info' | 'success' | 'warning' | 'danger';
  /** 'alert' interrupts a screen reader: keep it for what just happened, not for what the page always says. */
  role?: 'alert' | 'status' | 'note';
  className?: string;
  children: ReactNode;
};

/**
 * Bootstrap Italia's alert box. Not the kit's Alert: reactstrap writes role="alert" over the role it is given, so
 * every static note (an empty list, a draft's explanation) interrupted screen readers as if something had just gone
 * wrong.
 */
export function Alert({ tone, role = 'note', className, children }: Props) {
  return (
    <div role={role} className={['alert', `alert-${tone}`, className].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}
