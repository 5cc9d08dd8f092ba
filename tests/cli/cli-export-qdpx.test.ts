import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { sheetRows } from '../support/workbook-rows';
import { seedResearchStudy } from '../support/research-study';
import { runKoersCli } from '../support/run-cli';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/test-database';
import { zipEntries } from '../support/zip-entries';

const schema = join(__dirname, '../../research/refi-qda/Project-mrt2019.xsd');

const unescape = (text: string) =>
  text.replace(
    /&(lt|gt|quot|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!,
  );
const attr = (element: string, name: string) =>
  unescape(new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1] ?? '');

/** project.qde read back: per text source its name, text, variables and codes; and the cases. */
function readProject(entries: Map<string, Buffer>) {
  const qde = entries.get('project.qde')!.toString('utf8');
  const names = new Map<string, string>();
  for (const m of qde.matchAll(/<(?:Code|Variable) guid="([^"]+)" name="([^"]+)"/g))
    names.set(m[1]!, unescape(m[2]!));
  const values = (element: string) =>
    Object.fromEntries(
      [
        ...element.matchAll(/<VariableRef targetGUID="([^"]+)"\/><\w+Value>([^<]*)<\/\w+Value>/g),
      ].map((m) => [names.get(m[1]!)!, unescape(m[2]!)]),
    );
  const sources = [...qde.matchAll(/<TextSource [^>]*>.*?<\/TextSource>/g)].map(([element]) => {
    const path = attr(element, 'plainTextPath').replace('internal://', 'sources/');
    return {
      guid: attr(element, 'guid'),
      name: attr(element, 'name'),
      text: entries.get(path)!.toString('utf8'),
      variables: values(element),
      codes: [...element.matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((m) => names.get(m[1]!)),
    };
  });
  const cases = [...qde.matchAll(/<Case [^>]*>.*?<\/Case>/g)].map(([element]) => ({
    name: attr(element, 'name'),
    variables: values(element),
    sources: [...element.matchAll(/<SourceRef targetGUID="([^"]+)"/g)].map((m) => m[1]),
  }));
  return { qde, sources, cases };
}

describe.each(databaseKinds)('koers export --format qdpx on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  it('when a study is exported as a REFI-QDA project, then it validates against the published schema and holds what the workbook holds, coded with the goals, one case per pseudonym', async () => {
    const seeded = await seedResearchStudy(database, 'window');
    const out = (name: string) => join(database.env.DATA_DIR!, name);
    const run = (format: string) =>
      runKoersCli(
        ['export', '--study', seeded.studyId, '--format', format, '--out', out(`e.${format}`)],
        database.env,
      );
    expect(await run('qdpx')).toMatchObject({
      code: 0,
      err: expect.stringContaining('4 documents'),
    });
    await run('xlsx');

    const entries = zipEntries(readFileSync(out('e.qdpx')));
    const project = readProject(entries);
    writeFileSync(out('project.qde'), project.qde);
    // xmllint exits non-zero, and this throws, when the project breaks the schema.
    execFileSync('xmllint', ['--noout', '--schema', schema, out('project.qde')], { stdio: 'pipe' });

    const asRows = project.sources.map((s) => [
      s.variables.organisatie ?? '',
      s.name,
      s.variables.rol ?? '',
      s.variables.week ?? '',
      s.codes.join(', '),
      s.variables.datum ?? '',
      s.variables.bron ?? '',
      s.text,
    ]);
    expect(asRows).toEqual((await sheetRows(out('e.xlsx'))).slice(1));
    expect(project.cases.map(({ name, variables }) => ({ name, variables }))).toEqual([
      { name: 'P-01-01', variables: { organisatie: 'ORG-01', rol: 'aanjager' } },
      { name: 'P-01-02', variables: { organisatie: 'ORG-01', rol: 'teamcoach' } },
      { name: 'P-01-03', variables: { organisatie: 'ORG-01', rol: 'maatje' } },
    ]);
    const sourcesOf = (name: string) =>
      project.sources.filter((s) => s.name.startsWith(`${name} `)).map((s) => s.guid);
    for (const found of project.cases) expect(found.sources).toEqual(sourcesOf(found.name));
  });
});
