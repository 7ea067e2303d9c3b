/** The shape of a damage check: a scan for signs of damage the passes and repairs left behind. */
import type { Vocabulary } from '../vocabulary';
import type { Word } from '../words';

/** One sign of damage, with the source line it is on. */
export interface Damage {
  /** 1-based source line. */
  line: number;
  /** "recommendation-12", "paragraph-5" or "section-ii-b". */
  belongsTo: string;
  /** The name of the check that found it. */
  check: string;
  /** The suspicious text. */
  text: string;
}

/** A published unit or heading, line by line, as the checks see it. */
export interface DamageTarget {
  belongsTo: string;
  /** Units must end a sentence; headings need not. */
  isUnit: boolean;
  /** The published text of each logical line and its words, with its first source line number. */
  lines: DamageLine[];
}

/** One logical line of a unit or heading as published, and, for the seam check, as extracted. */
export interface DamageLine {
  line: number;
  text: string;
  words: Word[];
  /** The line's source text as extracted (several source lines joined by "\n"). */
  source?: string;
  /** True when a pass or a reviewed repair changed the order of the line's pieces. */
  reordered?: boolean;
  /** Set when a piece-order pass found more than one reading of the line and chose none. */
  undecided?: { pass: string; readings: string[] };
}

/** One named scan. */
export interface DamageCheck {
  name: string;
  find(target: DamageTarget, vocabulary: Vocabulary): Omit<Damage, 'check' | 'belongsTo'>[];
}
