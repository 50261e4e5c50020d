// Every form of a French verb, folded (no accents), for `<verbe>` in a
// pattern: « <partager> » matches « partage », « partagez », « partageons »,
// « partagerai », « partagé », « partageant »… so a form does not have to spell
// each person and tense. Regular -er and -ir verbs are built from their stem;
// the irregular verbs a reply uses often are tables of stems. Folding makes
// accents moot (« préfère » and « préfere » are one form).

const ER = {
  present: ['e', 'es', 'ons', 'ez', 'ent'],
  imperfect: ['ais', 'ait', 'ions', 'iez', 'aient'],
  simple: ['ai', 'as', 'a', 'ames', 'ates', 'erent'],
  future: ['erai', 'eras', 'era', 'erons', 'erez', 'eront'],
  conditional: ['erais', 'erait', 'erions', 'eriez', 'eraient'],
  participle: ['e', 'ee', 'es', 'ees', 'ant', 'er'],
};

function erForms(stem: string): string[] {
  const out = new Set<string>();
  const soft = stem.endsWith('g') ? `${stem}e` : stem; // mangeons, mangeais
  for (const e of [...ER.present, ...ER.future, ...ER.conditional, ...ER.participle]) out.add(stem + e);
  for (const e of ER.imperfect) out.add((e === 'ions' || e === 'iez' ? stem : soft) + e);
  for (const e of ER.simple) out.add((e === 'erent' ? stem : soft) + e);
  out.add(`${soft}ons`);
  out.add(`${soft}ant`);
  // -yer (« paie », « envoie »), -eler/-eter (« appelle », « jette »): the other stem before a mute e.
  const alt = stem.endsWith('y') ? `${stem.slice(0, -1)}i` : /[lt]$/.test(stem) && stem.endsWith('el') ? `${stem}l` : stem.endsWith('et') ? `${stem}t` : undefined;
  if (alt) for (const e of ['e', 'es', 'ent', 'erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient']) out.add(alt + e);
  return [...out];
}

function irForms(stem: string): string[] {
  const out = new Set<string>();
  for (const e of ['ir', 'is', 'it', 'issons', 'issez', 'issent', 'issais', 'issait', 'issions', 'issiez', 'issaient', 'irai', 'iras', 'ira', 'irons', 'irez', 'iront', 'irais', 'irait', 'irions', 'iriez', 'iraient', 'i', 'ie', 'ies', 'issant', 'isse', 'isses']) out.add(stem + e);
  return [...out];
}

/** Irregular verbs by stems: [infinitive, present stems…, future stem, participles…]. */
interface Irregular {
  forms: string[];
}

/** Endings added to a present-tense stem (« pren » → prends, prend, prenons…). */
function withEndings(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((s) => endings.map((e) => s + e));
}

const IMPF = ['ais', 'ait', 'ions', 'iez', 'aient'];
const FUT = ['ai', 'as', 'a', 'ons', 'ez', 'ont'];
const COND = ['ais', 'ait', 'ions', 'iez', 'aient'];

/** A verb from its principal parts: present forms, the imperfect/plural stem, the future stem, participles, subjunctive. */
function parts(present: string[], plural: string, future: string, participles: string[], subjunctive: string[] = []): Irregular {
  return { forms: [...present, ...withEndings([plural], IMPF), ...withEndings([plural], ['ons', 'ez', 'ant']), ...withEndings([future], FUT), ...withEndings([future], COND), ...participles, ...subjunctive] };
}

