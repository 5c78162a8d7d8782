/**
 * Twenty realistic saved news pages, built here from invented text (no real article, no network):
 * five page layouts (semantic <article>, div soup, figures and teaser grids, live-blog style with
 * long comments, blog-style with a long "about us" footer) × four metadata variants (JSON-LD
 * NewsArticle + Open Graph, JSON-LD in an @graph, Open Graph / article:* only, plain <time>,
 * <meta name=author> and canonical). Each page carries nav, ads, share buttons, related links,
 * newsletter boxes and comments around the article. `article` is the known article text (the
 * paragraphs, subheadings and block quotes of the story, no captions) and `expected` the metadata
 * the page states — what extraction is measured against.
 */

import { seededRandom } from "../../random/seeded.js";

export interface NewsFixture {
  name: string;
  html: string;
  /** The story's paragraphs, in order. */
  article: string[];
  expected: { title: string; url?: string; source?: string; authors?: string[]; publishedAt?: string };
}

const PEOPLE = [
  ["Marta Olsen", "the regional transport minister"],
  ["David Achebe", "a spokesman for the port authority"],
  ["Lena Hartmann", "the city's chief planner"],
  ["Tomasz Wirth", "a professor of economics at Halden University"],
  ["Priya Raman", "the chair of the tenants' association"],
  ["Jonas Ferreira", "the mayor of Kessford"],
  ["Aiko Brandt", "a senior analyst at Northgate Capital"],
  ["Samuel Okafor", "the head of the harbour workers' union"],
] as const;
const PLACES = ["Kessford", "Halden", "Marrow Bay", "Eastwick Vale", "Port Selby", "Lindqvist"];
const TOPICS = [
  ["the new tram line", "tram line", "construction"],
  ["the harbour expansion", "expansion", "dredging"],
  ["the housing plan", "plan", "rezoning"],
  ["the water tariff", "tariff", "price review"],
  ["the school merger", "merger", "consultation"],
] as const;
const OUTLETS = [
  "The Kessford Courier",
  "Halden Evening Post",
  "Marrow Bay Herald",
  "Eastwick Ledger",
  "Selby Daily News",
];

function story(i: number): { headline: string; paragraphs: string[]; subheading: string; quote: string } {
  const r = seededRandom(1000 + i);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const [topic, short, work] = TOPICS[i % TOPICS.length] as (typeof TOPICS)[number];
  const place = PLACES[i % PLACES.length] as string;
  const a = PEOPLE[i % PEOPLE.length] as (typeof PEOPLE)[number];
  const b = PEOPLE[(i + 3) % PEOPLE.length] as (typeof PEOPLE)[number];
  const c = PEOPLE[(i + 5) % PEOPLE.length] as (typeof PEOPLE)[number];
  const n = 12 + Math.floor(r() * 80);
  const year = 2027 + (i % 4);
  const sentences = [
    `${a[0]}, ${a[1]}, said on Tuesday that ${topic} in ${place} would go ahead despite objections from residents, adding that the ${work} had already been delayed twice.`,
    `The council had approved the ${short} in a narrow vote last spring, after a debate that ran late into the night and drew more than ${n} speakers from across the district.`,
    `“We have listened to every concern, and we have changed the design where we could,” ${a[0].split(" ")[0]} told reporters outside the town hall.`,
    `Critics say the cost has grown by ${n} per cent since the first estimate, and that the figures presented to councillors were, in their words, incomplete and out of date.`,
    `${b[0]}, ${b[1]}, called the decision “a mistake that the next generation will pay for” and said the group would ask for an independent review.`,
    `According to documents seen by this newspaper, the ${work} is now expected to finish in ${year}, roughly eighteen months later than officials had promised.`,
    `Residents of the older streets near the river, many of whom have lived there for decades, worry about noise, traffic and the loss of the small shops that line the embankment.`,
    `${c[0]}, ${c[1]}, said the ${short} could bring new jobs to ${place}, but warned that the benefits would depend on how the contracts were awarded.`,
    `“Nobody is against progress, but progress has to be paid for honestly,” ${b[0].split(" ")[1]} said, pointing to two earlier projects that ran over budget.`,
    `Officials declined to say whether the ${work} would be paused during the summer months, when the district's population nearly doubles with visitors.`,
    `A public meeting on ${topic} is scheduled for next week, and the council has promised to publish the full budget before then, including the costs of compensation.`,
    `In a written statement, the national government said it was following the case closely and would consider further funding if the local authority asked for it.`,
    `Some shop owners said they had already seen fewer customers since the first fences went up, while others said they hoped the work would eventually bring more people into the centre.`,
    `The opposition group on the council has said it will table a motion next month calling for the ${short} to be scaled back, though it is unlikely to pass without support from independents.`,
  ];
  const order = sentences.map((s, k) => ({ s, k: k < 2 ? -1 + k * 0.1 : r() }));
  order.sort((x, y) => x.k - y.k);
  const paragraphs: string[] = [];
  const count = 7 + (i % 4);
  for (let p = 0; p < count; p++) {
    const take = 1 + Math.floor(r() * 2);
    const chunk = order.splice(0, take).map((x) => x.s);
    if (chunk.length === 0) break;
    paragraphs.push(chunk.join(" "));
  }
  const headline = `${pick(["Council presses ahead with", "Anger grows over", "Questions mount over", "Residents challenge"])} ${topic} in ${place}`;
  const subheading = pick(["Costs and delays", "What happens next", "A divided district", "The money question"]);
  const quote = `“If we get this wrong, we will be living with it for fifty years,” ${c[0]} said in a letter to councillors, which was shared with residents on Monday evening.`;
  return { headline, paragraphs, subheading, quote };
}

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

