import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { TeacherMessages } from '@/components/i18n/TeacherMessages';
import { isLocale } from '@/content/i18n/locales';

/** The teacher's pages: their client components also read the `teacher` messages. */
export default async function TeacherLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  return <TeacherMessages>{children}</TeacherMessages>;
}
