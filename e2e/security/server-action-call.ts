import type { APIRequestContext } from '@playwright/test';
import type { BuiltAction } from './action-discovery';

/**
 * Calls a server action the way React's client does: a multipart POST to a page holding it, with
 * the action's id in the Next-Action header. The arguments are encoded as React's encodeReply
 * encodes them: part "0" holds the argument list as JSON, and a FormData argument becomes "$K1"
 * with its fields sent as parts named "_1_<field>" (React 19.3's prefix).
 */
export type ActionAnswer = { status: number; body: string; headers: Record<string, string> };

export const IDLE_STATE = { status: 'idle' };

export function tenantActionArgs(trustSlug: string): unknown[] {
  return [trustSlug, IDLE_STATE, '$K1'];
}

export type ActionCall = Readonly<{ args: unknown[] | string; fields?: Record<string, string>; headers?: Record<string, string> }>;

export async function callAction(context: APIRequestContext, action: Pick<BuiltAction, 'id' | 'page'>, options: ActionCall): Promise<ActionAnswer> {
  // The argument list goes last, as React sends it: the server decodes parts as they stream in,
  // and resolves "$K1" from the form parts that came before it.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) multipart.append(`_1_${name}`, value);
  multipart.append('0', typeof options.args === 'string' ? options.args : JSON.stringify(options.args));
  const response = await context.post(action.page, {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', ...options.headers },
    multipart,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { status: response.status(), body: await response.text(), headers: response.headers() };
}
