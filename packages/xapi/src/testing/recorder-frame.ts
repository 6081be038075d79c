/**
 * A page with a recorder, loaded in iframes by the fault-injection tests to stand in for tabs:
 * same-origin frames share IndexedDB and Web Locks, can be reloaded mid-flush and removed (which
 * fires pagehide). Configured by its query string; driven through `window.lpFrame`.
 */
import { createRecorder, type Recorder, type RecorderNotice } from '../index.js';
import { courseViewed } from '../statements/course.js';

export interface RecorderFrame {
  readonly recorder: Recorder;
  readonly notices: RecorderNotice[];
  /** Records `count` statements; resolves with their ids once queued. */
  record(count: number, label: string): Promise<string[]>;
}

declare global {
  interface Window {
    lpFrame?: RecorderFrame;
  }
}

const params = new URLSearchParams(location.search);
const number = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);

const recorder = createRecorder({
  endpoint: params.get('endpoint') ?? '',
  auth: params.get('auth') ?? undefined,
  registration: params.get('registration') ?? undefined,
  queueName: params.get('queue') ?? undefined,
  actorHomePage: 'https://lp-elements.example',
  activity: 'https://lp-elements.example/modules/fault-injection',
  retryBaseMs: number('retryBaseMs'),
  retryMaxMs: number('retryMaxMs'),
  timeoutMs: number('timeoutMs'),
  flushDelayMs: number('flushDelayMs'),
  batchSize: number('batchSize'),
});
const notices: RecorderNotice[] = [];
recorder.subscribe((notice) => notices.push(notice));

window.lpFrame = {
  recorder,
  notices,
  async record(count, label) {
    const recorded = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        recorder.record(
          courseViewed({ id: `https://lp-elements.example/courses/${label}-${index}`, name: `${label} ${index}` }),
        ),
      ),
    );
    return recorded.map((statement) => statement?.id ?? '');
  },
};
