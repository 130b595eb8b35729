import { Readable } from 'node:stream';

import { type TestApp } from './test-app';

/** Starts an import over GraphQL and PUTs the text to it in chunks, as a client would; the finished job. */
export async function importFile<Job extends { id: string }>(
  t: TestApp,
  token: string,
  text: string,
  options: {
    fields: string;
    mapping?: Record<string, unknown>;
    dryRun?: boolean;
    chunkSize?: number;
    fileName?: string;
  },
): Promise<Job> {
  const created = await t.gql<{ createDealImport: Job }>(
    `mutation($input: CreateDealImportInput!) { createDealImport(input: $input) { ${options.fields} } }`,
    {
      input: {
        fileName: options.fileName ?? 'upload.csv',
        sizeBytes: Buffer.byteLength(text),
        mapping: options.mapping,
        dryRun: options.dryRun,
      },
    },
    token,
  );
  const jobId = created.data?.createDealImport.id;
  if (!jobId) throw new Error(`createDealImport failed: ${JSON.stringify(created.errors)}`);
  const chunkSize = options.chunkSize ?? 64 * 1024;
  const chunks = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  const response = await fetch(t.url.replace('/graphql', `/imports/${jobId}`), {
    method: 'PUT',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: Readable.toWeb(Readable.from(chunks)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (response.status !== 200)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Job;
}
