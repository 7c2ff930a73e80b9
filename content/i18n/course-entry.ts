/** A lesson's title and summary in an edition (English in content/course.ts, Chinese in ./zh-course.ts). */
import type { CourseEntry } from '../course';
import type { Locale } from './locales';
import { COURSE_ZH } from './zh-course';

export function courseEntryIn(entry: CourseEntry, locale: Locale): CourseEntry {
  const zh = locale === 'zh' ? COURSE_ZH[entry.slug] : undefined;
  return zh ? { ...entry, title: zh.title, summary: zh.summary } : entry;
}
