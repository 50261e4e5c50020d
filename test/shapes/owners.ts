// THE list of shapes and user phrases that are still slow because of code other
// branches own, as measured when the robustness work (issue 17) finished. The
// guard (test/unit/shapes.test.ts, in `npm test`) checks every other shape;
// test/shapes/elsewhere.test.ts (`npm run test:shapes-elsewhere`, not in
// `npm test`) checks exactly these, and fails until their fixes land. When a
// fix lands, delete the name here: the guard then holds it.

export const OWNED_ELSEWHERE: Readonly<Record<string, { owner: 'lead' | 'structure'; cause: string }>> = {
  // Measured after the engine fixes of the shapes branch (typed token columns, class starts on request,
  // second-word, exception and adverb indexes, linear scopes) and the merge of main (transparent adverbs):
  // main alone takes 2.0 s at 1 MB, the shapes branch 1.25 s; the rest is per-sentence work in the rules.
  // The lead then tried only each class's possible starts in reasonsRebutted, pointByPoint and frameEnd, and
  // read the warmth of reponse-seche once per class instead of once per sentence: 1.09 s at 1 MB on a loaded
  // machine (ratio 7.9, linear). What is left is spread over the rules' per-sentence work (requestsOf, mentionsIn, scopes).
  // Measured by the lead after the last merges: 0.71 s at 1 MB alone (ratio 9.0), 1.05 s inside `npm test` on the
  // shared two-core machine (load average 3.5). Each « l’ » tries every lexicon class that may start with it
  // (walkClass from the matcher's root): linear, but too close to the 1 s line to hold under load.
  apostrophes: { owner: 'lead', cause: '« l’ » × 500,000: every class that may start with « l’ » is tried at each token from the matcher root; linear (ratio 9), 0.7 s alone, over 1 s under load' },
  'a? répété': { owner: 'lead', cause: '500,000 one-word questions: per-sentence work spread over requestsOf (rules/questions.ts), mentionsIn (channels.ts) and the scopes; linear (ratio about 8) but about 1.1 s at 1 MB' },
};
