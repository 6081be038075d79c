import type XAPI from '@xapi/xapi';
import type { Statement as XapiJsStatement } from '@xapi/xapi';
import type { SendResult, Transport } from './transport.js';

/** The part of an xAPI.js (`@xapi/xapi`) instance the recorder uses. */
export type XapiJsClient = Pick<XAPI, 'sendStatements'>;

interface HttpErrorLike {
  readonly message?: string;
  readonly response?: { readonly status?: number; readonly headers?: Record<string, unknown>; readonly data?: unknown };
}

/**
 * Sends through a page's existing xAPI.js instance, with its endpoint, auth and version header.
 * xAPI.js speaks xAPI 1.0.x only. Its default (axios) adapter reports HTTP statuses; its `fetch`
 * adapter does not, so every failure through it is retried as if the network had failed.
 */
export function xapiJsTransport(xapi: XapiJsClient): Transport {
  return {
    versions: () => Promise.resolve(['1.0.3']),
    async send(statements): Promise<SendResult> {
      try {
        const response = await xapi.sendStatements({ statements: statements as XapiJsStatement[] });
        return { status: response.status };
      } catch (error) {
        const { message, response } = error as HttpErrorLike;
        if (!response?.status) return { status: 0, reason: message ?? String(error) };
        const retryAfter = response.headers?.['retry-after'];
        return {
          status: response.status,
          retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          reason: JSON.stringify(response.data ?? message ?? '').slice(0, 1000),
        };
      }
    },
  };
}
