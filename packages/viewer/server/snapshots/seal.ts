/**
 * Snapshots are sealed at rest: the document is encrypted (AES-256-GCM) with a key that exists
 * only in the permalink. The database keeps a lookup id and ciphertext, so reading the graph (the
 * viewer's Cypher panel can read everything) reveals no saved investigation, and a link is both
 * the address and the key. Pure functions over node:crypto; no I/O.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** The part of a link that finds the snapshot: 12 random bytes, 16 base64url characters. */
export const LOOKUP_LENGTH = 16;
/** The part that opens it: 16 random bytes, 22 base64url characters. */
export const KEY_LENGTH = 22;
/** A link token: the lookup id, then the key (links saved before sealing have the lookup id only). */
export const SNAPSHOT_TOKEN_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${LOOKUP_LENGTH}}(?:[A-Za-z0-9_-]{${KEY_LENGTH}})?$`);

const FORMAT = "aes256gcm.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SnapshotToken {
  /** Stored on the node; finds it. */
  id: string;
  /** Never stored; opens it. Empty for a link saved before sealing. */
  key: string;
}

export function newSnapshotToken(): SnapshotToken {
  return { id: randomBytes(12).toString("base64url"), key: randomBytes(16).toString("base64url") };
}

/** "<id><key>" as it stands in a permalink. */
export const tokenText = (token: SnapshotToken) => `${token.id}${token.key}`;

/** Splits a permalink token; null when it is not one. */
export function parseToken(text: string): SnapshotToken | null {
  if (!SNAPSHOT_TOKEN_PATTERN.test(text)) return null;
  return { id: text.slice(0, LOOKUP_LENGTH), key: text.slice(LOOKUP_LENGTH) };
}

const aesKey = (key: string) => createHash("sha256").update(Buffer.from(key, "base64url")).digest();

/** Encrypts a document with the link key: "aes256gcm." + base64(iv | tag | ciphertext). */
export function seal(plaintext: string, key: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", aesKey(key), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return FORMAT + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

/** The document a sealed string holds, or null when the key is not its key (or it is damaged). */
export function unseal(sealed: string, key: string): string | null {
  if (!sealed.startsWith(FORMAT) || !key) return null;
  const raw = Buffer.from(sealed.slice(FORMAT.length), "base64");
  if (raw.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", aesKey(key), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
