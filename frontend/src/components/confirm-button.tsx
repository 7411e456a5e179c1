import type { ComponentProps } from 'react';
import { Button } from '@/components/ui/button';
import { useConfirm, type ConfirmRequest } from '@/components/ui/confirm-dialog';

type Props = Omit<ComponentProps<typeof Button>, 'onClick'> & {
  /** What the dialog asks before anything is done. */
  request: ConfirmRequest;
  onConfirmed: () => void;
};

/** A button whose action, deleting or revoking, runs only once the person confirms it in the dialog it opens. */
export function ConfirmButton({ request, onConfirmed, children, ...button }: Props) {
  const [dialog, confirm] = useConfirm();
  return (
    <>
      {dialog}
      <Button
        {...button}
        onClick={async () => {
          if (await confirm(request)) onConfirmed();
        }}
      >
        {children}
      </Button>
    </>
  );
}
