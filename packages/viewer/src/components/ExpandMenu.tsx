import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { EXPANDABLE_TYPES, type ExpandableType, type RelationCount } from "../../shared/api/contract.js";
import { api, messageOf } from "../api/client.js";
import type { Position } from "../graph/model.js";

export interface ExpandMenuProps {
  nodeId: string;
  name: string;
  at: Position;
  pinned: boolean;
  onExpand(type: ExpandableType | undefined, direction: "out" | "in" | undefined): void;
  onPin(): void;
  onHide(): void;
  onFocus(): void;
  onClose(): void;
}

const ARROW = { out: "→", in: "←" } as const;

/** Shows how many neighbours each relationship has, before anything is fetched. */
export function ExpandMenu(props: ExpandMenuProps) {
  const [counts, setCounts] = useState<RelationCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setCounts(null);
    api
      .counts(props.nodeId)
      .then((r) => live && setCounts(r.counts))
      .catch((e) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [props.nodeId]);
  const total = counts?.reduce((sum, c) => sum + c.count, 0) ?? 0;
  const box = useRef<HTMLDivElement>(null);
  const items = () => [...(box.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  // Focus moves into the menu when it opens (and onto the first count once they arrive), and goes
  // back where it was when the menu closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when the counts arrive
  useEffect(() => {
    const active = document.activeElement;
    const first = items()[0];
    if (first && (!box.current?.contains(active) || active === box.current)) first.focus();
    else if (!first) box.current?.focus();
  }, [counts, props.nodeId]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at < 0 ? list.length - 1 : at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Tab") {
      // Keep Tab inside the menu while it is open.
      if (e.shiftKey && at <= 0) move(list.length - 1);
      else if (!e.shiftKey && at === list.length - 1) move(0);
    }
  };

  return (
    <div
      ref={box}
      className="menu"
      // Kept inside the canvas: a menu opened near its right or bottom edge is not cut off.
      style={{
        left: `max(4px, min(${props.at.x + 12}px, 100% - 250px))`,
        top: `max(4px, min(${props.at.y + 12}px, 100% - 320px))`,
      }}
      data-testid="expand-menu"
      role="menu"
      aria-label={`Expand ${props.name}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="menu-title">{props.name}</div>
      {error && <div className="menu-note error">{error}</div>}
      {!counts && !error && <div className="menu-note">Counting neighbours…</div>}
      {counts?.map((c) =>
        (EXPANDABLE_TYPES as readonly string[]).includes(c.type) ? (
          <button
            type="button"
            role="menuitem"
            key={`${c.type}-${c.direction}`}
            data-testid={`expand-${c.type}-${c.direction}`}
            onClick={() => props.onExpand(c.type as ExpandableType, c.direction)}
          >
            <span>
              {ARROW[c.direction]} {c.type}
            </span>
            <span className="count">{c.count}</span>
          </button>
        ) : null,
      )}
      {counts && counts.length > 0 && (
        <button
          type="button"
          role="menuitem"
          data-testid="expand-all"
          onClick={() => props.onExpand(undefined, undefined)}
        >
          <span>Expand all</span>
          <span className="count">{total > 100 ? `100 of ${total}` : total}</span>
        </button>
      )}
      {counts?.length === 0 && <div className="menu-note">No neighbours.</div>}
      <hr />
      <button type="button" role="menuitem" onClick={props.onFocus}>
        Highlight neighbourhood
      </button>
      <button type="button" role="menuitem" onClick={props.onPin}>
        {props.pinned ? "Unpin" : "Pin in place"}
      </button>
      <button type="button" role="menuitem" onClick={props.onHide}>
        Hide
      </button>
      <button type="button" role="menuitem" className="menu-close" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}
