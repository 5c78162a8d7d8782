import { useEffect, useState } from "react";
import { api, messageOf } from "../api/client.js";
import { EXPANDABLE_TYPES, type ExpandableType, type RelationCount } from "../api/contract.js";
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
  return (
    <div className="menu" style={{ left: props.at.x + 12, top: props.at.y + 12 }} data-testid="expand-menu" role="menu">
      <div className="menu-title">{props.name}</div>
      {error && <div className="menu-note error">{error}</div>}
      {!counts && !error && <div className="menu-note">Counting neighbours…</div>}
      {counts?.map((c) =>
        (EXPANDABLE_TYPES as readonly string[]).includes(c.type) ? (
          <button
            type="button"
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
        <button type="button" data-testid="expand-all" onClick={() => props.onExpand(undefined, undefined)}>
          <span>Expand all</span>
          <span className="count">{total > 100 ? `100 of ${total}` : total}</span>
        </button>
      )}
      {counts?.length === 0 && <div className="menu-note">No neighbours.</div>}
      <hr />
      <button type="button" onClick={props.onFocus}>
        Highlight neighbourhood
      </button>
      <button type="button" onClick={props.onPin}>
        {props.pinned ? "Unpin" : "Pin in place"}
      </button>
      <button type="button" onClick={props.onHide}>
        Hide
      </button>
      <button type="button" className="menu-close" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}
