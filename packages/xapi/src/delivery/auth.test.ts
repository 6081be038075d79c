import { expect } from '@open-wc/testing';
import { expectExactlyStored, localLrs, validateStatements } from '@lp-elements/test-support';
import { createRecorder } from '../recorder/create-recorder.js';
import { courseViewed } from '../statements/course.js';
import { createFaultProxy } from '../testing/fault-proxy.js';
import { randomUuid } from '../uuid.js';
import { tokenAuth } from './auth.js';

const HOME = 'https://lp-elements.example';
const TOKEN_URL = '/__lp/xapi-token';

async function tokensHandedOut(): Promise<number> {
  return ((await (await fetch(`${TOKEN_URL}/calls`)).json()) as { calls: number }).calls;
}

describe('token-url auth (the host’s backend hands out the Authorization value)', function () {
  this.timeout(20_000);

  it('fetches a token once and reuses it while it is valid', async () => {
    const auth = tokenAuth(TOKEN_URL);
    const before = await tokensHandedOut();
    const first = await auth.get();
    expect(first).to.equal((await localLrs()).auth);
    expect(await auth.get()).to.equal(first);
    expect(auth.current()).to.equal(first);
    expect(await tokensHandedOut()).to.equal(before + 1);
  });

  it('fetches a fresh token after a 401 and delivers with it', async () => {
    const { endpoint } = await localLrs();
    const proxy = await createFaultProxy(endpoint);
    await proxy.faults([{ status: 401 }]);
    const registration = randomUuid();
    const recorder = createRecorder({
      endpoint: proxy.endpoint,
      tokenUrl: TOKEN_URL,
      registration,
      actorHomePage: HOME,
      queueName: `lp-xapi-token-${registration}`,
      flushDelayMs: 10,
    });
    try {
      const before = await tokensHandedOut();
      const sent = await recorder.record(courseViewed({ id: `${HOME}/courses/t`, name: 'T' }));
      const stored = await expectExactlyStored(registration, [sent?.id ?? '']);
      expect((await validateStatements(stored)).flat()).to.deep.equal([]);
      expect(await tokensHandedOut()).to.equal(before + 2);
      expect((await proxy.stats()).posts).to.equal(2);
    } finally {
      await recorder.close();
      await proxy.close();
    }
  });
});
