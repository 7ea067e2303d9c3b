/**
 * A report word after a prefix that holds the article (ال, وال, فال, بال, كال, لل, ولل, وبال).
 * The article goes only before a noun or an adjective, and never before a second article. A
 * word the report prints with the article («الدول») takes such a prefix («للدول»). A word it
 * prints only bare may be a verb or a particle: «ال» + «ينبغي» («الينبغي») and «لل» + «النظر»
 * («للالنظر», the article twice) are no words, yet counted the rest bare they passed as report
 * words, and synthetic lines cut in three pieces came back wrong through them («… ومعالجة
 * الينبغي للدول …», «ينبغي للالنظر …»). A bare word with the article is still taken where the
 * Arabic word list knows the whole form («بالدور», the report printing «بدور»), since the list
 * knows which words take the article. True of Arabic anywhere, not of one report.
 */

/** True when the prefix ends with the article or ل + the article. */
export function holdsArticle(prefix: string): boolean {
  return prefix.endsWith('ال') || prefix.endsWith('لل');
}

/** True when what follows a prefix holding the article may take it: it starts with no second article. */
export function articleMayTake(rest: string): boolean {
  return !rest.startsWith('ال');
}
