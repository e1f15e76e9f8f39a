/**
 * How each link kind looks on the canvas: the same styles as exported pictures (export/svg-theme.ts), so a
 * picture looks like the screen and the two cannot drift apart.
 */
import { LINK_STYLES as PAPER_LINK_STYLES, SEVERITY_COLOURS } from '../export/svg-theme';
export type { LinkStyle } from '../export/svg-theme';

export const LINK_STYLES = PAPER_LINK_STYLES;

/** Drawn in the error colour when a finding (e.g. LINK_ENDPOINTS_INVALID) concerns the link. */
export const LINK_ERROR_COLOR = SEVERITY_COLOURS.error;
