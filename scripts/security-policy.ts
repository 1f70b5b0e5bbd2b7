/**
 * The Content Security Policy the app is built for and tested under: only this origin's own
 * scripts, workers, styles, fonts and data; images only from itself or data:/blob: URLs; no
 * plugins, no <base> tricks. frame-ancestors * because the embed is made to be framed by
 * newsrooms' pages (a host that wants fewer ancestors narrows it).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');
