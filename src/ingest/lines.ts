/**
 * The logical line: the unit every pass works on. It starts as one source line; a reviewed
 * repair may merge several consecutive lines into one, which still remembers all of them.
 */

/** Which pass or reviewed repair moved characters of a line into reading order. */
export interface LineChange {
  kind: 'pass' | 'reviewed-repair';
  name: string;
}

/** One logical line of the source, carried through every pass with its line numbers. */
export interface LogicalLine {
  /** 1-based source line numbers, ascending and consecutive. */
  lines: number[];
  /** The source text of those lines as received, trailing white space removed, joined by "\n". */
  source: string;
  /**
   * Set when the (last) source line ended with white space, which `source` leaves out: a line of
   * running text printed in reading order ends with the space before the next line's first word
   * (src/ingest/line-end-space.ts).
   */
  endsWithSpace?: true;
  /** The current text: normalized, then put into reading order by the passes. */
  text: string;
  /** The reviewed repair that replaced these lines; general passes leave such lines alone. */
  repairId?: string;
  /** Every pass or repair that changed the order of this line's characters. */
  changes: LineChange[];
  /** Set when a pass found more than one reading of the line and so chose none. */
  undecided?: { pass: string; readings: string[] };
  /** On a repaired line: what the passes read from the extracted text, and which passes. */
  passReading?: { text: string; madeBy: string[] };
}
