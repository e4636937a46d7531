import type { Core } from '@strapi/strapi';
import { DEFAULT_ADMIN_LANGUAGE, defaultAdminLanguage } from '../../src/bootstrap/admin-language';

type Hook = (event: { params: { data?: unknown } }) => void;
interface Subscriber {
  models: string[];
  beforeCreate: Hook;
  beforeCreateMany: Hook;
}

const subscribe = (): Subscriber => {
  const subscribeMock = jest.fn();
  defaultAdminLanguage({ db: { lifecycles: { subscribe: subscribeMock } } } as unknown as Core.Strapi);
  expect(subscribeMock).toHaveBeenCalledTimes(1);
  return subscribeMock.mock.calls[0][0] as Subscriber;
};

describe('defaultAdminLanguage', () => {
  it('watches admin users only', () => {
    expect(subscribe().models).toEqual(['admin::user']);
  });

  it('gives a new admin user without a language zh-Hans', () => {
    // Given a user created the way the first-admin form, an invitation or the demo accounts create one
    const data: Record<string, unknown> = { email: 'editor@newsroom.local', firstname: '编辑' };
    // When it is about to be written
    subscribe().beforeCreate({ params: { data } });
    // Then it has the newsroom's language
    expect(data.preferedLanguage).toBe(DEFAULT_ADMIN_LANGUAGE);
    expect(DEFAULT_ADMIN_LANGUAGE).toBe('zh-Hans');
  });

  it('treats null and an empty string as no choice', () => {
    const hooks = subscribe();
    const cleared = { preferedLanguage: null };
    const blank = { preferedLanguage: '' };
    hooks.beforeCreate({ params: { data: cleared } });
    hooks.beforeCreate({ params: { data: blank } });
    expect([cleared.preferedLanguage, blank.preferedLanguage]).toEqual(['zh-Hans', 'zh-Hans']);
  });

  it('keeps a language that was chosen', () => {
    const data = { preferedLanguage: 'en' };
    subscribe().beforeCreate({ params: { data } });
    expect(data.preferedLanguage).toBe('en');
  });

  it('sets the language of each user created at once', () => {
    const rows = [{ email: 'a@newsroom.local' }, { email: 'b@newsroom.local', preferedLanguage: 'en' }];
    subscribe().beforeCreateMany({ params: { data: rows } });
    expect(rows.map((row) => (row as { preferedLanguage?: string }).preferedLanguage)).toEqual(['zh-Hans', 'en']);
  });

  it('leaves a write without data alone', () => {
    expect(() => subscribe().beforeCreate({ params: {} })).not.toThrow();
  });
});
