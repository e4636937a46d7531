/** The part of better-sqlite3 (a dependency of Strapi's SQLite client, without its own types) that the tests use. */
declare module 'better-sqlite3' {
  export default class Database {
    constructor(filename: string, options?: { readonly?: boolean });
    readonly inTransaction: boolean;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    exec(source: string): this;
    close(): void;
  }
}
