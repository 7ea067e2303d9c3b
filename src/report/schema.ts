/**
 * The contract between ingest and everything that reads its output (the site, search, the
 * open-data exports). Ingest validates its tree against these schemas before it writes anything;
 * the site reads every fact of a unit (number, kind, section, title, URL) from this tree, and
 * only the rendering of its text from the unit's MDX file.
 */
import { z } from 'zod';
import { chapterLabels, subsectionLabels } from '../text/labels';

const chapterIds = chapterLabels.map(([, id]) => id);
const subsectionLetters = subsectionLabels.map(([, letter]) => letter);

/**
 * Every section id the site accepts, in document order: chapters أولاً–سادساً ("i"–"vi") and
 * their subsections ألف–زاي ("ii-a" is ألف of ثانياً). This report uses ii, ii-a, ii-b, ii-c, iii,
 * iv and iv-b; the working group's longer reports use more.
 */
export const sectionIds = chapterIds.flatMap((chapter) => [chapter, ...subsectionLetters.map((letter) => `${chapter}-${letter}`)]) as [
  string,
  ...string[],
];
export const sectionId = z.enum(sectionIds);
export type SectionId = z.infer<typeof sectionId>;

/** A unit is one recommendation or one numbered paragraph: the thing a page, a link and a search result show. */
export const unitKind = z.enum(['recommendation', 'paragraph']);
export type UnitKind = z.infer<typeof unitKind>;

/** 1-based line numbers in content/source/V1909259-ar.txt. */
const sourceLines = z.array(z.number().int().positive()).nonempty();

export const section = z.object({
  /** Stable id used in URLs: /sections/<id>/. */
  id: sectionId,
  /** The label as printed: "ثانياً" for a chapter, "ألف" for a subsection. */
  label: z.string().min(1),
  /** The title in reading order, e.g. "التوصيات (تابع)". */
  title: z.string().min(1),
  /** The chapter a subsection belongs to; null for a chapter. */
  parent: sectionId.nullable(),
  /** Position in the document, 1-based, counting sections only. */
  order: z.number().int().positive(),
  sourceLines,
});
export type Section = z.infer<typeof section>;

/** "recommendation-12" or "paragraph-5": the anchor on /report/ and the MDX file name. */
const unitId = z.string().regex(/^(recommendation|paragraph)-\d+$/);

export const unit = z.object({
  id: unitId,
  kind: unitKind,
  /** The number as an integer; the page shows it in Arabic-Indic digits. */
  number: z.number().int().positive(),
  /** The innermost section holding the unit. */
  section: sectionId,
  /** Position in the document, 1-based, counting units only. */
  order: z.number().int().positive(),
  /** "التوصية ١٢" or "الفقرة ٥". */
  title: z.string().min(1),
  /** The text in reading order: no tatweel, single spaces, Arabic-Indic digits as printed. A paragraph's printed number ("٥- ") is not part of it: it is `number`. */
  text: z.string().min(1),
  /** "/recommendations/12/" or "/paragraphs/5/". */
  url: z.string().regex(/^\/(recommendations|paragraphs)\/\d+\/$/),
  sourceLines,
});
export type Unit = z.infer<typeof unit>;

/**
 * What a source line is published as part of: a unit, a section heading (by the section's id), or
 * the masthead. Ingest decides it while assembling the tree; src/report/addresses.ts turns it into
 * the key the site files notes under ("recommendation-12", "section-ii-b", "masthead").
 */
export const lineOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), id: unitId }),
  z.object({ kind: z.literal('section'), id: sectionId }),
  z.object({ kind: z.literal('masthead') }),
]);
export type LineOwner = z.infer<typeof lineOwner>;

/** One place where the published text differs in order from the extracted source. */
export const readingOrderChange = z.object({
  /** The source lines the change covers. */
  lines: sourceLines,
  /** The extracted text of those lines, exactly as received (tatweel and spacing included). */
  source: z.string(),
  /** The same characters as published, in reading order. */
  published: z.string(),
  /** Which pass or which reviewed repair (by its id in content/repairs.json) made the change. */
  madeBy: z.object({ kind: z.enum(['pass', 'reviewed-repair']), name: z.string().min(1) }),
  /** The unit (or section heading) the lines belong to: "recommendation-12", "section-ii-b", "masthead". */
  belongsTo: z.string().min(1),
  /** The same, typed: what the lines are published as part of. */
  owner: lineOwner,
});
export type ReadingOrderChange = z.infer<typeof readingOrderChange>;

/**
 * One reviewed repair of content/repairs.json as the site shows it: every repair is listed, also
 * one that changed nothing but spacing (no readingOrderChange cites it), so a reader sees each.
 */
export const reviewedRepair = z.object({
  /** The repair's id in content/repairs.json, as cited by readingOrderChanges[].madeBy.name. */
  id: z.string().min(1),
  /** The source lines the repair covers. */
  lines: sourceLines,
  /** Those lines exactly as extracted (the repair's `expect`). */
  source: z.string(),
  /** The same characters in reading order (the repair's `text`). */
  published: z.string().min(1),
  /** The reviewer's reason. */
  why: z.string().min(1),
  /** What the repaired lines are published as part of. */
  owner: lineOwner,
});
export type ReviewedRepair = z.infer<typeof reviewedRepair>;

export const reportDocument = z.object({
  /** "الفريق العامل المعني بالاتِّجار بالأشخاص" */
  body: z.string().min(1),
  /** "فيينا" */
  place: z.string().min(1),
  /** "٩-١١ أيلول/سبتمبر ٢٠١٩" */
  dates: z.string().min(1),
  /** "مشروع التقرير" */
  title: z.string().min(1),
  /** "إضافة" */
  subtitle: z.string().min(1),
  /** "V.19-09259 (A)" */
  jobNumber: z.string().min(1),
  language: z.literal('ar'),
  /** Path of the extracted text this tree was made from, relative to the repository root. */
  source: z.string().min(1),
});

export const report = z.object({
  schemaVersion: z.literal(1),
  document: reportDocument,
  sections: z.array(section),
  units: z.array(unit),
  readingOrderChanges: z.array(readingOrderChange),
  reviewedRepairs: z.array(reviewedRepair),
});
export type Report = z.infer<typeof report>;

/**
 * The frontmatter of every generated MDX file (content/generated/units/<id>.mdx): only the id of
 * the unit whose text the file renders. Its facts live once, in report.json; the id lets the build
 * catch a file renamed or copied by hand (its name and its id disagree).
 */
export const unitFrontmatter = unit.pick({ id: true });
export type UnitFrontmatter = z.infer<typeof unitFrontmatter>;
