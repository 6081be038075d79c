import { PROBLEM_CODES, type ProblemCode, type ProblemParams, type ValueType } from '@lp-elements/model';
import { expect } from '@open-wc/testing';
import type { Translation } from '../base/localize/translation.js';
import cs from './cs/index.js';
import da from './da/index.js';
import de from './de/index.js';
import en from './en/index.js';
import et from './et/index.js';
import fr from './fr/index.js';
import he from './he/index.js';
import nl from './nl/index.js';

const translations: readonly Translation[] = [en, de, fr, da, nl, et, cs, he];
const others = translations.filter((translation) => translation !== en);

/** How each locale quotes a value; Hebrew also isolates it from the right-to-left sentence. */
const quotes: Record<string, readonly [string, string]> = {
  en: ['"', '"'],
  de: ['„', '“'],
  fr: ['«\u00a0', '\u00a0»'],
  da: ['»', '«'],
  nl: ['“', '”'],
  et: ['„', '“'],
  cs: ['„', '“'],
  he: ['"\u2068', '\u2069"'],
};

/**
 * Params as the model reports them, with what the message must show: `quoted` values in the
 * locale's quotation marks, `shown` values as they are (numbers in the locale's own format).
 */
interface Sample<C extends ProblemCode> {
  readonly params: ProblemParams[C];
  readonly quoted?: readonly string[];
  readonly shown?: readonly (string | number)[];
}

const samples: { readonly [C in ProblemCode]: readonly Sample<C>[] } = {
  'invalid-json': [
    {
      params: { reason: "Expected ',' or '}' after property value", line: 12, column: 38 },
      shown: ["Expected ',' or '}' after property value", 12, 38],
    },
    { params: { reason: 'Unexpected end of JSON input' }, shown: ['Unexpected end of JSON input'] },
  ],
  unreadable: [
    {
      params: { reason: 'Permission denied to access property "then"' },
      shown: ['Permission denied to access property "then"'],
    },
  ],
  'wrong-type': [{ params: { expected: 'text', actual: 'number' } }],
  'missing-property': [{ params: { property: 'name' }, quoted: ['name'] }],
  'unknown-property': [{ params: { property: 'durationWeeks' }, quoted: ['durationWeeks'] }],
  'invalid-value': [
    {
      params: { value: 'blended', allowed: ['online', 'on-site', 'hybrid'] },
      quoted: ['blended'],
      shown: ['online', 'on-site', 'hybrid'],
    },
    { params: { value: '{…}', allowed: [] }, quoted: ['{…}'] },
  ],
  'too-long': [{ params: { length: 412, limit: 300 }, shown: [412, 300] }],
  'too-short': [{ params: { length: 0, limit: 1 } }, { params: { length: 3, limit: 8 }, shown: [8] }],
  'too-many-items': [{ params: { count: 27, limit: 20 }, shown: [27, 20] }],
  'too-few-items': [{ params: { count: 13, limit: 40 }, shown: [13, 40] }],
  'out-of-range': [{ params: { value: 417.5, comparison: '<=', limit: 300 }, shown: [417.5, 300] }],
  'invalid-language-tag': [{ params: { value: 'english' }, quoted: ['english'] }],
  'invalid-id': [{ params: { value: 'course 12' }, quoted: ['course 12'] }],
  'invalid-keyword': [{ params: { value: 'Health Tech' }, quoted: ['Health Tech'] }],
  'invalid-date': [{ params: { value: '2027-02-30' }, quoted: ['2027-02-30'] }],
  'invalid-duration': [{ params: { value: '6 weeks' }, quoted: ['6 weeks'] }],
  'invalid-currency': [{ params: { value: 'euro' }, quoted: ['euro'] }],
  'invalid-country': [{ params: { value: 'Germany' }, quoted: ['Germany'] }],
  'invalid-esco-uri': [
    { params: { value: 'https://esco.example/skill/networking' }, quoted: ['https://esco.example/skill/networking'] },
  ],
  'invalid-iri': [
    {
      params: { value: 'https://lp-elements.example/skills/data science' },
      quoted: ['https://lp-elements.example/skills/data science'],
    },
  ],
  'relative-iri': [{ params: { value: 'skills/networking' }, quoted: ['skills/networking'] }],
  'invalid-url': [
    {
      params: { value: 'www.lp-university.example/courses/grid-basics' },
      quoted: ['www.lp-university.example/courses/grid-basics'],
    },
  ],
  'unsafe-url': [
    {
      params: { value: 'javascript:alert(document.cookie)', scheme: 'javascript:' },
      quoted: ['javascript:alert(document.cookie)'],
      shown: ['javascript:'],
    },
  ],
  'duplicate-id': [
    {
      params: { id: 'https://lp-elements.example/courses/grid-basics', first: '$.courses[0].id' },
      quoted: ['https://lp-elements.example/courses/grid-basics'],
      shown: ['$.courses[0].id'],
    },
  ],
  'duplicate-level': [{ params: { value: 40 }, shown: [40] }],
  'unknown-skill': [
    {
      params: { id: 'https://lp-elements.example/skills/welding' },
      quoted: ['https://lp-elements.example/skills/welding'],
    },
  ],
  'unknown-profile': [
    {
      params: { id: 'https://lp-elements.example/profiles/grid-engineer' },
      quoted: ['https://lp-elements.example/profiles/grid-engineer'],
    },
  ],
  'unknown-course': [
    {
      params: { id: 'https://lp-elements.example/courses/solar-101' },
      quoted: ['https://lp-elements.example/courses/solar-101'],
    },
  ],
  'unknown-step': [{ params: { id: 'senior-analyst' }, quoted: ['senior-analyst'] }],
  'unknown-group': [
    {
      params: { id: 'https://lp-elements.example/groups/digital' },
      quoted: ['https://lp-elements.example/groups/digital'],
    },
  ],
  'level-not-on-scale': [{ params: { level: 60, scale: [0, 25, 50, 75, 100] }, shown: [60, 0, 25, 50, 75, 100] }],
  'end-before-start': [{ params: { start: '2027-03-01', end: '2027-02-15' }, shown: ['2027-03-01', '2027-02-15'] }],
  'track-cycle': [
    {
      params: { steps: ['junior-analyst', 'analyst', 'senior-analyst', 'junior-analyst'] },
      shown: ['junior-analyst', 'analyst', 'senior-analyst'],
    },
  ],
  'too-many-problems': [{ params: { limit: 1000 }, shown: [1000] }, { params: { limit: 1 } }],
};

