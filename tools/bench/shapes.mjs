// The read shapes of the side-by-side benchmark (issue 16): the same data asked of our API and of
// PostGraphile 5 (tools/bench/peer/server.mjs), and each answer reduced to plain rows so the two can be
// compared for equality before anything is timed. Money as minor units (our "1054.00" is the peer's
// amountMinor "105400"). Ties are broken by id in both, as our pages do.

/** Our decimal amount ("1054.00") as minor units ("105400"); null stays null. */
export function toMinor(amount) {
  if (amount === null || amount === undefined) return null;
  const [units, cents = ''] = amount.split('.');
  return BigInt(units + cents.padEnd(2, '0').slice(0, 2)).toString();
}

export const SHAPES = [
  {
    key: 'reps',
    name: '100 reps by name with team name',
    ours: '{ reps(first: 100, sort: { field: NAME, direction: ASC }) { edges { node { name team { name } } } } }',
    peer: '{ allReps(first: 100, orderBy: [NAME_ASC, ROW_ID_ASC]) { nodes { name teamByTeamId { name } } } }',
    oursRows: (data) => data.reps.edges.map(({ node }) => [node.name, node.team?.name ?? null]),
    peerRows: (data) => data.allReps.nodes.map((node) => [node.name, node.teamByTeamId?.name ?? null]),
  },
  {
    key: 'rep',
    name: 'one rep, team, 10 largest won deals',
    ours: `query($id: ID!) { rep(id: $id) { name team { name } }
      deals(first: 10, filter: { repId: $id, stageKind: WON }, sort: { field: AMOUNT, direction: DESC }) {
        edges { node { externalId amount { amount } } } } }`,
    peer: `query($id: UUID!) { repByRowId(rowId: $id) { name teamByTeamId { name }
      dealsByRepId(first: 10, condition: { stageKind: "WON" }, orderBy: [AMOUNT_DESC, ROW_ID_DESC]) {
        nodes { externalId amountMinor } } } }`,
    oursRows: (data) => [
      [data.rep.name, data.rep.team?.name ?? null],
      ...data.deals.edges.map(({ node }) => [node.externalId, toMinor(node.amount?.amount)]),
    ],
    peerRows: (data) => [
      [data.repByRowId.name, data.repByRowId.teamByTeamId?.name ?? null],
      ...data.repByRowId.dealsByRepId.nodes.map((node) => [node.externalId, node.amountMinor]),
    ],
  },
  {
    key: 'deals',
    name: '100 won deals by amount with rep name',
    ours: `{ deals(first: 100, filter: { stageKind: WON }, sort: { field: AMOUNT, direction: DESC }) {
      edges { node { externalId amount { amount } repName } } } }`,
    peer: `{ allDeals(first: 100, condition: { stageKind: "WON" }, orderBy: [AMOUNT_DESC, ROW_ID_DESC]) {
      nodes { externalId amountMinor repByRepId { name } } } }`,
    oursRows: (data) =>
      data.deals.edges.map(({ node }) => [node.externalId, toMinor(node.amount?.amount), node.repName]),
    peerRows: (data) =>
      data.allDeals.nodes.map((node) => [node.externalId, node.amountMinor, node.repByRepId?.name ?? null]),
  },
  {
    key: 'leaderboard',
    name: 'leaderboard FY2017-Q3, from the cache',
    ours: `{ leaderboard(period: "FY2017-Q3", first: 100) {
      rows { rank repName wonRevenue { amount } winRate openPipeline { amount } } } }`,
    peer: null,
    oursRows: (data) => data.leaderboard.rows.map((row) => [row.rank, row.repName]),
    peerRows: null,
  },
];
