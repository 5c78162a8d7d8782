import { EDGE_COLOURS } from "../canvas/style.js";
import { whoEdgeWidth } from "../graph/who-width.js";

const SAMPLES = [1, 2, 5];

/** The who → whom legend's key: an edge is a speaker's claims about a target, as wide as their count. */
export function WhoWidthKey() {
  return (
    <div className="legend-group who-key" data-testid="who-width-key">
      <span className="legend-title">Edge = claims by → about</span>
      {SAMPLES.map((n) => (
        <span key={n} className="who-key-sample" title={`${n} claim${n === 1 ? "" : "s"}`}>
          <svg width="34" height="20" aria-hidden="true">
            <line x1="2" y1="10" x2="32" y2="10" stroke={EDGE_COLOURS.CLAIMS_ABOUT} strokeWidth={whoEdgeWidth(n)} />
          </svg>
          {n}
        </span>
      ))}
    </div>
  );
}
