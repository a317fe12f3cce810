/**
 * Distances on the map. A distance filter first keeps the rows inside a bounding box around the
 * circle (answered by the GiST index on point(longitude, latitude)), then measures the great-circle
 * distance with the haversine formula in SQL. Plain SQL rather than earthdistance/cube: two
 * columns and one expression index, nothing to install, and exact enough for "within 20 km"
 * (the earth as a sphere errs by under 0.5 %).
 */

/** Mean earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
/** The largest radius a search accepts: about the width of Europe. */
export const MAX_RADIUS_KM = 5000;

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Box {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/**
 * The smallest latitude/longitude box that holds every point within `radiusKm` of `center`. Near a
 * pole, or when the circle crosses the 180° meridian, it spans every longitude (never wrong, only
 * wider).
 */
export function boundingBox(center: Point, radiusKm: number): Box {
  // Padded by a hair (0.1 mm) so that rounding never drops a point lying on the circle itself.
  const dLat = radiusKm / KM_PER_DEGREE + 1e-9;
  const minLatitude = Math.max(-90, center.latitude - dLat);
  const maxLatitude = Math.min(90, center.latitude + dLat);
  const widest = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude));
  const cos = Math.cos((widest * Math.PI) / 180);
  const dLon = cos > 1e-9 ? dLat / cos : 360;
  const minLongitude = center.longitude - dLon;
  const maxLongitude = center.longitude + dLon;
  if (dLon >= 180 || minLongitude < -180 || maxLongitude > 180) {
    return { minLatitude, maxLatitude, minLongitude: -180, maxLongitude: 180 };
  }
  return { minLatitude, maxLatitude, minLongitude, maxLongitude };
}

/** Great-circle distance in kilometres (the same formula as haversineSql), for tests and checks. */
export function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The SQL of haversineKm between the row's coordinates and the point in parameters `:nearLat`
 * and `:nearLon`; NULL for a row without coordinates.
 */
export function haversineSql(alias: string): string {
  const lat = `${alias}.latitude`;
  const lon = `${alias}.longitude`;
  return (
    `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(` +
    `power(sin(radians(${lat} - CAST(:nearLat AS double precision)) / 2), 2) + ` +
    `cos(radians(CAST(:nearLat AS double precision))) * cos(radians(${lat})) * ` +
    `power(sin(radians(${lon} - CAST(:nearLon AS double precision)) / 2), 2)))))`
  );
}

/** The bounding-box test in the form the GiST index `initiative_location` answers. */
export function boxSql(alias: string): string {
  return (
    `point(${alias}.longitude, ${alias}.latitude) <@ ` +
    `box(point(:boxMinLon, :boxMinLat), point(:boxMaxLon, :boxMaxLat))`
  );
}
