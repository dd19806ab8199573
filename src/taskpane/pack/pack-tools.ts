import { embeddedCorruptionMessages } from '../../core/i18n/validation-messages';
import type { Lang } from '../../core/i18n/format';
import { readEmbeddedPack } from '../../core/packbook/embed';
import { DEFAULT_READ_LIMITS, formatBytes } from '../../xlsx/guards/limits';
import { PACK_CODEC } from '../../xlsx/pack-file';
import { readErrorMessages } from '../../xlsx/read-error-message';
import type { PackTools } from './pack-choice';

/** The pane's pack tools over src/xlsx (a chunk of its own: it brings fflate). */
export function packTools(lang: Lang): PackTools {
  return {
    compress: PACK_CODEC.compress,
    decompress: PACK_CODEC.decompress,
    carried(source) {
      const read = readEmbeddedPack(source, PACK_CODEC.decompress);
      return read.kind === 'corrupt' ? { kind: 'corrupt', reason: embeddedCorruptionMessages[read.reason][lang] } : read;
    },
  };
}

/**
 * Why a file chosen on disk is not even read (its size, known before its bytes are): the reader's own
 * message, as for a unit's file; null when it may be read.
 */
export function refusedBySize(name: string, size: number): Record<Lang, string> | null {
  const max = DEFAULT_READ_LIMITS.maxFileBytes;
  if (size <= max) return null;
  return readErrorMessages(name, { code: 'tooLarge', detail: `the file is ${formatBytes(size)}, limit ${formatBytes(max)}` });
}

export { packFromSource, readPackBytes } from '../../xlsx/pack-file';
