/**
 * The regular (sound) inflection of Arabic nouns and adjectives, undone: plural, dual and case
 * endings, the feminine plural, the nisba adjective's feminine, the accusative alif. Each rule
 * gives the form a stem has in the singular; a stem may reduce several ways, and the lexicon
 * keeps only the reductions that meet a word of the report (build-lexicon.ts).
 *
 * The rules never take off ة alone (حملة is not حمل) and never take ات off down to a bare masculine
 * (الخدمات is not خدم); where the report pairs a masculine singular with an ات plural
 * (التحقيق، التحقيقات) the lexicon joins them itself.
 */
import { letterCount } from './letters';

/**
 * One regular ending: `ending` replaced by `singular` when at least `keep` letters stay. A `weak`
 * rule has common exceptions (إيطاليا is not an accusative of إيطالي، ضمان is not a dual): what it
 * gives counts only where another word of the report already has that form, so it can join two
 * forms of the report but never makes a new one. `indexOnly` rules are used on the report's words
 * only, never on a query.
 */
export interface EndingRule {
  name: string;
  ending: string;
  singular: string;
  keep: number;
  weak?: boolean;
  indexOnly?: boolean;
  /** The rest must start with one of these letters. */
  startsWith?: string[];
  /** The rest must have this shape. */
  shape?: RegExp;
}

/** The rules, as a reader would name them; tested one by one in tests/unit/search-lexicon.test.ts. */
export const endingRules: EndingRule[] = [
  // المتكلمون، المتكلمين → متكلم; الدبلوماسيين → دبلوماسي.
  { name: 'masculine plural -ūn', ending: 'ون', singular: '', keep: 3 },
  { name: 'masculine plural or dual -īn', ending: 'ين', singular: '', keep: 3 },
  // الناجين → ناجي: the participle of a verb whose last root letter is ي (فاعٍ, مفعٍ) keeps it in the
  // singular, so a reader's الناجيات / ناجية (→ ناجي by the rules below) finds الناجين.
  { name: 'masculine plural -īn of a defective participle', ending: 'ين', singular: 'ي', keep: 3, shape: /^(?:.ا.|م..)$/u },
  // البلدان → بلد (dual, nominative).
  { name: 'dual -ān', ending: 'ان', singular: '', keep: 3, weak: true },
  // مرحلتين → مرحلة.
  { name: 'feminine dual -atān', ending: 'تان', singular: 'ة', keep: 2 },
  { name: 'feminine dual -atayn', ending: 'تين', singular: 'ة', keep: 2 },
  // حملات → حملة، مبادرات → مبادرة.
  { name: 'feminine plural -āt', ending: 'ات', singular: 'ة', keep: 2 },
  // التشريعات → تشريع، الانتهاكات → انتهاك: verbal nouns of the derived forms take ات in the plural.
  // Not on queries: إمكانات (absent from the report) must not find بإمكان.
  { name: 'plural -āt of a verbal noun', ending: 'ات', singular: '', keep: 4, indexOnly: true, startsWith: ['ت', 'ا'] },
  // التدريبات → التدريب: the verbal noun تفعيل takes ات in the plural; on a query too, since its
  // shape (ت، three root letters, ي) is no other word's plural (not إمكانات → إمكان, an إفعال).
  { name: 'plural -āt of a verbal noun تفعيل', ending: 'ات', singular: '', keep: 5, shape: /^ت..ي.$/u },
  // بروتوكولات → بروتوكول: a long masculine noun (a loanword, a derived noun) takes ات in the
  // plural; on a query too, since a stem of six letters or more is not another word's shorter
  // form (إمكانات, five letters before ات, must not find بإمكان). Not after ي: الاستراتيجيات is
  // the plural of الاستراتيجية, not of the adjective استراتيجي.
  { name: 'plural -āt of a long masculine noun', ending: 'ات', singular: '', keep: 6, weak: true, shape: /[^ي]$/u },
  // المجتمعات → المجتمع where the report has both.
  { name: 'plural -āt of a masculine noun', ending: 'ات', singular: '', keep: 4, indexOnly: true, weak: true },
  // المستضعفة → المستضعف where the report also has المستضعفين: a participle's feminine. Weak, and
  // only for participles (م…): المساعدة (help) must not become a form of a مساعد the report lacks,
  // and قيمة is not القيم.
  { name: 'feminine of a participle -a', ending: 'ة', singular: '', keep: 3, weak: true, startsWith: ['م'] },
  // الدولية → الدولي (nisba adjective, feminine).
  { name: 'nisba feminine -iyya', ending: 'ية', singular: 'ي', keep: 3 },
  // دعما، أساسيا → دعم، أساسي (the accusative of an indefinite noun).
  { name: 'indefinite accusative -an', ending: 'ا', singular: '', keep: 3, weak: true },
];

/** A singular a stem reduces to, and whether it came through a weak rule. */
export interface SingularForm {
  form: string;
  weak: boolean;
}

function applyRules(stem: string, side: 'index' | 'query'): SingularForm[] {
  const forms: SingularForm[] = [];
  for (const rule of endingRules) {
    if (rule.indexOnly && side === 'query') continue;
    if (!stem.endsWith(rule.ending)) continue;
    const rest = stem.slice(0, stem.length - rule.ending.length);
    if (letterCount(rest) < rule.keep) continue;
    if (rule.startsWith && !rule.startsWith.some((letter) => rest.startsWith(letter))) continue;
    if (rule.shape && !rule.shape.test(rest)) continue;
    // The alif of the accusative never follows another alif, ة or ء; and a long word in يا is a
    // name (إسبانيا، إيطاليا، تكنولوجيا), not an adverb like ماليا or أساسيا.
    if (rule.ending === 'ا' && (/[اةء]$/u.test(rest) || (rest.endsWith('ي') && letterCount(stem) >= 7))) continue;
    forms.push({ form: rest + rule.singular, weak: rule.weak === true });
  }
  return forms;
}

/**
 * The stem and every singular it can reduce to by regular endings, in two steps at most
 * (الدوليتين → الدولية → الدولي). The stem itself comes first; a form reached through a weak
 * rule anywhere on the way is weak.
 */
export function singularForms(stem: string, side: 'index' | 'query'): SingularForm[] {
  const forms: SingularForm[] = [{ form: stem, weak: false }];
  for (let step = 0; step < 2; step++) {
    for (const from of [...forms]) {
      for (const reduced of applyRules(from.form, side)) {
        const weak = from.weak || reduced.weak;
        const known = forms.find((candidate) => candidate.form === reduced.form);
        if (!known) forms.push({ form: reduced.form, weak });
        else if (known.weak && !weak) known.weak = false;
      }
    }
  }
  return forms;
}
