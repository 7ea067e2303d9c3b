/** How a chapter or subsection heading reads once in order: "ثانياً- التوصيات (تابع)". */

/** The published form of a section heading line. */
export function headingText(label: string, title: string): string {
  return `${label}- ${title}`;
}
