/** Key of the pack workbook's hidden sheet that says what the workbook is (a pack, not a unit's form). */
export const PACKBOOK_META = {
  format: 'packbook.format',
} as const;
