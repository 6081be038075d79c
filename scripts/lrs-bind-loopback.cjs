// Preloaded into the LRS process: Learning Locker's statement service listens on every interface,
// and the local LRS must never be reachable from outside this machine.
const net = require('node:net');

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    const port = Number(args[0]);
    const rest = args.slice(1).filter((arg) => typeof arg !== 'string');
    return originalListen.call(this, port, '127.0.0.1', ...rest);
  }
  if (args[0] && typeof args[0] === 'object' && 'port' in args[0]) {
    return originalListen.call(this, { ...args[0], host: '127.0.0.1' }, ...args.slice(1));
  }
  return originalListen.apply(this, args);
};
