import { Spinner as KitSpinner } from 'design-react-kit';

export function Spinner({ label }: { label: string }) {
  return (
    <div role="status" className="d-flex align-items-center gap-2 my-4">
      <KitSpinner active small label={label} />
      <span aria-hidden="true">{label}</span>
    </div>
  );
}
