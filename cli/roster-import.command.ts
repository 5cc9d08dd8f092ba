import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { roles } from '../domain/roles';
import type { RosterEntry } from '../infra/storage/roster.store';
import { arg, messageOf, parseCommandArgs, withStores } from './cli-args';
import type { CliCommand } from './koers';

export const rosterImportUsage = 'usage: koers roster import <file.csv> --org <id>';

const importArgs = z.object({ file: arg.text(), org: arg.text() });

type Column = 'name' | 'email' | 'aad_object_id' | 'role';
const columnNames: Record<string, Column> = {
  name: 'name',
  naam: 'name',
  email: 'email',
  'e-mail': 'email',
  aad_object_id: 'aad_object_id',
  role: 'role',
  rol: 'role',
};

const cell = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() || undefined : v), schema);

const rosterLine = z
  .object({
    // A line break inside a quoted name is a spreadsheet accident, not part of the name.
    name: cell(z.string('name is missing').transform((name) => name.replace(/\s+/g, ' '))),
    email: cell(z.email('email is not an e-mail address').optional()),
    aad_object_id: cell(z.guid('aad_object_id is not an object id (a GUID)').optional()),
    role: cell(
      z
        .string('role is missing')
        .transform((role) => role.toLowerCase())
        .pipe(z.enum(roles, `role must be one of ${roles.join(', ')}`)),
    ),
  })
  .refine((l) => l.email !== undefined || l.aad_object_id !== undefined, {
    message: 'give an email or an aad_object_id',
  });

interface Problem {
  line: number;
  problem: string;
}

/**
 * `koers roster import <file.csv> --org <id>`: every line is checked first, and one bad line
 * means nothing is written, so a fixed file can simply be imported again.
 */
export const rosterImport: CliCommand = async (config, io, rest) => {
  const args = parseCommandArgs(
    rest,
    {
      usage: rosterImportUsage,
      options: { org: { type: 'string' } },
      positionals: ['file'],
      schema: importArgs,
    },
    io,
  );
  if (!args) return 2;
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (err) {
    io.err(`cannot read ${args.file}: ${messageOf(err)}`);
    return 1;
  }
  return withStores(config, async ({ organisations, roster }) => {
    const found = await organisations.findOrganisation(args.org);
    if (!found) {
      io.err(`no organisation with id ${args.org}; \`koers org list\` shows them`);
      return 1;
    }
    const { entries, problems } = readRoster(text);
    if (problems.length > 0) {
      for (const { line, problem } of problems) io.err(`line ${line}: ${problem}`);
      io.err(`nothing was imported; fix ${args.file} and run the import again`);
      return 1;
    }
    const at = new Date();
    const people = new Set(await roster.importRoster(found.id, entries, 'cli', at));
    const lines = entries.length === 1 ? '1 line' : `${entries.length} lines`;
    io.out(`imported ${lines} into ${found.name} (${people.size} people on them)`);
    return 0;
  });
};

function readRoster(text: string): { entries: RosterEntry[]; problems: Problem[] } {
  const { records, problems } = parseCsv(text);
  const [header, ...lines] = records;
  if (!header) return { entries: [], problems: [{ line: 1, problem: 'the file is empty' }] };
  const { columns, problems: headerProblems } = readHeader(header.fields);
  if (lines.length === 0) headerProblems.push('no roster lines below the header');
  if (headerProblems.length > 0) {
    return {
      entries: [],
      problems: headerProblems.map((problem) => ({ line: header.line, problem })),
    };
  }
  const entries: RosterEntry[] = [];
  for (const { line, fields } of lines) {
    // Spreadsheets sometimes end a line with an empty field or two; text there is a mistake.
    if (fields.slice(columns.length).some((f) => f.trim() !== '')) {
      problems.push({ line, problem: `more fields than the ${columns.length} the header names` });
      continue;
    }
    const parsed = rosterLine.safeParse(
      Object.fromEntries(columns.map((column, i) => [column, fields[i]])),
    );
    if (!parsed.success) {
      problems.push({ line, problem: parsed.error.issues.map((i) => i.message).join('; ') });
      continue;
    }
    const { name, email, aad_object_id: aadObjectId, role } = parsed.data;
    entries.push({ name, email, aadObjectId, role });
  }
  return { entries, problems: problems.sort((a, b) => a.line - b.line) };
}

function readHeader(fields: string[]): { columns: (Column | undefined)[]; problems: string[] } {
  const columns: (Column | undefined)[] = [];
  const problems: string[] = [];
  for (const raw of fields) {
    const column = columnNames[raw.trim().toLowerCase()];
    if (!column)
      problems.push(`unknown column "${raw.trim()}" (use name, email, aad_object_id, role)`);
    else if (columns.includes(column)) problems.push(`column ${column} appears twice`);
    columns.push(column);
  }
  for (const needed of ['name', 'role'] as const) {
    if (!columns.includes(needed)) problems.push(`no ${needed} column`);
  }
  if (!columns.includes('email') && !columns.includes('aad_object_id')) {
    problems.push('no email or aad_object_id column');
  }
  return { columns, problems };
}

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted fields may hold the delimiter, doubled
 * quotes and line breaks. Dutch Excel saves with semicolons, so a header with more semicolons than
 * commas switches the delimiter. A byte order mark, CRLF line ends and blank lines are fine.
 */
function parseCsv(text: string): {
  records: { line: number; fields: string[] }[];
  problems: Problem[];
} {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const header = body.split('\n', 1)[0] ?? '';
  const delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
  const records: { line: number; fields: string[] }[] = [];
  const problems: Problem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let closed = false;
  const endField = () => {
    fields.push(field);
    field = '';
    closed = false;
  };
  const endRecord = () => {
    endField();
    if (fields.some((f) => f.trim() !== '')) records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (quoted) {
      if (c === '"' && body.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        closed = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === delimiter) {
      endField();
    } else if (c === '\n') {
      endRecord();
      start = ++line;
    } else if (c === '"' && !closed && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (closed && c !== ' ' && c !== '\t') {
      problems.push({
        line,
        problem: 'text after a closing quote (inside quotes, write "" for ")',
      });
      closed = false;
      field += c;
    } else if (!closed) {
      field += c;
    }
  }
  if (quoted) problems.push({ line: start, problem: 'a quoted field is never closed' });
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return { records, problems };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
