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
