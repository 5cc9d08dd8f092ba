import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Readable, type Writable } from 'node:stream';
import { createDeflateRaw, createInflateRaw, constants } from 'node:zlib';
import { ZipWriter } from './zip-writer';

/** The shape of a REFI-QDA project: its codes and its variables, named up front. */
export interface QdaProjectPlan {
  name: string;
  createdAt: Date;
  /** Codes under one parent code that is not itself codable; `key` is how sources name them. */
  codes: { parent: string; children: { key: string; name: string; description: string }[] };
  /** Text variables; a `Date` variable takes YYYY-MM-DD. */
  variables: { name: string; type: 'Text' | 'Date' }[];
}

/** One text document: a plain-text source, coded as a whole with `codes`. */
export interface QdaTextSource {
  name: string;
  text: string;
  codes: readonly string[];
  /** Values by variable name; an empty value is left out. */
  variables: Readonly<Record<string, string>>;
  /** The case it belongs to, with the case's own variables; none for an anonymous document. */
  case?: { name: string; variables: Readonly<Record<string, string>> };
}

/**
 * A REFI-QDA project (.qdpx, QDA-XML project 1.0: `project.qde` and `sources/`) written as the
 * sources come. Each text goes into the zip at once; the XML lists cases before sources, so the
 * sources' XML is kept deflated in memory (a few bytes per document) and the cases as numbers,
 * and `project.qde` is written last. GUIDs are a random prefix per project and a counter.
 */
export class RefiQdaWriter {
  private readonly zip: ZipWriter;
  private readonly prefix = randomBytes(10).toString('hex');
  private serial = 0;
  private sources = 0;
  private readonly codeGuids = new Map<string, string>();
  private readonly variableGuids = new Map<string, string>();
  private readonly cases = new Map<
    string,
    { guid: string; variables: string; sources: number[] }
  >();
  private readonly sourcesXml = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  private readonly deflated: Buffer[] = [];

  constructor(
    out: Writable,
    private readonly plan: QdaProjectPlan,
  ) {
    this.zip = new ZipWriter(out, plan.createdAt);
    for (const code of plan.codes.children) this.codeGuids.set(code.key, this.guid());
    for (const variable of plan.variables) this.variableGuids.set(variable.name, this.guid());
    this.sourcesXml.on('data', (chunk: Buffer) => this.deflated.push(chunk));
  }

  async add(source: QdaTextSource): Promise<void> {
    const number = this.serial++;
    this.sources += 1;
    const guid = this.guidOf(number);
    await this.zip.addFile(`sources/${guid}.txt`, Buffer.from(source.text, 'utf8'));
    if (source.case) this.caseOf(source.case).sources.push(number);
    const codings = source.codes.map(
      (code) =>
        `<Coding guid="${this.guid()}"><CodeRef targetGUID="${this.codeGuid(code)}"/></Coding>`,
    );
    const selection = codings.length
      ? `<PlainTextSelection guid="${this.guid()}" startPosition="0" endPosition="${codePoints(source.text)}">${codings.join('')}</PlainTextSelection>`
      : '';
    const element =
      `<TextSource guid="${guid}" name="${xml(source.name)}" plainTextPath="internal://${guid}.txt">` +
      `${selection}${this.values(source.variables)}</TextSource>\n`;
    if (!this.sourcesXml.write(element)) await once(this.sourcesXml, 'drain');
  }

  /** Writes `project.qde` and the zip's directory, and ends the stream. */
  async close(): Promise<void> {
    const qde = await this.zip.addStream('project.qde');
    const { codes } = this.plan;
    await qde.write(
      `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" ` +
        `name="${xml(this.plan.name)}" origin="Koers" creationDateTime="${this.plan.createdAt.toISOString()}">\n` +
        `<CodeBook><Codes><Code guid="${this.guid()}" name="${xml(codes.parent)}" isCodable="false">` +
        codes.children
          .map(
            (code) =>
              `<Code guid="${this.codeGuid(code.key)}" name="${xml(code.name)}" isCodable="true">` +
              `<Description>${xml(code.description)}</Description></Code>`,
          )
          .join('') +
        `</Code></Codes></CodeBook>\n<Variables>` +
        this.plan.variables
          .map(
            (v) =>
              `<Variable guid="${this.variableGuids.get(v.name)}" name="${xml(v.name)}" typeOfVariable="${v.type}"/>`,
          )
          .join('') +
        '</Variables>\n',
    );
    if (this.cases.size > 0) {
      await qde.write('<Cases>\n');
      for (const [name, found] of this.cases) {
        const refs = found.sources.map((n) => `<SourceRef targetGUID="${this.guidOf(n)}"/>`);
        await qde.write(
          `<Case guid="${found.guid}" name="${xml(name)}">${found.variables}${refs.join('')}</Case>\n`,
        );
      }
      await qde.write('</Cases>\n');
    }
    this.sourcesXml.end();
    await finished(this.sourcesXml);
    if (this.sources > 0) {
      await qde.write('<Sources>\n');
      for await (const chunk of Readable.from(this.deflated).pipe(createInflateRaw())) {
        await qde.write(chunk as Buffer);
      }
      await qde.write('</Sources>\n');
    }
    await qde.write('</Project>\n');
    await qde.end();
    await this.zip.close();
  }

  private caseOf(found: NonNullable<QdaTextSource['case']>) {
    const known = this.cases.get(found.name);
    if (known) return known;
    const created = { guid: this.guid(), variables: this.values(found.variables), sources: [] };
    this.cases.set(found.name, created);
    return created;
  }

  private values(values: Readonly<Record<string, string>>): string {
    return this.plan.variables
      .filter((v) => values[v.name])
      .map(
        (v) =>
          `<VariableValue><VariableRef targetGUID="${this.variableGuids.get(v.name)}"/>` +
          `<${v.type}Value>${xml(values[v.name]!)}</${v.type}Value></VariableValue>`,
      )
      .join('');
  }

  private codeGuid(key: string): string {
    const guid = this.codeGuids.get(key);
    if (!guid) throw new Error(`No code ${key} in this project's code book.`);
    return guid;
  }

  private guid(): string {
    return this.guidOf(this.serial++);
  }

  /** xxxxxxxx-xxxx-4xxx-8xxx-nnnnnnnnnnnn: the random prefix, then `n` in hexadecimal. */
  private guidOf(n: number): string {
    const p = this.prefix;
    const tail = n.toString(16).padStart(12, '0');
    return `${p.slice(0, 8)}-${p.slice(8, 12)}-4${p.slice(12, 15)}-8${p.slice(15, 18)}-${tail}`;
  }
}

/** Positions in REFI-QDA count characters (code points), not UTF-16 units. */
function codePoints(text: string): number {
  return Array.from(text).length;
}

// XML 1.0 allows no other control characters, not even escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function xml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
