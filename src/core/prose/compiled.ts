// The wording program's text (program.ts), compiled from the wording families
// (families.ts) and the lexicon (data/lexicon.ts) at build time: every bundle
// is built with scripts/wording-plugin.mjs, which replaces this module. Left
// undefined here, so that a bundle built without it fails loudly instead of
// compiling the forms at run time.

export const COMPILED_WORDING: string | undefined = undefined;
