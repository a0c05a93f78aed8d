import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  /** The raw message as it crossed the wire. */
  raw: string;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  /** An SMTP_URL pointing at this server. */
  url: string;
  received: ReceivedEmail[];
  /** How many times a client handed over a message, accepted or not. */
  deliveries: number;
  close(): Promise<void>;
}

export interface SmtpBehaviour {
  /** Answer every message with this SMTP error instead of accepting it. */
  refuseData?: { code: number; message: string };
  /** Refuse recipients with this SMTP error. */
  refuseRecipient?: { code: number; message: string };
}

/** A real SMTP server on 127.0.0.1 and a free port, that keeps what it is given. */
export async function startSmtpServer(behaviour: SmtpBehaviour = {}): Promise<TestSmtpServer> {
  const state = { received: [] as ReceivedEmail[], deliveries: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(behaviour.refuseRecipient ? smtpError(behaviour.refuseRecipient) : null);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        state.deliveries += 1;
        if (behaviour.refuseData) return callback(smtpError(behaviour.refuseData));

        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (parsed) => {
            state.received.push({ raw, parsed });
            callback(null);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  const listening = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listening.once("listening", () => resolve()));
  const port = (listening.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get deliveries() {
      return state.deliveries;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function smtpError(refusal: { code: number; message: string }) {
  return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
}
