import { expect } from '@open-wc/testing';
import { localLrs, lrsFetch } from './local-lrs.js';
import { validateStatements } from './xapi-validation.js';

describe('the local LRS', () => {
  it('listens on the loopback address and answers GET about', async () => {
    const { endpoint } = await localLrs();
    expect(new URL(endpoint).hostname).to.equal('127.0.0.1');
    const response = await lrsFetch('about');
    expect(response.status).to.equal(200);
    const about = (await response.json()) as { version: string[] };
    expect(about.version).to.include('1.0.3');
  });

  it('stores a statement and returns it unchanged', async () => {
    const id = crypto.randomUUID();
    const statement = {
      id,
      actor: { objectType: 'Agent', account: { homePage: 'https://lp.example', name: `smoke-${id}` } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } },
      object: { objectType: 'Activity', id: 'https://lp.example/modules/smoke-test' },
      timestamp: new Date().toISOString(),
    };
    const [warnings] = await validateStatements([statement]);
    expect(warnings).to.deep.equal([]);

    const posted = await lrsFetch('statements', { method: 'POST', body: JSON.stringify(statement) });
    expect(posted.status).to.equal(200);
    expect(await posted.json()).to.deep.equal([id]);

    const read = await lrsFetch(`statements?statementId=${id}`);
    expect(read.status).to.equal(200);
    const stored = (await read.json()) as typeof statement;
    expect(stored.id).to.equal(id);
    expect(stored.actor).to.deep.equal(statement.actor);
    expect(stored.verb).to.deep.equal(statement.verb);
    expect(stored.object).to.deep.equal(statement.object);
  });

  it('rejects an invalid statement, and the validator agrees', async () => {
    const invalid = { actor: { name: 'nobody' }, verb: { id: 'not an IRI' }, object: { id: 'x' } };
    const [warnings] = await validateStatements([invalid]);
    expect(warnings).not.to.deep.equal([]);
    const posted = await lrsFetch('statements', { method: 'POST', body: JSON.stringify(invalid) });
    expect(posted.status).to.equal(400);
  });
});
