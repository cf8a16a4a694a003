import { Readable } from 'node:stream';
import Decimal from 'decimal.js';
import { Client } from 'pg';
import {
  copyFrom,
  copyTextRows,
  createOrm,
  insertFromUnnest,
  sqlClientOf,
  upsert,
  type BulkColumn,
  type MikroORM,
} from '../../src/db';
import { entities } from '../../src/modules';
import { startTestApp, type TestApp } from '../support/test-app';

/** The bulk SQL helpers against real PostgreSQL, as the owner and as the application role. */
let t: TestApp;
let owner: Client;

// identifiers that only survive if every one of them is quoted
const TABLE = 'bulk "quoted" Table';
const COLUMNS: BulkColumn[] = [
  { name: 'select', type: 'text' },
  { name: 'Mixed Case', type: 'numeric(30, 10)' },
  { name: 'a"b', type: 'date' },
  { name: 'flag', type: 'boolean' },
  { name: 'tags', type: 'text[]' },
  { name: 'doc', type: 'jsonb' },
  { name: 'at', type: 'timestamp with time zone' },
  { name: 'n', type: 'integer' },
];
const READ_BACK = `select "select" as key, "Mixed Case"::text as amount, "a""b"::text as day, flag, tags,
  doc, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as at, n
  from "bulk ""quoted"" Table"`;

beforeAll(async () => {
  t = await startTestApp();
  owner = new Client({ connectionString: t.db.ownerUrl });
  await owner.connect();
  await owner.query(`create table "bulk ""quoted"" Table" (
    "select" text primary key, "Mixed Case" numeric(30, 10), "a""b" date, flag boolean,
    tags text[], doc jsonb, at timestamptz, n integer)`);
  await owner.query(
    'create table bulk_plain (id integer primary key, name text not null, amount numeric(14, 2), note text)',
  );
});
afterAll(async () => {
  await owner.end();
  await t.stop();
});
beforeEach(async () => {
  await owner.query('truncate "bulk ""quoted"" Table", bulk_plain');
});

/** Counts the statements a helper sends. */
function counting(client: Client) {
  const sent: string[] = [];
  return {
    sent,
    query: ((text: string, values?: unknown[]) => {
      sent.push(text);
      return client.query(text, values);
    }) as Client['query'],
  };
}

