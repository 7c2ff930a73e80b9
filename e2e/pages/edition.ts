import type { Locator, Page } from '@playwright/test';

/**
 * Latin words allowed on a Chinese page outside math and code: proper names and the terms the
 * Chinese edition keeps in Latin (optimizer and method names, the data sets, a few glosses the
 * lessons give in parentheses after the Chinese term). Compared in lower case.
 */
export const LATIN_KEPT = new Set(
  [
    'Descent', 'SGD', 'BGD', 'Adam', 'AdaGrad', 'RMSprop', 'Nesterov', 'BatchNorm', 'Hessian', 'WebGPU', 'WebGL', 'wasm', 'cpu', 'GPU',
    'tanh', 'ReLU', 'PCA', 'PyTorch', 'Keskar', 'Palmer', 'penguins', 'cars', 'vega', 'datasets', 'epoch', 'shuffle', 'plateau', 'lr',
    'float64', 'float32', 'float', 'WebAssembly', 'KaTeX', 'Markdown', 'MDX', 'softmax', 'warm-up', 'running', 'average', 'saddle-free', 'z-score', 'x-default',
    'AdamW', 'Li', 'al', 'et', 'min', 'max', 'log', 'exp', 'sqrt', 'cookie',
    // People and the test functions named after them.
    'Beale', 'Himmelblau', 'Rosenbrock', 'Goodfellow', 'Hinton', 'Kingma', 'Polyak', 'Ioffe', 'Szegedy', 'Coursera',
    'Geoffrey', 'Diederik', 'Jimmy', 'Sergey', 'Christian', 'Gorman', 'Williams', 'Fraser', 'Allison', 'Horst', 'Robbins', 'Monro',
    'Dauphin', 'Choromanska', 'Loshchilov', 'Hutter', 'Cohen', 'Kaur', 'Kolter', 'Talwalkar', 'Pascanu', 'Gulcehre', 'Cho', 'Ganguli',
    'Bengio', 'Kiros', 'Duchi', 'Hazan', 'Singer', 'Zeiler', 'Sutskever', 'Martens', 'Dahl', 'Santurkar', 'Transformer', 'AdaDelta',
    'Dinh', 'Goyal', 'Mudigere', 'Nocedal', 'Smelyanskiy', 'Tang', 'Smith', 'Bottou', 'Ilyas', 'LeCun', 'Lempitsky', 'Lipschitz', 'Madry',
    'Orr', 'Tsipras', 'Ulyanov', 'Vedaldi', 'Müller', 'Hao', 'StatLib', 'TensorFlow', 'L-BFGS', 'mpg', 'dropout', 'sigmoid',
    // The terrain language's words (the editor's reference: code a teacher types).
    'JSON', 'NaN', 'Infinity', 'True', 'False', 'abs', 'sin', 'cos', 'tan', 'sq', 'softplus', 'bump', 'x-cx', 'y-cy',
    // Formulas in option labels (momentum's two forms: "buf = μ·buf + g").
    'buf',
    // Greek letters named in words ("希腊字母 eta").
    'eta', 'mu', 'rho', 'beta', 'lambda', 'epsilon', 'delta', 'kappa',
  ].map((w) => w.toLowerCase()),
);

/** Page object for what a page says about its edition: the language and the switch. */
export class EditionPage {
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.languageSwitch = page.getByTestId('nav.language');
  }

  /** `<html lang>`. */
  lang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /**
   * The Latin words a reader sees outside math, code and anything marked lang="en" (the
   * glossary's English originals, the language switch), minus LATIN_KEPT and quoted titles of
   * cited works: on a Chinese page, English UI text that escaped the catalogue. Words of one or
   * two letters (symbols, units) pass.
   */
  async foreignWords(): Promise<string[]> {
    const kept = [...LATIN_KEPT];
    return this.page.evaluate((keep) => {
      const skip = (el: Element | null): boolean => {
        for (let e = el; e; e = e.parentElement) {
          if (e.matches('.katex, code, pre, kbd, .font-mono, script, style, noscript, [lang="en"], [aria-hidden="true"], [hidden], canvas, svg title')) return true;
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden') return true;
        }
        return false;
      };
      const out = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim() || skip(n.parentElement)) continue;
        // Titles of cited works stay as published: a quoted run of Latin text is a title.
        // An English gloss in full-width parentheses after a Chinese term is the term's original.
        const text = n.textContent.replace(/["“][^"”\p{Script=Han}]*["”]/gu, ' ').replace(/（[^（）\p{Script=Han}]*）/gu, ' ');
        for (const w of text.match(/\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}/gu) ?? []) {
          if (w.length >= 3 && !keep.includes(w.toLowerCase())) out.add(w);
        }
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
        if (skip(el)) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          for (const w of el.getAttribute(a)?.match(/\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}/gu) ?? []) {
            if (w.length >= 3 && !keep.includes(w.toLowerCase())) out.add(`${a}: ${w}`);
          }
        }
      }
      return [...out].sort();
    }, kept);
  }
}
