import { Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

export type ConfirmRequest = {
  title: string;
  message: ReactNode;
  /** The words of the button that does it ("Elimina", "Chiudi il periodo"): never a bare "OK". */
  confirmLabel: string;
  tone?: 'primary' | 'danger';
};

/**
 * The design system's modal in place of the browser's confirm(): a dialog named by its title, focus kept inside it
 * and starting on "Annulla", Escape or the backdrop cancelling, focus back on the button that asked when it closes.
 * Returns the dialog to render and `confirm`, which resolves to whether the person went ahead, once the dialog has
 * closed and given the focus back: an action that then moves the focus elsewhere (its outcome, a new heading) keeps it.
 */
export function useConfirm(): [ReactNode, (request: ConfirmRequest) => Promise<boolean>] {
  const { t } = useTranslation();
  const titleId = useId();
  const cancelId = useId();
  const [pending, setPending] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((confirmed: boolean) => void) | null>(null);
  const answered = useRef(false);

  const confirm = useCallback(
    (request: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        answered.current = false;
        setPending(request);
      }),
    [],
  );
  const answer = (confirmed: boolean) => {
    answered.current = confirmed;
    setPending(null);
  };
  // Called by the kit just before it gives the focus back to the button that opened the dialog.
  const closed = () => {
    resolver.current?.(answered.current);
    resolver.current = null;
  };

  const dialog = (
    <Modal
      isOpen={pending != null}
      toggle={() => answer(false)}
      labelledBy={titleId}
      trapFocus
      returnFocusAfterClose
      fade={false}
      onOpened={() => document.getElementById(cancelId)?.focus()}
      onClosed={closed}
    >
      <ModalHeader id={titleId} tag="h2" className="h4">
        {pending?.title}
      </ModalHeader>
      <ModalBody>{pending?.message}</ModalBody>
      <ModalFooter>
        <Button id={cancelId} variant="secondary" outline onClick={() => answer(false)}>
          {t('common.cancel')}
        </Button>
        <Button variant={pending?.tone ?? 'primary'} onClick={() => answer(true)}>
          {pending?.confirmLabel ?? ''}
        </Button>
      </ModalFooter>
    </Modal>
  );
  return [dialog, confirm];
}
