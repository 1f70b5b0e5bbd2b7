/**
 * Debian's Chromium and the flags every test and the benchmark launch it with (never a
 * downloaded browser). Background networking off: this machine's network is closed, and the
 * browser must make no request of its own.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
