import { Card as KitCard, CardBody } from 'design-react-kit';
import type { ReactNode } from 'react';

type Props = { className?: string; tag?: 'article' | 'section' | 'div'; children: ReactNode } & Record<
  `aria-${string}`,
  string | undefined
>;

export function Card({ className, tag = 'div', children, ...aria }: Props) {
  return (
    <KitCard tag={tag} className={`card-bg rounded shadow-sm ${className ?? ''}`} {...aria}>
      <CardBody className="p-4">{children}</CardBody>
    </KitCard>
  );
}
