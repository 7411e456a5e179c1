import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/react-query';

type Props = { children: ReactNode; queryClient?: QueryClient; i18n?: I18n };

export function AppProvider({ children, queryClient, i18n }: Props) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [translations] = useState(() => i18n ?? initI18n());
  return (
    <I18nextProvider i18n={translations}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
