import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { markSocketAddressRecorded, SOCKET_ADDRESS_HEADER } from '../../lib/auth/client-address';
import { RETRY_AFTER_SECONDS } from '../../lib/errors/http-status';
import { runInRequestScope } from '../../lib/errors/request-scope';

/**
 * Next.js gives route handlers and server actions no socket, only headers. Before Next sees a
 * request we write the TCP peer's address into a header of our own, overwriting whatever the
 * client put there, so lib/auth/client-address.ts has one address no client can choose.
 */
function recordSocketAddress(request: IncomingMessage): void {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
}

/**
 * A request the database pool refused (lib/db/with-tenant.ts marks it) is answered 503 with
 * Retry-After, whatever rendered it: Next.js gives a page that threw its error page with a 500,
 * and a server action's form its message with a 200. Redirects and 4xx answers are left alone.
 * Every response's headers pass through writeHead, even when Next only sets statusCode.
 */
function refuseWhenOverloaded(response: ServerResponse, scope: { overloaded: boolean }): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (scope.overloaded && (statusCode < 300 || statusCode >= 500)) {
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.setHeader('Cache-Control', 'no-store');
      // A reason phrase given for the original status would now be wrong.
      return writeHead(503, ...rest.filter((part) => typeof part !== 'string'));
    }
    return writeHead(statusCode, ...rest);
  }) as ServerResponse['writeHead'];
}

export function createAppServer(handle: (request: IncomingMessage, response: ServerResponse) => unknown): Server {
  markSocketAddressRecorded();
  const listener: RequestListener = (request, response) => {
    recordSocketAddress(request);
    runInRequestScope((scope) => {
      refuseWhenOverloaded(response, scope);
      void Promise.resolve(handle(request, response)).catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
  };
  return createServer(listener);
}