describe('insertFromUnnest', () => {
  it('quotes every identifier, casts every type, and keeps NULLs, quotes and backslashes', async () => {
    const result = await insertFromUnnest(
      owner,
      TABLE,
      COLUMNS,
      [
        [
          'a',
          '12345678901234567890.0123456789',
          '2025-08-01',
          true,
          ['x', null, 'y,"z"', 'back\\slash', '{}', 'NULL'],
          { k: ['v', 1, null], 中文: '医保' },
          new Date(Date.UTC(2025, 7, 1, 12, 30, 45, 123)),
          42,
        ],
        ['b', null, undefined, false, [], [1, 2], '2025-08-01T00:00:00+08:00', null],
        ['NULL', null, null, null, null, null, null, -1],
        [
          'quote "\' \\ \t tab',
          new Decimal('0.1').plus('0.2'),
          null,
          null,
          ['a\tb\nc'],
          'null',
          null,
          0,
        ],
      ],
      { returning: ['select'] },
    );
    expect(result).toMatchObject({ rowCount: 4, batches: 1 });
    expect(result.rows.map((r) => r.select)).toEqual(['a', 'b', 'NULL', 'quote "\' \\ \t tab']);
    const rows = await owner.query(`${READ_BACK} order by n nulls first`);
    expect(rows.rows).toEqual([
      {
        key: 'b',
        amount: null,
        day: null,
        flag: false,
        tags: [],
        doc: [1, 2],
        at: '2025-07-31T16:00:00.000',
        n: null,
      },
      {
        key: 'NULL',
        amount: null,
        day: null,
        flag: null,
        tags: null,
        doc: null,
        at: null,
        n: -1,
      },
      {
        key: 'quote "\' \\ \t tab',
        amount: '0.3000000000',
        day: null,
        flag: null,
        tags: ['a\tb\nc'],
        doc: null,
        at: null,
        n: 0,
      },
      {
        key: 'a',
        amount: '12345678901234567890.0123456789',
        day: '2025-08-01',
        flag: true,
        tags: ['x', null, 'y,"z"', 'back\\slash', '{}', 'NULL'],
        doc: { k: ['v', 1, null], 中文: '医保' },
        at: '2025-08-01T12:30:45.123',
        n: 42,
      },
    ]);
    // the string 'NULL' is text, not NULL; the JSON text 'null' is a JSON null
    expect(
      (
        await owner.query(
          `select doc is null as sql_null, doc = 'null'::jsonb as json_null from "bulk ""quoted"" Table" where n = 0`,
        )
      ).rows,
    ).toEqual([{ sql_null: false, json_null: true }]);
  });

  it('keeps decimals exact: strings and Decimals never pass through a float', async () => {
    const values = [
      '0.1',
      '99999999999999999999.9999999999',
      '-0.0000000001',
      new Decimal('1e-10'),
      new Decimal('123456789012345678.9').times(10),
      0.1 + 0.2, // a JavaScript float arrives as the float it is, digit for digit
    ];
    await insertFromUnnest(
      owner,
      TABLE,
      [COLUMNS[0], COLUMNS[1]],
      values.map((v, i) => [`k${i}`, v]),
    );
    const rows = await owner.query<{ key: string; amount: string }>(
      `${READ_BACK} order by "select"`,
    );
    expect(rows.rows.map((r) => r.amount)).toEqual([
      '0.1000000000',
      '99999999999999999999.9999999999',
      '-0.0000000001',
      '0.0000000001',
      '1234567890123456789.0000000000',
      '0.3000000000', // numeric(30, 10) rounds 0.30000000000000004
    ]);
  });

  it('sends no statement for no rows', async () => {
    const client = counting(owner);
    const result = await insertFromUnnest(client, 'bulk_plain', [{ name: 'id', type: 'int' }], []);
    expect(result).toEqual({ rowCount: 0, batches: 0, rows: [] });
    expect(client.sent).toEqual([]);
  });

  it('writes a large batch as one statement with one parameter per column, or in batches', async () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => [i, `name ${i}`, `${i}.${i % 100}`]);
    const columns: BulkColumn[] = [
      { name: 'id', type: 'integer' },
      { name: 'name', type: 'text' },
      { name: 'amount', type: 'numeric(14, 2)' },
    ];
    const one = counting(owner);
    const whole = await insertFromUnnest(one, 'bulk_plain', columns, rows, {
      batchSize: rows.length,
    });
    expect(whole).toMatchObject({ rowCount: 120_000, batches: 1 });
    expect(one.sent).toHaveLength(1);
    await owner.query('truncate bulk_plain');
    const batched = counting(owner);
    expect(await insertFromUnnest(batched, 'bulk_plain', columns, rows)).toMatchObject({
      rowCount: 120_000,
      batches: 24,
    });
    expect(batched.sent).toHaveLength(24);
    expect(
      (
        await owner.query(
          'select count(*)::int as n, sum(amount)::text as total, max(id) as top from bulk_plain',
        )
      ).rows,
    ).toEqual([
      {
        n: 120_000,
        total: rows.reduce((sum, r) => sum.plus(r[2] as string), new Decimal(0)).toFixed(2),
        top: 119_999,
      },
    ]);
  });

  it('refuses a type that is not a type name, and rows of the wrong width', async () => {
    await expect(
      insertFromUnnest(
        owner,
        'bulk_plain',
        [{ name: 'id', type: 'int); drop table x; --' }],
        [[1]],
      ),
    ).rejects.toThrow(/not a type name/);
    await expect(
      insertFromUnnest(owner, 'bulk_plain', [{ name: 'id', type: 'integer' }], [[1, 2]]),
    ).rejects.toThrow(/2 values for 1 columns/);
    await expect(
      insertFromUnnest(owner, 'bulk_plain', [{ name: 'id', type: 'integer' }], [[Number.NaN]]),
    ).rejects.toThrow(/finite/);
  });
});

