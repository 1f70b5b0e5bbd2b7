/**
 * The article reader's words, in both languages: loaded with the reader (when a reader opens an
 * article), so they stay out of the first download. English defines the shape; a missing Arabic
 * string is a type error. The cards' words about articles are in en.ts/ar.ts.
 */
import type { Lang } from '../story/types.ts';

const en = {
  published: 'Published',
  furniture: 'Site furniture, not part of the article',
  close: 'Close',
  backToEvent: 'Go to the event',
  fullText: 'Full text (original Arabic)',
  loadingText: 'Loading the article…',
  textFailed: 'The article’s text could not be loaded.',
  /** Labels for the site furniture the reader greys out, by kind (data/articles.yaml). */
  furnitureKind: {
    kicker: 'kicker',
    'duplicate-title': 'repeated title',
    caption: 'photo caption',
    breadcrumb: 'section link',
    ad: 'advertisement',
    newsletter: 'newsletter sign-up',
    'related-link': 'related article link',
    'font-widget': 'font-size control',
    'most-read': '"most read" box',
    'site-footer': 'site footer',
    'comment-form': 'comment form',
    'source-line': 'source line',
  },
};

export type ReaderMessages = typeof en;

const ar: ReaderMessages = {
  published: 'تاريخ النشر',
  furniture: 'من عناصر الموقع، وليس من نص المقال',
  close: 'أغلق',
  backToEvent: 'انتقل إلى الحدث',
  fullText: 'النص الأصلي كاملًا',
  loadingText: 'جارٍ تحميل المقال…',
  textFailed: 'تعذر تحميل نص المقال.',
  furnitureKind: {
    kicker: 'عنوان تمهيدي',
    'duplicate-title': 'عنوان مكرر',
    caption: 'تعليق صورة',
    breadcrumb: 'رابط القسم',
    ad: 'إعلان',
    newsletter: 'اشتراك في النشرة',
    'related-link': 'رابط مقال ذي صلة',
    'font-widget': 'أداة حجم الخط',
    'most-read': 'قائمة «الأكثر قراءة»',
    'site-footer': 'تذييل الموقع',
    'comment-form': 'نموذج التعليق',
    'source-line': 'سطر المصدر',
  },
};

export const readerMessages: Record<Lang, ReaderMessages> = { ar, en };
