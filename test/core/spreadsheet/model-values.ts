/** The evaluator over a whole model (src/core/sheet/model-values.ts), for the tests' oracles. */
export { modelValues } from '../../../src/core/sheet/model-values';
