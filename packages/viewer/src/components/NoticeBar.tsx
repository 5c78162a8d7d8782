import { notify, statusStore } from "../status/store.js";
import { useStore } from "../store/use-store.js";

export function NoticeBar() {
  const { notice } = useStore(statusStore);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      data-testid="notice"
      role={notice.kind === "error" ? "alert" : "status"}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            const run = notice.action?.run;
            notify(null);
            run?.();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => notify(null)}>
        ×
      </button>
    </div>
  );
}
