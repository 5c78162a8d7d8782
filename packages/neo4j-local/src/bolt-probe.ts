import net from "node:net";

export type PortState = "bolt" | "other" | "closed";

/** Bolt magic preamble followed by four version proposals: 5.0–5.8 and 4.4. */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00,
]);

/**
 * What listens on host:port: a Bolt server (it answers the handshake with a version), some other
 * program (it accepts the connection but does not speak Bolt), or nothing.
 */
export function probePort(host: string, port: number, timeoutMs = 2000): Promise<PortState> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let connected = false;
    let settled = false;
    const finish = (state: PortState) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(state);
    };
    socket.setTimeout(timeoutMs, () => finish(connected ? "other" : "closed"));
    socket.on("connect", () => {
      connected = true;
      socket.write(HANDSHAKE);
    });
    let received = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const [b0, b1, minor, major] = received;
      const isBolt = b0 === 0 && b1 === 0 && major !== undefined && major >= 3 && major <= 6 && minor !== undefined;
      finish(isBolt ? "bolt" : "other");
    });
    socket.on("error", () => finish(connected ? "other" : "closed"));
    socket.on("close", () => finish(connected ? "other" : "closed"));
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (for a server of one's own). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
