// The peer of the side-by-side benchmark: PostGraphile 5 (amber preset) over the same database as our
// API, plus what its shapes need that PostGraphile does not infer (it orders only by indexed columns):
// reps by name and deals by amount, each with our sort's own expression (so both servers sort alike and
// can use the same indexes), and a `stageKind` condition on deals (the stage's kind, as our
// `filter: { stageKind }`). The benchmark adds ROW_ID_ASC / ROW_ID_DESC after them, as our pages do.
// Usage: DATABASE_URL=... PORT=... node --require ./with-resolvers.cjs server.mjs
import { createServer } from 'node:http';

import { postgraphile } from 'postgraphile';
import { TYPES } from 'postgraphile/@dataplan/pg';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { addPgTableCondition, addPgTableOrderBy, orderByAscDesc } from 'postgraphile/utils';

const deal = { schemaName: 'public', tableName: 'deal' };

const RepNameOrder = addPgTableOrderBy({ schemaName: 'public', tableName: 'rep' }, ({ sql }) =>
  orderByAscDesc('NAME', (queryBuilder) => ({
    fragment: sql`lower(${queryBuilder.alias}.name)`,
    codec: TYPES.text,
  })),
);

const DealAmountOrder = addPgTableOrderBy(deal, ({ sql }) =>
  orderByAscDesc('AMOUNT', (queryBuilder) => ({
    fragment: sql`coalesce(${queryBuilder.alias}.amount_minor, -1)`,
    codec: TYPES.bigint,
  })),
);

const DealStageKindCondition = addPgTableCondition(
  deal,
  'stageKind',
  (build) => ({ type: build.graphql.GraphQLString }),
  (value, { sql, sqlTableAlias }) =>
    sql`exists (select 1 from sales_stage where sales_stage.id = ${sqlTableAlias}.stage_id and sales_stage.kind = ${sql.value(value)})`,
);

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [RepNameOrder, DealAmountOrder, DealStageKindCondition],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const server = createServer();
pgl.createServ(grafserv).addTo(server);
server.listen(Number(process.env.PORT ?? 5678), '127.0.0.1', () =>
  console.log(`peer listening on ${process.env.PORT ?? 5678}`),
);
const stop = () => server.close(() => pgl.release().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
