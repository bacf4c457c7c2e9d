// How eagerly, and when, V8 collects the server's heap once the workspace is analysed: the one process-wide tuning
// the server makes.
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * By default V8 lets a large heap grow to up to four times what survived its last full collection before it
 * collects again. The server keeps a large live heap (every analysis and the index) and each relink leaves an old
 * index and its working data behind, so resident memory crept up by about 60 MB a relink at 10,000 articles and
 * never came back down. Capping growth at 50% holds it level. It is set once a load's analyses are in, so the cold
 * analysis, bound by the workers, runs under V8's defaults. V8 reads this flag at every collection, which is why
 * setting it after start takes effect, and setting it again after a later load changes nothing.
 */
const HEAP_GROWING_PERCENT = 50;

type Collect = () => void;
/** V8's `gc` once asked for: undefined before, null where the runtime refused. */
let exposedGc: Collect | null | undefined;

/**
 * V8's full collection, which Node only exposes under --expose-gc. The server cannot choose its own command line
 * (editors start `dossier lsp` as they like), so it sets the flag and takes `gc` from a new context, where V8 then
 * installs it. Null where the runtime refuses.
 */
function fullCollection(): Collect | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  }
}

/** Collects now, if the runtime lets the server; the flag alone only applies from V8's next full collection. */
function collectNow(): void {
  if (exposedGc === undefined) exposedGc = fullCollection();
  exposedGc?.();
}

/**
 * Caps heap growth and collects once, now. Without the collection the cap only applies from V8's next full
 * collection, and the limit then in force was set during the load under the defaults: at 100,000 articles the
 * last link grew the process to 1,674 MB; collecting first, to 1,458 MB, for one pause of about 0.3 s.
 */
export function keepHeapTight(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  collectNow();
}

/**
 * A full relink leaves the old index behind, and V8 set its limit while both were alive: five relinks on a warm
 * 100k server held 1.8 GB resident and peaked at 1.9 GB; collecting after each, 1.45 GB and 1.68 GB. That pause
 * (about 0.5 s there, about 0.1 s at 10k) waits until the server has been left alone for QUIET_MS, so it does not
 * fall on the answers the relink was for.
 */
const QUIET_MS = 2000;

export interface QuietCollector {
  /** Something large became garbage: collect at the next quiet moment. */
  due(): void;
  /** The server is working for someone: not now. */
  busy(): void;
  dispose(): void;
}

export function quietCollector(quietMs = QUIET_MS, collect: () => void = collectNow): QuietCollector {
  let due = false;
  let timer: NodeJS.Timeout | null = null;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      due = false;
      collect();
    }, quietMs);
    // a pending collection must not keep a finished process alive
    timer.unref();
  };
  return {
    due() {
      due = true;
      arm();
    },
    busy() {
      if (due) arm();
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      due = false;
    },
  };
}
