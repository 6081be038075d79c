import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferredLanguage } from './language-preference.js';
import { Cmi5LaunchError, readLaunchParameters } from './launch-parameters.js';

const UNIT = 'https://lp-university.example/lp/module.html';
const launchUrl = (actor: unknown) =>
  `${UNIT}?${new URLSearchParams({
    endpoint: 'https://lms.example/xapi/',
    fetch: 'https://lms.example/fetch/1',
    actor: JSON.stringify(actor),
    registration: '0f1e2d3c-4b5a-4698-8776-655443322110',
    activityId: 'https://lp-university.example/cmi5/au/lp-module',
  })}`;

describe('readLaunchParameters', () => {
  it('keeps the actor exactly as the LMS gave it: Moodle’s has no objectType, and none is added', () => {
    const moodle = { account: { homePage: 'https://moodle.example', name: '42' } };
    assert.deepEqual(readLaunchParameters(launchUrl(moodle))?.actor, moodle);
    const named = { objectType: 'Agent', name: 'Ada', account: { homePage: 'https://lms.example', name: 'a1' } };
    assert.deepEqual(readLaunchParameters(launchUrl(named))?.actor, named);
  });

  it('refuses an actor that is not an Agent with one account', () => {
    const account = { homePage: 'https://lms.example', name: 'a1' };
    for (const actor of [
      { objectType: 'Group', account },
      { account, mbox: 'mailto:a@lms.example' },
      { account: { homePage: 'https://lms.example' } },
      [account],
      'learner',
    ]) {
      assert.throws(
        () => readLaunchParameters(launchUrl(actor)),
        (error) => error instanceof Cmi5LaunchError && error.parameter === 'actor',
        JSON.stringify(actor),
      );
    }
  });

  it('is undefined for a page no cmi5 LMS launched', () => {
    assert.equal(readLaunchParameters(UNIT), undefined);
  });
});

describe('preferredLanguage', () => {
  const has = (tag: string) => ['de', 'fr', 'en'].includes(tag.split('-')[0]!.toLowerCase());
  it('takes the first language of the list that the unit has', () => {
    assert.equal(preferredLanguage('pl-PL, de-CH,en', has), 'de-CH');
    assert.equal(preferredLanguage('fr', has), 'fr');
  });
  it('has none when no listed language is available, or no list was given', () => {
    assert.equal(preferredLanguage('pl,uk', has), undefined);
    assert.equal(preferredLanguage('', has), undefined);
    assert.equal(preferredLanguage(undefined, has), undefined);
  });
  it('takes the first entry when the unit says nothing about its languages', () => {
    assert.equal(preferredLanguage('pl,de'), 'pl');
  });
});
