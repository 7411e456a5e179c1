import { Alert as KitAlert } from 'design-react-kit';
import type { ReactNode } from 'react';

type Props = {
  tone: 'info' | 'success' | 'warning' | 'danger';
  /** 'alert' interrupts a screen reader: keep it for what just happened, not for what the page always says. */
  role?: 'alert' | 'status' | 'note';
  className?: string;
  children: ReactNode;
};

export function Alert({ tone, role = 'note', className, children }: Props) {
  return (
    <KitAlert color={tone} role={role} fade={false} className={className}>
      {children}
    </KitAlert>
  );
}
