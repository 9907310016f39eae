import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { SESSION_COOKIE, ZLogin, ZTotpCode, type TLanguage } from '@replies/shared';
import type { Request, Response } from 'express';
import { toApiError } from '../../../common/error.filter';
import { AuthService } from '../auth.service';
import { challengeOf, clientOf, cookieOptions, refuseCrossSite, startChallenge, startSession } from '../cookies';
import { Public } from '../decorators';
import { codeStepPage, passwordStepPage, type SignInProblem } from './sign-in-page';
import { formField, safeNext, signInLanguage, webStylesheets } from './sign-in-request';
import { SIGN_IN_TEXT } from './sign-in-text';

/** The words for what the server answered, by its error code. */
function failureText(language: TLanguage, error: unknown): { status: number; message: string } {
  const t = SIGN_IN_TEXT[language];
  const { status, body } = toApiError(error);
  const byCode: Partial<Record<string, string>> = {
    INVALID_CREDENTIALS: t.invalidCredentials,
    INVALID_CODE: t.invalidCode,
    TOO_MANY_ATTEMPTS: t.tooManyAttempts,
    TOO_MANY_REQUESTS: t.tooManyRequests,
    LOGIN_EXPIRED: t.loginExpired,
    CSRF: t.crossSite,
    DATABASE_UNAVAILABLE: t.unavailable,
  };
  const message = byCode[body.code];
  if (!message) throw error instanceof Error ? error : new Error(body.message);
  return { status, message };
}

/** Field problems of a form the shared schema refused, in the page's language. */
function fieldProblems(language: TLanguage, issues: { path: PropertyKey[] }[]): SignInProblem[] {
  const t = SIGN_IN_TEXT[language];
  const messages = { email: t.enterEmail, password: t.enterPassword, code: t.enterCode };
  const fields = new Set(issues.map((issue) => issue.path[0]));
  return (['email', 'password', 'code'] as const)
    .filter((name) => fields.has(name))
    .map((name) => ({ field: name, message: messages[name] }));
}

const html = (response: Response, status: number, body: string) =>
  response.status(status).type('html').setHeader('Cache-Control', 'no-store').send(body);

/**
 * The sign-in pages, rendered by the server: HTML forms that post here, no script to download, the
 * same validation (the shared ZLogin and ZTotpCode) and the same sign-in as POST /api/auth/login.
 * Outside the API (listed in the contract's OUTSIDE_THE_CONTRACT).
 */
@Public()
@Controller('login')
export class SignInController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  async passwordStep(@Req() request: Request, @Res() response: Response) {
    const language = signInLanguage(request, response);
    const next = safeNext(request.query.next);
    if (await this.isSignedIn(request)) return response.redirect(303, next ?? '/');
    // A session that ended: its cookie goes, so the app's pages send this browser here at once next time.
    if (request.cookies?.[SESSION_COOKIE]) response.clearCookie(SESSION_COOKIE, cookieOptions());
    const notice = request.query.ended === '1' ? SIGN_IN_TEXT[language].sessionEnded : undefined;
    html(response, 200, passwordStepPage({ language, next, notice, stylesheets: webStylesheets() }));
  }

  @Post()
  async submitPassword(@Req() request: Request, @Res() response: Response) {
    const language = signInLanguage(request, response);
    const next = safeNext(formField(request.body, 'next'));
    const email = formField(request.body, 'email');
    const page = (status: number, problems: SignInProblem[]) =>
      html(response, status, passwordStepPage({ language, next, email, problems, stylesheets: webStylesheets() }));

    const parsed = ZLogin.safeParse({ email, password: formField(request.body, 'password') });
    if (!parsed.success) return page(400, fieldProblems(language, parsed.error.issues));
    try {
      refuseCrossSite(request);
      const outcome = await this.auth.login(parsed.data, clientOf(request));
      if (outcome.kind === 'challenge') {
        startChallenge(response, outcome.challengeToken);
        return response.redirect(303, next ? `/login/code?next=${encodeURIComponent(next)}` : '/login/code');
      }
      startSession(response, outcome);
      return response.redirect(303, next ?? '/');
    } catch (error) {
      const { status, message } = failureText(language, error);
      return page(status, [{ message }]);
    }
  }

  @Get('code')
  codeStep(@Req() request: Request, @Res() response: Response) {
    const language = signInLanguage(request, response);
    const next = safeNext(request.query.next);
    if (!challengeOf(request))
      return response.redirect(303, next ? `/login?next=${encodeURIComponent(next)}` : '/login');
    html(response, 200, codeStepPage({ language, next, stylesheets: webStylesheets() }));
  }

  @Post('code')
  async submitCode(@Req() request: Request, @Res() response: Response) {
    const language = signInLanguage(request, response);
    const next = safeNext(formField(request.body, 'next'));
    const stylesheets = webStylesheets();
    const parsed = ZTotpCode.safeParse({ code: formField(request.body, 'code') });
    if (!parsed.success) {
      const problems = fieldProblems(language, parsed.error.issues);
      return html(response, 400, codeStepPage({ language, next, problems, stylesheets }));
    }
    try {
      refuseCrossSite(request);
      startSession(response, await this.auth.completeLogin(challengeOf(request), parsed.data.code, clientOf(request)));
      return response.redirect(303, next ?? '/');
    } catch (error) {
      const { status, message } = failureText(language, error);
      const code = toApiError(error).body.code;
      if (code === 'INVALID_CODE') {
        const problems = [{ field: 'code' as const, message }];
        return html(response, status, codeStepPage({ language, next, problems, stylesheets }));
      }
      // The challenge is over (expired, or too many wrong codes): start again from the password.
      if (code === 'LOGIN_EXPIRED' || code === 'TOO_MANY_ATTEMPTS') {
        return html(response, status, passwordStepPage({ language, next, problems: [{ message }], stylesheets }));
      }
      return html(response, status, codeStepPage({ language, next, problems: [{ message }], stylesheets }));
    }
  }

  private async isSignedIn(request: Request): Promise<boolean> {
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    return typeof token === 'string' && !!token && !!(await this.auth.resolve(token));
  }
}