describe('upsert', () => {
  const columns: BulkColumn[] = [
    { name: 'id', type: 'integer' },
    { name: 'name', type: 'text' },
    { name: 'amount', type: 'numeric(14, 2)' },
    { name: 'note', type: 'text' },
  ];

  it('inserts new rows, updates changed ones, leaves equal ones alone, and says which', async () => {
    const first = await upsert(
      owner,
      'bulk_plain',
      columns,
      [
        [1, 'one', '1.00', null],
        [2, 'two', '2.00', 'n'],
        [3, 'three', '3.00', null],
      ],
      { conflict: ['id'], returning: ['id'] },
    );
    expect(first).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rowCount: 3 });
    const second = await upsert(
      owner,
      'bulk_plain',
      columns,
      [
        [1, 'one', '1.00', null], // same (numeric 1.00 = '1.0' would be the same too)
        [2, 'two', '2.50', 'n'], // amount changed
        [3, 'three', '3.0', null], // same number, other spelling
        [4, 'four', null, null], // new
        [5, 'five', '5', 'x'], // new
      ],
      { conflict: ['id'], returning: ['id'], batchSize: 2 },
    );
    expect(second).toMatchObject({ inserted: 2, updated: 1, unchanged: 2, batches: 3 });
    expect(second.rows.map((r) => [r.id, r.inserted]).sort()).toEqual([
      [2, false],
      [4, true],
      [5, true],
    ]);
    expect((await owner.query('select id, amount::text from bulk_plain order by id')).rows).toEqual(
      [
        { id: 1, amount: '1.00' },
        { id: 2, amount: '2.50' },
        { id: 3, amount: '3.00' },
        { id: 4, amount: null },
        { id: 5, amount: '5.00' },
      ],
    );
  });

  it('updates only the columns named, every conflicting row when asked, or nothing', async () => {
    await upsert(owner, 'bulk_plain', columns, [[1, 'one', '1.00', 'keep']], { conflict: ['id'] });
    const named = await upsert(owner, 'bulk_plain', columns, [[1, 'uno', '9.99', 'lost']], {
      conflict: ['id'],
      update: ['name'],
    });
    expect(named).toMatchObject({ updated: 1, inserted: 0 });
    const same = await upsert(owner, 'bulk_plain', columns, [[1, 'uno', '1.00', 'keep']], {
      conflict: ['id'],
      onlyChanged: false,
    });
    expect(same).toMatchObject({ updated: 1, unchanged: 0 });
    const nothing = await upsert(
      owner,
      'bulk_plain',
      columns,
      [
        [1, 'other', '2.00', 'x'],
        [2, 'two', null, null],
      ],
      { conflict: ['id'], update: 'nothing', returning: ['id'] },
    );
    expect(nothing).toMatchObject({ inserted: 1, updated: 0, unchanged: 1 });
    expect(nothing.rows).toEqual([{ inserted: true, id: 2 }]);
    expect((await owner.query('select * from bulk_plain where id = 1')).rows).toEqual([
      { id: 1, name: 'uno', amount: '1.00', note: 'keep' },
    ]);
  });

  it('refuses a key repeated within one batch (PostgreSQL cannot affect a row twice)', async () => {
    await expect(
      upsert(
        owner,
        'bulk_plain',
        columns,
        [
          [1, 'a', null, null],
          [1, 'b', null, null],
        ],
        { conflict: ['id'] },
      ),
    ).rejects.toThrow(/cannot affect row a second time/);
    await expect(
      upsert(owner, 'bulk_plain', columns, [], { conflict: ['missing'] }),
    ).rejects.toThrow(/conflict column missing/);
  });

  it('quotes the key and the updated columns', async () => {
    const quoted = [COLUMNS[0], COLUMNS[1], COLUMNS[2]];
    await upsert(owner, TABLE, quoted, [['k', '1', '2025-01-01']], { conflict: ['select'] });
    const again = await upsert(owner, TABLE, quoted, [['k', '2', '2025-01-01']], {
      conflict: ['select'],
    });
    expect(again).toMatchObject({ updated: 1 });
    expect((await owner.query(`${READ_BACK}`)).rows[0]).toMatchObject({
      key: 'k',
      amount: '2.0000000000',
    });
  });
});

