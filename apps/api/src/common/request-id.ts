import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Every response names its request, so a user's report of an error can be found in the logs. */
export function requestId(request: Request, response: Response, next: NextFunction) {
  const incoming = request.header('x-request-id');
  const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  next();
}