const NAV = (outlet: string) => `<header class="site-header"><a class="logo" href="/">${esc(outlet)}</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>`;
const COOKIE = `<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience, to show you personalised advertising and to analyse our traffic. By continuing to browse, you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>`;
const AD = (k: number) =>
  `<div class="ad-slot ad-container" id="ad-${k}"><span class="ad-label">Advertisement</span><iframe src="/ads/${k}"></iframe></div>`;
const SHARE = `<div class="share-buttons social"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email this article</a><a href="#">Copy link</a></div>`;
const NEWSLETTER = `<aside class="newsletter-signup promo"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the day's most important stories delivered to your inbox every morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>`;
const RELATED = (place: string) => `<aside class="related-articles"><h2>Related stories</h2><ul>
<li><a href="/a/1">Budget gap widens as ${place} council faces hard choices on services</a></li>
<li><a href="/a/2">Opinion: why the river district deserves better from its planners</a></li>
<li><a href="/a/3">Photos: the old market hall through the decades</a></li>
<li><a href="/a/4">Five things to know before the public meeting</a></li></ul></aside>`;
const TEASERS = (place: string) => `<section class="more-stories teaser-grid"><h2>More from ${place}</h2>
<div class="teaser"><a href="/t/1"><h3>Ferry timetable changes from Monday</h3></a><p class="teaser-text">Passengers are advised to check the new schedule, which cuts two evening sailings during the winter.</p></div>
<div class="teaser"><a href="/t/2"><h3>Library reopens after two-year renovation</h3></a><p class="teaser-text">The building now has a children's wing, a café and a rooftop reading room, the trust said.</p></div>
<div class="teaser"><a href="/t/3"><h3>Local team wins regional cup on penalties</h3></a><p class="teaser-text">A late equaliser forced extra time before the goalkeeper saved twice in the shoot-out.</p></div></section>`;
const COMMENTS = `<section id="comments" class="comments"><h2>Comments (3)</h2>
<div class="comment"><span class="comment-author">riverside_resident</span><p>I have lived here for thirty years and nobody from the council has ever asked us what we think about any of this, which says everything about how these decisions are really made.</p></div>
<div class="comment"><span class="comment-author">Kes_taxpayer</span><p>Another vanity project. The roads are full of holes, the buses never come, and they want to spend millions on this, while the schools are falling apart and the pool has been closed for a year.</p></div>
<div class="comment"><span class="comment-author">mb1987</span><p>Honestly, the plan looks fine to me. Things change, cities grow, and people complain every single time, but in ten years everyone will wonder how we ever managed without it.</p></div>
<form class="comment-form"><textarea placeholder="Join the discussion"></textarea><button>Post comment</button></form></section>`;
const FOOTER = (
  outlet: string,
) => `<footer class="site-footer"><nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/advertise">Advertise with us</a></nav>
<p class="copyright">© ${esc(outlet)}. All rights reserved. No part of this site may be reproduced without our written permission.</p></footer>`;
const ABOUT = (outlet: string) =>
  `<div class="footer-about"><p>${esc(outlet)} has served the communities of the coast since 1887, reporting without fear or favour on local government, business, schools, sport and culture, and it is owned by an independent trust whose only purpose is to keep local journalism alive.</p></div>`;
