/**
 * A light stemmer for normalized Arabic: it strips the particles written joined to a word and
 * a few inflectional endings, the way "light stemming" does in Arabic search engines. It never
 * looks for roots: a light stem keeps "تدريب" (training) apart from "دراسة" (study), which a
 * root-based stemmer would merge.
 */

// Conjunction or preposition joined to the definite article, longest first.
const articlePrefixes = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال'];

// Endings for dual, plural, feminine, nisba and attached pronouns, tried once each in this order.
// ة is already folded to ه by `normalizeArabic`, so "ية" appears as "يه".
const suffixes = ['ها', 'هم', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Shortest stem this stemmer leaves: below three letters too many words would collide. */
const minimumStem = 3;

/**
 * The light stem of one normalized word ("والامتثال" → "امتثال", "موظفيها" → "موظف").
 * `isWord`, when given, says whether a string is a word of the text at hand: a bare و is then
 * stripped only when what remains is such a word, which keeps "وسائط" whole and turns "ووسائط"
 * into "وسائط". Without it, a bare و is stripped from any word longer than three letters.
 */
export function stemArabic(word: string, isWord?: (candidate: string) => boolean): string {
  let stem = word;
  const article = articlePrefixes.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 2);
  if (article) {
    stem = stem.slice(article.length);
  } else if (stem.startsWith('و') && stem.length > minimumStem && (isWord?.(stem.slice(1)) ?? true)) {
    // A bare و is usually "and". A bare ب, ك, ل or ف is not stripped: too many words begin
    // with those letters (بلد, كيفية, لجنة, فئات) for the guess to be safe.
    stem = stem.slice(1);
  }
  for (const suffix of suffixes) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minimumStem) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}
