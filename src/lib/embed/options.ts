/**
 * The embed's URL options (README "Embedding": controls, theme, autoplay, childId, origin).
 * The selection's parameters (date, venue, person, lang, and the filters category and status)
 * are the full app's, read by the same codec (src/lib/state/url.ts) in both pages. Pure. Read when the embed starts, so apart from the message protocol (protocol.ts), which
 * loads with the host bridge once the app is ready.
 */

/**
 * The one origin the embed talks to: `origin=` if it is a bare origin; without `origin=`, the
 * referrer's. A malformed `origin=` gives none, not the referrer's: a page that names the
 * origin to talk to has said the referrer is not it, and a typo must not widen that.
 */
export function hostOrigin(originParam: string | null, referrer: string): string | null {
  const bare = (value: string) => {
    try {
      const u = new URL(value);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value.replace(/\/$/, '') ? u.origin : null;
    } catch {
      return null;
    }
  };
  if (originParam !== null) return bare(originParam);
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

export type Panel = 'map' | 'timeline' | 'details';
export const PANELS: readonly Panel[] = ['map', 'timeline', 'details'];

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export interface EmbedOptions {
  controls: Panel[];
  theme: Theme;
  autoplay: boolean;
  childId: string | null;
  origin: string | null;
}

/** Reads the embed-only URL options; bad values fall back to defaults with a warning. */
export function embedOptions(search: string, referrer: string): { options: EmbedOptions; warnings: string[] } {
  const p = new URLSearchParams(search);
  const warnings: string[] = [];
  let controls: Panel[] = [...PANELS];
  const rawControls = p.get('controls');
  if (rawControls !== null) {
    const asked = rawControls
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const valid = asked.filter((x): x is Panel => (PANELS as readonly string[]).includes(x));
    if (valid.length === 0 || valid.length !== asked.length)
      warnings.push(`Ignoring unknown entries in controls=${JSON.stringify(rawControls.slice(0, 60))}; use map, timeline, details.`);
    if (valid.length) controls = PANELS.filter((x) => valid.includes(x));
  }
  const rawTheme = p.get('theme');
  const theme = THEMES.find((x) => x === rawTheme) ?? 'light';
  if (rawTheme !== null && theme !== rawTheme) warnings.push(`Ignoring theme=${JSON.stringify(rawTheme.slice(0, 40))}; use light, dark or auto.`);
  // A bare `autoplay` is on, as an HTML boolean attribute is; `0` and `false` are off.
  const rawAutoplay = p.get('autoplay');
  const autoplay = rawAutoplay === '' || rawAutoplay === '1' || rawAutoplay === 'true';
  if (rawAutoplay !== null && !autoplay && rawAutoplay !== '0' && rawAutoplay !== 'false')
    warnings.push(`Ignoring autoplay=${JSON.stringify(rawAutoplay.slice(0, 40))}; use 1 or true (0 or false: off).`);
  const childId = p.get('childId');
  const originParam = p.get('origin');
  const origin = hostOrigin(originParam, referrer);
  if (originParam !== null && origin === null)
    warnings.push(
      `Ignoring origin=${JSON.stringify(originParam.slice(0, 80))}: expected scheme://host[:port]. The atlas:* messages stay off (no fallback to the referrer).`,
    );
  return { options: { controls, theme, autoplay, childId: childId && /^[\w-]{1,100}$/.test(childId) ? childId : null, origin }, warnings };
}
