/**
 * Test tiers by file suffix: `*.test.ts` unit (no database), `*.int.test.ts` against a booted Strapi,
 * `*.e2e.test.ts` in a real browser against a booted Strapi serving the built admin panel, `*.cluster.test.ts`
 * two built instances behind nginx on PostgreSQL and Redis.
 */
// files that apply to one database only run in that database's tier (named *-postgres / *-sqlite)
const otherDatabase = process.env.TEST_DATABASE === 'postgres' ? 'sqlite' : 'postgres';

const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] };
// the app's alias for the newsroom-media plugin's public entry (package.json `imports`): its source under Jest
const moduleNameMapper = { '^#newsroom-media$': '<rootDir>/src/plugins/newsroom-media/server/src/public.ts' };

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      // the plugins' own tests sit next to their code
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/src/plugins/*/server/src/**/*.test.ts'],
    },
    {
      displayName: 'int',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/int/**/*.int.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', `-${otherDatabase}\\.int\\.test\\.ts$`],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
    },
    {
      displayName: 'cluster',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/cluster/**/*.cluster.test.ts'],
    },
  ],
};