const MOST_READ = `<div class="most-read sidebar"><h3>Most read</h3><ol><li><a href="/m/1">Storm warning issued for the weekend</a></li><li><a href="/m/2">Bakery closes after 90 years</a></li><li><a href="/m/3">New cycle path opens along the canal</a></li></ol></div>`;
const TAGS = `<div class="tags"><span>Topics:</span> <a href="/tag/council">Council</a> <a href="/tag/transport">Transport</a> <a href="/tag/housing">Housing</a></div>`;
const PAYWALL = `<div class="paywall-notice subscribe-box"><p>You have read 3 of 5 free articles this month. Subscribe for unlimited access to local news that matters.</p><a href="/subscribe">Subscribe now</a></div>`;

function bodyHtml(paragraphs: string[], subheading: string, quote: string, layout: number, place: string): string {
  const parts: string[] = [];
  paragraphs.forEach((p, k) => {
    parts.push(`<p>${esc(p)}</p>`);
    if (k === 1 && layout !== 4) parts.push(AD(k));
    if (k === 2 && (layout === 1 || layout === 3))
      parts.push(
        `<p class="read-more"><strong>Read more:</strong> <a href="/a/9">What the ${esc(place)} budget means for you</a></p>`,
      );
    if (k === 2 && layout === 2)
      parts.push(
        `<figure class="inline-image"><img src="/img/${k}.jpg" alt=""><figcaption>The riverside embankment in ${esc(place)}, where work is due to begin. Photo: Staff photographer</figcaption></figure>`,
      );
    if (k === 3) parts.push(`<h2>${esc(subheading)}</h2>`);
    if (k === 4) parts.push(`<blockquote><p>${esc(quote)}</p></blockquote>`);
    if (k === 5 && layout !== 0) parts.push(NEWSLETTER);
  });
  return parts.join("\n");
}

function known(paragraphs: string[], subheading: string, quote: string): string[] {
  const out: string[] = [];
  paragraphs.forEach((p, k) => {
    out.push(p);
    if (k === 3) out.push(subheading);
    if (k === 4) out.push(quote);
  });
  return out;
}

function metadataHead(
  variant: number,
  m: { headline: string; outlet: string; authors: string[]; date: string; url: string },
): { head: string; byline: string; expected: NewsFixture["expected"] } {
  const authorLd = m.authors.map((name) => ({ "@type": "Person", name }));
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
  const timeTag = `<time datetime="${m.date}">${new Date(m.date).toUTCString().slice(5, 16)}</time>`;
  const byline = `<div class="byline">By ${m.authors.map(esc).join(" and ")} · ${timeTag}</div>`;
  const full = { title: m.headline, url: m.url, source: m.outlet, authors: m.authors, publishedAt: m.date };
  switch (variant) {
    case 0:
      return {
        head: `<title>${esc(m.headline)} | ${esc(m.outlet)}</title>
<meta property="og:title" content="${esc(m.headline)}"><meta property="og:site_name" content="${esc(m.outlet)}"><meta property="og:url" content="${m.url}"><meta property="og:type" content="article">
${ld({ "@context": "https://schema.org", "@type": "NewsArticle", headline: m.headline, datePublished: m.date, dateModified: m.date, author: authorLd, publisher: { "@type": "NewsMediaOrganization", name: m.outlet, logo: { "@type": "ImageObject", url: "/logo.png" } }, mainEntityOfPage: m.url })}
<script type="application/ld+json">{ this is not json </script>`,
        byline,
        expected: full,
      };
    case 1:
      return {
        head: `<title>${esc(m.headline)} - ${esc(m.outlet)}</title><link rel="canonical" href="${m.url}">
${ld({
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "WebSite", name: `${m.outlet} website`, url: "https://example.org/" },
    { "@type": "BreadcrumbList", itemListElement: [] },
    {
      "@type": ["NewsArticle", "Article"],
      headline: m.headline,
      datePublished: m.date,
      author: m.authors.length === 1 ? authorLd[0] : authorLd,
      publisher: { "@type": "Organization", name: m.outlet },
    },
  ],
})}`,
        byline,
        expected: full,
      };
    case 2:
      return {
        head: `<title>${esc(m.headline)} – ${esc(m.outlet)}</title>
<meta property="og:title" content="${esc(m.headline)}"><meta property="og:site_name" content="${esc(m.outlet)}"><meta property="og:url" content="${m.url}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${m.date}">${m.authors.map((a) => `<meta property="article:author" content="${esc(a)}">`).join("")}
<meta name="twitter:card" content="summary_large_image">`,
        byline,
        expected: full,
      };
    default: {
      // Only a <title>, a canonical link, <meta name="author"> and a <time>: no outlet is stated.
      const { source: _outlet, ...rest } = full;
      return {
        head: `<title>${esc(m.headline)}</title><link rel="canonical" href="${m.url}"><meta name="author" content="${esc(m.authors.join(", "))}">`,
        byline,
        expected: rest,
      };
    }
  }
}

