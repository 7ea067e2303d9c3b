/** JSON as ingest writes it: keys in the order the schema defines them, 2-space indent, final newline. */

/** Serializes a value that has been through its zod schema (which fixes the key order). */
export function toStableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
