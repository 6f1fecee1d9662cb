import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** An in-page confirmation (window.confirm is blocked in some extension pages and cannot be styled or translated). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => returnTo?.focus?.();
  }, []);

  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onCancel()}>
      <div
        ref={boxRef}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            props.onCancel();
          } else if (e.key === 'Tab' && boxRef.current) {
            const buttons = Array.from(boxRef.current.querySelectorAll('button'));
            const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
            const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
            e.preventDefault();
            buttons[next]?.focus();
          }
        }}
      >
        <h2 id="confirm-title">{props.title}</h2>
        <p id="confirm-body">{props.body}</p>
        <div class="dialog-buttons">
          <button type="button" ref={cancelRef} class="secondary" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
          <button type="button" class="danger" onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
