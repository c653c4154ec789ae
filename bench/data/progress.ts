/**
 * A one-line progress report on stderr: redrawn in place on a terminal, every tenth otherwise.
 * Returns the callback to feed (done, total) and a `done()` that ends the line.
 */
export function progressLine(label: string): {
  update: (done: number, total: number) => void;
  done: () => void;
} {
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  let drawn = false;
  const fmt = new Intl.NumberFormat("en-US");
  const update = (done: number, total: number): void => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const line = `  ${label.padEnd(10)} ${fmt.format(done)}/${fmt.format(total)} ${String(pct).padStart(3)}%  ${secs} s`;
    if (tty) {
      process.stderr.write(`\r${line}\x1b[K`);
      drawn = true;
      return;
    }
    const tenth = Math.floor(pct / 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`${line}\n`);
    }
  };
  return {
    update,
    done: () => {
      if (drawn) process.stderr.write("\n");
    },
  };
}
