import { useSyncExternalStore } from 'react';

/** Bootstrap's md breakpoint: below it a table of indicators no longer fits beside the page's margins. */
export const NARROW_SCREEN = '(max-width: 767.98px)';

function query(media: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(media) : null;
}

/** Whether a CSS media query matches now, re-rendering when it starts or stops matching (a phone turned sideways). */
export function useMediaQuery(media: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = query(media);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => query(media)?.matches ?? false,
    () => false,
  );
}
