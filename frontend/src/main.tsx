import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '@/styles/fonts.css';
import '@/styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startAuthSession } from '@/lib/auth-config';

void startAuthSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
