/** Where autosave keeps its record: apart from the record reader, so boot can ask whether there is one without loading zod. */
export const AUTOSAVE_KEY = 'lync-designer:autosave';
/** Damaged records are moved to `${DAMAGED_PREFIX}${time}`: kept, offered for download, never overwritten. */
export const DAMAGED_PREFIX = 'lync-designer:autosave-damaged:';
