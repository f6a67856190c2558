import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { markSocketAddressRecorded, SOCKET_ADDRESS_HEADER } from '../../lib/auth/client-address';

/**
 * Next.js gives route handlers and server actions no socket, only headers. Before Next sees a
 * request we write the TCP peer's address into a header of our own, overwriting whatever the
 * client put there, so lib/auth/client-address.ts has one address no client can choose.
 */
export function recordSocketAddress(request: IncomingMessage): void {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
}

export function createAppServer(handle: (request: IncomingMessage, response: ServerResponse) => unknown): Server {
  markSocketAddressRecorded();
  const listener: RequestListener = (request, response) => {
    recordSocketAddress(request);
    void Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
  return createServer(listener);
}
