import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_COOKIE, UNSTORABLE_CHARACTERS, ZLanguage, type TLanguage } from '@replies/shared';
import type { Request, Response } from 'express';
import { appConfig } from '../../../config/config';
import { readerLanguage } from '../../publishing/pages/error-page';

const isLanguage = (value: unknown): value is TLanguage => ZLanguage.safeParse(value).success;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The language of the sign-in page: one chosen with its links (`?lang=`, then kept in a cookie the web
 * app reads too), else the one chosen before on this browser, else the reader's (the browser's first
 * among the six, else English), as the public pages choose it.
 */
export function signInLanguage(request: Request, response: Response): TLanguage {
  const asked: unknown = request.query.lang;
  if (isLanguage(asked)) {
    response.cookie(LANGUAGE_COOKIE, asked, {
      maxAge: YEAR_MS,
      sameSite: 'lax',
      secure: appConfig().cookieSecure,
      path: '/',
    });
    return asked;
  }
  const kept: unknown = request.cookies?.[LANGUAGE_COOKIE];
  return isLanguage(kept) ? kept : readerLanguage(request);
}

/**
 * Where to go after signing in: a path of this portal only (never another site, `//host` or `/\host`),
 * and never back to the sign-in pages; null for the home page.
 */
export function safeNext(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value)) return null;
  if (/^\/login(?:[/?#]|$)/.test(value)) return null;
  return value === '/' ? null : value;
}

/** A posted form field as text: absent, repeated or nested values count as empty; non-text characters dropped. */
export function formField(body: unknown, name: string): string {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.replace(UNSTORABLE_CHARACTERS, '').slice(0, 1000) : '';
}

let cached: { path: string; mtimeMs: number; hrefs: string[] } | null = null;

/** The stylesheets the web app's build links from its index.html (none before the web app is built). */
export function webStylesheets(): string[] {
  const path = join(appConfig().webDistDir, 'index.html');
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return [];
  }
  if (cached?.path !== path || cached.mtimeMs !== mtimeMs) {
    const html = readFileSync(path, 'utf8');
    const hrefs = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap(
      (tag) => /\bhref="(\/assets\/[^"]+\.css)"/.exec(tag[0])?.slice(1) ?? [],
    );
    cached = { path, mtimeMs, hrefs };
  }
  return cached.hrefs;
}
