/**
 * Reading the story's YAML files with line-accurate messages: a parsed file that can tell the
 * line of any path in it, a reader for one record's fields (each refusal reported with file,
 * line, column, record and field), and the walk over a file's list of records. Pure; the
 * compiler (compile.ts) uses it for every data file.
 */
import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { partialDateSpan, type Precision } from '../time/days.ts';
import type { Bilingual } from './types.ts';

/** One thing the checker found, where it is, and what to do about it. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** The record, e.g. `event "opening-summit"`, or '' for the file as a whole. */
  record: string;
  /** The field path inside the record, e.g. `reported_by[0].quotes[2]`, or ''. */
  field: string;
  message: string;
}

export type PathPart = string | number;

/** One YAML file: its parsed value and a way to find the line of any path in it. */
export class SourceFile {
  readonly value: unknown;
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly name: string,
    text: string,
    private readonly report: (p: Problem) => void,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of this.doc.errors) {
      const pos = this.lines.linePos(e.pos[0]);
      const reason = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      report({
        severity: 'error',
        file: name,
        line: pos.line,
        column: pos.col,
        record: '',
        field: '',
        message: `this is not valid YAML (${reason}). Check indentation, colons and quotes on this line.`,
      });
    }
    this.value = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  /** The position of the deepest node along `path` that exists. */
  position(path: PathPart[]): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        const p = this.lines.linePos(node.range[0]);
        return { line: p.line, column: p.col };
      }
    }
    return { line: 1, column: 1 };
  }
}

/** Invisible characters that reorder the text after them: embeddings, overrides and isolates. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Why a direction control in a text is worth a look, or null when there is none. */
export function directionControlWarning(s: string): { index: number; message: string } | null {
  const m = DIRECTION_CONTROL.exec(s);
  if (!m) return null;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
  return {
    index: m.index,
    message: `this text contains an invisible direction control (U+${code}), which can change the order in which the text around it is shown; the app keeps its effect inside this text, but remove it unless the article prints it.`,
  };
}

/** A cursor on one record (an article, place, person or event) for reading its fields. */
export class RecordReader {
  constructor(
    private readonly file: SourceFile,
    private readonly base: PathPart[],
    readonly label: string,
    readonly value: Record<string, unknown>,
    private readonly report: (p: Problem) => void,
  ) {}

  problem(severity: Problem['severity'], field: PathPart[], message: string): void {
    const pos = this.file.position([...this.base, ...field]);
    this.report({ severity, file: this.file.name, ...pos, record: this.label, field: fieldName(field), message });
  }

  error(field: PathPart[], message: string): void {
    this.problem('error', field, message);
  }

  warn(field: PathPart[], message: string): void {
    this.problem('warning', field, message);
  }

  get(field: PathPart[]): unknown {
    let v: unknown = this.value;
    for (const k of field) v = v && typeof v === 'object' ? (v as Record<PathPart, unknown>)[k] : undefined;
    return v;
  }

  allowOnly(fields: readonly string[]): void {
    for (const key of Object.keys(this.value)) {
      if (!fields.includes(key)) {
        const close = fields.find((f) => editDistance(f, key) <= 2);
        this.error([key], `"${key}" is not a field of this record${close ? ` (did you mean "${close}"?)` : ''}. Allowed: ${fields.join(', ')}.`);
      }
    }
  }

