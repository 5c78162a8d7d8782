import type { ClaimResponse, ClaimSummary, EntityRef, EntityResponse } from "../../shared/api/contract.js";
import { ResolutionSection } from "../corrections/ResolutionSection.js";
import { detailsActions, detailsStore } from "../details/store.js";
import { graphActions, graphStore } from "../graph/store.js";
import { StatementSection } from "../statements/StatementSection.js";
import { useStore } from "../store/use-store.js";

export interface DetailsPanelProps {
  onShowEntity(id: string): void;
  onShowClaim(id: string): void;
  /** Opens the expand menu for a node (the keyboard path to what double-click does on the canvas). */
  onExpand?(id: string): void;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const state = useStore(detailsStore);
  if (!state.selection) {
    return (
      <div className="empty-note">
        Click a node to see its details. Double-click (or right-click) a node to expand it; click an edge in the
        who-about-whom view to read its claims.
      </div>
    );
  }
  if (state.status === "loading") return <div className="empty-note">Loading…</div>;
  if (state.status === "error") return <div className="error-box">{state.error}</div>;
  if (state.selection.kind === "edge") return <EdgeClaims {...state.selection} onOpen={props.onShowClaim} />;
  if (state.entity) return <EntityDetails entity={state.entity} {...props} />;
  if (state.claim) return <ClaimDetails claim={state.claim} {...props} />;
  return null;
}

function Ref({ entity, onOpen }: { entity: EntityRef; onOpen(id: string): void }) {
  return (
    <button type="button" className={`ref ref-${entity.label}`} onClick={() => onOpen(entity.id)}>
      {entity.name}
    </button>
  );
}

function ClaimList({
  claims,
  total,
  onOpen,
  what,
}: {
  claims: ClaimSummary[];
  total: number;
  onOpen(id: string): void;
  what: string;
}) {
  if (total === 0) return <p className="muted">None.</p>;
  return (
    <>
      <ul className="claims" data-testid={`claims-${what}`}>
        {claims.map((c) => (
          <li key={c.id}>
            <button type="button" className="claim-link" data-testid="claim-link" onClick={() => onOpen(c.id)}>
              <span className={`kind kind-${c.kind}`}>{c.kind}</span> “{c.text}”
            </button>
            <div className="muted small">
              {what === "about" && c.speaker ? `${c.speaker} · ` : ""}
              {c.outlet}
            </div>
          </li>
        ))}
      </ul>
      {total > claims.length && (
        <p className="muted small">
          Showing {claims.length} of {total}. Expand the node on the canvas (or use the Query tab) to see the rest.
        </p>
      )}
    </>
  );
}

