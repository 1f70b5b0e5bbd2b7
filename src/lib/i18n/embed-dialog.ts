/**
 * The Embed dialog's words, in both languages: loaded with the dialog (an editor's tool; readers
 * never open it), so they stay out of the first download. English defines the shape; a missing
 * Arabic string is a type error. The embed's own words (its tabs) are in en.ts/ar.ts.
 */
import type { Lang } from '../story/types.ts';

const en = {
  title: 'Embed this view in an article',
  panels: 'Panels',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s system' },
  autoplay: 'Start playing when loaded',
  iframe: 'Iframe (fixed height, or with pym.js / AMP)',
  hostScript: 'Placeholder and host script (sizes itself)',
  copy: 'Copy',
  copyHost: 'Copy the host-script snippet',
  copyIframe: 'Copy the iframe snippet',
  copiedHost: 'Copied the host-script snippet',
  copiedIframe: 'Copied the iframe snippet',
  copied: 'Copied',
  preview: 'Preview',
  close: 'Close',
  width: 'Column width',
  widths: { narrow: 'Narrower than 600 px (phones)', wide: '600 px or wider' },
  heightNote: (px: number) => `Fixed height for this width: ${px} px. The embed never changes height.`,
};

export type EmbedDialogMessages = typeof en;

const ar: EmbedDialogMessages = {
  title: 'ضمّن هذا العرض في مقال',
  panels: 'الأجزاء',
  theme: 'المظهر',
  themes: { light: 'فاتح', dark: 'داكن', auto: 'حسب نظام القارئ' },
  autoplay: 'ابدأ التشغيل عند التحميل',
  iframe: 'إطار iframe (ارتفاع ثابت، أو مع pym.js / AMP)',
  hostScript: 'عنصر نائب وسكربت المضيف (يضبط ارتفاعه بنفسه)',
  copy: 'انسخ',
  copyHost: 'انسخ مقتطف سكربت المضيف',
  copyIframe: 'انسخ مقتطف iframe',
  copiedHost: 'تم نسخ مقتطف سكربت المضيف',
  copiedIframe: 'تم نسخ مقتطف iframe',
  copied: 'تم النسخ',
  preview: 'معاينة',
  close: 'أغلق',
  width: 'عرض العمود',
  widths: { narrow: 'أضيق من 600 بكسل (الهواتف)', wide: '600 بكسل أو أعرض' },
  heightNote: (px: number) => `الارتفاع الثابت لعمود بهذا العرض: ${px} بكسل. لا يتغير ارتفاع الإطار المضمَّن أبدًا.`,
};

export const embedDialogMessages: Record<Lang, EmbedDialogMessages> = { ar, en };
