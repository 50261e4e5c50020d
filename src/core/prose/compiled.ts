// The wording program's text (program.ts), compiled from the wording families
// (families.ts) and the lexicon (data/lexicon.ts) at build time: every bundle
// is built with scripts/wording-plugin.mjs, which replaces this module (the
// text inline, or, in the desktop extension's bundle, read from a file beside
// it at the first analysis). Undefined here, so that a bundle built without
// the plugin fails loudly instead of compiling the forms at run time.

/** The wording program's text, read once, at the first analysis (undefined: the bundle was built without it). */
export function compiledWording(): string | undefined {
  return undefined;
}
