import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** An opaque, URL-safe id with a type prefix, e.g. `srv_k3j9x0q2m7w1t8ab`. */
export function newId(prefix: 'usr' | 'srv' | 'act' | 'inv' | 'tkt' | 'msg' | 'tok' | 'idem'): string {
  const bytes = randomBytes(16);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${suffix}`;
}

/** Ids in paths are opaque strings: anything outside this shape cannot exist, so it is a plain 404. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