const IRREGULAR: Record<string, Irregular> = {
  etre: { forms: ['etre', 'suis', 'es', 'est', 'sommes', 'etes', 'sont', 'etais', 'etait', 'etions', 'etiez', 'etaient', 'serai', 'seras', 'sera', 'serons', 'serez', 'seront', 'serais', 'serait', 'serions', 'seriez', 'seraient', 'ete', 'etant', 'sois', 'soit', 'soyons', 'soyez', 'soient', 'fus', 'fut', 'furent', 'fusse', 'fut'] },
  avoir: { forms: ['avoir', 'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'aurai', 'auras', 'aura', 'aurons', 'aurez', 'auront', 'aurais', 'aurait', 'aurions', 'auriez', 'auraient', 'eu', 'eue', 'eus', 'eues', 'ayant', 'aie', 'aies', 'ait', 'ayons', 'ayez', 'aient', 'eut', 'eurent'] },
  aller: parts(['aller', 'vais', 'vas', 'va', 'vont', 'aille', 'ailles', 'aillent'], 'all', 'ir', ['alle', 'allee', 'alles', 'allees']),
  faire: parts(['faire', 'fais', 'fait', 'faites', 'font', 'fis', 'firent'], 'fais', 'fer', ['fait', 'faite', 'faits', 'faites'], ['fasse', 'fasses', 'fassions', 'fassiez', 'fassent']),
  dire: parts(['dire', 'dis', 'dit', 'dites', 'disent'], 'dis', 'dir', ['dit', 'dite', 'dits', 'dites'], ['dise', 'dises', 'disent']),
  voir: parts(['voir', 'vois', 'voit', 'voient', 'vis', 'vit', 'virent'], 'voy', 'verr', ['vu', 'vue', 'vus', 'vues'], ['voie', 'voies']),
  savoir: parts(['savoir', 'sais', 'sait', 'savent', 'sus', 'sut'], 'sav', 'saur', ['su', 'sue', 'sachant'], ['sache', 'saches', 'sachions', 'sachiez', 'sachent']),
  pouvoir: parts(['pouvoir', 'peux', 'peut', 'peuvent', 'puis', 'pus', 'put'], 'pouv', 'pourr', ['pu'], ['puisse', 'puisses', 'puissions', 'puissiez', 'puissent']),
  vouloir: parts(['vouloir', 'veux', 'veut', 'veulent', 'voulus', 'voulut', 'veuille', 'veuillez'], 'voul', 'voudr', ['voulu', 'voulue']),
  devoir: parts(['devoir', 'dois', 'doit', 'doivent', 'dus', 'dut'], 'dev', 'devr', ['du', 'due', 'dus', 'dues'], ['doive', 'doives', 'doivent']),
  prendre: parts(['prendre', 'prends', 'prend', 'prennent', 'pris', 'prit', 'prirent'], 'pren', 'prendr', ['pris', 'prise', 'prises'], ['prenne', 'prennes', 'prennent']),
  mettre: parts(['mettre', 'mets', 'met', 'mettent', 'mis', 'mit', 'mirent'], 'mett', 'mettr', ['mis', 'mise', 'mises'], ['mette', 'mettes']),
  venir: parts(['venir', 'viens', 'vient', 'viennent', 'vins', 'vint'], 'ven', 'viendr', ['venu', 'venue', 'venus', 'venues'], ['vienne', 'viennes']),
  tenir: parts(['tenir', 'tiens', 'tient', 'tiennent', 'tins', 'tint'], 'ten', 'tiendr', ['tenu', 'tenue', 'tenus', 'tenues'], ['tienne', 'tiennes']),
  ecrire: parts(['ecrire', 'ecris', 'ecrit', 'ecrivent', 'ecrivis', 'ecrivit'], 'ecriv', 'ecrir', ['ecrit', 'ecrite', 'ecrits', 'ecrites'], ['ecrive', 'ecrives']),
  lire: parts(['lire', 'lis', 'lit', 'lisent', 'lus', 'lut'], 'lis', 'lir', ['lu', 'lue', 'lus', 'lues'], ['lise', 'lises']),
  connaitre: parts(['connaitre', 'connais', 'connait', 'connaissent', 'connus', 'connut'], 'connaiss', 'connaitr', ['connu', 'connue', 'connus', 'connues'], ['connaisse']),
  croire: parts(['croire', 'crois', 'croit', 'croient', 'crus', 'crut'], 'croy', 'croir', ['cru', 'crue'], ['croie', 'croies']),
  recevoir: parts(['recevoir', 'recois', 'recoit', 'recoivent', 'recus', 'recut'], 'recev', 'recevr', ['recu', 'recue', 'recus', 'recues'], ['recoive', 'recoives']),
  rendre: parts(['rendre', 'rends', 'rend', 'rendent', 'rendis', 'rendit'], 'rend', 'rendr', ['rendu', 'rendue', 'rendus', 'rendues'], ['rende', 'rendes']),
  ouvrir: parts(['ouvrir', 'ouvre', 'ouvres', 'ouvrent', 'ouvris', 'ouvrit'], 'ouvr', 'ouvrir', ['ouvert', 'ouverte', 'ouverts', 'ouvertes']),
  partir: parts(['partir', 'pars', 'part', 'partent', 'partis', 'partit'], 'part', 'partir', ['parti', 'partie', 'partis', 'parties'], ['parte']),
  sentir: parts(['sentir', 'sens', 'sent', 'sentent', 'sentis', 'sentit'], 'sent', 'sentir', ['senti', 'sentie']),
  suivre: parts(['suivre', 'suis', 'suit', 'suivent', 'suivis', 'suivit'], 'suiv', 'suivr', ['suivi', 'suivie', 'suivis', 'suivies'], ['suive']),
  vivre: parts(['vivre', 'vis', 'vit', 'vivent', 'vecus', 'vecut'], 'viv', 'vivr', ['vecu', 'vecue']),
  plaire: parts(['plaire', 'plais', 'plait', 'plaisent', 'plut'], 'plais', 'plair', ['plu'], ['plaise']),
  conduire: parts(['conduire', 'conduis', 'conduit', 'conduisent'], 'conduis', 'conduir', ['conduit', 'conduite', 'conduits']),
  valoir: parts(['valoir', 'vaux', 'vaut', 'valent', 'valut'], 'val', 'vaudr', ['valu'], ['vaille', 'vaillent']),
  craindre: parts(['craindre', 'crains', 'craint', 'craignent'], 'craign', 'craindr', ['craint', 'crainte']),
  joindre: parts(['joindre', 'joins', 'joint', 'joignent'], 'joign', 'joindr', ['joint', 'jointe', 'joints', 'jointes']),
  battre: parts(['battre', 'bats', 'bat', 'battent'], 'batt', 'battr', ['battu', 'battue']),
  rire: parts(['rire', 'ris', 'rit', 'rient'], 'ri', 'rir', ['ri']),
  taire: parts(['taire', 'tais', 'tait', 'taisent'], 'tais', 'tair', ['tu', 'tue']),
  envoyer: parts(['envoyer', 'envoie', 'envoies', 'envoient', 'envoyai'], 'envoy', 'enverr', ['envoye', 'envoyee', 'envoyes', 'envoyees']),
  perdre: parts(['perdre', 'perds', 'perd', 'perdent', 'perdit'], 'perd', 'perdr', ['perdu', 'perdue', 'perdus', 'perdues'], ['perde']),
  attendre: parts(['attendre', 'attends', 'attend', 'attendent', 'attendit'], 'attend', 'attendr', ['attendu', 'attendue', 'attendus', 'attendues'], ['attende']),
  repondre: parts(['repondre', 'reponds', 'repond', 'repondent', 'repondit'], 'repond', 'repondr', ['repondu', 'repondue'], ['reponde']),
  falloir: { forms: ['falloir', 'faut', 'fallait', 'faudra', 'faudrait', 'fallu', 'faille'] },
};

/** Prefixes that make an irregular verb of the same pattern (« reprendre », « soumettre », « revenir »). */
const PREFIXES = ['re', 'r', 'com', 'ap', 'sur', 'de', 'dé', 'pre', 'pro', 'sou', 'trans', 'per', 'ad', 'ob', 'main', 'con', 'dis', 'entre', 'inter', 'sous', 'pour', 'par', 'e', 'mé', 'me', 'contre', 'pré', 'of', 'dé', 'a', 'en', 'é', 'cor', 're'];

const cache = new Map<string, string[]>();

/** Every folded form of the verb whose folded infinitive is `inf` (itself included). */
export function conjugate(inf: string): string[] {
  const cached = cache.get(inf);
  if (cached) return cached;
  let out: string[] | undefined;
  const base = IRREGULAR[inf];
  if (base) out = base.forms;
  if (!out) {
    // A prefixed irregular verb: « soumettre » is « sou » + « mettre ».
    for (const [root, v] of Object.entries(IRREGULAR)) {
      if (inf.length > root.length && inf.endsWith(root) && PREFIXES.includes(inf.slice(0, inf.length - root.length))) {
        const prefix = inf.slice(0, inf.length - root.length);
        out = v.forms.map((f) => prefix + f);
        break;
      }
    }
  }
  if (!out && inf.endsWith('er')) out = erForms(inf.slice(0, -2));
  if (!out && inf.endsWith('ir')) out = irForms(inf.slice(0, -2));
  if (!out && inf.endsWith('re')) {
    const stem = inf.slice(0, -2);
    out = [inf, `${stem}s`, stem, `${stem}ent`, `${stem}u`, `${stem}ue`, `${stem}us`, `${stem}ues`, ...withEndings([stem], [...IMPF, 'ons', 'ez', 'ant']), ...withEndings([`${stem}r`], [...FUT, ...COND])];
  }
  out = [...new Set(out ?? [inf])];
  cache.set(inf, out);
  return out;
}
