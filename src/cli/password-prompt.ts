import { spawnSync } from 'child_process';
import { closeSync, openSync, readSync, writeSync } from 'fs';

/**
 * Asks for a password on the terminal, without echo — only when the CLI runs on a terminal (never in
 * CI or a pipe: there `--password` is the way). The CLI is synchronous (its exit code is the return
 * value of main), so the terminal is read synchronously: /dev/tty in raw mode through `stty`, one
 * byte at a time; Backspace removes a whole character (a Vietnamese letter is 2–3 bytes of UTF-8),
 * Enter ends, Ctrl-C or Ctrl-D or an empty line skips. The password is never printed or logged.
 * Returns null when skipped or when no terminal can be used.
 */
export function askPasswordOnTerminal(prompt: string): string | null {
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r+');
  } catch {
    return null;
  }
  const stty = (...args: string[]) => spawnSync('stty', args, { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
  const saved = stty('-g');
  if (saved.status !== 0) {
    closeSync(fd);
    return null;
  }
  const bytes: number[] = [];
  let interrupted = false;
  try {
    stty('raw', '-echo');
    writeSync(fd, prompt);
    const one = Buffer.alloc(1);
    for (;;) {
      const n = readSync(fd, one, 0, 1, null);
      if (n === 0) break;
      const b = one[0];
      if (b === 0x03 || b === 0x04) {
        interrupted = true;
        break;
      }
      if (b === 0x0d || b === 0x0a) break;
      if (b === 0x7f || b === 0x08) {
        // Remove the last UTF-8 character: its continuation bytes (10xxxxxx), then its first byte.
        while (bytes.length && (bytes[bytes.length - 1] & 0xc0) === 0x80) bytes.pop();
        bytes.pop();
        continue;
      }
      bytes.push(b);
    }
  } finally {
    stty(saved.stdout.trim());
    writeSync(fd, '\r\n');
    closeSync(fd);
  }
  if (interrupted || bytes.length === 0) return null;
  return Buffer.from(bytes).toString('utf8');
}