  /** Like allowOnly, for a mapping inside the record (e.g. one of a list's entries). */
  allowOnlyAt(at: PathPart[], fields: readonly string[]): void {
    const v = this.get(at);
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      this.error(at, `write this entry as a set of fields (${fields.join(', ')}).`);
      return;
    }
    for (const key of Object.keys(v)) {
      if (!fields.includes(key)) {
        const close = fields.find((f) => editDistance(f, key) <= 2);
        this.error([...at, key], `"${key}" is not a field here${close ? ` (did you mean "${close}"?)` : ''}. Allowed: ${fields.join(', ')}.`);
      }
    }
  }

  text(field: PathPart[], opts: { optional?: boolean } = {}): string | null {
    const v = this.get(field);
    if (v === undefined || v === null) {
      if (!opts.optional) this.error(field, 'this field is missing; it needs some text.');
      return null;
    }
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string' || v.trim() === '') {
      this.error(field, 'this field must be a line of text, and not empty.');
      return null;
    }
    const control = directionControlWarning(v);
    if (control) this.warn(field, control.message);
    return v.trim();
  }

  oneOf<T extends string>(field: PathPart[], allowed: readonly T[]): T | null {
    const v = this.text(field);
    if (v === null) return null;
    if (!(allowed as readonly string[]).includes(v)) {
      this.error(field, `"${v}" is not allowed here; use one of: ${allowed.join(', ')}.`);
      return null;
    }
    return v as T;
  }

  bilingual(field: PathPart[], opts: { optional?: boolean; arabicRequired?: boolean } = {}): Bilingual | null {
    const v = this.get(field);
    if (v === undefined || v === null) {
      if (!opts.optional) this.error(field, 'this field is missing; give it in both languages, as { ar: …, en: … }.');
      return null;
    }
    if (typeof v === 'string') {
      this.warn(field, 'this is given in one language only; write it as { ar: …, en: … } so Arabic readers see it too.');
      return { ar: '', en: v.trim() };
    }
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.error(field, 'this field must be given in both languages, as { ar: …, en: … }.');
      return null;
    }
    const ar = this.text([...field, 'ar']);
    const en = this.text([...field, 'en']);
    for (const key of Object.keys(v)) {
      if (key !== 'ar' && key !== 'en') this.error([...field, key], `"${key}" is not a language here; use ar and en.`);
    }
    return ar !== null && en !== null ? { ar, en } : null;
  }

  list(field: PathPart[], opts: { nonEmpty?: boolean } = {}): unknown[] | null {
    const v = this.get(field);
    if (v === undefined || v === null) {
      this.error(field, 'this field is missing; it needs a list, written [a, b] or as lines starting with "- ".');
      return null;
    }
    if (!Array.isArray(v)) {
      this.error(field, 'this field must be a list, written [a, b] or as lines starting with "- ".');
      return null;
    }
    if (opts.nonEmpty && v.length === 0) {
      this.error(field, 'this list is empty; it needs at least one entry.');
      return null;
    }
    return v;
  }

  id(): string | null {
    const id = this.text(['id']);
    if (id !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      this.error(['id'], `"${id}" is not a valid id; use lower-case English words joined by hyphens, e.g. jane-doe.`);
      return null;
    }
    return id;
  }

  precisionDate(field: PathPart[], precision: Precision | null): { first: string; last: string; raw: string } | null {
    const raw = this.text(field);
    if (raw === null || precision === null) return null;
    const span = partialDateSpan(raw, precision);
    if ('problem' in span) {
      const why = {
        format: `"${raw}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.`,
        month: `"${raw}" has no such month; months run from 01 to 12.`,
        day: `"${raw}" is not a real calendar day (that month has no such day).`,
        precision: `"${raw}" does not match precision "${precision}"; a ${precision} date is written ${{ day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[precision]}.`,
      }[span.problem];
      this.error(field, why);
      return null;
    }
    return { ...span, raw };
  }
}

function fieldName(path: PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

/** Iterates the records of a YAML file that must hold a list of mappings. */
export function* records(file: SourceFile, kind: string, report: (p: Problem) => void): Generator<RecordReader> {
  if (file.value === undefined) return;
  if (!Array.isArray(file.value)) {
    report(fileProblem(file, `this file must be a list of ${kind === 'person' ? 'people' : `${kind}s`}, each starting with "- id: …".`));
    return;
  }
  for (const [i, item] of file.value.entries()) {
    const label =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? `${kind} "${(item as { id: string }).id}"` : `${kind} #${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      const pos = file.position([i]);
      report({ severity: 'error', file: file.name, ...pos, record: label, field: '', message: `each ${kind} must be a set of fields (id: …, name: …).` });
      continue;
    }
    yield new RecordReader(file, [i], label, item as Record<string, unknown>, report);
  }
}

/** Checks for a second record with the same id. */
export function uniqueIds(seen: Set<string>, r: RecordReader, id: string | null, kind: string): id is string {
  if (id === null) return false;
  if (seen.has(id)) {
    r.error(['id'], `another ${kind} already has the id "${id}"; ids must be unique.`);
    return false;
  }
  seen.add(id);
  return true;
}

/** An error about a file as a whole (its first line), not one record. */
export function fileProblem(file: SourceFile, message: string): Problem {
  return { severity: 'error', file: file.name, line: 1, column: 1, record: '', field: '', message };
}
