// PostGraphile 5 wants Node 22's Promise.withResolvers; the root runs Node 20. Loaded with
// NODE_OPTIONS=--require by tools/bench/peer.mjs (only into the peer's process).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
