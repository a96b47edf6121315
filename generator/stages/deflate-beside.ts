/**
 * Raw deflate (level 1) on a worker thread, beside the main one: the unit memo (unit-memo.ts)
 * compresses every output file of a cold run, which on the main thread cost ~0.3 s of a 3 s run.
 * Texts go to the worker in batches (one message per unit cost more than the deflating: zlib's own
 * asynchronous calls, one stream per text, cost the main thread more than deflating there), and
 * come back when the main thread next waits. If the worker cannot run, texts are deflated here.
 */
import { Worker } from 'node:worker_threads';
import { deflateRawSync } from 'node:zlib';

const LEVEL = 1;
/** A batch is sent once it holds this many characters (or when the main thread next yields). */
const BATCH = 256 * 1024;

export const deflate = (bytes: Uint8Array | string): Uint8Array => deflateRawSync(bytes, { level: LEVEL });

/** The worker's body (run from its source text: a worker cannot load the bundled module it is in). */
function deflateEachBatch(level: number): void {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const { deflateRawSync } = process.getBuiltinModule('node:zlib');
  parentPort!.on('message', ({ id, texts }: { id: number; texts: (string | Uint8Array)[] }) =>
    parentPort!.postMessage({ id, deflated: texts.map((text) => deflateRawSync(text, { level })) }),
  );
}

interface Batch {
  texts: (string | Uint8Array)[];
  size: number;
  done: Promise<Uint8Array[]>;
  resolve: (deflated: Uint8Array[]) => void;
}

/** Deflates texts beside the main thread; `close` when no more will come. */
export class Deflater {
  #worker: Worker | undefined;
  #failed = false;
  #sent = new Map<number, Batch>();
  #open: Batch | undefined;
  #ids = 0;

  /** Each text deflated, in order. */
  async deflate(texts: readonly (string | Uint8Array)[]): Promise<Uint8Array[]> {
    if (texts.length === 0) return [];
    const batch = (this.#open ??= this.#openBatch());
    const start = batch.texts.length;
    for (const text of texts) {
      batch.texts.push(text);
      batch.size += text.length;
    }
    if (batch.size >= BATCH) this.#send();
    const deflated = await batch.done;
    return deflated.slice(start, start + texts.length);
  }

  /** Stops the worker once everything sent has come back. */
  async close(): Promise<void> {
    this.#send();
    await Promise.allSettled([...this.#sent.values()].map((batch) => batch.done));
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  #openBatch(): Batch {
    let resolve!: Batch['resolve'];
    const done = new Promise<Uint8Array[]>((settle) => (resolve = settle));
    const batch: Batch = { texts: [], size: 0, done, resolve };
    // Sent when the main thread yields, if it has not filled up by then.
    setImmediate(() => {
      if (this.#open === batch) this.#send();
    });
    return batch;
  }

  #send(): void {
    const batch = this.#open;
    this.#open = undefined;
    if (!batch) return;
    const worker = this.#started();
    if (!worker) return batch.resolve(batch.texts.map(deflate));
    const id = this.#ids++;
    this.#sent.set(id, batch);
    // Referenced while it has work out, so the process waits for it.
    worker.ref();
    worker.postMessage({ id, texts: batch.texts });
  }

  #started(): Worker | undefined {
    if (this.#worker || this.#failed) return this.#worker;
    try {
      const worker = new Worker(`(${deflateEachBatch.toString()})(${LEVEL})`, { eval: true });
      worker.on('message', ({ id, deflated }: { id: number; deflated: Uint8Array[] }) => {
        this.#sent.get(id)?.resolve(deflated);
        this.#sent.delete(id);
        if (this.#sent.size === 0) worker.unref();
      });
      worker.on('error', () => this.#fallBack());
      worker.on('exit', () => this.#fallBack());
      this.#worker = worker;
    } catch {
      this.#failed = true;
    }
    return this.#worker;
  }

  /** The worker is gone: what it had not sent back is deflated here. */
  #fallBack(): void {
    this.#failed = true;
    this.#worker = undefined;
    for (const batch of this.#sent.values()) batch.resolve(batch.texts.map(deflate));
    this.#sent.clear();
  }
}
