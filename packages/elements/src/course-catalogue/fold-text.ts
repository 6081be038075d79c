const MARKS = /\p{M}/gu;
const LETTERS = /[ßæøœłđðþı]/g;
/** Letters that do not decompose into a base letter and a mark, and what a learner types for them. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Text as search compares it: lower case, accents and other marks removed (`Énergie` → `energie`,
 * Hebrew points too), and letters such as `ø` and `ß` spelled the way they are typed without them.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LETTERS, (letter) => SPELLED[letter] ?? letter);
}
