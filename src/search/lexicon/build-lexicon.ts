/**
 * The lexicon of the report, made at build time from its own words: which written forms are one
 * word (a lemma), and the forms a reader may type for each. A lemma is a noun with its regular
 * endings (noun-endings.ts) and its broken plural (broken-plurals.ts), or a verb with all its
 * persons and tenses (verbs.ts). Particles and pronouns are cut off (clitics.ts) only where what
 * remains is a word of the report. Different words of one root stay different: there is no root
 * in here, only the forms of one word.
 *
 * Pure: texts in, lexicon out. The search index stores, for every word of a unit, the number of its
 * lemma (index-text.ts); the search page reads the lexicon to turn what the reader typed into lemmas.
 */
import { oneWayPairs, pluralPairs } from './broken-plurals';
import { nounSplits, verbSplits, type Split } from './clitics';
import { letterCount, wordPieces, type WordPiece } from './letters';
import { singularForms } from './noun-endings';
import { Groups } from './union-find';
import { notVerbsInReport, reportVerbs, verbFormIndex } from './verbs';

/** What the search page needs to understand a query; serialised as JSON. */
export interface Lexicon {
  /** Line n: the folded forms (nouns, Latin words, numbers) that lemma n answers to, space-separated. */
  lemmaKeys: string;
  /** For each entry of `reportVerbs`, its lemma, or -1 when the report does not use it. */
  verbs: number[];
}

/** The report's words, for suggestions; a file of its own, fetched only when a word is absent. */
export interface SuggestionWords {
  /** Every word piece of the report as printed (without diacritics), most frequent first, space-separated. */
  words: string;
}

/** The lexicon and, for each text, the lemma of each of its word pieces in order. */
export interface BuiltLexicon {
  lexicon: Lexicon;
  suggestionWords: SuggestionWords;
  lemmaSequences: number[][];
  /** How each Arabic word of the report was read, for review: folded word → "noun stem" or "verb citation". */
  readings: Map<string, string>;
}

/**
 * Report words that begin with a letter that is also a particle (و، ف، ب، ك، ل) but where it is
 * part of the word, and that the report never writes with the article, so nothing else tells.
 */
export const wholeWords = new Set([
  // Relative pronouns: their ال is not the article.
  'التي', 'الذي', 'الذين', 'اللاتي',
  // آليات: the folded آ looks like the article.
  'اليات',
  'وجود', 'وجه', 'وضعية', 'واضحة', 'وفيما', 'ولا',
  'بين', 'بحيث', 'بعض', 'بعد', 'برامج', 'بريد', 'باراغواي', 'بوتسوانا', 'بروتوكول',
  'لدي', 'لديها', 'لا', 'لانكا',
  'كما', 'كيفية', 'كولومبيا', 'كثيرا', 'كلمة', 'كافية', 'كالهون',
  'فيما', 'فضلا', 'فرنسا', 'فيديو', 'فعالة', 'فرصة', 'فلسطين',
]);

/**
 * Forms that the regular rules would join but that are different words in this report:
 * مواطن in "مواطن الضعف" is the plural of موطن, not the singular of المواطنين.
 */
export const differentWords: [string, string][] = [['مواطن', 'مواطنين']];