function message<C extends ProblemCode>(translation: Translation, code: C, params: ProblemParams[C]): string {
  const build = translation.dataProblems[code] as (params: ProblemParams[C]) => string;
  return build(params);
}

/** The values a sample's message must show, written as they must appear in `translation`. */
function expectedParts(translation: Translation, sample: Omit<Sample<ProblemCode>, 'params'>): string[] {
  const [open, close] = quotes[translation.$code] ?? ['', ''];
  // English reuses the model's messages, which write numbers as JavaScript does.
  const number = translation === en ? String : new Intl.NumberFormat(translation.$code).format;
  const shown = (sample.shown ?? []).map((value) => {
    const text = typeof value === 'number' ? number(value) : value;
    return translation.$dir === 'rtl' && typeof value === 'string' ? `\u2068${text}\u2069` : text;
  });
  return [...(sample.quoted ?? []).map((value) => `${open}${value}${close}`), ...shown];
}

function checkCode(translation: Translation, code: ProblemCode): void {
  for (const sample of samples[code]) {
    const written = message(translation, code, sample.params);
    const where = `${translation.$code} ${code} ${JSON.stringify(sample.params)}: ${written}`;
    expect(written, where).to.be.a('string').and.not.be.empty;
    expect(written, where).not.to.match(/undefined|NaN|\[object/);
    for (const part of expectedParts(translation, sample)) expect(written, where).to.include(part);
    if (translation !== en) expect(written, where).not.to.equal(message(en, code, sample.params));
  }
}

const VALUE_TYPES: readonly ValueType[] = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'null',
  'text',
  'other',
];
const COMPARISONS = ['<=', '>=', '<', '>'] as const;

