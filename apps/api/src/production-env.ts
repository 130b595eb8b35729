// The API server runs its libraries in production mode unless NODE_ENV says otherwise. Outside it,
// graphql-js's `instanceOf`, called for every field of every row, looks for a second copy of graphql on each
// miss (2 to 3 % of a reps page's CPU in a profile), and Express's own error pages would carry stack traces.
// Imported first by main.ts, before anything loads graphql or Express (they read NODE_ENV once, on load).
process.env['NODE_ENV'] ??= 'production';
