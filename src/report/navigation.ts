/**
 * Pure questions about the document tree: which sections hold which units, what comes before and
 * after a unit, and the path from the report down to a section. Pages ask these; nothing here
 * reads files.
 */
import type { Report, Section, SectionId, Unit } from './schema';

/** Sections in document order. */
export function sectionsInOrder(report: Report): Section[] {
  return [...report.sections].sort((a, b) => a.order - b.order);
}

/** Units in document order. */
export function unitsInOrder(report: Report): Unit[] {
  return [...orderedUnits(report).units];
}

// Every unit page asks for its neighbours: sorting once per report keeps a long report's build
// linear in its length (a fresh sort per page made 4,100 pages sort 4,100 units each).
const unitOrder = new WeakMap<Report, { units: Unit[]; positionOf: Map<string, number> }>();

function orderedUnits(report: Report): { units: Unit[]; positionOf: Map<string, number> } {
  let order = unitOrder.get(report);
  if (!order) {
    const units = [...report.units].sort((a, b) => a.order - b.order);
    order = { units, positionOf: new Map(units.map((unit, index) => [unit.id, index])) };
    unitOrder.set(report, order);
  }
  return order;
}

/** The section with this id; throws if report.json has no such section. */
export function findSection(report: Report, id: SectionId): Section {
  const found = report.sections.find((section) => section.id === id);
  if (!found) throw new Error(`report.json has no section "${id}" (units refer to it).`);
  return found;
}

/** Chapters: sections without a parent, in document order. */
export function chapters(report: Report): Section[] {
  return sectionsInOrder(report).filter((section) => section.parent === null);
}

/** The subsections of a chapter, in document order. */
export function subsectionsOf(report: Report, chapterId: SectionId): Section[] {
  return sectionsInOrder(report).filter((section) => section.parent === chapterId);
}

/** Units whose innermost section is exactly this one, in document order. */
export function unitsDirectlyIn(report: Report, sectionId: SectionId): Unit[] {
  return [...(unitsBySection(report).get(sectionId) ?? [])];
}

// The contents on every page ask this for every section: grouping once per report keeps a long
// report's build from filtering all its units once per section on each of its pages.
const sectionGroups = new WeakMap<Report, Map<SectionId, Unit[]>>();

function unitsBySection(report: Report): Map<SectionId, Unit[]> {
  let groups = sectionGroups.get(report);
  if (!groups) {
    groups = new Map();
    for (const unit of orderedUnits(report).units) {
      const group = groups.get(unit.section);
      if (group) group.push(unit);
      else groups.set(unit.section, [unit]);
    }
    sectionGroups.set(report, groups);
  }
  return groups;
}

/** Units in this section or any of its subsections, in document order. */
export function unitsWithin(report: Report, sectionId: SectionId): Unit[] {
  const inside = new Set<SectionId>([sectionId, ...subsectionsOf(report, sectionId).map((s) => s.id)]);
  return unitsInOrder(report).filter((unit) => inside.has(unit.section));
}

/** The chain from the outermost chapter down to this section (inclusive). */
export function sectionTrail(report: Report, sectionId: SectionId): Section[] {
  const trail: Section[] = [];
  let current: Section | undefined = findSection(report, sectionId);
  while (current) {
    trail.unshift(current);
    current = current.parent ? findSection(report, current.parent) : undefined;
  }
  return trail;
}

/**
 * The units of the same kind just before and after this one, in document order (undefined at
 * either end): recommendation 31 leads to recommendation 32, never to the paragraph that follows
 * it in the document, and the last recommendation has no next one.
 */
export function neighbours(report: Report, unit: Unit): { previous?: Unit; next?: Unit } {
  const { units, positionOf } = orderedUnits(report);
  const index = positionOf.get(unit.id);
  if (index === undefined) return {};
  let previous: Unit | undefined;
  for (let at = index - 1; at >= 0 && !previous; at--) if (units[at]!.kind === unit.kind) previous = units[at];
  let next: Unit | undefined;
  for (let at = index + 1; at < units.length && !next; at++) if (units[at]!.kind === unit.kind) next = units[at];
  return { previous, next };
}

/**
 * Every number a unit carries, smallest first, with the units that carry it in document order:
 * 12–18 are both a recommendation and a paragraph.
 */
export function unitsByNumber(report: Report): { number: number; units: Unit[] }[] {
  const byNumber = new Map<number, Unit[]>();
  for (const unit of unitsInOrder(report)) byNumber.set(unit.number, [...(byNumber.get(unit.number) ?? []), unit]);
  return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([number, units]) => ({ number, units }));
}

/**
 * Up to this many units the contents on every page list every unit's number: a reader of this
 * report (41 units) or of a longer one of a few hundred sees the whole report at a glance. Past
 * it, a page lists the numbers of its own section only, and each other section is one link to its
 * page, which lists them: 4,100 numbers on each of 4,100 pages would be 250 KB of links per page
 * for a reader to load and a screen reader to pass, and a gigabyte of HTML to build.
 */
export const contentsListEveryUnitUpTo = 500;

/** Whether the contents on a page in `pageSectionId` (none for the home, search and notes pages) list `sectionId`'s unit numbers. */
export function contentsListUnitsOf(report: Report, sectionId: SectionId, pageSectionId: SectionId | undefined): boolean {
  return report.units.length <= contentsListEveryUnitUpTo || sectionId === pageSectionId;
}
