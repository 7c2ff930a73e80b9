/**
 * The teacher's pages (/create…, /desk) add the `teacher` and `engineWords` namespaces to the
 * messages their client components receive; every other page leaves them out of its payload
 * (about 45 KB per language).
 */
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';

export async function TeacherMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={await getLocale()} messages={await getMessages()}>
      {children}
    </NextIntlClientProvider>
  );
}
