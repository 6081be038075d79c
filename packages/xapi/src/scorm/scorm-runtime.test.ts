/**
 * The SCO runtime under an independent SCORM run-time: scorm-again's `Scorm12API` and
 * `Scorm2004API` play the LMS in this page, and a tiny SCO page in an iframe
 * (`testing/scorm-sco-frame.html`) finds the API through the frame's parent, as a SCO launched by
 * an LMS does. A closed frame is a closed SCO window; a second session starts from the CMI the
 * first one left, loaded with `loadFromJSON` as an LMS loads a stored attempt.
 */
import { expect } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { waitFor } from '@lp-elements/test-support';
import type { ScoFrame } from '../testing/scorm-sco-frame.js';
import { decodeSuspendData } from './suspend-data.js';

type Edition = '1.2' | '2004';
type Cmi = Record<string, unknown>;
interface Lms {
  readonly api: Scorm12API | Scorm2004API;
  /** The CMI as the LMS stores it (what a commit carries). */
  cmi(): Cmi;
}

const host = window as unknown as Record<string, unknown>;
const frames: HTMLIFrameElement[] = [];
let pageErrors: string[] = [];
const onPageError = (event: ErrorEvent) => pageErrors.push(event.message);

/** scorm-again as the LMS of one launch, resuming from `stored` when given. */
function launch(edition: Edition, stored?: Cmi): Lms {
  const api = edition === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (stored) api.loadFromJSON(stored);
  host[edition === '1.2' ? 'API' : 'API_1484_11'] = api;
  return { api, cmi: () => JSON.parse(JSON.stringify(api.cmi)) as Cmi };
}

/** What the LMS gives a returning learner: the stored CMI with `entry` = resume (or another). */
function resumeFrom(edition: Edition, cmi: Cmi, changes: { entry?: string; mode?: string } = {}): Cmi {
  const entry = changes.entry ?? 'resume';
  if (edition === '1.2') {
    const core = cmi.core as Cmi;
    return { ...cmi, core: { ...core, entry, ...(changes.mode ? { lesson_mode: changes.mode } : {}) } };
  }
  return { ...cmi, entry, ...(changes.mode ? { mode: changes.mode } : {}) };
}

async function openSco(skills = 12): Promise<{ iframe: HTMLIFrameElement; sco: ScoFrame }> {
  const iframe = document.createElement('iframe');
  iframe.src = `/packages/xapi/src/testing/scorm-sco-frame.html?skills=${skills}`;
  document.body.append(iframe);
  frames.push(iframe);
  await waitFor('the SCO frame', () => Boolean(iframe.contentWindow?.lpSco));
  iframe.contentWindow?.addEventListener('error', onPageError);
  const sco = iframe.contentWindow?.lpSco;
  if (!sco) throw new Error('the SCO frame did not start');
  return { iframe, sco };
}

const core = (cmi: Cmi) => cmi.core as Cmi;
const status = (edition: Edition, cmi: Cmi) =>
  edition === '1.2' ? core(cmi).lesson_status : [cmi.completion_status, cmi.success_status];
const scoreOf = (edition: Edition, cmi: Cmi) => (edition === '1.2' ? core(cmi).score : cmi.score) as Cmi;
const exitOf = (edition: Edition, cmi: Cmi) => (edition === '1.2' ? core(cmi).exit : cmi.exit);
const count = (cmi: Cmi, list: 'objectives' | 'interactions') => Object.keys(cmi[list] as Cmi).length;

afterEach(() => {
  for (const iframe of frames.splice(0)) iframe.remove();
  delete host.API;
  delete host.API_1484_11;
  expect(pageErrors, 'nothing thrown in the SCO page').to.deep.equal([]);
  pageErrors = [];
});

