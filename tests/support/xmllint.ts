/**
 * Validate XML against the Akoma Ntoso 3.0 schema with Debian's xmllint (libxml2-utils), which
 * .ci/run installs. The schema copies live in tests/fixtures/schemas so the tests need nothing
 * outside the repository.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Path of the Akoma Ntoso 3.0 schema inside the repository (xml.xsd beside it). */
export const akomaNtosoSchema = path.resolve(import.meta.dirname, '../fixtures/schemas/akomantoso30.xsd');

/** Result of one validation: whether it passed and what xmllint said. */
export interface Validation {
  valid: boolean;
  messages: string;
}

/** Validates an XML document (given as text) against `schema`; never throws on invalid XML. */
export function validateXml(xml: string, schema: string = akomaNtosoSchema): Validation {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`cannot run xmllint (install libxml2-utils): ${result.error.message}`);
  return { valid: result.status === 0, messages: result.stderr };
}