function EntityDetails({
  entity,
  onShowEntity,
  onShowClaim,
  onExpand,
}: { entity: EntityResponse } & DetailsPanelProps) {
  const { node } = entity;
  return (
    <div className="details" data-testid="entity-details">
      <div className={`eyebrow eyebrow-${node.label}`}>
        {node.labels.includes("Anonymous") ? "Anonymous source" : node.label}
        {typeof node.props.kind === "string" && node.props.kind ? ` · ${node.props.kind}` : ""}
      </div>
      <h2>{node.name}</h2>
      {onExpand && (
        <button type="button" className="link" data-testid="details-expand" onClick={() => onExpand(node.id)}>
          Expand on the canvas…
        </button>
      )}
      {entity.aliases.length > 0 && <p className="muted">Also: {entity.aliases.join(", ")}</p>}
      {entity.affiliations.length > 0 && (
        <section>
          <h3>{node.label === "Organization" ? "People" : "Roles and affiliations"}</h3>
          <ul className="plain">
            {entity.affiliations.map((a) => (
              <li key={`${a.other.id}-${a.articleId}`}>
                {a.role && <span>{a.former ? `former ${a.role.replace(/^former /, "")}` : a.role}, </span>}
                <Ref entity={a.other} onOpen={onShowEntity} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>
          Claims made <span className="count">{entity.claimsMadeTotal}</span>
        </h3>
        <ClaimList claims={entity.claimsMade} total={entity.claimsMadeTotal} onOpen={onShowClaim} what="made" />
      </section>
      <section>
        <h3>
          Claims about {node.label === "Organization" ? "it" : "them"}{" "}
          <span className="count">{entity.claimsAboutTotal}</span>
        </h3>
        <ClaimList claims={entity.claimsAbout} total={entity.claimsAboutTotal} onOpen={onShowClaim} what="about" />
      </section>
      <section>
        <h3>
          Articles <span className="count">{entity.articlesTotal}</span>
        </h3>
        <ul className="plain">
          {entity.articles.map((a) => (
            <li key={a.id}>
              <div>{a.title || "(untitled)"}</div>
              <div className="muted small">
                {[a.outlet, a.publishedAt, `${a.mentions} mention${a.mentions === 1 ? "" : "s"}`]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {(node.label === "Person" || node.label === "Organization") && !node.labels.includes("Anonymous") && (
        <ResolutionSection entityId={node.id} onShowEntity={onShowEntity} onGone={(ids) => graphActions.remove(ids)} />
      )}
    </div>
  );
}

/** The paragraph with the quote marked, the cue in bold and the speaker mention underlined. */
export function HighlightedParagraph({ context }: { context: NonNullable<ClaimResponse["context"]> }) {
  const marks = [
    { ...context.quote, cls: "quote" },
    ...(context.cue ? [{ ...context.cue, cls: "cue" }] : []),
    ...(context.speaker ? [{ ...context.speaker, cls: "speaker" }] : []),
  ].sort((a, b) => a.start - b.start);
  const parts: Array<{ text: string; cls: string | null; at: number }> = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping spans: keep the first
    parts.push({ text: context.paragraph.slice(at, m.start), cls: null, at });
    parts.push({ text: context.paragraph.slice(m.start, m.end), cls: m.cls, at: m.start });
    at = m.end;
  }
  parts.push({ text: context.paragraph.slice(at), cls: null, at });
  return (
    <p className="paragraph" data-testid="claim-paragraph">
      {parts.map((p) =>
        p.cls === "quote" ? (
          <mark key={`${p.at}-${p.cls}`} data-testid="quote-highlight">
            {p.text}
          </mark>
        ) : p.cls ? (
          <span key={`${p.at}-${p.cls}`} className={`hl-${p.cls}`}>
            {p.text}
          </span>
        ) : (
          <span key={`${p.at}-text`}>{p.text}</span>
        ),
      )}
    </p>
  );
}

function ClaimDetails({ claim, onShowEntity }: { claim: ClaimResponse } & DetailsPanelProps) {
  return (
    <div className="details" data-testid="claim-details">
      <div className="eyebrow eyebrow-Claim">
        Claim · <span className={`kind kind-${claim.claim.kind}`}>{claim.claim.kind}</span>
        {claim.claim.cue && <> · cue “{claim.claim.cue}”</>}
      </div>
      {claim.context ? (
        <HighlightedParagraph context={claim.context} />
      ) : (
        <p className="paragraph">“{claim.claim.text}”</p>
      )}
      <dl className="facts">
        <dt>Speaker</dt>
        <dd>
          {claim.speakers.length
            ? claim.speakers.map((s) => <Ref key={s.id} entity={s} onOpen={onShowEntity} />)
            : "unknown"}
          {claim.claim.anonymous && <span className="muted"> (anonymous)</span>}
        </dd>
        <dt>About</dt>
        <dd>
          {claim.targets.length ? claim.targets.map((t) => <Ref key={t.id} entity={t} onOpen={onShowEntity} />) : "—"}
        </dd>
        {claim.via.length > 0 && (
          <>
            <dt>Via</dt>
            <dd>
              {claim.via.map((v) => (
                <Ref key={v.id} entity={v} onOpen={onShowEntity} />
              ))}
            </dd>
          </>
        )}
        {claim.article && (
          <>
            <dt>Article</dt>
            <dd>
              <div>{claim.article.title || "(untitled)"}</div>
              <div className="muted small">
                {[claim.article.outlet, claim.article.publishedAt].filter(Boolean).join(" · ")}
              </div>
              {claim.article.url && /^https?:\/\//.test(claim.article.url) && (
                <a href={claim.article.url} target="_blank" rel="noreferrer noopener" className="small">
                  Open the source
                </a>
              )}
            </dd>
          </>
        )}
      </dl>
      <StatementSection claim={claim} />
    </div>
  );
}

function EdgeClaims({
  source,
  target,
  claims,
  onOpen,
}: {
  source: string;
  target: string;
  claims: string[];
  onOpen(id: string): void;
}) {
  const nodes = useStore(graphStore, (s) => s.nodes);
  return (
    <div className="details" data-testid="edge-details">
      <div className="eyebrow">Who about whom</div>
      <h2>
        {nodes[source]?.name ?? source} → {nodes[target]?.name ?? target}
      </h2>
      <p className="muted">
        {claims.length} claim{claims.length === 1 ? "" : "s"} on the canvas
      </p>
      <ul className="claims">
        {claims.map((id) => (
          <li key={id}>
            <button type="button" className="claim-link" data-testid="claim-link" onClick={() => onOpen(id)}>
              <span className={`kind kind-${String(nodes[id]?.props.kind ?? "")}`}>
                {String(nodes[id]?.props.kind ?? "")}
              </span>{" "}
              “{String(nodes[id]?.props.text ?? nodes[id]?.name ?? id)}”
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={detailsActions.close}>
        Close
      </button>
    </div>
  );
}
