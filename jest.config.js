/** Test tiers by file suffix: `*.test.ts` unit (no database), `*.int.test.ts` against a booted Strapi. */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] };

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'int',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/int/**/*.int.test.ts'],
    },
  ],
};
