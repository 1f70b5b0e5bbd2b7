/**
 * The font boundary: notices when the self-hosted typeface fails to load (missing, blocked
 * or malformed file) and loads it again on request.
 *
 * The faces are declared in fonts.css, so they work without JavaScript and load as early as
 * the browser likes. A face that failed cannot be loaded again, so a retry builds fresh
 * FontFace objects from those same @font-face rules (their src, unicode-range, weight and
 * style, read from the CSSOM): the stylesheet stays the one place the fonts are declared.
 */
const TYPEFACE = 'Noto Sans Arabic';

const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');
const isTypeface = (face: FontFace) => unquote(face.family) === TYPEFACE;

/** Calls `onFailure` once a face of the typeface has failed (now or later); returns a stop function. */
export function watchTypeface(onFailure: () => void): () => void {
  const onError = (e: FontFaceSetLoadEvent) => {
    if (e.fontfaces.some(isTypeface)) onFailure();
  };
  document.fonts.addEventListener('loadingerror', onError);
  // Failures that happened before the app started listening.
  for (const face of document.fonts) if (isTypeface(face) && face.status === 'error') onFailure();
  return () => document.fonts.removeEventListener('loadingerror', onError);
}

/** Fresh copies of the stylesheets' @font-face rules for the typeface, with URLs made absolute. */
function declaredFaces(): FontFace[] {
  const faces: FontFace[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from elsewhere (there are none, but the CSSOM would throw)
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule) || unquote(rule.style.getPropertyValue('font-family')) !== TYPEFACE) continue;
      const base = sheet.href ?? location.href;
      const src = rule.style
        .getPropertyValue('src')
        .replace(/url\((['"]?)([^'")]+)\1\)/g, (_, _q, url: string) => `url(${JSON.stringify(new URL(url, base).href)})`);
      const d = (name: string) => rule.style.getPropertyValue(name) || undefined;
      faces.push(
        new FontFace(TYPEFACE, src, {
          style: d('font-style'),
          weight: d('font-weight'),
          unicodeRange: d('unicode-range'),
          // Text is already on screen in the fallback font: swap in the typeface when it arrives.
          display: 'swap',
        }),
      );
    }
  }
  return faces;
}

/** Loads the typeface again; resolves true when every face of it loaded. */
export async function reloadTypeface(): Promise<boolean> {
  // Faces from the stylesheet cannot be removed (delete() ignores them); this clears an earlier retry's failed faces.
  for (const face of [...document.fonts]) if (isTypeface(face) && face.status === 'error') document.fonts.delete(face);
  const faces = declaredFaces();
  for (const face of faces) document.fonts.add(face);
  const results = await Promise.allSettled(faces.map((f) => f.load()));
  return faces.length > 0 && results.every((r) => r.status === 'fulfilled');
}
