import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AssessmentBadge } from '@/components/assessment-badge';
import { initI18n } from '@/lib/i18n';

function renderIn(language: 'it' | 'en', step: number | null) {
  return render(
    <I18nextProvider i18n={initI18n(language)}>
      <AssessmentBadge step={step} />
    </I18nextProvider>,
  );
}

describe('AssessmentBadge', () => {
  it('shouldPrintTheStepAndItsWordsSoThatColourIsNotTheOnlyCue', () => {
    renderIn('it', 5);
    expect(screen.getByText('5 · in ritardo')).toHaveClass('assessment-5');
  });

  it('shouldSpeakEnglishWhenAsked', () => {
    renderIn('en', 2);
    expect(screen.getByText('2 · not started – as expected')).toBeInTheDocument();
  });

  it('shouldSayNotAssessedWithoutAStep', () => {
    renderIn('it', null);
    expect(screen.getByText('non valutato')).toHaveClass('assessment-none');
  });
});
