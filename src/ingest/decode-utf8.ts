/** Strict UTF-8 decoding: a byte that is not UTF-8 is reported with its line, never replaced by "�". */
import type { Problem, ProblemFile } from './problems';

/** Decodes bytes as UTF-8, or names the first line holding bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: ProblemFile): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index < bytes.length && bytes[index] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, index));
      } catch {
        break;
      }
      line++;
      start = index + 1;
    }
    return { problem: { file, line, message: 'bytes that are not UTF-8 (the file must be saved as UTF-8)' } };
  }
}
