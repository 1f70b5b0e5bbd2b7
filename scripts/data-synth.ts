/**
 * `npm run data:synth -- --events 10000 [--seed 1] [--out DIR]`: writes a synthetic dataset
 * in the project's own format under DIR (default bench/synth-<events>/data/…), for the
 * benchmark and for trying the app at scale. It never touches this project's data/.
 * Build and serve it with: ATLAS_DATA=DIR npm start
 */
import { resolve } from 'node:path';
import { writeSyntheticStory } from './datasets.ts';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const events = Number(flag('events', '10000'));
const seed = Number(flag('seed', '1'));
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
  console.error('data:synth: --events must be a whole number ≥ 1 and --seed a whole number.');
  process.exit(1);
}
const out = resolve(flag('out', `bench/synth-${events}`));
if (resolve(out) === resolve('.')) {
  console.error('data:synth: refusing to write over the project itself; choose another --out.');
  process.exit(1);
}
const written = writeSyntheticStory(out, { events, seed });
console.log(`data:synth: wrote ${written} files (${events} events, seed ${seed}) to ${out}`);
