/**
 * Writing the project's source YAML (data/*.yaml) from generated records: shared by the
 * synthetic and the hostile datasets. Pure.
 */

/** A double-quoted YAML scalar: JSON's string syntax is valid YAML, escapes included. */
export const yamlString = (s: string): string => JSON.stringify(s);

/** A file of records after a header comment; each record is its lines ("- id: …", then its fields). */
export function yamlRecords(header: string, records: readonly (readonly string[])[]): string {
  return header + records.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

type Words = { ar: string; en: string };

/** data/story.yaml for a generated dataset (each text in both languages; countries by id). */
export function storyYaml(header: string, fields: {
  title: Words; subtitle: Words; description: Words; sources_note: Words; credit: Words; default_day?: string;
  countries: Record<string, Words>;
}): string {
  const both = (w: Words) => `{ ar: ${yamlString(w.ar)}, en: ${yamlString(w.en)} }`;
  const keys = ['title', 'subtitle', 'description', 'sources_note', 'credit'] as const;
  return [
    header.trimEnd(),
    ...keys.map((k) => `${k}: ${both(fields[k])}`),
    ...(fields.default_day ? [`default_day: ${fields.default_day}`] : []),
    'countries:',
    ...Object.entries(fields.countries).map(([id, name]) => `  ${id}: ${both(name)}`),
  ].join('\n') + '\n';
}
