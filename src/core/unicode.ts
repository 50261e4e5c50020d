// The Unicode class of a code point, without compiling a regular expression
// for the common case: a Unicode property class costs milliseconds to compile
// at the first analysis of a process, and a French draft is mostly Latin.

/**
 * Unicode classes of a code point: 1 a letter (\p{L}), 2 a mark (\p{M}), 3 a
 * number (\p{N}), 4 anything else. Latin letters are told by their code; other
 * code points by one regular expression, compiled the first time a line holds
 * one (a Unicode class costs milliseconds to compile at the first analysis).
 */
export function unicodeClass(cp: number): number {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? 1 : cp >= 48 && cp <= 57 ? 3 : 4;
  if (cp < 0x180) {
    if (cp >= 0x100 || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7) || cp === 0xaa || cp === 0xb5 || cp === 0xba) return 1;
    return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe) ? 3 : 4;
  }
  // General punctuation and spaces (’ “ ” – — … •): no letter, mark or number.
  if (cp >= 0x2000 && cp <= 0x206f) return 4;
  // Past the end of a string (NaN) or out of range: nothing.
  if (!(cp <= 0x10ffff)) return 4;
  const m = UNICODE_CLASS.exec(String.fromCodePoint(cp));
  return m === null ? 4 : m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
}

const UNICODE_CLASS = /^(?:(\p{L})|(\p{M})|\p{N})/u;