function page(i: number): NewsFixture {
  const layout = i % 5;
  const variant = Math.floor(i / 5) % 4;
  const { headline, paragraphs, subheading, quote } = story(i);
  const outlet = OUTLETS[(i + variant) % OUTLETS.length] as string;
  const place = PLACES[i % PLACES.length] as string;
  const authors =
    i % 3 === 0
      ? [(PEOPLE[(i + 1) % 8] as readonly string[])[0] as string]
      : ["Nora Lindgren", ...(i % 3 === 2 ? ["Felix Amado"] : [])];
  const month = String(1 + (i % 12)).padStart(2, "0");
  const day = String(1 + ((i * 7) % 27)).padStart(2, "0");
  const date = `2028-${month}-${day}T${String(6 + (i % 12)).padStart(2, "0")}:30:00.000Z`;
  const url = `https://news.example.org/${place.toLowerCase().replace(/\s+/g, "-")}/story-${i + 1}`;
  const meta = metadataHead(variant, { headline, outlet, authors, date, url });
  const body = bodyHtml(paragraphs, subheading, quote, layout, place);
  const h1 = `<h1 class="headline">${esc(headline)}</h1>`;
  const standfirst = "";
  let main: string;
  switch (layout) {
    case 0:
      main = `<main id="main"><article class="story">${h1}${meta.byline}${SHARE}<div class="article-body">${body}</div>${TAGS}${SHARE}</article>${RELATED(place)}${COMMENTS}</main><aside class="sidebar">${MOST_READ}${AD(90)}</aside>`;
      break;
    case 1:
      main = `<div id="page"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local</a></div><div class="row"><div class="col-8"><div class="story-header">${h1}${meta.byline}</div>${SHARE}<div class="story-text">${body}</div>${RELATED(place)}</div><div class="col-4">${MOST_READ}${AD(91)}${NEWSLETTER}</div></div>${TEASERS(place)}${COMMENTS}</div>`;
      break;
    case 2:
      main = `<main><article>${h1}${meta.byline}<figure class="lead-image"><img src="/img/lead.jpg" alt=""><figcaption>Protesters gathered outside the town hall on Monday. Photo: Agency</figcaption></figure>${SHARE}<section class="article-content">${body}</section><div class="author-bio"><p>${esc(authors[0] as string)} is a reporter covering local government. Follow on social media or email the newsroom with tips.</p></div></article>${TEASERS(place)}</main>${MOST_READ}`;
      break;
    case 3:
      main = `<div class="layout"><div class="main-column"><div class="live-banner">Updated</div>${h1}${meta.byline}${PAYWALL}<div class="entry">${body}</div>${SHARE}${COMMENTS}</div><div class="rail">${MOST_READ}${TEASERS(place)}${AD(93)}</div></div>`;
      break;
    default:
      main = `<div class="wrap"><div class="breadcrumbs"><a href="/">Home</a> / <a href="/local">Local</a></div><div id="content"><div class="post">${h1}${meta.byline}<div class="entry-content">${body}</div>${TAGS}</div>${RELATED(place)}</div>${ABOUT(outlet)}</div>`;
  }
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${meta.head}
<link rel="stylesheet" href="/css/site.css"><script src="/js/analytics.js"></script><script>window.dataLayer=[{page:"article"}];</script>
</head><body>${COOKIE}${NAV(outlet)}${AD(0)}${standfirst}${main}${FOOTER(outlet)}<script>loadComments();</script></body></html>`;
  return {
    name: `news-${String(i + 1).padStart(2, "0")}`,
    html,
    article: known(paragraphs, subheading, quote),
    expected: meta.expected,
  };
}

export const NEWS_FIXTURES: readonly NewsFixture[] = Array.from({ length: 20 }, (_, i) => page(i));
