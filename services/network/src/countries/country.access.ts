import { coordinatesCountry, isStaff, Role, type Viewer } from '@best/kit';

// docs/access-rules.md, network: countries.

/** New countries join the network by an admin's decision only. */
export const canAddCountries = (viewer: Viewer) => viewer.role === Role.ADMIN;

/** A country's name and partner: admins, and the coordinator of that country. */
export const canChangeCountry = (viewer: Viewer, countryCode: string) =>
  isStaff(viewer) && coordinatesCountry(viewer, countryCode);

/** Whether the caller coordinates the country (admins coordinate every country): it sees its review queue. */
export const canCoordinateCountry = (viewer: Viewer, countryCode: string) => coordinatesCountry(viewer, countryCode);
