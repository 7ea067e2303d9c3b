/**
 * Damage stops ingest. The one way past a finding is a reviewed list (for example
 * content/accepted-findings.json, named with --accepted-findings): each entry is one exact
 * finding a reviewer has read and accepts, with the reason. A finding not on the list stops
 * ingest; an entry that no longer matches a finding stops it too, so the list cannot outlive
 * the text it was written for.
 */
import { z } from 'zod';
import type { Damage } from './damage';
import { readJsonFileWithSchema } from './json-with-locations';
import type { Problem } from './problems';

/** One finding a reviewer accepts, exactly as the damage report lists it, and why. */
export const acceptedFinding = z
  .object({
    line: z.number().int('must be a whole number').positive('must be 1 or more'),
    belongsTo: z.string().min(1, 'must not be empty'),
    check: z.string().min(1, 'must not be empty'),
    text: z.string().min(1, 'must not be empty'),
    /** The reviewer's reason: why the published text is right although the check fires. */
    why: z.string().trim().min(1, "must give the reviewer's reason"),
  })
  .strict();
/** One accepted finding, as validated. */
export type AcceptedFinding = z.infer<typeof acceptedFinding>;

/** The whole list. */
export const acceptedFindingsFile = z.object({ accepted: z.array(acceptedFinding) }).strict();

/**
 * Parses the text of an accepted-findings list; every fault becomes a problem naming the entry
 * and field, on its line (a syntax error also with its column).
 */
export function parseAcceptedFindingsFile(fileText: string): { accepted: AcceptedFinding[]; problems: Problem[] } {
  const read = readJsonFileWithSchema(fileText, acceptedFindingsFile, 'accepted-findings', describeIssue);
  return read.ok ? { accepted: read.value.accepted, problems: [] } : { accepted: [], problems: read.problems };
}

function describeIssue(issue: z.ZodIssue): string {
  const [top, index, ...field] = issue.path;
  const where = top === 'accepted' && typeof index === 'number' ? `entry #${index + 1}${field.length > 0 ? `, field "${field.join('.')}"` : ''}` : 'the file';
  return `${where}: ${issue.message} (expected {"accepted": [{ "line", "belongsTo", "check", "text", "why" }]})`;
}

const sameFinding = (damage: Damage, accepted: AcceptedFinding) =>
  damage.line === accepted.line && damage.belongsTo === accepted.belongsTo && damage.check === accepted.check && damage.text === accepted.text;

/**
 * The problems that stop ingest: every finding not accepted (at its source line), and every
 * accepted entry that matches no finding.
 */
export function damageProblems(damage: Damage[], accepted: AcceptedFinding[]): Problem[] {
  const unaccepted = damage.filter((finding) => !accepted.some((entry) => sameFinding(finding, entry)));
  const stale = accepted.filter((entry) => !damage.some((finding) => sameFinding(finding, entry)));
  return [
    ...stale.map(
      (entry): Problem => ({
        file: 'accepted-findings',
        message: `accepted finding "${entry.belongsTo}: ${entry.check}: ${entry.text}" at source line ${entry.line} is no longer found: remove it from the list`,
      }),
    ),
    ...unaccepted.map((finding): Problem => ({ file: 'source', line: finding.line, message: `${finding.belongsTo}: ${finding.check}: ${finding.text}` })),
  ];
}
