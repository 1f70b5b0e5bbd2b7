/**
 * Writing the project's source YAML (data/*.yaml) from generated records with `yaml`'s
 * stringify: shared by the synthetic and the hostile datasets. Pure.
 *
 * The layout follows the hand-written files: a header comment, a blank line between records,
 * every text from the data double-quoted (escaped as in JSON, never folded), ids and
 * enumerations plain, and bilingual texts and short lists each on one line.
 */
import { Document, Scalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

type Words = { ar: string; en: string };

/** Never fold a long text over several lines (the hostile dataset's words are 450 letters). */
const OPTIONS = { lineWidth: 0 } as const;

/** Makes nodes; the documents written below adopt them as they are. */
const nodes = new Document();

/** A text from the data, double-quoted. */
export function text(s: string): Scalar<string> {
  const node = new Scalar(s);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** A bilingual text on one line: { ar: "…", en: "…" }. */
export function words(w: Words): YAMLMap {
  return nodes.createNode({ ar: text(w.ar), en: text(w.en) }, { flow: true });
}

/** A list on one line: [ a, b ] (its maps on one line too). */
export function inline(items: readonly unknown[]): YAMLSeq {
  return nodes.createNode(items, { flow: true });
}

/** A number with exactly `digits` decimals, as toFixed writes it (coordinates). */
export function fixed(x: number, digits: number): Scalar<number> {
  const node = new Scalar(Number(x.toFixed(digits)));
  node.minFractionDigits = digits;
  return node;
}

/** A file of records: a header comment, then a blank line before each record. */
export function yamlRecords(header: string, records: readonly Record<string, unknown>[]): string {
  const doc = new Document(records);
  // The document's comment: yaml writes the blank line after it.
  doc.commentBefore = ` ${header}`;
  for (const item of (doc.contents as YAMLSeq<Node>).items.slice(1)) item.spaceBefore = true;
  return doc.toString(OPTIONS);
}

/** data/story.yaml for a generated dataset (each text in both languages; countries by id). */
export function storyYaml(
  header: string,
  fields: {
    title: Words;
    subtitle: Words;
    description: Words;
    sources_note: Words;
    credit: Words;
    default_day?: string;
    countries: Record<string, Words>;
  },
): string {
  const keys = ['title', 'subtitle', 'description', 'sources_note', 'credit'] as const;
  const doc = new Document({
    ...Object.fromEntries(keys.map((k) => [k, words(fields[k])])),
    ...(fields.default_day ? { default_day: fields.default_day } : {}),
    countries: Object.fromEntries(Object.entries(fields.countries).map(([id, name]) => [id, words(name)])),
  });
  // The map's own comment: on the line right above its first key, as before.
  (doc.contents as YAMLMap).commentBefore = ` ${header}`;
  return doc.toString(OPTIONS);
}
