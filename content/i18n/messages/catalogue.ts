/**
 * The message catalogue of each edition: one JSON file per namespace and language
 * (messages/<locale>/<namespace>.json), merged here. Every namespace file must exist in both
 * languages with the same keys (content/i18n/editions.test.ts). To add a namespace, add its two
 * files and one line per language below.
 */
import type { Locale } from '../locales';
import enSite from './en/site.json';
import enNotFound from './en/notFound.json';
import enLesson from './en/lesson.json';
import enMdx from './en/mdx.json';
import enPages from './en/pages.json';
import enHome from './en/home.json';
import enGlossary from './en/glossary.json';
import enPlay from './en/play.json';
import enPlayer from './en/player.json';
import enCourse from './en/course.json';
import enTeacher from './en/teacher.json';
import enEngineWords from './en/engineWords.json';
import zhSite from './zh/site.json';
import zhNotFound from './zh/notFound.json';
import zhLesson from './zh/lesson.json';
import zhMdx from './zh/mdx.json';
import zhPages from './zh/pages.json';
import zhHome from './zh/home.json';
import zhGlossary from './zh/glossary.json';
import zhPlay from './zh/play.json';
import zhPlayer from './zh/player.json';
import zhCourse from './zh/course.json';
import zhTeacher from './zh/teacher.json';
import zhEngineWords from './zh/engineWords.json';

/** A catalogue: namespaces of (possibly nested) messages. */
export type Catalogue = Readonly<Record<string, unknown>>;

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  en: { site: enSite, notFound: enNotFound, lesson: enLesson, mdx: enMdx, pages: enPages, home: enHome, glossary: enGlossary, play: enPlay, player: enPlayer, course: enCourse, teacher: enTeacher, engineWords: enEngineWords },
  zh: { site: zhSite, notFound: zhNotFound, lesson: zhLesson, mdx: zhMdx, pages: zhPages, home: zhHome, glossary: zhGlossary, play: zhPlay, player: zhPlayer, course: zhCourse, teacher: zhTeacher, engineWords: zhEngineWords },
};
