/** Text content for Akoma Ntoso inline elements, with Latin runs marked by language and direction. */
import type { ElementContent } from 'xast';
import { x } from 'xastscript';
import { scriptRuns } from '../text/script-runs';

/**
 * The text as xast children: Arabic as plain text, each Latin run as
 * `<span xml:lang="en" its:dir="ltr">`. AKN has no direction attribute of its own; W3C ITS 2.0
 * `its:dir` is the standard one for XML vocabularies and AKN admits foreign attributes.
 */
export function inlineText(text: string, where: string): ElementContent[] {
  // xast-util-to-xml escapes < and & but not >, so "]]>" (forbidden in XML text) would pass
  // through and make the file unreadable. No Arabic report contains it; refuse rather than guess.
  if (text.includes(']]>')) throw new Error(`${where}: the text contains "]]>", which XML text cannot hold.`);
  return scriptRuns(text).map((run) =>
    run.latin ? x('span', { 'xml:lang': 'en', 'its:dir': 'ltr' }, run.text) : { type: 'text', value: run.text },
  );
}
