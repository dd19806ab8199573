import { embeddedCorruptionMessages } from '../../core/i18n/validation-messages';
import type { Lang } from '../../core/i18n/format';
import { readEmbeddedPack } from '../../core/packbook/embed';
import { PACK_CODEC } from '../../xlsx/pack-file';
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

export { packFromSource, readPackBytes } from '../../xlsx/pack-file';
