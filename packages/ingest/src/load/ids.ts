import { createHash } from "node:crypto";

const sha32 = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

/** An article's id: the first 32 hex digits of the sha256 of its text. */
export const articleId = (text: string): string => sha32(text);

/** A claim's id: its article and its span. */
export const claimId = (article: string, start: number, end: number): string => sha32(`${article}:${start}:${end}`);

export const personId = (key: string): string => `person:${key}`;

/** A person known only by one name token ("Trump") is scoped to its article: never merged. */
export const scopedPersonId = (key: string, article: string): string => `person:${key}@${article}`;

export const organizationId = (key: string): string => `org:${key}`;

/** An unnamed source ("a senior official") is its own node in its own article. */
export const anonymousId = (article: string, descriptionKey: string): string => `anon:${article}:${descriptionKey}`;
