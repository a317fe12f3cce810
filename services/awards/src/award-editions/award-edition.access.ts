import { canReadNetwork, type Viewer } from '@best/kit';

/**
 * Who sees the name of whoever moved an edition's phase: the network. The phases, dates and reasons
 * are as public as the edition itself; a person's name is not (docs/access-rules.md).
 */
export const seesWhoMovedPhases = (viewer: Viewer) => canReadNetwork(viewer);
