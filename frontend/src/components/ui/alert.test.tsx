import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Alert } from './alert';

describe('Alert', () => {
  it('keeps the role it is given, so that a static note does not interrupt a screen reader', () => {
    render(
      <>
        <Alert tone="info">Nessun piano</Alert>
        <Alert tone="success" role="status">Salvato</Alert>
        <Alert tone="danger" role="alert">Non salvato</Alert>
      </>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('Nessun piano');
    expect(screen.getByRole('status')).toHaveTextContent('Salvato');
    expect(screen.getByRole('alert')).toHaveTextContent('Non salvato');
    expect(screen.getByRole('note')).toHaveClass('alert', 'alert-info');
  });
});
