import { boundingBox, haversineKm, type Point } from './initiative.geo';

const valletta: Point = { latitude: 35.8989, longitude: 14.5146 };
const sliema: Point = { latitude: 35.9122, longitude: 14.5042 };
const koln: Point = { latitude: 50.9375, longitude: 6.9603 };
const berlin: Point = { latitude: 52.52, longitude: 13.405 };

const inside = (box: ReturnType<typeof boundingBox>, p: Point) =>
  p.latitude >= box.minLatitude &&
  p.latitude <= box.maxLatitude &&
  p.longitude >= box.minLongitude &&
  p.longitude <= box.maxLongitude;

describe('distances', () => {
  it('measures great-circle distances in kilometres', () => {
    expect(haversineKm(koln, berlin)).toBeCloseTo(477, -1);
    expect(haversineKm(valletta, sliema)).toBeCloseTo(1.76, 1);
    expect(haversineKm(koln, koln)).toBe(0);
  });

  it('a bounding box holds every point of the circle around it', () => {
    for (const center of [valletta, koln, { latitude: 69.65, longitude: 18.96 }]) {
      for (const radius of [1, 50, 800]) {
        const box = boundingBox(center, radius);
        for (let bearing = 0; bearing < 360; bearing += 15) {
          // A point at `radius` km in direction `bearing` (spherical destination formula).
          const d = radius / 6371.0088;
          const b = (bearing * Math.PI) / 180;
          const la = (center.latitude * Math.PI) / 180;
          const lo = (center.longitude * Math.PI) / 180;
          const lat2 = Math.asin(Math.sin(la) * Math.cos(d) + Math.cos(la) * Math.sin(d) * Math.cos(b));
          const lon2 =
            lo + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(la), Math.cos(d) - Math.sin(la) * Math.sin(lat2));
          const edge = { latitude: (lat2 * 180) / Math.PI, longitude: (lon2 * 180) / Math.PI };
          expect(haversineKm(center, edge)).toBeCloseTo(radius, 3);
          expect(inside(box, edge)).toBe(true);
        }
      }
    }
  });

  it('spans every longitude near a pole or across the 180° meridian', () => {
    expect(boundingBox({ latitude: 89.9, longitude: 0 }, 50)).toMatchObject({ minLongitude: -180, maxLongitude: 180 });
    expect(boundingBox({ latitude: 0, longitude: 179.9 }, 50)).toMatchObject({ minLongitude: -180, maxLongitude: 180 });
  });

  it('a small box stays small', () => {
    const box = boundingBox(koln, 10);
    expect(box.maxLatitude - box.minLatitude).toBeCloseTo(0.18, 2);
    expect(box.maxLongitude - box.minLongitude).toBeLessThan(0.3);
  });
});
