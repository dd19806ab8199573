/**
 * Encrypted workbooks: the primitives against published test vectors, the two crypto providers
 * against each other, and the committed fixtures of test/corpus/encrypted (made by LibreOffice, see
 * its SOURCES.md) read with the right, a wrong, no, an empty, a 10 000-character and a differently
 * normalised Vietnamese password — each compared, figure by figure and finding by finding, with the
 * same workbook saved by LibreOffice without a password (test/corpus/writers).
 */
import * as XLSX from '@e965/xlsx';
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultPack } from '../../src/core/load/load-pack';
import { examineSubmission } from '../../src/core/merge/examine';
import { planMerge } from '../../src/core/merge/plan';
import { statusText } from '../../src/core/merge/describe';
import { nodeCrypto } from '../../src/cli/node-crypto';
import { runAsync, runSync, type CryptoOp } from '../../src/xlsx/crypto/ops';
import { DEFAULT_PASSWORD, passwordCandidates } from '../../src/xlsx/crypto/passwords';
import { md5 } from '../../src/xlsx/crypto/md5';
import { Rc4 } from '../../src/xlsx/crypto/rc4';
import { webCrypto } from '../../src/xlsx/crypto/web-crypto';
import { xorArray, xorPasswordBytes } from '../../src/xlsx/crypto/xls';
import { openWorkbookFile, openWorkbookFileAsync, ReadBudget, type OpenedWorkbook } from '../../src/xlsx/open-workbook';
import { submissionFromBytes } from '../../src/xlsx/submission';
import { committed, extract } from '../corpus/writer-corpus';
import { requiring, sharedCorpus } from '../support/requires';

const DIR = join(__dirname, '../corpus/encrypted');
const REAL = join(__dirname, '../../../shared/corpus/real');
const VI = 'Bắc Kạn 2020';
const LONG = 'ĐoànKết-'.repeat(1250).slice(0, 10_000);
const pack = defaultPack();
const web = webCrypto(globalThis.crypto.subtle);

const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
const code = (r: OpenedWorkbook) => (r.ok ? 'ok' : r.error.code);
const open = (name: string, passwords: string[] = [], data = fixture(name)) => openWorkbookFile({ name, bytes: data }, { crypto: nodeCrypto, passwords });

function figures(r: OpenedWorkbook) {
  if (!r.ok) throw new Error(`${r.name}: ${r.error.code} ${r.error.detail}`);
  return extract(r.source, pack);
}