interface TypeInfo {
  count: number;
  written: Map<string, number>;
  script: WordPiece['script'];
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** A cut with the article (الدول، للدول، وبالاتجار) leaves no doubt about where the word starts. */
function hasArticle(split: Split): boolean {
  return split.before.endsWith('ال') || split.before.endsWith('لل');
}

export function buildLexicon(texts: string[]): BuiltLexicon {
  const piecesByText = texts.map((text) => text.split(/\s+/u).flatMap((token) => wordPieces(token)));
  const types = new Map<string, TypeInfo>();
  for (const piece of piecesByText.flat()) {
    const info = types.get(piece.folded) ?? { count: 0, written: new Map(), script: piece.script };
    info.count++;
    info.written.set(piece.written, (info.written.get(piece.written) ?? 0) + 1);
    types.set(piece.folded, info);
  }

  // Verbs first: a word that is a form of a listed verb is that verb (unless listed as another word).
  const verbIndex = verbFormIndex(reportVerbs);
  const verbOf = new Map<string, number>();
  for (const [word, info] of types) {
    if (info.script !== 'arabic' || notVerbsInReport.has(word)) continue;
    for (const split of verbSplits(word)) {
      const verbs = verbIndex.get(split.stem);
      if (verbs) {
        verbOf.set(word, verbs[0]!);
        break;
      }
    }
  }

  // Where a noun starts: forms the report attests without doubt (a whole word, or after the article).
  const nounWords = [...types].filter(([word, info]) => info.script === 'arabic' && !verbOf.has(word)).map(([word]) => word);
  const attested = new Map<string, Set<string>>();
  const attest = (form: string, by: string): void => {
    const set = attested.get(form) ?? new Set();
    set.add(by);
    attested.set(form, set);
  };
  for (const word of nounWords) {
    for (const split of nounSplits(word)) {
      if (split.stem !== word && !hasArticle(split)) continue;
      for (const { form, weak } of singularForms(split.stem, 'index')) if (!weak) attest(form, word);
    }
  }
  for (const [singular, plural] of pluralPairs) {
    attest(singular, '(table)');
    attest(plural, '(table)');
  }
  const supported = (stem: string, word: string): boolean =>
    singularForms(stem, 'index').some(({ form, weak }) => !weak && [...(attested.get(form) ?? [])].some((by) => by !== word));

  const stemOf = new Map<string, string>();
  for (const word of nounWords) {
    if (wholeWords.has(word)) {
      stemOf.set(word, word);
      continue;
    }
    const splits = nounSplits(word);
    const stripped = (split: Split) => letterCount(split.before) + letterCount(split.pronoun);
    const withArticle = splits.filter(hasArticle);
    const backed = splits.filter((split) => supported(split.stem, word));
    // Among the cuts the report backs, the one that takes off the most particles (وبالاتجار → اتجار);
    // with the article but nothing backing it, the cut without a pronoun; otherwise the word as written.
    // A pronoun nothing else explains is cut off when it is a long one (ها، هم …) or when what
    // remains has a feminine or feminine plural or dual ending (جلساته → جلسات، جلستيه → جلستين).
    const plausiblePronoun = (split: Split): boolean =>
      split.pronoun === '' ||
      (letterCount(split.stem) >= 3 && (letterCount(split.pronoun) >= 2 || /(ة|ات|تين|تان)$/u.test(split.stem)));
    // A conjunction nothing else explains is cut off before three letters or more (ومبادرات), a
    // preposition before four (لطلبات، but not بناء).
    const plausibleParticle = (split: Split): boolean =>
      split.before === '' ||
      (split.before === 'و' && letterCount(split.stem) >= 3) ||
      ((split.before === 'ب' || split.before === 'ل') && letterCount(split.stem) >= 4);
    const byPreference = (a: Split, b: Split): number => stripped(b) - stripped(a) || Number(b.stem.endsWith('ة')) - Number(a.stem.endsWith('ة'));
    // Among the cuts the report backs, the one that takes off the most (وبالاتجار → اتجار); with the
    // article but nothing backing it, the most plausible cut after the article; otherwise the most
    // plausible cut; otherwise the word as written.
    const chosen =
      backed.sort(byPreference)[0] ??
      (withArticle.length > 0 ? withArticle.filter(plausiblePronoun).sort(byPreference)[0] : undefined) ??
      splits.filter((split) => plausiblePronoun(split) && plausibleParticle(split) && split.stem !== word).sort(byPreference)[0] ??
      splits.find((split) => split.stem === word) ?? { stem: word, before: '', pronoun: '' };
    stemOf.set(word, chosen.stem);
  }

  // Group the stems: shared singular forms, broken plural pairs; weak forms only join.
  const groups = new Groups();
  const stems = [...new Set(stemOf.values())];
  const strongOwners = new Map<string, string[]>();
  for (const stem of stems) {
    groups.add(stem);
    for (const { form, weak } of singularForms(stem, 'index')) {
      if (weak) continue;
      strongOwners.set(form, [...(strongOwners.get(form) ?? []), stem]);
    }
  }
  const keep = differentWords;
  const stemSet = new Set(stems);
  for (const owners of strongOwners.values()) for (const other of owners.slice(1)) groups.union(owners[0]!, other, keep);
  for (const stem of stems) {
    for (const { form, weak } of singularForms(stem, 'index')) {
      if (weak) for (const owner of strongOwners.get(form) ?? []) groups.union(owner, stem, keep);
    }
  }
  // A plural before the noun it governs loses its ن (موظفي الهجرة، ممثلو الأطراف): joined to the
  // plural the report also writes in full, never to a singular (دولي is not a form of دول).
  for (const stem of stems) {
    const rest = stem.slice(0, -1);
    if (letterCount(rest) < 3) continue;
    const full = stem.endsWith('ي') ? [rest + 'ين'] : stem.endsWith('و') ? [rest + 'ون', rest + 'ين'] : [];
    for (const plural of full) if (stemSet.has(plural)) groups.union(plural, stem, keep);
    // Where the report writes no full plural, a participle's nominative construct plural joins its
    // singular (ممثلو الأطراف، ممثل): no nisba ends in و, and a participle begins with م.
    if (stem.endsWith('و') && rest.startsWith('م') && letterCount(rest) >= 4 && stemSet.has(rest)) groups.union(rest, stem, keep);
  }
  for (const [singular, plural] of pluralPairs) {
    const owners = [...(strongOwners.get(singular) ?? []), ...(strongOwners.get(plural) ?? [])];
    for (const other of owners.slice(1)) groups.union(owners[0]!, other, keep);
  }

  // Number the lemmas: noun groups, verbs, Latin words and numbers; each gets its keys.
  const lemmaOfWord = new Map<string, number>();
  const lemmaWritten: Map<string, number>[] = [];
  const keys = new Map<string, Set<number>>();
  const addKey = (key: string, lemma: number): void => {
    const set = keys.get(key) ?? new Set();
    set.add(lemma);
    keys.set(key, set);
  };
  const lemmaOfGroup = new Map<string, number>();
  const newLemma = (): number => lemmaWritten.push(new Map()) - 1;
  for (const stem of stems) {
    const root = groups.find(stem);
    if (!lemmaOfGroup.has(root)) lemmaOfGroup.set(root, newLemma());
    const lemma = lemmaOfGroup.get(root)!;
    for (const { form, weak } of singularForms(stem, 'index')) {
      if (!weak || strongOwners.has(form)) addKey(form, lemma);
    }
    const forms = singularForms(stem, 'index').map(({ form }) => form);
    for (const [singular, plural] of pluralPairs) {
      if (forms.includes(singular) || forms.includes(plural)) {
        addKey(singular, lemma);
        addKey(plural, lemma);
      }
    }
    // The typed singular finds this plural as well as its own word; the groups stay apart.
    for (const [typed, plural] of oneWayPairs) if (forms.includes(plural)) addKey(typed, lemma);
  }
  const verbLemmas = reportVerbs.map(() => -1);
  for (const verb of new Set(verbOf.values())) verbLemmas[verb] = newLemma();
  const readings = new Map<string, string>();
  for (const [word, info] of types) {
    let lemma: number;
    if (info.script !== 'arabic') {
      lemma = keys.get(word)?.values().next().value ?? newLemma();
      addKey(word, lemma);
    } else if (verbOf.has(word)) {
      lemma = verbLemmas[verbOf.get(word)!]!;
      readings.set(word, `verb ${reportVerbs[verbOf.get(word)!]!.perfect[0]}`);
    } else {
      lemma = lemmaOfGroup.get(groups.find(stemOf.get(word)!))!;
      readings.set(word, `noun ${stemOf.get(word)}`);
    }
    lemmaOfWord.set(word, lemma);
    for (const [written, count] of info.written) lemmaWritten[lemma]!.set(written, (lemmaWritten[lemma]!.get(written) ?? 0) + count);
  }

  const words = [...types.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([, info]) => mostFrequent(info.written));
  const keysOfLemma: string[][] = lemmaWritten.map(() => []);
  for (const [key, lemmas] of [...keys].sort((a, b) => a[0].localeCompare(b[0]))) for (const lemma of lemmas) keysOfLemma[lemma]!.push(key);
  const lexicon: Lexicon = {
    lemmaKeys: keysOfLemma.map((list) => list.join(' ')).join('\n'),
    verbs: verbLemmas,
  };
  return { lexicon, suggestionWords: { words: [...new Set(words)].join(' ') }, lemmaSequences: piecesByText.map((pieces) => pieces.map((piece) => lemmaOfWord.get(piece.folded)!)), readings };
}
