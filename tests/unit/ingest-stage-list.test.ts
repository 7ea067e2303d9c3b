import { describe, expect, it } from 'vitest';
import { createIngestContext } from '../../src/ingest/ingest-context';
import { parseReport } from '../../src/ingest/parse-report';
import { ingestStages, stop, StageList, Stopped, type Stage } from '../../src/ingest/stages';

const context = createIngestContext({ sourcePath: 'report.txt' });

describe('StageList', () => {
  it('hands each stage the output of the one before, in the order given', () => {
    const seen: string[] = [];
    const count: Stage<string, number> = { name: 'count', run: (text) => (seen.push('count'), text.length) };
    const double: Stage<number, number> = { name: 'double', run: (value) => (seen.push('double'), value * 2) };
    const list = StageList.of(count).then(double).then(double);
    expect(list.run('أبجد', context)).toBe(16);
    expect(seen).toEqual(['count', 'double', 'double']);
    expect(list.stages.map((stage) => stage.name)).toEqual(['count', 'double', 'double']);
  });

  it('ends the run at a stop: no later stage runs', () => {
    const result = { report: undefined, damage: [], problems: [{ file: 'source' as const, line: 1, message: 'stopped here' }] };
    const stopping: Stage<string, string> = { name: 'stopping', run: () => stop(result) };
    const never: Stage<string, string> = {
      name: 'never',
      run: () => {
        throw new Error('a stage after a stop ran');
      },
    };
    const outcome = StageList.of(stopping).then(never).run('', context);
    expect(outcome).toBeInstanceOf(Stopped);
    expect((outcome as Stopped).result).toBe(result);
  });
});

describe('ingestStages', () => {
  it('runs from the source text to the parse result, stopping where the source cannot be read', () => {
    expect(ingestStages.stages[0]!.name).toBe('read-lines');
    expect(ingestStages.stages.at(-1)!.name).toBe('check-contract');
    expect(parseReport('', [], { sourcePath: 'report.txt' })).toEqual({
      report: undefined,
      damage: [],
      problems: [{ file: 'source', line: 1, message: 'the file is empty: there is no report to read' }],
    });
  });
});