describe('copyFrom', () => {
  it('streams COPY text with tabs, newlines, backslashes, NULLs and Chinese text', async () => {
    const rows = [
      [1, 'tab\there', '1.10', 'line\nbreak'],
      [2, 'back\\slash \\N', null, '\r\n'],
      [3, '四川大学华西医院', '0.01', null],
    ];
    const copied = await copyFrom(
      owner,
      'bulk_plain',
      ['id', 'name', 'amount', 'note'],
      copyTextRows(rows),
    );
    expect(copied).toBe(3);
    expect(
      (await owner.query('select id, name, amount::text, note from bulk_plain order by id')).rows,
    ).toEqual([
      { id: 1, name: 'tab\there', amount: '1.10', note: 'line\nbreak' },
      { id: 2, name: 'back\\slash \\N', amount: null, note: '\r\n' },
      { id: 3, name: '四川大学华西医院', amount: '0.01', note: null },
    ]);
  });

  it('copies CSV with a header from a byte stream split anywhere, even inside a character', async () => {
    const csv = Buffer.from('id,name,amount\n1,"痔病, 混合痔",1.5\n2,项痹病,\n3,"say ""hi""",2\n');
    // 3-byte chunks: UTF-8 characters and rows are cut at arbitrary points
    const chunks = Array.from({ length: Math.ceil(csv.length / 3) }, (_, i) =>
      csv.subarray(i * 3, i * 3 + 3),
    );
    const copied = await copyFrom(
      owner,
      'bulk_plain',
      ['id', 'name', 'amount'],
      Readable.from(chunks),
      {
        format: 'csv',
        header: true,
      },
    );
    expect(copied).toBe(3);
    expect(
      (await owner.query('select id, name, amount::text from bulk_plain order by id')).rows,
    ).toEqual([
      { id: 1, name: '痔病, 混合痔', amount: '1.50' },
      { id: 2, name: '项痹病', amount: null },
      { id: 3, name: 'say "hi"', amount: '2.00' },
    ]);
  });

  it.each([
    ['4 KB chunks (many CopyData messages)', 4096],
    ['4 MB chunks (the socket fills: the helper waits for it to drain)', 1 << 22],
  ])('streams a large table in %s', async (_label, chunkBytes) => {
    async function* many() {
      for (let i = 0; i < 200_000; i++) yield [i, `name ${i}`, `${i % 1000}.25`, null];
    }
    const copied = await copyFrom(
      owner,
      'bulk_plain',
      ['id', 'name', 'amount', 'note'],
      copyTextRows(many(), chunkBytes),
    );
    expect(copied).toBe(200_000);
    expect(
      (await owner.query('select count(*)::int as n, sum(amount)::text as total from bulk_plain'))
        .rows,
    ).toEqual([{ n: 200_000, total: '99950000.00' }]);
  });

  it('fails whole on a bad line or a failing source, and leaves the connection usable', async () => {
    await expect(
      copyFrom(owner, 'bulk_plain', ['id', 'name'], ['1\tok\n', 'two\tbad id\n', '3\tok\n']),
    ).rejects.toThrow(/invalid input syntax for type integer/);
    async function* failing() {
      yield '1\tfirst\n';
      throw new Error('disk on fire');
    }
    await expect(copyFrom(owner, 'bulk_plain', ['id', 'name'], failing())).rejects.toThrow(
      'disk on fire',
    );
    await expect(copyFrom(owner, 'no_such_table', ['id'], ['1\n'])).rejects.toThrow(
      /does not exist/,
    );
    expect((await owner.query('select count(*)::int as n from bulk_plain')).rows).toEqual([
      { n: 0 },
    ]);
    // positive control: the same connection copies fine afterwards
    expect(await copyFrom(owner, 'bulk_plain', ['id', 'name'], ['1\tok\n'])).toBe(1);
  });

  it('as the application role: refused on an RLS table, staged in a temporary table and moved on under the policies', async () => {
    const app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
    const chengdu = ['REGION', '510100', '510000'];
    const row = (code: string, region: string) => [
      code,
      '510000',
      region,
      `测试医院 ${code}`,
      'PRIMARY',
      'GENERAL',
    ];
    const columns = ['code', 'province_code', 'region_code', 'name', 'level', 'type'];
    const inTransaction = async (work: () => Promise<unknown>) => {
      await app.query('begin');
      try {
        await app.query(
          "select set_config('app.scope', $1, true), set_config('app.code', $2, true), set_config('app.province', $3, true)",
          chengdu,
        );
        return await work();
      } finally {
        await app.query('rollback');
      }
    };
    try {
      await inTransaction(async () => {
        await expect(
          copyFrom(app, 'hospital', columns, copyTextRows([row('H51010088801', '510100')])),
        ).rejects.toThrow(/row-level security/);
      });
      const stored = await inTransaction(async () => {
        await app.query(
          'create temporary table hospital_stage (like hospital including defaults) on commit drop',
        );
        await copyFrom(
          app,
          'hospital_stage',
          columns,
          copyTextRows([row('H51010088801', '510100'), row('H51010088802', '510100')]),
        );
        const moved = await app.query(
          'insert into hospital select * from hospital_stage returning code',
        );
        return moved.rows.map((r: { code: string }) => r.code);
      });
      expect(stored).toEqual(['H51010088801', 'H51010088802']);
      // another region's hospital in the stage is refused by the insert policy
      await inTransaction(async () => {
        await app.query(
          'create temporary table hospital_stage (like hospital including defaults) on commit drop',
        );
        await copyFrom(
          app,
          'hospital_stage',
          columns,
          copyTextRows([row('H51030088803', '510300')]),
        );
        await expect(
          app.query('insert into hospital select * from hospital_stage'),
        ).rejects.toThrow(/row-level security/);
      });
    } finally {
      await app.end();
    }
  });
});

describe('sqlClientOf', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createOrm({ url: t.db.ownerUrl, entities, poolMax: 2 });
  });
  afterAll(() => orm.close());

  it("runs on the EntityManager's transaction: seen by its queries, rolled back with it", async () => {
    await orm.em
      .fork()
      .transactional(async (em) => {
        const client = await sqlClientOf(em);
        await insertFromUnnest(
          client,
          'bulk_plain',
          [
            { name: 'id', type: 'integer' },
            { name: 'name', type: 'text' },
          ],
          [[7, 'seven']],
        );
        await copyFrom(client, 'bulk_plain', ['id', 'name'], ['8\teight\n']);
        expect(await em.execute('select id from bulk_plain order by id')).toEqual([
          { id: 7 },
          { id: 8 },
        ]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await owner.query('select count(*)::int as n from bulk_plain')).rows).toEqual([
      { n: 0 },
    ]);
    await expect(sqlClientOf(orm.em.fork())).rejects.toThrow(/inside a transaction/);
  });
});
