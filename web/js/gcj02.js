// WGS84 ↔ GCJ-02 ("Mars coordinates"), the obfuscated datum of Amap, Tencent and other Chinese web maps.
//
// GCJ-02 = WGS84 + an offset. The offset is given in metres by two empirical polynomials-plus-sines in
// x = lon − 105°, y = lat − 35°, and turned into degrees with the radii of curvature of the Krasovsky
// ellipsoid (a = 6 378 245 m, e² = 0.006 693 421 622 965 943): the meridional radius
// M = a(1 − e²) / (1 − e² sin²φ)^{3/2} for latitude and the parallel radius N cos φ = a cos φ / √(1 − e² sin²φ)
// for longitude. There is no closed-form inverse; gcj02ToWgs84 solves it by fixed-point iteration.

const A = 6378245.0;
const E2 = 0.00669342162296594323;
const PI = Math.PI;
const DEGREE_TOLERANCE = 1e-10; // ≈ 0.01 mm; the inverse stops well below 1 cm

/** The shared periodic terms of both offsets. */
function waves(t) {
  return ((20 * Math.sin(6 * t * PI) + 20 * Math.sin(2 * t * PI)) * 2) / 3;
}

function northOffsetMetres(x, y) {
  return -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
    + waves(x)
    + ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3
    + ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y / 30) * PI)) * 2) / 3;
}

function eastOffsetMetres(x, y) {
  return 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
    + waves(x)
    + ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3
    + ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3;
}

/**
 * True outside the rectangle where the offset applies (a coarse box around China, as the
 * Chinese map providers use it); such points are not shifted.
 */
export function outOfChina(lon, lat) {
  return !(lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271);
}

/** [Δlon, Δlat] in degrees to add to a WGS84 position. */
function offsetDegrees(lon, lat) {
  const x = lon - 105;
  const y = lat - 35;
  const phi = (lat / 180) * PI;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  const meridianRadius = (A * (1 - E2)) / (w * Math.sqrt(w));
  const parallelRadius = (A / Math.sqrt(w)) * Math.cos(phi);
  return [
    (eastOffsetMetres(x, y) * 180) / (parallelRadius * PI),
    (northOffsetMetres(x, y) * 180) / (meridianRadius * PI),
  ];
}

/** WGS84 → GCJ-02, both [lon, lat] in degrees. */
export function wgs84ToGcj02(lon, lat) {
  if (outOfChina(lon, lat)) return [lon, lat];
  const [dLon, dLat] = offsetDegrees(lon, lat);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → WGS84, both [lon, lat]: iterates until the forward shift of the answer lands on the input. */
export function gcj02ToWgs84(lon, lat) {
  if (outOfChina(lon, lat)) return [lon, lat];
  let wgsLon = lon;
  let wgsLat = lat;
  for (let i = 0; i < 30; i += 1) {
    const [gLon, gLat] = wgs84ToGcj02(wgsLon, wgsLat);
    const errLon = lon - gLon;
    const errLat = lat - gLat;
    wgsLon += errLon;
    wgsLat += errLat;
    if (Math.abs(errLon) < DEGREE_TOLERANCE && Math.abs(errLat) < DEGREE_TOLERANCE) break;
  }
  return [wgsLon, wgsLat];
}