for (const edition of ['1.2', '2004'] as const) {
  describe(`SCO runtime under scorm-again, SCORM ${edition}`, () => {
    it('saves a first session, and a second launch resumes it and completes with a score', async () => {
      const first = launch(edition);
      const { iframe, sco } = await openSco();
      expect(sco.session?.version).to.equal(edition);
      expect(sco.session?.resumed).to.equal(undefined);
      const [s0, , , s3] = sco.skills;
      expect(sco.choose('lp-professional')).to.equal(true);
      expect(sco.assess(s0!, 4)).to.equal(true);
      expect(sco.assess(s3!, 1)).to.equal(true);
      iframe.remove();

      const stored = first.cmi();
      expect(first.api.isTerminated()).to.equal(true);
      expect(String(stored.suspend_data)).to.match(/^LP1~/);
      expect(exitOf(edition, stored)).to.equal('suspend');
      expect(status(edition, stored)).to.deep.equal(edition === '1.2' ? 'incomplete' : ['incomplete', 'unknown']);
      // Requirements are skills 0, 3, 6 and 9 at level 3: one of four met.
      expect(scoreOf(edition, stored)).to.include({ raw: '25', min: '0', max: '100' });
      if (edition === '2004') {
        expect(scoreOf(edition, stored).scaled).to.equal('0.25');
        expect(stored.progress_measure).to.equal('0.5');
      }
      expect(count(stored, 'objectives')).to.equal(4);
      expect(count(stored, 'interactions')).to.equal(2);
      const sessionTime = String(edition === '1.2' ? core(stored).session_time : stored.session_time);
      expect(sessionTime).to.match(edition === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/ : /^PT(\d+(\.\d+)?[HMS])+$/);

      const second = launch(edition, resumeFrom(edition, stored));
      const resumed = await openSco();
      expect(resumed.sco.session?.resumed?.problems).to.deep.equal([]);
      expect(resumed.sco.record.step?.id).to.equal('lp-professional');
      expect(Object.keys(resumed.sco.record.levels)).to.have.members([s0, s3]);
      for (const skill of [s3, sco.skills[6], sco.skills[9]]) resumed.sco.assess(skill!, 3);
      expect(resumed.sco.complete()).to.equal(true);
      expect(resumed.sco.finish()).to.equal(true);
      expect(resumed.sco.finish(), 'finish runs once').to.equal(false);

      const done = second.cmi();
      expect(status(edition, done)).to.deep.equal(edition === '1.2' ? 'completed' : ['completed', 'unknown']);
      expect(scoreOf(edition, done).raw).to.equal('100');
      expect(exitOf(edition, done)).to.equal(edition === '1.2' ? '' : 'normal');
      expect(count(done, 'objectives'), 'the same objectives, by id').to.equal(4);
      expect(count(done, 'interactions'), 'one more per self-assessment').to.equal(5);
      expect(resumed.sco.errors).to.deep.equal([]);
    });

    it('keeps a record of 150 skills within SCORM 1.2’s 4,096 characters, and reads it back', async () => {
      const first = launch(edition);
      const { iframe, sco } = await openSco(150);
      sco.choose('lp-lead');
      sco.skills.forEach((skill, index) => sco.assess(skill, index % 5));
      iframe.remove();
      const stored = first.cmi();
      expect(String(stored.suspend_data).length).to.be.at.most(4096);
      expect(sco.notices).to.deep.equal([]);
      expect(sco.errors).to.deep.equal([]);

      launch(edition, resumeFrom(edition, stored));
      const resumed = await openSco(150);
      expect(Object.keys(resumed.sco.record.levels)).to.have.length(150);
      expect(resumed.sco.record.levels[sco.skills[149]!]?.level).to.equal(4);
    });

    it('starts clean when the LMS says ab-initio', async () => {
      const first = launch(edition);
      const { iframe, sco } = await openSco();
      sco.assess(sco.skills[0]!, 2);
      iframe.remove();
      launch(edition, resumeFrom(edition, first.cmi(), { entry: 'ab-initio' }));
      const fresh = await openSco();
      expect(fresh.sco.session?.resumed).to.equal(undefined);
      expect(fresh.sco.record.levels).to.deep.equal({});
    });

    it('reads the record but writes nothing in review mode', async () => {
      const first = launch(edition);
      const { iframe, sco } = await openSco();
      sco.assess(sco.skills[0]!, 2);
      iframe.remove();
      const stored = first.cmi();
      const review = launch(edition, resumeFrom(edition, stored, { mode: 'review' }));
      const reviewed = await openSco();
      expect(reviewed.sco.session?.mode).to.equal('review');
      expect(reviewed.sco.session?.readOnly).to.equal(true);
      expect(reviewed.sco.record.levels[sco.skills[0]!]?.level).to.equal(2);
      expect(reviewed.sco.assess(sco.skills[1]!, 4)).to.equal(false);
      reviewed.iframe.remove();
      expect(review.cmi().suspend_data).to.equal(stored.suspend_data);
      expect(count(review.cmi(), 'interactions')).to.equal(1);
    });

    it('shows the learner’s name as a heading would, and keeps the LMS’s learner id', async () => {
      const learner =
        edition === '1.2'
          ? { core: { student_name: 'Curie, Marie', student_id: 'lms-user-42' } }
          : { learner_name: 'Curie, Marie', learner_id: 'lms-user-42' };
      launch(edition, learner);
      const { sco } = await openSco();
      expect(sco.session?.learner).to.deep.equal({ id: 'lms-user-42', name: 'Marie Curie' });
    });

    it('runs without an LMS when no API is found', async () => {
      const { sco } = await openSco();
      expect(sco.session).to.equal(undefined);
      expect(sco.assess(sco.skills[0]!, 3)).to.equal(false);
      expect(sco.errors).to.deep.equal([]);
    });

    it('reports an LMS that refuses Initialize once, with its words, and runs on without it', async () => {
      const lms = launch(edition);
      // The LMS's API was already initialized (by another SCO of the attempt): a second Initialize is an error.
      expect(
        edition === '1.2' ? (lms.api as Scorm12API).LMSInitialize('') : (lms.api as Scorm2004API).Initialize(''),
      ).to.equal('true');
      const { sco } = await openSco();
      expect(sco.session).to.equal(undefined);
      expect(sco.errors).to.have.length(1);
      expect(sco.errors[0]).to.include({ call: 'initialize', code: edition === '1.2' ? '101' : '103' });
      expect(sco.errors[0]?.message).to.not.equal('');
    });

    // scorm-again's SCORM 1.2 API goes on accepting values after LMSFinish; its 2004 API refuses them.
    (edition === '2004' ? it : it.skip)(
      'reports each kind of error once when the LMS ends the session under the SCO',
      async () => {
        const lms = launch(edition);
        const { sco } = await openSco();
        expect(sco.assess(sco.skills[0]!, 1)).to.equal(true);
        // The LMS terminates the attempt itself (a time-out): every later call is refused.
        (lms.api as Scorm2004API).Terminate('');
        expect(sco.assess(sco.skills[1]!, 2)).to.equal(false);
        expect(sco.assess(sco.skills[2]!, 3)).to.equal(false);
        const kinds = sco.errors.map((error) => `${error.call.split(' ')[0]} ${error.code}`);
        expect(kinds.length).to.be.greaterThan(0);
        expect(new Set(kinds).size, 'no kind reported twice').to.equal(kinds.length);
        expect(sco.errors.every((error) => error.code !== '0' && error.message !== '')).to.equal(true);
      },
    );
  });
}

