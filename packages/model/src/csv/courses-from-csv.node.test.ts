import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { smallDocument } from '../test-data/small-document.js';
import { coursesFromCsv } from './courses-from-csv.js';

const SKILL = 'https://lp-elements.example/test/skills/design';
const PROVIDER = 'https://lp-elements.example/test/providers/lindenbrueck';

const sheet = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('coursesFromCsv', () => {
  it('reads every kind of column', () => {
    const { courses, problems } = coursesFromCsv(
      sheet(
        'id,code,name,name:de,description,provider.id,provider.name,provider.country,url,languages,mode,ects,eqfLevel,workload,price,currency,credential,credential.name,credential.ects,teaches,fields,audience,start,end,location,location.country',
        `https://x.example/c1,LB-1,Networking,Netzwerken,About networking,${PROVIDER},TU Lindenbrück,DE,https://x.example/c1,de;en,blended,"2,5",7,60,490,EUR,micro-credential,Networking credential,2.5,${SKILL}=3,energy;climate,managers;engineers,2027-03-01,2027-04-01,Campus,DE`,
      ),
      { frameworksFrom: smallDocument() },
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(courses, [
      {
        id: 'https://x.example/c1',
        code: 'LB-1',
        name: { en: 'Networking', de: 'Netzwerken' },
        description: 'About networking',
        provider: { id: PROVIDER, name: 'TU Lindenbrück', country: 'DE' },
        url: 'https://x.example/c1',
        languages: ['de', 'en'],
        mode: 'blended',
        ects: 2.5,
        eqfLevel: 7,
        workload: 'PT60H',
        price: { category: 'paid', amount: 490, currency: 'EUR' },
        credential: { kind: 'micro-credential', name: 'Networking credential', ects: 2.5 },
        teaches: [{ skill: SKILL, level: 3 }],
        fields: ['energy', 'climate'],
        audience: ['managers', 'engineers'],
        instances: [{ start: '2027-03-01', end: '2027-04-01', location: { name: 'Campus', country: 'DE' } }],
      },
    ]);
  });

  it('adds an instance for each further row of a course', () => {
    const { courses, problems } = coursesFromCsv(
      sheet(
        'id,name,provider.id,provider.name,start',
        `https://x.example/c1,N,${PROVIDER},P,2027-03-01`,
        `https://x.example/c1,,,,2027-09-01`,
        `https://x.example/c1,N,,,2028-03-01`,
      ),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(courses[0]?.instances, [
      { start: '2027-03-01' },
      { start: '2027-09-01' },
      { start: '2028-03-01' },
    ]);
  });

  it('reads semicolon-separated sheets with a byte order mark, and free prices', () => {
    const { courses, problems } = coursesFromCsv(
      `\uFEFF${sheet('id;name;provider.id;provider.name;price', `https://x.example/c1;N;${PROVIDER};P;free`)}`,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(courses[0]?.price, { category: 'free' });
  });

  it('names unknown and missing columns', () => {
    const { problems } = coursesFromCsv(sheet('id,nmae,name:xx-,provider.id', 'x,y,z,w'));
    assert.deepEqual(problems, [
      { row: 1, column: 'nmae', message: 'is not a known column' },
      { row: 1, column: 'name:xx-', message: 'is not a known column' },
      { row: 1, column: 'name', message: 'this column is required' },
      { row: 1, column: 'provider.name', message: 'this column is required' },
    ]);
  });

  it('names the row and column of bad values and of problems in the courses', () => {
    const { problems } = coursesFromCsv(
      sheet(
        'id,name,name:de,provider.id,provider.name,provider.url,eqfLevel,teaches,start,end,location',
        `https://x.example/c1,N,,${PROVIDER},P,javascript:alert(1),7.5,${SKILL}=x,2027-03-01,,`,
        `https://x.example/c1,Other name,,,,,,,2027-02-30,,Campus`,
        `relative,N,<script>,${PROVIDER},P,,,,,,`,
      ),
    );
    assert.deepEqual(
      problems.map(({ row, column, message }) => `${row} ${column ?? ''}: ${message}`),
      [
        '2 eqfLevel: "7.5" is not a whole number',
        `2 teaches: "${SKILL}=x" is not a skill IRI and a level, such as https://…/networking=3`,
        '2 provider.url: "javascript:alert(1)" uses javascript:; only http and https links are allowed',
        '3 name: differs from row 2, where this course begins',
        '3 start: "2027-02-30" is not a date such as 2027-03-01 or 2027-03-01T09:00:00+01:00',
        '4 id: "relative" is relative; ids must be absolute IRIs such as https://example.org/skills/networking',
      ],
    );
  });

  it('reports a broken CSV with its row', () => {
    const { problems } = coursesFromCsv('id,name\n"unclosed,quote\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.row, 2);
  });

  it('leaves skills unchecked without frameworks, and checks them with', () => {
    const csv = sheet(
      'id,name,provider.id,provider.name,teaches',
      `https://x.example/c1,N,${PROVIDER},P,https://x.example/s=2`,
    );
    assert.deepEqual(coursesFromCsv(csv).problems, []);
    assert.deepEqual(coursesFromCsv(csv, { frameworksFrom: smallDocument() }).problems, [
      { row: 2, column: 'teaches', message: 'no skill has the id "https://x.example/s"' },
    ]);
  });
});
