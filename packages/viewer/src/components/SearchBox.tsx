import { useEffect, useRef, useState } from "react";
import type { SearchHit } from "../../shared/api/contract.js";
import { clearSearch, runSearch, searchStore } from "../search/store.js";
import { useStore } from "../store/use-store.js";

export function SearchBox({ onPick }: { onPick(hit: SearchHit): void }) {
  const state = useStore(searchStore);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void runSearch(text), 120);
    return () => clearTimeout(timer.current);
  }, [text]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    setText("");
    clearSearch();
  };

  return (
    <div className="search">
      <input
        data-testid="search-input"
        type="search"
        placeholder="Search people, organizations, claims…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, state.hits.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") pick(state.hits[active]);
          else if (e.key === "Escape") setOpen(false);
        }}
        aria-label="Search"
      />
      {open && text.trim() && (
        <div className="search-results" data-testid="search-results" role="listbox">
          {state.status === "error" && <div className="search-note error">{state.error}</div>}
          {state.status !== "error" && state.hits.length === 0 && (
            <div className="search-note">{state.status === "loading" ? "Searching…" : "No match."}</div>
          )}
          {state.hits.map((hit, i) => (
            <button
              type="button"
              key={hit.id}
              role="option"
              aria-selected={i === active}
              className={`search-hit ${i === active ? "active" : ""}`}
              data-testid="search-hit"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
            >
              <span className={`badge badge-${hit.label}`}>{hit.label}</span>
              <span className="hit-name">{hit.name}</span>
              <span className="hit-detail">{hit.detail}</span>
            </button>
          ))}
          {state.truncated && <div className="search-note">More matches exist: type more to narrow them.</div>}
        </div>
      )}
    </div>
  );
}
