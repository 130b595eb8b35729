// The suite runs against a built API that `npm test` starts on a fresh, seeded database.
export default function requireServer(): void {
  if (!process.env['E2E_BASE_URL']) {
    throw new Error(
      'E2E_BASE_URL is not set: run the e2e suites through `npm test`, which builds and starts the API for them.',
    );
  }
}
