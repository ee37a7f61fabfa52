// Stand-in for the `server-only` marker in vitest: the tests run server code outside a
// react-server bundle, where Next.js resolves it to an empty module too.
export {};
