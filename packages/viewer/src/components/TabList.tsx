/** One choice of a tab list: its value and the words on its button. */
export interface Tab<T extends string> {
  value: T;
  label: string;
}

/**
 * Mutually exclusive choices as a row of tab buttons (`role="tablist"`): the chosen one is
 * aria-selected and "on"; each button's test id is `<testIdPrefix>-<value>`. `className` is the row's
 * look: "segmented" (a switch in a bar or panel) or "tabs" (the side panel's tabs).
 */
export function TabList<T extends string>({
  tabs,
  value,
  onChoose,
  testIdPrefix,
  className,
  label,
}: {
  tabs: readonly Tab<T>[];
  value: T;
  onChoose(value: T): void;
  testIdPrefix: string;
  className: "segmented" | "tabs";
  label?: string;
}) {
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((t) => (
        <button
          type="button"
          role="tab"
          key={t.value}
          data-testid={`${testIdPrefix}-${t.value}`}
          aria-selected={value === t.value}
          className={value === t.value ? "on" : ""}
          onClick={() => onChoose(t.value)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
