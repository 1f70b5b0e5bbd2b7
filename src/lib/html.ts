/**
 * Text made safe to write into HTML source (element content or a double-quoted attribute), for
 * the few places that write HTML as text: the build's <head> and no-script list, and the
 * embed snippets a producer copies. Pure. The app itself never parses strings as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