describe('crypto primitives', () => {
  it('RC4 gives the RFC 6229 key stream (40-bit key 0102030405, offsets 0 and 1024)', () => {
    const rc4 = new Rc4(bytes('0102030405'));
    const head = new Uint8Array(16);
    rc4.xor(head);
    expect(hex(head)).toBe('b2396305f03dc027ccc3524a0a1118a8');
    rc4.skip(1024 - 16);
    const at1024 = new Uint8Array(16);
    rc4.xor(at1024);
    expect(hex(at1024)).toBe('30abbcc7c20b01609f23ee2d5f6bb7df');
  });

  it('the XOR array of "abc" is the one Excel uses (Apache POI TestXorEncryption)', () => {
    expect(hex(xorArray(xorPasswordBytes('abc')))).toBe('accca4abd6bac3bad6a32b45d37929bb');
  });

  const nist = {
    key: bytes('2b7e151628aed2a6abf7158809cf4f3c'),
    plain: '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51',
    ecb: bytes('3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf'),
    iv: bytes('000102030405060708090a0b0c0d0e0f'),
    cbc: bytes('7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2'),
  };

  it.each([
    ['Node', (op: CryptoOp) => Promise.resolve(nodeCrypto.run(op))],
    ['Web Crypto', (op: CryptoOp) => web.run(op)],
  ])('%s: AES-ECB and AES-CBC without padding give NIST SP 800-38A F.1.2 and F.2.2', async (_name, run) => {
    expect(hex(await run({ op: 'aesEcbDecrypt', key: nist.key, data: nist.ecb }))).toBe(nist.plain);
    expect(hex(await run({ op: 'aesCbcDecrypt', key: nist.key, iv: nist.iv, data: nist.cbc }))).toBe(nist.plain);
  });

  it('MD5 (our own, for .xls RC4) gives the RFC 1321 test suite and agrees with Node on every length up to 300', () => {
    const rfc: Record<string, string> = {
      '': 'd41d8cd98f00b204e9800998ecf8427e',
      a: '0cc175b9c0f1b6a831c399e269772661',
      abc: '900150983cd24fb0d6963f7d28e17f72',
      'message digest': 'f96b697d7cb7938d525a2f31aaf161d0',
      abcdefghijklmnopqrstuvwxyz: 'c3fcd3d76192e4007dfb496cca67e13b',
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890': '57edf4a22be3c955ac49da2e2107b67a',
    };
    for (const [text, digest] of Object.entries(rfc)) expect([text, hex(md5(new TextEncoder().encode(text)))]).toEqual([text, digest]);
    for (let n = 0; n <= 300; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      expect([n, hex(md5(data))]).toEqual([n, createHash('md5').update(data).digest('hex')]);
    }
  });

  it('Node and Web Crypto agree on every op', async () => {
    const data = new TextEncoder().encode('Phụ lục biểu mẫu — tổng hợp');
    const key = bytes('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
    const ops: CryptoOp[] = [
      ...(['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const).map((hash): CryptoOp => ({ op: 'digest', hash, data })),
      { op: 'iterate', hash: 'SHA-512', first: new Uint8Array(64).fill(7), count: 5000, tick: () => undefined },
      { op: 'iterate', hash: 'SHA-1', first: new Uint8Array(20).fill(9), count: 5000, tick: () => undefined },
      { op: 'hmac', hash: 'SHA-512', key, data },
      { op: 'pbkdf2', hash: 'SHA-1', password: data, salt: key.subarray(0, 16), iterations: 1000, length: 32 },
      { op: 'aesCbcDecrypt', key, iv: key.subarray(0, 16), data: new Uint8Array(4096).fill(3) },
      { op: 'aesEcbDecrypt', key: key.subarray(0, 24), data: new Uint8Array(64).fill(5) },
    ];
    for (const op of ops) expect([op.op, hex(await web.run(op))]).toEqual([op.op, hex(nodeCrypto.run(op))]);
  });

  it('the iterated hash calls back the time check every 4096 rounds, and a throwing check stops it', () => {
    let ticks = 0;
    nodeCrypto.run({ op: 'iterate', hash: 'SHA-1', first: new Uint8Array(20), count: 3 * 4096, tick: () => ticks++ });
    expect(ticks).toBe(3);
    expect(() => nodeCrypto.run({ op: 'iterate', hash: 'SHA-1', first: new Uint8Array(20), count: 1e9, tick: () => { throw new Error('stop'); } })).toThrow('stop');
  });

  it('tries each password as typed, then in NFC and in NFD (Excel hashes the UTF-16 as typed)', () => {
    const nfd = VI.normalize('NFD');
    expect(nfd).not.toBe(VI);
    expect(passwordCandidates([VI])).toEqual([VI, nfd]);
    expect(passwordCandidates([nfd])).toEqual([nfd, VI]);
    expect(passwordCandidates(['abc', 'abc'])).toEqual(['abc']);
  });

  it('runSync throws an op failure back into the step, where the step can catch it', () => {
    function* step() {
      try {
        yield { op: 'digest', hash: 'SHA-1', data: new Uint8Array() } as CryptoOp;
        return 'no';
      } catch (e) {
        return `caught ${(e as Error).message}`;
      }
    }
    expect(runSync(step(), { sync: true, run: () => { throw new Error('boom'); } })).toBe('caught boom');
    return expect(runAsync(step(), { sync: false, run: () => Promise.reject(new Error('late')) })).resolves.toBe('caught late');
  });
});

describe('encrypted fixtures (LibreOffice 7.4)', () => {
  const plain = {
    xlsx: extract(openOk('libreoffice.xlsx'), pack),
    xls: extract(openOk('libreoffice.xls'), pack),
    ods: extract(openOk('libreoffice.ods'), pack),
  };
  function openOk(name: string) {
    const r = openWorkbookFile({ name, bytes: committed(name) });
    if (!r.ok) throw new Error(name);
    return r.source;
  }

  it.each([
    ['default-password.xlsx', 'xlsx'],
    ['default-password.xls', 'xls'],
  ] as const)('%s (Excel\'s default password) opens without a question, with the same figures and findings', (file, format) => {
    const r = open(file);
    expect(r.ok && r.encryption?.byDefault).toBe(true);
    const got = figures(r);
    expect(got.unitCode).toBe('H02');
    expect(got).toEqual(plain[format]);
  });

  it.each([
    ['password-vi.xlsx', 'xlsx', VI],
    ['password-vi.xls', 'xls', VI],
    ['password-vi.ods', 'ods', VI],
    ['password-long.xlsx', 'xlsx', LONG],
  ] as const)('%s opens with its password, with the same figures and findings as without one', (file, format, password) => {
    const r = open(file, ['not this one', password]);
    expect(r.ok && r.encryption?.byDefault).toBe(false);
    expect(figures(r)).toEqual(plain[format]);
  });

  it.each(['password-vi.xlsx', 'password-vi.xls', 'password-vi.ods'])('%s: no password → passwordRequired; wrong, empty or unnormalised-wrong → wrongPassword; never corrupt', (file) => {
    const none = open(file);
    expect(code(none)).toBe('passwordRequired');
    if (none.ok) return;
    expect(none.message.vi).toContain(`"${file}"`);
    expect(none.message.vi).toContain('Tệp không bị hỏng');
    expect(none.message.en).toContain('not damaged');
    for (const wrong of [[''], ['bac kan 2020'], [VI.toUpperCase()], [DEFAULT_PASSWORD]]) expect([wrong, code(open(file, wrong))]).toEqual([wrong, 'wrongPassword']);
    const wrong = open(file, ['sai']);
    expect(wrong.ok ? '' : wrong.message.vi).toContain(`Mật khẩu đã nhập không mở được tệp "${file}"`);
    expect(JSON.stringify(wrong)).not.toContain('sai"');
  });

  it('a password typed in NFC opens a file encrypted with its NFD form, and the other way round', () => {
    expect(code(open('password-vi-nfd.xlsx', [VI]))).toBe('ok');
    expect(code(open('password-vi.xlsx', [VI.normalize('NFD')]))).toBe('ok');
  });

  it('a 10 000-character password is one password: its first 255 characters are not enough', () => {
    expect(code(open('password-long.xlsx', [LONG.slice(0, 255)]))).toBe('wrongPassword');
  });

  it.each([
    ['password-vi.xlsx', VI],
    ['password-vi.xls', VI],
    ['password-vi.ods', VI],
    ['default-password.xls', undefined],
  ])('Web Crypto (the pane) reads %s exactly as Node does', async (file, password) => {
    const passwords = password ? [password] : [];
    const viaWeb = await openWorkbookFileAsync({ name: file, bytes: fixture(file) }, { crypto: web, passwords });
    expect(figures(viaWeb)).toEqual(figures(open(file, passwords)));
  });

  it('without a crypto provider an encrypted file is refused as encrypted, not read halfway', () => {
    const r = openWorkbookFile({ name: 'password-vi.xlsx', bytes: fixture('password-vi.xlsx') });
    expect(code(r)).toBe('encrypted');
  });

  it('the caller\'s bytes are left as they were (decryption works on a copy)', () => {
    for (const file of ['password-vi.xls', 'password-vi.xlsx']) {
      const data = Buffer.from(fixture(file)); // a Node Buffer, as readFileSync gives: its slice() is a view
      const before = hex(data);
      expect(code(open(file, [VI], data))).toBe('ok');
      expect(hex(data)).toBe(before);
    }
  });

  it('a corrupted encrypted stream is refused as damaged, never read differently, never "wrong password"', () => {
    for (const file of ['password-vi.xlsx', 'password-vi.xls', 'password-vi.ods']) {
      const data = fixture(file);
      for (const at of [0.45, 0.6, 0.75]) {
        const broken = data.slice();
        const p = Math.floor(broken.length * at);
        for (let i = 0; i < 8; i++) broken[p + i] ^= 0x5a;
        const r = open(file, [VI], broken);
        if (r.ok) expect([file, at, figures(r)]).toEqual([file, at, extract(openOkAny(file), pack)]);
        else expect([file, at, r.error.code]).toEqual([file, at, expect.stringMatching(/^(corrupt|notWorkbook)$/)]);
      }
    }
    function openOkAny(file: string) {
      const r = open(file, [VI]);
      if (!r.ok) throw new Error(file);
      return r.source;
    }
  });

  it('a file needing its password is given back to the run\'s budget, so asking again does not count it twice', () => {
    const budget = new ReadBudget();
    const data = fixture('password-vi.xlsx');
    expect(code(openWorkbookFile({ name: 'x', bytes: data }, { crypto: nodeCrypto, budget }))).toBe('passwordRequired');
    expect([budget.usedBytes, budget.files]).toEqual([0, 0]);
    expect(code(openWorkbookFile({ name: 'x', bytes: data }, { crypto: nodeCrypto, budget, passwords: [VI] }))).toBe('ok');
    expect(budget.files).toBe(1);
    // The encrypted file and what it decrypts to are both held in memory: both count.
    expect(budget.usedBytes).toBeGreaterThan(data.length);
  });

  it('a file that needs its password is "needsPassword" in the merge, not unreadable, and its message says which', () => {
    const submission = (passwords: string[]) =>
      submissionFromBytes({ fileName: 'H02.xlsx', label: 'H02.xlsx', bytes: fixture('password-vi.xlsx'), sha256: '', fallbackSavedAt: null }, undefined, { crypto: nodeCrypto, passwords });
    const locked = examineSubmission(pack, submission(['sai']));
    expect(locked).toMatchObject({ kind: 'needsPassword', wrongPassword: true });
    const plan = planMerge(pack, [locked, examineSubmission(pack, submission([VI]))]);
    expect(plan.entries.map((e) => e.decision.status).sort()).toEqual(['needsPassword', 'ready']);
    expect(statusText('needsPassword', 'vi')).toBe('Cần mật khẩu');
  });
});

describe('hostile encrypted files', () => {
  const realAgile = () => new Uint8Array(readFileSync(join(REAL, 'calamine__pass_protected.xlsx')));
  // The real Agile file is in the shared corpus: never skipped in CI (see test/support/requires.ts).
  const itReal = requiring(sharedCorpus(), 'encrypted files of the shared corpus').runs ? it : it.skip;

  /** The real Agile file with its EncryptionInfo XML edited, re-written as an OLE file in memory. */
  function withSpinCount(spin: string): Uint8Array {
    const cfb = XLSX.CFB.read(Buffer.from(realAgile()), { type: 'buffer' });
    const info = XLSX.CFB.find(cfb, 'EncryptionInfo')!;
    const raw = Buffer.from(info.content as Uint8Array);
    const xml = raw.subarray(8).toString('utf8').replace(/spinCount="\d+"/, `spinCount="${spin}"`);
    const edited = Buffer.concat([raw.subarray(0, 8), Buffer.from(xml, 'utf8')]);
    XLSX.CFB.utils.cfb_del(cfb, '/EncryptionInfo');
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', edited);
    return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  }

  itReal('an Agile file asking for more rounds than the format allows is refused before any hashing', () => {
    const r = openWorkbookFile({ name: 'spin.xlsx', bytes: withSpinCount('2000000000') }, { crypto: nodeCrypto, passwords: ['123'] });
    expect(code(r)).toBe('tooSlow');
    expect(r.ok ? '' : r.error.detail).toContain('2000000000 rounds');
  });

  itReal('a long derivation within the format is stopped by the per-file time limit', () => {
    let clock = 0;
    // Each look at the clock moves it on 1 s: the 15 s limit falls inside the first password's rounds.
    const r = openWorkbookFile({ name: 'slow.xlsx', bytes: withSpinCount('9000000') }, { crypto: nodeCrypto, passwords: ['123'], now: () => (clock += 1000) });
    expect(code(r)).toBe('tooSlow');
  });

  itReal('a damaged Agile stream fails its HMAC and is refused as damaged', () => {
    const cfb = XLSX.CFB.read(Buffer.from(realAgile()), { type: 'buffer' });
    const pkg = XLSX.CFB.find(cfb, 'EncryptedPackage')!;
    const content = Buffer.from(pkg.content as Uint8Array);
    content[content.length >> 1] ^= 1;
    XLSX.CFB.utils.cfb_del(cfb, '/EncryptedPackage');
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', content);
    const r = openWorkbookFile({ name: 'hmac.xlsx', bytes: new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer) }, { crypto: nodeCrypto, passwords: ['123'] });
    expect(code(r)).toBe('corrupt');
    expect(r.ok ? '' : r.error.detail).toContain('HMAC');
  });
});
