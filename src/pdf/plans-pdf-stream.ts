import type { PlanBook } from "./plan-pdf.ts";
import type { PlanDocument } from "./read-plan-document.ts";

/*
 * Many plans as one PDF, sent while it is drawn. The response pulls: one more plan is read and
 * drawn only when what was sent so far has left the queue, and pdfkit hands over each page as
 * the next one starts (bufferPages stays off), so memory holds the plan being drawn and the
 * queued pages whatever the size of the grade, and a slow reader slows the drawing instead.
 */

export interface PlansPdfStreamOptions {
  book: PlanBook;
  documents: AsyncIterator<PlanDocument>;
  /** Said on a last page when drawing stops early, so the file never passes for complete. */
  stoppedNotice: string;
  /** Told of an error that stopped the drawing; the stream still ends as a readable file. */
  onError: (error: unknown) => void;
}

/** Bytes queued for the reader before drawing waits for them to be taken. */
const queuedBytes = 64 * 1024;

/**
 * Lets the server answer other requests before the next plan is drawn. On SQLite every await of
 * a read is a microtask, so without this a whole grade was drawn in one turn of the event loop:
 * every other page waited for it, and a reader who hung up was only noticed at the end.
 */
const otherWorkFirst = () => new Promise<void>((resolve) => setImmediate(resolve));

export function plansPdfStream(options: PlansPdfStreamOptions): ReadableStream<Uint8Array> {
  const { book, documents } = options;
  let drawing = true;
  let open = true;
  let ended = false;
  // pdfkit writes its closing objects on end(): once only, however the drawing stops.
  const end = () => {
    if (!ended) book.doc.end();
    ended = true;
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        book.doc.on("data", (chunk: Buffer) => {
          if (open) controller.enqueue(new Uint8Array(chunk));
        });
        book.doc.on("end", () => {
          if (open) controller.close();
          open = false;
        });
      },
      async pull(controller) {
        if (!drawing) return;
        try {
          await otherWorkFirst();
          if (!drawing) return;
          const next = await documents.next();
          if (!drawing) return;
          if (next.done) {
            drawing = false;
            end();
            return;
          }
          book.addPlan(next.value);
        } catch (error) {
          drawing = false;
          options.onError(error);
          endWithNotice(options, end, () => {
            open = false;
            controller.error(error);
          });
        }
      },
      async cancel() {
        // The reader went away: stop reading plans and let the document go.
        drawing = false;
        open = false;
        try {
          await documents.return?.();
        } finally {
          end();
        }
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: queuedBytes }),
  );
}

/** Ends the file with a page saying it is incomplete; if even that fails, breaks it off. */
function endWithNotice(options: PlansPdfStreamOptions, end: () => void, breakOff: () => void) {
  try {
    options.book.addNotice(options.stoppedNotice);
    end();
  } catch (error) {
    options.onError(error);
    breakOff();
  }
}
