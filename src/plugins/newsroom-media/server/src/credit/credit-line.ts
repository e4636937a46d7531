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

/** The credit forms a printed page carries, as `readPrintedCredit` reads them (named in import errors). */
export const PRINTED_CREDIT_FORMS = [
  '■ 摄影 记者 姓名',
  '■ 摄影 通讯员 姓名',
  '■ 特约摄影 姓名',
  '■ 摄影 姓名',
  '单位供图',
  '■ 单位供图',
  '(资料图片)',
  '（资料图片）',
] as const;

/** `(资料图片)` / `（资料图片）` printed at the end of a caption line. */
export const FILE_PHOTO_SUFFIX = /[(（]\s*资料图片\s*[)）]$/;

const FILE_PHOTO_ALONE = /^(?:[(（]\s*资料图片\s*[)）]|资料图片)$/;
const CREDIT_BULLET = '■';
// a provider named without the bullet must look like a name, not the end of a sentence
const BARE_PROVIDER = /^[^。！？!?，,；;：:“”"]{1,30}$/;

/** A printed credit line starts with `■` (the `供图` and `资料图片` forms may stand without it). */
export const isBulletedCreditLine = (line: string): boolean => line.trim().startsWith(CREDIT_BULLET);

const printedName = (value: string): string | null | undefined => {
  const name = value.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  // `■ 文/记者 张三`, `■ 摄影/记者 张三`: a name starts with a letter, never with a separator
  return /^[\p{L}\p{N}]/u.test(name) ? name : undefined;
};

/**
 * Reads a credit exactly as a printed page carries it (the forms in PRINTED_CREDIT_FORMS) back into a role and
 * a name: the strict inverse of `formatCreditLine` for zh-Hans. Returns null for a line that is none of them,
 * including a `■` line with a role the desk does not use (`■ 美编 张三`). A form with no name gives `name: null`.
 */
export const readPrintedCredit = (line: string): ParsedCredit | null => {
  const text = line.trim();
  const bulleted = text.startsWith(CREDIT_BULLET);
  const rest = (bulleted ? text.slice(CREDIT_BULLET.length) : text).trim();

  if (FILE_PHOTO_ALONE.test(rest)) return { creditRole: 'filePhoto', name: null };

  const provided = rest.match(/^([\s\S]*?)\s*供图$/);
  if (provided) {
    if (!bulleted && !BARE_PROVIDER.test(provided[1].trim())) return null;
    const name = printedName(provided[1]);
    return name === undefined ? null : { creditRole: 'provided', name };
  }
  if (!bulleted) return null;

  const contributing = rest.match(/^特约摄影\s*[:：]?\s*([\s\S]*)$/);
  if (contributing) {
    const name = printedName(contributing[1]);
    return name === undefined ? null : { creditRole: 'contributingPhotographer', name };
  }

  const photo = rest.match(/^摄影\s*[:：]?\s*([\s\S]*)$/);
  if (!photo) return null;
  const byRole = photo[1].match(/^(记者|通讯员)\s*([\s\S]*)$/);
  const creditRole: CreditRole | null = byRole ? (byRole[1] === '记者' ? 'staffReporter' : 'correspondent') : null;
  const name = printedName(byRole ? byRole[2] : photo[1]);
  return name === undefined ? null : { creditRole, name };
};
