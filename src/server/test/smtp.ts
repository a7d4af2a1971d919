import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** `rawHeaders`: header values as sent (lower-case names, folding undone), since mailparser reshapes some (List-*). */
export type ReceivedEmail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  rawHeaders: Map<string, string>;
};

/**
 * A real SMTP server in the test process; tests read what it received. `refuse` refuses every
 * message (550), `refuseFirst: n` the first n and accepts the rest; `refusals` counts them.
 */
export async function startSmtpServer(options: { refuse?: boolean; refuseFirst?: number } = {}) {
  const received: ReceivedEmail[] = [];
  const state = { refusals: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.refuse || state.refusals < (options.refuseFirst ?? 0)) {
          state.refusals += 1;
          return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: mail.html || '',
              headers: mail.headers,
              rawHeaders: rawHeaders(mail.headerLines),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refusals() {
      return state.refusals;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function rawHeaders(lines: readonly { key: string; line: string }[]): Map<string, string> {
  return new Map(
    lines.map(({ key, line }) => [
      key,
      line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    ]),
  );
}
