import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../src/text/script-runs';

describe('scriptRuns', () => {
  it('gives back the text unchanged when the runs are joined', () => {
    const text = 'مثل شبكة REDTRAM التي أنشأها المكتب، و"Handbook on how to prevent" (٢٠١٤).';
    expect(scriptRuns(text).map((run) => run.text).join('')).toBe(text);
  });

  it('marks an acronym as one Latin run and leaves the Arabic around it', () => {
    expect(scriptRuns('مثل شبكة REDTRAM التي')).toEqual([
      { text: 'مثل شبكة ', latin: false },
      { text: 'REDTRAM', latin: true },
      { text: ' التي', latin: false },
    ]);
  });

  it('takes in the quotation marks that enclose an English title, so the title reads left to right with them', () => {
    expect(scriptRuns('بعنوان "Handbook on how to prevent human trafficking" (٢٠١٤)')).toEqual([
      { text: 'بعنوان ', latin: false },
      { text: '"Handbook on how to prevent human trafficking"', latin: true },
      { text: ' (٢٠١٤)', latin: false },
    ]);
  });

  it('leaves a quotation mark that encloses Arabic, or only one side of a Latin run, outside the run', () => {
    expect(scriptRuns('بشعار "اعرف حقوقك" و"REDTRAM فقط')).toEqual([
      { text: 'بشعار "اعرف حقوقك" و"', latin: false },
      { text: 'REDTRAM', latin: true },
      { text: ' فقط', latin: false },
    ]);
  });
});