describe('SCO runtime with an API that throws', () => {
  it('never lets the API’s exceptions into the page', async () => {
    // A stand-in, since no real LMS throws on purpose: every method of a SCORM 1.2 API throws.
    const broken = () => {
      throw new Error('LMS unavailable');
    };
    host.API = Object.fromEntries(
      [
        'LMSInitialize',
        'LMSFinish',
        'LMSGetValue',
        'LMSSetValue',
        'LMSCommit',
        'LMSGetLastError',
        'LMSGetErrorString',
        'LMSGetDiagnostic',
      ].map((name) => [name, broken]),
    );
    const { sco } = await openSco();
    expect(sco.session).to.equal(undefined);
    expect(sco.errors).to.deep.equal([
      { call: 'initialize', code: 'exception', message: 'LMS unavailable', diagnostic: '' },
    ]);
  });
});

describe('the record in a real LMS’s suspend_data', () => {
  it('is read back by the decoder from what scorm-again stored', async () => {
    const lms = launch('1.2');
    const { iframe, sco } = await openSco();
    sco.assess(sco.skills[5]!, 3, '2026-12-08T10:00:00.000Z');
    iframe.remove();
    const reading = decodeSuspendData(String(lms.cmi().suspend_data), { skills: sco.skills, steps: sco.steps });
    expect(reading?.record.levels[sco.skills[5]!]).to.deep.equal({ level: 3, at: '2026-12-08T10:00:00.000Z' });
  });
});
