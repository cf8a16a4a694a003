import type { RunningApp } from '../../src/app';

/** Counts SQL statements the application ORM sends (every statement, transaction control included). */
export function countStatements(app: RunningApp) {
  const knex = app.orm.em.getConnection().getKnex();
  const seen: string[] = [];
  const listener = (data: { sql: string }) => seen.push(data.sql);
  knex.on('query', listener);
  return {
    get statements() {
      return seen;
    },
    /** Statements other than begin/commit/rollback/savepoint. */
    get dataStatements() {
      return seen.filter((sql) => !/^\s*(begin|commit|rollback|savepoint|release)/i.test(sql));
    },
    stop: () => knex.removeListener('query', listener),
  };
}
