import { Button as KitButton } from 'design-react-kit';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'success';
  outline?: boolean;
  size?: 'sm' | 'lg';
  children: ReactNode;
};

export function Button({ variant = 'primary', outline = false, size, type = 'button', children, ...rest }: Props) {
  return (
    <KitButton color={variant} outline={outline} size={size} type={type} {...rest}>
      {children}
    </KitButton>
  );
}
