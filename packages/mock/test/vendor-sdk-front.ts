// The vendor's Node SDK (`loginradius-sdk`) pointed at a local server. The SDK speaks HTTPS to port 443 of its
// `apiDomain` only, so a loopback TLS front with a throwaway self-signed certificate (made in-process by
// `selfsigned`) terminates TLS and pipes to the server, and an https agent that trusts that certificate points
// the SDK's connections at the front.
import https from 'node:https';
import { createRequire } from 'node:module';
import { connect as netConnect } from 'node:net';
import tls from 'node:tls';
import { generate } from 'selfsigned';

export interface VendorSdk {
  multiFactorAuthenticationApi: {
    mfaValidateOTPByPhone(body: { otp: string }, token: string): Promise<Record<string, unknown>>;
    mfaResendOTP(
      token: string,
      smsTemplate2FA?: string | null,
      isVoiceOtp?: boolean | null,
    ): Promise<unknown>;
  };
}

const require = createRequire(import.meta.url);
const loginRadius = require('loginradius-sdk') as (config: Record<string, string>) => VendorSdk;

/** The SDK with every connection sent to `127.0.0.1:<port>` through a TLS front; `close()` undoes it. */
export async function vendorSdkAt(port: number, apiKey = 'mock-api-key') {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
  });
  const front = tls.createServer({ key: pems.private, cert: pems.cert }, (socket) => {
    const upstream = netConnect(port, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    const close = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const frontPort = (front.address() as { port: number }).port;

  // Whatever host and port the SDK asks for, connect to the front; the certificate is checked for `localhost`.
  class LoopbackAgent extends https.Agent {
    override createConnection(options: tls.ConnectionOptions) {
      return tls.connect({
        ...options,
        host: '127.0.0.1',
        port: frontPort,
        ca: pems.cert,
        servername: 'localhost',
      });
    }
  }
  const previousAgent = https.globalAgent;
  https.globalAgent = new LoopbackAgent({ keepAlive: false });
  const sdk = loginRadius({ apiKey, apiSecret: 'not-used-by-these-calls', apiDomain: 'localhost' });
  return {
    sdk,
    async close() {
      https.globalAgent = previousAgent;
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
