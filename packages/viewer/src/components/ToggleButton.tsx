import type { ReactNode } from "react";

/**
 * A button that turns one thing on and off: a disclosure (`aria-expanded`: it opens a panel) or a
 * toggle (`aria-pressed`: it switches a mode). The state lives with the caller.
 */
export function ToggleButton(props: {
  on: boolean;
  onChange: (on: boolean) => void;
  kind: "disclosure" | "toggle";
  className: string;
  testId: string;
  title?: string;
  children: ReactNode;
}) {
  const state = props.kind === "disclosure" ? { "aria-expanded": props.on } : { "aria-pressed": props.on };
  return (
    <button
      type="button"
      className={props.className}
      data-testid={props.testId}
      title={props.title}
      {...state}
      onClick={() => props.onChange(!props.on)}
    >
      {props.children}
    </button>
  );
}
