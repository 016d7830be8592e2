import WebSocket from 'ws'

/**
 * ws throws when a socket still connecting is closed and nobody listens for
 * its 'error' (the provider removes its listeners before closing): one that
 * always listens, so a disconnect while connecting never crashes main.
 */
export class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => undefined)
  }
}
