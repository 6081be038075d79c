import { expect } from '@open-wc/testing';
import { DataLoadError } from './data-load-error.js';
import {
  clearDataDocumentCache,
  createDocumentLoader,
  loadDataDocument,
  loadDataDocumentJson,
  loadUsableDataDocument,
} from './load-data-document.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';

/** A fetch that counts its requests. */
function countingFetch(): { fetch: typeof fetch; count: () => number } {
  let requests = 0;
  return {
    fetch: (input, init) => {
      requests += 1;
      return fetch(input, init);
    },
    count: () => requests,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('loadDataDocument', () => {
  afterEach(() => {
    clearDataDocumentCache();
  });

  it('loads and checks the sample data served next to the package', async () => {
    const document = await loadDataDocument(SAMPLE);
    expect(document.courses?.length).to.be.at.least(60);
  });

  it('shares one request between callers, relative and absolute URLs alike', async () => {
    const { fetch, count } = countingFetch();
    const loader = createDocumentLoader({ fetch });
    const [first, second, third] = await Promise.all([
      loader.load(SAMPLE),
      loader.load(new URL(SAMPLE, location.href)),
      loader.load(SAMPLE),
    ]);
    expect(count()).to.equal(1);
    expect(second).to.equal(first);
    expect(third).to.equal(first);
    await loader.load(SAMPLE);
    expect(count()).to.equal(1);
    loader.clear(SAMPLE);
    await loader.load(SAMPLE);
    expect(count()).to.equal(2);
  });

  it('reports an HTTP status for a file that does not exist, and retries later', async () => {
    const { fetch, count } = countingFetch();
    const loader = createDocumentLoader({ fetch });
    const error = await rejection(loader.load('/packages/model/sample/no-such-file.json'));
    expect(error).to.be.instanceOf(DataLoadError);
    expect(error).to.include({ kind: 'http', status: 404 });
    await rejection(loader.load('/packages/model/sample/no-such-file.json'));
    expect(count()).to.equal(2);
  });

  it('reports network failure', async () => {
    const error = await rejection(createDocumentLoader().load('http://127.0.0.1:9/lp.json'));
    expect(error).to.be.instanceOf(DataLoadError);
    expect(error).to.include({ kind: 'network' });
  });

  it('reports invalid JSON and invalid content with their problems', async () => {
    const loader = createDocumentLoader();
    const notJson = await rejection(loader.load(blobUrl('{"courses": [')));
    expect(notJson).to.include({ kind: 'json' });
    expect((notJson as DataLoadError).problems[0]?.code).to.equal('invalid-json');
    const invalid = await rejection(loader.load(blobUrl('{"courses": [{"id": 1}]}')));
    expect(invalid).to.include({ kind: 'invalid' });
    expect((invalid as DataLoadError).problems.map((problem) => problem.path)).to.include('$.courses[0].id');
  });

  it('rejects an aborted caller while others still get the document', async () => {
    const { fetch, count } = countingFetch();
    const loader = createDocumentLoader({ fetch });
    const controller = new AbortController();
    const aborted = loader.load(SAMPLE, { signal: controller.signal });
    const kept = loader.load(SAMPLE);
    controller.abort();
    const error = await rejection(aborted);
    expect((error as Error).name).to.equal('AbortError');
    expect((await kept).courses?.length).to.be.at.least(60);
    expect(count()).to.equal(1);
  });

  it('cancels the request when every caller aborted, and fetches anew afterwards', async () => {
    let signal: AbortSignal | undefined;
    const loader = createDocumentLoader({
      fetch: (input, init) => {
        signal = init?.signal ?? undefined;
        return fetch(input, init);
      },
    });
    const controller = new AbortController();
    const aborted = loader.load(SAMPLE, { signal: controller.signal });
    controller.abort();
    await rejection(aborted);
    expect(signal?.aborted).to.equal(true);
    expect((await loader.load(SAMPLE)).courses?.length).to.be.at.least(60);
  });

  it('rejects at once for a signal that is already aborted', async () => {
    const error = await rejection(loadDataDocument(SAMPLE, { signal: AbortSignal.abort() }));
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('loadUsableDataDocument', () => {
  afterEach(() => {
    clearDataDocumentCache();
  });

  it('keeps the usable part of a document and lists what it skipped', async () => {
    const text = await (await fetch(SAMPLE)).text();
    const document = JSON.parse(text) as { courses: Record<string, unknown>[] };
    const total = document.courses.length;
    document.courses[2] = { ...document.courses[2], url: 'javascript:alert(document.cookie)' };
    const result = await loadUsableDataDocument(blobUrl(JSON.stringify(document)));
    expect(result.document?.courses).to.have.length(total - 1);
    expect(result.skipped.map((part) => part.path)).to.deep.equal(['$.courses[2]']);
    expect(result.problems[0]).to.include({ path: '$.courses[2].url', code: 'unsafe-url' });
  });

  it('shares one request per URL and fails only when nothing is usable', async () => {
    const [first, second] = await Promise.all([loadUsableDataDocument(SAMPLE), loadUsableDataDocument(SAMPLE)]);
    expect(first).to.equal(second);
    expect(first.skipped).to.deep.equal([]);
    const notJson = await rejection(loadUsableDataDocument(blobUrl('{"courses": [')));
    expect(notJson).to.include({ kind: 'json' });
  });
});

describe('loadDataDocumentJson', () => {
  afterEach(() => {
    clearDataDocumentCache();
  });

  it('gives every caller of a URL the same value, unchecked, from one request', async () => {
    const broken = { courses: [{ id: 'not an IRI' }] };
    const url = blobUrl(JSON.stringify(broken));
    const [first, second] = await Promise.all([loadDataDocumentJson(url), loadDataDocumentJson(url)]);
    expect(first).to.deep.equal(broken);
    expect(second).to.equal(first);
  });

  it('reads a byte order mark, and fails with the JSON problem for text that is not JSON', async () => {
    expect(await loadDataDocumentJson(blobUrl('\uFEFF{"lang": "en"}'))).to.deep.equal({ lang: 'en' });
    const error = (await rejection(loadDataDocumentJson(blobUrl('{"courses": [,]}')))) as DataLoadError;
    expect(error).to.include({ kind: 'json' });
    expect(error.problems[0]).to.deep.include({ path: '$', code: 'invalid-json' });
  });

  it('loads again once the cache is cleared', async () => {
    const url = blobUrl('{"lang": "en"}');
    const first = await loadDataDocumentJson(url);
    clearDataDocumentCache(url);
    expect(await loadDataDocumentJson(url)).not.to.equal(first);
  });
});
