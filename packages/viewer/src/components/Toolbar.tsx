import type { ReactNode } from "react";

/** A row of tool buttons; other features add theirs through `extra`. */
export interface ToolbarButton {
  id: string;
  label: string;
  title: string;
  onClick(): void;
  disabled?: boolean;
}

export function Toolbar({ buttons, extra }: { buttons: ToolbarButton[]; extra?: ReactNode }) {
  return (
    <div className="toolbar" role="toolbar">
      {buttons.map((b) => (
        <button
          type="button"
          key={b.id}
          data-testid={`tool-${b.id}`}
          title={b.title}
          disabled={b.disabled}
          onClick={b.onClick}
        >
          {b.label}
        </button>
      ))}
      {extra}
    </div>
  );
}
