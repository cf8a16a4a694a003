import type { RunningApp } from '../../src/app';

/** Counts SQL statements the application ORM sends (every statement, transaction control included). */
export function countStatements(app: RunningApp) {
  const knex = app.orm.em.getConnection().getKnex();
  const seen: string[] = [];
  let pipelined = 0;
  const listener = (data: { sql: string; pipelined?: boolean }) => {
    seen.push(data.sql);
    if (data.pipelined) pipelined += 1;
  };
  knex.on('query', listener);
  return {
    get statements() {
      return seen;
    },
    /**
     * Round trips to the database: statements, less those that travelled in the same write as
     * the next one (a transaction's `BEGIN` and tenant settings ride with its first statement).
     */
    get roundTrips() {
      return seen.length - pipelined;
    },
    /** Statements other than begin/commit/rollback/savepoint. */
    get dataStatements() {
      return seen.filter((sql) => !/^\s*(begin|commit|rollback|savepoint|release)/i.test(sql));
    },
    stop: () => knex.removeListener('query', listener),
  };
}
