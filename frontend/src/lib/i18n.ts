import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import it from '@/locales/it.json';

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'perfmon.language';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

export function initI18n(language: Language = storedLanguage()) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lng);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for the page only.
    }
  });
  void instance.use(initReactI18next).init({
    resources: { it: { translation: it }, en: { translation: en } },
    lng: language,
    fallbackLng: 'it',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
