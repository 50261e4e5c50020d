// THE list of shapes and user phrases that are still slow because of code other
// branches own, as measured when the robustness work (issue 17) finished. The
// guard (test/unit/shapes.test.ts, in `npm test`) checks every other shape;
// test/shapes/elsewhere.test.ts (`npm run test:shapes-elsewhere`, not in
// `npm test`) checks exactly these, and fails until their fixes land. When a
// fix lands, delete the name here: the guard then holds it.

export const OWNED_ELSEWHERE: Readonly<Record<string, { owner: 'lead' | 'structure'; cause: string }>> = {
  // The wording rules (lead: token engine replacing the regex phrase engine).
  'bonne chance quand même': { owner: 'lead', cause: 'sentenceAround rescans the paragraph for every hit' },
  'désolé': { owner: 'lead', cause: 'sentenceAround rescans the paragraph for every hit' },
  'avez-vous des retours ?': { owner: 'lead', cause: 'sentenceAround rescans the paragraph for every hit' },
  'capitales criées': { owner: 'lead', cause: 'the capitals of `cris`' },
  'capitales ?!': { owner: 'lead', cause: 'ton-agressif per-hit sentence scan' },
  'ton agressif': { owner: 'lead', cause: 'sentenceAround rescans the paragraph for every hit' },
  'drame': { owner: 'lead', cause: 'sentenceAround rescans the paragraph for every hit' },
  'contestation': { owner: 'lead', cause: 'sentenceAround rescans the paragraph for every hit' },
  'a? répété': { owner: 'lead', cause: 'inUrl scans back for every « ? » (trop-de-questions)' },
  'fins de ligne CR avec excuses': { owner: 'lead', cause: 'excuses and question-vague: sentence per hit' },
  // Since the prose analysis landed on main (src/core/prose/): the token pattern
  // engine's `step` costs 1.0-1.4 s of CPU at 1 MB on ordinary repeated prose,
  // and the tokenizer's `urlLength`/`scanOne` rescan on long hyphen or apostrophe chains.
  'relance': { owner: 'lead', cause: 'prose/patterns.ts step: 1.1 s at 1 MB' },
  'multicanal': { owner: 'lead', cause: 'prose/patterns.ts step: about 1 s at 1 MB' },
  'phrase longue sans point': { owner: 'lead', cause: 'prose/patterns.ts step: 1.2 s at 1 MB' },
  'fins de ligne CRLF': { owner: 'lead', cause: 'prose/patterns.ts step: 1.2 s at 1 MB' },
  'fins de ligne CR': { owner: 'lead', cause: 'prose/patterns.ts step: 1.3 s at 1 MB' },
  'fins de ligne mêlées': { owner: 'lead', cause: 'prose/patterns.ts step: 1.3 s at 1 MB' },
  // After the second merge of main (22:20): more repeated prose over 1 s at 1 MB, all in prose/patterns.ts (step, end, matches).
  'paragraphes courts': { owner: 'lead', cause: 'prose/patterns.ts step: 1.5 s at 1 MB' },
  'parenthèses ouvertes': { owner: 'lead', cause: 'prose/patterns.ts: 1.2 s at 1 MB' },
  'chevrons ouverts': { owner: 'lead', cause: 'prose/patterns.ts: over 1 s at 1 MB' },
  'signature a@a@a': { owner: 'lead', cause: 'prose/patterns.ts step: 3.9 s at 1 MB' },
  'paires disable/enable': { owner: 'lead', cause: 'prose/patterns.ts: 1.06 s at 1 MB' },
  'crochets imbriqués ouverts': { owner: 'lead', cause: 'prose/patterns.ts end/matches and prose/tokens.ts push: 1.8 s at 1 MB' },
  'accolades ouvertes': { owner: 'lead', cause: 'prose/patterns.ts end and prose/tokens.ts push: 1.04 s at 1 MB' },
  'tirets': { owner: 'lead', cause: 'prose/patterns.ts end/matches and prose/tokens.ts push' },
  'brouillon ordinaire': { owner: 'lead', cause: 'prose/patterns.ts step: 1.9 s at 1 MB' },
  'mot à traits d’union': { owner: 'lead', cause: 'prose/tokens.ts urlLength rescans a hyphen chain per token (quadratic)' },
  'apostrophes': { owner: 'lead', cause: 'prose/tokens.ts scanOne/urlLength on an apostrophe chain: 2.9 s at 1 MB' },
  // Template and structure code (structure).
  '[Nom] répété': { owner: 'structure', cause: 'champ-a-remplir: found.some overlap checks' },
  'XXX répété': { owner: 'structure', cause: 'champ-a-remplir: found.some overlap checks' },
  'points de suspension espacés': { owner: 'structure', cause: 'champ-a-remplir' },
  '[[a]] répété': { owner: 'structure', cause: 'champ-a-remplir' },
  '{{nom}} répété': { owner: 'structure', cause: 'champ-a-remplir' },
  'crochets imbriqués': { owner: 'structure', cause: 'champ-a-remplir' },
  'signature de lettres sans @': { owner: 'structure', cause: 'the signature e-mail regex (coordonnees-absentes)' },
  'première ligne d’espaces puis un mot': { owner: 'structure', cause: 'the draft SUBJECT regex on a run of blanks' },
};
