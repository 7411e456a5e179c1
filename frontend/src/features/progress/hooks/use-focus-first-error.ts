import { useEffect, useRef } from 'react';

/** After each refused submit, puts the focus on the first field marked invalid (WCAG 3.3.1). */
export function useFocusFirstError<T extends HTMLElement>(refusals: number) {
  const container = useRef<T>(null);
  useEffect(() => {
    if (refusals > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  return container;
}