describe('translations', () => {
  it('say which language they are, and only Hebrew runs right to left', () => {
    expect(translations.map((translation) => translation.$code)).to.deep.equal([
      'en',
      'de',
      'fr',
      'da',
      'nl',
      'et',
      'cs',
      'he',
    ]);
    for (const translation of translations) {
      expect(translation.$dir, translation.$code).to.equal(translation.$code === 'he' ? 'rtl' : 'ltr');
    }
  });

  it('have a message for every problem code, and no other', () => {
    for (const translation of translations) {
      expect(Object.keys(translation.dataProblems), translation.$code).to.have.members([...PROBLEM_CODES]);
    }
  });

  for (const translation of translations) {
    it(`${translation.$code}: every problem message shows its values`, () => {
      for (const code of PROBLEM_CODES) checkCode(translation, code);
    });
  }

  it('name every value type, distinctly, in both places of wrong-type', () => {
    for (const translation of translations) {
      const written = VALUE_TYPES.flatMap((expected) =>
        VALUE_TYPES.map((actual) => message(translation, 'wrong-type', { expected, actual })),
      );
      expect(new Set(written).size, translation.$code).to.equal(VALUE_TYPES.length ** 2);
      expect(written.join('\n'), translation.$code).not.to.match(/undefined/);
    }
  });

  it('put comparisons into words', () => {
    for (const translation of others) {
      const written = COMPARISONS.map((comparison) =>
        message(translation, 'out-of-range', { value: 417, comparison, limit: 300 }),
      );
      expect(new Set(written).size, translation.$code).to.equal(COMPARISONS.length);
      for (const text of written) expect(text, translation.$code).not.to.match(/[<>]/);
    }
  });

  it('report a failed load with its URL and status', () => {
    const url = 'https://lp-university.example/data/catalogue.json';
    for (const translation of translations) {
      const shownUrl = translation.$dir === 'rtl' ? `\u2068${url}\u2069` : url;
      const failed = translation.loadFailedStatus(url, 404);
      const notJson = translation.dataNotJson(url);
      expect(failed, translation.$code).to.include(shownUrl).and.include('404');
      expect(notJson, translation.$code).to.include(shownUrl);
      if (translation !== en) {
        expect(failed, translation.$code).not.to.equal(en.loadFailedStatus(url, 404));
        expect(notJson, translation.$code).not.to.equal(en.dataNotJson(url));
      }
    }
  });

  it('count the left-out parts in each language’s plural forms', () => {
    const skipped: Record<string, Record<number, string>> = {
      en: {
        1: 'One part of the data was left out:',
        2: '2 parts of the data were left out:',
        5: '5 parts of the data were left out:',
      },
      de: {
        1: '1 Teil der Daten wurde ausgelassen:',
        2: '2 Teile der Daten wurden ausgelassen:',
        5: '5 Teile der Daten wurden ausgelassen:',
      },
      fr: {
        1: '1 partie des données a été omise\u202f:',
        2: '2 parties des données ont été omises\u202f:',
        5: '5 parties des données ont été omises\u202f:',
      },
      da: {
        1: '1 del af dataene blev udeladt:',
        2: '2 dele af dataene blev udeladt:',
        5: '5 dele af dataene blev udeladt:',
      },
      nl: {
        1: '1 deel van de gegevens is weggelaten:',
        2: '2 delen van de gegevens zijn weggelaten:',
        5: '5 delen van de gegevens zijn weggelaten:',
      },
      et: {
        1: 'Andmetest jäeti välja 1 osa:',
        2: 'Andmetest jäeti välja 2 osa:',
        5: 'Andmetest jäeti välja 5 osa:',
      },
      cs: {
        1: '1 část dat byla vynechána:',
        2: '2 části dat byly vynechány:',
        3: '3 části dat byly vynechány:',
        5: '5 částí dat bylo vynecháno:',
        1.5: '1,5 části dat bylo vynecháno:',
      },
      he: {
        1: 'חלק אחד מהנתונים הושמט:',
        2: 'שני חלקים מהנתונים הושמטו:',
        5: '5 חלקים מהנתונים הושמטו:',
      },
    };
    for (const translation of translations) {
      const expected = skipped[translation.$code] ?? {};
      const counts = Object.keys(expected).map(Number);
      const written = Object.fromEntries(counts.map((count) => [count, translation.dataSkipped(count)]));
      expect(written, translation.$code).to.deep.equal(expected);
    }
  });

  it('count entries in each language’s plural forms', () => {
    const fewItems: Record<string, Record<number, string>> = {
      de: {
        1: 'Es ist 1 Eintrag vorhanden, nötig sind mindestens 10',
        2: 'Es sind 2 Einträge vorhanden, nötig sind mindestens 10',
        5: 'Es sind 5 Einträge vorhanden, nötig sind mindestens 10',
      },
      fr: {
        1: 'il y a 1 entrée, pour un minimum de 10',
        2: 'il y a 2 entrées, pour un minimum de 10',
        5: 'il y a 5 entrées, pour un minimum de 10',
      },
      da: {
        1: 'Der er 1 element, men der skal være mindst 10',
        2: 'Der er 2 elementer, men der skal være mindst 10',
        5: 'Der er 5 elementer, men der skal være mindst 10',
      },
      nl: {
        1: 'er is 1 element; het minimum is 10',
        2: 'er zijn 2 elementen; het minimum is 10',
        5: 'er zijn 5 elementen; het minimum is 10',
      },
      et: {
        1: 'kirjete arv on 1, vaja on vähemalt 10',
        2: 'kirjete arv on 2, vaja on vähemalt 10',
        5: 'kirjete arv on 5, vaja on vähemalt 10',
      },
      cs: {
        1: 'obsahuje 1 položku, potřeba je alespoň 10',
        3: 'obsahuje 3 položky, potřeba je alespoň 10',
        5: 'obsahuje 5 položek, potřeba je alespoň 10',
      },
      he: {
        1: 'יש כאן פריט אחד, ונדרשים לפחות 10',
        2: 'יש כאן שני פריטים, ונדרשים לפחות 10',
        5: 'יש כאן 5 פריטים, ונדרשים לפחות 10',
      },
    };
    for (const translation of others) {
      const expected = fewItems[translation.$code] ?? {};
      const counts = Object.keys(expected).map(Number);
      const written = Object.fromEntries(
        counts.map((count) => [count, message(translation, 'too-few-items', { count, limit: 10 })]),
      );
      expect(written, translation.$code).to.deep.equal(expected);
    }
  });

  it('count characters in Czech and Hebrew plural forms', () => {
    const tooLong = (translation: Translation, length: number) =>
      message(translation, 'too-long', { length, limit: 0 });
    expect([1, 3, 5, 1.5].map((length) => tooLong(cs, length))).to.deep.equal([
      'hodnota má 1 znak, povoleno je nejvýše 0',
      'hodnota má 3 znaky, povoleno je nejvýše 0',
      'hodnota má 5 znaků, povoleno je nejvýše 0',
      'hodnota má 1,5 znaku, povoleno je nejvýše 0',
    ]);
    expect([1, 2, 5].map((length) => tooLong(he, length))).to.deep.equal([
      'אורך הערך תו אחד, ומותרים לכל היותר 0',
      'אורך הערך שני תווים, ומותרים לכל היותר 0',
      'אורך הערך 5 תווים, ומותרים לכל היותר 0',
    ]);
  });

  it('keep Hebrew URLs whole inside the right-to-left sentence', () => {
    expect(he.loadFailed('https://lp-university.example/data.json')).to.include(
      '\u2068https://lp-university.example/data.json\u2069',
    );
  });
});
