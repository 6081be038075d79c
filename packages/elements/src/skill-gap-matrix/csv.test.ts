import { expect } from '@open-wc/testing';
import { csvDelimiter, toCsv } from './csv.js';

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).to.equal('\uFEFFa,1\r\nb,2\r\n');
  });

  it('quotes separators, quotes, line breaks and edge spaces, and doubles inner quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', ' padded', 'plain']])).to.equal(
      '\uFEFF"a,b","say ""hi""","two\nlines"," padded",plain\r\n',
    );
    expect(toCsv([['a;b', 'a,b']], ';')).to.equal('\uFEFF"a;b";a,b\r\n');
  });

  it('keeps text a spreadsheet would run as a formula from running; numbers stay numbers', () => {
    expect(toCsv([['=SUM(A1:A9)', '+1', '-x', '@cmd', -2, 0]])).to.equal("\uFEFF'=SUM(A1:A9),'+1,'-x,'@cmd,-2,0\r\n");
    expect(toCsv([['=1,2']])).to.equal('\uFEFF"\'=1,2"\r\n');
    expect(toCsv([[Number.NaN]])).to.equal('\uFEFF\r\n');
  });

  it('keeps umlauts and Hebrew as they are', () => {
    expect(toCsv([['Übersetzung', 'תקשורת']])).to.equal('\uFEFFÜbersetzung,תקשורת\r\n');
  });
});

describe('csvDelimiter', () => {
  it('is a semicolon where the decimal separator is a comma, as spreadsheets expect', () => {
    expect(['en', 'he', 'de', 'fr', 'da', 'nl', 'et', 'cs'].map(csvDelimiter)).to.deep.equal([
      ',',
      ',',
      ';',
      ';',
      ';',
      ';',
      ';',
      ';',
    ]);
  });
});
