/**
 * The one place that turns a photo's credit fields into the line printed under it, and reads a printed or
 * embedded credit back into a role and a name.
 */

export const CREDIT_ROLES = [
  'staffReporter',
  'correspondent',
  'contributingPhotographer',
  'provided',
  'filePhoto',
] as const;

export type CreditRole = (typeof CREDIT_ROLES)[number];

/** What each role is called on the news desk (and in a byline). */
export const CREDIT_ROLE_TITLES: Record<CreditRole, string> = {
  staffReporter: '记者',
  correspondent: '通讯员',
  contributingPhotographer: '特约摄影',
  provided: '供图',
  filePhoto: '资料图片',
};

export interface CreditPerson {
  name?: string | null;
  nameEn?: string | null;
  defaultRole?: CreditRole | null;
}

export interface PhotoCredit {
  creditRole?: CreditRole | null;
  creditName?: string | null;
  photographer?: CreditPerson | null;
}

const isChinese = (locale: string | null | undefined): boolean => !locale || locale.toLowerCase().startsWith('zh');

const clean = (value: string | null | undefined): string => (value ?? '').trim();

/** The name a person is credited with in a locale: the Chinese name in zh (or no locale), else the English one, else the Chinese. */
export const creditedName = (person: CreditPerson | null | undefined, locale: string | null | undefined): string =>
  isChinese(locale) ? clean(person?.name) : clean(person?.nameEn) || clean(person?.name);

/**
 * zh-Hans follows the print convention (`■ 摄影 记者 陈文骁`, `■ 市总工会供图`, `资料图片`);
 * en reads `Photo: Chen Wenxiao, staff reporter`. Returns null when there is nothing to credit.
 */
export const formatCreditLine = (credit: PhotoCredit, locale: string | null | undefined): string | null => {
  const { photographer } = credit;
  const role = credit.creditRole ?? photographer?.defaultRole ?? null;
  const chinese = isChinese(locale);
  const personName = creditedName(photographer, locale);
  const freeName = clean(credit.creditName);

  if (role === 'filePhoto') return chinese ? '资料图片' : 'File photo';

  if (role === 'provided') {
    const provider = freeName || personName;
    if (!provider) return null;
    return chinese ? `■ ${provider}供图` : `Photo courtesy of ${provider}`;
  }

  const name = personName || freeName;
  if (!name) return null;

  switch (role) {
    case 'staffReporter':
      return chinese ? `■ 摄影 记者 ${name}` : `Photo: ${name}, staff reporter`;
    case 'correspondent':
      return chinese ? `■ 摄影 通讯员 ${name}` : `Photo: ${name}, correspondent`;
    case 'contributingPhotographer':
      return chinese ? `■ 特约摄影 ${name}` : `Photo: ${name}, contributing photographer`;
    default:
      return chinese ? `■ 摄影 ${name}` : `Photo: ${name}`;
  }
};

export interface ParsedCredit {
  creditRole: CreditRole | null;
  name: string | null;
}

const ROLE_WORDS: Array<[RegExp, CreditRole]> = [
  [/^(?:摄影\s*)?记者\s*/, 'staffReporter'],
  [/^(?:摄影\s*)?通讯员\s*/, 'correspondent'],
  [/^特约摄影\s*/, 'contributingPhotographer'],
];

/**
 * Reads a printed or embedded credit (`■ 摄影 记者 陈文骁`, `通讯员 徐度晓`, `市总工会供图`, `(资料图片)`)
 * back into a role and a name: the inverse of `formatCreditLine` for zh-Hans.
 */
export const parseCreditText = (text: string): ParsedCredit | null => {
  let rest = text.replace(/^[\s■□▲●]+/, '').trim();
  if (!rest) return null;
  if (/^[(（]?资料图片[)）]?$/.test(rest)) return { creditRole: 'filePhoto', name: null };

  const provided = rest.match(/^(.+?)\s*(?:供图|提供)$/);
  if (provided) return { creditRole: 'provided', name: provided[1].trim() };

  for (const [pattern, creditRole] of ROLE_WORDS) {
    if (pattern.test(rest)) {
      const name = rest.replace(pattern, '').trim();
      return { creditRole, name: name || null };
    }
  }
  rest = rest.replace(/^摄影\s*/, '').trim();
  return rest ? { creditRole: null, name: rest } : null;
};
