import type { IncomingHttpHeaders } from 'node:http';

export interface StateLrsRequest {
  readonly method: string;
  readonly resource: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The answer's status, once it was sent. */
  readonly status: number;
}

export interface StoredStateDocument {
  readonly activityId: string;
  /** The agent's identifier as the store keys it. */
  readonly agent: string;
  readonly registration?: string;
  readonly stateId: string;
  readonly content: string;
  readonly etag: string;
}

export interface StateAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface StateLrs {
  readonly endpoint: string;
  readonly states: {
    handle(request: {
      method: string;
      query: URLSearchParams;
      headers: Record<string, string | string[] | undefined>;
      body?: string;
    }): StateAnswer;
    documents(): StoredStateDocument[];
  };
  readonly requests: StateLrsRequest[];
  failWith(what: 'no-answer' | number | undefined): void;
  stop(): Promise<void>;
}

export function startStateLrs(options?: {
  statementsTo?: { endpoint: string; auth: string };
  port?: number;
}): Promise<StateLrs>;
