import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or a link; only its SHA-256 is ever stored. */
export const newToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
