import { Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

export type ConfirmRequest = {
  title: string;
  message: ReactNode;
  /** The words of the button that does it ("Elimina", "Chiudi il periodo"): never a bare "OK". */
  confirmLabel: string;
  tone?: 'primary' | 'danger';
};

type Pending = ConfirmRequest & { resolve: (confirmed: boolean) => void };

/**
 * The design system's modal in place of the browser's confirm(): a dialog named by its title, focus kept inside it
 * and starting on "Annulla", Escape or the backdrop cancelling, focus back on the button that asked when it closes.
 * Returns the dialog to render and `confirm`, which resolves to whether the person went ahead.
 */
export function useConfirm(): [ReactNode, (request: ConfirmRequest) => Promise<boolean>] {
  const { t } = useTranslation();
  const titleId = useId();
  const cancelId = useId();
  const [pending, setPending] = useState<Pending | null>(null);

  const confirm = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })),
    [],
  );
  const answer = (confirmed: boolean) => {
    pending?.resolve(confirmed);
    setPending(null);
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
